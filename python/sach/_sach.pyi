from typing import Any, Dict, List, Optional, Tuple, Union

class Edit:
    """One edit or finding."""

    rule: str
    """The rule's code, e.g. ``"B012"``."""
    name: str
    """The rule's name, e.g. ``"corpus-repeated"``."""
    span: Tuple[int, int]
    """Byte span in the decoded input."""
    line: int
    column: int
    operation: str
    """``"replace"``, ``"delete"``, ``"insert"`` or ``"report"`` (changes nothing)."""
    before: Optional[str]
    after: Optional[str]
    reason: str

class CleanResult:
    text: str
    @property
    def edits(self) -> List[Edit]: ...
    @property
    def metadata(self) -> Optional[Dict[str, Any]]: ...
    @property
    def format(self) -> Optional[str]: ...
    @property
    def encoding(self) -> Optional[str]: ...

class Pipeline:
    def __init__(self, config: Union[None, str, Dict[str, Any]] = None) -> None: ...
    def clean(
        self,
        document: Union[str, bytes],
        *,
        format: Optional[str] = None,
        name: str = "<document>",
    ) -> CleanResult: ...

def rules() -> List[Tuple[str, str]]: ...

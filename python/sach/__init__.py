"""sach: validate and clean scraped Vietnamese news text, with a record of every change.

>>> import sach
>>> r = sach.clean("Hôm nay trời đẹp.\\n")
>>> r.text
'Hôm nay trời đẹp.\\n'

``sach.clean`` uses one default pipeline; ``sach.Pipeline(config)`` builds one from a
``sach.toml`` text or a dict, to reuse across documents. Cleaning releases the GIL.
"""

from typing import Optional, Union

from ._sach import CleanResult, Edit, Pipeline, rules

__all__ = ["clean", "CleanResult", "Edit", "Pipeline", "rules"]

_default: Optional[Pipeline] = None


def clean(
    document: Union[str, bytes],
    *,
    config: Union[None, str, dict, Pipeline] = None,
    format: Optional[str] = None,
) -> CleanResult:
    """Cleans one document. ``config``: a TOML string, a dict, a Pipeline, or None (defaults).
    ``format``: None (sniff), "text" or "html"."""
    global _default
    if isinstance(config, Pipeline):
        pipeline = config
    elif config is None:
        if _default is None:
            _default = Pipeline()
        pipeline = _default
    else:
        pipeline = Pipeline(config)
    return pipeline.clean(document, format=format)

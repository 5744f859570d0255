"""A datatrove pipeline step: ``SachCleaner`` cleans each ``Document.text`` with sach.

Per-rule counts go to datatrove's stats (``stats.json`` of the step): one counter per rule code
(``"B012"``, ``"D001"``…) counting its edits and findings, plus ``changed`` and ``dropped``.
Cross-document duplicates need the corpus: datatrove runs documents shard by shard, so this step
does the per-document cleaning only (for corpus-wide dedup, see ``sach.ray`` or ``sach index``).
"""

from typing import Any, Dict, Optional, Union

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from . import Pipeline


class SachCleaner(PipelineStep):
    name = "🧹 sach"
    type = "✂️ - FORMATTERS"

    def __init__(
        self,
        config: Union[None, str, Dict[str, Any]] = None,
        format: Optional[str] = None,
        drop_empty: bool = True,
        metadata_key: Optional[str] = "sach",
    ):
        """``config``: a ``sach.toml`` text or dict. ``format``: None (sniff), "text", "html".
        ``drop_empty``: drop documents left without text. ``metadata_key``: where the document's
        found metadata (title, date, author…) goes in ``Document.metadata`` (None: nowhere)."""
        super().__init__()
        self.config = config
        self.format = format
        self.drop_empty = drop_empty
        self.metadata_key = metadata_key

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        # built here, in the worker: a Pipeline is not picklable, the config is
        pipeline = Pipeline(self.config)
        for doc in data:
            self.stat_update("documents")
            with self.track_time():
                result = pipeline.clean(doc.text, format=self.format, name=str(doc.id))
            for edit in result.edits:
                self.stat_update(edit.rule)
            if result.text != doc.text:
                self.stat_update("changed")
            doc.text = result.text
            if self.metadata_key is not None:
                found = {k: v for k, v in (result.metadata or {}).items() if v}
                if found:
                    doc.metadata[self.metadata_key] = found
            if self.drop_empty and not doc.text.strip():
                self.stat_update("dropped")
                continue
            self.update_doc_stats(doc)
            yield doc

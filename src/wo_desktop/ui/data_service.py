"""What the widgets ask of the store, and the only way they reach it.

Writes run on the store's single writer thread and answer through a callback on the GUI
thread; ``drafts_changed`` then tells every view to refresh. Small reads by key (one draft,
the counts, a catalog row) are answered at once: in WAL mode a reader never waits for the
writer, and each is one indexed query. Catalog searches run on a reader thread, newest first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from wo_desktop.sync.service import TaskRunner

log = logging.getLogger(__name__)

SaveDone = Callable[[Any, list[Any]], None]  # (DraftRecord | None, problems)


class DataService(QObject):
    drafts_changed = Signal()
    save_failed = Signal(str)

    def __init__(self, store: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.writer = TaskRunner("store-writer")
        self.reader = TaskRunner("catalog-reader")

    # ------------------------------------------------------------------ writes
    def _write(
        self, work: Callable[[], Any], on_done: Callable[[Any], None] | None, what: str
    ) -> None:
        def done(result: Any) -> None:
            if on_done is not None:
                on_done(result)
            self.drafts_changed.emit()

        def failed(error: BaseException) -> None:
            log.error("%s failed: %s", what, error, exc_info=error)
            self.save_failed.emit(str(error) or type(error).__name__)

        self.writer.submit(work, done, failed)

    def save(self, data: dict[str, Any], on_done: SaveDone | None = None) -> None:
        """Save a job as a draft: the first save creates it, later ones are edits."""
        from wo_desktop import workflow

        data = dict(data)

        def work() -> tuple[Any, list[Any]]:
            if data.get("id") and self.store.drafts.exists(str(data["id"])):
                return workflow.save_edit(self.store, data)
            return workflow.new_draft(self.store, data)

        self._write(work, (lambda r: on_done(*r)) if on_done else None, "saving a draft")

    def make_ready(self, job_id: str, on_done: SaveDone | None = None) -> None:
        from wo_desktop import workflow

        self._write(
            lambda: workflow.make_ready(self.store, job_id),
            (lambda r: on_done(*r)) if on_done else None,
            "making a job ready",
        )

    def duplicate(self, job_id: str, on_done: Callable[[Any], None] | None = None) -> None:
        from wo_desktop import workflow

        def work() -> Any:
            record = self.store.drafts.get(job_id)
            if record is None:
                return None
            copy = {k: v for k, v in record.job.items() if k not in _NOT_COPIED}
            copied, _problems = workflow.new_draft(self.store, copy)
            return copied

        self._write(work, on_done, "duplicating a draft")

    def trash(self, job_ids: list[str], on_done: Callable[[Any], None] | None = None) -> None:
        self._write(lambda: [self.store.drafts.trash(i) for i in job_ids], on_done, "deleting")

    def restore(self, job_ids: list[str], on_done: Callable[[Any], None] | None = None) -> None:
        self._write(lambda: [self.store.drafts.restore(i) for i in job_ids], on_done, "restoring")

    def empty_trash(self, on_done: Callable[[Any], None] | None = None) -> None:
        self._write(self.store.drafts.empty_trash, on_done, "emptying the trash")

    def reorder_children(
        self, ordered_ids: list[str], on_done: Callable[[Any], None] | None = None
    ) -> None:
        """Give each sub-job its place (1, 2, ...) as ``working_sequence``."""
        from wo_desktop import workflow

        def work() -> int:
            changed = 0
            for position, job_id in enumerate(ordered_ids, start=1):
                record = self.store.drafts.get(job_id)
                if record is None or record.state in ("sending", "sent"):
                    continue
                if record.job.get("working_sequence") != position:
                    workflow.save_edit(self.store, {**record.job, "working_sequence": position})
                    changed += 1
            return changed

        self._write(work, on_done, "ordering sub-jobs")

    def flush(self, timeout: float = 10.0) -> bool:
        return self.writer.flush(timeout)

    def close(self) -> None:
        self.writer.flush(10.0)
        self.writer.stop()
        self.reader.stop()

    # ------------------------------------------------------------------ reads by key
    def get(self, job_id: str) -> Any:
        return self.store.drafts.get(job_id)

    def list(self, state: str | None = None, text: str | None = None, trashed: bool = False) -> Any:
        return self.store.drafts.list(state=state, text=text or None, trashed=trashed)

    def counts(self) -> dict[str, int]:
        return dict(self.store.drafts.counts())

    def journal(self, job_id: str) -> list[Any]:
        return list(self.store.drafts.journal(job_id))

    def attempts(self, job_id: str) -> int:
        """How often sending was tried for a job still in the outbox (0 when not there)."""
        return int(self.store.outbox.attempts(job_id) or 0)

    def pending_count(self) -> int:
        return int(self.store.outbox.pending_count())

    def children(self, job_id: str) -> list[Any]:
        rows = [r for r in self.store.drafts.list() if r.parent_id == job_id]
        return sorted(rows, key=lambda r: (r.working_sequence or 1 << 30, r.created_at))

    def sync_runs(self, limit: int = 200) -> list[Any]:
        """The stored sync log, newest first (``SyncRunRecord``)."""
        return list(self.store.sync_runs.recent(limit))

    def catalog_status(self) -> list[Any]:
        return list(self.store.catalog.status())

    def catalog_get(self, kind: str, row_id: str) -> dict[str, Any] | None:
        result: dict[str, Any] | None = self.store.catalog.get(kind, row_id)
        return result

    def catalog_find_by_reference(self, reference: str) -> dict[str, Any] | None:
        result: dict[str, Any] | None = self.store.catalog.find_by_reference("projects", reference)
        return result

    def ancestors(self, project_id: str) -> list[dict[str, Any]]:
        return list(self.store.catalog.ancestors(project_id))

    def ready_problems(self, data: dict[str, Any], project_is_mobile: bool | None) -> list[Any]:
        from wo_desktop.domain import validation

        _job, problems = validation.check(data, ready=True, project_is_mobile=project_is_mobile)
        return problems

    # ------------------------------------------------------------------ searches
    def search(
        self,
        kind: str,
        text: str,
        deliver: Callable[[list[dict[str, Any]]], None],
        *,
        limit: int = 50,
        key: str | None = None,
    ) -> None:
        self.reader.submit(
            lambda: self.store.catalog.search(kind, text, limit),
            deliver,
            lambda exc: log.warning("search %s failed: %s", kind, exc),
            coalesce=key or f"search:{kind}",
        )

    def search_equipment(
        self,
        text: str,
        deliver: Callable[[list[dict[str, Any]]], None],
        *,
        under: str | None = None,
        limit: int = 50,
    ) -> None:
        self.reader.submit(
            lambda: self.store.catalog.search_equipment(text, under_project_id=under, limit=limit),
            deliver,
            lambda exc: log.warning("equipment search failed: %s", exc),
            coalesce="search:equipment",
        )

    def combo_source(self, kind: str, key: str) -> Callable[[str, Callable[..., None]], None]:
        """A LookupCombo source over a catalog table; ``key`` keeps each combo's searches apart."""
        from wo_desktop.ui import catalog_text

        def source(text: str, deliver: Callable[[list[tuple[str, str]]], None]) -> None:
            def rows_to_options(rows: list[dict[str, Any]]) -> None:
                deliver([(str(r["id"]), catalog_text.label(kind, r)) for r in rows])

            self.search(kind, text, rows_to_options, limit=50, key=f"combo:{key}")

        return source

    def find_exact_code(self, code: str, deliver: Callable[[Any], None]) -> None:
        self.reader.submit(lambda: self.store.catalog.find_exact_code(code), deliver)


# A copy is a new job: its own id, no server state, no parent links by id of the original.
_NOT_COPIED = frozenset(
    {"id", "id2", "date_create", "date_update", "date_closed", "modified_dateutc"}
)

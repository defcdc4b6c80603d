"""The main window: the jobs on the left, the editor on the right, sync in the status bar.

The window is built and painted before the database is open (start-up speed); ``attach``
then gives it the data service and the sync service. Saving is automatic: a moment after the
last keystroke, when another job is chosen, and on close.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QSplitter, QVBoxLayout, QWidget

from wo_desktop.ui.actions import apply_icons, build_actions, build_menus
from wo_desktop.ui.drafts_panel import DraftsPanel
from wo_desktop.ui.editor.job_editor import JobEditor
from wo_desktop.ui.labels import problem_text
from wo_desktop.ui.status_bar import StatusBar
from wo_desktop.ui.widgets.settings_banner import SettingsBanner
from wo_desktop.ui.window_dialogs import WindowDialogs

log = logging.getLogger(__name__)

AUTOSAVE_MS = 800


class MainWindow(QMainWindow):
    first_painted = Signal()
    saved = Signal(object)  # DraftRecord, after every successful save

    def __init__(self, settings: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("wo-desktop — work orders"))
        self.resize(1280, 800)
        self.settings = settings
        self.credentials: Any = None
        self.profile: Any = None
        self.service: Any = None
        self.sync: Any = None
        self.ask_before_close = True
        self.account_configured: Any = lambda: self.sync is not None
        self._painted = False
        self._closing = False

        self.actions_ = build_actions(self)
        self.first_painted.connect(lambda: apply_icons(self, self.actions_))
        build_menus(self, self.actions_)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("main_splitter")
        # Made inside the splitter: moving a finished widget tree there costs the first paint.
        self.drafts = DraftsPanel(splitter)
        self.editor = JobEditor(splitter)
        splitter.addWidget(self.drafts)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([560, 720])
        splitter.setChildrenCollapsible(False)
        self._splitter = splitter
        self.settings_banner = SettingsBanner(self)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.settings_banner)
        column.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self.dialogs = WindowDialogs(self)

        a = self.actions_
        # Delete belongs to the list: in a text field the Delete key deletes characters.
        self.removeAction(a.delete)
        a.delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.drafts.table.addAction(a.delete)
        a.new.triggered.connect(self.new_job)
        a.save.triggered.connect(lambda: self.save_now())
        a.ready.triggered.connect(self.make_ready)
        a.sync.triggered.connect(lambda: self.request_sync("manual"))
        a.duplicate.triggered.connect(self.duplicate)
        a.delete.triggered.connect(self.delete)
        a.restore.triggered.connect(self.restore)
        a.empty_trash.triggered.connect(self.empty_trash)
        a.find.triggered.connect(self._find)
        a.pick_project.triggered.connect(lambda: self._pick(self.editor.choice.open_picker))
        a.pick_equipment.triggered.connect(lambda: self._pick(self.editor.choice.open_equipment))
        a.new_installation.triggered.connect(
            lambda: self._pick(self.editor.choice.open_new_installation)
        )
        a.quit.triggered.connect(self.close)
        self.dialogs.connect_actions(a)

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(lambda: self.save_now())
        self._clock = QTimer(self)
        self._clock.setInterval(30_000)
        self._clock.timeout.connect(self.refresh_status)
        self.editor.edited.connect(self._autosave.start)
        self.editor.ready_changed.connect(self._ready_changed)
        self.editor.open_job.connect(self.open_job)
        self.editor.add_child.connect(self.add_child)
        self.editor.children_reordered.connect(self._reorder_children)
        self.drafts.current_changed.connect(self._list_moved)
        self._set_enabled(False)

    # ------------------------------------------------------------------ start-up
    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
        return handled

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._painted:
            # The central widget paints over the window: watch it as well.
            self._splitter.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.first_painted.emit)
        return super().eventFilter(watched, event)

    def attach(self, service: Any, sync: Any = None) -> None:
        """The store is open: show the jobs, and start syncing if there is a sync service."""
        self.service, self.sync = service, sync
        service.drafts_changed.connect(self._drafts_changed)
        service.save_failed.connect(
            lambda message: self.status.showMessage(self.tr("Not saved: %1").replace("%1", message))
        )
        self.drafts.attach(service)
        self.editor.attach(service)
        if sync is not None:
            sync.state_changed.connect(lambda state: self.refresh_status())
            sync.progress.connect(self._sync_progress)
            sync.finished.connect(self._sync_finished)
        self._set_enabled(True)
        self._clock.start()
        first = self.drafts.visible_ids()
        if first:
            self.open_job(first[0])
        else:
            self.new_job()
        self.refresh_status()

    def _set_enabled(self, on: bool) -> None:
        a = self.actions_
        for action in (a.new, a.save, a.sync, a.duplicate, a.delete, a.restore, a.empty_trash):
            action.setEnabled(on)
        a.ready.setEnabled(on and self.editor.can_ready)
        for action in (a.pick_project, a.pick_equipment, a.new_installation, a.readiness):
            action.setEnabled(on)
        self.drafts.setEnabled(on)

    # ------------------------------------------------------------------ jobs
    def new_job(self, extra: dict[str, Any] | None = None) -> None:
        if self.service is None:
            return
        self.save_now()
        from wo_desktop import workflow
        from wo_desktop.ui.widgets.datetime_field import now_rounded, to_wire

        data = workflow.prepare_new(
            {"date_reported_by_company": to_wire(now_rounded()), **(extra or {})}
        )
        self.drafts.select(None, emit=False)
        self.editor.load(None, data)
        self.editor.dirty = False  # nothing typed yet: an empty job is not saved
        self.editor.tabs.setCurrentIndex(0)
        self.editor.fields["name"].setFocus()
        self._update_actions()

    def open_job(self, job_id: str | None) -> None:
        if self.service is None or job_id is None:
            return
        if job_id != self.editor.job_id():
            self.save_now()
        record = self.service.get(job_id)
        if record is None:
            return
        if self.drafts.model.row_of(job_id) < 0 and self.drafts.state_filter.currentData():
            self.drafts.show_state("")
        self.drafts.select(job_id, emit=False)
        self.editor.load(record)
        self._update_actions()

    def _list_moved(self, job_id: str | None) -> None:
        if job_id is not None and job_id != self.editor.job_id():
            self.open_job(job_id)

    def add_child(self) -> None:
        parent_id = self.editor.job_id()
        if parent_id and self.editor.record is not None:
            parent = self.editor.collect()
            keep = ("project_id", "project", "job_type_id", "job_status_code", "skill_id")
            self.new_job({"_parent_id": parent_id, **{k: parent[k] for k in keep if k in parent}})

    def _reorder_children(self, ordered: list[str]) -> None:
        if self.service is not None:
            self.service.reorder_children(ordered, lambda _n: self.editor.refresh_side_tabs())

    def save_now(self, then: Any = None) -> None:
        """Save what the editor shows, if anything changed; ``then(record)`` once stored."""
        self._autosave.stop()
        editor = self.editor
        if self.service is None or not editor.dirty or editor.read_only():
            if then is not None:
                then(editor.record)
            return
        data = editor.collect()

        def done(record: Any, problems: list[Any]) -> None:
            if record is None:
                errors = [p for p in problems if str(p.severity) == "error"]
                text = problem_text(errors[0]) if errors else self.tr("unknown reason")
                self.status.showMessage(self.tr("Not saved: %1").replace("%1", text), 8000)
                return
            if editor.job_id() == record.id:
                editor.mark_saved(record)
                self.drafts.select(record.id, emit=False)
            self.saved.emit(record)
            if then is not None:
                then(record)

        self.service.save(data, done)

    def make_ready(self) -> None:
        if self.service is None:
            return
        if not self.editor.can_ready:
            self.editor.show_all_problems()
            self.status.showMessage(self.actions_.ready.toolTip(), 6000)
            return

        def ready(record: Any) -> None:
            if record is None:
                return

            def done(ready_record: Any, problems: list[Any]) -> None:
                if ready_record is None:
                    self.editor.show_all_problems()
                    return
                if self.editor.job_id() == ready_record.id:
                    self.editor.mark_saved(ready_record)
                self.status.showMessage(
                    self.tr("Ready to send: it goes out with the next sync."), 5000
                )
                self.request_sync("after_ready", pull=False)

            self.service.make_ready(record.id, done)

        self.editor.dirty = True if self.editor.record is None else self.editor.dirty
        self.save_now(then=ready)

    def duplicate(self) -> None:
        if self.service is None or self.editor.job_id() is None:
            return

        # Saved first, whether or not the editor has heard back from an earlier save yet:
        # the copy is made from what is stored, and the person sees the copy open.
        def copy_of(record: Any) -> None:
            if record is not None and self.service is not None:
                self.service.duplicate(
                    record.id, lambda copy: copy is not None and self.open_job(copy.id)
                )

        self.save_now(then=copy_of)

    def delete(self) -> None:
        job_id = self.editor.job_id()
        if self.service is None or self.editor.record is None or job_id is None:
            if self.editor.record is None:
                self.new_job()  # an unsaved job: deleting is starting over
            return
        if self.editor.state() in ("sending", "sent"):
            self.status.showMessage(self.tr("A job that was sent stays: it is the receipt."), 6000)
            return
        self._autosave.stop()
        self.editor.dirty = False
        ids = self.drafts.visible_ids()
        following = ids[ids.index(job_id) + 1] if job_id in ids[:-1] else None
        following = following or next((i for i in reversed(ids) if i != job_id), None)

        def done(_result: Any) -> None:
            self.status.showMessage(self.tr("Moved to the trash."), 5000)
            self.open_job(following) if following else self.new_job()

        self.service.trash([job_id], done)

    def restore(self) -> None:
        job_id = self.editor.job_id()
        if self.service is not None and job_id and self.drafts.in_trash():
            self.service.restore([job_id], lambda _r: self.open_job(job_id))

    def empty_trash(self) -> None:
        if self.service is None:
            return
        from PySide6.QtWidgets import QMessageBox

        count = self.service.counts().get("trash", 0)
        answer = QMessageBox.question(
            self,
            self.tr("Empty the trash"),
            self.tr("Delete the %n job(s) in the trash for good?", "", count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.service.empty_trash()

    def _drafts_changed(self) -> None:
        self.drafts.refresh()
        self.refresh_status()

    # ------------------------------------------------------------------ sync
    def request_sync(self, reason: str, *, pull: bool = True) -> None:
        if self.sync is None:
            self.status.showMessage(self.tr("Sync is not set up: log in first."), 6000)
            return
        self.save_now(then=lambda _r: self.sync.request(reason, pull=pull))

    def _sync_progress(self, event: Any) -> None:
        from wo_desktop.ui.labels import table_label

        if event.phase == "pull" and event.table:
            text = (
                self.tr("Loading the catalog: %1, %2 rows")
                .replace("%1", table_label(event.table))
                .replace("%2", str(event.done))
            )
        else:
            text = self.tr("Sending jobs: %1 done").replace("%1", str(event.done))
        self.status.set_connection("syncing", text)
        self.status.show_progress(event.done, event.total, text)

    def _sync_finished(self, run: Any) -> None:
        self.refresh_status()
        self.drafts.refresh()
        job_id = self.editor.job_id()
        if job_id and not self.editor.dirty and self.editor.record is not None:
            record = self.service.get(job_id)
            if record is not None and record.state != self.editor.state():
                self.editor.load(record)
        if run.errors:
            self.status.showMessage(run.errors[0], 10_000)

    def refresh_status(self) -> None:
        if self.service is None:
            return
        if self.sync is None or not self.account_configured():
            self.status.set_connection("offline", self.tr("Not logged in"))
        else:
            self.status.set_connection(self.sync.state)
        self.status.set_pending(self.service.pending_count())
        max_age = getattr(self.settings, "catalog_max_age_days", 7) if self.settings else 7
        self.status.set_catalog(self.service.catalog_status(), max_age)

    # ------------------------------------------------------------------ state of actions
    def _ready_changed(self, ok: bool, reason: str) -> None:
        action = self.actions_.ready
        action.setEnabled(ok and self.service is not None)
        from PySide6.QtGui import QKeySequence

        # NativeText: "Strg+Eingabe" in German, as the person's keyboard labels say.
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        base = self.tr("Ready to send (%1)").replace("%1", keys)
        action.setToolTip(base if ok else f"{base}\n{reason}")
        action.setStatusTip(reason or self.tr("Check the job and queue it for the next sync"))
        self._update_actions()

    def _update_actions(self) -> None:
        a, saved = self.actions_, self.editor.record is not None
        a.duplicate.setEnabled(saved)
        a.delete.setEnabled(saved and not self.editor.read_only())
        a.restore.setEnabled(saved and self.drafts.in_trash())
        editable = self.service is not None and not self.editor.read_only()
        for action in (a.pick_project, a.pick_equipment, a.new_installation):
            action.setEnabled(editable)

    def _find(self) -> None:
        self.drafts.search.setFocus()
        self.drafts.search.selectAll()

    def _pick(self, opener: Any) -> None:
        if self.service is not None and not self.editor.read_only():
            self.editor.tabs.setCurrentIndex(0)
            opener()

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.service is not None and not self._closing:
            self.save_now()
            self.service.flush(10.0)
            pending = self.service.pending_count()
            if pending and self.ask_before_close and not self.dialogs.confirm_close(pending):
                event.ignore()
                return
        self._closing = True
        self._clock.stop()
        if self.sync is not None:
            self.sync.shutdown(3.0)
        super().closeEvent(event)

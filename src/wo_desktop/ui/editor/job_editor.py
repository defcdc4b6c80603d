"""The job editor: the tabs, the banner, the problems, and the job's JSON behind them.

It knows nothing of SQLite: it reads and writes a job dict, asks the data service for catalog
labels and searches, and tells the window when the person edited something (for autosave).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wo_desktop.ui import theme
from wo_desktop.ui.editor import binding
from wo_desktop.ui.editor.fields import (
    COMBOS,
    load_values,
    read_values,
    status_options,
    text_limits,
    widget_name_for,
)
from wo_desktop.ui.editor.general_tab import GeneralTab
from wo_desktop.ui.editor.problems_panel import ProblemsPanel
from wo_desktop.ui.editor.project_choice import ProjectChoice
from wo_desktop.ui.labels import problem_text, state_label

REVEALED_ALWAYS = {
    "max_length",
    "type",
    "date_order",
    "min_value",
    "range",
    "email",
    "duration",
    "number",
}
READ_ONLY_STATES = ("sending", "sent")


@dataclass(frozen=True)
class UiProblem:
    """A problem the form finds itself (text it cannot turn into a value)."""

    field: str
    code: str
    severity: str = "error"
    message: str = ""


class JobEditor(QWidget):
    edited = Signal()
    ready_changed = Signal(bool, str)
    open_job = Signal(str)
    add_child = Signal()
    children_reordered = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("JobEditor")
        self.service: Any = None
        self.record: Any = None
        self.original: dict[str, Any] = {}
        self.dirty = False
        self.loading = False
        self.problems: list[Any] = []
        self.server_problems: dict[str, str] = {}
        self.visited: set[str] = set()
        self.reveal_all = False
        self.can_ready = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        header = QHBoxLayout()
        self.title = QLabel(self.tr("New job"), self)
        self.title.setObjectName("editor_title")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.state_chip = QLabel(self)
        self.state_chip.setObjectName("state_chip")
        self.state_chip.setStyleSheet(theme.CHIP)
        header.addWidget(self.title, 1)
        header.addWidget(self.state_chip)
        layout.addLayout(header)
        self.banner = QFrame(self)
        self.banner.setObjectName("banner")
        self.banner.setStyleSheet(theme.BANNER)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner_layout = QHBoxLayout(self.banner)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setObjectName("banner_text")
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextFormat(Qt.TextFormat.PlainText)
        banner_layout.addWidget(self.banner_text)
        self.banner.hide()
        layout.addWidget(self.banner)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("editor_tabs")
        # Every tab stays in sight (a longer language widens the editor instead of hiding
        # History behind scroll arrows).
        self.tabs.setUsesScrollButtons(False)
        titles = [
            self.tr("General"),
            self.tr("Planning"),
            self.tr("Address"),
            self.tr("Request"),
            self.tr("Notes"),
            self.tr("Sub-jobs"),
            self.tr("History"),
        ]
        self.holders: list[QScrollArea] = []
        for number, title in enumerate(titles, start=1):
            holder = QScrollArea(self.tabs)
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            self.holders.append(holder)
            self.tabs.addTab(holder, title)
            self.tabs.setTabToolTip(number - 1, self.tr("Alt+%1").replace("%1", str(number)))
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.activated.connect(lambda index=number - 1: self._open_tab(index))
        layout.addWidget(self.tabs, 1)
        self.problems_panel = ProblemsPanel(self)
        layout.addWidget(self.problems_panel)
        self.frames: dict[str, binding.FieldFrame] = {}
        self.tab_of: dict[str, int] = {}
        self.fields: dict[str, Any] = {}
        # Only the first tab is built for the first paint; the others follow right after.
        self.general = GeneralTab()
        self.holders[0].setWidget(self.general)
        self._register(self.general, 0)
        self.choice = ProjectChoice(self.general.ui.project_id, self.window())
        self.choice.changed.connect(lambda: self._changed("project_id"))
        self._built = False
        self.tabs.currentChanged.connect(lambda _i: self.build_tabs())

        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(120)
        self._validate_timer.timeout.connect(self.validate)
        self.problems_panel.field_requested.connect(self.focus_field)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        self.setEnabled(False)

    def _register(self, page: Any, index: int) -> None:
        for name, frame in page.frames.items():
            self.frames[name] = frame
            self.tab_of[name] = index
            self.fields[name] = frame.field
            if name != "project_id":
                binding.connect_changed(frame.field, lambda n=name: self._changed(n))

    def build_tabs(self) -> None:
        """Build the tabs after the first one (once)."""
        if self._built:
            return
        self._built = True
        # Imported here: the first paint shows the General tab only.
        from wo_desktop.ui.editor.address_tab import AddressTab
        from wo_desktop.ui.editor.history_tab import HistoryTab
        from wo_desktop.ui.editor.notes_tab import NotesTab
        from wo_desktop.ui.editor.planning_tab import PlanningTab
        from wo_desktop.ui.editor.request_tab import RequestTab
        from wo_desktop.ui.editor.subjobs_tab import SubJobsTab

        self.planning, self.address = PlanningTab(), AddressTab()
        self.request, self.notes = RequestTab(), NotesTab()
        self.subjobs, self.history = SubJobsTab(), HistoryTab()
        pages = (self.planning, self.address, self.request, self.notes, self.subjobs, self.history)
        for index, page in enumerate(pages, start=1):
            self.holders[index].setWidget(page)
            if hasattr(page, "frames"):
                self._register(page, index)
        self.fields["job_status_code"].set_options(status_options())
        self.subjobs.open_requested.connect(self.open_job)
        self.subjobs.add_requested.connect(self.add_child)
        self.subjobs.reordered.connect(self.children_reordered)
        if self.service is not None:
            for name, (kind, _siblings) in COMBOS.items():
                self.fields[name].set_source(self.service.combo_source(kind, name))

    # ------------------------------------------------------------------ wiring
    def attach(self, service: Any) -> None:
        self.service = service
        self.choice.service = service
        if self._built:
            for name, (kind, _siblings) in COMBOS.items():
                self.fields[name].set_source(service.combo_source(kind, name))
        self.build_tabs()  # sets the sources itself when it builds now
        self.setEnabled(True)

    def job_id(self) -> str | None:
        value = self.original.get("id")
        return str(value) if value else None

    def state(self) -> str | None:
        return self.record.state if self.record is not None else None

    def read_only(self) -> bool:
        return self.state() in READ_ONLY_STATES

    # ------------------------------------------------------------------ load / collect
    def load(self, record: Any, data: dict[str, Any] | None = None) -> None:
        """Show a saved job (``record``) or a new one (``data``, not saved yet)."""
        self.loading = True
        try:
            self.record = record
            self.original = dict(record.job if record is not None else data or {})
            self.dirty = record is None and data is not None
            self.visited.clear()
            self.reveal_all = record is not None and record.state == "rejected"
            self.server_problems = _rejections(record)
            self.choice.load(self.original)
            self.general.show_path(self.choice.path)
            self.address.editable = bool(self.choice.is_mobile())
            load_values(self, self.original)
            read_only = self.read_only()
            for widget in self.fields.values():
                binding.set_read_only(widget, read_only)
            self.general.ui.project_id.setReadOnly(read_only)
            self._update_address()
            self._update_header()
            self.refresh_side_tabs()
        finally:
            self.loading = False
        self.validate()

    def collect(self) -> dict[str, Any]:
        """The job's JSON as the form shows it; fields the form does not show are kept."""
        data = dict(self.original)
        mobile = self.choice.is_mobile()
        address = "own" if mobile else ("keep" if mobile is None else "drop")
        read_values(self, data, address=address)
        self.choice.apply(data)
        return data

    def mark_saved(self, record: Any) -> None:
        """The store has the job: keep editing on top of what was saved."""
        current = self.collect()
        self.record = record
        self.original = dict(record.job) if record is not None else current
        if record is not None and record.state != "rejected":
            self.server_problems = {}
        self.choice.touched = False
        self.dirty = self.collect() != self.original
        self._update_header()
        self.refresh_side_tabs()
        self.validate()

    def refresh_side_tabs(self) -> None:
        record, service = self.record, self.service
        if service is None:
            return
        job_id = self.job_id()
        parent_id = self.original.get("_parent_id")
        parent = service.get(str(parent_id)) if parent_id else None
        children = service.children(job_id) if record is not None and job_id else []
        self.subjobs.show_children(
            children, parent=parent, saved=record is not None, read_only=self.read_only()
        )
        journal = service.journal(job_id) if record is not None and job_id else []
        attempts = service.attempts(job_id) if record is not None and job_id else 0
        self.history.show_history(record, journal, attempts)

    # ------------------------------------------------------------------ edits
    def _changed(self, name: str) -> None:
        if self.loading:
            return
        limit = text_limits().get(name)
        widget = self.fields.get(name)
        if limit and isinstance(widget, QPlainTextEdit) and len(widget.toPlainText()) > limit:
            # The server refuses longer text, and a draft that does not fit cannot be saved.
            cursor = widget.textCursor()
            widget.setPlainText(widget.toPlainText()[:limit])
            cursor.setPosition(min(cursor.position(), limit))
            widget.setTextCursor(cursor)
        self.server_problems.pop(name, None)
        self.dirty = True
        if name == "project_id":
            self.general.show_path(self.choice.path)
            self._update_address()
        if name == "name":
            self._update_header()
        self._validate_timer.start()
        self.edited.emit()

    def _focus_moved(self, old: QWidget | None, _new: QWidget | None) -> None:
        while old is not None and not isinstance(old, binding.FieldFrame):
            old = old.parentWidget()
        name = old.field.objectName() if old is not None else ""
        if name in self.fields and name not in self.visited:
            self.visited.add(name)
            self._validate_timer.start()

    def _update_address(self) -> None:
        self.address.set_mode(self.choice.is_mobile(), self.choice.installation_row())
        if self.address.editable:
            for name in self.address.frames:
                if name in self.fields:
                    binding.set_read_only(self.fields[name], self.read_only())
            load_values(self, self.original, only=tuple(self.address.frames))

    def _update_header(self) -> None:
        name = binding.read(self.fields["name"])
        self.title.setText(
            name or (self.tr("New job") if self.record is None else self.tr("(no name)"))
        )
        state = self.state()
        self.state_chip.setText(state_label(state) if state else self.tr("Not saved yet"))
        self.state_chip.setProperty("state", state or "new")
        theme.repolish(self.state_chip)
        self._show_banner()

    def _show_banner(self) -> None:
        record = self.record
        kind, text = None, ""
        if record is not None and record.state == "rejected":
            messages = [str(p.get("message") or "") for p in record.rejection or []]
            kind = "rejected"
            text = self.tr(
                "The server refused this job: %1 Correct it; it becomes a draft again, then "
                "make it ready to send."
            ).replace("%1", " ".join(m for m in messages if m) or self.tr("(no reason given)"))
        elif record is not None and record.state == "sent":
            kind = "sent"
            text = self.tr("Sent: the server has this job. It can no longer be changed here.")
        elif record is not None and record.state == "sending":
            kind = "ready"
            text = self.tr("Being sent now. It cannot be changed until the server answers.")
        elif record is not None and record.state == "ready":
            kind = "ready"
            text = self.tr("Ready to send. Any change returns it to draft.")
        self.banner.setProperty("kind", kind or "")
        theme.repolish(self.banner)
        self.banner_text.setText(text)
        self.banner.setVisible(kind is not None)

    # ------------------------------------------------------------------ validation
    def validate(self) -> None:
        self._validate_timer.stop()
        if self.service is None:
            return
        data = self.collect()
        problems: list[Any] = [
            UiProblem(name, code) for name, code in _unreadable(self)
        ] + self.service.ready_problems(data, self.choice.is_mobile())
        # What the server refused stays a problem until the person changes that field.
        problems += [
            UiProblem(name, "server", message=self.tr("Server: %1").replace("%1", message))
            for name, message in self.server_problems.items()
        ]
        self.problems = problems
        shown: dict[str, tuple[str, str]] = {}
        for name, message in self.server_problems.items():
            shown[name] = ("server", self.tr("Server: %1").replace("%1", message))
        for problem in problems:
            name = widget_name_for(problem.field)
            severity = str(problem.severity)
            if name not in self.frames or name in shown or severity not in ("error", "warning"):
                continue
            if self.reveal_all or name in self.visited or problem.code in REVEALED_ALWAYS:
                shown[name] = (severity, problem_text(problem))
        for name, frame in self.frames.items():
            frame.show_problem(*shown[name]) if name in shown else frame.show_problem(None)
        errors = [p for p in problems if str(p.severity) == "error"]
        self.problems_panel.show_problems(problems, state=self.state(), read_only=self.read_only())
        self.planning.show_planning_note(*_planning(self, data))
        ready_ok = not errors and not self.read_only() and self.state() != "ready"
        reason = ""
        if self.read_only():
            reason = self.tr("A job that was sent cannot be sent again.")
        elif self.state() == "ready" and not self.dirty:
            reason = self.tr("The job is already ready to send.")
        elif errors:
            reason = self.tr("Not ready: %1").replace("%1", problem_text(errors[0]))
            if len(errors) > 1:
                reason += " " + self.tr("(and %n more)", "", len(errors) - 1)
        self.can_ready = ready_ok or (self.state() == "ready" and self.dirty and not errors)
        self.ready_changed.emit(self.can_ready, reason)

    def show_all_problems(self) -> None:
        self.reveal_all = True
        self.validate()

    def focus_field(self, field: str) -> None:
        name = widget_name_for(field)
        if name not in self.frames:
            return
        self.reveal_all = True
        self._open_tab(self.tab_of[name])
        frame = self.frames[name]
        self.holders[self.tab_of[name]].ensureWidgetVisible(frame)
        frame.field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.validate()

    def _open_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        page = self.holders[index].widget()
        if page is not None and not page.isAncestorOf(QApplication.focusWidget()):
            page.focusNextChild()


def _rejections(record: Any) -> dict[str, str]:
    if record is None or record.state != "rejected":
        return {}
    pinned: dict[str, str] = {}
    for problem in record.rejection or []:
        name = widget_name_for(str(problem.get("field") or ""))
        if name and name not in pinned:
            pinned[name] = str(problem.get("message") or "")
    return pinned


def _unreadable(editor: JobEditor) -> list[tuple[str, str]]:
    found = []
    if not editor.fields["estimated_time"].is_valid():
        found.append(("estimated_time", "duration"))
    for name in ("db_address_latitude_decimal", "db_address_longitude_decimal"):
        if editor.address.editable and isinstance(
            binding.decimal_or_text(binding.read(editor.fields[name])), str
        ):
            found.append((name, "number"))
    return found


def _planning(editor: JobEditor, data: dict[str, Any]) -> tuple[str | None, str | None]:
    if data.get("job_status_code") != "Suggested":
        return None, None
    user = editor.fields["suggested_user_id"].label() if data.get("suggested_user_id") else None
    start = editor.fields["suggested_date_start"].datetime()
    return user, start.toString("yyyy-MM-dd HH:mm") if start is not None else None

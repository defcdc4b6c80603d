"""The status bar: connection, sync progress, what is still to send, and the catalog's age."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

if TYPE_CHECKING:  # datetime itself is imported when a time is shown, after the first paint
    from datetime import datetime

DOT = "●"
STATE_COLORS = {
    "online": "#2e7d32",
    "offline": "#9e9e9e",
    "syncing": "#1565c0",
    "paused": "#b26a00",
}


def age_text(as_of: str | None, now: datetime | None = None) -> str:
    from PySide6.QtCore import QCoreApplication

    if not as_of:
        return QCoreApplication.translate("StatusBar", "never loaded")
    # Here, after the check: the first paint shows "never loaded" without loading the store.
    from wo_desktop.store.times import age_seconds

    age = age_seconds(as_of, now)
    if age is None:
        return QCoreApplication.translate("StatusBar", "age unknown")
    seconds = int(age)
    if seconds < 90:
        return QCoreApplication.translate("StatusBar", "updated just now")
    if seconds < 5400:
        return QCoreApplication.translate(
            "StatusBar", "updated %n minute(s) ago", "", seconds // 60
        )
    if seconds < 48 * 3600:
        return QCoreApplication.translate(
            "StatusBar", "updated %n hour(s) ago", "", seconds // 3600
        )
    return QCoreApplication.translate("StatusBar", "updated %n day(s) ago", "", seconds // 86400)


def oldest_as_of(tables: list[Any]) -> str | None:
    """The catalog is as old as its oldest table; a table never loaded makes it "never"."""
    stamps = [getattr(t, "as_of", None) for t in tables]
    if not stamps or any(s is None for s in stamps):
        return None
    return min(stamps)


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StatusBar")
        self.connection = QLabel(self)
        self.connection.setObjectName("connection_state")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("sync_progress")
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.hide()
        self.pending = QLabel(self)
        self.pending.setObjectName("pending_jobs")
        self.catalog = QLabel(self)
        self.catalog.setObjectName("catalog_age")
        self.addWidget(self.connection)
        self.addWidget(self.progress)
        self.addPermanentWidget(self.pending)
        self.addPermanentWidget(self.catalog)
        self.set_connection("offline", self.tr("Starting…"))
        self.pending.setText("")
        self.catalog.setText("")

    def set_connection(self, state: str, text: str | None = None) -> None:
        words = {
            "online": self.tr("Online"),
            "offline": self.tr("Offline"),
            "syncing": self.tr("Syncing…"),
            "paused": self.tr("Sync paused"),
        }
        self.connection.setText(f"{DOT} {text or words.get(state, state)}")
        palette = self.connection.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(STATE_COLORS.get(state, "#9e9e9e")))
        self.connection.setPalette(palette)
        self.connection.setProperty("state", state)
        if state != "syncing":
            self.progress.hide()

    def show_progress(self, done: int, total: int | None, message: str) -> None:
        self.progress.show()
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)  # busy: the total is not known yet
        self.progress.setToolTip(message)
        self.progress.setAccessibleDescription(message)

    def set_pending(self, count: int) -> None:
        if count:
            text = self.tr("%n job(s) waiting to be sent", "", count)
            self.pending.setProperty("safe", False)
        else:
            text = self.tr("All jobs sent, safe to close")
            self.pending.setProperty("safe", True)
        self.pending.setText(text)

    def set_catalog(self, tables: list[Any], max_age_days: int) -> None:
        as_of = oldest_as_of(tables)
        text = self.tr("Catalog: %1").replace("%1", age_text(as_of))
        old = True
        if as_of is not None:
            from wo_desktop.store.times import age_seconds

            age = age_seconds(as_of)
            old = age is None or age // 86400 >= max_age_days
        self.catalog.setText(text)
        self.catalog.setToolTip(
            self.tr(
                "The catalog is older than %n day(s): sync before going offline.", "", max_age_days
            )
            if old
            else ""
        )
        self.catalog.setTextFormat(Qt.TextFormat.PlainText)

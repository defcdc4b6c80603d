"""Shown at start-up when the database fails its check: say what happened, offer the backup.

The damaged file is never changed here: restoring moves it aside (``damaged-<stamp>.db``,
with its -wal and -shm) and copies the newest automatic backup into its place, off the GUI
thread. The dialog is accepted once the backup is in place (then open the store again) and
rejected for "Quit".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

Restore = Callable[[Path, Path], Path]


def _default_restore(db_path: Path, backup_path: Path) -> Path:
    from wo_desktop.store.backups import restore_backup

    return restore_backup(db_path, backup_path)


def _made_at(backup: Path) -> datetime:
    from wo_desktop.store.backups import backup_time

    found = backup_time(backup)
    if found is None:  # not an automatic backup's name: the file's own time
        found = datetime.fromtimestamp(backup.stat().st_mtime, UTC)
    return found


def local_time_text(moment: datetime) -> str:
    """The backup's time as the person reads it: local time, unambiguous in every language."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class RecoveryDialog(QDialog):
    restored = Signal(object)  # Path: where the damaged file was kept

    def __init__(
        self,
        db_path: Path,
        messages: Sequence[str],
        backup: Path | None,
        *,
        restore: Restore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("RecoveryDialog")
        self.setWindowTitle(self.tr("The database is damaged"))
        self.setMinimumWidth(560)
        self.db_path, self.backup = Path(db_path), backup
        self._restore = restore or _default_restore
        self.kept_aside: Path | None = None
        self.busy = False
        self.backup_date = local_time_text(_made_at(backup)) if backup is not None else ""

        layout = QVBoxLayout(self)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setText(self._explanation())
        layout.addWidget(self.message)
        self.details = QLabel(self)
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        shown = "; ".join(list(messages)[:3]) or self.tr("no details")
        self.details.setText(self.tr("What SQLite found: %1").replace("%1", shown))
        layout.addWidget(self.details)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome.hide()
        layout.addWidget(self.outcome)

        buttons = QDialogButtonBox(self)
        self.restore_button: QPushButton | None = None
        if backup is not None:
            self.restore_button = buttons.addButton(
                self.tr("&Restore the newest backup (from %1)").replace("%1", self.backup_date),
                QDialogButtonBox.ButtonRole.AcceptRole,
            )
            self.restore_button.setObjectName("restore_button")
            self.restore_button.setDefault(True)
            self.restore_button.clicked.connect(self.restore)
        self.quit_button = buttons.addButton(
            self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.quit_button.setObjectName("quit_button")
        self.quit_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        (self.restore_button or self.quit_button).setFocus()

    def _explanation(self) -> str:
        first = self.tr(
            "The file that holds your jobs is damaged, so wo-desktop stopped before changing "
            "it. This can happen after a power cut or a disk fault.\n\nThe file: %1"
        ).replace("%1", str(self.db_path))
        if self.backup is None:
            return (
                first
                + "\n\n"
                + self.tr(
                    "There is no automatic backup to restore. The file was not changed. Run "
                    "'wo-desktop doctor --bundle' and send the file it writes to support."
                )
            )
        return (
            first
            + "\n\n"
            + self.tr(
                "The newest automatic backup is from %1. Restoring it brings back the jobs as "
                "they were then; what was entered later is not in it. The damaged file is kept "
                "aside, unchanged, so that support can try to recover the rest."
            ).replace("%1", self.backup_date)
        )

    def restore(self) -> None:
        """Put the backup in place off the GUI thread; accepted when it is done."""
        if self.backup is None or self.restore_button is None:
            return
        from wo_desktop.sync.service import run_in_background

        self.busy = True
        self.restore_button.setEnabled(False)
        self.quit_button.setEnabled(False)
        self.outcome.setText(self.tr("Restoring the backup…"))
        self.outcome.show()
        backup, database = self.backup, self.db_path
        run_in_background(lambda: self._restore(database, backup), self._done, self._failed)

    def reject(self) -> None:
        # Escape or the window's close button while files are being renamed: wait for it.
        if not self.busy:
            super().reject()

    def _done(self, aside: Any) -> None:
        self.busy = False
        self.kept_aside = Path(aside)
        self.outcome.setText(
            self.tr("The backup is in place. The damaged file was kept as %1.").replace(
                "%1", str(self.kept_aside)
            )
        )
        self.restored.emit(self.kept_aside)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.outcome.setText(
            self.tr("The backup could not be restored: %1\nNothing was deleted.").replace(
                "%1", str(error) or type(error).__name__
            )
        )
        self.quit_button.setEnabled(True)
        if self.restore_button is not None:
            self.restore_button.setEnabled(True)

"""The window's actions, with their shortcuts, menus and toolbar, in one place."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar

# The toolbar's icons (QStyle standard pixmaps, by name). They are set just after the first
# paint (`apply_icons`): the first use of QStyle from Python costs several milliseconds.
ICONS = {
    "new": "SP_FileIcon",
    "save": "SP_DialogSaveButton",
    "ready": "SP_DialogApplyButton",
    "sync": "SP_BrowserReload",
    "duplicate": "SP_FileDialogNewFolder",
    "delete": "SP_TrashIcon",
}


@dataclass
class Actions:
    new: QAction
    save: QAction
    ready: QAction
    sync: QAction
    duplicate: QAction
    delete: QAction
    restore: QAction
    empty_trash: QAction
    find: QAction
    pick_project: QAction
    pick_equipment: QAction
    new_installation: QAction
    login: QAction
    settings: QAction
    sync_log: QAction
    readiness: QAction
    quit: QAction
    about: QAction


def build_actions(window: QMainWindow) -> Actions:
    def make(
        text: str,
        shortcuts: list[QKeySequence | str] | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, window)
        if shortcuts:
            # A standard key has no binding on some platforms (Preferences on Linux).
            keys = [QKeySequence(s) for s in shortcuts]
            action.setShortcuts([k for k in keys if not k.isEmpty()])
        if tip:
            action.setStatusTip(tip)
        plain = text.replace("&", "").replace("…", "")
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{plain} ({keys})" if keys else plain)
        window.addAction(action)
        return action

    # Delete acts on the list only (it is added to the list by the window): in a text field
    # the Delete key must keep deleting characters.
    return Actions(
        new=make(
            QCoreApplication.translate("Actions", "&New job"),
            [QKeySequence.StandardKey.New],
        ),
        save=make(
            QCoreApplication.translate("Actions", "&Save"),
            [QKeySequence.StandardKey.Save],
        ),
        ready=make(
            QCoreApplication.translate("Actions", "&Ready to send"),
            ["Ctrl+Return", "Ctrl+Enter"],
            QCoreApplication.translate("Actions", "Check the job and queue it for the next sync"),
        ),
        sync=make(QCoreApplication.translate("Actions", "S&ync now"), ["F5"]),
        duplicate=make(
            QCoreApplication.translate("Actions", "&Duplicate"),
            ["Ctrl+D"],
        ),
        delete=make(
            QCoreApplication.translate("Actions", "&Delete"),
            ["Del"],
            QCoreApplication.translate("Actions", "Move the job to the trash"),
        ),
        restore=make(
            QCoreApplication.translate("Actions", "Res&tore from the trash"), ["Ctrl+Shift+Z"]
        ),
        empty_trash=make(
            QCoreApplication.translate("Actions", "&Empty the trash…"), ["Ctrl+Shift+Del"]
        ),
        find=make(
            QCoreApplication.translate("Actions", "&Find jobs"), [QKeySequence.StandardKey.Find]
        ),
        pick_project=make(
            QCoreApplication.translate("Actions", "Choose the &installation…"), ["F4"]
        ),
        pick_equipment=make(
            QCoreApplication.translate("Actions", "Choose the e&quipment…"), ["F6"]
        ),
        new_installation=make(
            QCoreApplication.translate("Actions", "New insta&llation…"), ["Ctrl+Shift+N"]
        ),
        login=make(QCoreApplication.translate("Actions", "Log &in…"), ["Ctrl+Shift+L"]),
        settings=make(
            QCoreApplication.translate("Actions", "Se&ttings…"),
            [QKeySequence.StandardKey.Preferences, "Ctrl+,"],
        ),
        sync_log=make(QCoreApplication.translate("Actions", "Sync &log"), ["Ctrl+L"]),
        readiness=make(
            QCoreApplication.translate("Actions", "&Offline readiness…"), ["Ctrl+Shift+O"]
        ),
        quit=make(
            QCoreApplication.translate("Actions", "&Quit"),
            [QKeySequence.StandardKey.Quit, "Ctrl+Q"],
        ),
        about=make(QCoreApplication.translate("Actions", "&About wo-desktop"), ["F1"]),
    )


def build_menus(window: QMainWindow, a: Actions) -> QToolBar:
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("Actions", "&File"))
    for action in (a.new, a.save, None, a.login, a.settings, None, a.quit):
        file_menu.addSeparator() if action is None else file_menu.addAction(action)
    edit_menu = bar.addMenu(QCoreApplication.translate("Actions", "&Edit"))
    for action in (a.duplicate, a.delete, a.restore, a.empty_trash, None, a.find):
        edit_menu.addSeparator() if action is None else edit_menu.addAction(action)
    job_menu = bar.addMenu(QCoreApplication.translate("Actions", "&Job"))
    for action in (a.pick_project, a.pick_equipment, a.new_installation, None, a.ready):
        job_menu.addSeparator() if action is None else job_menu.addAction(action)
    sync_menu = bar.addMenu(QCoreApplication.translate("Actions", "&Sync"))
    for action in (a.sync, a.sync_log, a.readiness):
        sync_menu.addAction(action)
    help_menu = bar.addMenu(QCoreApplication.translate("Actions", "&Help"))
    help_menu.addAction(a.about)

    toolbar = QToolBar(QCoreApplication.translate("Actions", "Main toolbar"), window)
    toolbar.setObjectName("main_toolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(toolbar.toolButtonStyle().ToolButtonTextBesideIcon)
    for action in (a.new, a.save, a.ready, None, a.sync, None, a.duplicate, a.delete):
        toolbar.addSeparator() if action is None else toolbar.addAction(action)
    window.addToolBar(toolbar)
    return toolbar


def apply_icons(window: QMainWindow, actions: Actions) -> None:
    """Give the toolbar's actions their icons (called once the window has painted)."""
    from PySide6.QtWidgets import QStyle

    style = window.style()
    for name, pixmap in ICONS.items():
        getattr(actions, name).setIcon(style.standardIcon(getattr(QStyle.StandardPixmap, pixmap)))


def app_icon() -> QIcon:
    from importlib.resources import files

    try:
        path = files("wo_desktop.ui").joinpath("icons/wo-desktop.svg")
        return QIcon(str(path))
    except (ModuleNotFoundError, FileNotFoundError):
        return QIcon()

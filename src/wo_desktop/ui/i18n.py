"""The window's language: Qt's own strings (qtbase) first, then ours, from the setting or the OS.

The compiled translations live beside this module in ``translations/`` (``wo_desktop_<lang>.qm``,
made by ``scripts/update_translations.py --compile`` and committed, so a fresh clone and the
installer need no build step). ``pseudo`` is the pseudo-locale: every string 40 % longer with
accented letters, to find cut-off labels before a translator does.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("en", "fr", "nl", "de")
PSEUDO = "pseudo"
DEFAULT = "en"

_installed: list[QTranslator] = []
_language: list[str] = []  # the language installed last, if any


def translations_dir() -> Path:
    return Path(__file__).resolve().parent / "translations"


def resolve_language(language: str | None, system: QLocale | None = None) -> str:
    """The language to show: ``language`` when we have it, else the OS's, else English.

    ``None``, ``""`` and ``"system"`` mean the OS's preference list (``fr-BE``, then ``nl``...);
    a region (``nl_BE``, ``de-AT``) counts as its language.
    """
    wanted = (language or "").strip().lower().replace("-", "_")
    if wanted == PSEUDO:
        return PSEUDO
    if wanted and wanted != "system":
        base = wanted.split("_", 1)[0]
        return base if base in LANGUAGES else DEFAULT
    locale = system if system is not None else QLocale.system()
    for name in locale.uiLanguages() or [locale.name()]:
        base = name.replace("-", "_").split("_", 1)[0].lower()
        if base in LANGUAGES:
            return base
    return DEFAULT


def _load(name: str, folder: str | Path) -> QTranslator | None:
    translator = QTranslator(QCoreApplication.instance())
    return translator if translator.load(name, str(folder)) else None


def install_translators(app: QCoreApplication, language: str | None) -> str:
    """Install the translators for ``language`` (a code, ``"system"``/``None``, or ``"pseudo"``).

    Call it before the window is built: widgets translate their text when they are made.
    Calling it again replaces the translators it installed before. Returns the language in
    use (``"en"``, ``"fr"``, ``"nl"``, ``"de"`` or ``"pseudo"``), for dates and the catalog's
    model names.
    """
    uninstall_translators(app)
    chosen = resolve_language(language)
    system = QLocale.system()
    if chosen in LANGUAGES:
        # The OS's region when it speaks the chosen language (fr_BE dates for a Belgian).
        same = system.name().split("_", 1)[0] == chosen
        QLocale.setDefault(system if same else QLocale(chosen))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    wanted: list[tuple[str, str | Path]] = []
    if chosen not in (DEFAULT, PSEUDO):
        wanted.append((f"qtbase_{chosen}", qt_folder))
    # English has a file too: its plurals ("1 job", "2 jobs").
    wanted.append((f"wo_desktop_{chosen}", translations_dir()))
    for name, folder in wanted:
        translator = _load(name, folder)
        if translator is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    _language[:] = [chosen]
    return chosen


def uninstall_translators(app: QCoreApplication) -> None:
    """Remove what ``install_translators`` installed: the window speaks the source English."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _language.clear()


def installed() -> list[QTranslator]:
    """The translators in force, newest last (for tests and the diagnostic)."""
    return list(_installed)


def current_language() -> str | None:
    """The language ``install_translators`` installed last; ``None`` when none is in force."""
    return _language[0] if _language else None

"""French, Dutch and German load with Qt's own strings, cover every string of the code, and show.

The .ts files in translations/ are compared with what pyside6-lupdate finds in the code today,
the committed .qm files with what pyside6-lrelease makes of the .ts, and the window built in
each language is searched for English a translator has translated.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from wo_desktop.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("fr", "nl", "de")


def _script() -> Any:
    if "update_translations" not in sys.modules:
        path = ROOT / "scripts" / "update_translations.py"
        spec = importlib.util.spec_from_file_location("update_translations", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["update_translations"] = module
        spec.loader.exec_module(module)
    return sys.modules["update_translations"]


ut = _script()


@pytest.fixture(scope="module")
def code_messages() -> set[tuple[str, str, str]]:
    """(context, source, comment) of every string lupdate finds in the code now."""
    return ut.current_messages()


@pytest.fixture
def language_restored(qapp: Any) -> Iterator[None]:
    """Whatever language a test installs, the next test starts with the one before."""
    before, locale = i18n.current_language(), QLocale()
    yield
    i18n.uninstall_translators(qapp)
    for leftover in getattr(qapp, "_wo_translators", None) or []:
        if isinstance(leftover, QTranslator):
            qapp.removeTranslator(leftover)
    if before is not None:
        i18n.install_translators(qapp, before)
    QLocale.setDefault(locale)


def placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"%L?\d+|%L?n", text))


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1) if found else None


# ---------------------------------------------------------------- the files
def test_every_string_of_the_code_is_translated_in_every_language(
    code_messages: set[tuple[str, str, str]],
) -> None:
    assert len(code_messages) > 100  # lupdate read the code and the forms
    problems = []
    for language in LANGUAGES:
        messages = ut.read_ts(ut.ts_path(language))
        have = {(m.context, m.source, m.comment) for m in messages}
        problems += [f"{language}: missing {c}: {s!r}" for c, s, _ in sorted(code_messages - have)]
        problems += [
            f"{language}: no longer in the code {c}: {s!r}" for c, s, _ in have - code_messages
        ]
        problems += [
            f"{language}: {m.kind or 'empty'} {m.context}: {m.source!r}"
            for m in messages
            if not m.finished
        ]
    assert problems == [], "run scripts/update_translations.py and translate:\n" + "\n".join(
        problems
    )


@pytest.mark.parametrize("language", (*LANGUAGES, "en"))
def test_every_plural_has_all_its_forms(language: str) -> None:
    plurals = [m for m in ut.read_ts(ut.ts_path(language)) if m.numerus]
    assert len(plurals) >= 5
    for m in plurals:
        # French, Dutch, German and English all have two forms (one; other).
        assert len(m.translations) == 2, (m.source, m.translations)
        assert all(form.strip() for form in m.translations), m.source
        assert all("%n" in form for form in m.translations), (m.source, m.translations)
    if language == "en":
        assert [m.translations[0] for m in plurals if "(s)" in m.translations[0]] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_mnemonics(language: str) -> None:
    wrong = []
    for m in ut.read_ts(ut.ts_path(language)):
        for text in m.translations:
            if placeholders(text) != placeholders(m.source):
                wrong.append(f"placeholders {m.source!r} -> {text!r}")
            if (mnemonic(m.source) is None) != (mnemonic(text) is None):
                wrong.append(f"mnemonic {m.source!r} -> {text!r}")
            if m.source[:1].isspace() != text[:1].isspace():
                wrong.append(f"leading space {m.source!r} -> {text!r}")
    assert wrong == []


def test_committed_qm_files_are_what_lrelease_makes_of_the_ts_files() -> None:
    stale = [line for line in ut.check() if "qm" in line.split(":", 1)[0] or "lrelease" in line]
    assert stale == [], "run scripts/update_translations.py --compile:\n" + "\n".join(stale)


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_qm_translates_every_string_of_the_code(
    language: str, code_messages: set[tuple[str, str, str]]
) -> None:
    translator = QTranslator()
    assert translator.load(f"wo_desktop_{language}", str(i18n.translations_dir()))
    plural = {(m.context, m.source) for m in ut.read_ts(ut.ts_path(language)) if m.numerus}
    untranslated = []
    for context, source, comment in sorted(code_messages):
        counts = (1, 2, 5) if (context, source) in plural else (-1,)
        for n in counts:
            if not translator.translate(context, source, comment or None, n):
                untranslated.append(f"{context}: {source!r} (n={n})")
    assert untranslated == []


# ---------------------------------------------------------------- loading
@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_loads_qt_and_our_translations(
    language: str, qapp: Any, language_restored: None
) -> None:
    assert i18n.install_translators(qapp, language) == language
    files = [Path(t.filePath()).name for t in i18n.installed()]
    # Qt's own first, ours last: the newest translator is asked first.
    assert files == [f"qtbase_{language}.qm", f"wo_desktop_{language}.qm"]
    assert QCoreApplication.translate("Actions", "&Save") != "&Save"
    assert QCoreApplication.translate("States", "Draft") != "Draft"
    assert QLocale().language() == QLocale(language).language()


def test_english_loads_its_plurals_and_no_qt_translation(
    qapp: Any, language_restored: None
) -> None:
    assert i18n.install_translators(qapp, "en") == "en"
    assert [Path(t.filePath()).name for t in i18n.installed()] == ["wo_desktop_en.qm"]
    one = QCoreApplication.translate("StatusBar", "%n job(s) waiting to be sent", "", 1)
    three = QCoreApplication.translate("StatusBar", "%n job(s) waiting to be sent", "", 3)
    assert (one, three) == ("1 job waiting to be sent", "3 jobs waiting to be sent")


def test_language_is_the_setting_else_the_os_else_english() -> None:
    belgian = QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium)
    assert i18n.resolve_language("de", belgian) == "de"
    assert i18n.resolve_language("fr_BE", belgian) == "fr"
    assert i18n.resolve_language("system", belgian) == "nl"
    assert i18n.resolve_language(None, belgian) == "nl"
    assert i18n.resolve_language(None, QLocale(QLocale.Language.Japanese)) == "en"
    assert i18n.resolve_language("ja", belgian) == "en"
    assert i18n.resolve_language("pseudo", belgian) == "pseudo"


def test_language_follows_the_os_locale() -> None:
    script = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from wo_desktop.ui.i18n import install_translators\n"
        "app = QCoreApplication([])\n"
        "print(install_translators(app, 'system'))\n"
        "print(QCoreApplication.translate('Actions', '&Save'))\n"
    )
    env = {"LANG": "de_AT.UTF-8", "LC_ALL": "de_AT.UTF-8", "LANGUAGE": "de_AT:de"}
    done = subprocess.run(
        [sys.executable, "-c", script],
        env={**_clean_env(), **env},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["de", "&Speichern"]


def _clean_env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}


# ---------------------------------------------------------------- the window
def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text a widget under ``root`` shows or speaks."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget, text: str) -> None:
        if text:
            found.append((widget.objectName() or type(widget).__name__, text))

    for widget in [root, *root.findChildren(QWidget)]:
        add(widget, widget.windowTitle() if widget.isWindow() else "")
        add(widget, widget.toolTip())
        add(widget, widget.accessibleName())
        if isinstance(widget, QLabel | QAbstractButton):
            add(widget, widget.text())
        if isinstance(widget, QLineEdit):
            add(widget, widget.placeholderText())
        if isinstance(widget, QGroupBox):
            add(widget, widget.title())
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                add(widget, widget.tabText(index))
                add(widget, widget.tabToolTip(index))
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            for section in range(widget.count()):
                add(widget, str(widget.model().headerData(section, widget.orientation()) or ""))
        for action in widget.actions():
            add(widget, action.text())
            add(widget, action.toolTip())
    return found


def english_left_over(language: str, texts: list[tuple[str, str]]) -> list[str]:
    """Texts that are an English source whose translation in ``language`` differs from it."""
    messages = ut.read_ts(ut.ts_path(language))
    translated = {t for m in messages for t in m.translations}
    english = {m.source for m in messages if m.source not in m.translations}
    english -= translated  # "Details" is Dutch too
    return sorted({f"{where}: {text!r}" for where, text in texts if text in english})


@pytest.mark.parametrize("language", LANGUAGES)
def test_window_and_dialogs_show_no_english(
    language: str, open_gui: Any, qtbot: Any, language_restored: None
) -> None:
    gui = open_gui(lang=language)
    window = gui.window
    assert i18n.current_language() == language, (
        "app.build_window must call i18n.install_translators"
    )
    texts = shown_texts(window)
    for name in ("login", "settings", "sync_log", "readiness"):
        dialog = getattr(window.dialogs, name)()
        if dialog is not None:
            texts += shown_texts(dialog)
            dialog.reject()
    texts += shown_texts(window.dialogs.close_question(2))
    left = english_left_over(language, texts)
    assert left == [], f"English in the {language} window:\n" + "\n".join(left)
    assert window.windowTitle() != "wo-desktop — work orders"


def test_language_follows_the_setting(
    open_gui: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language_restored: None
) -> None:
    from wo_desktop import paths
    from wo_desktop.config import load_settings, save_user_setting

    monkeypatch.delenv("WO_DESKTOP_LANGUAGE", raising=False)
    profile = paths.ensure_profile(tmp_path / "profile")
    save_user_setting(load_settings(profile), profile, "language", "nl")
    gui = open_gui(profile, lang=None)
    assert i18n.current_language() == "nl"
    assert gui.editor.tabs.tabText(0) == "Algemeen"
    assert QApplication.instance() is not None

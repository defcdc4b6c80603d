"""Refresh the Qt Linguist sources in translations/ and, with --compile, the .qm files.

Run with `uv run python scripts/update_translations.py`: pyside6-lupdate reads every
translatable string of src/wo_desktop (.py) and resources/ui (.ui) into
translations/wo_desktop_{fr,nl,de}.ts, keeping the translations already there (a new or
changed string comes in as "unfinished" for the translator), and regenerates the
pseudo-locale translations/wo_desktop_pseudo.ts.

`--compile` then runs pyside6-lrelease into src/wo_desktop/ui/translations/*.qm. The .qm
files are committed: `uv run wo-desktop` on a fresh clone and the installer use them as
they are. `--check` exits 1, writing nothing, when a .ts is missing a string of the code,
has an unfinished entry, or a .qm is older than its .ts.
"""

from __future__ import annotations

import argparse
import ast
import math
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "src" / "wo_desktop" / "ui" / "translations"
LANGUAGES = ("fr", "nl", "de")
PSEUDO = "pseudo"
# English needs only its plurals ("1 job" / "2 jobs"): the source text is English already.
ENGLISH = "en"
ALL = (*LANGUAGES, ENGLISH, PSEUDO)
# The pseudo-locale counts like English: two plural forms.
TARGET = {PSEUDO: "en"}


# ---------------------------------------------------------------- reading and writing .ts
@dataclass
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # "" (finished), "unfinished", "vanished" or "obsolete"
    translations: list[str] = field(default_factory=list)

    @property
    def finished(self) -> bool:
        return self.kind == "" and bool(self.translations) and all(self.translations)


def read_ts(path: Path) -> list[Message]:
    messages: list[Message] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:  # lupdate always writes one; a hand-edited file may not
                translation = ET.Element("translation", type="unfinished")
            forms = translation.findall("numerusform")
            texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=message.get("numerus") == "yes",
                    kind=translation.get("type", ""),
                    translations=texts,
                )
            )
    return messages


def write_tree(root: ET.Element, path: Path) -> None:
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


# ---------------------------------------------------------------- the pseudo-locale
_ACCENTED = dict(
    zip(
        "AaBbCcDdEeGgHhIiJjKkLlNnOoRrSsTtUuWwYyZz",
        "ÀàßƀÇçÐđÉéĜĝĤĥÎîĴĵĶķĹĺÑñÖöŔŕŜŝŢţÛûŴŵÝýŽž",
        strict=True,
    )
)
# What a translation must keep as it is: HTML tags, entities, mnemonics (the letter after
# "&" stays, or Alt+letter would change), Qt's %1 / %L1 / %n and Python's {name}.
_KEEP = re.compile(r"<[^<>]*>|&[A-Za-z]+;|&#\d+;|&&|&.|%L?\d+|%L?n|%%|\{[^{}]*\}", re.S)


def _accent(text: str) -> str:
    out, last = [], 0
    for match in _KEEP.finditer(text):
        out.append("".join(_ACCENTED.get(c, c) for c in text[last : match.start()]))
        out.append(match.group())
        last = match.end()
    out.append("".join(_ACCENTED.get(c, c) for c in text[last:]))
    return "".join(out)


def _visible_length(text: str) -> int:
    return len(re.sub(r"<[^<>]*>", "", text).replace("&&", "&"))


def _pseudo_line(text: str) -> str:
    """One line, bracketed and padded with "~" to at least 140 % of its length."""
    if not text.strip():
        return text
    lead = re.match(r"^(\s*(?:<[^<>]*>\s*)*)", text).group(1)  # type: ignore[union-attr]
    trail = re.search(r"((?:\s*<[^<>]*>)*\s*)$", text[len(lead) :]).group(1)  # type: ignore[union-attr]
    body = text[len(lead) : len(text) - len(trail)]
    pad = max(1, math.ceil(_visible_length(body) * 0.4) - 1)
    return f"{lead}[{_accent(body)}{_padding(pad)}]{trail}"


def _padding(length: int) -> str:
    """``length`` characters of "~", in words of five so that a long line can still wrap."""
    if length <= 6:
        return "~" * length
    words = (" ~~~~~" * (length // 6 + 1))[:length]
    return words[:-1] + "~" if words.endswith(" ") else words


def pseudo(text: str) -> str:
    """The pseudo-locale's translation: "Save" -> "[Ŝàvé~~]", 40 % longer, placeholders kept.

    Each line is bracketed, so a label that shows only part of a line is plain to see.
    """
    if not text.strip():
        return text
    if re.search(r"<[^<>]*>", text):
        result = _pseudo_line(text)
    else:
        result = "\n".join(_pseudo_line(line) for line in text.split("\n"))
    short = math.ceil(_visible_length(text) * 1.4) - _visible_length(result)
    if short > 0:  # blank lines count in the source's length
        end = result.rindex("]")
        result = result[:end] + "~" * short + result[end:]
    return result


def fill_pseudo(path: Path) -> None:
    root = ET.parse(path).getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms:
            for form in forms:
                form.text = pseudo(source)
        else:
            translation.text = pseudo(source)
    write_tree(root, path)


# ---------------------------------------------------------------- the tools
def tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    return str(exe) if exe.exists() else name


def sources() -> list[Path]:
    """The files lupdate reads: the window's code and the Designer forms."""
    code = sorted((ROOT / "src" / "wo_desktop").rglob("*.py"))
    # The compiled forms repeat their .ui sources word for word; lupdate reads the .ui.
    code = [p for p in code if "forms" not in p.relative_to(ROOT).parts]
    return code + sorted((ROOT / "resources" / "ui").glob("*.ui"))


def literal_plural_counts(text: str) -> str:
    """``QCoreApplication.translate(c, s, d, count)`` with the count made the literal 2.

    lupdate's Python parser takes a fourth argument that is not a number literal for PyQt4's
    ``encoding``: it drops the plural form, or the whole message when the count is a call or
    an expression. ``self.tr(s, d, count)`` is read right. Only lupdate sees this copy.
    """
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return text
    data = text.encode("utf-8")
    starts = [0]
    for line in data.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    spans: list[tuple[int, int]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or len(node.args) != 4:
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        count = node.args[3]
        if name == "translate" and not isinstance(count, ast.Constant):
            end_line, end_col = count.end_lineno or count.lineno, count.end_col_offset or 0
            spans.append(
                (starts[count.lineno - 1] + count.col_offset, starts[end_line - 1] + end_col)
            )
    for begin, end in sorted(spans, reverse=True):
        data = data[:begin] + b"2" + data[end:]
    return data.decode("utf-8")


def staged_sources(folder: Path) -> list[str]:
    """Copies of the sources under ``folder`` for lupdate, named relative to the repository."""
    names = []
    for path in sources():
        name = path.relative_to(ROOT)
        copy = folder / name
        copy.parent.mkdir(parents=True, exist_ok=True)
        text = path.read_text(encoding="utf-8")
        copy.write_text(
            literal_plural_counts(text) if path.suffix == ".py" else text, encoding="utf-8"
        )
        names.append(str(name))
    return names


def ts_path(language: str) -> Path:
    return TS_DIR / f"wo_desktop_{language}.ts"


def qm_path(language: str) -> Path:
    return QM_DIR / f"wo_desktop_{language}.qm"


def lupdate(target: Path, *, drop_obsolete: bool = True) -> None:
    language = target.stem.rsplit("_", 1)[1]
    with tempfile.TemporaryDirectory() as folder:
        command = [tool("pyside6-lupdate"), *staged_sources(Path(folder))]
        command += ["-locations", "none", "-silent", "-source-language", "en"]
        command += ["-target-language", TARGET.get(language, language)]
        if drop_obsolete:
            command.append("-no-obsolete")
        if language == ENGLISH:
            command.append("-pluralonly")
        command += ["-ts", str(target.resolve())]
        subprocess.run(command, check=True, cwd=folder, timeout=300)


def current_messages() -> set[tuple[str, str, str]]:
    """(context, source, comment) of every string lupdate finds in the code today."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "wo_desktop_fr.ts"
        lupdate(target)
        return {(m.context, m.source, m.comment) for m in read_ts(target)}


def lrelease(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    command = [tool("pyside6-lrelease"), "-silent", "-fail-on-unfinished"]
    if source.stem.rsplit("_", 1)[1] in LANGUAGES:
        # Linguist's checks: one mnemonic where the source has one, the same %1 and %n, the
        # same spaces around and the same closing punctuation.
        command.append("-fail-on-invalid")
    subprocess.run([*command, str(source), "-qm", str(target)], check=True, timeout=120)


def compile_all() -> None:
    for language in ALL:
        lrelease(ts_path(language), qm_path(language))


def check() -> list[str]:
    """What stops the .ts and .qm files from being complete and current, one line each."""
    problems: list[str] = []
    wanted = current_messages()
    for language in ALL:
        path = ts_path(language)
        if not path.exists():
            problems.append(f"{path.name}: missing")
            continue
        messages = read_ts(path)
        have = {(m.context, m.source, m.comment) for m in messages}
        need = wanted
        if language == ENGLISH:
            need = {(m.context, m.source, m.comment) for m in read_ts(ts_path("fr")) if m.numerus}
        for context, source, _ in sorted(need - have):
            problems.append(f"{path.name}: not yet in the file: {context}: {source!r}")
        for m in messages:
            if not m.finished:
                problems.append(f"{path.name}: unfinished: {m.context}: {m.source!r}")
        with tempfile.TemporaryDirectory() as folder:
            fresh = Path(folder) / "fresh.qm"
            try:
                lrelease(path, fresh)
            except subprocess.CalledProcessError:
                problems.append(f"{path.name}: lrelease refuses it")
                continue
            qm = qm_path(language)
            if not qm.exists() or qm.read_bytes() != fresh.read_bytes():
                problems.append(f"{qm.name}: stale (run with --compile)")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compile", action="store_true", help="also run lrelease into .qm")
    parser.add_argument(
        "--keep-obsolete", action="store_true", help="keep strings the code no longer has"
    )
    parser.add_argument("--check", action="store_true", help="report what is stale, write nothing")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for line in problems:
            print(line)
        return 1 if problems else 0
    TS_DIR.mkdir(exist_ok=True)
    for language in (*LANGUAGES, ENGLISH):
        lupdate(ts_path(language), drop_obsolete=not args.keep_obsolete)
    lupdate(ts_path(PSEUDO))
    fill_pseudo(ts_path(PSEUDO))
    lupdate(ts_path(PSEUDO))  # back into lupdate's own layout, so diffs stay small
    if args.compile:
        compile_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""What every command shares: exit codes, opening the profile, reading JSON files."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wo_desktop.config import Settings
    from wo_desktop.store.profile import Store

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2  # also: the input could not be read
EXIT_QUEUED = 3
EXIT_REJECTED = 4
EXIT_DATABASE = 5
EXIT_AUTH = 6


class CliError(Exception):
    def __init__(self, message: str, exit_code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def profile_of(args: argparse.Namespace) -> Path:
    from wo_desktop import paths

    return paths.ensure_profile(paths.profile_dir(getattr(args, "profile", None)))


def settings_of(args: argparse.Namespace, flags: dict[str, Any] | None = None) -> Settings:
    import sys

    from wo_desktop.config import load_settings

    settings = load_settings(profile_of(args), flags=flags)
    for problem in settings.problems:
        print(f"wo-desktop: {problem}", file=sys.stderr)
    return settings


def open_store(args: argparse.Namespace) -> Store:
    from wo_desktop import paths
    from wo_desktop.store.db import DatabaseDamaged, DatabaseTooNew
    from wo_desktop.store.profile import Store

    profile = profile_of(args)
    try:
        return Store.open(paths.database_path(profile))
    except DatabaseDamaged as exc:
        raise CliError(
            f"the database {exc.path} is damaged ({'; '.join(exc.messages[:3])}). "
            "It was not changed. Restore a backup from the backups folder, or send "
            "'wo-desktop doctor --bundle' to support.",
            EXIT_DATABASE,
        ) from None
    except DatabaseTooNew as exc:
        raise CliError(
            f"the database was written by a newer version of wo-desktop (schema {exc.found}); "
            "this version cannot open it. It was not changed: install the newer version.",
            EXIT_DATABASE,
        ) from None


def read_json_file(path: str) -> Any:
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CliError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"{path}: cannot be read ({exc})") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise CliError(
            f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None


def print_problems(problems: list[Any], *, stream: Any = None) -> None:
    import sys

    out = stream or sys.stdout
    for problem in problems:
        severity = (
            problem.severity.value if hasattr(problem.severity, "value") else problem.severity
        )
        prefix = "" if severity == "error" else f"({severity}) "
        print(f"{problem.field or 'job'}: {prefix}{problem.message}", file=out)

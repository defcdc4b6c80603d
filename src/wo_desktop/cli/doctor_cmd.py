"""`wo-desktop doctor`: what support asks first, and never a secret."""

from __future__ import annotations

import argparse
import platform
import sys
from typing import Any

from wo_desktop import __version__
from wo_desktop.cli.common import EXIT_DATABASE, EXIT_OK, profile_of, settings_of


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    doctor = sub.add_parser("doctor", parents=[common], help="report the program's health")
    doctor.add_argument("--bundle", metavar="OUT.zip", help="also write a support bundle")
    doctor.set_defaults(handler=cmd_doctor)


def collect(args: argparse.Namespace) -> tuple[list[tuple[str, str]], bool]:
    """(label, value) lines and whether everything is healthy."""
    from wo_desktop import paths
    from wo_desktop.credentials import KeyringCredentials
    from wo_desktop.store import db, migrate

    profile = profile_of(args)
    settings = settings_of(args)
    healthy = True
    lines: list[tuple[str, str]] = [
        ("version", __version__),
        ("python", f"{platform.python_version()} on {platform.platform()}"),
        ("data folder", str(profile)),
    ]
    database = paths.database_path(profile)
    lines.append(("database", str(database)))
    if database.exists():
        check = db.quick_check(database)
        ok = check == ["ok"]
        healthy &= ok
        lines.append(("integrity", "ok" if ok else "DAMAGED: " + "; ".join(check[:5])))
        try:
            current = migrate.current_revision(database)
        except Exception as exc:  # a damaged file may not even say its revision
            current = f"unreadable ({type(exc).__name__})"
        lines.append(("schema", f"{current} (program: {migrate.head_revision()})"))
    else:
        lines.append(("integrity", "no database yet"))
        lines.append(("schema", f"none yet (program: {migrate.head_revision()})"))
    try:
        keyring_name = KeyringCredentials().backend_name()
    except Exception as exc:
        keyring_name = f"unavailable ({type(exc).__name__})"
    lines.append(("keyring", keyring_name))
    lines.append(("policy file", str(settings.policy_file)))
    for problem in settings.problems:
        lines.append(("settings problem", problem))
    from wo_desktop.support_bundle import scrub

    for key, value, source, locked in settings.describe():
        # scrub: a proxy URL may carry a user and password of its own.
        shown = scrub(repr(value))
        lines.append((f"setting {key}", f"{shown} ({source}{', locked' if locked else ''})"))
    if database.exists() and healthy:
        from wo_desktop.store.profile import Store

        store = Store.open(database)
        try:
            counts = store.drafts.counts()
            lines.append(("drafts", ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))))
            lines.append(("outbox", str(store.outbox.pending_count())))
            for table in store.catalog.status():
                lines.append((f"catalog {table.table}", f"{table.rows} rows, as of {table.as_of}"))
        finally:
            store.close()
    return lines, healthy


def cmd_doctor(args: argparse.Namespace) -> int:
    lines, healthy = collect(args)
    width = max(len(label) for label, _ in lines)
    for label, value in lines:
        print(f"{label.ljust(width)}  {value}")
    if getattr(args, "bundle", None):
        from wo_desktop.support_bundle import write_bundle

        write_bundle(args, lines, args.bundle)
        print(f"support bundle written to {args.bundle}")
    if not healthy:
        print("The database needs attention: see 'integrity' above.", file=sys.stderr)
        return EXIT_DATABASE
    return EXIT_OK

"""`wo-desktop doctor --bundle OUT.zip`: the one file IT sends to support.

It holds the doctor report, the settings with where each value came from, the policy file,
the schema version and integrity result, catalog ages, queue counts and the logs. Everything
written passes through `scrub`: the logging filter's redaction (registered passwords,
Authorization headers, ``password=``), plus credentials inside URLs and bare Basic/Bearer
tokens, because a log may have been written by an older version or before a password was
known. The password stored for the configured account is looked up only to be scrubbed.
The database itself (customers' data) is never included.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import re
import sys
import zipfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from wo_desktop import __version__, paths
from wo_desktop.logging_setup import REDACTED, redact, register_secret

log = logging.getLogger(__name__)

MAX_LOG_BYTES = 10_000_000  # per file: the end of a log is what support reads
# Proxy and certificate variables that decide whether the network works; values are scrubbed.
NETWORK_ENV = (
    "HTTPS_PROXY",
    "https_proxy",
    "HTTP_PROXY",
    "http_proxy",
    "NO_PROXY",
    "no_proxy",
    "ALL_PROXY",
    "SSL_CERT_FILE",
    "SSL_CERT_DIR",
    "REQUESTS_CA_BUNDLE",
)

_URL_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://)[^/\s@'\"<>]+@")
# A token after Basic/Bearer that looks like base64 (has a capital, digit or +/=), so that
# "basic authentication" in a sentence survives.
_AUTH_TOKEN = re.compile(
    r"\b((?i:basic|bearer))(\s+)(?=[A-Za-z0-9+/=._~-]*[A-Z0-9+/=])[A-Za-z0-9+/._~-]{8,}=*"
)
# Headers logged as tuples or dict items: (b'Authorization', b'Basic ...').
_HEADER_ITEM = re.compile(r"(?i)(['\"]authorization['\"]\s*[,:]\s*b?)(['\"])[^'\"]*\2")


def scrub(text: str) -> str:
    """Remove every secret this module knows how to recognise."""
    text = redact(text)
    text = _URL_USERINFO.sub(rf"\1{REDACTED}@", text)
    text = _HEADER_ITEM.sub(rf"\1\2{REDACTED}\2", text)
    return _AUTH_TOKEN.sub(rf"\1\2{REDACTED}", text)


def _scrub_value(value: Any) -> Any:
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, list):
        return [_scrub_value(v) for v in value]
    return value


def _register_stored_password(settings: Any) -> None:
    """Make the account's stored password known to `redact`, so old logs lose it too."""
    server, user, domain = settings.server_url, settings.user, settings.domain
    if not (server and user and domain):
        return
    try:
        from wo_desktop.credentials import KeyringCredentials

        register_secret(KeyringCredentials().get(str(server), str(user), str(domain)))
    except Exception as exc:  # no keyring, locked keyring: scrub with what is known
        log.info("support bundle: the stored password could not be read (%s)", type(exc).__name__)


def _settings_report(settings: Any) -> dict[str, Any]:
    return {
        "policy_file": str(settings.policy_file),
        "policy_file_exists": bool(settings.policy_file and Path(settings.policy_file).is_file()),
        "problems": [scrub(p) for p in settings.problems],
        "settings": [
            {"key": key, "value": _scrub_value(value), "source": source, "locked": locked}
            for key, value, source, locked in settings.describe()
        ],
        "network_environment": {
            name: scrub(os.environ[name]) for name in NETWORK_ENV if name in os.environ
        },
    }


def _age_days(as_of: str | None, now: datetime) -> float | None:
    from wo_desktop.store.times import age_seconds

    age = age_seconds(as_of, now)
    return None if age is None else round(age / 86400, 2)


def _database_report(profile: Path, now: datetime) -> dict[str, Any]:
    from wo_desktop.store import db, migrate

    database = paths.database_path(profile)
    report: dict[str, Any] = {"path": str(database), "exists": database.exists(), "errors": []}
    errors: list[str] = report["errors"]
    try:
        report["program_schema"] = migrate.head_revision()
    except Exception as exc:
        errors.append(f"head revision: {type(exc).__name__}: {scrub(str(exc))}")
    if not database.exists():
        return report
    report["size_bytes"] = database.stat().st_size
    try:
        check = db.quick_check(database)
        report["integrity"] = check
    except Exception as exc:
        check = []
        errors.append(f"integrity: {type(exc).__name__}: {scrub(str(exc))}")
    try:
        report["schema"] = migrate.current_revision(database)
    except Exception as exc:
        errors.append(f"schema: {type(exc).__name__}: {scrub(str(exc))}")
    if check != ["ok"]:
        return report  # a damaged file is only looked at, never opened for writing
    try:
        from wo_desktop.store.profile import Store

        store = Store.open(database)
    except Exception as exc:
        errors.append(f"open: {type(exc).__name__}: {scrub(str(exc))}")
        return report
    try:
        for key, read in (
            ("drafts", lambda: dict(store.drafts.counts())),
            ("outbox_pending", lambda: store.outbox.pending_count()),
            (
                "catalog",
                lambda: [
                    {
                        "table": table.table,
                        "rows": table.rows,
                        "as_of": table.as_of,
                        "age_days": _age_days(table.as_of, now),
                    }
                    for table in store.catalog.status()
                ],
            ),
        ):
            try:
                report[key] = read()
            except Exception as exc:
                errors.append(f"{key}: {type(exc).__name__}: {scrub(str(exc))}")
    finally:
        store.close()
    return report


def _backups(profile: Path) -> list[dict[str, Any]]:
    folder = paths.backups_dir(profile)
    if not folder.is_dir():
        return []
    return [
        {
            "name": item.name,
            "size_bytes": item.stat().st_size,
            "modified_utc": datetime.fromtimestamp(item.stat().st_mtime, UTC).isoformat(),
        }
        for item in sorted(folder.iterdir())
        if item.is_file()
    ]


def _read_tail(path: Path) -> str:
    with path.open("rb") as handle:
        size = handle.seek(0, os.SEEK_END)
        handle.seek(max(0, size - MAX_LOG_BYTES))
        data = handle.read()
    return data.decode("utf-8", errors="replace")


def _keyring_name() -> str:
    try:
        from wo_desktop.credentials import KeyringCredentials

        return KeyringCredentials().backend_name()
    except Exception as exc:
        return f"unavailable ({type(exc).__name__})"


def write_bundle(
    args: argparse.Namespace,
    lines: Sequence[tuple[str, str]],
    out_path: str | os.PathLike[str],
) -> Path:
    """Write the support bundle (a zip) to out_path, replacing it only once it is complete."""
    from wo_desktop.config import load_settings

    now = datetime.now(UTC)
    profile = paths.ensure_profile(paths.profile_dir(getattr(args, "profile", None)))
    settings = load_settings(profile)
    _register_stored_password(settings)

    summary = {
        "created_utc": now.isoformat(),
        "version": __version__,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "frozen": bool(getattr(sys, "frozen", False)),
        "data_folder": str(profile),
        "keyring": _keyring_name(),
        "database": _database_report(profile, now),
        "backups": _backups(profile),
    }
    doctor_text = "".join(f"{label}: {value}\n" for label, value in lines)
    members: list[tuple[str, str]] = [
        ("README.txt", _readme(now)),
        ("doctor.txt", doctor_text),
        ("summary.json", json.dumps(summary, indent=2, default=str)),
        ("settings.json", json.dumps(_settings_report(settings), indent=2, default=str)),
    ]
    if settings.policy_file and Path(settings.policy_file).is_file():
        try:
            members.append(("policy.toml", Path(settings.policy_file).read_text("utf-8")))
        except (OSError, UnicodeDecodeError) as exc:
            members.append(("policy.toml", f"(cannot be read: {type(exc).__name__})\n"))
    logs = paths.logs_dir(profile)
    if logs.is_dir():
        for item in sorted(logs.iterdir()):
            if item.is_file():
                members.append((f"logs/{item.name}", _read_tail(item)))

    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, text in members:
            archive.writestr(f"wo-desktop-support/{name}", scrub(text))
    os.replace(tmp, out)
    return out


def _readme(now: datetime) -> str:
    return (
        f"wo-desktop {__version__} support bundle, made {now:%Y-%m-%d %H:%M} UTC.\n\n"
        "doctor.txt     the output of `wo-desktop doctor`\n"
        "summary.json   version, database (integrity, schema), drafts and outbox counts,\n"
        "               catalog tables with their age, backups\n"
        "settings.json  every setting with its value, source and whether the policy locks it\n"
        "policy.toml    the machine policy file, if there is one\n"
        "logs/          the program's logs\n\n"
        "Passwords and Authorization headers are removed from every file. The database\n"
        "(the jobs and the catalog) is not included.\n"
    )

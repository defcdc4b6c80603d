"""`wo-desktop catalog status`: each reference table with its rows, watermark and age."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Any

from wo_desktop.cli.common import EXIT_OK, open_store


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    catalog = sub.add_parser("catalog", parents=[common], help="the local reference catalog")
    csub = catalog.add_subparsers(dest="catalog_command", metavar="ACTION", required=True)
    status = csub.add_parser("status", parents=[common], help="rows, watermark and age per table")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=cmd_status)
    search = csub.add_parser(
        "search", parents=[common], help="find installations by name, serial, barcode or city"
    )
    search.add_argument("text")
    search.add_argument("--kind", default="projects", help="projects (default), companies, ...")
    search.add_argument("--limit", type=int, default=20)
    search.set_defaults(handler=cmd_search)


def age_text(as_of: str | None, now: datetime | None = None) -> str:
    from wo_desktop.store.times import age_seconds

    if not as_of:
        return "never loaded"
    age = age_seconds(as_of, now)
    if age is None:
        return "unknown"
    seconds = int(age)
    if seconds < 90:
        return "just now"
    if seconds < 5400:
        return f"{seconds // 60} min"
    if seconds < 48 * 3600:
        return f"{seconds // 3600} h"
    return f"{seconds // 86400} days"


def cmd_status(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        tables = store.catalog.status()
    finally:
        store.close()
    if args.json:
        print(json.dumps([t.__dict__ for t in tables], indent=2))
        return EXIT_OK
    header = ("TABLE", "ROWS", "WATERMARK", "AGE")
    rows = [(t.table, str(t.rows), t.watermark or "-", age_text(t.as_of)) for t in tables]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(4)]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from wo_desktop.cli.common import EXIT_USAGE, CliError

    store = open_store(args)
    try:
        try:
            rows = store.catalog.search(args.kind, args.text, args.limit)
        except (KeyError, ValueError) as exc:
            raise CliError(f"cannot search {args.kind!r}: {exc}", EXIT_USAGE) from None
    finally:
        store.close()
    if not rows:
        print("Nothing found. Is the catalog loaded? (wo-desktop sync --pull-only)")
        return EXIT_OK
    for row in rows:
        code = row.get("reference_back_office") or row.get("code") or ""
        extra = row.get("serial_number") or row.get("city") or ""
        print(f"{row.get('id')}  {code:<20}  {row.get('name') or ''}  {extra}".rstrip())
    return EXIT_OK

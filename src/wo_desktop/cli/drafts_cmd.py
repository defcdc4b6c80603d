"""`wo-desktop validate` and `wo-desktop drafts ...`."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from wo_desktop.cli.common import (
    EXIT_INVALID,
    EXIT_OK,
    CliError,
    open_store,
    print_problems,
    read_json_file,
)

STATES = ("draft", "ready", "sending", "sent", "rejected")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    validate = sub.add_parser(
        "validate", parents=[common], help="check a job file; exit 0 valid, 1 invalid, 2 unreadable"
    )
    validate.add_argument("file", metavar="FILE.json")
    validate.add_argument("--ready", action="store_true", help="apply every rule of the server")
    validate.set_defaults(handler=cmd_validate)

    drafts = sub.add_parser("drafts", parents=[common], help="list, create and move drafts")
    dsub = drafts.add_subparsers(dest="drafts_command", metavar="ACTION", required=True)

    p = dsub.add_parser("list", parents=[common], help="list drafts")
    p.add_argument("--state", choices=STATES)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_list)

    p = dsub.add_parser("new", parents=[common], help="create a draft from a job file")
    p.add_argument("--from", dest="source", required=True, metavar="FILE.json")
    p.set_defaults(handler=cmd_new)

    p = dsub.add_parser("show", parents=[common], help="show one draft")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)

    p = dsub.add_parser("ready", parents=[common], help="make a draft ready to send")
    p.add_argument("id")
    p.set_defaults(handler=cmd_ready)

    p = dsub.add_parser("export", parents=[common], help="write drafts to a JSON file")
    p.add_argument("--state", choices=STATES)
    p.add_argument("out", metavar="OUT.json")
    p.set_defaults(handler=cmd_export)

    p = dsub.add_parser("import", parents=[common], help="add drafts from a JSON file (idempotent)")
    p.add_argument("source", metavar="IN.json")
    p.set_defaults(handler=cmd_import)

    backup = sub.add_parser("backup", parents=[common], help="copy the database while it is in use")
    backup.add_argument("out", metavar="OUT.db")
    backup.set_defaults(handler=cmd_backup)


def cmd_validate(args: argparse.Namespace) -> int:
    from wo_desktop.domain import validation

    data = read_json_file(args.file)
    _, problems = validation.check(data, ready=args.ready)
    print_problems(problems)
    if validation.has_errors(problems):
        return EXIT_INVALID
    if not problems:
        print("valid" + (" and ready to send" if args.ready else " as a draft"))
    return EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    from wo_desktop import workflow

    data = read_json_file(args.source)
    store = open_store(args)
    try:
        record, problems = workflow.new_draft(store, data)
    finally:
        store.close()
    if record is None:
        print_problems(problems, stream=sys.stderr)
        print("Nothing was saved.", file=sys.stderr)
        return EXIT_INVALID
    print(record.id)
    return EXIT_OK


def _summary(record: Any) -> str:
    if record.state == "sent" and record.receipt:
        return f"sent {record.receipt.get('at', '')} (HTTP {record.receipt.get('http_status')})"
    if record.state == "rejected" and record.rejection:
        first = record.rejection[0]
        return f"rejected: {first.get('field') or 'job'}: {first.get('message')}"
    return ""


def _as_dict(record: Any) -> dict[str, Any]:
    return {
        "id": record.id,
        "state": record.state,
        "name": record.name,
        "installation": record.installation,
        "job_type": record.job_type,
        "status": record.status,
        "revision": record.revision,
        "created_at": record.created_at,
        "updated_at": record.updated_at,
        "receipt": record.receipt,
        "rejection": record.rejection,
    }


def cmd_list(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        records = store.drafts.list(state=args.state)
    finally:
        store.close()
    if args.json:
        print(json.dumps([_as_dict(r) for r in records], indent=2, ensure_ascii=False))
        return EXIT_OK
    if not records:
        print("No drafts." if args.state is None else f"No drafts in state {args.state}.")
        return EXIT_OK
    rows = [
        (r.id, r.state, r.name or "(no name)", r.installation or "", r.updated_at, _summary(r))
        for r in records
    ]
    header = ("ID", "STATE", "NAME", "INSTALLATION", "CHANGED", "RESULT")
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(5)]
    for row in [header, *rows]:
        cells = [str(row[i])[:60].ljust(min(widths[i], 60)) for i in range(5)]
        print("  ".join(cells) + ("  " + row[5] if row[5] else ""))
    return EXIT_OK


def _get(store: Any, job_id: str) -> Any:
    record = store.drafts.get(job_id.lower())
    if record is None:
        raise CliError(f"no draft has the id {job_id}", EXIT_INVALID)
    return record


def cmd_show(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        record = _get(store, args.id)
    finally:
        store.close()
    if args.json:
        print(json.dumps({**_as_dict(record), "job": record.job}, indent=2, ensure_ascii=False))
        return EXIT_OK
    for key, value in _as_dict(record).items():
        if value not in (None, "", []):
            print(f"{key}: {value}")
    print(json.dumps(record.job, indent=2, ensure_ascii=False))
    return EXIT_OK


def cmd_ready(args: argparse.Namespace) -> int:
    from wo_desktop import workflow

    store = open_store(args)
    try:
        _get(store, args.id)
        try:
            record, problems = workflow.make_ready(store, args.id.lower())
        except workflow.WorkflowError as exc:
            raise CliError(str(exc), EXIT_INVALID) from None
    finally:
        store.close()
    if record is None:
        print_problems(problems, stream=sys.stderr)
        print("The job stays a draft.", file=sys.stderr)
        return EXIT_INVALID
    print_problems(problems)
    print(f"{record.id} is ready to send.")
    return EXIT_OK


def _write_atomically(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".partial")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise CliError(f"{path}: cannot be written ({exc.strerror or exc})") from None


def cmd_export(args: argparse.Namespace) -> int:
    from wo_desktop import workflow

    store = open_store(args)
    try:
        payload = workflow.export_drafts(store, args.state)
    finally:
        store.close()
    _write_atomically(Path(args.out), json.dumps(payload, indent=2, ensure_ascii=False))
    print(f"{len(payload['drafts'])} drafts written to {args.out}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from wo_desktop import workflow

    payload = read_json_file(args.source)
    store = open_store(args)
    try:
        try:
            report = workflow.import_drafts(store, payload)
        except workflow.WorkflowError as exc:
            raise CliError(f"{args.source}: {exc}", EXIT_INVALID) from None
    finally:
        store.close()
    if report.problems:
        for key, problems in report.problems.items():
            print(f"job {key}:", file=sys.stderr)
            print_problems(problems, stream=sys.stderr)
        print("Nothing was imported.", file=sys.stderr)
        return EXIT_INVALID
    print(f"{len(report.added)} added, {len(report.skipped)} already present")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from wo_desktop import paths
    from wo_desktop.cli.common import profile_of
    from wo_desktop.store.db import backup

    source = paths.database_path(profile_of(args))
    if not source.exists():
        raise CliError(f"there is no database yet in {source.parent}")
    try:
        backup(source, Path(args.out))
    except OSError as exc:
        raise CliError(f"{args.out}: cannot be written ({exc.strerror or exc})") from None
    print(f"backup written to {args.out}")
    return EXIT_OK

"""`wo-desktop login`, `logout` and `sync`."""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import UTC, datetime
from typing import Any

from wo_desktop.cli.common import (
    EXIT_AUTH,
    EXIT_OK,
    EXIT_QUEUED,
    EXIT_REJECTED,
    EXIT_USAGE,
    CliError,
    open_store,
    profile_of,
    settings_of,
)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    login = sub.add_parser("login", parents=[common], help="check an account and keep its password")
    login.add_argument("--server", required=True, metavar="URL", help="e.g. https://host/api")
    login.add_argument("--user", required=True)
    login.add_argument("--domain", required=True)
    login.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    login.set_defaults(handler=cmd_login)

    logout = sub.add_parser("logout", parents=[common], help="remove the stored password")
    logout.set_defaults(handler=cmd_logout)

    sync = sub.add_parser(
        "sync",
        parents=[common],
        help="send queued jobs and refresh the catalog; exit 0 all sent, 3 queued, 4 rejected",
    )
    group = sync.add_mutually_exclusive_group()
    group.add_argument("--push-only", action="store_true", help="only send jobs")
    group.add_argument("--pull-only", action="store_true", help="only refresh the catalog")
    sync.add_argument(
        "--max-wait",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="how long to keep retrying transient failures (default 60)",
    )
    sync.set_defaults(handler=cmd_sync)


def _credentials() -> Any:
    from wo_desktop.credentials import KeyringCredentials

    return KeyringCredentials()


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        if not sys.stdin.isatty():
            raise CliError("no terminal to ask for the password: use --password-stdin")
        password = getpass.getpass("Password: ")
    if not password:
        raise CliError("the password is empty")
    return password


def _api_error(exc: Exception) -> CliError:
    from wo_desktop.api import errors

    code = EXIT_AUTH if isinstance(exc, errors.AuthError) else EXIT_USAGE
    return CliError(str(exc), code)


def cmd_login(args: argparse.Namespace) -> int:
    from wo_desktop.api import errors
    from wo_desktop.api.client import ApiClient
    from wo_desktop.config import save_user_setting
    from wo_desktop.connection import client_options
    from wo_desktop.credentials import CredentialsUnavailable
    from wo_desktop.logging_setup import register_secret

    profile = profile_of(args)
    settings = settings_of(args)
    wanted = {"server_url": args.server.rstrip("/"), "user": args.user, "domain": args.domain}
    for key, value in wanted.items():
        if settings.is_locked(key) and settings.values[key] != value:
            raise CliError(
                f"the machine policy fixes {key} to {settings.values[key]!r}; "
                f"it cannot be changed to {value!r}"
            )
    password = _read_password(args.password_stdin)
    register_secret(password)
    try:
        with ApiClient(
            wanted["server_url"], args.user, args.domain, password, **client_options(settings)
        ) as client:
            client.check_login()
    except errors.ApiError as exc:
        raise _api_error(exc) from None
    try:
        _credentials().set(wanted["server_url"], args.user, args.domain, password)
    except CredentialsUnavailable as exc:
        raise CliError(str(exc), EXIT_AUTH) from None
    for key, value in wanted.items():
        if not settings.is_locked(key):
            save_user_setting(settings, profile, key, value)
    print(f"Logged in as {args.user}@{args.domain} on {wanted['server_url']}.")
    return EXIT_OK


def cmd_logout(args: argparse.Namespace) -> int:
    from wo_desktop.connection import NotConfigured, account_of
    from wo_desktop.credentials import CredentialsUnavailable

    settings = settings_of(args)
    try:
        server, user, domain = account_of(settings)
        removed = _credentials().delete(server, user, domain)
    except (NotConfigured, CredentialsUnavailable) as exc:
        raise CliError(str(exc)) from None
    print("Password removed." if removed else "No password was stored.")
    return EXIT_OK


class TerminalProgress:
    """One updating line on a terminal, plain lines otherwise (logs, CI)."""

    def __init__(self, stream: Any = None) -> None:
        self.stream = stream or sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.last = ""

    def __call__(self, event: Any) -> None:
        text = f"{event.phase}: {event.message}"
        if self.tty:
            self.stream.write("\r" + text.ljust(len(self.last)))
            self.stream.flush()
        elif event.total is not None and event.done == event.total:
            print(text, file=self.stream)
        self.last = text

    def close(self) -> None:
        if self.tty and self.last:
            self.stream.write("\n")


def _record_run(store: Any, started: datetime, push: Any, pull: Any, queued: int) -> None:
    """The run goes into the sync log the window shows, like the window's own runs."""
    from wo_desktop.store.sync_runs import SyncRunRecord

    errors = list(dict.fromkeys((push.errors if push else []) + (pull.errors if pull else [])))
    run = SyncRunRecord(
        trigger="cli",
        started_at=started,
        finished_at=datetime.now(UTC),
        sent=push.sent if push else 0,
        rejected=push.rejected if push else 0,
        remaining=queued,
        pulled_rows=sum(pull.rows.values()) if pull else 0,
        paused=(push.paused if push else None) or (pull.paused if pull else None),
        errors=errors,
    )
    try:
        store.sync_runs.record(run)
    except Exception as exc:  # the sync itself succeeded or failed already; say so, go on
        print(f"  the run could not be written to the sync log: {exc}", file=sys.stderr)


def cmd_sync(args: argparse.Namespace) -> int:
    from wo_desktop.connection import NotConfigured, make_client
    from wo_desktop.sync.engine import SyncEngine

    settings = settings_of(args)
    try:
        client = make_client(settings, _credentials())
    except NotConfigured as exc:
        raise CliError(str(exc), EXIT_AUTH) from None
    store = open_store(args)
    progress = TerminalProgress()
    started = datetime.now(UTC)
    try:
        engine = SyncEngine(store, client)
        push = pull = None
        if args.pull_only:
            pull = engine.pull(progress=progress)
        elif args.push_only:
            push = engine.push(max_wait=args.max_wait, progress=progress)
        else:
            push, pull = engine.sync(max_wait=args.max_wait, progress=progress)
        queued = store.outbox.pending_count()
        _record_run(store, started, push, pull, queued)
    finally:
        progress.close()
        client.close()
        store.close()
    paused = (push.paused if push else None) or (pull.paused if pull else None)
    if push is not None:
        print(f"{push.sent} sent, {push.rejected} rejected, {queued} still queued")
    if pull is not None:
        changed = ", ".join(f"{t} {n}" for t, n in pull.rows.items() if n)
        print(f"catalog: {changed}" if changed else "catalog: up to date")
    for message in dict.fromkeys((push.errors if push else []) + (pull.errors if pull else [])):
        print(f"  {message}", file=sys.stderr)
    if paused == "auth":
        print(
            "Sync paused: the server refused the password. Run 'wo-desktop login'.", file=sys.stderr
        )
        return EXIT_AUTH if not queued else EXIT_QUEUED
    if push is not None and push.rejected:
        return EXIT_REJECTED
    if queued:
        return EXIT_QUEUED
    return EXIT_OK

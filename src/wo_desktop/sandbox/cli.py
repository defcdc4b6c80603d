"""``serve_main(argv)``: run the sandbox server in the foreground (``wo-desktop sandbox serve``).

Prints the base URL (``http://127.0.0.1:8123/api``) on its own line once the server accepts
connections, so a script can wait for that line. Never prints the password.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import sys
import time
from pathlib import Path
from typing import Any

EXTRA_MESSAGE = (
    "The sandbox server needs Starlette and uvicorn: install wo-desktop with the 'sandbox' "
    'extra (pip install "wo-desktop[sandbox]").'
)
PASSWORD_ENV = "WO_SANDBOX_PASSWORD"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wo-desktop sandbox serve",
        description="Serve the work-order contract with a generated catalog, for tests and demos.",
    )
    add = parser.add_argument
    add("--host", default="127.0.0.1", help="address to listen on (default: loopback only)")
    add("--port", type=int, default=8123, help="port; 0 picks a free one (default: 8123)")
    add("--data", type=Path, default=Path("sandbox-data"), help="folder for the database")
    add("--projects", type=int, default=2000, help="how many Project rows to generate")
    add("--seed", type=int, default=1, help="seed of the generated catalog")
    add("--user", default="demo")
    add("--password", default=None, help=f"default: ${PASSWORD_ENV}, else 'demo'")
    add("--domain", default="demo", help="tenant name, the part after '@' in the password")
    paging_help = "nextLink pages with a seek token (fast) or with $skip alone (naive server)"
    add("--paging", choices=("keyset", "offset"), default="keyset", help=paging_help)
    add("--ssl-certfile", default=None, help="serve HTTPS with this certificate (PEM)")
    add("--ssl-keyfile", default=None)
    faults = parser.add_argument_group("fault injection")
    fadd = faults.add_argument
    fadd("--latency-ms", type=int, default=0)
    fadd("--error-rate", type=float, default=0.0, help="share answered 500/502/503")
    fadd("--rate-limit-rate", type=float, default=0.0, help="share answered 429")
    fadd("--retry-after", type=int, default=1, help="Retry-After seconds of a 429")
    drop_help = "share committed, then the connection dropped without an answer"
    fadd("--drop-after-commit-rate", type=float, default=0.0, help=drop_help)
    fadd("--drip-bytes-per-second", type=int, default=0, help="send answers slowly")
    fadd("--unauthorized-user", default=None, help="answer this user's requests 401")
    scope_help = "jobs: POST/PUT on Jobs only (default); all: every request"
    fadd("--fault-scope", choices=("jobs", "all"), default="jobs", help=scope_help)
    fadd("--fault-seed", type=int, default=None, help="make the fault decisions repeatable")
    return parser


def serve_main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    try:
        import starlette  # noqa: F401
        import uvicorn
    except ImportError:
        print(EXTRA_MESSAGE, file=sys.stderr)
        return 2
    from wo_desktop.sandbox import db
    from wo_desktop.sandbox.app import Credentials, create_app
    from wo_desktop.sandbox.faults import Faults, FaultState

    try:
        faults = Faults(
            latency_ms=args.latency_ms,
            error_rate=args.error_rate,
            rate_limit_rate=args.rate_limit_rate,
            retry_after=args.retry_after,
            drop_after_commit_rate=args.drop_after_commit_rate,
            drip_bytes_per_second=args.drip_bytes_per_second,
            unauthorized_user=args.unauthorized_user,
            scope=args.fault_scope,
            seed=args.fault_seed,
        )
    except ValueError as exc:
        print(f"wo-desktop sandbox: {exc}", file=sys.stderr)
        return 2
    started = time.monotonic()
    marker = db.read_marker(args.data / db.DB_NAME) or {}
    reuse = marker.get("seed") == str(args.seed) and marker.get("projects") == str(args.projects)
    doing = "Reusing" if reuse else "Generating"
    _say(f"{doing} {args.projects:,} projects (seed {args.seed}) in {args.data} ...")
    if marker and not reuse:
        _say("The folder held another catalog: it is replaced, with the jobs posted to it.")
    path = db.prepare(args.data, projects=args.projects, seed=args.seed)
    _say(f"Catalog ready in {time.monotonic() - started:.1f} s.")
    _say(f"Log in as user {args.user!r}, domain {args.domain!r}.")
    password = args.password or os.environ.get(PASSWORD_ENV) or "demo"
    app = create_app(
        path,
        Credentials(args.user, password, args.domain),
        FaultState(faults),
        keyset=args.paging == "keyset",
    )
    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    # IPPROTO_TCP so that asyncio sets TCP_NODELAY (see harness.py).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((args.host, args.port))
    except OSError as exc:
        print(
            f"wo-desktop sandbox: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr
        )
        return 1
    port = sock.getsockname()[1]
    scheme = "https" if args.ssl_certfile else "http"
    url_host = f"[{args.host}]" if ":" in args.host else args.host
    config = uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,
        lifespan="off",
        timeout_graceful_shutdown=3,
        # No proxy in front of a sandbox, and no use for a "server: uvicorn" header: both
        # cost time on every request.
        proxy_headers=False,
        server_header=False,
        ssl_certfile=args.ssl_certfile,
        ssl_keyfile=args.ssl_keyfile,
    )
    server = uvicorn.Server(config)
    try:
        asyncio.run(_serve(server, sock, f"{scheme}://{url_host}:{port}/api"))
    except KeyboardInterrupt:
        pass
    finally:
        app.close()
    return 0


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


async def _serve(server: Any, sock: socket.socket, url: str) -> None:
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started and not task.done():
        await asyncio.sleep(0.01)
    if server.started:
        print(url, flush=True)
    await task

"""`wo-desktop sandbox serve`: the project's own contract server, for tests, demos and IT."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    sandbox = sub.add_parser(
        "sandbox", help="run the built-in contract server (needs the 'sandbox' extra)"
    )
    ssub = sandbox.add_subparsers(dest="sandbox_command", metavar="ACTION", required=True)
    serve = ssub.add_parser(
        "serve", add_help=False, help="serve the contract on loopback; --help lists the flags"
    )
    serve.add_argument("rest", nargs=argparse.REMAINDER)
    serve.set_defaults(handler=cmd_serve)


def cmd_serve(args: argparse.Namespace) -> int:
    return serve(list(args.rest))


def serve(argv: list[str]) -> int:
    try:
        from wo_desktop.sandbox.cli import serve_main
    except ImportError as exc:
        print(
            f"wo-desktop: the sandbox needs the 'sandbox' extra (starlette, uvicorn): {exc}",
            file=sys.stderr,
        )
        return 2
    return int(serve_main(argv))

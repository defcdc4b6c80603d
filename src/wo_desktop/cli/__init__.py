"""The command line: the window by default, and commands for IT, support and automation.

Imports are deferred to the command that needs them, so that starting the window pays only
for what its first paint uses.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from wo_desktop.cli.common import EXIT_USAGE, CliError

# The window's options that take a value: the word after one of them is not a command.
_VALUE_OPTIONS = frozenset({"--profile", "--lang", "--demo-projects"})


class _VersionAction(argparse.Action):
    """`--version`, reading the installed metadata only when asked (it costs the window ~30 ms)."""

    def __init__(
        self, option_strings: list[str], dest: str, help: str | None = None, **_kw: object
    ) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        from wo_desktop import __version__

        print(f"wo-desktop {__version__}")  # on standard output, as argparse's own does
        parser.exit()


def names_a_command(argv: Sequence[str]) -> bool:
    """Whether ``argv`` may hold a command (or asks for help): then every command is loaded.

    Starting the window (only options) skips building the commands' parsers, which is time
    before the first paint.
    """
    after_option = False
    for token in argv:
        if after_option:
            after_option = False
        elif token in _VALUE_OPTIONS:
            after_option = True
        elif token in ("-h", "--help") or not token.startswith("-"):
            return True
    return False


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    profile_help = "data folder (default: $WO_DESKTOP_HOME, else the platform's user data folder)"
    # Subcommands accept --profile too; SUPPRESS keeps their unset default from erasing a
    # --profile given before the command name.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--profile", metavar="DIR", default=argparse.SUPPRESS, help=profile_help)
    parser = argparse.ArgumentParser(
        prog="wo-desktop",
        description="Enter field-service jobs offline and deliver them to the server.",
    )
    parser.add_argument("--profile", metavar="DIR", default=None, help=profile_help)
    parser.add_argument("--version", action=_VersionAction, help="show the version and exit")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start on the built-in test server with a sample catalog and a temporary profile",
    )
    parser.add_argument("--demo-projects", type=int, default=20_000, help=argparse.SUPPRESS)
    parser.add_argument("--lang", help="language of the window (en, fr, nl, de)")
    parser.add_argument(
        "--measure-startup",
        action="store_true",
        help="print the milliseconds to the first paint of the main window, then quit",
    )
    parser.add_argument(
        "--quit-after-first-paint", action="store_true", help="quit once the window has painted"
    )
    parser.set_defaults(command=None)
    if not commands:
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    from wo_desktop.cli import catalog_cmd, doctor_cmd, drafts_cmd, sandbox_cmd, sync_cmd

    for module in (drafts_cmd, sync_cmd, catalog_cmd, doctor_cmd, sandbox_cmd):
        module.register(sub, common)
    return parser


def _configure_logging(args: argparse.Namespace) -> None:
    """Commands log to the profile's logs folder (redacted), so support gets one place to look."""
    import os

    from wo_desktop import logging_setup, paths

    level = os.environ.get("WO_DESKTOP_LOG_LEVEL", "INFO")
    try:
        profile = paths.ensure_profile(paths.profile_dir(getattr(args, "profile", None)))
    except OSError as exc:
        raise CliError(f"the data folder cannot be used: {exc}") from None
    logging_setup.configure(paths.logs_dir(profile), level)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:2] == ["sandbox", "serve"]:
        # The sandbox parses its own flags (they start with "--", which argparse's
        # REMAINDER would take for ours).
        from wo_desktop.cli.sandbox_cmd import serve

        return serve(argv[2:])
    parser = build_parser(commands=names_a_command(argv))
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from wo_desktop.app import run_gui

            return run_gui(args)
        handler = getattr(args, "handler", None)
        if handler is not None and args.command != "sandbox":
            _configure_logging(args)
        if handler is None:
            parser.parse_args([args.command, "--help"])
            return EXIT_USAGE
        return int(handler(args))
    except CliError as exc:
        print(f"wo-desktop: {exc}", file=sys.stderr)
        return exc.exit_code
    except Exception as exc:
        # A store failure (a full disk, a locked file) is said plainly, never as a traceback.
        from wo_desktop.cli.common import EXIT_DATABASE
        from wo_desktop.store.db import StoreError

        if not isinstance(exc, StoreError):
            raise
        print(f"wo-desktop: {exc}", file=sys.stderr)
        return EXIT_DATABASE
    except KeyboardInterrupt:
        print("wo-desktop: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

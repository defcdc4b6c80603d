"""Starting the window parses only the window's options; a command still gets its parser."""

from __future__ import annotations

import pytest

from wo_desktop.cli import build_parser, main, names_a_command


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], False),
        (["--profile", "drafts", "--lang", "fr"], False),  # values, not commands
        (["--demo", "--demo-projects", "500", "--measure-startup"], False),
        (["--profile=/tmp/p", "--quit-after-first-paint"], False),
        (["drafts", "list"], True),
        (["--profile", "p", "sync"], True),
        (["--help"], True),
        (["nonsense"], True),  # so argparse names the valid commands
    ],
)
def test_names_a_command(argv: list[str], expected: bool) -> None:
    assert names_a_command(argv) is expected


def test_the_window_parser_takes_the_window_options_without_commands() -> None:
    args = build_parser(commands=False).parse_args(["--profile", "p", "--lang", "nl"])
    assert (args.command, args.profile, args.lang) == (None, "p", "nl")


def test_version_is_printed_on_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    from wo_desktop import __version__

    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out == f"wo-desktop {__version__}\n"

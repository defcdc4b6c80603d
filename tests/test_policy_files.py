"""The machine policy file, through the real `wo-desktop` command: layers, locks, mistakes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

SETTING = re.compile(r"^setting (\w+)\s+(.*) \((\w+)(, locked)?\)$")


def wo_desktop() -> list[str]:
    script = Path(sys.executable).with_name("wo-desktop.exe" if os.name == "nt" else "wo-desktop")
    return [str(script)] if script.exists() else [sys.executable, "-m", "wo_desktop"]


def run(
    tmp_path: Path, *args: str, policy: str | bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "profile"
    policy_file = tmp_path / "policy.toml"
    if isinstance(policy, str):
        policy_file.write_text(policy, encoding="utf-8")
    elif isinstance(policy, bytes):
        policy_file.write_bytes(policy)
    clean = {k: v for k, v in os.environ.items() if not k.startswith("WO_DESKTOP_")}
    full_env = {**clean, "WO_DESKTOP_POLICY": str(policy_file), **(env or {})}
    return subprocess.run(
        [*wo_desktop(), *args, "--profile", str(profile)],
        env=full_env,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


def run_in_process(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    policy: str | bytes,
) -> tuple[int, str, str]:
    """The same command without a new interpreter, for the many small cases."""
    from wo_desktop.cli import main

    policy_file = tmp_path / "policy.toml"
    policy_file.write_bytes(policy.encode() if isinstance(policy, str) else policy)
    monkeypatch.setenv("WO_DESKTOP_POLICY", str(policy_file))
    code = main(["doctor", "--profile", str(tmp_path / "profile")])
    out, err = capsys.readouterr()
    return code, out, err


def settings_of(output: str) -> dict[str, tuple[str, str, bool]]:
    """doctor's `setting KEY  VALUE (SOURCE[, locked])` lines: key -> (value, source, locked)."""
    rows = {}
    for line in output.splitlines():
        match = SETTING.match(line)
        if match:
            rows[match[1]] = (match[2], match[3], bool(match[4]))
    return rows


def write_user_settings(tmp_path: Path, values: dict[str, object]) -> None:
    (tmp_path / "profile").mkdir(exist_ok=True)
    (tmp_path / "profile" / "settings.json").write_text(json.dumps(values), encoding="utf-8")


def test_each_layer_overrides_the_one_before(tmp_path: Path) -> None:
    write_user_settings(tmp_path, {"sync_interval_minutes": 15, "language": "fr"})
    done = run(
        tmp_path,
        "doctor",
        policy=(
            'server_url = "https://it.example.test/api"\n'
            'domain = "ACME"\n'
            "sync_interval_minutes = 10\n"
            'language = "nl"\n'
            'catalog_scope = ["NORTH", "SOUTH"]\n'
        ),
        env={"WO_DESKTOP_LANGUAGE": "de"},
    )
    assert done.returncode == 0, done.stderr
    rows = settings_of(done.stdout)
    assert rows["server_url"] == ("'https://it.example.test/api'", "policy", False)
    assert rows["catalog_scope"] == ("['NORTH', 'SOUTH']", "policy", False)
    assert rows["sync_interval_minutes"] == ("15", "user", False)
    assert rows["language"] == ("'de'", "environment", False)
    assert rows["catalog_max_age_days"] == ("7", "default", False)
    assert done.stderr == ""


def test_locked_keys_keep_the_policy_value(tmp_path: Path) -> None:
    write_user_settings(tmp_path, {"server_url": "https://user.example.test/api", "domain": "U"})
    done = run(
        tmp_path,
        "doctor",
        policy=(
            'server_url = "https://it.example.test/api"\n'
            'domain = "ACME"\n'
            'locked = ["server_url", "domain", "proxy"]\n'
        ),
        env={"WO_DESKTOP_SERVER_URL": "https://env.example.test/api"},
    )
    assert done.returncode == 0, done.stderr
    rows = settings_of(done.stdout)
    assert rows["server_url"] == ("'https://it.example.test/api'", "policy", True)
    assert rows["domain"] == ("'ACME'", "policy", True)
    # A locked key the policy leaves empty stays empty for everyone.
    assert rows["proxy"] == ("None", "default", True)
    assert rows["user"] == ("None", "default", False)


def test_login_cannot_change_a_locked_server(tmp_path: Path) -> None:
    done = run(
        tmp_path,
        "login",
        "--server",
        "https://elsewhere.example.test/api",
        "--user",
        "alice",
        "--domain",
        "ACME",
        "--password-stdin",
        policy='server_url = "https://it.example.test/api"\nlocked = ["server_url"]\n',
    )
    assert done.returncode == 2
    assert "machine policy" in done.stderr and "server_url" in done.stderr
    assert not (tmp_path / "profile" / "settings.json").exists()


@pytest.mark.parametrize(
    ("policy", "line"),
    [
        ('server_url = "https://it.example.test/api"\ndomain = "ACME"\nlocked = [server_url]\n', 3),
        ('domain = "ACME"\nsync_interval_minutes = "often"\n', 2),
        ('domain = "ACME"\n\nserver = "https://typo.example.test/api"\n', 3),
        ('domain = "ACME"\nlocked = ["password"]\n', 2),
        ('domain = "ACME"\nlocked = ["server_url",\n', 2),
    ],
    ids=["toml-syntax", "wrong-type", "unknown-key", "cannot-lock", "unclosed-list"],
)
def test_a_bad_policy_names_the_line_and_the_program_runs_with_defaults(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    policy: str,
    line: int,
) -> None:
    code, out, err = run_in_process(tmp_path, capsys, monkeypatch, policy)
    assert code == 0, err
    assert f"{tmp_path / 'policy.toml'}" in err
    assert f"line {line}" in err
    rows = settings_of(out)
    assert len(rows) == 10
    assert all(source == "default" for _, source, _ in rows.values()), rows
    assert not any(locked for _, _, locked in rows.values())


def test_a_bad_policy_does_not_stop_a_new_process(tmp_path: Path) -> None:
    done = run(tmp_path, "doctor", policy='domain = "ACME"\nsync_interval_minutes = = 3\n')
    assert done.returncode == 0, done.stderr
    assert "line 2" in done.stderr and "using defaults" in done.stderr
    assert settings_of(done.stdout)["domain"] == ("None", "default", False)
    assert "Traceback" not in done.stderr


def test_an_unreadable_policy_is_reported_and_ignored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run_in_process(tmp_path, capsys, monkeypatch, b'domain = "\xff\xfe"\n')
    assert code == 0, err
    assert "policy" in err and "using defaults" in err
    assert settings_of(out)["domain"] == ("None", "default", False)

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from wo_desktop.credentials import (
    SERVICE,
    CredentialsUnavailable,
    KeyringCredentials,
    MemoryCredentials,
    entry_name,
)

SENTINEL = "sentinel-Pw-4711"


def test_memory_credentials_set_get_delete() -> None:
    creds = MemoryCredentials()
    creds.set("https://s/api", "u", "d", SENTINEL)
    assert creds.get("https://s/api", "u", "d") == SENTINEL
    assert creds.get("https://other/api", "u", "d") is None
    assert SENTINEL not in repr(creds)
    assert creds.delete("https://s/api", "u", "d") is True
    assert creds.get("https://s/api", "u", "d") is None


def test_keyring_credentials_use_one_entry_per_server_and_account(memory_keyring) -> None:
    creds = KeyringCredentials()
    creds.set("https://a/api", "u", "d", "one")
    creds.set("https://b/api", "u", "d", "two")
    assert memory_keyring.items[(SERVICE, entry_name("https://a/api", "u", "d"))] == "one"
    assert creds.get("https://b/api", "u", "d") == "two"
    assert creds.delete("https://a/api", "u", "d") and not creds.delete("https://a/api", "u", "d")


def test_no_keyring_says_why_and_writes_no_file(tmp_path: Path) -> None:
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(CredentialsUnavailable, match="No system keyring"):
            KeyringCredentials().set("https://s/api", "u", "d", SENTINEL)
        assert "not usable" in KeyringCredentials().backend_name()
    finally:
        keyring.set_keyring(previous)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.keyring_integration
def test_real_secret_service_round_trip(tmp_path: Path) -> None:
    """gnome-keyring under a private dbus-run-session: store, read and delete."""
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        if os.environ.get("CI"):
            pytest.fail("CI must provide gnome-keyring and dbus (see .ci/run)")
        pytest.skip("gnome-keyring and dbus-run-session are not installed here")
    home, runtime = tmp_path / "home", tmp_path / "run"
    home.mkdir()
    runtime.mkdir(mode=0o700)
    script = Path(__file__).parent / "support" / "keyring_roundtrip.py"
    env = {**os.environ, "HOME": str(home), "XDG_RUNTIME_DIR": str(runtime)}
    env.pop("PYTHON_KEYRING_BACKEND", None)
    shell = (
        'printf "ci-keyring" | gnome-keyring-daemon --unlock --components=secrets --daemonize'
        f' >/dev/null && exec "{sys.executable}" "{script}" "$0"'
    )
    done = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", shell, SENTINEL],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    assert "SecretService" in lines["backend"]
    assert lines["read-back-matches"] == "True"
    assert lines["raw-entry-present"] == "True"
    assert lines["deleted"] == "True"
    assert lines["after-delete"] == "None"
    assert SENTINEL not in done.stdout

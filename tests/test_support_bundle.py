"""`wo-desktop doctor --bundle`: what support needs, never a password or Authorization header."""

from __future__ import annotations

import base64
import json
import logging
import re
import shutil
import zipfile
from pathlib import Path

import pytest

from wo_desktop import logging_setup, paths
from wo_desktop.cli import main
from wo_desktop.credentials import KeyringCredentials
from wo_desktop.support_bundle import scrub

SENTINEL = "Sentinel-Pw-7f3a9c"
# doctor prints settings as they are; the bundle must still drop credentials inside a proxy URL.
PROXY_PASSWORD = "Proxy-Pw-4d2e"
SERVER = "https://wo.example.test/api"
TOKEN = base64.b64encode(f"alice:{SENTINEL}".encode()).decode()
PREFIX = "wo-desktop-support/"
# An Authorization header and what follows it, as a log would show it.
HEADER = re.compile(r"(?i)authorization['\"]?\s*[:,=]\s*b?['\"]?(?:basic|bearer)?\s*\S{0,3}")


def configure_account(profile: Path) -> None:
    settings = {
        "server_url": SERVER,
        "domain": "acme",
        "user": "alice",
        "proxy": f"http://alice:{PROXY_PASSWORD}@proxy.example.test:3128",
    }
    (profile / "settings.json").write_text(json.dumps(settings), encoding="utf-8")


def bundle_texts(out: Path) -> dict[str, str]:
    with zipfile.ZipFile(out) as archive:
        return {
            name.removeprefix(PREFIX): archive.read(name).decode() for name in archive.namelist()
        }


def make_bundle(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    out = tmp_path / "support.zip"
    code = main(["doctor", "--bundle", str(out)])
    printed = capsys.readouterr()
    assert code == 0, printed.err
    assert SENTINEL not in printed.out + printed.err
    return bundle_texts(out)


def assert_no_secret(texts: dict[str, str]) -> None:
    everything = "\n".join(texts.values())
    assert SENTINEL not in everything
    assert PROXY_PASSWORD not in everything
    assert TOKEN not in everything
    assert "Basic " + TOKEN[:8] not in everything
    for header in HEADER.finditer(everything):
        assert header.group(0).endswith(logging_setup.REDACTED), header.group(0)


def test_bundle_of_a_debug_log_has_no_password_or_authorization_header(
    profile: Path, memory_keyring: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    configure_account(profile)
    KeyringCredentials().set(SERVER, "alice", "acme", SENTINEL)
    logging_setup.register_secret(SENTINEL)
    logging_setup.configure(paths.logs_dir(profile), "DEBUG")
    log = logging.getLogger("wo_desktop.test")
    log.debug("login with password=%s", SENTINEL)
    log.debug("request headers {'Authorization': 'Basic %s'}", TOKEN)
    log.debug("retrying for %s", SENTINEL)
    log.info("sync finished")
    logging_setup.configure(None)
    # Lines that reached a log without the filter (an older version, a crash handler).
    (paths.logs_dir(profile) / "wo-desktop.log.1").write_text(
        f"DEBUG httpx: headers [(b'Authorization', b'Basic {TOKEN}')]\n"
        f"DEBUG api: Authorization: Basic {TOKEN}\n"
        f"DEBUG api: token Bearer {TOKEN}\n"
        f"ERROR api: login failed for alice/{SENTINEL}\n",
        encoding="utf-8",
    )

    texts = make_bundle(tmp_path, capsys)

    assert {"logs/wo-desktop.log", "logs/wo-desktop.log.1"} <= set(texts)
    assert "sync finished" in texts["logs/wo-desktop.log"]  # the logs are there, only scrubbed
    assert_no_secret(texts)


def test_a_password_only_the_keyring_knows_is_scrubbed_from_old_logs(
    profile: Path,
    memory_keyring: object,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A fresh doctor process knows no password: the bundle must learn it from the keyring.
    monkeypatch.setattr(logging_setup, "_secrets", set())
    configure_account(profile)
    KeyringCredentials().set(SERVER, "alice", "acme", SENTINEL)
    paths.logs_dir(profile).mkdir(parents=True, exist_ok=True)
    (paths.logs_dir(profile) / "wo-desktop.log").write_text(
        f"ERROR sync: the server said 401 to alice with {SENTINEL} (old version)\n",
        encoding="utf-8",
    )

    texts = make_bundle(tmp_path, capsys)

    assert "the server said 401" in texts["logs/wo-desktop.log"]
    assert_no_secret(texts)


def test_bundle_reports_settings_with_sources_schema_and_queue(
    profile: Path,
    memory_keyring: object,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(
        'server_url = "https://it.example.test/api"\nsync_interval_minutes = 15\n'
        'locked = ["server_url"]\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("WO_DESKTOP_POLICY", str(policy))
    monkeypatch.setenv("WO_DESKTOP_DOMAIN", "env-domain")
    monkeypatch.setenv("HTTPS_PROXY", f"http://bob:{SENTINEL}@proxy.example.test:8080")

    texts = make_bundle(tmp_path, capsys)

    report = json.loads(texts["settings.json"])
    rows = {row["key"]: row for row in report["settings"]}
    assert rows["server_url"] == {
        "key": "server_url",
        "value": "https://it.example.test/api",
        "source": "policy",
        "locked": True,
    }
    assert (rows["sync_interval_minutes"]["value"], rows["sync_interval_minutes"]["source"]) == (
        15,
        "policy",
    )
    assert rows["domain"]["source"] == "environment"
    assert rows["log_level"]["source"] == "default"
    assert report["network_environment"]["HTTPS_PROXY"].startswith("http://***@proxy")
    assert "locked" in texts["policy.toml"]
    summary = json.loads(texts["summary.json"])
    assert summary["database"]["program_schema"]
    assert summary["database"]["exists"] is False
    assert "version" in texts["doctor.txt"]
    assert_no_secret(texts)


@pytest.mark.parametrize(
    ("raw", "kept", "gone"),
    [
        ("proxy http://u:Pw-9xZ@proxy:3128 failed", "http://***@proxy:3128", "Pw-9xZ"),
        ("[(b'Authorization', b'Basic dXNlcjpwdw==')]", "b'Authorization'", "dXNlcjpwdw"),
        ("sent Bearer eyJhbGciOi.J9x-Y_z", "Bearer ***", "eyJhbGciOi"),
        ('{"Authorization": "Basic dXNlcjpwdw=="}', "Authorization", "dXNlcjpwdw"),
    ],
)
def test_scrub_removes_credentials(raw: str, kept: str, gone: str) -> None:
    cleaned = scrub(raw)
    assert kept in cleaned
    assert gone not in cleaned


def test_scrub_keeps_ordinary_words() -> None:
    text = "basic authentication failed; see https://wo.example.test/api/Jobs"
    assert scrub(text) == text


def test_bundle_reports_schema_integrity_queue_and_catalog_ages(
    profile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from wo_desktop.store import migrate

    fixture = Path(__file__).resolve().parent / "fixtures" / "schema_0001.db"
    shutil.copyfile(fixture, profile / "wo-desktop.db")

    texts = make_bundle(tmp_path, capsys)

    database = json.loads(texts["summary.json"])["database"]
    assert database["errors"] == []
    assert database["integrity"] == ["ok"]
    assert database["schema"] == database["program_schema"] == migrate.head_revision()
    assert {k: database["drafts"][k] for k in ("draft", "ready", "sent")} == {
        "draft": 1,
        "ready": 1,
        "sent": 1,
    }
    assert database["outbox_pending"] == 1
    tables = {table["table"]: table for table in database["catalog"]}
    loaded = [t for t in tables.values() if t["rows"] > 0]
    assert loaded, tables
    assert all(isinstance(t["age_days"], float) and t["age_days"] > 0 for t in loaded)
    assert "wo-desktop.db" not in " ".join(texts)  # the database itself is never shipped

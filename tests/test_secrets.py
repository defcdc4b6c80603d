"""The password never lands in a log, the database, its -wal file, or a settings file.

Every command-line flow runs at DEBUG logging (httpx and httpcore included) with a sentinel
password, against the sandbox with faults on; then every file of the profile is searched.
"""

from __future__ import annotations

import base64
import io
import json
import logging
from pathlib import Path

from cli.helpers import run, write_json

from wo_desktop.sandbox.harness import SandboxServer

SENTINEL = "Sentinel-Secret-7f3e19"


def needles(user: str, domain: str) -> list[bytes]:
    token = base64.b64encode(f"{user}:{SENTINEL}@{domain}".encode())
    return [SENTINEL.encode(), token, SENTINEL.encode("utf-16-le")]


def test_no_flow_leaves_the_password_anywhere(
    tmp_path: Path, capsys, monkeypatch, profile: Path, memory_keyring, caplog
) -> None:
    monkeypatch.setenv("WO_DESKTOP_LOG_LEVEL", "DEBUG")
    caplog.set_level(logging.DEBUG)
    with SandboxServer(
        tmp_path / "server", projects=80, seed=9, user="tech", password=SENTINEL, domain="acme"
    ) as server:
        monkeypatch.setattr("sys.stdin", io.StringIO(SENTINEL + "\n"))
        code, *_ = run(
            capsys,
            "login",
            "--server",
            server.base_url,
            "--user",
            "tech",
            "--domain",
            "acme",
            "--password-stdin",
        )
        assert code == 0
        job = {
            "name": "Check the sentinel",
            "project_id": server.pick_project(kind="installation")["id"],
            "job_type_code": server.codes("JobType")[0],
            "job_status_code": "Open",
        }
        _, out, _ = run(
            capsys, "drafts", "new", "--from", str(write_json(tmp_path / "j.json", job))
        )
        run(capsys, "drafts", "ready", out.strip())
        server.set_faults(drop_after_commit_rate=1.0)
        assert run(capsys, "sync", "--max-wait", "5")[0] == 0
        server.set_faults(unauthorized_user="tech")
        run(capsys, "sync", "--pull-only")
        server.set_faults()
        run(capsys, "doctor")
        run(capsys, "doctor", "--bundle", str(profile / "support.zip"))
        run(capsys, "logout")
        out, err = capsys.readouterr()
    logging.shutdown()
    assert (profile / "logs" / "wo-desktop.log").stat().st_size > 0
    debug_lines = (profile / "logs" / "wo-desktop.log").read_text()
    assert "DEBUG" in debug_lines  # the flows really ran at DEBUG
    files = [p for p in profile.rglob("*") if p.is_file()]
    assert any(p.name.endswith("-wal") or p.suffix == ".db" for p in files)
    for path in files:
        data = path.read_bytes()
        for needle in needles("tech", "acme"):
            assert needle not in data, f"the password is in {path.relative_to(profile)}"
    everything = out + err + "\n".join(r.getMessage() for r in caplog.records)
    for needle in needles("tech", "acme"):
        assert needle.decode("utf-8", "ignore") not in everything
    settings = json.loads((profile / "settings.json").read_text())
    assert set(settings) == {"server_url", "user", "domain"}

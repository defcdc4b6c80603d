"""Secrets under stress: the password is in no file, log, output or crash report afterwards.

A client process logs in and syncs through the command line at DEBUG, with a sentinel
password, while the network and the server misbehave and the process is killed once and
started again. Then every file of the profile (database, -wal, -shm, logs, settings, the
crash reports), everything the processes printed and the support bundle (unzipped) are read
as bytes and searched for the password, for it in UTF-16, and for the Basic token that
carries it (base64 of "user:password@domain"). The soak (test_soak.py) ends with the same scan.
"""

from __future__ import annotations

import base64
import json
import random
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from soakkit import ClientRun, Ledger, files_holding, secret_forms
from support.faultproxy import DOWN, UP, FaultProxy

from wo_desktop.sandbox.harness import SandboxServer

SENTINEL = "Stress-Sentinel-pw-Q7v3Lx"
USER, DOMAIN = "stress-clerk", "stress-tenant"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[SandboxServer]:
    with SandboxServer(
        tmp_path / "server", projects=20, seed=9, user=USER, password=SENTINEL, domain=DOMAIN
    ) as running:
        yield running


def test_the_scan_finds_a_planted_secret_in_a_file_and_in_a_zip(tmp_path: Path) -> None:
    """The search below is only worth something if it can find what it looks for."""
    token = base64.b64encode(f"{USER}:{SENTINEL}@{DOMAIN}".encode())
    (tmp_path / "app.log").write_bytes(b"GET /api/Jobs Authorization: Basic " + token)
    with zipfile.ZipFile(tmp_path / "bundle.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("logs/old.log", f"password={SENTINEL}" * 50)
    (tmp_path / "clean.txt").write_text("nothing to see", encoding="utf-8")
    leaks = files_holding([tmp_path], secret_forms(USER, SENTINEL, DOMAIN))
    assert any("app.log" in leak for leak in leaks)
    assert any("bundle.zip!logs/old.log" in leak for leak in leaks)
    assert not any("clean.txt" in leak for leak in leaks)


def test_the_password_leaks_nowhere_under_faults_kills_and_debug_logging(
    server: SandboxServer, tmp_path: Path
) -> None:
    rng = random.Random(8)
    profile, outputs, work = tmp_path / "profile", tmp_path / "outputs", tmp_path / "work"
    outputs.mkdir()
    work.mkdir()
    references = tmp_path / "references.json"
    references.write_text(
        json.dumps(
            {
                "projects": [server.pick_project(kind="installation")["id"]],
                "job_types": server.codes("JobType")[:2],
            }
        ),
        encoding="utf-8",
    )
    ledger = Ledger()
    with FaultProxy(server.host, server.port) as proxy:
        faults = [
            proxy.heal,
            proxy.heal,
            lambda: proxy.cut_after(rng.randint(0, 800), DOWN),
            lambda: proxy.reset(rng.randint(0, 200), UP),
            lambda: proxy.latency(60),
            lambda: server.set_faults(error_rate=0.5, seed=1),
            lambda: server.set_faults(drop_after_commit_rate=1.0),
        ]
        options = [
            "--profile", str(profile), "--server", proxy.url(), "--user", USER,
            "--domain", DOMAIN, "--jobs-file", str(references), "--work", str(work),
        ]  # fmt: skip
        env = {"WO_DESKTOP_POLICY": str(tmp_path / "no-policy.toml")}
        first = ClientRun("cli", [*options, "--cycles", "30"], SENTINEL, ledger, outputs, env)
        killed = False
        while first.running:
            proxy.heal()
            server.set_faults()
            rng.choice(faults)()
            time.sleep(0.3)
            if not killed and ledger.events["ready"] >= 2:
                first.kill()  # mid-way: whatever it was doing, at DEBUG
                killed = True
        first.wait()
        # Right after a kill the -wal and -shm are still there, holding the last commits.
        leaks_after_kill = files_holding([profile], secret_forms(USER, SENTINEL, DOMAIN))
        proxy.heal()
        server.set_faults()
        second = ClientRun("cli", [*options, "--cycles", "2"], SENTINEL, ledger, outputs, env)
        assert second.wait(timeout=60) == 0, second.stderr_path.read_text()

    assert killed, "the client was never killed mid-way"
    assert not leaks_after_kill, leaks_after_kill
    assert ledger.events["login"] >= 2 and ledger.events["done"] == 1
    assert ledger.events["ready"] >= 3 and server.job_count() >= 1
    log_text = "".join(p.read_text("utf-8", "replace") for p in (profile / "logs").glob("*.log*"))
    assert " DEBUG " in log_text and "HTTP Request" in log_text  # the requests were logged
    bundles = list(work.glob("bundle-*.zip"))
    assert bundles and zipfile.ZipFile(bundles[0]).namelist()  # the bundle was written

    secrets = secret_forms(USER, SENTINEL, DOMAIN)
    leaks = files_holding([profile, outputs, *bundles], secrets)
    assert not leaks, leaks
    assert (profile / "settings.json").exists()  # the login's settings were written, and scanned

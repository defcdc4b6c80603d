"""login, logout, sync and catalog status through the command line, against the sandbox."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli.helpers import run, write_json

from wo_desktop.credentials import SERVICE, entry_name
from wo_desktop.sandbox.harness import SandboxServer

PASSWORD = "cli-Sentinel-Pw-5521"


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    with SandboxServer(
        tmp_path_factory.mktemp("cli-sandbox"),
        projects=120,
        seed=5,
        user="clerk",
        password=PASSWORD,
        domain="acme",
    ) as server:
        yield server


@pytest.fixture
def server(sandbox: SandboxServer) -> Iterator[SandboxServer]:
    sandbox.set_faults()
    yield sandbox
    sandbox.set_faults()


def login(
    capsys, monkeypatch, server: SandboxServer, password: str = PASSWORD
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    return run(
        capsys,
        "login",
        "--server",
        server.base_url,
        "--user",
        server.user,
        "--domain",
        server.domain,
        "--password-stdin",
    )


def new_job(capsys, tmp_path: Path, server: SandboxServer, **fields) -> str:
    job = {
        "name": "Phoned-in: freezer alarm",
        "project_id": server.pick_project(kind="installation")["id"],
        "job_type_code": server.codes("JobType")[0],
        "job_status_code": "Open",
        **fields,
    }
    code, out, err = run(
        capsys, "drafts", "new", "--from", str(write_json(tmp_path / "j.json", job))
    )
    assert code == 0, err
    return out.strip()


def test_login_stores_the_password_in_the_keyring_only(
    capsys, monkeypatch, server, profile, memory_keyring
) -> None:
    code, out, err = login(capsys, monkeypatch, server)
    assert code == 0, err
    assert memory_keyring.items[(SERVICE, entry_name(server.base_url, "clerk", "acme"))] == PASSWORD
    settings = json.loads((profile / "settings.json").read_text())
    assert settings["server_url"] == server.base_url and "password" not in json.dumps(settings)
    assert PASSWORD not in out + err


def test_login_with_a_wrong_password_stores_nothing(
    capsys, monkeypatch, server, profile, memory_keyring
) -> None:
    code, _, err = login(capsys, monkeypatch, server, password="wrong-password")
    assert code == 6
    assert "wrong-password" not in err
    assert memory_keyring.items == {}
    assert not (profile / "settings.json").exists()


def test_logout_removes_the_password(capsys, monkeypatch, server, profile, memory_keyring) -> None:
    login(capsys, monkeypatch, server)
    code, out, _ = run(capsys, "logout")
    assert code == 0 and "removed" in out
    assert memory_keyring.items == {}


def test_sync_exit_codes(capsys, monkeypatch, server, profile, memory_keyring, tmp_path) -> None:
    login(capsys, monkeypatch, server)
    good = new_job(capsys, tmp_path, server)
    run(capsys, "drafts", "ready", good)
    code, out, _ = run(capsys, "sync", "--max-wait", "5")
    assert code == 0, out
    assert server.get_job(good) is not None
    _, out, _ = run(capsys, "drafts", "list", "--json")
    sent = {d["id"]: d for d in json.loads(out)}[good]
    assert sent["state"] == "sent" and sent["receipt"]["http_status"] == 201

    bad = new_job(capsys, tmp_path, server, job_type_code="UNKNOWN-TYPE")
    run(capsys, "drafts", "ready", bad)
    code, out, _ = run(capsys, "sync", "--push-only", "--max-wait", "1")
    assert code == 4
    _, out, _ = run(capsys, "drafts", "list")
    assert "rejected: job_type_code" in out

    queued = new_job(capsys, tmp_path, server)
    run(capsys, "drafts", "ready", queued)
    server.set_faults(error_rate=1.0)
    code, _, _ = run(capsys, "sync", "--push-only", "--max-wait", "0")
    assert code == 3
    server.set_faults()


def test_sync_without_login_says_so(capsys, profile, memory_keyring) -> None:
    code, _, err = run(capsys, "sync")
    assert code == 6 and "Log in first" in err


def deleted(server: SandboxServer) -> int:
    import httpx

    url, count = f"{server.base_url}/Project", 0
    while url:
        page = httpx.get(url, auth=server.auth).json()
        count += sum(1 for row in page["value"] if row.get("sys_logical_delete"))
        url = page.get("@odata.nextLink")
    return count


def test_catalog_status_lists_tables_after_pull(
    capsys, monkeypatch, server, profile, memory_keyring
) -> None:
    login(capsys, monkeypatch, server)
    code, _, _ = run(capsys, "sync", "--pull-only")
    assert code == 0
    code, out, _ = run(capsys, "catalog", "status")
    assert code == 0
    lines = {line.split()[0]: line for line in out.splitlines()[1:]}
    live = server.count("Project") - deleted(server)
    assert str(live) in lines["projects"].split()
    assert "just now" in lines["projects"]


def test_catalog_search_finds_an_installation_by_serial(
    capsys, monkeypatch, server, profile, memory_keyring
) -> None:
    login(capsys, monkeypatch, server)
    run(capsys, "sync", "--pull-only")
    equipment = server.pick_project(kind="equipment", offset=2)
    code, out, _ = run(capsys, "catalog", "search", equipment["serial_number"][3:9])
    assert code == 0
    assert equipment["id"] in out


def test_sync_records_its_run_in_the_sync_log(
    capsys, monkeypatch, server, profile, memory_keyring, tmp_path
) -> None:
    from wo_desktop.store.profile import Store

    login(capsys, monkeypatch, server)
    job = new_job(capsys, tmp_path, server)
    run(capsys, "drafts", "ready", job)
    code, out, _ = run(capsys, "sync", "--push-only", "--max-wait", "5")
    assert code == 0, out
    with Store.open(profile) as store:
        runs = store.sync_runs.recent()
    assert [(r.trigger, r.sent, r.remaining, r.errors) for r in runs] == [("cli", 1, 0, [])]
    assert runs[0].finished_at is not None and runs[0].finished_at >= runs[0].started_at

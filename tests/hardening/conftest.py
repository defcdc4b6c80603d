"""A sandbox server shared by a module, a fresh fault proxy in front of it per test."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from support.faultproxy import FaultProxy

from wo_desktop.api.client import ApiClient
from wo_desktop.sandbox.harness import SandboxServer

PASSWORD = "hardening-Pw-4471"


@pytest.fixture(autouse=True)
def _no_proxy_from_the_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    """The client honours proxy variables; these tests set their own or none."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    data = tmp_path_factory.mktemp("sandbox")
    with SandboxServer(data, projects=50, seed=11, password=PASSWORD) as server:
        yield server


@pytest.fixture
def proxy(sandbox: SandboxServer) -> Iterator[FaultProxy]:
    with FaultProxy(sandbox.host, sandbox.port) as running:
        yield running


@pytest.fixture
def make_client(sandbox: SandboxServer) -> Iterator[Callable[..., ApiClient]]:
    """ApiClient factory with the sandbox's account; `url` defaults to the sandbox itself."""
    clients: list[ApiClient] = []

    def make(url: str | None = None, **options: Any) -> ApiClient:
        client = ApiClient(
            url or sandbox.base_url, sandbox.user, sandbox.domain, sandbox.password, **options
        )
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def new_job(sandbox: SandboxServer) -> Callable[[], dict[str, Any]]:
    """A job the sandbox accepts, with a fresh id each call."""
    project = sandbox.pick_project(kind="installation")
    job_type = sandbox.codes("JobType")[0]

    def make() -> dict[str, Any]:
        return {
            "id": str(uuid.uuid4()),
            "name": "Boiler leaks in the basement",
            "project_id": project["id"],
            "job_type_code": job_type,
            "job_status_code": "Open",
        }

    return make

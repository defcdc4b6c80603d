"""A sandbox server and a store on one profile, for the sync engine's tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from wo_desktop.api.client import ApiClient
from wo_desktop.sandbox.harness import SandboxServer
from wo_desktop.store.profile import Store

PASSWORD = "sync-Test-Pw-93"


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    data = tmp_path_factory.mktemp("sandbox")
    with SandboxServer(
        data_dir=data, projects=300, seed=7, user="clerk", password=PASSWORD, domain="acme"
    ) as server:
        yield server


@pytest.fixture
def server(sandbox: SandboxServer) -> Iterator[SandboxServer]:
    sandbox.set_faults()  # every test starts with a healthy network
    yield sandbox
    sandbox.set_faults()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "wo-desktop.db")
    yield opened
    opened.close()


@pytest.fixture
def client(server: SandboxServer) -> Iterator[ApiClient]:
    with ApiClient(server.base_url, server.user, server.domain, server.password) as api:
        yield api

"""A small sandbox server shared by a test module, and an httpx client logged in to it."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from wo_desktop.sandbox.harness import SandboxServer

PROJECTS = 200


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    data = tmp_path_factory.mktemp("sandbox")
    with SandboxServer(data, projects=PROJECTS, seed=11, password="pw-Sandbox-17") as server:
        yield server


@pytest.fixture
def server(sandbox: SandboxServer) -> Iterator[SandboxServer]:
    sandbox.set_faults()  # every test starts with a healthy network
    yield sandbox
    sandbox.set_faults()


@pytest.fixture
def http(server: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url + "/", auth=server.auth, timeout=10) as client:
        yield client

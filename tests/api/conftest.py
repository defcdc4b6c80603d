from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from apikit import DOMAIN, PASSWORD, USER

from wo_desktop.api.client import ApiClient


@pytest.fixture
def make_client() -> Iterator[Callable[..., ApiClient]]:
    """ApiClient factory with the test credentials; every client is closed afterwards."""
    clients: list[ApiClient] = []

    def make(url: str, **options: Any) -> ApiClient:
        client = ApiClient(url, USER, DOMAIN, PASSWORD, **options)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture(autouse=True)
def _no_proxy_from_the_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    """The client honours proxy variables; the tests must not depend on the machine's."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)

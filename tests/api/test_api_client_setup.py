"""What the client sends and where it agrees to send it."""

from __future__ import annotations

import importlib.metadata
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import trustme
from apikit import DOMAIN, PASSWORD, TOKEN, USER, assert_no_secret
from rawservers import RawServer, Request, canned, drip, response_bytes, routed, serving

from wo_desktop.api.client import ApiClient, basic_authorization
from wo_desktop.api.errors import ConfigurationError, OfflineError, TlsError, TransientError
from wo_desktop.api.transport import is_loopback

Make = Callable[..., ApiClient]
PAGE = {"value": [{"id": "a"}]}


@pytest.mark.parametrize(
    "url",
    [
        "http://wo.example.com/api",
        "http://10.0.0.1/api",
        "http://128.0.0.1/api",
        "http://localhost.example.com/api",
    ],
)
def test_plain_http_to_another_machine_is_refused_before_any_request(
    url: str, monkeypatch: pytest.MonkeyPatch, make_client: Make
) -> None:
    # Were a request made, it would go through this proxy.
    with serving(canned(200, PAGE)) as proxy:
        monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{proxy.port}")
        monkeypatch.setenv("ALL_PROXY", f"http://127.0.0.1:{proxy.port}")
        with pytest.raises(ConfigurationError, match="https://") as caught:
            make_client(url)
    assert proxy.connections == 0
    assert_no_secret(caught.value)


@pytest.mark.parametrize(
    "url", ["not a url", "ftp://wo.example.com/api", "https:///api", "https://bob:pw@host/api"]
)
def test_malformed_server_addresses_are_configuration_errors(url: str, make_client: Make) -> None:
    with pytest.raises(ConfigurationError) as caught:
        make_client(url)
    assert ":pw@" not in str(caught.value)


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.5.6.7", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("LOCALHOST", True),
        ("10.0.0.1", False),
        ("128.0.0.1", False),
        ("::2", False),
        ("example.com", False),
    ],
)
def test_loopback_hosts(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_plain_http_to_loopback_works_and_sends_version_auth_and_accept(make_client: Make) -> None:
    with serving(canned(200, PAGE)) as server:
        make_client(server.base_url).check_login()
    (request,) = server.requests
    version = importlib.metadata.version("wo-desktop")
    assert request.headers["user-agent"] == f"wo-desktop/{version}"
    assert request.headers["authorization"] == f"Basic {TOKEN}"
    assert request.headers["accept"] == "application/json"
    assert request.target == "/api/JobStatus?$top=1"


def test_basic_authorization_is_user_colon_password_at_domain() -> None:
    # base64("clerk:Sup3r-s3cret-pw!@acme"), written out so a change of form is caught.
    assert basic_authorization(USER, DOMAIN, PASSWORD) == (
        "Basic Y2xlcms6U3VwM3ItczNjcmV0LXB3IUBhY21l"
    )


def test_the_password_is_masked_in_the_clients_repr(make_client: Make) -> None:
    client = make_client("https://wo.example.com/api")
    assert PASSWORD not in repr(client)
    assert TOKEN not in repr(client)
    assert "password='***'" in repr(client)
    assert PASSWORD not in str(client)


def test_one_connection_is_kept_alive_across_requests(make_client: Make) -> None:
    with serving(canned(200, PAGE)) as server:
        client = make_client(server.base_url)
        for _ in range(3):
            client.check_login()
    assert len(server.requests) == 3
    assert server.connections == 1


def test_eight_requests_can_be_in_flight_at_once(make_client: Make) -> None:
    # The server answers only once eight requests wait together: a smaller pool breaks the
    # barrier and every request fails.
    barrier = threading.Barrier(8, timeout=5)

    def answer(request: Request) -> bytes:
        barrier.wait()
        return response_bytes(200, PAGE)

    with serving(routed(answer)) as server:
        client = make_client(server.base_url, deadline=10.0, read_timeout=10.0)
        with ThreadPoolExecutor(8) as pool:
            results = list(pool.map(lambda _: client.check_login(), range(8)))
    assert results == [None] * 8
    assert server.connections == 8


@pytest.fixture(scope="module")
def tls_server_ca() -> trustme.CA:
    return trustme.CA()


def _tls_server(ca: trustme.CA) -> RawServer:
    import ssl

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    return RawServer(canned(200, PAGE), context)


def test_an_untrusted_certificate_is_a_tls_error(
    tls_server_ca: trustme.CA, make_client: Make
) -> None:
    with _tls_server(tls_server_ca) as server, pytest.raises(TlsError) as caught:
        make_client(server.base_url).check_login()
    assert str(caught.value).startswith("The server's certificate is not trusted")
    assert server.requests == []
    assert_no_secret(caught.value)


def test_the_extra_ca_file_makes_the_certificate_trusted(
    tls_server_ca: trustme.CA, tmp_path: Path, make_client: Make
) -> None:
    ca_file = tmp_path / "company-ca.pem"
    tls_server_ca.cert_pem.write_to_path(str(ca_file))
    with _tls_server(tls_server_ca) as server:
        make_client(server.base_url, extra_ca_file=str(ca_file)).check_login()
    assert len(server.requests) == 1


def test_an_unreadable_extra_ca_file_is_a_configuration_error(
    tmp_path: Path, make_client: Make
) -> None:
    with pytest.raises(ConfigurationError, match="certificate authority file"):
        make_client("https://wo.example.com/api", extra_ca_file=str(tmp_path / "missing.pem"))


def test_https_goes_through_the_proxy_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, make_client: Make
) -> None:
    with serving(canned(502, "no")) as proxy:
        monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{proxy.port}")
        with pytest.raises(OfflineError, match="proxy"):
            make_client("https://wo.example.com/api").check_login()
    (request,) = proxy.requests
    assert (request.method, request.target) == ("CONNECT", "wo.example.com:443")
    assert "authorization" not in request.headers  # the credentials are for the server only


def test_a_dripping_proxy_is_cut_at_the_deadline(
    monkeypatch: pytest.MonkeyPatch, make_client: Make
) -> None:
    padded = response_bytes(200, b"", {"X-Padding": "p" * 300})
    with serving(drip(padded, 0.05)) as proxy:
        monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{proxy.port}")
        client = make_client("https://wo.example.com/api", deadline=1.0)
        started = time.monotonic()
        with pytest.raises(TransientError, match="within 1 s"):
            client.check_login()
    assert time.monotonic() - started < 10  # the headers alone would take 20 s

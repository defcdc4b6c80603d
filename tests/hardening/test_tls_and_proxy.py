"""TLS with a company CA, and corporate proxies, against a real HTTPS sandbox on loopback.

The CA is made in the test, so the operating system does not trust it: the client refuses the
server until the CA is given through the policy's extra-CA setting. The proxies are real
loopback proxies that record what they carried.
"""

from __future__ import annotations

import inspect
import io
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from support.recording_proxy import RecordingProxy
from support.tls import TlsFiles, make_tls_files

from wo_desktop import cli, config
from wo_desktop.api.client import ApiClient
from wo_desktop.api.errors import TlsError
from wo_desktop.sandbox.harness import SandboxServer

Make = Callable[..., ApiClient]
NOT_TRUSTED = "The server's certificate is not trusted"


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> TlsFiles:
    return make_tls_files(tmp_path_factory.mktemp("tls"))


@pytest.fixture(scope="module")
def https_sandbox(
    tmp_path_factory: pytest.TempPathFactory, tls: TlsFiles
) -> Iterator[SandboxServer]:
    with SandboxServer(
        tmp_path_factory.mktemp("https-sandbox"),
        projects=20,
        seed=5,
        password="tls-Test-Pw-2208",
        ssl_certfile=str(tls.cert_file),
        ssl_keyfile=str(tls.key_file),
    ) as server:
        yield server


@pytest.fixture
def https_client(https_sandbox: SandboxServer) -> Iterator[Callable[..., ApiClient]]:
    clients: list[ApiClient] = []

    def make(url: str | None = None, **options: Any) -> ApiClient:
        server = https_sandbox
        client = ApiClient(
            url or server.base_url, server.user, server.domain, server.password, **options
        )
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def recording_proxy() -> Iterator[RecordingProxy]:
    with RecordingProxy() as proxy:
        yield proxy


# --- Untrusted -------------------------------------------------------------------------------
def test_without_the_ca_the_client_refuses_with_certificate_not_trusted(
    https_sandbox: SandboxServer, https_client: Make
) -> None:
    job_id = "0c4e6a52-7c36-4d0e-9f55-8d1b8a1f0c11"
    with pytest.raises(TlsError) as caught:
        https_client().create_job({"id": job_id, "name": "Boiler", "job_status_code": "Open"})
    assert str(caught.value).startswith(NOT_TRUSTED)
    assert https_sandbox.password not in repr(caught.value)
    assert https_sandbox.get_job(job_id) is None  # nothing reached the server


def test_there_is_no_switch_to_turn_verification_off(
    https_sandbox: SandboxServer, https_client: Make, monkeypatch: pytest.MonkeyPatch
) -> None:
    parameters = inspect.signature(ApiClient.__init__).parameters
    switches = [
        name
        for name in parameters
        if any(word in name.lower() for word in ("verify", "insecure", "ssl", "cert_reqs"))
    ]
    assert switches == []
    with pytest.raises(TypeError):
        ApiClient(https_sandbox.base_url, "u", "d", "p", verify=False)  # type: ignore[call-arg]
    assert not [key for key in config.KEYS if "verif" in key or "insecure" in key]
    # The environment variables that turn verification off in other tools do nothing here.
    monkeypatch.setenv("PYTHONHTTPSVERIFY", "0")
    monkeypatch.setenv("CURL_CA_BUNDLE", "")
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", "")
    monkeypatch.setenv("SSL_CERT_FILE", "")
    with pytest.raises(TlsError, match=NOT_TRUSTED):
        https_client().check_login()


def _write_policy(path: Path, **values: str) -> Path:
    lines = [f'{key} = "{value}"' for key, value in values.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _login(server: SandboxServer, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(server.password + "\n"))
    return cli.main(
        [
            "login",
            "--server",
            server.base_url,
            "--user",
            server.user,
            "--domain",
            server.domain,
            "--password-stdin",
        ]
    )


def _files_holding(folder: Path, secret: str) -> list[Path]:
    return [
        path
        for path in folder.rglob("*")
        if path.is_file() and secret.encode() in path.read_bytes()
    ]


def test_cli_login_to_an_untrusted_server_fails_and_stores_nothing(
    https_sandbox: SandboxServer,
    profile: Path,
    memory_keyring: Any,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = _login(https_sandbox, monkeypatch)
    err = capsys.readouterr().err
    assert code != 0
    assert "certificate is not trusted" in err
    assert memory_keyring.items == {}
    assert not (profile / "settings.json").exists()
    assert _files_holding(profile, https_sandbox.password) == []
    assert https_sandbox.password not in err


def test_cli_login_works_with_the_ca_from_the_policys_extra_ca_setting(
    https_sandbox: SandboxServer,
    tls: TlsFiles,
    profile: Path,
    tmp_path: Path,
    memory_keyring: Any,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    policy = _write_policy(tmp_path / "policy.toml", extra_ca_file=tls.ca_file.as_posix())
    monkeypatch.setenv("WO_DESKTOP_POLICY", str(policy))
    assert config.load_settings(profile).sources["extra_ca_file"] == "policy"
    code = _login(https_sandbox, monkeypatch)
    out = capsys.readouterr()
    assert code == 0, out.err
    assert list(memory_keyring.items.values()) == [https_sandbox.password]
    assert _files_holding(profile, https_sandbox.password) == []


# --- Proxies ---------------------------------------------------------------------------------
def test_https_proxy_from_the_environment_carries_an_encrypted_tunnel(
    https_sandbox: SandboxServer,
    tls: TlsFiles,
    https_client: Make,
    recording_proxy: RecordingProxy,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", recording_proxy.url)
    client = https_client(extra_ca_file=str(tls.ca_file))
    client.check_login()
    rows = [row for page in client.iter_pages("JobType") for row in page]
    assert rows
    (record,) = recording_proxy.records  # one tunnel, kept alive for both requests
    assert (record.method, record.target) == ("CONNECT", f"127.0.0.1:{https_sandbox.port}")
    assert "authorization" not in record.headers
    carried = recording_proxy.tunnelled
    assert len(carried) > 1000
    assert https_sandbox.password.encode() not in carried
    assert b"JobType" not in carried  # not even the path is in clear


def test_no_proxy_naming_the_server_bypasses_the_proxy(
    tls: TlsFiles,
    https_client: Make,
    recording_proxy: RecordingProxy,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", recording_proxy.url)
    monkeypatch.setenv("NO_PROXY", "intranet.example,127.0.0.1")
    https_client(extra_ca_file=str(tls.ca_file)).check_login()
    assert recording_proxy.records == []
    assert recording_proxy.connections == 0


def test_no_proxy_naming_other_hosts_leaves_the_proxy_in_use(
    https_sandbox: SandboxServer,
    tls: TlsFiles,
    https_client: Make,
    recording_proxy: RecordingProxy,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Keeps the previous test honest: loopback is not bypassed on its own, NO_PROXY does it.
    # NO_PROXY matches the host as written in the URL: "127.0.0.1" does not cover "localhost".
    monkeypatch.setenv("HTTPS_PROXY", recording_proxy.url)
    monkeypatch.setenv("NO_PROXY", "intranet.example,127.0.0.1")
    url = f"https://localhost:{https_sandbox.port}/api"
    https_client(url, extra_ca_file=str(tls.ca_file)).check_login()
    assert [(r.method, r.target) for r in recording_proxy.records] == [
        ("CONNECT", f"localhost:{https_sandbox.port}")
    ]


def test_http_proxy_forwards_plain_requests_by_absolute_uri(
    tmp_path: Path, recording_proxy: RecordingProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", recording_proxy.url)
    with (
        SandboxServer(tmp_path / "plain", projects=5, seed=5) as plain,
        ApiClient(plain.base_url, plain.user, plain.domain, plain.password) as client,
    ):
        client.check_login()
        port = plain.port
    (record,) = recording_proxy.records
    assert record.method == "GET"
    assert record.target == f"http://127.0.0.1:{port}/api/JobStatus?$top=1"


def test_the_policys_proxy_setting_carries_login(
    https_sandbox: SandboxServer,
    tls: TlsFiles,
    profile: Path,
    tmp_path: Path,
    memory_keyring: Any,
    recording_proxy: RecordingProxy,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    policy = _write_policy(
        tmp_path / "policy.toml", extra_ca_file=tls.ca_file.as_posix(), proxy=recording_proxy.url
    )
    monkeypatch.setenv("WO_DESKTOP_POLICY", str(policy))
    code = _login(https_sandbox, monkeypatch)
    assert code == 0, capsys.readouterr().err
    assert [(r.method, r.target) for r in recording_proxy.records] == [
        ("CONNECT", f"127.0.0.1:{https_sandbox.port}")
    ]

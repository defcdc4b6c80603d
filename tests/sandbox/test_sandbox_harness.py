"""SandboxServer itself: HTTPS when given a certificate, restarts on the same data, cleanup."""

from __future__ import annotations

import ssl
from pathlib import Path

import httpx
import trustme
from sandboxkit import minimal_job

from wo_desktop.sandbox.harness import SandboxServer


def test_https_with_a_certificate_the_client_trusts(tmp_path: Path) -> None:
    authority = trustme.CA()
    certificate = authority.issue_cert("127.0.0.1")
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    certificate.private_key_and_cert_chain_pem.write_to_path(str(cert_file))
    certificate.private_key_pem.write_to_path(str(key_file))
    context = ssl.create_default_context()
    authority.configure_trust(context)
    with SandboxServer(
        tmp_path / "data", projects=30, ssl_certfile=str(cert_file), ssl_keyfile=str(key_file)
    ) as server:
        assert server.base_url.startswith("https://127.0.0.1:")
        response = httpx.get(f"{server.base_url}/JobType", auth=server.auth, verify=context)
        assert response.status_code == 200


def test_a_restart_on_the_same_folder_keeps_the_jobs(tmp_path: Path) -> None:
    with SandboxServer(tmp_path, projects=40, seed=3) as server:
        job = minimal_job(server)
        created = httpx.post(f"{server.base_url}/Jobs", json=job, auth=server.auth).json()
    with SandboxServer(tmp_path, projects=40, seed=3) as again:
        assert again.get_job(created["id"]) is not None
        assert again.job_count() == 1


def test_a_server_without_a_folder_removes_its_temporary_one() -> None:
    server = SandboxServer(projects=20).start()
    folder = server.data_dir
    assert (folder / "sandbox.sqlite3").exists()
    server.stop()
    assert not folder.exists()

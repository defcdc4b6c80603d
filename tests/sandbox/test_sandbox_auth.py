"""Basic authentication on every request: base64("user:password@domain"), else 401."""

from __future__ import annotations

import base64

import httpx

from wo_desktop.sandbox.harness import SandboxServer


def _basic(text: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(text.encode()).decode()}


def test_right_credentials_are_accepted(server: SandboxServer) -> None:
    header = _basic(f"{server.user}:{server.password}@{server.domain}")
    response = httpx.get(f"{server.base_url}/JobStatus", headers=header)
    assert response.status_code == 200
    assert len(response.json()["value"]) == 7


def test_no_credentials_is_401_with_a_challenge(server: SandboxServer) -> None:
    response = httpx.get(f"{server.base_url}/Project")
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"].startswith("Basic ")
    assert response.json()["error"]["code"] == "Unauthorized"


def test_wrong_password_domain_or_user_is_401(server: SandboxServer) -> None:
    wrong = [
        f"{server.user}:not-it@{server.domain}",
        f"{server.user}:{server.password}@other-tenant",
        f"someone:{server.password}@{server.domain}",
        f"{server.user}:{server.password}",  # the domain is part of the password
    ]
    for text in wrong:
        response = httpx.get(f"{server.base_url}/Project", headers=_basic(text))
        assert response.status_code == 401, text


def test_a_malformed_header_is_401(server: SandboxServer) -> None:
    for value in ("Basic !!!", "Bearer abc", "Basic " + base64.b64encode(b"nocolon").decode()):
        response = httpx.get(f"{server.base_url}/Project", headers={"Authorization": value})
        assert response.status_code == 401


def test_an_unauthorized_user_fault_revokes_the_account(
    server: SandboxServer, http: httpx.Client
) -> None:
    assert http.get("JobType").status_code == 200
    server.set_faults(unauthorized_user=server.user)
    assert http.get("JobType").status_code == 401
    assert http.post("Jobs", json={"name": "x"}).status_code == 401
    server.set_faults()
    assert http.get("JobType").status_code == 200


def test_the_password_is_not_in_the_harness_repr(server: SandboxServer) -> None:
    assert server.password not in repr(server)

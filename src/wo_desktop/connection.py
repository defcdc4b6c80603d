"""Building the API client from settings and the keyring, for the window and the CLI alike."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wo_desktop.credentials import Credentials, CredentialsUnavailable

if TYPE_CHECKING:
    from wo_desktop.api.client import ApiClient
    from wo_desktop.config import Settings


class NotConfigured(Exception):
    """No server, user or password yet: the person has to log in first."""


def account_of(settings: Settings) -> tuple[str, str, str]:
    server, user, domain = settings.server_url, settings.user, settings.domain
    if not server or not user or not domain:
        raise NotConfigured(
            "No server account is set up yet. Log in first (wo-desktop login, or File > Log in)."
        )
    return str(server), str(user), str(domain)


def client_options(settings: Settings) -> dict[str, Any]:
    return {"extra_ca_file": settings.extra_ca_file, "proxy": settings.proxy}


def make_client(settings: Settings, credentials: Credentials, **overrides: Any) -> ApiClient:
    from wo_desktop.api.client import ApiClient
    from wo_desktop.logging_setup import register_secret

    server, user, domain = account_of(settings)
    try:
        password = credentials.get(server, user, domain)
    except CredentialsUnavailable as exc:
        raise NotConfigured(str(exc)) from None
    if password is None:
        raise NotConfigured(f"No password is stored for {user}@{domain}. Log in again to sync.")
    register_secret(password)
    return ApiClient(server, user, domain, password, **{**client_options(settings), **overrides})

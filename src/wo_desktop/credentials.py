"""The password lives in the OS keyring, and nowhere else.

The server has no tokens: Basic auth needs the password for as long as the user syncs, so it
is kept by the keyring under the service ``wo-desktop``, one entry per server and user@domain.
With no usable keyring the program still works offline and says why it cannot sync; it
never writes a plaintext file of its own. keyring's own configuration
(PYTHON_KEYRING_BACKEND, keyringrc.cfg) is honoured because we only ever ask keyring.
"""

from __future__ import annotations

import threading
from typing import Protocol

SERVICE = "wo-desktop"


class CredentialsUnavailable(Exception):
    """No keyring backend can store secrets on this machine."""


def entry_name(server_url: str, user: str, domain: str) -> str:
    return f"{user}@{domain} on {server_url.rstrip('/')}"


class Credentials(Protocol):
    def get(self, server_url: str, user: str, domain: str) -> str | None: ...
    def set(self, server_url: str, user: str, domain: str, password: str) -> None: ...
    def delete(self, server_url: str, user: str, domain: str) -> bool: ...
    def backend_name(self) -> str: ...


def _is_usable(backend: object) -> bool:
    from keyring.backends import fail

    if isinstance(backend, fail.Keyring):
        return False
    try:
        from keyring.backends import chainer

        if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
            return False
    except ImportError:  # pragma: no cover - older keyring
        pass
    return getattr(backend, "priority", 1) > 0


class KeyringCredentials:
    """The OS keyring (Secret Service, macOS Keychain, Windows Credential Manager)."""

    def _backend(self) -> object:
        import keyring

        backend = keyring.get_keyring()
        if not _is_usable(backend):
            raise CredentialsUnavailable(
                "No system keyring is available, so the password cannot be kept safely. "
                "Jobs can still be entered and saved; sync needs a keyring "
                "(for example GNOME Keyring or KWallet)."
            )
        return backend

    def backend_name(self) -> str:
        import keyring

        backend = keyring.get_keyring()
        name = f"{type(backend).__module__}.{type(backend).__name__}"
        return name if _is_usable(backend) else f"{name} (not usable)"

    def get(self, server_url: str, user: str, domain: str) -> str | None:
        import keyring.errors

        backend = self._backend()
        try:
            return backend.get_password(SERVICE, entry_name(server_url, user, domain))  # type: ignore[attr-defined,no-any-return]
        except keyring.errors.KeyringError as exc:
            raise CredentialsUnavailable(f"The keyring could not be read: {exc}") from None

    def set(self, server_url: str, user: str, domain: str, password: str) -> None:
        import keyring.errors

        backend = self._backend()
        try:
            backend.set_password(SERVICE, entry_name(server_url, user, domain), password)  # type: ignore[attr-defined]
        except keyring.errors.KeyringError as exc:
            raise CredentialsUnavailable(f"The keyring refused the password: {exc}") from None

    def delete(self, server_url: str, user: str, domain: str) -> bool:
        import keyring.errors

        backend = self._backend()
        try:
            backend.delete_password(SERVICE, entry_name(server_url, user, domain))  # type: ignore[attr-defined]
        except keyring.errors.PasswordDeleteError:
            return False
        return True


class MemoryCredentials:
    """Held in this process only: the demo's credentials, and the unit tests'."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: dict[str, str] = {}

    def backend_name(self) -> str:
        return "memory (this session only)"

    def get(self, server_url: str, user: str, domain: str) -> str | None:
        with self._lock:
            return self._items.get(entry_name(server_url, user, domain))

    def set(self, server_url: str, user: str, domain: str, password: str) -> None:
        with self._lock:
            self._items[entry_name(server_url, user, domain)] = password

    def delete(self, server_url: str, user: str, domain: str) -> bool:
        with self._lock:
            return self._items.pop(entry_name(server_url, user, domain), None) is not None

    def __repr__(self) -> str:
        return f"MemoryCredentials({len(self._items)} entries)"

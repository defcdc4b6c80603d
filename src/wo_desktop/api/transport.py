"""The pieces under the HTTP client: the server URL check, TLS, the per-request deadline.

httpx's timeouts bound each socket operation, so a server that drips one byte a second never
trips them. `DeadlineBackend` sits between httpcore and the sockets and caps every connect, read
and write at what is left of the calling thread's deadline, headers included.
"""

from __future__ import annotations

import ipaddress
import logging
import ssl
import threading
import time
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx
import truststore

from wo_desktop.api.errors import ConfigurationError

log = logging.getLogger(__name__)

_LOOPBACK_NAMES = frozenset({"localhost", "localhost."})


def is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str | httpx.URL) -> httpx.URL:
    """The URL if the client may send credentials to it, else ConfigurationError.

    TLS always (CONTRACT.md "Transport"); plain http:// only to this machine, for the sandbox.
    """
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        raise ConfigurationError("The server address is not a valid URL.") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(
            "The server address must start with https:// and name a server, "
            "for example https://tenant.example.com/api."
        )
    if parsed.userinfo:
        raise ConfigurationError(
            "The server address must not contain a user name or password; "
            "enter them in the login fields instead."
        )
    if parsed.scheme == "http" and not is_loopback(parsed.host):
        raise ConfigurationError(
            f"The server address for {parsed.host} uses http://, which would send the password "
            "unencrypted. Use https:// instead."
        )
    return parsed


def make_ssl_context(extra_ca_file: str | None) -> ssl.SSLContext:
    """The operating system's trust store, plus an extra CA file when IT gives one.

    Verification is always on: there is deliberately no way to turn it off.
    """
    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if extra_ca_file:
        try:
            context.load_verify_locations(cafile=extra_ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise ConfigurationError(
                "The extra certificate authority file could not be read: "
                f"{exc.strerror or exc.__class__.__name__}."
            ) from None
    return context


def cert_verification_failed(exc: BaseException) -> bool:
    return _find_cause(exc, ssl.SSLCertVerificationError) is not None


def ssl_failure(exc: BaseException) -> ssl.SSLError | None:
    found = _find_cause(exc, ssl.SSLError)
    return found if isinstance(found, ssl.SSLError) else None


def _find_cause(exc: BaseException, kind: type[BaseException]) -> BaseException | None:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, kind):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


class DeadlineBackend(httpcore.NetworkBackend):
    """Wraps httpcore's socket backend so no I/O outlives the calling thread's deadline."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner
        self._local = threading.local()

    # The deadline belongs to the thread: httpcore does a request's I/O on the caller's thread.
    def set_deadline(self, at: float | None) -> None:
        self._local.at = at
        self._local.hit = False

    @property
    def deadline_hit(self) -> bool:
        return bool(getattr(self._local, "hit", False))

    def bound(self, timeout: float | None, error: type[Exception]) -> float | None:
        at: float | None = getattr(self._local, "at", None)
        if at is None:
            return timeout
        left = at - time.monotonic()
        if left <= 0:
            self._local.hit = True
            raise error("the request's deadline has passed")
        return left if timeout is None else min(timeout, left)

    def note_timeout(self) -> None:
        at: float | None = getattr(self._local, "at", None)
        if at is not None and time.monotonic() >= at - 0.01:
            self._local.hit = True

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = self.bound(timeout, httpcore.ConnectTimeout)
        try:
            stream = self._inner.connect_tcp(host, port, bounded, local_address, socket_options)
        except httpcore.ConnectTimeout:
            self.note_timeout()
            raise
        return _DeadlineStream(stream, self)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = self.bound(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.connect_unix_socket(path, bounded, socket_options), self)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, backend: DeadlineBackend) -> None:
        self._inner = inner
        self._backend = backend

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        bounded = self._backend.bound(timeout, httpcore.ReadTimeout)
        try:
            return self._inner.read(max_bytes, bounded)
        except httpcore.ReadTimeout:
            self._backend.note_timeout()
            raise

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        bounded = self._backend.bound(timeout, httpcore.WriteTimeout)
        try:
            self._inner.write(buffer, bounded)
        except httpcore.WriteTimeout:
            self._backend.note_timeout()
            raise

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        bounded = self._backend.bound(timeout, httpcore.ConnectTimeout)
        try:
            stream = self._inner.start_tls(ssl_context, server_hostname, bounded)
        except httpcore.ConnectTimeout:
            self._backend.note_timeout()
            raise
        return _DeadlineStream(stream, self._backend)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


def install_deadline(client: httpx.Client) -> DeadlineBackend | None:
    """Put a DeadlineBackend under every connection pool of `client`, proxies included.

    httpx has no public hook for a network backend, so this reaches one level into its
    transports. If their shape ever changes it returns None and the client falls back to
    checking the deadline between body chunks (tests/api catch that).
    """
    transports: list[Any] = [getattr(client, "_transport", None)]
    transports += list(getattr(client, "_mounts", {}).values())
    pools = []
    for transport in transports:
        if transport is None:
            continue
        pool = getattr(transport, "_pool", None)
        if not isinstance(pool, httpcore.ConnectionPool) or not hasattr(pool, "_network_backend"):
            log.debug("cannot bound request time for transport %s", type(transport).__name__)
            return None
        pools.append(pool)
    if not pools:
        return None
    backend = DeadlineBackend(pools[0]._network_backend)
    for pool in pools:
        pool._network_backend = backend
    return backend

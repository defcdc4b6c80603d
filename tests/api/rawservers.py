"""Tiny HTTP servers on 127.0.0.1 that misbehave in ways a real server framework will not.

Each runs its accept loop in a thread and hands every connection to `behaviour(conn, request)`,
called once per request read from the connection. That is still real HTTP over loopback.
"""

from __future__ import annotations

import contextlib
import json
import socket
import ssl
import struct
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field


@dataclass
class Request:
    method: str
    target: str
    headers: dict[str, str]  # lower-case names
    body: bytes

    def json(self) -> object:
        return json.loads(self.body)


Behaviour = Callable[[socket.socket, Request], bool]
"""Answer one request on `conn`; return True to keep the connection for another request."""


@dataclass
class RawServer:
    behaviour: Behaviour
    ssl_context: ssl.SSLContext | None = None
    requests: list[Request] = field(default_factory=list)
    connections: int = 0

    def __post_init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self.port: int = self._listener.getsockname()[1]
        self._stop = threading.Event()
        self._open: list[socket.socket] = []
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def base_url(self) -> str:
        scheme = "https" if self.ssl_context else "http"
        return f"{scheme}://127.0.0.1:{self.port}/api"

    def __enter__(self) -> RawServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(5)
        with self._lock:
            for conn in self._open:
                with contextlib.suppress(OSError):
                    conn.close()
        self._listener.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                self.connections += 1
                self._open.append(conn)
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        try:
            if self.ssl_context is not None:
                conn.settimeout(5)
                conn = self.ssl_context.wrap_socket(conn, server_side=True)
                with self._lock:
                    self._open.append(conn)
            conn.settimeout(None)
            # The socket is only really closed (and a reset only sent) once the reader is too.
            with conn.makefile("rb") as reader:
                while not self._stop.is_set():
                    request = _read_request(reader)
                    if request is None:
                        return
                    with self._lock:
                        self.requests.append(request)
                    if not self.behaviour(conn, request):
                        return
        except (OSError, ValueError):
            return
        finally:
            with contextlib.suppress(OSError):
                conn.close()


def _read_request(reader: object) -> Request | None:
    line = reader.readline()  # type: ignore[attr-defined]
    if not line:
        return None
    method, target, _ = line.decode("latin-1").split(" ", 2)
    headers: dict[str, str] = {}
    while True:
        raw = reader.readline()  # type: ignore[attr-defined]
        if raw in (b"\r\n", b"\n", b""):
            break
        name, _, value = raw.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    body = reader.read(length) if length else b""  # type: ignore[attr-defined]
    return Request(method, target, headers, body)


def response_bytes(
    status: int,
    body: bytes | str | object = b"",
    headers: dict[str, str] | None = None,
    *,
    keep_alive: bool = True,
) -> bytes:
    if isinstance(body, str):
        payload = body.encode()
        content_type = "text/plain; charset=utf-8"
    elif isinstance(body, bytes):
        payload = body
        content_type = "application/octet-stream"
    else:
        payload = json.dumps(body).encode()
        content_type = "application/json; charset=utf-8"
    all_headers = {"Content-Type": content_type, "Content-Length": str(len(payload))}
    if not keep_alive:
        all_headers["Connection"] = "close"
    all_headers.update(headers or {})
    head = f"HTTP/1.1 {status} Whatever\r\n" + "".join(
        f"{name}: {value}\r\n" for name, value in all_headers.items()
    )
    return head.encode("latin-1") + b"\r\n" + payload


def canned(
    status: int, body: bytes | str | object = b"", headers: dict[str, str] | None = None
) -> Behaviour:
    """Always the same answer."""

    def behave(conn: socket.socket, request: Request) -> bool:
        conn.sendall(response_bytes(status, body, headers))
        return True

    return behave


def routed(handler: Callable[[Request], bytes]) -> Behaviour:
    """The answer `handler` builds for each request."""

    def behave(conn: socket.socket, request: Request) -> bool:
        conn.sendall(handler(request))
        return True

    return behave


def silent(conn: socket.socket, request: Request) -> bool:
    """Reads the request and never answers (until the server stops)."""
    with contextlib.suppress(OSError):
        conn.recv(1)  # blocks until the client gives up and closes
    return False


def reset(conn: socket.socket, request: Request) -> bool:
    """Reads the whole request, then resets the connection (RST, not FIN)."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    return False


def garbage(conn: socket.socket, request: Request) -> bool:
    """Answers with bytes that are not HTTP."""
    conn.sendall(b"\x00\x01\x02 this is not HTTP at all \xff\xfe\r\n\r\n")
    return False


def drip(data: bytes, interval: float) -> Behaviour:
    """Sends `data` one byte every `interval` seconds: no single read ever times out."""

    def behave(conn: socket.socket, request: Request) -> bool:
        for byte in data:
            conn.sendall(bytes([byte]))
            time.sleep(interval)
        return False

    return behave


def refused_port() -> int:
    """A loopback port with nothing listening on it."""
    probe = socket.create_server(("127.0.0.1", 0))
    port: int = probe.getsockname()[1]
    probe.close()
    return port


@contextlib.contextmanager
def serving(behaviour: Behaviour, ssl_context: ssl.SSLContext | None = None) -> Iterator[RawServer]:
    with RawServer(behaviour, ssl_context) as server:
        yield server

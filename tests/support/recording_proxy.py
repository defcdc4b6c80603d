"""A small HTTP proxy on loopback that records what went through it.

It understands the two things a client asks of a proxy: `CONNECT host:port` (a tunnel, used
for https://) and a request with an absolute URI (`GET http://host:port/path`, used for
http://). Each is recorded, then served honestly. What passes through a tunnel is kept too
(up to a limit), so a test can check that it was encrypted.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

_TUNNEL_KEEP = 1024 * 1024
_HOP_BY_HOP = frozenset(
    {"connection", "proxy-connection", "proxy-authorization", "keep-alive", "te", "upgrade"}
)


@dataclass(frozen=True)
class Record:
    method: str
    target: str  # "host:port" for CONNECT, the absolute URI otherwise
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names


class RecordingProxy:
    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self.port = 0
        self._lock = threading.Lock()
        self._records: list[Record] = []
        self._tunnelled = bytearray()
        self.connections = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[Any]] = set()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def records(self) -> list[Record]:
        with self._lock:
            return list(self._records)

    @property
    def tunnelled(self) -> bytes:
        """The first megabyte that went through CONNECT tunnels, both directions."""
        with self._lock:
            return bytes(self._tunnelled)

    def __enter__(self) -> RecordingProxy:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._listen(), self._loop).result(10)
        return self

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()

    async def _listen(self) -> None:
        self._server = await asyncio.start_server(self._accepted, self.host, 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    def _accepted(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.ensure_future(self._serve(reader, writer))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with self._lock:
            self.connections += 1
        upstream: asyncio.StreamWriter | None = None
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            method, target, headers = _parse_head(head)
            with self._lock:
                self._records.append(Record(method, target, headers))
            if method == "CONNECT":
                host, _, port = target.rpartition(":")
                up_reader, upstream = await asyncio.open_connection(host.strip("[]"), int(port))
                writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
                await writer.drain()
                await asyncio.gather(
                    self._pipe(reader, upstream, keep=True),
                    self._pipe(up_reader, writer, keep=True),
                )
                return
            parts = urlsplit(target)
            if parts.scheme != "http" or not parts.hostname:
                writer.write(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
                return
            up_reader, upstream = await asyncio.open_connection(parts.hostname, parts.port or 80)
            path = parts.path or "/"
            if parts.query:
                path += "?" + parts.query
            kept = {k: v for k, v in headers.items() if k not in _HOP_BY_HOP}
            kept["connection"] = "close"  # one request per connection keeps this proxy small
            lines = [f"{method} {path} HTTP/1.1", *(f"{k}: {v}" for k, v in kept.items())]
            upstream.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
            length = int(headers.get("content-length", "0") or 0)
            if length:
                upstream.write(await reader.readexactly(length))
            await upstream.drain()
            await self._pipe(up_reader, writer, keep=False)
        except (OSError, ValueError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            return
        finally:
            for each in (writer, upstream):
                if each is not None:
                    with contextlib.suppress(OSError):
                        each.close()

    async def _pipe(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, *, keep: bool
    ) -> None:
        try:
            while chunk := await reader.read(65536):
                if keep:
                    with self._lock:
                        room = _TUNNEL_KEEP - len(self._tunnelled)
                        self._tunnelled += chunk[: max(0, room)]
                writer.write(chunk)
                await writer.drain()
            if writer.can_write_eof():
                writer.write_eof()
        except OSError:
            writer.close()


def _parse_head(head: bytes) -> tuple[str, str, dict[str, str]]:
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if ":" in line:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
    return method.upper(), target, headers

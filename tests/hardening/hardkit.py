"""Small helpers shared by the hardening tests."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


def eventually(check: Callable[[], bool], *, within: float = 5.0) -> bool:
    """Whether `check()` becomes true within `within` seconds (state that another thread makes).

    For waiting on a server that finishes its work after the client has given up; it never
    asserts how long anything took.
    """
    end = time.monotonic() + within
    while True:
        if check():
            return True
        if time.monotonic() > end:
            return False
        time.sleep(0.01)


# --- A server whose next answers the test writes byte for byte ----------------------------------
@dataclass(frozen=True)
class RawAnswer:
    """One HTTP answer, free to lie: `length` is how its Content-Length relates to the body.

    "exact", "shorter" and "longer" (by `skew` bytes) send that Content-Length; "absent" sends
    none and ends the body by closing; "chunked" uses chunked transfer coding; "invalid" sends
    a Content-Length that is not a number.
    """

    status: int
    body: bytes = b""
    content_type: str | None = "application/json; charset=utf-8"
    length: str = "exact"
    skew: int = 1
    headers: tuple[tuple[str, str], ...] = ()

    def to_bytes(self) -> bytes:
        lines = [f"HTTP/1.1 {self.status} Whatever", "Connection: close"]
        if self.content_type is not None:
            lines.append(f"Content-Type: {self.content_type}")
        body = self.body
        if self.length == "exact":
            lines.append(f"Content-Length: {len(body)}")
        elif self.length == "shorter":
            lines.append(f"Content-Length: {max(0, len(body) - self.skew)}")
        elif self.length == "longer":
            lines.append(f"Content-Length: {len(body) + self.skew}")
        elif self.length == "invalid":
            lines.append("Content-Length: twelve")
        elif self.length == "chunked":
            lines.append("Transfer-Encoding: chunked")
            body = b"".join(
                b"%x\r\n%s\r\n" % (len(body[i : i + 4096]), body[i : i + 4096])
                for i in range(0, len(body), 4096)
            )
            body += b"0\r\n\r\n"
        elif self.length != "absent":
            raise ValueError(self.length)
        lines += [f"{name}: {value}" for name, value in self.headers]
        head = "\r\n".join(lines).encode("latin-1", "replace") + b"\r\n\r\n"
        return head + body


EMPTY_PAGE = RawAnswer(200, b'{"value": []}')


class ScriptedServer:
    """A raw HTTP server on 127.0.0.1 that answers each request with the next scripted answer
    (then `fallback` once the script runs out), and closes the connection after each."""

    def __init__(self, fallback: RawAnswer = EMPTY_PAGE) -> None:
        self.fallback = fallback
        self._lock = threading.Lock()
        self._script: list[RawAnswer] = []
        self.requests: list[tuple[str, str]] = []
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def script(self, answers: list[RawAnswer]) -> None:
        with self._lock:
            self._script = list(answers)
            self.requests = []

    def __enter__(self) -> ScriptedServer:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._listen(), self._loop).result(10)
        return self

    def __exit__(self, *exc: object) -> None:
        async def close() -> None:
            if self._server is not None:
                self._server.close()

        asyncio.run_coroutine_threadsafe(close(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()

    async def _listen(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0, limit=1 << 20)
        self.port = self._server.sockets[0].getsockname()[1]

    def _next(self, method: str, target: str) -> RawAnswer:
        with self._lock:
            self.requests.append((method, target))
            return self._script.pop(0) if self._script else self.fallback

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            request_line, *header_lines = head.decode("latin-1").split("\r\n")
            method, target, _ = request_line.split(" ", 2)
            length = 0
            for line in header_lines:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value.strip())
            if length:
                await reader.readexactly(length)
            writer.write(self._next(method, target).to_bytes())
            await writer.drain()
        except (OSError, ValueError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.close()

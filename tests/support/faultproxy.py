"""A TCP proxy on loopback that breaks the network on purpose, for the hardening tests.

It sits between the client and a real server and knows nothing of HTTP: the faults are what
a network does (delay, cut, reset, swallow, dribble), so what is tested is the client's own
handling, not a server's flags. The proxy runs an asyncio loop in a background thread; the
setters may be called from any thread at any time and take effect on the next chunk of every
open connection as well as on new ones. Byte thresholds count from the moment the fault is set.

    with FaultProxy("127.0.0.1", upstream_port) as proxy:
        proxy.cut_after(100, DOWN)        # the answer stops after 100 bytes
        ...
        proxy.heal()
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct
import threading
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

UP = "up"  # client -> upstream: the request
DOWN = "down"  # upstream -> client: the answer
_DIRECTIONS = (UP, DOWN)
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Faults:
    """One consistent set of faults; replaced whole, never changed in place."""

    generation: int = 0
    latency_ms: float = 0.0
    latency_per: str = "chunk"  # "chunk": before each chunk; "connection": once, at accept
    cut_after: int | None = None
    cut_direction: str = DOWN
    reset_after: int | None = None
    reset_direction: str = DOWN
    black_hole: bool = False
    slice_bytes: int | None = None
    slice_interval_ms: float = 0.0
    refuse: bool = False


class _Cut(Exception):
    """Ends a connection: gracefully (FIN) or with a reset (RST)."""

    def __init__(self, rst: bool) -> None:
        super().__init__("rst" if rst else "fin")
        self.rst = rst


class FaultProxy:
    def __init__(self, upstream_host: str, upstream_port: int, *, host: str = "127.0.0.1") -> None:
        self.upstream = (upstream_host, upstream_port)
        self.host = host
        self.port = 0
        self._lock = threading.Lock()
        self._faults = Faults()
        self._counts: Counter[str] = Counter()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._writers: set[asyncio.StreamWriter] = set()

    # --- Life ----------------------------------------------------------------------------------
    def start(self) -> FaultProxy:
        self._thread.start()
        self._call(self._listen())
        return self

    def stop(self) -> None:
        if not self._thread.is_alive():
            return
        self._call(self._shutdown())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def url(self, path: str = "/api", *, scheme: str = "http", host: str | None = None) -> str:
        return f"{scheme}://{host or self.host}:{self.port}{path}"

    # --- Faults (thread-safe) ------------------------------------------------------------------
    def latency(self, ms: float, *, per: str = "chunk") -> None:
        """Delay every chunk in both directions by `ms`, or (per="connection") each new
        connection once before it reaches the upstream."""
        if per not in ("chunk", "connection"):
            raise ValueError(per)
        self._set(latency_ms=float(ms), latency_per=per)

    def cut_after(self, n: int, direction: str = DOWN) -> None:
        """Pass `n` more bytes in `direction`, then close both sides (FIN) of the connection."""
        self._set(cut_after=_count(n), cut_direction=_direction(direction))

    def reset(self, after: int = 0, direction: str = DOWN) -> None:
        """Pass `after` more bytes in `direction`, then reset the client (RST, SO_LINGER 0).

        reset(0, UP): the request never reaches the upstream. reset(0, DOWN): the upstream gets
        the whole request and acts on it, and its answer is replaced by a reset.
        """
        self._set(reset_after=_count(after), reset_direction=_direction(direction))

    def black_hole(self) -> None:
        """Accept and read everything, forward nothing, answer nothing, close nothing."""
        self._set(black_hole=True)

    def slice_response(self, n: int, every_ms: float) -> None:
        """Hand the answer to the client `n` bytes at a time, one piece every `every_ms`."""
        if n < 1:
            raise ValueError("a slice holds at least one byte")
        self._set(slice_bytes=n, slice_interval_ms=float(every_ms))

    def refuse(self) -> None:
        """Stop listening: new connections are refused, as when the network is down.
        Connections already open are left alone."""
        self._set(refuse=True)
        self._call(self._close_listener())

    def heal(self) -> None:
        """Clear every fault. Connections already black-holed stay so until the client gives up
        (they were never connected upstream); every other connection carries on normally."""
        with self._lock:
            refusing = self._faults.refuse
            self._faults = Faults(generation=self._faults.generation + 1)
        if refusing:
            self._call(self._listen())

    @property
    def faults(self) -> Faults:
        with self._lock:
            return self._faults

    # --- Counters ------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        """connections, open, bytes_up, bytes_down, and per fault the number of connections it
        acted on: latency, cut, reset, black_hole, slice, refused (times the listener closed)."""
        with self._lock:
            return dict(self._counts)

    @property
    def connections(self) -> int:
        return self.counts().get("connections", 0)

    def faults_applied(self) -> int:
        names = ("latency", "cut", "reset", "black_hole", "slice", "refused")
        counts = self.counts()
        return sum(counts.get(name, 0) for name in names)

    # --- Inside the loop -----------------------------------------------------------------------
    def _set(self, **changes: Any) -> None:
        with self._lock:
            self._faults = replace(self._faults, generation=self._faults.generation + 1, **changes)

    def _count(self, name: str, n: int = 1) -> None:
        with self._lock:
            self._counts[name] += n

    def _call(self, coroutine: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(10)

    async def _listen(self) -> None:
        if self._server is not None:
            return
        self._server = await asyncio.start_server(
            self._accepted, self.host, self.port, reuse_address=True
        )
        self.port = self._server.sockets[0].getsockname()[1]

    async def _close_listener(self) -> None:
        if self._server is None:
            return
        self._server.close()
        await self._server.wait_closed()
        self._server = None
        self._count("refused")

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        for writer in list(self._writers):
            writer.transport.abort()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    def _accepted(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.ensure_future(self._connection(reader, writer))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _connection(
        self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter
    ) -> None:
        self._count("connections")
        self._count("open")
        self._writers.add(client_writer)
        link = _Link(self, client_writer)
        upstream_writer: asyncio.StreamWriter | None = None
        try:
            faults = self.faults
            if faults.black_hole:
                link.applied("black_hole")
                await _swallow(client_reader)
                return
            if faults.latency_ms and faults.latency_per == "connection":
                link.applied("latency")
                await asyncio.sleep(faults.latency_ms / 1000)
            try:
                upstream_reader, upstream_writer = await asyncio.open_connection(*self.upstream)
            except OSError:
                return  # the upstream is down: the client sees its connection closed
            self._writers.add(upstream_writer)
            pumps = [
                asyncio.ensure_future(link.pump(client_reader, upstream_writer, UP)),
                asyncio.ensure_future(link.pump(upstream_reader, client_writer, DOWN)),
            ]
            try:
                done, _ = await asyncio.wait(pumps, return_when=asyncio.FIRST_EXCEPTION)
                for task in done:
                    error = task.exception()
                    if error is not None:
                        raise error
                await asyncio.gather(*pumps)
            finally:
                for task in pumps:
                    task.cancel()
                await asyncio.gather(*pumps, return_exceptions=True)
        except _Cut as cut:
            if cut.rst:
                _linger_zero(client_writer)
                client_writer.transport.abort()
        except (OSError, asyncio.IncompleteReadError):
            pass
        finally:
            for writer in (client_writer, upstream_writer):
                if writer is not None:
                    self._writers.discard(writer)
                    writer.close()
            self._count("open", -1)


class _Link:
    """One client connection: what has passed since each fault generation, what acted on it."""

    def __init__(self, proxy: FaultProxy, client_writer: asyncio.StreamWriter) -> None:
        self.proxy = proxy
        self.client_writer = client_writer
        self.generation = -1
        self.passed = dict.fromkeys(_DIRECTIONS, 0)
        self.acted: set[str] = set()

    def applied(self, fault: str) -> None:
        if fault not in self.acted:
            self.acted.add(fault)
            self.proxy._count(fault)

    def current(self) -> Faults:
        faults = self.proxy.faults
        if faults.generation != self.generation:
            self.generation = faults.generation
            self.passed = dict.fromkeys(_DIRECTIONS, 0)
        return faults

    async def pump(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, direction: str
    ) -> None:
        while True:
            chunk = await reader.read(_CHUNK)
            if not chunk:
                with contextlib.suppress(OSError):
                    if writer.can_write_eof():
                        writer.write_eof()
                return
            faults = self.current()
            if faults.black_hole:
                self.applied("black_hole")
                continue  # swallowed: the network went dark on an open connection
            if faults.latency_ms and faults.latency_per == "chunk":
                self.applied("latency")
                await asyncio.sleep(faults.latency_ms / 1000)
            chunk, stop = self._limit(chunk, faults, direction)
            await self._write(writer, chunk, faults, direction)
            self.passed[direction] += len(chunk)
            self.proxy._count(f"bytes_{direction}", len(chunk))
            if stop is not None:
                raise stop

    def _limit(self, chunk: bytes, faults: Faults, direction: str) -> tuple[bytes, _Cut | None]:
        """The part of `chunk` that may pass, and how to end the connection after it."""
        passed = self.passed[direction]
        limits: list[tuple[int, bool, str]] = []
        if faults.cut_after is not None and faults.cut_direction == direction:
            limits.append((faults.cut_after, False, "cut"))
        if faults.reset_after is not None and faults.reset_direction == direction:
            limits.append((faults.reset_after, True, "reset"))
        for limit, rst, name in sorted(limits):
            if passed + len(chunk) >= limit:
                self.applied(name)
                return chunk[: max(0, limit - passed)], _Cut(rst)
        return chunk, None

    async def _write(
        self, writer: asyncio.StreamWriter, chunk: bytes, faults: Faults, direction: str
    ) -> None:
        if not chunk:
            return
        if faults.slice_bytes and direction == DOWN:
            self.applied("slice")
            for start in range(0, len(chunk), faults.slice_bytes):
                writer.write(chunk[start : start + faults.slice_bytes])
                await writer.drain()
                await asyncio.sleep(faults.slice_interval_ms / 1000)
            return
        writer.write(chunk)
        await writer.drain()


async def _swallow(reader: asyncio.StreamReader) -> None:
    while await reader.read(_CHUNK):
        pass


def _linger_zero(writer: asyncio.StreamWriter) -> None:
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def _count(n: int) -> int:
    if n < 0:
        raise ValueError("a byte count cannot be negative")
    return n


def _direction(direction: str) -> str:
    if direction not in _DIRECTIONS:
        raise ValueError(f"direction is {UP!r} or {DOWN!r}, not {direction!r}")
    return direction

"""Fault injection: the bad days of a real network and server, on demand.

An outer ASGI middleware, so it sees every request before authentication and routing, the way
a load balancer would. Faults apply to the job writes (``POST``/``PUT`` on ``Jobs``) or, with
``scope="all"``, to every request. With ``seed`` set, the sequence of decisions is repeatable.
"""

from __future__ import annotations

import asyncio
import json
import random
import threading
from collections import Counter
from dataclasses import dataclass
from typing import Any

Scope = dict[str, Any]
Message = dict[str, Any]


@dataclass(frozen=True)
class Faults:
    latency_ms: int = 0
    error_rate: float = 0.0  # share of requests answered 500, 502 or 503
    rate_limit_rate: float = 0.0  # share answered 429 with Retry-After
    retry_after: int = 1  # seconds, in the Retry-After header
    drop_after_commit_rate: float = 0.0  # share committed, then the connection is dropped
    drip_bytes_per_second: int = 0  # 0: answer at full speed
    unauthorized_user: str | None = None  # this user's requests are 401 (a revoked account)
    scope: str = "jobs"  # "jobs": POST/PUT on Jobs only; "all": every request
    seed: int | None = None

    def __post_init__(self) -> None:
        if self.scope not in ("jobs", "all"):
            raise ValueError(f"fault scope must be 'jobs' or 'all', not {self.scope!r}")
        for name in ("error_rate", "rate_limit_rate", "drop_after_commit_rate"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1")

    @property
    def idle(self) -> bool:
        """Nothing for the middleware to do. (A revoked user is the app's business.)"""
        return not (
            self.latency_ms
            or self.error_rate
            or self.rate_limit_rate
            or self.drop_after_commit_rate
            or self.drip_bytes_per_second
        )


class FaultState:
    """The faults in force, changeable from another thread while the server runs."""

    def __init__(self, faults: Faults | None = None) -> None:
        self._lock = threading.Lock()
        self.faults = faults or Faults()
        self.rng = random.Random(self.faults.seed)
        self.counts: Counter[str] = Counter()

    def set(self, **faults: Any) -> Faults:
        """Put exactly these faults in force: anything not named is off again."""
        new = Faults(**faults)
        with self._lock:
            self.faults = new
            self.rng = random.Random(new.seed)
            return new

    def roll(self, rate: float) -> bool:
        # Always draw, so one fault's rate does not shift the others' sequence.
        with self._lock:
            return self.rng.random() < rate

    def pick(self, options: tuple[int, ...]) -> int:
        with self._lock:
            return self.rng.choice(options)

    def count(self, name: str) -> None:
        with self._lock:
            self.counts[name] += 1


def _in_scope(faults: Faults, scope: Scope) -> bool:
    if faults.scope == "all":
        return True
    path = str(scope.get("path", "")).lower()
    is_jobs = path == "/api/jobs" or path.startswith("/api/jobs(")
    return is_jobs and scope.get("method") in ("POST", "PUT")


async def _send_error(send: Any, status: int, code: str, headers: list[tuple[bytes, bytes]]):
    body = json.dumps({"error": {"code": code, "message": f"Injected fault: {status}"}}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class FaultMiddleware:
    def __init__(self, app: Any, state: FaultState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        faults = self.state.faults
        # When idle the draws can be skipped: ``FaultState.set`` reseeds the generator, so no
        # later sequence depends on them.
        if faults.idle or scope["type"] != "http" or not _in_scope(faults, scope):
            await self.app(scope, receive, send)
            return
        state = self.state
        if faults.latency_ms:
            await asyncio.sleep(faults.latency_ms / 1000)
        error, limited, drop = (
            state.roll(faults.error_rate),
            state.roll(faults.rate_limit_rate),
            state.roll(faults.drop_after_commit_rate),
        )
        if error:
            status = state.pick((500, 502, 503))
            state.count(f"error_{status}")
            await _send_error(send, status, "ServerError", [])
            return
        if limited:
            state.count("rate_limited")
            retry = [(b"retry-after", str(faults.retry_after).encode())]
            await _send_error(send, 429, "TooManyRequests", retry)
            return
        if drop:
            await self._drop_after_commit(scope, receive, send)
            return
        if faults.drip_bytes_per_second > 0:
            send = _dripping(send, faults.drip_bytes_per_second, state)
        await self.app(scope, receive, send)

    async def _drop_after_commit(self, scope: Scope, receive: Any, send: Any) -> None:
        """Let the request complete (the job is committed), then close the connection without
        a word: the client never learns that its job arrived, a lost acknowledgement."""
        held: list[Message] = []

        async def hold(message: Message) -> None:
            held.append(message)

        await self.app(scope, receive, hold)
        status = held[0].get("status", 500) if held else 500
        if not 200 <= status < 300:
            for message in held:
                await send(message)
            return
        self.state.count("dropped")
        # uvicorn's receive is a bound method of the request cycle, which owns the transport.
        cycle = getattr(receive, "__self__", None)
        transport = getattr(cycle, "transport", None)
        if transport is not None:
            transport.close()
            for _ in range(100):
                if getattr(cycle, "disconnected", True):
                    break
                await asyncio.sleep(0.001)
            return
        # Another server: start the answer, then fail it, which makes the server hang up.
        await send(held[0])
        raise ConnectionAbortedError("sandbox: dropped after commit")


def _dripping(send: Any, bytes_per_second: int, state: FaultState) -> Any:
    chunk = max(1, bytes_per_second // 10)

    async def drip(message: Message) -> None:
        if message["type"] != "http.response.body":
            await send(message)
            return
        state.count("dripped")
        body: bytes = message.get("body", b"")
        more = message.get("more_body", False)
        for start in range(0, len(body), chunk):
            piece = body[start : start + chunk]
            await send({"type": "http.response.body", "body": piece, "more_body": True})
            await asyncio.sleep(len(piece) / bytes_per_second)
        await send({"type": "http.response.body", "body": b"", "more_body": more})

    return drip

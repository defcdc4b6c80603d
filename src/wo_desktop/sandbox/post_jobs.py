"""``POST /api/Jobs`` as a bare ASGI handler, in front of Starlette.

A sync pushes every outbox job through this one route, so it skips what costs most per request
and is of no use here: Starlette's middleware stack, router and ``Request``, and the hop to a
worker thread. The answers are exactly those of the generic route in ``app``: same
authentication, same bodies, same headers. Any other request goes to Starlette.

Jobs whose bodies arrive in the same turn of the event loop are stored in one transaction
(one savepoint each): a commit costs more than validating and inserting a job, and a client
pushing with several requests in flight sends them together. Each answer leaves only once
the commit is done, so a 201 still means the job is on disk.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import Callable
from contextlib import suppress
from typing import Any

from starlette.datastructures import URL

from wo_desktop.sandbox import jobs
from wo_desktop.sandbox.faults import FaultState
from wo_desktop.sandbox.jobs import ApiFailure

REALM = 'Basic realm="Odyssee sandbox", charset="UTF-8"'
UNAUTHORIZED = "The user name, password or domain is wrong, or the account is revoked."
_PATH = "/api/Jobs"


def render(content: Any) -> bytes:
    """JSON the way Starlette's ``JSONResponse`` writes it."""
    text = json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return text.encode("utf-8")


async def send_json(send: Any, status: int, content: Any, headers: dict[str, str]) -> None:
    body = render(content)
    raw = [
        (key.lower().encode("latin-1"), value.encode("latin-1")) for key, value in headers.items()
    ]
    raw.append((b"content-length", str(len(body)).encode()))
    raw.append((b"content-type", b"application/json"))
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


class GroupCommit:
    """``create``: ``jobs.create_job`` for a body, committed together with its neighbours."""

    def __init__(self, connection: Callable[[], sqlite3.Connection]) -> None:
        self.connection = connection
        self.pending: list[tuple[bytes, asyncio.Future[dict[str, Any]]]] = []

    def create(self, raw: bytes) -> asyncio.Future[dict[str, Any]]:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[dict[str, Any]] = loop.create_future()
        if not self.pending:
            loop.call_soon(self._flush)
        self.pending.append((raw, future))
        return future

    def _flush(self) -> None:
        batch, self.pending = self.pending, []
        outcomes = self._together([raw for raw, _ in batch]) if len(batch) > 1 else None
        if outcomes is None:
            outcomes = [self._alone(raw) for raw, _ in batch]
        for (_, future), outcome in zip(batch, outcomes, strict=True):
            _settle(future, outcome)

    def _together(self, bodies: list[bytes]) -> list[dict[str, Any] | Exception] | None:
        """One transaction for all, or ``None`` (nothing stored) if anything unexpected failed."""
        try:
            conn = self.connection()
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error:
            return None
        outcomes: list[dict[str, Any] | Exception] = []
        try:
            for raw in bodies:
                try:
                    outcomes.append(jobs.create_job(conn, raw))
                except ApiFailure as failure:
                    outcomes.append(failure)
            conn.execute("COMMIT")
        except Exception:
            # A server error: undo the batch and let each job meet it on its own, as it would
            # have without batching, so one job's fault never fails its neighbours.
            if conn.in_transaction:
                with suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            return None
        return outcomes

    def _alone(self, raw: bytes) -> dict[str, Any] | Exception:
        try:
            return jobs.create_job(self.connection(), raw)
        except Exception as exc:
            return exc


def _settle(future: asyncio.Future[Any], outcome: Any) -> None:
    if future.done():  # the request was cancelled (a server shutting down)
        return
    if isinstance(outcome, Exception):
        future.set_exception(outcome)
    else:
        future.set_result(outcome)


class JobPoster:
    """The ASGI app that answers ``POST /api/Jobs`` itself and hands the rest to ``app``."""

    def __init__(
        self,
        app: Any,
        user_of: Callable[[bytes | None], str | None],
        state: FaultState,
        connection: Callable[[], sqlite3.Connection],
    ) -> None:
        self.app = app
        self.user_of = user_of
        self.state = state
        self.writer = GroupCommit(connection)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] != "POST"
            or scope["path"] != _PATH
            or scope.get("root_path")
        ):
            await self.app(scope, receive, send)
            return
        authorization = prefer = host = None
        for key, value in scope["headers"]:
            # The first of a repeated header counts, as with Starlette's ``Headers.get``.
            if key == b"authorization" and authorization is None:
                authorization = value
            elif key == b"prefer" and prefer is None:
                prefer = value
            elif key == b"host" and host is None:
                host = value
        user = self.user_of(authorization)
        if user is None or user == self.state.faults.unauthorized_user:
            error = {"error": {"code": "Unauthorized", "message": UNAUTHORIZED}}
            await send_json(send, 401, error, {"WWW-Authenticate": REALM})
            return
        chunks: list[bytes] = []
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        try:
            entity = await self.writer.create(b"".join(chunks))
        except ApiFailure as failure:
            await send_json(send, failure.status, failure.body(), failure.headers)
            return
        if host is not None:
            root = f"{scope.get('scheme', 'http')}://{host.decode('latin-1')}"
        else:
            root = str(URL(scope=scope).replace(query="")).split("/api/")[0]
        headers = {"Location": f"{root}/api/Jobs({entity['id']})"}
        wanted = (prefer or b"").decode("latin-1").replace(" ", "").lower()
        if "return=minimal" in wanted:
            headers["Preference-Applied"] = "return=minimal"
            await send_json(send, 201, {"id": entity["id"]}, headers)
        else:
            await send_json(send, 201, entity, headers)

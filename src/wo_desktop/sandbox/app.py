"""The sandbox's ASGI application: Basic authentication, then the controllers under ``/api``.

Reads run in Starlette's thread pool with one connection per thread. Job writes run on the
event loop itself: SQLite serialises writers anyway, and a write costs less than the hop to a
worker thread and back. ``POST /api/Jobs``, the hot path of a sync, skips Starlette altogether
(see ``post_jobs``).
"""

from __future__ import annotations

import base64
import binascii
import hmac
import re
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from wo_desktop.sandbox import jobs, resources
from wo_desktop.sandbox.db import connect
from wo_desktop.sandbox.faults import FaultMiddleware, FaultState
from wo_desktop.sandbox.jobs import ApiFailure
from wo_desktop.sandbox.odata import BadQuery
from wo_desktop.sandbox.post_jobs import REALM, UNAUTHORIZED, JobPoster

_PATH_RE = re.compile(r"(?P<controller>\$?[A-Za-z]+)(?:\((?P<key>[^)]*)\))?/?")


def _error(status: int, code: str, message: str, headers: dict[str, str] | None = None):
    body = {"error": {"code": code, "message": message}}
    return JSONResponse(body, status_code=status, headers=headers)


class Connections:
    """One SQLite connection per worker thread, all closed together at shutdown."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.local = threading.local()
        self.all: list[sqlite3.Connection] = []
        self.lock = threading.Lock()

    def get(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self.local, "conn", None)
        if conn is None:
            conn = connect(self.path)
            self.local.conn = conn
            with self.lock:
                self.all.append(conn)
        return conn

    def close(self) -> None:
        with self.lock:
            for conn in self.all:
                conn.close()
            self.all.clear()


class Credentials:
    """The one account the sandbox knows: ``user`` with ``password`` in tenant ``domain``."""

    def __init__(self, user: str, password: str, domain: str) -> None:
        self.user = user
        self._secret = f"{password}@{domain}".encode()
        # The header a client sends for these credentials, so a request can be accepted with
        # one comparison instead of a base64 decode.
        token = base64.b64encode(user.encode() + b":" + self._secret)
        self._header = b"Basic " + token

    def __repr__(self) -> str:  # never show the password
        return f"Credentials(user={self.user!r})"

    def user_of(self, header: str | None) -> str | None:
        """The user a valid ``Authorization`` header names, or ``None``."""
        scheme, _, token = (header or "").partition(" ")
        if scheme.lower() != "basic":
            return None
        try:
            decoded = base64.b64decode(token.strip(), validate=True)
        except (binascii.Error, ValueError):
            return None
        name, colon, secret = decoded.partition(b":")
        if not colon:
            return None
        user_ok = hmac.compare_digest(name, self.user.encode())
        secret_ok = hmac.compare_digest(secret, self._secret)
        return name.decode("utf-8", "replace") if user_ok and secret_ok else None

    def user_of_raw(self, header: bytes | None) -> str | None:
        """``user_of`` for the header as the ASGI scope holds it (bytes, latin-1)."""
        if header is not None and hmac.compare_digest(header, self._header):
            return self.user
        return self.user_of(None if header is None else header.decode("latin-1"))


def _header(request: Request, name: bytes) -> bytes | None:
    return next((value for key, value in request.scope["headers"] if key == name), None)


_QUERY_SAFE = ",:'()"


def _query_string(params: dict[str, str]) -> str:
    return "&".join(f"{key}={quote(value, safe=_QUERY_SAFE)}" for key, value in params.items())


def create_app(
    db_path: Path,
    credentials: Credentials,
    state: FaultState,
    *,
    keyset: bool = True,
) -> Any:
    """The ASGI app: fault injection outside, Starlette inside."""
    connections = Connections(db_path)

    async def in_db(function: Callable[[sqlite3.Connection], Any]) -> Any:
        return await run_in_threadpool(lambda: function(connections.get()))

    async def api(request: Request) -> Response:
        user = credentials.user_of_raw(_header(request, b"authorization"))
        if user is None or user == state.faults.unauthorized_user:
            return _error(401, "Unauthorized", UNAUTHORIZED, {"WWW-Authenticate": REALM})
        match = _PATH_RE.fullmatch(request.path_params["rest"])
        resource = resources.find(match["controller"]) if match else None
        if match is None or resource is None:
            return _error(404, "NotFound", f"No resource at {request.url.path}.")
        try:
            return await _dispatch(request, resource, match["key"])
        except BadQuery as exc:
            return _error(400, "BadRequest", str(exc))
        except ApiFailure as failure:
            return JSONResponse(failure.body(), failure.status, failure.headers)

    async def _dispatch(
        request: Request, resource: resources.Resource, key: str | None
    ) -> Response:
        method = request.method
        if method == "GET" and key is None:
            return await _list(request, resource)
        if method == "GET":
            guid = resources.parse_key(key or "")
            row = await in_db(lambda conn: resources.get_one(conn, resource, guid))
            if row is None:
                return _error(404, "NotFound", f"{resource.controller}({guid}) does not exist.")
            return JSONResponse(row)
        if resource.controller == "Jobs" and method in ("POST", "PUT"):
            return await _write_job(request, key)
        return _error(405, "MethodNotAllowed", f"{method} is not allowed here.")

    async def _list(request: Request, resource: resources.Resource) -> Response:
        params = dict(request.query_params)
        page = await in_db(lambda conn: resources.list_page(conn, resource, params, keyset=keyset))
        base = str(request.url.replace(query=""))
        body: dict[str, Any] = {
            "@odata.context": f"{base.rsplit('/', 1)[0]}/$metadata#{resource.controller}",
        }
        if page.count is not None:
            body["@odata.count"] = page.count
        body["value"] = page.rows
        if page.next_params is not None:
            body["@odata.nextLink"] = f"{base}?{_query_string(page.next_params)}"
        return JSONResponse(body, headers={"OData-Version": "4.0"})

    async def _write_job(request: Request, key: str | None) -> Response:
        raw = await request.body()
        if request.method == "POST":
            if key is not None:
                return _error(405, "MethodNotAllowed", "POST goes to Jobs, without a key.")
            entity = jobs.create_job(connections.get(), raw)
            status = 201
        else:
            if key is None:
                return _error(405, "MethodNotAllowed", "PUT needs Jobs(<id>).")
            guid = resources.parse_key(key)
            entity = jobs.update_job(connections.get(), guid, raw)
            status = 200
        root = str(request.url.replace(query="")).split("/api/")[0]
        headers = {"Location": f"{root}/api/Jobs({entity['id']})"}
        if "return=minimal" in request.headers.get("prefer", "").replace(" ", "").lower():
            headers["Preference-Applied"] = "return=minimal"
            return JSONResponse({"id": entity["id"]}, status, headers)
        return JSONResponse(entity, status, headers)

    methods = ["GET", "POST", "PUT", "PATCH", "DELETE"]
    app = Starlette(routes=[Route("/api/{rest:path}", api, methods=methods)])
    poster = JobPoster(app, credentials.user_of_raw, state, connections.get)
    return SandboxApp(FaultMiddleware(poster, state), connections)


class SandboxApp:
    """The ASGI callable, with ``close()`` for its database connections once served."""

    def __init__(self, app: Any, connections: Connections) -> None:
        self.app = app
        self.close = connections.close

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.app(scope, receive, send)

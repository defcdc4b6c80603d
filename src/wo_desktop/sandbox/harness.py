"""``SandboxServer``: the contract server on a free loopback port, for tests and demos.

    with SandboxServer(tmp_path / "server", projects=200) as server:
        httpx.get(f"{server.base_url}/Project", auth=server.auth)
        server.logical_delete("Project", some_id)
        server.set_faults(error_rate=1.0)

uvicorn runs on a background thread with its own event loop; the harness reads and writes
the server's SQLite file through its own connection (WAL), so tests can look behind the API.
"""

from __future__ import annotations

import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import Any

from wo_desktop.sandbox import db, mutate, resources
from wo_desktop.sandbox.faults import Faults, FaultState

_START_TIMEOUT = 20.0


class SandboxServer:
    def __init__(
        self,
        data_dir: Path | str | None = None,
        *,
        projects: int = 200,
        seed: int = 1,
        user: str = "tester",
        password: str = "sandbox-secret",
        domain: str = "acme",
        host: str = "127.0.0.1",
        port: int = 0,
        paging: str = "keyset",
        ssl_certfile: str | None = None,
        ssl_keyfile: str | None = None,
        **faults: Any,
    ) -> None:
        if paging not in ("keyset", "offset"):
            raise ValueError("paging must be 'keyset' or 'offset'")
        self._own_dir = data_dir is None
        self.data_dir = Path(data_dir) if data_dir is not None else Path(tempfile.mkdtemp())
        self.projects, self.seed = projects, seed
        self.user, self.password, self.domain = user, password, domain
        self.host, self.port = host, port
        self.paging = paging
        self.ssl = (ssl_certfile, ssl_keyfile)
        self.faults = FaultState(Faults(**faults))
        self.db_path: Path | None = None
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self._app: Any = None
        self._conn: Any = None

    def __repr__(self) -> str:
        return f"SandboxServer({self.base_url if self._server else 'stopped'}, user={self.user!r})"

    # --- lifecycle -----------------------------------------------------------------------
    def start(self) -> SandboxServer:
        import uvicorn

        from wo_desktop.sandbox.app import Credentials, create_app

        self.db_path = db.prepare(self.data_dir, projects=self.projects, seed=self.seed)
        credentials = Credentials(self.user, self.password, self.domain)
        self._app = create_app(
            self.db_path, credentials, self.faults, keyset=self.paging == "keyset"
        )
        # IPPROTO_TCP, not 0: asyncio only sets TCP_NODELAY on sockets that say they are TCP,
        # and without it every keep-alive answer waits 40 ms for a delayed ACK.
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self.port))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self._app,
            log_config=None,
            log_level="warning",
            access_log=False,
            lifespan="off",
            timeout_graceful_shutdown=2,
            # No proxy in front of a sandbox, and no use for a "server: uvicorn" header: both
            # cost time on every request.
            proxy_headers=False,
            server_header=False,
            ssl_certfile=self.ssl[0],
            ssl_keyfile=self.ssl[1],
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name="sandbox", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + _START_TIMEOUT
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the sandbox server did not start")
            time.sleep(0.005)
        self._conn = db.connect(self.db_path)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(10)
            if self._thread.is_alive():
                self._server.force_exit = True
                self._thread.join(5)
        if self._app is not None:
            self._app.close()
        if self._conn is not None:
            self._conn.close()
        self._server = self._thread = self._app = self._conn = None
        if self._own_dir:
            shutil.rmtree(self.data_dir, ignore_errors=True)

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # --- where and who -------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        scheme = "https" if self.ssl[0] else "http"
        return f"{scheme}://{self.host}:{self.port}/api"

    @property
    def auth(self) -> tuple[str, str]:
        """For httpx: ``auth=server.auth`` sends Basic base64("user:password@domain")."""
        return (self.user, f"{self.password}@{self.domain}")

    # --- faults --------------------------------------------------------------------------
    def set_faults(self, **faults: Any) -> Faults:
        """Put exactly these faults in force while running, e.g.
        ``set_faults(error_rate=0.5, seed=3)``; what is not named is off, so ``set_faults()``
        makes the network healthy again. Names are those of ``Faults``."""
        return self.faults.set(**faults)

    def fault_counts(self) -> dict[str, int]:
        """How many of each fault were injected: error_500, rate_limited, dropped, dripped..."""
        return dict(self.faults.counts)

    # --- looking behind the API ----------------------------------------------------------
    def _db(self) -> Any:
        if self._conn is None:
            raise RuntimeError("the sandbox server is not running")
        return self._conn

    def job_count(self) -> int:
        return int(self._db().execute("SELECT count(*) FROM jobs").fetchone()[0])

    def get_job(self, job_id: str) -> dict[str, Any] | None:
        """The stored job as ``GET Jobs(<id>)`` would return it, or ``None``."""
        return self.get("Jobs", job_id)

    def jobs(self) -> list[dict[str, Any]]:
        rows = self._db().execute("SELECT modified_ms, data FROM jobs ORDER BY rid").fetchall()
        return [resources.job_json(row) for row in rows]

    def planning_entries(self) -> list[dict[str, str]]:
        rows = self._db().execute("SELECT job_id, user_id, date_start FROM planning").fetchall()
        return [dict(row) for row in rows]

    def get(self, controller: str, row_id: str) -> dict[str, Any] | None:
        """Any row as the API serves it (logically deleted rows included)."""
        resource = resources.find(controller)
        if resource is None:
            raise KeyError(controller)
        return resources.get_one(self._db(), resource, row_id)

    def count(self, controller: str) -> int:
        resource = resources.find(controller)
        if resource is None:
            raise KeyError(controller)
        return int(self._db().execute(f"SELECT count(*) FROM {resource.table}").fetchone()[0])

    def pick_project(
        self, *, kind: str = "equipment", mobile: bool = False, offset: int = 0
    ) -> dict[str, Any]:
        """A live (not deleted) project of a kind: "location", "installation" or "equipment"."""
        level = {"location": 0, "installation": 1, "equipment": 2}[kind]
        row = (
            self._db()
            .execute(
                "SELECT id FROM project WHERE kind = ? AND mobile = ? AND deleted = 0"
                " ORDER BY rid LIMIT 1 OFFSET ?",
                (level, int(mobile), offset),
            )
            .fetchone()
        )
        if row is None:
            raise LookupError(f"no {'mobile ' if mobile else ''}{kind} in this catalog")
        found = self.get("Project", row[0])
        assert found is not None
        return found

    def codes(self, controller: str) -> list[str]:
        """The codes of a small table (JobType, JobPriority, JobStatus, Skill, ...)."""
        resource = resources.find(controller)
        if resource is None:
            raise KeyError(controller)
        sql = f"SELECT code FROM {resource.table} ORDER BY rid"
        return [row[0] for row in self._db().execute(sql).fetchall()]

    # --- changing rows behind the client's back ------------------------------------------
    def touch(self, controller: str, row_id: str) -> str:
        """Move a row's ``modified_dateutc`` (a change the client must pull); returns it."""
        return mutate.touch(self._db(), controller, row_id)

    def modify(self, controller: str, row_id: str, **fields: Any) -> str:
        return mutate.modify(self._db(), controller, row_id, fields)

    def logical_delete(self, controller: str, row_id: str) -> str:
        return mutate.logical_delete(self._db(), controller, row_id)

    def create_project(self, **fields: Any) -> str:
        """A new project, as if entered in the back office (contract field names)."""
        return mutate.create_project(self._db(), fields)

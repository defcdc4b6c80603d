"""The client process of the chaos soak and the secrets test: it is killed at will and restarted.

    python chaos_client.py MODE --profile DIR --server URL --user U --domain D --seed N ...

The password is the first line of standard input (never an argument: those are visible to
every process on the machine). Modes:
- ``loop``: until killed, create drafts, edit some, make some ready, push through the sync
  engine and now and then pull the catalog. After each durable action, that is once the
  store's call has returned (the commit is done), it prints one JSON line and flushes: the
  parent's ledger of what it was promised. A kill between the commit and the print loses
  the line, never the data; the parent allows for that.
- ``final``: one quiet sync (push with retries, pull, push), then ``{"ev": "final", ...}``.
- ``cli``: the same life through the command line (login, drafts new and ready, sync, then
  doctor --bundle), with an in-memory keyring.

``WO_CHAOS_PAUSE_AT=<point>`` stops the process once at a named point, prints
``{"ev": "at", "point": ...}`` and waits there to be killed:
- ``mid_save``: inside a save's transaction, every row written, before the commit;
- ``before_post``: the job is marked sending, its request not yet sent;
- ``after_post``: the server has answered, nothing of it recorded yet;
- ``mid_pull``: the first page of a catalog table is stored, the next not yet asked for.
``WO_DESKTOP_TEST_CRASH_POINT=after_draft_write`` (the store's own hook) kills it mid-save.
Logging is DEBUG into the profile's logs; an uncaught exception is written to
``logs/crash-<pid>.txt`` as a crash report, unredacted, so the parent can check it too.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import random
import sys
import threading
import time
import traceback
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

PAUSE_ENV = "WO_CHAOS_PAUSE_AT"
POINTS = ("mid_save", "before_post", "after_post", "mid_pull")
_print_lock = threading.Lock()
_paused: set[str] = set()
_local = threading.local()


def emit(**event: Any) -> None:
    line = json.dumps(event, sort_keys=True)
    with _print_lock:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()


def digest(job: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(job, sort_keys=True).encode()).hexdigest()[:16]


def pause(point: str) -> None:
    """Stop here, once, when the parent asked for this point: it kills us while we wait."""
    with _print_lock:
        if os.environ.get(PAUSE_ENV) != point or point in _paused:
            return
        _paused.add(point)
    emit(ev="at", point=point)
    time.sleep(60)  # the parent kills within a moment; if it does not, carry on


def install_crash_report(logs: Path) -> None:
    logs.mkdir(parents=True, exist_ok=True)

    def report(kind: type[BaseException], value: BaseException, tb: Any) -> None:
        text = "".join(traceback.format_exception(kind, value, tb))
        (logs / f"crash-{os.getpid()}.txt").write_text(text, encoding="utf-8")
        sys.stderr.write(text)

    sys.excepthook = report


class PausingClient:
    """The real ApiClient with the pause points of the push and the pull around its calls."""

    def __init__(self, api: Any) -> None:
        self.api = api

    def create_job(self, job: dict[str, Any]) -> Any:
        pause("before_post")
        result = self.api.create_job(job)
        pause("after_post")
        return result

    def get_job(self, job_id: str) -> dict[str, Any] | None:
        result: dict[str, Any] | None = self.api.get_job(job_id)
        return result

    def pull_delta(
        self, controller: str, since: str | None, *, after_id: str | None = None
    ) -> Iterator[list[dict[str, Any]]]:
        for number, page in enumerate(self.api.pull_delta(controller, since, after_id=after_id)):
            yield page
            if number == 0:
                pause("mid_pull")  # the engine stored that page before asking for the next


def _pause_before_commit(_connection: Any) -> None:
    if getattr(_local, "saving", False):
        pause("mid_save")


@contextlib.contextmanager
def saving() -> Iterator[None]:
    _local.saving = True
    try:
        yield
    finally:
        _local.saving = False


def open_profile(profile: Path, level: str, password: str) -> Any:
    from sqlalchemy import event

    from wo_desktop import logging_setup, paths
    from wo_desktop.store.profile import Store

    paths.ensure_profile(profile)
    logging_setup.configure(paths.logs_dir(profile), level)
    logging_setup.register_secret(password)
    store = Store.open(paths.database_path(profile))
    event.listen(store.engine, "commit", _pause_before_commit)
    return store


def make_api(args: argparse.Namespace, password: str) -> Any:
    from wo_desktop.api.client import ApiClient

    return ApiClient(
        args.server,
        args.user,
        args.domain,
        password,
        connect_timeout=1.0,
        read_timeout=1.5,
        deadline=3.0,
    )


def make_engine(store: Any, client: Any, rng: random.Random) -> Any:
    from wo_desktop.sync.backoff import Backoff
    from wo_desktop.sync.engine import SyncEngine

    # Short back-offs: a soak of a minute must see many retries, not one long wait.
    backoff = Backoff(base=0.2, cap=2.0, rng=rng)
    return SyncEngine(store, client, concurrency=4, backoff=backoff, batch_rows=20)


class Life:
    """What one client process does until it is killed."""

    def __init__(self, args: argparse.Namespace, store: Any, rng: random.Random) -> None:
        refs = json.loads(Path(args.jobs_file).read_text(encoding="utf-8"))
        self.projects: list[str] = refs["projects"]
        self.job_types: list[str] = refs["job_types"]
        self.store, self.rng = store, rng
        self.made_ready: list[str] = []
        self.number = 0

    def _job(self, **extra: Any) -> dict[str, Any]:
        self.number += 1
        words = ("leak", "noise", "alarm", "pressure", "filter", "valve", "fan", "display")
        return {
            "id": str(uuid.uuid4()),
            "name": f"Soak {os.getpid()}-{self.number}: {self.rng.choice(words)}",
            "project_id": self.rng.choice(self.projects),
            "job_type_code": self.rng.choice(self.job_types),
            "description": " ".join(self.rng.choice(words) for _ in range(self.rng.randint(1, 40))),
            **extra,
        }

    def new_draft(self, **extra: Any) -> Any:
        from wo_desktop import workflow

        with saving():
            record, problems = workflow.new_draft(self.store, self._job(**extra))
        if record is None:
            raise RuntimeError(f"a valid job was refused: {problems}")
        emit(ev="saved", id=record.id, rev=record.revision, digest=digest(record.job))
        return record

    def edit(self) -> None:
        from wo_desktop import workflow

        drafts = self.store.drafts.list(state="draft", limit=30)
        if not drafts:
            return
        record = self.rng.choice(drafts)
        changed = {**record.job, "description": f"edited {self.rng.random():.6f}"}
        with saving():
            saved, problems = workflow.save_edit(self.store, changed)
        if saved is None:
            raise RuntimeError(f"an edit was refused: {problems}")
        emit(ev="saved", id=saved.id, rev=saved.revision, digest=digest(saved.job))

    def make_ready(self, job_id: str | None = None) -> None:
        from wo_desktop import workflow

        if job_id is None:
            # Only drafts that were never ready: a job made ready is never edited again,
            # so the parent knows exactly which jobs must reach the server.
            drafts = [r for r in self.store.drafts.list(state="draft", limit=30) if not r.parent_id]
            if not drafts:
                return
            job_id = self.rng.choice(drafts).id
        with saving():
            record, problems = workflow.make_ready(self.store, job_id)
        if record is None:
            raise RuntimeError(f"a valid job could not be made ready: {problems}")
        emit(ev="ready", id=record.id, rev=record.revision, digest=digest(record.job))
        self.made_ready.append(record.id)

    def sub_job(self) -> None:
        """A child of a job already made ready: the engine must send the parent first."""
        if not self.made_ready:
            return
        parent = self.rng.choice(self.made_ready)
        child = self.new_draft(_parent_id=parent, working_sequence=self.rng.randint(1, 5))
        self.make_ready(child.id)


def run_loop(args: argparse.Namespace, password: str) -> int:
    rng = random.Random(args.seed)
    store = open_profile(Path(args.profile), "DEBUG", password)
    api = make_api(args, password)
    engine = make_engine(store, PausingClient(api), rng)
    life = Life(args, store, rng)
    emit(ev="start", pid=os.getpid(), pending=store.outbox.pending_count())
    cycle = 0
    while True:
        cycle += 1
        for _ in range(rng.randint(1, 3)):
            life.new_draft()
        if rng.random() < 0.5:
            life.edit()
        for _ in range(rng.randint(0, 2)):
            life.make_ready()
        if rng.random() < 0.15:
            life.sub_job()
        push = engine.push(max_wait=0.0)
        emit(ev="pushed", sent=push.sent, remaining=push.remaining, paused=push.paused)
        if cycle % 3 == 0:
            pull = engine.pull()
            emit(ev="pulled", rows=sum(pull.rows.values()), paused=pull.paused)
        time.sleep(rng.uniform(0.02, 0.15))


def run_final(args: argparse.Namespace, password: str) -> int:
    rng = random.Random(args.seed)
    store = open_profile(Path(args.profile), "DEBUG", password)
    api = make_api(args, password)
    engine = make_engine(store, api, rng)
    first = engine.push(max_wait=30.0)
    pull = engine.pull()
    second = engine.push(max_wait=30.0)
    emit(
        ev="final",
        sent=first.sent + second.sent,
        pending=store.outbox.pending_count(),
        pull_errors=pull.errors,
        errors=first.errors + second.errors,
    )
    api.close()
    store.close()
    return 0


def _cli(*argv: str, stdin: str = "") -> tuple[int, str]:
    """One command of the program, in this process; its output is echoed for the parent."""
    from wo_desktop.cli import main

    out = io.StringIO()
    saved_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        with contextlib.redirect_stdout(out):
            code = main(list(argv))
    finally:
        sys.stdin = saved_stdin
    with _print_lock:
        sys.stdout.write(out.getvalue())
        sys.stdout.flush()
    return code, out.getvalue()


def run_cli(args: argparse.Namespace, password: str) -> int:
    import keyring

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from support.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    os.environ["WO_DESKTOP_LOG_LEVEL"] = "DEBUG"
    profile = ["--profile", args.profile]
    rng = random.Random(args.seed)
    refs = json.loads(Path(args.jobs_file).read_text(encoding="utf-8"))
    work = Path(args.work)
    for attempt in range(60):
        code, _ = _cli(
            "login",
            *profile,
            "--server",
            args.server,
            "--user",
            args.user,
            "--domain",
            args.domain,
            "--password-stdin",
            stdin=password + "\n",
        )
        emit(ev="login", code=code, attempt=attempt)
        if code == 0:
            break
        time.sleep(0.1)
    else:
        return 1
    for cycle in range(args.cycles):
        job_file = work / f"job-{os.getpid()}-{cycle}.json"
        job = {
            "name": f"CLI soak {os.getpid()}-{cycle}",
            "project_id": rng.choice(refs["projects"]),
            "job_type_code": rng.choice(refs["job_types"]),
        }
        job_file.write_text(json.dumps(job), encoding="utf-8")
        code, out = _cli("drafts", "new", *profile, "--from", str(job_file))
        if code == 0:
            job_id = out.strip().splitlines()[-1]
            emit(ev="saved", id=job_id)
            code, _ = _cli("drafts", "ready", *profile, job_id)
            if code == 0:
                emit(ev="ready", id=job_id)
        code, _ = _cli("sync", *profile, "--max-wait", "1")
        emit(ev="synced", code=code)
    code, _ = _cli("sync", *profile, "--max-wait", "5")
    emit(ev="synced", code=code, last=True)
    code, _ = _cli("doctor", *profile, "--bundle", str(work / f"bundle-{os.getpid()}.zip"))
    emit(ev="done", doctor=code)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("loop", "final", "cli"))
    parser.add_argument("--profile", required=True)
    parser.add_argument("--server", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--domain", required=True)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs-file", required=True)
    parser.add_argument("--work", default=".")
    parser.add_argument("--cycles", type=int, default=5)
    args = parser.parse_args()
    password = sys.stdin.readline().rstrip("\r\n")
    install_crash_report(Path(args.profile) / "logs")
    runs = {"loop": run_loop, "final": run_final, "cli": run_cli}
    return runs[args.mode](args, password)


if __name__ == "__main__":
    sys.exit(main())

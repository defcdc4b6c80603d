"""What the soak and the secrets tests share: the client process, its ledger, the scan.

The client (tests/support/chaos_client.py) prints one JSON line after each durable action;
`ClientRun` reads them on a thread into a `Ledger` and keeps every byte it printed, so that
its output can be searched for the password afterwards like any file of the profile.
"""

from __future__ import annotations

import base64
import json
import os
import signal
import subprocess
import sys
import threading
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CLIENT = Path(__file__).resolve().parents[1] / "support" / "chaos_client.py"


@dataclass
class Ledger:
    """What the client said it had made durable: the last (revision, digest) of each job."""

    saved: dict[str, tuple[int, str]] = field(default_factory=dict)
    ready: set[str] = field(default_factory=set)
    events: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, event: dict[str, Any]) -> None:
        with self.lock:
            kind = str(event.get("ev"))
            self.events[kind] += 1
            if kind in ("saved", "ready") and "rev" in event:
                job_id = str(event["id"])
                revision = int(event["rev"])
                if revision >= self.saved.get(job_id, (0, ""))[0]:
                    self.saved[job_id] = (revision, str(event["digest"]))
            if kind == "ready":
                self.ready.add(str(event["id"]))


class ClientRun:
    """One client process: started with the password on stdin, read line by line."""

    def __init__(
        self,
        mode: str,
        options: list[str],
        password: str,
        ledger: Ledger,
        out_dir: Path,
        env: dict[str, str] | None = None,
    ) -> None:
        self.ledger = ledger
        self.at = threading.Event()
        self.at_point: str | None = None
        self.events: list[dict[str, Any]] = []
        number = len(list(out_dir.glob("client-*.out")))
        self.stdout_path = out_dir / f"client-{number:04d}.out"
        self.stderr_path = out_dir / f"client-{number:04d}.err"
        self._stderr = open(self.stderr_path, "wb")  # noqa: SIM115 - closed in wait()
        self.process = subprocess.Popen(
            [sys.executable, "-u", str(CLIENT), mode, *options],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            env={**child_environment(), **(env or {})},
        )
        assert self.process.stdin is not None
        self.process.stdin.write(password.encode() + b"\n")
        self.process.stdin.close()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        with open(self.stdout_path, "wb") as copy:
            for raw in self.process.stdout:
                copy.write(raw)
                copy.flush()
                line = raw.decode("utf-8", "replace").strip()
                if not line.startswith("{"):
                    continue  # a command's own output (cli mode)
                try:
                    event = json.loads(line)
                except ValueError:
                    continue  # a line cut by the kill
                self.events.append(event)
                self.ledger.record(event)
                if event.get("ev") == "at":
                    self.at_point = str(event.get("point"))
                    self.at.set()

    @property
    def running(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> None:
        if self.running:
            os.kill(self.process.pid, signal.SIGKILL)

    def wait(self, timeout: float = 30.0) -> int:
        try:
            code = self.process.wait(timeout)
        finally:
            self._reader.join(10)
            self._stderr.close()
        return code


def child_environment() -> dict[str, str]:
    """The test's environment without proxies or a developer's settings."""
    blocked = {"HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"}
    return {
        key: value
        for key, value in os.environ.items()
        if key.upper() not in blocked and not key.startswith("WO_")
    }


def secret_forms(user: str, password: str, domain: str) -> list[bytes]:
    """The password as it could leak: itself, and inside a Basic Authorization token."""
    token = base64.b64encode(f"{user}:{password}@{domain}".encode())
    return [password.encode(), token, password.encode("utf-16-le")]


def _contents(path: Path) -> list[tuple[str, bytes]]:
    data = path.read_bytes()
    found = [(str(path), data)]
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            found += [(f"{path}!{name}", archive.read(name)) for name in archive.namelist()]
    return found


def files_holding(folders: list[Path], secrets: list[bytes]) -> list[str]:
    """Every file under `folders` (zip members too) that holds one of `secrets`, as bytes."""
    leaks: list[str] = []
    for folder in folders:
        paths = (
            [folder] if folder.is_file() else sorted(p for p in folder.rglob("*") if p.is_file())
        )
        for path in paths:
            for name, data in _contents(path):
                leaks += [f"{name} holds {secret[:4]!r}..." for secret in secrets if secret in data]
    return leaks

"""Sync throughput against the sandbox on loopback; prints a table.

    uv run python bench/bench_sync.py [--jobs 1000] [--projects 200000] [--quick]

The sandbox runs in its own process (`wo-desktop sandbox serve`), as a real server would: in
this process it would share the interpreter lock with the engine and the HTTP threads.

Targets (2 cores): >= 800 jobs/s with no latency, 1,000 jobs in < 8 s at 50 ms of latency,
200,000 projects downloaded in < 60 s.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wo_desktop.api.client import ApiClient
from wo_desktop.domain.job import new_job_id
from wo_desktop.store.profile import Store
from wo_desktop.sync.engine import SyncEngine

USER, DOMAIN, PASSWORD = "bench", "bench", "pw-bench"


@dataclass(frozen=True)
class Server:
    base_url: str

    def client(self) -> ApiClient:
        return ApiClient(self.base_url, USER, DOMAIN, PASSWORD)


@contextmanager
def sandbox(data: Path, projects: int, latency_ms: int = 0) -> Iterator[Server]:
    """`wo-desktop sandbox serve` in a child process; the same folder is reused, not rebuilt."""
    command = [
        *(sys.executable, "-m", "wo_desktop", "sandbox", "serve", "--port", "0"),
        *("--data", str(data), "--projects", str(projects), "--seed", "3"),
        *("--user", USER, "--domain", DOMAIN, "--password", PASSWORD),
        *("--latency-ms", str(latency_ms), "--fault-scope", "jobs"),
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        if not url:
            raise RuntimeError("the sandbox did not start")
        yield Server(url)
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def fill_outbox(store: Store, server: Server, count: int) -> None:
    with server.client() as client:
        projects = next(iter(client.iter_pages("Project")))
        project = next(p for p in projects if not p.get("is_mobile_installation"))["id"]
        job_type = next(iter(client.iter_pages("JobType")))[0]["code"]
    for n in range(count):
        store.drafts.save(
            {
                "id": str(new_job_id()),
                "name": f"Bench job {n}",
                "project_id": project,
                "job_type_code": job_type,
                "job_status_code": "Open",
            },
            state="ready",
            kind="ready",
        )


def push_rate(server: Server, folder: Path, count: int, latency_ms: int) -> tuple[float, int]:
    store = Store.open(folder / f"push-{latency_ms}.db")
    fill_outbox(store, server, count)
    with server.client() as client:
        started = time.perf_counter()
        report = SyncEngine(store, client).push()
        elapsed = time.perf_counter() - started
    store.close()
    return elapsed, report.sent


def server_rate(server: Server, count: int) -> float:
    """POSTs per second from 8 threads with no store at all: the ceiling the push runs under."""
    with server.client() as client:
        projects = next(iter(client.iter_pages("Project")))
        project = next(p for p in projects if not p.get("is_mobile_installation"))["id"]
        job_type = next(iter(client.iter_pages("JobType")))[0]["code"]
        jobs = [
            {
                "id": str(new_job_id()),
                "name": f"Bare job {n}",
                "project_id": project,
                "job_type_code": job_type,
                "job_status_code": "Open",
            }
            for n in range(count)
        ]
        started = time.perf_counter()
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(client.create_job, jobs))
        return count / (time.perf_counter() - started)


def pull_projects(server: Server, folder: Path) -> dict[str, float]:
    """Download the whole Project table, timing each stage the way the engine runs them."""
    store = Store.open(folder / "pull.db")
    timings = {"http+parse": 0.0, "upsert": 0.0, "index": 0.0}
    rows = 0
    parse_sample: list[bytes] = []
    with server.client() as client:
        started = time.perf_counter()
        store.catalog.begin_bulk("projects")
        pages = iter(client.pull_delta("Project", None))
        batch: list[dict[str, Any]] = []
        while True:
            t0 = time.perf_counter()
            page = next(pages, None)
            timings["http+parse"] += time.perf_counter() - t0
            if page is None:
                break
            if len(parse_sample) < 200:
                parse_sample.append(json.dumps({"value": page}).encode())
            batch.extend(page)
            if len(batch) >= 1000 or page == []:
                t0 = time.perf_counter()
                last = batch[-1]
                store.catalog.upsert(
                    "projects", batch, watermark=last["modified_dateutc"], last_id=last["id"]
                )
                timings["upsert"] += time.perf_counter() - t0
                rows += len(batch)
                batch = []
                print(f"\r  pulling projects: {rows:,}", end="", file=sys.stderr, flush=True)
        if batch:
            t0 = time.perf_counter()
            store.catalog.upsert(
                "projects", batch, watermark=batch[-1]["modified_dateutc"], last_id=batch[-1]["id"]
            )
            timings["upsert"] += time.perf_counter() - t0
            rows += len(batch)
        t0 = time.perf_counter()
        store.catalog.end_bulk("projects")
        timings["index"] = time.perf_counter() - t0
        timings["total"] = time.perf_counter() - started
    print(file=sys.stderr)
    # Parsing alone, measured on a sample of pages and scaled to the whole download.
    t0 = time.perf_counter()
    for body in parse_sample:
        json.loads(body)
    per_page = (time.perf_counter() - t0) / max(1, len(parse_sample))
    pages_count = rows / 20
    timings["parse (est.)"] = per_page * pages_count
    timings["http (est.)"] = timings["http+parse"] - timings["parse (est.)"]
    timings["rows"] = rows
    store.close()
    return timings


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=1000)
    parser.add_argument("--projects", type=int, default=200_000)
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    args = parser.parse_args()
    if args.quick:
        args.jobs, args.projects = 100, 5_000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(f"generating {args.projects:,} projects ...", file=sys.stderr)
        with sandbox(folder / "server", args.projects) as server:
            server_rate(server, 100)  # warm up the server's caches for both measures
            fast, fast_sent = push_rate(server, folder, args.jobs, 0)
            bare = server_rate(server, args.jobs)
            pull = pull_projects(server, folder)
        with sandbox(folder / "server", args.projects, latency_ms=50) as server:
            slow, slow_sent = push_rate(server, folder, args.jobs, 50)
    print()
    print(f"{'measure':<44}{'result':>14}{'target':>14}")
    print("-" * 72)
    rows = int(pull["rows"])
    lines = [
        (f"sandbox alone: {args.jobs} POSTs, 8 threads", f"{bare:.0f} j/s", "(ceiling)"),
        (f"push {args.jobs} jobs, no latency", f"{fast_sent / fast:.0f} j/s", ">= 800 j/s"),
        (f"push {args.jobs} jobs, 50 ms latency", f"{slow:.2f} s", "< 8 s"),
        (f"download {rows:,} projects", f"{pull['total']:.2f} s", "< 60 s"),
    ]
    for label, value, target in lines:
        print(f"{label:<44}{value:>14}{target:>14}")
    for stage in ("http (est.)", "parse (est.)", "upsert", "index"):
        print(f"{'  of which ' + stage:<44}{pull[stage]:>12.2f} s")
    assert fast_sent == args.jobs and slow_sent == args.jobs, "not every job was delivered"
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

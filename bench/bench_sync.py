"""Sync throughput against the sandbox on loopback; prints a table.

    uv run python bench/bench_sync.py [--jobs 1000] [--projects 200000] [--quick]

Targets (2 cores): >= 800 jobs/s with no latency, 1,000 jobs in < 8 s at 50 ms of latency,
200,000 projects downloaded in < 60 s.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from wo_desktop.api.client import ApiClient
from wo_desktop.domain.job import new_job_id
from wo_desktop.sandbox.harness import SandboxServer
from wo_desktop.store.profile import Store
from wo_desktop.sync.engine import SyncEngine


def fill_outbox(store: Store, server: SandboxServer, count: int) -> None:
    project = server.pick_project(kind="installation")["id"]
    job_type = server.codes("JobType")[0]
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


def push_rate(
    server: SandboxServer, folder: Path, count: int, latency_ms: int
) -> tuple[float, int]:
    store = Store.open(folder / f"push-{latency_ms}.db")
    fill_outbox(store, server, count)
    server.set_faults(latency_ms=latency_ms)
    with ApiClient(server.base_url, server.user, server.domain, server.password) as client:
        started = time.perf_counter()
        report = SyncEngine(store, client, concurrency=8).push()
        elapsed = time.perf_counter() - started
    server.set_faults()
    store.close()
    return elapsed, report.sent


def pull_projects(server: SandboxServer, folder: Path) -> dict[str, float]:
    """Download the whole Project table, timing each stage the way the engine runs them."""
    store = Store.open(folder / "pull.db")
    timings = {"http+parse": 0.0, "upsert": 0.0, "index": 0.0}
    rows = 0
    parse_sample: list[bytes] = []
    with ApiClient(server.base_url, server.user, server.domain, server.password) as client:
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
        with SandboxServer(folder / "server", projects=args.projects, seed=3) as server:
            fast, fast_sent = push_rate(server, folder, args.jobs, 0)
            slow, slow_sent = push_rate(server, folder, args.jobs, 50)
            pull = pull_projects(server, folder)
    print()
    print(f"{'measure':<44}{'result':>14}{'target':>14}")
    print("-" * 72)
    rows = int(pull["rows"])
    lines = [
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

"""How long the sandbox takes to generate its catalog, and to serve pages from a big one.

    uv run python bench/bench_sandbox.py            # 200,000 and 1,000,000 projects
    uv run python bench/bench_sandbox.py 50000      # other sizes

The requirement is a million projects in under a minute. The page timings are one request each
over loopback HTTP: the first page of a delta, a page deep into it through the nextLink's
keyset token, and the same depth through ``$skip`` alone (what a naive server would do).
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

import httpx

from wo_desktop.sandbox import db
from wo_desktop.sandbox.harness import SandboxServer

DELTA = {
    "$filter": "modified_dateutc gt 2024-01-01T00:00:00.000Z",
    "$orderby": "modified_dateutc,id",
}


def _timed_get(client: httpx.Client, url: str, params: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    client.get(url, params=params).raise_for_status()
    return (time.perf_counter() - started) * 1000


def bench(projects: int) -> tuple[float, float, float, float, float]:
    folder = Path(tempfile.mkdtemp(prefix="bench-sandbox-"))
    try:
        started = time.perf_counter()
        path = db.prepare(folder, projects=projects, seed=1)
        generate_s = time.perf_counter() - started
        size_mb = path.stat().st_size / 1e6
        with (
            SandboxServer(folder, projects=projects, seed=1) as server,
            httpx.Client(base_url=server.base_url + "/", auth=server.auth) as client,
        ):
            client.get("JobStatus")  # warm the connection
            first_ms = _timed_get(client, "Project", DELTA)
            middle = projects // 2
            skip_ms = _timed_get(client, "Project", {**DELTA, "$skip": str(middle)})
            # The nextLink of the page before carries a token for the same depth.
            before = client.get("Project", params={**DELTA, "$skip": str(middle - 20)})
            token_ms = _timed_get(client, before.json()["@odata.nextLink"])
        return generate_s, size_mb, first_ms, token_ms, skip_ms
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def fingerprint(projects: int, seed: int) -> str:
    """A hash of every generated row, to show that a seed always makes the same catalog."""
    folder = Path(tempfile.mkdtemp(prefix="bench-sandbox-"))
    try:
        conn = sqlite3.connect(db.prepare(folder, projects=projects, seed=seed))
        digest = hashlib.sha256()
        for table in ("project", "company", "contact", "address", "user", "equipment_model"):
            for row in conn.execute(f"SELECT * FROM {table} ORDER BY rid"):
                digest.update(repr(row).encode())
        conn.close()
        return digest.hexdigest()[:16]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str]) -> int:
    sizes = [int(arg) for arg in argv] or [200_000, 1_000_000]
    header = (
        f"| {'projects':>9} | {'generate':>9} | {'rows/s':>9} | {'db size':>8} "
        f"| {'1st page':>8} | {'deep, token':>11} | {'deep, $skip':>11} |"
    )
    print(header)
    print("|" + "|".join("-" * (len(cell)) for cell in header.split("|")[1:-1]) + "|")
    for projects in sizes:
        generate_s, size_mb, first_ms, token_ms, skip_ms = bench(projects)
        print(
            f"| {projects:>9,} | {generate_s:>7.1f} s | {projects / generate_s:>9,.0f} "
            f"| {size_mb:>5.0f} MB | {first_ms:>5.1f} ms | {token_ms:>8.1f} ms "
            f"| {skip_ms:>8.1f} ms |",
            flush=True,
        )
    runs = [fingerprint(20_000, seed) for seed in (1, 1, 2)]
    same = "yes" if runs[0] == runs[1] else "NO"
    differs = "differs" if runs[0] != runs[2] else "SAME"
    print(f"\n20,000 projects, seed 1 twice: same rows: {same} ({runs[0]}); seed 2: {differs}")
    return 0 if (same, differs) == ("yes", "differs") else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

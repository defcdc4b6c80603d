"""The chaos soak: a client process that is killed at random while the network misbehaves.

The sandbox sits behind a fault proxy. A client process (tests/support/chaos_client.py) on
one profile creates drafts, edits some, makes some ready, pushes and pulls, at DEBUG with a
sentinel password. The test switches faults at random (seeded), on the network and in the
server, and SIGKILLs the client: after a random delay, or once it stopped at a named point
(inside a save's transaction, with a job marked sending, after the server answered, in the
middle of a pull), or by the store's own crash hook; then restarts it on the same profile.

After the time budget (WO_SOAK_SECONDS, default 60), the network is healed and one quiet
sync runs. Then: the server holds exactly the jobs that were made ready, once each; every
draft the client reported saved is there with its last reported content; the database
passes integrity_check; the outbox is empty; and the password is in no file, log or output.
"""

from __future__ import annotations

import json
import os
import random
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from soakkit import ClientRun, Ledger, files_holding, secret_forms
from support.chaos_client import digest
from support.faultproxy import DOWN, UP, FaultProxy

from wo_desktop.api.client import ApiClient
from wo_desktop.sandbox.harness import SandboxServer
from wo_desktop.store.profile import Store

pytestmark = pytest.mark.soak

SENTINEL = "Soak-Sentinel-pw-5Kq8Zr2w"
USER, DOMAIN = "soak-clerk", "soak-tenant"
KILL_MODES = ("timer", "mid_save", "before_post", "after_post", "mid_pull", "crash_point")
KILL_WEIGHTS = (4, 2, 2, 2, 2, 1)
PAUSE_POINTS = ("mid_save", "before_post", "after_post", "mid_pull")


def _seconds() -> float:
    return float(os.environ.get("WO_SOAK_SECONDS", "60"))


@pytest.fixture
def server(tmp_path: Path) -> Iterator[SandboxServer]:
    with SandboxServer(
        tmp_path / "server", projects=60, seed=5, user=USER, password=SENTINEL, domain=DOMAIN
    ) as running:
        yield running


class Chaos:
    """The faults the test switches between, on the proxy and in the server."""

    def __init__(self, proxy: FaultProxy, server: SandboxServer, rng: random.Random) -> None:
        self.proxy, self.server, self.rng = proxy, server, rng
        self.switched: Counter[str] = Counter()
        self.network: list[tuple[str, Callable[[], None]]] = [
            ("healthy", lambda: None),
            ("latency", lambda: proxy.latency(rng.uniform(20, 250))),
            ("cut answers", lambda: proxy.cut_after(rng.randint(0, 3000), DOWN)),
            ("cut requests", lambda: proxy.cut_after(rng.randint(0, 600), UP)),
            ("reset answers", lambda: proxy.reset(rng.randint(0, 2000), DOWN)),
            ("reset requests", lambda: proxy.reset(rng.randint(0, 400), UP)),
            ("black hole", proxy.black_hole),
            ("slow slices", lambda: proxy.slice_response(rng.randint(5, 60), rng.uniform(0, 3))),
            ("refused", proxy.refuse),
        ]
        self.network_names = {name for name, _ in self.network}
        self.server_faults: list[tuple[str, dict[str, Any]]] = [
            ("server healthy", {}),
            ("5xx", {"error_rate": 0.3}),
            ("429", {"rate_limit_rate": 0.3, "retry_after": 1}),
            ("lost acks", {"drop_after_commit_rate": 0.5}),
        ]

    def switch(self) -> None:
        """A new spell of weather: healthy half the time, else one fault of each kind."""
        self.proxy.heal()
        name, apply = self.rng.choices(self.network, [len(self.network) - 1] + [1] * 8)[0]
        apply()
        fault, options = self.rng.choices(self.server_faults, [3, 1, 1, 1])[0]
        self.server.set_faults(**options, seed=self.rng.randint(0, 10**6))
        self.switched[name] += 1
        self.switched[fault] += 1

    def heal(self) -> None:
        self.proxy.heal()
        self.server.set_faults()

    @property
    def switches(self) -> int:
        """How often the weather changed (each time on the network and in the server)."""
        return sum(n for name, n in self.switched.items() if name in self.network_names)


def _one_life(
    run: ClientRun, mode: str, chaos: Chaos, rng: random.Random, next_switch: list[float]
) -> str:
    """Let the client live until it is killed as `mode` says; returns how it died."""
    born = time.monotonic()
    lifetime = rng.uniform(0.5, 3.5) if mode == "timer" else 4.0
    while True:
        now = time.monotonic()
        if now >= next_switch[0]:
            chaos.switch()
            next_switch[0] = now + rng.uniform(0.2, 1.2)
        if not run.running:
            return "crash_point" if mode == "crash_point" else "exited"
        if run.at.is_set():
            time.sleep(rng.uniform(0, 0.03))
            run.kill()
            return str(run.at_point)
        if now - born >= lifetime:
            run.kill()
            return "timer"
        time.sleep(0.01)


@dataclass
class Soak:
    """One soak run: its inputs, and what it counted while breaking things."""

    server: SandboxServer
    profile: Path
    outputs: Path
    rng: random.Random
    seed: int
    ledger: Ledger = field(default_factory=Ledger)
    kills: Counter[str] = field(default_factory=Counter)
    leaks: list[str] = field(default_factory=list)
    quiet: dict[str, Any] = field(default_factory=dict)
    proxy_counts: dict[str, int] = field(default_factory=dict)
    switched: Counter[str] = field(default_factory=Counter)
    switches: int = 0


def _references(server: SandboxServer, folder: Path) -> tuple[Path, list[str]]:
    projects = [server.pick_project(kind="installation", offset=i)["id"] for i in range(5)]
    path = folder / "references.json"
    path.write_text(
        json.dumps({"projects": projects, "job_types": server.codes("JobType")[:3]}),
        encoding="utf-8",
    )
    return path, projects


def _run(soak: Soak, seconds: float) -> None:
    """Kill and restart the client under switching faults for `seconds`, then sync quietly."""
    server, rng = soak.server, soak.rng
    secrets = secret_forms(USER, SENTINEL, DOMAIN)
    references, projects = _references(server, soak.outputs.parent)
    with FaultProxy(server.host, server.port) as proxy:
        chaos = Chaos(proxy, server, rng)
        options = [
            "--profile", str(soak.profile), "--server", proxy.url(), "--user", USER,
            "--domain", DOMAIN, "--jobs-file", str(references),
        ]  # fmt: skip
        next_switch = [time.monotonic()]
        deadline = time.monotonic() + seconds
        life = 0
        while time.monotonic() < deadline:
            life += 1
            mode = rng.choices(KILL_MODES, KILL_WEIGHTS)[0]
            env = {}
            if mode in PAUSE_POINTS:
                env["WO_CHAOS_PAUSE_AT"] = mode
            if mode == "crash_point":
                env["WO_DESKTOP_TEST_CRASH_POINT"] = "after_draft_write"
            seed_option = ["--seed", str(soak.seed * 1000 + life)]
            run = ClientRun(
                "loop", [*options, *seed_option], SENTINEL, soak.ledger, soak.outputs, env
            )
            died = _one_life(run, mode, chaos, rng, next_switch)
            code = run.wait()
            assert died != "exited", f"the client stopped by itself ({code}): {run.stderr_path}"
            soak.kills[died] += 1
            # Right after a kill the -wal and -shm hold the last commits: scan them too.
            soak.leaks += files_holding([soak.profile], secrets)
            if rng.random() < 0.3:  # the back office changes the catalog meanwhile
                server.touch("Project", rng.choice(projects))
        chaos.heal()
        final = ClientRun(
            "final", [*options, "--seed", str(soak.seed)], SENTINEL, soak.ledger, soak.outputs
        )
        assert final.wait(timeout=120) == 0, final.stderr_path.read_text()
        soak.quiet = next(e for e in final.events if e.get("ev") == "final")
        soak.proxy_counts = proxy.counts()
        soak.switched, soak.switches = chaos.switched, chaos.switches


def _assert_every_reported_draft_is_intact(
    ledger: Ledger, records: dict[str, Any], journals: dict[str, list[Any]], kills: int
) -> None:
    """A kill between a commit and its line can only make the store newer than the ledger."""
    for job_id, (revision, reported) in ledger.saved.items():
        record = records.get(job_id)
        assert record is not None, f"the draft {job_id} was lost"
        assert record.revision >= revision
        at_revision = [e.job for e in journals[job_id] if e.revision == revision and e.job]
        assert at_revision and digest(at_revision[-1]) == reported, job_id
        if record.revision == revision:
            assert digest(record.job) == reported
    unreported = set(records) - set(ledger.saved)
    assert len(unreported) <= kills, "more unreported drafts than kills"


def _assert_the_server_holds_exactly_the_ready_jobs_once(
    server: SandboxServer, ledger: Ledger, records: dict[str, Any], journals: dict[str, list[Any]]
) -> Counter[str]:
    on_server = Counter(str(job["id"]).lower() for job in server.jobs())
    assert all(n == 1 for n in on_server.values()), on_server.most_common(3)
    made_ready = {
        job_id for job_id, entries in journals.items() if any(e.kind == "ready" for e in entries)
    }
    assert ledger.ready <= made_ready
    missing, extra = made_ready - set(on_server), set(on_server) - made_ready
    assert not missing and not extra, (sorted(missing)[:3], sorted(extra)[:3])
    for job_id in made_ready:
        assert records[job_id].state == "sent"
        stored = server.get_job(job_id)
        assert stored is not None and stored["name"] == records[job_id].job["name"]
    return on_server


def test_chaos_soak(
    server: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = int(os.environ.get("WO_SOAK_SEED", "2026"))
    soak = Soak(server, tmp_path / "profile", tmp_path / "outputs", random.Random(seed), seed)
    soak.outputs.mkdir()
    started = time.monotonic()
    _run(soak, _seconds())
    duration = time.monotonic() - started

    with Store.open(soak.profile) as store:
        with store.engine.connect() as connection:
            integrity = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
        assert integrity == ["ok"]
        assert store.outbox.pending_count() == 0 == soak.quiet["pending"], soak.quiet
        records = {r.id: r for r in store.drafts.list(trashed=None)}
        journals = {job_id: store.drafts.journal(job_id) for job_id in records}
        catalog_rows = {t.table: t.rows for t in store.catalog.status()}
    kills = sum(soak.kills.values())
    _assert_every_reported_draft_is_intact(soak.ledger, records, journals, kills)
    on_server = _assert_the_server_holds_exactly_the_ready_jobs_once(
        server, soak.ledger, records, journals
    )
    # The catalog converged too, whatever pulls the kills cut short.
    with ApiClient(server.base_url, USER, DOMAIN, SENTINEL) as direct:
        live = [r for page in direct.iter_pages("Project") for r in page]
    assert catalog_rows["projects"] == sum(1 for r in live if not r.get("sys_logical_delete"))
    # The password: in no file of the profile, no output, no crash report.
    soak.leaks += files_holding([soak.profile, soak.outputs], secret_forms(USER, SENTINEL, DOMAIN))
    assert not soak.leaks, sorted(set(soak.leaks))
    logs = (soak.profile / "logs").glob("*.log*")
    assert " DEBUG " in "".join(p.read_text("utf-8", "replace") for p in logs)
    assert soak.ledger.events["saved"] > 0 and soak.ledger.ready and kills > 0

    settled = sum(1 for r in records.values() if (r.receipt or {}).get("settled_by_lookup"))
    report = {
        "seconds": round(duration, 1),
        "seed": seed,
        "kills": kills,
        "kills_by_moment": dict(soak.kills),
        "fault_switches": soak.switches,
        "faults": dict(soak.switched),
        "proxy_faults_applied": {
            k: v
            for k, v in soak.proxy_counts.items()
            if k not in ("open", "bytes_up", "bytes_down")
        },
        "server_faults": server.fault_counts(),
        "drafts": len(records),
        "jobs_on_server": len(on_server),
        "resends_settled_by_lookup": settled,
        "unreported_drafts": len(set(records) - set(soak.ledger.saved)),
        "quiet_sync_sent": soak.quiet["sent"],
    }
    line = (
        f"soak: {report['seconds']} s, {soak.switches} fault switches, {kills} kills "
        f"{dict(soak.kills)}, {len(on_server)} jobs on the server once each, "
        f"{settled} resends settled by lookup, {len(records)} drafts intact"
    )
    with capsys.disabled():  # shown in CI's output, not only on failure
        print(f"\n{line}\n{json.dumps(report, sort_keys=True)}")
    target = os.environ.get("WO_SOAK_REPORT")
    if target:
        Path(target).write_text(json.dumps(report, indent=2, sort_keys=True), encoding="utf-8")

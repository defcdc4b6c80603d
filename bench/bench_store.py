"""How fast the store is where a person waits: a save, a catalog load, a picker keystroke.

    uv run python bench/bench_store.py            # full: 200,000 then 1,000,000 projects
    uv run python bench/bench_store.py --quick    # 20,000 then 100,000 (a minute or so)

Prints one aligned table. The projects are fake but shaped like the real ones (sites holding
equipment, serial numbers, EAN-13 barcodes, brands, cities with accents), made from a fixed
seed so that two runs measure the same thing. Everything lives in a temporary folder.
"""

from __future__ import annotations

import argparse
import gc
import random
import shutil
import statistics
import string
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wo_desktop.store.profile import Store


def _choices(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


KINDS = _choices(
    "Chiller|Boiler|Pump|Air handler|Elevator|Fire panel|Generator|Compressor|"
    "Cooling tower|Heat pump|Sprinkler|Escalator|Door|UPS"
)
BRANDS = _choices(
    "Carrier|Daikin|Grundfos|Otis|Schindler|Kone|Viessmann|Bosch|Siemens|Trane|"
    "Mitsubishi|Atlas Copco|Honeywell|Vaillant|Wilo"
)
CITIES = _choices(
    "Liège|Zürich|Bruxelles|Antwerpen|Gent|Namur|Lyon|Paris|Köln|Düsseldorf|"
    "Amsterdam|Utrecht|Mons|Charleroi|Leuven|Besançon"
)
STREETS = ("Rue", "Avenue", "Straat", "Weg", "Chaussée", "Boulevard", "Allee")
SYLLABLES = _choices(
    "ab|cor|den|ex|fa|gor|hel|in|jo|ka|lum|mer|nor|op|pra|qui|ros|sel|tar|ul|ven|wes|yor|zen"
)
SERIAL_CHARS = string.ascii_uppercase + string.digits
SITE_EVERY = 25  # one site (a root) for 24 pieces of equipment


def fake_projects(count: int, *, start: int = 0, seed: int = 7) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed * 1_000_003 + start)
    companies = [
        "".join(rng.choice(SYLLABLES) for _ in range(3)).title() + " SA" for _ in range(5000)
    ]
    site: dict[str, Any] = {}
    for i in range(start, start + count):
        project_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        stamp = f"2026-01-{1 + i % 28:02d}T{i % 24:02d}:00:00.{i % 1000:03d}Z"
        if i % SITE_EVERY == 0 or not site:
            city = rng.choice(CITIES)
            site = {"id": project_id, "company": rng.choice(companies), "city": city}
            yield {
                "id": project_id,
                "name": f"Site {city} {rng.randint(1, 300)} {rng.choice(STREETS)} "
                f"{rng.choice(SYLLABLES).title()}{rng.choice(SYLLABLES)}",
                "reference_back_office": f"S{i:08d}",
                "company_name": site["company"],
                "city": city,
                "is_mobile_installation": False,
                "modified_dateutc": stamp,
            }
            continue
        brand = rng.choice(BRANDS)
        yield {
            "id": project_id,
            "_parent_id": site["id"],
            "root_parent_id": site["id"],
            "name": f"{rng.choice(KINDS)} {brand} {rng.randint(1, 40)}",
            "reference_back_office": f"P{i:08d}",
            "company_name": site["company"],
            "city": site["city"],
            "serial_number": brand[:2].upper() + "".join(rng.choices(SERIAL_CHARS, k=8)),
            "barcode": "".join(rng.choices(string.digits, k=13)),
            "is_mobile_installation": rng.random() < 0.05,
            "equipment_model": {
                "name": f"{brand[:1]}{rng.randint(10, 99)}-{rng.randint(100, 999)}",
                "equipment_brand": {"name": brand},
            },
            "location": rng.choice(("Roof", "Basement", "Plant room")) + f" {rng.randint(0, 20)}",
            "modified_dateutc": stamp,
        }


@dataclass
class Line:
    measure: str
    n: str
    median: str
    p95: str
    target: str
    ok: str


def _ms(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return statistics.median(ordered), ordered[max(0, int(len(ordered) * 0.95) - 1)]


def load(store: Store, rows: list[dict[str, Any]], batch: int = 5000) -> float:
    started = time.perf_counter()
    with store.catalog.bulk("projects"):
        for begin in range(0, len(rows), batch):
            part = rows[begin : begin + batch]
            store.catalog.upsert(
                "projects", part, watermark=part[-1]["modified_dateutc"], last_id=part[-1]["id"]
            )
    return time.perf_counter() - started


def bench_saves(store: Store, sample: list[dict[str, Any]], count: int) -> list[float]:
    rng = random.Random(11)
    latencies = []
    for index in range(count // 2):
        project = rng.choice(sample)
        job = {
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "name": f"Bench job {index}",
            "project_id": project["id"],
            "job_type_code": "REP",
            "job_status_code": "Open",
            "description": "A noise in the plant room, reported by phone. " * 4,
        }
        for state in ("draft", "ready"):
            started = time.perf_counter()
            store.drafts.save(job, state=state)
            latencies.append((time.perf_counter() - started) * 1000)
    return latencies


def queries(sample: list[dict[str, Any]], count: int) -> dict[str, list[str]]:
    rng = random.Random(5)
    equipment = [r for r in sample if r.get("serial_number")]
    words, serials, barcodes = [], [], []
    for _ in range(count):
        parts = rng.choice(sample)["name"].split()[: rng.randint(1, 2)]
        words.append(" ".join(p[: rng.randint(min(2, len(p)), len(p))] for p in parts))
        serial = rng.choice(equipment)["serial_number"]
        serials.append(serial[2:7])  # five characters from the middle
        barcodes.append(rng.choice(equipment)["barcode"])
    return {"name words": words, "serial substring": serials, "barcode": barcodes}


def bench_search(store: Store, texts: list[str], kind: str = "projects") -> tuple[list[float], int]:
    for text in texts[:20]:  # warm the page cache like a person's first keystrokes do
        store.catalog.search(kind, text)
    latencies, empty = [], 0
    for text in texts:
        started = time.perf_counter()
        found = store.catalog.search(kind, text)
        latencies.append((time.perf_counter() - started) * 1000)
        empty += not found
    return latencies, empty


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a quick look")
    parser.add_argument("--dir", type=Path, help="where to put the database (default: a temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    args = parser.parse_args()
    first, second = (20_000, 100_000) if args.quick else (200_000, 1_000_000)
    saves = 100 if args.quick else 500
    searches = 100 if args.quick else 300

    folder = Path(tempfile.mkdtemp(prefix="wo-bench-", dir=args.dir))
    lines: list[Line] = []
    with Store.open(folder) as store:
        print(f"generating {first:,} projects ...", flush=True)
        rows = list(fake_projects(first))
        seconds = load(store, rows)
        lines.append(
            Line(
                f"bulk load {first:,} projects",
                "1",
                f"{seconds:.2f} s",
                "",
                "< 10 s" if first == 200_000 else "",
                _ok(seconds < 10) if first == 200_000 else "",
            )
        )
        sample = rows[:: max(1, first // 5000)]
        del rows  # the program never holds a catalog in memory: neither should the timing
        gc.collect()

        latencies = bench_saves(store, sample, saves)
        median, p95 = _ms(latencies)
        lines.append(
            Line(
                "save (draft, outbox, journal)",
                str(len(latencies)),
                f"{median:.2f} ms",
                f"{p95:.2f} ms",
                "p95 < 5 ms",
                _ok(p95 < 5),
            )
        )

        for size in (first, second):
            if size > first:
                print(f"generating {size - first:,} more projects ...", flush=True)
                more = list(fake_projects(size - first, start=first))
                seconds = load(store, more)
                lines.append(
                    Line(
                        f"bulk load {size - first:,} more (to {size:,})",
                        "1",
                        f"{seconds:.2f} s",
                        "",
                        "",
                        "",
                    )
                )
                sample = sample + more[:: max(1, len(more) // 5000)]
                del more
                gc.collect()
            for label, texts in queries(sample, searches).items():
                latencies, empty = bench_search(store, texts)
                median, p95 = _ms(latencies)
                target = "p95 < 16 ms" if size >= 1_000_000 else ""
                lines.append(
                    Line(
                        f"search {label} @ {size:,}",
                        f"{len(texts)}" + (f" ({empty} empty)" if empty else ""),
                        f"{median:.2f} ms",
                        f"{p95:.2f} ms",
                        target,
                        _ok(p95 < 16) if target else "",
                    )
                )
            latencies, _ = bench_search(store, queries(sample, searches)["name words"], "equipment")
            median, p95 = _ms(latencies)
            lines.append(
                Line(
                    f"search equipment words @ {size:,}",
                    str(searches),
                    f"{median:.2f} ms",
                    f"{p95:.2f} ms",
                    "",
                    "",
                )
            )
    _print(lines)
    if args.keep:
        print(f"(database kept in {folder})")
    else:
        shutil.rmtree(folder, ignore_errors=True)


def _ok(passed: bool) -> str:
    return "yes" if passed else "NO"


def _print(lines: list[Line]) -> None:
    header = Line("measure", "n", "median", "p95", "target", "ok")
    table = [header, *lines]
    widths = [max(len(getattr(line, f)) for line in table) for f in Line.__dataclass_fields__]
    for line in table:
        cells = [getattr(line, f) for f in Line.__dataclass_fields__]
        print(
            "  ".join(
                c.rjust(w) if i in (1, 2, 3) else c.ljust(w)
                for i, (c, w) in enumerate(zip(cells, widths, strict=True))
            ).rstrip()
        )


if __name__ == "__main__":
    main()

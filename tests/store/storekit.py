"""Helpers of the store tests: a clock that moves when told, jobs and catalog rows."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any


class FakeClock:
    """A clock that moves only when told to: order and back-off without sleeping."""

    def __init__(self) -> None:
        self.now = datetime(2026, 2, 1, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float = 1.0) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now


def make_job(**fields: Any) -> dict[str, Any]:
    job: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "name": "Leaking valve",
        "project_reference_back_office": "P-100",
        "job_type_code": "REP",
        "job_status_code": "Open",
    }
    job.update(fields)
    return job


def make_projects(count: int, *, start: int = 0) -> list[dict[str, Any]]:
    """Deterministic Project rows as the server sends them; every 10th one is a site (root)."""
    kinds = ("Chiller", "Boiler", "Pump", "Elevator", "Generator")
    brands = ("Carrier", "Daikin", "Grundfos", "Otis", "Viessmann")
    rows: list[dict[str, Any]] = []
    root = None
    for i in range(start, start + count):
        project_id = str(uuid.UUID(int=i + 1))
        if i % 10 == 0:
            root = project_id
            rows.append(
                {
                    "id": project_id,
                    "name": f"Site {i // 10} Rue Haute",
                    "reference_back_office": f"S-{i:06d}",
                    "company_name": f"Company {i % 97}",
                    "city": "Liège" if i % 20 == 0 else "Namur",
                    "is_mobile_installation": False,
                    "modified_dateutc": f"2026-01-01T00:00:{i % 60:02d}.000Z",
                }
            )
            continue
        brand = brands[i % 5]
        rows.append(
            {
                "id": project_id,
                "_parent_id": root,
                "root_parent_id": root,
                "name": f"{kinds[i % 5]} {brand} {i}",
                "reference_back_office": f"P-{i:06d}",
                "serial_number": f"SN{i * 7919 % 1000003:07d}X{i:06d}",
                "barcode": f"54{i:011d}",
                "is_mobile_installation": i % 7 == 0,
                "equipment_model": {
                    "name": f"M{i % 13}",
                    "equipment_brand": {"name": brand},
                    "translations": [{"language_code": "fr", "value_translated": "Modèle"}],
                },
                "location": f"Floor {i % 9}",
                "modified_dateutc": f"2026-01-01T00:00:{i % 60:02d}.000Z",
            }
        )
    return rows

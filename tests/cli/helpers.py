from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from wo_desktop.cli import main

STATUS_OPEN = "Open"


def ready_job(**overrides: Any) -> dict[str, Any]:
    job: dict[str, Any] = {
        "name": "Boiler makes a knocking noise",
        "project_reference_back_office": "INST-0001",
        "job_type_code": "REPAIR",
        "job_status_code": STATUS_OPEN,
    }
    job.update(overrides)
    return {k: v for k, v in job.items() if v is not None}


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err

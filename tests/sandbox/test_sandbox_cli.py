"""`serve_main`: serves in the foreground, prints the base URL when ready, hides the password."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from wo_desktop.sandbox.cli import serve_main

RUN = (
    "import sys; from wo_desktop.sandbox.cli import serve_main; sys.exit(serve_main(sys.argv[1:]))"
)


def test_serve_prints_its_url_when_ready_and_answers_there(tmp_path: Path) -> None:
    password = "cli-Secret-551"
    env = {**os.environ, "WO_SANDBOX_PASSWORD": password}
    args = ["--port", "0", "--data", str(tmp_path), "--projects", "60"]
    args += ["--user", "it", "--domain", "lab", "--error-rate", "0", "--fault-scope", "jobs"]
    process = subprocess.Popen(
        [sys.executable, "-c", RUN, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:") and url.endswith("/api")
        response = httpx.get(f"{url}/Project", auth=("it", f"{password}@lab"), timeout=10)
        assert response.status_code == 200
        assert len(response.json()["value"]) == 20
    finally:
        process.terminate()
        out, err = process.communicate(timeout=15)
    assert password not in out + err


def test_bad_fault_flags_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert serve_main(["--data", str(tmp_path), "--error-rate", "3"]) == 2
    assert "error_rate" in capsys.readouterr().err


def test_without_starlette_or_uvicorn_it_says_to_install_the_extra(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "uvicorn", None)
    assert serve_main(["--data", str(tmp_path)]) == 2
    assert "sandbox" in capsys.readouterr().err

"""Shared fixtures: a fresh profile per test, an in-memory keyring, and offscreen Qt."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A developer's own settings must never leak into a test run.
for _name in list(os.environ):
    if _name.startswith("WO_DESKTOP_") and _name != "WO_DESKTOP_LOG_LEVEL":
        del os.environ[_name]

sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture
def profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "profile"
    folder.mkdir()
    monkeypatch.setenv("WO_DESKTOP_HOME", str(folder))
    monkeypatch.setenv("WO_DESKTOP_POLICY", str(tmp_path / "no-policy.toml"))
    return folder


@pytest.fixture
def memory_keyring() -> Iterator[object]:
    import keyring
    from support.memory_keyring import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)

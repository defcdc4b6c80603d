"""Fixtures of the store tests: a fresh database file per test, a clock, fixture copies."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from storekit import FakeClock

from wo_desktop.store.profile import Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "profile" / "wo-desktop.db"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(db_path: Path, clock: FakeClock) -> Iterator[Store]:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    opened = Store.open(db_path, clock=clock)
    yield opened
    opened.close()


@pytest.fixture
def fixture_copy(tmp_path: Path) -> Callable[[str], Path]:
    """A copy of a committed fixture database (the committed file is never opened in place)."""

    def copy(name: str) -> Path:
        target = tmp_path / "copy" / "wo-desktop.db"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(FIXTURES / name, target)
        return target

    return copy

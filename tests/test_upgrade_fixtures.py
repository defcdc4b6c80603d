"""An upgrade as IT does it: a profile of every released schema, opened by this version's CLI.

Every `tests/fixtures/schema_*.db` (one per released schema; add the next one there and it
is covered here) is copied into a profile, then `wo-desktop drafts list` and `doctor` run on
it: the database reaches the current schema after a backup, and not one draft, outbox row or
journal entry is lost or changed.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from wo_desktop.cli import main
from wo_desktop.store import migrate

FIXTURES = Path(__file__).resolve().parent / "fixtures"
RELEASED = sorted(FIXTURES.glob("schema_*.db"))
KEPT = ("drafts", "outbox", "journal")


def rows(path: Path, table: str, columns: list[str] | None = None) -> list[tuple[Any, ...]]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        names = columns or [r[1] for r in connection.execute(f"PRAGMA table_info({table})")]
        found = connection.execute(f"SELECT {', '.join(names)} FROM {table} ORDER BY rowid")
        return found.fetchall()


def columns(path: Path, table: str) -> list[str]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        return [r[1] for r in connection.execute(f"PRAGMA table_info({table})")]


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_there_is_a_fixture_of_the_first_schema() -> None:
    assert FIXTURES / "schema_0001.db" in RELEASED


def test_the_first_schema_is_behind_the_program() -> None:
    # So the upgrade test below really goes through a migration and its backup.
    assert migrate.head_revision() != "0001"
    assert migrate.current_revision(FIXTURES / "schema_0001.db") == "0001"


@pytest.mark.parametrize("fixture", RELEASED, ids=[p.stem for p in RELEASED])
def test_an_old_profile_upgrades_with_every_draft(
    fixture: Path, profile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = profile / "wo-desktop.db"
    shutil.copyfile(fixture, database)
    old_revision = migrate.current_revision(database)
    shapes = {table: columns(database, table) for table in KEPT}
    before = {table: rows(database, table) for table in KEPT}
    assert before["drafts"], "a fixture without drafts proves nothing"

    code, out, err = cli(capsys, "drafts", "list", "--json")
    assert code == 0, err

    listed = {draft["id"] for draft in json.loads(out)}
    assert listed == {row[shapes["drafts"].index("id")] for row in before["drafts"]}
    # The same rows, column for column (a new schema may add columns, never drop a value).
    after = {table: rows(database, table, shapes[table]) for table in KEPT}
    assert after == before
    head = migrate.head_revision()
    assert migrate.current_revision(database) == head
    # Only a fixture of the current schema may skip the backup; an older one must have one.
    assert (old_revision == head) == (fixture.stem == f"schema_{head}")
    if old_revision != head:
        backups = sorted((profile / "backups").glob(f"pre-migrate-{old_revision}-*.db"))
        assert len(backups) == 1
        assert {table: rows(backups[0], table) for table in KEPT} == before

    code, out, err = cli(capsys, "doctor")
    assert code == 0, err
    assert f"{head} (program: {head})" in out


def test_a_profile_from_a_newer_version_is_refused_and_untouched(
    profile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = profile / "wo-desktop.db"
    shutil.copyfile(RELEASED[-1], database)
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = database.read_bytes()

    code, _out, err = cli(capsys, "drafts", "list")

    assert code == 5
    assert "newer version" in err and "9999" in err and "not changed" in err
    assert database.read_bytes() == before
    assert not list((profile / "backups").glob("*.db"))

"""Migrations: from nothing, from the released 0001 fixture, backups first, newer files refused."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from wo_desktop.store import migrate, models
from wo_desktop.store.catalog_rows import SPECS
from wo_desktop.store.db import DatabaseTooNew, quick_check
from wo_desktop.store.profile import Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
KEPT = ("drafts", "outbox", "journal", "projects", "job_types", "catalog_state")

EXTRA_REVISION = '''
"""test-only: a revision after the head"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("drafts", sa.Column("colour", sa.Text(), nullable=True))


def downgrade() -> None:
    raise NotImplementedError
'''


def _rows(path: Path, table: str) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        columns = [r[1] for r in connection.execute(f"PRAGMA table_info({table})")]
        keep = [c for c in columns if c != "colour"]
        return connection.execute(
            f"SELECT {', '.join(keep)} FROM {table} ORDER BY rowid"
        ).fetchall()


def _schema(path: Path) -> set[tuple[str, str]]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return {
            (name, " ".join(sql.split()))
            for name, sql in connection.execute(
                "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL"
            )
        }


@pytest.fixture
def scripts_with_0003(tmp_path: Path) -> Path:
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "0003_test_only.py").write_text(EXTRA_REVISION, encoding="utf-8")
    return folder


def test_an_empty_profile_is_migrated_to_head(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    report = migrate.upgrade(db_path)
    assert (report.from_rev, report.to_rev, report.backup_path) == (
        None,
        migrate.head_revision(),
        None,
    )
    assert migrate.current_revision(db_path) == migrate.head_revision()
    assert quick_check(db_path) == ["ok"]
    again = migrate.upgrade(db_path)
    assert not again.migrated and again.backup_path is None


def test_migrated_tables_match_the_models(db_path: Path) -> None:
    migrate.upgrade(db_path)
    with closing(sqlite3.connect(db_path)) as connection:
        for name in models.TABLES:
            found = [r[1] for r in connection.execute(f"PRAGMA table_info({name})")]
            assert found == [c.name for c in models.table(name).columns], name
        for name, spec in SPECS.items():
            words = [r[1] for r in connection.execute(f"PRAGMA table_info({name}_words)")]
            assert tuple(words) == spec.words, name
            assert [c.name for c in models.table(name).columns] == ["pk", *spec.columns]
        codes = [r[1] for r in connection.execute("PRAGMA table_info(projects_codes)")]
        assert tuple(codes) == SPECS["projects"].codes


def test_the_fixture_schema_is_what_revision_0001_creates(tmp_path: Path) -> None:
    made = tmp_path / "made.db"
    migrate.upgrade(made, revision="0001")
    assert _schema(FIXTURES / "schema_0001.db") == _schema(made)


def test_the_0001_fixture_keeps_every_row(fixture_copy: Callable[[str], Path]) -> None:
    path = fixture_copy("schema_0001.db")
    before = {table: _rows(path, table) for table in KEPT}
    assert len(before["drafts"]) == 3 and len(before["outbox"]) == 1 and before["journal"]

    store = Store.open(path)
    try:
        assert (store.migration.from_rev, store.migration.to_rev) == ("0001", "0002")
        saved = store.migration.backup_path
        assert saved is not None and saved.parent == path.parent / "backups"
        assert migrate.current_revision(saved) == "0001"
        assert {table: _rows(saved, table) for table in KEPT} == before
        assert {table: _rows(path, table) for table in KEPT} == before
        assert store.sync_runs.recent() == []
        assert sorted(r.state for r in store.drafts.list()) == ["draft", "ready", "sent"]
        sent = store.drafts.list(state="sent")[0]
        assert sent.receipt is not None and sent.receipt["http_status"] == 201
        assert store.outbox.pending_count() == 1
        assert store.catalog.search("projects", "chil")[0]["name"] == "Chiller Carrier 30RB"
        assert store.catalog.find_exact_code("5400000000017") is not None
    finally:
        store.close()


def test_a_backup_is_taken_before_migrating(
    fixture_copy: Callable[[str], Path], scripts_with_0003: Path
) -> None:
    path = fixture_copy("schema_0001.db")
    drafts = _rows(path, "drafts")
    journal = _rows(path, "journal")

    report = migrate.upgrade(path, script_location=scripts_with_0003)

    assert (report.from_rev, report.to_rev) == ("0001", "0003")
    assert report.backup_path is not None
    assert report.backup_path.parent == path.parent / "backups"
    assert report.backup_path.name.startswith("pre-migrate-0001-")
    assert migrate.current_revision(report.backup_path) == "0001"
    assert quick_check(report.backup_path) == ["ok"]
    assert _rows(report.backup_path, "drafts") == drafts
    assert migrate.current_revision(path) == "0003"
    assert _rows(path, "drafts") == drafts and _rows(path, "journal") == journal
    with closing(sqlite3.connect(path)) as connection:
        assert "colour" in [r[1] for r in connection.execute("PRAGMA table_info(drafts)")]


def test_a_newer_database_is_refused_and_left_untouched(
    fixture_copy: Callable[[str], Path],
) -> None:
    path = fixture_copy("schema_0001.db")
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
    before = path.read_bytes()

    with pytest.raises(DatabaseTooNew) as caught:
        migrate.upgrade(path)
    assert (caught.value.found, caught.value.known) == ("9999", migrate.head_revision())
    with pytest.raises(DatabaseTooNew):
        Store.open(path)

    assert path.read_bytes() == before
    assert not (path.parent / "backups").exists()


def test_a_database_at_0003_is_too_new_for_a_program_at_0002(
    fixture_copy: Callable[[str], Path], scripts_with_0003: Path
) -> None:
    path = fixture_copy("schema_0001.db")
    migrate.upgrade(path, script_location=scripts_with_0003)
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew):
        migrate.upgrade(path)
    assert path.read_bytes() == before

"""Store.open: a folder or a file, migrated once, every repository on the same file."""

from __future__ import annotations

from pathlib import Path

from storekit import make_job

from wo_desktop.store import migrate
from wo_desktop.store.profile import DATABASE_NAME, Store


def test_a_profile_folder_gets_its_database_file(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        assert store.path == tmp_path / DATABASE_NAME
        assert store.schema_revision == migrate.head_revision()
        assert store.migration.from_rev is None
        store.drafts.save(make_job(), state="ready")
    with Store.open(tmp_path / DATABASE_NAME) as again:
        assert not again.migration.migrated
        assert again.migration.backup_path is None
        assert again.outbox.pending_count() == 1
        assert again.drafts.counts()["ready"] == 1

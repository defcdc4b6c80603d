"""The first schema: drafts, outbox, journal, the catalog and its FTS5 indexes.

Revision ID: 0001
Revises:
Create Date: 2026-01-31

Written by hand and frozen: it does not import wo_desktop.store.models.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WORDS = "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4', detail=none, columnsize=0"

# table -> the columns of its words index (external content, keyed by the table's pk)
WORD_COLUMNS = {
    "projects": (
        "name",
        "reference_back_office",
        "company_name",
        "city",
        "model_name",
        "brand_name",
        "location",
    ),
    "companies": ("code", "name", "city", "vat_reg_code"),
    "contacts": ("firstname", "lastname", "email", "phone"),
    "users": ("code", "username", "firstname", "lastname", "email"),
    "job_types": ("code", "name", "description"),
    "job_priorities": ("code", "name"),
    "job_statuses": ("code", "name"),
    "skills": ("code", "name", "description"),
    "countries": ("code", "name"),
}


def _text(name: str, **kw: object) -> sa.Column:
    return sa.Column(name, sa.Text(), **kw)  # type: ignore[arg-type]


def _int(name: str, **kw: object) -> sa.Column:
    return sa.Column(name, sa.Integer(), **kw)  # type: ignore[arg-type]


def _catalog_table(name: str, *columns: sa.Column, coded: bool = True) -> None:
    op.create_table(
        name,
        sa.Column("pk", sa.Integer(), primary_key=True),
        _text("id", nullable=False, unique=True),
        *columns,
        _text("modified_dateutc"),
    )
    if coded:
        _nocase_index(name, "code")


def _nocase_index(table: str, column: str) -> None:
    # Exact look-ups (a scanned code, a typed reference) ignore case like the searches do.
    op.execute(f"CREATE INDEX ix_{table}_{column} ON {table} ({column} COLLATE NOCASE)")


def upgrade() -> None:
    op.create_table(
        "drafts",
        _text("id", primary_key=True),
        _text("state", nullable=False),
        _text("job_json", nullable=False),
        _text("name"),
        _text("installation"),
        _text("job_type"),
        _text("status"),
        _text("parent_id"),
        _int("working_sequence"),
        _int("revision", nullable=False),
        _text("created_at", nullable=False),
        _text("updated_at", nullable=False),
        _text("trashed_at"),
        _text("rejection_json"),
        _text("receipt_json"),
    )
    op.create_index("ix_drafts_updated_at", "drafts", ["updated_at"])
    op.create_index("ix_drafts_parent_id", "drafts", ["parent_id"])

    op.create_table(
        "outbox",
        sa.Column(
            "job_id",
            sa.Text(),
            sa.ForeignKey("drafts.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        _int("revision", nullable=False),
        _text("enqueued_at", nullable=False),
        _int("attempts", nullable=False, server_default=sa.text("0")),
        _text("next_attempt_at", nullable=False),
        _text("last_error"),
        _text("state", nullable=False),
    )
    op.create_index("ix_outbox_enqueued_at", "outbox", ["enqueued_at"])

    op.create_table(
        "journal",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        _text("job_id", nullable=False),
        _int("revision", nullable=False),
        _text("at", nullable=False),
        _text("kind", nullable=False),
        _text("job_json"),
        _text("detail_json"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_journal_job_id", "journal", ["job_id", "id"])
    for action in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER journal_no_{action.lower()} BEFORE {action} ON journal "
            "BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END"
        )

    op.create_table(
        "catalog_state",
        _text("table_name", primary_key=True),
        _text("watermark"),
        _text("last_id"),
        _text("as_of"),
        _int("rows", nullable=False, server_default=sa.text("0")),
        _int("index_stale", nullable=False, server_default=sa.text("0")),
        # JSON list of the CREATE INDEX statements set aside during a bulk load
        _text("deferred_indexes"),
        # while the FTS index is rebuilt in steps: it holds the rows up to this pk
        _int("indexed_to"),
    )

    _catalog_table(
        "projects",
        _text("parent_id"),
        _text("root_parent_id"),
        _text("name"),
        _text("reference_back_office"),
        _text("company_id"),
        _text("company_name"),
        _text("city"),
        _text("street"),
        _text("zip"),
        _text("country_code"),
        _text("serial_number"),
        _text("barcode"),
        _int("is_mobile"),
        _text("model_name"),
        _text("brand_name"),
        _text("model_translations_json"),
        _text("location"),
        coded=False,
    )
    for column in ("parent_id", "root_parent_id", "company_id"):
        op.create_index(f"ix_projects_{column}", "projects", [column])
    for column in ("name", "reference_back_office", "serial_number", "barcode"):
        _nocase_index("projects", column)

    _catalog_table(
        "companies", _text("code"), _text("name"), _text("city"), _text("vat_reg_code")
    )
    _catalog_table(
        "contacts",
        _text("company_id"),
        _text("firstname"),
        _text("lastname"),
        _text("email"),
        _text("phone"),
        coded=False,
    )
    op.create_index("ix_contacts_company_id", "contacts", ["company_id"])
    _nocase_index("contacts", "email")
    _catalog_table(
        "users",
        _text("code"),
        _text("username"),
        _text("firstname"),
        _text("lastname"),
        _text("email"),
        _int("is_team_leader"),
        _int("archived"),
        _int("disabled"),
    )
    _nocase_index("users", "username")
    _catalog_table(
        "job_types",
        _text("code"),
        _text("name"),
        _text("description"),
        _int("is_default"),
        _int("archived"),
    )
    _catalog_table(
        "job_priorities", _text("code"), _text("name"), _int("sequence"), _int("is_default")
    )
    _catalog_table(
        "job_statuses",
        _text("code"),
        _text("name"),
        _int("usable_on_api"),
        _int("is_readonly_on_api"),
    )
    _catalog_table("skills", _text("code"), _text("name"), _text("description"))
    _catalog_table("countries", _text("code"), _text("name"))

    for name, columns in WORD_COLUMNS.items():
        op.execute(
            f"CREATE VIRTUAL TABLE {name}_words USING fts5({', '.join(columns)}, "
            f"content='{name}', content_rowid='pk', {WORDS})"
        )
    # Substrings of serial numbers and barcodes: a trigram index needs the positions (detail=full).
    op.execute(
        "CREATE VIRTUAL TABLE projects_codes USING fts5(serial_number, barcode, "
        "reference_back_office, content='projects', content_rowid='pk', tokenize='trigram', "
        "columnsize=0)"
    )
    # Every word of projects_words: a typed prefix longer than the prefix indexes is expanded
    # to the words it begins (cheap to look up) instead of FTS5 merging their whole doclists.
    op.create_table("projects_terms", _text("term", primary_key=True), sqlite_with_rowid=False)


def downgrade() -> None:
    raise NotImplementedError("the first schema has nothing to go back to")

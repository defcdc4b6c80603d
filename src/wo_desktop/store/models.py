"""The tables of the current schema, as SQLModel classes.

The repositories use their `__table__` through SQLAlchemy Core (bulk statements, no ORM
session). The migrations do not import this module: each revision states its own DDL, so an
old revision keeps meaning what it meant when it was released. `tests/store` checks that the
migrated database and these classes agree.

Catalog tables carry an integer `pk` beside the server's GUID `id`: the FTS5 indexes are
"external content" tables keyed by an integer rowid, and an explicit INTEGER PRIMARY KEY is
the only rowid that VACUUM may not renumber. Indexes are the migrations' business.
"""

from __future__ import annotations

from sqlalchemy import Table
from sqlmodel import Field, SQLModel

DRAFT_STATES = ("draft", "ready", "sending", "sent", "rejected")
OUTBOX_STATES = ("queued", "sending", "unknown")
JOURNAL_KINDS = ("save", "ready", "sent", "rejected", "sync_attempt", "trash", "restore", "import")


class Draft(SQLModel, table=True):
    __tablename__ = "drafts"

    id: str = Field(primary_key=True)  # the job's GUID, lower case
    state: str
    job_json: str
    name: str | None = None
    installation: str | None = None
    job_type: str | None = None
    status: str | None = None
    parent_id: str | None = None
    working_sequence: int | None = None
    revision: int
    created_at: str
    updated_at: str
    trashed_at: str | None = None
    rejection_json: str | None = None
    receipt_json: str | None = None


class Outbox(SQLModel, table=True):
    __tablename__ = "outbox"

    job_id: str = Field(primary_key=True, foreign_key="drafts.id", ondelete="CASCADE")
    revision: int
    enqueued_at: str
    attempts: int = 0
    next_attempt_at: str
    last_error: str | None = None
    state: str


class Journal(SQLModel, table=True):
    __tablename__ = "journal"

    id: int | None = Field(default=None, primary_key=True)
    job_id: str
    revision: int
    at: str
    kind: str
    job_json: str | None = None
    detail_json: str | None = None


class CatalogState(SQLModel, table=True):
    __tablename__ = "catalog_state"

    table_name: str = Field(primary_key=True)
    watermark: str | None = None  # the highest modified_dateutc received, as the server wrote it
    last_id: str | None = None
    as_of: str | None = None  # when the last pull finished (store time text)
    rows: int = 0
    index_stale: bool = False  # a bulk load is under way: the FTS index is rebuilt at its end
    deferred_indexes: str | None = None  # JSON: the CREATE INDEX statements the load set aside
    indexed_to: int | None = None  # during a rebuild: the index holds the rows up to this pk


class Project(SQLModel, table=True):
    __tablename__ = "projects"
    model_config = {"protected_namespaces": ()}

    pk: int | None = Field(default=None, primary_key=True)
    id: str = Field(unique=True)
    parent_id: str | None = None
    root_parent_id: str | None = None
    name: str | None = None
    reference_back_office: str | None = None
    company_id: str | None = None
    company_name: str | None = None
    city: str | None = None
    street: str | None = None
    zip: str | None = None
    country_code: str | None = None
    serial_number: str | None = None
    barcode: str | None = None
    is_mobile: bool | None = None
    model_name: str | None = None
    brand_name: str | None = None
    model_translations_json: str | None = None
    location: str | None = None
    modified_dateutc: str | None = None


class ProjectTerm(SQLModel, table=True):
    """The words in `projects_words` (may hold words no row has any more: harmless)."""

    __tablename__ = "projects_terms"

    term: str = Field(primary_key=True)


class Company(SQLModel, table=True):
    __tablename__ = "companies"

    pk: int | None = Field(default=None, primary_key=True)
    id: str = Field(unique=True)
    code: str | None = None
    name: str | None = None
    city: str | None = None
    vat_reg_code: str | None = None
    modified_dateutc: str | None = None


class Contact(SQLModel, table=True):
    __tablename__ = "contacts"

    pk: int | None = Field(default=None, primary_key=True)
    id: str = Field(unique=True)
    company_id: str | None = None
    firstname: str | None = None
    lastname: str | None = None
    email: str | None = None
    phone: str | None = None
    modified_dateutc: str | None = None


class User(SQLModel, table=True):
    """Only what a picker shows (CONTRACT.md: the user entity carries private data)."""

    __tablename__ = "users"

    pk: int | None = Field(default=None, primary_key=True)
    id: str = Field(unique=True)
    code: str | None = None
    username: str | None = None
    firstname: str | None = None
    lastname: str | None = None
    email: str | None = None
    is_team_leader: bool | None = None
    archived: bool | None = None
    disabled: bool | None = None
    modified_dateutc: str | None = None


class JobType(SQLModel, table=True):
    __tablename__ = "job_types"

    pk: int | None = Field(default=None, primary_key=True)
    id: str = Field(unique=True)
    code: str | None = None
    name: str | None = None
    description: str | None = None
    is_default: bool | None = None
    archived: bool | None = None
    modified_dateutc: str | None = None


class JobPriority(SQLModel, table=True):
    __tablename__ = "job_priorities"

    pk: int | None = Field(default=None, primary_key=True)
    id: str = Field(unique=True)
    code: str | None = None
    name: str | None = None
    sequence: int | None = None
    is_default: bool | None = None
    modified_dateutc: str | None = None


class JobStatus(SQLModel, table=True):
    __tablename__ = "job_statuses"

    pk: int | None = Field(default=None, primary_key=True)
    id: str = Field(unique=True)
    code: str | None = None
    name: str | None = None
    usable_on_api: bool | None = None
    is_readonly_on_api: bool | None = None
    modified_dateutc: str | None = None


class Skill(SQLModel, table=True):
    __tablename__ = "skills"

    pk: int | None = Field(default=None, primary_key=True)
    id: str = Field(unique=True)
    code: str | None = None
    name: str | None = None
    description: str | None = None
    modified_dateutc: str | None = None


class Country(SQLModel, table=True):
    __tablename__ = "countries"

    pk: int | None = Field(default=None, primary_key=True)
    id: str = Field(unique=True)
    code: str | None = None
    name: str | None = None
    modified_dateutc: str | None = None


CATALOG_MODELS: dict[str, type[SQLModel]] = {
    "projects": Project,
    "companies": Company,
    "contacts": Contact,
    "users": User,
    "job_types": JobType,
    "job_priorities": JobPriority,
    "job_statuses": JobStatus,
    "skills": Skill,
    "countries": Country,
}


TABLES: tuple[str, ...] = (
    "drafts",
    "outbox",
    "journal",
    "catalog_state",
    "projects_terms",
    *CATALOG_MODELS,
)


def table(name: str) -> Table:
    """The Core table of one of the classes above."""
    return SQLModel.metadata.tables[name]

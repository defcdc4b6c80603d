"""The reference catalog: upserts from the delta pull, and the pickers' look-ups.

Rows arrive as the server's JSON; `catalog_rows` maps them to columns. An upsert is one
transaction holding the rows, their FTS entries and the table's watermark, so a pull stopped
anywhere resumes from what was stored. A first full load runs between `begin_bulk` and
`end_bulk`: the search index and the secondary indexes wait for its end and are then built
once, in steps (see `catalog_index`); the state is in the database, so a load cut short by a
crash is finished the next time the store opens.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import Engine, bindparam
from sqlalchemy import text as sql
from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection

from wo_desktop.store import (
    catalog_index,
    catalog_rows,
    catalog_search,
    catalog_tree,
    models,
    times,
)
from wo_desktop.store.catalog_rows import SPECS, TableSpec, spec_for
from wo_desktop.store.catalog_search import EQUIPMENT
from wo_desktop.store.db import write_transaction

log = logging.getLogger(__name__)

KINDS: dict[str, str] = {"equipment": "projects", **{name: name for name in SPECS}}
SUBTREE_CAP = catalog_tree.SUBTREE_CAP


@dataclass(frozen=True)
class TableStatus:
    table: str
    rows: int
    watermark: str | None
    as_of: str | None
    last_id: str | None = None
    index_stale: bool = False


class Watermark(NamedTuple):
    """Where the next delta pull starts: the highest modified_dateutc, and the last id stored."""

    value: str | None
    last_id: str | None


@dataclass(frozen=True)
class UpsertResult:
    inserted: int
    updated: int
    deleted: int


@cache
def _upsert_statement(name: str) -> tuple[str, tuple[str, ...]]:
    """`INSERT ... ON CONFLICT (id) DO UPDATE` for every column, compiled once: (SQL, params)."""
    table = models.table(name)
    columns = spec_for(name).columns
    statement = sqlite_insert(table).values({c: bindparam(c) for c in columns})
    statement = statement.on_conflict_do_update(
        index_elements=[table.c.id],
        set_={c: statement.excluded[c] for c in columns if c != "id"},
    )
    compiled = statement.compile(dialect=sqlite_dialect(paramstyle="qmark"))
    return str(compiled), tuple(compiled.positiontup or ())


def _table_of(kind: str) -> TableSpec:
    try:
        return SPECS[KINDS[kind]]
    except KeyError:
        raise ValueError(f"unknown catalog kind {kind!r}") from None


Latest = dict[str, dict[str, Any] | None]  # id -> columns, or None to delete


class CatalogRepository:
    def __init__(self, engine: Engine, *, clock: Callable[[], datetime] = times.utc_now) -> None:
        self._engine = engine
        self._clock = clock

    # ------------------------------------------------------------------ writing
    def upsert(
        self,
        table: str,
        rows: Iterable[Mapping[str, Any]],
        *,
        watermark: str | None,
        last_id: str | None = None,
    ) -> UpsertResult:
        """Store one batch of server rows; `sys_logical_delete` rows are removed instead.

        The watermark (when given; None keeps the stored one), `last_id`, the "as of" time and
        the row count are written in the same transaction as the rows.
        """
        spec = spec_for(table)
        latest: Latest = {}
        for row in rows:
            mapped = spec.mapper(row)
            if mapped["id"] is None:
                log.warning("a %s row without an id was ignored", table)
                continue
            latest.pop(mapped["id"], None)  # a later row wins, and keeps its place
            latest[mapped["id"]] = None if catalog_rows.is_deleted(row) else mapped
        with write_transaction(self._engine) as connection:
            state = catalog_index.read_state(connection, spec)
            if state.stale and state.indexed_to is None:
                result = self._store_bulk(connection, spec, latest)
            else:
                up_to = state.indexed_to if state.stale else None
                result = self._store_delta(connection, spec, latest, up_to)
            catalog_index.record_batch(
                connection,
                spec.name,
                rows=state.rows + result.inserted - result.deleted,
                as_of=times.to_text(self._clock()),
                watermark=watermark,
                last_id=last_id,
            )
        return result

    def _store_delta(
        self, connection: Connection, spec: TableSpec, latest: Latest, up_to: int | None
    ) -> UpsertResult:
        """Rows and their FTS entries (only those up to pk `up_to` during a rebuild)."""
        ids = list(latest)
        old = catalog_index.existing(connection, spec, ids)
        indexed = [r for r in old.values() if up_to is None or r["pk"] <= up_to]
        catalog_index.delete_entries(connection, spec, indexed)
        gone = [i for i in ids if latest[i] is None and i in old]
        self._delete(connection, spec, gone)
        kept = [m for m in latest.values() if m is not None]
        if kept:
            self._write_rows(connection, spec, kept)
            changed = [m["id"] for m in kept]
            catalog_index.add_entries(connection, spec, ids=changed, up_to=up_to)
            if spec.terms:
                catalog_index.add_terms(connection, spec, ids=changed, up_to=up_to)
        inserted = sum(1 for m in kept if m["id"] not in old)
        return UpsertResult(inserted, len(kept) - inserted, len(gone))

    def _store_bulk(self, connection: Connection, spec: TableSpec, latest: Latest) -> UpsertResult:
        """Rows only. No look-up of the existing rows either: a new row gets the next integer
        pk, so the growth of max(pk) across the upsert is the number of rows it inserted."""
        deleted = self._delete(connection, spec, [i for i, m in latest.items() if m is None])
        kept = [m for m in latest.values() if m is not None]
        highest = f"SELECT coalesce(max(pk), 0) FROM {spec.name}"
        before = int(connection.exec_driver_sql(highest).scalar_one())
        self._write_rows(connection, spec, kept)
        inserted = int(connection.exec_driver_sql(highest).scalar_one()) - before
        return UpsertResult(inserted, len(kept) - inserted, deleted)

    def _delete(self, connection: Connection, spec: TableSpec, ids: Sequence[str]) -> int:
        statement = sql(f"DELETE FROM {spec.name} WHERE id IN :ids").bindparams(
            bindparam("ids", expanding=True)
        )
        return sum(
            connection.execute(statement, {"ids": chunk}).rowcount
            for chunk in catalog_index.chunks(ids)
        )

    def _write_rows(
        self, connection: Connection, spec: TableSpec, rows: Sequence[Mapping[str, Any]]
    ) -> None:
        if rows:
            statement, names = _upsert_statement(spec.name)
            # One executemany of the compiled Core upsert: a bulk load is bound by this line.
            connection.exec_driver_sql(statement, [tuple(row[n] for n in names) for row in rows])

    def remove(self, table: str, ids: Iterable[str]) -> int:
        rows = [{"id": i, "sys_logical_delete": True} for i in ids]
        return self.upsert(table, rows, watermark=None).deleted

    def mark_pulled(self, table: str, now: datetime | None = None) -> None:
        """A pull of `table` finished (even with no new rows): the catalog is as of now."""
        spec = spec_for(table)
        with write_transaction(self._engine) as connection:
            state = catalog_index.read_state(connection, spec)
            catalog_index.record_batch(
                connection, spec.name, rows=state.rows, as_of=times.to_text(now or self._clock())
            )

    def begin_bulk(self, table: str) -> None:
        """Start a large load: the search index and secondary indexes wait for `end_bulk`."""
        spec = spec_for(table)
        with write_transaction(self._engine) as connection:
            state = catalog_index.read_state(connection, spec)
            if state.stale:
                return  # a load or rebuild is under way already (or was cut short): it goes on
            deferred = catalog_index.set_aside_indexes(connection, spec)
            catalog_index.set_index_state(connection, spec.name, stale=True, deferred=deferred)

    def end_bulk(self, table: str) -> None:
        """Finish a large load: index it in steps, put the indexes back (a no-op if fresh)."""
        catalog_index.finish(self._engine, spec_for(table))

    @contextmanager
    def bulk(self, table: str) -> Iterator[None]:
        self.begin_bulk(table)
        try:
            yield
        finally:
            self.end_bulk(table)

    def rebuild_index(self, table: str | None = None) -> None:
        """Rebuild the search index of one table, or of all, from the rows."""
        for spec in [spec_for(table)] if table else list(SPECS.values()):
            with write_transaction(self._engine) as connection:
                state = catalog_index.read_state(connection, spec)
                if not state.stale:
                    catalog_index.set_index_state(connection, spec.name, stale=True)
            catalog_index.finish(self._engine, spec)

    def stale_tables(self) -> list[str]:
        """Tables whose load or rebuild has not finished: `end_bulk` them."""
        with self._engine.connect() as connection:
            found = connection.execute(
                sql("SELECT table_name FROM catalog_state WHERE index_stale")
            ).scalars()
            return [name for name in found if name in SPECS]

    # ------------------------------------------------------------------ reading
    def search(self, kind: str, text: str, limit: int = 50) -> list[dict[str, Any]]:
        """Rows of `kind` (a table, or "equipment": projects with a serial or a barcode)."""
        spec = _table_of(kind)
        where = EQUIPMENT if kind == "equipment" else ""
        with self._engine.connect() as connection:
            return catalog_search.search(connection, spec, text, limit, where=where)

    def search_equipment(
        self, text: str, under_project_id: str | None = None, limit: int = 50
    ) -> list[dict[str, Any]]:
        """Equipment matching `text`, only under `under_project_id` when it is given."""
        if under_project_id is None:
            return self.search("equipment", text, limit)
        with self._engine.connect() as connection:
            return catalog_tree.equipment_under(
                connection, SPECS["projects"], text, under_project_id.lower(), limit
            )

    def find_exact_code(self, code: str) -> dict[str, Any] | None:
        """The project whose barcode, else serial number, is exactly `code` (for scanners)."""
        code = code.strip()
        if not code:
            return None
        for column in ("barcode", "serial_number"):
            found = self._one("projects", f"p.{column} = :v COLLATE NOCASE", code)
            if found is not None:
                return found
        return None

    def find_by_reference(self, kind: str, reference: str) -> dict[str, Any] | None:
        """A row by its ERP key: `reference_back_office` for projects, `code` elsewhere."""
        spec = _table_of(kind)
        column = "reference_back_office" if spec.name == "projects" else "code"
        if column not in spec.columns:
            raise ValueError(f"{spec.name} rows have no code to look up")
        return self._one(spec.name, f"p.{column} = :v COLLATE NOCASE", reference.strip())

    def get(self, kind: str, id: str) -> dict[str, Any] | None:
        return self._one(_table_of(kind).name, "p.id = :v", str(id).lower())

    def children(self, project_id: str | None, limit: int | None = None) -> list[dict[str, Any]]:
        """The projects directly under `project_id` (None: the roots), by name."""
        if project_id is None:
            # With a limit, walk the name index and skip children ("+" keeps SQLite off the
            # parent index): the first roots by name come without sorting every root.
            where = "+p.parent_id IS NULL" if limit is not None else "p.parent_id IS NULL"
            return self._many("projects", where, None, limit)
        return self._many("projects", "p.parent_id = :v", project_id.lower(), limit)

    def ancestors(self, project_id: str) -> list[dict[str, Any]]:
        """The path from the root down to the project's parent (the project itself excluded)."""
        with self._engine.connect() as connection:
            return catalog_tree.ancestors(connection, SPECS["projects"], project_id.lower())

    def status(self) -> list[TableStatus]:
        with self._engine.connect() as connection:
            stored = {
                row["table_name"]: row
                for row in connection.execute(sql("SELECT * FROM catalog_state")).mappings()
            }
        result = []
        for name in SPECS:
            row = stored.get(name)
            result.append(
                TableStatus(name, 0, None, None)
                if row is None
                else TableStatus(
                    name,
                    int(row["rows"]),
                    row["watermark"],
                    row["as_of"],
                    row["last_id"],
                    bool(row["index_stale"]),
                )
            )
        return result

    def watermark(self, table: str) -> Watermark:
        spec = spec_for(table)
        with self._engine.connect() as connection:
            row = connection.execute(
                sql("SELECT watermark, last_id FROM catalog_state WHERE table_name = :t"),
                {"t": spec.name},
            ).first()
        return Watermark(None, None) if row is None else Watermark(row[0], row[1])

    def _one(self, table: str, where: str, value: Any) -> dict[str, Any] | None:
        found = self._many(table, where, value, 1)
        return found[0] if found else None

    def _many(self, table: str, where: str, value: Any, limit: int | None) -> list[dict[str, Any]]:
        spec = SPECS[table]
        statement = (
            f"SELECT {catalog_search.select_list(spec)} FROM {table} p WHERE {where} "
            f"ORDER BY {catalog_search.order_clause(spec)}"
        )
        if limit is not None:
            statement += f" LIMIT {int(limit)}"
        with self._engine.connect() as connection:
            rows = connection.execute(sql(statement), {"v": value}).mappings().all()
        return [catalog_search.as_dict(spec, r) for r in rows]

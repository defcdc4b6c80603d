"""Keeping the catalog's FTS5 indexes, its term lists and `catalog_state` right.

The FTS tables are "external content": they index columns of the catalog table by its integer
`pk` and forget a row only when told its old values, so every change goes through here.

`catalog_state` says, per table, what the index holds:
- not stale: everything (each upsert keeps it so, row by row);
- stale, `indexed_to` NULL: a bulk load is under way; the index is ignored and the table's
  secondary indexes are set aside (`deferred_indexes`), because one rebuild at the end is
  much faster than keeping them up row by row;
- stale, `indexed_to` = k: being rebuilt; the index holds exactly the rows with pk <= k, and an
  upsert keeps those right. The rebuild goes in steps of REBUILD_ROWS rows, one transaction
  each, so no writer waits long for the lock, and a rebuild cut short resumes where it was.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, NamedTuple

from sqlalchemy import Engine, bindparam
from sqlalchemy import text as sql
from sqlalchemy.engine import Connection

from wo_desktop.store.catalog_rows import TableSpec
from wo_desktop.store.catalog_search import DbRow
from wo_desktop.store.db import write_transaction

CHUNK = 500  # ids per IN (...) list
REBUILD_ROWS = 50_000  # rows indexed per transaction by a rebuild
# Drafts look their installation up by reference on every save, also during a first load.
KEPT_DURING_BULK = frozenset({"ix_projects_reference_back_office"})
_IF_NOT_EXISTS = re.compile(r"^\s*CREATE\s+(UNIQUE\s+)?INDEX\s+", re.IGNORECASE)
_TOKENIZER = re.compile(r"tokenize\s*=\s*'((?:[^']|'')*)'")


class TableState(NamedTuple):
    stale: bool
    rows: int
    deferred: tuple[str, ...]  # CREATE INDEX statements set aside by a bulk load
    indexed_to: int | None


def chunks(items: Sequence[str]) -> Iterator[list[str]]:
    for start in range(0, len(items), CHUNK):
        yield list(items[start : start + CHUNK])


def fts_indexes(spec: TableSpec) -> list[tuple[str, tuple[str, ...]]]:
    indexes = [(f"{spec.name}_words", spec.words)]
    if spec.codes:
        indexes.append((f"{spec.name}_codes", spec.codes))
    return indexes


def read_state(connection: Connection, spec: TableSpec) -> TableState:
    """The table's state row, made (with the current row count) if it is not there yet."""
    row = connection.execute(
        sql(
            "SELECT index_stale, rows, deferred_indexes, indexed_to FROM catalog_state "
            "WHERE table_name = :t"
        ),
        {"t": spec.name},
    ).first()
    if row is not None:
        return TableState(bool(row[0]), int(row[1]), tuple(json.loads(row[2] or "[]")), row[3])
    count = int(connection.execute(sql(f"SELECT count(*) FROM {spec.name}")).scalar_one())
    connection.execute(
        sql("INSERT INTO catalog_state (table_name, rows) VALUES (:t, :r)"),
        {"t": spec.name, "r": count},
    )
    return TableState(False, count, (), None)


def record_batch(
    connection: Connection,
    table: str,
    *,
    rows: int,
    as_of: str | None,
    watermark: str | None = None,
    last_id: str | None = None,
) -> None:
    """A new row count and "as of" time; the watermark (with its last id) when one is given."""
    connection.execute(
        sql(
            "UPDATE catalog_state SET rows = :rows, as_of = coalesce(:as_of, as_of), "
            "watermark = coalesce(:watermark, watermark), "
            "last_id = CASE WHEN :watermark IS NULL THEN last_id ELSE :last_id END "
            "WHERE table_name = :t"
        ),
        {"t": table, "rows": rows, "as_of": as_of, "watermark": watermark, "last_id": last_id},
    )


def set_index_state(
    connection: Connection,
    table: str,
    *,
    stale: bool,
    deferred: Sequence[str] = (),
    indexed_to: int | None = None,
) -> None:
    connection.execute(
        sql(
            "UPDATE catalog_state SET index_stale = :stale, deferred_indexes = :deferred, "
            "indexed_to = :indexed_to WHERE table_name = :t"
        ),
        {
            "t": table,
            "stale": int(stale),
            "deferred": json.dumps(list(deferred)) if deferred else None,
            "indexed_to": indexed_to,
        },
    )


def set_aside_indexes(connection: Connection, spec: TableSpec) -> list[str]:
    """Drop the table's secondary indexes and return their SQL (the id's UNIQUE one stays)."""
    indexes = [
        (name, statement)
        for name, statement in connection.execute(
            sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = :t "
                "AND sql IS NOT NULL"
            ),
            {"t": spec.name},
        )
        if name not in KEPT_DURING_BULK
    ]
    for name, _ in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    return [statement for _, statement in indexes]


def existing(connection: Connection, spec: TableSpec, ids: Sequence[str]) -> dict[str, DbRow]:
    """The stored rows among `ids`, with the values their FTS entries were made from."""
    columns = ", ".join(dict.fromkeys(["pk", "id", *spec.words, *spec.codes]))
    statement = sql(f"SELECT {columns} FROM {spec.name} WHERE id IN :ids").bindparams(
        bindparam("ids", expanding=True)
    )
    found: dict[str, DbRow] = {}
    for chunk in chunks(ids):
        for row in connection.execute(statement, {"ids": chunk}).mappings():
            found[row["id"]] = row
    return found


def delete_entries(connection: Connection, spec: TableSpec, old: Sequence[DbRow]) -> None:
    if not old:
        return
    for fts, columns in fts_indexes(spec):
        names = ", ".join(columns)
        values = ", ".join(f":{c}" for c in columns)
        connection.execute(
            sql(f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', :pk, {values})"),
            [dict(row) for row in old],
        )


def _selections(
    ids: Sequence[str] | None, above: int | None, up_to: int | None
) -> Iterator[tuple[str, dict[str, Any]]]:
    """WHERE clauses (and their values) choosing rows by id, pk range or both."""
    conditions, values = [], {}
    if above is not None:
        conditions.append("pk > :above")
        values["above"] = above
    if up_to is not None:
        conditions.append("pk <= :up_to")
        values["up_to"] = up_to
    if ids is None:
        yield " AND ".join(conditions) or "1 = 1", values
        return
    for chunk in chunks(ids):
        yield " AND ".join(["id IN :ids", *conditions]), {**values, "ids": chunk}


def _run(connection: Connection, statement: str, values: Mapping[str, Any]) -> None:
    query = sql(statement)
    if "ids" in values:
        query = query.bindparams(bindparam("ids", expanding=True))
    connection.execute(query, dict(values))


def add_entries(
    connection: Connection,
    spec: TableSpec,
    *,
    ids: Sequence[str] | None = None,
    above: int | None = None,
    up_to: int | None = None,
) -> None:
    """Index the chosen rows' current values in every FTS table of `spec`."""
    for where, values in _selections(ids, above, up_to):
        for fts, columns in fts_indexes(spec):
            names = ", ".join(columns)
            _run(
                connection,
                f"INSERT INTO {fts}(rowid, {names}) SELECT pk, {names} FROM {spec.name} "
                f"WHERE {where}",
                values,
            )


def _tokenizer(connection: Connection, fts: str) -> str:
    ddl = connection.execute(
        sql("SELECT sql FROM sqlite_master WHERE name = :n"), {"n": fts}
    ).scalar_one()
    found = _TOKENIZER.search(ddl)
    return found.group(1).replace("''", "'") if found else "unicode61"


def add_terms(
    connection: Connection,
    spec: TableSpec,
    *,
    ids: Sequence[str] | None = None,
    above: int | None = None,
    up_to: int | None = None,
) -> None:
    """Add the chosen rows' words to `<table>_terms`, split by the index's own tokenizer."""
    scratch = f"{spec.name}_new_words"
    tokenizer = _tokenizer(connection, f"{spec.name}_words").replace("'", "''")
    connection.exec_driver_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{scratch} "
        f"USING fts5(t, tokenize='{tokenizer}', detail=none)"
    )
    connection.exec_driver_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{scratch}_vocab "
        f"USING fts5vocab(temp, {scratch}, row)"
    )
    joined = " || ' ' || ".join(f"coalesce({c}, '')" for c in spec.words)
    for where, values in _selections(ids, above, up_to):
        _run(
            connection,
            f"INSERT INTO temp.{scratch}(t) SELECT {joined} FROM {spec.name} WHERE {where}",
            values,
        )
    connection.exec_driver_sql(
        f"INSERT OR IGNORE INTO {spec.name}_terms(term) SELECT term FROM temp.{scratch}_vocab"
    )
    connection.exec_driver_sql(f"DELETE FROM temp.{scratch}")


def refresh_terms(connection: Connection, spec: TableSpec) -> None:
    """`<table>_terms` made again from the whole words index."""
    words = f"{spec.name}_words"
    connection.exec_driver_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{words}_vocab USING fts5vocab(main, {words}, row)"
    )
    connection.exec_driver_sql(f"DELETE FROM {spec.name}_terms")
    connection.exec_driver_sql(
        f"INSERT INTO {spec.name}_terms(term) SELECT term FROM temp.{words}_vocab"
    )


def finish(engine: Engine, spec: TableSpec) -> None:
    """Rebuild a stale table's index in steps, put back its indexes, then mark it fresh."""
    with write_transaction(engine) as connection:
        state = read_state(connection, spec)
        if not state.stale:
            return
        if state.indexed_to is None:
            for fts, _ in fts_indexes(spec):
                connection.execute(sql(f"INSERT INTO {fts}({fts}) VALUES ('delete-all')"))
            set_index_state(
                connection, spec.name, stale=True, deferred=state.deferred, indexed_to=0
            )
    while True:
        with write_transaction(engine) as connection:
            state = read_state(connection, spec)
            if not state.stale or state.indexed_to is None:
                return  # finished (or started again) by another writer meanwhile
            high = connection.execute(
                sql(
                    f"SELECT max(pk) FROM (SELECT pk FROM {spec.name} WHERE pk > :low "
                    "ORDER BY pk LIMIT :n)"
                ),
                {"low": state.indexed_to, "n": REBUILD_ROWS},
            ).scalar()
            if high is None:
                break
            add_entries(connection, spec, above=state.indexed_to, up_to=high)
            set_index_state(
                connection, spec.name, stale=True, deferred=state.deferred, indexed_to=high
            )
    if spec.terms:
        with write_transaction(engine) as connection:
            refresh_terms(connection, spec)
    for statement in state.deferred:
        with write_transaction(engine) as connection:
            # IF NOT EXISTS: a crash after some of them, or a migration, may have made it.
            connection.exec_driver_sql(_IF_NOT_EXISTS.sub(r"\g<0>IF NOT EXISTS ", statement))
    with write_transaction(engine) as connection:
        state = read_state(connection, spec)
        if state.stale and state.indexed_to is not None:
            add_entries(connection, spec, above=state.indexed_to)  # rows added since the last step
            if spec.terms:
                add_terms(connection, spec, above=state.indexed_to)
            set_index_state(connection, spec.name, stale=False)

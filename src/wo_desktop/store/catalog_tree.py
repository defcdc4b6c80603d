"""The project tree: a project's path from its root, and the equipment under a project."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import text as sql
from sqlalchemy.engine import Connection

from wo_desktop.store import catalog_search
from wo_desktop.store.catalog_rows import TableSpec
from wo_desktop.store.catalog_search import EQUIPMENT, DbRow, Query

SUBTREE_CAP = 5000  # a subtree this small is filtered in Python, a bigger one through FTS
MAX_DEPTH = 64  # the tree is walked no deeper: a cycle in bad data cannot loop forever


def _subtree(limit: str) -> str:
    """`sub(id, depth)`: a project and everything under it (depth 0 is the project itself)."""
    return (
        "WITH RECURSIVE sub(id, depth) AS (SELECT :root, 0 UNION"
        " SELECT c.id, sub.depth + 1 FROM projects c JOIN sub ON c.parent_id = sub.id"
        f" WHERE sub.depth < {MAX_DEPTH} {limit}) "
    )


def _members(connection: Connection, params: Mapping[str, Any]) -> tuple[str, str, int]:
    """How to pick the subtree under `:root`: (condition on `p`, WITH clause, size up to `:cap`).

    A root's subtree is one index range on `root_parent_id`; under any other node the tree is
    walked down `parent_id` (also the fallback when the server left `root_parent_id` empty).
    """
    size = connection.execute(
        sql(
            "SELECT count(*) FROM (SELECT 1 FROM projects WHERE root_parent_id = :root "
            "AND id != :root LIMIT :cap)"
        ),
        params,
    ).scalar_one()
    if size:
        return "p.root_parent_id = :root AND p.id != :root", "", int(size)
    size = connection.execute(
        sql(_subtree("LIMIT :cap") + "SELECT count(*) FROM sub WHERE depth > 0"), params
    ).scalar_one()
    return "p.id IN (SELECT id FROM sub WHERE depth > 0)", _subtree(""), int(size)


def equipment_under(
    connection: Connection, spec: TableSpec, text: str, root: str, limit: int
) -> list[dict[str, Any]]:
    query = Query(text)
    params = {"root": root, "cap": SUBTREE_CAP + 1}
    columns = catalog_search.select_list(spec)
    members, prefix, size = _members(connection, params)
    inside = f"{EQUIPMENT} AND {members}"
    rows: Sequence[DbRow]
    if size <= SUBTREE_CAP:
        # A site's equipment: few enough rows to test each one here.
        rows = (
            connection.execute(
                sql(f"{prefix}SELECT {columns} FROM projects p WHERE {inside}"), params
            )
            .mappings()
            .all()
        )
        if query.raw:
            rows = [r for r in rows if query.matches(spec, r)]
    elif query.raw:
        rows = catalog_search.candidates(
            connection, spec, query, limit, where=inside, params=params, prefix=prefix
        )
    else:
        rows = (
            connection.execute(
                sql(
                    f"{prefix}SELECT {columns} FROM projects p WHERE {inside} "
                    f"ORDER BY {catalog_search.order_clause(spec)} LIMIT :n"
                ),
                {**params, "n": limit},
            )
            .mappings()
            .all()
        )
    return [catalog_search.as_dict(spec, r) for r in query.rank(spec, rows)[:limit]]


def ancestors(connection: Connection, spec: TableSpec, project_id: str) -> list[dict[str, Any]]:
    statement = sql(
        "WITH RECURSIVE up(pk, parent_id, depth) AS ("
        " SELECT pk, parent_id, 0 FROM projects WHERE id = :id"
        " UNION ALL SELECT p.pk, p.parent_id, up.depth + 1 FROM projects p"
        f" JOIN up ON p.id = up.parent_id WHERE up.depth < {MAX_DEPTH})"
        f" SELECT {catalog_search.select_list(spec)} FROM up JOIN projects p ON p.pk = up.pk"
        " WHERE up.depth > 0 ORDER BY up.depth DESC"
    )
    rows = connection.execute(statement, {"id": project_id}).mappings().all()
    return [catalog_search.as_dict(spec, r) for r in rows]

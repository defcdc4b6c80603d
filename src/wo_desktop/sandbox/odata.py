"""The OData subset the contract uses: ``$filter``, ``$orderby``, ``$top``, ``$skip`` and the
server-driven paging token, compiled to SQL over a table's columns.

``$filter`` knows ``eq ne gt ge lt le``, ``and``, ``or`` and parentheses, lower case only (as
the contract says). Date-times are unquoted literals with an offset; strings are quoted with
single quotes (``''`` inside); GUIDs may be quoted or not. Anything else is a ``BadQuery``.
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass
from typing import Any

from wo_desktop.sandbox.wire import GUID_RE, TICKS_PER_MS, parse_ticks

PAGE_SIZE = 20


class BadQuery(ValueError):
    """A query option the server cannot read: answered with 400 and an OData error body."""


@dataclass(frozen=True)
class Column:
    """A filterable, sortable field: its SQL expression and its kind.

    Kinds: ``guid``, ``text``, ``datetime`` (stored as ms), ``bool``, ``int``, and ``link``
    (an integer link compared through the GUID of the row it points to, ``sql`` then holds
    ``"<column> <op> (SELECT rid FROM <table> WHERE id = ?)"`` with ``{op}``).
    """

    sql: str
    kind: str
    sortable: bool = True


_TOKEN_RE = re.compile(
    r"""\s*(?:
      (?P<string>'(?:[^']|'')*')
    | (?P<datetime>\d{4}-\d{2}-\d{2}T[0-9:.]+(?:Z|[+-]\d{2}:\d{2}))
    | (?P<guid>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})
    | (?P<number>-?\d+(?:\.\d+)?)
    | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
    | (?P<paren>[()])
    )""",
    re.VERBOSE,
)
_OPERATORS = {"eq": "=", "ne": "!=", "gt": ">", "ge": ">=", "lt": "<", "le": "<="}


def _tokens(text: str) -> list[tuple[str, str]]:
    tokens, position = [], 0
    text = text.rstrip()
    while position < len(text):
        match = _TOKEN_RE.match(text, position)
        if match is None or match.end() == position:
            raise BadQuery(f"$filter: cannot read {text[position : position + 20]!r}")
        kind = match.lastgroup or ""
        tokens.append((kind, match.group(kind)))
        position = match.end()
    return tokens


class _FilterCompiler:
    def __init__(self, text: str, columns: dict[str, Column]) -> None:
        self.tokens = _tokens(text)
        self.position = 0
        self.columns = columns
        self.params: list[Any] = []

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        token = self.peek()
        if token is None:
            raise BadQuery("$filter ends too early")
        self.position += 1
        return token

    def compile(self) -> str:
        sql = self.disjunction()
        if self.peek() is not None:
            raise BadQuery(f"$filter: unexpected {self.peek()[1]!r}")  # type: ignore[index]
        return sql

    def disjunction(self) -> str:
        parts = [self.conjunction()]
        while self.peek() == ("name", "or"):
            self.take()
            parts.append(self.conjunction())
        return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"

    def conjunction(self) -> str:
        parts = [self.primary()]
        while self.peek() == ("name", "and"):
            self.take()
            parts.append(self.primary())
        return parts[0] if len(parts) == 1 else "(" + " AND ".join(parts) + ")"

    def primary(self) -> str:
        if self.peek() == ("paren", "("):
            self.take()
            sql = self.disjunction()
            if self.take() != ("paren", ")"):
                raise BadQuery("$filter: missing ')'")
            return sql
        kind, field = self.take()
        if kind != "name" or field not in self.columns:
            raise BadQuery(f"$filter: unknown property {field!r}")
        kind, operator = self.take()
        if kind != "name" or operator not in _OPERATORS:
            raise BadQuery(f"$filter: {operator!r} is not an operator (eq, ne, gt, ge, lt, le)")
        return self.comparison(self.columns[field], field, operator, self.take())

    def comparison(
        self, column: Column, field: str, operator: str, literal: tuple[str, str]
    ) -> str:
        kind, text = literal
        op = _OPERATORS[operator]
        if column.kind == "datetime":
            if kind != "datetime" or (ticks := parse_ticks(text)) is None:
                raise BadQuery(
                    f"$filter: {field} needs a date-time such as 2026-01-31T12:00:00.000Z"
                )
            return self.milliseconds(column.sql, operator, ticks)
        value = self.value(column.kind, field, kind, text)
        if column.kind == "link":
            if operator not in ("eq", "ne"):
                raise BadQuery(f"$filter: {field} only supports eq and ne")
            self.params.append(value)
            return column.sql.format(op=op)
        self.params.append(value)
        return f"{column.sql} {op} ?"

    def value(self, column_kind: str, field: str, kind: str, text: str) -> Any:
        if column_kind in ("guid", "link"):
            raw = text[1:-1] if kind == "string" else text
            if kind not in ("guid", "string") or GUID_RE.fullmatch(raw) is None:
                raise BadQuery(f"$filter: {field} needs a GUID")
            return raw
        if column_kind == "text":
            if kind != "string":
                raise BadQuery(f"$filter: {field} needs a quoted string, such as 'ABC'")
            return text[1:-1].replace("''", "'")
        if column_kind == "bool":
            if (kind, text) not in (("name", "true"), ("name", "false")):
                raise BadQuery(f"$filter: {field} needs true or false")
            return 1 if text == "true" else 0
        if kind != "number" or "." in text:
            raise BadQuery(f"$filter: {field} needs a whole number")
        return int(text)

    def milliseconds(self, sql: str, operator: str, ticks: int) -> str:
        # Rows are stored in whole milliseconds; a literal finer than that is compared
        # exactly: `gt 12:00:00.0005` must include .001 and exclude .000.
        floor, rest = divmod(ticks, TICKS_PER_MS)
        if rest == 0:
            self.params.append(floor)
            return f"{sql} {_OPERATORS[operator]} ?"
        if operator == "eq":
            return "0"
        if operator == "ne":
            return "1"
        op = {"gt": ">", "ge": ">", "lt": "<=", "le": "<="}[operator]
        self.params.append(floor)
        return f"{sql} {op} ?"


def compile_filter(text: str, columns: dict[str, Column]) -> tuple[str, list[Any]]:
    compiler = _FilterCompiler(text, columns)
    return compiler.compile(), compiler.params


def compile_orderby(text: str | None, columns: dict[str, Column]) -> list[tuple[str, bool]]:
    """``[(sql, descending)]``, always ending with ``id`` so pages are stable."""
    keys: list[tuple[str, bool]] = []
    names = []
    for part in (text or "").split(","):
        words = part.split()
        if not words:
            if text:
                raise BadQuery("$orderby: empty item")
            continue
        field = words[0]
        column = columns.get(field)
        if column is None or not column.sortable or len(words) > 2:
            raise BadQuery(f"$orderby: cannot sort by {part.strip()!r}")
        direction = words[1] if len(words) == 2 else "asc"
        if direction not in ("asc", "desc"):
            raise BadQuery(f"$orderby: {direction!r} is neither asc nor desc")
        keys.append((column.sql, direction == "desc"))
        names.append(field)
    if "id" not in names:
        keys.append((columns["id"].sql, False))
    return keys


def order_sql(keys: list[tuple[str, bool]]) -> str:
    return ", ".join(f"{sql} DESC" if desc else sql for sql, desc in keys)


def seek_sql(keys: list[tuple[str, bool]], last: list[Any]) -> tuple[str, list[Any]]:
    """The rows after ``last`` in ``keys`` order (keyset paging)."""
    if len(last) != len(keys):
        raise BadQuery("$skiptoken does not match $orderby")
    if all(desc == keys[0][1] for _, desc in keys):
        columns = ", ".join(sql for sql, _ in keys)
        marks = ", ".join("?" for _ in keys)
        return f"({columns}) {'<' if keys[0][1] else '>'} ({marks})", list(last)
    branches, params = [], []
    for index, (sql, desc) in enumerate(keys):
        equal = [f"{keys[i][0]} = ?" for i in range(index)]
        branches.append("(" + " AND ".join([*equal, f"{sql} {'<' if desc else '>'} ?"]) + ")")
        params += [*last[:index], last[index]]
    return "(" + " OR ".join(branches) + ")", params


def encode_token(values: list[Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


def decode_token(token: str) -> list[Any]:
    try:
        values = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    except (ValueError, TypeError):
        raise BadQuery("$skiptoken is not one this server made") from None
    if not isinstance(values, list):
        raise BadQuery("$skiptoken is not one this server made")
    return values


def non_negative(name: str, text: str | None) -> int | None:
    if text is None:
        return None
    if not text.isdigit():
        raise BadQuery(f"{name} must be a whole number, 0 or more")
    return int(text)

"""Answering a keystroke from the catalog's FTS5 indexes.

Each source (exact code, word prefixes, code substrings) contributes at most a fixed number of
candidates, taken with a LIMIT and never ranked over the whole match; the small candidate set
is then ordered here: exact code first, then a display name that starts with the text, then
names holding every word, then the rest, each group alphabetically. So the cost of a search
does not grow with the catalog, only with the number of candidates.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import text as sql
from sqlalchemy.engine import Connection

from wo_desktop.store.catalog_rows import TableSpec

DbRow = Mapping[Any, Any]  # a row from SQLAlchemy (its keys may be columns as well as names)

MAX_TOKENS = 8
PREFIX_INDEXED = 4  # the longest prefix index of the words tables (prefix='1 2 3 4')
MAX_EXPANSION = 256
MIN_CANDIDATES = 100
SCAN_LIMIT = 2000  # index matches a filtered search looks at
CODE_MIN_LENGTH = 3  # a trigram index cannot look for less
EQUIPMENT = "(p.serial_number IS NOT NULL OR p.barcode IS NOT NULL)"

_SEPARATORS = re.compile(r"[\W_]+")


def fold(value: object) -> str:
    """Lower case without diacritics: close to what `unicode61 remove_diacritics 2` indexes.

    Only used to order and re-check rows already found; the FTS queries get the typed tokens
    and let the index's own tokenizer fold them.
    """
    if not isinstance(value, str) or not value:
        return ""
    if value.isascii():
        return value.lower()
    decomposed = unicodedata.normalize("NFD", value)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def word_tokens(text: str) -> list[str]:
    return [t for t in _SEPARATORS.split(text) if t][:MAX_TOKENS]


def code_tokens(text: str) -> list[str]:
    return [t for t in text.split() if len(t) >= CODE_MIN_LENGTH][:MAX_TOKENS]


def _quoted(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def expanded_words_query(connection: Connection, spec: TableSpec, tokens: Iterable[str]) -> str:
    """Each token as a prefix (`"tok"*`), ANDed; a long prefix replaced by the words it begins.

    FTS5 answers `"ab"*` from its prefix index lazily, but for a prefix longer than the
    longest prefix index it first merges the doclists of every word it begins: on a word
    that most rows hold, that costs tens of milliseconds at a million rows. An OR of exact
    words is read lazily instead, so the LIMIT stops it early. When the expansion finds no
    word (a folding this module does not share with the tokenizer) or too many, the plain
    prefix query is kept: slower, never wrong.
    """
    parts = []
    for token in tokens:
        if spec.terms and len(token) > PREFIX_INDEXED:
            low = fold(token)
            words = (
                connection.execute(
                    sql(
                        f"SELECT term FROM {spec.name}_terms WHERE term >= :low AND term < :high "
                        "LIMIT :n"
                    ),
                    {"low": low, "high": low + "\U0010ffff", "n": MAX_EXPANSION + 1},
                )
                .scalars()
                .all()
            )
            if 0 < len(words) <= MAX_EXPANSION:
                parts.append("(" + " OR ".join(_quoted(w) for w in words) + ")")
                continue
        parts.append(_quoted(token) + "*")
    return " AND ".join(parts)


def codes_query(tokens: Iterable[str]) -> str:
    return " AND ".join(_quoted(t) for t in tokens)


def select_list(spec: TableSpec) -> str:
    return ", ".join(f"p.{c}" for c in ("pk", *spec.columns))


def order_clause(spec: TableSpec) -> str:
    return ", ".join(f"p.{c} COLLATE NOCASE" for c in spec.order) + ", p.id"


def as_dict(spec: TableSpec, row: DbRow) -> dict[str, Any]:
    result = {c: row[c] for c in spec.columns}
    for column in spec.flags:
        if result[column] is not None:
            result[column] = bool(result[column])
    return result


class Query:
    """A typed text, split the ways the indexes need it."""

    def __init__(self, text: str) -> None:
        self.raw = text.strip()
        self.folded = fold(self.raw)
        self.words = word_tokens(self.raw)
        self.folded_words = [fold(t) for t in self.words]
        self.codes = code_tokens(self.raw)

    def matches(self, spec: TableSpec, row: DbRow) -> bool:
        """The same test as the indexes, for rows already at hand (a small subtree)."""
        if self._is_exact(spec, row):
            return True
        if self.words:
            words = _SEPARATORS.split(" ".join(fold(row[c]) for c in spec.words))
            if all(any(w.startswith(t) for w in words) for t in self.folded_words):
                return True
        if self.codes and spec.codes:
            codes = [fold(row[c]) for c in spec.codes]
            if all(any(fold(t) in c for c in codes) for t in self.codes):
                return True
        return False

    def _is_exact(self, spec: TableSpec, row: DbRow) -> bool:
        return bool(self.folded) and any(fold(row[c]) == self.folded for c in spec.exact)

    def rank(self, spec: TableSpec, rows: Iterable[DbRow]) -> list[DbRow]:
        def key(row: DbRow) -> tuple[Any, ...]:
            shown = fold(" ".join(str(row[c]) for c in spec.display if row[c]))
            if not self.folded:
                tier = 3
            elif self._is_exact(spec, row):
                tier = 0
            elif shown.startswith(self.folded):
                tier = 1
            elif self.words and all(
                any(w.startswith(t) for w in _SEPARATORS.split(shown)) for t in self.folded_words
            ):
                tier = 2
            else:
                tier = 3
            order = tuple(
                (1, 0)
                if row[c] is None
                else (0, fold(row[c]) if isinstance(row[c], str) else row[c])
                for c in spec.order
            )
            return (tier, order, row["id"])

        return sorted(rows, key=key)


def candidates(
    connection: Connection,
    spec: TableSpec,
    query: Query,
    limit: int,
    *,
    where: str = "",
    params: Mapping[str, Any] | None = None,
    prefix: str = "",
) -> list[DbRow]:
    """Rows from each source, at most `pool` from each, without duplicates.

    `where` is ANDed to each source (the row is `p`); `prefix` is a WITH clause it uses. With a
    `where`, an FTS source looks at no more than SCAN_LIMIT index matches: when few of them
    pass the filter (a word found mostly on sites, searched among equipment), a longer text
    narrows the search instead of the keystroke reading the whole match list.
    """
    pool = max(limit * 2, MIN_CANDIDATES)
    base = {**(params or {}), "pool": pool, "scan": SCAN_LIMIT}
    found: dict[int, DbRow] = {}
    columns = select_list(spec)

    def collect(statement: str, values: Mapping[str, Any]) -> None:
        for row in connection.execute(sql(prefix + statement), dict(values)).mappings():
            found.setdefault(row["pk"], row)

    def from_index(fts: str, match: str) -> None:
        if where:
            matches = f"(SELECT rowid FROM {fts} WHERE {fts} MATCH :match LIMIT :scan)"
            statement = (
                f"SELECT {columns} FROM {matches} m JOIN {spec.name} p ON p.pk = m.rowid "
                f"WHERE {where} LIMIT :pool"
            )
        else:
            statement = (
                f"SELECT {columns} FROM {fts} JOIN {spec.name} p ON p.pk = {fts}.rowid "
                f"WHERE {fts} MATCH :match LIMIT :pool"
            )
        collect(statement, {**base, "match": match})

    if query.raw and spec.exact:
        same = " OR ".join(f"p.{c} = :exact COLLATE NOCASE" for c in spec.exact)
        collect(
            f"SELECT {columns} FROM {spec.name} p WHERE ({same})"
            f"{f' AND {where}' if where else ''} LIMIT :pool",
            {**base, "exact": query.raw},
        )
    # A whole code typed or scanned (one token that some row has exactly) wants that row; its
    # substrings elsewhere are noise, and a long code is the costliest trigram query.
    whole_code = bool(found) and len(query.raw.split()) == 1
    if query.words:
        from_index(f"{spec.name}_words", expanded_words_query(connection, spec, query.words))
    if query.codes and spec.codes and not whole_code:
        from_index(f"{spec.name}_codes", codes_query(query.codes))
    return list(found.values())


def search(
    connection: Connection,
    spec: TableSpec,
    text: str,
    limit: int,
    *,
    where: str = "",
    params: Mapping[str, Any] | None = None,
) -> list[dict[str, Any]]:
    query = Query(text)
    if not query.raw:
        extra = f"WHERE {where} " if where else ""
        rows: Sequence[DbRow] = (
            connection.execute(
                sql(
                    f"SELECT {select_list(spec)} FROM {spec.name} p {extra}"
                    f"ORDER BY {order_clause(spec)} LIMIT :limit"
                ),
                {**(params or {}), "limit": limit},
            )
            .mappings()
            .all()
        )
        return [as_dict(spec, r) for r in rows]
    found = candidates(connection, spec, query, limit, where=where, params=params)
    return [as_dict(spec, r) for r in query.rank(spec, found)[:limit]]

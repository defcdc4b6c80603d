"""The generated catalog: exact size, deterministic for a seed, a sound tree, real-looking codes."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from wo_desktop.sandbox import db
from wo_desktop.sandbox.generate import ean13

SERIAL = re.compile(r"SN-[0-9A-Z]{4}-\d{5}-[A-Z]")


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_the_catalog_has_exactly_the_projects_asked_for(tmp_path: Path) -> None:
    path = db.prepare(tmp_path, projects=333, seed=5)
    assert _rows(path, "SELECT count(*) FROM project") == [(333,)]


def test_the_same_seed_gives_the_same_rows_and_another_seed_does_not(tmp_path: Path) -> None:
    sql = "SELECT * FROM project ORDER BY rid"
    one = _rows(db.prepare(tmp_path / "a", projects=400, seed=9), sql)
    two = _rows(db.prepare(tmp_path / "b", projects=400, seed=9), sql)
    other = _rows(db.prepare(tmp_path / "c", projects=400, seed=10), sql)
    assert one == two
    assert one != other
    companies = "SELECT id, name, data FROM company ORDER BY rid"
    assert _rows(tmp_path / "a" / db.DB_NAME, companies) == _rows(
        tmp_path / "b" / db.DB_NAME, companies
    )


def test_a_data_folder_is_reused_for_the_same_seed_and_size_only(tmp_path: Path) -> None:
    path = db.prepare(tmp_path, projects=100, seed=3)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO meta (key, value) VALUES ('kept', 'yes')")
    conn.commit()
    conn.close()
    assert db.prepare(tmp_path, projects=100, seed=3) == path
    assert ("yes",) in _rows(path, "SELECT value FROM meta WHERE key = 'kept'")
    db.prepare(tmp_path, projects=120, seed=3)
    assert _rows(path, "SELECT value FROM meta WHERE key = 'kept'") == []
    assert _rows(path, "SELECT count(*) FROM project") == [(120,)]


def test_the_tree_is_locations_installations_and_equipment(tmp_path: Path) -> None:
    path = db.prepare(tmp_path, projects=3000, seed=2)
    orphans = _rows(
        path,
        "SELECT count(*) FROM project c LEFT JOIN project p ON p.rid = c.parent_rid"
        " WHERE c.kind > 0 AND (p.rid IS NULL OR p.kind != c.kind - 1)",
    )
    assert orphans == [(0,)]
    kinds = dict(_rows(path, "SELECT kind, count(*) FROM project GROUP BY kind"))
    assert set(kinds) == {0, 1, 2} and kinds[2] > kinds[1] > kinds[0]
    mobile, installations = _rows(path, "SELECT sum(mobile), count(*) FROM project WHERE kind = 1")[
        0
    ]
    assert 0.02 < mobile / installations < 0.09


def test_serials_are_unique_and_barcodes_are_valid_ean13(tmp_path: Path) -> None:
    path = db.prepare(tmp_path, projects=2000, seed=4)
    rows = _rows(path, "SELECT serial, barcode FROM project WHERE kind = 2")
    serials = [str(row[0]) for row in rows]
    barcodes = [str(row[1]) for row in rows]
    assert all(SERIAL.fullmatch(serial) for serial in serials)
    assert len(set(serials)) == len(serials) and len(set(barcodes)) == len(barcodes)
    assert all(len(code) == 13 and ean13(code[:12]) == code for code in barcodes)


def test_ean13_check_digit() -> None:
    assert ean13("540000000000") == "5400000000003"
    assert ean13("400638133393") == "4006381333931"


def test_names_and_cities_come_in_several_languages(tmp_path: Path) -> None:
    path = db.prepare(tmp_path, projects=2000, seed=6)
    languages = {
        row[0] for row in _rows(path, "SELECT json_extract(data, '$.language_code') FROM company")
    }
    assert languages == {"fr", "nl", "de"}
    cities = {row[0] for row in _rows(path, "SELECT city FROM address")}
    assert {"Gent", "Liège", "Köln"} & cities

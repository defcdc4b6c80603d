"""The catalog: bulk and delta upserts with their watermark, the FTS indexes and the look-ups."""

from __future__ import annotations

from typing import Any

import pytest
from storekit import make_projects

from wo_desktop.store import catalog_index
from wo_desktop.store.catalog import SUBTREE_CAP, Watermark
from wo_desktop.store.profile import Store


def _integrity(store: Store) -> None:
    """FTS5's own check that each external-content index matches its table exactly."""
    with store.engine.connect() as connection:
        for fts in ("projects_words", "projects_codes", "users_words"):
            connection.exec_driver_sql(
                f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)"
            )


def _index_names(store: Store) -> set[str]:
    with store.engine.connect() as connection:
        return {
            r[0]
            for r in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'projects' "
                "AND sql IS NOT NULL"
            )
        }


@pytest.fixture
def loaded(store: Store) -> Store:
    rows = make_projects(10_000)
    with store.catalog.bulk("projects"):
        for start in range(0, len(rows), 1000):
            batch = rows[start : start + 1000]
            store.catalog.upsert(
                "projects",
                batch,
                watermark=batch[-1]["modified_dateutc"],
                last_id=batch[-1]["id"],
            )
    return store


def test_a_bulk_load_of_10k_rows_is_searchable_with_its_watermark(loaded: Store) -> None:
    status = {s.table: s for s in loaded.catalog.status()}["projects"]
    assert (status.rows, status.index_stale) == (10_000, False)
    assert status.as_of == "2026-02-01T08:00:00.000000Z"
    assert loaded.catalog.watermark("projects") == Watermark(
        "2026-01-01T00:00:39.000Z", "00000000-0000-0000-0000-000000002710"
    )
    _integrity(loaded)

    names = [r["name"] for r in loaded.catalog.search("projects", "elev ot", limit=500)]
    assert names and all(n.startswith("Elevator Otis") for n in names)
    # A prefix longer than the prefix indexes ("Gener" -> "Generator"), through the terms.
    assert loaded.catalog.search("projects", "Generat 4")[0]["name"].startswith("Generator")
    assert loaded.catalog.search("projects", "liege")[0]["city"] == "Liège"

    serial = make_projects(1, start=4321)[0]["serial_number"]
    middle = serial[5:10]
    found = loaded.catalog.search("equipment", middle)
    assert serial in [r["serial_number"] for r in found]
    assert all(middle.lower() in r["serial_number"].lower() for r in found)

    barcode = "5400000004321"
    first = loaded.catalog.search("projects", barcode)[0]
    assert (first["barcode"], first["serial_number"]) == (barcode, serial)
    assert loaded.catalog.find_exact_code(barcode) == first
    assert loaded.catalog.find_exact_code(serial.lower())["barcode"] == barcode
    assert loaded.catalog.find_exact_code("nothing-like-it") is None


def test_exact_code_then_name_prefix_then_the_rest(store: Store) -> None:
    rows = [  # stored in the opposite order of the expected ranking
        {"id": "00000000-0000-0000-0000-000000000001", "name": "Station with pumps"},
        {"id": "00000000-0000-0000-0000-000000000002", "name": "Pump P-9"},
        {"id": "00000000-0000-0000-0000-000000000003", "name": "Pump alpha"},
        {"id": "00000000-0000-0000-0000-000000000004", "name": "Boiler", "serial_number": "PUMP"},
    ]
    store.catalog.upsert("projects", rows, watermark=None)
    assert [r["name"] for r in store.catalog.search("projects", "pump")] == [
        "Boiler",
        "Pump alpha",
        "Pump P-9",
        "Station with pumps",
    ]
    assert store.catalog.search("projects", "") == store.catalog.search("projects", "  ")
    assert [r["name"] for r in store.catalog.search("projects", "", limit=2)] == [
        "Boiler",
        "Pump alpha",
    ]


def test_a_delta_updates_renames_and_deletes(loaded: Store) -> None:
    rows = make_projects(3, start=41)
    rows[0] = {
        **rows[0],
        "name": "Heat pump Zephyr",
        "modified_dateutc": "2026-03-01T00:00:00.000Z",
    }
    rows[1] = {**rows[1], "sys_logical_delete": True}
    brand_new = make_projects(1, start=20_001)[0]
    result = loaded.catalog.upsert(
        "projects", [*rows, brand_new], watermark="2026-03-01T00:00:00.000Z", last_id=rows[0]["id"]
    )

    assert (result.inserted, result.updated, result.deleted) == (1, 2, 1)
    assert {s.table: s.rows for s in loaded.catalog.status()}["projects"] == 10_000
    assert loaded.catalog.get("projects", rows[1]["id"]) is None
    assert loaded.catalog.search("projects", "zephyr")[0]["id"] == rows[0]["id"]
    old_name = make_projects(1, start=41)[0]["name"]
    assert rows[0]["id"] not in {r["id"] for r in loaded.catalog.search("projects", old_name)}
    assert loaded.catalog.search("projects", brand_new["barcode"])[0]["id"] == brand_new["id"]
    assert loaded.catalog.watermark("projects").value == "2026-03-01T00:00:00.000Z"
    assert loaded.catalog.remove("projects", [brand_new["id"], "not-there"]) == 1
    _integrity(loaded)


def test_a_bulk_load_sets_indexes_aside_and_puts_them_back(store: Store) -> None:
    indexes = _index_names(store)
    assert "ix_projects_barcode" in indexes
    store.catalog.begin_bulk("projects")
    assert _index_names(store) == {"ix_projects_reference_back_office"}  # drafts need it
    store.catalog.upsert("projects", make_projects(50), watermark="w")
    assert store.catalog.search("projects", "chiller") == []  # the index waits for the end
    store.catalog.end_bulk("projects")
    assert _index_names(store) == indexes
    assert store.catalog.search("projects", "chiller")
    _integrity(store)


def test_a_bulk_load_cut_short_is_finished_when_the_store_opens(store: Store) -> None:
    indexes = _index_names(store)
    store.catalog.begin_bulk("projects")
    store.catalog.upsert("projects", make_projects(50), watermark="w")
    store.close()  # as if the process had died here

    reopened = Store.open(store.path)
    try:
        assert reopened.catalog.stale_tables() == []
        assert _index_names(reopened) == indexes
        assert reopened.catalog.search("projects", "pump")
        _integrity(reopened)
    finally:
        reopened.close()


def test_a_rebuild_cut_short_resumes_and_deltas_meanwhile_stay_right(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.catalog.begin_bulk("projects")
    store.catalog.upsert("projects", make_projects(120), watermark="w")
    monkeypatch.setattr(catalog_index, "REBUILD_ROWS", 50)
    real_add = catalog_index.add_entries
    steps: list[int] = []

    def dying_add(*args: Any, **kwargs: Any) -> None:
        steps.append(kwargs.get("up_to") or 0)
        if len(steps) == 2:
            raise RuntimeError("killed")
        real_add(*args, **kwargs)

    monkeypatch.setattr(catalog_index, "add_entries", dying_add)
    with pytest.raises(RuntimeError):
        store.catalog.end_bulk("projects")
    monkeypatch.setattr(catalog_index, "add_entries", real_add)
    with store.engine.connect() as connection:
        state = connection.exec_driver_sql(
            "SELECT index_stale, indexed_to FROM catalog_state WHERE table_name = 'projects'"
        ).one()
    assert tuple(state) == (1, 50)  # the first step is kept

    indexed, not_yet = make_projects(1, start=7)[0], make_projects(1, start=97)[0]
    store.catalog.upsert(
        "projects",
        [{**indexed, "name": "Renamed early"}, {**not_yet, "name": "Renamed late"}],
        watermark="w2",
    )
    store.catalog.end_bulk("projects")

    assert store.catalog.stale_tables() == []
    _integrity(store)
    assert [r["id"] for r in store.catalog.search("projects", "renamed early")] == [indexed["id"]]
    assert [r["id"] for r in store.catalog.search("projects", "renamed late")] == [not_yet["id"]]
    assert len(store.catalog.search("projects", "floor", limit=500)) == 108


def test_users_keep_only_what_a_picker_shows(store: Store) -> None:
    store.catalog.upsert(
        "users",
        [
            {
                "id": "CE0FE83A-A602-4D7E-8E88-FBAE463AF28C",
                "code": "JD",
                "username": "jdoe",
                "firstname": "Jane",
                "lastname": "Doe",
                "email": "jane@example.test",
                "is_team_leader": True,
                "archived": False,
                "disabled": False,
                "bankaccount": "BE71 0961 2345 6769",
                "social_security": "85.07.30-033.61",
                "birthdate": "1985-07-30T00:00:00",
            }
        ],
        watermark="w",
    )
    user = store.catalog.search("users", "jan")[0]
    assert user == {
        "id": "ce0fe83a-a602-4d7e-8e88-fbae463af28c",
        "code": "JD",
        "username": "jdoe",
        "firstname": "Jane",
        "lastname": "Doe",
        "email": "jane@example.test",
        "is_team_leader": True,
        "archived": False,
        "disabled": False,
        "modified_dateutc": None,
    }
    store.close()  # checkpointed: everything is in the one file now
    data = store.path.read_bytes()
    assert b"jdoe" in data
    assert b"BE71" not in data and b"85.07.30" not in data


def test_small_tables_search_by_code_and_words(store: Store) -> None:
    store.catalog.upsert(
        "job_priorities",
        [
            {"id": f"00000000-0000-0000-0000-00000000000{i}", "code": c, "name": n, "sequence": s}
            for i, (c, n, s) in enumerate(
                [("LOW", "Low", 3), ("URG", "Urgent", 1), ("NOR", "Normal", 2)], start=1
            )
        ],
        watermark=None,
    )
    assert [r["code"] for r in store.catalog.search("job_priorities", "")] == ["URG", "NOR", "LOW"]
    assert store.catalog.search("job_priorities", "urg")[0]["name"] == "Urgent"
    assert store.catalog.search("job_priorities", "nor")[0]["code"] == "NOR"
    assert store.catalog.find_by_reference("job_priorities", "low")["name"] == "Low"
    with pytest.raises(ValueError):
        store.catalog.search("planets", "x")


def test_the_tree_children_ancestors_and_equipment_under_a_project(store: Store) -> None:
    site = {"id": "10000000-0000-0000-0000-000000000000", "name": "Site Nord"}
    building = {
        "id": "20000000-0000-0000-0000-000000000000",
        "name": "Building B",
        "_parent_id": site["id"],
        "root_parent_id": site["id"],
    }
    pump = {
        "id": "30000000-0000-0000-0000-000000000000",
        "name": "Pump Grundfos",
        "_parent_id": building["id"],
        "root_parent_id": site["id"],
        "serial_number": "GR-77",
    }
    chiller = {
        "id": "40000000-0000-0000-0000-000000000000",
        "name": "Chiller Carrier",
        "_parent_id": site["id"],
        "root_parent_id": site["id"],
        "barcode": "5401",
    }
    elsewhere = {
        "id": "50000000-0000-0000-0000-000000000000",
        "name": "Pump elsewhere",
        "serial_number": "GR-78",
    }
    store.catalog.upsert("projects", [site, building, pump, chiller, elsewhere], watermark="w")

    assert [r["name"] for r in store.catalog.children(site["id"])] == [
        "Building B",
        "Chiller Carrier",
    ]
    assert [r["name"] for r in store.catalog.children(None)] == ["Pump elsewhere", "Site Nord"]
    assert [r["name"] for r in store.catalog.ancestors(pump["id"])] == ["Site Nord", "Building B"]
    assert store.catalog.ancestors(site["id"]) == []

    under_site = store.catalog.search_equipment("", site["id"])
    assert [r["name"] for r in under_site] == ["Chiller Carrier", "Pump Grundfos"]
    assert [r["id"] for r in store.catalog.search_equipment("pump", site["id"])] == [pump["id"]]
    assert [r["id"] for r in store.catalog.search_equipment("gr-7", building["id"])] == [pump["id"]]
    assert {r["id"] for r in store.catalog.search_equipment("pump")} == {
        pump["id"],
        elsewhere["id"],
    }


def test_equipment_under_a_big_subtree_goes_through_the_index(store: Store) -> None:
    rows = [{"id": "10000000-0000-0000-0000-000000000000", "name": "Campus"}]
    rows += [
        {**row, "_parent_id": rows[0]["id"], "root_parent_id": None}
        for row in make_projects(SUBTREE_CAP + 200)
        if row.get("serial_number")
    ]
    store.catalog.upsert("projects", rows, watermark="w")
    found = store.catalog.search_equipment("boiler", rows[0]["id"], limit=20)
    assert len(found) == 20 and all(r["name"].startswith("Boiler") for r in found)
    assert len(store.catalog.search_equipment("", rows[0]["id"], limit=20)) == 20


def test_server_rows_are_mapped_leniently(store: Store) -> None:
    store.catalog.upsert(
        "projects",
        [
            {
                "id": "4CB054D8-9D8F-4AB5-A577-787B3BE43BF5",
                "_parent_id": "00000000-0000-0000-0000-000000000000",
                "name": "Lift 3",
                "serial_number": "",
                "barcode": None,
                "is_mobile_installation": True,
                "company": {"id": "D891909B-1206-4E8D-BD56-B1CBE629BEC6", "name": "Acme"},
                "db_address": {"city": "Gent", "street": "Veldstraat 1"},
                "equipment_model": {"name": "Gen2", "equipment_brand": {"name": "Otis"}},
            }
        ],
        watermark=None,
    )
    row = store.catalog.get("projects", "4cb054d8-9d8f-4ab5-a577-787b3be43bf5")
    assert row is not None
    assert (row["parent_id"], row["serial_number"], row["barcode"]) == (None, None, None)
    assert (row["company_id"], row["company_name"]) == (
        "d891909b-1206-4e8d-bd56-b1cbe629bec6",
        "Acme",
    )
    assert (row["city"], row["street"], row["is_mobile"]) == ("Gent", "Veldstraat 1", True)
    assert (row["model_name"], row["brand_name"]) == ("Gen2", "Otis")
    assert store.catalog.search("equipment", "lift") == []  # no serial, no barcode
    assert store.catalog.search("projects", "otis gen")[0]["name"] == "Lift 3"

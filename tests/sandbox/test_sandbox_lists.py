"""OData lists: pages of 20 with an absolute nextLink, $filter, $orderby, $top, $skip, keys."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
from sandboxkit import all_rows

from wo_desktop.sandbox.harness import SandboxServer

TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z")


def test_pages_hold_20_rows_and_the_chain_of_next_links_covers_every_row(
    server: SandboxServer, http: httpx.Client
) -> None:
    first = http.get("Project").json()
    assert len(first["value"]) == 20
    assert first["@odata.nextLink"].startswith(server.base_url + "/Project?")
    assert "$skip=20" in first["@odata.nextLink"]
    assert first["@odata.context"].endswith("/$metadata#Project")
    rows = all_rows(http, "Project")
    ids = [row["id"] for row in rows]
    assert len(ids) == server.count("Project")
    assert len(set(ids)) == len(ids)


def test_offset_paging_follows_skip_alone(tmp_path: Path) -> None:
    with SandboxServer(tmp_path, projects=50, paging="offset") as server:
        client = httpx.Client(base_url=server.base_url + "/", auth=server.auth)
        first = client.get("Project").json()
        assert "$skiptoken" not in first["@odata.nextLink"]
        rows = all_rows(client, "Project", **{"$orderby": "modified_dateutc,id"})
        stamps = [(row["modified_dateutc"], row["id"]) for row in rows]
        assert len(rows) == 50 and stamps == sorted(stamps)
        client.close()


def test_top_only_makes_a_page_smaller_and_limits_the_total(http: httpx.Client) -> None:
    small = http.get("Project", params={"$top": "5"}).json()
    assert len(small["value"]) == 5 and "@odata.nextLink" not in small
    big = http.get("Project", params={"$top": "500"}).json()
    assert len(big["value"]) == 20
    assert len(all_rows(http, "Project", **{"$top": "45"})) == 45


def test_skip_starts_further_down_the_same_order(http: httpx.Client) -> None:
    order = {"$orderby": "reference_back_office"}
    everything = [row["id"] for row in http.get("Project", params=order).json()["value"]]
    skipped = http.get("Project", params={**order, "$skip": "7", "$top": "3"}).json()
    assert [row["id"] for row in skipped["value"]] == everything[7:10]


def test_orderby_ascending_and_descending(http: httpx.Client) -> None:
    rows = all_rows(http, "Project", **{"$orderby": "modified_dateutc desc,id"})
    stamps = [row["modified_dateutc"] for row in rows]
    assert stamps == sorted(stamps, reverse=True)
    ascending = [row["code"] for row in all_rows(http, "JobType", **{"$orderby": "code asc"})]
    assert ascending == sorted(ascending, key=str.lower) and len(ascending) == 7
    assert [row["code"] for row in all_rows(http, "JobType", **{"$orderby": "code"})] == ascending


def test_filter_on_modified_dateutc_with_each_operator(http: httpx.Client) -> None:
    rows = all_rows(http, "Project", **{"$orderby": "modified_dateutc,id"})
    pivot = rows[100]["modified_dateutc"]
    expected = {
        "gt": [r for r in rows if r["modified_dateutc"] > pivot],
        "ge": [r for r in rows if r["modified_dateutc"] >= pivot],
        "lt": [r for r in rows if r["modified_dateutc"] < pivot],
        "eq": [r for r in rows if r["modified_dateutc"] == pivot],
    }
    for operator, wanted in expected.items():
        params = {
            "$filter": f"modified_dateutc {operator} {pivot}",
            "$orderby": "modified_dateutc,id",
        }
        got = all_rows(http, "Project", **params)
        assert [r["id"] for r in got] == [r["id"] for r in wanted], operator
    low, high = rows[10]["modified_dateutc"], rows[30]["modified_dateutc"]
    params = {"$filter": f"modified_dateutc gt {low} and modified_dateutc lt {high}"}
    assert len(all_rows(http, "Project", **params)) == 19


def test_a_literal_finer_than_a_millisecond_is_compared_exactly(http: httpx.Client) -> None:
    rows = all_rows(http, "Project", **{"$orderby": "modified_dateutc,id"})
    stamp = rows[50]["modified_dateutc"]
    finer = stamp[:-1] + "5000Z"  # half a millisecond after the row
    after = all_rows(http, "Project", **{"$filter": f"modified_dateutc ge {finer}"})
    assert stamp not in {row["modified_dateutc"] for row in after}
    assert len(after) == len(rows) - 51


def test_filter_on_code_reference_and_id(http: httpx.Client) -> None:
    repair = http.get("JobType", params={"$filter": "code eq 'REPAIR'"}).json()["value"]
    assert [row["code"] for row in repair] == ["REPAIR"]
    project = http.get("Project", params={"$top": "1"}).json()["value"][0]
    by_ref = {"$filter": f"reference_back_office eq '{project['reference_back_office']}'"}
    assert [row["id"] for row in http.get("Project", params=by_ref).json()["value"]] == [
        project["id"]
    ]
    for literal in (project["id"], f"'{project['id']}'", project["id"].upper()):
        found = http.get("Project", params={"$filter": f"id eq {literal}"}).json()["value"]
        assert [row["id"] for row in found] == [project["id"]], literal


@pytest.mark.parametrize(
    "expression",
    [
        "modified_dateutc gt '2026-01-31T12:00:00.000Z'",  # quoted date-time
        "modified_dateutc GT 2026-01-31T12:00:00.000Z",  # operators are lower case
        "modified_dateutc gt 2026-01-31T12:00:00.000",  # no zone
        "no_such_field eq 'x'",
        "code eq REPAIR",  # unquoted string
        "id eq 'not-a-guid'",
        "name eq 'x' and",
        "(name eq 'x'",
    ],
)
def test_a_bad_filter_is_400_with_an_odata_error(http: httpx.Client, expression: str) -> None:
    controller = "JobType" if expression.startswith("code") else "Project"
    response = http.get(controller, params={"$filter": expression})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "BadRequest" and error["message"]


@pytest.mark.parametrize("params", [{"$top": "-1"}, {"$skip": "x"}, {"$orderby": "nope"}])
def test_bad_paging_options_are_400(http: httpx.Client, params: dict[str, str]) -> None:
    assert http.get("Project", params=params).status_code == 400


def test_one_row_by_key_and_404_when_missing(http: httpx.Client) -> None:
    row = http.get("Company", params={"$top": "1"}).json()["value"][0]
    assert http.get(f"Company({row['id']})").json() == row
    assert http.get(f"Company('{row['id']}')").json()["id"] == row["id"]
    missing = http.get("Company(00000000-0000-0000-0000-0000000000aa)")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "NotFound"
    assert http.get("Company(nope)").status_code == 400
    assert http.get("NoSuchController").status_code == 404


def test_rows_carry_modified_dateutc_and_heavy_tables_sys_logical_delete(
    http: httpx.Client,
) -> None:
    for controller in ("Project", "Company", "Contact", "User"):
        row = http.get(controller, params={"$top": "1"}).json()["value"][0]
        assert TIMESTAMP.fullmatch(row["modified_dateutc"]), controller
        assert row["sys_logical_delete"] in (True, False), controller
    for controller in ("Skill", "DbCountry", "JobType", "JobPriority", "JobStatus"):
        row = http.get(controller, params={"$top": "1"}).json()["value"][0]
        assert TIMESTAMP.fullmatch(row["modified_dateutc"]), controller
        assert "sys_logical_delete" not in row, controller


def test_job_statuses_have_the_documented_guids(http: httpx.Client) -> None:
    rows = {row["code"]: row["id"] for row in all_rows(http, "JobStatus")}
    codes = {"Canceled", "ToBePlanned", "Waiting", "Pooling", "Suggested", "Activated", "Open"}
    assert set(rows) == codes
    assert rows["Open"] == "8BA9DA71-EF32-423A-BB50-AE767315F55C"
    assert rows["ToBePlanned"] == "497ACFF2-9FF6-4C94-85DD-DAA0689553E2"
    assert rows["Pooling"] == "8ADBC894-D612-DE11-BD84-0030488C6C36"
    assert rows["Suggested"] == "143CF9CD-C3C1-406A-A19A-58D766D9DDA9"
    assert rows["Waiting"] == "69268600-D3E0-4222-859F-06E47CF4041E"


def test_users_carry_the_private_fields_a_real_server_sends(http: httpx.Client) -> None:
    user = http.get("User", params={"$top": "1"}).json()["value"][0]
    for private in ("bankaccount", "social_security", "private_street", "private_email"):
        assert user[private], private
    assert user["bankaccount"].startswith("BE")


def test_the_project_tree_links_to_rows_that_exist(http: httpx.Client) -> None:
    rows = {row["id"]: row for row in all_rows(http, "Project")}
    equipment = [row for row in rows.values() if row.get("equipment_model")]
    assert equipment
    for row in equipment:
        installation = rows[row["_parent_id"]]
        assert installation["root_parent_id"] == row["root_parent_id"]
        assert rows[row["root_parent_id"]]["_parent_id"] == "00000000-0000-0000-0000-000000000000"
        model = row["equipment_model"]
        assert {t["language_code"] for t in model["translations"]} == {"fr", "nl", "de"}
        assert model["equipment_brand"]["name"]
        assert row["serial_number"].startswith("SN-") and len(row["barcode"]) == 13
        assert row["company_name"] and row["city"]

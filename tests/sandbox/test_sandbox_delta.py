"""Delta pulls: `modified_dateutc gt <watermark>` returns creates, updates and logical deletes."""

from __future__ import annotations

from typing import Any

import httpx
from sandboxkit import all_rows

from wo_desktop.sandbox.harness import SandboxServer


def _watermark(rows: list[dict[str, Any]]) -> str:
    return max(row["modified_dateutc"] for row in rows)


def _delta(http: httpx.Client, controller: str, since: str) -> list[dict[str, Any]]:
    params = {"$filter": f"modified_dateutc gt {since}", "$orderby": "modified_dateutc,id"}
    return all_rows(http, controller, **params)


def test_a_delta_after_a_full_pull_is_empty(http: httpx.Client) -> None:
    mark = _watermark(all_rows(http, "Company"))
    assert _delta(http, "Company", mark) == []


def test_touch_modify_and_logical_delete_come_back_in_one_delta(
    server: SandboxServer, http: httpx.Client
) -> None:
    rows = all_rows(http, "Project")
    mark = _watermark(rows)
    touched, renamed, deleted = rows[3]["id"], rows[4]["id"], rows[5]["id"]
    server.touch("Project", touched)
    server.modify("Project", renamed, name="Chambre froide Nord")
    server.logical_delete("Project", deleted)
    delta = {row["id"]: row for row in _delta(http, "Project", mark)}
    assert set(delta) == {touched, renamed, deleted}
    assert delta[renamed]["name"] == "Chambre froide Nord"
    assert delta[deleted]["sys_logical_delete"] is True
    assert delta[touched]["sys_logical_delete"] is False
    stamps = [delta[i]["modified_dateutc"] for i in (touched, renamed, deleted)]
    assert stamps == sorted(set(stamps)), "every write gets its own, later, timestamp"


def test_a_logically_deleted_row_stays_in_full_lists(
    server: SandboxServer, http: httpx.Client
) -> None:
    contact = http.get("Contact", params={"$top": "1"}).json()["value"][0]
    server.logical_delete("Contact", contact["id"])
    again = http.get(f"Contact({contact['id']})").json()
    assert again["sys_logical_delete"] is True
    everything = {row["id"] for row in all_rows(http, "Contact")}
    assert contact["id"] in everything


def test_a_project_added_in_the_back_office_is_a_create_in_the_delta(
    server: SandboxServer, http: httpx.Client
) -> None:
    mark = _watermark(all_rows(http, "Project"))
    parent = server.pick_project(kind="installation")
    new_id = server.create_project(
        name="Ijsmachine bar", reference_back_office="EQ-NEW-1", _parent_id=parent["id"]
    )
    delta = _delta(http, "Project", mark)
    assert [row["id"] for row in delta] == [new_id]
    assert delta[0]["_parent_id"] == parent["id"]
    assert delta[0]["company_id"] == parent["company_id"]  # inherited from the tree


def test_changes_to_json_fields_of_small_tables_are_pulled_too(
    server: SandboxServer, http: httpx.Client
) -> None:
    mark = _watermark(all_rows(http, "JobType"))
    job_type = http.get("JobType", params={"$filter": "code eq 'MAINT'"}).json()["value"][0]
    server.modify("JobType", job_type["id"], description="Entretien annuel", archived=True)
    delta = _delta(http, "JobType", mark)
    assert [row["code"] for row in delta] == ["MAINT"]
    assert delta[0]["description"] == "Entretien annuel" and delta[0]["archived"] is True


def test_keyset_pages_survive_a_row_moving_during_the_pull(
    server: SandboxServer, http: httpx.Client
) -> None:
    params = {"$orderby": "modified_dateutc,id"}
    first = http.get("Project", params=params).json()
    server.touch("Project", first["value"][0]["id"])  # moves behind the cursor
    seen = [row["id"] for row in first["value"]]
    link = first.get("@odata.nextLink")
    while link:
        body = http.get(link).json()
        seen += [row["id"] for row in body["value"]]
        link = body.get("@odata.nextLink")
    assert set(seen) == {row["id"] for row in all_rows(http, "Project")}

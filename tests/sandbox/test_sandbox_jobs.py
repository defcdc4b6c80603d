"""POST/PUT/GET Jobs: the domain's ready rules, the server's reference checks, 201/409/422/400."""

from __future__ import annotations

import uuid

import httpx
from sandboxkit import all_rows, minimal_job

from wo_desktop.sandbox.harness import SandboxServer

MINIMAL = {"Prefer": "return=minimal"}


def test_a_valid_job_is_201_with_the_stored_entity(
    server: SandboxServer, http: httpx.Client
) -> None:
    job_id = str(uuid.uuid4())
    before = server.job_count()
    response = http.post("Jobs", json=minimal_job(server, id=job_id))
    assert response.status_code == 201
    entity = response.json()
    assert entity["id"] == job_id
    assert entity["job_status_id"] == "8BA9DA71-EF32-423A-BB50-AE767315F55C"
    assert entity["job_type_code"] == "REPAIR" and entity["job_type_id"]
    assert entity["due_date"] == "1980-01-01T00:00:00.000Z"  # the server's "no value"
    assert entity["description"] == ""
    assert response.headers["Location"].endswith(f"/api/Jobs({job_id})")
    assert server.job_count() == before + 1
    assert server.get_job(job_id) == http.get(f"Jobs({job_id})").json()


def test_return_minimal_answers_only_the_id(server: SandboxServer, http: httpx.Client) -> None:
    response = http.post("Jobs", json=minimal_job(server), headers=MINIMAL)
    assert response.status_code == 201
    body = response.json()
    assert list(body) == ["id"]
    assert server.get_job(body["id"]) is not None


def test_posting_an_id_that_exists_is_409(server: SandboxServer, http: httpx.Client) -> None:
    job = minimal_job(server, id=str(uuid.uuid4()))
    assert http.post("Jobs", json=job).status_code == 201
    count = server.job_count()
    again = http.post("Jobs", json=job)
    assert again.status_code == 409
    assert again.json()["error"]["code"] == "Conflict"
    assert server.job_count() == count


def test_a_missing_name_is_422_naming_the_field(server: SandboxServer, http: httpx.Client) -> None:
    job = minimal_job(server)
    del job["name"]
    response = http.post("Jobs", json=job)
    assert response.status_code == 422
    details = response.json()["error"]["details"]
    assert {"target": "name", "code": "required"}.items() <= details[0].items()


def test_unknown_references_are_422_naming_each_field(
    server: SandboxServer, http: httpx.Client
) -> None:
    job = minimal_job(server, project_id=str(uuid.uuid4()), job_type_code="NOPE")
    response = http.post("Jobs", json=job)
    assert response.status_code == 422
    targets = {detail["target"] for detail in response.json()["error"]["details"]}
    assert targets == {"project_id", "job_type_code"}


def test_a_mobile_installation_needs_the_jobs_own_address(
    server: SandboxServer, http: httpx.Client
) -> None:
    mobile = server.pick_project(kind="installation", mobile=True)
    job = minimal_job(server, project_id=mobile["id"])
    response = http.post("Jobs", json=job)
    assert response.status_code == 422
    targets = {detail["target"] for detail in response.json()["error"]["details"]}
    assert targets == {"db_address_street", "db_address_city", "db_address_zip"}
    address = {"db_address_street": "Kaai 1", "db_address_city": "Gent", "db_address_zip": "9000"}
    assert http.post("Jobs", json={**job, **address}).status_code == 201


def test_malformed_json_and_wrong_types_are_400(server: SandboxServer, http: httpx.Client) -> None:
    broken = http.post("Jobs", content=b'{"name": ', headers={"Content-Type": "application/json"})
    assert broken.status_code == 400 and broken.json()["error"]["code"] == "BadRequest"
    assert http.post("Jobs", json=["not", "an", "object"]).status_code == 400
    typed = http.post("Jobs", json=minimal_job(server, estimated_time="soon"))
    assert typed.status_code == 400
    assert typed.json()["error"]["details"][0]["target"] == "estimated_time"


def test_an_unknown_embedded_project_is_created_and_pulled_later(
    server: SandboxServer, http: httpx.Client
) -> None:
    mark = max(row["modified_dateutc"] for row in all_rows(http, "Project"))
    parent = server.pick_project(kind="location")
    job = minimal_job(server)
    del job["project_id"]
    job["project"] = {
        "reference_back_office": "NEW-INST-77",
        "name": "Nieuwe koelcel",
        "_parent_id": parent["id"],
    }
    response = http.post("Jobs", json=job)
    assert response.status_code == 201
    delta = all_rows(http, "Project", **{"$filter": f"modified_dateutc gt {mark}"})
    assert [row["reference_back_office"] for row in delta] == ["NEW-INST-77"]
    assert response.json()["project_id"] == delta[0]["id"]
    # The second time it is known: no new row.
    assert http.post("Jobs", json=job).status_code == 201
    assert (
        len(all_rows(http, "Project", **{"$filter": "reference_back_office eq 'NEW-INST-77'"})) == 1
    )


def test_put_updates_a_job_and_404s_a_missing_one(
    server: SandboxServer, http: httpx.Client
) -> None:
    job = minimal_job(server, id=str(uuid.uuid4()))
    created = http.post("Jobs", json=job).json()
    response = http.put(f"Jobs({job['id']})", json={**job, "name": "Koelcel lekt nog steeds"})
    assert response.status_code == 200
    updated = response.json()
    assert updated["name"] == "Koelcel lekt nog steeds"
    assert updated["modified_dateutc"] > created["modified_dateutc"]
    assert server.get_job(job["id"])["name"] == "Koelcel lekt nog steeds"  # type: ignore[index]
    assert http.put(f"Jobs({uuid.uuid4()})", json=job).status_code == 404
    other = {**job, "id": str(uuid.uuid4())}
    assert http.put(f"Jobs({job['id']})", json=other).status_code == 400


def test_jobs_can_be_listed_and_read_by_key(server: SandboxServer, http: httpx.Client) -> None:
    job = minimal_job(server, id=str(uuid.uuid4()), reference_back_office="ERP-991")
    http.post("Jobs", json=job)
    listed = http.get("Jobs", params={"$filter": "reference_back_office eq 'ERP-991'"}).json()
    assert [row["id"] for row in listed["value"]] == [job["id"]]
    assert http.get(f"Jobs({uuid.uuid4()})").status_code == 404


def test_a_suggested_job_with_user_and_start_makes_a_planning_entry(
    server: SandboxServer, http: httpx.Client
) -> None:
    user = http.get("User", params={"$top": "1"}).json()["value"][0]
    job = minimal_job(
        server,
        id=str(uuid.uuid4()),
        job_status_code="Suggested",
        suggested_user_id=user["id"],
        suggested_date_start="2026-12-07T08:00:00.000Z",
    )
    created = http.post("Jobs", json=job)
    assert created.status_code == 201
    entries = [e for e in server.planning_entries() if e["job_id"] == job["id"]]
    assert entries == [
        {"job_id": job["id"], "user_id": user["id"], "date_start": "2026-12-07T08:00:00.000Z"}
    ]


def test_dates_come_back_in_the_servers_own_form(server: SandboxServer, http: httpx.Client) -> None:
    job = minimal_job(server, due_date="2026-12-24T09:30:00+01:00", earliest_date_plannable="")
    entity = http.post("Jobs", json=job).json()
    assert entity["due_date"] == "2026-12-24T08:30:00.000Z"
    assert entity["earliest_date_plannable"] == "1980-01-01T00:00:00.000Z"


def test_an_embedded_job_type_is_created_when_its_code_is_new(
    server: SandboxServer, http: httpx.Client
) -> None:
    job = minimal_job(server)
    del job["job_type_code"]
    job["job_type"] = {"code": "LEAK", "name": "Leak search"}
    response = http.post("Jobs", json=job)
    assert response.status_code == 201
    assert "LEAK" in server.codes("JobType")
    assert response.json()["job_type_code"] == "LEAK"

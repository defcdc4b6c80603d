"""Paging through @odata.nextLink and delta pulls, against a scripted loopback server."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import unquote

import pytest
from rawservers import Request, canned, response_bytes, routed, serving

from wo_desktop.api.client import ApiClient
from wo_desktop.api.errors import ConfigurationError

Make = Callable[..., ApiClient]
T0 = "2026-01-31T12:00:00.000Z"
T1 = "2026-01-31T12:00:01.000Z"


def _pages(base: str, pages: list[list[dict[str, object]]]) -> Callable[[Request], bytes]:
    """Page n links to ?$skiptoken=n+1 with an absolute URL, as OData servers do."""

    def answer(request: Request) -> bytes:
        index = int(request.target.partition("$skiptoken=")[2] or 0)
        body: dict[str, object] = {"@odata.context": "x", "value": pages[index]}
        if index + 1 < len(pages):
            body["@odata.nextLink"] = f"{base}/Project?$skiptoken={index + 1}"
        return response_bytes(200, body)

    return answer


def test_paging_follows_next_links_until_there_is_none(make_client: Make) -> None:
    pages = [[{"id": str(n)} for n in range(k, k + 20)] for k in (0, 20)] + [[{"id": "40"}]]
    with serving(routed(lambda request: b"")) as server:
        server.behaviour = routed(_pages(server.base_url, pages))
        got = list(make_client(server.base_url).iter_pages("Project", {"$select": "id"}))
    assert got == pages
    assert [request.target for request in server.requests] == [
        "/api/Project?$select=id",
        "/api/Project?$skiptoken=1",
        "/api/Project?$skiptoken=2",
    ]


def test_a_next_link_to_another_server_is_refused_without_sending_to_it(make_client: Make) -> None:
    with serving(canned(200, {"value": []})) as elsewhere:
        link = f"{elsewhere.base_url}/Project?$skiptoken=1"
        with serving(canned(200, {"value": [{"id": "a"}], "@odata.nextLink": link})) as server:
            pages = make_client(server.base_url).iter_pages("Project")
            assert next(pages) == [{"id": "a"}]
            with pytest.raises(ConfigurationError, match="another server"):
                next(pages)
    assert elsewhere.connections == 0


def test_a_list_that_is_not_odata_is_a_configuration_error(make_client: Make) -> None:
    answer = canned(200, "<html>Welcome to the hotel Wi-Fi</html>")
    with (
        serving(answer) as server,
        pytest.raises(ConfigurationError, match="did not answer like the work-order API"),
    ):
        list(make_client(server.base_url).iter_pages("Project"))


def test_user_rows_lose_their_private_fields_as_soon_as_they_arrive(make_client: Make) -> None:
    row = {"id": "u", "firstname": "Jane", "bankaccount": "BE00", "private_phone": "555"}
    with serving(canned(200, {"value": [row]})) as server:
        (page,) = make_client(server.base_url).iter_pages("User")
    assert page == [{"id": "u", "firstname": "Jane"}]


def test_first_delta_asks_for_everything_in_order(make_client: Make) -> None:
    with serving(canned(200, {"value": [{"id": "a", "modified_dateutc": T0}]})) as server:
        pages = list(make_client(server.base_url).pull_delta("JobType", None))
    assert pages == [[{"id": "a", "modified_dateutc": T0}]]
    assert server.requests[0].target == "/api/JobType?$orderby=modified_dateutc,id"


def test_delta_since_asks_gt_and_drops_what_the_cut_literal_let_through(make_client: Make) -> None:
    since = "2026-01-31T12:00:00.1234567Z"
    rows = [
        {"id": "a", "modified_dateutc": "2026-01-31T12:00:00.1235000Z"},
        {"id": "old", "modified_dateutc": "2026-01-31T12:00:00.1230000Z"},
        {"id": "same", "modified_dateutc": since},
        {"id": "new", "modified_dateutc": "2026-01-31T12:00:00.1234568Z"},
    ]
    with serving(canned(200, {"value": rows})) as server:
        (page,) = make_client(server.base_url).pull_delta("JobType", since)
    assert [row["id"] for row in page] == ["a", "new"]
    assert unquote(server.requests[0].target) == (
        "/api/JobType?$orderby=modified_dateutc,id"
        "&$filter=modified_dateutc gt 2026-01-31T12:00:00.123Z"
    )


def _resume(make_client: Make, rows: list[dict[str, str]], after_id: str) -> tuple[list[str], str]:
    with serving(canned(200, {"value": rows})) as server:
        pages = list(make_client(server.base_url).pull_delta("Project", T0, after_id=after_id))
    return [row["id"] for page in pages for row in page], unquote(server.requests[0].target)


def test_delta_resume_asks_ge_and_drops_rows_up_to_after_id(make_client: Make) -> None:
    rows = [
        {"id": "a", "modified_dateutc": T0},
        {"id": "b", "modified_dateutc": T0},
        {"id": "c", "modified_dateutc": T0},
        {"id": "d", "modified_dateutc": T1},
    ]
    ids, target = _resume(make_client, rows, "b")
    assert ids == ["c", "d"]
    assert target.endswith("&$filter=modified_dateutc ge 2026-01-31T12:00:00.000Z")


def test_delta_resume_goes_by_the_servers_order_not_by_comparing_ids(make_client: Make) -> None:
    # A SQL Server does not sort GUIDs as text: "0..." may come after "f...". What follows
    # after_id in the server's order was not stored yet, whatever its text.
    rows = [
        {"id": "f0000000-0000-0000-0000-000000000001", "modified_dateutc": T0},
        {"id": "A0000000-0000-0000-0000-000000000002", "modified_dateutc": T0},
        {"id": "00000000-0000-0000-0000-000000000003", "modified_dateutc": T0},
    ]
    ids, _ = _resume(make_client, rows, "a0000000-0000-0000-0000-000000000002")
    assert ids == ["00000000-0000-0000-0000-000000000003"]


def test_delta_resume_keeps_the_run_when_after_id_is_gone(make_client: Make) -> None:
    # after_id was updated since and moved on: the rows at the timestamp come back (an upsert
    # of a row we have is harmless, skipping one we lack is not).
    rows = [
        {"id": "a", "modified_dateutc": T0},
        {"id": "c", "modified_dateutc": T0},
        {"id": "d", "modified_dateutc": T1},
        {"id": "b", "modified_dateutc": "2026-01-31T12:00:02.000Z"},
    ]
    ids, _ = _resume(make_client, rows, "b")
    assert ids == ["a", "c", "d", "b"]


def test_delta_resume_across_a_page_boundary(make_client: Make) -> None:
    pages = [
        [{"id": "a", "modified_dateutc": T0}, {"id": "b", "modified_dateutc": T0}],
        [{"id": "c", "modified_dateutc": T0}, {"id": "d", "modified_dateutc": T1}],
    ]
    with serving(routed(lambda request: b"")) as server:
        server.behaviour = routed(_pages(server.base_url, pages))
        got = list(make_client(server.base_url).pull_delta("Project", T0, after_id="c"))
    assert got == [[{"id": "d", "modified_dateutc": T1}]]

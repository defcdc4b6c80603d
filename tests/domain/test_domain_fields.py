import json
from importlib.resources import files

from wo_desktop.domain.fields import FIELD_BY_NAME, FIELDS, FieldSpec
from wo_desktop.domain.statuses import DEFAULT_STATUS_CODE, STATUS_CODES, STATUS_IDS


def _raw_rows() -> list[dict[str, object]]:
    text = files("wo_desktop.domain").joinpath("jobs_fields.json").read_text("utf-8")
    rows: list[dict[str, object]] = json.loads(text)["fields"]
    return rows


def test_fields_hold_every_row_of_the_table_in_order() -> None:
    rows = _raw_rows()
    assert len(FIELDS) == 58
    assert [spec.name for spec in FIELDS] == [row["name"] for row in rows]


def test_field_specs_carry_every_column() -> None:
    for spec, row in zip(FIELDS, _raw_rows(), strict=True):
        assert spec == FieldSpec(**row)  # type: ignore[arg-type]


def test_field_by_name_finds_the_documented_limits() -> None:
    assert FIELD_BY_NAME["customer_reference"].max_length == 50
    assert FIELD_BY_NAME["name"].required is True
    assert FIELD_BY_NAME["project_reference_back_office"].one_of_group == "project"
    assert FIELD_BY_NAME["modified_dateutc"].readonly is True
    assert set(FIELD_BY_NAME) == {spec.name for spec in FIELDS}


def test_status_codes_are_the_seven_accepted_on_create() -> None:
    assert STATUS_CODES == (
        "Canceled",
        "ToBePlanned",
        "Waiting",
        "Pooling",
        "Suggested",
        "Activated",
        "Open",
    )
    assert DEFAULT_STATUS_CODE == "Open"


def test_status_ids_are_the_five_documented_guids() -> None:
    assert {code: str(guid) for code, guid in STATUS_IDS.items()} == {
        "Open": "8ba9da71-ef32-423a-bb50-ae767315f55c",
        "ToBePlanned": "497acff2-9ff6-4c94-85dd-daa0689553e2",
        "Pooling": "8adbc894-d612-de11-bd84-0030488c6c36",
        "Suggested": "143cf9cd-c3c1-406a-a19a-58d766d9dda9",
        "Waiting": "69268600-d3e0-4222-859f-06e47cf4041e",
    }

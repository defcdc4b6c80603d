"""From the server's JSON rows to the catalog's columns: one function per table.

Lenient on purpose: a missing key is NULL, an embedded object may stand in for a flat field,
and the server's "no null" empties (`""`, the all-zero GUID) become NULL so that look-ups and
"has a serial number" mean what they say. GUIDs are kept in lower case, like draft ids.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

Row = Mapping[str, Any]
EMPTY_GUID = "00000000-0000-0000-0000-000000000000"


def text(value: Any) -> str | None:
    if type(value) is str:  # the common case first: this runs for every cell of a bulk load
        return value.strip() or None
    if value is None or isinstance(value, dict | list):
        return None
    return str(value).strip() or None


def guid(value: Any) -> str | None:
    if value is None:
        return None
    result = text(value)
    if result is None:
        return None
    result = result.lower()
    return None if result == EMPTY_GUID else result


def flag(value: Any) -> bool | None:
    if value is None or type(value) is bool:
        return value
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes")
    return bool(value)


def integer(value: Any) -> int | None:
    try:
        return None if value is None or isinstance(value, bool) else int(value)
    except (TypeError, ValueError):
        return None


_NOTHING: Row = {}


def _obj(row: Row, key: str) -> Row:
    value = row.get(key)
    return value if isinstance(value, dict) else _NOTHING


def _first(value: Any, *others: Any) -> str | None:
    result = text(value)
    if result is None:
        for other in others:
            result = text(other)
            if result is not None:
                break
    return result


def is_deleted(row: Row) -> bool:
    return bool(flag(row.get("sys_logical_delete")))


def project(row: Row) -> dict[str, Any]:
    # Written for speed as well as leniency: a first catalog load maps every row through here.
    get = row.get
    model = _obj(row, "equipment_model")
    brand = _obj(model, "equipment_brand")
    company = _obj(row, "company")
    address = _obj(row, "db_address")
    translations = model.get("translations")
    parent = get("_parent_id")
    return {
        "id": guid(get("id")),
        "parent_id": guid(parent if parent is not None else get("parent_id")),
        "root_parent_id": guid(get("root_parent_id")),
        "name": text(get("name")),
        "reference_back_office": text(get("reference_back_office")),
        "company_id": guid(get("company_id")) or guid(company.get("id")),
        "company_name": text(get("company_name")) or text(company.get("name")),
        "city": text(get("city")) or text(address.get("city")) or text(company.get("city")),
        "street": text(get("street")) or text(address.get("street")),
        "zip": text(get("zip")) or text(address.get("zip")),
        "country_code": text(get("country_code")) or text(address.get("db_country_code")),
        "serial_number": text(get("serial_number")),
        "barcode": text(get("barcode")),
        "is_mobile": flag(get("is_mobile_installation")),
        "model_name": text(get("model_name")) or text(model.get("name")),
        "brand_name": text(get("brand_name")) or text(brand.get("name")),
        "model_translations_json": (
            json.dumps(translations, ensure_ascii=False) if translations else None
        ),
        "location": text(get("location")),
        "modified_dateutc": text(get("modified_dateutc")),
    }


def company(row: Row) -> dict[str, Any]:
    address = _obj(row, "db_address")
    return {
        "id": guid(row.get("id")),
        "code": text(row.get("code")),
        "name": text(row.get("name")),
        "city": _first(row.get("city"), address.get("city")),
        "vat_reg_code": text(row.get("vat_reg_code")),
        "modified_dateutc": text(row.get("modified_dateutc")),
    }


def contact(row: Row) -> dict[str, Any]:
    return {
        "id": guid(row.get("id")),
        "company_id": guid(row.get("company_id")),
        "firstname": text(row.get("firstname")),
        "lastname": text(row.get("lastname")),
        "email": text(row.get("email")),
        "phone": _first(row.get("phone"), row.get("mobile")),
        "modified_dateutc": text(row.get("modified_dateutc")),
    }


def user(row: Row) -> dict[str, Any]:
    # Named fields only: the server's user row carries private data that must not be kept.
    return {
        "id": guid(row.get("id")),
        "code": text(row.get("code")),
        "username": text(row.get("username")),
        "firstname": text(row.get("firstname")),
        "lastname": text(row.get("lastname")),
        "email": text(row.get("email")),
        "is_team_leader": flag(row.get("is_team_leader")),
        "archived": flag(row.get("archived")),
        "disabled": flag(row.get("disabled")),
        "modified_dateutc": text(row.get("modified_dateutc")),
    }


def job_type(row: Row) -> dict[str, Any]:
    return {
        "id": guid(row.get("id")),
        "code": text(row.get("code")),
        "name": text(row.get("name")),
        "description": text(row.get("description")),
        "is_default": flag(row.get("is_default")),
        "archived": flag(row.get("archived")),
        "modified_dateutc": text(row.get("modified_dateutc")),
    }


def job_priority(row: Row) -> dict[str, Any]:
    return {
        "id": guid(row.get("id")),
        "code": text(row.get("code")),
        "name": text(row.get("name")),
        "sequence": integer(row.get("sequence")),
        "is_default": flag(row.get("is_default")),
        "modified_dateutc": text(row.get("modified_dateutc")),
    }


def job_status(row: Row) -> dict[str, Any]:
    return {
        "id": guid(row.get("id")),
        "code": text(row.get("code")),
        "name": text(row.get("name")),
        "usable_on_api": flag(row.get("usable_on_api")),
        "is_readonly_on_api": flag(row.get("is_readonly_on_api")),
        "modified_dateutc": text(row.get("modified_dateutc")),
    }


def coded_name(row: Row) -> dict[str, Any]:
    """Skills and countries: `{id, code, name[, description]}`."""
    return {
        "id": guid(row.get("id")),
        "code": text(row.get("code")),
        "name": text(row.get("name")),
        "description": text(row.get("description")),
        "modified_dateutc": text(row.get("modified_dateutc")),
    }


def country(row: Row) -> dict[str, Any]:
    mapped = coded_name(row)
    del mapped["description"]
    return mapped


@dataclass(frozen=True)
class TableSpec:
    name: str
    mapper: Callable[[Row], dict[str, Any]]
    words: tuple[str, ...]  # the columns of `<name>_words`, in its order
    order: tuple[str, ...]  # alphabetical order of lists and ties
    display: tuple[str, ...]  # joined with spaces: what the person reads (ranking by prefix)
    flags: tuple[str, ...] = ()  # 0/1 columns given back as booleans
    codes: tuple[str, ...] = ()  # columns of the trigram index `<name>_codes`
    exact: tuple[str, ...] = ("code",)  # columns a whole typed text may equal exactly
    terms: bool = False  # keeps `<name>_terms`, the words of its index, for prefix expansion

    @cached_property
    def columns(self) -> tuple[str, ...]:
        return tuple(self.mapper({}))


SPECS: dict[str, TableSpec] = {
    spec.name: spec
    for spec in (
        TableSpec(
            "projects",
            project,
            words=(
                "name",
                "reference_back_office",
                "company_name",
                "city",
                "model_name",
                "brand_name",
                "location",
            ),
            order=("name",),
            display=("name",),
            flags=("is_mobile",),
            codes=("serial_number", "barcode", "reference_back_office"),
            exact=("serial_number", "barcode", "reference_back_office"),
            terms=True,
        ),
        TableSpec(
            "companies",
            company,
            words=("code", "name", "city", "vat_reg_code"),
            order=("name",),
            display=("name",),
        ),
        TableSpec(
            "contacts",
            contact,
            words=("firstname", "lastname", "email", "phone"),
            order=("lastname", "firstname"),
            display=("firstname", "lastname"),
            exact=("email",),
        ),
        TableSpec(
            "users",
            user,
            words=("code", "username", "firstname", "lastname", "email"),
            order=("lastname", "firstname"),
            display=("firstname", "lastname"),
            flags=("is_team_leader", "archived", "disabled"),
            exact=("code", "username"),
        ),
        TableSpec(
            "job_types",
            job_type,
            words=("code", "name", "description"),
            order=("name",),
            display=("name",),
            flags=("is_default", "archived"),
        ),
        TableSpec(
            "job_priorities",
            job_priority,
            words=("code", "name"),
            order=("sequence", "name"),
            display=("name",),
            flags=("is_default",),
        ),
        TableSpec(
            "job_statuses",
            job_status,
            words=("code", "name"),
            order=("name",),
            display=("name",),
            flags=("usable_on_api", "is_readonly_on_api"),
        ),
        TableSpec(
            "skills",
            coded_name,
            words=("code", "name", "description"),
            order=("name",),
            display=("name",),
        ),
        TableSpec("countries", country, words=("code", "name"), order=("name",), display=("name",)),
    )
}


def spec_for(table: str) -> TableSpec:
    try:
        return SPECS[table]
    except KeyError:
        raise ValueError(f"unknown catalog table {table!r}") from None

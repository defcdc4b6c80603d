"""The small reference tables of the generated catalog: statuses, types, priorities, skills,
countries, equipment brands and models (with fr/nl/de names), and the users.

Users carry the private fields a real server sends (bank account, social security number,
private address): the client is expected to drop them.
"""

from __future__ import annotations

import json
import random
from typing import TYPE_CHECKING, Any

from wo_desktop.sandbox import words
from wo_desktop.sandbox.wire import EMPTY_GUID, guid_from_bits

if TYPE_CHECKING:
    from wo_desktop.sandbox.generate import _Batches, _Clock

# CONTRACT.md documents five status GUIDs; Canceled and Activated have none published, so
# these two are our own, fixed so they never change between runs.
STATUS_ROWS: tuple[tuple[str, str, str], ...] = (
    ("8BA9DA71-EF32-423A-BB50-AE767315F55C", "Open", "Open"),
    ("497ACFF2-9FF6-4C94-85DD-DAA0689553E2", "ToBePlanned", "To be planned"),
    ("8ADBC894-D612-DE11-BD84-0030488C6C36", "Pooling", "Pooling"),
    ("143CF9CD-C3C1-406A-A19A-58D766D9DDA9", "Suggested", "Suggested"),
    ("69268600-D3E0-4222-859F-06E47CF4041E", "Waiting", "Waiting for further action"),
    ("CF48C02D-B74B-4FCD-9BED-40B20A62B3D2", "Canceled", "Canceled"),
    ("25EDFECB-4EC3-41F6-9F5F-AE86707F9622", "Activated", "Activated"),
)

_LANG_CODES = ("fr", "nl", "de")

# (model rid, brand name, model code, names in fr/nl/de) per equipment family
ModelsByFamily = dict[str, list[tuple[int, str, str, tuple[str, ...]]]]


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def insert_generic(out: _Batches, table: str, row: tuple[Any, ...], data: dict[str, Any]) -> None:
    """``row`` is (rid, id, code, reference_back_office, name, modified_ms, deleted)."""
    sql = (
        f"INSERT INTO {table} (rid, id, code, reference_back_office, name, modified_ms,"
        " deleted, data) VALUES (?,?,?,?,?,?,?,?)"
    )
    out.add(sql, (*row, dumps(data)))


def translations(names: tuple[str, ...]) -> list[dict[str, str]]:
    return [
        {"field_name": "name", "language_code": lang, "value_translated": name}
        for lang, name in zip(_LANG_CODES, names, strict=True)
    ]


def reference_tables(
    out: _Batches, rng: random.Random, clock: _Clock, *, users: int
) -> ModelsByFamily:
    """Insert the small tables; returns the equipment models the projects will use."""

    def guid() -> str:
        return guid_from_bits(rng.getrandbits(128))

    def add(table: str, rid: int, row: tuple[str, str, str, str], data: dict[str, Any]) -> None:
        insert_generic(out, table, (rid, *row, clock.tick(table), 0), data)

    for rid, (status_id, code, name) in enumerate(STATUS_ROWS, 1):
        data: dict[str, Any] = {"usable_on_api": True, "is_readonly_on_api": False}
        add("job_status", rid, (status_id, code, "", name), data)
    for rid, (code, name, description, default, archived) in enumerate(words.JOB_TYPES, 1):
        data = {"description": description, "is_default": default, "archived": archived}
        add("job_type", rid, (guid(), code, "", name), data)
    for rid, (code, name, sequence, default) in enumerate(words.JOB_PRIORITIES, 1):
        data = {"sequence": sequence, "is_default": default}
        add("job_priority", rid, (guid(), code, "", name), data)
    for rid, (code, name) in enumerate(words.SKILLS, 1):
        add("skill", rid, (guid(), code, "", name), {"description": name})
    for rid, (code, name, *names) in enumerate(words.COUNTRIES, 1):
        add(
            "db_country",
            rid,
            (guid(), code, "", name),
            {"translations": translations(tuple(names))},
        )
    _users(add, guid, rng, users)
    return _models(add, guid, rng)


def _models(add: Any, guid: Any, rng: random.Random) -> ModelsByFamily:
    families = {code: {"id": guid(), "code": code, "name": name} for code, name in words.FAMILIES}
    models: ModelsByFamily = {code: [] for code in families}
    model_rid = 0
    for brand_rid, (brand_code, brand_name) in enumerate(words.BRANDS, 1):
        brand = {"id": guid(), "code": brand_code, "name": brand_name}
        add("equipment_brand", brand_rid, (brand["id"], brand_code, "", brand_name), {})
        for kind in rng.sample(words.EQUIPMENT_KINDS, 5):
            family_code, english, *names, prefix = kind
            for _ in range(2):
                model_rid += 1
                number = f"{prefix}-{rng.randrange(10, 999):03d}"
                code = f"{brand_code}-{number}"
                name = f"{english} {number}"
                data = {
                    "description": f"{brand_name} {name}",
                    "equipment_brand_id": brand["id"],
                    "equipment_brand_code": brand_code,
                    "equipment_brand": brand,
                    "equipment_family_id": families[family_code]["id"],
                    "equipment_family_code": family_code,
                    "translations": translations(tuple(f"{word} {number}" for word in names)),
                }
                add("equipment_model", model_rid, (guid(), code, "", name), data)
                models[family_code].append((model_rid, brand_name, number, tuple(names)))
    return models


def _users(add: Any, guid: Any, rng: random.Random, count: int) -> None:
    leader = EMPTY_GUID
    for rid in range(1, count + 1):
        lang = _LANG_CODES[rid % 3]
        first = rng.choice(words.FIRST_NAMES[lang])
        last = rng.choice(words.SURNAMES[lang])
        city = rng.choice([city for city in words.CITIES if city[2] == lang])
        user_id = guid()
        is_leader = rid % 6 == 1
        login = f"{first[0]}{last}".lower().replace(" ", "")
        year, month, day = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
        data = {
            "username": f"{login}{rid}",
            "firstname": first,
            "lastname": last,
            "email": f"{login}{rid}@service.example",
            "phone": f"+32 2 {rng.randrange(10**6):06d}",
            "mobile": f"+32 47{rng.randint(0, 9)} {rng.randrange(10**6):06d}",
            "functions": "Team leader" if is_leader else "Technician",
            "is_team_leader": is_leader,
            "team_leader_user_id": EMPTY_GUID if is_leader else leader,
            "archived": rid % 15 == 0,
            "disabled": rid % 20 == 0,
            # Private data a real server sends along; the client must not keep it.
            "bankaccount": _iban(rng),
            "social_security": _national_number(year, month, day, rng.randint(1, 997)),
            "birthdate": f"19{year}-{month:02d}-{day:02d}T00:00:00.000Z",
            "place_of_birth": city[0],
            "nationality": "Belgian",
            "emergency_contact": f"{rng.choice(words.FIRST_NAMES[lang])} {last}",
            "private_email": f"{login}.{rid}@mail.example",
            "private_mobile": f"+32 49{rng.randint(0, 9)} {rng.randrange(10**6):06d}",
            "private_street": rng.choice(words.STREETS[lang]),
            "private_street_number": str(rng.randint(1, 150)),
            "private_zip": city[1],
            "private_city": city[0],
            "private_db_country_code": city[3],
            "notes": "",
        }
        code = f"{first[0]}{last[:3]}{rid}".upper()
        add("user", rid, (user_id, code, "", f"{first} {last}"), data)
        if is_leader:
            leader = user_id


def _iban(rng: random.Random) -> str:
    """A Belgian IBAN with valid check digits (mod 97), grouped by four."""
    bban = f"{rng.randrange(10**12):012d}"
    check = 98 - int(bban + "111400") % 97  # "BE00" moved to the end: B=11, E=14
    text = f"BE{check:02d}{bban}"
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def _national_number(year: int, month: int, day: int, serial: int) -> str:
    """A Belgian national register number (born before 2000), with its mod-97 check."""
    base = f"{year:02d}{month:02d}{day:02d}{serial:03d}"
    check = 97 - int(base) % 97
    return f"{base[:2]}.{base[2:4]}.{base[4:6]}-{base[6:]}.{check:02d}"

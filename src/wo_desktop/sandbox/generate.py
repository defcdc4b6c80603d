"""The generated catalog: deterministic for a seed, realistic enough to search, and fast.

Everything comes from one ``random.Random(seed)`` drawn in a fixed order, so the same seed and
size always give the same rows. Projects are a tree of root locations, installations (about
5 % mobile) and equipment; a million rows take well under a minute because the per-row work is
a few list look-ups and the rows go to SQLite with ``executemany`` in batches.
"""

from __future__ import annotations

import random
import sqlite3
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from wo_desktop.sandbox import words
from wo_desktop.sandbox.reference import ModelsByFamily, insert_generic, reference_tables
from wo_desktop.sandbox.wire import guid_from_bits

BASE_MS = 1_704_067_200_000  # 2024-01-01T00:00:00.000Z: generated rows are older than any write
BATCH = 20_000
MOBILE_SHARE = 0.05
DELETED_SHARE = 0.005  # equipment already logically deleted when the catalog is made
_BASE36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_PAIRS = tuple(a + b for a in _BASE36 for b in _BASE36)  # 1,296: half a serial's letters
_LANGS = ("fr", "nl", "de")
_PHONE_PREFIX = {"BE": "+32", "FR": "+33", "DE": "+49", "NL": "+31", "LU": "+352"}

_PROJECT_INSERT = (
    "INSERT INTO project (rid, id, kind, parent_rid, root_rid, company_rid, contact_rid,"
    " address_rid, model_rid, name, ref, location, serial, barcode, mobile, modified_ms,"
    " deleted, extra) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,NULL)"
)
_ADDRESS_INSERT = "INSERT INTO address VALUES (?,?,?,?,?,?,?)"


def ean13(body12: str) -> str:
    """Twelve digits plus their EAN-13 check digit."""
    odd = sum(map(int, body12[0::2]))
    even = sum(map(int, body12[1::2]))
    return body12 + str((10 - (odd + 3 * even) % 10) % 10)


def slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum())


class _Batches:
    """Rows per insert statement, flushed with ``executemany`` every ``BATCH`` rows."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.pending: dict[str, list[Sequence[Any]]] = {}

    def add(self, sql: str, row: Sequence[Any]) -> None:
        rows = self.pending.setdefault(sql, [])
        rows.append(row)
        if len(rows) >= BATCH:
            self.conn.executemany(sql, rows)
            rows.clear()

    def flush(self) -> None:
        for sql, rows in self.pending.items():
            self.conn.executemany(sql, rows)
            rows.clear()


class _Clock:
    """Strictly increasing modification times, one sequence per table."""

    def __init__(self, rnd: Callable[[], float]) -> None:
        self.rnd = rnd
        self.now: dict[str, int] = {}

    def tick(self, table: str) -> int:
        value = self.now.get(table, BASE_MS) + 1 + int(self.rnd() * 1500)
        self.now[table] = value
        return value


def generate(conn: sqlite3.Connection, *, projects: int, seed: int) -> int:
    """Fill an empty schema; returns the latest modification time written (the clock start)."""
    rng = random.Random(seed)
    clock = _Clock(rng.random)
    out = _Batches(conn)
    models = reference_tables(out, rng, clock, users=max(12, min(200, projects // 5000)))
    _Catalog(out, rng, clock, models).run(projects)
    out.flush()
    return max(clock.now.values(), default=BASE_MS)


class _Catalog:
    """Companies, their contacts and the project tree, streamed until ``projects`` rows exist."""

    def __init__(
        self,
        out: _Batches,
        rng: random.Random,
        clock: _Clock,
        models: ModelsByFamily,
    ) -> None:
        self.out, self.rng, self.clock, self.models = out, rng, clock, models
        self.rnd = rng.random
        self.bits = rng.getrandbits
        self.company_rid = self.contact_rid = self.address_rid = 0
        self.site = (0, 0, 0)
        self.project_rid = self.equipment_count = self.installation_count = 0
        self.remaining = 0
        self.barcode_offset = rng.randrange(10**10)
        self.cities_by_lang = {
            lang: [city for city in words.CITIES if city[2] == lang] for lang in _LANGS
        }

    def pick(self, items: Sequence[Any]) -> Any:
        return items[int(self.rnd() * len(items))]

    def run(self, projects: int) -> None:
        self.remaining = projects
        while self.remaining > 0:
            self.company()

    def company(self) -> None:
        pick, rnd = self.pick, self.rnd
        city = pick(words.CITIES)
        lang, country = city[2], city[3]
        self.company_rid += 1
        number = self.company_rid
        legal = pick(words.LEGAL_FORMS[lang])
        name = pick(words.TRADES[lang]).format(s=pick(words.SURNAMES[lang]))
        name = f"{name} {legal}" if legal else name
        company_id = guid_from_bits(self.bits(128))
        code = f"C{number:06d}"
        data = {
            "vat_reg_code": _vat(country, self.rng),
            "street": pick(words.STREETS[lang]),
            "street_number": str(1 + int(rnd() * 180)),
            "zip": city[1],
            "city": city[0],
            "db_country_code": country,
            "phone": _phone(country, self.rng),
            "email": f"info@{slug(name)[:24]}.{country.lower()}",
            "language_code": lang,
            "archived": False,
        }
        row = (number, company_id, code, code, name, self.clock.tick("company"), 0)
        insert_generic(self.out, "company", row, data)
        contacts = [self.contact(company_id, lang, country) for _ in range(1 + int(rnd() * 3))]
        for site in range(1 + (rnd() < 0.45) + (rnd() < 0.2) + (rnd() < 0.05)):
            if self.remaining <= 0:
                return
            self.location(name, lang, city, site, pick(contacts))

    def contact(self, company_id: str, lang: str, country: str) -> int:
        pick = self.pick
        self.contact_rid += 1
        first, last = pick(words.FIRST_NAMES[lang]), pick(words.SURNAMES[lang])
        data = {
            "company_id": company_id,
            "firstname": first,
            "lastname": last,
            "function": pick(words.CONTACT_FUNCTIONS[lang]),
            "email": f"{slug(first)}.{slug(last)}@example.{country.lower()}",
            "phone": _phone(country, self.rng),
            "mobile": _phone(country, self.rng),
            "language_code": lang,
        }
        ref = f"CT{self.contact_rid:07d}"
        row = (self.contact_rid, guid_from_bits(self.bits(128)), "", ref, f"{first} {last}")
        insert_generic(self.out, "contact", (*row, self.clock.tick("contact"), 0), data)
        return self.contact_rid

    def location(
        self, company: str, lang: str, city: tuple[str, ...], site: int, contact: int
    ) -> None:
        pick, rnd = self.pick, self.rnd
        if site and rnd() < 0.5:
            city = pick(self.cities_by_lang[lang])
        self.address_rid += 1
        street, number = pick(words.STREETS[lang]), str(1 + int(rnd() * 220))
        address_id = guid_from_bits(self.bits(128))
        row = (self.address_rid, address_id, street, number, city[1], city[0], city[3])
        self.out.add(_ADDRESS_INSERT, row)
        # Every row of this location's tree shares its company, contact and address.
        self.site = (self.company_rid, contact, self.address_rid)
        site_name = words.SITE_NAMES[lang][site % len(words.SITE_NAMES[lang])]
        root = self.project(0, f"{company} - {site_name}", None, None)
        for index in range(1 + int(rnd() * 4)):
            if self.remaining <= 0:
                return
            self.installation_count += 1
            # The second installation is always mobile, with equipment: even a tiny catalog
            # then has a case of the rule "mobile equipment needs the job's own address".
            forced = self.installation_count == 2
            mobile = 1 if rnd() < MOBILE_SHARE or forced else 0
            if mobile:
                family = "REFRIG"
                title = f"{pick(words.MOBILE_NAMES[lang])} {index + 1}"
            else:
                slot = int(rnd() * len(words.INSTALLATION_NAMES[lang]))
                family = words.INSTALLATION_FAMILIES[slot]
                title = f"{words.INSTALLATION_NAMES[lang][slot]} {index + 1}"
            where = pick(words.LOCATIONS[lang])
            installation = self.project(1, title, root, root, where=where, mobile=mobile)
            for _ in range(max(int(rnd() * 7), 2 if forced else 0)):
                if self.remaining <= 0:
                    return
                self.equipment(installation, root, family, lang, where, mobile)

    def equipment(
        self, parent: int, root: int, family: str, lang: str, where: str, mobile: int
    ) -> None:
        model_rid, brand, model_code, names = self.pick(self.models[family])
        count = self.equipment_count
        self.equipment_count += 1
        letters = _PAIRS[int(self.rnd() * 1296)] + _PAIRS[int(self.rnd() * 1296)]
        # The counter makes serials and barcodes unique; the letters make them look real.
        serial = f"SN-{letters}-{count % 100_000:05d}-{_BASE36[10 + count // 100_000 % 26]}"
        barcode = ean13(f"54{(count * 3_778_442_019 + self.barcode_offset) % 10**10:010d}")
        name = f"{names[_LANGS.index(lang)]} {brand} {model_code}"
        self.project(2, name, parent, root, where, serial, barcode, model_rid, mobile)

    def project(
        self,
        kind: int,
        name: str,
        parent: int | None,
        root: int | None,
        where: str = "",
        serial: str = "",
        barcode: str = "",
        model: int | None = None,
        mobile: int = 0,
    ) -> int:
        self.project_rid += 1
        self.remaining -= 1
        rid = self.project_rid
        company, contact, address = self.site
        ref = f"{('LOC', 'INS', 'EQ')[kind]}-{rid:07d}"
        deleted = 1 if kind == 2 and self.rnd() < DELETED_SHARE else 0
        row = (
            rid, guid_from_bits(self.bits(128)), kind, parent, root, company, contact, address,
            model, name, ref, where, serial, barcode, mobile, self.clock.tick("project"), deleted,
        )  # fmt: skip
        self.out.add(_PROJECT_INSERT, row)
        return rid


def _digits(rng: random.Random, count: int) -> str:
    return f"{rng.randrange(10**count):0{count}d}"


def _phone(country: str, rng: random.Random) -> str:
    return f"{_PHONE_PREFIX[country]} {rng.randint(2, 9)}{_digits(rng, 1)} {_digits(rng, 6)}"


def _vat(country: str, rng: random.Random) -> str:
    if country == "BE":
        body = _digits(rng, 9)
        return f"BE0{body[:3]}.{body[3:6]}.{body[6:]}"
    if country == "NL":
        return f"NL{_digits(rng, 9)}B01"
    if country == "LU":
        return f"LU{_digits(rng, 8)}"
    return f"{country}{_digits(rng, 9 if country == 'DE' else 11)}"

"""How a catalog row reads in a combo, a picker or a path, in the user's language."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

_language = ""


def set_language(code: str) -> None:
    """The two-letter language used for equipment model names ("" = the system's)."""
    global _language
    _language = code


def language() -> str:
    return _language or QLocale().name().split("_", 1)[0]


def _join(*parts: Any, sep: str = " ") -> str:
    return sep.join(str(p) for p in parts if p)


def model_name(row: dict[str, Any]) -> str:
    """The equipment model's name, translated where the catalog has a translation."""
    raw = row.get("model_translations_json")
    if raw:
        try:
            translations = json.loads(raw) if isinstance(raw, str) else raw
        except ValueError:
            translations = []
        wanted = language()
        for item in translations or []:
            if (
                isinstance(item, dict)
                and (item.get("language_code") or "").lower().startswith(wanted)
                and item.get("field_name") in (None, "name")
                and item.get("value_translated")
            ):
                return str(item["value_translated"])
    return str(row.get("model_name") or "")


def person(row: dict[str, Any]) -> str:
    name = _join(row.get("firstname"), row.get("lastname"))
    return name or str(row.get("username") or row.get("email") or row.get("code") or "")


def label(kind: str, row: dict[str, Any] | None) -> str:
    if not row:
        return ""
    if kind == "users":
        code = row.get("code")
        return f"{person(row)} ({code})" if code and code != person(row) else person(row)
    if kind == "contacts":
        name = person(row)
        return f"{name} · {row['email']}" if row.get("email") else name
    if kind == "companies":
        name = str(row.get("name") or row.get("code") or "")
        return f"{name} · {row['city']}" if row.get("city") else name
    if kind in ("projects", "equipment"):
        return project_label(row)
    return str(row.get("name") or row.get("code") or "")


def project_label(row: dict[str, Any]) -> str:
    name = str(row.get("name") or row.get("reference_back_office") or "")
    details = [row.get("city")]
    if row.get("serial_number"):
        details.insert(
            0,
            QCoreApplication.translate("CatalogText", "serial %1").replace(
                "%1", str(row["serial_number"])
            ),
        )
    rest = _join(*details, sep=" · ")
    return f"{name} — {rest}" if rest else name


def path_text(ancestors: list[dict[str, Any]], row: dict[str, Any]) -> str:
    """Company › site › installation › equipment: where a project sits in the tree."""
    parts = [str(a.get("name") or a.get("reference_back_office") or "?") for a in ancestors]
    if row.get("company_name"):
        parts.insert(0, str(row["company_name"]))
    parts.append(str(row.get("name") or "?"))
    return " › ".join(parts)


def address_text(row: dict[str, Any]) -> str:
    line1 = _join(row.get("street"))
    line2 = _join(row.get("zip"), row.get("city"))
    return _join(line1, line2, row.get("country_code"), sep=", ")

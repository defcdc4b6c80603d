"""Which job fields the form shows, how each is read and written, and their families.

A foreign key can be given as an id, a code or an embedded object (CONTRACT.md). The form
picks ids; a job that came with a code keeps it until the person picks something else.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from wo_desktop.ui import catalog_text
from wo_desktop.ui.editor import binding
from wo_desktop.ui.labels import status_label

# combo field -> (catalog table, the other fields of its family)
COMBOS: dict[str, tuple[str, tuple[str, ...]]] = {
    "job_type_id": ("job_types", ("job_type_code", "job_type")),
    "job_priority_id": ("job_priorities", ("job_priority_code", "job_priority")),
    "skill_id": ("skills", ("skill_code", "skill")),
    "suggested_user_id": ("users", ("suggested_user_code", "suggested_user")),
    "approval_responsible_user_id": ("users", ()),
    "requested_by_company_id": ("companies", ()),
    "requested_by_contact_id": ("contacts", ()),
    "contact_id": ("contacts", ()),
    "db_address_db_country_id": ("countries", ("db_address_db_country_code",)),
}
STATUS_FAMILY = ("job_status_id",)
DECIMALS = ("db_address_latitude_decimal", "db_address_longitude_decimal")
ADDRESS_PREFIX = "db_address_"


@cache
def text_limits() -> dict[str, int]:
    """The documented maximum length of each text field (read once, when first needed)."""
    from wo_desktop.domain.fields import FIELD_BY_NAME

    return {
        name: spec.max_length
        for name, spec in FIELD_BY_NAME.items()
        if spec.max_length is not None and spec.type == "string"
    }


_ALIASES = {
    "project": "project_id",
    "project_reference_back_office": "project_id",
    "job_status_id": "job_status_code",
}
for _name, (_kind, _siblings) in COMBOS.items():
    for _sibling in _siblings:
        _ALIASES[_sibling] = _name


def widget_name_for(field: str) -> str:
    """The widget that shows a problem about ``field`` (a wire name or a dotted path)."""
    head = field.split(".", 1)[0]
    return _ALIASES.get(head, head)


def status_options() -> list[tuple[str, str]]:
    # Imported when used: the domain's statuses pull in uuid, which the first paint can skip.
    from wo_desktop.domain.statuses import STATUS_CODES

    # Open first: new jobs start there; the rest as the server lists them.
    codes = ["Open", *[c for c in STATUS_CODES if c != "Open"]]
    return [(code, status_label(code)) for code in codes]


def _status_code(job: dict[str, Any]) -> str | None:
    if job.get("job_status_code"):
        return str(job["job_status_code"])
    from wo_desktop.domain.statuses import STATUS_IDS

    wanted = str(job.get("job_status_id") or "").lower()
    return next((code for code, uid in STATUS_IDS.items() if str(uid).lower() == wanted), None)


def load_values(editor: Any, job: dict[str, Any], only: tuple[str, ...] | None = None) -> None:
    service = editor.service
    for name, widget in editor.fields.items():
        if name == "project_id" or (only is not None and name not in only):
            continue
        if name.startswith(ADDRESS_PREFIX) and not editor.address.editable and only is None:
            continue  # the tab shows the installation's address instead
        if name == "job_status_code":
            code = _status_code(job)
            binding.write(widget, code, status_label(code) if code else None)
        elif name in COMBOS:
            kind, siblings = COMBOS[name]
            value = job.get(name)
            label = None
            if value and service is not None:
                label = catalog_text.label(kind, service.catalog_get(kind, str(value))) or None
            if not value:
                # A job that names it by code (an import) shows the code, kept as it is.
                label = next((str(job[s]) for s in siblings if isinstance(job.get(s), str)), "")
            binding.write(widget, value, label or (str(value) if value else ""))
        elif name in DECIMALS:
            value = job.get(name)
            binding.write(widget, None if value is None else str(value))
        else:
            binding.write(widget, job.get(name))


def read_values(editor: Any, data: dict[str, Any], *, address: str) -> None:
    """Write the form into ``data``; ``address`` is "own" (mobile: read the tab), "drop" (the
    installation's address applies: nothing typed is sent) or "keep" (not known yet)."""
    if address == "drop":
        for key in [k for k in data if k.startswith(ADDRESS_PREFIX) and k != "db_address_id"]:
            data.pop(key)
    for name, widget in editor.fields.items():
        if name == "project_id":
            continue
        if name.startswith(ADDRESS_PREFIX) and address != "own":
            continue
        value = binding.read(widget)
        if name in DECIMALS:
            value = binding.decimal_or_text(value)
            if isinstance(value, str):
                value = None  # unreadable: reported by the form, not saved as text
        if name == "job_status_code" and value is not None:
            for sibling in STATUS_FAMILY:
                data.pop(sibling, None)
        if name in COMBOS:
            siblings = COMBOS[name][1]
            if value is None and any(data.get(s) for s in siblings):
                if not widget.label():
                    for sibling in siblings:  # emptied by the person: the family goes
                        data.pop(sibling, None)
                continue
            for sibling in siblings:
                data.pop(sibling, None)
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value

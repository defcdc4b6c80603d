"""Words the window shows for API names: field labels, job states, statuses, problems.

The domain speaks English for the log and the command line; the window translates by the
problem's stable ``code`` so a French user reads French, whatever the domain wrote.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def field_label(name: str) -> str:
    labels = {
        "name": QCoreApplication.translate("Fields", "Name"),
        "project_id": QCoreApplication.translate("Fields", "Installation"),
        "project": QCoreApplication.translate("Fields", "Installation"),
        "project_reference_back_office": QCoreApplication.translate("Fields", "Installation"),
        "job_type_id": QCoreApplication.translate("Fields", "Job type"),
        "job_type_code": QCoreApplication.translate("Fields", "Job type"),
        "job_type": QCoreApplication.translate("Fields", "Job type"),
        "job_status_id": QCoreApplication.translate("Fields", "Status"),
        "job_status_code": QCoreApplication.translate("Fields", "Status"),
        "job_priority_id": QCoreApplication.translate("Fields", "Priority"),
        "job_priority_code": QCoreApplication.translate("Fields", "Priority"),
        "skill_id": QCoreApplication.translate("Fields", "Skill"),
        "skill_code": QCoreApplication.translate("Fields", "Skill"),
        "description": QCoreApplication.translate("Fields", "Description"),
        "customer_reference": QCoreApplication.translate("Fields", "Customer reference"),
        "reference_back_office": QCoreApplication.translate("Fields", "Back-office reference"),
        "earliest_date_plannable": QCoreApplication.translate("Fields", "Earliest date"),
        "due_date": QCoreApplication.translate("Fields", "Due date"),
        "estimated_time": QCoreApplication.translate("Fields", "Estimated time"),
        "suggested_user_id": QCoreApplication.translate("Fields", "Suggested user"),
        "suggested_user_code": QCoreApplication.translate("Fields", "Suggested user"),
        "suggested_date_start": QCoreApplication.translate("Fields", "Suggested start"),
        "approval_responsible_user_id": QCoreApplication.translate("Fields", "WO leader"),
        "requested_by_company_id": QCoreApplication.translate("Fields", "Requesting company"),
        "requested_by_contact_id": QCoreApplication.translate("Fields", "Requesting contact"),
        "contact_id": QCoreApplication.translate("Fields", "Contact"),
        "date_reported_by_company": QCoreApplication.translate("Fields", "Date reported"),
        "internal_memo": QCoreApplication.translate("Fields", "Internal memo"),
        "prejob_information": QCoreApplication.translate("Fields", "Information before the job"),
        "estimated_quantity_remark": QCoreApplication.translate("Fields", "Parts remark"),
        "db_address_name": QCoreApplication.translate("Fields", "Address name"),
        "db_address_street": QCoreApplication.translate("Fields", "Street"),
        "db_address_street_number": QCoreApplication.translate("Fields", "Number"),
        "db_address_street2": QCoreApplication.translate("Fields", "Street, second line"),
        "db_address_zip": QCoreApplication.translate("Fields", "Postal code"),
        "db_address_city": QCoreApplication.translate("Fields", "City"),
        "db_address_db_country_id": QCoreApplication.translate("Fields", "Country"),
        "db_address_db_country_code": QCoreApplication.translate("Fields", "Country"),
        "db_address_phone": QCoreApplication.translate("Fields", "Phone"),
        "db_address_email": QCoreApplication.translate("Fields", "Email"),
        "db_address_latitude_decimal": QCoreApplication.translate("Fields", "Latitude"),
        "db_address_longitude_decimal": QCoreApplication.translate("Fields", "Longitude"),
        "working_sequence": QCoreApplication.translate("Fields", "Working sequence"),
        "_parent_id": QCoreApplication.translate("Fields", "Parent job"),
    }
    head = name.split(".", 1)[0]
    return labels.get(name) or labels.get(head) or name


def state_label(state: str) -> str:
    return {
        "draft": QCoreApplication.translate("States", "Draft"),
        "ready": QCoreApplication.translate("States", "Ready to send"),
        "sending": QCoreApplication.translate("States", "Sending"),
        "sent": QCoreApplication.translate("States", "Sent"),
        "rejected": QCoreApplication.translate("States", "Rejected"),
    }.get(state, state)


STATE_ORDER = ("draft", "ready", "sending", "sent", "rejected")


def status_label(code: str) -> str:
    return {
        "Open": QCoreApplication.translate("Statuses", "Open"),
        "ToBePlanned": QCoreApplication.translate("Statuses", "To be planned"),
        "Waiting": QCoreApplication.translate("Statuses", "Waiting"),
        "Pooling": QCoreApplication.translate("Statuses", "Pooling"),
        "Suggested": QCoreApplication.translate("Statuses", "Suggested"),
        "Activated": QCoreApplication.translate("Statuses", "Activated"),
        "Canceled": QCoreApplication.translate("Statuses", "Canceled"),
    }.get(code, code)


def problem_text(problem: Any) -> str:
    """A problem in the user's language; the domain's English when the code is not known."""
    field = getattr(problem, "field", "") or ""
    code = getattr(problem, "code", "")
    label = field_label(field) if field else QCoreApplication.translate("Fields", "Job")
    if code == "required" and field.startswith("db_address_"):
        return QCoreApplication.translate(
            "Problems", "%1 is required: the installation is mobile equipment.", None
        ).replace("%1", label)
    known = {
        "required": QCoreApplication.translate("Problems", "%1 is required."),
        "one_of": QCoreApplication.translate("Problems", "%1 is required."),
        "date_order": QCoreApplication.translate(
            "Problems", "The due date is before the earliest date."
        ),
        "min_value": QCoreApplication.translate("Problems", "%1 cannot be negative."),
        "email": QCoreApplication.translate(
            "Problems", "%1 is not an email address (name@example.com)."
        ),
        "type": QCoreApplication.translate("Problems", "%1 has a value of the wrong kind."),
        "invalid_choice": QCoreApplication.translate(
            "Problems", "%1 is not one of the known choices."
        ),
        "planning_entry": QCoreApplication.translate(
            "Problems", "A planning entry will be made for the suggested user."
        ),
        "duration": QCoreApplication.translate(
            "Problems", "%1 must be hours:minutes, such as 1:30."
        ),
        "number": QCoreApplication.translate("Problems", "%1 must be a number, such as 50.8503."),
    }
    if code == "range":
        low, high = ("-90", "90") if "latitude" in field else ("-180", "180")
        return (
            QCoreApplication.translate("Problems", "%1 must be between %2 and %3.")
            .replace("%1", label)
            .replace("%2", low)
            .replace("%3", high)
        )
    if code == "max_length":
        from wo_desktop.domain.fields import FIELD_BY_NAME

        spec = FIELD_BY_NAME.get(field)
        if spec is not None and spec.max_length:
            return (
                QCoreApplication.translate("Problems", "%1 is too long: at most %2 characters.")
                .replace("%1", label)
                .replace("%2", str(spec.max_length))
            )
    if code == "server":
        return f"{label}: {getattr(problem, 'message', '')}"
    if code in known:
        return known[code].replace("%1", label)
    return str(getattr(problem, "message", "") or code)


def table_label(table: str) -> str:
    """A catalog table's name for a person."""
    return {
        "projects": QCoreApplication.translate("Tables", "installations and equipment"),
        "companies": QCoreApplication.translate("Tables", "companies"),
        "contacts": QCoreApplication.translate("Tables", "contacts"),
        "users": QCoreApplication.translate("Tables", "users"),
        "job_types": QCoreApplication.translate("Tables", "job types"),
        "job_priorities": QCoreApplication.translate("Tables", "priorities"),
        "job_statuses": QCoreApplication.translate("Tables", "statuses"),
        "skills": QCoreApplication.translate("Tables", "skills"),
        "countries": QCoreApplication.translate("Tables", "countries"),
    }.get(table, table)

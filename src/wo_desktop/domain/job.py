"""The work order (the API's ``jobs`` entity) with the 58 documented fields.

Every field is optional here: a draft may be incomplete, and the rules for a job that is
ready to send live in ``validation.py``. Max lengths are not enforced by the model either,
so overlong text still parses and validation can say which field is too long.
"""

from __future__ import annotations

import uuid
from uuid import UUID

from pydantic import Field

from wo_desktop.domain.entities import JobPriority, JobType, Project, Skill, User, WireModel
from wo_desktop.domain.wire import WireDateTime, WireDecimal, WireInt


def new_job_id() -> UUID:
    """A fresh job id; made once when the draft is created, it is the idempotency key."""
    return uuid.uuid4()


class Job(WireModel):
    """A job, field for field as on the wire (``parent_id`` is ``_parent_id``, and so on)."""

    id: UUID | None = None
    parent_id: UUID | None = Field(default=None, alias="_parent_id")
    parent_job: Job | None = Field(default=None, alias="_parent_job")
    parent_jobs_reference_back_office: str | None = Field(
        default=None, alias="_parent_jobs_reference_back_office"
    )
    project_id: UUID | None = None
    project_reference_back_office: str | None = None
    project: Project | None = None
    job_type_id: UUID | None = None
    job_type_code: str | None = None
    job_type: JobType | None = None
    job_priority_id: UUID | None = None
    job_priority_code: str | None = None
    job_priority: JobPriority | None = None
    job_status_id: UUID | None = None
    job_status_code: str | None = None
    db_address_id: UUID | None = None
    contact_id: UUID | None = None
    requested_by_company_id: UUID | None = None
    requested_by_contact_id: UUID | None = None
    reference_back_office: str | None = None
    name: str | None = None
    description: str | None = None
    working_sequence: WireInt | None = None
    internal_memo: str | None = None
    prejob_information: str | None = None
    estimated_time: WireInt | None = None
    earliest_date_plannable: WireDateTime = None
    due_date: WireDateTime = None
    date_create: WireDateTime = None
    date_update: WireDateTime = None
    date_closed: WireDateTime = None
    suggested_user_id: UUID | None = None
    suggested_user_code: str | None = None
    suggested_user: User | None = None
    suggested_date_start: WireDateTime = None
    skill_id: UUID | None = None
    skill_code: str | None = None
    skill: Skill | None = None
    customer_reference: str | None = None
    approval_responsible_user_id: UUID | None = None
    date_reported_by_company: WireDateTime = None
    id2: WireInt | None = None
    company_id: UUID | None = None
    company_code: str | None = None
    db_address_name: str | None = None
    db_address_street: str | None = None
    db_address_street2: str | None = None
    db_address_street_number: str | None = None
    db_address_city: str | None = None
    db_address_zip: str | None = None
    db_address_db_country_id: UUID | None = None
    db_address_db_country_code: str | None = None
    db_address_phone: str | None = None
    db_address_email: str | None = None
    db_address_latitude_decimal: WireDecimal | None = None
    db_address_longitude_decimal: WireDecimal | None = None
    estimated_quantity_remark: str | None = None
    modified_dateutc: WireDateTime = None

"""The entities a job embeds, with every field the seed sample shows.

Field names are the API's; a leading underscore (not allowed on a pydantic field) is kept
through an alias, so ``parent_id`` reads and writes ``_parent_id``. Unknown fields are kept
(``extra="allow"``) so a server that sends more loses nothing on the way through.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from wo_desktop.domain.wire import WireDateTime, WireInt


def drop_none(value: Any) -> Any:
    """Remove ``None`` from dumped JSON at every depth (extras are dumped as they came)."""
    if isinstance(value, dict):
        return {key: drop_none(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [drop_none(item) for item in value]
    return value


class WireModel(BaseModel):
    """Base of every API entity: API names on the wire, unknown fields kept."""

    model_config = ConfigDict(populate_by_name=True, extra="allow")

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> Self:
        """Read the contract JSON; raises ``pydantic.ValidationError`` on a wrong type."""
        return cls.model_validate(data)

    def to_wire(self) -> dict[str, Any]:
        """The contract JSON: wire names, UTC ``...fffZ`` date-times, unset fields omitted."""
        dumped = self.model_dump(mode="json", by_alias=True, exclude_none=True)
        result: dict[str, Any] = drop_none(dumped)
        return result


class SalesOrganization(WireModel):
    id: UUID | None = None
    code: str | None = None
    name: str | None = None
    description: str | None = None
    db_country_id: UUID | None = None
    db_currency_id: UUID | None = None
    db_language_id: UUID | None = None
    accountancy_code: str | None = None
    archived: bool | None = None
    default_unit_of_measure_system_type: str | None = None
    street: str | None = None
    street2: str | None = None
    street_number: str | None = None
    zip: str | None = None
    city: str | None = None
    email: str | None = None
    phone: str | None = None
    fax: str | None = None
    url: str | None = None
    vat_reg_code: str | None = None
    modified_dateutc: WireDateTime = None


class EquipmentFamily(WireModel):
    id: UUID | None = None
    name: str | None = None
    description: str | None = None
    code: str | None = None
    parent_id: UUID | None = Field(default=None, alias="_parent_id")
    parent_code: str | None = Field(default=None, alias="_parent_code")
    sales_organization_id: UUID | None = None
    sales_organization_code: str | None = None
    sales_organization: SalesOrganization | None = None
    modified_dateutc: WireDateTime = None


class EquipmentBrand(WireModel):
    id: UUID | None = None
    name: str | None = None
    code: str | None = None
    sales_organization_id: UUID | None = None
    sales_organization_code: str | None = None
    sales_organization: SalesOrganization | None = None
    modified_dateutc: WireDateTime = None


class Translation(WireModel):
    field_name: str | None = None
    language_code: str | None = None
    value_translated: str | None = None


class EquipmentModel(WireModel):
    id: UUID | None = None
    code: str | None = None
    name: str | None = None
    description: str | None = None
    equipment_brand_id: UUID | None = None
    equipment_brand_code: str | None = None
    equipment_brand: EquipmentBrand | None = None
    equipment_family_id: UUID | None = None
    equipment_family_code: str | None = None
    equipment_family: EquipmentFamily | None = None
    date_in_production_since: WireDateTime = None
    date_out_of_production_since: WireDateTime = None
    date_end_support: WireDateTime = None
    sales_organization_id: UUID | None = None
    sales_organization_code: str | None = None
    sales_organization: SalesOrganization | None = None
    replacement_period_nb_months: WireInt | None = None
    warranty_period_nb_months: WireInt | None = None
    translations: list[Translation] | None = None
    modified_dateutc: WireDateTime = None


class ProjectStatus(WireModel):
    id: UUID | None = None
    name: str | None = None
    is_default: bool | None = None
    is_closed: bool | None = None
    sales_organization_id: UUID | None = None
    sales_organization_code: str | None = None
    sales_organization: SalesOrganization | None = None
    code: str | None = None
    modified_dateutc: WireDateTime = None


class Project(WireModel):
    """An installation or a piece of equipment; projects form a tree under a company."""

    id: UUID | None = None
    parent_id: UUID | None = Field(default=None, alias="_parent_id")
    root_parent_id: UUID | None = None
    parent_reference_back_office: str | None = Field(
        default=None, alias="_parent_reference_back_office"
    )
    equipment_family_id: UUID | None = None
    equipment_family_code: str | None = None
    equipment_family: EquipmentFamily | None = None
    equipment_model_id: UUID | None = None
    equipment_model_code: str | None = None
    equipment_model: EquipmentModel | None = None
    project_status_id: UUID | None = None
    project_status_code: str | None = None
    project_status: ProjectStatus | None = None
    company_id: UUID | None = None
    company_code: str | None = None
    db_address_id: UUID | None = None
    db_address_code: str | None = None
    location: str | None = None
    contact_id: UUID | None = None
    contact_reference_back_office: str | None = None
    owner_user_id: UUID | None = None
    name: str | None = None
    description: str | None = None
    reference_back_office: str | None = None
    serial_number: str | None = None
    barcode: str | None = None
    date_start_production: WireDateTime = None
    date_create: WireDateTime = None
    date_update: WireDateTime = None
    updated_by_user_id: UUID | None = None
    customer_reference: str | None = None
    warranty_date_until: WireDateTime = None
    last_standard_result_score_1: str | None = None
    last_standard_result_score_2: str | None = None
    target_standard_result_score_1: str | None = None
    target_standard_result_score_2: str | None = None
    date_built: WireDateTime = None
    shutdown_consequence: str | None = None
    id2: WireInt | None = None
    nb_open_jobs: WireInt | None = None
    date_next_job: WireDateTime = None
    date_last_job: WireDateTime = None
    nb_jobs_planned: WireInt | None = None
    nb_jobs_tobeplanned: WireInt | None = None
    nb_jobs_waitingfurtheraction: WireInt | None = None
    back_office_timestamp: WireDateTime = None
    modified_dateutc: WireDateTime = None
    is_mobile_installation: bool | None = None


class JobType(WireModel):
    id: UUID | None = None
    name: str | None = None
    sales_organization_id: UUID | None = None
    description: str | None = None
    is_default: bool | None = None
    # Not in the seed sample, but the JobType resource documents it.
    archived: bool | None = None
    modified_dateutc: WireDateTime = None
    code: str | None = None


class JobPriority(WireModel):
    id: UUID | None = None
    name: str | None = None
    is_default: bool | None = None
    sequence: WireInt | None = None
    sales_organization_id: UUID | None = None
    sales_organization_code: str | None = None
    sales_organization: SalesOrganization | None = None
    code: str | None = None
    modified_dateutc: WireDateTime = None


class User(WireModel):
    """A user as the server sends it; it carries private data the local cache must not keep."""

    id: UUID | None = None
    db_language_id: UUID | None = None
    username: str | None = None
    firstname: str | None = None
    lastname: str | None = None
    code: str | None = None
    archived: bool | None = None
    disabled: bool | None = None
    emergency_contact: str | None = None
    bankaccount: str | None = None
    social_security: str | None = None
    place_of_birth: str | None = None
    nationality: str | None = None
    functions: str | None = None
    birthdate: WireDateTime = None
    skype: str | None = None
    notes: str | None = None
    sales_organization_id: UUID | None = None
    sales_organization: SalesOrganization | None = None
    sales_organization_code: str | None = None
    is_team_leader: bool | None = None
    team_leader_user_id: UUID | None = None
    email: str | None = None
    phone: str | None = None
    fax: str | None = None
    mobile: str | None = None
    private_email: str | None = None
    private_phone: str | None = None
    private_fax: str | None = None
    private_mobile: str | None = None
    private_street: str | None = None
    private_street_number: str | None = None
    private_city: str | None = None
    private_zip: str | None = None
    private_db_country_id: UUID | None = None
    private_db_country_code: str | None = None
    modified_dateutc: WireDateTime = None
    allow_hero_app: bool | None = None
    allow_sales_app: bool | None = None
    allow_service_app: bool | None = None
    user_group_id: UUID | None = None


class Skill(WireModel):
    id: UUID | None = None
    name: str | None = None
    description: str | None = None
    code: str | None = None
    sales_organization_id: UUID | None = None
    sales_organization_code: str | None = None
    sales_organization: SalesOrganization | None = None
    modified_dateutc: WireDateTime = None

"""Error bodies of every shape become a message and field errors."""

from __future__ import annotations

import json

from wo_desktop.api.errors import (
    ApiError,
    ConfigurationError,
    FieldError,
    ForbiddenError,
    RejectedError,
    TlsError,
    TransientError,
    UnknownOutcomeError,
    parse_error_body,
)


def test_odata_error_with_details_names_the_fields() -> None:
    body = json.dumps(
        {
            "error": {
                "code": "ValidationFailed",
                "message": "The job is not valid.",
                "details": [
                    {"code": "Required", "message": "Name is required.", "target": "name"},
                    {"code": "TooLong", "message": "Too long.", "target": "job.db_address_city"},
                ],
            }
        }
    )
    parsed = parse_error_body(body, "application/json")
    assert parsed.message == "The job is not valid."
    assert parsed.field_errors == [
        FieldError("name", "Name is required.", "Required"),
        FieldError("db_address_city", "Too long.", "TooLong"),
    ]


def test_odata_error_with_only_a_target_is_one_field_error() -> None:
    body = json.dumps(
        {"error": {"code": "FK", "message": "Unknown type.", "target": "job_type_code"}}
    )
    parsed = parse_error_body(body)
    assert parsed.field_errors == [FieldError("job_type_code", "Unknown type.", "FK")]


def test_aspnet_model_state_strips_the_parameter_prefix() -> None:
    body = json.dumps(
        {
            "Message": "The request is invalid.",
            "ModelState": {"job.name": ["The name field is required.", "Too short."], "job": ["x"]},
        }
    )
    parsed = parse_error_body(body)
    assert parsed.message == "The request is invalid."
    assert parsed.field_errors == [
        FieldError("name", "The name field is required."),
        FieldError("name", "Too short."),
        FieldError("", "x"),
    ]


def test_problem_details_errors_are_field_errors() -> None:
    body = json.dumps(
        {"title": "One or more validation errors occurred.", "errors": {"name": ["Required."]}}
    )
    parsed = parse_error_body(body)
    assert parsed.message == "One or more validation errors occurred."
    assert parsed.field_errors == [FieldError("name", "Required.")]


def test_raw_text_falls_back_and_is_shortened() -> None:
    parsed = parse_error_body("  Something   broke\n badly  ")
    assert parsed.message == "Something broke badly"
    assert parsed.field_errors == []
    long = parse_error_body("x" * 5000)
    assert len(long.message) <= 300
    assert long.message.endswith("…")


def test_html_error_page_gives_its_title() -> None:
    page = "<html><head><title>Service Unavailable</title></head><body><h1>503</h1></body></html>"
    assert parse_error_body(page, "text/html").message == "Service Unavailable"


def test_json_that_is_no_known_shape_falls_back_to_text() -> None:
    assert parse_error_body('{"oops": 1}').message == '{"oops": 1}'


def test_exception_hierarchy_and_reprs() -> None:
    forbidden = ForbiddenError("No.", status=403)
    assert isinstance(forbidden, RejectedError)
    assert isinstance(TlsError("t"), ConfigurationError)
    for error in (
        forbidden,
        TransientError("busy", retry_after=3.0, status=503),
        UnknownOutcomeError("lost", reason="timeout"),
    ):
        assert isinstance(error, ApiError)
        assert repr(error) == f"{type(error).__name__}({str(error)!r})"

"""What can go wrong talking to the server, as exceptions the sync engine can act on.

Every message is a plain sentence for the person at the keyboard. None ever holds the password
or the Authorization header: the client builds them from the status, the host and the server's
own words, with the secrets scrubbed out of the latter (`ApiClient` does the scrubbing).
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from typing import Any

from wo_desktop.api import contract


@dataclass(frozen=True)
class FieldError:
    """The server's complaint about one field; `field` is an API field name or "" for none."""

    field: str
    message: str
    code: str | None = None


class ApiError(Exception):
    """Base of every error the client raises. `str(error)` is the message for a person."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"


class OfflineError(ApiError):
    """The server could not be reached: no request was sent (DNS, refused, unreachable)."""


class TransientError(ApiError):
    """Try again later: 429, 5xx, or a read that failed when repeating it is harmless."""

    def __init__(
        self, message: str, *, retry_after: float | None = None, status: int | None = None
    ) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.status = status


class UnknownOutcomeError(ApiError):
    """The request may have reached the server; settle it with `GET Jobs(<id>)` before resending.

    `reason` is "timeout", "deadline", "connection_lost", "conflict" (a 409 on create) or
    "unconfirmed" (a 2xx to a create that does not say the job was made, e.g. 202).
    """

    def __init__(self, message: str, *, reason: str, status: int | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.status = status


class RejectedError(ApiError):
    """The server refused the request as it is (400, 422, other 4xx); never resend it unchanged."""

    def __init__(
        self, message: str, *, status: int, field_errors: list[FieldError] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.field_errors: list[FieldError] = list(field_errors or [])


class ForbiddenError(RejectedError):
    """403: the user may not do this. A RejectedError, so a refused job is marked rejected."""


class AuthError(ApiError):
    """401: the user name, domain or password is wrong or revoked."""


class ConfigurationError(ApiError):
    """The server URL or API version is wrong: 404 on a controller, an answer that is not the
    API's, a plain http:// URL to another machine. Sync should pause until someone fixes it."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class TlsError(ConfigurationError):
    """The secure connection could not be set up, most often an untrusted certificate."""


UNTRUSTED_CERTIFICATE = (
    "The server's certificate is not trusted by this computer. Ask IT to install the "
    "company's certificate authority, or to set the extra CA file in the settings."
)


# --- Error bodies ------------------------------------------------------------------------------
@dataclass(frozen=True)
class ErrorBody:
    message: str
    field_errors: list[FieldError]


def parse_error_body(text: str, content_type: str = "") -> ErrorBody:
    """The server's message and field errors, from whichever body shape it used.

    OData `{"error": {...}}`, ASP.NET `{"Message", "ModelState"}`, ASP.NET Core ProblemDetails
    `{"title", "errors"}`, or else the raw text, shortened (CONTRACT.md "Failures").
    """
    try:
        data = json.loads(text) if text.strip() else None
    except (ValueError, RecursionError):  # RecursionError: JSON nested too deep
        data = None
    if isinstance(data, dict):
        for parse in (_odata, _aspnet, _problem):
            body = parse(data)
            if body is not None:
                return body
    return ErrorBody(_raw_text(text, content_type), [])


def field_name(key: str) -> str:
    for prefix in contract.FIELD_PREFIXES:
        if key.lower().startswith(prefix):
            return key[len(prefix) :]
    return "" if key.lower() in ("job", "jobs", "$") else key


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _odata(data: dict[str, Any]) -> ErrorBody | None:
    error = data.get(contract.ODATA_ERROR_KEY)
    if not isinstance(error, dict):
        return None
    message = _text(error.get("message"))
    if isinstance(error.get("message"), dict):  # OData v3 JSON: {"message": {"value": ...}}
        message = _text(error["message"].get("value"))
    fields: list[FieldError] = []
    details = error.get("details")
    if isinstance(details, list):
        for detail in details:
            if isinstance(detail, dict):
                fields.append(
                    FieldError(
                        field_name(_text(detail.get("target"))),
                        _text(detail.get("message")) or message,
                        _text(detail.get("code")) or None,
                    )
                )
    target = _text(error.get("target"))
    if target and not fields:
        fields.append(FieldError(field_name(target), message, _text(error.get("code")) or None))
    return ErrorBody(message or _first_message(fields), fields)


def _model_state(state: Any) -> list[FieldError]:
    fields: list[FieldError] = []
    if not isinstance(state, dict):
        return fields
    for key, messages in state.items():
        items = messages if isinstance(messages, list) else [messages]
        for item in items:
            text = _text(item)
            if text:
                fields.append(FieldError(field_name(str(key)), text))
    return fields


def _aspnet(data: dict[str, Any]) -> ErrorBody | None:
    message_key = next((k for k in data if k.lower() == "message"), None)
    state_key = next((k for k in data if k.lower() == "modelstate"), None)
    if message_key is None and state_key is None:
        return None
    fields = _model_state(data.get(state_key)) if state_key else []
    message = _text(data.get(message_key)) if message_key else ""
    return ErrorBody(message or _first_message(fields), fields)


def _problem(data: dict[str, Any]) -> ErrorBody | None:
    if "title" not in data and contract.PROBLEM_ERRORS_KEY not in data:
        return None
    fields = _model_state(data.get(contract.PROBLEM_ERRORS_KEY))
    message = _text(data.get("detail")) or _text(data.get("title"))
    return ErrorBody(message or _first_message(fields), fields)


def _first_message(fields: list[FieldError]) -> str:
    return fields[0].message if fields else ""


_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def _raw_text(text: str, content_type: str) -> str:
    if "html" in content_type.lower() or text.lstrip().startswith("<"):
        title = _TITLE.search(text)
        text = title.group(1) if title else _TAG.sub(" ", text)
        text = html.unescape(text)
    text = " ".join(text.split())
    if len(text) > contract.RAW_TEXT_LIMIT:
        text = text[: contract.RAW_TEXT_LIMIT - 1].rstrip() + "…"
    return text

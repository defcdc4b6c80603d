"""Turning a server's answer into data or into one of the typed errors."""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any

from wo_desktop.api import contract
from wo_desktop.api.contract import Outcome
from wo_desktop.api.errors import (
    AuthError,
    ConfigurationError,
    ForbiddenError,
    RejectedError,
    TransientError,
    UnknownOutcomeError,
    parse_error_body,
)


@dataclass(frozen=True)
class Answer:
    """A whole response, read within the deadline."""

    status: int
    headers: Mapping[str, str]
    content: bytes

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", errors="replace")


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait, from `Retry-After: 120` or `Retry-After: <HTTP-date>`; None if absent."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        return _bounded(float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # an HTTP-date is always GMT
        return None
    current = time.time() if now is None else now
    return _bounded(when.timestamp() - current)


def _bounded(seconds: float) -> float | None:
    # "inf", "nan" or years ahead are not a server's real wish; a wait past the limit would
    # also overflow the date arithmetic of whoever schedules the retry.
    if not math.isfinite(seconds):
        return None
    return min(max(0.0, seconds), contract.RETRY_AFTER_LIMIT)


def raise_for_answer(
    answer: Answer,
    *,
    host: str,
    what: str,
    creating: bool = False,
    scrub: Callable[[str], str] = lambda text: text,
) -> None:
    """Raise the error the contract assigns to `answer.status`; return for a 2xx.

    `what` names the resource for a message ("Jobs", "the job list"); `creating` is a POST of a
    new job, where a 409 may mean that our own earlier attempt arrived.
    """
    outcome = contract.classify_status(answer.status)
    if outcome is Outcome.OK:
        return
    status = answer.status
    body = parse_error_body(answer.text, answer.headers.get("content-type", ""))
    said = scrub(body.message)
    fields = [
        type(error)(scrub(error.field), scrub(error.message), error.code)
        for error in body.field_errors
    ]
    suffix = f": {said}" if said else "."
    if outcome is Outcome.AUTH:
        raise AuthError(
            f"The server {host} did not accept the user name, domain or password (status {status})."
        )
    if outcome is Outcome.FORBIDDEN:
        raise ForbiddenError(
            f"This user may not do this on the server (status {status}){suffix}",
            status=status,
            field_errors=fields,
        )
    if outcome is Outcome.REJECTED:
        raise RejectedError(
            f"The server refused the request (status {status}){suffix}",
            status=status,
            field_errors=fields,
        )
    if outcome is Outcome.CONFLICT:
        if creating:
            raise UnknownOutcomeError(
                f"The server reports a conflict for this job (status {status}); "
                "it may already have it.",
                reason="conflict",
                status=status,
            )
        raise RejectedError(
            f"The server reports a conflict (status {status}){suffix}",
            status=status,
            field_errors=fields,
        )
    if outcome is Outcome.TRANSIENT:
        raise TransientError(
            f"The server {host} is busy or failing (status {status}); will try again later.",
            retry_after=parse_retry_after(answer.headers.get("retry-after")),
            status=status,
        )
    if 300 <= status < 400:
        raise ConfigurationError(
            f"The server {host} redirected the request for {what} (status {status}). "
            "Check the server address.",
            status=status,
        )
    raise ConfigurationError(
        f"The server {host} has no {what} (status {status}). "
        "Check the server address and the API version.",
        status=status,
    )


def json_of(answer: Answer, *, host: str, what: str, empty_ok: bool = False) -> Any:
    """The answer's JSON, or ConfigurationError: something that is not the API answered."""
    if not answer.content.strip():
        if empty_ok:
            return {}
        raise _not_the_api(host, what)
    try:
        data = json.loads(answer.content)
    except (ValueError, RecursionError):  # RecursionError: JSON nested too deep
        if empty_ok:
            return {}
        raise _not_the_api(host, what) from None
    # JSON may escape a lone UTF-16 surrogate ("\\udcff"); such text cannot be stored or
    # shown, so it becomes U+FFFD. Only answers that spell such an escape pay for the walk.
    if b"\\ud" in answer.content.lower():
        data = _without_lone_surrogates(data)
    return data


def _without_lone_surrogates(value: Any) -> Any:
    if isinstance(value, str):
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if isinstance(value, list):
        return [_without_lone_surrogates(item) for item in value]
    if isinstance(value, dict):
        return {_without_lone_surrogates(k): _without_lone_surrogates(v) for k, v in value.items()}
    return value


def page_of(answer: Answer, *, host: str, what: str) -> tuple[list[dict[str, Any]], str | None]:
    """The rows of an OData list page and its next link."""
    data = json_of(answer, host=host, what=what)
    if not isinstance(data, dict) or not isinstance(data.get(contract.VALUE_KEY), list):
        raise _not_the_api(host, what)
    rows = [row for row in data[contract.VALUE_KEY] if isinstance(row, dict)]
    link = data.get(contract.NEXT_LINK_KEY)
    return rows, link if isinstance(link, str) and link else None


def _not_the_api(host: str, what: str) -> ConfigurationError:
    return ConfigurationError(
        f"The server {host} did not answer like the work-order API when asked for {what}. "
        "Check the server address."
    )

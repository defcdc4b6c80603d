"""The HTTP client of the work-order server: Basic auth, OData paging, delta, job create/update.

One `httpx.Client` is shared by every call (keep-alive, a pool of `max_connections`), so the
sync engine may run several requests at once from worker threads. Every request has an
overall deadline, and every failure becomes one of the exceptions of `errors.py`.
"""

from __future__ import annotations

import base64
import importlib.metadata
import logging
import re
import ssl
import time
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

import httpx

import wo_desktop
from wo_desktop.api import contract
from wo_desktop.api.delta import ResumeTrim
from wo_desktop.api.errors import (
    UNTRUSTED_CERTIFICATE,
    ConfigurationError,
    OfflineError,
    TlsError,
    TransientError,
    UnknownOutcomeError,
)
from wo_desktop.api.responses import Answer, json_of, page_of, raise_for_answer
from wo_desktop.api.transport import (
    cert_verification_failed,
    check_url,
    install_deadline,
    make_ssl_context,
    ssl_failure,
)

log = logging.getLogger(__name__)

# An answer bigger than this is not a page of 20 rows: stop reading rather than fill memory.
MAX_ANSWER_BYTES = 32 * 1024 * 1024
_GUID_IN_LINK = re.compile(r"\(([0-9a-fA-F-]{36})\)")
_SAFE_METHODS = frozenset({"GET", "HEAD"})


def user_agent() -> str:
    try:
        version = importlib.metadata.version("wo-desktop")
    except importlib.metadata.PackageNotFoundError:
        version = wo_desktop.__version__
    return f"wo-desktop/{version}"


def basic_authorization(user: str, domain: str, password: str) -> str:
    """CONTRACT.md "Authentication": `Basic base64("<username>:<password>@<domain>")`."""
    token = base64.b64encode(f"{user}:{password}@{domain}".encode()).decode("ascii")
    return f"Basic {token}"


@dataclass(frozen=True)
class CreateResult:
    status: int
    server_id: str | None
    body: dict[str, Any] = field(default_factory=dict)


class _DeadlinePassed(Exception):
    pass


class ApiClient:
    def __init__(
        self,
        server_url: str,
        user: str,
        domain: str,
        password: str,
        *,
        connect_timeout: float = 5.0,
        read_timeout: float = 20.0,
        deadline: float = 60.0,
        extra_ca_file: str | None = None,
        transport: httpx.BaseTransport | None = None,
        max_connections: int = 8,
        proxy: str | None = None,
    ) -> None:
        base = check_url(server_url)
        path = base.path if base.path.endswith("/") else base.path + "/"
        self._base = base.copy_with(path=path, query=None, fragment=None)
        self._host = base.host
        self.user = user
        self.domain = domain
        self._authorization = basic_authorization(user, domain, password)
        # Server text goes into messages; scrub the secrets in case a server echoes them.
        # A secret of one to three characters would scrub ordinary words, so those stay.
        self._secrets = [s for s in (password, self._authorization.split()[1]) if len(s) >= 4]
        self._deadline = deadline
        self._http = httpx.Client(
            verify=make_ssl_context(extra_ca_file),
            http1=True,
            http2=False,
            limits=httpx.Limits(
                max_connections=max_connections, max_keepalive_connections=max_connections
            ),
            timeout=httpx.Timeout(
                connect=connect_timeout, read=read_timeout, write=read_timeout, pool=deadline
            ),
            trust_env=True,  # HTTPS_PROXY / NO_PROXY, as IT sets them
            proxy=proxy,  # the policy's proxy setting wins over the environment
            follow_redirects=False,  # a redirect could carry the credentials elsewhere
            transport=transport,
            headers={"User-Agent": user_agent(), "Accept": contract.ACCEPT},
        )
        self._backend = install_deadline(self._http)

    @property
    def server_url(self) -> str:
        return str(self._base)

    def __repr__(self) -> str:
        return (
            f"ApiClient(server={self.server_url!r}, user={self.user!r}, "
            f"domain={self.domain!r}, password='***')"
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> ApiClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # --- Reading -------------------------------------------------------------------------------
    def check_login(self) -> None:
        """Return if the credentials open the API; raise AuthError, OfflineError... if not."""
        controller = contract.LOGIN_PROBE_CONTROLLER
        answer = self._send("GET", self._url(controller), params=contract.LOGIN_PROBE_PARAMS)
        self._raise_for(answer, what=f"the {controller} list")
        page_of(answer, host=self._host, what=f"the {controller} list")

    def iter_pages(
        self, controller: str, params: Mapping[str, str] | None = None
    ) -> Iterator[list[dict[str, Any]]]:
        """Each page of a list, following `@odata.nextLink` until the server gives none."""
        what = f"the {controller} list"
        url: httpx.URL = self._url(controller)
        query: Mapping[str, str] | None = params
        while True:
            answer = self._send("GET", url, params=query)
            self._raise_for(answer, what=what)
            rows, link = page_of(answer, host=self._host, what=what)
            yield [contract.minimise(controller, row) for row in rows]
            if link is None:
                return
            try:
                joined = url.join(link)
            except (httpx.InvalidURL, ValueError):  # ValueError: lone surrogates, say
                raise ConfigurationError(
                    f"The server {self._host} sent a next-page link for {what} that is not "
                    "a valid address. Check the server address."
                ) from None
            next_url = self._same_server(joined)
            if next_url == url and query is None:
                raise ConfigurationError(
                    f"The server {self._host} sent the same page of {what} twice. "
                    "Check the server address."
                )
            url, query = next_url, None

    def pull_delta(
        self, controller: str, since: str | None, *, after_id: str | None = None
    ) -> Iterator[list[dict[str, Any]]]:
        """Rows changed after `since` (all rows when None), oldest first, page by page.

        With `after_id`, a resume: rows at exactly `since` up to and including `after_id` in
        the server's order were stored already and are dropped (see contract.delta_filter);
        `after_id` without `since` is ignored. A page left empty by that is not yielded.
        """
        params = {"$orderby": contract.DELTA_ORDERBY}
        resuming = since is not None and after_id is not None
        if since is None:
            yield from self.iter_pages(controller, params)
            return
        params["$filter"] = contract.delta_filter(since, inclusive=resuming)
        since_key = contract.timestamp_key(since)
        trim = ResumeTrim(since_key, after_id if resuming else None)
        for page in self.iter_pages(controller, params):
            rows = trim.feed(page)
            if rows:
                yield rows
        rows = trim.finish()
        if rows:
            yield rows

    def get_one(self, controller: str, id: str | uuid.UUID) -> dict[str, Any] | None:
        """`GET <Controller>(<guid>)`; None when the server has no such row (404)."""
        what = f"the {controller} entry"
        answer = self._send("GET", self._entity_url(controller, id))
        if answer.status == 404:
            return None
        self._raise_for(answer, what=what)
        data = json_of(answer, host=self._host, what=what)
        # The row must be the one asked for: settling an unknown outcome rests on this answer.
        if not isinstance(data, dict) or not _same_guid(data.get(contract.ID_FIELD), id):
            raise ConfigurationError(
                f"The server {self._host} did not answer like the work-order API "
                f"when asked for {what}."
            )
        return contract.minimise(controller, data)

    def get_job(self, id: str | uuid.UUID) -> dict[str, Any] | None:
        return self.get_one(contract.JOBS, id)

    # --- Writing -------------------------------------------------------------------------------
    def create_job(self, job: Mapping[str, Any]) -> CreateResult:
        """`POST Jobs` with `Prefer: return=minimal`. A 409 raises UnknownOutcomeError."""
        answer = self._send(
            "POST",
            self._url(contract.JOBS),
            json_body=dict(job),
            headers={"Prefer": contract.PREFER_MINIMAL},
        )
        self._raise_for(answer, what="the job list", creating=True)
        data = json_of(answer, host=self._host, what="Jobs", empty_ok=True)
        body = data if isinstance(data, dict) else {}
        if not _confirms_creation(answer.status, body, job.get(contract.ID_FIELD)):
            # Not an error of the job: settle it with GET Jobs(<id>) like a lost answer.
            raise UnknownOutcomeError(
                f"The server {self._host} answered the new job with status {answer.status}, "
                "which does not confirm that it was created.",
                reason="unconfirmed",
                status=answer.status,
            )
        server_id = body.get(contract.ID_FIELD)
        if not isinstance(server_id, str):
            server_id = _id_from_headers(answer.headers)
        return CreateResult(answer.status, server_id, body)

    def update_job(self, id: str | uuid.UUID, job: Mapping[str, Any]) -> dict[str, Any]:
        """`PUT Jobs(<id>)`; the server's entity, or {} when it answers with no body."""
        answer = self._send("PUT", self._entity_url(contract.JOBS, id), json_body=dict(job))
        self._raise_for(answer, what="this job")
        data = json_of(answer, host=self._host, what="Jobs", empty_ok=True)
        return data if isinstance(data, dict) else {}

    # --- Plumbing ------------------------------------------------------------------------------
    def _url(self, controller: str) -> httpx.URL:
        return self._base.join(controller)

    def _entity_url(self, controller: str, id: str | uuid.UUID) -> httpx.URL:
        key = id if isinstance(id, uuid.UUID) else uuid.UUID(str(id))  # ValueError if not a GUID
        return self._base.join(f"{controller}({key})")

    def _same_server(self, url: httpx.URL) -> httpx.URL:
        if (url.scheme, url.host, url.port) != (
            self._base.scheme,
            self._base.host,
            self._base.port,
        ):
            raise ConfigurationError(
                f"The server {self._host} sent a next-page link to another server; "
                "the password is not sent there."
            )
        return check_url(url)

    def _scrub(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "***")
        return text

    def _raise_for(self, answer: Answer, *, what: str, creating: bool = False) -> None:
        raise_for_answer(answer, host=self._host, what=what, creating=creating, scrub=self._scrub)

    def _send(
        self,
        method: str,
        url: httpx.URL,
        *,
        params: Mapping[str, str] | None = None,
        json_body: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> Answer:
        """One request, read whole within the deadline, transport failures mapped."""
        all_headers = {"Authorization": self._authorization, **(headers or {})}
        if contract.API_VERSION:
            all_headers["X-Api-Version"] = contract.API_VERSION
        if params:
            url = url.copy_with(query=contract.query_string(params).encode("ascii"))
        request = self._http.build_request(method, url, json=json_body, headers=all_headers)
        deadline_at = time.monotonic() + self._deadline
        if self._backend is not None:
            self._backend.set_deadline(deadline_at)
        try:
            response = self._http.send(request, stream=True)
            try:
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > MAX_ANSWER_BYTES:
                        raise ConfigurationError(
                            f"The server {self._host} sent an answer too large to be the API's."
                        )
                    chunks.append(chunk)
                    if time.monotonic() > deadline_at:
                        raise _DeadlinePassed
            finally:
                response.close()
        except (httpx.TransportError, httpx.DecodingError, _DeadlinePassed) as exc:
            hit = isinstance(exc, _DeadlinePassed) or (
                self._backend is not None and self._backend.deadline_hit
            )
            raise self._transport_error(exc, method, deadline_hit=hit) from None
        finally:
            if self._backend is not None:
                self._backend.set_deadline(None)
        return Answer(response.status_code, response.headers, b"".join(chunks))

    def _transport_error(self, exc: Exception, method: str, *, deadline_hit: bool) -> Exception:
        host = self._host
        safe = method in _SAFE_METHODS
        log.info("%s to %s failed: %s", method, host, type(exc).__name__)
        if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout):
            if cert_verification_failed(exc):
                return TlsError(UNTRUSTED_CERTIFICATE)
            problem = ssl_failure(exc)
            if problem is not None and not isinstance(problem, _SSL_NETWORK_ERRORS):
                return TlsError(
                    f"A secure connection to {host} could not be set up "
                    f"({problem.reason or 'TLS error'}). Check the server address."
                )
            if isinstance(exc, httpx.ConnectTimeout):
                return OfflineError(f"Cannot reach {host}: the connection timed out.")
            return OfflineError(f"Cannot reach {host}{_reason(exc)}. Check the network.")
        if isinstance(exc, httpx.ProxyError):
            return OfflineError(f"The proxy did not let the request to {host} through.")
        if isinstance(exc, httpx.UnsupportedProtocol):
            return ConfigurationError("The server address must start with https://.")
        if isinstance(exc, httpx.PoolTimeout | httpx.WriteError | httpx.WriteTimeout):
            # The request never left whole, so the server cannot have acted on it.
            return TransientError(f"The request to {host} could not be sent; will try again.")
        if deadline_hit:
            what = f"did not finish answering within {self._deadline:g} s"
            reason = "deadline"
        elif isinstance(exc, httpx.TimeoutException):
            what, reason = "did not answer in time", "timeout"
        elif isinstance(exc, httpx.DecodingError):
            # The status line may have said 201; the body that follows cannot be read.
            what, reason = "sent an answer that could not be decoded", "connection_lost"
        else:
            what, reason = "closed the connection before answering", "connection_lost"
        if safe:
            return TransientError(f"The server {host} {what}; will try again.")
        return UnknownOutcomeError(
            f"The server {host} {what}; it may or may not have received the request.",
            reason=reason,
        )


# A TLS session cut short is the network's doing, not a wrong certificate or address.
_SSL_NETWORK_ERRORS = (ssl.SSLEOFError, ssl.SSLZeroReturnError)


def _reason(exc: BaseException) -> str:
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, OSError) and cause.strerror:
            return f" ({cause.strerror})"
        cause = cause.__cause__ or cause.__context__
    return ""


def _confirms_creation(status: int, body: Mapping[str, Any], job_id: object) -> bool:
    """A status that says "created", or a 200 whose body is this job (contract.CREATED_*)."""
    if status in contract.CREATED_STATUSES:
        return True
    return status in contract.CREATED_WITH_ENTITY_STATUSES and _same_guid(
        body.get(contract.ID_FIELD), job_id
    )


def _same_guid(value: object, expected: object) -> bool:
    try:
        return uuid.UUID(str(value)) == uuid.UUID(str(expected))
    except ValueError:
        return False


def _id_from_headers(headers: Mapping[str, str]) -> str | None:
    # Under return=minimal an OData server may answer 204 with the new entity's URL only.
    for name in ("odata-entityid", "location"):
        match = _GUID_IN_LINK.search(headers.get(name, ""))
        if match:
            return match.group(1)
    return None

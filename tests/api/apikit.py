"""Credentials that must never leak, and the check that they did not."""

from __future__ import annotations

import base64

USER = "clerk"
DOMAIN = "acme"
PASSWORD = "Sup3r-s3cret-pw!"
TOKEN = base64.b64encode(f"{USER}:{PASSWORD}@{DOMAIN}".encode()).decode()


def assert_no_secret(exc: BaseException) -> None:
    """Neither the password nor the Basic token in the error, its repr, or what it chains."""
    seen: BaseException | None = exc
    while seen is not None:
        for text in (str(seen), repr(seen), repr(seen.args)):
            assert PASSWORD not in text
            assert TOKEN not in text
        seen = seen.__cause__ or seen.__context__

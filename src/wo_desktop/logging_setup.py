"""Logging to the profile's logs folder, with secrets redacted from every record."""

from __future__ import annotations

import logging
import logging.handlers
import re
import threading
from pathlib import Path

_secrets: set[str] = set()
_secrets_lock = threading.Lock()

_PATTERNS = (
    # An Authorization header in any spelling a library might log it.
    re.compile(r"(?i)(authorization['\"]?\s*[:=]\s*['\"]?)(basic|bearer)?\s*[^\s'\",}]+"),
    re.compile(r"(?i)(\"?password\"?\s*[:=]\s*)(\"[^\"]*\"|'[^']*'|\S+)"),
)
REDACTED = "***"


def register_secret(secret: str | None) -> None:
    """Make a known secret (a password) disappear from every later log line."""
    if secret and len(secret) >= 3:
        with _secrets_lock:
            _secrets.add(secret)


def redact(text: str) -> str:
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: m.group(1) + REDACTED, text)
    with _secrets_lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites a record's message (arguments and exception text included) before output."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info:
            formatter = logging.Formatter()
            record.exc_text = redact(formatter.formatException(record.exc_info))
            record.exc_info = None
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


_configured: list[logging.Handler] = []


def configure(logs_dir: Path | None, level: str = "INFO", *, console: bool = False) -> None:
    """Install the file (and optional console) handler with redaction on each handler."""
    root = logging.getLogger()
    for handler in _configured:
        root.removeHandler(handler)
        handler.close()
    _configured.clear()
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handlers: list[logging.Handler] = []
    if logs_dir is not None:
        logs_dir.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(
                logs_dir / "wo-desktop.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
            )
        )
    if console:
        handlers.append(logging.StreamHandler())
    for handler in handlers:
        handler.setFormatter(fmt)
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)
        _configured.append(handler)
    root.setLevel(getattr(logging, level.upper(), logging.INFO))
    # httpx/httpcore log request lines at DEBUG; the filter above covers them too.

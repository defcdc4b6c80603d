"""Settings in layers: defaults < machine policy < user settings < environment < flags.

A key the policy lists in ``locked`` keeps the policy's value whatever a later layer says;
the settings dialog shows it read-only. A bad policy file never stops the program: it is
reported (naming the line) and the defaults are used instead.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wo_desktop import paths


@dataclass(frozen=True)
class KeySpec:
    name: str
    kind: type
    default: Any
    env: str
    help: str


KEYS: dict[str, KeySpec] = {
    spec.name: spec
    for spec in (
        KeySpec("server_url", str, None, "WO_DESKTOP_SERVER_URL", "Base URL of the API"),
        KeySpec("domain", str, None, "WO_DESKTOP_DOMAIN", "Tenant (domain) name"),
        KeySpec("user", str, None, "WO_DESKTOP_USER", "User name"),
        KeySpec(
            "sync_interval_minutes", int, 5, "WO_DESKTOP_SYNC_INTERVAL", "Minutes between syncs"
        ),
        KeySpec("proxy", str, None, "WO_DESKTOP_PROXY", "HTTPS proxy URL (else HTTPS_PROXY)"),
        KeySpec("extra_ca_file", str, None, "WO_DESKTOP_EXTRA_CA", "Extra CA bundle (PEM)"),
        KeySpec("catalog_scope", list, [], "WO_DESKTOP_CATALOG_SCOPE", "Company codes to load"),
        KeySpec("catalog_max_age_days", int, 7, "WO_DESKTOP_CATALOG_MAX_AGE", "Warn when older"),
        KeySpec("language", str, "system", "WO_DESKTOP_LANGUAGE", "system, en, fr, nl or de"),
        KeySpec("log_level", str, "INFO", "WO_DESKTOP_LOG_LEVEL", "DEBUG, INFO, WARNING"),
    )
}

SOURCES = ("default", "policy", "user", "environment", "flag")


class SettingLocked(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(f"The setting '{key}' is locked by the machine policy.")
        self.key = key


class SettingInvalid(ValueError):
    pass


@dataclass
class Settings:
    values: dict[str, Any]
    sources: dict[str, str]
    locked: frozenset[str] = frozenset()
    problems: list[str] = field(default_factory=list)
    policy_file: Path | None = None

    def __getattr__(self, name: str) -> Any:
        try:
            return self.__dict__["values"][name]
        except KeyError as exc:
            raise AttributeError(name) from exc

    def is_locked(self, key: str) -> bool:
        return key in self.locked

    def describe(self) -> list[tuple[str, Any, str, bool]]:
        """(key, value, source, locked) rows, for doctor and the support bundle."""
        return [(k, self.values[k], self.sources[k], k in self.locked) for k in KEYS]


def coerce(key: str, value: Any) -> Any:
    spec = KEYS[key]
    if value is None:
        return None
    if spec.kind is int:
        if isinstance(value, bool):
            raise SettingInvalid(f"{key} must be a whole number")
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise SettingInvalid(f"{key} must be a whole number, not {value!r}") from None
        if number < 0:
            raise SettingInvalid(f"{key} cannot be negative")
        return number
    if spec.kind is list:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return list(value)
        raise SettingInvalid(f"{key} must be a list of strings")
    if not isinstance(value, str):
        raise SettingInvalid(f"{key} must be text, not {type(value).__name__}")
    return value


def _line_of(text: str, key: str) -> int | None:
    # [ \t]*, not \s*: a key after a blank line must not be reported one line early.
    match = re.search(rf"^[ \t]*{re.escape(key)}[ \t]*=", text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else None


def read_policy(path: Path) -> tuple[dict[str, Any], frozenset[str], list[str]]:
    """The policy's values and locked keys, or nothing plus a message naming the line."""
    if not path.is_file():
        return {}, frozenset(), []
    import tomllib  # here, not at the top: only a machine with a policy pays for it

    try:
        # utf-8-sig: a policy saved by Notepad starts with a byte-order mark.
        text = path.read_text(encoding="utf-8-sig")
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        where = "" if "line" in str(exc) else f", line {len(text.splitlines()) or 1}"
        return (
            {},
            frozenset(),
            [f"The policy file {path} is not valid TOML ({exc}{where}); using defaults."],
        )
    except (OSError, UnicodeDecodeError) as exc:
        return {}, frozenset(), [f"The policy file {path} cannot be read ({exc}); using defaults."]
    values: dict[str, Any] = {}
    problems: list[str] = []
    for key, raw in data.items():
        if key == "locked":
            continue
        where = f"{path}, line {_line_of(text, key) or '?'}"
        if key not in KEYS:
            problems.append(f"{where}: unknown setting '{key}' ignored.")
            continue
        try:
            values[key] = coerce(key, raw)
        except SettingInvalid as exc:
            problems.append(f"{where}: {exc}.")
    locked_raw = data.get("locked", [])
    if not isinstance(locked_raw, list) or not all(isinstance(k, str) for k in locked_raw):
        problems.append(f"{path}, line {_line_of(text, 'locked') or '?'}: locked must be a list.")
        locked_raw = []
    for key in locked_raw:
        if key not in KEYS:
            problems.append(f"{path}, line {_line_of(text, 'locked')}: cannot lock '{key}'.")
    if problems:
        # A half-understood policy is not applied: IT should see the message and fix it,
        # and the program starts with the plain defaults meanwhile.
        return {}, frozenset(), [*problems, "The policy file was not applied; using defaults."]
    return values, frozenset(k for k in locked_raw if k in KEYS), []


def read_user_settings(profile: Path) -> tuple[dict[str, Any], list[str]]:
    path = paths.settings_path(profile)
    if not path.is_file():
        return {}, []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return {}, [f"The settings file {path} cannot be read ({exc}); it was ignored."]
    values: dict[str, Any] = {}
    problems: list[str] = []
    if not isinstance(data, dict):
        return {}, [f"The settings file {path} is not an object; it was ignored."]
    for key, raw in data.items():
        if key in KEYS:
            try:
                values[key] = coerce(key, raw)
            except SettingInvalid as exc:
                problems.append(f"{path}: {exc}; ignored.")
    return values, problems


def load_settings(
    profile: Path,
    *,
    env: Mapping[str, str] | None = None,
    flags: Mapping[str, Any] | None = None,
    policy_file: Path | None = None,
) -> Settings:
    env = os.environ if env is None else env
    policy_file = policy_file or paths.policy_path()
    values = {k: spec.default for k, spec in KEYS.items()}
    sources = dict.fromkeys(KEYS, "default")
    policy, locked, problems = read_policy(policy_file)
    user, user_problems = read_user_settings(profile)
    problems += user_problems
    env_values: dict[str, Any] = {}
    for key, spec in KEYS.items():
        if spec.env in env and env[spec.env] != "":
            try:
                env_values[key] = coerce(key, env[spec.env])
            except SettingInvalid as exc:
                problems.append(f"Environment variable {spec.env}: {exc}; ignored.")
    flag_values = {k: coerce(k, v) for k, v in (flags or {}).items() if v is not None}
    for source, layer in (
        ("policy", policy),
        ("user", user),
        ("environment", env_values),
        ("flag", flag_values),
    ):
        for key, value in layer.items():
            if key in locked and source != "policy":
                continue
            values[key] = value
            sources[key] = source
    return Settings(values, sources, locked, problems, policy_file)


def save_user_setting(settings: Settings, profile: Path, key: str, value: Any) -> None:
    """Write one key to the user's settings file (atomically), refusing a locked key."""
    if key not in KEYS:
        raise SettingInvalid(f"Unknown setting '{key}'")
    if settings.is_locked(key):
        raise SettingLocked(key)
    value = coerce(key, value)
    current, _ = read_user_settings(profile)
    current[key] = value
    path = paths.settings_path(profile)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(current, indent=2, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)
    settings.values[key] = value
    settings.sources[key] = "user"

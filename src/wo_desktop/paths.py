"""Where the program keeps its files: one data folder (the profile) and the machine policy."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from wo_desktop import APP_NAME

PROFILE_ENV = "WO_DESKTOP_HOME"
POLICY_ENV = "WO_DESKTOP_POLICY"
DATABASE_NAME = "wo-desktop.db"


def profile_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: --profile, else $WO_DESKTOP_HOME, else the platform's user data folder."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(PROFILE_ENV)
    if env:
        return Path(env).expanduser().resolve()
    # Imported here: platformdirs is only needed when no folder was named.
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def database_path(profile: Path) -> Path:
    return profile / DATABASE_NAME


def backups_dir(profile: Path) -> Path:
    return profile / "backups"


def logs_dir(profile: Path) -> Path:
    return profile / "logs"


def settings_path(profile: Path) -> Path:
    return profile / "settings.json"


def default_policy_path() -> Path:
    """The machine-wide policy file that IT writes (see docs/deploy.md)."""
    if sys.platform == "win32":
        base = os.environ.get("PROGRAMDATA", r"C:\ProgramData")
        return Path(base) / APP_NAME / "policy.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support") / APP_NAME / "policy.toml"
    return Path("/etc") / APP_NAME / "policy.toml"


def policy_path() -> Path:
    env = os.environ.get(POLICY_ENV)
    return Path(env) if env else default_policy_path()


def ensure_profile(profile: Path) -> Path:
    profile.mkdir(parents=True, exist_ok=True)
    logs_dir(profile).mkdir(exist_ok=True)
    backups_dir(profile).mkdir(exist_ok=True)
    return profile

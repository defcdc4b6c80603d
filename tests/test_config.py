from pathlib import Path

import pytest

from wo_desktop.config import SettingLocked, load_settings, save_user_setting


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_when_nothing_is_set(tmp_path: Path) -> None:
    s = load_settings(tmp_path, env={}, policy_file=tmp_path / "none.toml")
    assert s.sync_interval_minutes == 5
    assert s.server_url is None
    assert s.sources["sync_interval_minutes"] == "default"
    assert s.problems == []


def test_precedence_policy_user_env_flag(tmp_path: Path) -> None:
    policy = write(
        tmp_path / "p.toml", 'server_url = "https://policy/api"\nsync_interval_minutes = 10\n'
    )
    (tmp_path / "settings.json").write_text('{"sync_interval_minutes": 15, "domain": "user-dom"}')
    env = {"WO_DESKTOP_SYNC_INTERVAL": "20", "WO_DESKTOP_DOMAIN": "env-dom"}
    s = load_settings(tmp_path, env=env, flags={"domain": "flag-dom"}, policy_file=policy)
    assert (s.server_url, s.sources["server_url"]) == ("https://policy/api", "policy")
    assert (s.sync_interval_minutes, s.sources["sync_interval_minutes"]) == (20, "environment")
    assert (s.domain, s.sources["domain"]) == ("flag-dom", "flag")


def test_locked_key_cannot_be_overridden(tmp_path: Path) -> None:
    policy = write(tmp_path / "p.toml", 'server_url = "https://it/api"\nlocked = ["server_url"]\n')
    (tmp_path / "settings.json").write_text('{"server_url": "https://user/api"}')
    s = load_settings(
        tmp_path,
        env={"WO_DESKTOP_SERVER_URL": "https://env/api"},
        flags={"server_url": "https://flag/api"},
        policy_file=policy,
    )
    assert s.server_url == "https://it/api"
    assert s.is_locked("server_url")
    with pytest.raises(SettingLocked):
        save_user_setting(s, tmp_path, "server_url", "https://user2/api")


def test_bad_policy_names_the_line_and_falls_back_to_defaults(tmp_path: Path) -> None:
    policy = write(
        tmp_path / "p.toml", 'server_url = "https://x/api"\nsync_interval_minutes = "often"\n'
    )
    s = load_settings(tmp_path, env={}, policy_file=policy)
    assert s.server_url is None and s.sync_interval_minutes == 5
    assert any("line 2" in p for p in s.problems)


def test_unparseable_policy_names_the_line(tmp_path: Path) -> None:
    policy = write(tmp_path / "p.toml", 'domain = "a"\nthis is not toml\n')
    s = load_settings(tmp_path, env={}, policy_file=policy)
    assert s.domain is None
    assert any("line 2" in p for p in s.problems)


def test_user_setting_is_saved_and_reloaded(tmp_path: Path) -> None:
    s = load_settings(tmp_path, env={}, policy_file=tmp_path / "none.toml")
    save_user_setting(s, tmp_path, "sync_interval_minutes", "7")
    again = load_settings(tmp_path, env={}, policy_file=tmp_path / "none.toml")
    assert (again.sync_interval_minutes, again.sources["sync_interval_minutes"]) == (7, "user")

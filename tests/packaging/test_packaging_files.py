"""The packaging files agree with the program: one version, every policy key, a clean lock.

Fast and not marked: these run with the ordinary test suite.
"""

from __future__ import annotations

import re
import struct
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from wo_desktop import __version__, config

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
sys.path.append(str(PACKAGING))
sys.path.append(str(PACKAGING / "linux"))

import bundle_meta  # noqa: E402
import icons  # noqa: E402
import linux_outputs  # noqa: E402


def test_one_version_everywhere() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    version = pyproject["project"]["version"]
    assert bundle_meta.project_version() == version == __version__
    plist = bundle_meta.info_plist(version)
    numeric = ".".join(str(n) for n in bundle_meta.numeric_version(version, 3))
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == numeric
    assert bundle_meta.linux_archive_name(version) == f"wo-desktop-{version}-linux-x86_64.tar.gz"


def test_windows_version_resource_carries_the_version() -> None:
    calls: dict[str, Any] = {}

    def record(name: str) -> Any:
        def make(*args: Any, **kwargs: Any) -> tuple[str, tuple[Any, ...], dict[str, Any]]:
            calls.setdefault(name, []).append((args, kwargs))
            return (name, args, kwargs)

        return make

    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable")
    namespace = {
        name: record(name) for name in (*names, "StringStruct", "VarFileInfo", "VarStruct")
    }
    text = bundle_meta.windows_version_text("1.2.3rc1")
    eval(compile(text, "version_info.txt", "eval"), namespace)  # PyInstaller evals it alike
    fixed = calls["FixedFileInfo"][0][1]
    assert fixed["filevers"] == fixed["prodvers"] == (1, 2, 3, 0)
    strings = dict(args for args, _ in calls["StringStruct"])
    assert strings["FileVersion"] == strings["ProductVersion"] == "1.2.3rc1"
    assert strings["OriginalFilename"] == "wo-desktop.exe"


@pytest.mark.parametrize(
    ("version", "numeric", "deb"),
    [
        ("0.1.0", (0, 1, 0, 0), "0.1.0"),
        ("2.0", (2, 0, 0, 0), "2.0"),
        ("1.4.0rc2", (1, 4, 0, 0), "1.4.0~rc2"),
        ("1.4.0.dev3", (1, 4, 0, 0), "1.4.0~dev3"),
    ],
)
def test_version_forms(version: str, numeric: tuple[int, ...], deb: str) -> None:
    assert bundle_meta.numeric_version(version) == numeric
    assert bundle_meta.deb_version(version) == deb


def lock_requirements() -> dict[str, str]:
    """name -> the requirement's whole entry (its line and hash lines) in requirements.lock."""
    text = (PACKAGING / "requirements.lock").read_text(encoding="utf-8")
    entries: dict[str, str] = {}
    for block in re.split(r"\n(?=[A-Za-z0-9])", text):
        if block.startswith("#"):
            continue
        name = re.match(r"([A-Za-z0-9._-]+)==", block)
        assert name, f"not pinned with ==: {block.splitlines()[0]}"
        entries[name[1].lower().replace("_", "-")] = block
    return entries


def test_lock_is_pinned_hashed_and_names_no_index() -> None:
    text = (PACKAGING / "requirements.lock").read_text(encoding="utf-8")
    for line in text.splitlines():
        code = line.split("#", 1)[0].strip()
        assert not code.startswith(
            ("-i", "--index-url", "--extra-index-url", "--find-links", "-f ")
        ), line
        assert "://" not in code, line
    entries = lock_requirements()
    for name, entry in entries.items():
        assert "--hash=sha256:" in entry, name
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wanted = [re.match(r"[A-Za-z0-9._-]+", dep)[0] for dep in pyproject["project"]["dependencies"]]  # type: ignore[index]
    for name in [*wanted, "pyinstaller", "hatchling"]:
        assert name.lower() in entries, f"{name} is missing from requirements.lock"
    # The lock serves the Windows and macOS builds too.
    assert "sys_platform == 'win32'" in text and "sys_platform == 'darwin'" in text


def uncommented_example() -> str:
    text = (PACKAGING / "policy.example.toml").read_text(encoding="utf-8")
    return "\n".join(
        line[2:] if re.match(r"^# [a-z_]+ = ", line) else line for line in text.splitlines()
    )


def test_example_policy_names_every_key_and_is_valid(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(uncommented_example(), encoding="utf-8")
    values, locked, problems = config.read_policy(policy)
    assert problems == []
    assert set(values) == set(config.KEYS)
    assert locked == {"server_url", "domain"}


def test_windows_installer_knows_every_key_and_the_policy_place() -> None:
    script = (PACKAGING / "windows" / "wo-desktop.iss").read_text(encoding="utf-8")
    known = re.search(r"KnownKeys = ',([a-z_,]+),';", script)
    assert known, "KnownKeys not found"
    assert set(known[1].split(",")) == set(config.KEYS)
    assert '#define PolicyFile "{commonappdata}\\wo-desktop\\policy.toml"' in script
    for needed in (
        "PrivilegesRequired=admin",
        "{autoprograms}",
        "Param('SERVER')",
        "Param('DOMAIN')",
        "Switch('PURGE')",
        "SaveStringsToUTF8FileWithoutBOM",
        "UninstallSilent",
    ):
        assert needed in script, needed
    # Each TOML line the installer writes uses a key of config.KEYS.
    for key in re.findall(r"AddLine\('([a-z_]+) = '", script):
        assert key in config.KEYS or key == "locked", key


def test_windows_policy_place_matches_the_program(monkeypatch: pytest.MonkeyPatch) -> None:
    from wo_desktop import paths

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("ProgramData", "C:\\ProgramData")
    assert str(paths.default_policy_path()).replace("/", "\\") == (
        "C:\\ProgramData\\wo-desktop\\policy.toml"
    )


def test_deploy_guide_documents_every_key_and_parameter() -> None:
    guide = (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")
    for key in config.KEYS:
        assert f"`{key}`" in guide, key
    script = (PACKAGING / "windows" / "wo-desktop.iss").read_text(encoding="utf-8")
    for parameter in re.findall(r"Param\('([A-Z]+)'\)", script):
        assert f"/{parameter}=" in guide, parameter
    for place in ("/etc/wo-desktop/policy.toml", "%ProgramData%\\wo-desktop\\policy.toml"):
        assert place in guide, place


def test_desktop_entries() -> None:
    for exec_path, icon in (("wo-desktop", "wo-desktop"), ("/opt/wo-desktop/wo-desktop", "/x.png")):
        entry = linux_outputs.desktop_entry(exec_path, icon)
        lines = dict(line.split("=", 1) for line in entry.splitlines()[1:] if "=" in line)
        assert entry.startswith("[Desktop Entry]\n")
        assert lines["Type"] == "Application"
        assert (lines["Exec"], lines["Icon"]) == (exec_path, icon)
        assert lines["Terminal"] == "false"
        assert "@" not in entry


def test_ico_and_icns_hold_every_png() -> None:
    pngs = {size: b"\x89PNG" + bytes([size % 256]) * size for size in (16, 32, 256, 512)}
    ico = icons.ico_bytes(pngs)
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, 3)  # 512 is not an .ico size
    for index in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", ico, 6 + 16 * index)
        size = width or 256
        assert ico[offset : offset + length] == pngs[size]
    icns = icons.icns_bytes(pngs)
    assert icns[:4] == b"icns" and struct.unpack_from(">I", icns, 4)[0] == len(icns)
    assert b"ic09" in icns and pngs[512] in icns


def test_spec_is_valid_python() -> None:
    compile((PACKAGING / "wo_desktop.spec").read_text(encoding="utf-8"), "wo_desktop.spec", "exec")


def test_make_dmg_script_parses() -> None:
    import shutil
    import subprocess

    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("no bash")
    script = PACKAGING / "macos" / "make_dmg.sh"
    done = subprocess.run([bash, "-n", str(script)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert script.stat().st_mode & 0o111, "make_dmg.sh must be executable"

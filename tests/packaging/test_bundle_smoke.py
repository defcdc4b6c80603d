"""Build the PyInstaller bundle, the .tar.gz and the .deb with packaging/build.py, then run them.

Marked `packaging` (about a minute and a half on 2 cores): `uv run pytest -m packaging`.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.append(str(ROOT / "packaging"))

import bundle_meta  # noqa: E402

pytestmark = pytest.mark.packaging
VERSION = bundle_meta.project_version()
# The largest this bundle should be: 200 MB on Linux at the time of writing; much more means
# a Qt module (QML, WebEngine) or a development tool slipped in.
MAX_BUNDLE_MB = 260
JOB = {"name": "Boiler makes a knocking noise", "job_type_code": "REPAIR"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("build")
    dist, work = base / "dist", base / "work"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            str(dist),
            "--work",
            str(work),
            "--fast",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-5000:]
    print("\n".join(line for line in done.stdout.splitlines() if line.startswith("[build]")))
    return {
        "bundle": dist / "wo-desktop",
        "exe": dist / "wo-desktop" / "wo-desktop",
        "tarball": dist / bundle_meta.linux_archive_name(VERSION, os.uname().machine),
        "deb": dist / bundle_meta.deb_name(VERSION),
        "work": work,
    }


def environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    # Nothing of the developer's Python or settings: the bundle must stand on its own.
    skip = ("WO_DESKTOP_", "PYTHON", "VIRTUAL_ENV")
    env = {k: v for k, v in os.environ.items() if not k.startswith(skip)}
    env.update({"QT_QPA_PLATFORM": "offscreen", "WO_DESKTOP_POLICY": str(tmp_path / "policy.toml")})
    env.update(extra)
    return env


def run(
    exe: Path, tmp_path: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(exe), *args],
        env=env or environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        cwd=tmp_path,
    )


def doctor_lines(output: str) -> dict[str, str]:
    lines = {}
    for line in output.splitlines():
        label, _, value = line.partition("  ")
        lines[label.strip()] = value.strip()
    return lines


def test_bundle_reports_the_version_of_pyproject(built: dict[str, Path], tmp_path: Path) -> None:
    done = run(built["exe"], tmp_path, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"wo-desktop {VERSION}"


def test_doctor_succeeds_in_the_bundle(built: dict[str, Path], tmp_path: Path) -> None:
    from wo_desktop.store import migrate

    done = run(built["exe"], tmp_path, "doctor", "--profile", str(tmp_path / "p"))
    assert done.returncode == 0, done.stderr
    lines = doctor_lines(done.stdout)
    assert lines["version"] == VERSION
    assert lines["schema"] == f"none yet (program: {migrate.head_revision()})"
    assert lines["data folder"] == str(tmp_path / "p")


def test_bundle_creates_a_database_with_its_own_migrations(
    built: dict[str, Path], tmp_path: Path
) -> None:
    from wo_desktop.store import migrate

    profile = tmp_path / "p"
    job = tmp_path / "job.json"
    job.write_text(json.dumps(JOB), encoding="utf-8")
    made = run(
        built["exe"], tmp_path, "drafts", "new", "--from", str(job), "--profile", str(profile)
    )
    assert made.returncode == 0, made.stderr
    done = run(built["exe"], tmp_path, "doctor", "--profile", str(profile))
    assert done.returncode == 0, done.stderr
    lines = doctor_lines(done.stdout)
    head = migrate.head_revision()
    assert lines["schema"] == f"{head} (program: {head})"
    assert lines["integrity"] == "ok"
    assert "draft 1" in lines["drafts"]


def test_window_starts_offscreen_and_quits(built: dict[str, Path], tmp_path: Path) -> None:
    done = run(built["exe"], tmp_path, "--quit-after-first-paint", "--profile", str(tmp_path / "p"))
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr


def test_window_opens_the_database_after_its_first_paint(
    built: dict[str, Path], tmp_path: Path
) -> None:
    """What the window imports lazily (the store, Alembic, sync) is in the bundle too."""
    from wo_desktop.store import migrate

    profile = tmp_path / "p"
    database = profile / "wo-desktop.db"
    head = migrate.head_revision()
    window = subprocess.Popen(
        [str(built["exe"]), "--profile", str(profile)],
        env=environment(tmp_path),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
    )
    reached = None
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and window.poll() is None:
            try:
                reached = migrate.current_revision(database)
            except Exception:  # being created right now
                reached = None
            if reached == head:
                break
            time.sleep(0.2)
    finally:
        window.terminate()
        _out, err = window.communicate(timeout=30)
    assert reached == head, err[-3000:]
    assert "Traceback" not in err
    log = profile / "logs" / "wo-desktop.log"
    errors = (
        [line for line in log.read_text().splitlines() if " ERROR " in line] if log.exists() else []
    )
    assert errors == []


def test_translations_are_bundled_and_load(built: dict[str, Path], tmp_path: Path) -> None:
    folder = built["bundle"] / "_internal" / "wo_desktop" / "ui" / "translations"
    for source in sorted((ROOT / "translations").glob("*.ts")):
        assert (folder / f"{source.stem}.qm").is_file(), source.name
    args = ("--lang", "fr", "--quit-after-first-paint", "--profile", str(tmp_path / "p"))
    done = run(built["exe"], tmp_path, *args)
    assert done.returncode == 0, done.stderr[-3000:]


def test_window_starts_with_a_bad_policy(built: dict[str, Path], tmp_path: Path) -> None:
    # The message naming the line is the CLI's and the window's to show (test_policy_files);
    # here: the frozen program reads a broken policy and still starts with the defaults.
    (tmp_path / "policy.toml").write_text('domain = "ACME"\n\nserver_url = https://x/api\n')
    done = run(built["exe"], tmp_path, "--quit-after-first-paint", "--profile", str(tmp_path / "p"))
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    doctor = run(built["exe"], tmp_path, "doctor", "--profile", str(tmp_path / "p"))
    assert doctor.returncode == 0, doctor.stderr
    assert "line 3" in doctor.stderr and "using defaults" in doctor.stderr
    assert doctor_lines(doctor.stdout)["setting domain"] == "None (default)"


def test_bundle_applies_the_machine_policy(built: dict[str, Path], tmp_path: Path) -> None:
    (tmp_path / "policy.toml").write_text(
        'server_url = "https://it.example.test/api"\nlocked = ["server_url"]\n', encoding="utf-8"
    )
    env = environment(tmp_path, WO_DESKTOP_SERVER_URL="https://env.example.test/api")
    done = run(built["exe"], tmp_path, "doctor", "--profile", str(tmp_path / "p"), env=env)
    assert done.returncode == 0, done.stderr
    assert doctor_lines(done.stdout)["setting server_url"] == (
        "'https://it.example.test/api' (policy, locked)"
    )


def test_support_bundle_from_the_bundle(built: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "support.zip"
    done = run(
        built["exe"], tmp_path, "doctor", "--profile", str(tmp_path / "p"), "--bundle", str(out)
    )
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(out) as archive:
        summary = json.loads(archive.read("wo-desktop-support/summary.json"))
    assert summary["frozen"] is True
    assert summary["version"] == VERSION


def test_the_sandbox_is_not_in_the_bundle(built: dict[str, Path], tmp_path: Path) -> None:
    done = run(built["exe"], tmp_path, "sandbox", "serve", "now")
    assert done.returncode == 2
    assert "sandbox" in done.stderr and "extra" in done.stderr
    toc = (built["work"] / "pyinstaller" / "wo_desktop" / "PYZ-00.toc").read_text()
    assert "'wo_desktop.store.migrate'" in toc  # the list is the right one
    for module in ("wo_desktop.sandbox", "starlette", "uvicorn", "pytest", "PySide6.QtQml"):
        assert f"'{module}'" not in toc, module


def test_the_keyring_backends_are_bundled(built: dict[str, Path], tmp_path: Path) -> None:
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        if os.environ.get("CI"):
            pytest.fail("CI must provide gnome-keyring and dbus (see .ci/run)")
        pytest.skip("gnome-keyring and dbus-run-session are not installed here")
    home, runtime = tmp_path / "home", tmp_path / "run"
    home.mkdir()
    runtime.mkdir(mode=0o700)
    env = environment(tmp_path, HOME=str(home), XDG_RUNTIME_DIR=str(runtime))
    env.pop("PYTHON_KEYRING_BACKEND", None)
    shell = (
        'printf "ci-keyring" | gnome-keyring-daemon --unlock --components=secrets --daemonize'
        f' >/dev/null && exec "{built["exe"]}" doctor --profile "{tmp_path / "p"}"'
    )
    done = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", shell],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "SecretService" in doctor_lines(done.stdout)["keyring"]


def test_bundle_is_small_and_has_no_gtk_theme(built: dict[str, Path]) -> None:
    files = [p for p in built["bundle"].rglob("*") if p.is_file() and not p.is_symlink()]
    size_mb = sum(p.stat().st_size for p in files) / 1e6
    print(f"bundle: {size_mb:.0f} MB in {len(files)} files")
    assert size_mb < MAX_BUNDLE_MB
    names = {p.name for p in files}
    assert "libqgtk3.so" not in names and "libgtk-3.so.0" not in names
    assert "libqxcb.so" in names and "libqoffscreen.so" in names
    qt_translations = {p.name for p in files if p.parent.name == "translations" and "Qt" in str(p)}
    assert "qtbase_fr.qm" in qt_translations and "qtbase_ja.qm" not in qt_translations


def test_every_library_in_the_bundle_finds_what_it_needs(built: dict[str, Path]) -> None:
    """Nothing dropped from the bundle (the GTK theme) is still needed by what stayed."""
    if shutil.which("objdump") is None:
        pytest.skip("objdump (binutils) is not installed")
    bundled: set[str] = set()
    needs: dict[str, set[str]] = {}
    for path in built["bundle"].rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        bundled.add(path.name)
        dump = subprocess.run(
            ["objdump", "-p", str(path)], capture_output=True, text=True, check=True
        ).stdout
        needs[str(path.relative_to(built["bundle"]))] = set(re.findall(r"NEEDED\s+(\S+)", dump))
    system = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    system_libs = set(re.findall(r"^\s+(\S+) \(", system, re.MULTILINE))
    missing = {
        (binary, lib)
        for binary, libs in needs.items()
        for lib in libs
        if lib not in bundled and lib not in system_libs
    }
    # Qt's xcb plugin needs these from the machine: the .deb depends on them.
    allowed = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    assert {lib for _, lib in missing} <= allowed, sorted(missing)[:20]


def test_tarball_holds_the_folder_desktop_file_and_icon(built: dict[str, Path]) -> None:
    with tarfile.open(built["tarball"]) as tar:
        members = {m.name: m for m in tar.getmembers()}
        desktop = tar.extractfile("wo-desktop/wo-desktop.desktop").read().decode()  # type: ignore[union-attr]
    for name in ("wo-desktop/wo-desktop", "wo-desktop/_internal", "wo-desktop/wo-desktop.png"):
        assert name in members, name
    assert members["wo-desktop/wo-desktop"].mode & 0o111
    assert {m.uid for m in members.values()} == {0}
    assert "Exec=/opt/wo-desktop/wo-desktop\n" in desktop


def test_deb_installs_to_opt_with_a_launcher_and_runs(
    built: dict[str, Path], tmp_path: Path
) -> None:
    deb = built["deb"]
    info = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True)
    fields = dict(line.split(": ", 1) for line in info.stdout.splitlines() if ": " in line)
    assert fields["Package"] == "wo-desktop"
    assert fields["Version"] == bundle_meta.deb_version(VERSION)
    assert fields["Architecture"] == "amd64"
    assert "libxcb-icccm4" in fields["Depends"]
    listing = subprocess.run(
        ["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True
    )
    # "-rwxr-xr-x root/root 123 2026-01-01 12:00 ./opt/wo-desktop/wo-desktop"
    entries = [line.split(maxsplit=5) for line in listing.stdout.splitlines()]
    paths = {entry[5].split(" -> ")[0]: entry for entry in entries}
    assert {
        "./opt/wo-desktop/wo-desktop",
        "./opt/wo-desktop/_internal/",
        "./usr/share/applications/wo-desktop.desktop",
        "./usr/share/icons/hicolor/256x256/apps/wo-desktop.png",
        "./usr/share/doc/wo-desktop/policy.example.toml",
    } <= set(paths)
    assert paths["./usr/bin/wo-desktop"][5].endswith("-> ../../opt/wo-desktop/wo-desktop")
    assert {entry[1] for entry in entries} == {"root/root"}

    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    done = run(root / "usr" / "bin" / "wo-desktop", tmp_path, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"wo-desktop {VERSION}"
    desktop = root / "usr" / "share" / "applications" / "wo-desktop.desktop"
    assert "Exec=wo-desktop\n" in desktop.read_text()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(desktop)], capture_output=True, text=True
        )
        assert check.returncode == 0, check.stdout + check.stderr

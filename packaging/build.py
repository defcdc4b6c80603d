"""Build the wo-desktop bundle, and on Linux its .tar.gz and .deb.

    python packaging/build.py [--dist DIR] [--work DIR] [--from-lock] [--bundle-only] [--fast]

--from-lock   make a fresh virtual environment and install packaging/requirements.lock into
              it with `pip --require-hashes` (every file checked against its pinned hash),
              then the project itself; this is how a release is built.
(otherwise)   run PyInstaller from the current environment (quicker: the CI smoke test).
--bundle-only build the PyInstaller folder only, no archives or packages.
--fast        quick compression of the archives (the smoke test), not for release.

Outputs in DIST (default: dist/ beside packaging/): the folder wo-desktop/ (wo-desktop.app on
macOS), and on Linux wo-desktop-<version>-linux-x86_64.tar.gz and wo-desktop_<version>_amd64.deb.
On Windows run Inno Setup on packaging/windows/wo-desktop.iss next; on macOS
packaging/macos/make_dmg.sh (see docs/deploy.md).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import bundle_meta  # noqa: E402

LOCK = HERE / "requirements.lock"


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


def run(cmd: Sequence[str | Path], **kwargs: Any) -> None:
    log(" ".join(str(c) for c in cmd))
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)


def venv_python(venv: Path) -> Path:
    if sys.platform == "win32":
        return venv / "Scripts" / "python.exe"
    return venv / "bin" / "python"


def python_from_lock(work: Path) -> Path:
    """A fresh environment with exactly the locked, hash-checked packages and the project."""
    venv = work / "venv"
    if venv.exists():
        shutil.rmtree(venv)
    run([sys.executable, "-m", "venv", venv])
    python = venv_python(venv)
    # --no-deps: anything the lock forgot fails the build instead of being fetched unpinned.
    pip: list[str | Path] = [
        python,
        "-m",
        "pip",
        "--disable-pip-version-check",
        "install",
        "--no-deps",
    ]
    run([*pip, "--require-hashes", "--only-binary", ":all:", "-r", LOCK])
    # The project from this checkout, built by the locked hatchling, nothing downloaded.
    run([*pip, "--no-build-isolation", "--no-index", ROOT])
    return python


def check_translations() -> None:
    """The compiled .qm files are committed; refuse to build with one missing or stale."""
    compiled = ROOT / "src" / "wo_desktop" / "ui" / "translations"
    for ts in sorted((ROOT / "translations").glob("*.ts")):
        qm = compiled / f"{ts.stem}.qm"
        if not qm.exists():
            raise SystemExit(f"{qm.name} is missing: run scripts/update_translations.py --compile")


def make_icons(python: Path, work: Path) -> Path:
    out = work / "icons"
    run([python, HERE / "icons.py", out], env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return out


def run_pyinstaller(python: Path, dist: Path, work: Path, icons: Path) -> Path:
    env = {**os.environ, "WO_BUILD_ICONS": str(icons)}
    run(
        [
            python,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            dist,
            "--workpath",
            work / "pyinstaller",
            HERE / "wo_desktop.spec",
        ],
        env=env,
        cwd=ROOT,
    )
    bundle = dist / ("wo-desktop.app" if sys.platform == "darwin" else "wo-desktop")
    if not bundle.is_dir():
        raise SystemExit(f"PyInstaller did not produce {bundle}")
    return bundle


def find_iscc() -> Path | None:
    found = shutil.which("iscc")
    if found:
        return Path(found)
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").is_file():
            return Path(base) / "Inno Setup 6" / "ISCC.exe"
    return None


def windows_installer(bundle: Path, icons: Path, dist: Path, version: str) -> Path | None:
    """Compile packaging/windows/wo-desktop.iss with Inno Setup, when it is installed."""
    numeric = ".".join(str(n) for n in bundle_meta.numeric_version(version, 4))
    cmd = [
        "iscc",
        f"/DAppVersion={version}",
        f"/DAppVersionNumeric={numeric}",
        f"/DSourceDir={bundle}",
        f"/DOutputDir={dist}",
        f"/DIconFile={icons / 'wo-desktop.ico'}",
        str(HERE / "windows" / "wo-desktop.iss"),
    ]
    iscc = find_iscc()
    if iscc is None:
        log("Inno Setup 6 not found; install it and run: " + subprocess.list2cmdline(cmd))
        return None
    run([str(iscc), *cmd[1:]])
    return dist / f"wo-desktop-{version}-windows-x64-setup.exe"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build(
    dist: Path, work: Path, *, from_lock: bool, bundle_only: bool, fast: bool
) -> dict[str, Path]:
    started = time.monotonic()
    version = bundle_meta.project_version()
    dist.mkdir(parents=True, exist_ok=True)
    work.mkdir(parents=True, exist_ok=True)
    python = python_from_lock(work) if from_lock else Path(sys.executable)
    check_translations()
    icons = make_icons(python, work)
    bundle = run_pyinstaller(python, dist, work, icons)
    outputs = {"bundle": bundle}
    log(f"bundle {bundle}: {folder_size(bundle) / 1e6:.0f} MB")
    if sys.platform.startswith("linux") and not bundle_only:
        sys.path.insert(0, str(HERE / "linux"))
        import linux_outputs

        machine = platform.machine()
        outputs["tarball"] = linux_outputs.make_tarball(
            bundle, icons, dist, version, machine=machine, fast=fast
        )
        outputs["deb"] = linux_outputs.make_deb(bundle, icons, dist, version, work, fast=fast)
    elif sys.platform == "win32" and not bundle_only:
        installer = windows_installer(bundle, icons, dist, version)
        if installer is not None:
            outputs["installer"] = installer
    elif sys.platform == "darwin" and not bundle_only:
        run(["bash", HERE / "macos" / "make_dmg.sh", dist])
    for kind, path in outputs.items():
        if path.is_file():
            log(f"{kind} {path}: {path.stat().st_size / 1e6:.0f} MB")
    log(f"wo-desktop {version} built in {time.monotonic() - started:.0f} s")
    return outputs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, help="scratch folder (default: a temporary one)")
    parser.add_argument("--from-lock", action="store_true", help="build from requirements.lock")
    parser.add_argument("--bundle-only", action="store_true", help="no .tar.gz or .deb")
    parser.add_argument("--fast", action="store_true", help="quick compression (tests)")
    args = parser.parse_args(argv)
    dist = args.dist.resolve()
    if args.work:
        build(
            dist,
            args.work.resolve(),
            from_lock=args.from_lock,
            bundle_only=args.bundle_only,
            fast=args.fast,
        )
    else:
        with tempfile.TemporaryDirectory(prefix="wo-desktop-build-") as work:
            build(
                dist,
                Path(work),
                from_lock=args.from_lock,
                bundle_only=args.bundle_only,
                fast=args.fast,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())

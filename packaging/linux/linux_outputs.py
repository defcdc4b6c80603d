"""The Linux deliverables around the PyInstaller folder: a .tar.gz and a .deb (dpkg-deb).

tar.gz: wo-desktop/ (the bundle) with wo-desktop.desktop, wo-desktop.png and wo-desktop.svg
        inside; extracted into /opt it runs as /opt/wo-desktop/wo-desktop.
.deb:   /opt/wo-desktop/, /usr/bin/wo-desktop (a symlink), the .desktop file in
        /usr/share/applications, the icon in the hicolor theme, and an example policy.
"""

from __future__ import annotations

import os
import platform
import shutil
import stat
import subprocess
import tarfile
from pathlib import Path

import bundle_meta

HERE = Path(__file__).resolve().parent
DESKTOP_TEMPLATE = HERE / "wo-desktop.desktop.in"
POLICY_EXAMPLE = HERE.parent / "policy.example.toml"
INSTALL_DIR = "/opt/wo-desktop"

# Libraries the bundle takes from the system (PyInstaller leaves libc, OpenGL/EGL and libxcb
# to the machine, and Qt's xcb plugin needs the icccm and keysyms helpers).
DEB_DEPENDS = (
    "libegl1",
    "libgl1",
    "libxcb1",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-cursor0",
    "libwayland-client0",
    "libwayland-cursor0",
)
DEB_RECOMMENDS = ("gnome-keyring | kwalletmanager | keepassxc", "dbus-user-session")


def desktop_entry(exec_path: str, icon: str) -> str:
    text = DESKTOP_TEMPLATE.read_text(encoding="utf-8")
    return text.replace("@EXEC@", exec_path).replace("@ICON@", icon)


def _root_owned(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def make_tarball(
    bundle: Path, icons: Path, dist: Path, version: str, *, machine: str, fast: bool = False
) -> Path:
    out = dist / bundle_meta.linux_archive_name(version, machine)
    desktop = desktop_entry(f"{INSTALL_DIR}/wo-desktop", f"{INSTALL_DIR}/wo-desktop.png")
    extra = dist / "tarball-extra"
    if extra.exists():
        shutil.rmtree(extra)
    extra.mkdir()
    (extra / "wo-desktop.desktop").write_text(desktop, encoding="utf-8")
    tmp = out.with_suffix(".part")
    with tarfile.open(tmp, "w:gz", compresslevel=1 if fast else 6) as tar:
        tar.add(bundle, arcname="wo-desktop", filter=_root_owned)
        tar.add(
            extra / "wo-desktop.desktop",
            arcname="wo-desktop/wo-desktop.desktop",
            filter=_root_owned,
        )
        for name in ("wo-desktop.png", "wo-desktop.svg"):
            tar.add(icons / name, arcname=f"wo-desktop/{name}", filter=_root_owned)
    shutil.rmtree(extra)
    os.replace(tmp, out)
    return out


def _normalise_modes(root: Path) -> None:
    """0755 folders and programs, 0644 other files: what dpkg expects, whatever the umask."""
    for dirpath, _dirnames, filenames in os.walk(root):
        os.chmod(dirpath, 0o755)
        for name in filenames:
            path = Path(dirpath) / name
            if path.is_symlink():
                continue
            executable = path.stat().st_mode & stat.S_IXUSR
            os.chmod(path, 0o755 if executable else 0o644)


def _glibc_requirement() -> str:
    # The bundle's libpython and libraries come from the build machine: the target needs at
    # least the same glibc.
    lib, version = platform.libc_ver()
    return f"libc6 (>= {version})" if lib == "glibc" and version else "libc6"


def deb_control(version: str, installed_kib: int, arch: str = "amd64") -> str:
    depends = ", ".join((_glibc_requirement(), *DEB_DEPENDS))
    maintainer = os.environ.get("WO_DEB_MAINTAINER", f"{bundle_meta.PUBLISHER} <root@localhost>")
    return (
        f"Package: {bundle_meta.APP_NAME}\n"
        f"Version: {bundle_meta.deb_version(version)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {maintainer}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {depends}\n"
        f"Recommends: {', '.join(DEB_RECOMMENDS)}\n"
        f"Description: {bundle_meta.DESCRIPTION}\n"
        " Enter field-service jobs without a network; they are kept in a local database and\n"
        " delivered exactly once when the network comes back. The password is kept in the\n"
        " desktop's keyring (Secret Service). IT can set the server for every user in\n"
        " /etc/wo-desktop/policy.toml (an example is in /usr/share/doc/wo-desktop).\n"
    )


def make_deb(
    bundle: Path, icons: Path, dist: Path, version: str, work: Path, *, fast: bool = False
) -> Path:
    root = work / "deb-root"
    if root.exists():
        shutil.rmtree(root)
    opt = root / INSTALL_DIR.lstrip("/")
    shutil.copytree(bundle, opt, symlinks=True)
    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    # Relative, so the tree also works when unpacked elsewhere (dpkg-deb -x in the tests).
    (bin_dir / "wo-desktop").symlink_to(Path("../..") / INSTALL_DIR.lstrip("/") / "wo-desktop")
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    (share / "applications" / "wo-desktop.desktop").write_text(
        desktop_entry("wo-desktop", "wo-desktop"), encoding="utf-8"
    )
    for size_dir, name in (("256x256", "wo-desktop.png"), ("scalable", "wo-desktop.svg")):
        target = share / "icons" / "hicolor" / size_dir / "apps"
        target.mkdir(parents=True)
        shutil.copy2(icons / name, target / name)
    doc = share / "doc" / bundle_meta.APP_NAME
    doc.mkdir(parents=True)
    shutil.copy2(POLICY_EXAMPLE, doc / "policy.example.toml")
    (doc / "copyright").write_text(
        f"{bundle_meta.APP_NAME}: Copyright (c) {bundle_meta.PUBLISHER}. Proprietary.\n"
        "The bundled Qt libraries are LGPL-3.0; Python is PSF-2.0; see each package's\n"
        f"licence files under {INSTALL_DIR}/_internal/*.dist-info.\n",
        encoding="utf-8",
    )
    debian = root / "DEBIAN"
    debian.mkdir()
    _normalise_modes(root)
    installed_kib = (
        sum(p.lstat().st_size for p in root.rglob("*") if p.is_file() or p.is_symlink()) // 1024 + 1
    )
    (debian / "control").write_text(deb_control(version, installed_kib), encoding="utf-8")
    os.chmod(debian / "control", 0o644)
    out = dist / bundle_meta.deb_name(version)
    compression = ["-Zgzip", "-z1"] if fast else ["-Zxz", "-z6"]
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", *compression, "--build", str(root), str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    shutil.rmtree(root)
    return out

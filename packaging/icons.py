"""Render the application icon (SVG) to the PNG, .ico and .icns files the installers need.

Run with the build's Python (it needs PySide6): ``python packaging/icons.py OUT_DIR``.
The .ico and .icns hold PNG images, which Windows (Vista and later) and macOS (10.7 and
later) read directly, so no imaging library beyond Qt is needed.
"""

from __future__ import annotations

import os
import struct
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns element types that hold a PNG of the given size.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
)


def source_svg() -> Path:
    """The window's own icon, so the installers show what the title bar shows."""
    for candidate in (
        ROOT / "resources" / "icons" / "wo-desktop.svg",
        ROOT / "src" / "wo_desktop" / "ui" / "icons" / "wo-desktop.svg",
    ):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("no wo-desktop.svg icon")


def render_pngs(svg: Path, sizes: set[int]) -> dict[int, bytes]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    result: dict[int, bytes] = {}
    for size in sorted(sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        with tempfile.TemporaryDirectory() as folder:
            png = Path(folder) / "icon.png"
            if not image.save(str(png)):
                raise OSError(f"Qt could not write a {size} px PNG")
            result[size] = png.read_bytes()
    return result


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    sizes = [s for s in ICO_SIZES if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries = b""
    images = b""
    for size in sizes:
        data = pngs[size]
        # Width and height 0 mean 256.
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for kind, size in ICNS_TYPES
        if size in pngs
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(out_dir: Path) -> dict[str, Path]:
    """wo-desktop.svg, wo-desktop.png (256 px), wo-desktop.ico and wo-desktop.icns in out_dir."""
    out_dir.mkdir(parents=True, exist_ok=True)
    svg = source_svg()
    pngs = render_pngs(svg, set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    files = {
        "svg": out_dir / "wo-desktop.svg",
        "png": out_dir / "wo-desktop.png",
        "ico": out_dir / "wo-desktop.ico",
        "icns": out_dir / "wo-desktop.icns",
    }
    files["svg"].write_bytes(svg.read_bytes())
    files["png"].write_bytes(pngs[256])
    files["ico"].write_bytes(ico_bytes(pngs))
    files["icns"].write_bytes(icns_bytes(pngs))
    return files


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python packaging/icons.py OUT_DIR")
    for kind, path in make_icons(Path(sys.argv[1])).items():
        print(f"{kind} {path}")

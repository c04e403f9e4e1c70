"""Render the application icon set from its hand-drawn SVG source.

    python packaging/render_icons.py           # (re)write the PNGs, .ico and .icns
    python packaging/render_icons.py --check   # exit 1 if any output is missing or stale

Sources and outputs live in ``src/smparchive/resources/icons/app/``:
``smparchive.svg`` -> ``smparchive-{16,24,32,48,64,128,256,512}.png``, ``smparchive.ico``
(16-256 px, for Windows) and ``smparchive.icns`` (32-1024 px, for macOS). Each size is
rendered from the vector source (not scaled down from a big bitmap), with Qt's SVG renderer
on the offscreen platform, so no display and no extra tools are needed. Pillow writes the
files, which keeps them byte-for-byte reproducible (no timestamps).

The UI icons in ``icons/ui/`` stay SVG; ``--check`` also verifies that each of them parses.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

from PIL import Image, ImageChops

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "src" / "smparchive" / "resources" / "icons"
APP_DIR = ICONS / "app"
UI_DIR = ICONS / "ui"
SOURCE = APP_DIR / "smparchive.svg"
NAME = "smparchive"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest size an .ico entry can hold
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)  # what Pillow writes (ic11..ic14, ic07..ic10)

# --check tolerates tiny anti-aliasing differences between Qt versions, not edits.
CHECK_MAX_CHANNEL_DELTA = 48
CHECK_MAX_CHANGED_FRACTION = 0.02


def _qt() -> object:
    """A QGuiApplication on the offscreen platform (created once)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([])


def render_svg(svg: Path, size: int) -> Image.Image:
    """Render ``svg`` into a transparent ``size`` x ``size`` RGBA image."""
    _qt()
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG that Qt can render")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    data = bytes(rgba.constBits())
    return Image.frombuffer("RGBA", (size, size), data, "raw", "RGBA", rgba.bytesPerLine(), 1)


def build(source: Path = SOURCE) -> dict[str, bytes]:
    """Every output file name mapped to its bytes."""
    renders = {size: render_svg(source, size) for size in sorted({*PNG_SIZES, *ICNS_SIZES})}
    out: dict[str, bytes] = {}
    for size in PNG_SIZES:
        buf = io.BytesIO()
        renders[size].save(buf, "PNG", optimize=True)
        out[f"{NAME}-{size}.png"] = buf.getvalue()

    buf = io.BytesIO()
    largest = renders[max(ICO_SIZES)]
    largest.save(
        buf,
        "ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[renders[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    out[f"{NAME}.ico"] = buf.getvalue()

    buf = io.BytesIO()
    renders[max(ICNS_SIZES)].save(
        buf, "ICNS", append_images=[renders[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)]
    )
    out[f"{NAME}.icns"] = buf.getvalue()
    return out


def _png_differs(old: bytes, new: bytes) -> bool:
    a = Image.open(io.BytesIO(old)).convert("RGBA")
    b = Image.open(io.BytesIO(new)).convert("RGBA")
    if a.size != b.size:
        return True
    diff = ImageChops.difference(a, b)
    if max(hi for _lo, hi in diff.getextrema()) == 0:
        return False
    changed = sum(
        1
        for px in diff.getdata()
        if max(px) > CHECK_MAX_CHANNEL_DELTA  # type: ignore[arg-type]
    )
    return changed > CHECK_MAX_CHANGED_FRACTION * a.width * a.height


def check(outputs: dict[str, bytes]) -> list[str]:
    """Problems with the committed outputs (empty when they match the source)."""
    problems: list[str] = []
    for name, data in outputs.items():
        path = APP_DIR / name
        if not path.is_file():
            problems.append(f"{path} is missing")
        elif name.endswith(".png") and _png_differs(path.read_bytes(), data):
            problems.append(f"{path} does not match {SOURCE.name}; re-run this script")
    for svg in sorted(UI_DIR.glob("*.svg")):
        try:
            render_svg(svg, 24)
        except ValueError as exc:
            problems.append(str(exc))
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify instead of writing")
    args = parser.parse_args(argv)
    outputs = build()
    if args.check:
        problems = check(outputs)
        for line in problems:
            print(line, file=sys.stderr)
        return 1 if problems else 0
    for name, data in outputs.items():
        (APP_DIR / name).write_bytes(data)
        print(f"wrote {(APP_DIR / name).relative_to(ROOT)} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

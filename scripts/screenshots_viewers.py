"""Screenshots of the viewers on sample files:

    xvfb-run -a python scripts/screenshots_viewers.py [--language en|fr|nl] [--out DIR]

Builds a temporary catalogue through the real ingest (scan + thumbnails) over a few corpus
files and a generated clip, opens each viewer and saves PNGs to ./screenshots/viewers/
(or DIR).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "realworld"
OUT = REPO / "screenshots" / "viewers"
sys.path.insert(0, str(REPO / "src"))

os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from smparchive.core.catalog.catalog import open_catalog  # noqa: E402
from smparchive.core.ingest.pipeline import ScanOptions, scan  # noqa: E402
from smparchive.core.ingest.thumbnails import build_thumbnails  # noqa: E402
from smparchive.gui.viewers import open_compare, open_viewer  # noqa: E402


def sample_photo(path: Path, hue: int) -> None:
    """A 2400x1600 'stage' picture with detail worth zooming into."""
    im = Image.new("RGB", (2400, 1600), (20, 24, 40))
    draw = ImageDraw.Draw(im)
    for i in range(0, 2400, 40):
        draw.line([(i, 0), (2400 - i, 1600)], fill=((hue + i) % 255, 90, 160), width=3)
    draw.rectangle([700, 500, 1700, 1100], fill=(230, 230, 220))
    draw.text((760, 560), "Keynote — Open Formats 2024", fill=(20, 20, 20))
    im.save(path, "JPEG", quality=90)


def sample_clip(path: Path) -> None:
    import av

    with av.open(str(path), "w") as out:
        stream = out.add_stream("libx264", 25)
        stream.width, stream.height, stream.pix_fmt = 640, 360, "yuv420p"
        for i in range(75):
            im = Image.new("RGB", (640, 360), (30, 30, 60 + i * 2))
            ImageDraw.Draw(im).ellipse([100 + i * 4, 120, 220 + i * 4, 240], fill=(240, 200, 40))
            for packet in stream.encode(av.VideoFrame.from_image(im)):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)


def build(tmp: Path) -> tuple[object, dict[str, int]]:
    media = tmp / "media"
    media.mkdir()
    sample_photo(media / "a-stage.jpg", 0)
    sample_photo(media / "b-stage.jpg", 80)
    shutil.copy(
        CORPUS / "images/orientation/pillow-hopper_orientation_6.jpg", media / "c-hopper.jpg"
    )
    shutil.copy(CORPUS / "images/broken/pillow-truncated_image.png", media / "d-broken.png")
    sample_clip(media / "e-talk.mp4")
    plugfest = "odf-2014 - ODF Plugfest - Collaborated Editing on ODF"
    shutil.copy(CORPUS / f"pdf/{plugfest}.pdf", media / "f-deck.pdf")
    shutil.copy(CORPUS / f"slides/{plugfest}.odp", media / "g-deck.odp")
    shutil.copy(CORPUS / "pdf/pypdf-r6-user-password.pdf", media / "h-locked.pdf")
    catalog = open_catalog(tmp / "cat.smpcat", create=True)
    catalog.add_root(media)
    scan(catalog, options=ScanOptions(workers=0))
    build_thumbnails(catalog, options=ScanOptions(workers=0))
    ids = {r.name: r.id for r in catalog.items(catalog.query_ids(sort="name"))}
    return catalog, ids


def main() -> None:
    global OUT
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--language", default="system", choices=("system", "en", "fr", "nl"))
    p.add_argument("--out", default=str(OUT), help="folder for the PNG files")
    args = p.parse_args()
    OUT = Path(args.out)
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from smparchive.gui.app import install_translations

    install_translations(app, args.language)  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory() as tmp:
        catalog, ids = build(Path(tmp))
        order = [ids[n] for n in sorted(ids)]

        def shoot(name: str, window: object, wait_ms: int = 1500, prepare=None) -> None:
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # type: ignore
            window.resize(1280, 800)  # type: ignore[attr-defined]
            window.show()  # type: ignore[attr-defined]
            if prepare is not None:
                QTimer.singleShot(wait_ms // 2, prepare)
            loop = QEventLoop()  # not app.exec(): QApplication.quit() closes every window
            QTimer.singleShot(wait_ms, loop.quit)
            loop.exec()
            window.grab().save(str(OUT / f"{name}.png"))  # type: ignore[attr-defined]
            print("saved", OUT / f"{name}.png")
            window.close()  # type: ignore[attr-defined]

        def at(name: str) -> object:
            return open_viewer(None, catalog, order, order.index(ids[name]))

        loupe = at("a-stage.jpg")
        shoot("loupe-fit-info", loupe, prepare=lambda: loupe.viewer.toggle_info())
        loupe = at("b-stage.jpg")
        shoot("loupe-zoom-200", loupe, prepare=lambda: loupe.viewer.view.set_zoom(2.0))
        shoot("loupe-broken-photo", at("d-broken.png"))
        shoot("compare", open_compare(None, catalog, [ids["a-stage.jpg"], ids["b-stage.jpg"]]))
        player = at("e-talk.mp4")
        shoot("player-video", player, 2500)
        shoot("deck-pdf", at("f-deck.pdf"), 2500)
        deck = at("f-deck.pdf")

        def find() -> None:
            deck.viewer.open_find()
            deck.viewer.find_edit.setText("schubert")

        shoot("deck-pdf-find", deck, 2500, prepare=find)
        shoot("deck-odp-fallback", at("g-deck.odp"), 2500)
        shoot("deck-encrypted", at("h-locked.pdf"), 1500)
        import smparchive.gui.player.engine as engine
        from smparchive.gui.player.vlcsupport import PlayerUnavailable, install_hint

        def no_vlc() -> None:  # what users without VLC see
            raise PlayerUnavailable(f"VLC (libvlc) is not available. {install_hint()}")

        engine.load_vlc = no_vlc  # type: ignore[assignment]
        shoot("player-without-vlc", at("e-talk.mp4"))
        catalog.close()
    app.processEvents()


if __name__ == "__main__":
    main()

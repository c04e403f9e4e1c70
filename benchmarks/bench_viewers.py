"""Viewer figures: next photo preview in the loupe, PDF page render, time until VLC plays.

Run: ``.venv/bin/python benchmarks/bench_viewers.py`` (offscreen Qt; libvlc optional).
Targets: preview 50 ms, page of a 100-page deck 200 ms, 1080p H.264 playing within 1 s.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from PySide6.QtWidgets import QApplication

from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.media.pages import PdfDeck
from smparchive.core.media.thumbnails import encode_jpeg
from smparchive.core.thumbcache import PREVIEW


def photos(cat: object, folder: Path, count: int) -> list[int]:
    """``count`` 6000x4000 JPEGs with 1600-px previews in the cache, catalogued via ingest."""
    from smparchive.core.ingest.pipeline import ScanOptions, scan

    folder.mkdir()
    base = Image.new("RGB", (6000, 4000), (40, 60, 90))
    ImageDraw.Draw(base).ellipse([1000, 800, 5000, 3200], fill=(220, 180, 60))
    for n in range(count):
        base.save(folder / f"IMG_{n:04d}.jpg", "JPEG", quality=85)
    cat.add_root(folder)  # type: ignore[attr-defined]
    scan(cat, options=ScanOptions(workers=0))
    ids = cat.query_ids(sort="name")  # type: ignore[attr-defined]
    preview = base.resize((1600, 1067))
    for rec in cat.items(ids):  # type: ignore[attr-defined]
        cat.thumbnails.put(rec.sha256, PREVIEW, encode_jpeg(preview))  # type: ignore[attr-defined]
    return ids


def bench_loupe(tmp: Path) -> None:
    from smparchive.gui.viewers import open_viewer

    app = QApplication.instance() or QApplication([])
    cat = open_catalog(tmp / "b.smpcat", create=True)
    ids = photos(cat, tmp / "photos", 12)
    window = open_viewer(None, cat, ids, 0)
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    times = []
    for _ in range(len(ids) - 1):
        time.sleep(0.3)  # the user looks at the photo; prefetch and decode happen meanwhile
        app.processEvents()
        started = time.perf_counter()
        window.step(1)
        app.processEvents()  # the preview is on screen once this paint has run
        times.append((time.perf_counter() - started) * 1000)
    print(
        f"loupe next photo preview: median {statistics.median(times):.1f} ms, "
        f"max {max(times):.1f} ms (target 50 ms; 6000x4000 JPEGs, 1600-px previews)"
    )
    window.close()
    cat.close()


def bench_pdf(tmp: Path) -> None:
    pages = []
    for n in range(100):
        im = Image.new("RGB", (1920, 1080), (250, 250, 245))
        draw = ImageDraw.Draw(im)
        draw.rectangle([100, 100, 1820, 300], fill=(30, 60, 120))
        for row in range(12):
            draw.rectangle(
                [140, 380 + row * 50, 1000 + (n * 37 + row * 91) % 700, 400 + row * 50],
                fill=(60, 60, 60),
            )
        pages.append(im)
    path = tmp / "deck.pdf"
    pages[0].save(path, "PDF", save_all=True, append_images=pages[1:], resolution=144.0)
    with PdfDeck(path) as deck:
        times = []
        for index in (0, 37, 50, 99):
            started = time.perf_counter()
            deck.render(index, 1600)
            times.append((time.perf_counter() - started) * 1000)
        print(
            f"PDF page render ({deck.page_count}-page deck, 1600 px): median "
            f"{statistics.median(times):.1f} ms, max {max(times):.1f} ms (target 200 ms)"
        )


def bench_vlc(tmp: Path) -> None:
    import av

    from smparchive.gui.player.engine import VlcEngine
    from smparchive.gui.player.vlcsupport import PlayerUnavailable

    path = tmp / "1080p.mp4"
    with av.open(str(path), "w") as out:
        stream = out.add_stream("libx264", 25)
        stream.width, stream.height, stream.pix_fmt = 1920, 1080, "yuv420p"
        for i in range(75):
            im = Image.new("RGB", (1920, 1080), (20, 20, 60 + i))
            ImageDraw.Draw(im).ellipse([200 + i * 10, 300, 600 + i * 10, 700], fill=(240, 200, 40))
            for packet in stream.encode(av.VideoFrame.from_image(im)):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    app = QApplication.instance() or QApplication([])
    try:
        engine = VlcEngine(["--vout=dummy", "--aout=dummy", "--quiet"])
    except PlayerUnavailable as exc:
        print(f"VLC time to playing: skipped ({exc})")
        return
    started = time.perf_counter()
    engine.load(str(path))
    engine.play()
    while engine.time() <= 0 and time.perf_counter() - started < 10:
        app.processEvents()
        time.sleep(0.005)
    playing = (time.perf_counter() - started) * 1000
    print(
        f"VLC 1080p H.264 until time advances: {playing:.0f} ms (target 1000 ms; "
        "dummy video output, so decoding but no display)"
    )
    engine.release()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        bench_loupe(Path(tmp))
        bench_pdf(Path(tmp))
        bench_vlc(Path(tmp))


if __name__ == "__main__":
    main()

"""Photo loupe, viewer window and compare view, offscreen, on real corpus photos."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from PIL import Image
from PySide6.QtCore import Qt
from test_viewer_support import CORPUS, ManualRunner, copy_into

from smparchive.core.thumbcache import PREVIEW
from smparchive.gui.tasks import SyncTaskRunner, TaskRunner
from smparchive.gui.viewers import open_compare, open_viewer
from smparchive.gui.viewers.loupe import PhotoLoupe

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(not CORPUS.is_dir(), reason="real-world corpus not present"),
]

HOPPER = "images/orientation/pillow-hopper.jpg"  # 128 x 128
ROTATED = "images/orientation/pillow-hopper_orientation_6.jpg"
CANON = "images/camera/exiftool-Canon.jpg"


@pytest.fixture
def photos(add_items: Any, tmp_path: Path) -> list[int]:
    specs = copy_into(tmp_path / "media", HOPPER, CANON, ROTATED)
    specs[1].update(camera_make="Canon", camera_model="EOS 40D")
    return add_items(specs)


def test_navigation_and_rating_keys_write_to_catalogue(
    qtbot: Any, catalog: Any, photos: list[int]
) -> None:
    window = open_viewer(None, catalog, photos, 0, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    shown: list[int] = []
    window.currentChanged.connect(shown.append)
    loupe = window.viewer
    assert isinstance(loupe, PhotoLoupe)
    assert loupe.view.has_image() and loupe.error is None

    qtbot.keyClick(loupe, Qt.Key.Key_Right)
    qtbot.keyClick(loupe, Qt.Key.Key_PageDown)
    assert window.index == 2 and shown == photos[1:]
    qtbot.keyClick(loupe, Qt.Key.Key_Right)  # already the last one
    assert window.index == 2
    qtbot.keyClick(loupe, Qt.Key.Key_Left)
    assert loupe.record.id == photos[1]

    with qtbot.waitSignal(window.ops.changes) as blocker:
        qtbot.keyClick(loupe, Qt.Key.Key_4)
    assert catalog.item(photos[1]).rating == 4
    assert photos[1] in blocker.args[0].items  # every view hears of it
    assert window.ops.stack.count() == 1  # and it is on the undo stack
    qtbot.keyClick(loupe, Qt.Key.Key_P)
    assert catalog.item(photos[1]).flag == 1
    qtbot.keyClick(loupe, Qt.Key.Key_X)
    assert catalog.item(photos[1]).flag == -1
    qtbot.keyClick(loupe, Qt.Key.Key_U)
    assert catalog.item(photos[1]).flag == 0
    assert "★★★★☆" in loupe.status.text()
    for _ in range(4):
        window.ops.stack.undo()
    assert catalog.item(photos[1]).rating == 0
    assert "☆☆☆☆☆" in loupe.status.text()  # the loupe follows the undo


def test_exif_orientation_and_zoom_keys(qtbot: Any, catalog: Any, photos: list[int]) -> None:
    window = open_viewer(None, catalog, photos, 2, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    window.resize(120, 110)  # smaller than the 128-px photo at 125 %
    window.show()
    loupe = window.viewer
    assert isinstance(loupe, PhotoLoupe)
    image = loupe._full.get_image(photos[2])
    assert image is not None
    with Image.open(CORPUS / ROTATED) as im:
        assert (image.width(), image.height()) == (im.height, im.width)
    assert loupe.view.is_fit
    qtbot.keyClick(loupe, Qt.Key.Key_Z)  # the actual size (Ctrl+1 is the window's Grid)
    assert loupe.view.scale_factor() == pytest.approx(1.0)
    qtbot.keyClick(loupe, Qt.Key.Key_Plus)
    assert loupe.view.scale_factor() == pytest.approx(1.25)
    assert "125%" in loupe.status.text()
    h = loupe.view.horizontalScrollBar()
    before = h.value()
    qtbot.keyClick(loupe, Qt.Key.Key_Right)  # zoomed in: arrows pan, not navigate
    assert h.value() > before and window.index == 2
    qtbot.keyClick(loupe, Qt.Key.Key_Z)
    assert loupe.view.is_fit
    qtbot.keyClick(loupe, Qt.Key.Key_I)
    assert loupe.overlay.isVisible() and "Rating" in loupe.overlay.text()


def test_full_image_loads_in_background_thread(qtbot: Any, catalog: Any, photos: list[int]) -> None:
    runner = TaskRunner()
    window = open_viewer(None, catalog, photos, 1, runner=runner)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.viewer is not None)  # its record is read on a worker
    loupe = window.viewer
    assert isinstance(loupe, PhotoLoupe)
    qtbot.waitUntil(lambda: loupe._full.get_image(photos[1]) is not None, timeout=10_000)
    assert loupe.view.image_width() == loupe._full.get_image(photos[1]).width()
    assert runner.shutdown()


def test_cached_preview_first_and_stale_results_dropped(
    qtbot: Any, catalog: Any, photos: list[int]
) -> None:
    record = catalog.item(photos[1])
    small = Image.new("RGB", (80, 60), "green")
    buffer = io.BytesIO()
    small.save(buffer, "JPEG")
    catalog.thumbnails.put(record.sha256, PREVIEW, buffer.getvalue())
    runner = ManualRunner()
    window = open_viewer(None, catalog, photos, 1, runner=SyncTaskRunner(), tasks=runner)
    qtbot.addWidget(window)
    loupe = window.viewer
    assert isinstance(loupe, PhotoLoupe)
    assert not loupe.view.has_image()  # the cache is read on a worker, not as it opens
    preview_job, full_job = 0, 1  # the preview's read, the decode, then the neighbours'
    runner.run(preview_job)
    assert loupe.view.image_width() == 80  # the preview, before any decode ran
    qtbot.keyClick(loupe, Qt.Key.Key_Right)
    assert loupe.record.id == photos[2]
    runner.run(full_job)  # the Canon photo's decode finishes late
    assert loupe.view.image_width() != 80 or not loupe.view.has_image()
    assert loupe.record.id == photos[2]
    assert loupe._full.get_image(photos[1]) is not None  # kept for coming back
    assert loupe.view.image_width() != loupe._full.get_image(photos[1]).width()


@pytest.mark.parametrize(
    ("relative", "expected"),
    [
        (
            "images/broken/pillow-truncated_image.png",
            "The picture cannot be shown: the file is cut short, perhaps an incomplete copy or "
            "download.",
        ),
        ("images/broken/pillow-broken.png", "not a picture"),
        ("images/broken/pillow-decompression_bomb.gif", "unsafe"),
    ],
)
def test_bad_photos_show_a_message(
    qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path, relative: str, expected: str
) -> None:
    ids = add_items(copy_into(tmp_path / "media", relative))
    window = open_viewer(None, catalog, ids, 0, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    window.show()
    loupe = window.viewer
    assert isinstance(loupe, PhotoLoupe)
    assert loupe.error is not None and expected in loupe.error
    assert loupe.message.isVisible() and expected in loupe.message.text()


def test_compare_synchronises_zoom_and_pan(
    qtbot: Any, catalog: Any, add_items: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "media"
    folder.mkdir()
    specs = []
    for n, size in enumerate([(1200, 900), (1000, 750)]):
        Image.linear_gradient("L").resize(size).convert("RGB").save(folder / f"c{n}.jpg")
        specs.append({"name": f"c{n}.jpg", "width": size[0], "height": size[1]})
    photos = add_items(specs)
    runner = TaskRunner()
    compare = open_compare(None, catalog, photos, runner=runner)
    qtbot.addWidget(compare)
    compare.resize(800, 400)
    compare.show()
    qtbot.waitUntil(lambda: len(compare.panes) == 2)  # the photos are read on a worker
    views = [p.view for p in compare.panes]
    qtbot.waitUntil(lambda: all(v.image_width() > 0 for v in views), timeout=10_000)
    qtbot.keyClick(compare, Qt.Key.Key_Z)  # the actual size, followed by the other pane
    assert views[1].scale_factor() == pytest.approx(1.0)
    views[0].pan(30, 20)
    assert views[1].centre_fraction() == pytest.approx(views[0].centre_fraction(), abs=0.02)
    views[1].zoom_by(2)
    assert views[0].scale_factor() == pytest.approx(2.0)
    qtbot.keyClick(compare, Qt.Key.Key_Tab)
    with qtbot.waitSignal(compare.ops.changes):  # written on the write executor
        qtbot.keyClick(compare, Qt.Key.Key_5)
    assert catalog.item(photos[1]).rating == 5
    assert runner.shutdown()


def test_emit_keeps_the_refcount_of_true(qtbot: Any) -> None:
    """PySide6 6.12.0 on CPython 3.11 loses a reference to True per emit and aborts the app
    after a few thousand; pyproject excludes it. This guards against such a Qt build."""
    from PySide6.QtCore import QObject, Signal

    class Source(QObject):
        fired = Signal(float)

    source = Source()
    source.fired.connect(lambda _v: None)
    before = sys.getrefcount(True)
    for _ in range(2000):
        source.fired.emit(1.0)
    assert sys.getrefcount(True) >= before - 5


def test_the_full_size_decode_reads_a_phone_heic_in_a_fresh_process() -> None:
    """The app scans in worker processes, so its own process must set up HEIF itself."""
    import subprocess

    code = (
        "import sys\n"
        "from smparchive.gui.viewers.imaging import decode_photo\n"
        "image = decode_photo(sys.argv[1])\n"
        "print(image.width(), image.height())\n"
    )
    path = CORPUS / "heic/heif-xiaomi.heic"
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    width, height = map(int, done.stdout.split())
    assert {width, height} == {2592, 1944}

"""The viewer (loupe, compare) shows a truncated JPEG's decoded part, grey below, instead
of an error: the item's warning says it is partial."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QColor
from tests.core.ingest.test_partial_pictures import RED, cut_photo, damaged_big_photo
from tests.gui.conftest import run_as_worker
from tests.memory_peak import traced_peak


def test_decode_photo_shows_the_decoded_part(qapp: Any, tmp_path: Path) -> None:
    from smparchive.gui.viewers.imaging import decode_photo

    cut_photo(tmp_path / "cut.jpg")
    for max_edge in (None, 600):
        image = run_as_worker(decode_photo, tmp_path / "cut.jpg", max_edge)
        w, h = image.width(), image.height()
        assert max(w, h) == (1200 if max_edge is None else 600)
        top = QColor(image.pixel(w // 2, int(h * 0.25)))
        assert abs(top.red() - RED[0]) < 30 and abs(top.green() - RED[1]) < 30
        bottom = QColor(image.pixel(w // 2, h - 2))
        assert abs(bottom.red() - 128) < 8 and abs(bottom.blue() - 128) < 8


def test_a_big_damaged_photo_shows_in_bounded_memory(qapp: Any, tmp_path: Path) -> None:
    """The viewer read a damaged original whole for its decoded part: a 70 MB file held
    70 MB (a hostile one padded to gigabytes, as much). Now the file is mapped."""
    from smparchive.gui.viewers.imaging import decode_photo

    big = damaged_big_photo(tmp_path / "big.jpg")
    image, peak = traced_peak(lambda: run_as_worker(decode_photo, big, 600))
    w, h = image.width(), image.height()
    assert max(w, h) == 600
    top = QColor(image.pixel(w // 2, int(h * 0.25)))
    assert abs(top.red() - RED[0]) < 30 and abs(top.green() - RED[1]) < 30
    assert peak < 16 * 1024 * 1024, f"{peak / 2**20:.0f} MB held for a 70 MB damaged photo"


def test_a_damaged_photo_on_a_share_that_refuses_mapping_still_shows(
    qapp: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    """The viewer maps the file for its decoded part; a share that refuses mapping (SMB
    with cache=none, sshfs: ENODEV) showed the error instead. It is read there."""
    import errno
    import mmap

    from smparchive.gui.viewers.imaging import decode_photo

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise OSError(errno.ENODEV, "No such device")

    monkeypatch.setattr(mmap, "mmap", refuse)
    cut_photo(tmp_path / "cut.jpg")
    image = run_as_worker(decode_photo, tmp_path / "cut.jpg", 600)
    w, h = image.width(), image.height()
    assert max(w, h) == 600
    top = QColor(image.pixel(w // 2, int(h * 0.25)))
    assert abs(top.red() - RED[0]) < 30 and abs(top.green() - RED[1]) < 30

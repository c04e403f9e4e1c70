"""A photo whose only time is its file date, from a camera with a clock correction: the
time shown says 'corrected' only when it is."""

from __future__ import annotations

import io
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PIL import Image

from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.ingest import ScanOptions, scan


def _jpeg_with_a_camera_and_no_date() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "NIKON CORPORATION"  # Make
    exif[0x0110] = "NIKON Z 6_2"  # Model
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), "grey").save(buf, "JPEG", exif=exif.tobytes())
    return buf.getvalue()


def test_a_file_dated_photo_of_a_corrected_camera_is_moved_by_the_correction(
    tmp_path: Path,
) -> None:
    """The Nikon's clock was corrected by +1 h; a new card brought a photo it wrote without
    a date in its EXIF. Its time came from the file (the camera's clock too) and was stored
    'corrected by +1 h' without being moved; a later correction then moved it by the
    difference only. It is moved at ingest like the camera's other photos."""
    media = tmp_path / "card"
    media.mkdir()
    photo = media / "DSC_0100.JPG"
    photo.write_bytes(_jpeg_with_a_camera_and_no_date())
    written = datetime(2022, 6, 2, 7, 26, tzinfo=UTC)  # the camera's clock, an hour behind
    os.utime(photo, (written.timestamp(), written.timestamp()))
    cat = open_catalog(tmp_path / "c.smpcat", create=True)
    try:
        key = "NIKON CORPORATION|NIKON Z 6_2|"
        cat.set_clock_offset(key, 3600)
        scan(cat, [cat.add_root(media).value], options=ScanOptions(workers=0))
        (item_id,) = cat.query_ids()
        rec = cat.item(item_id)
        assert rec.capture_source == "mtime"
        assert rec.clock_shift_s == 3600
        assert rec.capture_utc == written + timedelta(hours=1)
        cat.set_clock_offset(key, 0)  # the correction withdrawn: back to what the file says
        assert cat.item(item_id).capture_utc == written
    finally:
        cat.close()

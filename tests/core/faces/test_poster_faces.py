"""Faces of a video are searched and cut from its chosen poster frame's picture (the one
every view shows), not the automatic frame an identical copy shows."""

from __future__ import annotations

import io
from types import SimpleNamespace
from typing import Any

from PIL import Image

from smparchive.core.ingest.faces import face_crops
from smparchive.core.thumbcache import PREVIEW

SHA = "cd" * 32


def _jpeg(colour: tuple[int, int, int]) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(buf, "JPEG")
    return buf.getvalue()


def _copies(catalog: Any, add_items: Any) -> tuple[int, int]:
    """Two copies of one recording with their thumbnails made, a poster frame chosen on
    the second; the automatic frame's preview is red, the chosen frame's blue."""
    video = {"kind": "video", "sha256": SHA, "thumb_state": "ok", "duration_s": 30.0}
    plain, chosen = add_items([
        {**video, "name": "a.mp4"}, {**video, "name": "b.mp4", "poster_time_s": 7.25},
    ])  # fmt: skip
    catalog.thumbnails.put(SHA, PREVIEW, _jpeg((220, 0, 0)))
    catalog.thumbnails.put(f"{SHA}@7250", PREVIEW, _jpeg((0, 0, 220)))
    return plain, chosen


def test_faces_are_searched_on_the_chosen_poster_frame(catalog: Any, add_items: Any) -> None:
    plain, chosen = _copies(catalog, add_items)
    keys = {t.id: t.picture_key for t in catalog.face_targets()}
    assert keys == {plain: SHA, chosen: f"{SHA}@7250"}


def test_a_face_is_cut_from_the_chosen_poster_frame(catalog: Any, add_items: Any) -> None:
    plain, chosen = _copies(catalog, add_items)
    faces = [
        SimpleNamespace(id=n, item_id=item, x=0.25, y=0.25, w=0.5, h=0.5)
        for n, item in ((1, plain), (2, chosen))
    ]
    crops = face_crops(catalog, faces)
    red, _g, blue = Image.open(io.BytesIO(crops[2])).convert("RGB").getpixel((40, 40))
    assert blue > 150 > red  # People view: the chosen frame's face
    red, _g, blue = Image.open(io.BytesIO(crops[1])).convert("RGB").getpixel((40, 40))
    assert red > 150 > blue

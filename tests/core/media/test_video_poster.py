"""A video's poster frame at the time the person chose (the one way it is taken)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from smparchive.core.media.thumbnails import ThumbnailUnavailable, video_poster


def test_the_frame_at_the_chosen_time_or_a_plain_reason(tmp_path: Path) -> None:
    av = pytest.importorskip("av")
    path = tmp_path / "clip.mp4"
    with av.open(str(path), "w") as out:
        stream = out.add_stream("mpeg4", rate=10)
        stream.width, stream.height, stream.pix_fmt = 64, 48, "yuv420p"
        for i in range(30):
            shade = 0 if i < 15 else 250
            frame = av.VideoFrame.from_image(Image.new("RGB", (64, 48), (shade, shade, shade)))
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    dark = Image.open(io.BytesIO(video_poster(path, [32], at_s=0.5)[32]))
    light = Image.open(io.BytesIO(video_poster(path, [32], at_s=2.5)[32]))
    assert max(dark.size) == 32
    assert dark.convert("L").getpixel((10, 10)) < 60 < light.convert("L").getpixel((10, 10))
    with pytest.raises(ThumbnailUnavailable) as raised:
        video_poster(tmp_path / "missing.mp4", [32], at_s=1.0)
    # in words a person reads, not the decoder's ("[Errno 2] No such file or directory")
    assert str(raised.value) == "The video cannot be opened (the file is no longer there)."

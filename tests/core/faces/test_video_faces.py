"""Faces on a video's poster frame: a recording of a speaker is found by `person:` and
`faces:` like their photos."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

from PIL import Image
from tests.core.faces.conftest import FACES, by_name, copy_photos, needs_faces

from smparchive.core.domain.query import parse_search

pytestmark = needs_faces


def _video_of(picture: Path, target: Path, seconds: int = 3) -> Path:
    """A short MP4 whose every frame is ``picture`` on a wider grey stage."""
    import av

    from smparchive.core.demo.video import video_codec

    face = Image.open(picture).convert("RGB")
    face.thumbnail((360, 360))
    frame = Image.new("RGB", (640, 360), (90, 90, 90))
    frame.paste(face, ((640 - face.width) // 2, (360 - face.height) // 2))
    with av.open(str(target), "w", format="mp4") as container:
        stream = container.add_stream(video_codec(), rate=10)
        stream.width, stream.height, stream.pix_fmt = 640, 360, "yuv420p"
        stream.time_base = Fraction(1, 10)
        for n in range(10 * seconds):
            vf = av.VideoFrame.from_image(frame)
            vf.pts = n
            for packet in stream.encode(vf):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return target


def test_a_face_on_a_videos_poster_frame_is_found_and_named(tmp_path: Path) -> None:
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.ingest import ScanOptions, build_thumbnails, scan
    from smparchive.core.ingest.faces import face_crops, scan_faces

    root = copy_photos(tmp_path / "media", ["obama-1.jpg", "obama-2.jpg", "biden-1.jpg"])
    _video_of(FACES / "obama-3.jpg", root / "keynote.mp4")
    cat = open_catalog(tmp_path / "c.smpcat", create=True)
    try:
        cat.add_root(root)
        scan(cat, options=ScanOptions(workers=0))
        build_thumbnails(cat, options=ScanOptions(workers=0))
        cat.set_faces_enabled(True)
        report = scan_faces(cat, options=ScanOptions(workers=0))
        assert report.photos == 4 and report.failed == 0
        faces = by_name(cat)
        (on_video,) = faces["keynote.mp4"]
        (first,) = faces["obama-1.jpg"]
        assert on_video.cluster == first.cluster  # the same man as in his photos
        assert face_crops(cat, [on_video])[on_video.id][:2] == b"\xff\xd8"  # People view

        def names(query: str) -> set[str]:
            return {r.name for r in cat.items(cat.query_ids(parse_search(query, cat).filter))}

        assert "keynote.mp4" in names("faces:1")
        assert "keynote.mp4" in names("person:unknown")
        cat.name_cluster(int(first.cluster or 0), "Barack Obama")
        assert names('person:"Barack Obama"') == {"obama-1.jpg", "obama-2.jpg", "keynote.mp4"}
        assert names('person:"Barack Obama" kind:video') == {"keynote.mp4"}
    finally:
        cat.close()

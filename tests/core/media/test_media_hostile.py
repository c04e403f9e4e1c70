"""Hostile and broken inputs: probe_file never raises, never hangs, and says why."""

from __future__ import annotations

import io
import os
import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from smparchive.core.media import safety
from smparchive.core.media.info import Kind, Outcome
from smparchive.core.media.probe import make_thumbnails, probe_file


def _jpeg(size: tuple[int, int] = (640, 480)) -> bytes:
    im = Image.linear_gradient("L").resize(size).convert("RGB")
    out = io.BytesIO()
    im.save(out, "JPEG", quality=90)
    return out.getvalue()


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


@pytest.mark.parametrize("name", ["empty.jpg", "empty.mp4", "empty.pdf", "empty.pptx", "x.heic"])
def test_zero_byte_files_are_errors(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    result = probe_file(path)
    assert result.info.outcome is Outcome.ERROR
    assert result.info.problems == ["The file is empty (0 bytes)."]
    assert result.thumbnail is None
    assert result.sha256 == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def test_truncated_jpeg_is_a_warning_with_its_partial_picture(tmp_path: Path) -> None:
    data = _jpeg()
    path = tmp_path / "cut.jpg"
    path.write_bytes(data[: len(data) // 2])
    result = probe_file(path)
    assert result.info.outcome is Outcome.WARNING
    assert (result.info.width, result.info.height) == (640, 480)
    assert any("truncated" in p for p in result.info.problems)
    assert result.thumbnail is not None  # the decoded top, grey below, as viewers show it
    assert make_thumbnails(path, Kind.PHOTO, [256])[256] is not None


def test_png_claiming_huge_dimensions_is_refused(tmp_path: Path) -> None:
    ihdr = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IEND", b"")
    path = tmp_path / "huge.png"
    path.write_bytes(data)
    info = probe_file(path).info
    assert info.outcome is Outcome.ERROR
    assert "could exhaust the memory" in info.problems[0]


def test_pptx_that_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "talk.pptx"
    path.write_text("this is not a presentation\n")
    result = probe_file(path)
    assert result.info.outcome is Outcome.ERROR and result.thumbnail is None


def test_pptx_zip_that_is_truncated(tmp_path: Path, corpus: Path) -> None:
    data = (corpus / "slides/pptx-test.pptx").read_bytes()
    path = tmp_path / "cut.pptx"
    path.write_bytes(data[: len(data) // 2])
    result = probe_file(path)
    assert result.info.outcome is Outcome.ERROR


def test_zip_bomb_pptx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.pptx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", b"<Types>presentationml</Types>")
        zf.writestr("ppt/media/zeros.bin", b"\x00" * (16 * 1024 * 1024))
    result = probe_file(path)
    assert result.info.outcome is Outcome.ERROR
    assert "zip bomb" in result.info.problems[0]


def test_zip_with_huge_declared_total_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(safety, "MAX_ZIP_TOTAL", 1000)
    path = tmp_path / "big.odp"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("mimetype", b"application/vnd.oasis.opendocument.presentation")
        zf.writestr("content.xml", b"<a/>" + b" " * 2000)
    info = probe_file(path).info
    assert info.outcome is Outcome.ERROR and "expand" in info.problems[0]


ENTITY_BOMB = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    b"<root>&lol3;</root>"
)


@pytest.mark.parametrize(
    ("name", "members"),
    [
        (
            "bomb.docx",
            {
                "[Content_Types].xml": b"<Types>wordprocessingml</Types>",
                "word/document.xml": ENTITY_BOMB,
            },
        ),
        (
            "bomb.pptx",
            {
                "[Content_Types].xml": b"<Types>presentationml</Types>",
                "ppt/presentation.xml": ENTITY_BOMB,
            },
        ),
        (
            "bomb.odt",
            {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": ENTITY_BOMB},
        ),
        (
            "hidden.pptx",
            {
                "[Content_Types].xml": b"<Types>presentationml</Types>",
                "docProps/core.xml": b"<?xml version='1.0'?><!-- a comment -->" + ENTITY_BOMB[22:],
            },
        ),
    ],
)
def test_xml_entity_bombs_are_refused(tmp_path: Path, name: str, members: dict[str, bytes]) -> None:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as zf:
        for member, data in members.items():
            zf.writestr(member, data)
    info = probe_file(path).info
    assert info.outcome is Outcome.ERROR
    assert "DOCTYPE or ENTITY" in info.problems[0]


def test_garbage_pdf_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.pdf"
    path.write_bytes(b"%PDF-1.4\n" + os.urandom(2000))
    result = probe_file(path)
    assert result.info.kind is Kind.DOCUMENT
    assert result.info.outcome is Outcome.ERROR and result.thumbnail is None


def test_non_utf8_and_very_long_file_names(tmp_path: Path) -> None:
    data = _jpeg((64, 48))
    odd = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9 \xff photo.jpg"))
    long = tmp_path / ("é" * 100 + "x" * 40 + ".jpg")  # 245 bytes in UTF-8
    for path in (odd, long):
        path.write_bytes(data)
        result = probe_file(path)
        assert result.info.outcome is Outcome.OK, result.info.problems
        assert result.thumbnail is not None


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    result = probe_file(tmp_path / "gone.jpg")
    assert result.info.outcome is Outcome.ERROR and result.sha256 is None


def _mp4(path: Path, frames: int = 30) -> None:
    import av

    with av.open(str(path), "w") as out:
        stream = out.add_stream("mpeg4", rate=10)
        stream.width, stream.height, stream.pix_fmt = 96, 64, "yuv420p"
        for i in range(frames):
            colour = (0, 0, 0) if i < frames // 2 else (200, 40 + i * 3, 90)
            im = Image.new("RGB", (96, 64), colour)
            if i >= frames // 2:
                im.paste((20, 20, 220), (0, 0, 48, 64))
                im.paste(Image.linear_gradient("L").resize((48, 64)).convert("RGB"), (48, 0))
            frame = av.VideoFrame.from_image(im)
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)


def test_truncated_mp4_is_not_ok(tmp_path: Path) -> None:
    whole = tmp_path / "whole.mp4"
    _mp4(whole)
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    result = probe_file(cut)
    assert result.info.outcome is not Outcome.OK
    assert result.thumbnail is None and result.info.problems


def test_video_poster_skips_black_frames(tmp_path: Path) -> None:
    path = tmp_path / "clip.mp4"
    _mp4(path, frames=40)
    result = probe_file(path)
    assert result.info.outcome is Outcome.OK
    assert (result.info.width, result.info.height) == (96, 64)
    assert result.info.frame_rate == pytest.approx(10)
    assert result.thumbnail is not None
    with Image.open(io.BytesIO(result.thumbnail)) as thumb:
        assert thumb.size == (96, 64)
        assert max(thumb.convert("L").getextrema()) > 100  # not one of the black frames


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.binary(min_size=1, max_size=600),
    name=st.sampled_from(
        ["a.jpg", "a.png", "a.heic", "a.mp4", "a.mkv", "a.pdf", "a.pptx", "a.odp"]
    ),
    prefix=st.sampled_from(
        [b"", b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"%PDF-1.4\n", b"\x00\x00\x00\x18ftypisom"]
    ),
)
def test_probe_never_raises_on_random_bytes(
    tmp_path: Path, data: bytes, name: str, prefix: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(prefix + data)
    result = probe_file(path)
    assert result.info.outcome in (Outcome.OK, Outcome.WARNING, Outcome.ERROR)
    if result.info.outcome is not Outcome.OK:
        assert result.info.problems and result.thumbnail is None

"""Content-signature classification and hashing."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import pytest

from smparchive.core.media.classify import classify, read_head
from smparchive.core.media.hashing import sha256_bytes, sha256_file
from smparchive.core.media.info import Kind


def _ftyp(major: bytes, *compat: bytes) -> bytes:
    body = major + b"\x00\x00\x00\x00" + b"".join(compat)
    return (8 + len(body)).to_bytes(4, "big") + b"ftyp" + body + b"\x00" * 64


def _ts(offset: int, stride: int) -> bytes:
    packet = bytearray(stride * 6)
    for i in range(6):
        packet[offset + i * stride] = 0x47
    return bytes(packet)


SIGNATURES = [
    ("a.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF", Kind.PHOTO, "JPEG"),
    ("a.jpg", b"\x89PNG\r\n\x1a\n\x00\x00", Kind.PHOTO, "PNG"),  # content beats extension
    ("a.gif", b"GIF89a\x01\x00", Kind.PHOTO, "GIF"),
    ("a.tif", b"II*\x00\x08\x00\x00\x00", Kind.PHOTO, "TIFF"),
    ("a.tif", b"MM\x00*\x00\x00\x00\x08", Kind.PHOTO, "TIFF"),
    ("a.webp", b"RIFF\x00\x00\x00\x00WEBPVP8 ", Kind.PHOTO, "WEBP"),
    ("a.heic", _ftyp(b"heic", b"mif1", b"heic"), Kind.PHOTO, "HEIC"),
    ("a.heif", _ftyp(b"mif1", b"mif1", b"heic"), Kind.PHOTO, "HEIC"),
    ("a.heif", _ftyp(b"mif1", b"mif1"), Kind.PHOTO, "HEIF"),
    ("a.mp4", _ftyp(b"isom", b"isom", b"avc1"), Kind.VIDEO, "MP4"),
    ("a.mov", _ftyp(b"qt  ", b"qt  "), Kind.VIDEO, "MOV"),
    ("a.mov", b"\x00\x00\x00\x20moov" + b"\x00" * 40, Kind.VIDEO, "MOV"),
    ("a.m4a", _ftyp(b"M4A ", b"M4A ", b"isom"), Kind.AUDIO, "M4A"),
    ("a.3gp", _ftyp(b"3gp4", b"3gp4"), Kind.VIDEO, "3GP"),
    ("a.mkv", b"\x1a\x45\xdf\xa3\x9f\x42\x82\x88matroska", Kind.VIDEO, "MKV"),
    ("a.webm", b"\x1a\x45\xdf\xa3\x9f\x42\x82\x84webm", Kind.VIDEO, "WEBM"),
    ("a.avi", b"RIFF\x00\x00\x00\x00AVI LIST", Kind.VIDEO, "AVI"),
    ("a.wav", b"RIFF\x00\x00\x00\x00WAVEfmt ", Kind.AUDIO, "WAV"),
    ("a.ts", _ts(0, 188), Kind.VIDEO, "MPEG-TS"),
    ("a.mts", _ts(4, 192), Kind.VIDEO, "M2TS"),
    ("a.mpg", b"\x00\x00\x01\xba\x44", Kind.VIDEO, "MPEG-PS"),
    ("a.mp3", b"ID3\x04\x00\x00\x00\x00\x00\x00", Kind.AUDIO, "MP3"),
    ("a.mp3", b"\xff\xfb\x90\x64" + b"\x00" * 20, Kind.AUDIO, "MP3"),
    ("a.flac", b"fLaC\x00\x00\x00\x22", Kind.AUDIO, "FLAC"),
    ("a.ogg", b"OggS\x00\x02" + b"\x00" * 22 + b"\x01vorbis", Kind.AUDIO, "OGG"),
    ("a.ogv", b"OggS\x00\x02" + b"\x00" * 22 + b"\x80theora", Kind.VIDEO, "OGV"),
    ("a.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", Kind.DOCUMENT, "PDF"),
    ("a.pdf", b"junk before header\n%PDF-1.4\n", Kind.DOCUMENT, "PDF"),
    ("a.ppt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 8, Kind.SLIDES, "PPT"),
    ("a.txt", b"hello world, plain text", Kind.OTHER, None),
]


@pytest.mark.parametrize(("name", "data", "kind", "fmt"), SIGNATURES)
def test_signatures(tmp_path: Path, name: str, data: bytes, kind: Kind, fmt: str | None) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    got_kind, mime, got_fmt = classify(path, read_head(path))
    assert (got_kind, got_fmt) == (kind, fmt)
    assert (mime is None) == (fmt is None)


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


ZIPS = [
    ("deck.zip", {"[Content_Types].xml": b"<Types>presentationml</Types>"}, Kind.SLIDES, "PPTX"),
    ("doc.bin", {"[Content_Types].xml": b"<Types>wordprocessingml</Types>"}, Kind.DOCUMENT, "DOCX"),
    (
        "x.zip",
        {"mimetype": b"application/vnd.oasis.opendocument.presentation"},
        Kind.SLIDES,
        "ODP",
    ),
    ("x.zip", {"mimetype": b"application/vnd.oasis.opendocument.text"}, Kind.DOCUMENT, "ODT"),
    ("talk.key", {"Index/Document.iwa": b"", "preview.jpg": b""}, Kind.SLIDES, "KEY"),
    ("broken.pptx", {"ppt/": b""}, Kind.SLIDES, "PPTX"),  # members say nothing: extension
    ("plain.zip", {"a.txt": b"x"}, Kind.OTHER, "ZIP"),
]


@pytest.mark.parametrize(("name", "members", "kind", "fmt"), ZIPS)
def test_zip_containers(
    tmp_path: Path, name: str, members: dict[str, bytes], kind: Kind, fmt: str
) -> None:
    path = _zip(tmp_path / name, members)
    assert classify(path, read_head(path))[::2] == (kind, fmt)


def test_mpo_needs_mpf_marker_and_extension(tmp_path: Path) -> None:
    head = b"\xff\xd8\xff\xe2\x00\x58MPF\x00" + b"\x00" * 80
    mpo = tmp_path / "a.mpo"
    mpo.write_bytes(head)
    jpg = tmp_path / "a.jpg"
    jpg.write_bytes(head)
    assert classify(mpo, head)[2] == "MPO"
    assert classify(jpg, head)[2] == "JPEG"


def test_sha256_file_streams_in_chunks(tmp_path: Path) -> None:
    data = bytes(range(256)) * (4096 * 3) + b"tail!"  # 3 MiB + 5 bytes
    path = tmp_path / "blob.bin"
    path.write_bytes(data)
    expected = hashlib.sha256(data).hexdigest()
    assert sha256_file(path) == expected
    assert sha256_file(path, chunk_size=1000) == expected
    assert sha256_bytes(data) == expected
    assert sha256_bytes(io.BytesIO(b"").getvalue()) == hashlib.sha256(b"").hexdigest()

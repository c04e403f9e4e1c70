"""Helpers for export tests: small real JPEGs with EXIF, and entries describing them."""

from __future__ import annotations

import functools
import hashlib
import io
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import av
import numpy as np
from PIL import Image

from smparchive.core.export import (
    ConsentStatus,
    EventInfo,
    ExportEntry,
    ExportSettings,
    Kind,
)

SERIAL = "SN-4242-SECRET"
LENS_SERIAL = "LENS-9999"
OWNER = "Private Owner Name"
CEST = timezone(timedelta(hours=2))
LOCATION = "+50.8503+004.3517/"  # Brussels, as ISO 6709


@functools.lru_cache(maxsize=16)
def jpeg_bytes(
    size: tuple[int, int] = (640, 480),
    orientation: int = 6,
    gps: bool = True,
    icc: bytes | None = None,
    seed: int = 0,
) -> bytes:
    """A photo-like JPEG: a red marker in the stored top-left corner, noise elsewhere."""
    w, h = size
    im = Image.effect_noise(size, 40 + seed % 7).convert("RGB")
    im.paste((255, 0, 0), (0, 0, w // 8, h // 8))
    exif = Image.Exif()
    exif[0x010F] = "Canon"
    exif[0x0110] = "EOS R6"
    exif[0x0112] = orientation
    exif[0x013B] = OWNER  # Artist written by the camera owner
    exif[0x8769] = {
        0xA431: SERIAL,  # BodySerialNumber
        0xA435: LENS_SERIAL,  # LensSerialNumber
        0xA430: OWNER,  # CameraOwnerName
        0x829A: (1.0 / 125),  # ExposureTime
        0x9003: "2024:05:14 10:15:00",
        0x9286: b"ASCII\x00\x00\x00private note",  # UserComment
    }
    if gps:
        exif[0x8825] = {1: "N", 2: (52.0, 22.0, 8.0), 3: "E", 4: (4.0, 53.0, 42.0)}
    out = io.BytesIO()
    kwargs: dict[str, Any] = {"exif": exif.tobytes(), "quality": 92}
    if icc:
        kwargs["icc_profile"] = icc
    im.save(out, "JPEG", **kwargs)
    return out.getvalue()


def entry_for(path: Path, item_id: str, kind: Kind = Kind.PHOTO, **kw: Any) -> ExportEntry:
    data = path.read_bytes()
    mime = {
        Kind.PHOTO: "image/jpeg",
        Kind.VIDEO: "video/mp4",
        Kind.SLIDES: "application/pdf",
        Kind.DOCUMENT: "application/pdf",
    }.get(kind, "application/octet-stream")
    base: dict[str, Any] = dict(
        item_id=item_id,
        source=path,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        kind=kind,
        mime=mime,
        original_name=path.name,
        capture=datetime(2024, 5, 14, 10, 15, tzinfo=CEST),
        title={"en": f"Keynote moment {item_id}", "nl": f"Keynote-moment {item_id}"},
        caption={"en": "The speaker answers a question"},
        alt_text={"en": "A woman at a lectern gestures towards a slide"},
        creator="Ana Fotógrafa",
        credit_line="Photo: Ana Fotógrafa / SMP",
        copyright="© 2024 SMP Conference",
        licence="https://creativecommons.org/licenses/by/4.0/",
        keywords=("keynote", "conference"),
        hierarchical_keywords=("SMP 2024|Day 1|Keynote",),
        people=("Dr. Jane Doe",),
        event_title="SMP Conference 2024",
        event_acronym="SMP24",
        day_date=date(2024, 5, 14),
        day_label="Day 1",
        session_title="Opening keynote",
        session_room="Aula",
        session_speakers=("Jane Doe", "John Roe"),
        consent=ConsentStatus.CLEARED,
        width=640,
        height=480,
        orientation=6,
    )
    base.update(kw)
    return ExportEntry(**base)


def mux_frames(container: Any, stream: Any, frames: int = 10, *, flush: bool = True) -> None:
    """Encode ``frames`` small gradient pictures into ``stream`` (64x48) and mux them;
    ``flush``: the encoder's last packets too."""
    for i in range(frames):
        frame = av.VideoFrame.from_image(Image.new("RGB", (64, 48), (20 * i, 100, 50)))
        for packet in stream.encode(frame):
            container.mux(packet)
    if flush:
        for packet in stream.encode():
            container.mux(packet)


def phone_video(path: Path, rotation: int = 90, frames: int = 10) -> None:
    """An MP4 as a phone writes it: ISO 6709 location (udta ©xyz and Apple keys), make,
    model and software, a display matrix (shot upright), video and audio."""
    with av.open(
        str(path), "w", format="mp4", options={"movflags": "use_metadata_tags"}
    ) as container:
        container.metadata["location"] = LOCATION
        container.metadata["com.apple.quicktime.location.ISO6709"] = LOCATION
        container.metadata["com.apple.quicktime.make"] = "Apple"
        container.metadata["com.apple.quicktime.model"] = "iPhone 12"
        container.metadata["com.apple.quicktime.software"] = "17.1"
        container.metadata["creation_time"] = "2024-05-14T08:15:00Z"
        video = container.add_stream("mpeg4", rate=10)
        video.width, video.height, video.pix_fmt = 64, 48, "yuv420p"
        video.set_display_rotation(rotation)
        audio = container.add_stream("aac", rate=8000, layout="mono")
        mux_frames(container, video, frames, flush=False)
        for i in range(frames * 8000 // 10 // 1024):
            sound = av.AudioFrame.from_ndarray(
                np.zeros((1, 1024), dtype=np.float32), format="fltp", layout="mono"
            )
            sound.sample_rate, sound.pts = 8000, i * 1024
            for packet in audio.encode(sound):
                container.mux(packet)
        for stream in (video, audio):
            for packet in stream.encode():
                container.mux(packet)


EVENT = EventInfo(
    title="SMP Conference 2024",
    acronym="SMP24",
    organisation="SMP Society",
    description="Three days on scholarly media",
    location="Leiden",
    start=date(2024, 5, 14),
    end=date(2024, 5, 16),
)


def big_pdf(path: Path, pages: int = 3, extra: int = 70 * 1024 * 1024) -> Path:
    """A valid PDF of ``pages`` pages, its author named, carrying ``extra`` bytes of an
    attached recording (as a conference deck's PDF with its video): a big file whose pages
    render quickly."""
    import os

    import pikepdf

    pdf = pikepdf.new()
    pdf.docinfo["/Author"] = OWNER
    for n in range(pages):
        page = pdf.add_blank_page(page_size=(400, 300))
        shade = f"{0.2 * (n % 5):.1f} 0.4 0.6 rg 0 0 400 300 re f".encode()
        page.Contents = pikepdf.Stream(pdf, shade)
    video = pikepdf.AttachedFileSpec(pdf, os.urandom(extra), filename="talk.mp4")
    pdf.attachments["talk.mp4"] = video
    pdf.save(path)
    return path


def soffice_copying(bin_dir: Path, pdf: Path) -> Path:
    """A stand-in for LibreOffice on ``bin_dir`` that "converts" any deck to ``pdf`` (a
    streamed copy into --outdir, named as LibreOffice names it)."""
    from tests.stand_ins import copies, soffice

    return soffice(bin_dir, copies(pdf))


def settings(out: Path, name: str = "bundle", **kw: Any) -> ExportSettings:
    return ExportSettings(target_dir=out, bundle_name=name, **kw)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


__all__ = [
    "CEST",
    "EVENT",
    "LENS_SERIAL",
    "LOCATION",
    "OWNER",
    "SERIAL",
    "UTC",
    "big_pdf",
    "entry_for",
    "jpeg_bytes",
    "phone_video",
    "replace",
    "settings",
    "sha256",
    "soffice_copying",
]

"""Videos in publication exports: remuxed (stream copy) without the phone's location and
device, playing as the original does; kept byte for byte only when all metadata is kept."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest
from export_helpers import EVENT, entry_for, mux_frames, phone_video, settings, sha256

from smparchive.core.export import (
    ORIGINALS,
    SOCIAL,
    WEB,
    ExportEntry,
    Kind,
    MetadataPolicy,
    plan_export,
    run_export,
)
from smparchive.core.progress import Cancelled, CancelToken

PRIVATE = ("location", "iso6709", "make", "model", "software", "encoder", "lavf")


def facts(path: Path) -> dict[str, Any]:
    """What a player and a metadata reader see of ``path``."""
    with av.open(str(path)) as c:
        tags = dict(c.metadata)
        for s in c.streams:
            tags |= {f"{s.type}:{k}": v for k, v in s.metadata.items()}
        video = c.streams.video[0]
        rotations = [f.rotation for f in c.decode(video)]
        c.seek(0)
        samples = sum(f.samples for f in c.decode(audio=0))
        return {
            "tags": tags,
            "frames": len(rotations),
            "rotation": set(rotations),
            "samples": samples,
            "duration": c.duration,
            "streams": [s.type for s in c.streams],
        }


def leaks(tags: dict[str, str]) -> list[str]:
    return [
        f"{k}={v}"
        for k, v in tags.items()
        if any(word in k.lower() or word in v.lower() for word in PRIVATE)
        or "50.85" in v
        or "Apple" in v
        or "iPhone" in v
    ]


@pytest.fixture
def phone(tmp_path: Path) -> ExportEntry:
    src = tmp_path / "src"
    src.mkdir()
    path = src / "IMG_1234.MP4"
    phone_video(path)
    return entry_for(path, "v1", Kind.VIDEO, mime="video/mp4", duration_s=1.0, width=64, height=48)


def exported_video(report: Any) -> Path:
    [file] = [f for f in report.files if f.kind == "video"]
    return Path(report.payload_root / file.path)


@pytest.mark.parametrize(
    ("preset", "policy"),
    [(WEB, None), (SOCIAL, None), (WEB, MetadataPolicy.STRIP_ALL)],
    ids=["web", "social", "strip"],
)
def test_published_video_has_no_location_or_device_and_plays_the_same(
    phone: ExportEntry, out_dir: Path, preset: Any, policy: MetadataPolicy | None
) -> None:
    before = facts(phone.source)
    assert leaks(before["tags"])  # the fixture is a phone video with its location
    report = run_export(
        plan_export([phone], settings(out_dir, preset=preset, metadata=policy), EVENT)
    )
    assert not report.problems
    video = exported_video(report)
    after = facts(video)
    assert leaks(after["tags"]) == []
    # the publication still plays as the original: streams, pictures, sound, duration and
    # the display matrix (not turned sideways)
    assert after["streams"] == before["streams"]
    assert after["frames"] == before["frames"] == 10
    assert after["samples"] == before["samples"]
    assert after["duration"] == pytest.approx(before["duration"], abs=50_000)
    assert after["rotation"] == before["rotation"] == {90}
    assert sha256(phone.source) == phone.sha256  # the original is untouched
    [row] = [f for f in report.files if f.kind == "video"]
    assert row.sha256 == sha256(video) and row.size == video.stat().st_size
    if policy is None:  # publication: the catalogue's title, creator and rights
        assert after["tags"]["title"] == "Keynote moment v1"
        assert after["tags"]["artist"] == "Ana Fotógrafa"
        assert after["tags"]["copyright"] == "© 2024 SMP Conference"
    else:
        assert not {"title", "artist", "copyright", "creation_time"} & set(after["tags"])


def test_only_exports_keeping_all_metadata_copy_the_video_bytes(
    phone: ExportEntry, out_dir: Path
) -> None:
    """Originals and ``--metadata keep`` are the file as shot; publication is not."""
    digests = {}
    for name, preset, policy in (
        ("originals", ORIGINALS, None),
        ("keep", WEB, MetadataPolicy.KEEP_ALL),
        ("web", WEB, None),
    ):
        plan = plan_export([phone], settings(out_dir, name, preset=preset, metadata=policy), EVENT)
        digests[name] = sha256(exported_video(run_export(plan)))
    assert digests["originals"] == digests["keep"] == phone.sha256 != digests["web"]


def test_video_that_cannot_be_remuxed_is_left_out_with_its_reason(
    tmp_path: Path, out_dir: Path
) -> None:
    """Never published with its location by default: reported, the rest exports."""
    path = tmp_path / "broken.mp4"
    path.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 400)
    entry = entry_for(path, "v9", Kind.VIDEO, mime="video/mp4")
    report = run_export(plan_export([entry], settings(out_dir, preset=WEB), EVENT))
    assert [f for f in report.files if f.kind == "video"] == []
    [trouble] = report.problems
    assert trouble.item_id == "v9"
    assert "broken.mp4" in trouble.message and "metadata" in trouble.message


def test_remux_stops_when_cancelled_and_leaves_nothing(phone: ExportEntry, tmp_path: Path) -> None:
    from smparchive.core.export.videometa import clean_video

    cancel = CancelToken()
    cancel.cancel()
    target = tmp_path / "out.mp4"
    with pytest.raises(Cancelled):
        clean_video(phone.source, target, {}, cancel)
    assert not target.exists()


def voice_memo(path: Path) -> None:
    """An M4A as a phone's recorder writes it: the place (ISO 6709) and the owner's name."""
    options = {"movflags": "use_metadata_tags"}
    with av.open(str(path), "w", format="ipod", options=options) as container:
        container.metadata["location"] = "+50.8503+004.3517/"
        container.metadata["com.apple.quicktime.location.ISO6709"] = "+50.8503+004.3517/"
        container.metadata["artist"] = "iPhone of Jan"
        audio = container.add_stream("aac", rate=8000, layout="mono")
        for i in range(8):
            sound = av.AudioFrame.from_ndarray(
                np.zeros((1, 1024), dtype=np.float32), format="fltp", layout="mono"
            )
            sound.sample_rate, sound.pts = 8000, i * 1024
            for packet in audio.encode(sound):
                container.mux(packet)
        for packet in audio.encode():
            container.mux(packet)


def test_published_audio_recording_has_no_location(tmp_path: Path, out_dir: Path) -> None:
    path = tmp_path / "memo.m4a"
    voice_memo(path)
    entry = entry_for(path, "a1", Kind.AUDIO, mime="audio/mp4", creator="")
    report = run_export(plan_export([entry], settings(out_dir, preset=WEB), EVENT))
    assert not report.problems
    [file] = report.files
    out = report.payload_root / file.path
    with av.open(str(path)) as a, av.open(str(out)) as b:
        assert leaks(dict(a.metadata)) and leaks(dict(b.metadata)) == []
        assert "iPhone of Jan" not in b.metadata.values()
        assert sum(f.samples for f in b.decode(audio=0)) == sum(
            f.samples for f in a.decode(audio=0)
        )


@pytest.mark.skipif("libx265" not in av.codecs_available, reason="this PyAV has no HEVC encoder")
def test_published_hevc_phone_video_keeps_the_tag_apple_players_need(
    tmp_path: Path, out_dir: Path
) -> None:
    """iPhones write HEVC tagged hvc1; FFmpeg's default for MP4 is hev1, which QuickTime,
    Safari and iOS refuse to play: the remux keeps the source's tag."""
    path = tmp_path / "IMG_2000.MOV"
    with av.open(str(path), "w", format="mov") as container:
        container.metadata["location"] = "+50.8503+004.3517/"
        video = container.add_stream("libx265", rate=10, options={"log-level": "error"})
        video.width, video.height, video.pix_fmt = 64, 48, "yuv420p"
        video.codec_tag = "hvc1"
        mux_frames(container, video)
    entry = entry_for(path, "v2", Kind.VIDEO, mime="video/quicktime")
    report = run_export(plan_export([entry], settings(out_dir, preset=WEB), EVENT))
    out = exported_video(report)
    with av.open(str(out)) as c:
        assert leaks(dict(c.metadata)) == []
        assert c.streams.video[0].codec_context.codec_tag == "hvc1"
        assert sum(1 for _ in c.decode(video=0)) == 10


def test_a_video_dated_by_its_file_gets_no_recording_date(phone: ExportEntry) -> None:
    """A recording's creation_time comes from its own metadata: a file's modification
    time (copied from a card, saved by an editor) is not when it was recorded, as for
    photos (ExportEntry.created)."""
    from dataclasses import replace
    from datetime import UTC, datetime

    from smparchive.core.export.videometa import video_tags
    from smparchive.core.media.kinds import TimeSource

    when = datetime(2022, 6, 1, 9, 30, tzinfo=UTC)
    dated = replace(phone, capture=when, time_source=TimeSource.CONTAINER_UTC)
    assert video_tags(dated, MetadataPolicy.PUBLICATION, "en")["creation_time"].startswith(
        "2022-06-01T09:30:00"
    )
    by_file = replace(dated, time_source=TimeSource.FILE_MTIME)
    assert "creation_time" not in video_tags(by_file, MetadataPolicy.PUBLICATION, "en")

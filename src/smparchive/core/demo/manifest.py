"""What the demo generator wrote, with the ground truth tests and tours need.

The manifest is also saved as ``.smparchive-demo.json`` in the demo folder: its presence
marks the folder as a demo, so re-generating into it is allowed.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from datetime import datetime
from pathlib import Path
from typing import Any

MARKER = ".smparchive-demo.json"
FORMAT_VERSION = 1


@dataclass(frozen=True, slots=True)
class DemoCamera:
    """A camera body; ``clock_offset_s`` is its clock minus true time (B runs an hour late)."""

    label: str
    make: str
    model: str
    serial: str
    clock_offset_s: int


@dataclass(frozen=True, slots=True)
class DemoPhoto:
    """One JPEG: where it is, which camera took it, and when it was really taken."""

    path: str  # relative POSIX path inside the demo folder
    camera: str  # DemoCamera.label
    serial: str
    captured_utc: datetime  # the true moment (aware, UTC)
    exif_local: datetime  # DateTimeOriginal as written by the camera (naive)
    exif_offset: str | None  # OffsetTimeOriginal when the camera wrote one
    orientation: int  # EXIF orientation (6 = rotate 90° clockwise to display)
    gps: tuple[float, float] | None  # (latitude, longitude) when written
    session_key: str | None  # the session running at the true moment (None in breaks)
    session_guid: str | None


@dataclass(frozen=True, slots=True)
class DemoRecording:
    """One MP4 recording of a session."""

    path: str
    session_key: str
    session_guid: str
    creation_utc: datetime  # container creation_time: the session start
    duration_s: float
    holding_s: float  # black and colour-bar frames before the stage content
    video_codec: str
    width: int
    height: int
    fps: int


@dataclass(frozen=True, slots=True)
class DemoDayRecording:
    """A livestream capture of several sessions in one file: where it really changes
    (seconds into the file) and which session starts there (None: a holding picture)."""

    path: str
    creation_utc: datetime  # container creation_time: when the capture started
    duration_s: float
    changes: tuple[tuple[float, str | None], ...]


@dataclass(frozen=True, slots=True)
class DemoDocument:
    """A slide deck or document."""

    path: str
    format: str  # "pptx" or "pdf"
    title: str
    pages: int
    session_key: str | None
    session_guid: str | None


@dataclass(frozen=True, slots=True)
class DemoManifest:
    """Everything one ``generate_demo`` run wrote into ``target``."""

    target: Path
    seed: int
    time_zone: str
    cameras: tuple[DemoCamera, ...]
    photos: tuple[DemoPhoto, ...]
    recordings: tuple[DemoRecording, ...]
    documents: tuple[DemoDocument, ...]
    programme: tuple[str, ...]  # schedule.json, schedule.csv
    day_recordings: tuple[DemoDayRecording, ...] = ()

    def paths(self) -> list[str]:
        """Every file written (relative POSIX paths), the marker excluded."""
        return (
            [p.path for p in self.photos]
            + [r.path for r in self.recordings]
            + [r.path for r in self.day_recordings]
            + [d.path for d in self.documents]
            + list(self.programme)
        )

    def to_json(self) -> str:
        """Serialise (without ``target``, which is wherever the folder now is)."""
        data = {
            "format": FORMAT_VERSION,
            "seed": self.seed,
            "time_zone": self.time_zone,
            "cameras": [asdict(c) for c in self.cameras],
            "photos": [asdict(p) for p in self.photos],
            "recordings": [asdict(r) for r in self.recordings],
            "documents": [asdict(d) for d in self.documents],
            "programme": list(self.programme),
            "day_recordings": [asdict(r) for r in self.day_recordings],
        }
        return json.dumps(data, default=_encode, ensure_ascii=False, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str, target: Path) -> DemoManifest:
        """Read a manifest written by :meth:`to_json`; raises ``ValueError`` if malformed."""
        try:
            data = json.loads(text)
            if data.get("format") != FORMAT_VERSION:
                raise ValueError(f"unsupported demo manifest format {data.get('format')!r}")
            return cls(
                target=target,
                seed=int(data["seed"]),
                time_zone=str(data["time_zone"]),
                cameras=tuple(_load(DemoCamera, c) for c in data["cameras"]),
                photos=tuple(_load(DemoPhoto, p) for p in data["photos"]),
                recordings=tuple(_load(DemoRecording, r) for r in data["recordings"]),
                documents=tuple(_load(DemoDocument, d) for d in data["documents"]),
                programme=tuple(str(p) for p in data["programme"]),
                day_recordings=tuple(
                    DemoDayRecording(
                        path=str(r["path"]),
                        creation_utc=datetime.fromisoformat(r["creation_utc"]),
                        duration_s=float(r["duration_s"]),
                        changes=tuple((float(t), k) for t, k in r["changes"]),
                    )
                    for r in data.get("day_recordings", ())
                ),
            )
        except (KeyError, TypeError, AttributeError, json.JSONDecodeError) as exc:
            raise ValueError(f"malformed demo manifest: {exc}") from exc


def _encode(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


_DATETIME_FIELDS = {"captured_utc", "exif_local", "creation_utc"}


def _load(cls: type[Any], data: dict[str, Any]) -> Any:
    values: dict[str, Any] = {}
    for f in fields(cls):
        value = data[f.name]
        if f.name in _DATETIME_FIELDS:
            value = datetime.fromisoformat(value)
        elif f.name == "gps" and value is not None:
            value = (float(value[0]), float(value[1]))
        values[f.name] = value
    return cls(**values)

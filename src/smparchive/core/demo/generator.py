"""``generate_demo``: write the sample SMP conference archive into a folder.

Everything is produced locally and deterministically from ``seed``. The generator writes
only inside ``target``; it refuses a non-empty folder unless an earlier run marked it as a
demo (``.smparchive-demo.json``), in which case the files listed there are replaced.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from smparchive.core.demo.content import DECKS, Deck
from smparchive.core.demo.dayrecording import Part, write_day_recording
from smparchive.core.demo.documents import write_concept_note, write_deck_pdf, write_pptx
from smparchive.core.demo.manifest import (
    MARKER,
    DemoDayRecording,
    DemoDocument,
    DemoManifest,
    DemoRecording,
)
from smparchive.core.demo.photos import CAMERAS, PlannedPhoto, plan_photos, write_photo
from smparchive.core.demo.programme import (
    DAY_ONE,
    SESSION_BY_KEY,
    TIME_ZONE,
    ZONE,
    schedule_csv,
    schedule_json,
)
from smparchive.core.demo.video import FPS, SIZE, video_codec, write_recording
from smparchive.core.progress import CancelToken, ProgressEvent, ProgressSink

log = logging.getLogger(__name__)

_RECORDED = ("emn-roundtable", "belgium")  # one recording per day
_ROOM_COLOURS = {"Auditorium": (150, 118, 88), "Roundtable Room": (104, 124, 146)}
RECORDING_SECONDS = 10.0
HOLDING_SECONDS = 3.0
# Day 1's livestream: from 08:58 to 11:03, the opening and the EMN roundtable, each
# starting a little after the programme says (as talks do); (local time, session or None)
LIVESTREAM_START = time(8, 58)
LIVESTREAM_SECONDS = 7500.0
LIVESTREAM_CHANGES: tuple[tuple[time, str | None], ...] = (
    (time(9, 0, 40), "opening"),
    (time(9, 31, 16), "emn-roundtable"),
    (time(11, 0, 52), None),  # the stream goes back to the holding picture
)
_HOLDING_COLOUR = (38, 40, 46)
_SESSION_COLOURS = {"opening": (150, 118, 88), "emn-roundtable": (104, 124, 146)}

_Step = Callable[[Path], object]  # writes one file; its return value (a count) is ignored


class DemoError(Exception):
    """The demo cannot be written where asked (the message says why)."""


def generate_demo(
    target: Path | str,
    *,
    seed: int = 2022,
    progress: ProgressSink | None = None,
    cancel: CancelToken | None = None,
) -> DemoManifest:
    """Write the demo archive into ``target`` and return what was written.

    Raises :class:`DemoError` for a non-empty folder that is not an earlier demo, and
    ``smparchive.core.progress.Cancelled`` when ``cancel`` is set (files so far remain).
    """
    root = _prepare(Path(target))
    photos = plan_photos(seed)
    steps: list[tuple[str, _Step]] = []
    for planned in photos:
        steps.append((planned.entry.path, _photo_step(planned, seed)))
    recordings = _plan_recordings()
    for recording in recordings:
        steps.append((recording.path, _recording_step(recording, seed)))
    livestream = _plan_livestream()
    steps.append((livestream.path, _livestream_step(livestream)))
    documents, document_steps = _plan_documents()
    steps.extend(document_steps)
    programme = ("Programme/schedule.json", "Programme/schedule.csv")
    steps.append((programme[0], lambda p: p.write_text(schedule_json(), encoding="utf-8")))
    steps.append((programme[1], lambda p: p.write_text(schedule_csv(), encoding="utf-8-sig")))

    for done, (relative, write) in enumerate(steps):
        if cancel is not None:
            cancel.raise_if_cancelled()
        if progress is not None:
            progress(ProgressEvent("demo", done, len(steps), current=relative))
        write(_safe_path(root, relative))
    manifest = DemoManifest(
        target=root,
        seed=seed,
        time_zone=TIME_ZONE,
        cameras=CAMERAS,
        photos=tuple(p.entry for p in photos),
        recordings=tuple(recordings),
        documents=tuple(documents),
        programme=programme,
        day_recordings=(livestream,),
    )
    _safe_path(root, MARKER).write_text(manifest.to_json(), encoding="utf-8")
    if progress is not None:
        progress(ProgressEvent("demo", len(steps), len(steps), current=MARKER))
    log.info("demo archive written to %s (%d files)", root, len(steps))
    return manifest


def _photo_step(planned: PlannedPhoto, seed: int) -> Callable[[Path], None]:
    return lambda path: write_photo(planned, path, seed)


def _plan_recordings() -> list[DemoRecording]:
    recordings = []
    for key in _RECORDED:
        session = SESSION_BY_KEY[key]
        stem = session.title.split(":")[0].replace(" ", "_")
        recordings.append(
            DemoRecording(
                path=f"Recordings/{session.day.isoformat()}/{stem}_{session.start:%H%M}.mp4",
                session_key=key,
                session_guid=session.guid,
                creation_utc=session.start_utc,
                duration_s=RECORDING_SECONDS,
                holding_s=HOLDING_SECONDS,
                video_codec="h264" if video_codec() == "libx264" else "mpeg4",
                width=SIZE[0],
                height=SIZE[1],
                fps=FPS,
            )
        )
    return recordings


def _recording_step(recording: DemoRecording, seed: int) -> Callable[[Path], None]:
    session = SESSION_BY_KEY[recording.session_key]

    def write(path: Path) -> None:
        write_recording(
            path,
            title=session.title,
            speaker=session.speakers[0],
            room_colour=_ROOM_COLOURS[session.room],
            created_utc=recording.creation_utc,
            seed=seed,
            seconds=recording.duration_s,
            holding_s=recording.holding_s,
        )

    return write


def _plan_livestream() -> DemoDayRecording:
    start = datetime.combine(DAY_ONE, LIVESTREAM_START, tzinfo=ZONE)
    changes = tuple(
        (
            (datetime.combine(DAY_ONE, at, tzinfo=ZONE) - start).total_seconds(),
            key,
        )
        for at, key in LIVESTREAM_CHANGES
    )
    return DemoDayRecording(
        path=f"Recordings/{DAY_ONE.isoformat()}/Livestream_day1_{LIVESTREAM_START:%H%M}.mp4",
        creation_utc=start.astimezone(UTC),
        duration_s=LIVESTREAM_SECONDS,
        changes=changes,
    )


def _livestream_step(livestream: DemoDayRecording) -> Callable[[Path], None]:
    parts = [Part(0.0, _HOLDING_COLOUR)] + [
        Part(at, _SESSION_COLOURS[key] if key else _HOLDING_COLOUR)
        for at, key in livestream.changes
    ]

    def write(path: Path) -> None:
        # one picture a second, a keyframe every 4 s, 8 kHz sound: 2 hours in seconds
        write_day_recording(
            path,
            parts=parts,
            seconds=livestream.duration_s,
            created_utc=livestream.creation_utc,
            fps=1,
            gop_s=4.0,
            sample_rate=8000,
            title=f"SMP 2022 livestream, {DAY_ONE.isoformat()}",
        )

    return write


def _plan_documents() -> tuple[list[DemoDocument], list[tuple[str, _Step]]]:
    documents: list[DemoDocument] = []
    steps: list[tuple[str, _Step]] = []
    for deck in DECKS:
        session = SESSION_BY_KEY[deck.session_key]
        created = datetime.combine(session.day - timedelta(days=1), time(17, 45), tzinfo=ZONE)
        folder = f"Slides/{session.day.isoformat()}"
        for fmt, writer in (("pptx", write_pptx), ("pdf", write_deck_pdf)):
            path = f"{folder}/{deck.key}.{fmt}"
            documents.append(
                DemoDocument(path, fmt, deck.title, len(deck.slides), session.key, session.guid)
            )
            steps.append((path, _deck_step(writer, deck, created)))
    note = "Documents/SMP_concept_note.pdf"
    created = datetime.combine(DAY_ONE - timedelta(days=14), time(10, 0), tzinfo=ZONE)
    documents.append(DemoDocument(note, "pdf", "Concept note", 2, None, None))
    steps.append((note, lambda p: write_concept_note(p, created)))
    return documents, steps


def _deck_step(
    writer: Callable[[Deck, Path, datetime], int], deck: Deck, created: datetime
) -> _Step:
    return lambda path: writer(deck, path, created)


def _prepare(target: Path) -> Path:
    """Create ``target`` if needed and check that it is empty or an earlier demo."""
    if target.exists() and not target.is_dir():
        raise DemoError(f"{target} exists and is not a folder")
    target.mkdir(parents=True, exist_ok=True)
    root = target.resolve()
    marker = root / MARKER
    if not any(root.iterdir()):
        return root
    if not marker.is_file() or marker.is_symlink():
        raise DemoError(
            f"{target} is not empty and does not hold an earlier demo archive "
            f"(no {MARKER}); choose an empty or new folder"
        )
    try:
        previous = DemoManifest.from_json(marker.read_text(encoding="utf-8"), root)
    except (OSError, ValueError) as exc:
        raise DemoError(f"{marker} cannot be read: {exc}") from exc
    for relative in previous.paths():  # replace what the earlier run wrote, nothing else
        path = _safe_path(root, relative, create=False)
        if path.is_file() or path.is_symlink():
            path.unlink()
    return root


def _safe_path(root: Path, relative: str, *, create: bool = True) -> Path:
    """``root/relative``, refusing anything that would lead outside ``root``."""
    parts = Path(relative).parts
    if Path(relative).is_absolute() or ".." in parts or not parts:
        raise DemoError(f"refusing to write {relative!r} outside the demo folder")
    current = root
    for part in parts[:-1]:  # never create or follow folders through symbolic links
        current = current / part
        if current.is_symlink() or (current.exists() and not current.is_dir()):
            raise DemoError(f"refusing to write {relative!r}: {current} is not a plain folder")
        if create and not current.exists():
            current.mkdir()
    path = current / parts[-1]
    if create and path.is_symlink():
        raise DemoError(f"refusing to write through the symbolic link {path}")
    return path

"""Plan and write the demo photos: two cameras, one with a clock an hour late.

Camera A (Canon) keeps correct local time; camera B (Nikon) writes 08:45 for a 09:45
moment. Like most real cameras neither records a zone, except camera A on a few frames
(OffsetTimeOriginal). Two frames are portrait shots stored sideways with Orientation 6,
and a few camera B frames carry GPS coordinates, so that exports can be seen to strip them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from PIL import Image
from PIL.TiffImagePlugin import IFDRational

from smparchive.core.demo.content import DECKS
from smparchive.core.demo.manifest import DemoCamera, DemoPhoto
from smparchive.core.demo.programme import DAY_ONE, DAY_TWO, SESSION_BY_KEY, ZONE
from smparchive.core.demo.scene import SceneSpec, add_noise, draw_scene

PHOTO_SIZE = (1600, 1067)
CAMERA_A = DemoCamera("A", "Canon", "Canon EOS R6", "A1234", 0)
CAMERA_B = DemoCamera("B", "NIKON CORPORATION", "NIKON Z 6_2", "B5678", -3600)
CAMERAS = (CAMERA_A, CAMERA_B)
_LENS = {"A": "RF24-105mm F4 L IS USM", "B": "NIKKOR Z 24-70mm f/4 S"}
_PREFIX = {"A": "IMG_", "B": "DSC_"}
_VENUE_GPS = (50.8427, 4.3846)  # EU quarter, Brussels
_WALLS = {"Auditorium": (150, 118, 88), "Roundtable Room": (104, 124, 146)}
_FOYER = (168, 150, 122)


@dataclass(frozen=True, slots=True)
class _Window:
    day: date
    start: time
    end: time
    count: int
    kind: str  # scene kind
    session_key: str | None
    banner: str


_WINDOWS = (
    _Window(DAY_ONE, time(8, 38), time(8, 58), 3, "arrival", None, "Registration"),
    _Window(DAY_ONE, time(9, 2), time(9, 28), 5, "stage", "opening", ""),
    _Window(DAY_ONE, time(9, 32), time(10, 58), 10, "roundtable", "emn-roundtable", ""),
    _Window(DAY_ONE, time(11, 2), time(11, 28), 4, "break", None, "Coffee break"),
    _Window(DAY_ONE, time(11, 32), time(12, 28), 7, "stage", "eprs", ""),
    _Window(DAY_ONE, time(14, 2), time(15, 28), 5, "roundtable", "working-group", ""),
    _Window(DAY_TWO, time(9, 8), time(9, 28), 2, "arrival", None, "Registration"),
    _Window(DAY_TWO, time(9, 32), time(10, 58), 9, "stage", "belgium", ""),
    _Window(DAY_TWO, time(11, 2), time(11, 28), 2, "break", None, "Coffee break"),
    _Window(DAY_TWO, time(11, 32), time(12, 28), 8, "stage", "debate", ""),
    _Window(DAY_TWO, time(12, 32), time(12, 58), 5, "stage", "closing", ""),
)
_PORTRAIT_WINDOWS = {"eprs", "debate"}  # first camera A frame of these is a portrait


@dataclass(frozen=True, slots=True)
class PlannedPhoto:
    """A photo to write: the manifest entry plus how to draw it."""

    entry: DemoPhoto
    spec: SceneSpec
    subsec: int


def plan_photos(seed: int) -> list[PlannedPhoto]:
    """Decide every photo's camera, moment, file name and scene (deterministic in ``seed``)."""
    rng = random.Random(f"smparchive-demo-photos:{seed}")
    shots: list[tuple[datetime, str, _Window]] = []
    for window in _WINDOWS:
        start = datetime.combine(window.day, window.start, tzinfo=ZONE).astimezone(UTC)
        end = datetime.combine(window.day, window.end, tzinfo=ZONE).astimezone(UTC)
        span = int((end - start).total_seconds())
        moments = sorted(
            start + timedelta(seconds=rng.randrange(span)) for _ in range(window.count)
        )
        cameras = ["A", "B"] + [rng.choice("AAB") for _ in range(window.count - 2)]
        rng.shuffle(cameras)
        shots.extend((m, c, window) for m, c in zip(moments, cameras, strict=True))
    shots.sort(key=lambda shot: (shot[0], shot[1]))
    counters = {"A": 0, "B": 0}
    gps_left = {DAY_ONE: 2, DAY_TWO: 2}
    portrait_done: set[str] = set()
    planned: list[PlannedPhoto] = []
    for moment, label, window in shots:
        camera = CAMERA_A if label == "A" else CAMERA_B
        counters[label] += 1
        number = counters[label]
        orientation = 1
        if label == "A" and window.session_key in _PORTRAIT_WINDOWS - portrait_done:
            portrait_done.add(window.session_key or "")
            orientation = 6
        gps = None
        if label == "B" and gps_left[window.day]:
            gps_left[window.day] -= 1
            gps = (
                _VENUE_GPS[0] + rng.uniform(-3e-4, 3e-4),
                _VENUE_GPS[1] + rng.uniform(-3e-4, 3e-4),
            )
        local = (moment + timedelta(seconds=camera.clock_offset_s)).astimezone(ZONE)
        session = SESSION_BY_KEY.get(window.session_key or "")
        entry = DemoPhoto(
            path=f"Photos/{window.day.isoformat()}/Camera{label}/{_PREFIX[label]}{number:04d}.JPG",
            camera=label,
            serial=camera.serial,
            captured_utc=moment,
            exif_local=local.replace(tzinfo=None),
            exif_offset="+02:00" if label == "A" and number % 8 == 0 else None,
            orientation=orientation,
            gps=(round(gps[0], 6), round(gps[1], 6)) if gps else None,
            session_key=window.session_key,
            session_guid=session.guid if session else None,
        )
        planned.append(PlannedPhoto(entry, _scene_for(window, moment), rng.randrange(100)))
    return planned


def _scene_for(window: _Window, moment: datetime) -> SceneSpec:
    session = SESSION_BY_KEY.get(window.session_key or "")
    if session is None:
        return SceneSpec(window.kind, window.banner, "", _FOYER, speakers=4)
    screen = f"{session.title}\n" + "\n".join(session.speakers)
    deck = next((d for d in DECKS if d.session_key == session.key), None)
    if deck is not None:  # show the slide that was on screen at that moment
        progress = (moment - session.start_utc) / (session.end_utc - session.start_utc)
        slide = deck.slides[min(len(deck.slides) - 1, int(progress * len(deck.slides)))]
        screen = slide.title + "\n" + "\n".join(slide.bullets)
    return SceneSpec(
        window.kind,
        session.title,
        screen,
        _WALLS.get(session.room, _FOYER),
        speakers=min(4, len(session.speakers)),
    )


COPYRIGHT = "© 2022 European Migration Network"


def _exif(photo: DemoPhoto, subsec: int) -> Image.Exif:
    camera = CAMERA_A if photo.camera == "A" else CAMERA_B
    stamp = photo.exif_local.strftime("%Y:%m:%d %H:%M:%S")
    exif = Image.Exif()
    exif[0x010F] = camera.make
    exif[0x0110] = camera.model
    exif[0x0112] = photo.orientation
    exif[0x0131] = "Firmware Version 1.6.0" if photo.camera == "A" else "Ver.01.10"
    exif[0x0132] = stamp
    exif[0x013B] = "SMP photo team"
    # EXIF's ASCII type cannot hold "©": Pillow would write "?" for a str. UTF-8 bytes are
    # what cameras and exiftool write, and what every reader (ours included) shows.
    exif[0x8298] = COPYRIGHT.encode("utf-8") + b"\x00"
    sub = exif.get_ifd(0x8769)
    sub[0x9003] = stamp  # DateTimeOriginal
    sub[0x9004] = stamp  # DateTimeDigitized
    sub[0x9291] = f"{subsec:02d}"  # SubSecTimeOriginal
    if photo.exif_offset:
        sub[0x9011] = photo.exif_offset  # OffsetTimeOriginal
    sub[0x829A] = IFDRational(1, 125)  # ExposureTime
    sub[0x829D] = IFDRational(40, 10)  # FNumber
    sub[0x8827] = 1600  # ISO
    sub[0x920A] = IFDRational(50, 1)  # FocalLength
    sub[0xA431] = camera.serial  # BodySerialNumber
    sub[0xA434] = _LENS[photo.camera]  # LensModel
    if photo.gps:
        gps = exif.get_ifd(0x8825)
        gps[0x0000] = b"\x02\x03\x00\x00"
        gps[0x0001], gps[0x0002] = "N", _dms(photo.gps[0])
        gps[0x0003], gps[0x0004] = "E", _dms(photo.gps[1])
    return exif


def _dms(value: float) -> tuple[IFDRational, IFDRational, IFDRational]:
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round(((value - degrees) * 60 - minutes) * 60 * 100)
    return IFDRational(degrees, 1), IFDRational(minutes, 1), IFDRational(seconds, 100)


def write_photo(planned: PlannedPhoto, path: Path, seed: int) -> None:
    """Draw and save one planned photo as a JPEG with its EXIF."""
    photo = planned.entry
    rng = random.Random(f"smparchive-demo-pixels:{seed}:{photo.path}")
    if photo.orientation == 6:  # portrait: drawn upright, stored as the sensor saw it
        upright = draw_scene(planned.spec, (PHOTO_SIZE[1], PHOTO_SIZE[0]), rng)
        image = upright.transpose(Image.Transpose.ROTATE_90)
    else:
        image = draw_scene(planned.spec, PHOTO_SIZE, rng)
    image = add_noise(image, rng)
    image.save(path, "JPEG", quality=88, exif=_exif(photo, planned.subsec))

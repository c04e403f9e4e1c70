"""The records of items: what the command line's read commands need, apart from the other
records (``records.py`` re-exports these, and the catalogue summary of ``info_record.py``),
so that ``ls``, ``show``, ``search`` and ``info`` do not pay for building the dataclasses
they never use.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime

from smparchive.core.domain.consent import Restrictions, Withdrawals, effective_status
from smparchive.core.thumbcache import picture_key


@dataclass(frozen=True, slots=True, kw_only=True)
class TagRef:
    """A tag attached to an item: enough to show it and to find it again."""

    id: int
    name: str
    kind: str
    path: str  # "Parent|Child|Name" for hierarchical keywords


@dataclass(frozen=True, slots=True, kw_only=True)
class ItemRecord:
    """One catalogued file with its metadata, tags and localised texts."""

    id: int
    root_id: int
    rel_path: str
    path: str  # absolute path as the catalogue knows it
    name: str
    kind: str
    mime: str | None
    format: str | None
    size: int
    mtime_ns: int
    sha256: str | None
    capture_utc: datetime | None
    capture_local: datetime | None
    capture_offset_min: int | None
    capture_source: str | None
    clock_shift_s: int
    width: int | None
    height: int | None
    orientation: int | None
    duration_s: float | None
    frame_rate: float | None
    video_codec: str | None
    audio_codec: str | None
    page_count: int | None
    camera_make: str | None
    camera_model: str | None
    camera_serial: str | None
    lens: str | None
    gps_lat: float | None
    gps_lon: float | None
    gps_alt: float | None
    creator: str | None
    credit_line: str | None
    copyright: str | None
    licence: str | None
    rating: int
    flag: int
    color_label: str | None
    consent: str
    consent_note: str | None
    day_id: int | None
    session_id: int | None
    assignment: str | None
    status: str
    status_reason: str | None
    warnings: str | None
    thumb_state: str
    has_embedded_thumb: bool
    in_point_s: float | None
    out_point_s: float | None
    poster_time_s: float | None
    focus_x: float | None
    focus_y: float | None
    first_seen_at: datetime
    updated_at: datetime
    last_verified_at: datetime | None
    titles: dict[str, str]
    captions: dict[str, str]
    alt_texts: dict[str, str]
    tags: tuple[TagRef, ...]
    # what holds it back besides its own consent, as the export decides: (reason code,
    # subject) per session flag and restricted person shown (``core/domain/consent.py``)
    restrictions: Restrictions = ()
    # the restricted people shown who withdrew their consent, and when (a reason names it)
    withdrawn: Withdrawals = ()

    @property
    def effective_consent(self) -> str:
        """Its consent once its session and the people shown are taken into account: what
        a view shows and the export goes by ('do_not_publish' in a closed session)."""
        return effective_status(self.consent, self.restrictions)

    @property
    def picture_key(self) -> str | None:
        """The cache key of its pictures (its content, and a video's chosen poster time)."""
        return picture_key(self.sha256, self.poster_time_s)

    @property
    def camera_key(self) -> str | None:
        """Identity of the device that made the item (make|model|serial), if known."""
        return device_key(self.camera_make, self.camera_model, self.camera_serial)

    def text(self, field: str, lang: str = "en") -> str | None:
        """A localised text in ``lang``, else the default, else any language."""
        values: dict[str, str] = getattr(
            self, {"title": "titles", "caption": "captions", "alt": "alt_texts"}[field]
        )
        return values.get(lang) or values.get("x-default") or next(iter(values.values()), None)


def device_key(make: str | None, model: str | None, serial: str | None) -> str | None:
    """An item's device as make|model|serial, None when neither make nor model is known
    (the key items' readers share: full records and a timeline's light rows)."""
    if not (make or model):
        return None
    return "|".join(x or "" for x in (make, model, serial))


ITEM_COLUMN_FIELDS = tuple(
    f.name
    for f in fields(ItemRecord)
    if f.name
    not in {"path", "titles", "captions", "alt_texts", "tags", "restrictions", "withdrawn"}
)

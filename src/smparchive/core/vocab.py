"""The catalogue's vocabulary: every closed set of values, defined once.

Models, queries, the CLI's choices and the GUI import these instead of repeating string
literals. The members are ``StrEnum``s (``IntEnum`` for flags) whose values are exactly what
the database stores, so ``MediaItem.status == ItemStatus.OK`` and ``record.kind ==
Kind.PHOTO`` work on rows read back as plain strings. Changing a value here changes stored
data: it needs a schema migration, never just an edit.

``Kind``, ``TimeSource`` and ``Outcome`` are produced by the probes; they are defined in
``core/media/info.py`` (media imports nothing else of smparchive) and re-exported here,
like ``CutMode`` (``core/media/cutmode.py``).
"""

from __future__ import annotations

from enum import IntEnum, StrEnum

from smparchive.core.media.cutmode import CutMode
from smparchive.core.media.kinds import Kind, Outcome, TimeSource

__all__ = [
    "BAD_STATUSES",
    "FILTER_STATUSES",
    "PRESENT_STATUSES",
    "Assignment",
    "ColourLabel",
    "Consent",
    "CutMode",
    "ExportStatus",
    "FaceState",
    "Flag",
    "ItemStatus",
    "Kind",
    "Outcome",
    "Restriction",
    "RootState",
    "SegmentOrigin",
    "SidecarPolicy",
    "TagKind",
    "TextField",
    "ThumbState",
    "TimeSource",
    "stored_values",
]


def stored_values(enum: type[StrEnum]) -> tuple[str, ...]:
    """The stored values of ``enum`` in declaration order (for CLI choices and checks)."""
    return tuple(m.value for m in enum)


class ItemStatus(StrEnum):
    """Whether an item's file is where the catalogue says and could be read."""

    OK = "ok"
    WARNING = "warning"  # catalogued, facts read, no thumbnail possible
    ERROR = "error"  # catalogued as a problem with its reason
    MISSING = "missing"  # the file is gone from a reachable root
    OFFLINE = "offline"  # its root (drive) is not connected


# Statuses of files that are where the catalogue says (a scan saw them).
PRESENT_STATUSES = (ItemStatus.OK, ItemStatus.WARNING, ItemStatus.ERROR)
# Statuses offered as filters (``status:``, ``--status``): warnings are found with
# ``is:problem``, as an ``ok`` item may carry warnings too.
FILTER_STATUSES = (ItemStatus.OK, ItemStatus.MISSING, ItemStatus.OFFLINE, ItemStatus.ERROR)
# Statuses that make ``problems`` report failure (an item that cannot be used as it is).
BAD_STATUSES = (ItemStatus.ERROR, ItemStatus.MISSING, ItemStatus.OFFLINE)
# Statuses an item whose hash is pending may have (it may go missing or offline meanwhile).
HASH_PENDABLE = (ItemStatus.OK, ItemStatus.MISSING, ItemStatus.OFFLINE)


def hash_pending(status: str, sha256: str | None, status_reason: str | None) -> bool:
    """The item was catalogued from its head and its file was never read in full (the
    scan stopped first): no content hash yet, and no reason for one to be missing. The
    next scan reads it whatever its size and date; until then duplicates, fixity and
    export leave it out and say so."""
    return sha256 is None and status_reason is None and status in HASH_PENDABLE


class ThumbState(StrEnum):
    """Whether an item has a grid thumbnail in the cache."""

    PENDING = "pending"  # not made yet
    OK = "ok"
    NONE = "none"  # cannot be made (no decoder, broken file)


# Items whose grid thumbnail may be made again when the cache lost it: files readable where
# the catalogue says, with a picture made before or pending ("none": nothing to picture, or
# it failed before). Here rather than in ingest/thumbnails so that the grid can ask without
# importing the scan pipeline (~60 ms of the UI thread's CPU before the first screenful).
REPAIR_STATUSES = (ItemStatus.OK, ItemStatus.WARNING)
REPAIR_THUMB_STATES = (ThumbState.OK, ThumbState.PENDING)


class Consent(StrEnum):
    """What the people shown or recorded agreed to (an item's ``consent``)."""

    CLEARED = "cleared"
    INTERNAL_ONLY = "internal_only"
    DO_NOT_PUBLISH = "do_not_publish"
    UNKNOWN = "unknown"


class Restriction(StrEnum):
    """A person's restriction, propagated to the items that show them."""

    NONE = "none"
    INTERNAL_ONLY = "internal_only"
    DO_NOT_PUBLISH = "do_not_publish"


class FaceState(StrEnum):
    """What a face found in a photo is to a person (``faces.state``).

    A face with no person is unknown (grouped into "unknown person N" by clustering); with a
    person it is a suggestion until someone confirms it, or a rejected suggestion (kept so
    that person is not suggested for it again).
    """

    SUGGESTED = "suggested"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


class Flag(IntEnum):
    """Pick/reject flag (stored as an integer)."""

    REJECT = -1
    NONE = 0
    PICK = 1

    @classmethod
    def parse(cls, name: str) -> Flag:
        """``pick``/``reject``/``none`` (also ``unflag``), case-insensitive, to a flag."""
        key = name.strip().lower()
        if key == "unflag":
            return cls.NONE
        try:
            return cls[key.upper()]
        except KeyError:
            raise ValueError(f"unknown flag {name!r}: use pick, reject or none") from None

    @property
    def label(self) -> str:
        """The word users type and see: ``pick``, ``reject`` or ``none``."""
        return self.name.lower()


class ColourLabel(StrEnum):
    """Colour labels (an item's ``color_label``; None = no label)."""

    RED = "red"
    YELLOW = "yellow"
    GREEN = "green"
    BLUE = "blue"
    PURPLE = "purple"


class TagKind(StrEnum):
    KEYWORD = "keyword"
    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"


class TextField(StrEnum):
    """Localised texts of an item (``item_texts.field``)."""

    TITLE = "title"
    CAPTION = "caption"
    ALT = "alt"


class Assignment(StrEnum):
    """How an item got its session: by the rules or by hand (``items.assignment``)."""

    AUTO = "auto"
    MANUAL = "manual"


class SegmentOrigin(StrEnum):
    """Where a recording segment's cut points came from."""

    PROGRAMME = "programme"  # proposed from the programme (and refined by the analysis)
    MANUAL = "manual"  # made or moved by hand: a new proposal never replaces it


class SidecarPolicy(StrEnum):
    """Where a root's XMP sidecars go."""

    MIRROR = "mirror"  # a mirror folder beside the catalogue
    BESIDE = "beside"  # next to each file


class RootState(StrEnum):
    """Whether a root (folder or drive) is connected (``roots.online``)."""

    ONLINE = "online"
    OFFLINE = "offline"

    @classmethod
    def of(cls, online: bool) -> RootState:
        return cls.ONLINE if online else cls.OFFLINE


class ExportStatus(StrEnum):
    """How an export ended (``export_records.status``)."""

    OK = "ok"
    PARTIAL = "partial"
    FAILED = "failed"
    CANCELLED = "cancelled"

"""SQLAlchemy 2 typed ORM models of the catalogue.

Plain portable SQL types only: the same models serve SQLite (default) and PostgreSQL
(team catalogue). Search indexing that is engine specific lives in ``fulltext.py``.
"""

from __future__ import annotations

import json
import unicodedata
import zlib
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Computed,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    SmallInteger,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    case,
    func,
    select,
    text,
)
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, column_property, mapped_column, relationship
from sqlalchemy.types import UserDefinedType

from smparchive.core.catalog.codes import (
    CODES,
    FORMAT_CODES,
    MIME_CODES,
    code_of,
    long_text,
    short_text,
    value_of,
)
from smparchive.core.catalog.records import PROGRAMME_TEXT_FIELDS as _TEXT_FIELDS
from smparchive.core.catalog.stored import hash_bytes, hash_text, micros_of, stored_time
from smparchive.core.vocab import (
    Assignment,
    Consent,
    ExportStatus,
    FaceState,
    Flag,
    ItemStatus,
    Kind,
    Restriction,
    SegmentOrigin,
    SidecarPolicy,
    TagKind,
    ThumbState,
    TimeSource,
)

# Stable constraint names so Alembic batch migrations on SQLite can address them.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as naive UTC; returns aware UTC datetimes.

    SQLite keeps no zone, so storing UTC everywhere makes comparisons and indexes exact
    on both SQLite and PostgreSQL.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where an aware UTC datetime is required")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class _SqliteMicros(sqlite.DATETIME):
    """SQLite's DATETIME column whose values are integers (microseconds since 1970): no
    text conversion in either direction; the decorators below do the arithmetic."""

    def __init__(self, **kw: Any) -> None:
        super().__init__(**kw)  # type: ignore[no-untyped-call]

    def bind_processor(self, dialect: Dialect) -> None:
        return None

    def result_processor(self, dialect: Dialect, coltype: object) -> None:
        return None

    def literal_processor(self, dialect: Dialect) -> Any:
        return lambda value: str(int(value))


class MicrosDateTime(TypeDecorator[datetime]):
    """A naive datetime. On SQLite stored as an integer of microseconds since 1970 (8 bytes
    in the row and in every index, against 26 as text; the order is the same); PostgreSQL
    keeps its timestamp. Items' time columns (migration 0013)."""

    impl = DateTime
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> Any:
        if dialect.name == "sqlite":
            return _SqliteMicros()
        return dialect.type_descriptor(DateTime())

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None or dialect.name != "sqlite" or isinstance(value, int):
            return value
        return micros_of(self._naive(value))

    def _naive(self, value: datetime) -> datetime:
        if value.tzinfo is not None:
            raise ValueError("aware datetime given where a naive one is required")
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return stored_time(value)


class UTCMicros(MicrosDateTime):
    """An aware UTC datetime, stored as :class:`MicrosDateTime` (naive UTC)."""

    cache_ok = True

    def _naive(self, value: datetime) -> datetime:
        if value.tzinfo is None:
            raise ValueError("naive datetime given where an aware UTC datetime is required")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if isinstance(value, datetime) and dialect.name != "sqlite":
            return self._naive(value)
        return super().process_bind_param(value, dialect)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        moment = stored_time(value)
        return None if moment is None else moment.replace(tzinfo=UTC)


class ContentHash(TypeDecorator[str]):
    """A SHA-256 as lowercase hexadecimal text. On SQLite stored as its 32 bytes (a BLOB in
    the row: 33 bytes against 65 as text; migration 0014; indexed by its first 8 bytes since
    0029, ``HashKey``); PostgreSQL keeps the text."""

    impl = String(64)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if isinstance(value, str) and dialect.name == "sqlite":
            return hash_bytes(value)
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        return hash_text(value)


class HashKey(TypeDecorator[str]):
    """``items.sha_key``, the first 8 bytes of a content hash as the database computes it
    from ``ContentHash``'s stored form; a whole hash given to compare with becomes its key
    (its first 8 bytes on SQLite, its first 8 hexadecimal characters on PostgreSQL)."""

    impl = String(8)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if not isinstance(value, str):
            return value
        stored = hash_bytes(value) if dialect.name == "sqlite" else value
        return stored[:8]


class ShortText(TypeDecorator[str]):
    """A file's MIME type or format: text in Python. On SQLite a known value is stored as
    its short code (``codes.MIME_CODES``/``FORMAT_CODES``: 'image/jpeg' as '0'; migration
    0028), any other as it is; PostgreSQL keeps the text."""

    impl = String
    cache_ok = True

    def __init__(self, vocabulary: str, length: int) -> None:
        super().__init__(length)
        self.vocabulary = vocabulary  # "mime" or "format" (hashable: the statement cache)
        self.table = MIME_CODES if vocabulary == "mime" else FORMAT_CODES

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if isinstance(value, str) and dialect.name == "sqlite":
            return short_text(self.table, value)
        return value

    def process_literal_param(self, value: Any, dialect: Dialect) -> str:
        stored = self.process_bind_param(value, dialect)
        return "NULL" if stored is None else "'" + str(stored).replace("'", "''") + "'"

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        if dialect.name == "sqlite":
            return long_text(self.table, value)
        return cast("str | None", value)


class VocabCode(TypeDecorator[str]):
    """A value of a closed vocabulary (``Kind``, ``Consent`` ...) stored as its small integer
    code (``codes.py``, migration 0023) on SQLite and PostgreSQL alike; Python gives and gets
    the value's text, as before. A value outside the vocabulary, or a stored code this
    version does not know, raises ``codes.UnknownCode``."""

    impl = SmallInteger
    cache_ok = True

    def __init__(self, enum: type[StrEnum]) -> None:
        super().__init__()
        assert enum in CODES, f"no stored codes for {enum.__name__}"
        self.enum = enum

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        return None if value is None else code_of(self.enum, value)

    def process_literal_param(self, value: Any, dialect: Dialect) -> str:
        return "NULL" if value is None else str(code_of(self.enum, value))

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else value_of(self.enum, value)

    @property
    def python_type(self) -> type[str]:
        return str


# zlib's fastest level: on the 1M benchmark catalogue's journal 3.7x smaller than its JSON
# text, against 4.1x at the default level 6 for four times the time (a 1M-item edit's 18 MB
# record: 100 against 400 ms inside the write transaction; json.dumps itself ~330 ms).
PACK_LEVEL = 1


def packed_json(value: Any) -> bytes:
    """A JSON value as the undo journal keeps it on SQLite: compact JSON, zlib-compressed."""
    data = json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return zlib.compress(data, PACK_LEVEL)


def unpacked_json(value: bytes | str | None) -> Any:
    """A journal record as SQLite gives it back: packed bytes, JSON text (written before the
    journal was packed), or NULL."""
    if value is None:
        return None
    if isinstance(value, bytes):
        return json.loads(zlib.decompress(value))
    return json.loads(value)


class _SqlitePacked(UserDefinedType[Any]):
    """SQLite's JSON column holding the bytes :class:`PackedJSON` made, passed through
    as they are (the column stays JSON: no migration; old JSON text rows stay as they are).
    Not a subclass of JSON: SQLite's dialect would swap that for its own JSON type."""

    cache_ok = True

    def get_col_spec(self, **kw: Any) -> str:
        return "JSON"


class PackedJSON(TypeDecorator[Any]):
    """JSON data. On SQLite stored zlib-compressed (a BLOB in the JSON column; read back
    from either that or the JSON text rows written before); PostgreSQL keeps its JSON (TOAST
    compresses large values already). The undo journal's records: a bulk edit's is a list
    of every row it changed, 1.2 MB of JSON for 50,000 items, 18 MB for a million."""

    impl = JSON
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> Any:
        if dialect.name == "sqlite":
            return _SqlitePacked()
        return dialect.type_descriptor(JSON())

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None or dialect.name != "sqlite":
            return value
        return packed_json(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if dialect.name != "sqlite":
            return value
        return unpacked_json(value)


def utcnow() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(UTC)


def table_of(model: type[Base]) -> Table:
    """The Core table of a mapped class (typed: ``Model.__table__`` is a FromClause)."""
    return cast(Table, model.__table__)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON, list[int]: JSON}  # noqa: RUF012


class Event(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    acronym: Mapped[str | None] = mapped_column(String(100))
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC")
    venue: Mapped[str | None] = mapped_column(String(500))
    description: Mapped[str | None] = mapped_column(Text)
    organisation: Mapped[str | None] = mapped_column(String(500))
    # the language the programme's texts (title, venue, description, day and session names,
    # rooms) are written in, a BCP 47 code ("en", "fr"); None: not said (0039)
    language: Mapped[str | None] = mapped_column(String(35))

    days: Mapped[list[Day]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="Day.date"
    )


class Day(Base):
    __tablename__ = "days"
    __table_args__ = (UniqueConstraint("event_id", "date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    date: Mapped[date] = mapped_column(Date)
    label: Mapped[str | None] = mapped_column(String(200))

    event: Mapped[Event] = relationship(back_populates="days")
    sessions: Mapped[list[Session]] = relationship(
        back_populates="day", cascade="all, delete-orphan", order_by="Session.start"
    )


class Session(Base):
    __tablename__ = "sessions"
    __table_args__ = (
        UniqueConstraint("event_id", "external_id"),
        Index("ix_sessions_day_start", "day_id", "start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    day_id: Mapped[int] = mapped_column(ForeignKey("days.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(500))
    room: Mapped[str | None] = mapped_column(String(200))
    start: Mapped[datetime] = mapped_column(UTCDateTime)
    end: Mapped[datetime] = mapped_column(UTCDateTime)
    track: Mapped[str | None] = mapped_column(String(200))
    abstract: Mapped[str | None] = mapped_column(Text)
    speakers: Mapped[list[str]] = mapped_column(JSON, default=list)
    external_id: Mapped[str | None] = mapped_column(String(200))
    do_not_record: Mapped[bool] = mapped_column(Boolean, default=False)
    do_not_publish: Mapped[bool] = mapped_column(Boolean, default=False)

    day: Mapped[Day] = relationship(back_populates="sessions")


# The programme's texts in further languages (0041), shaped as item_texts: the programme's
# own columns hold its own language's (events.language); these, the others.
# the programme's texts kept in further languages (records: the CLI reads them too)
PROGRAMME_TEXT_FIELDS = _TEXT_FIELDS


class SessionText(Base):
    """A session's title, room or description in another language than the programme's
    (one row per field and language)."""

    __tablename__ = "session_texts"
    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012 (the key is the table)

    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    field: Mapped[str] = mapped_column(String(16), primary_key=True)  # title|room|description
    lang: Mapped[str] = mapped_column(String(35), primary_key=True)  # BCP 47: fr, nl, pt-BR
    value: Mapped[str] = mapped_column(Text)


class DayText(Base):
    """A programme day's name in another language than the programme's (0042)."""

    __tablename__ = "day_texts"
    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012 (the key is the table)

    day_id: Mapped[int] = mapped_column(ForeignKey("days.id", ondelete="CASCADE"), primary_key=True)
    field: Mapped[str] = mapped_column(String(16), primary_key=True)  # label
    lang: Mapped[str] = mapped_column(String(35), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class EventText(Base):
    """An event's title, venue, description or organiser in another language than the
    programme's."""

    __tablename__ = "event_texts"
    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012 (the key is the table)

    event_id: Mapped[int] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    field: Mapped[str] = mapped_column(String(16), primary_key=True)  # PROGRAMME_TEXT_FIELDS
    lang: Mapped[str] = mapped_column(String(35), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Root(Base):
    """A catalogued folder or drive."""

    __tablename__ = "roots"

    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(String(4096), unique=True)
    label: Mapped[str | None] = mapped_column(String(200))
    volume_id: Mapped[str | None] = mapped_column(String(200))
    online: Mapped[bool] = mapped_column(Boolean, default=True)
    sidecar_policy: Mapped[str] = mapped_column(String(20), default=SidecarPolicy.MIRROR)
    ignore_patterns: Mapped[list[str]] = mapped_column(JSON, default=list)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_scan_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class RootMount(Base):
    """Where one machine (one person) sees a root: a team's share is mounted at different
    paths on different computers; items stay stored relative to the root."""

    __tablename__ = "root_mounts"

    root_id: Mapped[int] = mapped_column(
        ForeignKey("roots.id", ondelete="CASCADE"), primary_key=True
    )
    machine: Mapped[str] = mapped_column(String(200), primary_key=True)  # user@host
    path: Mapped[str] = mapped_column(String(4096))


_TIME_COVERED = ("id", "rating", "flag")  # read from the time indexes (migration 0019)


class Camera(Base):
    """A device that made items: its make, model and serial as the files wrote them ('' for
    a part not written), once per catalogue (migration 0031; the items name it by id).

    Rows are only ever added (``cameras.camera_ids``: INSERT ... ON CONFLICT, concurrent
    writers meet at ``uq_cameras_identity``); a camera whose items are gone is harmless.
    """

    __tablename__ = "cameras"
    __table_args__ = (UniqueConstraint("make", "model", "serial", name="uq_cameras_identity"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    make: Mapped[str] = mapped_column(String(200), default="")
    model: Mapped[str] = mapped_column(String(200), default="")
    serial: Mapped[str] = mapped_column(String(200), default="")


def _camera_part(part: str, camera_id: Any) -> Any:
    """An item's camera make, model or serial (None when not written): a lookup of its
    camera row by id, readable (and selectable) as the items' columns were before 0031."""
    column = getattr(Camera, part)
    return column_property(
        select(func.nullif(column, ""))
        .where(Camera.id == camera_id)
        .correlate_except(Camera)
        .scalar_subquery()
    )


class Folder(Base):
    """A folder of a root that holds items: its path under the root ('' for the root
    itself, 'cam2/100NCZ_6'), once per catalogue (migration 0033; items name it by id).

    Rows are only ever added (``folders.folder_ids``: INSERT ... ON CONFLICT, concurrent
    writers meet at ``uq_folders_root_path``); an emptied folder's row stays, harmless.
    """

    __tablename__ = "folders"
    __table_args__ = (UniqueConstraint("root_id", "path", name="uq_folders_root_path"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    root_id: Mapped[int] = mapped_column(ForeignKey("roots.id", ondelete="CASCADE"))
    path: Mapped[str] = mapped_column(String(4096))


def item_path_sql(folder_path: Any, name: Any) -> Any:
    """An item's path under its root from its folder's path and its name (SQL)."""
    return case((folder_path == "", name), else_=folder_path + "/" + name)


def _rel_path(folder_id: Any, name: Any) -> Any:
    """An item's path under its root ('cam2/100NCZ_6/DSC_1000.JPG'): its folder's path and
    its name, readable (and selectable) as the items' column was before 0033."""
    return column_property(
        select(item_path_sql(Folder.path, name))
        .where(Folder.id == folder_id)
        .correlate_except(Folder)
        .scalar_subquery()
    )


class MediaItem(Base):
    """One catalogued file, identified by root + relative path (its folder and name)."""

    __tablename__ = "items"
    __table_args__ = (
        # One item per name in a folder (0033; the unique (root, path) before). Led by the
        # name, it is also the sort by name and the lookups by name (0025's index on the
        # name alone, whose name it keeps); on SQLite its entries end with the id, so the
        # ties of a name (a few dozen at most) are sorted again ("RIGHT PART").
        Index("ix_items_name", "name", "folder_id", unique=True),
        CheckConstraint("rating BETWEEN 0 AND 5", name="rating_range"),
        CheckConstraint("flag IN (-1, 0, 1)", name="flag_values"),
        # Covering indexes for the browse/facet queries measured in PERFORMANCE-NOTES.
        Index(
            "ix_items_session_capture", "session_id", text("(capture_utc IS NULL)"), "capture_utc"
        ),
        # The default browse order (undated last) straight from an index, also per kind and
        # day; the id written out orders ties, the rating and flag after it are read from
        # the index (`kind:photo rating>=4` in time order without row lookups, 0019).
        Index("ix_items_time", text("(capture_utc IS NULL)"), "capture_utc", *_TIME_COVERED),
        Index(
            "ix_items_kind_time",
            "kind",
            text("(capture_utc IS NULL)"),
            "capture_utc",
            *_TIME_COVERED,
        ),
        # Picks and rejects in time order; only the flagged items, a few in a catalogue
        # (the filters name the condition so SQLite reads it; 0022).
        Index(
            "ix_items_flag_time",
            "flag",
            text("(capture_utc IS NULL)"),
            "capture_utc",
            sqlite_where=text("flag != 0"),
            postgresql_where=text("flag != 0"),
        ),
        Index(
            "ix_items_day_time",
            "day_id",
            text("(capture_utc IS NULL)"),
            "capture_utc",
            *_TIME_COVERED,
        ),
        # The items that are not OK (few): the problem views, ``status:`` filters, the
        # rescan's checks; the queries name the condition so SQLite reads it (0036).
        Index(
            "ix_items_status",
            "status",
            sqlite_where=text("status != 0"),
            postgresql_where=text("status != 0"),
        ),
        # The items read with a warning (few): the Warnings view without a scan (0017).
        Index(
            "ix_items_warned",
            "status",
            sqlite_where=text("warnings IS NOT NULL"),
            postgresql_where=text("warnings IS NOT NULL"),
        ),
        # The items with a reason (errors, and offline items that were): the Errors view
        # without reading every offline row (0027).
        Index(
            "ix_items_reasoned",
            "status",
            sqlite_where=text("status_reason IS NOT NULL"),
            postgresql_where=text("status_reason IS NOT NULL"),
        ),
        # Items by content: the first 8 bytes of the hash (a column computed, not stored in
        # the row); a lookup names the whole hash too (0029).
        Index("ix_items_sha_key", "sha_key"),
        # Largest first from an index, and the catalogue's total size (`info`) without
        # reading every row (0020).
        Index("ix_items_size", "size"),
        # A camera's items (the camera: search, Camera Clocks); by id since 0031.
        Index("ix_items_camera", "camera_id"),
        # Lets facet counting read one narrow index instead of the wide item rows, in the
        # GROUP BY's order; the capture time last, for the facets of a date range (0016).
        Index(
            "ix_items_facets",
            "kind",
            "day_id",
            "session_id",
            "rating",
            "flag",
            "color_label",
            "consent",
            "status",
            "camera_id",
            "capture_utc",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    root_id: Mapped[int] = mapped_column(ForeignKey("roots.id", ondelete="CASCADE"))
    # The folder (0033): its path under the root in ``folders``, written through
    # ``folders.name_folders`` (one row per folder); no foreign key, as for cameras.
    folder_id: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(1024))
    rel_path: Mapped[str] = _rel_path(folder_id, name)
    kind: Mapped[str] = mapped_column(VocabCode(Kind), default=Kind.OTHER)
    mime: Mapped[str | None] = mapped_column(ShortText("mime", 200))
    format: Mapped[str | None] = mapped_column(ShortText("format", 32))
    size: Mapped[int] = mapped_column(BigInteger, default=0)
    mtime_ns: Mapped[int] = mapped_column(BigInteger, default=0)
    sha256: Mapped[str | None] = mapped_column(ContentHash)

    # Time: what the device wrote, and the derived UTC moment used everywhere.
    capture_utc: Mapped[datetime | None] = mapped_column(UTCMicros)
    capture_local: Mapped[datetime | None] = mapped_column(MicrosDateTime)
    capture_offset_min: Mapped[int | None] = mapped_column(Integer)
    capture_source: Mapped[str | None] = mapped_column(VocabCode(TimeSource))
    clock_shift_s: Mapped[int] = mapped_column(Integer, default=0)

    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    orientation: Mapped[int | None] = mapped_column(Integer)
    duration_s: Mapped[float | None] = mapped_column(Float)
    frame_rate: Mapped[float | None] = mapped_column(Float)
    video_codec: Mapped[str | None] = mapped_column(String(64))
    audio_codec: Mapped[str | None] = mapped_column(String(64))
    page_count: Mapped[int | None] = mapped_column(Integer)

    # The device (0031): its make, model and serial in ``cameras``, written through
    # ``cameras.camera_ids`` (one row per device); read as before through the three below.
    # (No foreign key: camera rows are never deleted, and SQLite drops no column that
    # one names, which a downgrade must.)
    camera_id: Mapped[int | None] = mapped_column(Integer)
    camera_make: Mapped[str | None] = _camera_part("make", camera_id)
    camera_model: Mapped[str | None] = _camera_part("model", camera_id)
    camera_serial: Mapped[str | None] = _camera_part("serial", camera_id)
    lens: Mapped[str | None] = mapped_column(String(200))
    gps_lat: Mapped[float | None] = mapped_column(Float)
    gps_lon: Mapped[float | None] = mapped_column(Float)
    gps_alt: Mapped[float | None] = mapped_column(Float)

    creator: Mapped[str | None] = mapped_column(String(500))
    credit_line: Mapped[str | None] = mapped_column(String(500))
    copyright: Mapped[str | None] = mapped_column(String(1000))
    licence: Mapped[str | None] = mapped_column(String(500))

    rating: Mapped[int] = mapped_column(Integer, default=0)
    flag: Mapped[int] = mapped_column(Integer, default=Flag.NONE)  # Flag
    color_label: Mapped[str | None] = mapped_column(String(16))
    consent: Mapped[str] = mapped_column(VocabCode(Consent), default=Consent.UNKNOWN)
    consent_note: Mapped[str | None] = mapped_column(Text)

    day_id: Mapped[int | None] = mapped_column(ForeignKey("days.id", ondelete="SET NULL"))
    session_id: Mapped[int | None] = mapped_column(ForeignKey("sessions.id", ondelete="SET NULL"))
    # How the item got its session, as a code (0034: 'auto' is 0, no byte in the row)
    assignment: Mapped[str | None] = mapped_column(VocabCode(Assignment))

    status: Mapped[str] = mapped_column(VocabCode(ItemStatus), default=ItemStatus.OK)
    status_reason: Mapped[str | None] = mapped_column(Text)
    warnings: Mapped[str | None] = mapped_column(Text)
    thumb_state: Mapped[str] = mapped_column(VocabCode(ThumbState), default=ThumbState.PENDING)
    has_embedded_thumb: Mapped[bool] = mapped_column(Boolean, default=False)
    # The version of the reader that made the record (``media.readers``): a rescan reads
    # an unchanged file again when its reader has improved since (0040).
    reader_version: Mapped[int] = mapped_column(SmallInteger, default=1, server_default="1")

    in_point_s: Mapped[float | None] = mapped_column(Float)
    out_point_s: Mapped[float | None] = mapped_column(Float)
    poster_time_s: Mapped[float | None] = mapped_column(Float)
    focus_x: Mapped[float | None] = mapped_column(Float)
    focus_y: Mapped[float | None] = mapped_column(Float)

    first_seen_at: Mapped[datetime] = mapped_column(UTCMicros, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCMicros, default=utcnow)
    last_verified_at: Mapped[datetime | None] = mapped_column(UTCMicros)
    # The hash's first 8 bytes (hexadecimal characters on PostgreSQL), computed by the
    # database: ``ix_items_sha_key`` holds it instead of the whole hash (17 bytes an entry
    # against 41 at a million items; migration 0029). SQLite keeps nothing in the row
    # (VIRTUAL), PostgreSQL stores it. Compared with a whole hash, ``HashKey`` takes its
    # first bytes: ``sha_key.in_(hashes)`` finds candidates, ``sha256`` decides.
    sha_key: Mapped[str | None] = mapped_column(
        HashKey, Computed("substr(sha256, 1, 8)"), deferred=True
    )


class Segment(Base):
    """A part of one recording (start to end, in seconds of the file): usually one session of
    a day-long capture, with speaker chapters. The recording itself is never modified."""

    __tablename__ = "segments"
    __table_args__ = (
        CheckConstraint("end_s > start_s", name="span"),
        Index("ix_segments_item_start", "item_id", "start_s"),
        Index("ix_segments_session", "session_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"))
    start_s: Mapped[float] = mapped_column(Float)
    end_s: Mapped[float] = mapped_column(Float)
    title: Mapped[str] = mapped_column(String(500))
    session_id: Mapped[int | None] = mapped_column(ForeignKey("sessions.id", ondelete="SET NULL"))
    # [{"start_s": 12.0, "title": "Jane Doe"}, ...]: offsets in the recording, sorted
    chapters: Mapped[list[Any]] = mapped_column(JSON, default=list)
    origin: Mapped[str] = mapped_column(String(16), default=SegmentOrigin.MANUAL)
    reason: Mapped[str | None] = mapped_column(Text)  # why the cut is where it is
    # WebVTT files the user added: [{"language", "name", "timing", "text", "cues"}, ...]
    captions: Mapped[list[Any] | None] = mapped_column(JSON)


class ItemText(Base):
    """Localised title, caption and alt text of an item (one row per field and language)."""

    __tablename__ = "item_texts"
    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012 (the key is the table: 0015)

    item_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    field: Mapped[str] = mapped_column(String(16), primary_key=True)  # title|caption|alt
    lang: Mapped[str] = mapped_column(String(16), primary_key=True)  # en, fr, nl, x-default
    value: Mapped[str] = mapped_column(Text)


class ItemContent(Base):
    """Extracted document text kept apart so item rows stay narrow."""

    __tablename__ = "item_content"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    text: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    slide_titles: Mapped[list[str]] = mapped_column(JSON, default=list)


def tag_key(name: str) -> str:
    """A tag name normalised for identity: NFC, spaces collapsed, case folded ('IOM' = 'iom')."""
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()


def _tag_key_default(context: Any) -> str:
    return tag_key(context.get_current_parameters()["name"])


class Tag(Base):
    """A keyword, person, organisation or place; parent makes hierarchical keywords."""

    __tablename__ = "tags"
    __table_args__ = (
        UniqueConstraint("kind", "parent_id", "name"),
        Index("ix_tags_name", "name"),
        # One tag per normalised name, parent and kind, also at the top level (NULL parents
        # are distinct in a plain unique constraint): concurrent writers creating the same
        # new keyword meet here and take the existing one (INSERT ... ON CONFLICT).
        Index(
            "uq_tags_identity",
            "kind",
            text("coalesce(parent_id, 0)"),
            "name_key",
            unique=True,
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(16), default=TagKind.KEYWORD)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"))
    # For people: 'none' | 'internal_only' | 'do_not_publish' propagates to their items.
    restriction: Mapped[str] = mapped_column(String(20), default=Restriction.NONE)
    note: Mapped[str | None] = mapped_column(Text)
    # tag_key(name), kept by every writer (the default covers plain inserts and undo).
    name_key: Mapped[str] = mapped_column(String(500), nullable=True, default=_tag_key_default)
    # For people: the day they withdrew consent (their restriction is then do_not_publish).
    consent_withdrawn_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class ItemTag(Base):
    __tablename__ = "item_tags"
    __table_args__ = (
        Index("ix_item_tags_tag_item", "tag_id", "item_id"),
        {"sqlite_with_rowid": False},  # the key is the table (migration 0015)
    )

    item_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True)


class SessionTag(Base):
    """Speakers (person tags) of a session."""

    __tablename__ = "session_tags"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True)


class Collection(Base):
    """A named curated set; with a query it is a smart collection (saved search)."""

    __tablename__ = "collections"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    query: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CollectionItem(Base):
    __tablename__ = "collection_items"
    __table_args__ = (Index("ix_collection_items_order", "collection_id", "position"),)

    collection_id: Mapped[int] = mapped_column(
        ForeignKey("collections.id", ondelete="CASCADE"), primary_key=True
    )
    item_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer)


class ClockOffset(Base):
    """A per-camera clock correction (seconds added to what the camera wrote)."""

    __tablename__ = "clock_offsets"

    camera_key: Mapped[str] = mapped_column(String(600), primary_key=True)
    offset_s: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str | None] = mapped_column(Text)


class ExportRecord(Base):
    """What went where, when, with which settings and overrides."""

    __tablename__ = "export_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    target: Mapped[str] = mapped_column(String(4096))
    target_kind: Mapped[str] = mapped_column(String(16))  # folder | zip | bag
    preset: Mapped[str] = mapped_column(String(64))
    source: Mapped[str | None] = mapped_column(Text)  # what was exported (collection, query...)
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    overrides: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    item_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    item_count: Mapped[int] = mapped_column(Integer, default=0)
    bytes: Mapped[int] = mapped_column(BigInteger, default=0)
    status: Mapped[str] = mapped_column(String(16), default=ExportStatus.OK)
    message: Mapped[str | None] = mapped_column(Text)


class UndoEntry(Base):
    """Persisted undo journal so the CLI can undo too; payload is plain JSON data (packed on
    SQLite, see :class:`PackedJSON`)."""

    __tablename__ = "undo_journal"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    label: Mapped[str] = mapped_column(String(500))
    payload: Mapped[dict[str, Any]] = mapped_column(PackedJSON)  # the undo record
    redo: Mapped[dict[str, Any] | None] = mapped_column(PackedJSON)  # set once undone
    undone: Mapped[bool] = mapped_column(Boolean, default=False)
    # Who made the change: undo and redo act on one person's own entries.
    user_name: Mapped[str | None] = mapped_column(String(200))


Index("ix_undo_journal_user", UndoEntry.user_name, UndoEntry.id)


class AuditEntry(Base):
    """Who changed what, when: one row per change, undo or redo (kept when undo is trimmed)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user_name: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(8))  # do | undo | redo | scan
    label: Mapped[str] = mapped_column(String(500))
    entry_id: Mapped[int | None] = mapped_column(Integer)  # the undo journal entry
    # What the change touched: 'items.rating', 'text.caption.en', 'tag.12', 'collection.3'.
    fields: Mapped[list[str]] = mapped_column(JSON, default=list)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # e.g. new values
    item_count: Mapped[int] = mapped_column(Integer, default=0)


Index("ix_audit_log_user", AuditEntry.user_name, AuditEntry.id)
Index("ix_audit_log_entry", AuditEntry.entry_id)


class AuditItem(Base):
    """The items one audit entry touched (an item's history reads this index)."""

    __tablename__ = "audit_items"
    __table_args__ = (
        Index("ix_audit_items_item", "item_id", "audit_id"),
        {"sqlite_with_rowid": False},  # the key is the table (migration 0015)
    )

    audit_id: Mapped[int] = mapped_column(
        ForeignKey("audit_log.id", ondelete="CASCADE"), primary_key=True
    )
    item_id: Mapped[int] = mapped_column(Integer, primary_key=True)


class Setting(Base):
    """Catalogue-wide settings (caption languages, ignore patterns ...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSON)


class SearchDoc(Base):
    """An item's indexed search text (accent-folded, lower-cased).

    PostgreSQL: ``doc`` holds the text, a GIN index over its words answers searches
    (``gen`` and ``hash`` unused). SQLite (migration 0032): ``doc`` is '' (no copy of the
    text), a contentless FTS5 index holds the words under the rowid ``gen << 40 | item_id``
    and ``hash`` is the text's 64-bit hash, which says whether a rewrite changed it (see
    ``searchtext.py``).
    """

    __tablename__ = "search_docs"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    doc: Mapped[str] = mapped_column(Text, default="")
    gen: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    hash: Mapped[int | None] = mapped_column(BigInteger)


class _FacetValues:
    """The facet columns of an item, as kept per combination (migration 0011; kind, consent
    and status as the items store them, migration 0023)."""

    kind: Mapped[str | None] = mapped_column(VocabCode(Kind))
    day_id: Mapped[int | None] = mapped_column(Integer)
    session_id: Mapped[int | None] = mapped_column(Integer)
    rating: Mapped[int | None] = mapped_column(Integer)
    flag: Mapped[int | None] = mapped_column(Integer)
    color_label: Mapped[str | None] = mapped_column(String(16))
    consent: Mapped[str | None] = mapped_column(VocabCode(Consent))
    status: Mapped[str | None] = mapped_column(VocabCode(ItemStatus))
    camera_id: Mapped[int | None] = mapped_column(Integer)  # 0031: was make and model
    n: Mapped[int] = mapped_column(BigInteger)


class FacetCell(_FacetValues, Base):
    """How many items have one combination of facet values, kept by triggers in the same
    transaction as every edit (migration 0011): the facet counts of the whole catalogue,
    or of a filter on these columns alone, are a GROUP BY over a few thousand rows.

    With ``bytes``, the sum of their sizes (migration 0037).

    SQLite: one row per combination (``key``: the values quoted and joined). PostgreSQL:
    rows appended per statement (``key`` NULL), summed by readers, folded now and then by
    ``facet_cells_compact()``.
    """

    __tablename__ = "facet_cells"
    __table_args__ = (UniqueConstraint("key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str | None] = mapped_column(Text)
    # The sum of those items' sizes (migration 0037): the catalogue's total without
    # reading a million sizes.
    bytes: Mapped[int] = mapped_column(BigInteger, server_default="0")


class TimeCell(Base):
    """How many dated items there are per minute of their capture time, camera, kind and
    class (how a day's timeline reads them: ``day_lanes``), kept by triggers in the same
    transaction as every edit (migration 0038): a day's lanes, a camera's dates and its
    first and last times without reading the items' rows.

    SQLite: one row per combination (``seq`` 0), WITHOUT ROWID: the table is its key.
    PostgreSQL: rows appended per statement (``seq`` from ``time_cells_seq``), summed by
    readers, folded by ``time_cells_compact()``.
    """

    __tablename__ = "time_cells"
    __table_args__ = (
        PrimaryKeyConstraint("bucket", "camera_id", "kind", "cls", "seq", name="pk_time_cells"),
        {"sqlite_with_rowid": False},
    )

    bucket: Mapped[int] = mapped_column(BigInteger)  # minutes since 1970, floored
    camera_id: Mapped[int] = mapped_column(Integer)  # 0: no camera
    kind: Mapped[str] = mapped_column(VocabCode(Kind))
    cls: Mapped[int] = mapped_column(SmallInteger)  # see day_lanes.CELL_*
    seq: Mapped[int] = mapped_column(BigInteger)
    n: Mapped[int] = mapped_column(BigInteger)


class FacetPerson(_FacetValues, Base):
    """How many links to one person tag the items of one combination have (SQLite only,
    kept by triggers as ``FacetCell``; PostgreSQL counts the links and leaves it empty).

    Keyed by the tag and ``key`` (the values quoted and joined, as facet_cells'), WITHOUT
    ROWID on SQLite: the table is its key, with no id, unique index or tag index beside it
    (migration 0035; a tag's rows are one range of the key)."""

    __tablename__ = "facet_people"
    __table_args__ = (
        PrimaryKeyConstraint("tag_id", "key", name="pk_facet_people"),
        {"sqlite_with_rowid": False},
    )

    tag_id: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(Text)


class ScanProblem(Base):
    """Something under a root that the last complete scan could not catalogue (a link loop,
    a path too long for the OS, a pipe, an unreadable folder), kept so it can be listed."""

    __tablename__ = "scan_problems"
    __table_args__ = (UniqueConstraint("root_id", "path"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    root_id: Mapped[int] = mapped_column(ForeignKey("roots.id", ondelete="CASCADE"), index=True)
    path: Mapped[str] = mapped_column(String(4096))
    reason: Mapped[str] = mapped_column(Text)
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Face(Base):
    """A face found in a photo (or read from its MWG regions): where, what it looks like
    (a 128-number embedding, float32 bytes), and whose it is (a person tag) if known."""

    __tablename__ = "faces"
    __table_args__ = (
        Index("ix_faces_item", "item_id"),
        Index("ix_faces_person_state", "person_id", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"))
    # Box in the displayed (upright) picture, each a fraction of its width or height.
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
    w: Mapped[float] = mapped_column(Float)
    h: Mapped[float] = mapped_column(Float)
    embedding: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    # Detector score for a face nobody named; for a suggestion, how sure (0..1) it is theirs.
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("tags.id", ondelete="SET NULL"), nullable=True
    )
    state: Mapped[str] = mapped_column(String(12), default=FaceState.SUGGESTED)
    cluster: Mapped[int | None] = mapped_column(Integer, nullable=True)  # unknown person N
    source: Mapped[str] = mapped_column(String(12), default="detected")  # detected | file


class FaceScan(Base):
    """That a photo was searched for faces (found or not): the scan is incremental."""

    __tablename__ = "face_scans"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    faces: Mapped[int] = mapped_column(Integer, default=0)
    scanned_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

"""Locale-aware display of catalogue values (dates, sizes, durations)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime, tzinfo
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QObject,
    QTime,
    QTimeZone,
)

from smparchive.core.catalog.records import ItemRecord
from smparchive.core.domain import timefmt
from smparchive.core.domain.timefmt import ShownTime, TimedItem
from smparchive.core.vocab import ColourLabel, Consent, Flag, ItemStatus, Kind, TimeSource
from smparchive.gui.i18n import QT_TRANSLATE_NOOP, filled, texts_of


def size(n: int | None) -> str:
    """A file size such as '4.6 MB'; under a kilobyte, bytes with their plural forms (Qt
    wrote "1 bytes", "0 octets")."""
    if int(n or 0) < 1000:
        return texts_of(KindCounts).size_in_bytes(max(0, int(n or 0)))
    return QLocale().formattedDataSize(int(n or 0), 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def duration(seconds: float | None, *, hours: bool = False) -> str:
    """'1:02:03' or '2:05' ('0:02:05' with ``hours``: a time inside an hour-long recording,
    where '2:40' could be read as two hours forty)."""
    if seconds is None:
        return ""
    s = round(seconds)
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h or hours else f"{m}:{sec:02d}"


def quoted(text: str) -> str:
    """``text`` in the language's quotation marks: “roundtable”, « table ronde »."""
    return QCoreApplication.translate("format", "“%1”").replace("%1", text)


def number(n: int) -> str:
    return QLocale().toString(int(n))


def decimal(x: float, places: int = 1) -> str:
    """'82.9' in English, '82,9' in French: the interface language's decimal mark."""
    return QLocale().toString(float(x), "f", places)


def percent(n: float) -> str:
    """'49%' in English, '49 %' in French: the number in the locale's digits, the sign
    where the language puts it."""
    return QCoreApplication.translate("format", "%1%").replace("%1", QLocale().toString(round(n)))


def progress_format() -> str:
    """A QProgressBar's format, the percentage written as :func:`percent` does (Qt puts
    the locale's number in for %p)."""
    return QCoreApplication.translate("format", "%1%").replace("%1", "%p")


_UTC = QTimeZone.utc()


def _qdate(value: date) -> QDate:
    # PySide6 converts a date itself, but its stubs do not say so: spelled out, typed.
    return QDate(value.year, value.month, value.day)


def _wall(moment: datetime) -> QDateTime:
    """The wall-clock reading of ``moment`` (its zone, if any, ignored), to be formatted.

    Held as a UTC time, never as this computer's local time: a local QDateTime moved a
    reading inside this computer's daylight-saving gap (02:30 on a spring Sunday in
    Brussels read '03:30' for a photo taken anywhere), and it cost ~0.2-0.5 ms to make
    (the system zone asked for each one), most of a grid cell's painting."""
    t = moment.time()
    return QDateTime(
        _qdate(moment.date()),
        QTime(t.hour, t.minute, t.second, t.microsecond // 1000),
        _UTC,
    )


def _qdt(moment: datetime) -> QDateTime:
    offset = moment.utcoffset()
    if offset is None:
        return _wall(moment)
    zone = QTimeZone.fromSecondsAheadOfUtc(int(offset.total_seconds()))
    wall = _wall(moment)
    return QDateTime(wall.date(), wall.time(), zone)


# One unambiguous look for dates everywhere (month names come from the locale): locale
# short formats read "1 06 2022" (C) or "6/1/22" (en_US), which people misread.
DATE_PATTERN = "d MMM yyyy"
TIME_PATTERN = "HH:mm"
DATE_TIME_PATTERN = f"{DATE_PATTERN} {TIME_PATTERN}"
DATE_TIME_SECONDS_PATTERN = f"{DATE_PATTERN} HH:mm:ss"


def date_time(
    moment: datetime | None, pattern: str = DATE_TIME_PATTERN, *, zone: bool | None = None
) -> str:
    """'1 Jun 2022 08:45' in the user's language, for moments of the user's own work (a
    scan, an edit, an export, first seen): aware times on this computer's clock, its zone
    named ('15:02 EST') where that clock reads otherwise than the event's (the core's
    :func:`~timefmt.action_time`), so it is never taken for a capture time; ``zone=True``
    names it always (two colleagues' changes, who may be in different zones). Naive times
    are wall clocks, shown as they are. Capture and programme times go through
    :func:`capture` / :func:`event_moment` (the event's zone)."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        return QLocale().toString(_wall(moment), pattern)
    return shown_text(timefmt.action_time(moment, _event_zone), pattern, zone=zone)


def day(value: date | None, pattern: str = DATE_PATTERN) -> str:
    """'1 Jun 2022'; ``pattern`` 'ddd d MMM' gives 'Wed 1 Jun'."""
    return QLocale().toString(_qdate(value), pattern) if value is not None else ""


# -- capture times: the core's one time model, formatted through QLocale ----------------------
# The zone of the open catalogue's main event: capture times of items in no event are shown
# in it (set when a catalogue opens and when its programme changes; UTC until then).
_event_zone: tzinfo = UTC
# Each event's zone (id -> zone) and each programme day's event (id -> event id): an item
# or session of a second event (a New York follow-up) is shown at its own event's time, as
# the export writes it, not at the main event's.
_zones: dict[int, tzinfo] = {}
_day_events: dict[int, int] = {}


def set_event_zone(
    tz: tzinfo | None,
    zones: Mapping[int, tzinfo] | None = None,
    day_events: Mapping[int, int] | None = None,
) -> bool:
    """Show capture times in ``tz`` from now on, those of an event's days in ``zones``'s
    (by ``day_events``: day id -> event id); True when that changed anything."""
    global _event_zone
    new = tz or UTC
    zones, day_events = dict(zones or {}), dict(day_events or {})
    changed = new != _event_zone or zones != _zones or day_events != _day_events
    _event_zone = new
    _zones.clear()
    _zones.update(zones)
    _day_events.clear()
    _day_events.update(day_events)
    return changed


def event_zone() -> tzinfo:
    """The main event's zone: capture times of items in no event are shown in it."""
    return _event_zone


def zone_of(*, event_id: int | None = None, day_id: int | None = None) -> tzinfo:
    """The zone of an event (or of a day's event); the main event's for none."""
    if event_id is None and day_id is not None:
        event_id = _day_events.get(day_id)
    return _zones.get(event_id, _event_zone) if event_id is not None else _event_zone


def in_zone(st: ShownTime | None, main: tzinfo) -> ShownTime | None:
    """``st`` marked to name its zone where it reads otherwise than ``main`` ('09:30 EDT'
    beside the Brussels items), so one event's times look exactly as they always did."""
    if st is None or st.zone == timefmt.zone_name(main):
        return st
    offset = st.utc.astimezone(main).utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    return dataclasses.replace(st, event_offset_min=minutes)


# The open catalogue's programme days (id -> date): a thumbnail's caption shows the time
# of day alone only where that day is plain.
_day_dates: dict[int, date] = {}


def set_event_days(days: Mapping[int, date]) -> bool:
    """The programme's days from now on; True when that changed anything."""
    new = dict(days)
    changed = new != _day_dates
    _day_dates.clear()
    _day_dates.update(new)
    return changed


# The items shown lie on several days (the Videos view, a search, a collection): a caption's
# hour alone read '09:30' for a day-1 and a day-2 recording alike, so each carries its date.
_many_days = False


def set_view_spans_days(many: bool) -> bool:
    """Whether the view's items lie on several days from now on; True when that changed."""
    global _many_days
    changed = many != _many_days
    _many_days = many
    return changed


def capture_day(rec: ItemRecord) -> str:
    """The date part of :func:`capture_clock` ('31 May'), '' where it shows the time alone:
    what a cell too narrow for both keeps (another day matters more than its hour)."""
    st = shown(rec)
    if st is None:
        return ""
    pattern = _caption_pattern(st, rec.day_id)
    if pattern == TIME_PATTERN:
        return ""
    return shown_text(st, pattern.removesuffix(" " + TIME_PATTERN), zone=False, marker=False)


def _caption_pattern(st: ShownTime, day_id: int | None) -> str:
    """'HH:mm', or with the date where the time alone would mislead: a deck saved the
    evening before, in the morning's session, read '17:45' under a 09:30-11:00 session,
    and a concept note of 18 May '10:00' beside the conference's photos. The date is
    shown when the item's date is not its day's (or, without a day, not one of the
    programme's), with the year when no day of the programme is in that year. Without a
    programme no day is plain: a 1999 photo read '16:38' among 2022's. Nor is any where the
    view's items lie on several days (:func:`set_view_spans_days`)."""
    if not _day_dates:
        return f"d MMM yyyy {TIME_PATTERN}"
    when = st.local.date()
    day = _day_dates.get(day_id) if day_id is not None else None
    if not _many_days and (day == when or (day is None and when in _day_dates.values())):
        return TIME_PATTERN
    same_year = any(d.year == when.year for d in _day_dates.values())
    return f"{'d MMM' if same_year else 'd MMM yyyy'} {TIME_PATTERN}"


def shown(rec: TimedItem) -> ShownTime | None:
    """The item's corrected time in its event's zone (the core's :func:`item_time`): the
    event of its day, the main event's for an item in none."""
    zone = zone_of(day_id=getattr(rec, "day_id", None))
    return in_zone(timefmt.item_time(rec, zone), _event_zone)


def correction_text(shift_s: int) -> str:
    """'+1 h', '+2 d 1 h' with the language's symbol for days ('+2 j 1 h' in French): a
    camera whose date was lost with its battery is days or years off."""
    day = QCoreApplication.translate("format", "d", "symbol for days in a clock correction")
    return timefmt.correction_text(shift_s, day)


def correction(shift_s: int) -> str:
    """'corrected by +1 h' in the user's language."""
    return QCoreApplication.translate("format", "corrected by %1").replace(
        "%1", correction_text(shift_s)
    )


def correction_value(shift_s: int) -> str:
    """A camera's clock correction as a value: '+1 h', or 'none' (as the command line
    says) rather than a blank or '+0 s'."""
    if not shift_s:
        return QCoreApplication.translate("format", "none", "no clock correction")
    return correction_text(shift_s)


def shown_text(
    st: ShownTime | None,
    pattern: str = DATE_TIME_PATTERN,
    *,
    zone: bool | None = None,
    marker: bool = True,
    compact: bool = False,
) -> str:
    """A shown time in the user's language: '1 Jun 2022 10:30 CEST · corrected by +1 h'.

    The digits are the core's (``st.local``); QLocale adds month and day names. ``zone``
    True names the zone, None names it only where the bare time could be misread. A
    ``compact`` marker reads '(+1 h)' (table cells, thumbnail captions). A time that is only
    the file's date says so: '(file date)', or '~10:30' when compact.
    """
    if st is None:
        return ""
    wall = st.local.replace(tzinfo=None)
    out = QLocale().toString(_wall(wall), pattern)
    if zone or (zone is None and st.ambiguous):
        out += f" {st.zone_abbr}"
    if marker and st.file_date:  # only the file's date: '~10:30' in a caption
        if compact:
            out = "~" + out
        else:
            out += " (" + QCoreApplication.translate("format", "file date") + ")"
    if marker and st.corrected:
        if compact:
            out += f" ({correction_text(st.shift_s)})"
        else:
            out += " · " + correction(st.shift_s)
    return out


def capture(
    rec: TimedItem, *, zone: bool | None = None, marker: bool = True, compact: bool = True
) -> str:
    """When an item was made: its corrected time in the event's zone, '1 Jun 2022 10:30
    (+1 h)' (details table, assignment preview); ``compact=False`` spells the correction."""
    return shown_text(shown(rec), zone=zone, marker=marker, compact=compact)


# a clock correction as long as cells usually mark one ('(+1 h 05 min)'), for sizing
SAMPLE_SHIFT_S = 3900


def capture_widest(moment: datetime) -> str:
    """The longest a capture cell reads at ``moment``: the event's zone named and a
    correction marked ('28 Sep 2022 23:59 CEST (+1 h 05 min)'), to size a column by."""
    st = timefmt.shown_time(moment, _event_zone, shift_s=SAMPLE_SHIFT_S)
    return shown_text(st, zone=True, compact=True)


def capture_tip(rec: TimedItem) -> str:
    """A time whose correction a cell marks only as '(+1 h)' or '10:30*' (grid and
    filmstrip captions, details and assignment tables), spelled out for its tooltip:
    '1 Jun 2022 10:30 CEST · corrected by +1 h'. Every view's one wording of it."""
    return shown_text(shown(rec), zone=True, compact=False)


def capture_full(rec: ItemRecord) -> str:
    """The same with seconds and the zone always named (inspector, loupe overlay)."""
    return shown_text(shown(rec), "ddd " + DATE_TIME_SECONDS_PATTERN, zone=True)


def capture_clock(rec: ItemRecord, *, short: bool = False) -> str:
    """The time of day, '10:30' or '10:30 (+1 h)' when corrected (thumbnail captions), with
    its date where the day is not plain ('31 May 17:45'); the zone when ambiguous.
    ``short``: a corrected time marked '10:30*' (the filmstrip's narrow cells: '(+1 h 09 s)'
    does not fit beside the stars)."""
    st = shown(rec)
    if st is None:
        return ""
    pattern = _caption_pattern(st, rec.day_id)
    if not short or not st.corrected:
        return shown_text(st, pattern, zone=None, compact=True)
    out = shown_text(st, pattern, zone=None, marker=False) + "*"
    return "~" + out if st.file_date else out


SOURCE_NAMES: dict[str, str] = {
    TimeSource.EXIF_OFFSET: QT_TRANSLATE_NOOP("format", "camera EXIF with offset"),
    TimeSource.EXIF_LOCAL: QT_TRANSLATE_NOOP("format", "camera EXIF without offset"),
    TimeSource.XMP: QT_TRANSLATE_NOOP("format", "XMP date"),
    TimeSource.XMP_SIDECAR: QT_TRANSLATE_NOOP("format", "XMP sidecar date"),
    TimeSource.XMP_LEGACY: QT_TRANSLATE_NOOP("format", "XMP date"),
    TimeSource.IPTC: QT_TRANSLATE_NOOP("format", "IPTC date"),
    TimeSource.QUICKTIME: QT_TRANSLATE_NOOP("format", "QuickTime creation date"),
    TimeSource.CONTAINER_UTC: QT_TRANSLATE_NOOP(
        "format", "container date, UTC (phone or recorder)"
    ),
    TimeSource.CONTAINER_LOCAL: QT_TRANSLATE_NOOP("format", "container date, camera's local time"),
    TimeSource.CONTAINER_LEGACY: QT_TRANSLATE_NOOP("format", "container UTC"),
    TimeSource.DOCUMENT: QT_TRANSLATE_NOOP("format", "document date"),
    TimeSource.FILE_MTIME: QT_TRANSLATE_NOOP("format", "file date (not used for assignment)"),
}


def capture_source(rec: ItemRecord) -> str:
    """Where the time came from: 'corrected by +1 h · camera EXIF with offset (+02:00)' (the
    correction first, so a narrow panel still shows it)."""
    code = rec.capture_source or ""
    if not code and rec.capture_utc is None:
        return ""
    name = SOURCE_NAMES.get(code)
    text = QCoreApplication.translate("format", name) if name else (code or "?")
    if code == TimeSource.EXIF_OFFSET and rec.capture_offset_min is not None:
        text += f" ({timefmt.offset_text(rec.capture_offset_min)})"
    if rec.clock_shift_s:
        text = correction(rec.clock_shift_s) + " · " + text
    return text


def event_moment(
    moment: datetime | None,
    pattern: str = DATE_TIME_PATTERN,
    *,
    zone: bool = False,
    event_id: int | None = None,
) -> str:
    """A programme or capture moment (aware) in an event's zone (the main one by default),
    e.g. a session start; its zone named where it reads otherwise than the main event's."""
    return moment_text(moment, zone_of(event_id=event_id), _event_zone, pattern, zone=zone)


def moment_text(
    moment: datetime | None,
    tz: tzinfo,
    main: tzinfo,
    pattern: str = DATE_TIME_PATTERN,
    *,
    zone: bool = False,
) -> str:
    """:func:`event_moment` with the zones given (a worker thread's own read of them)."""
    st = in_zone(timefmt.shown_time(moment, tz), main)
    named = zone or (st is not None and st.event_offset_min not in (None, st.offset_min))
    return shown_text(st, pattern, zone=named)


def event_clock(moment: datetime | None, event_id: int | None = None) -> str:
    """'09:30': an aware moment's time of day in its event's zone (the main one by default)."""
    return event_moment(moment, TIME_PATTERN, event_id=event_id)


def clock(moment: datetime) -> str:
    """A time of day such as '14:05' (the moment's own wall clock)."""
    # Only the time of day: a QDateTime in the moment's zone was five Qt objects per call,
    # 0.5 ms each for the sessions' 128 start times while pages were being read.
    return QLocale().toString(QTime(moment.hour, moment.minute, moment.second), TIME_PATTERN)


def zoned_clock(moment: datetime, tz: tzinfo, main: tzinfo) -> str:
    """'09:30' in ``tz``, '09:30 EDT' where ``tz`` reads otherwise than the main event's
    zone (a session of a second event in a list of the first's). As cheap as :func:`clock`
    in the usual one-zone case."""
    local = moment.astimezone(tz)
    out = clock(local)
    if tz != main and local.utcoffset() != moment.astimezone(main).utcoffset():
        out += f" {local.tzname()}"
    return out


def dimensions(rec: ItemRecord) -> str:
    if rec.width and rec.height:
        w, h = (
            (rec.height, rec.width) if rec.orientation in (5, 6, 7, 8) else (rec.width, rec.height)
        )
        return f"{w} × {h}"
    return ""


def camera(rec: ItemRecord) -> str:
    """ "Canon EOS R6", "NIKON Z 6_2": the maker once (most models repeat its first word)."""
    make, model = (rec.camera_make or "").strip(), (rec.camera_model or "").strip()
    if make and model.lower().startswith(make.split()[0].lower()):
        return model
    return f"{make} {model}".strip()


# Labels of the core's vocabulary (core/vocab.py), keyed on its enums: a value added there
# without a label here fails tests/gui/test_vocab_labels.py.
KIND_NAMES: dict[str, str] = {
    Kind.PHOTO: QT_TRANSLATE_NOOP("format", "Photo"),
    Kind.VIDEO: QT_TRANSLATE_NOOP("format", "Video"),
    Kind.AUDIO: QT_TRANSLATE_NOOP("format", "Audio"),
    Kind.SLIDES: QT_TRANSLATE_NOOP("format", "Slides"),
    Kind.DOCUMENT: QT_TRANSLATE_NOOP("format", "Document"),
    Kind.OTHER: QT_TRANSLATE_NOOP("format", "Other"),
}
FLAG_NAMES: dict[int, str] = {
    Flag.REJECT: QT_TRANSLATE_NOOP("format", "Rejected"),
    Flag.NONE: "",
    Flag.PICK: QT_TRANSLATE_NOOP("format", "Pick"),
}
# consent states a card shows as a badge (their cards' tooltips name them)
BADGED_CONSENTS = (Consent.DO_NOT_PUBLISH, Consent.INTERNAL_ONLY)

CONSENT_NAMES: dict[str, str] = {
    Consent.CLEARED: QT_TRANSLATE_NOOP("format", "Cleared"),
    Consent.INTERNAL_ONLY: QT_TRANSLATE_NOOP("format", "Internal only"),
    Consent.DO_NOT_PUBLISH: QT_TRANSLATE_NOOP("format", "Do not publish"),
    Consent.UNKNOWN: QT_TRANSLATE_NOOP("format", "Unknown"),
}
STATUS_NAMES: dict[str, str] = {
    ItemStatus.OK: QT_TRANSLATE_NOOP("format", "Ok"),
    ItemStatus.WARNING: QT_TRANSLATE_NOOP("format", "Warning"),
    ItemStatus.ERROR: QT_TRANSLATE_NOOP("format", "Error"),
    ItemStatus.MISSING: QT_TRANSLATE_NOOP("format", "Missing"),
    ItemStatus.OFFLINE: QT_TRANSLATE_NOOP("format", "Offline"),
}
LABEL_NAMES: dict[str, str] = {
    ColourLabel.RED: QT_TRANSLATE_NOOP("format", "Red"),
    ColourLabel.YELLOW: QT_TRANSLATE_NOOP("format", "Yellow"),
    ColourLabel.GREEN: QT_TRANSLATE_NOOP("format", "Green"),
    ColourLabel.BLUE: QT_TRANSLATE_NOOP("format", "Blue"),
    ColourLabel.PURPLE: QT_TRANSLATE_NOOP("format", "Purple"),
}
LABEL_COLOURS: dict[str, str] = {
    ColourLabel.RED: "#e5484d",
    ColourLabel.YELLOW: "#f5c400",
    ColourLabel.GREEN: "#30a46c",
    ColourLabel.BLUE: "#3b82f6",
    ColourLabel.PURPLE: "#8e4ec6",
}
# Shown as translate("format", value.capitalize()): scan problem kinds.
RUNTIME_TEXTS = (
    QT_TRANSLATE_NOOP("format", "Skipped"),
    QT_TRANSLATE_NOOP("format", "Not read"),  # a scan problem: retried by the next scan
)


def _label(names: Mapping[Any, str], value: Any) -> str:
    """The translated label of a vocabulary value; an unknown value is shown as stored."""
    if value is None:
        return ""
    text = names.get(value)
    if text is None:
        return str(value)
    return QCoreApplication.translate("format", text) if text else ""


def kind_name(kind: str) -> str:
    """'Photo', 'Video' ... in the interface's language."""
    return _label(KIND_NAMES, kind)


class KindCounts(QObject):
    """'3 photos', '1 video' (pyside6-lupdate reads plural forms only from ``self.tr``)."""

    def count(self, kind: str, n: int) -> str:
        """``n`` items of ``kind`` in the interface's language."""
        if kind == Kind.PHOTO:
            return self.tr("%Ln photos", None, n)
        if kind == Kind.VIDEO:
            return self.tr("%Ln videos", None, n)
        if kind == Kind.AUDIO:
            return self.tr("%Ln audio recordings", None, n)
        if kind == Kind.SLIDES:
            return self.tr("%Ln slide decks", None, n)
        if kind == Kind.DOCUMENT:
            return self.tr("%Ln documents", None, n)
        return self.tr("%Ln other files", None, n)

    def size_in_bytes(self, n: int) -> str:
        """A file size under a kilobyte: '1 byte', '0 octet'."""
        return self.tr("%Ln bytes", "a file size", n)


def kind_count(kind: str, n: int) -> str:
    """'3 photos', '1 video' in the interface's language (a selection's make-up)."""
    return texts_of(KindCounts).count(kind, n)


def kind_counts(kinds: Mapping[str, int]) -> str:
    """A selection's make-up, the most numerous kind first: '3 photos, 1 video'."""
    ordered = sorted(kinds.items(), key=lambda kn: (-kn[1], kind_name(kn[0])))
    return ", ".join(kind_count(k, n) for k, n in ordered if n)


def flag_name(flag: int) -> str:
    """'Pick', 'Rejected' or '' (no flag)."""
    return _label(FLAG_NAMES, flag)


def consent_name(consent: str) -> str:
    """'Cleared', 'Internal only' ..."""
    return _label(CONSENT_NAMES, consent)


def status_name(status: str) -> str:
    """'Ok', 'Missing' ..."""
    return _label(STATUS_NAMES, status)


def status_text(rec: ItemRecord) -> str:
    """The item's status as its Status row and column say it: 'Ok, with 1 warning' for a
    readable file with a warning (a PNG whose EXIF could not be read): it is listed under
    Problems > Warnings, where a bare 'Ok' contradicted the line below it."""
    if rec.status == ItemStatus.OK and rec.warnings:
        n = len([line for line in rec.warnings.splitlines() if line.strip()])
        return texts_of(StatusTexts).ok_with_warnings(n)
    return status_name(rec.status)


class StatusTexts(QObject):
    """Status texts with a count (pyside6-lupdate reads plural forms only from ``self.tr``)."""

    def ok_with_warnings(self, n: int) -> str:
        return self.tr("Ok, with %n warnings", None, n)


def label_name(label: str | None) -> str:
    """'Red', 'Blue' ... ('' for no colour label)."""
    return _label(LABEL_NAMES, label)


# Why an item may not be published, by the catalogue's and the export's reason codes; %1 is
# the session's title or the person's name.
CONSENT_CAUSES = {
    "consent:unknown": QT_TRANSLATE_NOOP("format", "consent unknown"),
    "consent:internal_only": QT_TRANSLATE_NOOP("format", "cleared for internal use only"),
    "consent:do_not_publish": QT_TRANSLATE_NOOP("format", "marked do not publish"),
    "session:do_not_publish": QT_TRANSLATE_NOOP("format", "session “%1” is not for publication"),
    "session:do_not_record": QT_TRANSLATE_NOOP("format", "session “%1” was not to be recorded"),
    "person:unknown": QT_TRANSLATE_NOOP("format", "shows %1 (consent unknown)"),
    "person:internal_only": QT_TRANSLATE_NOOP("format", "shows %1 (internal use only)"),
    "person:do_not_publish": QT_TRANSLATE_NOOP("format", "shows %1 (do not publish)"),
    # %2: the day they withdrew it
    "person:withdrawn": QT_TRANSLATE_NOOP("format", "shows %1 (consent withdrawn on %2)"),
    "alt:missing": QT_TRANSLATE_NOOP("format", "no alt text (needed to publish on a platform)"),
    "alt:draft": QT_TRANSLATE_NOOP("format", "alt text is still a draft"),
    "flag:rejected": QT_TRANSLATE_NOOP("format", "flagged Rejected"),
}


def consent_cause(code: str, subject: str = "", withdrawn_on: date | None = None) -> str:
    """One reason an item is held back from publication, in the interface's language;
    ``withdrawn_on``: the day the person shown withdrew their consent, which it names."""
    if withdrawn_on is not None and code.startswith("person:"):
        code = "person:withdrawn"
    text = CONSENT_CAUSES.get(code)
    if text is None:
        return code  # a code this version does not know: shown as it is
    return filled(QCoreApplication.translate("format", text), subject, day(withdrawn_on))


# A session's two flags (``SessionRecord`` fields), what each does (the schedule editor's
# check boxes and the sidebar's menu explain them) and the word its sidebar row ends with
SESSION_FLAG_TIPS = {
    "do_not_publish": QT_TRANSLATE_NOOP(
        "format", "Not for publication: every export holds back the session’s items"
    ),
    "do_not_record": QT_TRANSLATE_NOOP(
        "format", "Do not record: every export holds back the session’s video and audio"
    ),
}
SESSION_FLAGS = tuple(SESSION_FLAG_TIPS)
SESSION_MARKS = {
    "do_not_publish": QT_TRANSLATE_NOOP("format", "closed"),
    "do_not_record": QT_TRANSLATE_NOOP("format", "not recorded"),
}


def session_mark(session: Any) -> str:
    """A word for a flagged session's sidebar row, 'closed' (not for publication: its
    recordings are held back too) or 'not recorded'; '' for none, or when its title says
    it already ('Working group (closed-door)'). Short: the row has two lines for the time
    and the title."""
    flag = next((f for f in SESSION_FLAGS if getattr(session, f)), None)
    mark = QCoreApplication.translate("format", SESSION_MARKS[flag]) if flag else ""
    return "" if mark.casefold() in session.title.casefold() else mark


def session_flag_tip(flag: str) -> str:
    """What a session flag does, in the interface's language."""
    return QCoreApplication.translate("format", SESSION_FLAG_TIPS[flag])


# What a session or a person shown makes of an item, by the consent that then applies; %1
# says why (``consent_cause``)
HELD_AS: dict[str, str] = {
    Consent.DO_NOT_PUBLISH: QT_TRANSLATE_NOOP("format", "Will not be published: %1"),
    Consent.INTERNAL_ONLY: QT_TRANSLATE_NOOP("format", "Internal use only: %1"),
    Consent.UNKNOWN: QT_TRANSLATE_NOOP("format", "Held back until cleared: %1"),
}


def held_back(rec: ItemRecord, session_name: Callable[[int | None], str] | None = None) -> str:
    """Why the export holds the item back beyond its own consent, in the interface's
    language ('Will not be published: session “Huis clos” is not for publication'); '' when
    its own consent decides. ``session_name``: the session's title as the sidebar shows it
    (in the interface's language), else the programme's own that the record holds."""

    def about(code: str, subject: str) -> str:
        named = session_name(rec.session_id) if session_name else ""
        return named if named and code.startswith("session:") else subject

    text = HELD_AS.get(rec.effective_consent)
    if text is None or rec.effective_consent == rec.consent:
        return ""
    since = dict(rec.withdrawn)
    sep = QCoreApplication.translate("format", "; ", "between the reasons an item is held back")
    why = sep.join(
        consent_cause(code, about(code, subject), since.get(subject))
        for code, subject in rec.restrictions
    )
    return QCoreApplication.translate("format", text).replace("%1", why)


def consent_shown(rec: ItemRecord) -> str:
    """The consent every view shows of an item: the one the export applies ('Do not
    publish' for a photo of a closed session whose own consent is 'Unknown')."""
    return consent_name(rec.effective_consent)


# -- file dialogs -------------------------------------------------------------------------------
FILE_KINDS = {
    "catalogue": QT_TRANSLATE_NOOP("format", "smparchive catalogue"),
    "programme": QT_TRANSLATE_NOOP("format", "Programmes"),
}


def file_filter(kind: str, extensions: Iterable[str]) -> str:
    """A file dialog's filter from the extensions the core names (never a list typed here):
    'Programmes (*.csv *.ics ...);;All files (*)'."""
    label = QCoreApplication.translate("format", FILE_KINDS[kind])
    patterns = " ".join(f"*{e}" for e in extensions)
    every = QCoreApplication.translate("format", "All files")
    return f"{label} ({patterns});;{every} (*)"


def catalogue_filter() -> str:
    """The filter of the dialogs that open or create a catalogue."""
    from smparchive.core.paths import CATALOGUE_SUFFIX

    return file_filter("catalogue", (CATALOGUE_SUFFIX,))


def programme_filter() -> str:
    """The filter of the programme import dialog."""
    from smparchive.core.organise.schedule_formats import PROGRAMME_EXTENSIONS

    return file_filter("programme", PROGRAMME_EXTENSIONS)

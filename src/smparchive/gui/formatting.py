"""Locale-aware display of catalogue values (dates, sizes, durations)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale, QTimeZone

from smparchive.core.catalog.records import ItemRecord


def size(n: int | None) -> str:
    """A file size such as '4.6 MB'."""
    return QLocale().formattedDataSize(int(n or 0), 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def duration(seconds: float | None) -> str:
    """'1:02:03' or '2:05'."""
    if seconds is None:
        return ""
    s = round(seconds)
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"


def number(n: int) -> str:
    return QLocale().toString(int(n))


def _qdt(moment: datetime) -> QDateTime:
    if moment.tzinfo is None:
        return QDateTime(moment.date(), moment.time())
    offset = int(moment.utcoffset().total_seconds())  # type: ignore[union-attr]
    return QDateTime(moment.date(), moment.time(), QTimeZone.fromSecondsAheadOfUtc(offset))


# One unambiguous look for dates everywhere (month names come from the locale): locale
# short formats read "1 06 2022" (C) or "6/1/22" (en_US), which people misread.
DATE_PATTERN = "d MMM yyyy"
TIME_PATTERN = "HH:mm"
DATE_TIME_PATTERN = f"{DATE_PATTERN} {TIME_PATTERN}"
DATE_TIME_SECONDS_PATTERN = f"{DATE_PATTERN} HH:mm:ss"


def date_time(moment: datetime | None, pattern: str = DATE_TIME_PATTERN) -> str:
    """'1 Jun 2022 08:45' in the user's language (aware times shown in local time)."""
    if moment is None:
        return ""
    qdt = _qdt(moment)
    if moment.tzinfo is not None:
        qdt = qdt.toLocalTime()
    return QLocale().toString(qdt, pattern)


def day(value: date | None, pattern: str = DATE_PATTERN) -> str:
    """'1 Jun 2022'; ``pattern`` 'ddd d MMM' gives 'Wed 1 Jun'."""
    return QLocale().toString(value, pattern) if value is not None else ""


def capture(rec: ItemRecord) -> str:
    """When an item was made, as the device's wall clock (else local time)."""
    if rec.capture_local is not None and rec.clock_shift_s == 0:
        return QLocale().toString(_qdt(rec.capture_local), DATE_TIME_PATTERN)
    return date_time(rec.capture_utc)


def clock(moment: datetime) -> str:
    """A time of day such as '14:05'."""
    return QLocale().toString(_qdt(moment).time(), TIME_PATTERN)


def dimensions(rec: ItemRecord) -> str:
    if rec.width and rec.height:
        w, h = (
            (rec.height, rec.width) if rec.orientation in (5, 6, 7, 8) else (rec.width, rec.height)
        )
        return f"{w} × {h}"
    return ""


def camera(rec: ItemRecord) -> str:
    make, model = rec.camera_make or "", rec.camera_model or ""
    if make and model.lower().startswith(make.lower()):
        return model
    return f"{make} {model}".strip()


KIND_NAMES = {
    "photo": QT_TRANSLATE_NOOP("format", "Photo"),
    "video": QT_TRANSLATE_NOOP("format", "Video"),
    "audio": QT_TRANSLATE_NOOP("format", "Audio"),
    "slides": QT_TRANSLATE_NOOP("format", "Slides"),
    "document": QT_TRANSLATE_NOOP("format", "Document"),
    "other": QT_TRANSLATE_NOOP("format", "Other"),
}
FLAG_NAMES = {
    -1: QT_TRANSLATE_NOOP("format", "Rejected"),
    0: "",
    1: QT_TRANSLATE_NOOP("format", "Pick"),
}
CONSENT_NAMES = {
    "cleared": QT_TRANSLATE_NOOP("format", "Cleared"),
    "internal_only": QT_TRANSLATE_NOOP("format", "Internal only"),
    "do_not_publish": QT_TRANSLATE_NOOP("format", "Do not publish"),
    "unknown": QT_TRANSLATE_NOOP("format", "Unknown"),
}
# Shown as translate("format", value.capitalize()): item statuses, problem kinds, label colours.
RUNTIME_TEXTS = (
    QT_TRANSLATE_NOOP("format", "Ok"),
    QT_TRANSLATE_NOOP("format", "Warning"),
    QT_TRANSLATE_NOOP("format", "Error"),
    QT_TRANSLATE_NOOP("format", "Missing"),
    QT_TRANSLATE_NOOP("format", "Offline"),
    QT_TRANSLATE_NOOP("format", "Skipped"),
    QT_TRANSLATE_NOOP("format", "Red"),
    QT_TRANSLATE_NOOP("format", "Yellow"),
    QT_TRANSLATE_NOOP("format", "Green"),
    QT_TRANSLATE_NOOP("format", "Blue"),
    QT_TRANSLATE_NOOP("format", "Purple"),
)
LABEL_COLOURS = {
    "red": "#e5484d",
    "yellow": "#f5c400",
    "green": "#30a46c",
    "blue": "#3b82f6",
    "purple": "#8e4ec6",
}


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
}


def consent_cause(code: str, subject: str = "") -> str:
    """One reason an item is held back from publication, in the interface's language."""
    text = CONSENT_CAUSES.get(code)
    if text is None:
        return code  # a code this version does not know: shown as it is
    return QCoreApplication.translate("format", text).replace("%1", subject)

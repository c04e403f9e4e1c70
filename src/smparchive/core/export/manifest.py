"""manifest.csv (RFC 4180, UTF-8, Dublin Core headers Omeka S maps itself) and manifest.json."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from smparchive.core.domain import timefmt
from smparchive.core.export.model import EventInfo, ExportEntry, pick_text
from smparchive.core.media.info import TimeSource

__all__ = [
    "CSV_COLUMNS",
    "ManifestRow",
    "manifest_csv",
    "manifest_json",
    "row_for",
    "time_source_text",
]

CSV_COLUMNS = (
    "path",
    "sha256",
    "bytes",
    "mime",
    "kind",
    "dcterms:title",
    "dcterms:description",
    "dcterms:creator",
    "dcterms:date",
    "time source",
    "clock correction",
    "dcterms:rights",
    "day",
    "session",
    "room",
    "speakers",
    "credit line",
    "alt text",
    "consent status",
    "duration",
    "pages",
    "dcterms:identifier",
    "dcterms:subject",
    "dcterms:license",
    "variant",
    "width",
    "height",
    "source recording",
    "clip start",
    "clip end",
    "faces blurred",
)


@dataclass(frozen=True, slots=True)
class ManifestRow:
    """One exported file as listed in the manifests."""

    path: str
    mime: str
    kind: str
    item_id: str
    title: str = ""
    description: str = ""
    alt_text: str = ""
    creator: str = ""
    date: str = ""
    time_source: str = ""  # where the date came from, e.g. "PDF CreationDate", "file date"
    correction: str = ""  # the camera clock correction included in the date ("+1 h")
    rights: str = ""
    licence: str = ""
    credit_line: str = ""
    day: str = ""
    session: str = ""
    room: str = ""
    speakers: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    consent: str = ""
    duration_s: float | None = None
    pages: int | None = None
    variant: str = ""
    sha256: str = ""
    size: int = 0
    width: int | None = None
    height: int | None = None
    # a clip of a recording: the recording's file name and the cut, in seconds of it
    source_recording: str = ""
    clip_start_s: float | None = None
    clip_end_s: float | None = None
    # faces made unrecognisable in this picture (people who may not be published); never
    # their names: the manifest travels with the published files
    faces_blurred: int | None = None

    @property
    def created(self) -> str:
        """``date`` when it is a creation date: "" for a file's modification time, which
        the manifest names as such and a CMS would take for the photo's date."""
        return "" if self.time_source == FILE_DATE else self.date

    def finished(self, sha256: str, size: int, dims: tuple[int, int] | None = None) -> ManifestRow:
        """The row with what was actually written."""
        w, h = dims if dims else (self.width, self.height)
        return replace(self, sha256=sha256, size=size, width=w, height=h)

    def as_record(self) -> dict[str, object]:
        """Typed values keyed by the CSV headers (lists stay lists)."""
        return {
            "path": self.path,
            "sha256": self.sha256,
            "bytes": self.size,
            "mime": self.mime,
            "kind": self.kind,
            "dcterms:title": self.title,
            "dcterms:description": self.description,
            "dcterms:creator": self.creator,
            "dcterms:date": self.date,
            "time source": self.time_source,
            "clock correction": self.correction,
            "dcterms:rights": self.rights,
            "day": self.day,
            "session": self.session,
            "room": self.room,
            "speakers": list(self.speakers),
            "credit line": self.credit_line,
            "alt text": self.alt_text,
            "consent status": self.consent,
            "duration": self.duration_s,
            "pages": self.pages,
            "dcterms:identifier": self.item_id,
            "dcterms:subject": list(self.keywords),
            "dcterms:license": self.licence,
            "variant": self.variant,
            "width": self.width,
            "height": self.height,
            "source recording": self.source_recording,
            "clip start": self.clip_start_s,
            "clip end": self.clip_end_s,
            "faces blurred": self.faces_blurred,
        }


def row_for(
    entry: ExportEntry, path: str, mime: str, language: str, variant: str = ""
) -> ManifestRow:
    """The manifest row for one output of ``entry`` (hash and size filled in when written)."""
    # the day's name in the export's language ("Jour 1 – Accueil"), as its folder says
    day = entry.day_label_in(language)
    if entry.day_date:
        day = f"{entry.day_date.isoformat()} {day}".strip()
    return ManifestRow(
        path=path,
        mime=mime,
        kind=entry.kind.value,
        item_id=entry.item_id,
        title=pick_text(entry.title, language),
        description=pick_text(entry.caption, language),
        alt_text=pick_text(entry.alt_text, language),
        creator=entry.creator,
        # no zone known: the camera's clock without an offset (ISO 8601 local time), as XMP
        date=iso_seconds(
            entry.capture
            if entry.capture is None or entry.capture_zone_known
            else entry.capture.replace(tzinfo=None)
        ),
        time_source=time_source_text(entry) if entry.capture is not None else "",
        correction=timefmt.correction_text(entry.clock_shift_s) if entry.clock_shift_s else "",
        rights=entry.copyright,
        licence=entry.licence,
        credit_line=entry.credit_line,
        day=day,
        session=entry.session_title_in(language),
        room=entry.session_room_in(language),
        speakers=entry.session_speakers,
        keywords=entry.keywords,
        consent=entry.consent.value,
        duration_s=entry.duration_s,
        pages=entry.pages,
        variant=variant,
        size=entry.size if not variant else 0,
        width=entry.width,
        height=entry.height,
        source_recording=entry.clip.recording_name if entry.clip is not None else "",
        clip_start_s=entry.clip.start_s if entry.clip is not None else None,
        clip_end_s=entry.clip.end_s if entry.clip is not None else None,
    )


# Where a document's own date is kept, by format (what the probes in core/media read).
_DOCUMENT_DATES = (
    ("application/pdf", "PDF CreationDate"),
    ("application/vnd.openxmlformats-officedocument", "Office dcterms:created"),
    ("application/vnd.oasis.opendocument", "OpenDocument meta:creation-date"),
)


FILE_DATE = "file date (modification time, not the creation date)"


def time_source_text(entry: ExportEntry) -> str:
    """Where an entry's date came from, named so a reader can weigh it: the document's own
    creation date by its field, the camera's EXIF (with its offset), or 'file date' when
    only the file's modification time is known (often when it was copied, not created)."""
    source = entry.time_source
    if source == TimeSource.DOCUMENT:
        for prefix, text in _DOCUMENT_DATES:
            if entry.mime.startswith(prefix):
                return text
    if source == TimeSource.FILE_MTIME:
        return FILE_DATE
    return timefmt.source_text(source or None, entry.time_offset_min) if source else ""


def iso_seconds(moment: datetime | None) -> str:
    """ISO 8601 to the second with the UTC offset (2022-06-01T09:30:00+02:00), or ""."""
    if moment is None:
        return ""
    return moment.replace(microsecond=0).isoformat(timespec="seconds")


def _cell(value: object, separator: str) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return separator.join(str(v) for v in value)
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".")
    return str(value)


def manifest_csv(
    rows: Sequence[ManifestRow], separator: str = "|", *, excel: bool = False
) -> bytes:
    """RFC 4180 CSV: UTF-8, CRLF line ends, a header row, minimal quoting.

    Without a BOM by default (what Omeka S, OpenRefine and scripts expect); ``excel`` adds
    one, without which Excel on Windows reads the file as ANSI and garbles every accent.
    """
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        record = row.as_record()
        writer.writerow([_cell(record[c], separator) for c in CSV_COLUMNS])
    data = out.getvalue().encode("utf-8")
    return b"\xef\xbb\xbf" + data if excel else data


def manifest_json(
    rows: Sequence[ManifestRow],
    event: EventInfo | None,
    preset: str,
    policy: str,
    language: str = "",
) -> bytes:
    """The same rows as JSON, with the event (in ``language`` when the programme has it
    so) and the export's recipe (deterministic)."""
    doc = {
        "format": "smparchive-export/1",
        "preset": preset,
        "metadata_policy": policy,
        "event": None
        if event is None
        else {
            "title": event.text_in("title", language),
            "acronym": event.acronym,
            "organisation": event.text_in("organisation", language),
            "description": event.text_in("description", language),
            "location": event.text_in("location", language),
            "start": event.start.isoformat() if event.start else None,
            "end": event.end.isoformat() if event.end else None,
            "url": event.url,
        },
        "items": [row.as_record() for row in rows],
    }
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

"""Texts the viewers show about an item: the info overlay, the title line, durations."""

from __future__ import annotations

import html
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from smparchive.core.catalog.records import ItemRecord
from smparchive.core.catalog.schema import CatalogError
from smparchive.core.messages import item_problems
from smparchive.gui import formatting as fmt
from smparchive.gui import problem_texts
from smparchive.gui.i18n import interface_language, translate

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog

log = logging.getLogger(__name__)


def format_time(seconds: float | None, *, millis: bool = False, hours: bool = False) -> str:
    """``1:02:03`` / ``2:03`` (with ``.250`` when ``millis``; ``0:02:03`` with ``hours``,
    beside a length of an hour or more); ``--:--`` when unknown. Rounded to what it shows:
    9.9 s reads ``0:09.900`` (not ``0:09.899``), 7.6 s ``0:08``."""
    if seconds is None or seconds < 0:
        return "--:--"
    unit = 1000 if millis else 1
    whole, part = divmod(round(seconds * unit), unit)
    h, m, s = whole // 3600, whole // 60 % 60, whole % 60
    text = f"{h}:{m:02d}:{s:02d}" if h or hours else f"{m}:{s:02d}"
    return f"{text}.{part:03d}" if millis else text


def stars(rating: int) -> str:
    return "★" * rating + "☆" * (5 - rating)


def session_title(catalog: Catalog, session_id: int | None) -> str | None:
    """The programme session's title in the interface's language when the programme has it
    (None without a session or when it was deleted)."""
    if session_id is None:
        return None
    try:
        return catalog.session(session_id).title_in(interface_language())
    except CatalogError as exc:  # deleted meanwhile
        log.debug("no session %s: %s", session_id, exc)
        return None


def info_html(
    record: ItemRecord,
    catalog: Catalog,
    extra: dict[str, str] | None = None,
    *,
    titles: dict[int, str | None] | None = None,
) -> str:
    """The overlay's rich text: name, capture time, camera, session, rating, flag, size.

    ``titles``: session titles read already (a viewer reads them on a worker, see
    ``ItemViewer.session_titles``); without it the title is read here."""
    locale = QLocale()
    rows: list[tuple[str, str]] = []
    when = fmt.capture_full(record)
    if when:
        rows.append((translate("viewers", "Captured"), when))
    camera = fmt.camera(record)
    if camera:
        rows.append((translate("viewers", "Camera"), camera))
    if record.lens:
        rows.append((translate("viewers", "Lens"), record.lens))
    sid = record.session_id
    title = titles.get(sid) if titles is not None and sid is not None else None
    if titles is None:
        title = session_title(catalog, sid)
    if title:
        rows.append((translate("viewers", "Session"), title))
    if record.width and record.height:
        rows.append((translate("viewers", "Size"), f"{record.width} × {record.height}"))
    if record.duration_s:
        rows.append((translate("viewers", "Duration"), format_time(record.duration_s)))
    if record.page_count:
        rows.append((translate("viewers", "Pages"), locale.toString(record.page_count)))
    rows.append((translate("viewers", "Rating"), stars(record.rating)))
    if record.flag:
        rows.append((translate("viewers", "Flag"), fmt.flag_name(record.flag)))
    if record.creator:
        rows.append((translate("viewers", "Creator"), record.creator))
    for key, value in (extra or {}).items():
        rows.append((key, value))
    body = "".join(
        f"<tr><td style='color:#aaa;padding-right:8px'>{html.escape(k)}</td>"
        f"<td>{html.escape(v)}</td></tr>"
        for k, v in rows
    )
    # why it is a problem (a truncated JPEG's grey lower part, an offline card), as the
    # inspector says it: the overlay showed the picture's facts and not its damage
    why = problem_texts.sentences(
        "\n".join(item_problems(record.status, record.status_reason, record.warnings))
    )
    problems = "".join(
        f"<p style='color:#ffb347;margin:4px 0 0 0'>{html.escape(line)}</p>"
        for line in why.split("\n")
        if line
    )
    return f"<b>{html.escape(record.name)}</b><table>{body}</table>{problems}"


def position(index: int, count: int) -> str:
    """``38 / 1,000,000``: where the viewer is in what it walks, in the locale's digits
    (as the grid's count says it)."""
    return f"{fmt.number(index + 1)} / {fmt.number(count)}"


def status_line(record: ItemRecord, index: int, count: int) -> str:
    """``3 / 120 · IMG_0003.JPG · ★★★☆☆ · Pick`` (the flag in the grid's words)."""
    parts = [position(index, count), record.name, stars(record.rating)]
    if record.flag:
        parts.append(fmt.flag_name(record.flag))
    return "  ·  ".join(parts)

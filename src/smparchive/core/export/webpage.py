"""A self-contained publication page: index.html plus assets, no external requests.

Laid out like a conference's publication page: the event, each day, each session with its
title and speakers, its deck (download and page previews), its recording (poster frame and an
HTML5 player) and a photo gallery with captions, credits and alt text. Plain HTML and CSS:
every control is a native link or media element, so keyboard navigation just works.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from html import escape
from urllib.parse import quote

from smparchive.core.export.model import EventInfo, ExportEntry, Kind, pick_text
from smparchive.core.media.boilerplate import is_boilerplate

__all__ = ["PALETTE", "PageItem", "build_page", "contrast_ratio"]

# (foreground, background) pairs used by the stylesheet; tests check WCAG AA contrast.
PALETTE = {
    "text": ("#1b1b1b", "#ffffff"),
    "muted": ("#4a4a4a", "#ffffff"),
    "link": ("#0a4d8c", "#ffffff"),
    "header": ("#ffffff", "#1f3a5f"),
    "caption": ("#333333", "#f4f4f4"),
    "focus": ("#000000", "#ffd33d"),
}

CSS = f"""
*{{box-sizing:border-box}}
body{{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
color:{PALETTE["text"][0]};background:{PALETTE["text"][1]}}}
a{{color:{PALETTE["link"][0]}}}
a:focus-visible,video:focus-visible,audio:focus-visible{{outline:3px solid {PALETTE["focus"][0]};
background:{PALETTE["focus"][1]};outline-offset:2px}}
.skip{{position:absolute;left:-999px;top:0;padding:.5em 1em;background:{PALETTE["focus"][1]};
color:{PALETTE["focus"][0]}}}
.skip:focus{{left:0;z-index:10}}
header.event{{background:{PALETTE["header"][1]};color:{PALETTE["header"][0]};padding:1.5em 2em}}
header.event h1{{margin:0 0 .25em}}
nav.toc,main,footer{{max-width:72em;margin:0 auto;padding:0 2em}}
nav.toc ul{{padding-left:1.2em}}
.meta,footer{{color:{PALETTE["muted"][0]}}}
article.session{{border-top:1px solid #ccc;padding:1em 0}}
ol.pages,ul.grid{{list-style:none;padding:0;display:grid;gap:.75em;
grid-template-columns:repeat(auto-fill,minmax(14em,1fr))}}
ol.pages img,ul.grid img,video{{max-width:100%;height:auto;display:block}}
figure{{margin:0;background:{PALETTE["caption"][1]};color:{PALETTE["caption"][0]}}}
figcaption{{padding:.4em .6em;font-size:.9em}}
.credit{{display:block;font-size:.85em}}
"""


@dataclass(frozen=True, slots=True)
class PageItem:
    """One exported item as the page shows it (paths relative to index.html)."""

    entry: ExportEntry
    href: str
    size: int
    preview: str | None = None  # photo thumbnail or video poster
    pages: tuple[str, ...] = ()  # deck page previews
    mime: str = ""
    chapters: str | None = None  # a clip's WebVTT chapter track


def _luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast_ratio(fg: str, bg: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours."""
    a, b = sorted((_luminance(fg), _luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def _url(path: str) -> str:
    return escape(quote(path, safe="/"), quote=True)


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{max(1, n // 1000)} kB"


def _duration(seconds: float | None) -> str:
    if not seconds:
        return ""
    s = round(seconds)
    return (
        f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"
    )


def _day_heading(day: date | None, label: str) -> str:
    if day is None:
        return label or "Undated"
    return f"{label} – {day.isoformat()}" if label else day.isoformat()


def _group(items: Sequence[PageItem]) -> list[tuple[str, list[tuple[str, list[PageItem]]]]]:
    days: dict[tuple[date | None, str], dict[tuple[str, str], list[PageItem]]] = {}
    for item in items:
        e = item.entry
        sessions = days.setdefault((e.day_date, e.day_label), {})
        sessions.setdefault((e.session_title, e.session_room), []).append(item)
    out = []
    for (day, label), sessions in sorted(
        days.items(), key=lambda kv: (kv[0][0] is None, kv[0][0] or date.min, kv[0][1])
    ):
        # Programme order: by the session's scheduled start; photo times only break ties
        # (and order what has no session).
        ordered = sorted(
            sessions.items(),
            key=lambda kv: (kv[0][0] == "", _programme_time(kv[1]), _first_time(kv[1]), kv[0]),
        )
        out.append(
            (_day_heading(day, label), [(title or "Other", its) for (title, _), its in ordered])
        )
    return out


def _programme_time(items: list[PageItem]) -> float:
    starts = [i.entry.session_start.timestamp() for i in items if i.entry.session_start]
    return min(starts) if starts else float("inf")


def _text(texts: Mapping[str, str], page_lang: str) -> tuple[str, str]:
    """The text for the page and its language ("" when it is the page's or unknown)."""
    base = page_lang.split("-")[0].lower()
    for key in (page_lang, base, "x-default"):
        if texts.get(key):
            return texts[key], ""
    for key, value in texts.items():
        if value:
            lang = key.strip()
            return value, "" if lang.split("-")[0].lower() in (base, "x-default") else lang
    return "", ""


def _lang(lang: str) -> str:
    return f' lang="{escape(lang)}"' if lang else ""


def _first_time(items: list[PageItem]) -> float:
    times = [i.entry.capture.timestamp() for i in items if i.entry.capture]
    return min(times) if times else float("inf")


def _photo(item: PageItem, lang: str, n: int, session: str) -> str:
    e = item.entry
    # Camera boilerplate ("OLYMPUS DIGITAL CAMERA") catalogued before it was recognised
    # describes nothing: neither caption nor alt text.
    found = [_text(t, lang) for t in (e.caption, e.title, e.alt_text)]
    caption, title, own_alt = (("", "") if is_boilerplate(t) else (t, g) for t, g in found)
    caption = caption if caption[0] else title
    alt = own_alt if own_alt[0] else caption if caption[0] else (f"Photo {n} of {session}", "")
    credit = e.credit_line or (f"Photo: {e.creator}" if e.creator else "")
    img = item.preview or item.href
    parts = [
        f'<li><figure><a href="{_url(item.href)}"><img src="{_url(img)}"{_lang(alt[1])} '
        f'alt="{escape(alt[0])}" loading="lazy"></a>'
    ]
    if caption[0] or credit:
        parts.append("<figcaption>")
        if caption[0]:
            parts.append(f"<span{_lang(caption[1])}>{escape(caption[0])}</span>")
        if credit:
            parts.append(f'<span class="credit">{escape(credit)}</span>')
        parts.append("</figcaption>")
    parts.append("</figure></li>")
    return "".join(parts)


def _deck(item: PageItem, lang: str) -> str:
    e = item.entry
    title = pick_text(e.title, lang) or e.original_name
    kind = item.href.rsplit(".", 1)[-1].upper()
    pages = f", {e.pages} pages" if e.pages else ""
    html = [
        f'<p><a href="{_url(item.href)}" download>Download the slides “{escape(title)}” '
        f"({kind}, {_size(item.size)}{pages})</a></p>"
    ]
    if item.pages:
        html.append('<ol class="pages">')
        for i, page in enumerate(item.pages, 1):
            html.append(
                f'<li><img src="{_url(page)}" alt="Slide {i} of “{escape(title)}”" '
                'loading="lazy"></li>'
            )
        html.append("</ol>")
    return "".join(html)


def _recording(item: PageItem, lang: str) -> str:
    e = item.entry
    title = pick_text(e.title, lang) or e.original_name
    tag = "audio" if e.kind is Kind.AUDIO else "video"
    poster = f' poster="{_url(item.preview)}"' if item.preview and tag == "video" else ""
    length = _duration(e.duration_s)
    facts = _size(item.size) + (f", {length}" if length else "")
    label = f"Download the recording “{escape(title)}” ({facts})"
    track = (
        f'<track kind="chapters" src="{_url(item.chapters)}" srclang="{escape(lang)}" '
        'label="Chapters" default>'
        if item.chapters
        else ""
    )
    return (
        f'<{tag} controls preload="none"{poster} aria-label="{escape(title)}">'
        f'<source src="{_url(item.href)}" type="{escape(item.mime)}">{track}'
        f'<a href="{_url(item.href)}">{label}</a></{tag}>'
        f'<p><a href="{_url(item.href)}" download>{label}</a></p>'
    )


def build_page(
    event: EventInfo | None,
    items: Sequence[PageItem],
    language: str = "en",
    *,
    bundle: str = "",
    source: str = "",
) -> dict[str, bytes]:
    """The page's files: ``index.html`` and ``assets/style.css``.

    The header names the bundle and what it was made from (``source``: a collection, a
    session, a day ...); texts in another language than the page's carry a ``lang``.
    """
    title = event.title if event else "Conference media"
    groups = _group(items)
    nav, body = [], []
    for d, (day, sessions) in enumerate(groups, 1):
        nav.append(f'<li><a href="#day-{d}">{escape(day)}</a><ul>')
        body.append(
            f'<section id="day-{d}" aria-labelledby="day-{d}-h">'
            f'<h2 id="day-{d}-h">{escape(day)}</h2>'
        )
        for s, (session, its) in enumerate(sessions, 1):
            sid = f"s-{d}-{s}"
            nav.append(f'<li><a href="#{sid}">{escape(session)}</a></li>')
            first = its[0].entry
            meta = [first.session_room] if first.session_room else []
            if first.session_speakers:
                meta.append("Speakers: " + ", ".join(first.session_speakers))
            body.append(f'<article class="session" id="{sid}" aria-labelledby="{sid}-h">')
            body.append(f'<h3 id="{sid}-h">{escape(session)}</h3>')
            if meta:
                body.append(f'<p class="meta">{escape(" · ".join(meta))}</p>')
            decks = [i for i in its if i.entry.kind is Kind.SLIDES]
            recs = [i for i in its if i.entry.kind in (Kind.VIDEO, Kind.AUDIO)]
            photos = [i for i in its if i.entry.kind is Kind.PHOTO]
            others = [i for i in its if i.entry.kind in (Kind.DOCUMENT, Kind.OTHER)]
            if decks:
                body.append('<section class="deck"><h4>Slides</h4>')
                body += [_deck(i, language) for i in decks]
                body.append("</section>")
            if recs:
                body.append('<section class="recording"><h4>Recording</h4>')
                body += [_recording(i, language) for i in recs]
                body.append("</section>")
            if photos:
                body.append('<section class="gallery"><h4>Photos</h4><ul class="grid">')
                body += [_photo(i, language, n, session) for n, i in enumerate(photos, 1)]
                body.append("</ul></section>")
            if others:
                body.append('<section class="files"><h4>Other files</h4><ul>')
                for i in others:
                    name = pick_text(i.entry.title, language) or i.entry.original_name
                    body.append(
                        f'<li><a href="{_url(i.href)}">{escape(name)}</a> ({_size(i.size)})</li>'
                    )
                body.append("</ul></section>")
            body.append("</article>")
        nav.append("</ul></li>")
        body.append("</section>")
    subtitle = []
    if event:
        if event.start:
            span = event.start.isoformat()
            if event.end and event.end != event.start:
                span += f" – {event.end.isoformat()}"
            subtitle.append(span)
        if event.location:
            subtitle.append(event.location)
    intro = f"<p>{escape(event.description)}</p>" if event and event.description else ""
    what = " · ".join(x for x in (bundle, source) if x)
    if what:
        intro += f'<p class="bundle">{escape(what)}</p>'
    organiser = escape(event.organisation) if event and event.organisation else ""
    html = f"""<!DOCTYPE html>
<html lang="{escape(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{escape(title)}</title>
<link rel="stylesheet" href="assets/style.css">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="event">
<h1>{escape(title)}</h1>
{f"<p>{escape(' · '.join(subtitle))}</p>" if subtitle else ""}{intro}
</header>
<nav class="toc" aria-label="Days and sessions"><ul>{"".join(nav)}</ul></nav>
<main id="main" tabindex="-1">
{"".join(body)}
</main>
<footer><p>{organiser}{" · " if organiser else ""}Published with smparchive.</p></footer>
</body>
</html>
"""
    return {"index.html": html.encode("utf-8"), "assets/style.css": CSS.encode("utf-8")}

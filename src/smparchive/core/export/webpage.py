"""A self-contained publication page: index.html plus assets, no external requests.

Laid out like a conference's publication page: the event, each day, each session with its
title and speakers, its deck (download and page previews), its recording (poster frame and an
HTML5 player) and a photo gallery with captions, credits, licence and alt text, responsive
images (``srcset`` of the sizes exported) and a download link per photo.

Without JavaScript every control is a native link or media element (a thumbnail opens the
large image itself). With it, ``assets/gallery.js`` (small, vanilla, no external script)
opens a large view in a modal ``<dialog>``: arrow keys, Home/End, Escape, focus returned
to the photo's link on close. A clip's chapters (read from the WebVTT chapter track it
ships) are listed under its player: each a link to the clip at that time (``#t=``, the
browser's own player without JavaScript); ``assets/chapters.js`` seeks and plays the
page's player instead and marks the chapter playing. Open Graph and Twitter card tags make
a shared link preview with a cover photo; a page per caption language (``index.fr.html``
...) with a switcher.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from html import escape
from urllib.parse import quote

from smparchive.core.catalog.records import main_title_of
from smparchive.core.daylabel import DAY_NAMES, day_name_in
from smparchive.core.export.credit import credit_names, labelled_credit
from smparchive.core.export.dates import FIRST, MONTHS
from smparchive.core.export.model import EventInfo, ExportEntry, Kind, LangText
from smparchive.core.export.post import comparable_text
from smparchive.core.frenchtype import spaced_all, spaced_in
from smparchive.core.language_names import own_name
from smparchive.core.media.boilerplate import is_boilerplate
from smparchive.core.media.webvtt import cues

__all__ = [
    "CHAPTERS_JS",
    "GALLERY_JS",
    "PALETTE",
    "PageItem",
    "build_page",
    "choose_cover",
    "contrast_ratio",
    "page_file",
    "page_languages",
]

# (foreground, background) pairs used by the stylesheet; tests check WCAG AA contrast.
PALETTE = {
    "text": ("#1b1b1b", "#ffffff"),
    "muted": ("#4a4a4a", "#ffffff"),
    "link": ("#0a4d8c", "#ffffff"),
    "header": ("#ffffff", "#1f3a5f"),
    "caption": ("#333333", "#f4f4f4"),
    "focus": ("#000000", "#ffd33d"),
    "lightbox": ("#ffffff", "#111111"),
    "button": ("#111111", "#ffffff"),
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
header.event{{background:{PALETTE["header"][1]};color:{PALETTE["header"][0]};padding:1.5em 0}}
header.event h1{{margin:0 0 .25em;font-size:clamp(1.5em,1em + 1.6vw,2em);line-height:1.2;
text-wrap:balance;overflow-wrap:break-word;hyphens:auto}}
header.event>.column,nav.toc,main,footer{{max-width:72em;margin:0 auto;padding:0 2em}}
header.event>.column::after{{content:"";display:table;clear:both}}
nav.toc ul{{padding-left:1.2em}}
.meta,footer{{color:{PALETTE["muted"][0]}}}
article.session{{border-top:1px solid #ccc;padding:1em 0}}
ol.pages,ul.grid{{list-style:none;padding:0;display:grid;gap:.75em;
grid-template-columns:repeat(auto-fill,minmax(14em,1fr))}}
ol.pages img,ul.grid img,video{{max-width:100%;height:auto;display:block}}
ul.grid>li{{display:flex}}
a[data-large]{{display:block}}
ul.grid figure{{flex:1}}
section.recording video{{width:100%;max-width:40em;background:#000}}
.chapters{{max-width:40em}}
.chapters h5{{font-size:1em;margin:.75em 0 .25em}}
.chapters ol{{list-style:none;margin:0;padding:0}}
.chapters a{{display:flex;gap:.75em;padding:.45em .5em;min-height:44px;align-items:center;
border-top:1px solid #ddd;text-decoration:none}}
.chapters .t{{text-decoration:underline}}
.chapters time{{font-variant-numeric:tabular-nums;min-width:3.5em;color:{PALETTE["muted"][0]}}}
.chapters a[aria-current]{{font-weight:bold;background:{PALETTE["caption"][1]}}}
.chapters a[aria-current] time{{color:{PALETTE["caption"][0]}}}
figure{{margin:0;background:{PALETTE["caption"][1]};color:{PALETTE["caption"][0]}}}
figcaption{{padding:.4em .6em;font-size:.9em;overflow-wrap:anywhere}}
.credit{{display:block;font-size:.85em}}
figcaption .title{{display:block;font-weight:bold}}
a.download{{display:inline-block;margin-top:.25em;font-size:.85em}}
.vh{{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}}
nav.langs{{display:flex;justify-content:flex-end;margin-bottom:.25em}}
nav.langs ul{{list-style:none;margin:0;padding:0;display:flex;gap:.75em}}
header.event a{{color:{PALETTE["header"][0]}}}
dialog.lightbox{{max-width:96vw;max-height:96vh;padding:0;border:0;
background:{PALETTE["lightbox"][1]};color:{PALETTE["lightbox"][0]}}}
dialog.lightbox::backdrop{{background:rgba(0,0,0,.85)}}
dialog.lightbox figure{{background:{PALETTE["lightbox"][1]};color:{PALETTE["lightbox"][0]}}}
dialog.lightbox img{{display:block;margin:0 auto;max-width:96vw;max-height:80vh;width:auto;
height:auto}}
dialog.lightbox a{{color:{PALETTE["lightbox"][0]}}}
.lb-bar{{display:flex;flex-wrap:wrap;gap:.5em;align-items:center;padding:.5em .6em}}
.lb-bar button{{font:inherit;padding:.3em .8em;border:1px solid #767676;border-radius:3px;
color:{PALETTE["button"][0]};background:{PALETTE["button"][1]}}}
button:focus-visible,dialog.lightbox a:focus-visible{{outline:3px solid {PALETTE["focus"][1]};
outline-offset:2px}}
@media print{{
.skip,nav.toc,nav.langs,a.download,dialog,.bundle{{display:none}}
.chapters a{{min-height:0;padding:.1em 0}}
body{{font-size:11pt}}
header.event{{background:none;color:#000;padding:0}}
header.event a,a{{color:#000;text-decoration:none}}
ul.grid{{grid-template-columns:repeat(3,1fr)}}
figure,article.session{{break-inside:avoid}}
}}
"""

# The large view. Plain ES5 so that any browser runs it; no request of its own. Words come
# from the page's <body data-lb-*> attributes (the page's language).
GALLERY_JS = """(function () {
  "use strict";
  var links = Array.prototype.slice.call(document.querySelectorAll("a[data-large]"));
  if (!links.length || typeof window.HTMLDialogElement !== "function") { return; }
  var words = document.body.dataset;
  var current = 0;
  var dialog = document.createElement("dialog");
  dialog.className = "lightbox";
  dialog.setAttribute("aria-label", words.lbLabel);
  var figure = document.createElement("figure");
  var img = document.createElement("img");
  var caption = document.createElement("figcaption");
  caption.id = "lb-caption";
  caption.className = "lb-caption";
  figure.appendChild(img);
  figure.appendChild(caption);
  dialog.setAttribute("aria-describedby", "lb-caption");
  var bar = document.createElement("div");
  bar.className = "lb-bar";
  function button(text, action) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = text;
    b.addEventListener("click", action);
    bar.appendChild(b);
    return b;
  }
  button(words.lbPrev, function () { show(current - 1); });
  var count = document.createElement("span");
  count.setAttribute("aria-live", "polite");
  bar.appendChild(count);
  button(words.lbNext, function () { show(current + 1); });
  var download = document.createElement("a");
  download.setAttribute("download", "");
  download.textContent = words.lbDownload;
  bar.appendChild(download);
  function hide() {
    if (dialog.open) { dialog.close(); }
    links[current].focus();  // back to the photo last shown (also done on "close")
  }
  var close = button(words.lbClose, hide);
  dialog.appendChild(figure);
  dialog.appendChild(bar);
  document.body.appendChild(dialog);

  function show(i) {
    current = (i + links.length) % links.length;
    var a = links[current];
    var thumb = a.querySelector("img");
    img.removeAttribute("srcset");
    img.src = a.getAttribute("href");
    if (a.getAttribute("data-srcset")) {
      img.setAttribute("srcset", a.getAttribute("data-srcset"));
      img.setAttribute("sizes", "96vw");
    }
    img.alt = thumb ? thumb.alt : "";
    if (thumb && thumb.lang) { img.lang = thumb.lang; } else { img.removeAttribute("lang"); }
    var fig = a.parentNode.querySelector("figcaption");
    caption.textContent = fig ? fig.getAttribute("data-text") || "" : "";
    count.textContent = (current + 1) + " / " + links.length;
    download.href = a.getAttribute("href");
  }
  links.forEach(function (a, i) {
    a.addEventListener("click", function (ev) {
      if (ev.button !== 0 || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.altKey) { return; }
      ev.preventDefault();
      // a clip playing on the page would go on talking behind the large view
      Array.prototype.forEach.call(document.querySelectorAll("video, audio"), function (m) {
        if (!m.paused) { m.pause(); }
      });
      show(i);
      dialog.showModal();
      close.focus();
    });
  });
  dialog.addEventListener("keydown", function (ev) {
    var go = {ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: links.length - 1};
    if (Object.prototype.hasOwnProperty.call(go, ev.key)) {
      ev.preventDefault();
      show(go[ev.key]);
    }
  });
  dialog.addEventListener("click", function (ev) { if (ev.target === dialog) { hide(); } });
  dialog.addEventListener("cancel", function (ev) { ev.preventDefault(); hide(); });  // Escape
  dialog.addEventListener("close", function () { links[current].focus(); });
}());
"""

# a chapter link seeks the page's player and plays it (without this the link opens the clip
# at that time), scrolled into view when the list has pushed it off screen; the chapter
# playing is marked with aria-current
CHAPTERS_JS = """(function () {
  "use strict";
  var links = Array.prototype.slice.call(document.querySelectorAll("a[data-seek]"));
  function seek(media, at) {
    try { media.currentTime = at; } catch (e) { /* not loaded yet: set on metadata */ }
    if (media.readyState < 1) {
      media.addEventListener("loadedmetadata", function () { media.currentTime = at; },
        { once: true });
    }
    var playing = media.play();
    if (playing && playing.catch) { playing.catch(function () {}); }
  }
  function mark(media, at) {
    var now = at === undefined ? media.currentTime : at;
    links.forEach(function (a) {
      if (a.dataset.for !== media.id) { return; }
      var start = parseFloat(a.dataset.seek), end = parseFloat(a.dataset.end);
      if (now >= start && now < end) { a.setAttribute("aria-current", "time"); }
      else { a.removeAttribute("aria-current"); }
    });
  }
  links.forEach(function (a) {
    var media = document.getElementById(a.dataset.for);
    if (!media) { return; }
    a.addEventListener("click", function (ev) {
      if (ev.button !== 0 || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.altKey) { return; }
      ev.preventDefault();
      if (media.preload === "none") { media.preload = "metadata"; }
      seek(media, parseFloat(a.dataset.seek));
      mark(media, parseFloat(a.dataset.seek));
      // a long chapter list scrolls the player away: bring it back to watch the chapter
      var box = media.getBoundingClientRect();
      var high = window.innerHeight || document.documentElement.clientHeight;
      if (box.top < 0 || box.bottom > high) { media.scrollIntoView({block: "nearest"}); }
    });
    if (!media.dataset.chapters) {
      media.dataset.chapters = "1";
      ["timeupdate", "seeked"].forEach(function (name) {
        media.addEventListener(name, function () { mark(media); });
      });
    }
  });
})();
"""

# The page's own words (the texts come from the catalogue), per language.
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "name": "English", "skip": "Skip to content", "toc": "Days and sessions",
        "speakers": "Speakers", "slides": "Slides", "recording": "Recording", "photos": "Photos",
        "slides_n": "Slides", "recordings": "Recordings",
        "others": "Other files", "download": "Download", "undated": "Undated", "other": "Other",
        "outside": "outside the programme",
        "photo_n": "Photo {n} of {session}", "pages": "pages", "published": "Published with "
        "smparchive.", "dl_slides": "Download the slides", "dl_rec": "Download the recording",
        "slide_n": "Slide {n} of", "close": "Close", "prev": "Previous", "next": "Next",
        "large": "Large view", "languages": "Language", "licence": "Licence",
        "day": DAY_NAMES["en"], "colon": ": ", "quote": "“{}”", "chapters": "Chapters",
        "src_session": "Session", "src_collection": "Collection", "src_search": "Search",
        "items_1": "A selection of {n} item", "items_n": "A selection of {n} items",
        "clips_1": "{n} clip", "clips_n": "{n} clips",
        "date": "{d} {month} {y}", "months": " ".join(MONTHS["en"]), "point": ".", "kB": "kB",
        "MB": "MB",
        "photo": "Photo", "credit": "Credit", "untitled": "Conference media",
        "unrendered_1": "Only the first slide is shown: the slides could not be rendered when "
        "this page was made ({why}). Download the deck to see them all.",
        "unrendered_0": "The slides are not shown: they could not be rendered when this page "
        "was made ({why}). Download the deck to see them.",
        "no-libreoffice": "LibreOffice was not installed",
        "not-converted": "LibreOffice could not convert the deck",
    },
    "fr": {
        "name": "Français", "skip": "Aller au contenu", "toc": "Jours et séances",
        "speakers": "Intervenants", "slides": "Présentation", "recording": "Enregistrement",
        "slides_n": "Présentations", "recordings": "Enregistrements",
        "photos": "Photos", "others": "Autres fichiers", "download": "Télécharger",
        "undated": "Sans date", "other": "Autres", "photo_n": "Photo {n} – {session}",
        "outside": "hors programme",
        "pages": "pages", "published": "Publié avec smparchive.",
        "dl_slides": "Télécharger la présentation", "dl_rec": "Télécharger l’enregistrement",
        "slide_n": "Diapositive {n} de", "close": "Fermer", "prev": "Précédente",
        "next": "Suivante", "large": "Grande vue", "languages": "Langue", "licence": "Licence",
        "day": DAY_NAMES["fr"], "colon": " : ", "quote": "« {} »",
        "chapters": "Chapitres", "src_session": "Séance", "src_collection": "Collection",
        "src_search": "Recherche", "items_1": "Une sélection de {n} élément",
        "items_n": "Une sélection de {n} éléments", "date": "{d} {month} {y}",
        "clips_1": "{n} extrait", "clips_n": "{n} extraits",
        "months": " ".join(MONTHS["fr"]), "point": ",", "kB": "ko", "MB": "Mo",
        "first": FIRST["fr"],
        "photo": "Photo", "credit": "Crédit", "untitled": "Médias de la conférence",
        "unrendered_1": "Seule la première diapositive est montrée : les diapositives "
        "n’ont pas pu être rendues lors de la création de cette page ({why}). Téléchargez la "
        "présentation pour toutes les voir.",
        "unrendered_0": "Les diapositives ne sont pas montrées : elles n’ont pas pu être "
        "rendues lors de la création de cette page ({why}). Téléchargez la présentation pour "
        "les voir.",
        "no-libreoffice": "LibreOffice n’était pas installé",
        "not-converted": "LibreOffice n’a pas pu convertir la présentation",
    },
    "nl": {
        "name": "Nederlands", "skip": "Naar de inhoud", "toc": "Dagen en sessies",
        "speakers": "Sprekers", "slides": "Presentatie", "recording": "Opname",
        "slides_n": "Presentaties", "recordings": "Opnames",
        "photos": "Foto's", "others": "Andere bestanden", "download": "Downloaden",
        "undated": "Zonder datum", "other": "Overige", "photo_n": "Foto {n} van {session}",
        "outside": "buiten het programma",
        "pages": "pagina's", "published": "Gepubliceerd met smparchive.",
        "dl_slides": "De presentatie downloaden", "dl_rec": "De opname downloaden",
        "slide_n": "Dia {n} van", "close": "Sluiten", "prev": "Vorige", "next": "Volgende",
        "large": "Grote weergave", "languages": "Taal", "licence": "Licentie",
        "day": DAY_NAMES["nl"], "colon": ": ", "quote": "‘{}’", "chapters": "Hoofdstukken",
        "src_session": "Sessie", "src_collection": "Collectie", "src_search": "Zoekopdracht",
        "items_1": "Een selectie van {n} item", "items_n": "Een selectie van {n} items",
        "clips_1": "{n} fragment", "clips_n": "{n} fragmenten",
        "date": "{d} {month} {y}", "months": " ".join(MONTHS["nl"]), "point": ",", "kB": "kB",
        "MB": "MB",
        "photo": "Foto", "credit": "Credit", "untitled": "Conferentiemedia",
        "unrendered_1": "Alleen de eerste dia wordt getoond: de dia's konden niet worden "
        "weergegeven toen deze pagina werd gemaakt ({why}). Download de presentatie om ze "
        "allemaal te zien.",
        "unrendered_0": "De dia's worden niet getoond: ze konden niet worden weergegeven toen "
        "deze pagina werd gemaakt ({why}). Download de presentatie om ze te zien.",
        "no-libreoffice": "LibreOffice was niet geïnstalleerd",
        "not-converted": "LibreOffice kon de presentatie niet omzetten",
    },
}  # fmt: skip
WORDS["fr"] = spaced_all(WORDS["fr"])  # one French spacing rule (core.frenchtype)
_OG_LOCALE = {"en": "en_GB", "fr": "fr_FR", "nl": "nl_BE"}


def _words(language: str) -> dict[str, str]:
    return WORDS.get(language.split("-")[0].lower(), WORDS["en"])


def page_file(language: str, main_language: str) -> str:
    """``index.html`` for the export's language, ``index.<lang>.html`` for the others."""
    return "index.html" if language == main_language else f"index.{language}.html"


@dataclass(frozen=True, slots=True)
class PageItem:
    """One exported item as the page shows it (paths relative to index.html)."""

    entry: ExportEntry
    href: str
    size: int
    preview: str | None = None  # photo thumbnail or video poster
    pages: tuple[str, ...] = ()  # deck page previews
    mime: str = ""
    # photos: every rendition (path, width, height), the main one first, and the preview's size
    renditions: tuple[tuple[str, int, int], ...] = field(default=())
    preview_size: tuple[int, int] | None = None
    chapters: str | None = None  # a clip's WebVTT chapter track
    chapter_text: str = ""  # that track's text, as written (the page lists its chapters)
    captions: tuple[tuple[str, str], ...] = ()  # a clip's caption files: (path, language)
    # a deck package whose slides were not rendered: why (previews.NO_LIBREOFFICE ...)
    unrendered: str | None = None

    def srcset(self) -> str:
        """'<preview> 480w, <main> 2048w': what a browser picks from by the room it has."""
        found: dict[int, str] = {}
        if self.preview and self.preview_size:
            found[self.preview_size[0]] = self.preview
        for path, w, _h in self.renditions:
            found.setdefault(w, path)
        return ", ".join(f"{_url(p)} {w}w" for w, p in sorted(found.items()))


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


def _size(n: int, words: Mapping[str, str] | None = None) -> str:
    w = words or WORDS["en"]
    if n >= 100_000:
        return f"{n / 1_000_000:.1f}".replace(".", w["point"]) + f" {w['MB']}"
    return f"{max(1, n // 1000)} {w['kB']}"


def _date(day: date, words: Mapping[str, str], year: bool = True) -> str:
    """'1 June 2022', '1er juin 2022' (without the year: '1 June')."""
    month = words["months"].split()[day.month - 1]
    number = words.get("first", "1") if day.day == 1 else str(day.day)  # French: '1er'
    text = words["date"].format(d=number, month=month, y=day.year)
    return text if year else text.removesuffix(f" {day.year}")


def _date_span(start: date, end: date | None, words: Mapping[str, str]) -> str:
    """'1–2 June 2022', '31 May – 2 June 2022', '1 June 2022' in the page's language."""
    if end is None or end == start:
        return _date(start, words)
    if (start.year, start.month) == (end.year, end.month):
        first = words.get("first", "1") if start.day == 1 else str(start.day)
        return f"{first}–{_date(end, words)}"
    return f"{_date(start, words, year=start.year != end.year)} – {_date(end, words)}"


_CLIPS = re.compile(r"^(?P<n>\d+) clips?: (?P<name>.*)$")
_SESSION = re.compile(r"^Session “(?P<name>.*)”$")
_SOURCES = (  # core's headings (catalog_export.ExportSource.resolve), in English
    (re.compile(r"^Collection “(?P<name>.*)”$"), "collection"),
    (_SESSION, "session"),
    (re.compile(r"^Search “(?P<name>.*)”$"), "search"),
    (re.compile(r"^A selection of (?P<n>\d+) items?$"), "items"),
    (re.compile(r"^Day (?P<date>\d{4}-\d\d-\d\d)$"), "day"),
    (re.compile(r"^(?P<label>.+) \((?P<date>\d{4}-\d\d-\d\d)\)$"), "day"),
    (_CLIPS, "clips"),
)


def _day_label(label: str, words: Mapping[str, str]) -> str:
    """A programme day's name in the page's language: "Day 2" as importers store it reads
    "Jour 2" on the French page; a real name ("Field visit") is the organiser's."""
    return day_name_in(label, {}, "", words["day"])


def _source_heading(
    source: str,
    words: Mapping[str, str],
    session: Callable[[str], str] | None = None,
    days: Mapping[str, str] | None = None,
) -> str:
    """What the bundle was made from ("Collection “Post 3 June”"), in the page's language
    (a session's title as ``session`` gives it: in that language when it has it; a day by
    its name there, ``days``: its own name -> that one); several sources ("Session “A”,
    Session “B”", ``ExportSource.several``) each in turn."""
    parts = _source_parts(source)
    return ", ".join(_one_source(p, words, session, days) or p for p in parts)


def _source_html(
    source: str,
    words: Mapping[str, str],
    session: Callable[[str], str],
    days: Mapping[str, str] | None = None,
) -> str:
    """:func:`_source_heading` as the header shows it: HTML, a session's title as
    ``session`` gives it (marked in the programme's language: the French page's header said
    'Séance « EMN roundtable: … »' unmarked under an English title marked English)."""
    shown = []
    for part in _source_parts(source):
        m = _SESSION.match(part)
        if m is not None:
            quoted = escape(words["quote"]).format(session(m["name"]))
            shown.append(f"{escape(words['src_session'])} {quoted}")
        else:
            shown.append(escape(_one_source(part, words, days=days) or part))
    return ", ".join(shown)


def _page_title(event_title: Text, source: str, session: Callable[[str], Text]) -> Text:
    """What the page is called, in its <title> and a shared link's og:title and
    twitter:title alike: a session's page by its session (as ``session`` gives its title:
    in the page's language when it has it), then the event ("Table ronde du REM –
    Partenariats …"); any other page by the event. A shared link to the roundtable's page
    was titled by the event alone. Marked with a language only when both parts share it."""
    m = _SESSION.match(source)
    called = session(m["name"]) if m is not None else ("", "")
    if not called[0]:
        return event_title
    lang = called[1] if called[1] == event_title[1] else ""
    return " – ".join(t for t in (called[0], event_title[0]) if t), lang


def _source_parts(source: str) -> list[str]:
    """``source`` cut where one source's heading ends and the next begins, at the ", " the
    core joins them with (a name may hold ", " itself: each part must read as a heading);
    ``[source]`` when it is one (a list of clips' titles is one heading)."""
    if _CLIPS.match(source):
        return [source]
    parts: list[str] = []
    current = ""
    for piece in source.split(", "):
        current = f"{current}, {piece}" if current else piece
        if any(pattern.match(current) for pattern, _ in _SOURCES):
            parts.append(current)
            current = ""
    return parts if parts and not current else [source]


def _one_source(
    source: str,
    words: Mapping[str, str],
    session: Callable[[str], str] | None = None,
    days: Mapping[str, str] | None = None,
) -> str | None:
    """One source's heading in the page's language; None when it is none of the core's."""
    for pattern, kind in _SOURCES:
        m = pattern.match(source)
        if m is None:
            continue
        if kind == "items":
            n = int(m["n"])
            return words["items_1" if n == 1 else "items_n"].format(n=n)
        if kind == "clips":  # segments: their titles, as the catalogue has them
            n = int(m["n"])
            count = words["clips_1" if n == 1 else "clips_n"].format(n=n)
            return count + words["colon"] + m["name"]
        if kind == "day":
            when = _date(date.fromisoformat(m["date"]), words)
            label = m.groupdict().get("label")
            name = (days or {}).get(label or "") or _day_label(label or "", words)
            return f"{name} · {when}" if label else when
        name = session(m["name"]) if session is not None and kind == "session" else m["name"]
        return f"{words['src_' + kind]} {words['quote'].format(name)}"
    return None


def _duration(seconds: float | None) -> str:
    if not seconds:
        return ""
    s = round(seconds)
    return (
        f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"
    )


def _day_heading(
    day: date | None,
    label: str,
    words: Mapping[str, str],
    *,
    name: str = "",
    outside: bool = False,
    event: EventInfo | None = None,
    lang: str = "",
) -> str:
    """A programme day ('Day 1 – 1 June 2022') as HTML; a date outside the programme says so
    ('5 June 2022 – outside the programme'); 'Undated' only for items with no capture time.
    A day's own name ("Field visit") is the programme's text, marked as one (_programme);
    ``name``: the day's name in the page's language (ExportEntry.day_label_in)."""
    name = name or _day_label(label, words)
    # "Day 2" is the page's word ("Jour 2"), a name kept in the page's language is in it;
    # the one the organiser gave in the programme's language is the programme's
    shown = _phrase(_programme(name, event, lang)) if name == label else escape(name)
    if day is None:
        return shown if label else escape(words["undated"])
    when = escape(_date(day, words))
    if outside:
        return f"{when} – {escape(words['outside'])}"
    return f"{shown} – {when}" if label else when


def _day_key(e: ExportEntry) -> tuple[date | None, str, bool]:
    """The heading an entry goes under: its programme day, else the local date it was taken
    (outside the programme), else none (undated)."""
    if e.day_date is not None or e.day_label or e.capture is None:
        return e.day_date, e.day_label, False
    return e.capture.date(), "", True


def _group(
    items: Sequence[PageItem],
    words: Mapping[str, str] | None = None,
    event: EventInfo | None = None,
    lang: str = "",
) -> list[tuple[str, list[tuple[str, list[PageItem]]]]]:
    """Days (their headings as HTML) and their sessions (titles as text), in programme
    order."""
    w = words or WORDS["en"]
    days: dict[tuple[date | None, str, bool], dict[tuple[str, str], list[PageItem]]] = {}
    names: dict[tuple[date | None, str, bool], str] = {}  # each day's name in the page's
    for item in items:
        e = item.entry
        sessions = days.setdefault(_day_key(e), {})
        names.setdefault(_day_key(e), e.day_label_in(lang, w["day"]) if e.day_label else "")
        sessions.setdefault((e.session_title, e.session_room), []).append(item)
    out = []
    for (day, label, outside), sessions in sorted(
        days.items(),
        key=lambda kv: (kv[0][0] is None, kv[0][0] or date.min, kv[0][2], kv[0][1]),
    ):
        # Programme order: by the session's scheduled start; photo times only break ties
        # (and order what has no session).
        ordered = sorted(
            sessions.items(),
            key=lambda kv: (kv[0][0] == "", _programme_time(kv[1]), _first_time(kv[1]), kv[0]),
        )
        out.append(
            (
                _day_heading(
                    day,
                    label,
                    w,
                    name=names[day, label, outside],
                    outside=outside,
                    event=event,
                    lang=lang,
                ),
                [(title or w["other"], its) for (title, _), its in ordered],
            )
        )
    return out


def _programme_time(items: list[PageItem]) -> float:
    starts = [i.entry.session_start.timestamp() for i in items if i.entry.session_start]
    return min(starts) if starts else float("inf")


Text = tuple[str, str]  # a text shown on the page and its language ("": the page's)


def _text(texts: Mapping[str, str], page_lang: str) -> Text:
    """The text for the page and its language ("" when it is the page's or unknown): the
    page's language's, else the one whose language is not said, else any. French spacing
    only for a text in French, never for one shown for want of a French version."""
    base = page_lang.split("-")[0].lower()
    for key in (page_lang, base, "x-default", *texts):
        value = texts.get(key)
        if value:
            lang = key.strip()
            own = lang.lower() == "x-default" or lang.split("-")[0].lower() == base
            return spaced_in(value, lang), "" if own else lang
    return "", ""


def _lang(lang: str) -> str:
    return f' lang="{escape(lang)}"' if lang else ""


def _programme(
    text: str,
    event: EventInfo | None,
    page_lang: str,
    others: Mapping[str, str] | None = None,
) -> Text:
    """A programme text (the event's title, description and venue, a session's title and
    room) as the page shows it. The catalogue holds each in the programme's language
    (``event.language``) and some in further ones (``others``: {language: text}): a page in
    one of those shows that text; in another language, the programme's, marked with its
    language, as an item's text without a translation is."""
    if not text:
        return "", ""
    texts = {event.language if event else "x-default": text}
    for lang, other in (others or {}).items():
        texts.setdefault(lang, other)
    return _text(texts, page_lang)


def _in(text: Text, tag: str = "span", attrs: str = "") -> str:
    """``text`` in an element that names its language when it is not the page's."""
    return f"<{tag}{attrs}{_lang(text[1])}>{escape(text[0])}</{tag}>"


def _phrase(text: Text) -> str:
    """``text`` within a line: as it is in the page's language, else in a span naming its own."""
    return _in(text) if text[1] else escape(text[0])


def _for_meta(*candidates: Text) -> str:
    """A tag's text (description, share title, cover's alt text), which cannot say its
    language: the first candidate in the page's language, else the first at all."""
    shown = [c for c in candidates if c[0]]
    return next((c[0] for c in shown if not c[1]), shown[0][0] if shown else "")


def _first_time(items: list[PageItem]) -> float:
    times = [i.entry.capture.timestamp() for i in items if i.entry.capture]
    return min(times) if times else float("inf")


def _generated(named: Text, page_lang: str, phrase: Callable[[Mapping[str, str]], str]) -> Text:
    """A text the page makes naming ``named`` (a title, with its language) for an attribute,
    which cannot mark a part: in the page's words when the title is in its language, else
    wholly in the title's (marked), or the title alone when the page has no words for that.
    The Dutch page's 'Foto 1 van EMN roundtable' was read as Dutch throughout."""
    if not named[1]:
        return phrase(_words(page_lang)), ""
    words = WORDS.get(named[1].split("-")[0].lower())
    return (phrase(words) if words else named[0]), named[1]


def _photo_n(lang: str, n: int, named: Text) -> Text:
    """A photo without texts of its own, named by its number and ``named`` (its session's
    title, or the page's)."""
    return _generated(named, lang, lambda w: w["photo_n"].format(n=n, session=named[0]))


def _photo_texts(item: PageItem, lang: str, n: int, session: Text) -> tuple[Text, Text, Text]:
    """(title, caption, alt text) of a photo as the page shows them, each with its lang.

    The title and the caption are both shown when both exist (once when they are the same
    text); the alt text falls back to the caption, then the title, then :func:`_photo_n`."""
    e = item.entry
    # Camera boilerplate ("OLYMPUS DIGITAL CAMERA") catalogued before it was recognised
    # describes nothing: neither caption nor alt text.
    found = [_text(t, lang) for t in (e.title, e.caption, e.alt_text)]
    title, caption, own_alt = (("", "") if is_boilerplate(t) else (t, g) for t, g in found)
    if title[0].strip() == caption[0].strip():
        title = ("", "")
    alt = next((t for t in (own_alt, caption, title) if t[0]), _photo_n(lang, n, session))
    return title, caption, alt


def untitled(language: str) -> str:
    """What a page or feed is called when the catalogue has no event: 'Conference media'."""
    return _words(language)["untitled"]


def credit_text(
    credit_line: str, creator: str, licence: str, language: str, *, photo: bool = True
) -> str:
    """'Photo: EMN · Licence: CC BY 4.0' in ``language`` (French 'Photo : EMN ·
    Licence : …'): the page's cards and the CMS files' descriptions. The credit line's
    names (the creator's without one) after the page's own label, never one typed in the
    catalogue (export.credit); 'Credit' rather than 'Photo' for a file that is no photo."""
    words = _words(language)
    label = words["photo"] if photo else words["credit"]
    credit = labelled_credit(credit_names(credit_line) or creator, label, words["colon"])
    if licence:
        credit += f"{' · ' if credit else ''}{words['licence']}{words['colon']}{licence}"
    return credit


def _credit(e: ExportEntry, lang: str) -> str:
    return credit_text(e.credit_line, e.creator, e.licence, lang)


def _photo(item: PageItem, lang: str, n: int, session: Text) -> str:
    """A photo of ``session`` (its title as the page shows it, with its language)."""
    e = item.entry
    words = _words(lang)
    title, caption, alt = _photo_texts(item, lang, n, session)
    credit = _credit(e, lang)
    img = item.preview or item.href
    srcset = item.srcset()
    size = ""
    if item.preview and item.preview_size:
        size = f' width="{item.preview_size[0]}" height="{item.preview_size[1]}"'
    elif item.renditions:
        size = f' width="{item.renditions[0][1]}" height="{item.renditions[0][2]}"'
    responsive = (
        f' srcset="{srcset}" sizes="(min-width: 40em) 18em, 100vw"' if "," in srcset else ""
    )
    large = f' data-srcset="{srcset}"' if "," in srcset else ""
    text = " — ".join(x for x in (title[0], caption[0], credit) if x)
    parts = [
        f'<li><figure><a href="{_url(item.href)}" data-large{large}>'
        f'<img src="{_url(img)}"{responsive}{size}{_lang(alt[1])} alt="{escape(alt[0])}" '
        'loading="lazy"></a>',
        f'<figcaption data-text="{escape(text)}">',
    ]
    if title[0]:
        parts.append(f'<span class="title"{_lang(title[1])}>{escape(title[0])}</span>')
    if caption[0]:
        parts.append(f"<span{_lang(caption[1])}>{escape(caption[0])}</span>")
    if credit:
        parts.append(f'<span class="credit">{escape(credit)}</span>')
    dims = f"{item.renditions[0][1]} × {item.renditions[0][2]}, " if item.renditions else ""
    kind = item.href.rsplit(".", 1)[-1].upper() if "." in item.href else "file"
    parts.append(
        f'<a class="download" href="{_url(item.href)}" download>{escape(words["download"])}'
        # the session's title marked in its language, as its heading is ('Photo 1 – ' then
        # an English title read in French)
        f'<span class="vh"> {escape(words["photo_n"]).format(n=n, session=_phrase(session))}'
        "</span> "
        f"({kind}, {dims}{_size(item.size, words)})</a>"
    )
    parts.append("</figcaption></figure></li>")
    return "".join(parts)


def _deck(item: PageItem, lang: str) -> str:
    e = item.entry
    words = _words(lang)
    named = _item_title(e, lang)
    kind = item.href.rsplit(".", 1)[-1].upper()
    pages = f", {e.pages} {words['pages']}" if e.pages else ""
    html = [
        f'<p><a href="{_url(item.href)}" download>{escape(words["dl_slides"])} '
        f"{words['quote'].format(_in(named))} ({kind}, {_size(item.size, words)}{pages})"
        "</a></p>"
    ]
    if item.pages:
        html.append('<ol class="pages">')
        for i, page in enumerate(item.pages, 1):
            alt = _generated(named, lang, partial(_slide_n, i, named[0]))
            html.append(
                f'<li><img src="{_url(page)}"{_lang(alt[1])} alt="{escape(alt[0])}" '
                'loading="lazy"></li>'
            )
        html.append("</ol>")
    if item.unrendered:  # said, rather than one picture shown as if it were the deck
        why = words.get(item.unrendered, item.unrendered)
        note = words["unrendered_1" if item.pages else "unrendered_0"].format(why=why)
        html.append(f'<p class="meta">{escape(note)}</p>')  # (muted, AA)
    return "".join(html)


def _slide_n(n: int, title: str, words: Mapping[str, str]) -> str:
    """'Slide 3 of “title”' in ``words``' language."""
    return f"{words['slide_n'].format(n=n)} {words['quote'].format(title)}"


def _item_title(e: ExportEntry, lang: str) -> Text:
    """A deck's, recording's or file's title as the page shows it, else its file name."""
    found = _text(e.title, lang)
    return found if found[0] else (e.original_name, "")


def _clock(seconds: float, hours: bool) -> str:
    s = max(0, int(seconds))  # a chapter starts at its second, not the one after
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if hours else f"{s // 60}:{s % 60:02d}"


def _media_id(href: str) -> str:
    return "m-" + re.sub(r"[^A-Za-z0-9_-]", "-", href)


def _chapter_list(item: PageItem, words: Mapping[str, str], title: str) -> str:
    """The clip's chapters as links under its player: time and title, each opening the clip
    at that time (the page's script seeks the player instead). None for the one cue a clip
    without chapters gets (its title from the start: nothing to seek to)."""
    marks = [c for c in cues(item.chapter_text) if c.text]
    if not marks or (len(marks) == 1 and marks[0].start_s < 0.5):
        return ""
    hours = marks[-1].start_s >= 3600
    target = _media_id(item.href)
    heading = f"{target}-ch"
    rows = []
    for c in marks:
        at = max(0, int(c.start_s))
        rows.append(
            f'<li><a href="{_url(item.href)}#t={at}" data-seek="{c.start_s:g}" '
            f'data-end="{c.end_s:g}" data-for="{target}">'
            f'<time datetime="PT{at}S">{_clock(c.start_s, hours)}</time>'
            f'<span class="t">{escape(c.text)}</span></a></li>'
        )
    return (
        f'<nav class="chapters" aria-labelledby="{heading}">'
        f'<h5 id="{heading}">{escape(words["chapters"])}'
        f'<span class="vh"> {words["quote"].format(escape(title))}</span></h5>'
        f"<ol>{''.join(rows)}</ol></nav>"
    )


def _recording(item: PageItem, lang: str) -> str:
    e = item.entry
    words = _words(lang)
    named = _item_title(e, lang)
    title = named[0]
    tag = "audio" if e.kind is Kind.AUDIO else "video"
    poster = f' poster="{_url(item.preview)}"' if item.preview and tag == "video" else ""
    length = _duration(e.duration_s)
    facts = _size(item.size, words) + (f", {length}" if length else "")
    label = f"{escape(words['dl_rec'])} {words['quote'].format(_in(named))} ({facts})"
    chapters = _chapter_list(item, words, title)
    # a clip without chapters ships a track of one cue, its title in the export's language:
    # offered here it was a "Chapitres" track in English on the French page, adding nothing
    track = (
        f'<track kind="chapters" src="{_url(item.chapters)}" srclang="{escape(lang)}" '
        f'label="{escape(words["chapters"])}" default>'
        if item.chapters and chapters
        else ""
    )
    # the user's caption files: the page's language shown by default, the others offered
    shown = next((k for k, (_, g) in enumerate(item.captions) if _same_language(g, lang)), 0)
    for k, (path, language) in enumerate(item.captions):
        track += (
            f'<track kind="captions" src="{_url(path)}" srclang="{escape(language)}" '
            f'label="{escape(_language_name(language))}"{" default" if k == shown else ""}>'
        )
    ident = f' id="{_media_id(item.href)}"' if chapters else ""
    # named above its player: two players under one heading (a session's clip and a
    # recording of its own) were told apart only by the download links below them
    head = [_in(named, "strong")]
    if e.capture is not None and e.capture_zone_known:  # else its hour is a guess
        head.append(f'<time datetime="{e.capture.isoformat()}">{e.capture:%H:%M}</time>')
    if length:
        head.append(escape(length))
    return (
        f'<p class="rec">{" · ".join(head)}</p>'
        f'<{tag}{ident} controls preload="none"{poster} aria-label="{escape(title)}"'
        f"{_lang(named[1])}>"
        f'<source src="{_url(item.href)}" type="{escape(item.mime)}">{track}'
        f'<a href="{_url(item.href)}">{label}</a></{tag}>{chapters}'
        f'<p><a href="{_url(item.href)}" download>{label}</a></p>'
    )


def _same_language(a: str, b: str) -> bool:
    return a.lower().split("-")[0] == b.lower().split("-")[0]


def _language_name(code: str) -> str:
    """A caption track's label in its own language (the player's captions menu)."""
    return own_name(code) or code


def page_languages(items: Sequence[PageItem], language: str) -> list[str]:
    """The export's language, then each of en/fr/nl that some item has a caption or title in."""
    out = [language]
    for lang in WORDS:
        if lang in out or lang == language.split("-")[0]:
            continue
        if any(
            i.entry.caption.get(lang) or i.entry.title.get(lang) or i.entry.session_titles.get(lang)
            for i in items
        ):
            out.append(lang)
    return out


def choose_cover(items: Sequence[PageItem], cover_id: str = "") -> PageItem | None:
    """The photo a shared link previews with: the chosen one, else the top-rated (the first
    of those), else the first photo; without photos, the first clip or recording with a
    poster (its opening picture); else None."""
    photos = [i for i in items if i.entry.kind is Kind.PHOTO]
    for i in photos:
        if cover_id and i.entry.item_id == cover_id:
            return i
    if not photos:
        return next((i for i in items if i.entry.kind is Kind.VIDEO and i.preview), None)
    return max(photos, key=lambda i: (i.entry.rating or 0, -photos.index(i)))


def _absolute(base_url: str, path: str) -> str:
    return base_url.rstrip("/") + "/" + quote(path, safe="/") if base_url else quote(path, "/")


def _social_meta(
    title: Text,
    description: str,
    cover: PageItem | None,
    lang: str,
    base_url: str,
    page: str,
    event: EventInfo | None = None,
) -> str:
    """Open Graph and Twitter card tags (absolute URLs when the page's address is known).
    Their texts cannot say their language: each is the page's language's (_for_meta).
    ``title``: the page's, with its language."""
    tags = [
        ("property", "og:type", "website"),
        ("property", "og:title", title[0]),
        ("property", "og:locale", _OG_LOCALE.get(lang.split("-")[0], lang.replace("-", "_"))),
        ("name", "twitter:card", "summary_large_image" if cover else "summary"),
        ("name", "twitter:title", title[0]),
    ]
    if description:
        tags += [
            ("name", "description", description),
            ("property", "og:description", description),
            ("name", "twitter:description", description),
        ]
    if base_url:
        tags.append(("property", "og:url", _absolute(base_url, page)))
    note = ""
    if cover is not None:
        n = cover
        if n.entry.kind is Kind.PHOTO:
            image = _absolute(base_url, n.href)
            named, caption, alt_text = _photo_texts(n, lang, 1, title)
            alt = _for_meta(alt_text, caption, named, _photo_n(lang, 1, title))
            size = n.renditions[0][1:] if n.renditions else None
        else:  # a clip's poster: its opening picture, named by the clip's title
            image = _absolute(base_url, n.preview or n.href)
            session = _programme(n.entry.session_title, event, lang, n.entry.session_titles)
            alt = _for_meta(_text(n.entry.title, lang), session, title)
            size = n.preview_size
        tags += [("property", "og:image", image), ("name", "twitter:image", image)]
        if size:
            tags += [
                ("property", "og:image:width", str(size[0])),
                ("property", "og:image:height", str(size[1])),
            ]
        tags += [("property", "og:image:alt", alt), ("name", "twitter:image:alt", alt)]
        if not base_url:
            note = (
                "<!-- og:image is relative to this page: most sites that preview a shared "
                "link need an absolute address; export again with the page's address "
                "(the export's page address option) once it is known. -->\n"
            )
    return note + "\n".join(
        f'<meta {kind}="{key}" content="{escape(value, quote=True)}">' for kind, key, value in tags
    )


# what an export was made from, as catalog_export names it ('Session “EMN roundtable”')
def _repeats(bundle: str, sources: Sequence[str], event: EventInfo | None) -> bool:
    """Whether ``bundle`` is just the source's words (after the event's name: its acronym,
    or its title or main title in any of its languages, as the default bundle name in the
    interface's language begins), in any of its ``sources`` forms (see :func:`_source_forms`)."""
    name = comparable_text(bundle)
    titles = (event.title, *event.title_texts.values()) if event else ()
    # a long source's default name begins with the main title alone (default_bundle_name)
    prefixes = (event.acronym, *titles, *map(main_title_of, titles)) if event else ()
    for prefix in prefixes:
        if prefix and name.startswith(comparable_text(prefix)):
            name = name[len(comparable_text(prefix)) :]
            break
    return bool(name) and any(name in comparable_text(s) for s in sources)


def _source_forms(
    source: str,
    words: Mapping[str, str],
    titles: Mapping[str, LangText],
    days: Mapping[str, str] | None = None,
) -> list[str]:
    """The source as the core names it ('Day 2 (2022-06-02)', 'Session “EMN roundtable”'),
    as the page words it ('Jour 2 · 2 juin 2022'), and with each session's title (keys of
    ``titles``) in its further languages: the default name of a French export says "Jour 2"
    or the session's French title, and was shown again beside the source it repeats."""
    forms = [source, _source_heading(source, words, days=days)]
    for title, others in titles.items():
        if title and title in source:
            forms += [source.replace(title, other) for other in others.values() if other]
    return forms


def build_page(
    event: EventInfo | None,
    items: Sequence[PageItem],
    language: str = "en",
    *,
    bundle: str = "",
    source: str = "",
    languages: Sequence[str] = (),
    base_url: str = "",
    cover_id: str = "",
) -> dict[str, bytes]:
    """The page's files: ``index.html`` (and ``index.<lang>.html`` for each further language
    of ``languages``), ``assets/style.css``, ``assets/gallery.js`` (photos) and
    ``assets/chapters.js`` (clips with chapters).

    The header names the bundle and what it was made from (``source``: a collection, a
    session, a day ...); texts in another language than the page's carry a ``lang``.
    ``base_url`` (the address the bundle will be published at) makes the share tags
    absolute; ``cover_id`` chooses the cover photo (else the top-rated one).
    """
    langs = list(dict.fromkeys([language, *languages]))
    cover = choose_cover(items, cover_id)
    files = {
        page_file(lang, language): _one_page(
            event, items, lang, langs, language, bundle, source, base_url, cover
        )
        for lang in langs
    }
    files["assets/style.css"] = CSS.encode("utf-8")
    if any(i.entry.kind is Kind.PHOTO for i in items):
        files["assets/gallery.js"] = GALLERY_JS.encode("utf-8")
    if any(_has_chapters(i) for i in items):
        files["assets/chapters.js"] = CHAPTERS_JS.encode("utf-8")
    return files


def _has_chapters(item: PageItem) -> bool:
    return bool(item.chapter_text) and bool(_chapter_list(item, WORDS["en"], ""))


def _one_page(
    event: EventInfo | None,
    items: Sequence[PageItem],
    language: str,
    langs: Sequence[str],
    main_language: str,
    bundle: str,
    source: str,
    base_url: str,
    cover: PageItem | None,
) -> bytes:
    words = _words(language)
    # no event in the catalogue yet: the page's own words
    event_title = (
        _programme(event.title, event, language, event.title_texts)
        if event
        else (words["untitled"], "")
    )
    groups = _group(items, words, event, language)
    nav, body = [], []
    for d, (day, sessions) in enumerate(groups, 1):
        nav.append(f'<li><a href="#day-{d}">{day}</a><ul>')
        body.append(
            f'<section id="day-{d}" aria-labelledby="day-{d}-h"><h2 id="day-{d}-h">{day}</h2>'
        )
        for s, (session, its) in enumerate(sessions, 1):
            sid = f"s-{d}-{s}"
            first = its[0].entry
            # "Other" (no session) is the page's word, a session's title the programme's
            called = _programme(first.session_title, event, language, first.session_titles)
            called = called if called[0] else (session, "")
            link = f' href="#{sid}"'
            nav.append(f"<li>{_in(called, 'a', link)}</li>")
            meta = [(first.session_hours, "")] if first.session_hours else []
            room = _programme(first.session_room, event, language, first.session_rooms)
            meta += [room] if room[0] else []
            if first.session_speakers:
                speakers = words["speakers"] + words["colon"] + ", ".join(first.session_speakers)
                meta.append((speakers, ""))
            body.append(f'<article class="session" id="{sid}" aria-labelledby="{sid}-h">')
            body.append(_in(called, "h3", f' id="{sid}-h"'))
            if meta:
                body.append(f'<p class="meta">{" · ".join(map(_phrase, meta))}</p>')
            decks = [i for i in its if i.entry.kind is Kind.SLIDES]
            recs = [i for i in its if i.entry.kind in (Kind.VIDEO, Kind.AUDIO)]
            photos = [i for i in its if i.entry.kind is Kind.PHOTO]
            others = [i for i in its if i.entry.kind in (Kind.DOCUMENT, Kind.OTHER)]
            if decks:
                # two decks or recordings under "Présentation", "Enregistrement": plural
                heading = words["slides" if len(decks) == 1 else "slides_n"]
                body.append(f'<section class="deck"><h4>{escape(heading)}</h4>')
                body += [_deck(i, language) for i in decks]
                body.append("</section>")
            if recs:
                heading = words["recording" if len(recs) == 1 else "recordings"]
                body.append(f'<section class="recording"><h4>{escape(heading)}</h4>')
                body += [_recording(i, language) for i in recs]
                body.append("</section>")
            if photos:
                body.append(
                    f'<section class="gallery"><h4>{escape(words["photos"])}</h4><ul class="grid">'
                )
                body += [_photo(i, language, n, called) for n, i in enumerate(photos, 1)]
                body.append("</ul></section>")
            if others:
                body.append(f'<section class="files"><h4>{escape(words["others"])}</h4><ul>')
                for i in others:
                    name = _in(_item_title(i.entry, language))
                    size = _size(i.size, words)
                    body.append(f'<li><a href="{_url(i.href)}">{name}</a> ({size})</li>')
                body.append("</ul></section>")
            body.append("</article>")
        nav.append("</ul></li>")
        body.append("</section>")
    subtitle: list[Text] = []
    about: Text = ("", "")
    if event:
        if event.start:
            subtitle.append((_date_span(event.start, event.end, words), ""))
        if event.location:
            subtitle.append(_programme(event.location, event, language, event.location_texts))
        about = _programme(event.description, event, language, event.description_texts)
    intro = _in(about, "p") if about[0] else ""
    # the bundle's name unless it only repeats the source in file-safe form (the default
    # name: "SMP2022 EMN roundtable_ policy …" beside 'Session “EMN roundtable: policy …”')
    # a session named in the source ('Session “EMN roundtable: …”') by its title in the
    # page's language too
    translations = {i.entry.session_title: i.entry.session_titles for i in items}
    # a day named in the source ('Day 2 – Workshops (2022-06-02)') by its name here
    day_names = {
        i.entry.day_label: i.entry.day_label_in(language, words["day"])
        for i in items
        if i.entry.day_label
    }
    forms = _source_forms(source, words, translations, day_names)
    named = "" if _repeats(bundle, forms, event) else bundle

    def session_title(name: str) -> Text:
        return _programme(name, event, language, translations.get(name))

    def programme_title(name: str) -> str:
        return _phrase(session_title(name))

    page_title = _page_title(event_title, source, session_title)

    shown = _source_html(source, words, programme_title, day_names)
    what = " · ".join(x for x in (escape(named), shown) if x)
    if what:
        intro += f'<p class="bundle">{what}</p>'
    organiser = (
        _in(_programme(event.organisation, event, language, event.organisation_texts))
        if event
        else ""
    )
    organiser = organiser if event and event.organisation else ""
    page = page_file(language, main_language)
    switch, alternates = "", ""
    if len(langs) > 1:
        links = []
        # one order on every page of every export (the export's language first moved the
        # links about from page to page); each language named in itself ("de": Deutsch,
        # not the English words' "English")
        for lang in sorted(langs, key=str.lower):
            name = escape(_language_name(lang))
            href = page_file(lang, main_language)
            current = ' aria-current="page"' if lang == language else ""
            links.append(
                f'<li><a href="{href}" hreflang="{escape(lang)}" lang="{escape(lang)}"'
                f"{current}>{name}</a></li>"
            )
            alternates += (
                f'<link rel="alternate" hreflang="{escape(lang)}" '
                f'href="{_absolute(base_url, href) if base_url else href}">\n'
            )
        switch = (
            f'<nav class="langs" aria-label="{escape(words["languages"])}">'
            f"<ul>{''.join(links)}</ul></nav>\n"
        )
    # the share preview's words are the page's language's: the venue in another one is left
    # out of it (the header shows it, marked), the event's description stands for the rest
    # only in the page's language
    summary = " · ".join(t for t, lang in subtitle if not lang)
    in_page = _source_heading(source, words, lambda n: session_title(n)[0], day_names)
    summary = " · ".join(x for x in (summary, in_page) if x)
    description = _for_meta(about, (summary, ""))
    social = _social_meta(page_title, description, cover, language, base_url, page, event)
    script = (
        '<script src="assets/gallery.js" defer></script>\n'
        if any(i.entry.kind is Kind.PHOTO for i in items)
        else ""
    )
    if any(_has_chapters(i) for i in items):
        script += '<script src="assets/chapters.js" defer></script>\n'
    data = " ".join(
        f'data-lb-{key}="{escape(words[word])}"'
        for key, word in (
            ("label", "large"),
            ("close", "close"),
            ("prev", "prev"),
            ("next", "next"),
            ("download", "download"),
        )
    )
    # the header's band spans the window, its words sit in the content's centred column (at
    # 1920 px they were at the window's left edge, far from the photos below)
    html = f"""<!DOCTYPE html>
<html lang="{escape(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
{_in(page_title, "title")}
{social}
{alternates}<link rel="stylesheet" href="assets/style.css">
{script}</head>
<body {data}>
<a class="skip" href="#main">{escape(words["skip"])}</a>
<header class="event"><div class="column">
{switch}{_in(event_title, "h1")}
{f"<p>{' · '.join(map(_phrase, subtitle))}</p>" if subtitle else ""}{intro}
</div></header>
<nav class="toc" aria-label="{escape(words["toc"])}"><ul>{"".join(nav)}</ul></nav>
<main id="main" tabindex="-1">
{"".join(body)}
</main>
<footer><p>{organiser}{" · " if organiser else ""}{escape(words["published"])}</p></footer>
</body>
</html>
"""
    return html.encode("utf-8")

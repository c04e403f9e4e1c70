"""Manifests that other tools read right and a page that says what it is."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from export_helpers import CEST, EVENT, entry_for, jpeg_bytes, settings

from smparchive.core.export import WEB, plan_export, run_export
from smparchive.core.export.manifest import manifest_csv, row_for
from smparchive.core.export.webpage import PageItem, build_page


def test_manifest_dates_to_the_second_with_offset(tmp_path: Path) -> None:
    path = tmp_path / "a.jpg"
    path.write_bytes(jpeg_bytes())
    moment = datetime(2022, 6, 1, 9, 30, 12, 345678, tzinfo=CEST)
    row = row_for(entry_for(path, "1", capture=moment), "a.jpg", "image/jpeg", "en")
    assert row.date == "2022-06-01T09:30:12+02:00"


def test_excel_manifest_has_a_bom_and_the_default_none(tmp_path: Path) -> None:
    path = tmp_path / "a.jpg"
    path.write_bytes(jpeg_bytes())
    rows = [row_for(entry_for(path, "1", creator="Zoë Ångström"), "a.jpg", "image/jpeg", "en")]
    plain, excel = manifest_csv(rows), manifest_csv(rows, excel=True)
    assert not plain.startswith(b"\xef\xbb\xbf")
    assert excel == b"\xef\xbb\xbf" + plain
    # What Excel does: a BOM means UTF-8; the accents survive.
    [record] = list(csv.DictReader(io.StringIO(excel.decode("utf-8-sig"))))
    assert record["dcterms:creator"] == "Zoë Ångström"


def test_export_writes_excel_manifest_and_second_precise_json(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    path = src / "a.jpg"
    path.write_bytes(jpeg_bytes())
    moment = datetime(2024, 5, 14, 10, 15, 0, 500000, tzinfo=CEST)
    entry = entry_for(path, "1", capture=moment)
    out = tmp_path / "out"
    out.mkdir()
    report = run_export(plan_export([entry], settings(out, preset=WEB, excel_csv=True), EVENT))
    data = (report.payload_root / "manifest.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    doc = json.loads((report.payload_root / "manifest.json").read_text("utf-8"))
    assert doc["items"][0]["dcterms:date"] == "2024-05-14T10:15:00+02:00"


def test_page_sessions_in_programme_order_langs_and_header(tmp_path: Path) -> None:
    path = tmp_path / "a.jpg"
    path.write_bytes(jpeg_bytes())
    day = datetime(2024, 5, 14, 9, 0, tzinfo=CEST)
    # The closing session's photos were taken first (a wrong camera clock, or a re-shoot):
    # the page still follows the programme.
    late = entry_for(
        path, "1", session_title="Closing", session_start=day.replace(hour=16),
        capture=day.replace(hour=8), caption={"fr": "Clôture de la conférence"}, alt_text={},
    )  # fmt: skip
    early = entry_for(
        path, "2", session_title="Opening", session_start=day.replace(hour=9),
        capture=day.replace(hour=12), caption={"en": "Welcome"}, alt_text={},
    )  # fmt: skip
    items = [PageItem(late, "a.jpg", 10), PageItem(early, "b.jpg", 10)]
    html = build_page(EVENT, items, "en", bundle="SMP24 Day 1", source="Collection “Post 3 June”")[
        "index.html"
    ].decode("utf-8")
    assert html.index(">Opening<") < html.index(">Closing<")
    assert '<span lang="fr">Clôture de la conférence</span>' in html
    assert 'lang="fr" alt="Clôture de la conférence"' in html
    assert "<span>Welcome</span>" in html and 'lang="en"' not in html.split("<main")[1]
    header = html.split("<header")[1].split("</header>")[0]
    assert "SMP24 Day 1" in header and "Collection “Post 3 June”" in header
    # the default bundle name only repeats the source as a folder name: said once, in words
    html = build_page(
        EVENT, items, "en", bundle="SMP24 Opening - day one", source="Session “Opening: day one”"
    )["index.html"].decode("utf-8")
    header = html.split("<header")[1].split("</header>")[0]
    assert "Session “Opening: day one”" in header and "_" not in header


def test_a_default_name_in_the_events_other_title_only_repeats_the_source(
    tmp_path: Path,
) -> None:
    """The default bundle name begins with the event's name in the interface's language
    (a French interface: its French title, where it began with the acronym 'smp2022'):
    beside 'Session “Opening: day one”' it is still said once, not as a second heading."""
    path = tmp_path / "a.jpg"
    path.write_bytes(jpeg_bytes())
    items = [PageItem(entry_for(path, "1", caption={"en": "Welcome"}, alt_text={}), "a.jpg", 10)]
    event = replace(EVENT, acronym="smp2022", title_texts={"fr": "Partenariats de 2024"})
    bundle = "Partenariats de 2024 Opening - day one"
    html = build_page(event, items, "en", bundle=bundle, source="Session “Opening: day one”")
    header = html["index.html"].decode("utf-8").split("<header")[1].split("</header>")[0]
    assert "Session “Opening: day one”" in header and bundle not in header


def test_a_default_name_in_the_sessions_french_title_only_repeats_the_source(
    tmp_path: Path,
) -> None:
    """A French interface names the bundle by the session's French title; the source names
    the session in the programme's English. Both pages' headers said the title twice:
    'Table ronde du REM - débat … · Séance « Table ronde du REM : débat … »'."""
    path = tmp_path / "a.jpg"
    path.write_bytes(jpeg_bytes())
    titles = {"fr": "Table ronde du REM : débat"}
    entry = entry_for(path, "1", session_title="EMN roundtable: debate", session_titles=titles)
    items = [PageItem(entry, "a.jpg", 10)]
    bundle = "Table ronde du REM - débat"
    pages = build_page(
        EVENT, items, "fr", bundle=bundle, source="Session “EMN roundtable: debate”",
        languages=["en"],
    )  # fmt: skip
    for page, said in (
        ("index.html", "Séance «\u202fTable ronde du REM\xa0: débat\u202f»"),
        ("index.en.html", "Session “EMN roundtable: debate”"),
    ):
        header = pages[page].decode("utf-8").split("<header")[1].split("</header>")[0]
        assert f'<p class="bundle">{said}</p>' in header, page


def test_a_default_name_in_the_sessions_other_title_only_repeats_the_source(
    tmp_path: Path,
) -> None:
    """A session exported in French is named by its French title (file-safe), while the
    source names it by the programme's: the French page's header said "Table ronde du REM -
    débat politique … · Séance « Table ronde du REM : débat politique … »", the title twice.
    A day's "Jour 2" likewise. The name is said once, in words."""
    path = tmp_path / "a.jpg"
    path.write_bytes(jpeg_bytes())
    entry = entry_for(
        path, "1", session_title="EMN roundtable: policy debate",
        session_titles={"fr": "Table ronde du REM : débat politique"},
        caption={"fr": "Ouverture"}, alt_text={},
    )  # fmt: skip
    items = [PageItem(entry, "a.jpg", 10)]
    source = "Session “EMN roundtable: policy debate”"
    for bundle in ("Table ronde du REM - débat politique", "SMP24 Table ronde du REM - débat"):
        html = build_page(EVENT, items, "fr", bundle=bundle, source=source)["index.html"]
        header = html.decode("utf-8").split("<header")[1].split("</header>")[0]
        assert "Séance «\u202fTable ronde du REM\u00a0: débat politique" in header
        assert bundle not in header and header.count("Table ronde du REM") == 1
    # a day likewise: 'SMP24 Jour 2 · Jour 2 · 15 mai 2024'
    html = build_page(EVENT, items, "fr", bundle="SMP24 Jour 2", source="Day 2 (2024-05-15)")
    header = html["index.html"].decode("utf-8").split("<header")[1].split("</header>")[0]
    assert "Jour 2 · 15 mai 2024" in header and header.count("Jour 2") == 1
    # a name of one's own is still said
    html = build_page(EVENT, items, "fr", bundle="Pour la presse", source=source)
    assert "Pour la presse" in html["index.html"].decode("utf-8").split("</header>")[0]


def test_a_french_page_says_everything_in_french(tmp_path: Path) -> None:
    """The page of a French export: its header (dates, what it was made from), day
    headings and download sizes read in French, as on the English page in English."""
    path = tmp_path / "a.jpg"
    path.write_bytes(jpeg_bytes())
    entry = entry_for(path, "1", caption={"fr": "Ouverture"}, alt_text={})
    items = [PageItem(entry, "a.jpg", 350_000)]
    for source, fr, en in (
        ("Collection “LinkedIn 3 June”", "Collection «\u202fLinkedIn 3 June\u202f»", None),
        ("A selection of 5 items", "Une sélection de 5 éléments", None),
        ("Search “kind:photo”", "Recherche «\u202fkind:photo\u202f»", None),
        ("Day 1 (2024-05-14)", "Jour 1 · 14 mai 2024", "Day 1 · 14 May 2024"),
        # clips of a recording (export --segment): the page's description said '1 clip:'
        ("1 clip: EMN roundtable", "1 extrait\u00a0: EMN roundtable", None),
        ("2 clips: Opening, EMN roundtable", "2 extraits\u00a0: Opening, EMN roundtable", None),
        # several sources (export --session A --session B) read 'Séance « A”, Session “B »';
        # the sessions' titles are the programme's, in English: marked so
        (
            "Session “Opening”, Session “EMN roundtable”",
            'Séance «\u202f<span lang="en">Opening</span>\u202f», '
            'Séance «\u202f<span lang="en">EMN roundtable</span>\u202f»',
            None,
        ),
        (
            "Collection “Post, June”, Collection “B”",
            "Collection «\u202fPost, June\u202f», Collection «\u202fB\u202f»",
            None,
        ),
        (
            "Day 1 (2024-05-14), Day 2 (2024-05-15)",
            "Jour 1 · 14 mai 2024, Jour 2 · 15 mai 2024",
            "Day 1 · 14 May 2024, Day 2 · 15 May 2024",
        ),
    ):
        pages = build_page(EVENT, items, "fr", source=source, languages=["en"])
        html = pages["index.html"].decode("utf-8")
        header = html.split("<header")[1].split("</header>")[0]
        assert "14–16 mai 2024" in header and "2024-05" not in header
        assert fr in header and source not in header
        english = pages["index.en.html"].decode("utf-8").split("</header>")[0]
        assert "14–16 May 2024" in english and (en or source) in english
    main = html.split("<main")[1]
    assert "Jour 1 – 14 mai 2024" in main and "Day 1" not in main
    assert "0,3 Mo" in main and "MB" not in main
    # the creator's credit, said the French way; the 1st of the month is the 1er
    own = [PageItem(replace(entry, credit_line=""), "a.jpg", 350_000)]
    june = build_page(replace(EVENT, start=date(2022, 6, 1), end=date(2022, 6, 2)), own, "fr")
    html = june["index.html"].decode("utf-8")
    assert "Photo\u00a0: Ana Fotógrafa" in html and "1er–2 juin 2022" in html


def test_a_french_page_says_its_own_words_in_french(tmp_path: Path) -> None:
    """'Day 1' (the programme's generic name) and 'Intervenants:' read as English in the
    French page; a real day name stays the organiser's."""
    path = tmp_path / "a.jpg"
    path.write_bytes(jpeg_bytes())
    visit = entry_for(path, "2", day_label="Field visit", day_date=datetime(2024, 5, 15).date())
    items = [PageItem(entry_for(path, "1"), "a.jpg", 10), PageItem(visit, "b.jpg", 10)]
    html = build_page(EVENT, items, "fr")["index.html"].decode("utf-8")
    assert "Jour 1 – 14 mai 2024" in html and "Day 1" not in html
    # the organiser's name, in the programme's language, marked so
    assert '<span lang="en">Field visit</span> – 15 mai 2024' in html
    assert "Intervenants\u00a0: Jane Doe, John Roe" in html
    english = build_page(EVENT, items, "en")["index.html"].decode("utf-8")
    assert "Day 1 – 14 May 2024" in english and "Speakers: Jane Doe" in english


def test_a_french_page_quotes_and_names_the_french_way(tmp_path: Path) -> None:
    """The header said 'Session “EMN roundtable”', the recording's link and chapter track
    were English ('“…”', 'Chapters') on the French page."""
    from smparchive.core.export.model import Kind
    from smparchive.core.media.clips import webvtt_chapters

    path = tmp_path / "clip.mp4"
    path.write_bytes(b"\0" * 64)
    clip = entry_for(path, "seg-2", kind=Kind.VIDEO, title={"en": "EMN roundtable"})
    vtt = webvtt_chapters([(0.0, "Ann Lee"), (30.0, "Bo Kim")], 0.0, 60.0)
    item = PageItem(clip, "clip.mp4", 64, chapters="clip.chapters.vtt", chapter_text=vtt)
    html = build_page(EVENT, [item], "fr", source="Session “EMN roundtable”")["index.html"].decode(
        "utf-8"
    )
    assert "Séance «\u202fEMN roundtable\u202f»" in html and "Session “" not in html
    assert 'label="Chapitres"' in html
    # the clip's title, only in English, is marked so (read out in English)
    assert 'l’enregistrement «\u202f<span lang="en">EMN roundtable</span>\u202f»' in html
    english = build_page(EVENT, [item], "en", source="Session “EMN roundtable”")
    assert "Session “EMN roundtable”" in english["index.html"].decode("utf-8")


def _chaptered_clip(tmp_path: Path, text: str) -> PageItem:
    from smparchive.core.export.model import Kind
    from smparchive.core.media.clips import webvtt_chapters

    path = tmp_path / "clip.mp4"
    path.write_bytes(b"\0" * 64)
    clip = entry_for(path, "seg-2", kind=Kind.VIDEO, title={"en": "EMN roundtable"})
    vtt = webvtt_chapters([(60.0, "Ann Lee"), (90.0, text), (150.5, "Q&A <floor>")], 60.0, 600)
    return PageItem(
        clip, "SMP 2022/clip.mp4", 64, chapters="SMP 2022/clip.chapters.vtt", chapter_text=vtt
    )


def _chapter_links(html: str) -> list[tuple[dict[str, str | None], str]]:
    """(the link's attributes, its text) for each link of the page's chapter list."""
    from html.parser import HTMLParser

    class Links(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.inside, self.found = False, []  # type: ignore[var-annotated]

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "nav" and ("class", "chapters") in attrs:
                self.inside = True
            elif tag == "a" and self.inside:
                self.found.append((dict(attrs), ""))

        def handle_endtag(self, tag: str) -> None:
            self.inside = self.inside and tag != "nav"

        def handle_data(self, data: str) -> None:
            if self.inside and self.found:
                a, text = self.found[-1]
                self.found[-1] = (a, text + data + " ")

    parser = Links()
    parser.feed(html)
    return [(a, " ".join(t.split())) for a, t in parser.found]


def test_a_clips_chapters_are_listed_under_its_player_and_seek_it(tmp_path: Path) -> None:
    """The chapters were only a <track kind="chapters">, which Chrome and Firefox do not
    show: a visitor saw no chapters. Now each is a link (time, title) under the video."""
    item = _chaptered_clip(tmp_path, "Bo Kim")
    files = build_page(EVENT, [item], "en")
    html = files["index.html"].decode("utf-8")
    links = _chapter_links(html)
    assert [text for _, text in links] == ["0:00 Ann Lee", "0:30 Bo Kim", "1:30 Q&A <floor>"]
    # each opens the clip at its time without JavaScript, and names the player it seeks
    assert [a["href"] for a, _ in links] == [
        "SMP%202022/clip.mp4#t=0", "SMP%202022/clip.mp4#t=30", "SMP%202022/clip.mp4#t=90"
    ]  # fmt: skip
    target = {a["data-for"] for a, _ in links}
    assert len(target) == 1 and f'<video id="{target.pop()}"' in html
    assert [a["data-seek"] for a, _ in links] == ["0", "30", "90.5"]
    assert ">Chapters<" in html
    # the track stays (players that show chapters), the page's script comes with it, local
    assert '<track kind="chapters" src="SMP%202022/clip.chapters.vtt"' in html
    assert '<script src="assets/chapters.js" defer></script>' in html
    script = files["assets/chapters.js"].decode("utf-8")
    assert "currentTime" in script and "http" not in script
    # the French page says so in French
    french = build_page(EVENT, [item], "fr")["index.html"].decode("utf-8")
    assert ">Chapitres<" in french and ">Chapters<" not in french
    assert [t for _, t in _chapter_links(french)][1] == "0:30 Bo Kim"


def test_a_clip_without_chapters_offers_no_chapter_track(tmp_path: Path) -> None:
    """A clip without chapters ships a track of one cue, its title in the export's language:
    the French page offered it as a French "Chapitres" track holding the English title. The
    page offers no chapter track then (its title is above the player); the file stays."""
    from smparchive.core.export.model import Kind
    from smparchive.core.media.clips import webvtt_chapters

    path = tmp_path / "clip.mp4"
    path.write_bytes(b"\0" * 64)
    title = {"en": "Keynote", "fr": "Discours d'ouverture"}
    clip = entry_for(path, "seg-1", kind=Kind.VIDEO, title=title)
    vtt = webvtt_chapters([], 0.0, 60.0, "Keynote")  # one cue: the title, from the start
    item = PageItem(clip, "k.mp4", 64, chapters="k.vtt", chapter_text=vtt)
    files = build_page(EVENT, [item], "en", languages=["fr"])
    for page, shown in (("index.html", "Keynote"), ("index.fr.html", "Discours d&#x27;ouverture")):
        html = files[page].decode("utf-8")
        assert f"<strong>{shown}</strong>" in html, page  # named above its player
        assert "<track" not in html and "k.vtt" not in html, page
        assert 'class="chapters"' not in html, page
    assert "assets/chapters.js" not in files


def test_dated_items_outside_the_programme_are_not_called_undated(tmp_path: Path) -> None:
    """A photo taken the day after the conference (no programme day) went under 'Undated'
    although the manifest and feeds give its date: it goes under its date, said to be
    outside the programme; 'Undated' is left to items with no capture time."""
    path = tmp_path / "a.jpg"
    path.write_bytes(jpeg_bytes())
    after = entry_for(path, "2", day_date=None, day_label="", session_title="",
                      capture=datetime(2024, 5, 17, 10, 0, tzinfo=CEST))  # fmt: skip
    timeless = entry_for(path, "3", day_date=None, day_label="", session_title="", capture=None)
    items = [PageItem(entry_for(path, "1"), "a.jpg", 10), PageItem(after, "b.jpg", 10),
             PageItem(timeless, "c.jpg", 10)]  # fmt: skip
    for lang, outside, undated in (
        ("en", "17 May 2024 – outside the programme", "Undated"),
        ("fr", "17 mai 2024 – hors programme", "Sans date"),
        ("nl", "17 mei 2024 – buiten het programma", "Zonder datum"),
    ):
        html = build_page(EVENT, items, lang)["index.html"].decode("utf-8")
        headings = [h.split(">", 1)[1] for h in html.split("<h2")[1:]]
        headings = [h.split("</h2>")[0] for h in headings]
        assert headings[1:] == [outside, undated], (lang, headings)


# A stand-in for the few DOM calls the page's scripts make, so Node runs them as a browser
# would on a click: elements record what was done to them.
DOM_STUB = """
function el(props) {
  var e = {dataset: {}, attrs: {}, handlers: {}, children: [], style: {}, paused: true,
    setAttribute: function (k, v) { this.attrs[k] = v; },
    getAttribute: function (k) { return this.attrs[k] === undefined ? null : this.attrs[k]; },
    removeAttribute: function (k) { delete this.attrs[k]; },
    addEventListener: function (n, f) { this.handlers[n] = f; },
    appendChild: function (c) { this.children.push(c); return c; },
    querySelector: function () { return null; },
    focus: function () {}, play: function () { this.paused = false; return null; },
    pause: function () { this.paused = true; this.pauses = (this.pauses || 0) + 1; },
    showModal: function () { this.open = true; }, close: function () { this.open = false; },
    getBoundingClientRect: function () { return {top: this.top, bottom: this.top + 300}; },
    scrollIntoView: function (o) { this.scrolled = o || true; }};
  for (var k in props) { e[k] = props[k]; }
  return e;
}
var video = el({id: "clip", readyState: 4, currentTime: 0, preload: "none", top: 0});
var links = [];
global.window = {innerHeight: 800, HTMLDialogElement: function () {}};
global.document = {
  body: el({dataset: {lbLabel: "Photo", lbClose: "Close", lbPrev: "<", lbNext: ">"}}),
  documentElement: {clientHeight: 800},
  createElement: function () { return el({}); },
  getElementById: function (id) { return id === "clip" ? video : null; },
  querySelectorAll: function (sel) {
    if (sel === "video, audio") { return [video]; }
    return links.filter(function (a) { return sel.indexOf(a.kind) >= 0; });
  }
};
function click(a) { a.handlers.click({button: 0, preventDefault: function () {}}); }
"""


def _node(script: str, steps: str) -> dict[str, Any]:
    """Run one of the page's scripts under DOM_STUB, then ``steps``; their printed JSON."""
    import shutil
    import subprocess

    node = shutil.which("node") or shutil.which("nodejs")
    if node is None:
        pytest.skip("node is not installed")
    code = DOM_STUB + steps.replace("SCRIPT", script)
    done = subprocess.run([node, "-e", code], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr[-2000:]
    return dict(json.loads(done.stdout))


def test_a_chapter_clicked_below_a_player_scrolled_away_brings_it_into_view() -> None:
    # a visitor reading a long chapter list clicks '1:06:14 Tomás Ferreira': the clip seeks
    # and plays, and the player (scrolled off the top) comes back into view to be watched
    from smparchive.core.export.webpage import CHAPTERS_JS

    steps = """
    var a = el({kind: "data-seek", dataset: {seek: "3974", end: "5372", for: "clip"}});
    links.push(a);
    SCRIPT
    video.top = -900;  // scrolled up out of the window
    click(a);
    var off = {t: video.currentTime, playing: !video.paused, scrolled: !!video.scrolled};
    video.scrolled = null; video.top = 100;  // in view: the page does not jump
    click(a);
    console.log(JSON.stringify({off: off, on: !!video.scrolled}));
    """
    found = _node(CHAPTERS_JS, steps)
    assert found["off"] == {"t": 3974, "playing": True, "scrolled": True}
    assert found["on"] is False


def test_opening_a_photo_in_the_large_view_pauses_a_playing_clip() -> None:
    # the roundtable's clip was playing; its sound went on behind the opened photo
    from smparchive.core.export.webpage import GALLERY_JS

    steps = """
    var photo = el({kind: "data-large", parentNode: el({})});
    photo.attrs.href = "p.jpg";
    links.push(photo);
    SCRIPT
    video.play();
    click(photo);
    console.log(JSON.stringify({paused: video.paused, pauses: video.pauses || 0}));
    """
    found = _node(GALLERY_JS, steps)
    assert found == {"paused": True, "pauses": 1}

"""Each language's page in its own language: the texts the catalogue has in it, the others
shown marked with their language and kept out of the share tags, which cannot say theirs."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from export_helpers import EVENT, entry_for, jpeg_bytes

from smparchive.core.export.model import EventInfo, Kind
from smparchive.core.export.webpage import PageItem, build_page

# the programme as the catalogue holds it: once, in English
PROGRAMME = replace(
    EVENT, location="Leiden (hybrid: on site and online)", description="", language="en"
)


def _meta(html: str) -> dict[str, str]:
    return dict(re.findall(r'<meta (?:name|property)="([^"]+)" content="([^"]*)"', html))


def _pages(
    tmp_path: Path, event: EventInfo = PROGRAMME, source: str = "Collection “June”"
) -> dict[str, str]:
    path = tmp_path / "a.jpg"
    path.write_bytes(jpeg_bytes())
    both = entry_for(
        path, "1", rating=5, title={"en": "Keynote moment"},
        caption={"en": "The speaker answers a question", "fr": "L'oratrice répond"},
        alt_text={"en": "A woman at a lectern", "fr": "Une femme au pupitre"},
    )  # fmt: skip
    english = entry_for(
        path, "2", title={}, caption={"en": "Welcome coffee"}, alt_text={}, session_room="Hall",
        day_label="Field visit", day_date=date(2024, 5, 15), session_title="Harbour walk",
    )  # fmt: skip
    deck = entry_for(path, "3", kind=Kind.SLIDES, title={"en": "Opening slides"})
    items = [PageItem(both, "a.jpg", 10), PageItem(english, "b.jpg", 10)]
    items.append(PageItem(deck, "c.pdf", 10))
    pages = build_page(event, items, "fr", languages=["en"], source=source)
    return {name: data.decode("utf-8") for name, data in pages.items() if name.endswith(".html")}


def test_the_french_page_shares_in_french_and_marks_the_english_it_shows(tmp_path: Path) -> None:
    html = _pages(tmp_path)["index.html"]
    meta = _meta(html)
    # the share preview: the venue, only in English, is left out; the dates and the source
    # in French; the cover's alt text the French one
    for key in ("description", "og:description", "twitter:description"):
        assert meta[key] == "14–16 mai 2024 · Collection «\u202fJune\u202f»", key
    assert meta["og:image:alt"] == meta["twitter:image:alt"] == "Une femme au pupitre"
    assert meta["og:title"] == "SMP Conference 2024"
    # the page shows the programme's English, each text marked as English
    header = html.split("<header")[1].split("</header>")[0]
    assert '<h1 lang="en">SMP Conference 2024</h1>' in header
    assert '<span lang="en">Leiden (hybrid: on site and online)</span>' in header
    assert '<title lang="en">SMP Conference 2024</title>' in html
    main = html.split("<main")[1]
    assert '<h3 id="s-1-1-h" lang="en">Opening keynote</h3>' in main
    assert '<span lang="en">Aula</span>' in main
    # a day's generic name is the page's word, a day's own name the programme's
    assert '<h2 id="day-1-h">Jour 1 – 14 mai 2024</h2>' in main
    assert '<h2 id="day-2-h"><span lang="en">Field visit</span> – 15 mai 2024</h2>' in main
    # the items' texts: French where the catalogue has it, else English, marked
    assert "<span>L&#x27;oratrice répond</span>" in main
    assert 'alt="Une femme au pupitre"' in main
    assert '<span class="title" lang="en">Keynote moment</span>' in main
    assert '<span lang="en">Welcome coffee</span>' in main
    assert 'lang="en" alt="Welcome coffee"' in main
    assert '«\u202f<span lang="en">Opening slides</span>\u202f»' in main


def test_a_photo_s_download_link_marks_its_session_s_title_too(tmp_path: Path) -> None:
    """Walked in French: each download link named its photo for screen readers as 'Photo 1
    – EMN roundtable: …', the English session title unmarked (read with French sounds)
    under the session's heading marked English."""
    main = _pages(tmp_path)["index.html"].split("<main")[1]
    assert '<span class="vh"> Photo 1 – <span lang="en">Opening keynote</span></span>' in main
    english = _pages(tmp_path)["index.en.html"].split("<main")[1]
    assert '<span class="vh"> Photo 1 of Opening keynote</span>' in english


def test_a_session_s_page_names_it_in_its_header_marked_too(tmp_path: Path) -> None:
    """Walked in French: a session's export said 'Séance « EMN roundtable: … »' in its
    header, the English title unmarked; a collection's name (the user's) stays unmarked."""
    pages = _pages(tmp_path, source="Session “Opening keynote”, Collection “June”")
    header = pages["index.html"].split("<header")[1].split("</header>")[0]
    assert (
        '<p class="bundle">Séance «\u202f<span lang="en">Opening keynote</span>\u202f», '
        "Collection «\u202fJune\u202f»</p>"
    ) in header
    english = pages["index.en.html"].split("<header")[1].split("</header>")[0]
    assert '<p class="bundle">Session “Opening keynote”, Collection “June”</p>' in english


def test_the_english_page_of_the_same_export_marks_nothing(tmp_path: Path) -> None:
    html = _pages(tmp_path)["index.en.html"]
    meta = _meta(html)
    assert meta["og:description"] == (
        "14–16 May 2024 · Leiden (hybrid: on site and online) · Collection “June”"
    )
    assert meta["og:image:alt"] == "A woman at a lectern"
    assert 'lang="en"' not in html.split("<body")[1].split('<nav class="toc"')[0].split("</nav>")[1]
    assert 'lang="fr"' not in html.split("<main")[1] and 'lang="en"' not in html.split("<main")[1]


def test_a_programme_in_french_is_shared_whole_on_the_french_page(tmp_path: Path) -> None:
    """The event's description stands for the summary in the page's language only."""
    french = replace(
        PROGRAMME, location="Leyde (hybride)", description="Trois jours de médias", language="fr"
    )
    pages = _pages(tmp_path, french)
    assert _meta(pages["index.html"])["og:description"] == "Trois jours de médias"
    assert '<span lang="en">Leiden' not in pages["index.html"]
    english = pages["index.en.html"]
    assert _meta(english)["og:description"] == "14–16 May 2024 · Collection “June”"
    assert '<p lang="fr">Trois jours de médias</p>' in english
    assert '<span lang="fr">Leyde (hybride)</span>' in english


def _switch(html: str) -> list[tuple[str, str, bool]]:
    """(hreflang, href, current) of each link of the page's language switcher."""
    nav = html.split('<nav class="langs"')[1].split("</nav>")[0]
    links = re.findall(r'<a href="([^"]+)" hreflang="([^"]+)"[^>]*?( aria-current="page")?>', nav)
    return [(lang, href, bool(current)) for href, lang, current in links]


def test_the_language_links_keep_one_order_on_every_page(tmp_path: Path) -> None:
    """The switcher listed the export's language first: Français, English on a French
    export's pages, English, Français on an English one's (published side by side)."""
    path = tmp_path / "a.jpg"
    path.write_bytes(jpeg_bytes())
    entry = entry_for(path, "1", caption={"fr": "Ouverture", "nl": "Opening", "en": "Opening"})
    items = [PageItem(entry, "a.jpg", 10)]
    for main, others in (("fr", ["nl", "en"]), ("en", ["fr", "nl"]), ("nl", ["en", "fr"])):
        pages = build_page(EVENT, items, main, languages=others)
        html_lang = {
            name: re.search(r'<html lang="([^"]+)">', data.decode("utf-8"))[1]  # type: ignore[index]
            for name, data in pages.items()
            if name.endswith(".html")
        }
        for name, data in pages.items():
            if not name.endswith(".html"):
                continue
            html = data.decode("utf-8")
            switch = _switch(html)
            assert [lang for lang, _, _ in switch] == ["en", "fr", "nl"], (main, name)
            # each link names the language of the page it opens; the page shown is marked
            assert all(html_lang[href] == lang for lang, href, _ in switch), (main, name)
            assert [href for _, href, current in switch if current] == [name], (main, name)
            alternates = re.findall(
                r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', html
            )
            assert alternates == [(lang, href) for lang, href, _ in switch], (main, name)
    # a page in a language the page has no words of is still named in its own
    german = build_page(EVENT, items, "de", languages=["fr"])["index.html"].decode("utf-8")
    nav = german.split('<nav class="langs"')[1].split("</nav>")[0]
    assert 'hreflang="de" lang="de" aria-current="page">Deutsch<' in nav
    assert nav.index('hreflang="de"') < nav.index('hreflang="fr"')


def test_a_programme_whose_language_nobody_said_is_neither_marked_nor_left_out(
    tmp_path: Path,
) -> None:
    """The catalogue's event says its programme's language (import, Event dialog, CLI);
    unsaid, the page cannot tell: it shows the texts unmarked and shares the venue, where
    taking them for English marked a French programme as English on its own French page."""
    from smparchive.core.catalog.records import EventRecord
    from smparchive.core.export.catalog_bridge import event_info

    record = EventRecord(
        id=1, title="SMP Conference 2024", acronym="SMP24", time_zone="Europe/Brussels",
        venue="Leyde (hybride)", description=None, organisation=None,
    )  # fmt: skip
    dates = {"start": date(2024, 5, 14), "end": date(2024, 5, 16)}
    unsaid = replace(event_info(record), **dates)  # type: ignore[arg-type]
    html = _pages(tmp_path, unsaid)["index.html"]
    assert _meta(html)["og:description"] == (
        "14–16 mai 2024 · Leyde (hybride) · Collection «\u202fJune\u202f»"
    )
    header = html.split("<header")[1].split("</nav>")[1].split("</header>")[0]
    assert "<h1>SMP Conference 2024</h1>" in header and 'lang="' not in header
    # said, it is marked on the other language's page
    french = replace(event_info(replace(record, language="fr")), **dates)  # type: ignore[arg-type]
    english_page = _pages(tmp_path, french)["index.en.html"]
    assert '<span lang="fr">Leyde (hybride)</span>' in english_page
    assert '<h1 lang="fr">SMP Conference 2024</h1>' in english_page


EMN = "EMN roundtable: policy debate on Skills Mobility Partnerships"
REM = "Table ronde du REM : débat politique sur les partenariats pour la mobilité des compétences"
REM_SPACED = REM.replace(" :", "\u00a0:")


def _bilingual(tmp_path: Path) -> dict[str, str]:
    """A bilingual conference's export (French and English pages) of a session whose
    programme is English with French titles, venue and event title beside it."""
    path = tmp_path / "a.jpg"
    path.write_bytes(jpeg_bytes())
    photo = entry_for(
        path, "1", rating=5, session_title=EMN, session_titles={"fr": REM}, session_room="",
        title={}, caption={"en": "The panel", "fr": "Le panel"},
        alt_text={"en": "A panel", "fr": "Un panel"},
    )  # fmt: skip
    event = replace(
        PROGRAMME,
        location="Brussels (hybrid)",
        title_texts={"fr": "Conférence SMP 2024"},
        location_texts={"fr": "Bruxelles (hybride)"},
    )
    pages = build_page(
        event, [PageItem(photo, "a.jpg", 10)], "fr", languages=["en"], source=f"Session “{EMN}”"
    )
    return {name: data.decode("utf-8") for name, data in pages.items() if name.endswith(".html")}


def test_a_bilingual_programme_s_french_page_uses_its_french_texts(tmp_path: Path) -> None:
    """The French page of a programme kept in English and French: the French session title,
    event title and venue, unmarked (they are the page's language), in the header, the
    contents, the session's heading, the photo's link and the share preview."""
    html = _bilingual(tmp_path)["index.html"]
    assert EMN not in html
    # (but the language switcher's link to the English page and the organiser's name)
    shown = html.split('<nav class="langs"')[1].split("</nav>", 1)[1].split("<footer")[0]
    assert 'lang="en"' not in shown
    main = html.split("<main")[1]
    # in French spacing, as every French text the page writes ('REM\u00a0: débat')
    assert f'<h3 id="s-1-1-h">{REM_SPACED}</h3>' in main
    assert f'<span class="vh"> Photo 1 – {REM_SPACED}</span>' in main
    header = html.split("<header")[1].split("</header>")[0]
    assert "<h1>Conférence SMP 2024</h1>" in header and "Bruxelles (hybride)" in header
    assert f"Séance «\u202f{REM_SPACED}\u202f»" in header
    # a shared link to the session's page is titled by the session, then the event, as the
    # page's <title> is (it said the event alone: every session's link looked the same)
    meta = _meta(html)
    shared = f"{REM_SPACED} – Conférence SMP 2024"
    assert meta["og:title"] == meta["twitter:title"] == shared
    assert f"<title>{shared}</title>" in html
    assert meta["og:description"] == (
        f"14–16 mai 2024 · Bruxelles (hybride) · Séance «\u202f{REM_SPACED}\u202f»"
    )


def test_a_bilingual_programme_s_english_page_keeps_the_english_texts(tmp_path: Path) -> None:
    html = _bilingual(tmp_path)["index.en.html"]
    assert REM not in html and "Bruxelles" not in html
    assert f'<h3 id="s-1-1-h">{EMN}</h3>' in html.split("<main")[1]
    meta = _meta(html)
    assert meta["og:title"] == meta["twitter:title"] == f"{EMN} – SMP Conference 2024"
    assert f"<title>{EMN} – SMP Conference 2024</title>" in html


def test_a_language_the_programme_lacks_shows_its_own_text_marked(tmp_path: Path) -> None:
    """A Dutch page of the same export: neither Dutch text exists, so the programme's own
    English, marked English as before (not the French translation)."""
    path = tmp_path / "a.jpg"
    path.write_bytes(jpeg_bytes())
    photo = entry_for(path, "1", session_title=EMN, session_titles={"fr": REM})
    pages = build_page(PROGRAMME, [PageItem(photo, "a.jpg", 10)], "nl")
    main = pages["index.html"].decode("utf-8").split("<main")[1]
    assert f'<h3 id="s-1-1-h" lang="en">{EMN}</h3>' in main and REM not in main


def test_a_french_post_names_the_session_by_its_french_title(tmp_path: Path) -> None:
    from smparchive.core.export.platforms import PLATFORMS
    from smparchive.core.export.post import build_post

    path = tmp_path / "a.jpg"
    path.write_bytes(jpeg_bytes())
    photo = entry_for(path, "1", session_title=EMN, session_titles={"fr": REM})
    french = build_post([(photo, "a.jpg")], PLATFORMS["mastodon"], "fr", PROGRAMME)
    # in French spacing, as the French page shows it
    assert french.sessions == (REM_SPACED,) and REM_SPACED in french.text
    assert EMN not in french.text
    english = build_post([(photo, "a.jpg")], PLATFORMS["mastodon"], "en", PROGRAMME)
    assert english.sessions == (EMN,) and REM not in english.text


def test_a_photo_without_texts_is_named_in_the_page_s_language_or_marked(tmp_path: Path) -> None:
    """The Dutch page named a photo without texts 'Foto 1 van EMN roundtable': a Dutch alt
    text holding an English title no reader could tell. It names the photo in the page's
    language when the title is in it (the French page: the French title), else wholly in
    the title's, marked; a deck's slides too; the share preview's alt text mixes none."""
    path = tmp_path / "a.jpg"
    path.write_bytes(jpeg_bytes())
    photo = entry_for(
        path, "1", session_title=EMN, session_titles={"fr": REM}, title={}, caption={},
        alt_text={},
    )  # fmt: skip
    deck = entry_for(path, "2", kind=Kind.SLIDES, title={"en": "Opening slides"})
    slides = PageItem(deck, "c.pdf", 10, pages=("s1.png",))
    items = [PageItem(photo, "a.jpg", 10), slides]
    pages = build_page(PROGRAMME, items, "nl", languages=["fr"])
    dutch = pages["index.html"].decode("utf-8")
    assert f'<img src="a.jpg" lang="en" alt="Photo 1 of {EMN}"' in dutch
    assert "van " + EMN not in dutch and "Dia 1 van" not in dutch
    assert '<img src="s1.png" lang="en" alt="Slide 1 of “Opening slides”"' in dutch
    # (not 'Foto 1 van <English>')
    assert _meta(dutch)["og:image:alt"] == f"Photo 1 of {PROGRAMME.title}"
    french = pages["index.fr.html"].decode("utf-8")
    assert f'<img src="a.jpg" alt="Photo 1 – {REM_SPACED}"' in french

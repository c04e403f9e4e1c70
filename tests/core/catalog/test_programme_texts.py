"""A programme's texts in further languages (0041): a bilingual conference keeps its
session titles, event title and venue in French beside the English programme, edits them
undoably, and finds a session (and its items) by either title. On both engines."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from smparchive.core.catalog.errors import CatalogError
from smparchive.core.catalog.filters import ItemFilter

EN = "EMN roundtable: policy debate on Skills Mobility Partnerships"
FR = "Table ronde du REM : débat politique sur les partenariats pour la mobilité des compétences"


def _programme(cat: Any) -> int:
    cat.create_event("SMP 2022", time_zone="Europe/Brussels", language="en", venue="Brussels")
    start = datetime(2022, 6, 1, 7, 30, tzinfo=UTC)
    return int(cat.add_session(EN, start, start.replace(hour=9)).value)


def test_a_session_title_in_french_is_kept_cleared_and_undone(engine_catalog: Any) -> None:
    cat = engine_catalog
    sid = _programme(cat)
    done = cat.set_session_text(sid, "fr", f"  {FR} ")
    s = cat.session(sid)
    assert s.title == EN and s.titles == (("fr", FR),)
    assert s.title_in("fr") == FR and s.title_in("fr-BE") == FR and s.title_in("nl") == EN
    cat.undo(done.undo)
    assert cat.session(sid).titles == ()
    cat.set_session_text(sid, "fr", FR)
    cleared = cat.set_session_text(sid, "fr", "")
    assert cat.session(sid).title_in("fr") == EN
    cat.undo(cleared.undo)
    assert cat.session(sid).title_in("fr") == FR
    # the history names each change and its undo, as other programme edits
    labels = [(e.action, e.label) for e in cat.history(limit=6)]
    assert ("undo", "Undo Change session title (fr)") in labels
    assert labels.count(("do", "Change session title (fr)")) == 3


def test_the_programme_s_own_language_is_its_own_text(engine_catalog: Any) -> None:
    """English is the programme's language: an English 'translation' would be a second
    English title; the text itself is the one to change."""
    cat = engine_catalog
    sid = _programme(cat)
    with pytest.raises(CatalogError, match="'en' is the programme's own language"):
        cat.set_session_text(sid, "en-GB", "Another title")
    with pytest.raises(CatalogError, match="not a language code"):
        cat.set_session_text(sid, "français", FR)
    assert cat.session(sid).titles == ()


def test_the_event_s_title_and_venue_in_french(engine_catalog: Any) -> None:
    cat = engine_catalog
    _programme(cat)
    done = cat.set_programme_texts(
        "event", None, {("title", "fr"): "SMP 2022 (fr)", ("venue", "fr"): "Bruxelles"}
    )
    event = cat.event()
    assert event.text_in("venue", "fr") == "Bruxelles"
    assert event.text_in("venue", "nl") == "Brussels"
    assert event.text_in("title", "fr") == "SMP 2022 (fr)"
    cat.undo(done.undo)  # both, one step
    assert cat.event().texts == ()


def test_deleting_a_session_and_undoing_it_keeps_its_french_title(engine_catalog: Any) -> None:
    cat = engine_catalog
    sid = _programme(cat)
    cat.set_session_text(sid, "fr", FR)
    gone = cat.delete_session(sid)
    cat.undo(gone.undo)
    assert cat.session(sid).titles == (("fr", FR),)


def test_search_finds_a_session_and_its_items_by_either_title(
    engine_catalog: Any, item_inserter: Any, tmp_path: Path
) -> None:
    cat = engine_catalog
    sid = _programme(cat)
    ids = item_inserter(cat, tmp_path / "media", [{"session_id": sid}, {}])
    assert cat.query_ids(ItemFilter(text="partenariats")) == []
    cat.set_session_text(sid, "fr", FR)
    assert [s.id for s in cat.find_sessions("table ronde du REM")] == [sid]
    assert [s.id for s in cat.find_sessions("EMN roundtable")] == [sid]
    assert list(cat.query_ids(ItemFilter(text="partenariats mobilité"))) == [ids[0]]
    assert list(cat.query_ids(ItemFilter(text="roundtable"))) == [ids[0]]
    undone = cat.set_session_text(sid, "fr", "")
    assert list(cat.query_ids(ItemFilter(text="partenariats"))) == []
    cat.undo(undone.undo)
    assert list(cat.query_ids(ItemFilter(text="partenariats"))) == [ids[0]]


def test_a_session_is_found_by_what_the_search_finds_its_items_by(
    engine_catalog: Any, item_inserter: Any, tmp_path: Path
) -> None:
    """`session:"Salle …"`, `--session` and the sidebar's lookups found a session by its
    titles only, while the search box found its photos by the room and description too (in
    every language kept): the same words now name the session, a title still first."""
    cat = engine_catalog
    sid = _programme(cat)
    start = datetime(2022, 6, 2, 7, 30, tzinfo=UTC)
    other = int(cat.add_session("Salle comble", start, start.replace(hour=9)).value)
    cat.update_session(sid, room="Roundtable Room", abstract="Evaluations by member states")
    cat.set_session_text(sid, "fr", "Salle de la table ronde", field="room")
    cat.set_session_text(sid, "nl", "Evaluaties van de lidstaten", field="description")
    item_inserter(cat, tmp_path / "media", [{"session_id": sid}])

    def found(spec: str) -> list[int]:
        return [s.id for s in cat.find_sessions(spec)]

    assert found("table ronde") == [sid]  # the French room
    assert found("lidstaten") == [sid] and found("member states") == [sid]
    assert found("roundtable room") == [sid]
    assert found("salle roundtable") == [sid]  # words from several of its texts
    assert found("salle comble") == [other]  # a title comes first
    assert found("walrus") == []
    searched = cat.query_ids(ItemFilter(session_ids=tuple(found("evaluaties"))))
    assert list(searched) == list(cat.query_ids(ItemFilter(text="evaluaties")))


def test_the_export_takes_the_programme_s_texts_in_every_language(engine_catalog: Any) -> None:
    """What the page and post are given (catalog_bridge): the session's and event's texts
    in further languages beside the programme's own."""
    from smparchive.core.export.catalog_bridge import event_info

    cat = engine_catalog
    sid = _programme(cat)
    cat.set_session_text(sid, "fr", FR)
    cat.set_event_text("venue", "fr", "Bruxelles")
    info = event_info(cat.event(), cat.days(counts=False))
    assert info is not None and info.location_texts == {"fr": "Bruxelles"}
    assert info.language == "en" and info.location == "Brussels"
    assert dict(cat.session(sid).titles) == {"fr": FR}


def test_a_session_s_room_and_description_in_french_kept_and_undone(
    engine_catalog: Any,
) -> None:
    cat = engine_catalog
    sid = _programme(cat)
    cat.update_session(sid, room="Roundtable Room", abstract="Two panels.\nThen questions.")
    done = cat.set_programme_texts(
        "session",
        sid,
        {("room", "fr"): " Salle de la  table ronde ", ("description", "fr"): "Deux panels.\n"
         "Puis les questions.  "},
    )  # fmt: skip
    s = cat.session(sid)
    assert s.text_in("room", "fr-BE") == "Salle de la table ronde"
    assert s.text_in("description", "fr") == "Deux panels.\nPuis les questions."
    assert s.text_in("room", "nl") == "Roundtable Room"
    assert s.text_in("description", "nl") == "Two panels.\nThen questions."
    assert s.titles == ()  # the title has no French text: still the programme's
    cat.undo(done.undo)  # both, one step
    assert cat.session(sid).text_in("room", "fr") == "Roundtable Room"
    assert ("do", "Change session room (fr), description (fr)") in [
        (e.action, e.label) for e in cat.history(limit=3)
    ]


def test_an_event_s_organiser_in_french(engine_catalog: Any) -> None:
    cat = engine_catalog
    _programme(cat)
    cat.update_event(organisation="European Migration Network")
    done = cat.set_event_text("organisation", "fr", "Réseau européen des migrations")
    assert cat.event().text_in("organisation", "fr") == "Réseau européen des migrations"
    cat.undo(done.undo)
    assert cat.event().text_in("organisation", "fr") == "European Migration Network"


def test_search_finds_items_by_a_room_or_description_in_any_language(
    engine_catalog: Any, item_inserter: Any, tmp_path: Path
) -> None:
    """Searching "Salle" or a word of the French description found nothing: the search
    text holds a session's room and description in every language kept, follows their
    edits (own and translated) and their undo."""
    cat = engine_catalog
    sid = _programme(cat)
    ids = item_inserter(cat, tmp_path / "media", [{"session_id": sid}, {}])
    cat.update_session(sid, room="Roundtable Room", abstract="Two panels on skills.")
    assert list(cat.query_ids(ItemFilter(text="panels"))) == [ids[0]]  # the programme's own
    done = cat.set_programme_texts(
        "session",
        sid,
        {("room", "fr"): "Salle de la table ronde", ("description", "fr"): "Deux tables rondes."},
    )
    assert list(cat.query_ids(ItemFilter(text="salle"))) == [ids[0]]
    assert list(cat.query_ids(ItemFilter(text="tables rondes"))) == [ids[0]]
    assert list(cat.query_ids(ItemFilter(text="roundtable room"))) == [ids[0]]
    # the first page of a sorted search (the grid's) reads each walked item's text anew
    assert list(cat.query_ids(ItemFilter(text="salle"), limit=1)) == [ids[0]]
    cat.undo(done.undo)
    assert list(cat.query_ids(ItemFilter(text="salle"))) == []
    cat.set_session_text(sid, "fr", "Salle des fêtes", field="room")
    assert list(cat.query_ids(ItemFilter(text="fetes"))) == [ids[0]]
    cat.set_session_text(sid, "fr", "", field="room")
    assert list(cat.query_ids(ItemFilter(text="fetes"))) == []


def test_be_precise_names_the_sessions_in_english_with_their_day_and_time(
    engine_catalog: Any,
) -> None:
    """A French programme's two round tables: "be precise" named them by their French
    titles, alike, in the English command line; now by their English titles, each with its
    day and time (in the event's zone) to tell them apart."""
    cat = engine_catalog
    cat.create_event("REM 2022", time_zone="Europe/Brussels", language="fr")
    ids = []
    for day, hour in ((1, 7), (2, 12)):
        start = datetime(2022, 6, day, hour, 30, tzinfo=UTC)
        ids.append(int(cat.add_session(FR, start, start.replace(hour=hour + 1)).value))
        cat.set_session_text(ids[-1], "en", EN)
    with pytest.raises(CatalogError) as raised:
        cat.find_session("table ronde")
    said = str(raised.value)
    assert "be precise" in said and "Table ronde" not in said
    assert f"{ids[0]}: {EN}, 2022-06-01 09:30" in said
    assert f"{ids[1]}: {EN}, 2022-06-02 14:30" in said


def test_be_precise_gives_each_session_in_its_own_events_zone(engine_catalog: Any) -> None:
    """The Brussels conference and its New York follow-up both hold a round table at 09:30
    local time: "be precise" read the New York one in Brussels time ('15:30'), as if it
    were held then; now each at its own event's time, the zone named."""
    cat = engine_catalog
    cat.create_event("SMP 2022", time_zone="Europe/Brussels")
    ny = int(cat.create_event("SMP follow-up", time_zone="America/New_York").value)
    brussels = datetime(2022, 6, 1, 7, 30, tzinfo=UTC)  # 09:30 CEST
    new_york = datetime(2022, 6, 8, 13, 30, tzinfo=UTC)  # 09:30 EDT
    here = int(cat.add_session(EN, brussels, brussels.replace(hour=9)).value)
    there = int(cat.add_session(EN, new_york, new_york.replace(hour=15), event_id=ny).value)
    with pytest.raises(CatalogError) as raised:
        cat.find_session("EMN roundtable")
    said = str(raised.value)
    assert f"{there}: {EN}, 2022-06-08 09:30 EDT" in said
    assert f"{here}: {EN}, 2022-06-01 09:30 CEST" in said

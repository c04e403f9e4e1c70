"""A programme day's name in further languages (0042): kept beside its own, edited
undoably, filled by a CSV programme's "day name (fr)" column, found by search, and the
one name every reader asks for (``DayRecord.name_in``). On both engines."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from smparchive.core.catalog.errors import CatalogError
from smparchive.core.domain.query import parse_query

EN = "Day 2 – Practical sessions"
FR = "Jour 2 – Ateliers pratiques"
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "catalogues"


def _programme(cat: Any) -> tuple[int, int]:
    """An English programme of two days (the second named) and a session on the second."""
    cat.create_event("SMP 2022", time_zone="Europe/Brussels", language="en")
    cat.add_day(date(2022, 6, 1))
    day = int(cat.add_day(date(2022, 6, 2), EN).value)
    start = datetime(2022, 6, 2, 7, 30, tzinfo=UTC)
    sid = int(cat.add_session("Workshop", start, start.replace(hour=9)).value)
    return day, sid


def _day(cat: Any, day_id: int) -> Any:
    return next(d for d in cat.days() if d.id == day_id)


def test_a_day_s_french_name_is_kept_cleared_and_undone(engine_catalog: Any) -> None:
    cat = engine_catalog
    day, _ = _programme(cat)
    done = cat.set_day_name(day, "fr", f"  {FR} ")
    d = _day(cat, day)
    assert d.label == EN and d.translations() == {"fr": FR}
    assert d.name_in("fr") == FR and d.name_in("fr-BE") == FR
    assert d.name_in("nl") == EN and d.name_in("en") == EN  # none kept: its own
    cat.undo(done.undo)
    assert _day(cat, day).name_in("fr") == EN
    assert ("do", "Change day label (fr)") in [(e.action, e.label) for e in cat.history(limit=3)]
    with pytest.raises(CatalogError, match="'en' is the programme's own language"):
        cat.set_day_name(day, "en-GB", "Another name")


def test_without_a_kept_name_a_generic_day_reads_in_the_language(engine_catalog: Any) -> None:
    cat = engine_catalog
    _programme(cat)
    first = cat.days()[0]
    assert first.label == "Day 1" and first.texts == ()
    assert (first.name_in("fr"), first.name_in("nl"), first.name_in("en")) == (
        "Jour 1",
        "Dag 1",
        "Day 1",
    )


def test_deleting_a_day_and_undoing_it_keeps_its_french_names(engine_catalog: Any) -> None:
    """The day's French name and its session's French title come back with it."""
    cat = engine_catalog
    day, sid = _programme(cat)
    cat.set_day_name(day, "fr", FR)
    cat.set_session_text(sid, "fr", "Atelier")
    gone = cat.delete_day(day)
    cat.undo(gone.undo)
    assert _day(cat, day).translations() == {"fr": FR}
    assert cat.session(sid).titles == (("fr", "Atelier"),)


def test_search_finds_a_day_by_its_french_name(
    engine_catalog: Any, item_inserter: Any, tmp_path: Path
) -> None:
    cat = engine_catalog
    day, sid = _programme(cat)
    ids = item_inserter(cat, tmp_path / "media", [{"session_id": sid, "day_id": day}, {}])
    cat.set_day_name(day, "fr", FR)
    wanted = parse_query(f'jour:"{FR.upper()}"', cat)
    assert wanted.day_ids == (day,)
    assert list(cat.query_ids(wanted)) == [ids[0]]
    assert parse_query(f'day:"{EN}"', cat).day_ids == (day,)  # and by its own


def test_a_csv_programme_s_day_names_in_every_language_are_imported(
    engine_catalog: Any, tmp_path: Path
) -> None:
    from smparchive.core.organise.programme import import_programme

    cat = engine_catalog
    sheet = tmp_path / "programme.csv"
    sheet.write_text(
        "date;start;end;title;day name;day name (fr);day_name_nl\n"
        "2022-06-01;09:00;10:00;Opening;Day 1 – Welcome;Jour 1 – Accueil;\n"
        f"2022-06-02;09:00;10:00;Workshop;{EN};{FR};Dag 2 – Praktijk\n"
        "2022-06-02;11:00;12:00;Closing;;;\n",
        "utf-8",
    )
    cat.create_event("SMP 2022", time_zone="Europe/Brussels", language="en")
    import_programme(cat, sheet, default_tz="Europe/Brussels")
    import_programme(cat, sheet, default_tz="Europe/Brussels")  # again: nothing doubled
    days = cat.days()
    assert [d.label for d in days] == ["Day 1 – Welcome", EN]
    assert [d.translations() for d in days] == [
        {"fr": "Jour 1 – Accueil"},
        {"fr": FR, "nl": "Dag 2 – Praktijk"},
    ]
    assert days[1].name_in("fr") == FR and days[1].name_in("de") == EN


def test_an_older_catalogue_keeps_its_day_names_as_their_own(tmp_path: Path) -> None:
    """A 0041 catalogue upgraded: its day's one name stays the day's own, in every
    language, and a French name can be added to it."""
    from smparchive.core.catalog.catalog import open_catalog

    work = tmp_path / "old.smpcat"
    shutil.copy(FIXTURES / "schema-0041.smpcat", work)
    cat = open_catalog(work)
    try:
        (day,) = cat.days()
        assert (day.label, day.texts) == ("Day one", ())
        assert day.name_in("fr") == "Day one"
        cat.set_day_name(day.id, "fr", "Premier jour")
        assert cat.days()[0].name_in("fr") == "Premier jour"
    finally:
        cat.close()

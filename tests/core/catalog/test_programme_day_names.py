"""A programme's day names on import: a sheet naming its days only in languages (the English
one its own), a re-import renaming a day (one undo step, said in the summary), and a
programme naming no day leaving a name given in the app alone. On both engines."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from smparchive.core.organise.programme import import_programme

TZ = "Europe/Brussels"


def _sheet(tmp_path: Path, header: str, *rows: str) -> Path:
    sheet = tmp_path / "programme.csv"
    sheet.write_text("\n".join((header, *rows)) + "\n", "utf-8")
    return sheet


def test_a_sheet_naming_its_days_in_english_and_french_names_them(
    engine_catalog: Any, tmp_path: Path
) -> None:
    """No plain "day name" column: the English one is the day's own name."""
    cat = engine_catalog
    sheet = _sheet(
        tmp_path,
        "date;start;end;title;day name (en);day name (fr)",
        "2022-06-01;09:00;10:00;Opening;Roundtable day;Journée table ronde",
        "2022-06-02;09:00;10:00;Visit;;",
    )
    import_programme(cat, sheet, default_tz=TZ)
    first, second = cat.days()
    assert first.label == "Roundtable day"
    assert first.translations() == {"fr": "Journée table ronde"}  # English kept once
    assert first.name_in("en") == "Roundtable day"
    assert first.name_in("fr") == "Journée table ronde"
    assert first.name_in("nl") == "Roundtable day"
    assert second.name_in("fr") == "Jour 2"  # unnamed: numbered, in the reader's language


def test_a_re_import_renames_a_day_in_one_undo_step_and_says_so(
    engine_catalog: Any, tmp_path: Path
) -> None:
    cat = engine_catalog
    header = "date;start;end;title;day name;day name (fr)"
    before = _sheet(tmp_path, header, "2022-06-01;09:00;10:00;Opening;Day one;Jour un")
    import_programme(cat, before, default_tz=TZ)
    after = _sheet(tmp_path, header, "2022-06-01;09:00;10:00;Opening;Welcome day;Accueil")
    done = import_programme(cat, after, default_tz=TZ)
    (day,) = cat.days()
    assert (day.label, day.name_in("fr")) == ("Welcome day", "Accueil")
    assert done.value.days_renamed == (
        ("2022-06-01", "", "Day one", "Welcome day"),
        ("2022-06-01", "fr", "Jour un", "Accueil"),
    )
    said = "\n".join(done.value.lines())
    assert "Days renamed:\n  2022-06-01: “Day one” → “Welcome day”\n" in said
    assert "\n  2022-06-01 (fr): “Jour un” → “Accueil”" in said
    cat.undo(done.undo)
    (day,) = cat.days()
    assert (day.label, day.name_in("fr")) == ("Day one", "Jour un")
    again = import_programme(cat, after, default_tz=TZ)
    assert cat.days()[0].label == "Welcome day"
    assert import_programme(cat, after, default_tz=TZ).value.days_renamed == ()
    assert again.value.days_renamed  # said once, when it happened


def test_a_programme_naming_no_day_keeps_a_name_given_in_the_app(
    engine_catalog: Any, tmp_path: Path
) -> None:
    cat = engine_catalog
    sheet = _sheet(tmp_path, "date;start;end;title", "2022-06-01;09:00;10:00;Opening")
    import_programme(cat, sheet, default_tz=TZ)
    day = cat.days()[0]
    cat.update_day(day.id, label="Field visit")
    done = import_programme(cat, sheet, default_tz=TZ)
    assert cat.days()[0].label == "Field visit" and done.value.days_renamed == ()


def test_day_finds_a_day_by_a_word_of_its_name_in_any_language(
    engine_catalog: Any, item_inserter: Any, tmp_path: Path
) -> None:
    """``day:Roundtable``, ``jour:"journée table"`` and ``day:"Jour 2"`` (an unnamed day as
    French reads it) find the items of those days, as ``session:`` finds by a part."""
    from smparchive.core.domain.query import QueryError, parse_query

    cat = engine_catalog
    sheet = _sheet(
        tmp_path,
        "date;start;end;title;day name (en);day name (fr)",
        "2022-06-01;09:00;10:00;Opening;EMN Roundtable day;Journée table ronde",
        "2022-06-02;09:00;10:00;Visit;;",
    )
    import_programme(cat, sheet, default_tz=TZ)
    first, second = (d.id for d in cat.days())
    ids = item_inserter(cat, tmp_path / "media", [{"day_id": first}, {"day_id": second}, {}])
    for query, day, item in (
        ("day:Roundtable", first, ids[0]),
        ("day:round", first, ids[0]),
        ('jour:"journée table"', first, ids[0]),
        ("day:JOURNEE", first, ids[0]),
        ('day:"Jour 2"', second, ids[1]),
        ("dag:dag", second, ids[1]),
    ):
        wanted = parse_query(query, cat)
        assert wanted.day_ids == (day,), query
        assert list(cat.query_ids(wanted)) == [item], query
    with pytest.raises(QueryError, match="day:visit"):
        parse_query("day:visit", cat)  # a session's title names no day

"""Text compared "whatever the case" in SQL folds accented capitals on every engine.

SQLite's own lower() folds ASCII only: on the default catalogue ``room:"salle écluse"``
found nothing in "Salle Écluse" and a collection "été" could sit beside "Été", where a team
catalogue on PostgreSQL behaved as a French user expects.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import PG_URL, insert_items

from smparchive.core.catalog.errors import CatalogError
from smparchive.core.catalog.records import Chapter
from smparchive.core.domain.query import parse_search

ENGINES = pytest.mark.parametrize("engine", ["sqlite", "postgresql"])


def _catalogue(engine: str, request: pytest.FixtureRequest) -> Any:
    return request.getfixturevalue("catalog" if engine == "sqlite" else "pg_catalog")


def _search(cat: Any, text: str) -> list[int]:
    s = parse_search(text, cat)
    return list(cat.query_ids(s.filter, sort=s.sort))


def _workshop_in_salle_ecluse(cat: Any) -> int:
    """An event in Brussels with one session, 10:00-11:00 on 2 June in "Salle Écluse"."""
    cat.create_event("SMP", time_zone="Europe/Brussels")
    return int(
        cat.add_session(
            "Atelier pratique",
            datetime(2022, 6, 2, 8, 0, tzinfo=UTC),
            datetime(2022, 6, 2, 9, 0, tzinfo=UTC),
            room="Salle Écluse",
        ).value
    )


@ENGINES
def test_a_room_is_found_whatever_the_case_of_its_accents(
    engine: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    cat = _catalogue(engine, request)
    ecluse = _workshop_in_salle_ecluse(cat)
    (photo, other) = insert_items(
        cat, tmp_path / "media", [{"name": "a.jpg", "session_id": ecluse}, {"name": "b.jpg"}]
    )
    assert _search(cat, 'room:"salle écluse"') == [photo]
    assert _search(cat, 'room:"SALLE ÉCLUSE"') == [photo]
    assert _search(cat, '-room:"salle écluse"') == [other]
    # the same room typed in another case is the same room: a clash is refused, named at
    # the venue's time (10:00 in Brussels), as the programme shows it
    with pytest.raises(CatalogError, match=r"'Atelier pratique' \(2022-06-02 10:00-11:00\)"):
        cat.add_session(
            "Autre atelier",
            datetime(2022, 6, 2, 8, 30, tzinfo=UTC),
            datetime(2022, 6, 2, 9, 30, tzinfo=UTC),
            room="salle écluse",
        )


@ENGINES
def test_a_collection_name_is_one_name_whatever_the_case_of_its_accents(
    engine: str, request: pytest.FixtureRequest
) -> None:
    cat = _catalogue(engine, request)
    cat.create_collection("Été 2022")
    with pytest.raises(CatalogError, match="été 2022"):
        cat.create_collection("été 2022")
    cat.create_collection("Zoé")
    cat.create_collection("émissions")
    cat.create_collection("Ateliers")
    # sorted by their lower-case names, as on a server catalogue
    assert [c.name for c in cat.collections()] == ["Ateliers", "Zoé", "émissions", "Été 2022"]


@ENGINES
def test_a_segment_search_folds_accents_case_and_takes_wildcards_literally(
    engine: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    cat = _catalogue(engine, request)
    (video,) = insert_items(
        cat, tmp_path / "media", [{"name": "day2.mp4", "kind": "video", "duration_s": 3600.0}]
    )
    cat.add_segment(
        video, 0, 1200, "Ouverture",
        chapters=[Chapter(start_s=30, title="ÉLODIE Martin")],
    )  # fmt: skip
    cat.add_segment(video, 1200, 2400, "Parité : 50% de femmes")
    cat.add_segment(video, 2400, 3600, "Atelier 500_A")

    def found(text: str) -> list[str]:
        return [s.title for s in cat.segments(text=text)]

    assert found("élodie") == found("Élodie") == ["Ouverture"]
    assert found("50%") == ["Parité : 50% de femmes"]  # not "500_A" too
    assert found("0_a") == ["Atelier 500_A"]
    assert found("0%a") == found("5_0") == []
    assert _search(cat, "segment:élodie") == [video]


def test_a_server_database_in_the_c_locale_still_folds_accented_capitals(
    tmp_path: Path,
) -> None:
    """A database created where LANG was unset (a service's environment) lowers ASCII only;
    the catalogue compares under a UTF-8 collation there, so its searches find what a
    laptop's catalogue finds."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from smparchive.core.catalog.catalog import open_catalog

    if not PG_URL:
        pytest.skip("set SMPARCHIVE_TEST_PG_URL to test PostgreSQL")
    name = "smparchive_test_c_locale"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name}"))
        conn.execute(
            text(
                f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' "
                "LC_COLLATE 'C' LC_CTYPE 'C'"
            )
        )
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    try:
        with create_engine(url).connect() as conn:  # the server as it is: ASCII only
            assert conn.scalar(text("SELECT lower('Salle Écluse')")) == "salle Écluse"
        cat = open_catalog(url)
        try:
            ecluse = _workshop_in_salle_ecluse(cat)
            (photo,) = insert_items(cat, tmp_path / "media", [{"session_id": ecluse}])
            assert _search(cat, 'room:"salle écluse"') == [photo]
        finally:
            cat.close()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()

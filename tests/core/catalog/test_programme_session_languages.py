"""An iCalendar programme giving its sessions' texts in two languages: imported as the
sessions' texts in further languages, a re-import changing one says so and undoes as
one step. On both engines."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.core.organise.test_ical_languages import TWO_LANGUAGES

from smparchive.core.organise.programme import import_programme


def test_a_calendar_s_french_texts_are_the_sessions_french_texts(
    engine_catalog: Any, tmp_path: Path
) -> None:
    cat = engine_catalog
    ics = tmp_path / "programme.ics"
    ics.write_text(TWO_LANGUAGES, "utf-8")
    import_programme(cat, ics)
    assert cat.event().language == "en"
    opening = cat.find_session("opening")
    assert opening.title_in("en") == "Opening" and opening.title_in("fr") == "Ouverture"
    assert opening.text_in("room", "fr") == "Grande salle"
    assert opening.text_in("description", "fr") == "Bienvenue à tous."
    assert cat.find_session("Ouverture").id == opening.id

    ics.write_text(TWO_LANGUAGES.replace(":Ouverture", ":Séance d'ouverture"), "utf-8")
    done = import_programme(cat, ics)
    assert done.value.updated == ("Opening (title (fr))",) and done.value.unchanged == 1
    assert cat.session(opening.id).title_in("fr") == "Séance d'ouverture"
    cat.undo(done.undo)
    assert cat.session(opening.id).title_in("fr") == "Ouverture"

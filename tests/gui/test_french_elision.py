"""French elides "de" before a name that begins with a vowel: the teammate question read
"le champ « note » de IMG_0006.JPG" and the consent box "le consentement de Amara", which a
French reader takes for a mistake. Names put into sentences go through ``name_in``; Dutch
("de" is its article) and English are left alone."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from smparchive.core.catalog.changes import EditConflict
from smparchive.gui.i18n import name_in, translate

pytestmark = pytest.mark.gui


def test_the_teammate_question_elides_before_a_file_name(french: None, window: Any) -> None:
    exc = EditConflict(
        "changed since",
        user="camille",
        item_id=1,
        field="items.rating",
        at=datetime(2022, 6, 1, 9, 0, tzinfo=UTC),
        now=3,
        item_name="IMG_0006.JPG",
    )
    text = window.ops._conflict_text(exc, undo=True)
    assert "d’IMG_0006.JPG" in text and "de IMG" not in text
    exc.item_name = "DSC_0001.JPG"
    assert "de DSC_0001.JPG" in window.ops._conflict_text(exc, undo=True)


def test_names_elide_in_french_only(french: None) -> None:
    said = "Consent of %1 withdrawn: %Ln photos held back."
    consent = translate("PeopleWindow", said, None, 2)
    assert consent.startswith("Consentement de %1")  # the French text, with its "de"
    assert name_in(consent, "%1", "Amara Okonkwo-Reyes").startswith("Consentement d’Amara")
    assert name_in(consent, "%1", "Élodie").startswith("Consentement d’Élodie")
    assert name_in(consent, "%1", "Helene Marchetti").startswith("Consentement de Helene")
    assert name_in(consent, "%1", "Yasmine").startswith("Consentement de Yasmine")


def test_dutch_and_english_keep_their_words(dutch: None) -> None:
    assert name_in("Verwijder de %1", "%1", "IMG_0006.JPG") == "Verwijder de IMG_0006.JPG"

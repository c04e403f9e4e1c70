"""People's handles on publication platforms: set, change, clear, undo, only for people."""

from __future__ import annotations

from typing import Any

import pytest

from smparchive.core.catalog.errors import CatalogError


def test_handles_set_change_clear_and_undo(catalog: Any) -> None:
    ana = catalog.ensure_tag("Ana Lopes", "person").value
    jan = catalog.ensure_tag("Jan Peeters", "person").value
    first = catalog.set_person_handle(ana, "mastodon", "@ana@eu.social")
    catalog.set_person_handle(ana, "LinkedIn", "ana-lopes")
    catalog.set_person_handle(jan, "mastodon", "@jan@mastodon.nl")
    assert catalog.person_handles() == {
        ana: {"mastodon": "@ana@eu.social", "linkedin": "ana-lopes"},
        jan: {"mastodon": "@jan@mastodon.nl"},
    }
    change = catalog.set_person_handle(ana, "mastodon", "@ana@other.social")
    assert catalog.person_handles()[ana]["mastodon"] == "@ana@other.social"
    catalog.undo(change.undo)
    assert catalog.person_handles()[ana]["mastodon"] == "@ana@eu.social"
    assert catalog.set_person_handle(ana, "mastodon", "@ana@eu.social").undo is None  # as is
    cleared = catalog.set_person_handle(jan, "mastodon", None)
    assert jan not in catalog.person_handles()
    catalog.undo(cleared.undo)
    assert catalog.person_handles()[jan] == {"mastodon": "@jan@mastodon.nl"}
    assert first.undo is not None


def test_handles_only_for_people(catalog: Any) -> None:
    keyword = catalog.ensure_tag("Plenary").value
    with pytest.raises(CatalogError, match="not a person"):
        catalog.set_person_handle(keyword, "mastodon", "@plenary")
    person = catalog.ensure_tag("Ana Lopes", "person").value
    with pytest.raises(CatalogError, match="no spaces"):
        catalog.set_person_handle(person, "mastodon", "Ana Lopes")
    assert catalog.person_handles() == {}

"""When a teammate's change stands in the way, the sentence says when they made it as every
time of someone's work reads: this computer's clock with its zone named. It read 'at
2026-12-07 20:02 UTC' in New York, beside capture times in the event's zone."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
from tests.core.catalog.test_team_undo import people  # noqa: F401  (the fixture: two people)

from smparchive.core.catalog.audit import EditConflict


@pytest.fixture
def in_new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's clock reads New York time for the test."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.delenv("TZ", raising=False)
    time.tzset()


def _on_this_clock(at: datetime) -> str:
    """'2026-12-07 15:02 EST': the teammate's change as the History reads it here."""
    local = at.astimezone()
    return f"{local:%Y-%m-%d %H:%M} {local.tzname()}"


def test_an_undo_over_a_teammates_newer_value_says_when_in_this_clocks_zone(
    people: Any,  # noqa: F811
    in_new_york: None,
) -> None:
    alice, bob, ids = people
    mine = alice.set_fields([ids[0]], rating=2)
    bob.set_fields([ids[0]], rating=5)
    bobs = alice.item_history(ids[0])[0]
    assert mine.undo is not None and bobs.user == bob.user_name
    with pytest.raises(EditConflict) as refused:
        alice.undo(mine.undo)
    said = str(refused.value)
    assert f"{bob.user_name} changed the rating of " in said
    assert f" at {_on_this_clock(bobs.at)}, after your change." in said
    assert "UTC" not in said


def test_an_edit_refused_says_when_the_teammate_changed_it_in_this_clocks_zone(
    people: Any,  # noqa: F811
    in_new_york: None,
) -> None:
    alice, bob, ids = people
    bob.set_fields([ids[1]], rating=5)
    bobs = alice.item_history(ids[1])[0]
    with pytest.raises(EditConflict) as refused:
        alice.edit_items([ids[1]], fields={"rating": 3}, expect_fields={"rating": 0})
    said = str(refused.value)
    assert f"(changed by {bob.user_name} at {_on_this_clock(bobs.at)})" in said
    assert "UTC" not in said

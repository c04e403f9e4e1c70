"""What an undo refused because of a teammate says, in the interface's language."""

from __future__ import annotations

from typing import Any

import pytest
from tests.core.catalog.test_team_undo import people  # noqa: F401  (the fixture)


def test_a_teammate_the_history_no_longer_names_is_said_in_french(
    people: Any,  # noqa: F811
    french: None,
) -> None:
    """Bob's add of "panel" found alice's "Panel" there; when the history no longer holds
    her entry, his undo said "Rien n'a été annulé : a teammate avait fait la même
    modification…": English words where her name goes. Its own sentence now."""
    from sqlalchemy import delete

    from smparchive.core.catalog.audit import NothingLeftToUndo
    from smparchive.core.catalog.models import AuditEntry
    from smparchive.gui import problem_texts

    alice, bob, ids = people
    alice.tag_items([ids[0]], ["Panel"])
    bob.tag_items([ids[0]], ["panel"])
    with bob._sessions() as s, s.begin():  # alice's entries trimmed from the history
        s.execute(delete(AuditEntry).where(AuditEntry.user_name == alice.user_name))
    with pytest.raises(NothingLeftToUndo) as err:
        bob.undo_last()
    shown = problem_texts.sentences(str(err.value))
    assert shown.startswith("Rien n")
    assert "teammate" not in shown and "someone" not in shown

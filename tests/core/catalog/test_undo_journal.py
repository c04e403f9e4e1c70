"""The undo journal's size on SQLite (issue 19): each entry's undo and redo records are
stored zlib-compressed, and entries written as JSON text before still undo and redo."""

from __future__ import annotations

import json
import zlib
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text


def _stored(catalog: Any, entry_id: int) -> tuple[Any, ...]:
    """The entry's payload and redo as SQLite holds them, with their types."""
    with catalog.engine.connect() as conn:
        row = conn.execute(
            text("SELECT typeof(payload), payload, typeof(redo), redo FROM undo_journal"
                 " WHERE id = :i"),
            {"i": entry_id},
        ).one()  # fmt: skip
    return tuple(row)


def test_a_bulk_edit_is_journalled_packed_and_undoes_from_the_cli(
    catalog: Any,
    add_items: Any,
    catalog_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: Any,
) -> None:
    from smparchive.cli.main import main

    monkeypatch.setenv("SMPARCHIVE_USER", "alice")
    catalog.set_user_name("alice")
    ids = add_items([{"rating": n % 5} for n in range(2000)])
    done = catalog.set_fields(ids, rating=5)
    kind, payload, _, redo = _stored(catalog, done.undo.entry_id)
    assert kind == "blob" and redo is None
    record = json.loads(zlib.decompress(payload))
    assert record == done.undo.to_json()
    assert len(payload) * 3 < len(json.dumps(record))  # what was stored before: JSON text
    # The CLI reads the packed entry back: what the undo would change, then the undo.
    assert main(["-c", str(catalog_path), "undo"]) == 1
    assert "Undoing 'Set rating' changes 2000 items" in capsys.readouterr().out
    assert main(["-c", str(catalog_path), "undo", "--yes"]) == 0
    assert "Undone: Rate 5" in capsys.readouterr().out  # as the app names the step
    assert [r.rating for r in catalog.items(ids)] == [n % 5 for n in range(2000)]
    _, _, kind, redo = _stored(catalog, done.undo.entry_id)
    assert kind == "blob"  # the redo record is packed too
    assert catalog.redo_last() is not None
    assert {r.rating for r in catalog.items(ids)} == {5}
    assert _stored(catalog, done.undo.entry_id)[2:] == ("null", None)


def test_an_entry_journalled_as_json_text_still_undoes_and_redoes(
    catalog: Any, add_items: Any
) -> None:
    """A catalogue journalled before the records were packed (no migration): its entries are
    JSON text and undo as before; undoing one packs its redo record."""
    ids = add_items([{"rating": 1}, {"rating": 2}])
    done = catalog.set_fields(ids, rating=4)
    entry_id = done.undo.entry_id
    with catalog.engine.begin() as conn:  # as the JSON column wrote it
        conn.execute(
            text("UPDATE undo_journal SET payload = :p WHERE id = :i"),
            {"p": json.dumps(done.undo.to_json()), "i": entry_id},
        )
    assert _stored(catalog, entry_id)[0] == "text"
    assert catalog.undo_last() is not None
    assert [r.rating for r in catalog.items(ids)] == [1, 2]
    payload_kind, _, redo_kind, _ = _stored(catalog, entry_id)
    assert (payload_kind, redo_kind) == ("text", "blob")
    assert catalog.redo_last() is not None
    assert [r.rating for r in catalog.items(ids)] == [4, 4]
    assert catalog.undo_last() is not None  # and back again, from the text payload
    assert [r.rating for r in catalog.items(ids)] == [1, 2]

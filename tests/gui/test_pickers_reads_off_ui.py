"""Add to Collection (B), a drop on a sidebar collection and Assign to Session read no
catalogue on the UI thread: the collections, their names and the event's zone come from
the sidebar's read (a worker). Before, each waited for the server (for its timeout when it
was away) before the dialog opened, keys typed meanwhile waiting behind it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog

pytestmark = pytest.mark.gui


def test_collection_and_session_pickers_read_nothing_on_the_ui_thread(
    qtbot: Any, threaded_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smparchive.gui.dialogs.pickers import pick_collection, pick_session

    w = threaded_window
    cat = w.catalog
    cid = cat.create_collection("LinkedIn 3 June").value
    w.refresh_sidebar()
    qtbot.waitUntil(lambda: f"coll:{cid}" in w.sidebar_model.by_key)
    ids = [r.id for r in cat.items(cat.query_ids()) if r.kind == "photo"][:2]
    said = w.statusBar().currentMessage
    w.runner.wait_idle()
    w.ui_reads.seen.clear()

    offered: list[list[str]] = []

    def typed(_parent: Any, _title: str, _label: str, items: list[str], *_a: Any) -> Any:
        offered.append(list(items))
        return "linkedin 3 june", True  # an existing one, typed in lower case

    monkeypatch.setattr(QInputDialog, "getItem", typed)
    pick_collection(w.deps, ids[:1])
    qtbot.waitUntil(lambda: "added" in said())
    assert offered == [["LinkedIn 3 June"]] and "LinkedIn 3 June" in said()
    w.statusBar().clearMessage()
    w.drop_on_target(ids[1:], "collection", cid)
    qtbot.waitUntil(lambda: "added" in said())
    assert "LinkedIn 3 June" in said() and cat.collection(cid).item_count == 2

    roundtable = cat.test_sessions["roundtable"]
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda _p, _t, _l, items, *_a: (items[2], True)
    )  # [No session, Opening, EMN roundtable, Closing]
    qtbot.waitUntil(lambda: len(w.sessions) == 3)
    pick_session(w.deps, ids)
    qtbot.waitUntil(lambda: {cat.item(i).session_id for i in ids} == {roundtable})
    w.runner.wait_idle()
    assert w.ui_reads.seen == []

"""One name for an edit: the Edit menu's Undo (and Ctrl+Z's tooltip) and the History panel
quote the person's words (a keyword, a session's title, a caption) the same way; numbers (a
rating) unquoted in both. The undo step read "Tag panel debate" where the History said
"Tagged “panel debate”", and in French "Étiqueter panel debate" / "Ajout de « … »"."""

from __future__ import annotations

from typing import Any

import pytest

from smparchive.gui import formatting as fmt


def _undo_text(window: Any) -> str:
    return str(window.actions_by_name["undo"].text()).replace("&", "")


def _newest_entry(window: Any, qtbot: Any, item: int, words: str) -> str:
    """The History's newest entry of ``item`` once it mentions ``words``."""
    panel = window.inspector.history
    window.select_ids([item])
    qtbot.waitUntil(lambda: panel.item_id == item, timeout=3000)
    panel.reload()
    qtbot.waitUntil(lambda: bool(panel.rows()) and words in panel.rows()[0][2], timeout=3000)
    return str(panel.rows()[0][2])


@pytest.mark.parametrize("language", ["english", "french"])
def test_undo_and_history_quote_an_edits_values_alike(
    request: pytest.FixtureRequest, language: str, qtbot: Any
) -> None:
    request.getfixturevalue(language)  # before the window: its steps are named in it
    window = request.getfixturevalue("window")
    catalog = request.getfixturevalue("gui_catalog")
    first, second, third, fourth = catalog.query_ids()[:4]

    # a keyword: the step and the entry name it alike, quoted
    keyword = fmt.quoted("panel debate")
    window.ops.tag([first], ["panel debate"], "keyword")
    undo = _undo_text(window)
    assert undo.endswith(keyword), undo
    # Ctrl+Z's tooltip names it as the menu does (it said "Undo (Ctrl+Z)" whatever the step)
    assert window.actions_by_name["undo"].toolTip().startswith(undo + " ("), undo
    tagged = _newest_entry(window, qtbot, first, keyword)
    assert tagged == undo.removesuffix(keyword).split(" ", 1)[1] + keyword  # "Tag “…”"

    # the same keyword dropped from the sidebar onto another item: named, not "Tag “tag”"
    tag_id = next(t.id for t in catalog.tags() if t.path == "panel debate")
    qtbot.waitUntil(lambda: f"tag:{tag_id}" in window.sidebar_model.by_key, timeout=3000)
    window.drop_on_target([fourth], "tag", tag_id)
    undo = _undo_text(window)
    assert undo.endswith(keyword), undo
    # the History names the drop as the menu does (it said "Keywords added")
    assert _newest_entry(window, qtbot, fourth, keyword) == undo.split(" ", 1)[1]
    # and taking it off again ("Keywords removed")
    window.ops.remove_tags([fourth], [tag_id], "panel debate")
    undo = _undo_text(window)
    assert undo.endswith(keyword), undo
    entry = _newest_entry(window, qtbot, fourth, keyword)
    assert entry == undo.split(" ", 1)[1] and entry != tagged, entry

    # a rating: a number, quoted in neither
    window.select_ids([second])
    window.rate(4)
    undo = _undo_text(window)
    assert undo.endswith(" 4") and fmt.quoted("4") not in undo, undo
    # the History names it as the step, with the value it replaced ('Rate 4 (was 0)')
    entry = _newest_entry(window, qtbot, second, " 4")
    assert entry.startswith(undo.split(" ", 1)[1] + " (") and entry.endswith(" 0)"), entry
    assert fmt.quoted("4") not in entry, entry

    # a caption: the person's words, quoted in both
    window.ops.set_text([third], "caption", "en", "Opening talk")
    said = fmt.quoted("Opening talk")
    assert _undo_text(window).endswith(said), _undo_text(window)
    entry = _newest_entry(window, qtbot, third, said).splitlines()
    assert entry[0] == _undo_text(window).split(" ", 1)[1]
    assert entry[1].endswith(f" → {said}")  # the text it replaced (none): as every set of it

    # a session: its title, quoted in both
    session = catalog.test_sessions["roundtable"]
    window.assign_session([fourth], session)
    said = fmt.quoted("EMN roundtable")
    assert _undo_text(window).endswith(said), _undo_text(window)
    assert _newest_entry(window, qtbot, fourth, said) == _undo_text(window).split(" ", 1)[1]

    # a new collection: its name, quoted in both
    from smparchive.gui.dialogs.pickers import collect

    collect(window.deps, [first], "Keynotes", None)
    said = fmt.quoted("Keynotes")
    assert _undo_text(window).endswith(said), _undo_text(window)
    assert said in _newest_entry(window, qtbot, first, said)

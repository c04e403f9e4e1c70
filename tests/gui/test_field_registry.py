"""A field added to the registry (core/fields.py) shows up in every front end: the inspector,
the details table, the CLI's ``set``, the search language and the export name tokens, with no
change to any of them."""

from __future__ import annotations

import argparse
from typing import Any

import pytest
from PySide6.QtCore import Qt

from smparchive.cli.commands.items import register
from smparchive.core import fields
from smparchive.core.domain.query import QueryError, parse_query
from smparchive.core.export.catalog_bridge import entry_for_record
from smparchive.core.export.naming import render_template, template_tokens, token_values
from smparchive.core.fields import Field, FieldType, Section


@pytest.fixture
def codec(monkeypatch: pytest.MonkeyPatch) -> Field:
    """The video codec (a column every item has) registered as an editable field."""
    field = Field(
        name="video_codec",
        label="Video codec",
        type=FieldType.TEXT,
        editable=True,
        facet="codec",
        cli="--codec",
        token="codec",
        column=99,
        section=Section.RIGHTS,
    )
    monkeypatch.setattr(fields, "FIELDS", (*fields.FIELDS, field))
    return field


@pytest.fixture
def codec_window(codec: Field, window: Any) -> Any:
    """The main window built after the field was registered."""
    return window


def test_a_field_added_to_the_registry_shows_up_everywhere(codec_window: Any) -> None:
    window, cat = codec_window, codec_window.catalog
    item = window.store.ids[0]
    window.select_ids([item], current_row=0)
    window._selection_changed()

    # the inspector edits it (through the op runner, onto the undo stack)
    editor = window.inspector.editor("video_codec")
    editor.setText("H.264")
    editor.setModified(True)
    editor.editingFinished.emit()
    assert cat.item(item).video_codec == "H.264"
    assert window.undo_stack.undoText() == "Set Video codec"

    # the details table shows it in its own column
    model = window.table_model
    col = [f.name for f in model.columns].index("video_codec")
    assert col == model.columnCount() - 1
    assert model.headerData(col, Qt.Orientation.Horizontal) == "Video codec"
    assert model.data(model.index(window.store.ids.index(item), col)) == "H.264"

    # the search language has its facet (text compares whatever the case)
    assert cat.query_ids(parse_query("codec:h.264", cat)) == [item]
    assert cat.query_ids(parse_query("-codec:h.264", cat)) == [
        i for i in cat.query_ids() if i != item
    ]
    with pytest.raises(QueryError, match="Unknown search facet"):
        parse_query("kodec:h.264", cat)

    # the CLI's set has its option
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers())
    set_cmd = parser._subparsers._group_actions[0].choices["set"]  # type: ignore[union-attr]
    assert set_cmd.parse_args(["1", "--codec", "vp9"]).field_video_codec == "vp9"

    # the export names files with its token
    assert template_tokens("{codec}/{original}.{ext}") == ["codec", "original", "ext"]
    entry = entry_for_record(cat.item(item))
    values = token_values(entry, 1, "jpg", "en")
    assert render_template("{codec}/{original}.{ext}", values) == "H.264/IMG_0000.jpg"

    # and undo takes the edit back
    window.undo_stack.undo()
    assert cat.item(item).video_codec is None

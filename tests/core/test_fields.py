"""The field registry is the one description of user-visible fields: every consumer agrees."""

from __future__ import annotations

import argparse
from dataclasses import fields as dataclass_fields

import pytest

from smparchive.cli.commands.items import register
from smparchive.core.catalog.filters import SORTS
from smparchive.core.catalog.ops_metadata import EDITABLE, TEXT_FIELDS
from smparchive.core.catalog.records import ItemRecord
from smparchive.core.catalog.sorts import SORT_NAMES
from smparchive.core.domain.query import QUERY_KEYS, facet_keys
from smparchive.core.export.naming import EXPORT_ONLY_TOKENS, tokens
from smparchive.core.fields import (
    EDITABLE_FIELDS,
    FIELDS,
    FieldType,
    by_name,
    cli_fields,
    export_tokens,
    facets,
    sort_names,
)


def test_every_field_is_known_to_the_catalogue() -> None:
    record = {f.name for f in dataclass_fields(ItemRecord)}
    for f in FIELDS:
        assert f.derived or f.name in record or f.name in TEXT_FIELDS, f.name
    assert set(EDITABLE_FIELDS) <= set(EDITABLE)  # the catalogue validates every one
    assert {f.name for f in FIELDS if f.type is FieldType.LOCALISED} == set(TEXT_FIELDS)


def test_sorts_facets_and_tokens_come_from_the_registry() -> None:
    assert set(sort_names()) == set(SORTS) and sort_names()[0] == "time"
    # The CLI's choices, written out so that ls and show need not build the registry.
    assert sort_names() == SORT_NAMES
    assert set(facet_keys()) == set(facets()) | set(QUERY_KEYS)
    assert tokens() == set(export_tokens()) | set(EXPORT_ONLY_TOKENS)
    # a token or facet is the field's or the language's, never both
    assert not set(facets()) & set(QUERY_KEYS)
    assert not set(export_tokens()) & set(EXPORT_ONLY_TOKENS)


def test_cli_set_offers_every_settable_field() -> None:
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers())
    set_cmd = parser._subparsers._group_actions[0].choices["set"]  # type: ignore[union-attr]
    options = {o for a in set_cmd._actions for o in a.option_strings}
    assert {f.cli for f in cli_fields()} <= options
    args = set_cmd.parse_args(["1", "--color", "none", "--flag", "reject", "--rating", "4"])
    assert (args.field_color_label, args.field_flag, args.field_rating) == ("none", "reject", 4)
    with pytest.raises(SystemExit):
        set_cmd.parse_args(["1", "--consent", "maybe"])


def test_parse_turns_words_into_stored_values() -> None:
    assert by_name("color_label").parse("none") is None
    assert by_name("flag").parse("unflag") == 0 and by_name("flag").parse("pick") == 1
    assert by_name("rating").parse("5") == 5
    with pytest.raises(ValueError, match="Rating must be from 0 to 5"):
        by_name("rating").parse("9")
    with pytest.raises(ValueError, match="Consent must be one of"):
        by_name("consent").parse("maybe")

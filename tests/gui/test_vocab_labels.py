"""Every value of the core's vocabulary has its label in the interface.

The values are defined once, in core/vocab.py; the GUI only maps them to translated labels.
A value added there without a label here would show as its raw stored code ("do_not_publish")
or not at all: this test fails instead.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

import pytest

from smparchive.core.vocab import (
    ColourLabel,
    Consent,
    ExportStatus,
    Flag,
    ItemStatus,
    Kind,
    SidecarPolicy,
    TimeSource,
)
from smparchive.gui import formatting as fmt
from smparchive.gui.dialogs.export_history import STATUS as EXPORT_STATUS
from smparchive.gui.dialogs.preferences import POLICIES
from smparchive.gui.models.sidebar_model import KIND_NODES

pytestmark = pytest.mark.gui

TABLES: list[tuple[type[Enum], dict[object, str]]] = [
    (Kind, fmt.KIND_NAMES),
    (Flag, fmt.FLAG_NAMES),
    (Consent, fmt.CONSENT_NAMES),
    (ItemStatus, fmt.STATUS_NAMES),
    (ColourLabel, fmt.LABEL_NAMES),
    (ColourLabel, fmt.LABEL_COLOURS),
    (TimeSource, fmt.SOURCE_NAMES),
    (ExportStatus, EXPORT_STATUS),
    (SidecarPolicy, dict(POLICIES)),
]


@pytest.mark.parametrize(("enum", "table"), TABLES, ids=lambda x: getattr(x, "__name__", ""))
def test_every_value_has_a_label(enum: type[Enum], table: dict[object, str]) -> None:
    assert set(table) == set(enum)
    for member in enum:
        if member is not Flag.NONE:  # no flag shows nothing
            assert table[member], member
        # Keyed on the enum itself, not a copy of its value typed again.
        assert any(type(k) is enum for k in table)


def test_every_kind_has_a_library_node() -> None:
    assert set(KIND_NODES) == set(Kind)


def test_labels_are_translated_and_unknown_values_shown_as_stored(qapp: Any) -> None:
    from PySide6.QtCore import QLocale

    from smparchive.gui.app import install_translations

    before = QLocale()
    installed = install_translations(qapp, "fr")
    try:
        assert fmt.kind_name("video") == fmt.kind_name(Kind.VIDEO) != "Video"
        assert fmt.consent_name(Consent.DO_NOT_PUBLISH) != "Do not publish"
        assert fmt.label_name(ColourLabel.RED) != "Red"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)
    assert fmt.label_name(None) == "" and fmt.flag_name(Flag.NONE) == ""
    assert fmt.status_name("someday") == "someday"  # a newer catalogue's value, as stored


def test_file_dialogs_offer_the_names_the_core_reads(qapp: Any) -> None:
    from smparchive.core.organise.schedule_formats import PROGRAMME_EXTENSIONS

    assert fmt.catalogue_filter().startswith("smparchive catalogue (*.smpcat);;")
    offered = fmt.programme_filter().split(";;")[0]
    assert all(f"*{e}" in offered.split("(")[1] for e in PROGRAMME_EXTENSIONS)
    assert "*.ics" in offered and "*.csv" in offered


def test_every_catalogue_order_has_a_details_column() -> None:
    # The details table asks the core to sort by the field registry's order names.
    from smparchive.core.fields import column_fields, sort_names

    assert {f.sort for f in column_fields()} - {None} == set(sort_names())


def test_the_viewers_name_a_flag_as_the_grid_does(qapp: Any) -> None:
    """The loupe's line said "Picked" where the grid, inspector and chips say "Pick": one
    word for one thing, from the one table (formatting.FLAG_NAMES)."""
    from tests.gui.test_time_agreement import record

    from smparchive.gui.viewers.info import status_line

    for flag in (Flag.PICK, Flag.REJECT):
        rec = record(id=1, name="IMG_0001.JPG", flag=int(flag))
        assert status_line(rec, 0, 3).split("  ·  ")[-1] == fmt.flag_name(int(flag))


def test_the_viewers_position_is_written_as_the_grid_counts(qapp: Any, french: None) -> None:
    """The loupe said "38 / 1000000" under a grid counting "1 000 000 éléments": its
    position is in the locale's digits too, in its line and its window's title."""
    from tests.gui.test_time_agreement import record

    from smparchive.gui.viewers.info import status_line

    rec = record(id=1, name="IMG_0001.JPG")
    assert status_line(rec, 37, 1_000_000).split("  ·  ")[0] == (f"38 / {fmt.number(1_000_000)}")
    assert fmt.number(1_000_000) == "1\u202f000\u202f000"


def test_a_decks_length_is_not_called_a_duration_in_french(qapp: Any) -> None:
    """The "Length" row and column hold a recording's duration and a deck's page count: in
    French "Durée : 4 pages" read as a time."""
    from smparchive.core.fields import FIELDS
    from smparchive.gui import field_views as views
    from smparchive.gui.app import install_translations

    length = next(f for f in FIELDS if f.name == "length")
    installed = install_translations(qapp, "fr")
    try:
        assert views.label(length) == "Longueur"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_a_readable_file_with_a_warning_does_not_say_ok_alone(english: None) -> None:
    """Listed under Problems > Warnings, a PNG whose EXIF could not be read said 'Status:
    Ok' in the inspector, above its warning; its Status cell in the details was empty.
    Both now say it has a warning; an item without one stays 'Ok' (and a blank cell)."""
    from tests.gui.test_time_agreement import record

    from smparchive.core.fields import by_name
    from smparchive.gui.field_views import cell, detail

    status = by_name("status")
    warned = record(status="ok", warnings="The camera information (EXIF) could not be read.")
    assert detail(status, warned) == "Ok, with 1 warning"
    assert cell(status, warned, lambda _sid: "") == "Ok, with 1 warning"
    two = record(status="ok", warnings="One.\nTwo.")
    assert detail(status, two) == "Ok, with 2 warnings"
    plain = record(status="ok")
    assert detail(status, plain) == "Ok" and cell(status, plain, lambda _sid: "") == ""
    damaged = record(status="warning", warnings="The image pixels cannot be decoded.")
    assert detail(status, damaged) == "Warning"

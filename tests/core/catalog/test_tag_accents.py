"""A keyword typed without the accents of an existing one is that keyword.

Two colleagues tagged the same session: one typed "Mobilité", the other "mobilite" a moment
later. The photo carried both and the sidebar listed both, though search (accents folded)
treats them as one word.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.conftest import insert_items

ENGINES = pytest.mark.parametrize("engine", ["sqlite", "postgresql"])


def _catalogue(engine: str, request: pytest.FixtureRequest) -> Any:
    return request.getfixturevalue("catalog" if engine == "sqlite" else "pg_catalog")


@ENGINES
def test_a_keyword_typed_without_its_accents_is_the_existing_keyword(
    engine: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    cat = _catalogue(engine, request)
    first, second = insert_items(cat, tmp_path / "media", [{}, {}])
    cat.tag_items([first], ["Mobilité|Réfugiés"])
    cat.tag_items([first, second], ["mobilite|refugies"])
    cat.tag_items([second], ["José García"], kind="person")
    cat.tag_items([first], ["Jose Garcia"], kind="person")
    assert [t.path for t in cat.tags(kind="keyword")] == ["Mobilité", "Mobilité|Réfugiés"]
    assert [(t.name, t.item_count) for t in cat.tags(kind="person")] == [("José García", 2)]
    assert [t.path for t in cat.item(first).tags if t.kind == "keyword"] == ["Mobilité|Réfugiés"]


@ENGINES
def test_two_spellings_already_there_are_left_to_the_person(
    engine: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    """'Resume' and 'Résumé' both exist: 'resumé' is neither of them for sure, so it is a
    keyword of its own; each exact spelling still finds its own keyword."""
    cat = _catalogue(engine, request)
    (item,) = insert_items(cat, tmp_path / "media", [{}])
    cat.tag_items([item], ["Resume", "CV"])
    cat.update_tag(cat.find_tag("CV").id, name="Résumé")  # two words, two keywords
    cat.tag_items([item], ["RÉSUMÉ", "resume"])
    assert sorted(t.name for t in cat.tags()) == ["Resume", "Résumé"]
    cat.tag_items([item], ["resumé"])
    assert sorted(t.name for t in cat.tags()) == ["Resume", "Résumé", "resumé"]


def test_two_spellings_created_at_the_same_instant_are_one_keyword(
    pg_catalog: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Alice creates 'Mobilité' and, before her transaction commits, Bob creates
    'mobilite' (PostgreSQL, two connections): each saw neither, and both were made."""
    import threading
    import time

    from tests.conftest import PG_URL

    from smparchive.core.catalog import ops_metadata
    from smparchive.core.catalog.catalog import open_catalog

    alice = pg_catalog
    (item,) = insert_items(alice, tmp_path / "media", [{}])
    bob = open_catalog(PG_URL)
    inserted = threading.Event()
    real_link = ops_metadata.link_tags

    def slow_link(ctx: Any, *args: Any, **kwargs: Any) -> None:
        real_link(ctx, *args, **kwargs)
        if threading.current_thread().name == "alice" and not inserted.is_set():
            inserted.set()  # her tag row is written, not committed yet
            time.sleep(1.0)

    monkeypatch.setattr(ops_metadata, "link_tags", slow_link)
    errors: list[BaseException] = []

    def alice_tags() -> None:
        try:
            alice.tag_items([item], ["Mobilité"])
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    worker = threading.Thread(target=alice_tags, name="alice")
    worker.start()
    try:
        assert inserted.wait(10)
        bob.tag_items([item], ["mobilite"])
    finally:
        worker.join(30)
        bob.close()
    assert not errors
    assert [(t.name, t.item_count) for t in alice.tags(kind="keyword")] == [("Mobilité", 1)]


@ENGINES
def test_renaming_to_a_name_spelt_without_accents_offers_the_merge(
    engine: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    """F2 on 'Panel', typed 'mobilite' where 'Mobilité' exists: a rename made a second
    'mobilite' beside it; now it is the merge the sidebar asks about."""
    cat = _catalogue(engine, request)
    first, second = insert_items(cat, tmp_path / "media", [{}, {}])
    cat.tag_items([first], ["Mobilité"])
    cat.tag_items([second], ["Panel"])
    panel = cat.find_tag("Panel")
    met = cat.tag_named(panel.id, "mobilite")
    assert met is not None and (met.name, met.item_count) == ("Mobilité", 1)
    cat.rename_tag(panel.id, "mobilite")
    assert [(t.name, t.item_count) for t in cat.tags(kind="keyword")] == [("Mobilité", 2)]
    mobilite = cat.find_tag("Mobilité")
    assert cat.tag_named(mobilite.id, "Mobilite") is None  # its own accents: a rename
    cat.rename_tag(mobilite.id, "Mobilite")
    assert [t.name for t in cat.tags(kind="keyword")] == ["Mobilite"]

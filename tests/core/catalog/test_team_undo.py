"""Two people on one catalogue (issue 16): each change records who made it, undo and redo
act on one's own changes only, a teammate's newer value is never overwritten by an undo or
a stale edit. On SQLite (names set as in Preferences) and on PostgreSQL (two roles)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from smparchive.core.catalog import base
from smparchive.core.catalog.audit import EditConflict
from smparchive.core.catalog.catalog import open_catalog

PG_URL = os.environ.get("SMPARCHIVE_TEST_PG_URL")
ROLES = ("smparchive_team_alice", "smparchive_team_bob")


def _pg_people() -> tuple[str, str]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    assert PG_URL is not None
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
        for role in ROLES:
            if not conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}):
                conn.execute(text(f"CREATE ROLE {role} LOGIN"))
    open_catalog(PG_URL).close()  # the schema, made by the owner
    with admin.connect() as conn:
        for role in ROLES:
            conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {role}"))
            conn.execute(text(f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {role}"))
            conn.execute(text(f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {role}"))
    admin.dispose()
    url = make_url(PG_URL)
    alice, bob = (url.set(username=r).render_as_string(False) for r in ROLES)
    return alice, bob


People = tuple[Any, Any, list[int]]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def people(request: Any, tmp_path: Path, item_inserter: Any) -> Iterator[People]:
    if request.param == "sqlite":
        path = tmp_path / "team.smpcat"
        alice, bob = open_catalog(path, create=True), open_catalog(path)
        alice.set_user_name("alice")
        bob.set_user_name("bob")
    else:
        if not PG_URL:
            pytest.skip("set SMPARCHIVE_TEST_PG_URL to test PostgreSQL")
        a_url, b_url = _pg_people()
        alice, bob = open_catalog(a_url), open_catalog(b_url)
    ids = item_inserter(alice, tmp_path / "share", [{}, {}, {}])
    try:
        yield alice, bob, ids
    finally:
        alice.close()
        bob.close()


def made_at(cat: Any, item_id: int, user: str) -> str:
    """When ``user`` last changed item ``item_id``, as the core says a colleague's moment:
    this computer's clock, its zone named."""
    from smparchive.core.domain.timefmt import action_values

    at = next(h.at for h in cat.item_history(item_id) if h.user == user)
    return action_values("at", at)["at"]


def test_changes_record_who_and_when(people: Any) -> None:
    alice, bob, ids = people
    alice.set_text([ids[0]], "caption", "en", "Opening")
    bob.set_fields([ids[0], ids[1]], rating=4)
    history = alice.item_history(ids[0])
    assert [(h.user, h.label) for h in history] == [
        (bob.user_name, "Set rating"),
        (alice.user_name, "Set caption (en)"),
    ]
    assert history[0].details == {
        "values": {"rating": 4},
        "before": {str(ids[0]): {"rating": 0}, str(ids[1]): {"rating": 0}},  # History tab
    }
    assert history[0].item_count == 2
    assert history[1].fields == ("text.caption.en",)
    assert [h.label for h in alice.history(user=alice.user_name)] == ["Set caption (en)"]
    assert alice.user_name != bob.user_name


def test_undo_takes_back_only_my_own_change(people: Any) -> None:
    alice, bob, ids = people
    alice.set_text([ids[0]], "caption", "en", "Opening")
    bob.set_fields([ids[1]], rating=5)  # later, by someone else
    alice.undo_last()
    assert alice.item(ids[0]).captions == {}
    assert alice.item(ids[1]).rating == 5
    assert bob.undo_last() is not None
    assert alice.item(ids[1]).rating == 0
    assert bob.undo_last() is None  # nothing else of bob's


def test_undo_over_a_teammates_newer_value_is_refused(people: Any) -> None:
    alice, bob, ids = people
    alice.set_text([ids[0]], "caption", "en", "Opening")
    bob.set_text([ids[0]], "caption", "en", "Opening session, Brussels")
    with pytest.raises(EditConflict) as err:
        alice.undo_last()
    name = alice.item(ids[0]).rel_path.rsplit("/", 1)[-1]  # the file, as the app names it
    assert str(err.value).startswith(
        f"Nothing was undone: {bob.user_name} changed the caption (en) of {name} at "
    )
    assert alice.item(ids[0]).captions == {"en": "Opening session, Brussels"}
    # The app holds the record itself: the same check applies.
    mine = alice.set_fields([ids[2]], rating=2)
    bob.set_fields([ids[2]], rating=3)
    with pytest.raises(EditConflict):
        alice.undo(mine.undo)
    assert alice.item(ids[2]).rating == 3


def test_a_teammates_change_they_undid_themselves_does_not_block_my_undo(
    people: Any,
) -> None:
    """Bob captions, Alice types over it and takes it back (Ctrl+Z): the caption is Bob's
    again, so Bob's own undo goes through without asking whose value to keep; a change of
    Alice's she undid and redid still stands and still blocks."""
    alice, bob, ids = people
    bob.set_text([ids[0]], "caption", "en", "Opening")
    alice.set_text([ids[0]], "caption", "en", "Debate")
    alice.undo_last()
    assert alice.item(ids[0]).captions == {"en": "Opening"}
    assert bob.undo_last() is not None
    assert alice.item(ids[0]).captions == {}
    bob.set_fields([ids[1]], rating=2)
    alice.set_fields([ids[1]], rating=4)
    alice.undo_last()
    alice.redo_last()
    with pytest.raises(EditConflict):
        bob.undo_last()
    assert alice.item(ids[1]).rating == 4


def test_the_same_keyword_rating_or_caption_set_by_both_stays_when_one_undoes(
    people: Any,
) -> None:
    """Both add the keyword "Panel" (or the same rating, the same caption) at once: the
    second finds it there already. When the first undoes, the undo is not refused as if
    the teammate had changed it since: the value stays (the teammate wanted it too), the
    undo says so plainly, and the step leaves the undo history."""
    from smparchive.core.catalog.audit import NothingLeftToUndo

    alice, bob, ids = people
    bobs = [
        bob.tag_items([ids[0]], ["Panel"]),
        bob.set_fields([ids[1]], rating=4),
        bob.set_text([ids[2]], "caption", "fr", "Table ronde"),
    ]
    alice.tag_items([ids[0]], ["panel"])  # one keyword, already on the item
    alice.set_fields([ids[1]], rating=4)
    alice.set_text([ids[2]], "caption", "fr", "Table ronde")
    for done, on in zip(bobs, ids, strict=False):
        assert done.undo is not None
        with pytest.raises(NothingLeftToUndo) as err:
            bob.undo(done.undo)
        when = made_at(alice, on, alice.user_name)  # when she made it, zone named
        said = f"{alice.user_name} made the same change at {when}, after you, so it stays"
        assert said in str(err.value)
    assert [t.name for t in alice.item(ids[0]).tags] == ["Panel"]
    assert alice.item(ids[1]).rating == 4
    assert alice.item(ids[2]).captions == {"fr": "Table ronde"}
    assert bob.next_undo() is None  # none of his three steps is offered again
    # his undo is history too, naming who holds the keyword now
    history = [(h.user, h.action, h.details.get("held_by")) for h in alice.item_history(ids[0])]
    assert history == [
        (bob.user_name, "undo", alice.user_name),
        (alice.user_name, "do", None),
        (bob.user_name, "do", None),
    ]


def test_undo_leaves_what_a_teammate_set_the_same_and_takes_back_the_rest(
    people: Any,
) -> None:
    """Bob tags three photos "Panel", rates two 4 and puts them in a collection; Alice then
    does the same to one of them. Bob's undos go through: his keyword, rating and
    membership leave the photos only he chose, stay on hers, and each undo names her."""
    alice, bob, ids = people
    coll = alice.create_collection("LinkedIn 3 June").value
    tagged = bob.tag_items(ids, ["Panel"])
    rated = bob.set_fields(ids[:2], rating=4)
    added = bob.add_to_collection(coll, ids[:2])
    alice.tag_items([ids[1]], ["Panel"])
    alice.set_fields([ids[1]], rating=4)
    alice.add_to_collection(coll, [ids[1]])  # already there, last: nothing moves
    name = alice.item(ids[1]).rel_path.rsplit("/", 1)[-1]
    for done, field in ((added, "collections"), (rated, "rating"), (tagged, "keywords")):
        assert done.undo is not None
        undone = bob.undo(done.undo)
        assert undone.kept is not None and undone.kept.user == alice.user_name
        assert undone.kept.said == (
            f"{alice.user_name} made the same change to the {field} of {name} at "
            f"{made_at(alice, ids[1], alice.user_name)}, after you, so that stays as it is."
        )
    assert [[t.name for t in r.tags] for r in alice.items(ids)] == [[], ["Panel"], []]
    assert [r.rating for r in alice.items(ids)] == [0, 4, 0]
    assert alice.collection_item_ids(coll) == [ids[1]]
    assert bob.redo_last() is not None  # his redo puts back only what he took back
    assert [[t.name for t in r.tags] for r in alice.items(ids)] == [["Panel"]] * 3


def test_a_caption_alt_text_or_session_set_the_same_stays_per_item(people: Any) -> None:
    """Texts per language and a session assigned by hand: a teammate's same value since
    stays on that item, another language or item goes back; a value they changed still
    refuses the undo."""
    from smparchive.core.catalog.audit import NothingLeftToUndo

    alice, bob, ids = people
    alice.create_event("SMP", time_zone="Europe/Brussels")
    start = datetime(2022, 6, 2, 8, 0, tzinfo=UTC)
    session = alice.add_session("EMN roundtable", start, start + timedelta(hours=1)).value
    fr = bob.set_text(ids[:2], "alt", "fr", "Trois intervenants")
    bob.set_text([ids[0]], "caption", "nl", "Rondetafel")
    moved = bob.assign_items([ids[2]], session)
    alice.set_text([ids[1]], "alt", "fr", "Trois intervenants")
    alice.assign_items([ids[2]], session)
    with pytest.raises(NothingLeftToUndo):  # the session: all of it hers too
        bob.undo(moved.undo)
    assert alice.item(ids[2]).session_id == session
    undone = bob.undo_last()  # the Dutch caption: his alone
    assert undone is not None and alice.item(ids[0]).captions == {}
    undone = bob.undo(fr.undo)
    assert undone.kept is not None and undone.kept.field == "text.alt.fr"
    assert [r.alt_texts for r in alice.items(ids[:2])] == [{}, {"fr": "Trois intervenants"}]
    rated = bob.set_fields([ids[0]], rating=2)
    alice.set_fields([ids[0]], rating=3)  # a value of her own: refused as before
    with pytest.raises(EditConflict):
        bob.undo(rated.undo)


def test_a_clock_correction_or_an_inspector_edit_set_the_same_stays(
    people: Any, tmp_path: Path, item_inserter: Any
) -> None:
    """The same camera clock correction applied by both, and a rating the inspector sets
    on two photos, one of them already rated so by the teammate: the teammate's undo
    leaves the times and that rating (theirs too) and takes back the rest."""
    from smparchive.core.catalog.audit import NothingLeftToUndo

    alice, bob, ids = people
    alice.create_event("SMP", time_zone="Europe/Brussels")
    shot = datetime(2022, 6, 2, 9, 30, tzinfo=UTC)
    canon = {"camera_make": "Canon", "camera_model": "EOS R5", "capture_source": "exif"}
    photos = item_inserter(alice, tmp_path / "card", [{**canon, "capture_utc": shot}] * 2)
    camera = bob.camera_of_items(photos)
    assert camera is not None
    clock = bob.set_clock_offset(camera, 3600)
    alice.set_clock_offset(camera, 3600)
    with pytest.raises(NothingLeftToUndo) as err:
        bob.undo(clock.undo)
    when = made_at(alice, photos[0], alice.user_name)
    assert f"{alice.user_name} made the same change at {when}, after you" in str(err.value)
    assert [r.capture_utc for r in alice.items(photos)] == [shot + timedelta(hours=1)] * 2
    rated = bob.set_fields([ids[0], ids[2]], rating=4)
    alice.edit_items(ids[:2], fields={"rating": 4})  # the inspector, two photos selected
    undone = bob.undo(rated.undo)
    assert undone.kept is not None and undone.kept.field == "items.rating"
    assert [r.rating for r in alice.items(ids)] == [4, 4, 0]


def test_my_keyword_found_already_added_by_a_teammate_is_my_step_to_undo(
    people: Any,
) -> None:
    """Bob captions a photo, then adds "panel" a moment after Alice added "Panel": his add
    changes nothing. His undo answered for the caption before it, silently taking back his
    caption while the keyword he had just added stayed. Now his first undo is the keyword,
    says it is alice's too and leaves it; the next undo is his caption."""
    from smparchive.core.catalog.audit import NothingLeftToUndo

    alice, bob, ids = people
    bob.set_text([ids[0]], "caption", "en", "Opening panel")
    alice.tag_items([ids[0]], ["Panel"])
    added = bob.tag_items([ids[0]], ["panel"])
    assert added.undo is not None and added.undo.label.startswith("Tag")
    assert bob.next_undo() is not None and bob.next_undo().label == added.undo.label
    with pytest.raises(NothingLeftToUndo) as err:
        bob.undo_last()
    assert f"{alice.user_name} had made the same change" in str(err.value)
    # in plain words: no "the step leaves the undo history"
    assert "This step is no longer in your undo history." in str(err.value)
    assert [t.name for t in alice.item(ids[0]).tags] == ["Panel"]
    assert bob.item(ids[0]).captions == {"en": "Opening panel"}
    undone = bob.undo_last()  # the step before: his caption
    assert undone is not None and bob.item(ids[0]).captions == {}
    assert [t.name for t in bob.item(ids[0]).tags] == ["Panel"]


def test_a_value_already_mine_or_as_scanned_makes_no_step(people: Any) -> None:
    """Setting what is already there (one's own rating, an unrated photo "unrated") is no
    step: undo goes on to the change before it."""
    _alice, bob, ids = people
    first = bob.set_fields([ids[0]], rating=3)
    again = bob.set_fields([ids[0]], rating=3)
    assert again.undo is None
    assert bob.set_fields([ids[1]], rating=0).undo is None
    assert first.undo is not None and first.undo.entry_id is not None
    assert (bob.next_undo() or first.undo).entry_id == first.undo.entry_id
    assert bob.next_undo() is not None


def test_use_mine_on_a_keyword_a_teammate_merged_away_says_nothing_was_undone(
    people: Any,
) -> None:
    """Bob undoes his keyword after Alice merged it into hers: the refusal names alice, and
    "Use mine" (undo anyway) found nothing left to take back yet passed for done; it now
    says so, naming her, and the photo keeps the keyword it has."""
    from smparchive.core.catalog.errors import CatalogError

    alice, bob, ids = people
    done = bob.tag_items([ids[0]], ["mobilite"])
    alice.tag_items([ids[1]], ["Transport"])
    mine = next(t for t in alice.tags() if t.name == "mobilite")
    alice.rename_tag(mine.id, "Transport")  # merged into alice's keyword
    assert done.undo is not None
    with pytest.raises(EditConflict) as refused:
        bob.undo(done.undo)
    assert refused.value.user == alice.user_name
    with pytest.raises(CatalogError) as err:
        bob.undo(done.undo, override=True)  # "Use mine"
    assert f"Nothing was undone: {alice.user_name} has since merged" in str(err.value)
    assert [t.name for t in alice.item(ids[0]).tags] == ["Transport"]


def test_undo_merges_field_by_field(people: Any) -> None:
    alice, bob, ids = people
    alice.set_fields([ids[0]], rating=3)
    bob.set_text([ids[0]], "caption", "en", "Keynote")  # same item, another field
    alice.undo_last()
    rec = alice.item(ids[0])
    assert (rec.rating, rec.captions) == (0, {"en": "Keynote"})


def test_a_teammates_new_work_keeps_my_redo(people: Any) -> None:
    alice, bob, ids = people
    alice.set_fields([ids[0]], rating=4)
    alice.undo_last()
    bob.set_fields([ids[1]], flag=1)
    assert alice.redo_last() is not None
    assert alice.item(ids[0]).rating == 4
    assert bob.redo_last() is None
    assert [h.action for h in alice.item_history(ids[0])] == ["redo", "undo", "do"]


def test_stale_edit_is_reported_and_changes_nothing(people: Any) -> None:
    alice, bob, ids = people
    seen = alice.item(ids[0]).rating  # alice looks at the item...
    bob.set_fields([ids[0]], rating=4)  # ...bob rates it meanwhile...
    with pytest.raises(EditConflict) as err:  # ...alice's edit was based on the old value
        alice.edit_items([ids[0]], fields={"rating": 1}, expect_fields={"rating": seen})
    assert f"rating of item {ids[0]} is now 4 (changed by {bob.user_name}" in str(err.value)
    assert alice.item(ids[0]).rating == 4
    alice.edit_items(
        [ids[0]],
        fields={"rating": 1},
        texts={("caption", "fr"): "Ouverture"},
        expect_fields={"rating": 4},
        expect_texts={("caption", "fr"): None},
    )
    rec = alice.item(ids[0])
    assert (rec.rating, rec.captions) == (1, {"fr": "Ouverture"})
    alice.undo_last()  # one step
    rec = alice.item(ids[0])
    assert (rec.rating, rec.captions) == (4, {})


def test_a_caption_typed_over_a_stale_text_is_refused_and_changes_nothing(
    people: Any,
) -> None:
    alice, bob, ids = people
    seen = alice.item(ids[0]).captions.get("en")  # alice starts typing over no caption...
    bob.set_text([ids[0]], "caption", "en", "Opening by the Commissioner")  # ...bob's lands
    with pytest.raises(EditConflict) as err:
        alice.set_text([ids[0]], "caption", "en", "Opening", expect=seen)
    assert err.value.user == bob.user_name and err.value.now == "Opening by the Commissioner"
    assert alice.item(ids[0]).captions == {"en": "Opening by the Commissioner"}
    # typed over what is there now (or with no expectation, as a script): saved
    alice.set_text([ids[0]], "caption", "en", "Opening", expect="Opening by the Commissioner")
    assert alice.item(ids[0]).captions["en"] == "Opening"


def test_journal_is_bounded_per_person(
    catalog: Any, add_items: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import func, select

    from smparchive.core.catalog.models import UndoEntry

    ids = add_items([{}])
    monkeypatch.setattr(base, "UNDO_JOURNAL_KEPT", 5)
    catalog.set_user_name("bob")
    catalog.set_fields(ids, rating=1)
    catalog.set_user_name("alice")
    for n in range(120):
        catalog.set_fields(ids, flag=n % 2)
    with catalog._sessions() as s:
        counts = dict(
            s.execute(select(UndoEntry.user_name, func.count()).group_by(UndoEntry.user_name)).all()
        )
    assert counts["bob"] == 1  # alice's many changes never pushed bob's out
    assert counts["alice"] < 5 + 50
    catalog.set_user_name("bob")
    assert catalog.undo_last() is not None and catalog.item(ids[0]).rating == 0


def test_journal_is_bounded_for_people_taking_turns(
    catalog: Any, add_items: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Trimmed at each person's first entry past a multiple of 50 ids: one whose entries
    all had odd ids (two people taking turns) was never trimmed."""
    ids = add_items([{}])
    monkeypatch.setattr(base, "UNDO_JOURNAL_KEPT", 5)
    for n in range(160):
        catalog.set_user_name(("alice", "bob")[n % 2])
        catalog.set_fields(ids, flag=n % 2)
    counts = {user: len(entries) for user, entries in _journal(catalog).items()}
    assert counts["alice"] < 5 + 50 and counts["bob"] < 5 + 50


def _journal(cat: Any) -> dict[str, list[int]]:
    """Each person's undo journal entries, oldest first."""
    from sqlalchemy import select

    from smparchive.core.catalog.models import UndoEntry

    out: dict[str, list[int]] = {}
    with cat._sessions() as s:
        for user, entry_id in s.execute(
            select(UndoEntry.user_name, UndoEntry.id).order_by(UndoEntry.id)
        ):
            out.setdefault(user, []).append(entry_id)
    return out


def test_journal_keeps_within_a_byte_budget_per_person(
    people: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Besides its count, each person's journal keeps within a byte budget: their oldest
    entries go, a teammate's stay, and the newest always stays, even alone over it."""
    from sqlalchemy import func, select

    from smparchive.core.catalog.models import UndoEntry

    alice, bob, ids = people
    bobs = bob.set_fields([ids[0]], rating=5).undo.entry_id
    done = [alice.set_fields(ids[1:], rating=1)]
    # The entry's size as stored: packed on SQLite; on PostgreSQL TOAST compresses or not.
    stored = func.length if alice.engine.dialect.name == "sqlite" else func.pg_column_size
    with alice._sessions() as s:
        size = s.scalar(
            select(stored(UndoEntry.payload)).where(UndoEntry.id == done[0].undo.entry_id)
        )
    monkeypatch.setattr(base, "UNDO_JOURNAL_BYTES", size * 5 // 2, raising=False)  # two fit
    done += [alice.set_fields(ids[1:], rating=r) for r in (2, 3, 4, 5)]
    assert _journal(alice) == {
        bob.user_name: [bobs],
        alice.user_name: [done[-2].undo.entry_id, done[-1].undo.entry_id],
    }
    assert alice.undo_last() is not None and alice.undo_last() is not None
    assert [r.rating for r in alice.items(ids[1:])] == [3, 3]
    assert alice.undo_last() is None  # the older ones are gone
    monkeypatch.setattr(base, "UNDO_JOURNAL_BYTES", 1, raising=False)  # nothing fits
    alice.set_fields(ids[1:], rating=1)
    last = alice.set_fields(ids[1:], rating=2)
    assert _journal(alice) == {bob.user_name: [bobs], alice.user_name: [last.undo.entry_id]}
    assert alice.undo_last() is not None
    assert [r.rating for r in alice.items(ids)] == [5, 1, 1]
    assert bob.undo_last() is not None
    assert alice.item(ids[0]).rating == 0


def test_cli_log_and_checked_set(
    catalog_path: Path, item_inserter: Any, tmp_path: Path, capsys: Any, monkeypatch: Any
) -> None:
    from smparchive.cli.main import main

    cat = open_catalog(catalog_path, create=True)
    ids = item_inserter(cat, tmp_path / "share", [{}, {}])
    cat.close()
    c = ["-c", str(catalog_path)]
    monkeypatch.setenv("SMPARCHIVE_USER", "alice")
    assert main([*c, "set", str(ids[0]), "--rating", "3"]) == 0
    monkeypatch.setenv("SMPARCHIVE_USER", "bob")
    assert main([*c, "set", str(ids[0]), "--caption", "Panel"]) == 0
    capsys.readouterr()
    assert main([*c, "set", str(ids[0]), "--rating", "5", "--expect", "rating=0"]) == 1
    err = capsys.readouterr().err
    assert "rating of item" in err and "is now 3 (changed by alice" in err
    assert main([*c, "set", str(ids[0]), "--rating", "5", "--expect", "rating=3"]) == 0
    assert main([*c, "log", "--item", str(ids[0]), "--json"]) == 0
    out = capsys.readouterr().out
    log = json.loads(out[out.index("[") :])
    assert [(e["user"], e["label"]) for e in log] == [
        ("bob", "Set rating"),
        ("bob", "Set caption (en)"),
        ("alice", "Set rating"),
    ]
    assert main([*c, "log", "--user", "alice"]) == 0
    table = capsys.readouterr().out
    assert "alice" in table and "rating=3" in table and "bob" not in table
    monkeypatch.setenv("SMPARCHIVE_USER", "alice")
    assert main([*c, "undo"]) == 1  # bob changed the rating since
    assert "bob changed the rating" in capsys.readouterr().err


def test_a_conflict_on_a_recording_says_its_length(people: Any, tmp_path: Path) -> None:
    """So the app can show a teammate's In point as the player does ('0:02:40.000' in an
    hour-long recording): the refused edit and the refused undo both carry the length."""
    alice, bob, ids = people
    bob.set_fields([ids[0]], in_point_s=1.0)  # nothing yet for the edit below to rely on
    seen = alice.item(ids[0]).in_point_s
    from sqlalchemy import update

    from smparchive.core.catalog.models import MediaItem

    with alice._sessions() as s, s.begin():  # a recording of 1 h 05
        s.execute(update(MediaItem).where(MediaItem.id == ids[0]).values(duration_s=3900.0))
    bob.set_fields([ids[0]], in_point_s=160.0)
    with pytest.raises(EditConflict) as err:
        alice.edit_items([ids[0]], fields={"in_point_s": 5.0}, expect_fields={"in_point_s": seen})
    assert (err.value.now, err.value.item_length_s) == (160.0, 3900.0)
    alice.set_fields([ids[1]], rating=2)
    bob.set_fields([ids[1]], rating=5)
    with pytest.raises(EditConflict) as undone:
        alice.undo_last()
    assert undone.value.item_length_s is None  # a photo: no length

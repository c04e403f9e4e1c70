"""Draft alt texts from the catalogue: who and where, marked as a draft, per language."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from export_helpers import EVENT, replace, settings

from smparchive.core.export import (
    ConsentOverride,
    ExportEntry,
    HoldReason,
    plan_export,
    preset_by_name,
    run_export,
)
from smparchive.core.export.alttext import is_draft, strip_draft, suggest_alt_text
from smparchive.core.export.post import AltProblem


def _at_the_roundtable(entry: ExportEntry) -> ExportEntry:
    return replace(
        entry,
        people=("Ana Lopes", "Jan Peeters"),
        session_title="EMN roundtable",
        session_room="Room Europa",
        session_speakers=("Ana Lopes", "Someone Else"),
        day_date=date(2022, 6, 1),
    )


def test_drafts_in_three_languages(photo_set: Callable[..., list[ExportEntry]]) -> None:
    (entry,) = photo_set(1)
    entry = _at_the_roundtable(entry)
    assert suggest_alt_text(entry, "en") == (
        "[Draft] Ana Lopes speaking and Jan Peeters at the session “EMN roundtable” "
        "in Room Europa on 1 June 2022."
    )
    assert suggest_alt_text(entry, "fr").startswith(
        "[Brouillon] Ana Lopes au micro et Jan Peeters "
        "pendant la séance «\u202fEMN roundtable\u202f»"
    )
    assert suggest_alt_text(entry, "nl-BE").startswith("[Concept] Ana Lopes aan het woord")
    assert "op 1 juni 2022" in suggest_alt_text(entry, "nl")
    bare = replace(entry, people=(), session_title="", session_room="", day_date=None)
    assert suggest_alt_text(bare, "en") == "[Draft] Photo at SMP Conference 2024."
    bare = replace(bare, event_title="")
    assert suggest_alt_text(bare, "en") == "[Draft] Photo."  # nothing known: still a draft


def test_a_room_named_salle_is_not_called_salle_twice(
    photo_set: Callable[..., list[ExportEntry]],
) -> None:
    (entry,) = photo_set(1)
    entry = _at_the_roundtable(entry)
    for room in ("Salle Europa", "salle Europa", "Room Europa", "ZAAL Europa"):
        draft = suggest_alt_text(replace(entry, session_room=room), "fr")
        assert f"» {room} le 1er juin 2022." in draft, draft
        assert "salle" not in draft.replace(room, "").casefold(), draft
        for lang, word in (("en", "in"), ("nl", "in")):
            draft = suggest_alt_text(replace(entry, session_room=room), lang)
            assert f" {word} {room} " in draft, draft
    assert " salle Aula " in suggest_alt_text(replace(entry, session_room="Aula"), "fr")
    assert " salle Salon 2 " in suggest_alt_text(replace(entry, session_room="Salon 2"), "fr")


def test_draft_marker_found_and_removed() -> None:
    assert is_draft("[Draft] Ana Lopes speaking") and is_draft("  [brouillon] x")
    assert not is_draft("Ana Lopes speaking at a draft table")
    assert strip_draft("[Concept] Ana aan het woord") == "Ana aan het woord"
    assert strip_draft("Done already") == "Done already"


def test_a_draft_is_held_back_from_a_platform_until_finished(
    photo_set: Callable[..., list[ExportEntry]], out_dir: Path
) -> None:
    a, b, c = photo_set(3)
    a = replace(_at_the_roundtable(a), alt_text={"en": suggest_alt_text(_at_the_roundtable(a))})
    b = replace(b, alt_text={"en": "Ana Lopes points at a chart of labour shortages"})
    c = replace(c, alt_text={})
    plan = plan_export([a, b, c], settings(out_dir, preset=preset_by_name("mastodon")), EVENT)
    held = {d.item_id: d.reasons for d in plan.held_back}
    assert held == {
        a.item_id: (HoldReason.ALT_TEXT_DRAFT,),
        c.item_id: (HoldReason.ALT_TEXT_MISSING,),
    }
    assert [i.entry.item_id for i in plan.items] == [b.item_id]
    web = plan_export([a, b, c], settings(out_dir, preset=preset_by_name("web")), EVENT)
    assert not web.held_back  # only platform presets ask for alt text


def test_a_draft_published_anyway_is_named_a_draft_in_the_post_kit(
    photo_set: Callable[..., list[ExportEntry]], out_dir: Path
) -> None:
    """Publishing held-back photos anyway: the kit tells the person posting that one alt
    text is an unfinished draft (left out) and the other photo has none, not "none" twice."""
    a, c = photo_set(2)
    a = replace(_at_the_roundtable(a), alt_text={"en": suggest_alt_text(_at_the_roundtable(a))})
    c = replace(c, alt_text={})
    anyway = ConsentOverride(frozenset({a.item_id, c.item_id}), "M. Editor", "posting now")
    s = settings(
        out_dir, preset=preset_by_name("mastodon"), post=True, language="en", overrides=(anyway,)
    )
    report = run_export(plan_export([a, c], s, EVENT))
    assert report.post is not None
    problems = {i.item_id: i.problems for i in report.post.images}
    assert problems == {a.item_id: (AltProblem.DRAFT,), c.item_id: (AltProblem.MISSING,)}
    alt_file = (report.payload_root / "alt-text.txt").read_text("utf-8")
    assert "[draft]" in alt_file and "[no alt text]" in alt_file
    assert "[Draft]" not in alt_file  # the draft itself still goes nowhere
    md = (report.payload_root / "post.md").read_text("utf-8")
    assert "the alt text is still a suggested draft" in md

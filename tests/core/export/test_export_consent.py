"""The consent gate holds back the right items, with reasons; overrides are explicit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from export_helpers import EVENT, replace, settings

from smparchive.core.export import (
    Audience,
    ConsentOverride,
    ConsentStatus,
    ExportEntry,
    HoldReason,
    plan_export,
    run_export,
)


def _mixed(photo_set: Callable[..., list[ExportEntry]]) -> list[ExportEntry]:
    e = photo_set(6)
    return [
        e[0],  # cleared
        replace(e[1], consent=ConsentStatus.DO_NOT_PUBLISH),
        replace(e[2], consent=ConsentStatus.INTERNAL_ONLY),
        replace(e[3], consent=ConsentStatus.UNKNOWN),
        replace(e[4], session_do_not_record=True),
        replace(e[5], session_do_not_publish=True, consent=ConsentStatus.INTERNAL_ONLY),
    ]


def test_public_export_holds_back_with_reasons(photo_set, out_dir: Path) -> None:
    plan = plan_export(_mixed(photo_set), settings(out_dir), EVENT)
    held = {d.item_id: set(d.reasons) for d in plan.held_back}
    assert held == {
        "p1": {HoldReason.DO_NOT_PUBLISH},
        "p2": {HoldReason.INTERNAL_ONLY},
        "p3": {HoldReason.UNKNOWN},
        "p4": {HoldReason.SESSION_DO_NOT_RECORD},
        "p5": {HoldReason.SESSION_DO_NOT_PUBLISH, HoldReason.INTERNAL_ONLY},
    }
    assert [i.entry.item_id for i in plan.items] == ["p0"]
    report_text = plan.preflight_report()
    assert "Held back (5)" in report_text and "marked do-not-publish" in report_text
    assert not any(out_dir.iterdir())  # planning writes nothing


def test_internal_audience_and_unknown_consent_setting(photo_set, out_dir: Path) -> None:
    entries = _mixed(photo_set)
    internal = plan_export(entries, settings(out_dir, audience=Audience.INTERNAL), EVENT)
    assert {d.item_id for d in internal.held_back} == {"p1", "p3", "p4", "p5"}
    lenient = plan_export(
        entries, settings(out_dir, audience=Audience.INTERNAL, hold_unknown_consent=False), EVENT
    )
    assert {d.item_id for d in lenient.held_back} == {"p1", "p4", "p5"}
    archive = plan_export(entries, settings(out_dir, audience=Audience.ARCHIVE), EVENT)
    assert archive.held_back == () and len(archive.items) == 6


def test_override_is_explicit_and_recorded(photo_set, out_dir: Path) -> None:
    entries = _mixed(photo_set)
    override = ConsentOverride(frozenset({"p3"}), "M. Editor", "Consent form found on paper")
    plan = plan_export(entries, settings(out_dir, overrides=(override,)), EVENT)
    assert "p3" in {i.entry.item_id for i in plan.items}
    assert "p3" not in {d.item_id for d in plan.held_back}
    assert "Published by explicit override (1)" in plan.preflight_report()
    report = run_export(plan)
    assert {f.item_id for f in report.files} == {"p0", "p3"}
    history = report.history_record()
    assert history["overrides"] == [
        {
            "item_id": "p3",
            "reasons": ["consent:unknown"],
            "decided_by": "M. Editor",
            "reason": "Consent form found on paper",
        }
    ]
    assert {h["item_id"] for h in history["held_back"]} == {"p1", "p2", "p4", "p5"}
    manifest = (report.payload_root / "manifest.csv").read_text("utf-8")
    assert "p1" not in {line.split(",")[19] for line in manifest.splitlines()[1:]}


def test_override_needs_who_and_why() -> None:
    with pytest.raises(ValueError):
        ConsentOverride(frozenset({"p1"}), "", "because")
    with pytest.raises(ValueError):
        ConsentOverride(frozenset(), "me", "because")


def test_a_rejected_photo_stays_out_of_a_publication_not_out_of_the_archive(
    photo_set, out_dir: Path
) -> None:
    """A comms officer culls a session with X, then exports the session for its page: the
    rejects went out with the picks. They are held back, with the reason, for every audience
    but the archive (which keeps everything), and can be published anyway with who and why."""
    e = photo_set(3)
    entries = [e[0], replace(e[1], rejected=True), replace(e[2], rejected=True, rating=5)]
    for audience in (Audience.PUBLIC, Audience.INTERNAL):
        plan = plan_export(entries, settings(out_dir, audience=audience), EVENT)
        assert {d.item_id: d.reasons for d in plan.held_back} == {
            "p1": (HoldReason.REJECTED,),
            "p2": (HoldReason.REJECTED,),
        }
        assert "flagged Rejected" in plan.preflight_report()
    archive = plan_export(entries, settings(out_dir, audience=Audience.ARCHIVE), EVENT)
    assert archive.held_back == () and len(archive.items) == 3
    anyway = ConsentOverride(frozenset({"p2"}), "Ana", "the best of the panel")
    plan = plan_export(entries, settings(out_dir, overrides=(anyway,)), EVENT)
    assert [d.item_id for d in plan.held_back] == ["p1"]
    assert sorted(i.entry.item_id for i in plan.items) == ["p0", "p2"]


def test_the_plan_with_ticked_items_is_the_one_their_override_makes(
    photo_set: Callable[..., list[ExportEntry]], out_dir: Path
) -> None:
    """What the dialog shows once held-back items are ticked (ExportPlan.published) is what
    Export plans with their override: the same files, size, post and warnings; the held-back
    items not ticked stay held."""
    from smparchive.core.export import preset_by_name

    entries = _mixed(photo_set)
    s = settings(out_dir, preset=preset_by_name("mastodon"), post=True)
    plan = plan_export(entries, s, EVENT)
    held = sorted(d.item_id for d in plan.held_back)
    assert len(held) > 2 and plan.published([]) is plan
    ticked = held[:2]
    shown = plan.published([*ticked, "not-held"])
    override = ConsentOverride(frozenset(ticked), "M. Editor", "Consent form found on paper")
    export = plan_export(entries, s.with_overrides(override), EVENT)
    assert [o.relpath for o in shown.outputs] == [o.relpath for o in export.outputs]
    assert shown.estimated_bytes == export.estimated_bytes
    assert plan.post is not None and shown.post is not None and export.post is not None
    assert shown.post.text == export.post.text and shown.post.images == export.post.images
    posted = {a.item_id for a in shown.post.images}
    assert set(ticked) <= posted and not set(ticked) & {a.item_id for a in plan.post.images}
    assert shown.warnings == export.warnings
    assert sorted(d.item_id for d in shown.held_back) == held[2:]
    assert plan.with_published(ticked) == (
        len(export.items),
        len(export.outputs),
        export.estimated_bytes,
    )

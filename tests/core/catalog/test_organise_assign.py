"""Catalogue: zone re-derivation, clock correction (pin, preview, undo), assignment, consent."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from smparchive.core.catalog.schema import CatalogError
from smparchive.core.domain.assign import Reason

BXL = ZoneInfo("Europe/Brussels")
CAM_A = {"camera_make": "NIKON", "camera_model": "Z 6", "camera_serial": "A1"}
CAM_B = {"camera_make": "Canon", "camera_model": "EOS R6", "camera_serial": "B2"}


def local(h: int, m: int = 0, day: int = 1) -> datetime:
    return datetime(2022, 6, day, h, m)


def utc_of(h: int, m: int = 0, day: int = 1) -> datetime:
    return datetime(2022, 6, day, h, m, tzinfo=BXL).astimezone(UTC)


@pytest.fixture
def programme(catalog):
    catalog.create_event("SMP", time_zone="Europe/Brussels")
    s = {}
    for key, start, end, room in (
        ("opening", (9, 0), (9, 30), "Auditorium"),
        ("emn", (9, 30), (11, 0), "Roundtable Room"),
        ("parallel", (9, 30), (11, 0), "Room B"),
        ("eprs", (11, 30), (12, 30), "Auditorium"),
    ):
        s[key] = catalog.add_session(
            key, datetime(2022, 6, 1, *start, tzinfo=BXL), datetime(2022, 6, 1, *end, tzinfo=BXL),
            room=room,
        ).value  # fmt: skip
    s["day2"] = catalog.add_session(
        "day two", datetime(2022, 6, 2, 9, 30, tzinfo=BXL), datetime(2022, 6, 2, 11, tzinfo=BXL)
    ).value
    return s


def photo(when: datetime, cam: dict, **kw: object) -> dict:
    """A photo as a zone-less camera wrote it; capture_utc derived as ingest would (UTC)."""
    return {"capture_local": when, "capture_utc": when.replace(tzinfo=UTC), **cam, **kw}


def test_event_zone_rederives_zone_less_items_only(catalog, add_items) -> None:
    catalog.create_event("SMP")  # UTC
    ids = add_items(
        [
            photo(local(9, 10), CAM_A),
            {"capture_local": local(9, 10), "capture_offset_min": 0, "kind": "video",
             "capture_utc": datetime(2022, 6, 1, 9, 10, tzinfo=UTC)},
        ]
    )  # fmt: skip
    r = catalog.update_event(time_zone="Europe/Brussels")
    photo_rec, video_rec = catalog.items(ids)
    assert photo_rec.capture_utc == datetime(2022, 6, 1, 7, 10, tzinfo=UTC)
    assert video_rec.capture_utc == datetime(2022, 6, 1, 9, 10, tzinfo=UTC)  # UTC container
    catalog.undo(r.undo)
    assert catalog.item(ids[0]).capture_utc == datetime(2022, 6, 1, 9, 10, tzinfo=UTC)


def test_auto_assign_reasons_days_and_manual_kept(catalog, add_items, programme) -> None:
    catalog.update_event(time_zone="UTC")
    catalog.update_event(time_zone="Europe/Brussels")  # derive capture_utc from local times
    ids = add_items(
        [
            photo(local(9, 10), CAM_A),  # inside opening
            photo(local(11, 10), CAM_A),  # break, 10 min after emn/parallel: a choice
            photo(local(11, 25), CAM_A),  # break, 5 min before eprs
            photo(local(10, 0), CAM_A),  # parallel sessions
            photo(local(14, 0), CAM_A),  # nothing near
            photo(local(9, 10), CAM_A, session_id=programme["eprs"], assignment="manual"),
        ]
    )
    catalog.rederive_capture_times(ids)
    proposals = {p.item_id: p for p in catalog.propose_assignments(ids)}
    assert proposals[ids[0]].reason == Reason.INSIDE
    assert proposals[ids[1]].reason == Reason.OVERLAP
    assert (proposals[ids[2]].reason, proposals[ids[2]].session_id) == (
        Reason.BREAK,
        programme["eprs"],
    )
    assert proposals[ids[3]].reason == Reason.OVERLAP
    assert set(proposals[ids[3]].candidates) == {programme["emn"], programme["parallel"]}
    assert proposals[ids[4]].reason == Reason.NONE
    assert proposals[ids[5]].reason == Reason.MANUAL

    # Apply only a chosen subset first.
    r = catalog.apply_assignments(proposals.values(), only=[ids[0]])
    assert r.value == 1 and catalog.item(ids[2]).session_id is None
    r = catalog.apply_assignments(proposals.values())
    recs = catalog.items(ids)
    assert [x.session_id for x in recs] == [
        programme["opening"],
        None,
        programme["eprs"],
        None,
        None,
        programme["eprs"],
    ]
    assert recs[0].assignment == "auto" and recs[5].assignment == "manual"
    day1 = catalog.days()[0].id
    assert all(x.day_id == day1 for x in recs[:5])  # days from the capture date
    catalog.undo(r.undo)
    assert catalog.item(ids[2]).session_id is None

    # Manual choice for the overlap; an automatic run does not undo it.
    catalog.assign_items([ids[3]], programme["parallel"])
    catalog.auto_assign(ids)
    assert catalog.item(ids[3]).session_id == programme["parallel"]
    assert catalog.item(ids[3]).assignment == "manual"
    catalog.release_items([ids[3]])
    assert catalog.item(ids[3]).assignment == "auto"


def test_camera_with_wrong_clock_pin_preview_and_undo(catalog, add_items, programme) -> None:
    # Camera B's clock is one hour behind: it wrote 08:10 for a photo taken at 09:10.
    ids = add_items(
        [photo(local(9, 10), CAM_A)]
        + [photo(local(h, m), CAM_B) for h, m in ((8, 10), (8, 40), (10, 35))]
    )
    catalog.rederive_capture_times(ids)
    groups = {g.key: g for g in catalog.cameras()}
    key_b = "Canon|EOS R6|B2"
    assert groups[key_b].count == 3 and groups[key_b].first == utc_of(8, 10)
    assert groups[key_b].offset_s == 0

    known = datetime(2022, 6, 1, 9, 10, tzinfo=BXL)
    preview = catalog.preview_pin(ids[1], known)
    assert preview.offset_s == 3600
    rows = {r.item_id: r for r in preview.rows}
    assert rows[ids[1]].new_utc == utc_of(9, 10)
    assert rows[ids[1]].new_session_id == programme["opening"]
    assert rows[ids[3]].new_session_id == programme["eprs"]  # 11:35 after the correction
    assert catalog.item(ids[1]).capture_utc == utc_of(8, 10)  # a preview changes nothing

    r = catalog.pin_clock(ids[1], known)
    assert r.value == 3
    assert [x.capture_utc for x in catalog.items(ids[1:])] == [
        utc_of(9, 10),
        utc_of(9, 40),
        utc_of(11, 35),
    ]
    assert catalog.item(ids[0]).capture_utc == utc_of(9, 10)  # camera A untouched
    assert {g.key: g for g in catalog.cameras()}[key_b].offset_s == 3600
    catalog.auto_assign()
    assert catalog.item(ids[3]).session_id == programme["eprs"]

    # Setting the offset again replaces (not adds to) the correction.
    catalog.set_clock_offset(key_b, 3600)
    assert catalog.item(ids[1]).capture_utc == utc_of(9, 10)
    undo = catalog.set_clock_offset(key_b, 0)
    assert catalog.item(ids[1]).capture_utc == utc_of(8, 10)
    catalog.undo(undo.undo)
    assert catalog.item(ids[1]).capture_utc == utc_of(9, 10)
    assert {g.key: g for g in catalog.cameras()}[key_b].offset_s == 3600


def test_pin_errors(catalog, add_items) -> None:
    ids = add_items([{"capture_utc": None}])
    with pytest.raises(CatalogError, match="no capture time"):
        catalog.pin_clock(ids[0], datetime(2022, 6, 1, 9, tzinfo=BXL))
    with pytest.raises(CatalogError, match="No item"):
        catalog.pin_clock(999, datetime(2022, 6, 1, 9, tzinfo=BXL))


def test_the_items_with_no_camera_share_no_clock(catalog, add_items) -> None:
    """Correcting the "no camera" group moved documents' dates and files dated by their
    file (while new files of that group never took the offset at a scan): refused, with
    the reason, and nothing moves."""
    when = datetime(2022, 6, 1, 7, tzinfo=UTC)
    ids = add_items(
        [
            {"name": "concept.pdf", "kind": "document", "capture_utc": when,
             "capture_source": "document"},
            {"name": "scan.jpg", "capture_utc": when, "capture_source": "mtime"},
        ]
    )  # fmt: skip
    from smparchive.core.domain import time as t

    for act in (
        lambda: catalog.set_clock_offset(t.UNKNOWN_CAMERA, 3600),
        lambda: catalog.preview_clock(t.UNKNOWN_CAMERA, 3600),
        lambda: catalog.pin_clock(ids[1], datetime(2022, 6, 1, 10, tzinfo=BXL)),
    ):
        with pytest.raises(CatalogError, match="share no clock"):
            act()
    assert [r.capture_utc for r in catalog.items(ids)] == [when, when]


def test_decks_are_proposed_by_similarity(catalog, add_items, programme) -> None:
    catalog.update_session(programme["eprs"], title="EPRS presentation on EU economic migration")
    ids = add_items(
        [
            {"kind": "slides", "name": "EPRS_EU_economic_migration.pptx", "capture_utc": None},
            {"kind": "document", "name": "minutes.pdf", "capture_utc": None},
        ]
    )
    props = {p.item_id: p for p in catalog.propose_assignments(ids)}
    assert (props[ids[0]].reason, props[ids[0]].session_id) == (Reason.DECK, programme["eprs"])
    assert props[ids[1]].reason == Reason.NO_MATCH


def test_effective_consent_from_sessions_and_people(catalog, add_items, programme) -> None:
    catalog.update_session(programme["emn"], do_not_publish=True)
    catalog.update_session(programme["opening"], do_not_record=True)
    ids = add_items(
        [
            {"consent": "cleared", "session_id": programme["emn"]},
            {"consent": "cleared", "session_id": programme["opening"]},
            {"consent": "cleared", "session_id": programme["opening"], "kind": "video"},
            {"consent": "cleared"},
            {"consent": "cleared"},
            {"consent": "unknown"},
        ]
    )
    catalog.tag_items([ids[3]], ["Jane Doe"], kind="person")
    catalog.tag_items([ids[4]], ["John Roe"], kind="person")
    catalog.update_tag(catalog.find_tag("Jane Doe", "person").id, restriction="do_not_publish")
    catalog.update_tag(catalog.find_tag("John Roe", "person").id, restriction="internal_only")
    eff = catalog.effective_consent(ids)
    assert eff[ids[0]].status == "do_not_publish"
    assert eff[ids[0]].reasons == ("session:do_not_publish",)
    assert eff[ids[1]].publishable  # do-not-record concerns recordings only
    assert eff[ids[2]].reasons == ("session:do_not_record",)
    assert eff[ids[3]].status == "do_not_publish" and "Jane Doe" in eff[ids[3]].details[0]
    assert eff[ids[4]].status == "internal_only"
    assert eff[ids[5]].status == "unknown" and eff[ids[5]].reasons == ("consent:unknown",)
    # what each reason is about, for interfaces that phrase them in the user's language
    assert eff[ids[5]].details == ("consent unknown",) and eff[ids[5]].subjects == ("",)
    assert eff[ids[3]].subjects == ("Jane Doe",)
    emn_title = catalog.session(programme["emn"]).title
    assert eff[ids[0]].subjects == (emn_title,) and emn_title in eff[ids[0]].details[0]


def test_clock_correction_of_many_items_undoes_exactly(catalog, add_items, programme) -> None:
    from datetime import timedelta

    # Over a thousand items from 21:00 on day one: a 3 h shift moves many to another day.
    start = local(21)
    ids = add_items([photo(start + timedelta(minutes=n), CAM_B) for n in range(1200)])
    add_items([photo(local(9, 10), CAM_A, name="A.JPG")])
    catalog.rederive_capture_times()

    def state() -> list[tuple]:
        return [(r.capture_utc, r.day_id, r.clock_shift_s) for r in catalog.items(ids)]

    before = state()
    res = catalog.set_clock_offset("Canon|EOS R6|B2", 3 * 3600)
    after = state()
    assert [a[0] - b[0] for a, b in zip(after, before, strict=True)] == [timedelta(hours=3)] * len(
        ids
    )
    assert sum(a[1] != b[1] for a, b in zip(after, before, strict=True)) >= 100
    assert res.value == len(ids) and len(res.undo.steps) <= 4
    # Times and days are already what deriving them again gives.
    assert catalog.rederive_capture_times().undo is None
    redo = catalog.undo(res.undo).undo
    assert state() == before
    assert {g.key: g for g in catalog.cameras()}["Canon|EOS R6|B2"].offset_s == 0
    catalog.undo(redo)
    assert state() == after
    catalog.undo_last()
    assert state() == before
    catalog.redo_last()
    assert state() == after


def test_times_and_days_of_a_selection_larger_than_the_parameter_limit(
    catalog, add_items, programme
) -> None:
    """A selection bigger than the database's bound-parameter limit (SQLite: 32,766 by
    default, 250,000 in Debian's build; PostgreSQL: 65,535) is handled, not refused."""
    import sqlite3

    limit = sqlite3.connect(":memory:").getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    catalog.update_event(time_zone="UTC")
    ids = add_items([photo(local(9, 10), CAM_A), photo(local(14, 10, day=2), CAM_A)])
    catalog.update_event(time_zone="Europe/Brussels")
    selection = [*ids, *range(10_000_000, 10_000_000 + limit + 10)]  # most of them unknown
    r = catalog.rederive_capture_times(selection)
    assert set(r.changes.items) <= set(ids)
    first, second = catalog.items(ids)
    assert first.capture_utc == utc_of(9, 10) and second.capture_utc == utc_of(14, 10, day=2)
    assert first.day_id != second.day_id and None not in (first.day_id, second.day_id)

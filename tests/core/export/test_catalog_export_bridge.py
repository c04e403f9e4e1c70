"""Catalogue records -> export entries: programme context, tags, times, consent flags."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from smparchive.core.export import ConsentStatus, Kind
from smparchive.core.export.catalog_bridge import event_info, load_entries


@pytest.fixture
def programme(catalog: Any) -> dict[str, int]:
    catalog.create_event(
        "SMP 2022", acronym="SMP", time_zone="Europe/Brussels", venue="Brussels",
        organisation="EMN",
    )  # fmt: skip
    start = datetime(2022, 6, 1, 7, 0, tzinfo=UTC)
    talk = catalog.add_session(
        "Keynote", start, start + timedelta(hours=1), room="Aula", speakers=["Ana Lopez"]
    ).value
    closed = catalog.add_session(
        "Closed group", start + timedelta(hours=2), start + timedelta(hours=3), do_not_record=True
    ).value
    return {"talk": talk, "closed": closed}


def test_entries_carry_programme_tags_and_local_time(
    catalog: Any, add_items: Any, programme: dict[str, int]
) -> None:
    (pid,) = add_items(
        [
            {
                "name": "IMG_1.JPG",
                "mime": "image/jpeg",
                "capture_utc": datetime(2022, 6, 1, 7, 30, tzinfo=UTC),
                "rating": 4,
                "focus_x": 0.25,
                "focus_y": 0.75,
                "consent": "cleared",
                "creator": "Ana",
            }
        ]
    )
    catalog.assign_items([pid], programme["talk"])
    catalog.tag_items([pid], ["Policy|Mobility", "panel"])
    catalog.tag_items([pid], ["Ana Lopez"], kind="person")
    catalog.set_text([pid], "title", "fr", "Ouverture")
    loaded = load_entries(catalog, [pid])
    (entry,) = loaded.entries
    assert entry.item_id == str(pid) and entry.kind is Kind.PHOTO
    assert entry.capture == datetime(2022, 6, 1, 7, 30, tzinfo=UTC)
    assert entry.capture.strftime("%H:%M %z") == "09:30 +0200"  # the event's wall clock
    assert (entry.session_title, entry.session_room, entry.session_speakers) == (
        "Keynote",
        "Aula",
        ("Ana Lopez",),
    )
    assert (entry.day_date, entry.day_label) == (date(2022, 6, 1), "Day 1")
    assert (entry.event_title, entry.event_acronym) == ("SMP 2022", "SMP")
    assert set(entry.keywords) == {"Mobility", "panel"}
    assert "Policy|Mobility" in entry.hierarchical_keywords
    assert "SMP 2022|Day 1|Keynote" in entry.hierarchical_keywords
    assert entry.people == ("Ana Lopez",)
    assert entry.title == {"fr": "Ouverture"}
    assert (entry.rating, entry.focus, entry.creator) == (4, (0.25, 0.75), "Ana")
    assert entry.consent is ConsentStatus.CLEARED and loaded.consent_details == {}
    info = event_info(catalog.event(), catalog.days())
    assert info is not None
    assert (info.title, info.location, info.organisation) == ("SMP 2022", "Brussels", "EMN")
    assert info.start == info.end == date(2022, 6, 1)


def test_do_not_record_holds_recordings_not_photos(
    catalog: Any, add_items: Any, programme: dict[str, int]
) -> None:
    ids = add_items(
        [
            {"name": "P.JPG", "consent": "cleared"},
            {"name": "talk.mp4", "kind": "video", "mime": "video/mp4", "consent": "cleared"},
        ]
    )
    catalog.assign_items(ids, programme["closed"])
    photo, video = load_entries(catalog, ids).entries
    assert not photo.session_do_not_record and not photo.session_do_not_publish
    assert video.session_do_not_record  # the catalogue's rule: recordings only


def test_restricted_person_lowers_consent_and_unavailable_items(
    catalog: Any, add_items: Any
) -> None:
    ids = add_items(
        [
            {"name": "A.JPG", "consent": "cleared"},
            {"name": "B.JPG", "consent": "cleared", "sha256": None},
            {"name": "C.JPG", "status": "offline"},
        ]
    )
    catalog.tag_items(ids[:1], ["Guest"], kind="person")
    catalog.update_tag(catalog.find_tag("Guest", "person").id, restriction="internal_only")
    loaded = load_entries(catalog, ids)
    (entry,) = loaded.entries
    assert entry.consent is ConsentStatus.INTERNAL_ONLY
    assert loaded.consent_details[str(ids[0])] == ("shows Guest (internal only)",)
    reasons = {p.item_id: p.message for p in loaded.unavailable}
    assert "no checksum" in reasons[str(ids[1])] and "offline" in reasons[str(ids[2])]
    with pytest.raises(KeyError, match="999"):
        load_entries(catalog, [999])


def test_entries_name_the_picture_every_view_shows(catalog: Any, add_items: Any) -> None:
    """The export's crop preview read a video by its hash: the automatic frame, not the
    poster frame chosen on this copy."""
    sha = "ef" * 32
    video = {"kind": "video", "sha256": sha, "duration_s": 9.0}
    ids = add_items([{**video, "name": "a.mp4"}, {**video, "name": "b.mp4", "poster_time_s": 4.0}])
    plain, chosen = load_entries(catalog, ids).entries
    assert (plain.picture_key, chosen.picture_key) == (sha, f"{sha}@4000")

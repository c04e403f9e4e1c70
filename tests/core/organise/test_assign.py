"""Assignment rules: inside, break, none, parallel overlap, manual kept, videos, decks."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from smparchive.core.domain.assign import (
    ItemFacts,
    Reason,
    Slot,
    deck_score,
    propose,
    propose_one,
)


def at(h: int, m: int = 0) -> datetime:
    return datetime(2022, 6, 1, h, m, tzinfo=UTC)


SLOTS = [
    Slot(1, "Welcome and opening", "Auditorium", at(7), at(7, 30),
         speakers=("Amara Okonkwo-Reyes",)),
    Slot(2, "EMN roundtable: policy debate on Skills Mobility Partnerships", "Roundtable Room",
         at(7, 30), at(9), speakers=("Hélène Marchetti",)),
    Slot(3, "Parallel workshop", "Room B", at(7, 30), at(9)),
    Slot(4, "EPRS presentation on EU economic migration policy", "Auditorium", at(9, 30),
         at(10, 30), speakers=("Lukas Brandtner",)),
]  # fmt: skip


def photo(i: int, when: datetime | None, **kw: object) -> ItemFacts:
    return ItemFacts(i, kw.pop("kind", "photo"), when, **kw)  # type: ignore[arg-type]


def test_inside_a_slot() -> None:
    p = propose_one(photo(1, at(7, 10)), SLOTS)
    assert (p.reason, p.session_id) == (Reason.INSIDE, 1)
    assert "inside 'Welcome and opening'" in p.detail and p.actionable


def test_break_nearest_within_tolerance_or_none() -> None:
    p = propose_one(photo(1, at(9, 10)), SLOTS[:2] + SLOTS[3:])
    assert (p.reason, p.session_id) == (Reason.BREAK, 2)
    assert "10 min after the end of" in p.detail
    p = propose_one(photo(1, at(9, 22)), SLOTS[:2] + SLOTS[3:])
    assert (p.reason, p.session_id) == (Reason.BREAK, 4)
    assert "before the start" in p.detail
    p = propose_one(photo(1, at(12)), SLOTS)
    assert p.reason == Reason.NONE and p.session_id is None
    assert propose_one(photo(1, at(9, 10)), SLOTS[:2], timedelta(minutes=5)).reason == Reason.NONE


def test_parallel_sessions_need_a_choice() -> None:
    p = propose_one(photo(1, at(8)), SLOTS)
    assert p.reason == Reason.OVERLAP and p.session_id is None
    assert set(p.candidates) == {2, 3} and not p.actionable
    # A known room settles it.
    p = propose_one(photo(1, at(8), room="room b"), SLOTS)
    assert (p.reason, p.session_id) == (Reason.INSIDE, 3)


def test_manual_assignment_is_kept() -> None:
    p = propose_one(photo(1, at(7, 10), session_id=4, assignment="manual"), SLOTS)
    assert p.reason == Reason.MANUAL and p.session_id == 4 and not p.actionable


def test_no_time() -> None:
    p = propose_one(photo(1, None), SLOTS)
    assert p.reason == Reason.NO_TIME and not p.actionable


def test_video_by_overlap_with_the_slot() -> None:
    # 10 min in the opening, the rest while parallel sessions run elsewhere: the room decides.
    v = photo(1, at(7, 20), kind="video", duration_s=50 * 60, room="Auditorium")
    p = propose_one(v, SLOTS)
    assert (p.reason, p.session_id) == (Reason.INSIDE, 1)
    # Captured in the break before EPRS but mostly overlapping it.
    v = photo(2, at(9, 25), kind="video", duration_s=3600)
    p = propose_one(v, SLOTS)
    assert (p.reason, p.session_id) == (Reason.INSIDE, 4) and "overlaps" in p.detail
    # Overlapping the parallel sessions without a room: a choice.
    v = photo(3, at(7, 40), kind="video", duration_s=1800)
    assert propose_one(v, SLOTS).reason == Reason.OVERLAP


def test_decks_match_by_title_speaker_and_file_name() -> None:
    deck = photo(1, at(3), kind="slides", name="EMN_roundtable_Skills_Mobility_Partnerships.pptx")
    p = propose_one(deck, SLOTS)
    assert (p.reason, p.session_id) == (Reason.DECK, 2)
    eprs = photo(2, None, kind="document", name="briefing.pdf",
                 deck_text="EU économic migration policy Lukas Brandtner")  # fmt: skip
    p = propose_one(eprs, SLOTS)
    assert (p.reason, p.session_id) == (Reason.DECK, 4)
    other = photo(3, None, kind="document", name="invoice_2022.pdf")
    assert propose_one(other, SLOTS).reason == Reason.NO_MATCH
    name = "emn_roundtable_skills.pdf"
    assert deck_score("", name, SLOTS[1]) >= 0.45 > deck_score("", name, SLOTS[0])


def test_a_document_about_the_whole_event_is_not_put_in_the_session_that_repeats_its_name() -> None:
    event = "Skills Mobility Partnerships: from policy to practice"
    slots = [replace(slot, event_title=event) for slot in SLOTS]
    text = "Concept note: Skills Mobility Partnerships conference EMN team"
    note = photo(1, None, kind="document", name="SMP_concept_note.pdf", deck_text=text)
    assert propose_one(note, SLOTS).session_id == 2  # what the event's name alone matched
    p = propose_one(note, slots)
    assert (p.reason, p.session_id) == (Reason.NO_MATCH, None)
    text = "EMN roundtable: Skills Mobility Partnerships Hélène Marchetti"
    name = "EMN_roundtable_Skills_Mobility_Partnerships.pptx"
    deck = photo(2, None, kind="slides", name=name, deck_text=text)
    p = propose_one(deck, slots)
    assert (p.reason, p.session_id) == (Reason.DECK, 2)
    closing = replace(SLOTS[0], title="Skills Mobility Partnerships", event_title=event)
    assert deck_score("Skills Mobility Partnerships", "x.pdf", closing) == 1.0  # nothing else


def test_a_photo_dated_only_by_its_file_is_not_filed_automatically() -> None:
    """The file date of a photo without EXIF is often when it was copied: filing it into
    the session running at that moment would look right and be wrong."""
    inside = at(7, 10)
    assert propose_one(photo(1, inside, time_source="exif"), SLOTS).session_id == 1
    p = propose_one(photo(2, inside, time_source="mtime"), SLOTS)
    assert (p.reason, p.session_id, p.actionable) == (Reason.NO_TIME, None, False)
    assert "file's date" in p.detail
    many = propose([photo(3, inside, time_source="mtime", session_id=1)], SLOTS)
    assert many[0].reason == Reason.NO_TIME and not many[0].actionable  # kept where it is


def test_propose_many_matches_propose_one() -> None:
    items = [photo(i, at(7) + timedelta(minutes=7 * i)) for i in range(30)]
    many = propose(items, SLOTS)
    assert many == [propose_one(i, SLOTS) for i in items]


def test_every_explanation_has_a_code_and_values_an_interface_can_phrase() -> None:
    from smparchive.core.domain.assign import Why

    tol = timedelta(minutes=15)
    cases = {
        Why.INSIDE: photo(1, at(7, 10)),
        Why.BREAK: photo(2, at(9, 20)),
        Why.BREAK_NONE: photo(3, at(11)),
        Why.OUTSIDE_DAYS: photo(12, at(11) - timedelta(days=400)),
        Why.PARALLEL: photo(4, at(8)),
        Why.MANUAL: photo(5, at(8), assignment="manual", session_id=2),
        Why.NO_TIME: photo(6, None),
        Why.FILE_DATE: photo(7, at(7, 10), time_source="mtime"),
        Why.RECORDING: photo(8, at(9, 40), kind="video", duration_s=600.0),
        Why.RECORDING_PARALLEL: photo(9, at(8), kind="video", duration_s=600.0),
        Why.DECK: photo(10, None, kind="slides", name="EPRS_economic_migration_policy.pdf"),
        Why.DECK_NO_MATCH: photo(11, None, kind="document", name="budget_2023.xlsx"),
    }
    for code, item in cases.items():
        p = propose_one(item, SLOTS, tol)
        assert p.why == code, (code, p.detail)
    p = propose_one(cases[Why.RECORDING], SLOTS, tol)
    assert p.params == {"moment": at(9, 40), "session": 4, "minutes": 10, "share": 1.0}
    # a 2 s clip overlaps for '<1 min' (it said '0 min (100% of it)')
    clip = propose_one(photo(13, at(9, 40), kind="video", duration_s=2.0), SLOTS, tol)
    assert clip.why == Why.RECORDING and "for <1 min (100% of it)" in clip.detail
    p = propose_one(cases[Why.BREAK], SLOTS, tol)
    # the capture time too, as the rows inside a session give it
    assert p.params == {"moment": at(9, 20), "minutes": 10, "before": True, "session": 4}
    assert "10 min before the start of 'EPRS" in p.detail  # the CLI's English sentence
    assert p.detail.startswith("captured ")
    p = propose_one(cases[Why.RECORDING_PARALLEL], SLOTS, tol)
    assert p.params == {"moment": at(8), "count": 2}
    p = propose_one(cases[Why.BREAK_NONE], SLOTS, tol)
    assert p.params == {"moment": at(11), "tolerance_min": 15}
    p = propose_one(cases[Why.DECK], SLOTS, tol)
    assert p.params["session"] == 4 and p.params["score"] == p.score
    # a photo from another year is not "in a break" of this conference
    p = propose_one(cases[Why.OUTSIDE_DAYS], SLOTS, tol)
    assert p.params == {"moment": at(11) - timedelta(days=400)} and p.session_id is None
    assert "no session in the programme" in p.detail and "break" not in p.detail

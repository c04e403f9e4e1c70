"""A proposal's English explanation is written when it is read, not for every proposal: a
day's 65,000 proposals formatted their times, spans and titles while the Assign dialog
shows a screenful (phrased from ``why``) and a clock preview none. The texts and the
proposals stay what they were."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from smparchive.core.domain import assign
from smparchive.core.domain.assign import ItemFacts as F
from smparchive.core.domain.assign import Slot, propose, propose_one
from smparchive.core.media.info import TimeSource
from smparchive.core.progress import Cancelled, CancelToken, ProgressEvent


def at(h: int, m: int = 0) -> datetime:
    return datetime(2022, 6, 1, h, m, tzinfo=UTC)


EMN = "EMN roundtable: policy debate on Skills Mobility Partnerships"
EPRS = "EPRS presentation on EU economic migration policy"
SLOTS = [
    Slot(1, "Welcome and opening", "Auditorium", at(7), at(7, 30),
         speakers=("Amara Okonkwo-Reyes",)),
    Slot(2, EMN, "Roundtable Room", at(7, 30), at(9), speakers=("Hélène Marchetti",)),
    Slot(3, "Parallel workshop", "Room B", at(7, 30), at(9)),
    Slot(4, EPRS, "Auditorium", at(9, 30), at(10, 30), speakers=("Lukas Brandtner",)),
    Slot(5, "Lunch talk", "Room C", at(12), at(13)),
    Slot(6, "Lunch panel", "Room D", at(12), at(13)),
    Slot(7, "Workshop on EU migration data", "Room E", at(14), at(15)),
    Slot(8, "Workshop on EU migration data", "Room F", at(14), at(15)),
]  # fmt: skip
ITEMS = [
    F(1, "photo", at(7, 10)),
    F(2, "photo", at(8)),
    F(3, "photo", at(9, 10)),
    F(4, "photo", at(9, 22)),
    F(5, "photo", at(11, 30)),
    F(6, "photo", datetime(2021, 3, 1, 10, tzinfo=UTC)),
    F(7, "photo", at(13, 10)),
    F(8, "video", at(7, 20), 1800.0),
    F(9, "video", at(12, 10), 600.0),
    F(10, "video", at(10, 29), 2.0),
    F(11, "slides", None, name="EPRS presentation EU economic migration policy.pptx"),
    F(12, "slides", None, name="holiday.pdf"),
    F(13, "document", None, name="Workshop on EU migration data.pdf"),
    F(14, "photo", None),
    F(15, "photo", at(7, 10), assignment="manual", session_id=1),
    F(16, "photo", at(7, 10), time_source=TimeSource.FILE_MTIME),
    F(17, "photo", at(9, 10), room="Room B"),
    F(18, "video", at(10, 20), 1200.0),
]
# What the rules wrote for these before the explanations were written when read.
TEXTS = {
    1: "captured 2022-06-01 09:10:00 CEST, inside 'Welcome and opening' 09:00-09:30",
    2: f"parallel sessions at 2022-06-01 10:00:00 CEST: '{EMN}' (Roundtable Room); "
    "'Parallel workshop' (Room B)",
    3: "captured 2022-06-01 11:10:00 CEST, equally near to 2 parallel sessions",
    4: f"captured 2022-06-01 11:22:00 CEST, 8 min before the start of '{EPRS}' 11:30-12:30",
    5: "captured 2022-06-01 13:30:00 CEST, no session within 15 min",
    6: "captured 2021-03-01 11:00:00 CET, on a date with no session in the programme",
    7: "captured 2022-06-01 15:10:00 CEST, equally near to 2 parallel sessions",
    8: "recording from 2022-06-01 09:20:00 CEST overlaps 2 parallel sessions",
    9: "recording from 2022-06-01 14:10:00 CEST overlaps 2 parallel sessions",
    10: f"recording from 2022-06-01 12:29:00 CEST overlaps '{EPRS}' 11:30-12:30 for <1 min "
    "(100% of it)",
    11: f"deck matches '{EPRS}' by title/speakers/file name (score 1.00)",
    12: "no session matches the deck well enough (best 0.00)",
    13: "deck matches 2 sessions about equally",
    14: "no capture time",
    15: "assigned by hand; kept",
    16: "only the file's date is known (often when it was copied): assign by hand",
    17: "captured 2022-06-01 11:10:00 CEST, 10 min after the end of "
    "'Parallel workshop' 09:30-11:00",
    18: f"recording from 2022-06-01 12:20:00 CEST overlaps '{EPRS}' 11:30-12:30 for 10 min "
    "(50% of it)",
}
BXL = ZoneInfo("Europe/Brussels")


@pytest.fixture
def formatted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every time or span the rules format, as it is formatted."""
    calls: list[str] = []
    fmt, span = assign._fmt, assign._span

    def counted_fmt(moment: datetime, tz: Any) -> str:
        calls.append("time")
        return fmt(moment, tz)

    def counted_span(slot: Slot, tz: Any) -> str:
        calls.append("span")
        return span(slot, tz)

    monkeypatch.setattr(assign, "_fmt", counted_fmt)
    monkeypatch.setattr(assign, "_span", counted_span)
    return calls


def test_no_explanation_is_written_until_it_is_read(formatted: list[str]) -> None:
    proposals = propose(ITEMS * 50, SLOTS, tz=BXL)
    assert len(proposals) == 50 * len(ITEMS)
    assert formatted == []  # 900 proposals, not one time formatted for nobody
    one = proposals[0]
    assert one.detail == TEXTS[1]
    assert formatted == ["time", "span"]  # the one read


def test_the_explanations_read_as_before() -> None:
    got = {p.item_id: p.detail for p in propose(ITEMS, SLOTS, tz=BXL)}
    assert got == TEXTS
    lone = propose([F(1, "slides", None, name="deck.pdf")], [], tz=BXL)[0]
    assert lone.detail == "no session matches the deck well enough"


def test_proposals_compare_and_print_with_their_text() -> None:
    from smparchive.cli.output import to_jsonable

    many = propose(ITEMS, SLOTS, tz=BXL)
    alone = [propose_one(item, SLOTS, tz=BXL) for item in ITEMS]
    assert many == alone  # the same proposals, whichever way they were made
    other = propose([F(1, "photo", at(7, 10))], SLOTS, tz=ZoneInfo("UTC"))[0]
    assert other.session_id == many[0].session_id and other != many[0]  # its text differs
    assert f"detail={TEXTS[1]!r}" in repr(many[0])
    shown = to_jsonable(many[3])
    assert list(shown)[:5] == ["item_id", "session_id", "reason", "detail", "current_session_id"]
    assert shown["detail"] == TEXTS[4]


def test_a_long_run_stops_when_cancelled_and_says_how_far_it_is() -> None:
    token = CancelToken()
    seen: list[ProgressEvent] = []

    def progress(event: ProgressEvent) -> None:
        seen.append(event)
        if event.done >= 2 * assign.CHECK_EVERY:
            token.cancel()

    items = [F(i, "photo", at(7, 10)) for i in range(20 * assign.CHECK_EVERY)]
    with pytest.raises(Cancelled):
        propose(items, SLOTS, tz=BXL, cancel=token, progress=progress)
    # stopped at the next check, far from the 20,000 items asked about
    assert [e.done for e in seen] == [1000, 2000]

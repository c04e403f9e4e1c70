"""Whether an item may go out: its own consent, lowered by a session not for publication (or
not to be recorded, for recordings) and by the restricted people it shows.

One rule for every reader: the export's preflight (``Catalog.effective_consent``), the item
records every view paints (``ItemRecord.effective_consent``) and the search's ``consent:``.
Pure: rows in, codes out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from smparchive.core.vocab import Consent, Kind

# How restrictive each consent is: the effective consent is the highest of its sources.
CONSENT_RANK: dict[str, int] = {
    Consent.CLEARED: 0,
    Consent.UNKNOWN: 1,
    Consent.INTERNAL_ONLY: 2,
    Consent.DO_NOT_PUBLISH: 3,
}
# A session's reason as an English sentence, composed with the title it is shown with: the
# programme's own here, the English one where the command line says it (``Preflight.details``)
SESSION_REASONS: dict[str, str] = {
    "session:do_not_publish": "session '{title}' is not for publication",
    "session:do_not_record": "session '{title}' was not to be recorded",
}
RECORDINGS = frozenset({Kind.VIDEO, Kind.AUDIO})  # what a do-not-record session holds back

# (reason code, subject): ('session:do_not_publish', its title), ('person:internal_only', name)
Restrictions = tuple[tuple[str, str], ...]
# (name, day) of each person shown who withdrew their consent: a reason names the day
Withdrawals = tuple[tuple[str, date], ...]
# a restricted person shown: (name, restriction, the day they withdrew consent or None)
RestrictedPerson = tuple[str, str, date | None]


@dataclass(frozen=True, slots=True)
class SessionFlags:
    """A session's title and its two flags (only sessions with one of them set matter)."""

    title: str
    do_not_publish: bool
    do_not_record: bool


@dataclass(frozen=True, slots=True)
class EffectiveConsent:
    """An item's consent once its session and the people shown are taken into account."""

    item_id: int
    own: str  # the item's own consent field
    status: str  # the most restrictive of own, session and people
    reasons: tuple[str, ...]  # codes such as 'session:do_not_publish', 'person:internal_only'
    details: tuple[str, ...]  # one readable (English) phrase per reason
    # per reason, what it is about: the session's title or the person's name ('' for the
    # item's own consent); with the codes, an interface can phrase the reasons in its language
    subjects: tuple[str, ...]

    @property
    def publishable(self) -> bool:
        """Cleared for a public audience."""
        return self.status == Consent.CLEARED


def restrictions(
    kind: str, session: SessionFlags | None, people: Iterable[tuple[str, str]]
) -> Restrictions:
    """What holds an item of ``kind`` back besides its own consent: its ``session``'s flags,
    then each restricted person it shows (``people``: (name, restriction), by name)."""
    out: list[tuple[str, str]] = []
    if session is not None and session.do_not_publish:
        out.append(("session:do_not_publish", session.title))
    if session is not None and session.do_not_record and kind in RECORDINGS:
        out.append(("session:do_not_record", session.title))
    out.extend((f"person:{level}", name) for name, level in sorted(people) if level in CONSENT_RANK)
    return tuple(out)


def withdrawals(people: Iterable[RestrictedPerson]) -> Withdrawals:
    """The people of ``people`` who withdrew their consent, with the day, by name."""
    return tuple(sorted((name, on) for name, _level, on in people if on is not None))


def level_of(code: str) -> str:
    """The consent a restriction's code imposes: a session's flag forbids publication."""
    scope, _, level = code.partition(":")
    return Consent.DO_NOT_PUBLISH if scope == "session" else level


def effective_status(own: str | None, held: Restrictions) -> str:
    """The most restrictive of the item's own consent and its restrictions."""
    status = own if own in CONSENT_RANK else Consent.UNKNOWN
    for code, _subject in held:
        level = level_of(code)
        if CONSENT_RANK.get(level, -1) > CONSENT_RANK[status]:
            status = level
    return status

"""The consent gate: which entries may go out to a given audience, and why not."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from smparchive.core.export.alttext import alt_text_for, is_draft
from smparchive.core.export.model import ConsentStatus, ExportEntry, Kind
from smparchive.core.export.presets import Audience, ConsentOverride, ExportSettings

__all__ = ["ConsentDecision", "HoldReason", "alt_text_reasons", "evaluate_consent", "hold_reasons"]


class HoldReason(StrEnum):
    """Stable reason codes (for history and translation)."""

    DO_NOT_PUBLISH = "consent:do_not_publish"
    INTERNAL_ONLY = "consent:internal_only"
    UNKNOWN = "consent:unknown"
    SESSION_DO_NOT_PUBLISH = "session:do_not_publish"
    SESSION_DO_NOT_RECORD = "session:do_not_record"
    # publication presets (a platform's post kit): a photo needs a finished alt text
    ALT_TEXT_MISSING = "alt:missing"
    ALT_TEXT_DRAFT = "alt:draft"
    # culled: the photographer or editor flagged it Rejected (X)
    REJECTED = "flag:rejected"

    @property
    def text(self) -> str:
        """A short English phrase for reports."""
        return _TEXT[self]


_TEXT = {
    HoldReason.DO_NOT_PUBLISH: "marked do-not-publish",
    HoldReason.INTERNAL_ONLY: "cleared for internal use only",
    HoldReason.UNKNOWN: "consent unknown",
    HoldReason.SESSION_DO_NOT_PUBLISH: "from a session marked do-not-publish",
    HoldReason.SESSION_DO_NOT_RECORD: "from a session marked do-not-record",
    HoldReason.ALT_TEXT_MISSING: "no alt text (needed to publish on a platform)",
    HoldReason.ALT_TEXT_DRAFT: "alt text is still a draft (edit it, then remove the marker)",
    HoldReason.REJECTED: "flagged Rejected",
}


def alt_text_reasons(entry: ExportEntry, language: str) -> tuple[HoldReason, ...]:
    """Why a photo may not go into a platform's post yet: no alt text, or only a draft."""
    if entry.kind is not Kind.PHOTO:
        return ()
    text = alt_text_for(entry.alt_text, language)
    if not text.strip():
        return (HoldReason.ALT_TEXT_MISSING,)
    return (HoldReason.ALT_TEXT_DRAFT,) if is_draft(text) else ()


def hold_reasons(
    entry: ExportEntry, audience: Audience, hold_unknown: bool = True
) -> tuple[HoldReason, ...]:
    """Why ``entry`` may not go to ``audience`` (empty: it may)."""
    if audience is Audience.ARCHIVE:
        return ()
    reasons = []
    if entry.consent is ConsentStatus.DO_NOT_PUBLISH:
        reasons.append(HoldReason.DO_NOT_PUBLISH)
    if entry.consent is ConsentStatus.INTERNAL_ONLY and audience is Audience.PUBLIC:
        reasons.append(HoldReason.INTERNAL_ONLY)
    if entry.consent is ConsentStatus.UNKNOWN and hold_unknown:
        reasons.append(HoldReason.UNKNOWN)
    if entry.session_do_not_publish:
        reasons.append(HoldReason.SESSION_DO_NOT_PUBLISH)
    if entry.session_do_not_record:
        reasons.append(HoldReason.SESSION_DO_NOT_RECORD)
    if entry.rejected:  # a session or search exported whole keeps its culled photos out
        reasons.append(HoldReason.REJECTED)
    return tuple(reasons)


@dataclass(frozen=True, slots=True)
class ConsentDecision:
    """The gate's verdict on one entry."""

    item_id: str
    reasons: tuple[HoldReason, ...]
    override: ConsentOverride | None = None

    @property
    def held(self) -> bool:
        return bool(self.reasons) and self.override is None

    def describe(self) -> str:
        text = ", ".join(r.text for r in self.reasons)
        if self.override is not None:
            text += f" (published anyway: {self.override.decided_by}: {self.override.reason})"
        return text


def evaluate_consent(
    entries: Iterable[ExportEntry], settings: ExportSettings
) -> list[ConsentDecision]:
    """One decision per entry whose consent is not clear for this export's audience, or
    (for a platform's preset) a photo without a finished alt text.

    An override applies only to the items it names; naming an item that is not held back
    has no effect (and is not recorded).
    """
    by_item: dict[str, ConsentOverride] = {}
    for override in settings.overrides:
        for item_id in override.item_ids:
            by_item.setdefault(item_id, override)
    decisions = []
    for entry in entries:
        reasons = hold_reasons(entry, settings.audience, settings.hold_unknown_consent)
        if settings.preset.for_publication:
            reasons += alt_text_reasons(entry, settings.language)
        if reasons:
            decisions.append(ConsentDecision(entry.item_id, reasons, by_item.get(entry.item_id)))
    return decisions

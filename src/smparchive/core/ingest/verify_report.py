"""The report of a fixity check (``fixity.verify``), apart from the scan's reports
(``report.py``): a rescan's quick look imports those and never creates these."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class VerifyEntry:
    item_id: int
    path: str
    state: str  # ok | changed | modified | missing | unreadable | not checked
    detail: str = ""


@dataclass(slots=True)
class VerifyReport:
    """Fixity check: files whose bytes differ from the catalogue, or that are gone."""

    checked: int = 0
    ok: int = 0
    bytes_checked: int = 0
    failures: list[VerifyEntry] = field(default_factory=list)
    skipped_offline: int = 0
    not_checked: list[VerifyEntry] = field(default_factory=list)  # present, but no hash to compare
    cancelled: bool = False
    seconds: float = 0.0

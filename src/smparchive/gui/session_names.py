"""Recording segments cut from the programme, named in the interface's language.

A segment cut from a session keeps the programme's own title of that session (the data the
exports write); the app shows it as it shows the session itself, in the interface's
language ("Table ronde du REM" in French). A title typed by hand is shown as typed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from smparchive.gui.i18n import interface_language

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog
    from smparchive.core.catalog.records import SegmentRecord
    from smparchive.core.organise.segments import ProposedCut

Named = TypeVar("Named", "SegmentRecord", "ProposedCut")


def titles_shown(catalog: Catalog, session_ids: Iterable[int | None]) -> dict[int, tuple[str, str]]:
    """Each session's (programme title, title in the interface's language) (worker)."""
    wanted = {sid for sid in session_ids if sid is not None}
    if not wanted:
        return {}
    shown_in = interface_language()
    return {
        s.id: (s.title, s.title_in(shown_in))
        for s in catalog.sessions(counts=False)
        if s.id in wanted
    }


def shown(catalog: Catalog, named: Sequence[Named]) -> list[Named]:
    """``named`` (segments or proposed cuts) with a title that is still its session's
    programme title in the interface's language (worker thread)."""
    titles = titles_shown(catalog, (n.session_id for n in named))
    out: list[Named] = []
    for n in named:
        own, local = titles.get(n.session_id or -1, (None, None))
        out.append(replace(n, title=local) if local is not None and n.title == own else n)
    return out

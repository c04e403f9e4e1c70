"""Caption files a user adds to a recording segment ("a WebVTT file the user adds is
published with the clip"): checked, copied into the catalogue (undoable), re-timed for the
clip at export (media.webvtt.clip_webvtt). The user's file is only read."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from smparchive.core.catalog.errors import CatalogError
from smparchive.core.catalog.records import CaptionTrack
from smparchive.core.media.webvtt import (
    TIMINGS,
    guess_language,
    read_webvtt,
    valid_language,
)
from smparchive.core.messages import problem

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog
    from smparchive.core.catalog.undo import OpResult

__all__ = ["attach_captions", "read_captions", "remove_captions"]


def read_captions(path: Path | str, language: str = "", timing: str = "segment") -> CaptionTrack:
    """A caption track from a WebVTT file (CaptionsError when it is not one; the file is
    only read). ``language`` empty: from the file's name ('talk.fr.vtt'), else English."""
    if timing not in TIMINGS:
        raise CatalogError(problem("captions.timing"))
    lang = language.strip() or guess_language(path)
    if not valid_language(lang):
        raise CatalogError(problem("captions.bad_language", language=lang))
    vtt = read_webvtt(path)
    return CaptionTrack(
        language=lang, name=Path(path).name, timing=timing, text=vtt.text, cues=vtt.cues
    )


def attach_captions(catalog: Catalog, segment_id: int, track: CaptionTrack) -> OpResult[None]:
    """Add ``track`` to the segment (replacing its captions in the same language): one
    undoable step."""
    seg = catalog.segment(segment_id)
    kept = [t for t in seg.captions if t.language.lower() != track.language.lower()]
    return catalog.edit_segment(segment_id, captions=[*kept, track])


def remove_captions(
    catalog: Catalog, segment_id: int, language: str | None = None
) -> OpResult[None]:
    """Remove the segment's captions in ``language`` (None: all of them)."""
    seg = catalog.segment(segment_id)
    if language is None:
        kept = []
    else:
        kept = [t for t in seg.captions if t.language.lower() != language.lower()]
        if len(kept) == len(seg.captions):
            raise CatalogError(problem("captions.none_in", value=segment_id, language=language))
    return catalog.edit_segment(segment_id, captions=kept)

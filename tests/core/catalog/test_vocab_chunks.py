"""The shared vocabulary keeps the stored values; id lists are split under the limit."""

from __future__ import annotations

import pytest

from smparchive.core.catalog.chunks import ID_CHUNK, MAX_BOUND_PARAMS, chunked
from smparchive.core.catalog.ops_metadata import COLOR_LABELS, CONSENT_VALUES
from smparchive.core.vocab import ColourLabel, Consent, Flag, ItemStatus, Kind, TimeSource


def test_stored_values_are_unchanged() -> None:
    # Values already in users' catalogues: renaming one needs a migration, not an edit.
    assert CONSENT_VALUES == ("cleared", "internal_only", "do_not_publish", "unknown")
    assert COLOR_LABELS == ("red", "yellow", "green", "blue", "purple")
    assert [s.value for s in ItemStatus] == ["ok", "warning", "error", "missing", "offline"]
    assert [k.value for k in Kind] == ["photo", "video", "audio", "slides", "document", "other"]
    assert TimeSource.FILE_MTIME == "mtime" and Consent.UNKNOWN == "unknown"
    assert ColourLabel("red") is ColourLabel.RED


def test_flag_names() -> None:
    assert [Flag.parse(n) for n in ("pick", "Reject", "none", "unflag")] == [1, -1, 0, 0]
    assert Flag(-1).label == "reject"
    with pytest.raises(ValueError, match="unknown flag"):
        Flag.parse("maybe")


def test_chunked_stays_under_the_parameter_limit() -> None:
    ids = list(range(2 * ID_CHUNK + 5))
    parts = list(chunked(ids))
    assert [len(p) for p in parts] == [ID_CHUNK, ID_CHUNK, 5]
    assert [i for p in parts for i in p] == ids
    assert ID_CHUNK < MAX_BOUND_PARAMS
    assert list(chunked([])) == []
    with pytest.raises(ValueError):
        list(chunked(ids, 0))

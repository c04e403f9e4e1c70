"""How a clip is cut where its start falls between keyframes (see ``media.clips``).

Its own module so the vocabulary can name it without importing PyAV."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["CutMode"]


class CutMode(StrEnum):
    """How a clip is cut where its start is not on a keyframe."""

    SMART = "smart"  # re-encode the pictures from the cut to the next keyframe, copy the rest
    PRECISE = "precise"  # re-encode the whole clip (exact, costs a full encode)
    KEYFRAME = "keyframe"  # copy only: start on the keyframe at or before the cut

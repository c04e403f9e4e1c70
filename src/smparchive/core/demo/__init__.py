"""A deterministic sample archive of the SMP conference (Brussels, 1-2 June 2022).

``generate_demo(target)`` writes photos from two cameras (one with a clock an hour late),
session recordings, slide decks (PPTX and PDF), a concept note and the programme, and
returns a :class:`DemoManifest` holding the ground truth (true capture moments, sessions).
"""

from smparchive.core.demo.generator import DemoError, generate_demo
from smparchive.core.demo.manifest import (
    MARKER,
    DemoCamera,
    DemoDocument,
    DemoManifest,
    DemoPhoto,
    DemoRecording,
)

__all__ = [
    "MARKER",
    "DemoCamera",
    "DemoDocument",
    "DemoError",
    "DemoManifest",
    "DemoPhoto",
    "DemoRecording",
    "generate_demo",
]

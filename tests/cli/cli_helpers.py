"""Shared by the CLI tests: run a command on a catalogue, make a noisy test JPEG."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from PIL import Image

from smparchive.cli.main import main


def run(capsys: Any, cat: Path, *args: str) -> tuple[int, str, str]:
    """``smparchive --catalogue CAT ARGS``: (exit code, stdout, stderr)."""
    capsys.readouterr()
    code = main(["--catalogue", str(cat), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def jpeg(seed: int, size: tuple[int, int] = (900, 600)) -> bytes:
    """A noisy JPEG (hard to compress, so sizes and file limits mean something)."""
    im = Image.effect_noise(size, 30 + seed).convert("RGB")
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=90)
    return buf.getvalue()

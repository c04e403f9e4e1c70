"""Fixtures for export tests."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

# The suite runs with --import-mode=importlib: make the sibling helper module importable.
sys.path.insert(0, str(Path(__file__).parent))

from export_helpers import CEST, entry_for, jpeg_bytes

from smparchive.core.export import ExportEntry


@pytest.fixture
def photo_set(tmp_path: Path) -> Callable[..., list[ExportEntry]]:
    """Write ``n`` JPEGs under tmp_path/src and return entries for them."""

    def make(n: int = 3, **kw: Any) -> list[ExportEntry]:
        src = tmp_path / "src"
        src.mkdir(exist_ok=True)
        entries = []
        for i in range(n):
            path = src / f"IMG_{i:04d}.JPG"
            path.write_bytes(jpeg_bytes(seed=i))
            capture = datetime(2024, 5, 14, 10, 15 + i, tzinfo=CEST)
            entries.append(entry_for(path, f"p{i}", capture=capture, **kw))
        return entries

    return make


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    path = tmp_path / "out"
    path.mkdir()
    return path

"""cache info|trim in-process: sizes per kind, trimming to a limit, size parsing."""

from __future__ import annotations

import argparse
import json
from typing import Any

import pytest

from smparchive.cli.commands.cache import parse_size
from smparchive.cli.main import main
from smparchive.core.thumbcache import EMBEDDED, PREVIEW, THUMB


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_parse_size() -> None:
    assert parse_size("500M") == 500 * 1024**2
    assert parse_size("2G") == 2 * 1024**3
    assert parse_size("1.5gb") == int(1.5 * 1024**3)
    assert parse_size("4096") == 4096
    assert parse_size("0") == 0
    with pytest.raises(argparse.ArgumentTypeError):
        parse_size("lots")


def test_info_and_trim(capsys: pytest.CaptureFixture[str], catalog: Any, catalog_path) -> None:
    cache = catalog.thumbnails
    for n in range(3):
        cache.put(f"{n:064x}", PREVIEW, b"p" * 4000)
        cache.put(f"{n:064x}", THUMB, b"t" * 1000)
    cache.put(f"{9:064x}", EMBEDDED, b"e" * 500)
    cat = str(catalog_path)

    code, out, _ = run(capsys, "-c", cat, "cache", "info", "--json")
    info = json.loads(out)
    assert code == 0 and info["total_bytes"] == 15_500
    assert info["files"] == {"preview": 3, "thumbnail": 3, "embedded": 1}
    assert info["location"] == str(cache.root)
    code, out, _ = run(capsys, "cache", "info", "-c", cat)
    assert code == 0 and "preview: 3 files" in out and "Location:" in out

    code, out, _ = run(capsys, "-c", cat, "cache", "trim", "--limit", "4K", "--json")
    rep = json.loads(out)
    assert code == 0 and rep["deleted"] == {"preview": 3}
    assert rep["bytes_freed"] == 12_000 and rep["bytes_after"] == 3_500 and rep["under_limit"]
    code, out, _ = run(capsys, "-c", cat, "cache", "trim", "--limit", "1K")
    assert code == 0 and "Freed" in out and "thumbnail" in out
    assert cache.size_bytes() <= 1024


def test_trim_rejects_a_bad_size(capsys: pytest.CaptureFixture[str], catalog_path) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["-c", str(catalog_path), "cache", "trim", "--limit", "big"])
    assert exc.value.code == 2

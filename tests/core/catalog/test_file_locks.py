"""Checking a catalogue this process has open never drops SQLite's locks on it.

SQLite's locks are POSIX locks: closing any descriptor of the file in a process drops all of
that process's locks on it. Another program (the command line) then believed it was the last
user and deleted the -wal file the app was still writing to: the app's later changes were
invisible to everyone else and lost when it closed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from smparchive.core.catalog.schema import integrity_problems

_OTHER_PROGRAM = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
names = [r[0] for r in conn.execute("SELECT name FROM collections ORDER BY name")]
conn.close()
print(",".join(names))
"""


def _other_program_reads(path: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", _OTHER_PROGRAM, str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return done.stdout.strip()


def test_an_integrity_check_while_open_keeps_the_changes_visible_to_other_programs(
    catalog: Any, catalog_path: Path
) -> None:
    catalog.create_collection("Before")
    assert integrity_problems(catalog_path) == []  # what the app runs after opening
    assert _other_program_reads(catalog_path) == "Before"
    assert Path(f"{catalog_path}-wal").exists()  # the other program left it in place

    catalog.create_collection("After")
    assert _other_program_reads(catalog_path) == "After,Before"


def test_opening_the_same_catalogue_twice_keeps_the_first_ones_changes_visible(
    catalog: Any, catalog_path: Path
) -> None:
    from smparchive.core.catalog.catalog import open_catalog

    second = open_catalog(catalog_path)  # checks the file's header before connecting
    try:
        _other_program_reads(catalog_path)
        catalog.create_collection("Seen")
        assert _other_program_reads(catalog_path) == "Seen"
    finally:
        second.close()

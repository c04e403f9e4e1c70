"""The CLI's log and undo name a camera and a field as people do: the log said 'Correct
clock of FUJIFILM|X-T4|C9012 by +1h' (the camera's key) and 'Set in point s'."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from smparchive.cli.main import main


def run(capsys, cat: Path | str, *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--catalogue", str(cat), *args])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_log_and_undo_name_the_camera_and_the_fields(tmp_path, capsys) -> None:
    from tests.conftest import insert_items

    from smparchive.core.catalog.catalog import open_catalog

    cat = tmp_path / "c.smpcat"
    c = open_catalog(cat, create=True)
    fuji = {"camera_make": "FUJIFILM", "camera_model": "X-T4", "camera_serial": "C9012"}
    _photo, video = insert_items(
        c,
        tmp_path / "media",
        [
            {"name": "a.jpg", "capture_utc": datetime(2022, 6, 1, 8, tzinfo=UTC), **fuji},
            {"name": "talk.mp4", "kind": "video", "duration_s": 60.0},
        ],
    )
    c.set_clock_offset("FUJIFILM|X-T4|C9012", 3600)
    c.set_fields([video], in_point_s=7.15, out_point_s=9.9)
    c.close()
    code, out = run(capsys, cat, "log")
    assert code == 0
    assert "Correct clock of FUJIFILM X-T4 (C9012) by +1 h" in out and "FUJIFILM|" not in out
    assert "Set in point, out point" in out and "point s" not in out
    code, out = run(capsys, cat, "undo")
    assert code == 0 and "Undone: Set in point, out point" in out
    code, out = run(capsys, cat, "undo")
    assert "Undone: Correct clock of FUJIFILM X-T4 (C9012) by +1 h" in out
    code, out = run(capsys, cat, "redo")
    code, out = run(capsys, cat, "log")
    lines = out.splitlines()
    # each change said once, as the Edit menu says it (it read "undo  Undo Set in point")
    assert "Redo Correct clock of FUJIFILM X-T4 (C9012) by +1 h" in lines[1]
    assert "Undo Correct clock of FUJIFILM X-T4 (C9012) by +1 h" in lines[2]
    assert "Undo Set in point, out point" in lines[3]
    assert not any(word in out.lower() for word in ("undo  undo", "redo  redo", "undo undo"))


def test_labels_written_by_earlier_versions_read_as_todays() -> None:
    from smparchive.core.catalog.labels import readable

    assert readable("Correct clock of FUJIFILM|X-T4|C9012 by +1h") == (
        "Correct clock of FUJIFILM X-T4 (C9012) by +1h"
    )
    assert readable("Undo Set in point s, out point s") == "Undo Set in point, out point"
    assert readable("Set color label") == "Set label"
    assert readable("Set focus x, focus y") == "Set focus point"
    assert readable("Set caption (fr)") == "Set caption (fr)"
    # keywords quoted, as the app quotes them ("Tag “Panel”"; it read "Tag Panel")
    assert readable("Tag Panel") == "Tag “Panel”"
    assert readable("Tag Panel, People|Ana") == "Tag “Panel”, “People|Ana”"
    assert readable("Tag “Panel”") == "Tag “Panel”"


def test_a_scan_in_the_log_says_what_it_found_not_every_zero(tmp_path, capsys) -> None:
    from PIL import Image

    media = tmp_path / "card"
    media.mkdir()
    Image.new("RGB", (64, 48), "teal").save(media / "a.jpg")
    cat = tmp_path / "c.smpcat"
    assert run(capsys, cat, "init")[0] == 0
    code, out = run(capsys, cat, "scan", str(media))
    assert code == 0, out
    code, out = run(capsys, cat, "log")
    (row,) = [line for line in out.splitlines() if "Scan " in line]
    assert "scan  Scan" not in row and "files=1" in row and "new=1" in row
    assert "=0" not in row  # it read "errors=0, cancelled=0, missing=0, ..."


def test_the_log_names_a_change_as_its_undo_step_with_the_value_it_replaced(
    engine_location, tmp_path, capsys
) -> None:
    """The log said 'Set rating' and 'rating=4' where the app's undo step says 'Rate 4';
    a team catalogue's audit log (PostgreSQL) reads the same."""
    from tests.conftest import insert_items

    from smparchive.core.catalog.catalog import open_catalog

    cat = engine_location
    c = open_catalog(cat, create=True)
    (photo,) = insert_items(c, tmp_path / "media", [{"name": "a.jpg"}])
    c.set_fields([photo], rating=4)
    c.set_fields([photo], flag=-1)
    c.close()
    code, out = run(capsys, cat, "log", "--item", str(photo))
    assert code == 0
    lines = out.splitlines()
    assert "Reject (was unflagged)" in lines[1]
    assert "Rate 4 (was 0)" in lines[2]
    code, out = run(capsys, cat, "undo")
    assert code == 0 and out == "Undone: Reject\n"  # as the log and the app name it
    code, out = run(capsys, cat, "log")
    assert "Undo Reject" in out.splitlines()[1]
    code, out = run(capsys, cat, "redo")
    assert code == 0 and out == "Redone: Reject\n"


def test_a_replaced_caption_reads_from_its_start_in_the_log(tmp_path, capsys) -> None:
    """The log cut the change in its middle: 'Set caption (EN) to “Question…es compare
    their evaluations.)' read as if the old caption had been set. The old text is quoted
    and cut as the new one is, and the change column keeps its start."""
    from tests.conftest import insert_items

    from smparchive.core.catalog.catalog import open_catalog

    cat = tmp_path / "c.smpcat"
    c = open_catalog(cat, create=True)
    (photo,) = insert_items(c, tmp_path / "media", [{"name": "a.jpg"}])
    old = "Questions from the floor: employers and training partners compare their evaluations."
    c.set_text([photo], "caption", "en", old)
    c.set_text(
        [photo], "caption", "en", "Question time at the EMN roundtable, moderated by Sophie."
    )
    c.close()
    code, out = run(capsys, cat, "log", "--item", str(photo))
    assert code == 0
    newest = out.splitlines()[1]
    change = newest.split("  root  ")[1].split("caption.en=")[0]
    assert change.startswith("Set caption (EN) to “Question time at the EMN roundtable, m")
    assert "evaluations" not in change, change  # no end of another text
    from smparchive.core.catalog.labels import was

    assert was("Set caption (EN) to “Question time…”", "caption.en", old) == (
        "Set caption (EN) to “Question time…” (was “Questions from the floor: employers and…”)"
    )


def test_a_texts_first_set_says_it_was_empty_as_later_ones_say_what_it_was(
    tmp_path, capsys
) -> None:
    """'Set caption (FR) to “Un”' said nothing of the caption it replaced while the next
    said '(was “Un”)': the first now reads '(was empty)', as the app's '(empty) → “Un”'."""
    from tests.conftest import insert_items

    from smparchive.core.catalog.catalog import open_catalog

    cat = tmp_path / "c.smpcat"
    c = open_catalog(cat, create=True)
    (photo,) = insert_items(c, tmp_path / "media", [{"name": "a.jpg"}])
    for word in ("Un", "Deux"):
        c.set_text([photo], "caption", "fr", word)
        c.set_text([photo], "alt", "fr", f"Texte {word}")
    c.close()
    code, out = run(capsys, cat, "log", "--item", str(photo))
    assert code == 0
    changes = [line.split("  root  ")[1].split("  ")[0] for line in out.splitlines()[1:5]]
    assert changes == [
        "Set alt text (FR) to “Texte Deux” (was “Texte Un”)",
        "Set caption (FR) to “Deux” (was “Un”)",
        "Set alt text (FR) to “Texte Un” (was empty)",
        "Set caption (FR) to “Un” (was empty)",
    ]


def test_a_cut_is_named_in_the_log_as_the_app_names_it() -> None:
    """The log said 'Cut recording into segments' where the app's step says 'Cut into
    sessions': one name, for the changes made before too."""
    from smparchive.core.catalog.labels import readable, step_name

    assert readable("Cut recording into segments") == "Cut into sessions"
    assert step_name("Cut recording into segments", {}) == "Cut into sessions"


def test_the_cli_names_fields_as_the_app_does_in_new_and_old_logs(tmp_path, capsys) -> None:
    """The app says Label, Credit and Alt text; the CLI said 'colour label', 'credit line'
    and 'alt (fr)' in its log, show and conflict sentences. Labels an earlier version
    stored stay as stored and read in today's words."""
    import sqlite3

    from tests.conftest import insert_items

    from smparchive.core.catalog.catalog import open_catalog

    cat = tmp_path / "c.smpcat"
    c = open_catalog(cat, create=True)
    (a,) = insert_items(c, tmp_path / "media", [{"name": "a.jpg"}])
    c.set_fields([a], color_label="red", credit_line="Photo: Ann")
    c.set_text([a], "alt", "fr", "Une scène")
    c.set_fields([a], color_label="blue")
    c.close()
    with sqlite3.connect(cat) as db:  # as an earlier version wrote the first two
        db.execute("UPDATE audit_log SET label = 'Set colour label, credit line' WHERE id = 1")
        db.execute("UPDATE audit_log SET label = 'Set alt (fr)' WHERE id = 2")
        assert db.execute("SELECT label FROM audit_log WHERE id = 1").fetchone() == (
            "Set colour label, credit line",
        )
    code, out = run(capsys, cat, "log")
    assert code == 0
    assert "Set label, credit " in out and "label=red, credit=Photo: Ann" in out
    assert "Set alt text (FR) to “Une scène”" in out and "alt text (fr)=Une scène" in out
    assert "Label blue (was red)" in out
    assert not any(w in out for w in ("colour", "credit line", "alt (", "color_label"))
    code, out = run(capsys, cat, "show", str(a))
    assert "  label " in out and "  credit " in out and "  alt text (fr) " in out
    assert not any(w in out for w in ("color_label", "credit_line", "alt_texts"))
    code, out = run(capsys, cat, "set", str(a), "--color", "green", "--expect", "label=red")
    assert code == 1 and "the label of item" in out and "colour" not in out
    code, out = run(capsys, cat, "set", str(a), "--alt", "B", "--lang", "fr", "--expect", "alt=x")
    assert code == 1 and "the alt text (fr) of item" in out
    with sqlite3.connect(cat) as db:  # the stored labels as they were
        labels = [r[0] for r in db.execute("SELECT label FROM audit_log ORDER BY id")]
    assert labels[:2] == ["Set colour label, credit line", "Set alt (fr)"]


def test_a_correction_set_to_zero_says_it_was_removed(tmp_path, capsys) -> None:
    """`clock KEY --set 0` said 'Correct clock of … by +0 s'; the command, the log and undo
    now say the correction was removed, as the app's History and Edit menu do."""
    from tests.conftest import insert_items

    from smparchive.core.catalog.catalog import open_catalog

    cat = tmp_path / "c.smpcat"
    c = open_catalog(cat, create=True)
    fuji = {"camera_make": "FUJIFILM", "camera_model": "X-T4", "camera_serial": "C9012"}
    capture = datetime(2022, 6, 1, 8, tzinfo=UTC)
    insert_items(c, tmp_path / "media", [{"name": "a.jpg", "capture_utc": capture, **fuji}])
    c.set_clock_offset("FUJIFILM|X-T4|C9012", 3600)
    c.close()
    code, out = run(capsys, cat, "clock", "X-T4", "--set", "0")
    assert code == 0
    assert "Remove clock correction of FUJIFILM X-T4 (C9012)" in out
    assert "+0 s" not in out
    code, out = run(capsys, cat, "log")
    assert "Remove clock correction of FUJIFILM X-T4 (C9012)" in out and "+0 s" not in out
    code, out = run(capsys, cat, "undo")
    assert "Undone: Remove clock correction of FUJIFILM X-T4 (C9012)" in out


def test_show_names_every_field_in_words_not_column_names(tmp_path, capsys) -> None:
    """`show ITEM` printed the stored column names ('rel_path', 'page_count', 'mtime_ns'
    with its nanoseconds, 'thumb_state'): each line now names its field in words and the
    file's time reads as a time."""
    import re

    from tests.conftest import insert_items

    from smparchive.core.catalog.catalog import open_catalog

    cat = tmp_path / "c.smpcat"
    c = open_catalog(cat, create=True)
    (deck,) = insert_items(
        c, tmp_path / "media", [{"name": "notes.pdf", "kind": "document", "page_count": 12}]
    )
    c.close()
    code, out = run(capsys, cat, "show", str(deck))
    assert code == 0
    names = [line[2:22].strip() for line in out.splitlines() if line.startswith("  ")]
    assert names and [n for n in names if "_" in n] == []  # no column's name
    assert re.search(r"\n  path in folder +notes\.pdf\n", out)
    assert re.search(r"\n  pages +12\n", out)
    assert re.search(r"\n  file modified +\d{4}-\d\d-\d\d \d\d:\d\d:\d\d ", out)
    assert re.search(r"\n  first seen +\d{4}-", out)

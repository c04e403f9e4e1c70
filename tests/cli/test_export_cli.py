"""CLI: export a session, items and a search; dry run; overrides; history; exit codes."""

from __future__ import annotations

import json
import re
import shutil
from collections import namedtuple
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import bagit
import pytest
from cli_helpers import jpeg, run
from PIL import Image

Usage = namedtuple("Usage", "total used free")


@pytest.fixture
def cli_catalog(tmp_path: Path) -> dict[str, Any]:
    """Three ingested photos: two in 'Open panel', one in 'Closed meeting' (do not publish)."""
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.ingest import ScanOptions, scan

    media = tmp_path / "media"
    media.mkdir()
    for i in range(3):
        (media / f"P{i}.jpg").write_bytes(jpeg(i))
    path = tmp_path / "c.smpcat"
    cat = open_catalog(path, create=True)
    try:
        scan(cat, [cat.add_root(media).value], options=ScanOptions(workers=0))
        ids = sorted(cat.query_ids(), key=lambda i: cat.item(i).name)
        cat.create_event("Test Conference", acronym="TC", time_zone="Europe/Brussels")
        start = datetime(2022, 6, 1, 8, 0, tzinfo=UTC)
        panel = cat.add_session("Open panel", start, start.replace(hour=9)).value
        closed = cat.add_session(
            "Closed meeting", start.replace(hour=10), start.replace(hour=11), do_not_publish=True
        ).value
        cat.assign_items(ids[:2], panel)
        cat.assign_items(ids[2:], closed)
        cat.set_fields(ids, consent="cleared")
    finally:
        cat.close()
    out = tmp_path / "out"
    out.mkdir()
    return {"path": path, "ids": ids, "out": out}


def test_session_export_json_exit_codes_and_history(capsys: Any, cli_catalog: Any) -> None:
    cat, ids, out = cli_catalog["path"], cli_catalog["ids"], cli_catalog["out"]
    code, stdout, _ = run(capsys, cat, "export", "--day", "2022-06-01", "--to", str(out), "--json")
    assert code == 1  # the closed meeting's photo was held back
    doc = json.loads(stdout)
    assert [h["item_id"] for h in doc["held_back"]] == [ids[2]]
    assert doc["held_back"][0]["reasons"] == ["session:do_not_publish"]
    assert len(doc["files"]) == 2 and Path(doc["bundle"]).is_dir()
    assert Path(doc["bundle"]).name == "TC Day 1"  # event acronym and day label

    code, stdout, _ = run(
        capsys, cat, "export", "--session", "Open panel", "--to", str(out), "--zip",
        "--name", "panel", "--preset", "thumbnails",
    )  # fmt: skip
    assert code == 0, stdout
    assert "Exported 2 items" in stdout and (out / "panel.zip").is_file()

    code, stdout, _ = run(capsys, cat, "export", "history", "--json")
    assert code == 0
    history = json.loads(stdout)
    assert [h["status"] for h in history] == ["ok", "ok"]
    assert history[0]["target_kind"] == "zip" and history[0]["preset"] == "thumbnails"
    assert history[1]["source"] == "day 2022-06-01" and history[1]["item_count"] == 2
    code, stdout, _ = run(capsys, cat, "export", "history")
    assert code == 0 and "panel.zip" in stdout and "thumbnails" in stdout


def test_dry_run_prints_preflight_and_writes_nothing(capsys: Any, cli_catalog: Any) -> None:
    cat, ids, out = cli_catalog["path"], cli_catalog["ids"], cli_catalog["out"]
    args = ("export", *map(str, ids), "--to", str(out), "--dry-run")
    code, stdout, _ = run(capsys, cat, *args)
    assert code == 1
    assert "Held back (1):" in stdout and "P2.jpg" in stdout
    assert "session 'Closed meeting' is not for publication" in stdout
    code, stdout, _ = run(capsys, cat, *args, "--json")
    doc = json.loads(stdout)
    assert doc["items"] == 2 and doc["held_back"][0]["name"] == "P2.jpg"
    code, stdout, _ = run(capsys, cat, "export", str(ids[0]), "--to", str(out), "--dry-run")
    assert code == 0
    assert list(out.iterdir()) == []
    code, stdout, _ = run(capsys, cat, "export", "history", "--json")
    assert json.loads(stdout) == []


def test_a_french_programme_s_session_is_named_by_its_english_title(
    capsys: Any, cli_catalog: Any
) -> None:
    """The command line speaks English: a French programme's session, kept with an English
    title, was named in French in the export's held-back details ("session 'Réunion à huis
    clos' is not for publication") while `sessions ls` could name it otherwise. Every
    output naming it now reads its English title."""
    from smparchive.core.catalog.catalog import open_catalog

    cat_path, ids, out = cli_catalog["path"], cli_catalog["ids"], cli_catalog["out"]
    cat = open_catalog(cat_path)
    try:
        cat.update_event(language="fr")
        closed = cat.find_session("Closed meeting").id
        cat.update_session(closed, title="Réunion à huis clos")
        cat.set_session_text(closed, "en", "Closed meeting")
    finally:
        cat.close()
    english = "session 'Closed meeting' is not for publication"
    code, stdout, _ = run(capsys, cat_path, "export", *map(str, ids), "--to", str(out))
    assert code == 1 and english in stdout and "huis clos" not in stdout
    code, stdout, _ = run(capsys, cat_path, "export", str(ids[2]), "--to", str(out), "--json")
    assert json.loads(stdout)["held_back"][0]["details"] == [english]
    code, stdout, _ = run(capsys, cat_path, "export", str(ids[2]), "--to", str(out), "--dry-run")
    assert english in stdout and "huis clos" not in stdout
    code, stdout, _ = run(capsys, cat_path, "sessions", "ls")
    assert "Closed meeting" in stdout and "huis clos" not in stdout
    code, stdout, _ = run(capsys, cat_path, "assign", str(ids[2]), "--to", "huis clos")
    assert "session " + str(closed) + " 'Closed meeting'" in stdout


def test_override_and_cover_take_a_file_path(capsys: Any, cli_catalog: Any) -> None:
    """--override and --cover take an item as every command does, by id or by its file;
    a path the catalogue does not know is said so, instead of silently matching nothing
    (the photo stayed held back; the page took another cover)."""
    cat, out = cli_catalog["path"], cli_catalog["out"]
    closed = str(out.parent / "media" / "P2.jpg")  # ids[2], in the closed meeting
    base = ("export", "--query", "session:closed", "--to", str(out), "--dry-run")
    code, stdout, _ = run(
        capsys, cat, *base, "--override", closed, "--by", "Chair", "--reason", "Agreed"
    )
    assert code == 0 and "explicit override (1)" in stdout, stdout
    # the open panel's second photo as the cover (the default would be its first)
    second = str(out.parent / "media" / "P1.jpg")
    code, stdout, _ = run(
        capsys, cat, "export", "--query", 'session:"Open panel"', "--to", str(out), "--page",
        "--cover", second, "--name", "p",
    )  # fmt: skip
    assert code == 0, stdout
    page = (out / "p" / "index.html").read_text("utf-8")
    cover = re.search(r'<meta property="og:image" content="([^"]*)"', page)
    assert cover is not None and cover.group(1).endswith("P1.jpg"), cover
    nothing = str(out.parent / "media" / "P9.jpg")
    for option in ("--override", "--cover"):
        extra = ("--by", "C", "--reason", "R") if option == "--override" else ("--page",)
        code, _, err = run(capsys, cat, *base, option, nothing, *extra)
        assert code == 2 and "Not catalogued" in err and "P9.jpg" in err, err


def test_override_bag_with_page(capsys: Any, cli_catalog: Any) -> None:
    cat, ids, out = cli_catalog["path"], cli_catalog["ids"], cli_catalog["out"]
    code, _, err = run(
        capsys, cat, "export", "--query", "session:closed", "--to", str(out), "--override",
        str(ids[2]),
    )  # fmt: skip
    assert code == 2 and "--by NAME and --reason" in err
    code, stdout, _ = run(
        capsys, cat, "export", "--query", "session:closed", "--to", str(out), "--bag", "--page",
        "--name", "closed", "--override", str(ids[2]), "--by", "Chair", "--reason", "Agreed",
    )  # fmt: skip
    assert code == 0, stdout
    assert "Override (1):" in stdout and "Chair: Agreed" in stdout
    bag = bagit.Bag(str(out / "closed"))
    bag.validate()
    assert "Closed meeting" in (out / "closed" / "data" / "index.html").read_text("utf-8")
    code, stdout, _ = run(capsys, cat, "export", "history", "--json")
    (decision,) = json.loads(stdout)[0]["overrides"]["decisions"]
    assert decision == {
        "item_id": str(ids[2]),
        "reasons": ["session:do_not_publish"],
        "decided_by": "Chair",
        "reason": "Agreed",
    }


def test_fatal_errors_exit_2_with_one_sentence(
    capsys: Any, cli_catalog: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    cat, ids, out = cli_catalog["path"], cli_catalog["ids"], cli_catalog["out"]
    missing = out / "nowhere" / "deeper"  # its parent is missing too: a mistyped path
    code, _, err = run(capsys, cat, "export", str(ids[0]), "--to", str(missing))
    assert code == 2 and "The export target folder does not exist" in err
    assert err.count("\n") == 1
    assert not (out / "nowhere").exists()  # nothing made on the way
    usage = shutil.disk_usage(out)
    full = Usage(usage.total, usage.total, 1000)
    monkeypatch.setattr("smparchive.core.export.writers.shutil.disk_usage", lambda _p: full)
    code, _, err = run(capsys, cat, "export", str(ids[0]), "--to", str(out))
    assert code == 2 and "Not enough free space on the export target" in err
    monkeypatch.undo()
    code, _, err = run(capsys, cat, "export", "--to", str(out))
    assert code == 2 and "say what to export" in err
    code, _, err = run(capsys, cat, "export", str(ids[0]), "--to", str(out), "--template", "{x}")
    assert code == 2 and "Unknown token" in err
    code, _, err = run(capsys, cat, "export", "--session", "No such", "--to", str(out))
    assert code == 2 and "No session matches" in err
    code, stdout, _ = run(capsys, cat, "export", "history", "--json")
    assert [h["status"] for h in json.loads(stdout)] == ["failed", "failed"]
    assert list(out.iterdir()) == []


def test_workers_default_to_the_engines_automatic_count(
    capsys: Any, cli_catalog: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--workers defaults to 0 (one per core when it pays off); it used to become 1."""
    from smparchive.core.export import pipeline

    asked: list[int] = []

    def count(jobs: Any, workers: int) -> int:
        asked.append(workers)
        return 1

    monkeypatch.setattr(pipeline, "worker_count", count)
    cat, ids, out = cli_catalog["path"], cli_catalog["ids"], cli_catalog["out"]
    code, stdout, _ = run(capsys, cat, "export", str(ids[0]), "--to", str(out), "--name", "a")
    assert code == 0, stdout
    args = ("--to", str(out), "--name", "b", "--workers", "2")
    code, stdout, _ = run(capsys, cat, "export", str(ids[0]), *args)
    assert code == 0, stdout
    assert asked == [0, 2]


def test_metadata_option_strips_or_keeps_what_copies_carry(capsys: Any, cli_catalog: Any) -> None:
    cat, ids, out = cli_catalog["path"], cli_catalog["ids"], cli_catalog["out"]
    carried = {}
    for choice in ("publication", "strip", None):
        target = out / (choice or "default")
        target.mkdir()
        extra = ("--metadata", choice) if choice else ()
        code, stdout, err = run(
            capsys, cat, "export", str(ids[0]), "--to", str(target), "--json", *extra
        )
        assert code == 0, err
        (row,) = json.loads(stdout)["files"]
        with Image.open(Path(json.loads(stdout)["bundle"]) / row["path"]) as im:
            carried[choice] = (bool(im.info.get("xmp")), bool(im.getexif()))
    assert carried["publication"] == (True, True)  # catalogue texts as XMP; orientation etc.
    assert carried[None] == carried["publication"]  # the web preset's default
    assert carried["strip"] == (False, False)
    with pytest.raises(SystemExit) as usage:
        run(capsys, cat, "export", str(ids[0]), "--to", str(out), "--metadata", "x")
    assert usage.value.code == 2 and "--metadata" in capsys.readouterr().err


def test_excel_manifest_and_page_header_name_the_source(capsys: Any, cli_catalog: Any) -> None:
    cat, out = cli_catalog["path"], cli_catalog["out"]
    code, stdout, _ = run(
        capsys, cat, "export", "--session", "Open panel", "--to", str(out), "--excel",
        "--page", "--name", "panel", "--json",
    )  # fmt: skip
    assert code == 0, stdout
    bundle = Path(json.loads(stdout)["payload_root"])
    assert (bundle / "manifest.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    header = (bundle / "index.html").read_text("utf-8").split("</header>")[0]
    assert "panel" in header and "Session “Open panel”" in header


def test_repeated_sources_combine_and_dry_run_checks_the_target(
    capsys: Any, cli_catalog: Any, tmp_path: Path
) -> None:
    cat, ids, out = cli_catalog["path"], cli_catalog["ids"], cli_catalog["out"]
    # Two sessions: the items of both, not only the last one's.
    code, stdout, _ = run(
        capsys, cat, "export", "--session", "Open panel", "--session", "Closed meeting",
        "--to", str(out), "--audience", "archive", "--dry-run", "--json",
    )  # fmt: skip
    doc = json.loads(stdout)
    assert len(doc["files"]) + len(doc["held_back"]) == len(ids) == 3, doc
    assert doc["errors"] == []

    # The dry run refuses what the real run would refuse.
    missing = tmp_path / "nowhere" / "deeper"
    code, stdout, err = run(
        capsys, cat, "export", "--session", "Open panel", "--to", str(missing), "--dry-run"
    )
    assert code == 2 and "does not exist" in err
    code, _, real_err = run(capsys, cat, "export", "--session", "Open panel", "--to", str(missing))
    assert code == 2 and "does not exist" in real_err
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    code, stdout, err = run(
        capsys, cat, "export", "--session", "Open panel", "--to", str(a_file), "--dry-run",
        "--json",
    )  # fmt: skip
    assert code == 2 and "is a file, not a folder" in json.loads(stdout)["errors"][0]


def test_json_flag_in_any_position(capsys: Any, cli_catalog: Any) -> None:
    cat = cli_catalog["path"]
    for args in (("sessions", "--json", "list"), ("sessions", "list", "--json")):
        code, stdout, _ = run(capsys, cat, *args)
        assert code == 0
        assert {s["title"] for s in json.loads(stdout)} == {"Open panel", "Closed meeting"}


def test_export_to_a_new_folder_makes_it_as_the_dry_run_says(
    capsys: Any, cli_catalog: Any, tmp_path: Path
) -> None:
    """`--to out/` as in the README, on a machine where out/ does not exist yet."""
    cat = cli_catalog["path"]
    new = tmp_path / "post-3-june"
    code, stdout, err = run(
        capsys, cat, "export", "--session", "Open panel", "--to", str(new), "--dry-run"
    )
    assert code != 2, err
    assert f"The folder {new} does not exist yet: the export makes it." in stdout
    assert not new.exists()  # a dry run writes nothing
    code, stdout, err = run(capsys, cat, "export", "--session", "Open panel", "--to", str(new))
    assert code != 2, err
    assert new.is_dir() and any(new.iterdir())


def test_a_session_exported_whole_leaves_its_rejected_photo_out(
    capsys: Any, cli_catalog: Any
) -> None:
    """Culled with X in the app, exported with `--session`: the reject went out beside the
    picks. It is held back with the reason (exit 1); an export for the archive keeps it."""
    from smparchive.core.catalog.catalog import open_catalog

    cat, ids, out = cli_catalog["path"], cli_catalog["ids"], cli_catalog["out"]
    c = open_catalog(cat)
    try:
        c.set_fields([ids[1]], flag=-1)
    finally:
        c.close()
    code, stdout, _ = run(
        capsys, cat, "export", "--session", "Open panel", "--to", str(out), "--json"
    )
    doc = json.loads(stdout)
    assert code == 1
    assert [(h["item_id"], h["reasons"]) for h in doc["held_back"]] == [(ids[1], ["flag:rejected"])]
    assert len(doc["files"]) == 1
    code, stdout, _ = run(
        capsys, cat, "export", "--session", "Open panel", "--to", str(out), "--dry-run"
    )
    assert "P1.jpg — flagged Rejected" in stdout
    code, stdout, _ = run(
        capsys, cat, "export", "--session", "Open panel", "--to", str(out), "--bag",
        "--audience", "archive", "--name", "bag", "--json",
    )  # fmt: skip
    assert code == 0, stdout
    assert json.loads(stdout)["held_back"] == [] and (out / "bag" / "bagit.txt").is_file()


def test_an_export_with_everything_held_back_says_which_why_and_how(
    capsys: Any, cli_catalog: Any
) -> None:
    """It said only "Nothing to export: every selected item is held back or unavailable"
    (exit 2), naming no item and no reason, though the help promises them listed (exit 1);
    and it had made the new target folder for nothing."""
    from smparchive.core.catalog.catalog import open_catalog

    path, ids, out = cli_catalog["path"], cli_catalog["ids"], cli_catalog["out"]
    cat = open_catalog(path)
    try:
        cat.set_fields(ids[:1], consent="unknown")
    finally:
        cat.close()
    target = out / "new"
    code, stdout, err = run(capsys, path, "export", *map(str, ids[::2]), "--to", str(target))
    assert code == 1
    assert f"{ids[0]} P0.jpg — consent unknown" in stdout
    assert f"{ids[2]} P2.jpg — from a session marked do-not-publish" in stdout
    assert "Nothing to export" in err and "--include-unknown-consent" in err
    assert not target.exists()
    code, stdout, _ = run(capsys, path, "export", str(ids[2]), "--to", str(target), "--json")
    assert code == 1 and not target.exists()
    doc = json.loads(stdout)
    assert [h["reasons"] for h in doc["held_back"]] == [["session:do_not_publish"]]
    assert doc["errors"] == ["Nothing to export: every selected item is held back or unavailable"]
    code, stdout, _ = run(capsys, path, "export", "history", "--json")
    assert json.loads(stdout) == []  # refused before anything was attempted

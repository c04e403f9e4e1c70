"""CLI: sidecars write|read with --json, --dry-run, filters, exit codes and undo."""

from __future__ import annotations

import io
import json
from pathlib import Path

from PIL import Image

from smparchive.cli.main import main
from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.ingest import ScanOptions, scan


def run(capsys, cat: Path, *args: str) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    capsys.readouterr()
    code = main(["--catalogue", str(cat), *args])
    out = capsys.readouterr()
    return code, out.out + out.err


def setup(tmp_path: Path) -> tuple[Path, Path, int]:
    media = tmp_path / "media"
    media.mkdir()
    for n, name in enumerate(("a.jpg", "b.jpg")):
        buf = io.BytesIO()
        Image.new("RGB", (16, 16), (n * 90, 10, 10)).save(buf, "JPEG")
        (media / name).write_bytes(buf.getvalue())
    cat_path = tmp_path / "c.smpcat"
    cat = open_catalog(cat_path, create=True)
    root = cat.add_root(media, "Media").value
    scan(cat, [root], options=ScanOptions(workers=0))
    cat.close()
    return cat_path, media, root


def test_write_then_read_with_json_dry_run_and_undo(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    cat, media, root = setup(tmp_path)
    a = str(media / "a.jpg")
    assert run(capsys, cat, "set", a, "--title", "Réunion", "--lang", "fr", "--rating", "3")[0] == 0
    assert run(capsys, cat, "tag", a, "--add", "Topics|Migration")[0] == 0

    code, out = run(capsys, cat, "sidecars", "write", "--all", "--dry-run", "--json")
    data = json.loads(out)
    assert code == 0 and data["dry_run"] and data["counts"] == {"created": 1, "skipped": 1}
    mirror = tmp_path / "c.sidecars" / f"{root}-Media"
    assert not mirror.exists()
    skipped = [o for o in data["outcomes"] if o["action"] == "skipped"]
    assert skipped[0]["reason"] == "no metadata to write" and not skipped[0]["problem"]

    code, out = run(capsys, cat, "sidecars", "write", a, "--json")
    data = json.loads(out)
    assert code == 0 and data["counts"] == {"created": 1}
    written = mirror / "a.jpg.xmp"
    assert data["outcomes"][0]["sidecar"] == str(written) and written.is_file()
    assert "Réunion" in written.read_text("utf-8")

    # The catalogue forgets; 'read' brings it back; 'undo' reverts the read.
    assert run(capsys, cat, "set", a, "--title", "", "--lang", "fr", "--rating", "0")[0] == 0
    code, out = run(capsys, cat, "sidecars", "read", "--min-rating", "0", "--dry-run", "--json")
    data = json.loads(out)
    assert code == 0 and data["counts"] == {"read": 1, "skipped": 1} and not data["undoable"]
    code, out = run(capsys, cat, "sidecars", "read", a, "--json")
    data = json.loads(out)
    assert data["undoable"] and set(data["outcomes"][0]["fields"]) == {"titles", "rating"}
    code, out = run(capsys, cat, "show", a, "--json")
    item = json.loads(out)[0]
    assert item["titles"] == {"fr": "Réunion"} and item["rating"] == 3
    assert run(capsys, cat, "undo")[0] == 0
    code, out = run(capsys, cat, "show", a, "--json")
    assert json.loads(out)[0]["titles"] == {}


def test_problems_exit_1_with_reasons(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    cat, media, root = setup(tmp_path)
    assert run(capsys, cat, "set", str(media / "b.jpg"), "--credit", "SMP")[0] == 0
    assert run(capsys, cat, "roots", "set", str(root), "--sidecars", "beside")[0] == 0
    c = open_catalog(cat)
    c.set_root_online(root, False)
    c.close()
    code, out = run(capsys, cat, "sidecars", "write", str(media / "b.jpg"))
    assert code == 1 and "offline" in out and "1 problem." in out
    assert not (media / "b.jpg.xmp").exists()
    code, out = run(capsys, cat, "sidecars", "write")
    assert code == 2 and "No items selected" in out

"""A file whose name is not valid UTF-8 is catalogued, listed, printed and opened."""

from __future__ import annotations

import io
import json
import os
from contextlib import redirect_stdout
from pathlib import Path

from PIL import Image

from smparchive.cli.main import main
from smparchive.core.catalog.catalog import open_catalog


def test_undecodable_name_round_trip(tmp_path: Path) -> None:
    root = tmp_path / "media"
    root.mkdir()
    name = os.fsdecode(b"r\xe9union.jpg")  # Latin-1 bytes, as old cameras and shares write
    Image.new("RGB", (40, 30), (200, 10, 10)).save(os.path.join(root, name), "JPEG")
    cat = str(tmp_path / "c.smpcat")
    with redirect_stdout(io.StringIO()):
        assert main(["-c", cat, "roots", "add", str(root)]) == 0
        main(["-c", cat, "scan", "--no-thumbnails"])
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["-c", cat, "ls", "--json"]) == 0
    listed = json.loads(out.getvalue())
    assert [Path(r["path"]).name for r in listed] == ["r\\xe9union.jpg"]
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["-c", cat, "ls", "--paths"]) == 0
    assert out.getvalue().strip().endswith("r\\xe9union.jpg")
    with open_catalog(cat) as c:
        (record,) = c.items(c.query_ids())
        assert Path(record.path).is_file()  # the record's path opens the real file

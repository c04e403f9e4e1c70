"""End to end on the demo archive: `smparchive demo --no-gui`, then export a session as a bag."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import bagit
import pytest

from smparchive.cli.main import main

pytestmark = pytest.mark.slow


def run(capsys: Any, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_roundtable_session_as_bag_with_page(capsys: Any, tmp_path: Path) -> None:
    demo, out = tmp_path / "SMP 2022", tmp_path / "out"
    out.mkdir()
    code, stdout, err = run(capsys, "demo", str(demo), "--no-gui", "--workers", "0")
    assert code == 0, err
    cat = str(demo / "demo.smpcat")
    originals = {
        p: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in demo.rglob("*")
        if p.is_file() and p.suffix.lower() in (".jpg", ".jpeg", ".mp4", ".pptx", ".pdf")
    }
    code, stdout, err = run(
        capsys, "-c", cat, "export", "--session", "EMN roundtable", "--to", str(out), "--bag",
        "--page", "--name", "roundtable", "--include-unknown-consent", "--json",
    )  # fmt: skip
    assert code == 0, err  # cleared for the audience: nothing held back, no problems
    doc = json.loads(stdout)
    bag_dir = out / "roundtable"
    assert Path(doc["bundle"]) == bag_dir and not doc["held_back"] and not doc["problems"]
    bag = bagit.Bag(str(bag_dir))
    bag.validate()
    assert bag.info["External-Description"].endswith(
        "Skills Mobility Partnerships: from policy to practice"
    )
    page = (bag_dir / "data" / "index.html").read_text("utf-8")
    assert "EMN roundtable: policy debate" in page
    assert '<p class="meta">09:30–11:00 · Roundtable Room · Speakers: ' in page  # Brussels
    rows = list(csv.DictReader(io.StringIO((bag_dir / "data" / "manifest.csv").read_text())))
    title = "EMN roundtable: policy debate on Skills Mobility Partnerships"
    assert rows and {r["session"] for r in rows} == {title}
    for row in rows:
        assert (bag_dir / "data" / row["path"]).is_file()
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.catalog.filters import ItemFilter

    with open_catalog(cat) as c:
        session_ids = c.query_ids(ItemFilter(session_ids=(c.find_session("EMN roundtable").id,)))
    assert {int(r["dcterms:identifier"]) for r in rows} == set(session_ids)
    # the originals are untouched: same bytes, same modification times
    for p, (digest, mtime) in originals.items():
        assert (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) == (
            digest,
            mtime,
        )
    code, stdout, _ = run(capsys, "-c", cat, "export", "history", "--json")
    (record,) = json.loads(stdout)
    assert record["target_kind"] == "bagit" and record["source"].startswith("session ")
    assert "EMN roundtable" in record["source"]

    # the closed-door working group (do-not-publish) is held back as a whole
    code, stdout, _ = run(
        capsys, "-c", cat, "export", "--session", "Working group", "--to", str(out),
        "--include-unknown-consent", "--dry-run", "--json",
    )  # fmt: skip
    check = json.loads(stdout)
    assert code == 1 and check["items"] == 0 and check["held_back"]
    assert all("session:do_not_publish" in h["reasons"] for h in check["held_back"])

    # The demo's copyright keeps its © everywhere: catalogue, manifest, exported metadata.
    notice = "© 2022 European Migration Network"
    photo_row = next(r for r in rows if r["path"].lower().endswith(".jpg"))
    assert photo_row["dcterms:rights"] == notice
    code, stdout, _ = run(capsys, "-c", cat, "show", photo_row["dcterms:identifier"], "--json")
    assert json.loads(stdout)[0]["copyright"] == notice
    exported = bag_dir / "data" / photo_row["path"]
    data = exported.read_bytes()
    assert notice.encode("utf-8") in data and b"? 2022 European" not in data
    import shutil
    import subprocess

    if shutil.which("exiftool"):
        done = subprocess.run(
            ["exiftool", "-j", "-G1", "-EXIF:Copyright", "-XMP-dc:Rights",
             "-IPTC:CopyrightNotice", str(exported)],
            capture_output=True, check=True,
        )  # fmt: skip
        [tags] = json.loads(done.stdout)
        assert tags["IFD0:Copyright"] == tags["XMP-dc:Rights"] == notice
        assert tags["IPTC:CopyrightNotice"] == notice

    # The first run's publication kit: one command, a Mastodon-ready folder and a page.
    code, stdout, err = run(
        capsys, "-c", cat, "export", "--collection", "Social post – EMN roundtable",
        "--preset", "mastodon", "--post", "--lang", "fr", "--page", "--to", str(out),
        "--page-url", "https://media.example.org/smp2022/", "--name", "toot", "--json",
    )  # fmt: skip
    assert code == 0, err  # cleared, captioned, described: nothing held back
    doc = json.loads(stdout)
    assert not doc["held_back"] and not doc["warnings"], doc["warnings"]
    kit = out / "toot"
    post = (kit / "post.txt").read_text("utf-8")
    assert post.startswith("Hélène Marchetti ouvre la table ronde du REM")
    # four photos, one credit, labelled as the French post labels everything
    assert "\n\nPhotos\u00a0: EMN / SMP 2022\n\n" in post and "#" in post
    assert "Avec\u00a0: @helene.marchetti@social.example" in post
    assert "amara-okonkwo-reyes" not in post  # a LinkedIn handle stays out of Mastodon
    assert len(post.rstrip()) <= 500
    images = doc["post"]["images"]
    assert len(images) == 4 and all(i["flags"] == [] for i in images)
    assert all(i["alt_text_language"] == "fr" and i["alt_text_chars"] <= 1500 for i in images)
    page = (kit / "index.html").read_text("utf-8")
    assert '<html lang="fr">' in page and (kit / "index.en.html").is_file()
    # the demo's rooms in French too: the French page names the roundtable's unmarked
    assert " · Salle de la table ronde · " in page and "Roundtable Room" not in page
    cover = page.split('<meta property="og:image" content="', 1)[1].split('"', 1)[0]
    assert (kit / unquote(cover.removeprefix("https://media.example.org/smp2022/"))).is_file()

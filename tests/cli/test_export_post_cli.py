"""CLI: `export --preset mastodon --post --lang fr` writes a post kit; alt texts are flagged."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from cli_helpers import jpeg, run
from PIL import Image

from smparchive.cli.commands.export import PLATFORM_PRESETS


@pytest.fixture
def roundtable(tmp_path: Path) -> dict[str, Any]:
    """Five cleared photos of one session, captioned in English and French; alt texts vary."""
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.ingest import ScanOptions, scan

    media = tmp_path / "media"
    media.mkdir()
    for i in range(5):
        (media / f"R{i}.jpg").write_bytes(jpeg(i, (1600, 1200)))
    path = tmp_path / "c.smpcat"
    cat = open_catalog(path, create=True)
    try:
        scan(cat, [cat.add_root(media).value], options=ScanOptions(workers=0))
        ids = sorted(cat.query_ids(), key=lambda i: cat.item(i).name)
        cat.create_event("European Migration Network", acronym="EMN 2022", time_zone="UTC")
        start = datetime(2022, 6, 1, 8, 0, tzinfo=UTC)
        session = cat.add_session("EMN roundtable", start, start.replace(hour=9)).value
        cat.assign_items(ids, session)
        cat.set_fields(ids, consent="cleared", credit_line="Photo: Ana Fotógrafa / EMN")
        cat.set_text(ids, "caption", "en", "Panellists debate skills mobility partnerships")
        cat.set_text(ids, "caption", "fr", "Les intervenants débattent des partenariats")
        for n, i in enumerate(ids[:3]):
            cat.set_text([i], "alt", "en", f"Three panellists at a table, number {n} speaking")
            cat.set_text([i], "alt", "fr", f"Trois intervenants à une table, le n° {n} parle")
        cat.set_text([ids[3]], "alt", "fr", "Une salle " + "pleine de participants attentifs " * 50)
        # ids[4]: no alt text at all
    finally:
        cat.close()
    out = tmp_path / "out"
    out.mkdir()
    originals = {p: hashlib.sha256(p.read_bytes()).digest() for p in media.iterdir()}
    return {"path": path, "ids": ids, "out": out, "originals": originals}


def test_cli_platform_presets_match_the_limits_table() -> None:
    from smparchive.core.export.platforms import PLATFORMS

    assert set(PLATFORM_PRESETS) == set(PLATFORMS)


def test_mastodon_post_kit_in_french(capsys: Any, roundtable: dict[str, Any]) -> None:
    cat, out = roundtable["path"], roundtable["out"]
    args = ("export", "--session", "EMN roundtable", "--to", str(out), "--preset", "mastodon")
    code, stdout, _ = run(capsys, cat, *args, "--post", "--lang", "fr", "--dry-run")
    assert code == 1  # the photo without alt text is held back, like consent
    assert "Held back (1):" in stdout and "no alt text" in stdout
    assert "a Mastodon post takes at most 4" not in stdout  # four go out
    assert "over the limit of 1500" in stdout  # a warning: nothing is held for it
    assert list(out.iterdir()) == []  # a dry run writes nothing

    # Confirmed like consent: it goes out, flagged in the kit.
    last = str(roundtable["ids"][4])
    confirm = ("--override", last, "--by", "Comms", "--reason", "alt text typed in the app")
    code, stdout, err = run(
        capsys, cat, *args, "--post", "--lang", "fr", "--name", "toot", *confirm
    )
    assert code == 0, err
    bundle = out / "toot"
    text = (bundle / "post.txt").read_text("utf-8")
    assert text.startswith("Les intervenants débattent des partenariats\n")
    # quoted: a programme's titles hold colons ("Séance : EMN roundtable: policy debate")
    assert "Séance\u00a0: «\u202fEMN roundtable\u202f»" in text
    # the typed "Photo:" gives way to the French post's own label, not doubled
    assert "Photos\u00a0: Ana Fotógrafa / EMN" in text and "Photo:" not in text
    assert "#EMN2022" in text
    assert "Post for Mastodon (fr)" in stdout and "2 alt texts flagged" in stdout
    assert "Warning: 5 images, but a Mastodon post takes at most 4" in stdout
    alt = (bundle / "alt-text.txt").read_text("utf-8")
    assert alt.count("[trop long]") == 1 and alt.count("[pas de texte alternatif]") == 1
    assert "le n° 2 parle" in alt
    manifest = json.loads((bundle / "manifest.json").read_text("utf-8"))
    flags = sorted(tuple(i["flags"]) for i in manifest["post"]["images"])
    assert flags == [(), (), (), ("missing",), ("over_limit",)]
    for image in manifest["post"]["images"]:
        with Image.open(bundle / image["path"]) as im:
            assert max(im.size) <= 2048
    originals = roundtable["originals"]
    assert {p: hashlib.sha256(p.read_bytes()).digest() for p in originals} == originals


def test_post_json_and_usage_errors(capsys: Any, roundtable: dict[str, Any]) -> None:
    cat, out = roundtable["path"], roundtable["out"]
    base = ("export", "--session", "EMN roundtable", "--to", str(out))
    code, _, err = run(capsys, cat, *base, "--post")
    assert code == 2 and "--post and --hashtag go with a platform preset" in err
    code, stdout, err = run(
        capsys, cat, *base, "--preset", "linkedin", "--post", "--hashtag", "#SkillsMobility",
        "--hashtag", "EMN", "--json",
    )  # fmt: skip
    assert code == 1, err  # the photo without alt text is held back
    doc = json.loads(stdout)
    assert [h["reasons"] for h in doc["held_back"]] == [["alt:missing"]]
    assert doc["post"]["platform"] == "linkedin" and doc["post"]["language"] == "en"
    assert doc["post"]["hashtags"] == ["#SkillsMobility", "#EMN"]
    text = (Path(doc["bundle"]) / "post.txt").read_text("utf-8")
    assert text.startswith("Panellists debate skills mobility partnerships\n")
    assert text.rstrip().endswith("#SkillsMobility #EMN")
    assert not any("takes at most" in w for w in doc["warnings"])  # LinkedIn takes 20
    code, stdout, _ = run(capsys, cat, "export", "history", "--json")
    (entry,) = json.loads(stdout)
    assert entry["preset"] == "linkedin" and entry["settings"]["post"] is True
    assert entry["settings"]["platform"] == "linkedin"
    assert entry["settings"]["variants"][0]["max_bytes"] == 5 * 1024 * 1024


def test_alt_text_drafts_and_handles(capsys: Any, roundtable: dict[str, Any]) -> None:
    """Drafts from the programme and people tags; held back until finished; handles posted."""
    from smparchive.core.catalog.catalog import open_catalog

    cat_path, out, ids = roundtable["path"], roundtable["out"], roundtable["ids"]
    cat = open_catalog(cat_path)
    try:
        cat.tag_items([ids[4]], ["Ana Lopes", "Jan Peeters"], kind="person")
        session = cat.sessions(counts=False)[0]
        cat.update_session(session.id, speakers=["Ana Lopes"], room="Salle Europa")
    finally:
        cat.close()
    code, stdout, err = run(
        capsys, cat_path, "handle", "set", "Ana Lopes", "mastodon", "@ana@eu.social"
    )
    assert code == 0, err
    code, stdout, _ = run(capsys, cat_path, "handle", "list", "--json")
    assert json.loads(stdout) == [
        {"person": "Ana Lopes", "platform": "mastodon", "handle": "@ana@eu.social"}
    ]
    code, stdout, err = run(capsys, cat_path, "alt-text", "suggest", str(ids[4]), "--lang", "fr")
    assert code == 0, err
    assert (
        "[Brouillon] Ana Lopes au micro et Jan Peeters "
        "pendant la séance «\u202fEMN roundtable\u202f»" in stdout
    )
    # the room is named "Salle Europa": not "salle Salle Europa"
    assert "» Salle Europa le 1er juin 2022." in stdout and "salle Salle" not in stdout
    code, stdout, err = run(
        capsys,
        cat_path,
        "alt-text",
        "suggest",
        str(ids[0]),
        str(ids[4]),
        "--lang",
        "fr",
        "--apply",
        "--json",
    )
    rows = {r["item_id"]: r for r in json.loads(stdout)}
    assert rows[ids[4]]["applied"] and not rows[ids[0]]["applied"]  # its own text stays
    code, stdout, _ = run(capsys, cat_path, "show", str(ids[4]), "--json")
    assert json.loads(stdout)[0]["alt_texts"]["fr"].startswith("[Brouillon] Ana Lopes")

    args = ("export", "--session", "EMN roundtable", "--to", str(out), "--preset", "mastodon")
    code, stdout, _ = run(capsys, cat_path, *args, "--post", "--lang", "fr", "--dry-run")
    assert code == 1 and "alt text is still a draft" in stdout  # a draft is not finished
    # A page is no platform: the photo goes out, its draft alt text does not, and the
    # dry run says so in one line.
    page = ("export", "--session", "EMN roundtable", "--to", str(out), "--page", "--lang", "fr")
    code, stdout, _ = run(capsys, cat_path, *page, "--dry-run")
    assert code == 0 and stdout.count("still a suggested draft") == 1
    assert "Warning: 1 item goes out without its alt text: it is still a suggested" in stdout
    # Finished (the marker removed): it goes out, and Ana's handle is in the post.
    code, _, err = run(
        capsys, cat_path, "set", str(ids[4]), "--lang", "fr",
        "--alt", "Ana Lopes répond au micro, Jan Peeters l'écoute",
    )  # fmt: skip
    assert code == 0, err
    code, stdout, err = run(capsys, cat_path, *args, "--post", "--lang", "fr", "--name", "ok")
    assert code == 0, err
    text = (out / "ok" / "post.txt").read_text("utf-8")
    assert "Avec\u00a0: @ana@eu.social" in text
    code, _, _ = run(capsys, cat_path, "undo")  # the alt text edit
    code, _, _ = run(capsys, cat_path, "handle", "set", "Ana Lopes", "mastodon", "")
    code, stdout, _ = run(capsys, cat_path, "handle", "list", "--json")
    assert json.loads(stdout) == []


def test_page_to_share_with_address_and_cover(capsys: Any, roundtable: dict[str, Any]) -> None:
    cat, out, ids = roundtable["path"], roundtable["out"], roundtable["ids"]
    base = ("export", "--session", "EMN roundtable", "--to", str(out))
    code, _, err = run(capsys, cat, *base, "--cover", str(ids[2]))
    assert code == 2 and "goes with --page" in err
    code, _, err = run(capsys, cat, *base, "--page", "--page-url", "media.example.org")
    assert code == 2 and "https://" in err
    code, stdout, err = run(
        capsys, cat, *base, "--page", "--page-url", "https://media.example.org/emn",
        "--cover", str(ids[2]), "--lang", "fr", "--json",
    )  # fmt: skip
    assert code == 0, err
    bundle = Path(json.loads(stdout)["bundle"])
    html = (bundle / "index.html").read_text("utf-8")
    assert '<html lang="fr">' in html and (bundle / "index.en.html").is_file()
    image = html.split('<meta property="og:image" content="', 1)[1].split('"', 1)[0]
    assert image.startswith("https://media.example.org/emn/") and image.endswith("_R2.jpg")
    assert (bundle / unquote(image.removeprefix("https://media.example.org/emn/"))).is_file()
    assert (bundle / "assets" / "gallery.js").is_file()


def test_the_page_address_is_checked_and_remembered_for_the_event(
    capsys: Any, roundtable: dict[str, Any]
) -> None:
    """An address a site cannot fetch (no https, a space, no domain) is refused with one
    sentence before anything is written; a good one is kept for the event, and the next
    page of it names its cover in full without it being given again."""
    cat, out = roundtable["path"], roundtable["out"]
    base = ("export", "--session", "EMN roundtable", "--to", str(out), "--page")
    for wrong in ("http://media.example.org/emn", "https://media example.org", "https://emn"):
        code, _, err = run(capsys, cat, *base, "--page-url", wrong)
        assert code == 2 and f"'{wrong}' is not the page's address" in err, err
        assert "https://media.example.org/smp2022/" in err
    assert list(out.iterdir()) == []
    code, stdout, err = run(capsys, cat, *base, "--name", "first", "--json")
    assert code == 0, err  # no address yet: relative, with the warning
    assert any("no cover picture" in w for w in json.loads(stdout)["warnings"])
    url = "https://media.example.org/emn/"
    code, _, err = run(capsys, cat, *base, "--name", "second", "--page-url", url)
    assert code == 0, err
    code, stdout, err = run(capsys, cat, *base, "--name", "third")
    assert code == 0, err
    assert f"Page address: {url} (the event's last" in stdout
    assert "no cover picture" not in stdout
    html = (out / "third" / "index.html").read_text("utf-8")
    assert f'<meta property="og:url" content="{url}index.html">' in html
    assert f'<meta property="og:image" content="{url}' in html

"""XMP sidecars: catalogue -> sidecar -> fresh catalogue, beside vs mirror, naming, undo."""

from __future__ import annotations

import hashlib
import io
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.ingest import ScanOptions, scan
from smparchive.core.media.xmp import NS, parse_xmp
from smparchive.core.organise.sidecars import (
    mirror_dir_for,
    read_sidecars,
    write_sidecars,
)

INLINE = ScanOptions(workers=0)
RDF = "{" + NS["rdf"] + "}"
LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def jpeg(path: Path, color: tuple[int, int, int]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    out = io.BytesIO()
    Image.new("RGB", (32, 24), color).save(out, "JPEG")
    path.write_bytes(out.getvalue())
    return path


def fingerprint(folder: Path) -> dict[str, tuple[str, int]]:
    """sha256 and mtime_ns of every media file (sidecars excluded)."""
    return {
        p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(folder.iterdir())
        if p.is_file() and not p.name.lower().endswith(".xmp")
    }


def by_name(cat: Any) -> dict[str, int]:
    return {i.name: i.id for i in cat.items(cat.query_ids())}


def catalogue_with_metadata(tmp_path: Path, policy: str) -> tuple[Any, Path]:
    """A scanned catalogue of three photos with rich, multilingual metadata."""
    media = tmp_path / "photos"
    for n, name in enumerate(("keynote.jpg", "panel.jpg", "plain.jpg")):
        jpeg(media / name, (40 * n, 90, 200))
    cat = open_catalog(tmp_path / "first.smpcat", create=True)
    root = cat.add_root(media, "Photos").value
    cat.set_root_options(root, sidecar_policy=policy)
    scan(cat, [root], options=INLINE)
    ids = by_name(cat)
    key, panel, plain = ids["keynote.jpg"], ids["panel.jpg"], ids["plain.jpg"]
    cat.set_text([key], "title", "en", "Opening keynote")
    cat.set_text([key], "title", "fr", "Séance d'ouverture – élan")
    cat.set_text([key], "title", "nl", "Openingssessie")
    cat.set_text([key], "caption", "en", "Ada & Grace on stage <live>")
    cat.set_text([key], "caption", "fr", "Ada et Grace sur scène")
    cat.set_text([key], "alt", "en", "Two women at a lectern")
    cat.set_text([key], "alt", "nl", "Twee vrouwen achter een spreekgestoelte")
    cat.tag_items([key], ["Event|Day 1|Keynote", "Mobility"])
    cat.tag_items([key], ["Ada Lovelace", "Grace Hopper"], kind="person")
    cat.tag_items([key], ["IOM"], kind="organisation")
    cat.tag_items([key], ["Belgium|Brussels"], kind="place")
    cat.set_fields(
        [key],
        rating=4,
        color_label="red",
        creator="Jane Doe; John Roe",
        credit_line="SMP / Jane Doe",
        copyright="© 2022 SMP",
        licence="CC BY 4.0",
        consent="cleared",
    )
    cat.set_text([panel], "title", "x-default", "Panel")
    cat.tag_items([panel], ["Event|Day 2"])
    cat.set_fields([panel], flag=-1, consent="do_not_publish", color_label="blue")
    cat.set_fields([plain], consent="internal_only")
    return cat, media


def snapshot(cat: Any) -> dict[str, dict[str, Any]]:
    """What sidecars carry, per file name, order-blind for tags."""
    out = {}
    for item in cat.sidecar_items(cat.query_ids()):
        meta = item.metadata
        row = {k: getattr(meta, k) for k in meta.present() if k != "event"}
        for k in ("keywords", "people", "organisations", "places"):
            row[k] = sorted(row.get(k, ()))
        out[item.rel_path] = row
    return out


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Any]:
    cat = open_catalog(tmp_path / "second.smpcat", create=True)
    yield cat
    cat.close()


def test_round_trip_through_the_mirror(tmp_path: Path, fresh: Any) -> None:
    first, media = catalogue_with_metadata(tmp_path, "mirror")
    before_files = fingerprint(media)
    expected = snapshot(first)
    report = write_sidecars(first, first.query_ids())
    assert report.counts == {"created": 3} and not report.problems
    mirror = mirror_dir_for(first.location)
    assert mirror == tmp_path / "first.sidecars"
    root_id = first.roots()[0].id
    written = mirror / f"{root_id}-Photos" / "keynote.jpg.xmp"
    assert written.is_file()
    assert not any(p.suffix == ".xmp" for p in media.iterdir())  # nothing beside the originals
    assert fingerprint(media) == before_files
    first.close()

    scan(fresh, [fresh.add_root(media, "Photos").value], options=INLINE)
    assert snapshot(fresh) != expected
    back = read_sidecars(fresh, fresh.query_ids(), mirror_dir=mirror)
    assert back.counts == {"read": 3} and back.undo is not None
    assert snapshot(fresh) == expected
    assert fingerprint(media) == before_files

    # Reading again changes nothing; undo puts the fresh catalogue back as scanned.
    assert read_sidecars(fresh, fresh.query_ids(), mirror_dir=mirror).counts == {"unchanged": 3}
    fresh.undo(back.undo)
    restored = snapshot(fresh)
    assert restored != expected
    assert all(r.get("titles") is None for r in restored.values())
    assert fresh.tags() == []  # tags the read created are gone too
    assert all(not r["keywords"] for r in restored.values())


def test_round_trip_beside_originals_and_other_tools_can_read_it(
    tmp_path: Path, fresh: Any
) -> None:
    first, media = catalogue_with_metadata(tmp_path, "beside")
    before_files = fingerprint(media)
    expected = snapshot(first)
    report = write_sidecars(first, first.query_ids())
    assert report.counts == {"created": 3}
    side = media / "keynote.jpg.xmp"
    assert [o.sidecar for o in report.outcomes if o.path.endswith("keynote.jpg")] == [str(side)]
    assert fingerprint(media) == before_files
    assert not (tmp_path / "first.sidecars").exists()
    data = side.read_bytes()
    first.close()

    x = parse_xmp(data)
    assert x.title == {
        "x-default": "Opening keynote",
        "en": "Opening keynote",
        "fr": "Séance d'ouverture – élan",
        "nl": "Openingssessie",
    }
    assert x.description["en"] == "Ada & Grace on stage <live>"
    assert x.alt_text["x-default"] == "Two women at a lectern"
    # People also as digiKam's face tags (and Lightroom's person keywords), not in dc:subject.
    people = ["People|Ada Lovelace", "People|Grace Hopper"]
    assert x.hierarchical_subject == ["Event|Day 1|Keynote", "Mobility", *people]
    assert x.tags_list == [
        "Event/Day 1/Keynote",
        "Mobility",
        *(p.replace("|", "/") for p in people),
    ]
    assert x.subject == ["Keynote", "Mobility"]
    assert (x.color_class, x.pick_label) == (1, None)  # digiKam's red
    assert x.person_in_image == ["Ada Lovelace", "Grace Hopper"]
    assert (x.rating, x.label, x.credit) == (4, "Red", "SMP / Jane Doe")
    assert x.creator == ["Jane Doe", "John Roe"]
    assert x.rights == {"x-default": "© 2022 SMP"}
    assert x.usage_terms == {"x-default": "CC BY 4.0"}
    assert x.model_release_status == "http://ns.useplus.org/ldf/vocab/MR-UMR"
    panel = parse_xmp((media / "panel.jpg.xmp").read_bytes())
    assert panel.rating == -1
    assert panel.model_release_status == "http://ns.useplus.org/ldf/vocab/MR-NON"

    # Plain ElementTree, namespace URIs only: what Lightroom, digiKam and exiftool see.
    root = ET.fromstring(data)
    assert root.tag == "{adobe:ns:meta/}xmpmeta"
    desc = root.find(f"{RDF}RDF/{RDF}Description")
    assert desc is not None
    alt = desc.find("{http://purl.org/dc/elements/1.1/}title/" + RDF + "Alt")
    assert alt is not None and alt[0].get(LANG) == "x-default"
    assert {li.get(LANG) for li in alt} == {"x-default", "en", "fr", "nl"}
    assert desc.find("{http://ns.adobe.com/xap/1.0/}Rating").text == "4"  # type: ignore[union-attr]
    hs = desc.find("{http://ns.adobe.com/lightroom/1.0/}hierarchicalSubject/" + RDF + "Bag")
    assert [li.text for li in hs][:2] == ["Event|Day 1|Keynote", "Mobility"]  # type: ignore[union-attr]
    mr = desc.find("{http://ns.useplus.org/ldf/xmp/1.0/}ModelReleaseStatus")
    assert mr is not None and mr.get(RDF + "resource", "").endswith("/MR-UMR")
    at = desc.find("{http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/}AltTextAccessibility")
    assert at is not None
    org = desc.find("{http://iptc.org/std/Iptc4xmpExt/2008-02-29/}OrganisationInImageName")
    assert org is not None and [li.text for li in org.iter(RDF + "li")] == ["IOM"]

    # A scan of the same folder picks the sidecars up; 'read' completes what it cannot map.
    scan(fresh, [fresh.add_root(media, "Photos").value], options=INLINE)
    back = read_sidecars(fresh, fresh.query_ids())
    assert not back.problems
    assert snapshot(fresh) == expected
    assert fingerprint(media) == before_files


def test_naming_rule_with_siblings_and_a_foreign_sidecar_merged(tmp_path: Path) -> None:
    media = tmp_path / "photos"
    jpeg(media / "IMG_1.JPG", (1, 2, 3))
    jpeg(media / "IMG_1.png", (3, 2, 1))  # a sibling sharing the base name
    jpeg(media / "IMG_2.JPG", (9, 9, 9))
    foreign = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="Adobe XMP Core 7.0">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:crs="http://ns.adobe.com/camera-raw-settings/1.0/"'
        ' xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' crs:Exposure2012="+0.35" xmp:Rating="2" xmp:CreatorTool="Lightroom">'
        "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>Old title</rdf:li></rdf:Alt></dc:title>"
        "<crs:ToneCurvePV2012><rdf:Seq><rdf:li>0, 0</rdf:li><rdf:li>255, 255</rdf:li></rdf:Seq>"
        "</crs:ToneCurvePV2012></rdf:Description></rdf:RDF></x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    ).encode()
    (media / "IMG_1.xmp").write_bytes(foreign)  # ambiguous: two files share IMG_1
    (media / "IMG_2.xmp").write_bytes(foreign)  # unambiguous: Lightroom's own sidecar
    cat = open_catalog(tmp_path / "c.smpcat", create=True)
    root = cat.add_root(media).value
    cat.set_root_options(root, sidecar_policy="beside")
    scan(cat, [root], options=INLINE)
    ids = by_name(cat)
    cat.set_fields(list(ids.values()), rating=5)
    # The scan read "Old title" as x-default; a default-language text replaces it.
    cat.set_text(list(ids.values()), "title", "en", "New title")
    before = fingerprint(media)

    report = write_sidecars(cat, list(ids.values()))
    got = {Path(o.path).name: o for o in report.outcomes}
    assert got["IMG_1.JPG"].sidecar == str(media / "IMG_1.JPG.xmp")
    assert got["IMG_1.png"].sidecar == str(media / "IMG_1.png.xmp")
    assert got["IMG_2.JPG"].sidecar == str(media / "IMG_2.xmp")
    assert got["IMG_1.JPG"].action == "created"
    assert got["IMG_2.JPG"].action == "merged"
    assert "replaced" in (got["IMG_2.JPG"].reason or "") and "titles" in got["IMG_2.JPG"].reason
    assert (media / "IMG_1.xmp").read_bytes() == foreign  # the ambiguous one is never touched
    assert not (media / "IMG_2.JPG.xmp").exists()
    assert fingerprint(media) == before

    merged = (media / "IMG_2.xmp").read_bytes()
    x = parse_xmp(merged)
    assert x.rating == 5 and x.title["en"] == "New title" and "Old title" not in x.title.values()
    desc = ET.fromstring(merged).find(f"{RDF}RDF/{RDF}Description")
    assert desc is not None
    crs = "{http://ns.adobe.com/camera-raw-settings/1.0/}"
    assert desc.get(crs + "Exposure2012") == "+0.35"
    assert desc.get("{http://ns.adobe.com/xap/1.0/}CreatorTool") == "Lightroom"
    assert desc.get("{http://ns.adobe.com/xap/1.0/}Rating") is None  # ours replaced it
    curve = desc.find(crs + "ToneCurvePV2012")
    assert curve is not None and [li.text for li in curve.iter(RDF + "li")] == ["0, 0", "255, 255"]
    assert b"xmlns:crs=" in merged  # the foreign prefix is kept, not ns0

    # Writing again is idempotent; the refuse mode leaves foreign sidecars alone.
    again = write_sidecars(cat, list(ids.values()))
    assert again.counts == {"unchanged": 3}
    (media / "IMG_2.xmp").write_bytes(foreign)
    refused = write_sidecars(cat, [ids["IMG_2.JPG"]], foreign="refuse")
    assert refused.outcomes[0].action == "skipped" and refused.outcomes[0].problem
    assert "another program" in (refused.outcomes[0].reason or "")
    assert (media / "IMG_2.xmp").read_bytes() == foreign
    cat.close()


def test_unreadable_sidecar_is_left_alone_and_dry_run_writes_nothing(tmp_path: Path) -> None:
    media = tmp_path / "m"
    jpeg(media / "a.jpg", (1, 1, 1))
    jpeg(media / "b.jpg", (2, 2, 2))
    (media / "a.jpg.xmp").write_bytes(b"<x:xmpmeta xmlns:x='adobe:ns:meta/'><broken")
    cat = open_catalog(tmp_path / "c.smpcat", create=True)
    root = cat.add_root(media).value
    cat.set_root_options(root, sidecar_policy="beside")
    scan(cat, [root], options=INLINE)
    ids = by_name(cat)
    cat.set_fields(list(ids.values()), credit_line="SMP")

    dry = write_sidecars(cat, [ids["a.jpg"], ids["b.jpg"]], dry_run=True)
    assert [o.action for o in dry.outcomes] == ["skipped", "created"]
    assert dry.outcomes[0].problem and "not usable XMP" in (dry.outcomes[0].reason or "")
    assert not (media / "b.jpg.xmp").exists()
    real = write_sidecars(cat, [ids["a.jpg"], ids["b.jpg"]])
    assert (media / "a.jpg.xmp").read_bytes().endswith(b"<broken")
    assert real.outcomes[1].action == "created" and (media / "b.jpg.xmp").is_file()
    assert not [p for p in media.iterdir() if p.name.endswith(".tmp")]

    bad = read_sidecars(cat, [ids["a.jpg"]])
    assert bad.outcomes[0].problem and bad.undo is None
    cat.close()


def test_offline_originals_skip_beside_but_mirror_still_works(tmp_path: Path) -> None:
    media = tmp_path / "drive"
    jpeg(media / "x.jpg", (5, 5, 5))
    cat = open_catalog(tmp_path / "c.smpcat", create=True)
    root = cat.add_root(media, "Drive").value
    scan(cat, [root], options=INLINE)
    [item] = cat.query_ids()
    cat.set_text([item], "title", "en", "Offline title")
    cat.set_root_online(root, False)

    mirrored = write_sidecars(cat, [item])
    assert mirrored.outcomes[0].action == "created"
    cat.set_root_options(root, sidecar_policy="beside")
    beside = write_sidecars(cat, [item])
    assert beside.outcomes[0].action == "skipped" and beside.outcomes[0].problem
    assert "offline" in (beside.outcomes[0].reason or "")
    assert not (media / "x.jpg.xmp").exists()

    # Reading falls back to the mirrored sidecar while the drive is away.
    cat.set_text([item], "title", "en", None)
    back = read_sidecars(cat, [item])
    assert back.outcomes[0].action == "read" and back.outcomes[0].fields == ("titles",)
    assert cat.item(item).titles == {"en": "Offline title"}
    cat.close()


def test_a_sidecar_keyword_without_its_accents_is_the_catalogues_keyword(
    tmp_path: Path,
) -> None:
    """A photo brought in with a sidecar saying 'mobilite' (another tool, another person)
    got a second keyword beside the catalogue's 'Mobilité'."""
    media = tmp_path / "photos"
    jpeg(media / "first.jpg", (10, 20, 30))
    cat = open_catalog(tmp_path / "c.smpcat", create=True)
    try:
        root = cat.add_root(media).value
        cat.set_root_options(root, sidecar_policy="beside")
        scan(cat, [root], options=INLINE)
        cat.tag_items(list(by_name(cat).values()), ["Mobilité"])
        jpeg(media / "second.jpg", (30, 20, 10))
        (media / "second.jpg.xmp").write_bytes(
            b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF'
            b' xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
            b' xmlns:dc="http://purl.org/dc/elements/1.1/"><rdf:Description rdf:about="">'
            b"<dc:subject><rdf:Bag><rdf:li>mobilite</rdf:li><rdf:li>Health</rdf:li>"
            b"</rdf:Bag></dc:subject></rdf:Description></rdf:RDF></x:xmpmeta>"
        )
        scan(cat, [root], options=INLINE)
        assert [(t.name, t.item_count) for t in cat.tags(kind="keyword")] == [
            ("Health", 1),
            ("Mobilité", 2),
        ]
    finally:
        cat.close()

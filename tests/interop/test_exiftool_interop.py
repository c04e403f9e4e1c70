"""What other programs see: samples laid out as Lightroom, digiKam, darktable and Photo
Mechanic write them, ingested, edited with the CLI, written back (sidecars and exports) and
read with exiftool, the reader those programs agree with.

Layouts follow each program's documented XMP: Lightroom Classic (``name.xmp`` sidecar,
x-default texts, every keyword level flat in dc:subject plus lr:hierarchicalSubject),
digiKam (``name.ext.xmp``, digiKam:TagsList with ancestors, ColorLabel/PickLabel numbers,
"People/Name" face tags and MWG regions), darktable (``name.ext.xmp`` with its edit
history and darktable|... tags) and Photo Mechanic (IPTC-IIM + XMP embedded in the JPEG).
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from smparchive.cli.main import main

EXIFTOOL = shutil.which("exiftool")
pytestmark = pytest.mark.skipif(
    EXIFTOOL is None, reason="exiftool is not installed (scripts/setup.sh --test installs it)"
)

XMP_HEAD = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="{tk}">\n'
    ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
)
XMP_TAIL = " </rdf:RDF>\n</x:xmpmeta>\n"

LIGHTROOM = (
    XMP_HEAD.format(tk="Adobe XMP Core 7.0-c000 1.000000, 0000/00/00-00:00:00")
    + """  <rdf:Description rdf:about=""
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:lr="http://ns.adobe.com/lightroom/1.0/"
    xmlns:crs="http://ns.adobe.com/camera-raw-settings/1.0/"
   xmp:CreatorTool="Adobe Photoshop Lightroom Classic 12.0 (Windows)"
   xmp:Rating="4"
   xmp:Label="Green"
   photoshop:Credit="EMN / Jane Doe"
   crs:Version="15.0"
   crs:Exposure2012="+0.35">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">Opening plenary</rdf:li></rdf:Alt></dc:title>
   <dc:description>
    <rdf:Alt><rdf:li xml:lang="x-default">Speakers on stage (old caption)</rdf:li></rdf:Alt>
   </dc:description>
   <dc:subject>
    <rdf:Bag>
     <rdf:li>Belgium</rdf:li><rdf:li>Brussels</rdf:li><rdf:li>Places</rdf:li>
     <rdf:li>conference</rdf:li>
    </rdf:Bag>
   </dc:subject>
   <lr:hierarchicalSubject>
    <rdf:Bag><rdf:li>Places|Belgium|Brussels</rdf:li><rdf:li>conference</rdf:li></rdf:Bag>
   </lr:hierarchicalSubject>
   <dc:creator><rdf:Seq><rdf:li>Jane Doe</rdf:li></rdf:Seq></dc:creator>
  </rdf:Description>
"""
    + XMP_TAIL
)

DIGIKAM = (
    XMP_HEAD.format(tk="XMP Core 4.4.0-Exiv2")
    + """  <rdf:Description rdf:about=""
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:digiKam="http://www.digikam.org/ns/1.0/"
    xmlns:MicrosoftPhoto="http://ns.microsoft.com/photo/1.0/"
    xmlns:lr="http://ns.adobe.com/lightroom/1.0/"
    xmlns:mediapro="http://ns.iview-multimedia.com/mediapro/1.0/"
    xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"
    xmlns:mwg-rs="http://www.metadataworkinggroup.com/schemas/regions/"
    xmlns:stDim="http://ns.adobe.com/xap/1.0/sType/Dimensions#"
    xmlns:stArea="http://ns.adobe.com/xmp/sType/Area#"
   xmp:Rating="3"
   digiKam:ColorLabel="5"
   digiKam:PickLabel="3"
   MicrosoftPhoto:Rating="50">
   <digiKam:TagsList>
    <rdf:Seq>
     <rdf:li>Places</rdf:li><rdf:li>Places/Brussels</rdf:li>
     <rdf:li>People</rdf:li><rdf:li>People/Ugochi Daniels</rdf:li>
    </rdf:Seq>
   </digiKam:TagsList>
   <mediapro:CatalogSets>
    <rdf:Bag><rdf:li>Places|Brussels</rdf:li><rdf:li>People|Ugochi Daniels</rdf:li></rdf:Bag>
   </mediapro:CatalogSets>
   <lr:hierarchicalSubject>
    <rdf:Bag><rdf:li>Places|Brussels</rdf:li><rdf:li>People|Ugochi Daniels</rdf:li></rdf:Bag>
   </lr:hierarchicalSubject>
   <dc:subject>
    <rdf:Bag><rdf:li>Brussels</rdf:li><rdf:li>Ugochi Daniels</rdf:li></rdf:Bag>
   </dc:subject>
   <dc:description>
    <rdf:Alt><rdf:li xml:lang="x-default">Panel discussion</rdf:li></rdf:Alt>
   </dc:description>
   <mwg-rs:Regions rdf:parseType="Resource">
    <mwg-rs:AppliedToDimensions stDim:w="900" stDim:h="600" stDim:unit="pixel"/>
    <mwg-rs:RegionList>
     <rdf:Bag>
      <rdf:li>
       <rdf:Description mwg-rs:Name="Ugochi Daniels" mwg-rs:Type="Face">
        <mwg-rs:Area stArea:x="0.5" stArea:y="0.4" stArea:w="0.1" stArea:h="0.2"
          stArea:unit="normalized"/>
       </rdf:Description>
      </rdf:li>
     </rdf:Bag>
    </mwg-rs:RegionList>
   </mwg-rs:Regions>
  </rdf:Description>
"""
    + XMP_TAIL
)

DARKTABLE = (
    XMP_HEAD.format(tk="XMP Core 4.4.0-Exiv2")
    + """  <rdf:Description rdf:about=""
    xmlns:exif="http://ns.adobe.com/exif/1.0/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:lr="http://ns.adobe.com/lightroom/1.0/"
    xmlns:darktable="http://darktable.sf.net/"
   exif:DateTimeOriginal="2022:06:01 10:15:00.000"
   xmp:Rating="2"
   xmpMM:DerivedFrom="IMG_0003.JPG"
   darktable:import_timestamp="63788956800000000"
   darktable:xmp_version="5"
   darktable:raw_params="0"
   darktable:auto_presets_applied="1"
   darktable:history_end="1">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">Coffee break</rdf:li></rdf:Alt></dc:title>
   <dc:subject><rdf:Bag><rdf:li>networking</rdf:li></rdf:Bag></dc:subject>
   <lr:hierarchicalSubject>
    <rdf:Bag><rdf:li>Topics|networking</rdf:li></rdf:Bag>
   </lr:hierarchicalSubject>
   <darktable:colorlabels><rdf:Seq><rdf:li>0</rdf:li></rdf:Seq></darktable:colorlabels>
   <darktable:history>
    <rdf:Seq>
     <rdf:li darktable:num="0" darktable:operation="exposure" darktable:enabled="1"
       darktable:modversion="6" darktable:params="0000000000000000"
       darktable:multi_name="" darktable:multi_priority="0"/>
    </rdf:Seq>
   </darktable:history>
  </rdf:Description>
"""
    + XMP_TAIL
)


def jpeg(path: Path, seed: int) -> None:
    im = Image.effect_noise((900, 600), 30 + seed).convert("RGB")
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=90)
    path.write_bytes(buf.getvalue())


def exiftool(*args: str) -> list[dict[str, Any]]:
    assert EXIFTOOL is not None
    done = subprocess.run(
        [EXIFTOOL, "-j", "-a", "-G1", "-struct", *args], capture_output=True, check=True
    )
    return json.loads(done.stdout)


def warnings(path: Path) -> set[str]:
    """exiftool's validation warnings for ``path``."""
    [doc] = exiftool("-validate", "-warning", str(path))
    found = [v for k, v in doc.items() if k.endswith(":Warning") or k == "Warning"]
    return {str(w) for v in found for w in as_list(v)}


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


class Cli:
    def __init__(self, capsys: Any, path: Path) -> None:
        self.capsys, self.path = capsys, path

    def __call__(self, *args: str) -> str:
        self.capsys.readouterr()
        code = main(["--catalogue", str(self.path), *args])
        out = self.capsys.readouterr()
        assert code == 0, out.out + out.err
        return out.out

    def item(self, name: str) -> dict[str, Any]:
        records = json.loads(self("ls", "--json"))
        return next(r for r in records if r["name"] == name)


@pytest.fixture
def archive(tmp_path: Path, capsys: Any) -> tuple[Cli, Path]:
    """Four photos, one per program's conventions, ingested with sidecars written beside."""
    media = tmp_path / "media"
    media.mkdir()
    for n, name in enumerate(("IMG_0001.JPG", "IMG_0002.JPG", "IMG_0003.JPG", "PM_0004.JPG")):
        jpeg(media / name, n)
    (media / "IMG_0001.xmp").write_text(LIGHTROOM, "utf-8")  # Lightroom: extension replaced
    (media / "IMG_0002.JPG.xmp").write_text(DIGIKAM, "utf-8")  # digiKam: extension kept
    (media / "IMG_0003.JPG.xmp").write_text(DARKTABLE, "utf-8")  # darktable: kept too
    pm = media / "PM_0004.JPG"  # Photo Mechanic: IPTC-IIM and XMP inside the JPEG
    assert EXIFTOOL is not None
    subprocess.run(
        [
            EXIFTOOL, "-q", "-overwrite_original", "-codedcharacterset=utf8",
            "-EXIF:Make=SONY", "-EXIF:Model=ILCE-7M3",
            "-EXIF:DateTimeOriginal=2022:06:01 09:45:00",
            "-EXIF:ExposureCompensation=+0.7", "-EXIF:ShutterSpeedValue=1/125",
            "-EXIF:ExifImageWidth=900", "-EXIF:ExifImageHeight=600",
            "-IPTC:ObjectName=Registration desk", "-XMP-dc:Title=Registration desk",
            "-IPTC:Caption-Abstract=Old caption from Photo Mechanic",
            "-XMP-dc:Description=Old caption from Photo Mechanic",
            "-IPTC:Keywords=registration", "-XMP-dc:Subject=registration",
            "-IPTC:By-line=Jane Doe", "-XMP-dc:Creator=Jane Doe",
            "-XMP-photoshop:Credit=EMN", "-XMP-xmp:Label=Red",
            str(pm),
        ],
        check=True,
    )  # fmt: skip
    cli = Cli(capsys, tmp_path / "c.smpcat")
    cli("init")
    cli("roots", "add", str(media), "--label", "Media")
    root = json.loads(cli("roots", "list", "--json"))[0]["id"]
    cli("roots", "set", str(root), "--sidecars", "beside")
    cli("scan")
    for name in ("IMG_0001.JPG", "IMG_0002.JPG", "IMG_0003.JPG", "PM_0004.JPG"):
        cli("set", str(media / name), "--consent", "cleared")
    return cli, media


def show(cli: Cli, path: Path) -> dict[str, Any]:
    return json.loads(cli("show", str(path), "--json"))[0]


def tag_paths(record: dict[str, Any], kind: str) -> set[str]:
    return {t["path"] for t in record["tags"] if t["kind"] == kind}


def export(cli: Cli, media: Path, out: Path, *names: str, extra: tuple[str, ...] = ()) -> Path:
    out.mkdir(exist_ok=True)
    doc = json.loads(
        cli(
            "export", *(str(media / n) for n in names), "--to", str(out), "--name", "x",
            "--include-people", "--json", *extra,
        )
    )  # fmt: skip
    assert not doc["problems"], doc["problems"]
    files = [Path(f["path"]) if isinstance(f, dict) else Path(f) for f in doc["files"]]
    jpgs = [f if f.is_absolute() else Path(doc["payload_root"]) / f for f in files]
    return next(f for f in jpgs if f.suffix.lower() == ".jpg")


def test_lightroom_sidecar_round_trip(archive: tuple[Cli, Path], tmp_path: Path) -> None:
    cli, media = archive
    photo = media / "IMG_0001.JPG"
    before = show(cli, photo)
    # Hierarchy kept as a tree: the levels Lightroom repeats flat are no keywords of their own.
    assert tag_paths(before, "keyword") == {"Places|Belgium|Brussels", "conference"}
    assert before["rating"] == 4 and before["color_label"] == "green"
    assert before["captions"] == {"x-default": "Speakers on stage (old caption)"}

    cli("set", str(photo), "--caption", "Ugochi Daniels opens SMP 2022")
    cli("tag", str(photo), "--add", "Topics|Skills mobility")
    assert show(cli, photo)["captions"] == {"en": "Ugochi Daniels opens SMP 2022"}
    cli("sidecars", "write", str(photo))

    [x] = exiftool(str(media / "IMG_0001.xmp"))
    assert x["XMP-dc:Description"] == "Ugochi Daniels opens SMP 2022"  # what Lightroom shows
    assert x["XMP-dc:Title"] == "Opening plenary"
    assert set(as_list(x["XMP-lr:HierarchicalSubject"])) == {
        "Places|Belgium|Brussels",
        "conference",
        "Topics|Skills mobility",
    }
    assert set(as_list(x["XMP-dc:Subject"])) == {"Brussels", "conference", "Skills mobility"}
    assert x["XMP-xmp:Rating"] == 4 and x["XMP-xmp:Label"] == "Green"
    assert x["XMP-crs:Exposure2012"] == "+0.35"  # Lightroom's develop settings kept
    assert x["XMP-photoshop:Credit"] == "EMN / Jane Doe"

    jpg = export(cli, media, tmp_path / "out", "IMG_0001.JPG")
    [e] = exiftool(str(jpg))
    assert e["XMP-dc:Description"] == e["IPTC:Caption-Abstract"] == "Ugochi Daniels opens SMP 2022"
    assert e["XMP-dc:Title"] == e["IPTC:ObjectName"] == "Opening plenary"
    assert "Places|Belgium|Brussels" in as_list(e["XMP-lr:HierarchicalSubject"])
    assert "Places" not in as_list(e["XMP-dc:Subject"]) + as_list(e.get("IPTC:Keywords"))
    assert warnings(jpg) <= warnings(photo)


def test_digikam_sidecar_labels_people_and_regions(
    archive: tuple[Cli, Path], tmp_path: Path
) -> None:
    cli, media = archive
    photo = media / "IMG_0002.JPG"
    before = show(cli, photo)
    assert tag_paths(before, "keyword") == {"Places|Brussels"}
    assert tag_paths(before, "person") == {"Ugochi Daniels"}
    assert (before["rating"], before["flag"], before["color_label"]) == (3, 1, "blue")

    cli("set", str(photo), "--caption", "Panel on skills partnerships", "--color", "red")
    cli("tag", str(photo), "--add", "Amadou Diallo", "--tag-kind", "person")
    cli("sidecars", "write", str(photo))

    [x] = exiftool(str(media / "IMG_0002.JPG.xmp"))
    assert x["XMP-dc:Description"] == "Panel on skills partnerships"
    assert x["XMP-digiKam:ColorLabel"] == 1 and x["XMP-digiKam:PickLabel"] == 3
    assert set(as_list(x["XMP-digiKam:TagsList"])) == {
        "Places/Brussels",
        "People/Ugochi Daniels",
        "People/Amadou Diallo",
    }
    assert set(as_list(x["XMP-iptcExt:PersonInImage"])) == {"Ugochi Daniels", "Amadou Diallo"}
    # The face region digiKam drew is preserved as it was.
    regions = x["XMP-mwg-rs:RegionInfo"]["RegionList"]
    assert [r["Name"] for r in regions] == ["Ugochi Daniels"]
    assert regions[0]["Area"]["X"] == 0.5

    cli("set", str(photo), "--flag", "reject")
    cli("sidecars", "write", str(photo))
    [x] = exiftool(str(media / "IMG_0002.JPG.xmp"))
    assert x["XMP-digiKam:PickLabel"] == 1 and x["XMP-xmp:Rating"] == -1

    jpg = export(
        cli,
        media,
        tmp_path / "out",
        "IMG_0002.JPG",
        extra=("--override", str(photo), "--by", "Jo", "--reason", "test"),
    )
    [e] = exiftool(str(jpg))
    assert "People/Amadou Diallo" in as_list(e["XMP-digiKam:TagsList"])
    assert "XMP-mwg-rs:RegionInfo" not in e  # faces never leave in a publication copy
    assert warnings(jpg) <= warnings(photo)


def test_darktable_sidecar_keeps_its_history(archive: tuple[Cli, Path]) -> None:
    cli, media = archive
    photo = media / "IMG_0003.JPG"
    before = show(cli, photo)
    assert tag_paths(before, "keyword") == {"Topics|networking"}
    assert before["titles"] == {"x-default": "Coffee break"} and before["rating"] == 2

    cli("set", str(photo), "--title", "Networking at the coffee break", "--rating", "5")
    cli("sidecars", "write", str(photo))
    [x] = exiftool(str(media / "IMG_0003.JPG.xmp"))
    assert x["XMP-dc:Title"] == "Networking at the coffee break"
    assert x["XMP-xmp:Rating"] == 5
    assert as_list(x["XMP-lr:HierarchicalSubject"]) == ["Topics|networking"]
    history = as_list(x["XMP-darktable:History"])
    assert history and history[0]["Operation"] == "exposure"  # darktable's edits are kept
    assert x["XMP-darktable:Xmp_version"] == 5


def test_photo_mechanic_embedded_caption_edited(archive: tuple[Cli, Path], tmp_path: Path) -> None:
    cli, media = archive
    photo = media / "PM_0004.JPG"
    before = show(cli, photo)
    assert before["captions"] == {"x-default": "Old caption from Photo Mechanic"}
    assert tag_paths(before, "keyword") == {"registration"}

    cli("set", str(photo), "--caption", "Participants register on day 1")
    cli("sidecars", "write", str(photo))  # Photo Mechanic reads name.xmp or name.ext.xmp
    [x] = exiftool(str(media / "PM_0004.JPG.xmp"))
    assert x["XMP-dc:Description"] == "Participants register on day 1"

    jpg = export(cli, media, tmp_path / "out", "PM_0004.JPG")
    [e] = exiftool(str(jpg))
    # Photo Mechanic shows IPTC and XMP side by side: both carry the new text.
    assert e["IPTC:Caption-Abstract"] == "Participants register on day 1"
    assert e["XMP-dc:Description"] == "Participants register on day 1"
    assert e["IPTC:ObjectName"] == e["XMP-dc:Title"] == "Registration desk"
    # EXIF kept with the right types and the derived image's size.
    assert e["ExifIFD:ExposureCompensation"] == "+0.7"
    assert e["ExifIFD:ShutterSpeedValue"] == "1/125"
    assert (e["ExifIFD:ExifImageWidth"], e["ExifIFD:ExifImageHeight"]) == (
        e["File:ImageWidth"],
        e["File:ImageHeight"],
    )
    assert warnings(jpg) == set() == warnings(photo)


def phone_video(path: Path) -> None:
    """A phone's MP4: ISO 6709 location (udta and Apple keys), make and model, shot upright
    (display matrix: 90 degrees)."""
    import av
    from tests.core.export.export_helpers import mux_frames

    location = "+50.8503+004.3517/"
    options = {"movflags": "use_metadata_tags"}
    with av.open(str(path), "w", format="mp4", options=options) as container:
        container.metadata["location"] = location
        container.metadata["com.apple.quicktime.location.ISO6709"] = location
        container.metadata["com.apple.quicktime.make"] = "Apple"
        container.metadata["com.apple.quicktime.model"] = "iPhone 12"
        container.metadata["creation_time"] = "2022-06-01T08:15:00Z"
        stream = container.add_stream("mpeg4", rate=10)
        stream.width, stream.height, stream.pix_fmt = 64, 48, "yuv420p"
        stream.set_display_rotation(90)
        mux_frames(container, stream)


def private_video_tags(path: Path) -> dict[str, Any]:
    """What exiftool reads of where and with what a video was shot."""
    [doc] = exiftool(str(path))
    return {
        k: v
        for k, v in doc.items()
        if any(w in k for w in ("GPS", "Location", "Make", "Model", "Software", "Encoder"))
    }


@pytest.mark.parametrize("metadata", ["publication", "strip"])
def test_published_phone_video_has_no_gps_for_exiftool(
    tmp_path: Path, capsys: Any, metadata: str
) -> None:
    """The exported clip has no GPS, make or model for exiftool, plays upright (same
    Rotation), and the original is untouched; --metadata keep publishes the file as shot."""
    media = tmp_path / "media"
    media.mkdir()
    clip = media / "IMG_0042.MP4"
    phone_video(clip)
    shot = clip.read_bytes()
    before = private_video_tags(clip)
    assert "Composite:GPSPosition" in before and before["Keys:Model"] == "iPhone 12"
    cli = Cli(capsys, tmp_path / "c.smpcat")
    cli("init")
    cli("roots", "add", str(media), "--label", "Media")
    cli("scan")
    cli("set", str(clip), "--consent", "cleared")
    out = tmp_path / "out"
    out.mkdir()
    exported = {}
    for name, policy in (("pub", metadata), ("keep", "keep")):
        doc = json.loads(
            cli(
                "export", str(clip), "--to", str(out), "--name", name, "--preset", "web",
                "--metadata", policy, "--json",
            )
        )  # fmt: skip
        assert not doc["problems"], doc["problems"]
        exported[name] = next((out / name).rglob("*.mp4"))
    assert private_video_tags(exported["pub"]) == {}
    [orig] = exiftool(str(clip))
    [pub] = exiftool(str(exported["pub"]))
    assert pub["Composite:Rotation"] == orig["Composite:Rotation"] == 270
    assert pub["QuickTime:Duration"] == orig["QuickTime:Duration"]
    assert exported["keep"].read_bytes() == clip.read_bytes() == shot

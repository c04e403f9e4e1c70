"""The publication page: self-contained, complete, accessible; decks as PDF via LibreOffice."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from dataclasses import replace as replace_entry
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pikepdf
import pytest
from export_helpers import EVENT, entry_for, mux_frames, settings
from PIL import Image

from smparchive.core.export import WEB, Kind, MetadataPolicy, plan_export, run_export
from smparchive.core.export.webpage import PALETTE, contrast_ratio

PPTX_MIME = "application/vnd.openxmlformats-officedocument.presentationml.presentation"


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text("utf-8"))
    return page


def pdf_bytes(pages: int = 3) -> bytes:
    images = [Image.new("RGB", (400, 300), (30 * i, 90, 160)) for i in range(pages)]
    out = io.BytesIO()
    images[0].save(out, "PDF", save_all=True, append_images=images[1:])
    return out.getvalue()


def _authored(pdf: bytes) -> bytes:
    """``pdf`` with an author's name in its document information."""
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        doc.docinfo["/Author"] = pikepdf.String("Jan Privé")
        out = io.BytesIO()
        doc.save(out)
    return out.getvalue()


def mp4_bytes(path: Path) -> bool:
    try:
        import av
    except ImportError:
        return False
    try:
        with av.open(str(path), "w") as container:
            stream = container.add_stream("mpeg4", rate=10)
            stream.width, stream.height, stream.pix_fmt = 64, 48, "yuv420p"
            mux_frames(container, stream)
    except Exception:
        return False
    return True


@pytest.fixture
def conference(photo_set, tmp_path: Path):
    photos = photo_set(3)
    src = tmp_path / "src"
    deck = src / "keynote.pdf"
    deck.write_bytes(pdf_bytes(3))
    video = src / "keynote.mp4"
    has_video = mp4_bytes(video)
    if not has_video:
        video.write_bytes(b"\x00" * 100)
    entries = [
        *photos,
        entry_for(deck, "d1", Kind.SLIDES, pages=3, title={"en": "Keynote slides"}),
        entry_for(video, "v1", Kind.VIDEO, mime="video/mp4", duration_s=1.0),
    ]
    return entries, has_video


def test_page_is_complete_self_contained_and_accessible(conference, out_dir: Path) -> None:
    entries, has_video = conference
    report = run_export(plan_export(entries, settings(out_dir, preset=WEB), EVENT))
    root = report.payload_root
    page = parse(root / "index.html")
    text = " ".join(page.text)
    assert "SMP Conference 2024" in text and "Opening keynote" in text
    assert "Jane Doe, John Roe" in text and "Aula" in text
    assert "Photo: Ana Fotógrafa / SMP" in text and "The speaker answers a question" in text
    tags = [t for t, _ in page.tags]
    assert tags.count("h1") == 1 and "h2" in tags and "h3" in tags
    # every reference is local and exists: works from a file share, offline
    for _tag, attrs in page.tags:
        for key in ("src", "href", "poster"):
            value = attrs.get(key)
            if not value or value.startswith("#"):
                continue
            assert "://" not in value and not value.startswith("//"), value
            assert (root / unquote(value)).is_file(), value
    imgs = [a for t, a in page.tags if t == "img"]
    assert len(imgs) == 3 + 3  # photos + deck pages
    assert all(a.get("alt") for a in imgs)
    photo_alts = [a["alt"] for a in imgs if "previews" in (a.get("src") or "")]
    assert photo_alts == ["A woman at a lectern gestures towards a slide"] * 3
    assert sum("decks/" in (a.get("src") or "") for a in imgs) == 3
    videos = [a for t, a in page.tags if t == "video"]
    assert len(videos) == 1
    if has_video:
        assert videos[0].get("poster")
    # keyboard: a skip link first, no positive tabindex, only native controls
    first_link = next(a for t, a in page.tags if t == "a")
    assert first_link["href"] == "#main"
    assert any(t == "main" and a.get("id") == "main" for t, a in page.tags)
    assert all(int(a.get("tabindex") or 0) <= 0 for _, a in page.tags)
    assert not any(k.startswith("on") for _, a in page.tags for k in a)
    # one small local script (the large view), no inline code
    scripts = [a for t, a in page.tags if t == "script"]
    assert [a.get("src") for a in scripts] == ["assets/gallery.js"]
    assert "<script>" not in (root / "index.html").read_text("utf-8")
    css = (root / "assets" / "style.css").read_text("utf-8")
    assert "url(" not in css and "@import" not in css
    assert report.files  # and the page is not listed as payload in the manifest
    assert all(not f.path.startswith("assets/") for f in report.files)


def test_palette_has_sufficient_contrast() -> None:
    for name, (fg, bg) in PALETTE.items():
        assert contrast_ratio(fg, bg) >= 4.5, name
    assert contrast_ratio("#777777", "#ffffff") < 4.5  # the check can fail


def _fake_soffice(tmp_path: Path, pdf: bytes, fail: bool = False) -> str:
    made = tmp_path / "made.pdf"
    made.write_bytes(pdf)
    script = tmp_path / "soffice"
    # LibreOffice makes the --outdir folder
    body = "exit 3" if fail else f'mkdir -p "$out" && cp "{made}" "$out/deck.pdf"'
    script.write_text(
        "#!/bin/sh\n"
        'while [ "$#" -gt 0 ]; do if [ "$1" = "--outdir" ]; then out="$2"; fi; shift; done\n'
        f"{body}\n"
    )
    script.chmod(0o755)
    return str(script)


def _pptx(path: Path) -> None:
    thumb = io.BytesIO()
    Image.new("RGB", (256, 192), (200, 60, 60)).save(thumb, "JPEG")
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("docProps/thumbnail.jpeg", thumb.getvalue())


def test_deck_goes_out_as_pdf_with_libreoffice(tmp_path: Path, out_dir: Path) -> None:
    deck = tmp_path / "talk.pptx"
    _pptx(deck)
    pdf = _authored(pdf_bytes(2))  # LibreOffice carries the deck's author over
    entry = entry_for(deck, "d1", Kind.SLIDES, mime=PPTX_MIME, pages=2)
    s = settings(out_dir, decks_as_pdf=True)
    report = run_export(plan_export([entry], s, EVENT, soffice=_fake_soffice(tmp_path, pdf)))
    (file,) = report.files
    assert file.path.endswith(".pdf")
    written = report.payload_root / file.path
    assert b"Jan Priv" not in written.read_bytes()  # published without it
    with pikepdf.open(written) as out:
        assert len(out.pages) == 2 and str(out.docinfo["/Author"]) == "Ana Fotógrafa"
    # all metadata kept on purpose: LibreOffice's PDF as it made it
    keep = settings(out_dir, decks_as_pdf=True, metadata=MetadataPolicy.KEEP_ALL, name="keep")
    report = run_export(plan_export([entry], keep, EVENT, soffice=_fake_soffice(tmp_path, pdf)))
    (file,) = report.files
    assert (report.payload_root / file.path).read_bytes() == pdf
    assert "application/pdf" in (report.payload_root / "manifest.csv").read_text()
    assert len(list((report.payload_root / "assets" / "decks").iterdir())) == 2


def test_deck_without_libreoffice_goes_out_as_original(tmp_path: Path, out_dir: Path) -> None:
    deck = tmp_path / "talk.pptx"
    _pptx(deck)
    entry = entry_for(deck, "d1", Kind.SLIDES, mime=PPTX_MIME)
    plan = plan_export([entry], settings(out_dir, decks_as_pdf=True), EVENT, soffice=None)
    # the deck that needed LibreOffice, named (a row "talk.pptx — why" in the dialog)
    assert [w for w in plan.warnings if "LibreOffice" in w] == [
        "talk.pptx: converting it to PDF needs LibreOffice, which was not found (no PDF of it "
        "is kept in the cache): it goes out as the original."
    ]
    report = run_export(plan)
    (file,) = report.files
    assert file.path.endswith(".pptx") and file.sha256 == entry.sha256
    previews = list((report.payload_root / "assets" / "decks").iterdir())
    assert len(previews) == 1  # the embedded thumbnail


def test_failed_conversion_is_reported(tmp_path: Path, out_dir: Path) -> None:
    deck = tmp_path / "talk.pptx"
    _pptx(deck)
    entry = entry_for(deck, "d1", Kind.SLIDES, mime=PPTX_MIME)
    soffice = _fake_soffice(tmp_path, b"", fail=True)
    report = run_export(plan_export([entry], settings(out_dir, decks_as_pdf=True), None, soffice))
    assert report.files == ()
    assert "LibreOffice could not convert" in report.problems[0].message


@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="chromium not installed")
def test_the_header_lines_up_with_the_content_on_a_wide_screen(conference, out_dir: Path) -> None:
    """At 1920x1080 the page's content is a centred column but the header's title sat at
    the window's left edge, 400 px from the photos below it: it starts where they do."""
    entries, _ = conference
    report = run_export(plan_export(entries, settings(out_dir, preset=WEB), EVENT))
    shot = out_dir / "wide.png"
    cmd = [
        "/usr/bin/chromium",
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--force-device-scale-factor=1",
        f"--screenshot={shot}",
        "--window-size=1920,1080",
        (report.payload_root / "index.html").as_uri(),
    ]
    subprocess.run(cmd, capture_output=True, timeout=60, check=False)
    im = Image.open(shot).convert("RGB")
    band = (0x1F, 0x3A, 0x5F)
    bottom = next(y for y in range(im.height) if im.getpixel((5, y)) != band)

    def left_edge(top: int, end: int, ink: Any) -> int:
        """The leftmost x of a pixel ``ink`` accepts in rows top..end (the left half)."""
        return min(
            x for y in range(top, end) for x in range(im.width // 2) if ink(im.getpixel((x, y)))
        )

    title = left_edge(0, bottom, lambda p: min(p) > 200)  # white words on the band
    content = left_edge(bottom + 1, im.height, lambda p: max(p) < 120)  # dark text, photos
    assert content > 200  # a centred column, not the window's edge
    assert abs(title - content) <= 6, (title, content)


@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="chromium not installed")
def test_page_renders_offline_in_headless_chromium(conference, out_dir: Path) -> None:
    entries, _ = conference
    report = run_export(plan_export(entries, settings(out_dir, preset=WEB), EVENT))
    shot = out_dir / "shot.png"
    cmd = [
        "/usr/bin/chromium",
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--host-resolver-rules=MAP * ~NOTFOUND",  # any external request would fail
        f"--screenshot={shot}",
        "--window-size=1200,1600",
        (report.payload_root / "index.html").as_uri(),
    ]
    subprocess.run(cmd, capture_output=True, timeout=60, check=False)
    assert shot.is_file()
    im = Image.open(shot).convert("RGB")
    colours = im.getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 50  # text, header band and photos drawn
    header = im.getpixel((20, 20))
    assert header == (0x1F, 0x3A, 0x5F)  # the styled header: the stylesheet was loaded


@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="chromium not installed")
def test_a_small_recording_plays_at_a_watchable_size(conference, out_dir: Path) -> None:
    # a low-resolution livestream (here 64x48) used to show as a thumbnail-sized player
    entries, has_video = conference
    assert has_video
    report = run_export(plan_export(entries, settings(out_dir, preset=WEB), EVENT))
    page = report.payload_root / "index.html"
    probe = page.with_name("probe.html")
    script = (
        "<script>window.addEventListener('load',()=>{const v=document.querySelector('video');"
        "const p=document.createElement('pre');p.id='width';"
        "p.textContent=String(Math.round(v.getBoundingClientRect().width));"
        "document.body.appendChild(p);});</script>"
    )
    probe.write_text(page.read_text("utf-8").replace("</body>", script + "</body>"), "utf-8")
    done = subprocess.run(
        [
            "/usr/bin/chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--window-size=1200,1600",
            "--virtual-time-budget=5000",
            "--dump-dom",
            probe.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert 'id="width">' in done.stdout, done.stderr[-2000:]
    width = int(done.stdout.split('id="width">', 1)[1].split("<", 1)[0])
    assert width >= 500  # the player spans the column (40em), not the video's 64 pixels


def test_camera_boilerplate_is_neither_caption_nor_alt_text(photo_set, out_dir: Path) -> None:
    # Catalogued before boilerplate was recognised: the page still does not repeat it.
    [photo] = photo_set(1, caption={"x-default": "OLYMPUS DIGITAL CAMERA"}, alt_text={})
    report = run_export(plan_export([photo], settings(out_dir, preset=WEB), EVENT))
    page = parse(report.payload_root / "index.html")
    assert "OLYMPUS" not in " ".join(page.text)
    [img] = [a for t, a in page.tags if t == "img"]
    assert img["alt"] and "OLYMPUS" not in img["alt"]


def test_a_photo_with_a_title_and_a_caption_shows_both(photo_set, out_dir: Path) -> None:
    """The page showed a photo's title only when it had no caption: "Closing panel" was
    lost under its caption. Both show now, the title first; a title that repeats the
    caption shows once; the large view's text has both too."""
    texts = (
        ({"en": "Closing panel"}, {"en": "Ministers answer the audience."}),
        ({"en": "Same words"}, {"en": "Same words"}),
        ({"en": "Only a title"}, {}),
    )
    photos = [
        replace_entry(p, title=t, caption=c, alt_text={})
        for p, (t, c) in zip(photo_set(3), texts, strict=True)
    ]
    report = run_export(plan_export(photos, settings(out_dir, preset=WEB), EVENT))
    html = (report.payload_root / "index.html").read_text("utf-8")
    figcaptions = [f.split("</figcaption>", 1)[0] for f in html.split("<figcaption")[1:]]
    first, same, only = sorted(figcaptions, key=lambda f: ("Closing" not in f, "Same" not in f))
    assert '<span class="title">Closing panel</span>' in first
    assert "<span>Ministers answer the audience.</span>" in first
    assert first.index("Closing panel") < first.index("Ministers answer")
    assert 'data-text="Closing panel — Ministers answer the audience.' in first
    assert same.count("Same words") == 2  # once shown, once in the large view's text
    assert "Only a title" in only
    alts = {a.get("alt") for t, a in parse(report.payload_root / "index.html").tags if t == "img"}
    # the alt text falls back to the caption (it describes), then to the title, as before
    assert alts == {"Ministers answer the audience.", "Same words", "Only a title"}


def test_a_session_with_two_recordings_heads_them_in_the_plural(
    conference, tmp_path: Path, out_dir: Path
) -> None:
    """A session's full recording and its clip from the day's stream sat under
    "Enregistrement" (one recording); two decks under "Présentation". One stays singular."""
    entries, _ = conference
    video = next(e for e in entries if e.kind is Kind.VIDEO)
    deck = next(e for e in entries if e.kind is Kind.SLIDES)
    second = tmp_path / "src" / "panel.mp4"
    shutil.copy(video.source, second)
    slides = tmp_path / "src" / "panel.pdf"
    shutil.copy(deck.source, slides)
    two = [
        *entries,
        entry_for(second, "v2", Kind.VIDEO, mime="video/mp4", duration_s=1.0),
        entry_for(slides, "d2", Kind.SLIDES, pages=3, title={"en": "Panel slides"}),
    ]
    s = settings(out_dir, "two", preset=WEB, language="fr")
    page = (run_export(plan_export(two, s, EVENT)).payload_root / "index.html").read_text("utf-8")
    assert "<h4>Enregistrements</h4>" in page and "<h4>Présentations</h4>" in page
    s = settings(out_dir, "one", preset=WEB, language="fr")
    page = (run_export(plan_export(entries, s, EVENT)).payload_root / "index.html").read_text(
        "utf-8"
    )
    assert "<h4>Enregistrement</h4>" in page and "<h4>Présentation</h4>" in page

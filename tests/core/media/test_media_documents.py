"""Decks, documents and audio built in tmp_path: text, titles, notes, counts and layering."""

from __future__ import annotations

import subprocess
import sys
import wave
import zipfile
from pathlib import Path

from smparchive.core.media.info import Kind, Outcome
from smparchive.core.media.probe import probe_file

ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def test_pptx_titles_text_and_speaker_notes(tmp_path: Path) -> None:
    from pptx import Presentation

    prs = Presentation()
    for n in range(3):
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = f"Slide {n + 1}: Über Zeit"
        slide.placeholders[1].text = f"body text {n}"
        slide.notes_slide.notes_text_frame.text = f"say hello {n}"
    path = tmp_path / "deck.pptx"
    prs.save(str(path))
    result = probe_file(path)
    info = result.info
    assert info.kind is Kind.SLIDES and info.page_count == 3
    assert info.slide_titles == [f"Slide {n}: Über Zeit" for n in (1, 2, 3)]
    assert info.text and "body text 2" in info.text
    assert info.notes and "say hello 0" in info.notes
    assert result.thumbnail is not None  # python-pptx's template carries docProps/thumbnail.jpeg

    bare = tmp_path / "bare.pptx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(bare, "w") as dst:
        for item in src.infolist():
            if item.filename != "docProps/thumbnail.jpeg":
                dst.writestr(item, src.read(item))
    result = probe_file(bare)
    assert result.info.page_count == 3
    assert result.thumbnail is None
    assert result.info.outcome is Outcome.WARNING
    assert result.thumbnail_problem == "The package carries no preview picture."


def test_docx_body_text_and_props(tmp_path: Path) -> None:
    path = tmp_path / "concept.docx"
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types>wordprocessingml</Types>")
        zf.writestr(
            "word/document.xml",
            f'<w:document xmlns:w="{w}"><w:body><w:p><w:r><w:t>Concept </w:t></w:r>'
            "<w:r><w:t>note</w:t></w:r></w:p><w:p><w:r><w:t>Zweite Zeile</w:t></w:r></w:p>"
            "</w:body></w:document>",
        )
        zf.writestr(
            "docProps/core.xml",
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>The plan</dc:title>'
            "<dc:creator>Ann</dc:creator><dcterms:created>2024-03-01T09:00:00Z</dcterms:created>"
            "</cp:coreProperties>",
        )
    info = probe_file(path, thumbnail_sizes=()).info
    assert info.kind is Kind.DOCUMENT and info.outcome is Outcome.OK
    assert info.text == "Concept note\nZweite Zeile"
    assert info.title == {"x-default": "The plan"} and info.creator == "Ann"
    assert info.capture is not None and info.capture.offset_minutes == 0


def test_odt_text(tmp_path: Path) -> None:
    path = tmp_path / "notes.odt"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr(
            "content.xml",
            f"<office:document-content {ODF_NS}><office:body><office:text>"
            "<text:h>Heading</text:h><text:p>a<text:s text:c='2'/>b<text:tab/>c</text:p>"
            "</office:text></office:body></office:document-content>",
        )
    info = probe_file(path, thumbnail_sizes=()).info
    assert info.kind is Kind.DOCUMENT and info.outcome is Outcome.OK
    assert info.text == "Heading\na  b\tc"


def test_keynote_package_counts_slides_and_uses_preview(tmp_path: Path) -> None:
    import io

    from PIL import Image

    preview = io.BytesIO()
    Image.new("RGB", (400, 300), (10, 120, 200)).save(preview, "JPEG")
    path = tmp_path / "talk.key"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("Index/Document.iwa", b"\x00")
        for n in range(4):
            zf.writestr(f"Index/Slide-{1000 + n}.iwa", b"\x00")
        zf.writestr("preview.jpg", preview.getvalue())
    result = probe_file(path)
    assert result.info.kind is Kind.SLIDES and result.info.format == "KEY"
    assert result.info.page_count == 4
    assert result.info.outcome is Outcome.OK and result.thumbnail is not None


def test_wav_is_audio_and_ok_without_picture(tmp_path: Path) -> None:
    path = tmp_path / "room.wav"
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(8000)
        wav.writeframes(b"\x00\x10" * 8000 * 2)
    result = probe_file(path)
    assert result.info.kind is Kind.AUDIO and result.info.outcome is Outcome.OK
    assert result.info.duration_s is not None and abs(result.info.duration_s - 2.0) < 0.05
    assert result.thumbnail is None


def test_probing_loads_neither_qt_nor_vlc(corpus: Path) -> None:
    code = (
        "import sys; from pathlib import Path\n"
        "from smparchive.core.media.probe import probe_file\n"
        f"for p in sorted(Path({str(corpus)!r}).rglob('*')):\n"
        "    p.is_file() and probe_file(p)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'vlc', 'shiboken'))]\n"
        "assert not bad, bad\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]

"""Fast tests of the demo generator's parts and of its folder-safety rules."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pypdfium2 as pdfium
import pytest

from smparchive.core.demo import MARKER, DemoError, generate_demo
from smparchive.core.demo.pdf import PdfDocument, pdf_date, text_width, wrap
from smparchive.core.demo.photos import plan_photos, write_photo
from smparchive.core.demo.programme import SESSIONS, schedule_json
from smparchive.core.progress import Cancelled, CancelToken

EMPTY_MANIFEST = (
    '{"format": 1, "seed": 1, "time_zone": "Europe/Brussels", "cameras": [], "photos": [], '
    '"recordings": [], "documents": [], "programme": []}'
)


def test_pdf_writer_produces_a_valid_file_with_accents_and_escapes() -> None:
    doc = PdfDocument({"Title": "Réunion (test)", "CreationDate": "D:20220601090000+02'00'"})
    page = doc.add_page(960, 540)
    page.rect(0, 0, 960, 40, (10, 20, 30))
    page.text(40, 500, "Région de Bruxelles-Capitale – (1) back\\slash", 20, bold=True)
    doc.add_page(595, 842).text(50, 800, "second page", 11)
    data = doc.to_bytes()
    xref_at = int(data.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    xref = data[xref_at:].split(b"\n")
    assert xref[0] == b"xref"
    count = int(xref[1].split()[1])
    assert count == 10  # free entry, catalog, pages, info, two fonts, two (page, content)
    for number in range(1, count):  # every entry points exactly at "N 0 obj"
        offset = int(xref[2 + number][:10])
        assert data[offset:].startswith(f"{number} 0 obj".encode())
    pdf = pdfium.PdfDocument(io.BytesIO(data))
    try:
        assert len(pdf) == 2
        assert pdf.get_metadata_dict()["Title"] == "Réunion (test)"
        assert pdf[0].get_textpage().get_text_range() == (
            "Région de Bruxelles-Capitale – (1) back\\slash"
        )
        assert pdf[1].get_size() == (595, 842)
    finally:
        pdf.close()


def test_text_width_and_wrap_use_helvetica_metrics() -> None:
    assert text_width("Hello", 10) == pytest.approx((722 + 556 + 222 + 222 + 556) / 100)
    assert text_width("é", 10) == text_width("e", 10)
    lines = wrap("one two three four five six seven", 12, 60)
    assert all(text_width(line, 12) <= 60 for line in lines)
    assert " ".join(lines) == "one two three four five six seven"
    brussels = datetime(2022, 6, 1, 9, 0, tzinfo=ZoneInfo("Europe/Brussels"))
    assert pdf_date(brussels) == "D:20220601090000+02'00'"


def test_photo_plan_is_deterministic_and_depends_on_the_seed() -> None:
    first, again, other = plan_photos(2022), plan_photos(2022), plan_photos(7)
    assert [p.entry for p in first] == [p.entry for p in again]
    assert [p.entry.captured_utc for p in first] != [p.entry.captured_utc for p in other]
    assert len({p.entry.path for p in first}) == len(first) == 60


def test_photo_pixels_depend_on_the_seed(tmp_path: Path) -> None:
    planned = plan_photos(2022)[0]
    write_photo(planned, tmp_path / "a.jpg", 2022)
    write_photo(planned, tmp_path / "b.jpg", 2022)
    write_photo(planned, tmp_path / "c.jpg", 5)
    a, b, c = ((tmp_path / n).read_bytes() for n in ("a.jpg", "b.jpg", "c.jpg"))
    assert a == b and a != c


def test_programme_json_lists_every_session_once() -> None:
    text = schedule_json()
    for session in SESSIONS:
        assert text.count(f'"guid": "{session.guid}"') == 1


def test_refuses_a_foreign_non_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "holiday.jpg").write_bytes(b"not mine")
    with pytest.raises(DemoError, match="not empty"):
        generate_demo(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["holiday.jpg"]


def test_refuses_a_file_as_target(tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_text("x")
    with pytest.raises(DemoError, match="not a folder"):
        generate_demo(target)


def test_never_writes_through_a_symlink_out_of_the_folder(tmp_path: Path) -> None:
    target, outside = tmp_path / "demo", tmp_path / "outside"
    target.mkdir()
    outside.mkdir()
    (target / MARKER).write_text(EMPTY_MANIFEST, encoding="utf-8")
    (target / "Photos").symlink_to(outside, target_is_directory=True)
    with pytest.raises(DemoError, match="not a plain folder"):
        generate_demo(target)
    assert list(outside.iterdir()) == []


def test_a_corrupt_marker_is_reported(tmp_path: Path) -> None:
    (tmp_path / MARKER).write_text("{not json", encoding="utf-8")
    with pytest.raises(DemoError, match="cannot be read"):
        generate_demo(tmp_path)


def test_cancel_stops_before_writing(tmp_path: Path) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        generate_demo(tmp_path / "demo", cancel=token)
    assert not any(p.is_file() for p in (tmp_path / "demo").rglob("*"))

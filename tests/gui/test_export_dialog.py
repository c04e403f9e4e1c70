"""Export dialog: preflight shows held-back items, overrides need who and why, export runs."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from tests.gui.conftest import consent_photos

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _no_last_choices(qapp: Any) -> None:
    """Each test starts from the dialog's defaults (the app remembers the last export's)."""
    from PySide6.QtCore import QSettings

    QSettings().remove("export/last")


def preflighted(
    qtbot: Any,
    catalog: Any,
    runner: Any,
    ids: list[int],
    folder: Path,
    *,
    preset: str = "thumbnails",
    name: str = "pics",
) -> Any:
    """An export dialog over ``ids`` to ``folder`` (``preset``, named ``name``), its
    preflight run."""
    from smparchive.gui.dialogs.export_dialog import ExportDialog

    dlg = ExportDialog(catalog, runner, ids)
    qtbot.addWidget(dlg)
    dlg.folder.setText(str(folder))
    dlg.name.setText(name)
    dlg.preset.setCurrentIndex(dlg.preset.findData(preset))
    dlg.show()
    qtbot.waitExposed(dlg)
    qtbot.mouseClick(dlg.preflight_btn, Qt.MouseButton.LeftButton)
    return dlg


@pytest.fixture
def photos(catalog: Any, add_items: Any, tmp_path: Path) -> list[int]:
    """Three real JPEGs catalogued as rows: two cleared, one marked do-not-publish."""
    return consent_photos(add_items, tmp_path / "media", ("cleared", "cleared", "do_not_publish"))


def _dialog(qtbot: Any, catalog: Any, runner: Any, ids: list[int], out: Path) -> Any:
    from smparchive.gui.dialogs.export_dialog import ExportDialog

    dlg = ExportDialog(catalog, runner, ids)
    qtbot.addWidget(dlg)
    dlg.folder.setText(str(out))
    dlg.name.setText("pics")
    dlg.preset.setCurrentIndex(dlg.preset.findData("thumbnails"))
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def test_preflight_override_and_export(
    english: None, qtbot: Any, catalog: Any, sync_runner: Any, photos: list[int], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    dlg = _dialog(qtbot, catalog, sync_runner, photos, out)
    assert "3 items" in dlg.source_label.text()
    assert not dlg.export_btn.isEnabled()  # no export before a preflight
    dlg.template.setText("{nope}")
    assert "Unknown token" in dlg.example.text() and not dlg.preflight_btn.isEnabled()
    dlg.template.setText("{session}/{seq}_{original}.{ext}")
    assert dlg.example.text().endswith("0001_IMG_0.jpg")

    qtbot.mouseClick(dlg.preflight_btn, Qt.MouseButton.LeftButton)
    assert list(out.iterdir()) == []  # the preflight writes nothing
    assert dlg.held.rowCount() == 1
    assert dlg.held.data(dlg.held.index(0, 1)) == "IMG_2.jpg"
    assert "do not publish" in dlg.held.data(dlg.held.index(0, 2))
    assert dlg.export_btn.isEnabled()

    # ticking the held item needs a name and a reason before Export is possible again
    assert dlg.held.setData(
        dlg.held.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert not dlg.export_btn.isEnabled() and dlg.override_hint.text()
    # the summary is not stale: its held-back sentence follows the tick
    assert "1 held-back item is ticked and goes out" in dlg.preflight_label.text()
    dlg.decided_by.setText("Comms lead")
    dlg.reason.setText("Speaker agreed by e-mail")
    assert dlg.export_btn.isEnabled()

    qtbot.mouseClick(dlg.export_btn, Qt.MouseButton.LeftButton)
    assert dlg.outcome is not None, dlg.result_label.text()
    report = dlg.outcome.report
    assert report.bundle == out / "pics"
    rows = list(csv.DictReader(io.StringIO((out / "pics" / "manifest.csv").read_text())))
    assert {r["dcterms:identifier"] for r in rows} == {str(i) for i in photos}
    assert "published by override" in dlg.result_label.text() and dlg.open_btn.isVisible()
    (record,) = catalog.export_history()
    (decision,) = record.overrides["decisions"]
    assert decision["decided_by"] == "Comms lead"
    assert decision["reason"] == "Speaker agreed by e-mail"


def test_changing_settings_requires_a_new_preflight(
    qtbot: Any, catalog: Any, sync_runner: Any, photos: list[int], tmp_path: Path
) -> None:
    dlg = _dialog(qtbot, catalog, sync_runner, photos, tmp_path)
    dlg.run_preflight()
    assert dlg.export_btn.isEnabled()
    dlg.audience.setCurrentIndex(dlg.audience.findData("archive"))
    assert not dlg.export_btn.isEnabled() and dlg.held.rowCount() == 0
    dlg.run_preflight()
    assert dlg.held.rowCount() == 0  # no consent gate for an archive hand-over
    assert dlg.check is not None and dlg.check.exportable == 3


def test_export_runs_off_the_ui_thread(
    qtbot: Any, catalog: Any, photos: list[int], tmp_path: Path
) -> None:
    from smparchive.gui.tasks import TaskRunner

    runner = TaskRunner()
    out = tmp_path / "out"
    out.mkdir()
    try:
        dlg = _dialog(qtbot, catalog, runner, photos[:2], out)
        qtbot.waitUntil(lambda: "2 items" in dlg.source_label.text())
        dlg.target.setCurrentIndex(dlg.target.findData("zip"))
        dlg.run_preflight()
        qtbot.waitUntil(lambda: dlg.check is not None)
        dlg.run_export()
        qtbot.waitUntil(lambda: dlg.outcome is not None, timeout=20000)
        assert (out / "pics.zip").is_file()
        assert dlg.close_btn.text() == "Close" and dlg.settings_box.isEnabled()
    finally:
        runner.shutdown()


def test_guided_flow_names_the_source_checks_by_itself_and_remembers_folders(
    qtbot: Any, catalog: Any, sync_runner: Any, photos: list[int], tmp_path: Path
) -> None:
    from smparchive.core.export.catalog_export import ExportSource
    from smparchive.gui.dialogs.export_dialog import ExportDialog, remembered_folder

    cid = catalog.create_collection("LinkedIn 3 June", item_ids=photos).value
    dlg = ExportDialog(catalog, sync_runner, ExportSource.collection(str(cid)))
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.windowTitle() == "Export “LinkedIn 3 June”"
    assert "LinkedIn" in dlg.name.placeholderText()  # the bundle is named after it
    assert "/" not in dlg.template.text()  # a flat, simple default
    # no folder yet: the preflight has run by itself (what goes out, what is held back and
    # why are known before choosing where it goes); Export is greyed and says why
    qtbot.waitUntil(lambda: dlg.check is not None, timeout=3000)
    assert dlg.check.held_back  # unknown consent is held back, with its reason listed
    assert dlg.table.isVisibleTo(dlg) and dlg.held.rowCount() == len(dlg.check.held_back)
    assert "To export: " in dlg.preflight_label.text()
    assert "Choose the folder the export goes into." in dlg.preflight_label.text()
    assert not dlg.export_btn.isEnabled()
    assert dlg.export_btn.toolTip() == "Choose the folder the export goes into."
    web = tmp_path / "web"
    web.mkdir()
    dlg.folder.setText(str(web))
    qtbot.waitUntil(lambda: dlg.check is not None, timeout=3000)  # checked by itself
    assert dlg.export_btn.isEnabled() or dlg.export_btn.toolTip()
    dlg.unknown.setChecked(True)  # unknown consent goes out too: nothing held back
    qtbot.waitUntil(lambda: dlg.check is not None and dlg.export_btn.isEnabled(), timeout=3000)
    dlg.run_export()
    qtbot.waitUntil(lambda: dlg.outcome is not None, timeout=20000)
    preset = dlg.preset.currentData()
    assert remembered_folder(preset) == str(web)
    # another preset has its own folder; coming back brings this one back
    other = next(
        dlg.preset.itemData(i)
        for i in range(dlg.preset.count())
        if dlg.preset.itemData(i) != preset
    )
    dlg.preset.setCurrentIndex(dlg.preset.findData(other))
    drive = tmp_path / "drive"
    drive.mkdir()
    dlg.folder.setText(str(drive))
    dlg.preset.setCurrentIndex(dlg.preset.findData(preset))
    assert dlg.folder.text() == str(drive)  # typed for this export: kept
    again = ExportDialog(catalog, sync_runner, ExportSource.collection(str(cid)))
    qtbot.addWidget(again)
    assert again.folder.text() == str(web)


def test_post_preview_counter_copy_and_crop(
    qtbot: Any, catalog: Any, sync_runner: Any, photos: list[int], tmp_path: Path
) -> None:
    """A platform preset shows the post as it will be pasted, counted against the limit."""
    from PySide6.QtGui import QGuiApplication

    from smparchive.core.thumbcache import THUMB

    cleared = photos[:2]
    url = "https://www.example.org/publications/2022/skills-mobility-partnerships-report"
    for n, item in enumerate(cleared):
        catalog.set_text([item], "caption", "en", f"The panel answers questions ({n})")
        catalog.set_text([item], "caption", "fr", f"Le panel répond aux questions ({n}) {url}")
        catalog.set_text([item], "alt", "fr", f"Quatre intervenants à une table ({n})")
        catalog.set_text([item], "alt", "en", f"Four panellists at a table ({n})")
    first = catalog.item(cleared[0])
    buf = io.BytesIO()
    Image.new("RGB", (300, 200), (40, 90, 160)).save(buf, "JPEG")
    catalog.thumbnails.put(first.sha256, THUMB, buf.getvalue())
    out = tmp_path / "out"
    out.mkdir()
    dlg = _dialog(qtbot, catalog, sync_runner, cleared, out)
    assert not dlg.post_box.isVisible()  # thumbnails: no post
    dlg.preset.setCurrentIndex(dlg.preset.findData("mastodon"))
    dlg.language.setCurrentIndex(dlg.language.findData("fr"))
    dlg.hashtags.setText("#SMP2022, EMN")
    assert dlg.post_box.isVisible()
    qtbot.mouseClick(dlg.preflight_btn, Qt.MouseButton.LeftButton)
    text = dlg.post_text.toPlainText()
    assert text.startswith("Le panel répond aux questions (0)")
    assert text.rstrip().endswith("#SMP2022 #EMN")
    # as Mastodon counts it (each URL 23 characters), the count post.md and the manifest say
    mastodon = len(text.rstrip()) - 2 * (len(url) - 23)
    assert dlg.post_counter.text() == f"{mastodon} / 500 characters"
    assert "Not cropped" in dlg.crop_note.text() and dlg.crop_box is None
    assert dlg.crop_view.pixmap() is not None and not dlg.crop_view.pixmap().isNull()
    qtbot.mouseClick(dlg.copy_post, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text

    # Instagram crops to 4:5: the preview outlines what is kept
    dlg.preset.setCurrentIndex(dlg.preset.findData("instagram"))
    qtbot.mouseClick(dlg.preflight_btn, Qt.MouseButton.LeftButton)
    assert "4:5" in dlg.crop_note.text() and dlg.crop_box is not None
    left, top, right, bottom = dlg.crop_box
    assert abs((right - left) * 5 - (bottom - top) * 4) < 1
    assert "/ 2,200 characters" in dlg.post_counter.text() or "/ 2200" in dlg.post_counter.text()

    # X: a long caption goes over its 280 characters, and the counter says so
    catalog.set_text([cleared[0]], "caption", "fr", "Un très long compte rendu. " * 20)
    dlg.preset.setCurrentIndex(dlg.preset.findData("x"))
    qtbot.mouseClick(dlg.preflight_btn, Qt.MouseButton.LeftButton)
    assert "over X (Twitter)'s limit" in dlg.post_counter.text()
    assert "#b91c1c" in dlg.post_counter.styleSheet()

    # a photo without alt text is held back by a platform's preset, said once
    catalog.set_text([cleared[1]], "alt", "fr", None)
    catalog.set_text([cleared[1]], "alt", "en", None)
    qtbot.mouseClick(dlg.preflight_btn, Qt.MouseButton.LeftButton)
    assert dlg.held.rowCount() == 1
    assert dlg.held.data(dlg.held.index(0, 2)) == "no alt text (needed to publish on a platform)"


def test_the_last_exports_choices_are_offered_again(
    qtbot: Any, catalog: Any, sync_runner: Any, photos: list[int], tmp_path: Path, settings: Any
) -> None:
    """The Excel manifest, the page, the audience, the target and the file names chosen for
    the last export come back in the next dialog; publishing unknown consent does not."""
    from smparchive.gui.dialogs.export_dialog import ExportDialog

    out = tmp_path / "out"
    out.mkdir()
    dlg = ExportDialog(catalog, sync_runner, photos[:2], settings=settings)
    qtbot.addWidget(dlg)
    assert not dlg.excel.isChecked() and dlg.page.isChecked()  # the first time: defaults
    dlg.folder.setText(str(out))
    dlg.preset.setCurrentIndex(dlg.preset.findData("thumbnails"))
    dlg.target.setCurrentIndex(dlg.target.findData("zip"))
    dlg.excel.setChecked(True)
    dlg.page.setChecked(False)
    dlg.unknown.setChecked(True)
    dlg.template.setText("{seq}_{original}.{ext}")
    dlg.run_preflight()
    qtbot.waitUntil(lambda: dlg.check is not None and dlg.export_btn.isEnabled(), timeout=3000)
    dlg.run_export()
    qtbot.waitUntil(lambda: dlg.outcome is not None, timeout=20000)

    again = ExportDialog(catalog, sync_runner, photos[:1], settings=settings)
    qtbot.addWidget(again)
    assert again.excel.isChecked()
    assert not again.page.isChecked()
    assert again.preset.currentData() == "thumbnails"
    assert again.target.currentData() == "zip"
    assert again.template.text() == "{seq}_{original}.{ext}"
    assert again.folder.text() == str(out)
    assert not again.unknown.isChecked()  # decided for each export


def test_a_typed_folder_that_does_not_exist_yet_is_made(
    qtbot: Any, catalog: Any, sync_runner: Any, photos: list[int], tmp_path: Path, ui_files: Any
) -> None:
    """The comms officer types a new folder: the preflight says Export makes it, and it
    does (the export failed with 'The export target folder does not exist'); the export
    job makes it, not the UI thread (on a share that stopped answering it froze)."""
    out = tmp_path / "LinkedIn 3 June"
    dlg = _dialog(qtbot, catalog, sync_runner, photos, out)
    dlg.run_preflight()
    assert "does not exist yet" in dlg.preflight_label.text()
    assert dlg.export_btn.isEnabled()
    ui_files.seen.clear()
    qtbot.mouseClick(dlg.export_btn, Qt.MouseButton.LeftButton)
    assert dlg.outcome is not None, dlg.result_label.text()
    assert ui_files.seen == []
    assert (out / "pics" / "manifest.csv").is_file()
    # what the box says now is what happened, not the check made before the folder existed
    assert dlg.preflight_box.title() == "Result"
    assert dlg.result_label.isVisible() and dlg.result_label.text().startswith("Exported ")
    assert not dlg.preflight_label.isVisible()
    shown = [w.text() for w in dlg.preflight_box.findChildren(QLabel) if w.isVisible()]
    assert not any("does not exist yet" in t for t in shown), shown
    dlg.name.setText("pics again")  # another export: the box checks it again
    qtbot.waitUntil(lambda: dlg.check is not None)
    assert dlg.preflight_box.title() == "Preflight" and dlg.preflight_label.isVisible()
    assert not dlg.result_label.isVisible()


def test_a_folder_whose_parent_is_missing_is_refused_before_export(
    qtbot: Any, catalog: Any, sync_runner: Any, photos: list[int], tmp_path: Path
) -> None:
    """Two missing levels (a mistyped or unplugged parent): the preflight said only what
    goes out and Export failed when pressed. The check now says the folder does not exist,
    with Export off; the folder is not made."""
    out = tmp_path / "not-here" / "masto"
    dlg = _dialog(qtbot, catalog, sync_runner, photos, out)
    dlg.run_preflight()
    assert "does not exist" in dlg.preflight_label.text(), dlg.preflight_label.text()
    assert str(out) in dlg.preflight_label.text()
    assert not dlg.export_btn.isEnabled()
    assert not out.parent.exists()


def test_ctrl_enter_exports_from_anywhere_in_the_dialog(
    qtbot: Any, catalog: Any, sync_runner: Any, photos: list[int], tmp_path: Path
) -> None:
    """Export had no key: about 30 Tabs from the folder field. Ctrl+Enter exports (as it
    applies a caption), only once the check allows it."""
    out = tmp_path / "out"
    out.mkdir()
    dlg = _dialog(qtbot, catalog, sync_runner, photos, out)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)  # shortcuts work in the active window
    dlg.folder.setFocus()
    dlg.run_preflight()
    assert dlg.export_btn.isEnabled() and "Ctrl+Enter" in dlg.export_btn.toolTip()
    qtbot.keyClick(dlg.folder, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dlg.outcome is not None, dlg.result_label.text()
    assert (out / "pics" / "manifest.csv").is_file()


def test_enter_in_a_field_checks_again_and_never_opens_the_folder_chooser(
    qtbot: Any, catalog: Any, sync_runner: Any, photos: list[int], tmp_path: Path, monkeypatch: Any
) -> None:
    """Enter typed after the folder or the page's address opened "Choose…" (the dialog had
    no default button, so it made the first one in the focus chain its default). Enter runs
    the check again; only Ctrl+Enter exports."""
    from PySide6.QtWidgets import QFileDialog

    opened: list[str] = []
    monkeypatch.setattr(QFileDialog, "exec", lambda d: opened.append("chooser") or 0)
    out = tmp_path / "out"
    out.mkdir()
    dlg = _dialog(qtbot, catalog, sync_runner, photos, out)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    checks: list[bool] = []
    dlg.preflight_btn.clicked.connect(lambda: checks.append(True))
    for field in (dlg.folder, dlg.page_url):
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert opened == []
    assert checks == [True, True]
    assert dlg.outcome is None and not (out / "pics").exists()


def test_the_name_example_is_the_name_written(
    qtbot: Any, catalog: Any, add_items: Any, sync_runner: Any, tmp_path: Path
) -> None:
    """The example showed '.jpg' for a PDF the export copies as '.pdf', and a photo in
    the preset's format only by luck: it is now the first file's name as written."""
    from smparchive.gui.dialogs.export_dialog import ExportDialog

    media = tmp_path / "media"
    media.mkdir()
    (media / "concept_note.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    [pdf] = add_items(
        [{"name": "concept_note.pdf", "kind": "document", "mime": "application/pdf"}], media
    )
    dlg = ExportDialog(catalog, sync_runner, [pdf])
    qtbot.addWidget(dlg)
    dlg.template.setText("{seq}_{original}.{ext}")
    qtbot.waitUntil(lambda: dlg.sample is not None, timeout=3000)
    dlg.template.setText("{seq}_{original}.{ext} ")
    assert dlg.example.text().endswith("0001_concept_note.pdf"), dlg.example.text()
    dlg.preset.setCurrentIndex(dlg.preset.findData("social"))
    dlg.template.setText("{seq}_{original}.{ext}")
    assert dlg.example.text().endswith("0001_concept_note.pdf"), dlg.example.text()


def test_the_page_address_makes_shared_links_show_the_cover(
    qtbot: Any, catalog: Any, sync_runner: Any, photos: list[int], tmp_path: Path
) -> None:
    """The dialog had no way to give the page's address (the command line's --page-url):
    its share tags named the cover picture relative to the page, and LinkedIn or Mastodon
    showed no picture. With the address the page names the cover in full."""
    out = tmp_path / "out"
    out.mkdir()
    dlg = _dialog(qtbot, catalog, sync_runner, photos, out)
    dlg.preset.setCurrentIndex(dlg.preset.findData("web"))
    dlg.unknown.setChecked(True)
    dlg.page_url.setText("www.example.org/smp")  # not an address a site can fetch
    dlg.run_preflight()
    assert "https://" in dlg.preflight_label.text() and not dlg.export_btn.isEnabled()
    dlg.page_url.setText("https://www.example.org/smp/")
    dlg.run_preflight()
    qtbot.mouseClick(dlg.export_btn, Qt.MouseButton.LeftButton)
    assert dlg.outcome is not None, dlg.result_label.text()
    page = (dlg.outcome.report.bundle / "index.html").read_text("utf-8")
    assert '<meta property="og:image" content="https://www.example.org/smp/' in page
    assert '<meta property="og:url" content="https://www.example.org/smp/index.html">' in page
    dlg.page.setChecked(False)  # no page: nothing to give an address to
    assert not dlg.page_url.isEnabled() and dlg.settings().page_url == ""
    # the event's next export offers the address again; one without https is refused
    again = _dialog(qtbot, catalog, sync_runner, photos, out)
    assert again.page_url.text() == "https://www.example.org/smp/"
    again.page_url.setText("http://www.example.org/smp/")
    again.run_preflight()
    assert "is not the page's address" in again.preflight_label.text()
    assert not again.export_btn.isEnabled()


def test_a_remembered_day_folder_template_keeps_sessions_in_one_folder(
    qtbot: Any, catalog: Any, sync_runner: Any, photos: list[int], settings: Any
) -> None:
    """The day-folder template remembered from before {day_date} existed named its folders
    with {date}, now the capture's date: a session after midnight would be split in two.
    It comes back as today's day-folder template; a template someone typed stays theirs."""
    from smparchive.core.export.presets import DEFAULT_TEMPLATE, FORMER_DEFAULT_TEMPLATE
    from smparchive.gui.dialogs.export_dialog import ExportDialog

    for saved, shown in (
        (FORMER_DEFAULT_TEMPLATE, DEFAULT_TEMPLATE),
        ("{date}/{seq}_{original}.{ext}", "{date}/{seq}_{original}.{ext}"),
    ):
        settings.save_export_choices({"template": saved})
        dlg = ExportDialog(catalog, sync_runner, photos[:1], settings=settings)
        qtbot.addWidget(dlg)
        assert dlg.template.text() == shown
    assert "{day_date} {day}/" in DEFAULT_TEMPLATE


def test_a_preset_shows_no_size_but_its_own(
    qtbot: Any, catalog: Any, sync_runner: Any, photos: list[int], tmp_path: Path
) -> None:
    """With "Post for LinkedIn" the greyed custom fields still said "Long edge 2048 px"
    (LinkedIn's is 1920), and the crop note promised a long edge the photos never get (a
    rendition is not enlarged). The custom fields show only for the custom preset; the
    note says the size the photo goes out at."""
    from smparchive.core.thumbcache import THUMB

    cleared = photos[:2]
    for item in cleared:
        catalog.set_text([item], "alt", "en", "Four panellists at a table")
    buf = io.BytesIO()
    Image.new("RGB", (300, 200), (40, 90, 160)).save(buf, "JPEG")
    catalog.thumbnails.put(catalog.item(cleared[0]).sha256, THUMB, buf.getvalue())
    dlg = _dialog(qtbot, catalog, sync_runner, cleared, tmp_path)
    for key in ("linkedin", "thumbnails", "web", "originals"):
        dlg.preset.setCurrentIndex(dlg.preset.findData(key))
        assert not dlg.long_edge.isVisible() and not dlg.quality.isVisible(), key
    dlg.preset.setCurrentIndex(dlg.preset.findData("custom"))
    assert dlg.long_edge.isVisible() and dlg.long_edge.isEnabled()
    dlg.preset.setCurrentIndex(dlg.preset.findData("linkedin"))
    qtbot.mouseClick(dlg.preflight_btn, Qt.MouseButton.LeftButton)
    # the fixture's photos are 320 x 240: they go out at 320 px, not LinkedIn's 1920
    assert dlg.crop_note.text() == "Not cropped: the whole picture, long edge 320 px"


def test_a_bag_of_originals_says_why_it_holds_more_files_than_items(
    qtbot: Any, catalog: Any, sync_runner: Any, photos: list[int], tmp_path: Path
) -> None:
    """An archive bag now carries an XMP sidecar beside each original: the preflight said
    "2 items go out as 4 files" without a word of why; it says so now, and they are there."""
    out = tmp_path / "out"
    out.mkdir()
    catalog.set_text(photos[:2], "caption", "en", "Ministers answer the audience.")
    dlg = _dialog(qtbot, catalog, sync_runner, photos, out)
    dlg.preset.setCurrentIndex(dlg.preset.findData("originals"))
    dlg.target.setCurrentIndex(dlg.target.findData("bagit"))
    qtbot.mouseClick(dlg.preflight_btn, Qt.MouseButton.LeftButton)
    text = dlg.preflight_label.text()
    assert "2 originals go with an XMP sidecar holding the catalogue's texts" in text
    qtbot.mouseClick(dlg.export_btn, Qt.MouseButton.LeftButton)
    assert dlg.outcome is not None, dlg.result_label.text()
    sidecars = sorted(p.name for p in (out / "pics" / "data").rglob("*.xmp"))
    assert len(sidecars) == 2 and all(n.endswith(".jpg.xmp") for n in sidecars)


def test_the_preflight_says_one_item_and_one_file_in_good_english(
    english: None, qtbot: Any, catalog: Any, sync_runner: Any, photos: list[int], tmp_path: Path
) -> None:
    """A single photo's preflight read "1 item go out as 1 file": the counts agree with
    their nouns and no verb has to agree with them."""
    out = tmp_path / "out"
    out.mkdir()
    catalog.set_fields(photos[:1], consent="cleared")
    dlg = _dialog(qtbot, catalog, sync_runner, photos[:1], out)
    qtbot.mouseClick(dlg.preflight_btn, Qt.MouseButton.LeftButton)
    first = dlg.preflight_label.text().splitlines()[0]
    assert first.startswith("To export: 1 item as 1 file (about "), first
    assert " go out" not in first


def test_the_first_exports_folder_chooser_opens_in_the_home_folder(
    qtbot: Any, catalog: Any, sync_runner: Any, photos: list[int], tmp_path: Path, monkeypatch: Any
) -> None:
    """With no folder remembered yet, Choose… opened in the app's working directory (its
    source tree, started from a checkout; / from a launcher). It opens in the home folder,
    and beside a remembered or typed folder when there is one."""
    from PySide6.QtWidgets import QFileDialog

    opened: list[str] = []

    def shown(dialog: QFileDialog) -> int:
        opened.append(dialog.directory().absolutePath())
        return 0  # cancelled

    monkeypatch.setattr(QFileDialog, "exec", shown)
    monkeypatch.chdir(Path(__file__).parent)  # as from a checkout
    monkeypatch.setenv("HOME", str(tmp_path))
    dlg = _dialog(qtbot, catalog, sync_runner, photos, tmp_path / "out")
    dlg.folder.setText("")
    qtbot.mouseClick(dlg.browse, Qt.MouseButton.LeftButton)
    assert opened == [str(tmp_path)]
    assert dlg.folder.text() == ""  # cancelled: nothing chosen
    (tmp_path / "shared" / "comms").mkdir(parents=True)
    dlg.folder.setText(str(tmp_path / "shared" / "comms"))
    qtbot.mouseClick(dlg.browse, Qt.MouseButton.LeftButton)
    assert opened[1] == str(tmp_path / "shared" / "comms")


def test_the_preflight_holds_back_a_rejected_photo_and_says_why(
    qtbot: Any, catalog: Any, sync_runner: Any, photos: list[int], tmp_path: Path, french: Any
) -> None:
    """Rejected with X, put in the collection anyway, exported: the preflight lists it,
    in the interface's language, beside the do-not-publish one."""
    catalog.set_fields([photos[0]], flag=-1)
    out = tmp_path / "out"
    out.mkdir()
    dlg = _dialog(qtbot, catalog, sync_runner, photos, out)
    qtbot.mouseClick(dlg.preflight_btn, Qt.MouseButton.LeftButton)
    rows = {
        dlg.held.data(dlg.held.index(r, 1)): dlg.held.data(dlg.held.index(r, 2))
        for r in range(dlg.held.rowCount())
    }
    assert set(rows) == {"IMG_0.jpg", "IMG_2.jpg"}
    assert rows["IMG_0.jpg"] == "marqué Rejeté"


def test_a_second_export_of_the_same_name_says_where_it_goes_before_it_runs(
    qtbot: Any, catalog: Any, sync_runner: Any, photos: list[int], tmp_path: Path
) -> None:
    """The comms officer exported the collection, changed a setting and exported again into
    the same folder: the second export went to 'pics-2' and was only said once done, while
    she looked for it in 'pics'. The preflight says it beforehand."""
    out = tmp_path / "out"
    out.mkdir()
    first = _dialog(qtbot, catalog, sync_runner, photos[:2], out)
    first.run_preflight()
    assert "already in that folder" not in first.preflight_label.text()
    qtbot.mouseClick(first.export_btn, Qt.MouseButton.LeftButton)
    assert first.outcome is not None and (out / "pics").is_dir()
    again = _dialog(qtbot, catalog, sync_runner, photos[:1], out)
    again.run_preflight()
    said = again.preflight_label.text()
    # the names in the language's quotation marks, as the dialog's title names its source
    assert "“pics” is already in that folder" in said and "named “pics-2”" in said, said
    qtbot.mouseClick(again.export_btn, Qt.MouseButton.LeftButton)
    assert again.outcome is not None
    assert again.outcome.report.bundle == out / "pics-2"
    # Export again at once went out a third time, as 'pics-3', which no check had said
    assert not again.export_btn.isEnabled()
    assert "press Preflight" in again.export_btn.toolTip()
    again.run_preflight()
    assert "named “pics-3”" in again.preflight_label.text()
    assert again.export_btn.isEnabled()


def test_every_tab_stop_is_a_control_not_a_scrolling_panel(
    qtbot: Any, catalog: Any, sync_runner: Any, photos: list[int], tmp_path: Path, window: Any
) -> None:
    """The export dialog opened with the focus on the panel its settings scroll in: nothing
    showed it, and the first key went nowhere (a Tab more to reach the preset each way
    round). The inspector's panel was such a stop too, before its fields. The dialog now
    opens on its first setting, and neither panel is a stop of its own."""
    from PySide6.QtWidgets import QScrollArea, QWidget

    dlg = _dialog(qtbot, catalog, sync_runner, photos, tmp_path / "out")
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    assert dlg.focusWidget() is dlg.preset
    for top in (dlg, window):
        stops = []
        w = top.nextInFocusChain()
        while w is not top:
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(top):
                stops.append(w)
            w = w.nextInFocusChain()
        panels = [
            w
            for w in stops
            if isinstance(w, QScrollArea)
            and w.widget() is not None
            and any(
                c.focusPolicy() & Qt.FocusPolicy.TabFocus for c in w.widget().findChildren(QWidget)
            )
        ]
        assert panels == [], [p.objectName() or type(p).__name__ for p in panels]


@pytest.mark.parametrize("screen", [(1920, 1040), (1366, 728)])
def test_the_post_shows_whole_where_the_screen_has_room(
    qtbot: Any,
    catalog: Any,
    sync_runner: Any,
    photos: list[int],
    tmp_path: Path,
    monkeypatch: Any,
    screen: tuple[int, int],
) -> None:
    """At 1920x1080 the dialog stayed 540 px tall with a platform preset: the post, the
    thing the comms officer checks, scrolled in a box of eight lines. It grows to show it
    whole, and stays within a laptop's screen."""
    from PySide6.QtCore import QRect

    from smparchive.gui import screen_fit
    from smparchive.gui.dialogs import export_dialog

    area = QRect(0, 0, *screen)
    monkeypatch.setattr(screen_fit, "available_area", lambda _w: area)
    monkeypatch.setattr(export_dialog, "available_area", lambda _w: area)
    cleared = photos[:2]
    for n, item in enumerate(cleared):
        text = f"Panellist {n} on how partnerships with countries of origin are financed. " * 4
        catalog.set_text([item], "caption", "en", text)
        catalog.set_text([item], "alt", "en", f"Four panellists at a table ({n})")
    out = tmp_path / "out"
    out.mkdir()
    dlg = _dialog(qtbot, catalog, sync_runner, cleared, out)
    dlg.preset.setCurrentIndex(dlg.preset.findData("linkedin"))
    qtbot.mouseClick(dlg.preflight_btn, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert dlg.post_text.toPlainText().startswith("Panellist 0")
    assert dlg.frameGeometry().height() <= screen[1]
    qtbot.wait(100)
    if screen[0] == 1920:
        assert dlg.post_text.verticalScrollBar().maximum() == 0  # nothing hidden below
        qtbot.waitUntil(lambda: dlg.preflight_scroll.verticalScrollBar().maximum() == 0)


@pytest.mark.parametrize("language", ["english", "french", "dutch"])
def test_the_folder_fields_hint_is_not_cut_off(
    qtbot: Any, request: Any, catalog: Any, sync_runner: Any, photos: list[int], language: str
) -> None:
    """Beside "Choose…" the empty folder field read "Choose the folder the export goes
    into" cut after "into" at 1920x1080: it is wide enough for its whole hint."""
    from PySide6.QtWidgets import QStyle

    from smparchive.gui.dialogs.export_dialog import ExportDialog

    request.getfixturevalue(language)
    dlg = ExportDialog(catalog, sync_runner, photos[:2])
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    hint = dlg.folder.placeholderText()
    assert hint and dlg.folder.text() == ""
    if language != "english":
        assert hint != "Choose the folder the export goes into"  # translated
    frame = dlg.folder.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
    inner = dlg.folder.width() - 2 * frame - 2 * 2  # its frame and Qt's 2 px inside it
    assert dlg.folder.fontMetrics().horizontalAdvance(hint) <= inner


def test_an_export_leaves_the_cache_within_its_limit(
    qtbot: Any, catalog: Any, sync_runner: Any, photos: list[int], tmp_path: Path, settings: Any
) -> None:
    """An export adds decks' renditions to the cache (the viewer's store): the cache is
    trimmed to the Preferences' limit after it, as after a scan's thumbnails."""
    import os

    from smparchive.core.cache_folder import folder_stats
    from smparchive.core.media.pages import PageStore
    from smparchive.gui.dialogs.export_dialog import ExportDialog

    store = PageStore(catalog.cache_dir)
    for n, when in ((1, 1000), (2, 2000)):
        store.put_rendition(f"{n:064x}", b"%PDF" + b"r" * 700_000)
        os.utime(store.rendition_path(f"{n:064x}"), (when, when))
    settings.cache_limit_mb = 1
    out = tmp_path / "out"
    out.mkdir()
    dlg = ExportDialog(catalog, sync_runner, photos[:2], settings=settings)
    qtbot.addWidget(dlg)
    dlg.folder.setText(str(out))
    dlg.preset.setCurrentIndex(dlg.preset.findData("thumbnails"))
    dlg.run_preflight()
    qtbot.waitUntil(lambda: dlg.check is not None and dlg.export_btn.isEnabled(), timeout=3000)
    dlg.run_export()
    qtbot.waitUntil(lambda: dlg.outcome is not None, timeout=20000)
    qtbot.waitUntil(lambda: folder_stats(catalog.cache_dir).total_bytes <= 1024 * 1024)
    assert not store.rendition_path(f"{1:064x}").exists()  # the least recently used
    assert store.rendition_path(f"{2:064x}").exists()

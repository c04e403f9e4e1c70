"""The export dialog's preflight and report, and the consent withdrawal, in the interface's
language: the core's sentences (warnings, why an item cannot go out, why the export failed)
come with a code (core/messages.py) and the app says them in French or Dutch, with the
person's name, the file names and the numbers in them."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

pytestmark = pytest.mark.gui

# what each language must say (and the English it must no longer show)
WANTED = {
    "fr": {
        "held": "montre Jane Roe",
        "no_face": "Jane Roe\u00a0: aucun visage confirmé à flouter",
        "missing": "Le fichier est manquant (il n’a pas été trouvé lors du dernier scan)",
        "originals": "Avertissement\u00a0: Les originaux gardent toutes leurs métadonnées",
        "alt": (
            "\n    IMG_1.jpg — le texte alternatif est un nom de fichier\u00a0; décrivez l’image."
        ),
        "names": "\n    IMG_1.jpg — le champ légende nomme Jane Roe, dont le visage est flouté",
        "about": "Avertissements concernant 1 élément\u00a0:\n",
        "failed": "L’exportation a échoué. Le dossier de destination de l’exportation",
        "one": "À exporter\u00a0: 1 élément, soit 1 fichier (",
    },
    "nl": {
        "held": "toont Jane Roe",
        "no_face": "Jane Roe: geen bevestigd gezicht om te vervagen",
        "missing": "Het bestand ontbreekt (het werd bij de laatste scan niet gevonden)",
        "originals": "Waarschuwing: Originelen behouden al hun metadata",
        "alt": "\n    IMG_1.jpg — de alternatieve tekst is een bestandsnaam; beschrijf de "
        "afbeelding.",
        "names": "\n    IMG_1.jpg — de bijschrift noemt Jane Roe, wiens gezicht vervaagd is",
        "about": "Waarschuwingen over 1 item:\n",
        "failed": "De export is mislukt. De doelmap van de export bestaat niet",
        "one": "Te exporteren: 1 item als 1 bestand (",
    },
}
ENGLISH = (
    "Originals keep",
    "is a file name",
    "has no text of its own",
    "The file is missing",
    "does not exist",
    "whose face is blurred",
    "no confirmed face",
)


@pytest.fixture(params=["fr", "nl"])
def language(request: Any, qapp: Any) -> Iterator[str]:
    from PySide6.QtCore import QLocale, QSettings

    from smparchive.gui.app import install_translations

    QSettings().remove("export/last")
    before = QLocale()
    installed = install_translations(qapp, request.param)
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def photos(catalog: Any, add_items: Any, tmp_path: Path) -> list[int]:
    """Two real JPEGs (cleared) and a third whose file was not found at the last scan."""
    media = tmp_path / "media"
    media.mkdir()
    specs: list[dict[str, Any]] = []
    for i in range(3):
        buf = io.BytesIO()
        Image.effect_noise((320, 240), 20 + i).convert("RGB").save(buf, "JPEG")
        data = buf.getvalue()
        if i < 2:
            (media / f"IMG_{i}.jpg").write_bytes(data)
        specs.append(
            {"name": f"IMG_{i}.jpg", "mime": "image/jpeg", "size": len(data),
             "sha256": hashlib.sha256(data).hexdigest(), "width": 320, "height": 240,
             "consent": "cleared", **({"status": "missing"} if i == 2 else {})}
        )  # fmt: skip
    return add_items(specs, media)


def _dialog(qtbot: Any, catalog: Any, runner: Any, ids: list[int], out: Path, preset: str) -> Any:
    from smparchive.gui.dialogs.export_dialog import ExportDialog

    dlg = ExportDialog(catalog, runner, ids)
    qtbot.addWidget(dlg)
    dlg.folder.setText(str(out))
    dlg.name.setText("pics")
    dlg.preset.setCurrentIndex(dlg.preset.findData(preset))
    return dlg


def _held_texts(dlg: Any) -> str:
    return "\n".join(str(dlg.held.data(dlg.held.index(r, 2))) for r in range(dlg.held.rowCount()))


def test_preflight_of_a_web_export_speaks_the_language(
    language: str, qtbot: Any, catalog: Any, photos: list[int], sync_runner: Any, tmp_path: Path
) -> None:
    """A photo of someone whose consent was withdrawn is held back and the preflight says
    why by name; a file not found is unavailable, said in the language too."""
    want = WANTED[language]
    catalog.tag_items(photos[:1], ["Jane Roe"], kind="person")
    catalog.set_person_consent("Jane Roe", "none", withdrawn_on=date(2026, 11, 30))
    out = tmp_path / "out"
    out.mkdir()
    dlg = _dialog(qtbot, catalog, sync_runner, photos, out, "web")
    dlg.blur.setChecked(True)  # asked for, but Jane Roe has no confirmed face to blur
    dlg.run_preflight()
    held = _held_texts(dlg)
    assert dlg.held.rowCount() == 2, held
    assert want["held"] in held and want["no_face"] in held
    assert want["missing"] in held
    assert not any(english in held for english in ENGLISH), held


def test_preflight_and_report_warnings_speak_the_language(
    language: str, qtbot: Any, catalog: Any, photos: list[int], sync_runner: Any, tmp_path: Path
) -> None:
    """The core's warnings in the preflight and in the report after the export."""
    want = WANTED[language]
    out = tmp_path / "out"
    out.mkdir()
    dlg = _dialog(qtbot, catalog, sync_runner, photos[:2], out, "originals")
    dlg.audience.setCurrentIndex(dlg.audience.findData("public"))
    dlg.run_preflight()
    text = dlg.preflight_label.text()
    assert want["originals"] in text, text
    assert not any(english in text for english in ENGLISH), text
    dlg.run_export()
    assert dlg.outcome is not None, dlg.result_label.text()
    report = dlg.result_label.text()
    assert want["originals"] in report, report
    assert not any(english in report for english in ENGLISH), report


def test_post_checks_and_blurred_names_speak_the_language(
    language: str, qtbot: Any, catalog: Any, photos: list[int], sync_runner: Any, tmp_path: Path
) -> None:
    """A platform's post: an alt text that is only the file name, and a caption naming
    someone whose face is blurred, in the language."""
    want = WANTED[language]
    photo = photos[1]
    catalog.set_text([photo], "alt", "en", "IMG_1")
    catalog.set_text([photo], "caption", "en", "Jane Roe at the lectern")
    catalog.store_faces([(photo, [(0.4, 0.3, 0.2, 0.3, 0.99, bytes(512))])])
    catalog.name_faces([f.id for f in catalog.faces(item_ids=[photo])], "Jane Roe")
    catalog.set_person_consent("Jane Roe", "none", withdrawn_on=date(2026, 11, 30))
    out = tmp_path / "out"
    out.mkdir()
    dlg = _dialog(qtbot, catalog, sync_runner, [photo], out, "mastodon")
    dlg.language.setCurrentIndex(dlg.language.findData("en"))
    dlg.blur.setChecked(True)
    dlg.run_preflight()
    text = dlg.preflight_label.text()
    assert dlg.held.rowCount() == 0, _held_texts(dlg)
    assert want["alt"] in text and want["names"] in text, text
    # the item's two warnings are rows under one heading, naming the one file alike
    assert want["about"] in text, text
    assert text.startswith(want["one"]), text  # one item, one file: singular
    assert not any(english in text for english in ENGLISH), text


def test_a_failed_export_says_why_in_the_language(
    language: str, qtbot: Any, catalog: Any, photos: list[int], sync_runner: Any, tmp_path: Path
) -> None:
    """The export's target went away between the preflight and the run."""
    want = WANTED[language]
    out = tmp_path / "gone"
    out.mkdir()
    dlg = _dialog(qtbot, catalog, sync_runner, photos[:1], out, "web")
    dlg.run_preflight()
    assert dlg.export_btn.isEnabled(), dlg.preflight_label.text()
    out.rmdir()
    dlg.run_export()
    text = dlg.result_label.text()
    # two sentences: the reason has its own colon ("failed: … does not exist: /x" had two)
    assert want["failed"] in text and str(out) in text, text


NO_ALT = {"fr": "pas de texte alternatif", "nl": "geen alternatieve tekst"}
UNKNOWN = {"fr": "consentement inconnu", "nl": "toestemming onbekend"}


def test_held_back_says_only_the_reasons_it_is_held_for(
    language: str, qtbot: Any, catalog: Any, photos: list[int], sync_runner: Any, tmp_path: Path
) -> None:
    """With 'export items whose consent is unknown' ticked, a photo held back for its
    missing alt text does not also say 'consent unknown' (that no longer holds it)."""
    from smparchive.gui.i18n import translate

    unknown = translate("format", "consent unknown")
    assert unknown == UNKNOWN[language]
    catalog.set_fields(photos[:1], consent="unknown")
    out = tmp_path / "out"
    out.mkdir()
    dlg = _dialog(qtbot, catalog, sync_runner, photos[:1], out, "mastodon")
    dlg.run_preflight()
    held = _held_texts(dlg)
    assert unknown in held and NO_ALT[language] in held, held  # held for both
    dlg.unknown.setChecked(True)
    dlg.run_preflight()
    held = _held_texts(dlg)
    assert dlg.held.rowCount() == 1 and NO_ALT[language] in held, held
    assert unknown not in held, held


TEMPLATE = {"fr": "Jeton inconnu {bogus} dans le modèle de nom",
            "nl": "Onbekend token {bogus} in het naamsjabloon"}  # fmt: skip


def test_a_wrong_name_template_says_why_in_the_language(
    language: str, qtbot: Any, catalog: Any, photos: list[int], sync_runner: Any, tmp_path: Path
) -> None:
    dlg = _dialog(qtbot, catalog, sync_runner, photos[:1], tmp_path, "web")
    dlg.template.setText("{date}_{bogus}.{ext}")
    assert TEMPLATE[language] in dlg.example.text(), dlg.example.text()
    assert not dlg.template_ok


def test_the_texts_language_follows_the_interface_until_chosen(
    language: str, qtbot: Any, catalog: Any, photos: list[int], sync_runner: Any, tmp_path: Path
) -> None:
    """'Language of texts' starts in the interface's language (not English), an export
    made without touching it does not pin it, and a language the person picked is kept for
    the next export."""
    from PySide6.QtCore import QSettings

    out = tmp_path / "out"
    out.mkdir()
    dlg = _dialog(qtbot, catalog, sync_runner, photos[:2], out, "originals")
    assert dlg.language.currentData() == language
    dlg.run_preflight()
    dlg.run_export()
    assert dlg.outcome is not None, dlg.result_label.text()
    assert QSettings().value("export/last/language") is None
    again = _dialog(qtbot, catalog, sync_runner, photos[:2], out, "originals")
    assert again.language.currentData() == language
    english = again.language.findData("en")
    again.language.setCurrentIndex(english)
    again.language.activated.emit(english)  # as a click on "English" does
    again.name.setText("pics-en")
    again.run_preflight()
    again.run_export()
    assert again.outcome is not None, again.result_label.text()
    third = _dialog(qtbot, catalog, sync_runner, photos[:2], out, "originals")
    assert third.language.currentData() == "en"


def test_a_programme_day_is_named_as_the_sidebar_names_it(
    qtbot: Any, catalog: Any, sync_runner: Any, photos: list[int], language: str
) -> None:
    """Exporting "Day 1" in French said « Exporter Day 1 » and named the bundle
    "... Day 1" beside a sidebar reading "Jour 1": the day as the sidebar names it."""
    from smparchive.core.export.catalog_export import ExportSource
    from smparchive.gui.dialogs.export_dialog import ExportDialog

    catalog.create_event("SMP", time_zone="Europe/Brussels")
    catalog.add_day(date(2022, 6, 1), label="Day 1")
    dlg = ExportDialog(catalog, sync_runner, ExportSource.day("2022-06-01"))
    qtbot.addWidget(dlg)
    word = {"fr": "Jour 1", "nl": "Dag 1"}[language]
    qtbot.waitUntil(lambda: word in dlg.windowTitle(), timeout=3000)
    assert "Day 1" not in dlg.windowTitle()
    assert word in dlg.source_label.text() and "Day 1" not in dlg.source_label.text()
    assert dlg.name.placeholderText().endswith(word), dlg.name.placeholderText()


def test_a_session_is_named_by_its_title_in_the_interface_s_language(
    qtbot: Any, catalog: Any, sync_runner: Any, photos: list[int], language: str
) -> None:
    """Exporting a bilingual programme's session named it by its English title in the
    French interface, beside a sidebar reading its French one."""
    from smparchive.core.export.catalog_export import ExportSource
    from smparchive.gui.dialogs.export_dialog import ExportDialog

    catalog.create_event("SMP", time_zone="Europe/Brussels", language="en")
    start = datetime(2022, 6, 1, 7, 30, tzinfo=UTC)
    sid = catalog.add_session("EMN roundtable", start, start.replace(hour=9)).value
    catalog.set_programme_texts("session", sid, {("title", language): "Table ronde (REM)"})
    catalog.assign_items(photos[:2], sid)
    dlg = ExportDialog(catalog, sync_runner, ExportSource.session(str(sid)))
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: "Table ronde (REM)" in dlg.windowTitle(), timeout=3000)
    assert "EMN roundtable" not in dlg.source_label.text()
    assert "Table ronde (REM)" in dlg.source_label.text()


def test_a_session_is_named_as_the_sidebar_names_it(
    qtbot: Any, catalog: Any, sync_runner: Any, photos: list[int], language: str
) -> None:
    """Exporting the roundtable in French named the bundle "smp2022 EMN roundtable ..."
    beside a sidebar, a page and clips reading "Table ronde du REM": its title in the
    interface's language, in the dialog's title and the bundle's name alike."""
    from datetime import UTC, datetime

    from smparchive.core.export.catalog_export import ExportSource
    from smparchive.gui.dialogs.export_dialog import ExportDialog

    catalog.create_event("SMP", acronym="SMP", time_zone="Europe/Brussels")
    start = datetime(2022, 6, 1, 7, 30, tzinfo=UTC)
    sid = catalog.add_session("EMN roundtable", start, start.replace(hour=9)).value
    title = {"fr": "Table ronde du REM", "nl": "EMN-rondetafel"}[language]
    catalog.set_session_text(sid, language, title)
    dlg = ExportDialog(catalog, sync_runner, ExportSource.session(str(sid)))
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: title in dlg.windowTitle(), timeout=3000)
    assert dlg.name.placeholderText() == f"SMP {title}", dlg.name.placeholderText()


def test_a_held_back_reason_names_the_session_in_the_interface_s_language(
    qtbot: Any, catalog: Any, sync_runner: Any, photos: list[int], language: str, tmp_path: Path
) -> None:
    """A photo of a do-not-publish session was held back "from the session “Closed
    meeting”" in a French dialog whose session has a French title: the reason names the
    session as the sidebar does, and so does a clip's draft-chapter warning."""
    catalog.create_event("SMP", time_zone="Europe/Brussels", language="en")
    start = datetime(2022, 6, 1, 7, 30, tzinfo=UTC)
    sid = catalog.add_session("Closed meeting", start, start.replace(hour=9)).value
    title = {"fr": "Réunion à huis clos", "nl": "Besloten vergadering"}[language]
    catalog.set_session_text(sid, language, title)
    catalog.update_session(sid, do_not_publish=True)
    catalog.assign_items(photos[:1], sid)
    out = tmp_path / "out"
    out.mkdir()
    dlg = _dialog(qtbot, catalog, sync_runner, photos[:1], out, "web")
    dlg.run_preflight()
    held = _held_texts(dlg)
    assert dlg.held.rowCount() == 1 and title in held, held
    assert "Closed meeting" not in held, held


@pytest.mark.parametrize(
    ("language", "said"),
    [("french", "la publication site web n’a pas"), ("dutch", "het bericht voor website")],
)
def test_a_website_post_is_named_in_the_interfaces_language(
    request: pytest.FixtureRequest, language: str, said: str
) -> None:
    """The preflight of a post for a website said "la publication Website" in French: the
    platform whose name is a word is said in the interface's language (names stay names)."""
    from smparchive.core.messages import problem
    from smparchive.gui import problem_texts

    request.getfixturevalue(language)
    website = problem_texts.sentence(str(problem("post.no_caption", platform="Website")))
    assert said in website and "Website" not in website
    mastodon = problem_texts.sentence(str(problem("post.no_caption", platform="Mastodon")))
    assert "Mastodon" in mastodon

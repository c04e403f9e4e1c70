"""Why a file is in error, and its warnings, in the interface's language: the core's stored
sentence is recognised by its code (core/messages.py) and translated with its values."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.gui.conftest import run_as_worker

pytestmark = pytest.mark.gui

FOLDER = Path(__file__).resolve().parents[2] / "src" / "smparchive" / "resources" / "translations"
TRUNCATED = (  # as the scan stored it before
    "The image data is truncated or damaged (the file is cut short (an incomplete copy or "
    "download?))."
)


@pytest.fixture(params=["fr", "nl"])
def language(request: Any, qapp: Any) -> Iterator[str]:
    from PySide6.QtCore import QLocale

    from smparchive.gui.app import install_translations

    before = QLocale()
    installed = install_translations(qapp, request.param)
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def test_the_gui_table_is_the_cores() -> None:
    from smparchive.core import messages
    from smparchive.gui import problem_texts

    assert problem_texts.SENTENCES == messages.PROBLEMS
    assert problem_texts.PHRASES == messages.PHRASES
    assert problem_texts.WORDS == messages.WORDS


def test_every_code_is_said_in_french_and_dutch(language: str) -> None:
    """Each sentence, phrase and word of core/messages.py has a real translation (not the
    English again) that keeps its values, in both languages."""
    from smparchive.core import messages
    from smparchive.gui import problem_texts
    from smparchive.gui.i18n import translate

    untranslated = []
    for table in (problem_texts.SENTENCES, problem_texts.PHRASES, problem_texts.WORDS):
        for code, english in table.items():
            said = translate("Problems", english)
            if said == english or not said.strip():
                untranslated.append(code)
            names = sorted(re.findall(r"\{(\w+)\}", english))
            assert sorted(re.findall(r"\{(\w+)\}", said)) == names, (code, said)
    assert untranslated == []
    assert len(problem_texts.SENTENCES) == len(messages.PROBLEMS) > 100


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_translations_keep_the_named_values(lang: str) -> None:
    root = ET.parse(FOLDER / f"smparchive_{lang}.ts").getroot()
    for context in root.iter("context"):
        if context.findtext("name") != "Problems":
            continue
        for m in context.iter("message"):
            source, text = m.findtext("source") or "", m.findtext("translation") or ""
            names = sorted(re.findall(r"\{(\w+)\}", source))
            assert sorted(re.findall(r"\{(\w+)\}", text)) == names, (source, text)


# what a person reads for TRUNCATED (the wording a catalogue scanned before holds): today's
# sentence, one plain sentence
WANTED = {
    "fr": (
        "Les données de l’image ne peuvent pas être décodées entièrement",
        "le fichier est tronqué, peut-être une copie ou un téléchargement incomplet",
        "son accès",
    ),
    "nl": (
        "De beeldgegevens kunnen niet volledig gedecodeerd worden",
        "het bestand is afgekapt, misschien een onvolledige kopie of download",
        "de toegang",
    ),
}


def test_reasons_and_warnings_in_the_interface_language(
    language: str, qtbot: Any, tmp_path: Path, sync_runner: Any, settings: Any
) -> None:
    from tests.conftest import insert_items

    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.ingest.report import FileProblem
    from smparchive.gui.dialogs.ingest import ProblemsModel
    from smparchive.gui.main_window import MainWindow

    truncated, phrase, denied = WANTED[language]
    cat = open_catalog(tmp_path / "c.smpcat", create=True)
    unreadable = "The file cannot be read (access to it is denied)."
    ids = insert_items(
        cat,
        tmp_path / "media",
        [
            {"name": "trunc.jpg", "status": "warning", "warnings": TRUNCATED},
            {"name": "locked.jpg", "status": "error", "status_reason": unreadable},
            {"name": "odd.jpg", "status": "warning", "warnings": "A sentence nobody coded."},
        ],
    )
    w = MainWindow(cat, sync_runner, settings)
    qtbot.addWidget(w)
    w.show()
    status = w.inspector.problem_text
    w.inspector.show_records([cat.item(ids[0])], [ids[0]])
    assert truncated in status.text() and phrase in status.text()
    assert "truncated" not in status.text()
    assert re.search(r"\([^)]*\(", status.text()) is None  # no (… (…) …)
    assert status.isVisibleTo(w.inspector)
    w.inspector.show_records([cat.item(ids[1])], [ids[1]])
    assert denied in status.text() and "denied" not in status.text()
    w.inspector.show_records([cat.item(ids[2])], [ids[2]])
    assert "A sentence nobody coded." in status.text()  # unknown: shown as stored

    model = ProblemsModel([FileProblem("/card/trunc.jpg", "warning", TRUNCATED, ids[0])])
    assert truncated in model.data(model.index(0, 2))
    w.runner.shutdown()
    w.thumbs.shutdown()
    cat.close()


# a damaged file's sentences as a scan writes them now, and as an earlier version stored them
DAMAGED = (
    ("photo.truncated", EOFError("x"), TRUNCATED),
    (
        "photo.exif_unreadable",
        RuntimeError("?"),
        "The camera information (EXIF) could not be read (its contents could not be read; it "
        "may be damaged).",
    ),
    (
        "photo.structure_damaged",
        RuntimeError("?"),
        "The image structure is damaged (its contents could not be read; it may be damaged).",
    ),
)


def _twice(text: str) -> bool:
    return any(len(re.findall(word, text)) > 1 for word in (r"\bdamaged\b", r"\bread\b"))


def test_a_damaged_files_sentence_reads_as_one_sentence_in_english(qapp: Any) -> None:
    """The English interface re-says a stored sentence from its code: a catalogue scanned
    before reads '... (the file is cut short (an incomplete copy or download?)).' no more."""
    from smparchive.core import messages
    from smparchive.gui import problem_texts

    for code, exc, before in DAMAGED:
        now = messages.problem(code, why=messages.plain(exc))
        for stored in (now, str(now), before):
            said = problem_texts.sentence(stored)
            assert said == now, (stored, said)
            assert re.search(r"\([^)]*\(", said) is None and not _twice(said), said


def test_a_damaged_files_sentence_is_said_in_the_language_whenever_it_was_stored(
    language: str,
) -> None:
    """The same French or Dutch sentence for a file scanned now and for one scanned by an
    earlier version, none of its English left, nothing in parentheses inside parentheses."""
    from smparchive.core import messages
    from smparchive.gui import problem_texts

    for code, exc, before in DAMAGED:
        now = messages.problem(code, why=messages.plain(exc))
        said = problem_texts.sentence(now)
        assert problem_texts.sentence(before) == said, (before, said)
        assert said != now and "damaged" not in said and "read" not in said, said
        assert re.search(r"\([^)]*\(", said) is None, said
    said = problem_texts.sentence(TRUNCATED)
    assert WANTED[language][0] in said and WANTED[language][1] in said, said


SEGMENT = {
    "fr": "début à 0:30:10\u00a0: fin d’un noir + changement de plan (+76 s par rapport au "
    "programme)",
    "nl": "begin om 0:30:10: einde van zwart beeld + scènewissel (+76 s ten opzichte van het "
    "programma)",
}


def test_why_a_recording_is_cut_there_in_the_interface_language(language: str) -> None:
    """The player's "Cut into sessions" lists the reasons of each cut: said in the
    language, the signals included, from the Message or from its stored English."""
    from smparchive.core import messages
    from smparchive.gui import problem_texts

    reason = messages.problem(
        "segment.start_at", value="0:30:10", signals="end of black + scene cut", n="+76"
    )
    assert reason == "start at 0:30:10: end of black + scene cut (+76 s from the programme)"
    assert problem_texts.sentence(reason) == SEGMENT[language]
    assert problem_texts.sentence(str(reason)) == SEGMENT[language]
    blurred = messages.problem(
        "blur.text_names", name="a.jpg", fields=messages.words(["caption"]), person="Jane Roe"
    )
    said = problem_texts.sentence(blurred)
    assert "Jane Roe" in said and {"fr": "légende", "nl": "bijschrift"}[language] in said


ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VEVENT
UID:a
DTSTART;TZID=Europe/Brussels:20220601T090000
DTEND;TZID=Europe/Brussels:20220601T100000
SUMMARY:Opening
LOCATION:Hall A
END:VEVENT
BEGIN:VEVENT
UID:b
DTSTART;TZID=Europe/Brussels:20220601T093000
SUMMARY:Keynote
LOCATION:Hall A
END:VEVENT
BEGIN:VEVENT
UID:c
STATUS:CANCELLED
DTSTART;TZID=Europe/Brussels:20220601T140000
DTEND;TZID=Europe/Brussels:20220601T150000
SUMMARY:Dropped panel
END:VEVENT
END:VCALENDAR
"""
IMPORTED = {
    "fr": ("Séances\u00a0: 2 ajoutées", "événement annulé 'Dropped panel' ignoré", "à la ligne",
           "on lui donne une durée de 30 minutes", "chevauche 'Opening'"),
    "nl": ("Sessies: 2 toegevoegd", "geannuleerde gebeurtenis 'Dropped panel' overgeslagen",
           "op regel", "er wordt uitgegaan van 30 minuten", "overlapt met 'Opening'"),
}  # fmt: skip


def test_a_programme_import_reports_in_the_interface_language(
    language: str, tmp_path: Path
) -> None:
    """The summary after 'Import Programme': counts, and the parser's warnings (cancelled,
    no end, overlapping in a room) with the file's place, said in the language."""
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.organise.programme import import_programme
    from smparchive.gui.dialogs.schedule_editor import import_summary_text

    ics = tmp_path / "programme.ics"
    ics.write_text(ICS, encoding="utf-8")
    cat = open_catalog(tmp_path / "c.smpcat", create=True)
    try:
        summary = import_programme(cat, ics, allow_overlaps=True).value
    finally:
        cat.close()
    english = "\n".join(summary.lines())
    assert "cancelled event 'Dropped panel' skipped" in english  # the CLI's words, unchanged
    text = import_summary_text(summary)
    for words in IMPORTED[language]:
        assert words in text, text
    assert "skipped" not in text and "overlaps" not in text and " at line " not in text


RENAMED = {
    "fr": [
        "Jours renommés\u00a0:",
        "  1 juin 2022\u00a0: «\u00a0Day one\u00a0» → «\u00a0Welcome\u00a0»",
        "  1 juin 2022 (fr)\u00a0: «\u00a0Jour un\u00a0» → «\u00a0Accueil\u00a0»",
    ],
    "nl": [
        "Dagen hernoemd:",
        "  1 jun 2022: ‘Day one’ → ‘Welcome’",
        "  1 jun 2022 (fr): ‘Jour un’ → ‘Accueil’",
    ],
}


def test_a_programme_import_says_which_days_it_renamed_in_the_language(language: str) -> None:
    from smparchive.core.domain.programme import ImportSummary
    from smparchive.gui.dialogs.schedule_editor import import_summary_text

    renamed = (
        ("2022-06-01", "", "Day one", "Welcome"),
        ("2022-06-01", "fr", "Jour un", "Accueil"),
    )
    text = import_summary_text(ImportSummary(1, "csv", unchanged=1, days_renamed=renamed))
    assert text.splitlines()[1:] == RENAMED[language]


SEARCH = {
    "fr": (
        "«\u00a0rating:9\u00a0»\u00a0: la note doit aller de 0 à 5.",
        "Pas de personne «\u00a0Nobody\u00a0»",
    ),
    "nl": ("‘rating:9’: de waardering moet van 0 tot 5 gaan.", "Geen persoon ‘Nobody’"),
}


def test_a_search_that_cannot_be_understood_says_why_in_the_language(
    language: str, qtbot: Any, tmp_path: Path, sync_runner: Any, settings: Any
) -> None:
    """A typo in the search field: the red line under it speaks the interface language."""
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.domain.query import QueryError, parse_query
    from smparchive.gui.main_window import MainWindow

    cat = open_catalog(tmp_path / "c.smpcat", create=True)
    with pytest.raises(QueryError, match="the rating must be from 0 to 5"):
        parse_query("rating:9", cat)  # the CLI's words, unchanged
    w = MainWindow(cat, sync_runner, settings)
    qtbot.addWidget(w)
    try:
        for query, words in zip(("rating:9", 'person:"Nobody"'), SEARCH[language], strict=True):
            w.browser.set_query(query)
            qtbot.waitUntil(lambda: bool(w.search.error.text()))
            assert words in w.search.error.text(), w.search.error.text()
            w.browser.set_query("")
            qtbot.waitUntil(lambda: not w.search.error.text())
    finally:
        w.runner.shutdown()
        w.thumbs.shutdown()
        cat.close()


SIDECAR = {"fr": "aucun fichier annexe trouvé", "nl": "geen sidecar gevonden"}


def test_why_a_sidecar_was_skipped_in_the_interface_language(language: str, qapp: Any) -> None:
    """The summary after writing or reading XMP sidecars: the skipped items' reasons."""
    from PySide6.QtCore import Qt

    from smparchive.core.organise.sidecars import SidecarOutcome
    from smparchive.gui.dialogs.sidecar_summary import OutcomesModel

    reason = "no sidecar found"  # as the core writes it (the CLI prints it)
    model = OutcomesModel([SidecarOutcome(1, "/card/IMG_1.JPG", "skipped", None, reason)], {})
    assert model.data(model.index(0, 2)) == SIDECAR[language]
    assert SIDECAR[language] in model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)


# A programme that cannot be imported: (file name, content, words the person reads)
BAD_PROGRAMMES = {
    "fr": [
        ("a.csv", "date,start,end,title\n2022-06-01,9:00,10:00,\n",
         ("Programme non importé", "ligne 2\u00a0: le titre est vide")),
        ("b.csv", "date,start,end,title\nsoon,9:00,10:00,Talk\n",
         ("ligne 2, colonne 1 (date)\u00a0: la date 'soon' n’est pas au format AAAA-MM-JJ",)),
        ("c.json", '{"schedule": {"conference": {"days": [{"date": "2022-06-01", "rooms": '
         '{"A": [{"title": "T", "start": "09:00"}]}}]}}}',
         ('["A"][0].duration\u00a0: manquant',)),
        ("d.json", "{\"talks\": [], \"rooms\": []}",
         ("c’est un JSON «\u00a0schedule v2\u00a0»", "que smparchive ne lit pas")),
        ("e.ics", "BEGIN:VCALENDAR\nVERSION:2.0\nX-WR-TIMEZONE:UTC\nBEGIN:VEVENT\nUID:x\n"
         "DTSTART:20220601T090000\nSUMMARY:Talk\nEND:VEVENT\nEND:VCALENDAR\n",
         ("VEVENT à la ligne 4 (UID x)\u00a0: DTSTART est une heure flottante",)),
        ("f.ics", ICS.replace("STATUS:CANCELLED\n", ""),
         ("des séances se chevauchent dans la même salle", "chevauche 'Opening'")),
    ],
    "nl": [
        ("a.csv", "date,start,end,title\n2022-06-01,9:00,10:00,\n",
         ("Programma niet geïmporteerd", "regel 2: de titel is leeg")),
        ("b.csv", "date,start,end,title\nsoon,9:00,10:00,Talk\n",
         ("regel 2, kolom 1 (date): de datum 'soon' is niet in de vorm JJJJ-MM-DD",)),
        ("c.json", '{"schedule": {"conference": {"days": [{"date": "2022-06-01", "rooms": '
         '{"A": [{"title": "T", "start": "09:00"}]}}]}}}',
         ('["A"][0].duration: ontbreekt',)),
        ("d.json", "{\"talks\": [], \"rooms\": []}",
         ("dit is een schedule-v2-JSON", "een formaat dat smparchive niet leest")),
        ("e.ics", "BEGIN:VCALENDAR\nVERSION:2.0\nX-WR-TIMEZONE:UTC\nBEGIN:VEVENT\nUID:x\n"
         "DTSTART:20220601T090000\nSUMMARY:Talk\nEND:VEVENT\nEND:VCALENDAR\n",
         ("VEVENT op regel 4 (UID x): DTSTART is een zwevende tijd",)),
        ("f.ics", ICS.replace("STATUS:CANCELLED\n", ""),
         ("sessies overlappen in dezelfde zaal", "overlapt met 'Opening'")),
    ],
}  # fmt: skip
ENGLISH = ("not imported", " is empty", "missing", " is not ", "floating", "overlap ", " line ")


def test_a_programme_that_cannot_be_imported_says_why_in_the_language(
    language: str, tmp_path: Path
) -> None:
    """'Import Programme' refused (a ScheduleError in the core): the message box speaks the
    interface language, from the exception's Message and from its English copy alike (the
    CLI keeps the English)."""
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.catalog.errors import CatalogError
    from smparchive.core.organise.programme import import_programme
    from smparchive.gui import problem_texts

    cat = open_catalog(tmp_path / "c.smpcat", create=True)
    try:
        for name, content, words in BAD_PROGRAMMES[language]:
            path = tmp_path / name
            path.write_text(content, encoding="utf-8")
            with pytest.raises(CatalogError, match=r"^Programme not imported: ") as info:
                zone = None if name.endswith(".ics") else "Europe/Brussels"
                import_programme(cat, path, default_tz=zone)
            copy = str(info.value)
            for said in (problem_texts.error_text(info.value), problem_texts.sentence(copy)):
                for word in words:
                    assert word in said, (name, said)
                assert not any(english in said for english in ENGLISH), (name, said)
    finally:
        cat.close()


def test_the_error_box_says_a_coded_failure_in_the_language(
    language: str, window: Any, monkeypatch: Any
) -> None:
    """A failed operation's error box (ops.run -> failed -> show_error) is translated; text
    nobody coded is shown as it is."""
    from PySide6.QtWidgets import QMessageBox

    from smparchive.core.messages import problem

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))
    from smparchive.core.catalog.errors import CatalogError

    def refused(_catalog: Any) -> Any:
        raise CatalogError(problem("programme.not_imported", why=problem("programme.csv_empty")))

    window.ops.run("Import programme", refused)
    window.show_error("A sentence nobody coded.")
    said = {
        "fr": "Programme non importé\u00a0: le fichier CSV est vide",
        "nl": "Programma niet geïmporteerd: het CSV-bestand is leeg",
    }
    assert shown[0] == said[language]
    assert shown[1] == "A sentence nobody coded."


REFUSED = {
    "fr": ("Une collection nommée «\u00a0Posts\u00a0» existe déjà.",
           "Un nom de collection ne peut pas contenir un saut de ligne\u00a0;",
           "Une séance ne peut pas finir avant de commencer."),
    "nl": ("Er bestaat al een collectie met de naam ‘Posts’.",
           "Een collectienaam mag een regeleinde niet bevatten;",
           "Een sessie kan niet eindigen voordat ze begint."),
}  # fmt: skip


def test_what_the_catalogue_refuses_is_said_in_the_language(language: str, tmp_path: Path) -> None:
    """A CatalogError of an edit (a name taken, a name on two lines, a session that ends
    before it starts) reaches the error box through error_text: in the language, from the
    exception and from its English copy."""
    from datetime import UTC, datetime

    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.catalog.errors import CatalogError
    from smparchive.gui import problem_texts

    cat = open_catalog(tmp_path / "c.smpcat", create=True)
    try:
        cat.create_collection("Posts")
        cat.create_event("Conference")
        start = datetime(2022, 6, 1, 9, tzinfo=UTC)
        attempts = (
            lambda: cat.create_collection("Posts"),
            lambda: cat.create_collection("Two\nlines"),
            lambda: cat.add_session(title="Late", start=start, end=start.replace(hour=8)),
        )
        for attempt, words in zip(attempts, REFUSED[language], strict=True):
            with pytest.raises(CatalogError) as info:
                attempt()
            assert words in problem_texts.error_text(info.value)
            assert words in problem_texts.sentence(str(info.value))
    finally:
        cat.close()


VIEWER = {
    "fr": ("Le fichier est introuvable", "L’image ne peut pas être affichée\u00a0: ",
           "Le fichier n’est pas un PDF lisible ("),
    "nl": ("Het bestand ontbreekt", "De afbeelding kan niet worden getoond: ",
           "Het bestand is geen leesbare PDF ("),
}  # fmt: skip


def test_viewers_say_why_a_file_cannot_be_shown_in_the_language(
    language: str, tmp_path: Path
) -> None:
    """The photo viewer (a missing file, a damaged PNG: a damaged JPEG shows what decodes)
    and the deck viewer (a damaged PDF): the reason under the picture speaks the language,
    with no library's words."""
    from smparchive.core.media.pages import PageError, PdfDeck
    from smparchive.gui import problem_texts
    from smparchive.gui.viewers.imaging import DecodeError, decode_photo

    missing, damaged, pdf = VIEWER[language]
    with pytest.raises(DecodeError) as info:
        run_as_worker(decode_photo, tmp_path / "gone.jpg")  # as the viewer's worker
    assert str(info.value).startswith(missing)
    broken = tmp_path / "cut.png"
    from PIL import Image

    Image.effect_noise((400, 300), 60).convert("RGB").save(broken)
    broken.write_bytes(broken.read_bytes()[: broken.stat().st_size // 2])
    with pytest.raises(DecodeError) as info:
        run_as_worker(decode_photo, broken)
    said = str(info.value)
    assert said.startswith(damaged) and "Error" not in said and "PIL" not in said, said
    bad_pdf = tmp_path / "bad.pdf"
    bad_pdf.write_bytes(b"%PDF-1.4\nnot really a pdf\n")
    with pytest.raises(PageError) as info:
        PdfDeck(bad_pdf)
    said = problem_texts.error_text(info.value)
    assert said.startswith(pdf) and "PDFium" not in said, said


HISTORY = {
    "fr": ("séance 3 «\u00a0EMN roundtable\u00a0»", "12 fichiers écrits, 2 bloqués"),
    "nl": ("sessie 3 ‘EMN roundtable’", "12 bestanden geschreven, 2 tegengehouden"),
}


def test_the_export_history_tooltip_in_the_language(language: str) -> None:
    """Export History: an export's tooltip (its source and what was written) translated."""
    from datetime import UTC, datetime

    from PySide6.QtCore import Qt

    from smparchive.core.catalog.records import ExportRecordView
    from smparchive.core.messages import problem
    from smparchive.gui.dialogs.export_history import ExportHistoryModel

    source = problem("source.session", value=3, title="EMN roundtable")
    message = ", ".join(
        [problem("export.files_written", n=12), problem("export.held_back_count", n=2)]
    )
    record = ExportRecordView(
        id=1, created_at=datetime(2022, 6, 3, tzinfo=UTC), target="/out/web",
        target_kind="folder", preset="web", source=str(source), settings={}, overrides={},
        item_count=12, bytes=1000, status="ok", message=message,
    )  # fmt: skip
    model = ExportHistoryModel([record])
    tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    for words in HISTORY[language]:
        assert words in tip, tip
    assert "written" not in tip and "session" not in tip


SCAN_BUSY = {
    "fr": "Un autre scan de ce catalogue est en cours (dans ce programme). Réessayez quand il",
    "nl": "Er loopt al een andere scan van deze catalogus (in dit programma). Probeer het",
}


def test_a_scan_that_must_wait_says_so_in_the_language(language: str, tmp_path: Path) -> None:
    """'Scan' while another scan of the catalogue runs: the scan dialog's failure line."""
    import threading

    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.ingest.scanlock import ScanBusy, scan_lock
    from smparchive.gui import problem_texts

    cat = open_catalog(tmp_path / "c.smpcat", create=True)
    errors: list[BaseException] = []

    def other() -> None:
        try:
            with scan_lock(cat):
                pass
        except ScanBusy as exc:
            errors.append(exc)

    try:
        with scan_lock(cat):
            t = threading.Thread(target=other)
            t.start()
            t.join()
    finally:
        cat.close()
    assert len(errors) == 1
    assert problem_texts.error_text(errors[0]).startswith(SCAN_BUSY[language])


DB = {
    "fr": ("Le catalogue est occupé ou verrouillé par un autre programme",
           "Connexion impossible à la base de données du catalogue\u00a0: aucun serveur ne répond"),
    "nl": ("De catalogus is bezet of vergrendeld door een ander programma",
           "Geen verbinding met de database van de catalogus: geen enkele server antwoordt"),
}  # fmt: skip


def test_a_database_error_of_the_open_catalogue_in_the_language(language: str) -> None:
    """A write that fails in the database (SQLite locked, a team server gone): the error
    box's sentence (dberrors.describe, raised as a CatalogError) speaks the language."""
    from smparchive.core.catalog.dberrors import describe
    from smparchive.core.catalog.errors import CatalogError
    from smparchive.gui import problem_texts

    for raw, words in zip(("database is locked", "connection refused"), DB[language], strict=True):
        said = describe(RuntimeError(raw))
        assert problem_texts.error_text(CatalogError(said)).startswith(words)
        assert problem_texts.sentence(str(said)).startswith(words)
    other = describe(RuntimeError("connection refused"), "the server at db.example.org")
    assert "the server at db.example.org" in other  # opening another: its own words


SERVER_REFUSED = {
    "fr": ("aucun serveur ne répond à cette adresse", "le mot de passe a été refusé",
           "cette base n’existe pas sur le serveur", "La base de données est smp sur "),
    "nl": ("geen enkele server antwoordt op dat adres", "het wachtwoord werd geweigerd",
           "die database bestaat niet op de server", "De database is smp op "),
}  # fmt: skip


def test_a_team_server_that_refuses_says_why_in_the_language(
    language: str, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A team catalogue's server that refuses the connection, the password or knows no such
    database: the start window and the error box say why in the interface's language, with
    the database and server named (they were English sentences with the host inside)."""
    import psycopg
    from sqlalchemy.exc import OperationalError

    from smparchive.core.catalog import catalog as catalog_mod
    from smparchive.core.catalog.errors import CatalogError
    from smparchive.gui import problem_texts
    from smparchive.gui.settings import Settings
    from smparchive.gui.start_window import StartWindow

    url = "postgresql+psycopg://team@db.example:5433/smp"
    refusals = (
        "connection failed: Connection refused\n\tIs the server running on that host?",
        'connection failed: FATAL:  password authentication failed for user "team"',
        'connection failed: FATAL:  database "smp" does not exist',
    )
    *causes, place = SERVER_REFUSED[language]
    start = StartWindow(Settings(), url)
    try:
        for raw, words in zip(refusals, causes, strict=True):

            def refuse(*_args: Any, raw: str = raw) -> None:
                raise OperationalError("connect", {}, psycopg.OperationalError(raw))

            monkeypatch.setattr(catalog_mod, "migrate", refuse)
            with pytest.raises(CatalogError) as info:
                catalog_mod.open_catalog(url)
            said = problem_texts.error_text(info.value)
            start.show_failed(said)
            shown = start.detail.text()
            assert words in shown and f"{place}db.example:5433." in shown, shown
            assert "catalogue database" not in shown and "The database" not in shown, shown
            assert problem_texts.sentence(str(info.value)) == said  # its English copy too
    finally:
        start.close()


PLACE_IN_FILE = {
    "fr": "fichier my{why}.csv\u00a0: ligne 2\u00a0: ",
    "nl": "bestand my{why}.csv: regel 2: ",
}


def test_a_programme_file_named_with_braces_keeps_its_name(language: str) -> None:
    """A place in a programme file whose name holds "{why}": the name is shown as it is
    (the place was filled into it too: "fichier myligne 2.csv : ligne 2 : …")."""
    from smparchive.core import messages
    from smparchive.gui import problem_texts

    said = messages.problem("programme.csv_lacks_columns", where="my{why}.csv: line 2", value="x")
    assert problem_texts.sentence(str(said)).startswith(PLACE_IN_FILE[language])


OPEN_REFUSED = {
    "fr": ("est un dossier, pas un fichier de catalogue", "est un fichier vide",
           "ce n’est pas une base SQLite", "son en-tête SQLite n’est pas valide",
           "une version plus récente de smparchive (schéma 9999)"),
    "nl": ("is een map, geen catalogusbestand", "is een leeg bestand",
           "geen SQLite-database", "de SQLite-header is ongeldig",
           "een nieuwere smparchive (schema 9999)"),
}  # fmt: skip


def test_a_catalogue_that_cannot_be_opened_says_why_in_the_language(
    language: str, tmp_path: Path
) -> None:
    """The 'Cannot open the catalogue' box says why through error_text, the one mechanism
    (core/messages codes) every other error uses: a folder, an empty file, a foreign file,
    a damaged header, a catalogue of a newer smparchive; the path as it is."""
    import sqlite3

    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.catalog.errors import CatalogError
    from smparchive.gui import problem_texts

    (tmp_path / "folder.smpcat").mkdir()
    (tmp_path / "empty.smpcat").write_bytes(b"")
    (tmp_path / "text.smpcat").write_bytes(b"hello, not a database" * 10)
    (tmp_path / "header.smpcat").write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    newer = tmp_path / "newer.smpcat"
    conn = sqlite3.connect(newer)
    conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
    conn.execute("INSERT INTO alembic_version VALUES ('9999')")
    conn.commit()
    conn.close()
    names = ("folder", "empty", "text", "header", "newer")
    for name, words in zip(names, OPEN_REFUSED[language], strict=True):
        path = tmp_path / f"{name}.smpcat"
        with pytest.raises(CatalogError) as info:
            open_catalog(path)
        said = problem_texts.error_text(info.value)
        assert words in said and str(path) in said, (name, said)
        assert problem_texts.sentence(str(info.value)) == said  # its English copy too


def test_a_file_type_not_catalogued_says_documents_are_even_as_stored_before(
    language: str,
) -> None:
    """The sentence for files left out said only photos, videos, audio and slides are
    catalogued, though documents (PDF, Word, OpenDocument) are. Today's says so; one stored
    by an earlier version is shown as today's, in the interface's language."""
    from smparchive.core import messages
    from smparchive.gui import problem_texts

    today = str(messages.problem("file.type_not_catalogued", fmt="XLSX"))
    assert "documents" in today
    former = "XLSX files are not catalogued (only photos, videos, audio and slides are)."
    assert messages.identify(former) == ("file.type_not_catalogued", {"fmt": "XLSX"})
    shown = problem_texts.sentence(former)
    assert shown == problem_texts.sentence(today) != today
    assert "XLSX" in shown and ("documents" if language == "fr" else "documenten") in shown


COUNTED = {
    "fr": ("1 fichier écrit", "2 fichiers écrits", "EMN\u00a0: son 1 chapitre est un brouillon",
           "EMN\u00a0: ses 4 chapitres sont un brouillon", "1 bloqué", "2 bloqués"),
    "nl": ("1 bestand geschreven", "2 bestanden geschreven", "EMN: 1 hoofdstuk is een",
           "EMN: de 4 hoofdstukken zijn een", "1 tegengehouden", "2 tegengehouden"),
}  # fmt: skip


def test_the_cores_counts_take_the_languages_plural_forms(language: str) -> None:
    """'1 fichier(s) écrit(s)': a count of the core's sentences takes the form its number
    wants in the interface language (plural forms of the ProblemCounts context)."""
    from smparchive.core.messages import problem
    from smparchive.gui.problem_texts import sentence

    one, two, chapter, chapters, held, helds = COUNTED[language]
    assert sentence(problem("export.files_written", n=1)) == one
    assert sentence(str(problem("export.files_written", n=2))) == two  # as stored
    assert sentence("2 file(s) written") == two  # as an earlier version stored it
    said = sentence(problem("export.draft_chapters_withheld", name="EMN", n=1))
    assert said.startswith(chapter), said
    said = sentence(problem("export.draft_chapters_withheld", name="EMN", n=4))
    assert said.startswith(chapters), said
    assert sentence(problem("export.held_back_count", n=1)) == held
    assert sentence(problem("export.held_back_count", n=2)) == helds


def test_the_cores_counts_read_as_english_in_the_app(qapp: Any) -> None:
    """English too says '1 file written' (smparchive_en.ts holds the English forms)."""
    from smparchive.core.messages import problem
    from smparchive.gui.app import install_translations
    from smparchive.gui.problem_texts import sentence

    installed = install_translations(qapp, "en")
    try:
        for n in (1, 2, 5):  # the app says what the CLI says
            said = problem("export.draft_alt_texts_withheld", n=n)
            assert sentence(said) == said
            assert sentence(problem("export.files_written", n=n)) == problem(
                "export.files_written", n=n
            )
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


TEMPLATE = {
    "fr": "Modèle de nom mal formé '{title'\u00a0: une { n’est pas fermée par une }",
    "nl": "Ongeldig naamsjabloon '{title': een { wordt niet gesloten met een }",
}


def test_a_malformed_name_template_is_said_whole_in_the_interface_language(language: str) -> None:
    """Under the export dialog's name template, French read "Modèle de nom mal formé
    '{title' : expected '}' before end of string"."""
    from smparchive.core.export.naming import template_tokens
    from smparchive.gui import problem_texts

    with pytest.raises(ValueError) as caught:
        template_tokens("{title")
    assert problem_texts.sentence(str(caught.value)) == TEMPLATE[language]


SYNTAX = {  # the sentence's start, then its reason
    "fr": ("le fichier commence comme du JSON", "une virgule manque entre deux entrées"),
    "nl": ("het bestand begint als JSON", "er ontbreekt een komma tussen twee items"),
}


def test_a_programme_files_syntax_error_is_said_in_the_interface_language(language: str) -> None:
    """A broken schedule.json said "(line 2, column 2: Expecting ',' delimiter)" in French."""
    from smparchive.core.organise.schedule_formats import ScheduleError, parse_schedule_bytes
    from smparchive.gui import problem_texts

    with pytest.raises(ScheduleError) as caught:
        parse_schedule_bytes(b'{"schedule": {"version": "1"\n "conference": {}}}')
    said = problem_texts.sentence(str(caught.value))
    start, reason = SYNTAX[language]
    assert said.startswith(start) and reason in said, said
    assert "Expecting" not in said and "delimiter" not in said


FOLDER_GONE = {
    "fr": "Le dossier ne peut pas être lu (le dossier n’est plus là).",
    "nl": "De map kan niet gelezen worden (de map is er niet meer).",
}


def test_a_folder_gone_is_said_of_the_folder(language: str, tmp_path: Path) -> None:
    """A folder a scan could not list was said in the system's English words ("No such
    file or directory") in every language; now in plain words, of the folder."""
    from smparchive.core.ingest.walk import Walker, WalkProblem
    from smparchive.gui import problem_texts

    [walked] = Walker(str(tmp_path / "unplugged")).walk()
    assert isinstance(walked, WalkProblem)
    assert problem_texts.sentence(walked.reason) == FOLDER_GONE[language]

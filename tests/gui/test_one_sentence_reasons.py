"""A fixed opening ("Not saved:", "The history could not be read:") followed by a reason that
has an opening of its own ("Cannot connect to the catalogue database: …") read as one
sentence with two colons: "Impossible de lire l’historique : Connexion impossible … : aucun
serveur …". The opening now ends as a sentence and the reason follows as the next, in every
language; a reason without an opening of its own still follows the colon."""

from __future__ import annotations

from typing import Any

from smparchive.core.catalog.errors import CatalogError
from smparchive.core.messages import problem
from smparchive.gui import problem_texts
from smparchive.gui.i18n import translate


def _colons(text: str) -> int:
    return text.count(":")


def test_a_history_that_cannot_be_read_is_said_in_two_sentences_in_french(
    qtbot: Any, sync_runner: Any, french: None
) -> None:
    from smparchive.gui.widgets.history import HistoryPanel

    def history_of(_item: int, _limit: int) -> list[Any]:
        raise CatalogError(problem("db.no_server"))

    panel = HistoryPanel(history_of, sync_runner)
    qtbot.addWidget(panel)
    panel.show_item(1)
    panel.reload()
    text = panel.note.text()
    assert text.startswith("Impossible de lire l’historique. Connexion impossible"), text
    assert _colons(text) == 1, text


def test_a_failed_verify_is_said_in_two_sentences_in_dutch(
    window: Any, dutch: None, monkeypatch: Any
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda text, _title=None: shown.append(text))
    template = translate("Fixity", "Verifying failed: %1")
    window.show_failure(CatalogError(problem("db.unknown_host")), template)
    assert len(shown) == 1
    assert shown[0].startswith("De controle is mislukt. Geen verbinding"), shown[0]
    assert _colons(shown[0]) == 1, shown[0]


def test_a_reason_without_an_opening_still_follows_the_colon(
    window: Any, english: None, monkeypatch: Any
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda text, _title=None: shown.append(text))
    window.show_failure(CatalogError(problem("db.read_only")), "Verifying failed: %1")
    assert shown == [
        "Verifying failed: The catalogue is read-only; smparchive needs write access to change it."
    ]


def test_a_failed_step_with_an_opening_reason_is_two_sentences_in_french(
    window: Any, french: None, monkeypatch: Any
) -> None:
    """Not "Noter 3 : Connexion impossible … : le nom d’hôte …"."""
    shown: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda text, _title=None: shown.append(text))
    window.runner.task_failed.emit("Noter 3", CatalogError(problem("db.unknown_host")), True)
    assert len(shown) == 1
    # the step's name as the Edit menu says it (it quotes the person's words itself)
    assert shown[0].startswith("Noter 3 a échoué. Connexion impossible"), shown[0]
    assert _colons(shown[0]) == 1, shown[0]


def test_an_item_not_exported_is_named_once_before_its_reason(qapp: Any, dutch: None) -> None:
    """ "Not exported: /m/a.mp4: a.mp4: its 3 chapters …" had three colons."""
    reason = problem("export.draft_chapters_withheld", name="a.mp4", n=3)
    template = translate("ExportDialog", "%1 was not exported: %2").replace("%1", "/m/a.mp4")
    text = problem_texts.composed(template, problem_texts.sentence(reason), "%2")
    assert text.startswith("/m/a.mp4 is niet geëxporteerd. a.mp4: "), text
    gone = problem_texts.sentence(problem("export.source_missing"))
    assert problem_texts.composed(template, gone, "%2").startswith(
        "/m/a.mp4 is niet geëxporteerd: "
    )


# a file's name as a browser saves a download: "%20" for each space
_STEP = "Keyword “Opening%20keynote.jpg”"


def test_a_step_whose_name_holds_a_percent_code_reads_name_then_reason_in_english(
    qapp: Any, english: None
) -> None:
    """The step's name was filled in before the reason, so the reason went into the
    name's "%20" as well: "Keyword “Openingthe disk is full0keynote.jpg”: the disk …"."""
    said = problem_texts.labelled(_STEP, "The disk is full.")
    assert said == f"{_STEP}: The disk is full."
    no_server = CatalogError(problem("db.unknown_host"))
    assert problem_texts.labelled(_STEP, no_server).startswith(f"{_STEP} failed. ")


def test_a_step_whose_name_holds_a_percent_code_reads_name_then_reason_in_french(
    qapp: Any, french: None
) -> None:
    said = problem_texts.labelled(_STEP, "Le disque est plein.")
    assert said == f"{_STEP}\u00a0: Le disque est plein."
    no_server = CatalogError(problem("db.unknown_host"))
    said = problem_texts.labelled(_STEP, no_server)
    assert said.startswith(f"{_STEP} a échoué. Connexion impossible"), said

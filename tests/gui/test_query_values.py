"""A French archivist types the values she reads: ``type:vidéo``, ``consentement:autorisé``.

The search said "« type:vidéo » : kind doit être l'un de photo, video, …": the keys were
French, the values English only, while the grid, inspector and chips show "Vidéo",
"Autorisé". The values now come from the same translated labels the interface shows; the
English ones keep working (scripts, documentation); a saved search stores English.
"""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.gui


def _names(window: Any) -> list[str]:
    return sorted(r.name for r in window.catalog.items(window.store.ids))


def test_french_values_shown_are_the_values_typed(french: None, window: Any) -> None:
    window.search.set_text("type:vidéo")
    assert not window.search.error.isVisible(), window.search.error.text()
    assert _names(window) == ["panel.mp4", "talk.mp4"]
    window.search.set_text("type:diaporamas")  # as the sidebar says it, plural
    assert _names(window) == ["deck.pptx"]
    window.search.set_text("kind:video")  # the English value in the French interface
    assert _names(window) == ["panel.mp4", "talk.mp4"]
    ids = window.store.ids[:1]
    window.catalog.set_fields(ids, consent="do_not_publish")
    window.search.set_text('consentement:"ne pas publier"')
    assert not window.search.error.isVisible(), window.search.error.text()
    assert len(window.store) == 1
    window.search.set_text("-consentement:ne-pas-publier statut:ok")
    assert len(window.store) == 32


def test_a_wrong_value_is_explained_with_the_french_words(french: None, window: Any) -> None:
    window.search.set_text("type:vidoe")
    message = window.search.error.text()
    assert "type" in message and "vidéo" in message and "diaporama" in message, message
    assert "kind " not in message


def test_an_order_is_typed_as_its_french_column(french: None, window: Any) -> None:
    """``tri:taille`` sorts by size, as the column "Taille" says; a wrong order is
    explained with the French words."""
    window.search.set_text("tri:taille")
    assert not window.search.error.isVisible(), window.search.error.text()
    sizes = [r.size for r in window.catalog.items(window.store.ids)]
    assert window.browser.sort_in_use == "size" and sizes == sorted(sizes, reverse=True)
    window.search.set_text("tri:couleur")
    message = window.search.error.text()
    assert "taille" in message and "note" in message and "prise de vue" in message, message


def test_the_search_field_offers_the_values_in_french(
    french: None, qtbot: Any, window: Any
) -> None:
    from PySide6.QtCore import Qt

    bar = window.search
    bar.edit.setFocus()
    qtbot.keyClicks(bar.edit, "consentement:")
    popup = bar.completer.popup()
    assert popup.isVisible()
    offered = [
        bar.completer.completionModel().index(n, 0).data()
        for n in range(bar.completer.completionCount())
    ]
    assert offered[:2] == ["consentement:autorisé", 'consentement:"usage interne uniquement"']
    assert "consentement:cleared" in offered  # the English values too, after
    qtbot.keyClicks(bar.edit, '"ne')
    assert bar.completer.currentCompletion() == 'consentement:"ne pas publier"'
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert bar.edit.text() == 'consentement:"ne pas publier"'
    bar.set_text(bar.edit.text())  # what completion wrote runs
    assert not bar.error.isVisible(), bar.error.text()


def test_the_search_field_offers_the_languages_own_words_in_french(
    french: None, window: Any
) -> None:
    """After ``est:`` the field offers doublon, non attribué… and the flags, statuses and
    kinds in French; after ``orientation:`` paysage, portrait, carré; they run."""
    bar = window.search
    bar.edit.setFocus()

    def offered(typed: str) -> list[str]:
        bar.edit.clear()
        bar.edit.setText(typed)  # as typed: QTest's keyClicks types ASCII only
        bar.edit.textEdited.emit(typed)
        model = bar.completer.completionModel()
        return [model.index(n, 0).data() for n in range(bar.completer.completionCount())]

    is_words = offered("est:")
    assert is_words[:3] == ["est:doublon", 'est:"sans séance"', "est:découpé"], is_words
    assert "est:retenu" in is_words and "est:vidéo" in is_words and "est:duplicate" in is_words
    assert offered("orientation:")[:3] == [
        "orientation:paysage",
        "orientation:portrait",
        "orientation:carré",
    ]
    assert offered("séance:") == ["séance:aucune", "séance:none"]
    bar.set_text("orientation:paysage -est:doublon")
    assert not bar.error.isVisible(), bar.error.text()


def test_a_smart_collection_saved_in_french_stores_english(french: None, window: Any) -> None:
    window.search.set_text('type:vidéo -drapeau:rejetés statut:"hors ligne" réunion')
    coll = window.catalog.create_collection("Saved", query=window.browser.query_text).value
    stored = next(c for c in window.catalog.collections() if c.id == coll).query
    assert stored == "kind:video -flag:reject status:offline réunion"


def test_english_values_in_the_english_interface(window: Any) -> None:
    window.search.set_text("kind:videos")
    assert _names(window) == ["panel.mp4", "talk.mp4"]


def test_exporting_a_french_search_exports_what_it_shows(french: None, window: Any) -> None:
    from smparchive.gui.controllers.exporting import source_for_view

    window.search.set_text("type:vidéos")
    source = source_for_view(window, None)
    assert source.spec == "type:vidéos"  # the dialog names the search as it was typed
    resolved = source.resolve(window.catalog)
    assert sorted(resolved.item_ids) == sorted(window.store.ids) and len(resolved.item_ids) == 2


@pytest.mark.parametrize("lang", ["en", "fr", "nl"])
def test_the_parsers_words_are_the_labels_the_translations_show(qapp: Any, lang: str) -> None:
    """value_words.py is written from the translations: a label changed in a .ts without
    running scripts/update_translations.py fails here."""
    from pathlib import Path

    from PySide6.QtCore import QTranslator

    from smparchive.core.domain.value_words import LABELS
    from smparchive.gui.app import TRANSLATIONS
    from smparchive.gui.query_values import value_labels

    translator = QTranslator()
    if lang != "en":
        assert translator.load(str(Path(TRANSLATIONS) / f"smparchive_{lang}.qm"))
        qapp.installTranslator(translator)
    try:
        assert value_labels() == LABELS[lang]
    finally:
        qapp.removeTranslator(translator)


def test_no_word_names_two_values_in_any_language() -> None:
    from smparchive.core.domain.query import fold_word
    from smparchive.core.domain.value_words import LABELS

    for key in LABELS["en"]:
        meaning: dict[str, str] = {}
        for labels in LABELS.values():
            for value, label in labels[key].items():
                assert meaning.setdefault(fold_word(label), value) == value, (key, label)
        for value in LABELS["en"][key]:  # nor a stored value another value's label
            assert meaning.get(fold_word(value), value) == value, (key, value)


def test_one_word_for_no_session_in_french(french: None, window: Any) -> None:
    """The sidebar said "Hors séance" where the chip, the inspector and the filter bar
    said "Sans séance": one word now, the one ``est:`` takes."""
    node = window.sidebar_model.by_key["unassigned"]
    [chip] = [label for _b, _key, label, f in window.search.chips if f.unassigned]
    assert node.label == chip == "Sans séance"
    window.search.set_text('est:"sans séance"')
    assert not window.search.error.isVisible(), window.search.error.text()
    assert len(window.store) == node.count

"""Every view shows whether an item may go out as the export decides (h109): walked in
French, a closed session's photos showed no badge, "Consentement : Inconnu" and nothing
else, while ``smparchive export`` held all of them back."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from tests.gui.test_thumbnail_badges import _painted
from tests.gui.test_time_agreement import record

from smparchive.gui.views import delegate as module
from smparchive.gui.views.delegate import ThumbnailDelegate


def _tip(window: Any, item_id: int) -> str:
    index = window.grid_model.index(window.store.row_of(item_id), 0)
    return str(index.data(Qt.ItemDataRole.ToolTipRole))


def _closed_session(qtbot: Any, window: Any, cat: Any) -> tuple[list[int], int]:
    """Two photos assigned to the roundtable (titled in French too), then the roundtable
    marked not for publication, both through the app's operations (as its views refresh
    from them)."""
    sid = cat.test_sessions["roundtable"]
    cat.update_event(cat.event().id, language="en")
    cat.set_session_text(sid, "fr", "Table ronde du REM")
    ids = cat.query_ids()[:3]
    done: list[Any] = []
    window.ops.run("Assign", lambda c: c.assign_items(ids[:2], sid), done.append)
    window.ops.run("Close", lambda c: c.update_session(sid, do_not_publish=True), done.append)
    qtbot.waitUntil(lambda: len(done) == 2)
    qtbot.waitUntil(lambda: window.store.cached(ids[0]).session_id == sid)
    qtbot.waitUntil(lambda: window.session_title(sid) == "Table ronde du REM")
    return ids, sid


def test_a_closed_session_s_photo_shows_why_it_will_not_be_published(
    french: None, qtbot: Any, window: Any, gui_catalog: Any
) -> None:
    ids, _sid = _closed_session(qtbot, window, gui_catalog)
    # the card: its badge's consent and why, in French
    tip = _tip(window, ids[0])
    assert "Consentement\u00a0: Ne pas publier" in tip
    # the session as the sidebar names it, in the interface's language
    assert "la séance «\u00a0Table ronde du REM\u00a0» n’est pas destinée à la publication" in tip
    assert "Consentement" not in _tip(window, ids[2])  # outside the session: nothing said
    # the inspector: its own consent in its field, the export's decision under it
    window.select_ids([ids[0]])
    window._selection_changed()
    held = window.inspector.consent_held
    said = (
        "Ne sera pas publié\u00a0: la séance «\u00a0Table ronde du REM\u00a0» "
        "n’est pas destinée à la publication"
    )
    qtbot.waitUntil(lambda: held.text() == said)  # its sessions come a pass after the sidebar
    assert window.inspector.editor("consent").currentText() == "Inconnu"
    assert not held.isHidden()
    # several items: how many of them are held back so (not "retenu": a pick in French)
    window.select_ids([ids[0], ids[2]])
    window._selection_changed()
    qtbot.waitUntil(lambda: held.text() == "1 bloqué par sa séance ou une personne montrée")
    window.select_ids([ids[2]])
    window._selection_changed()
    qtbot.waitUntil(lambda: held.isHidden())
    # the details table's consent cell and its tooltip
    consent = next(n for n, f in enumerate(window.table_model.columns) if f.name == "consent")
    cell = window.table_model.index(window.store.row_of(ids[1]), consent)
    assert cell.data() == "Ne pas publier"
    assert "n’est pas destinée" in str(cell.data(Qt.ItemDataRole.ToolTipRole))


def test_a_card_badges_the_consent_its_session_or_people_impose(
    qapp: Any, french: Any, monkeypatch: Any
) -> None:
    drawn: list[str] = []
    real = module._chip

    def recording(p: Any, r: Any, text: str, bg: Any) -> None:
        drawn.append(text)
        real(p, r, text, bg)

    monkeypatch.setattr(module, "_chip", recording)
    grid = ThumbnailDelegate()
    for held, badge in (
        ((("session:do_not_publish", "Huis clos"),), "Ne pas publier"),
        ((("person:internal_only", "Bo Kim"),), "Interne"),
    ):
        drawn.clear()
        _painted(grid, record(consent="unknown", restrictions=held))
        assert drawn == [badge]
    drawn.clear()
    _painted(grid, record(consent="cleared"))
    assert drawn == []


def test_the_consent_chips_say_they_count_each_item_s_own_consent(
    french: None, window: Any
) -> None:
    """The chips count the consent kept per item: "Autorisés" can count a photo of a person
    who withdrew consent; pointed at, the chip says so, and that its card marks it."""
    tips = {label: b.toolTip() for b, key, label, _f in window.search.chips if key == "consent"}
    assert set(tips) == {"Autorisés", "Ne pas publier"}
    assert "selon le consentement propre à chaque élément" in tips["Autorisés"]
    assert "peut être comptée ici" in tips["Autorisés"]
    assert "eux-mêmes marqués" in tips["Ne pas publier"]
    assert "n’est pas comptée ici" in tips["Ne pas publier"]
    for tip in tips.values():
        assert "sa vignette indique qu’elle est bloquée" in tip


WITHDREW = {
    "english": "Will not be published: shows Ana Lopez (consent withdrawn on 1 Jul 2022)",
    "french": "Ne sera pas publié\u00a0: montre Ana Lopez (consentement retiré le 1 juil. 2022)",
    "dutch": "Wordt niet gepubliceerd: toont Ana Lopez (toestemming ingetrokken op 1 jul 2022)",
}


@pytest.mark.parametrize("language", sorted(WITHDREW))
def test_a_withdrawal_is_said_with_its_day(request: Any, language: str) -> None:
    """A photo of a person who withdrew consent said "(do not publish)" and no day, while
    the command line says "consent withdrawn on 2022-07-01"; now the day, as the interface
    writes dates."""
    from datetime import date

    from smparchive.gui import formatting as fmt

    request.getfixturevalue(language)
    rec = record(
        consent="cleared",
        restrictions=(("person:do_not_publish", "Ana Lopez"),),
        withdrawn=(("Ana Lopez", date(2022, 7, 1)),),
    )
    assert fmt.held_back(rec) == WITHDREW[language]
    # someone else restricted in the same photo keeps their own reason
    both = record(
        consent="cleared",
        restrictions=(("person:do_not_publish", "Ana Lopez"), ("person:internal_only", "Bo")),
        withdrawn=rec.withdrawn,
    )
    bo = fmt.consent_cause("person:internal_only", "Bo")
    sep = "\u00a0; " if language == "french" else "; "  # French spaces its semicolon
    assert fmt.held_back(both) == f"{WITHDREW[language]}{sep}{bo}"

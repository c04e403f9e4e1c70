"""Consent and history for clips: "publish anyway" on a held-back clip is decided and
recorded for that clip (not its recording), and the history counts the recording behind
each published clip, so withdrawing a person's consent lists the exports that published a
clip of them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.core.export.test_segment_export import _settings, archive, day_file  # noqa: F401

from smparchive.core.export.catalog_export import ExportSource, export_from_catalog, preflight
from smparchive.core.export.presets import ConsentOverride
from smparchive.core.vocab import TagKind


def test_publish_anyway_on_a_held_back_clip_is_recorded_for_the_clip(
    catalog: Any,
    archive: dict[str, Any],  # noqa: F811
    tmp_path: Path,
) -> None:
    closed = next(s for s in archive["segments"] if s.title == "Closed meeting")
    check = preflight(catalog, ExportSource.day("2022-06-02"), _settings(tmp_path))
    (held,) = check.held_back
    assert held.entry_id == f"segment-{closed.id}" and held.item_id == archive["video"]
    # naming the recording does not release its clip (the recording itself is not exported)
    settings = _settings(tmp_path)
    by_recording = ConsentOverride(frozenset({str(archive["video"])}), "Ann", "agreed")
    check = preflight(catalog, ExportSource.day("2022-06-02"), settings, [by_recording])
    assert [h.entry_id for h in check.held_back] == [held.entry_id]

    override = ConsentOverride(frozenset({held.entry_id}), "Ann Lee", "The board agreed")
    report, history_id = export_from_catalog(
        catalog, ExportSource.day("2022-06-02"), settings, overrides=[override]
    )
    assert not report.held_back and len(list(report.bundle.rglob("*.mp4"))) == 3
    assert history_id is not None
    record = catalog.export_record(history_id)
    (decision,) = record.overrides["decisions"]
    assert decision["item_id"] == f"segment-{closed.id}"
    assert (decision["decided_by"], decision["reason"]) == ("Ann Lee", "The board agreed")
    assert decision["reasons"] == ["session:do_not_publish"]


def test_withdrawing_consent_lists_the_exports_that_published_a_clip(
    catalog: Any,
    archive: dict[str, Any],  # noqa: F811
    tmp_path: Path,
) -> None:
    catalog.tag_items([archive["video"]], ["Ann Lee"], TagKind.PERSON)
    _, history_id = export_from_catalog(
        catalog, ExportSource.session("EMN roundtable"), _settings(tmp_path)
    )
    assert catalog.exported_item_ids(history_id) == [archive["video"]]
    person = catalog.set_person_consent("Ann Lee", "do_not_publish").value
    impact = catalog.consent_impact(person)
    assert [(e[0], e[3]) for e in impact.exports] == [(history_id, (archive["video"],))]
    assert impact.clips == ((history_id, ("EMN roundtable",)),)
    # and the next export holds the clip back
    check = preflight(catalog, ExportSource.session("EMN roundtable"), _settings(tmp_path))
    assert [h.name for h in check.held_back] == ["EMN roundtable"]


def test_cli_names_the_clips_to_take_down(
    catalog: Any,
    catalog_path: Path,
    archive: dict[str, Any],  # noqa: F811
    tmp_path: Path,
    capsys: Any,
) -> None:
    from smparchive.cli.main import main

    catalog.tag_items([archive["video"]], ["Ann Lee"], TagKind.PERSON)
    export_from_catalog(catalog, ExportSource.session("EMN roundtable"), _settings(tmp_path))
    capsys.readouterr()
    code = main(["--catalogue", str(catalog_path), "people", "consent", "Ann Lee", "--withdrawn"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "clips cut from it: EMN roundtable" in out


def test_a_held_back_clip_is_named_in_the_export_language(
    catalog: Any,
    archive: dict[str, Any],  # noqa: F811
    tmp_path: Path,
) -> None:
    """A French export's preflight listed the roundtable's clip as 'EMN roundtable: policy
    debate …' among its French rows, while the clip and the page said 'Table ronde du
    REM': a clip titled as its session is named in the export's language."""
    closed = next(s for s in archive["segments"] if s.title == "Closed meeting")
    catalog.set_session_text(closed.session_id, "fr", "Réunion à huis clos")
    french = preflight(catalog, ExportSource.day("2022-06-02"), _settings(tmp_path, language="fr"))
    assert [h.name for h in french.held_back] == ["Réunion à huis clos"]
    english = preflight(catalog, ExportSource.day("2022-06-02"), _settings(tmp_path))
    assert [h.name for h in english.held_back] == ["Closed meeting"]

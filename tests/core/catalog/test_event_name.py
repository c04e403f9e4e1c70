"""Where people read the event's name (the sidebar's heading and breadcrumb, an export's
folder) it is a name: the acronym as someone wrote it, else the title; never a programme
file's slug ('smp2022', as the demo's frab file gives its acronym)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from smparchive.core.demo import programme as demo
from smparchive.core.organise.programme import import_programme


def _demo(catalog: Any, tmp_path: Path) -> Any:
    path = tmp_path / "schedule.json"
    path.write_text(demo.schedule_json(), encoding="utf-8")
    import_programme(catalog, path)
    return catalog.event()


def test_a_slug_acronym_gives_way_to_the_title(catalog: Any, tmp_path: Path) -> None:
    event = _demo(catalog, tmp_path)
    assert event.acronym == "smp2022"  # as the frab file has it (its web address's)
    assert event.name() == demo.TITLE


def test_an_acronym_written_as_a_name_is_the_name(catalog: Any, tmp_path: Path) -> None:
    event = _demo(catalog, tmp_path)
    catalog.update_event(event.id, acronym="SMP 2022")
    assert catalog.event().name() == "SMP 2022"
    catalog.update_event(event.id, acronym="TC")
    assert catalog.event().name() == "TC"
    catalog.update_event(event.id, acronym="36c3")  # a slug again: the title
    assert catalog.event().name() == demo.TITLE


def test_the_title_in_the_interface_language(catalog: Any, tmp_path: Path) -> None:
    event = _demo(catalog, tmp_path)
    catalog.set_programme_texts("event", event.id, {("title", "fr"): "Partenariats"})
    event = catalog.event()
    assert event.name("fr") == "Partenariats" and event.name("en") == demo.TITLE


def test_the_default_export_folder_is_named_after_the_event(catalog: Any, tmp_path: Path) -> None:
    """The demo's export folder was 'smp2022 selection'."""
    from smparchive.core.export.catalog_export import default_bundle_name

    event = _demo(catalog, tmp_path)
    name = default_bundle_name(catalog, "selection")
    assert "smp2022" not in name and name.startswith("Skills Mobility Partnerships")
    assert name.endswith(" – selection")  # the title set off from what is exported
    catalog.update_event(event.id, acronym="SMP 2022")
    assert default_bundle_name(catalog, "selection") == "SMP 2022 selection"


def test_what_is_exported_is_never_cut_for_the_event_s_name(catalog: Any, tmp_path: Path) -> None:
    """The French export of the demo's collection was named 'Partenariats pour la mobilité
    des compétences - des politiques à la pratique Social post – EMN': the event's long
    title took the room of the collection's last word. A title too long to stand beside
    what is exported gives way to its main title, never to the programme's slug."""
    from smparchive.core.export.catalog_export import default_bundle_name

    event = _demo(catalog, tmp_path)
    long = "Partenariats pour la mobilité des compétences : des politiques à la pratique"
    catalog.set_programme_texts("event", event.id, {("title", "fr"): long})
    label = "Social post – EMN roundtable"
    # its main title then, without the subtitle (it was the slug: 'smp2022 Social post')
    main = "Partenariats pour la mobilité des compétences"
    assert default_bundle_name(catalog, label, "fr") == f"{main} – {label}"
    assert default_bundle_name(catalog, "Accueil et ouverture", "fr") == (
        f"{main} – Accueil et ouverture"
    )
    # never the programme's slug: what is exported alone, else the acronym as written
    assert default_bundle_name(catalog, "x" * 60, "fr") == "x" * 60
    assert default_bundle_name(catalog, "Jour 1", "fr") == f"{long.replace(':', '-')} – Jour 1"
    assert default_bundle_name(catalog, label, "en") == f"{demo.TITLE.replace(':', ' -')} – {label}"
    catalog.update_event(event.id, acronym="SMP 2022")
    assert default_bundle_name(catalog, "x" * 60, "fr") == "SMP 2022 " + "x" * 60

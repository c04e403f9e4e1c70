"""The sidebar's programme heading, and with it the breadcrumb of every day and session
under it, names the event: the demo's read 'smp2022' (its programme file's slug)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.gui


def test_the_programme_heading_is_the_events_name(qapp: Any, catalog: Any, tmp_path: Any) -> None:
    from smparchive.core.demo import programme as demo
    from smparchive.core.organise.programme import import_programme
    from smparchive.gui.controllers.scope import source_of
    from smparchive.gui.models.sidebar_model import SidebarModel, build_sidebar

    path = tmp_path / "schedule.json"
    path.write_text(demo.schedule_json(), encoding="utf-8")
    import_programme(catalog, path)
    model = SidebarModel()
    model.set_sections(build_sidebar(catalog))
    heading = model.by_key["sec:programme"]
    assert heading.text == demo.TITLE
    day = next(n for n in heading.children if n.key.startswith("day:"))
    assert source_of(day).path[0] == demo.TITLE  # the breadcrumb: 'Skills … › Day 1'
    catalog.update_event(catalog.event().id, acronym="SMP 2022")
    model.set_sections(build_sidebar(catalog))
    assert model.by_key["sec:programme"].text == "SMP 2022"

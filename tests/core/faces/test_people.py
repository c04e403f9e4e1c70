"""People from faces: clustering, naming a group, suggestions, consent by person."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from tests.core.faces.conftest import by_name, needs_faces

from smparchive.core.domain.query import parse_search
from smparchive.core.export import WEB, ExportSettings
from smparchive.core.export.catalog_export import ExportSource, preflight
from smparchive.core.vocab import FaceState

pytestmark = needs_faces

OBAMA = {"obama-1.jpg", "obama-2.jpg", "obama-3.jpg", "obama-4.jpg"}
BIDEN = {"biden-1.jpg", "biden-2.jpg"}


def _group_of(cat: Any, name: str) -> int:
    (face,) = by_name(cat)[name]
    assert face.cluster is not None
    return int(face.cluster)


def _names(cat: Any, faces: list[Any]) -> set[str]:
    return {r.name for r in cat.items(sorted({f.item_id for f in faces}))}


def test_clustering_groups_each_person_and_mixes_nobody(faces_catalog: Any) -> None:
    cat = faces_catalog
    groups: dict[int, set[str]] = {}
    for name, faces in by_name(cat).items():
        for f in faces:
            if f.cluster is not None:
                groups.setdefault(f.cluster, set()).add(name)
    obama = _group_of(cat, "obama-1.jpg")
    assert groups[obama] >= OBAMA
    assert groups[_group_of(cat, "biden-1.jpg")] >= BIDEN
    assert obama != _group_of(cat, "biden-1.jpg")
    assert {"rose-leslie-1.jpg", "rose-leslie-2.jpg"} <= groups[_group_of(cat, "rose-leslie-1.jpg")]
    # Precision: no group holds photos of two different single-person series.
    series = ("obama-", "biden-", "rose-leslie-", "alex-lacamoire-")
    for members in groups.values():
        singles = {n for n in members if "-and-" not in n and n != "two-people.jpg"}
        assert len({p for p in series for n in singles if n.startswith(p)}) <= 1


def test_naming_a_group_names_every_face_in_it_and_undo_restores(faces_catalog: Any) -> None:
    cat = faces_catalog
    group = _group_of(cat, "obama-1.jpg")
    members = cat.faces(cluster=group)
    result = cat.name_cluster(group, "Barack Obama")
    person = result.value
    named = cat.faces(person_id=person)
    assert {f.id for f in named} == {f.id for f in members}
    assert all(f.state == FaceState.CONFIRMED and f.person == "Barack Obama" for f in named)
    assert _names(cat, named) >= OBAMA
    hits = cat.query_ids(parse_search('person:"Barack Obama"', cat).filter)
    assert set(hits) == {f.item_id for f in named}
    assert result.undo is not None
    cat.undo(result.undo)
    assert cat.faces(person_id=person) == []
    assert {f.id for f in cat.faces(unknown=True)} >= {f.id for f in members}


def test_naming_one_face_suggests_the_others_and_confirm_tags_them(faces_catalog: Any) -> None:
    cat = faces_catalog
    (first,) = by_name(cat)["obama-1.jpg"]
    person = cat.name_faces([first.id], "Barack Obama").value
    assert cat.suggest_faces() >= 3
    suggested = cat.faces(person_id=person, state=FaceState.SUGGESTED)
    assert OBAMA - {"obama-1.jpg"} <= _names(cat, suggested)
    assert all(0.5 < f.confidence <= 1.0 for f in suggested)
    assert not BIDEN & _names(cat, suggested)
    cat.confirm_faces([f.id for f in suggested])
    hits = cat.query_ids(parse_search('person:"Barack Obama"', cat).filter)
    assert {r.name for r in cat.items(hits)} >= OBAMA
    # A rejected suggestion is not made again.
    wrong = next(f for f in cat.faces(person_id=person) if f.item_id != first.item_id)
    cat.reject_faces([wrong.id])
    cat.suggest_faces()
    (again,) = cat.faces(face_ids=[wrong.id])
    assert again.state == FaceState.REJECTED or again.person_id != person


def test_withdrawing_consent_holds_every_confirmed_photo_and_lists_exports(
    faces_catalog: Any, tmp_path: Path
) -> None:
    cat = faces_catalog
    group = _group_of(cat, "biden-1.jpg")
    person = cat.name_cluster(group, "Joe Biden").value
    photos = {f.item_id for f in cat.faces(person_id=person)}
    cat.set_fields(cat.query_ids(), consent="cleared")  # only the person holds them back
    # An export that already published two of them.
    published = sorted(photos)[:2]
    export_id = cat.record_export(
        {"bundle": str(tmp_path / "web"), "target": "folder", "preset": "web",
         "items": published},
        settings={"audience": "public"},
    )  # fmt: skip
    result = cat.set_person_consent("Joe Biden", "none", withdrawn_on=date(2026, 11, 30))
    impact = cat.consent_impact(result.value)
    assert set(impact.item_ids) == photos
    assert [(e[0], e[2], set(e[3])) for e in impact.exports] == [
        (export_id, "public", set(published))
    ]
    settings = ExportSettings(target_dir=tmp_path / "out", bundle_name="b", preset=WEB)
    check = preflight(cat, ExportSource.items(sorted(photos)), settings)
    held = {h.item_id: h for h in check.held_back}
    assert set(held) == photos
    for h in held.values():
        assert ("person:do_not_publish", "Joe Biden") in h.causes
        assert any("Joe Biden (consent withdrawn on 2026-11-30)" in d for d in h.details)
    assert "Joe Biden" in check.report_text()
    assert check.exportable == 0


def test_search_by_faces_and_unknown_people(faces_catalog: Any) -> None:
    cat = faces_catalog

    def names(query: str) -> set[str]:
        return {r.name for r in cat.items(cat.query_ids(parse_search(query, cat).filter))}

    groups = {"kit-harington-and-rose-leslie.jpg", "obama-and-biden.jpg", "two-people.jpg"}
    assert names("faces:2+") == groups
    assert len(names("faces:1")) == 10 and not names("faces:1") & groups
    assert names("faces:0") == set()
    assert names("faces:1 faces:2+") == names("kind:photo")
    assert names("person:unknown") >= OBAMA
    cat.name_cluster(_group_of(cat, "obama-1.jpg"), "Barack Obama")
    assert not OBAMA & names("person:unknown")
    assert "obama-and-biden.jpg" in names("person:unknown")  # Biden and a girl: unnamed
    assert names('person:"Barack Obama" faces:1') >= OBAMA

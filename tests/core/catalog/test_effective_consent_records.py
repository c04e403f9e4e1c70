"""Every item record says whether the item may go out, as the export decides: a session not
for publication, a do-not-record session (recordings) and restricted people shown lower its
own consent, with the reasons the views name (h109: a closed session's photos showed no
badge and "Unknown" while the export held them back)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

WHEN = datetime(2022, 6, 1, 9, 45, tzinfo=UTC)


def _closed_session_and_people(cat: Any, tmp_path: Path, inserter: Any) -> tuple[list[int], str]:
    cat.create_event("SMP", time_zone="Europe/Brussels")
    closed = cat.add_session("Groupe de travail (huis clos)", WHEN, WHEN.replace(hour=11)).value
    unrecorded = cat.add_session("Opening", WHEN.replace(hour=12), WHEN.replace(hour=13)).value
    cat.update_session(closed, do_not_publish=True)
    cat.update_session(unrecorded, do_not_record=True)
    ids = inserter(
        cat,
        tmp_path / "media",
        [
            {"consent": "unknown", "session_id": closed},  # 0: closed session
            {"consent": "cleared", "session_id": unrecorded},  # 1: a photo: not recorded
            {"consent": "cleared", "session_id": unrecorded, "kind": "video"},  # 2
            {"consent": "cleared"},  # 3: shows a person who withdrew
            {"consent": "cleared"},  # 4: shows a person for internal use only
            {"consent": "cleared"},  # 5: nothing holds it back
        ],
    )
    cat.tag_items([ids[3]], ["Ana Lopez"], kind="person")
    cat.tag_items([ids[4]], ["Bo Kim"], kind="person")
    cat.set_person_consent("Ana Lopez", "none", withdrawn_on=date(2022, 7, 1))
    cat.set_person_consent("Bo Kim", "internal_only")
    return ids, "Groupe de travail (huis clos)"


def test_records_carry_the_consent_the_export_applies(
    engine_catalog: Any, tmp_path: Path, item_inserter: Any
) -> None:
    cat = engine_catalog
    ids, closed = _closed_session_and_people(cat, tmp_path, item_inserter)
    records = cat.items(ids)
    assert [r.effective_consent for r in records] == [
        "do_not_publish",
        "cleared",
        "do_not_publish",
        "do_not_publish",
        "internal_only",
        "cleared",
    ]
    assert [r.restrictions for r in records] == [
        (("session:do_not_publish", closed),),
        (),
        (("session:do_not_record", "Opening"),),
        (("person:do_not_publish", "Ana Lopez"),),
        (("person:internal_only", "Bo Kim"),),
        (),
    ]
    # the day Ana Lopez withdrew, for the reason to name it (both ways records are read)
    withdrawn = [(), (), (), (("Ana Lopez", date(2022, 7, 1)),), (), ()]
    assert [r.withdrawn for r in records] == withdrawn
    with cat._read() as s:
        assert [r.withdrawn for r in cat._typed_records(s, ids)] == withdrawn
    assert records[0].consent == "unknown"  # its own field is left as it was
    # one truth: the export's preflight reads the same status for each item
    export = cat.effective_consent(ids)
    assert [export[i].status for i in ids] == [r.effective_consent for r in records]


def test_the_command_lines_reader_reads_the_same(
    catalog: Any, catalog_path: Path, tmp_path: Path, item_inserter: Any
) -> None:
    from smparchive.core.catalog.reader import open_reader

    ids, _closed = _closed_session_and_people(catalog, tmp_path, item_inserter)
    full = catalog.items(ids)
    reader = open_reader(str(catalog_path))
    assert reader is not None
    try:
        light = reader.items(ids)
    finally:
        reader.close()
    assert [r.restrictions for r in light] == [r.restrictions for r in full]
    assert [r.withdrawn for r in light] == [r.withdrawn for r in full]
    assert light[0].effective_consent == "do_not_publish"

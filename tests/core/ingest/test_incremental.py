"""Rescans: unchanged files are not opened, changed ones keep user metadata, moved ones are
re-linked by content, vanished ones become missing, an absent root makes items offline."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from smparchive.core.ingest import ScanOptions, build_thumbnails, scan, tasks

INLINE = ScanOptions(workers=0)


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every file the scan opens (in-process workers make this observable)."""
    opened: list[str] = []
    real = tasks.first_look

    def spy(path: str, *args: Any) -> Any:
        opened.append(Path(path).name)
        return real(path, *args)

    monkeypatch.setattr(tasks, "first_look", spy)
    return opened


@pytest.fixture
def library(tmp_path: Path, make_jpeg: Callable[..., Path], catalog: Any) -> Path:
    root = tmp_path / "photos"
    for n in range(6):
        make_jpeg(root / "day1" / f"IMG_{n}.jpg", color=(40 * n, 10, 200))
    catalog.add_root(root)
    report = scan(catalog, options=INLINE)
    assert report.new == 6 and report.errors == 0
    return root


def _id(catalog: Any, path: Path) -> int:
    [item_id] = catalog.ids_for_paths([str(path)])
    return int(item_id)


def test_unchanged_files_are_not_opened(catalog: Any, library: Path, counted: list[str]) -> None:
    report = scan(catalog, options=INLINE)
    assert counted == [] and report.probed == 0
    assert report.unchanged == 6 and report.new == report.changed == report.missing == 0


def test_changed_file_is_reprobed_and_keeps_user_metadata(
    catalog: Any, library: Path, counted: list[str], make_jpeg: Callable[..., Path]
) -> None:
    target = library / "day1" / "IMG_2.jpg"
    item_id = _id(catalog, target)
    catalog.set_fields([item_id], rating=4, flag=1)
    catalog.tag_items([item_id], ["Plenary|Opening"])
    catalog.set_text([item_id], "caption", "en", "The minister opens the conference")
    old_sha = catalog.item(item_id).sha256
    make_jpeg(target, color=(1, 2, 3), model="EOS R5", xmp={"rating": 2, "title": "New"})
    os.utime(target, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    report = scan(catalog, options=INLINE)
    assert counted == ["IMG_2.jpg"] and report.changed == 1 and report.new == 0
    assert report.changed_ids == [item_id] and report.unchanged == 5
    item = catalog.item(item_id)
    assert item.sha256 != old_sha and item.camera_model == "EOS R5"
    assert item.rating == 4 and item.flag == 1  # the user's, not the file's 2
    assert item.captions == {"en": "The minister opens the conference"}
    assert item.titles["x-default"] == "New"  # new from the file: fills what was empty
    assert {t.path for t in item.tags} >= {"Plenary|Opening", "Mobility", "Event|Day 1|Panel"}
    assert item.thumb_state == "ok"  # the new content's picture, from the same read


def test_touched_files_are_unchanged_and_keep_their_edits(
    catalog: Any, library: Path, counted: list[str]
) -> None:
    """Only the modification time moved (a ``touch``, a copy tool): the same bytes are not
    "modified" for the person; the catalogue records the new time, the edits stay."""
    touched = [library / "day1" / f"IMG_{n}.jpg" for n in (1, 3)]
    ids = [_id(catalog, p) for p in touched]
    catalog.set_fields(ids, rating=5)
    before = {i: catalog.item(i).sha256 for i in ids}
    for p in touched:
        os.utime(p, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    report = scan(catalog, options=INLINE)
    assert sorted(counted) == ["IMG_1.jpg", "IMG_3.jpg"]  # read again: only the hash can say
    assert report.changed == 0 and report.changed_ids == [] and report.unchanged == 6
    assert report.new + report.completed + report.moved + report.not_read == 0
    for i in ids:
        item = catalog.item(i)
        assert item.sha256 == before[i] and item.rating == 5
    counted.clear()
    assert scan(catalog, options=INLINE).probed == 0  # the new time is recorded
    assert counted == []


def test_moved_and_renamed_files_keep_tags_and_captions(
    catalog: Any, library: Path, counted: list[str], tmp_path: Path
) -> None:
    a, b = library / "day1" / "IMG_0.jpg", library / "day1" / "IMG_1.jpg"
    ids = {_id(catalog, a), _id(catalog, b)}
    id_a, id_b = _id(catalog, a), _id(catalog, b)
    catalog.tag_items([id_a, id_b], ["Keynote"])
    catalog.set_text([id_a], "caption", "fr", "Ouverture")
    (library / "renamed").mkdir()
    a.rename(library / "renamed" / "opening.jpg")
    other = tmp_path / "second-drive"
    other.mkdir()
    shutil.move(str(b), other / "IMG_1.jpg")
    catalog.add_root(other)
    report = scan(catalog, options=INLINE)
    assert report.moved == 2 and report.new == 0 and report.missing == 0
    moved_a = catalog.item(id_a)
    assert moved_a.rel_path == "renamed/opening.jpg" and moved_a.captions == {"fr": "Ouverture"}
    moved_b = catalog.item(id_b)
    assert Path(moved_b.path) == (other / "IMG_1.jpg").resolve()
    assert {t.path for t in moved_b.tags} == {"Keynote"}
    assert catalog.count() == 6 and ids == {id_a, id_b}


def test_move_found_after_the_old_place_was_marked_missing(
    catalog: Any, library: Path, tmp_path: Path
) -> None:
    src = library / "day1" / "IMG_3.jpg"
    item_id = _id(catalog, src)
    catalog.tag_items([item_id], ["Kept"])
    elsewhere = tmp_path / "later"
    elsewhere.mkdir()
    shutil.move(str(src), tmp_path / "IMG_3.jpg")
    assert scan(catalog, options=INLINE).missing == 1
    assert catalog.item(item_id).status == "missing"
    shutil.move(str(tmp_path / "IMG_3.jpg"), elsewhere / "IMG_3.jpg")
    catalog.add_root(elsewhere)
    report = scan(catalog, options=INLINE)
    assert report.moved == 1 and report.missing == 0
    item = catalog.item(item_id)
    assert item.status == "ok" and [t.path for t in item.tags] == ["Kept"]


def test_deleted_file_becomes_missing(catalog: Any, library: Path) -> None:
    gone = library / "day1" / "IMG_5.jpg"
    item_id = _id(catalog, gone)
    gone.unlink()
    report = scan(catalog, options=INLINE)
    assert report.missing == 1 and report.has_problems
    assert [p.kind for p in report.problems] == ["missing"]
    assert catalog.item(item_id).status == "missing"
    assert [r.id for r in catalog.problem_items()] == [item_id]


def test_absent_root_goes_offline_and_comes_back(
    catalog: Any, library: Path, tmp_path: Path, counted: list[str]
) -> None:
    build_thumbnails(catalog, options=INLINE, previews=False)
    parked = tmp_path / "parked"
    library.rename(parked)
    report = scan(catalog, options=INLINE)
    assert report.offline_roots == [str(library.resolve())] and report.offline_items == 6
    assert report.missing == 0 and counted == []
    [root] = catalog.roots()
    assert root.online is False
    assert report.offline_root_ids == [root.id]  # the app's "Find Missing Folder…" acts on it
    items = catalog.items(catalog.query_ids())
    assert {i.status for i in items} == {"offline"}
    # Still browsable: their thumbnails are in the cache.
    assert all(catalog.thumbnails.best_path(i.sha256) for i in items)
    parked.rename(library)
    report = scan(catalog, options=INLINE)
    assert report.returned == 6 and counted == []
    assert {i.status for i in catalog.items(catalog.query_ids())} == {"ok"}
    assert catalog.roots()[0].online is True


def test_empty_mount_point_counts_as_offline(catalog: Any, library: Path) -> None:
    shutil.rmtree(library)
    library.mkdir()  # an unmounted drive leaves its empty mount point behind
    report = scan(catalog, options=INLINE)
    assert report.offline_items == 6 and report.missing == 0


def test_duplicates_are_grouped(catalog: Any, library: Path) -> None:
    shutil.copy2(library / "day1" / "IMG_0.jpg", library / "copy.jpg")
    shutil.copy2(library / "day1" / "IMG_0.jpg", library / "copy2.jpg")
    report = scan(catalog, options=INLINE)
    assert report.new == 2 and report.moved == 0 and report.duplicate_groups == 1
    [group] = catalog.duplicate_groups()
    assert sorted(Path(r.path).name for r in group.items) == ["IMG_0.jpg", "copy.jpg", "copy2.jpg"]
    assert group.wasted_bytes == 2 * group.size


def test_an_edited_sidecar_is_picked_up(catalog: Any, library: Path, counted: list[str]) -> None:
    photo = library / "day1" / "IMG_4.jpg"
    sidecar = library / "day1" / "IMG_4.xmp"
    time.sleep(0.05)  # edited after the scan (file system clocks are coarse)
    sidecar.write_text(
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><rdf:Description rdf:about="">'
        "<dc:subject><rdf:Bag><rdf:li>Closing</rdf:li></rdf:Bag></dc:subject>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
    )
    report = scan(catalog, options=INLINE)
    assert counted == ["IMG_4.jpg"] and report.changed == 1 and report.files_seen == 6
    assert [t.path for t in catalog.item(_id(catalog, photo)).tags] == ["Closing"]
    assert scan(catalog, options=INLINE).probed == 0  # nothing new since


def test_file_gone_while_its_drive_was_offline_becomes_missing(
    catalog: Any, library: Path, tmp_path: Path
) -> None:
    parked = tmp_path / "parked"
    library.rename(parked)
    assert scan(catalog, options=INLINE).offline_items == 6
    (parked / "day1" / "IMG_0.jpg").unlink()
    parked.rename(library)
    report = scan(catalog, options=INLINE)
    assert report.returned == 5 and report.missing == 1
    statuses = sorted(i.status for i in catalog.items(catalog.query_ids()))
    assert statuses == ["missing"] + ["ok"] * 5


def test_a_rescan_of_unchanged_files_starts_no_worker(
    catalog: Any, tmp_path: Path, make_jpeg: Callable[..., Path]
) -> None:
    """Nothing changed: nothing to read, so no worker process is started (scan or thumbnails)."""
    import multiprocessing

    from smparchive.core.ingest import ScanOptions, build_thumbnails, scan
    from smparchive.core.ingest.workers import WorkerPool

    for n in range(3):
        make_jpeg(tmp_path / "m" / f"{n}.jpg", color=(n, 9, 9))
    catalog.add_root(tmp_path / "m")
    options = ScanOptions(workers=2)
    with WorkerPool.for_options(options) as pool:
        first = scan(catalog, options=options, pool=pool)
        build_thumbnails(catalog, options=options, pool=pool, previews=False)
    assert first.new == 3
    with WorkerPool.for_options(options) as pool:
        again = scan(catalog, options=options, pool=pool)
        build_thumbnails(catalog, options=options, pool=pool, previews=False)
        assert multiprocessing.active_children() == []
    assert again.unchanged == 3 and again.probed == 0
    make_jpeg(tmp_path / "m" / "new.jpg", color=(200, 9, 9))
    with WorkerPool.for_options(options) as pool:
        third = scan(catalog, options=options, pool=pool)
    assert third.new == 1


def test_a_moved_folder_is_hashed_before_it_has_a_row_and_never_shows_missing(
    catalog: Any, library: Path, make_jpeg: Callable[..., Path]
) -> None:
    """New files get rows from their heads before their hashes, except those that may be
    a moved item (same size as one gone): those are hashed first and re-linked, so no
    batch ever shows the moved items as missing or their files as new items."""
    ids = {p.name: _id(catalog, p) for p in (library / "day1").iterdir()}
    catalog.tag_items([ids["IMG_2.jpg"]], ["Kept"])
    (library / "day1").rename(library / "moved")
    make_jpeg(library / "fresh" / "NEW.jpg", size=(130, 70), color=(9, 9, 9))
    seen: list[tuple[int, int, int]] = []

    def committed(_changes: Any) -> None:
        items = catalog.items(catalog.query_ids())
        missing = sum(1 for i in items if i.status == "missing")
        seen.append((len(items), missing, sum(1 for i in items if i.sha256 is None)))

    report = scan(catalog, options=ScanOptions(workers=0, on_batch=committed))
    assert report.moved == 6 and report.new == 1 and report.missing == 0
    assert seen[0] == (7, 0, 1)  # the new file's head row came first, alone, unhashed
    assert all(n == 7 and missing == 0 for n, missing, _ in seen)
    assert catalog.hash_pending_count() == 0
    moved = {Path(i.path).name: i for i in catalog.items(catalog.query_ids())}
    assert {name: moved[name].id for name in ids} == ids
    assert [t.path for t in moved["IMG_2.jpg"].tags] == ["Kept"]
    assert all(moved[name].rel_path.startswith("moved/") for name in ids)


def test_items_left_unhashed_by_a_cancel_follow_their_folder_when_it_moves(
    catalog: Any, tmp_path: Path, make_jpeg: Callable[..., Path]
) -> None:
    """A scan stopped before hashing leaves rows with their hash pending; if the folder
    then moves, the next scan finds them by name, size and date (no bytes to compare
    with): same items, with the tags given meanwhile, no missing and no new ones."""
    from smparchive.core.progress import CancelToken

    root = tmp_path / "card"
    for n in range(5):
        make_jpeg(root / "DCIM" / f"IMG_{n}.jpg", color=(n, 50, 90))
    catalog.add_root(root)
    cancel = CancelToken()
    options = ScanOptions(workers=0, on_searchable=cancel.cancel)
    assert scan(catalog, None, None, cancel, options).cancelled
    before = {Path(i.path).name: i.id for i in catalog.items(catalog.query_ids())}
    assert len(before) == 5 and catalog.hash_pending_count() == 5
    catalog.tag_items([before["IMG_3.jpg"]], ["Tagged while hashing"])
    (root / "DCIM").rename(root / "2022-06-01")
    report = scan(catalog, options=INLINE)
    assert report.moved == 5 and report.new == 0 and report.missing == 0
    after = {Path(i.path).name: i for i in catalog.items(catalog.query_ids())}
    assert {name: i.id for name, i in after.items()} == before
    assert all(i.sha256 and i.status == "ok" for i in after.values())
    assert [t.path for t in after["IMG_3.jpg"].tags] == ["Tagged while hashing"]


def test_a_folder_of_one_photo_that_is_offline_says_item_not_items(
    catalog: Any, tmp_path: Path, make_jpeg: Callable[..., Path]
) -> None:
    """'its 1 items stay in the catalogue': the reason counts like every other sentence."""
    card = tmp_path / "card"
    make_jpeg(card / "IMG_1.jpg")
    catalog.add_root(card)
    assert scan(catalog, options=INLINE).new == 1
    card.rename(tmp_path / "parked")
    [problem] = scan(catalog, options=INLINE).problems
    assert problem.kind == "offline"
    assert "its 1 item stays in the catalogue, marked offline" in problem.reason

"""Facet counts: counted in SQL, equal to counting the rows, fresh after any commit."""

from __future__ import annotations

from collections import Counter
from typing import Any

from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.filters import ItemFilter


def _specs() -> list[dict[str, Any]]:
    cams = [("Canon", "EOS R5"), ("Canon", "EOS R6"), ("SONY", None), (None, None)]
    return [
        {
            "kind": ("photo", "photo", "video", "slides")[i % 4],
            "rating": i % 6,
            "flag": (i % 3) - 1,
            "color_label": (None, "red", "green")[i % 3],
            "consent": ("unknown", "cleared")[i % 2],
            "status": ("ok", "ok", "warning")[i % 3],
            "camera_make": cams[i % 4][0],
            "camera_model": cams[i % 4][1],
        }
        for i in range(60)
    ]


def test_counts_equal_counting_the_records(catalog: Any, add_items: Any) -> None:
    add_items(_specs())
    for f in (ItemFilter(), ItemFilter(kinds=("photo",)), ItemFilter(rating_min=3, flags=(1,))):
        recs = catalog.items(catalog.query_ids(f))
        got = catalog.facets(f)
        assert got.total == len(recs)
        assert got.kind == dict(Counter(r.kind for r in recs))
        assert got.rating == dict(Counter(r.rating for r in recs))
        assert got.flag == dict(Counter(r.flag for r in recs))
        assert got.color_label == dict(Counter(r.color_label for r in recs))
        assert got.status == dict(Counter(r.status for r in recs))
        cams = Counter(f"{r.camera_make or ''} {r.camera_model or ''}".strip() for r in recs)
        assert got.camera == {k: v for k, v in cams.items() if k}


def test_cached_counts_follow_every_commit(catalog: Any, add_items: Any, catalog_path: Any) -> None:
    ids = add_items(_specs()[:10])
    before = catalog.facets()
    assert catalog.facets() is before  # nothing changed: the same counts, not recounted
    catalog.set_fields(ids[:1], rating=5)  # a commit in this process
    after = catalog.facets()
    assert after is not before and after.rating.get(5, 0) == before.rating.get(5, 0) + 1
    other = open_catalog(catalog_path)  # another process or connection commits
    try:
        other.set_fields(ids[:2], flag=1)
    finally:
        other.close()
    again = catalog.facets()
    assert again is not after and again.flag.get(1, 0) >= 2
    assert catalog.data_version() == catalog.data_version()


def test_camera_filter_matches_substrings_of_make_and_model(catalog: Any, add_items: Any) -> None:
    ids = add_items(_specs()[:8])
    recs = {r.id: r for r in catalog.items(ids)}

    def expect(word: str) -> list[int]:
        return [
            i
            for i in ids
            if word.lower() in f"{recs[i].camera_make or ''} {recs[i].camera_model or ''}".lower()
        ]

    for word in ("r5", "EOS", "canon eos r6", "sony", "leica"):
        got = catalog.query_ids(ItemFilter(cameras=(word,)))
        assert sorted(got) == sorted(expect(word)), word
    assert catalog.query_ids(ItemFilter(cameras=("leica",))) == []
    both = catalog.query_ids(ItemFilter(cameras=("r5", "sony")))
    assert sorted(both) == sorted(set(expect("r5")) | set(expect("sony")))

"""``smparchive search '!!!'``: every item, no "unexpected error" (h113)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.cli.cli_helpers import run


def test_search_of_punctuation_lists_every_item(
    capsys: Any, catalog: Any, catalog_path: Path, tmp_path: Path, item_inserter: Any
) -> None:
    catalog.create_event("SMP", time_zone="UTC")
    ids = item_inserter(catalog, tmp_path / "media", [{}, {}])
    catalog.close()
    for query in ("!!!", "-!!!"):
        code, out, err = run(capsys, catalog_path, "search", "--json", "--", query)
        assert code == 0, err
        found = json.loads(out)
        assert found["total"] == 2, query
        assert sorted(i["id"] for i in found["items"]) == sorted(ids)

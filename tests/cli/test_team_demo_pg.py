"""A PostgreSQL team catalogue does what a file does (issue 16): demo, scan and rescan,
thumbnails in a cache every teammate can share, and the sidecar mirror."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.conftest import PG_URL, empty_pg_url

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not PG_URL, reason="set SMPARCHIVE_TEST_PG_URL to test PostgreSQL"),
]


@pytest.fixture
def fresh_pg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return empty_pg_url()


@pytest.mark.slow
def test_demo_scan_rescan_thumbnails_and_sidecars(
    fresh_pg: str, tmp_path: Path, capsys: Any
) -> None:
    from smparchive.cli.main import main
    from smparchive.core.catalog.catalog import open_catalog

    c = ["-c", fresh_pg]
    assert main([*c, "demo", "--no-gui", "--workers", "2", str(tmp_path / "demo")]) == 0
    out = capsys.readouterr().out
    assert "thumbnails made" in out and "Assigned items to sessions" in out
    cat = open_catalog(fresh_pg)
    try:
        info = cat.info()
        assert info.items > 50
        cache = cat.thumbnails
        assert cache is not None and Path(info.cache_dir or "").is_relative_to(tmp_path)
        some = cat.items(cat.query_ids(cat.smart_filter("kind:photo"))[:5])
        assert all(cache.get(r.sha256, 256) for r in some)
    finally:
        cat.close()
    rc = main([*c, "scan"])  # the rescan
    said = capsys.readouterr()
    assert rc == 0, said.out + said.err
    assert ": 0 new, 0 changed, 0 moved," in said.out
    assert main([*c, "sidecars", "write", "--query", "day:1"]) == 0
    assert list((tmp_path / "data").rglob("*.xmp"))


def test_team_cache_folder(fresh_pg: str, tmp_path: Path, monkeypatch: Any) -> None:
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.catalog.errors import CatalogError

    shared = tmp_path / "share" / "thumbs"
    alice = open_catalog(fresh_pg)
    try:
        local = alice.cache_dir
        assert local is not None and local.is_relative_to(tmp_path / "cache")
        with pytest.raises(CatalogError, match="not a folder"):
            alice.set_shared_cache(shared)
        shared.mkdir(parents=True)
        alice.set_shared_cache(shared)
        assert alice.cache_dir == shared
    finally:
        alice.close()
    bob = open_catalog(fresh_pg)  # a teammate opening later shares it
    assert bob.cache_dir == shared
    bob.close()
    monkeypatch.setenv("SMPARCHIVE_CACHE_DIR", str(tmp_path / "mine"))  # a machine's own
    carol = open_catalog(fresh_pg)
    assert carol.cache_dir == tmp_path / "mine"
    carol.set_shared_cache(None)
    carol.close()
    monkeypatch.delenv("SMPARCHIVE_CACHE_DIR")
    dave = open_catalog(fresh_pg)
    assert dave.cache_dir == local
    dave.close()

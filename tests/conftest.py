"""Shared fixtures: temporary catalogues and items inserted without the ingest pipeline."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from smparchive.core.gc_pace import CollectorPace

# Never let a test touch the developer's real catalogue or settings. Under pytest-xdist
# (scripts/run-tests.sh runs two processes) each worker has folders of its own: settings,
# logs and a server catalogue's local caches written by one must not be read by the other.
_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
_XDG = "/tmp/smparchive-test-xdg" + (f"-{_WORKER}" if _WORKER else "")
os.environ.setdefault("XDG_DATA_HOME", f"{_XDG}/data")
os.environ.setdefault("XDG_CONFIG_HOME", f"{_XDG}/config")
os.environ.setdefault("XDG_CACHE_HOME", f"{_XDG}/cache")
os.environ.setdefault("XDG_STATE_HOME", f"{_XDG}/state")
os.environ.pop("SMPARCHIVE_CATALOGUE", None)

REPO = Path(__file__).resolve().parents[1]
# The real-world corpus travels with the repository (tests/corpus/realworld, ~8 MB, with its
# licences and MANIFEST.csv) so any clone runs the whole suite; SMPARCHIVE_CORPUS overrides it.
CORPUS = Path(os.environ.get("SMPARCHIVE_CORPUS", REPO / "tests" / "corpus" / "realworld"))


def fresh_python(code: str, tmp_path: Path) -> str:
    """What ``code`` prints in a fresh interpreter running this checkout's ``src`` offscreen
    (what a module imports at start, measured where nothing is imported yet)."""
    import subprocess
    import sys

    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(REPO / "src"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    return out.stdout


def sqlite_rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    """Rows of ``sql`` read from a SQLite catalogue file directly (what is stored)."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


# Set by the process's first GUI test: Python's cycle collector is run by the tests from
# then on (see _collector_on_the_main_thread).
_PACE: list[CollectorPace] = []


@pytest.fixture(autouse=True)
def _collector_on_the_main_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """From its first GUI test on, a test process runs Python's cycle collector as the app
    does (``gui.collector``): automatic collection off for good, every pass on the main
    thread, at CPython's own pace: from a UI-thread timer during a GUI test, after each
    test otherwise. Left automatic, a pass ran on whichever thread allocated (150 passes
    over 84 GUI tests on live-feed, open-catalogue and pool threads) and destroyed Qt
    objects' wrappers there: the app's own crash, seen twice in CI as a worker's
    segmentation fault in the UI thread's event processing."""
    import gc

    gui = "qapp" in request.fixturenames
    if request.node.get_closest_marker("own_collector"):  # it starts and stops its own
        if _PACE:
            gc.enable()
        yield
        if _PACE:
            gc.disable()
        return
    if gui and not _PACE:
        from smparchive.core.gc_pace import CollectorPace

        request.getfixturevalue("qapp")
        gc.disable()
        _PACE.append(CollectorPace.from_now())
    if not _PACE:
        yield
        return
    pace = _PACE[0]
    timer = None
    if gui:
        from smparchive.gui.collector import tick_timer

        timer = tick_timer(pace)
    yield
    if timer is not None:
        timer.stop()
    pace.tick()


@pytest.fixture(scope="session")
def qapp_cls() -> type:
    """pytest-qt's application is the app's own class (it handles the app's events)."""
    from smparchive.gui.application import Application

    return Application


# The test PostgreSQL server (scripts/start-test-postgres.sh prints its URL); unset: skipped.
PG_URL = os.environ.get("SMPARCHIVE_TEST_PG_URL")


def empty_pg_url() -> str:
    """The test server's URL after emptying its public schema and this user's local folders
    for it; skips the test without a server."""
    if not PG_URL:
        pytest.skip("set SMPARCHIVE_TEST_PG_URL to test PostgreSQL")
    from sqlalchemy import create_engine, text

    admin = create_engine(PG_URL)
    try:
        with admin.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    finally:
        admin.dispose()
    # The server catalogue's local pictures and files go with it: a thumbnail cached by an
    # earlier test (or an earlier run on this machine) would otherwise stand in for one this
    # test expects to be made.
    import shutil

    from smparchive.core.paths import server_cache_dir, server_data_dir

    shutil.rmtree(server_cache_dir(PG_URL), ignore_errors=True)
    shutil.rmtree(server_data_dir(PG_URL), ignore_errors=True)
    return PG_URL


@pytest.fixture
def pg_catalog() -> Iterator[Any]:
    """A new catalogue on the test PostgreSQL server (an empty schema)."""
    from smparchive.core.catalog.catalog import open_catalog

    cat = open_catalog(empty_pg_url())
    try:
        yield cat
    finally:
        cat.close()


@contextmanager
def recorded_statements(cat: Any) -> Iterator[list[tuple[str, Any]]]:
    """The SQL statements ``cat`` runs inside the block, with their parameters."""
    from sqlalchemy import event

    seen: list[tuple[str, Any]] = []

    def record(conn: Any, cursor: Any, sql: str, params: Any, context: Any, many: bool) -> None:
        seen.append((sql, params))

    event.listen(cat.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(cat.engine, "before_cursor_execute", record)


@pytest.fixture
def catalog_path(tmp_path: Path) -> Path:
    return tmp_path / "test.smpcat"


@pytest.fixture
def catalog(catalog_path: Path) -> Iterator[Any]:
    from smparchive.core.catalog.catalog import open_catalog

    cat = open_catalog(catalog_path, create=True)
    try:
        yield cat
    finally:
        cat.close()


def insert_items(cat: Any, root: Path, specs: list[dict[str, Any]]) -> list[int]:
    """Insert item rows directly (tests only): each spec overrides defaults."""
    from sqlalchemy import insert, select

    from smparchive.core.catalog import fulltext
    from smparchive.core.catalog.cameras import name_cameras
    from smparchive.core.catalog.folders import name_folders
    from smparchive.core.catalog.models import MediaItem, Root

    root.mkdir(parents=True, exist_ok=True)
    with cat._sessions() as s, s.begin():
        rid = s.scalar(select(Root.id).where(Root.path == str(root.resolve())))
        if rid is None:
            rid = s.execute(
                insert(Root).values(
                    path=str(root.resolve()),
                    label=root.name,
                    online=True,
                    sidecar_policy="mirror",
                    ignore_patterns=[],
                    added_at=datetime.now(UTC),
                )
            ).inserted_primary_key[0]
        base = datetime(2022, 6, 1, 7, 0, tzinfo=UTC)
        rows = []
        for n, spec in enumerate(specs):
            name = spec.get("name", f"IMG_{n:04d}.JPG")
            row = {
                "root_id": rid,
                "rel_path": spec.get("rel_path", name),
                "name": name,
                "kind": "photo",
                "size": 1000 + n,
                "mtime_ns": 0,
                "sha256": f"{n:064x}",
                "capture_utc": base + timedelta(minutes=n),
                "rating": 0,
                "flag": 0,
                "consent": "unknown",
                "status": "ok",
                "thumb_state": "pending",
                "clock_shift_s": 0,
                "has_embedded_thumb": False,
                "first_seen_at": datetime.now(UTC),
                "updated_at": datetime.now(UTC),
            }
            row.update({k: v for k, v in spec.items() if k != "name"})
            rows.append(row)
        name_cameras(s, rows)  # make, model and serial as the catalogue keeps them (0031)
        name_folders(s, rows)  # the path as its folder and name (0033)
        ids = [s.execute(insert(MediaItem).values(**r)).inserted_primary_key[0] for r in rows]
        fulltext.reindex(s, ids)
    return [int(i) for i in ids]


@pytest.fixture
def add_items(catalog: Any, tmp_path: Path) -> Any:
    """Fixture form of :func:`insert_items` bound to the ``catalog`` fixture."""

    def add(specs: list[dict[str, Any]], root: Path | None = None) -> list[int]:
        return insert_items(catalog, root or tmp_path / "media", specs)

    return add


# Both engines, PostgreSQL only with a test server (marked: `-m "not postgres"` leaves it out).
ENGINES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=ENGINES)
def engine_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a new catalogue goes on each engine: a file under ``tmp_path``, or the test
    server emptied."""
    return str(tmp_path / "catalogue.smpcat") if request.param == "sqlite" else empty_pg_url()


@pytest.fixture
def engine_catalog(engine_location: str) -> Iterator[Any]:
    """A new catalogue, open, on each engine (closed after the test)."""
    from smparchive.core.catalog.catalog import open_catalog

    cat = open_catalog(engine_location, create=True)
    try:
        yield cat
    finally:
        cat.close()


@pytest.fixture
def item_inserter() -> Any:
    """:func:`insert_items` itself, for tests that make their own catalogues."""
    return insert_items


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session) -> None:
    """A worker's last full collection before it tells the controller it is done, and what
    survives it frozen out of the ones after. Once told, the controller stops the worker,
    and execnet sends a worker still busy 5 s later a SIGINT; pytest then collects twice
    more (its unraisable-exception check) over the whole heap of ~1,250 tests, longer
    than that on a loaded machine. The KeyboardInterrupt landed in hypothesis's gc callback
    (its test timing), as "Exception ignored in: <function gc_cumulative_time.<locals>.
    gc_callback>" at the end of every full run. Run here (inside xdist's
    ``pytest_sessionfinish`` wrapper, before it reports) the controller waits for it;
    pytest's later passes then see only what was made since."""
    if not _WORKER:
        return
    import gc

    gc.collect()
    gc.freeze()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    """A corpus-based test that skips is a failure: the corpus ships with the repository.

    Skipping silently is how ~60 tests stopped running on clones without ``../shared``.
    """
    outcome = yield
    report = outcome.get_result()
    reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else ""
    if report.skipped and "corpus" in str(reason).lower():
        report.outcome = "failed"
        report.longrepr = (
            f"{item.nodeid} was skipped for want of the real-world corpus "
            f"({report.longrepr!r}); it must be present under {CORPUS}"
        )


# The test PostgreSQL server is one cluster: its roles, its extra databases and the emptied
# public schema of SMPARCHIVE_TEST_PG_URL are shared by whoever connects. Under xdist every
# test module that uses it runs in the same worker, one after another, as without xdist:
# a module whose source names the server, or with a test whose id does ("[postgresql]",
# the ENGINES fixtures). (A scheduler of our own: pytest 9 no longer lets xdist_group
# marks reach xdist.)
_PG_WORDS = ("PG_URL", "pg_catalog", "empty_pg_url", "pg_freeze", "postgres")


def _module_uses_pg(path: Path) -> bool:
    try:
        source = path.read_text(encoding="utf-8")
    except OSError:
        return False
    return any(word in source for word in _PG_WORDS)


try:
    from xdist.scheduler import LoadScopeScheduling
except ImportError:  # plain pytest: nothing to schedule
    LoadScopeScheduling = None

if LoadScopeScheduling is not None:

    class _PostgresTogether(LoadScopeScheduling):  # type: ignore[misc, valid-type]
        """A module a unit (its module fixtures made once), the PostgreSQL modules one."""

        _pg_modules: set[str] | None = None

        def _split_scope(self, nodeid: str) -> str:
            module = nodeid.split("::", 1)[0]
            if PG_URL and module in self._modules_on_the_server():
                return "postgresql"
            return str(super()._split_scope(nodeid))

        def _modules_on_the_server(self) -> set[str]:
            if self._pg_modules is None:
                modules = {n.split("::", 1)[0]: n for n in self.collection or []}
                by_id = {n.split("::", 1)[0] for n in self.collection or [] if "postgres" in n}
                by_source = {m for m in modules if _module_uses_pg(self.config.rootpath / m)}
                self._pg_modules = by_id | by_source
            return self._pg_modules

    def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
        return _PostgresTogether(config, log)


def write_clip(path: Path, seconds: float = 3.0, fps: int = 25) -> Path:
    """A small H.264 MP4 whose brightness rises over time."""
    av = pytest.importorskip("av")
    from PIL import Image

    with av.open(str(path), "w") as out:
        stream = out.add_stream("libx264" if "libx264" in av.codecs_available else "mpeg4", fps)
        stream.width, stream.height, stream.pix_fmt = 320, 240, "yuv420p"
        for i in range(int(seconds * fps)):
            shade = int(255 * i / (seconds * fps))
            image = Image.new("RGB", (320, 240), (shade, 64, 255 - shade))
            for packet in stream.encode(av.VideoFrame.from_image(image)):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    return path

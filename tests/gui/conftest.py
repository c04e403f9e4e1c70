"""GUI test fixtures: offscreen Qt, a synchronous task runner, a small catalogue."""

from __future__ import annotations

import functools
import os
import sys
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported anywhere

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

_wait_until = QtBot.waitUntil


PATIENCE_MS = 20000


def _patient_wait_until(self: QtBot, callback: Any, *, timeout: int = PATIENCE_MS) -> None:
    """``qtbot.waitUntil`` waits for a condition; its 5 s default is shorter than a worker
    process takes to start on a loaded 2-core machine, which made thumbnail and export
    tests fail there. A passing test is not slowed: the wait ends when the condition holds.
    A shorter explicit ``timeout=`` is raised to the same floor (a 2 s wait for a search
    failed under CI's load); no test here waits for a condition to stay false."""
    _wait_until(self, callback, timeout=max(timeout, PATIENCE_MS))


QtBot.waitUntil = _patient_wait_until  # type: ignore[method-assign]


def _interface(qapp: Any, language: str) -> Iterator[None]:
    """The app's translations of ``language`` and its locale, for one test."""
    from PySide6.QtCore import QLocale

    from smparchive.gui.app import install_translations

    before = QLocale()
    installed = install_translations(qapp, language)
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def french(qapp: Any) -> Iterator[None]:
    """The interface in French (its translations and locale) for one test."""
    yield from _interface(qapp, "fr")


@pytest.fixture
def dutch(qapp: Any) -> Iterator[None]:
    """The interface in Dutch (its translations and locale) for one test."""
    yield from _interface(qapp, "nl")


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    """The interface in English with its plural forms ("1 item", not "1 items"), as the app
    installs them."""
    yield from _interface(qapp, "en")


@pytest.fixture(autouse=True)
def _locale_restored() -> Iterator[None]:
    """Each test starts in the default locale: a test that installs French (its numbers
    written '2\u202f200') left it for the tests after it, which then failed or passed by
    the order they ran in."""
    from PySide6.QtCore import QLocale

    from smparchive.gui import formatting as fmt

    before = QLocale()
    yield
    QLocale.setDefault(before)
    fmt.set_event_days({})  # a window's programme days, read when it opened
    fmt.set_view_spans_days(False)  # whether its last view lay on several days


@pytest.fixture(autouse=True)
def _no_modifier_left_held(qapp: Any) -> Iterator[None]:
    """Each test starts with no modifier held: Qt keeps the modifiers of the last key event,
    so a test ending on Ctrl+Z left Ctrl 'held' for the next, whose setCurrentIndex then
    moved the current face without selecting it (People's Y confirmed nothing)."""
    yield
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    if QGuiApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        anywhere = QWidget()
        QTest.keyRelease(anywhere, Qt.Key.Key_Control, Qt.KeyboardModifier.NoModifier)
        anywhere.deleteLater()


@pytest.fixture(autouse=True)
def _no_unexpected_message_box(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A message box a test did not ask for fails it, with its text, instead of waiting
    for a click nobody makes: a background task's failure once opened a modal warning and
    the whole suite hung at 99 %. A test that expects a box patches ``QMessageBox``'s
    function itself (its patch is applied after this one)."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []

    def recorder(kind: str) -> Callable[..., Any]:
        def show(_parent: Any, _title: str, text: str, *_args: Any, **_kw: Any) -> Any:
            shown.append(f"{kind}: {text}")
            return QMessageBox.StandardButton.Cancel  # no, in every question the app asks

        return show

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(recorder(kind)))
    yield
    if shown:
        pytest.fail(f"message boxes no test expected: {shown}")


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """QSettings in a temporary INI folder: tests never read or write the user's."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield


def programme(cat: Any) -> dict[str, int]:
    """An event with two days and three sessions (times in UTC)."""
    cat.create_event("Test Conference", acronym="TC", time_zone="Europe/Brussels")
    s1 = cat.add_session(
        "Opening",
        datetime(2022, 6, 1, 7, 0, tzinfo=UTC),
        datetime(2022, 6, 1, 8, 0, tzinfo=UTC),
        room="Hall A",
        speakers=["Ana Lopez"],
    ).value
    s2 = cat.add_session(
        "EMN roundtable",
        datetime(2022, 6, 1, 8, 30, tzinfo=UTC),
        datetime(2022, 6, 1, 10, 0, tzinfo=UTC),
        room="Hall A",
    ).value
    s3 = cat.add_session(
        "Closing",
        datetime(2022, 6, 2, 14, 0, tzinfo=UTC),
        datetime(2022, 6, 2, 15, 0, tzinfo=UTC),
        room="Hall B",
    ).value
    return {"opening": s1, "roundtable": s2, "closing": s3}


@pytest.fixture
def gui_catalog(tmp_path: Path) -> Iterator[Any]:
    """A catalogue with 30 photos, 2 videos and a slide deck over a two-day programme."""
    from tests.conftest import insert_items

    from smparchive.core.catalog.catalog import open_catalog

    cat = open_catalog(tmp_path / "gui.smpcat", create=True)
    cat.test_sessions = programme(cat)  # type: ignore[attr-defined]
    base = datetime(2022, 6, 1, 7, 5, tzinfo=UTC)
    specs: list[dict[str, Any]] = [
        {
            "name": f"IMG_{n:04d}.JPG",
            "capture_utc": base + timedelta(minutes=5 * n),
            "camera_make": "Canon",
            "camera_model": "EOS R6",
            "width": 6000,
            "height": 4000,
        }
        for n in range(30)
    ]
    specs += [
        {"name": "talk.mp4", "kind": "video", "duration_s": 125.0, "capture_utc": base},
        {"name": "panel.mp4", "kind": "video", "duration_s": 3725.0, "capture_utc": base},
        {"name": "deck.pptx", "kind": "slides", "page_count": 12, "capture_utc": None},
    ]
    insert_items(cat, tmp_path / "media", specs)
    if hasattr(cat, "rederive_capture_times"):
        cat.rederive_capture_times()
    try:
        yield cat
    finally:
        cat.close()


@pytest.fixture
def sync_runner(qapp: Any) -> Any:
    from smparchive.gui.tasks import SyncTaskRunner

    return SyncTaskRunner()


@pytest.fixture
def settings(tmp_path: Path, qapp: Any) -> Any:
    from PySide6.QtCore import QSettings

    from smparchive.gui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def schedule_editor_answering(
    window: Any, monkeypatch: Any, qtbot: Any, answer: dict[tuple[str, str], str]
) -> tuple[Any, list[list[Any]]]:
    """The schedule editor over an English programme with captions in en/fr/nl, whose
    'in Other Languages…' dialog answers ``answer``; returns it and the fields each ask offered."""
    from smparchive.gui.dialogs import schedule_editor
    from smparchive.gui.dialogs.schedule_editor import ScheduleEditor

    cat = window.catalog
    cat.update_event(cat.event().id, language="en")
    window.deps.settings.caption_languages = ["en", "fr", "nl"]
    asked: list[list[Any]] = []

    def ask(parent: Any, title: str, heading: str, fields: list[Any]) -> Any:
        asked.append(fields)
        return answer

    monkeypatch.setattr(schedule_editor, "_ask_texts", ask)
    dlg = ScheduleEditor(window.deps)
    qtbot.addWidget(dlg)
    return dlg, asked


def select_first_item(qtbot: Any, window: Any) -> int:
    """The window active, the keyboard in the grid on its first item (selected); its id."""
    from PySide6.QtCore import Qt

    window.activateWindow()
    qtbot.waitActive(window)
    window.focus_results()
    qtbot.keyClick(window.view, Qt.Key.Key_Home)
    window._selection_changed()
    return int(window.selected_ids()[0])


def programme_catalogue(location: str, media: Path, photos: int) -> Any:
    """A new catalogue at ``location`` (a file or a server URL) with the two-day programme
    and ``photos`` photos five minutes apart from 09:05 on day 1."""
    from tests.conftest import insert_items

    from smparchive.core.catalog.catalog import open_catalog

    cat = open_catalog(location, create=True)
    cat.test_sessions = programme(cat)
    base = datetime(2022, 6, 1, 7, 5, tzinfo=UTC)
    specs: list[dict[str, Any]] = [
        {"name": f"IMG_{n:04d}.JPG", "capture_utc": base + timedelta(minutes=5 * n)}
        for n in range(photos)
    ]
    insert_items(cat, media, specs)
    cat.rederive_capture_times()
    return cat


def shown_window(qtbot: Any, catalog: Any, runner: Any, settings: Any) -> Any:
    """The main window over ``catalog``, shown, its sidebar read."""
    from smparchive.gui.main_window import MainWindow

    w = MainWindow(catalog, runner, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    # the sidebar is read once the first records are in (the first screenful first)
    qtbot.waitUntil(lambda: "all" in w.sidebar_model.by_key, timeout=20000)
    return w


def noise_jpeg(path: Path, seed: int) -> Path:
    """A small photo of noise (other bytes for every seed), its folders made."""
    from PIL import Image

    path.parent.mkdir(parents=True, exist_ok=True)
    Image.effect_noise((64, 48), seed).convert("RGB").save(path, "JPEG")
    return path


def consent_photos(
    add_items: Any, media: Path, consents: Sequence[str], size: tuple[int, int] = (320, 240)
) -> list[int]:
    """Real JPEGs of noise in ``media`` (IMG_0.jpg ...), catalogued as rows with one consent
    each ("cleared", "do_not_publish" ...); their ids."""
    import hashlib
    import io

    from PIL import Image

    media.mkdir(parents=True, exist_ok=True)
    specs = []
    for i, consent in enumerate(consents):
        buf = io.BytesIO()
        Image.effect_noise(size, 20 + i).convert("RGB").save(buf, "JPEG")
        data = buf.getvalue()
        (media / f"IMG_{i}.jpg").write_bytes(data)
        specs.append(
            {
                "name": f"IMG_{i}.jpg",
                "mime": "image/jpeg",
                "size": len(data),
                "sha256": hashlib.sha256(data).hexdigest(),
                "width": size[0],
                "height": size[1],
                "consent": consent,
            }
        )
    return add_items(specs, media)


@contextmanager
def window_over_folders(
    qtbot: Any, settings: Any, location: Path, folders: Sequence[Path]
) -> Iterator[tuple[Any, list[int]]]:
    """The main window (the app's threaded runner) over a new catalogue at ``location``
    holding ``folders``, scanned in this process; with the folders' root ids."""
    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.ingest import ScanOptions, scan
    from smparchive.gui.tasks import TaskRunner

    cat = open_catalog(location, create=True)
    roots = [cat.add_root(f).value for f in folders]
    scan(cat, roots, options=ScanOptions(workers=0))
    w = shown_window(qtbot, cat, TaskRunner(), settings)
    try:
        yield w, roots
    finally:
        w.runner.shutdown()
        w.thumbs.shutdown()


@pytest.fixture
def window(qtbot: Any, gui_catalog: Any, sync_runner: Any, settings: Any) -> Iterator[Any]:
    """The main window over ``gui_catalog`` with a synchronous runner."""
    w = shown_window(qtbot, gui_catalog, sync_runner, settings)
    yield w
    w.runner.shutdown()
    w.thumbs.shutdown()


def ui_thread_site(statement: str) -> str | None:
    """Where GUI code sent ``statement`` from the UI (main) thread outside a task:
    "gui/module.py:line in function: SQL...", else None. A synchronous test runner runs
    tasks on the main thread too, inside ``tasks._execute`` (or :func:`run_as_worker`):
    those are worker reads in the app and do not count; a test's own set-up and checks (no
    ``smparchive/gui/`` frame) do not either."""
    import sys
    import threading

    if threading.current_thread() is not threading.main_thread():
        return None
    frame: Any = sys._getframe(1)
    site = None
    while frame is not None:
        name = frame.f_code.co_filename.replace("\\", "/")
        if "/smparchive/gui/" in name:
            if name.endswith("/gui/tasks.py") and frame.f_code.co_name == "_execute":
                return None  # a task, run at once by a synchronous runner
            if site is None:
                where = name.split("/smparchive/", 1)[1]
                first = " ".join(statement.split())[:60]
                site = f"{where}:{frame.f_lineno} in {frame.f_code.co_name}: {first}"
        elif frame.f_code is run_as_worker.__code__:
            return None  # a test runner's held task, run when the test says
        frame = frame.f_back
    return site


def run_as_worker(work: Callable[..., Any], *args: Any) -> Any:
    """``work(*args)``, a task a test's own runner held, run on the main thread as the app's
    threads would run it: what it reads or touches is worker work (see
    :func:`ui_thread_site`); its callbacks are not (call them outside)."""
    return work(*args)


class UiReads:
    """Statements the app's GUI code sent to a catalogue from the UI (main) thread.

    A read there froze the window for a server round trip, for the server's timeout when it
    was away. Watched at the engine (every statement, whatever facade method sent it); see
    :func:`ui_thread_site` for what counts."""

    def __init__(self, catalog: Any, *, counting: bool = True) -> None:
        """Listen from ``__enter__``, before a window starts its threads: SQLAlchemy's
        listener list is not safe to change while another thread runs a statement (a
        background read failed with 'deque mutated during iteration', and its error box
        held a test for good). ``counting`` False: noted only once it is set True."""
        self.catalog = catalog
        self.counting = counting
        self.seen: list[str] = []  # "gui/module.py:line in function: SQL..."

    def _statement(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if not self.counting:
            return
        site = ui_thread_site(statement)
        if site is not None:
            self.seen.append(site)

    def __enter__(self) -> UiReads:
        from sqlalchemy import event

        event.listen(self.catalog.engine, "before_cursor_execute", self._statement)
        return self

    def __exit__(self, *_exc: object) -> None:
        from sqlalchemy import event

        event.remove(self.catalog.engine, "before_cursor_execute", self._statement)


@pytest.fixture(scope="session", autouse=True)
def _ui_reads_report() -> Iterator[None]:
    """With ``SMPARCHIVE_UI_READS_REPORT=path``: every place GUI code sent a statement from
    the UI thread outside a task, in any GUI test (both runners), with its count, written
    to ``path`` at the end (an audit of the "no catalogue read on the UI thread" rule;
    nothing fails)."""
    target = os.environ.get("SMPARCHIVE_UI_READS_REPORT")
    if not target:
        yield
        return
    from collections import Counter

    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    sites: Counter[str] = Counter()

    def statement(_conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        site = ui_thread_site(sql)
        if site is not None:
            sites[site.split(": ", 1)[0]] += 1

    event.listen(Engine, "before_cursor_execute", statement)
    yield
    event.remove(Engine, "before_cursor_execute", statement)
    suffix = os.environ.get("PYTEST_XDIST_WORKER", "")
    with open(f"{target}{'.' + suffix if suffix else ''}", "w", encoding="utf-8") as out:
        for site, n in sorted(sites.items()):
            out.write(f"{n:6d}  {site}\n")


# -- file-system calls from the UI thread ------------------------------------------------------
# A share (SMB/NFS) that stops answering blocks every call on it for tens of seconds: on the UI
# thread that is a frozen window. Python 3.11 raises audit events for open/listdir/scandir/
# mkdir but none for stat, so os.stat and os.lstat (behind Path.exists/is_dir/stat,
# os.path.exists...) are wrapped; both feed the listeners below while at least one is active.
FsListener = Callable[[str, str], None]  # (call, path)
_fs_listeners: list[FsListener] = []
_fs_busy = threading.local()  # a listener's own calls are not watched
_FS_EVENTS = {
    "open": "open",
    "os.listdir": "listdir",
    "os.scandir": "scandir",
    "os.mkdir": "mkdir",
}


def _fs_seen(call: str, target: object) -> None:
    if not _fs_listeners or getattr(_fs_busy, "on", False):
        return
    if isinstance(target, int) or target is None:
        return  # a file descriptor: its path was seen when it was opened
    try:
        path = os.fsdecode(os.fspath(target))  # type: ignore[arg-type]
    except TypeError:
        return
    _fs_busy.on = True
    try:
        for listener in list(_fs_listeners):
            listener(call, path)
    finally:
        _fs_busy.on = False


def _fs_audit(event: str, args: tuple[Any, ...]) -> None:
    call = _FS_EVENTS.get(event)
    if call is not None and _fs_listeners:
        _fs_seen(call, args[0] if args else None)


def _fs_wrap(name: str) -> None:
    real = getattr(os, name)

    @functools.wraps(real)
    def watched(path: Any, *args: Any, **kwargs: Any) -> Any:
        if _fs_listeners:
            _fs_seen(name, path)
        return real(path, *args, **kwargs)

    setattr(os, name, watched)


@functools.cache
def _fs_watch_installed() -> bool:
    """Hook the calls once per process (an audit hook cannot be removed: it idles when no
    listener is active)."""
    sys.addaudithook(_fs_audit)
    _fs_wrap("stat")
    _fs_wrap("lstat")
    return True


@contextmanager
def fs_listener(listener: FsListener) -> Iterator[None]:
    """Call ``listener(call, path)`` for every file-system call while inside."""
    _fs_watch_installed()
    _fs_listeners.append(listener)
    try:
        yield
    finally:
        _fs_listeners.remove(listener)


class UiFiles:
    """File-system calls GUI code made from the UI (main) thread, outside a task, on the
    user's files: anything inside one of ``folders`` (a test's temporary folder: catalogued
    folders, originals, export targets) but the app's own files (:func:`app_owned`). Each
    could freeze the window for as long as a share takes to answer. Entries read
    "gui/module.py:line in function: call path" (see :func:`ui_thread_site`).

    ``depth``: how many levels below a folder a path starts to count (1: its content; the
    session audit uses 2, its folder holding one folder per test)."""

    def __init__(self, folders: Sequence[Path], *, depth: int = 1) -> None:
        self.folders = [os.path.abspath(f) + os.sep for f in folders]
        self.depth = depth
        self.seen: list[str] = []

    def _call(self, call: str, path: str) -> None:
        absolute = os.path.abspath(path)
        for folder in self.folders:
            if absolute.startswith(folder):
                parts = absolute[len(folder) :].split(os.sep)
                if len(parts) >= self.depth and not app_owned(parts[self.depth - 1 :]):
                    break
        else:
            return
        site = ui_thread_site(call)
        if site is not None:
            self.seen.append(f"{site} {path}")  # the path whole: a statement is cut at 60

    @contextmanager
    def watching(self) -> Iterator[UiFiles]:
        with fs_listener(self._call):
            yield self


def app_owned(parts: Sequence[str]) -> bool:
    """A test's file the app owns (``parts``: its path below the test's folder): the
    catalogue and its WAL, backups and cache (thumbnails, previews: local by design),
    settings, the recent catalogues, the logs. Stats of the test's folder itself and its
    parents (``Path.resolve`` of a catalogue) are not below it and never count."""
    first = parts[0]
    return (
        first in ("logs", "recent.json", "recent.tmp")
        or first.startswith("qsettings")
        or any(".smpcat" in part or part.endswith((".cache", ".backups", ".ini")) for part in parts)
    )


@pytest.fixture
def ui_files(tmp_path: Path) -> Iterator[UiFiles]:
    """The test's user files watched: ``ui_files.seen`` lists the calls GUI code made on
    them from the UI thread (see :class:`UiFiles`); a test clears it before its action and
    asserts it stays empty."""
    with UiFiles([tmp_path]).watching() as files:
        yield files


@pytest.fixture(scope="session", autouse=True)
def _ui_fs_report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """With ``SMPARCHIVE_UI_FS_REPORT=path``: every place GUI code called the file system
    from the UI thread outside a task on a user file (see :class:`UiFiles`), in any GUI
    test, with its count, written to ``path`` at the end (an audit of issue 19's "no
    freeze, ever": a share that stops answering blocks each such call; nothing fails)."""
    target = os.environ.get("SMPARCHIVE_UI_FS_REPORT")
    if not target:
        yield
        return
    from collections import Counter

    with UiFiles([tmp_path_factory.getbasetemp()], depth=2).watching() as files:
        yield
    sites = Counter(site.split(" in ", 1)[0] for site in files.seen)
    suffix = os.environ.get("PYTEST_XDIST_WORKER", "")
    with open(f"{target}{'.' + suffix if suffix else ''}", "w", encoding="utf-8") as out:
        for site, n in sorted(sites.items()):
            out.write(f"{n:6d}  {site}\n")


@pytest.fixture
def threaded_window(qtbot: Any, gui_catalog: Any, settings: Any) -> Iterator[Any]:
    """The main window with the app's threaded runner (reads and counts off the UI thread).

    ``w.ui_reads`` lists the catalogue statements GUI code sent from the UI thread once the
    window was shown (see :class:`UiReads`); a test asserts it stays empty around what it
    does (``w.ui_reads.seen.clear()`` first)."""
    from smparchive.gui.tasks import TaskRunner

    with UiReads(gui_catalog, counting=False) as reads:
        w = shown_window(qtbot, gui_catalog, TaskRunner(), settings)
        reads.counting = True
        w.ui_reads = reads
        yield w
        w.runner.shutdown()
        w.thumbs.shutdown()


@pytest.fixture(autouse=True)
def _no_window_outlives_its_test() -> Iterator[None]:
    """A main window a test left open (one the app made itself, no ``qtbot.addWidget``) is
    closed after it, as the app closes it: its live feed, timers and threads stop before
    the next test's events run (a feed left polling into later tests was seen beside a
    crash of their event processing)."""
    yield
    from PySide6.QtWidgets import QApplication

    from smparchive.gui.main_window import MainWindow

    app = QApplication.instance()
    if app is None:
        return
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and shiboken6.isValid(widget) and widget.isVisible():
            widget.close()

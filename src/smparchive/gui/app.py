"""Starting the desktop app: arguments, logging, crash dialog, translations, windows."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from smparchive import __version__
from smparchive.core import paths
from smparchive.core.catalog.errors import CatalogError
from smparchive.core.crashlog import CrashGuard, CrashRecord
from smparchive.gui import filedialogs
from smparchive.gui import formatting as fmt
from smparchive.gui.application import Application
from smparchive.gui.i18n import filled, translate
from smparchive.gui.icons import app_icon
from smparchive.gui.opening import mask_url, open_in_background
from smparchive.gui.quit_signals import QuitOnSignals
from smparchive.gui.screen_fit import fit_to_screen
from smparchive.gui.settings import Settings
from smparchive.gui.start_window import StartWindow
from smparchive.gui.tasks import TaskRunner
from smparchive.gui.theme import apply_theme

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog

# The catalogue (its database toolkit and models: ~0.4 s of CPU) is imported by the thread that
# opens it, while the start window is already shown (gui/start_window.py).

log = logging.getLogger(__name__)
LOG_NAME = "smparchive.log"
DESKTOP_FILE = "org.smparchive.SMPArchive"
# How long a background thread may hold the interpreter while the UI thread waits for it
# (Python's default is 5 ms). The UI thread takes the interpreter back for every Python
# call Qt makes (each cell painted, each slot): with a read building records beside it, a
# pass of 60 calls waited 60 x 5 ms. 1 ms bounds that wait; the readers lose little.
SWITCH_INTERVAL_S = 0.001


def log_file() -> Path:
    return paths.log_dir() / LOG_NAME


def setup_logging() -> Path:
    """Rotating log file in the user log folder (and warnings on stderr)."""
    target = log_file()
    root = logging.getLogger()
    if any(getattr(h, "_smparchive", False) for h in root.handlers):
        return target
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._smparchive = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return target


def install_excepthook() -> None:
    """Uncaught exceptions are logged and shown in a dialog naming the log file."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        text = "".join(traceback.format_exception(kind, exc, tb))
        log.critical("uncaught exception:\n%s", text)
        if QApplication.instance() is not None:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                translate("App", "smparchive: unexpected error"),
                filled(
                    translate(
                        "App",
                        "Something went wrong: %1\n\nThe details are in the log file:\n%2\n\n"
                        "Your catalogue is safe; you can go on working or restart the app.",
                    ),
                    str(exc) or kind.__name__,
                    str(log_file()),
                ),
            )
            box.setDetailedText(text)
            box.exec()

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        log.critical(
            "uncaught exception in thread %s",
            args.thread,
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),  # type: ignore[arg-type]
        )

    sys.excepthook = hook
    threading.excepthook = thread_hook


TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def _coherent(system: QLocale) -> QLocale:
    """The system's locale, unless it formats in another language than it is named: on
    Linux, LANGUAGE=fr with LANG=en_US gives French texts but 'Wed 1 June'; then Qt's
    own data for that name ('mer. 1 juin'), so dates read in the language of the texts."""
    named = QLocale(system.name())
    return system if system.dayName(3) == named.dayName(3) else named


def ui_locale(language: str = "system") -> QLocale:
    """The locale of the interface: the system's, or one of ``language`` ('en', 'fr', 'nl').

    A chosen language keeps the system's territory when the two go together (French on a
    Belgian system: fr_BE), else Qt's main territory for that language.
    """
    system = _coherent(QLocale.system())
    if language not in ("en", "fr", "nl"):
        return system
    wanted = QLocale(language).language()
    if system.language() == wanted:
        return system
    chosen = QLocale(wanted, system.territory())
    return chosen if chosen.language() == wanted else QLocale(language)


def qt_translation_folders() -> list[str]:
    """Where Qt's own catalogues (qtbase_<lang>.qm) may be: Qt's translations folder, then
    the copy PySide6's wheel carries (a system Qt may have its translations in a package of
    their own, not installed)."""
    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    import PySide6

    bundled = Path(PySide6.__file__).resolve().parent / "Qt" / "translations"
    if str(bundled) not in folders:
        folders.append(str(bundled))
    return folders


def install_translations(app: QApplication, language: str = "system") -> list[QTranslator]:
    """Qt's own strings (qtbase_<lang>.qm) and ours (resources/translations/smparchive_<lang>.qm).

    ``language`` is the Preferences choice ('system', 'en', 'fr' or 'nl'); a chosen language
    also becomes the default locale, so dates and numbers read in that language. English
    is the source language; smparchive_en.qm only holds its plural forms. Returns the
    installed translators (to remove them again).
    """
    locale = ui_locale(language)
    if language != "system" or locale.dayName(3) != QLocale.system().dayName(3):
        QLocale.setDefault(locale)
    installed: list[QTranslator] = []

    def install(translator: QTranslator) -> None:
        app.installTranslator(translator)
        installed.append(translator)

    english = QTranslator(app)
    if english.load("smparchive_en", str(TRANSLATIONS)):
        install(english)  # searched last: plural forms of the English source texts
    qt = QTranslator(app)
    for folder in qt_translation_folders():
        if qt.load(locale, "qtbase", "_", folder):
            install(qt)  # Qt's own dialogs: file dialog, message box buttons
            break
    ours = QTranslator(app)
    if ours.load(locale, "smparchive", "_", str(TRANSLATIONS)) and ours.language() != "en":
        install(ours)
    log.info(
        "interface language: %s (%s); Qt's catalogue: %s",
        locale.name(),
        language,
        qt.filePath() or "none",
    )
    return installed


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="smparchive-gui", add_help=True)
    parser.add_argument("path", nargs="?", help="catalogue file to open")
    parser.add_argument("--catalogue", "-c", dest="catalogue", help="catalogue file to open")
    args, _unknown = parser.parse_known_args(argv)  # Qt's own options pass through
    return args


def catalogue_error_dialog(parent: QWidget | None, path: str, error: Exception) -> str:
    """Explain why a catalogue cannot be used; returns 'open', 'new' or 'quit'.

    The file itself is never touched, whatever the user picks.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("App", "Cannot open the catalogue"))
    box.setText(translate("App", "smparchive cannot open %1.").replace("%1", mask_url(path)))
    from smparchive.gui.problem_texts import error_text

    box.setInformativeText(
        error_text(error) + "\n\n" + translate("App", "The file has not been changed.")
    )
    open_btn = box.addButton(translate("App", "Open Another…"), QMessageBox.ButtonRole.AcceptRole)
    new_btn = box.addButton(translate("App", "New Catalogue…"), QMessageBox.ButtonRole.ActionRole)
    starting = parent is None or isinstance(parent, StartWindow)
    box.addButton(
        translate("App", "Quit") if starting else translate("App", "Close"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.exec()
    clicked = box.clickedButton()
    return "open" if clicked is open_btn else "new" if clicked is new_btn else "quit"


class WindowManager(QObject):
    """Opens catalogues into main windows; one window per catalogue."""

    def __init__(self, settings: Settings, runner_factory: type[TaskRunner] = TaskRunner) -> None:
        super().__init__()
        self.settings = settings
        self.runner_factory = runner_factory
        self.windows: list[QWidget] = []

    def open(
        self, location: str | Path, *, create: bool = False, parent: QWidget | None = None
    ) -> bool:
        """Open a catalogue in a new window (closing ``parent``); False when refused, or
        when ``parent`` is the start window and the user closed it meanwhile."""
        path = str(location)
        start = parent if isinstance(parent, StartWindow) else None
        while True:
            if start is not None and start.left:
                return False  # closed before its catalogue was asked for
            try:
                # off the UI thread: an upgrade or a lock wait would freeze every window
                catalog = open_in_background(
                    path,
                    create=create,
                    parent=parent,
                    abandon=start.closing if start is not None else None,
                    quiet=start is not None,  # it says the catalogue is opening already
                    then=_remember,
                )
                if catalog is None:
                    return False
                break
            except (CatalogError, OSError) as exc:
                log.warning("cannot open %s: %s", mask_url(path), exc)
                if start is not None:
                    from smparchive.gui.problem_texts import error_text

                    start.show_failed(error_text(exc))
                choice = catalogue_error_dialog(parent, path, exc)
                picked = self._ask_path(parent, choice)
                if picked is None:
                    return False
                path, create = picked
                if start is not None:
                    start.show_opening(path)
        self.show_window(catalog, replacing=parent)
        return True

    def _ask_path(self, parent: QWidget | None, choice: str) -> tuple[str, bool] | None:
        last = paths.last_catalogue()
        start = str(Path(last).parent) if isinstance(last, Path) else str(paths.default_catalogue())
        flt = fmt.catalogue_filter()
        if choice == "open":
            title = translate("App", "Open Catalogue")
            name = filedialogs.open_file_name(parent, title, start, flt)
            return (name, False) if name else None
        if choice == "new":
            from smparchive.gui.commands import ask_new_catalogue

            where = last if isinstance(last, Path) else paths.default_catalogue()
            chosen = ask_new_catalogue(parent, where.parent)
            return (str(chosen[0]), chosen[1]) if chosen is not None else None
        return None

    def show_window(self, catalog: Catalog, replacing: QWidget | None = None) -> QWidget:
        """The catalogue's main window, in place of ``replacing`` (the start window, or the
        window whose File > Open chose this catalogue)."""
        from smparchive.gui.main_window import MainWindow

        cache = self.settings.cache_location
        if cache and "://" not in catalog.location:
            catalog.cache_dir = Path(cache) / (Path(catalog.location).stem + ".cache")
        catalog.set_user_name(self.settings.user_name or None)  # files only: see Catalog
        window = MainWindow(catalog, self.runner_factory(), self.settings)
        window.catalogue_requested.connect(
            lambda p, create, w=window: self.open(p, create=create, parent=w)
        )
        window.destroyed.connect(lambda _o=None, w=window: self._forget(w))
        self.windows.append(window)
        if isinstance(replacing, StartWindow):
            replacing.replaced = True
        if replacing is not None:
            # where the user may have moved or sized it meanwhile: the start window, or the
            # window whose File > Open or New chose this catalogue (it opened at the window
            # manager's spot, its bottom off a 1920x1080 screen)
            window.restoreGeometry(replacing.saveGeometry())
            fit_to_screen(window)
            panels = getattr(replacing, "splitter", None)
            if panels is not None:
                window.splitter.setSizes(panels.sizes())
        window.show()
        log.info("window open on %s", mask_url(catalog.location))
        if replacing is not None:
            replacing.close()

        # a folder added on another computer, or a share mounted elsewhere here: ask at once
        # rather than after a rescan has marked everything offline (once the first screenful
        # is read: its reads of every folder would compete with the first page's)
        def offer_locations() -> None:
            window.ingest.offer_locations()

        window.after_first_screen(offer_locations)
        if "://" not in catalog.location:
            QTimer.singleShot(  # bound to the window: dropped if it closes first
                INTEGRITY_DELAY_MS,
                window,
                lambda w=window: check_in_background(w, catalog.location),
            )
        return window

    def _forget(self, window: QWidget) -> None:
        if window in self.windows:
            self.windows.remove(window)

    def window_for(self, location: str | Path) -> QWidget | None:
        """The window already showing this catalogue, if any."""
        wanted = Path(location).resolve()
        for window in self.windows:
            shown = getattr(getattr(window, "catalog", None), "location", "")
            if shown and "://" not in shown and Path(shown).resolve() == wanted:
                return window
        return None

    def follow_file_opens(self, app: QApplication) -> None:
        """Open the catalogues the system asks the app to open (macOS Finder)."""
        if isinstance(app, Application):
            app.file_open.connect(self.open_file)
        else:  # made before us (a host program): no file-open events, the rest works
            log.debug("the application object is not ours: file-open events are ignored")

    def open_file(self, location: str | Path) -> bool:
        """A catalogue the system asked us to open (macOS Finder): raise it or open it."""
        log.info("asked to open %s", location)
        window = self.window_for(location)
        if window is not None:
            window.show()
            window.raise_()
            window.activateWindow()
            return True
        return self.open(location, create=False)


INTEGRITY_DELAY_MS = 20_000  # after the first screens have been read


def check_in_background(window: Any, location: str) -> None:
    """SQLite's integrity check of the open catalogue, off the UI thread (opening skips it:
    it reads every page, seconds at a million items); damage is logged and shown once."""
    from smparchive.core.catalog.schema import integrity_problems

    runner = getattr(window, "runner", None)
    if runner is None or not window.isVisible():
        return

    def done(problems: list[str]) -> None:
        if not problems:
            log.info("integrity check of %s: ok", location)
            return
        log.error("integrity check of %s found damage:\n%s", location, "\n".join(problems[:50]))
        QMessageBox.warning(
            window,
            translate("App", "The catalogue is damaged"),
            filled(
                translate(
                    "App",
                    "SQLite found damage in %1:\n%2\n\nStop editing, keep a copy of the file and "
                    "restore it from a backup. The details are in the log file.",
                ),
                location,
                problems[0],
            ),
        )

    runner.submit(
        lambda _ctx: integrity_problems(Path(location)),
        label=translate("App", "Checking the catalogue"),
        on_done=done,
        on_error=lambda exc: log.warning("integrity check of %s failed: %s", location, exc),
    )


def tell_previous_crash(parent: QWidget, crash: CrashRecord) -> QMessageBox:
    """Say, beside the main window and without stopping it, that the last run crashed and
    which file holds what it was doing (to send with a report)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("App", "smparchive closed unexpectedly"),
        filled(
            translate(
                "App",
                "smparchive stopped unexpectedly on %1: it crashed. Changes saved before that are "
                "in the catalogue.\n\nWhat it was doing is in this file; please send it with your "
                "report:\n%2",
            ),
            fmt.date_time(crash.when, fmt.DATE_TIME_SECONDS_PATTERN),
            str(crash.path),
        ),
        QMessageBox.StandardButton.Close,
        parent,
    )
    folder = box.addButton(translate("App", "Open the Folder"), QMessageBox.ButtonRole.ActionRole)
    folder.clicked.connect(_open_log_folder)
    box.setDefaultButton(QMessageBox.StandardButton.Close)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()
    return box


def _remember(catalog: Catalog) -> None:
    """Put a catalogue file first in File > Open Recent: on the opening worker, as its path
    is resolved (a stat of each folder on the way: a share that stopped answering blocks)."""
    if "://" not in catalog.location:
        paths.remember_catalogue(Path(catalog.location))


def _open_log_folder() -> None:
    from smparchive.gui.commands import open_log_folder

    open_log_folder()


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = Application([sys.argv[0], *(argv or [])])
    app.setApplicationName("smparchive")
    app.setOrganizationName("smparchive")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_FILE)  # matches the installed menu entry and its icon
    app.setWindowIcon(app_icon())
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    return app


def main(argv: list[str] | None = None) -> int:
    """Run the app. ``argv`` may hold a catalogue path or ``--catalogue PATH``; with none,
    the last (or default, created when needed) catalogue opens."""
    argv = sys.argv[1:] if argv is None else list(argv)
    args = parse_args(argv)
    setup_logging()
    log.info("smparchive %s starting", __version__)
    # a fatal signal (a crash in Qt, libvlc, a decoder) ends the process before logging
    # runs: faulthandler writes every thread's stack to a file the next start reports
    crash_guard = CrashGuard(paths.log_dir())
    crashes = crash_guard.collect()
    # ISO 8601 with this computer's offset: the file goes with a report read elsewhere
    started = datetime.now().astimezone().isoformat(timespec="seconds")
    crash_guard.arm(f"smparchive {__version__}, started {started}")
    try:
        code = _run(args, crashes)
    finally:
        crash_guard.disarm()
    if TaskRunner.unstopped:
        _end_now(code)
    return code


def _end_now(code: int) -> None:
    """End the process without Python tearing Qt down: a task thread still runs and would
    call into the application object as it goes (a crash, told as such at next start)."""
    log.warning("a task was still running at exit: ending the process now")
    logging.shutdown()
    os._exit(code)


def _run(args: argparse.Namespace, crashes: list[CrashRecord]) -> int:
    for crash in crashes:
        log.warning(
            "smparchive stopped unexpectedly at %s (a crash); its threads' stacks are in %s",
            f"{crash.when.astimezone():%Y-%m-%d %H:%M:%S %Z}",
            crash.path,
        )
    app = make_application()
    install_excepthook()
    from smparchive.gui.stall import install_watchdog

    watchdog = install_watchdog(app)  # logs any UI-thread stall > 100 ms with its stack
    from smparchive.gui.collector import UiThreadCollector

    # cycles (some holding Qt objects) are collected on this thread, between events only
    collector = UiThreadCollector(app)
    quitter = QuitOnSignals(app)  # SIGTERM closes the windows, as their close button does
    try:
        return _run_windows(args, crashes, app, quitter)
    finally:
        quitter.stop()
        collector.stop()
        watchdog.stop()


def _run_windows(
    args: argparse.Namespace, crashes: list[CrashRecord], app: QApplication, quitter: QuitOnSignals
) -> int:
    settings = Settings()
    install_translations(app, settings.ui_language)
    apply_theme(app, settings.theme)
    manager = WindowManager(settings)
    manager.follow_file_opens(app)
    named = args.catalogue or args.path
    if named:
        location, create = str(named), False
    else:
        last = paths.last_catalogue()
        location, create = str(last), last == paths.default_catalogue()
    # a window at once; the catalogue is imported and opened behind it, then the main
    # window takes its place
    start = StartWindow(settings, location)
    start.show_painted()
    ok = manager.open(location, create=create, parent=start)
    if not ok:
        left = start.left
        start.close()
        return 0 if left else 1
    app.setQuitOnLastWindowClosed(True)
    if crashes and manager.windows:
        tell_previous_crash(manager.windows[-1], crashes[-1])
    if quitter.requested:  # asked while the catalogue opened: quit() before exec is lost
        quitter.quit()
        return 0
    code = app.exec()
    log.info("smparchive exiting (%s)", code)
    return int(code)


if __name__ == "__main__":
    sys.exit(main())

"""Adding folders and scanning them from the app: a job with progress, cancel and a summary."""

from __future__ import annotations

import logging
import os
import stat
import threading
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData, QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from smparchive.core.catalog.changes import ChangeSummary, OpResult
from smparchive.core.messages import plain
from smparchive.gui import problem_texts
from smparchive.gui.i18n import filled, name_in, translate
from smparchive.gui.tasks import TaskContext, TaskHandle, alive

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog
    from smparchive.core.ingest.report import ThumbnailReport
    from smparchive.gui.controllers.thumbnails import ThumbnailRepair
    from smparchive.gui.deps import Deps

log = logging.getLogger(__name__)


# A scan summary's "Show Them" (its sidebar key) -> the kind of problem it lists.
_SHOWN_KINDS = {"status:error": "error", "warnings": "warning", "status:missing": "missing"}


# At most this many paths named in "not a folder" (a drop of a card's 400 photos would
# make a message taller than the screen).
NAMED_AT_MOST = 10
FOLDER, NOT_FOLDER = "folder", "not a folder"  # what a dropped path is (else why unknown)
KINDS = (FOLDER, NOT_FOLDER)


def _what_is(path: Path) -> str:
    """FOLDER, NOT_FOLDER, or (in core's plain words) why ``path`` could not be looked at:
    gone since the drag, access denied, a share that does not answer."""
    try:
        return FOLDER if stat.S_ISDIR(os.stat(path).st_mode) else NOT_FOLDER
    except OSError as exc:  # gone: a folder or a file, it is not known which
        return plain(exc, folder=None)


def now() -> datetime:
    """This computer's time, aware (a module function: tests set the scans' times)."""
    return datetime.now().astimezone()


def _add_root(folder: Path, catalog: Catalog) -> OpResult[Any]:
    return catalog.add_root(folder)


def dropped_paths(mime: QMimeData) -> list[Path]:
    """The local files and folders a drag carries; none when any of its URLs is not local
    (a web page's link). Read from the URLs alone: nothing on disk is looked at."""
    urls = mime.urls() if mime.hasUrls() else []
    if not urls or not all(u.isLocalFile() for u in urls):
        return []
    return [Path(u.toLocalFile()) for u in urls]


def _listed(lines: list[str]) -> str:
    """At most ``NAMED_AT_MOST`` lines of a message's list, then "…" for the rest."""
    return "\n".join(lines[:NAMED_AT_MOST] + (["…"] if len(lines) > NAMED_AT_MOST else []))


def unreachable_text(paths: list[tuple[Path, str]]) -> str:
    """The message for dropped paths that could not be looked at (gone since the drag, a
    share that does not answer, access denied), each with why, in the interface language."""
    if len(paths) == 1:
        text = translate("Ingest", "This cannot be reached, so it was not added:\n%1")
    else:
        text = translate("Ingest", "These cannot be reached, so they were not added:\n%1")
    return text.replace("%1", _listed([f"{p} ({problem_texts.phrase(why)})" for p, why in paths]))


def not_folders_text(paths: list[Path]) -> str:
    """The message for dropped paths that are not folders (files)."""
    if len(paths) == 1:
        text = translate(
            "Ingest", "Only folders can be added to the catalogue. This is not a folder:\n%1"
        )
    else:
        text = translate(
            "Ingest", "Only folders can be added to the catalogue. These are not folders:\n%1"
        )
    return text.replace("%1", _listed([str(p) for p in paths]))


def announce_mapped(d: Deps, root_id: int) -> None:
    """This computer now sees folder ``root_id`` elsewhere: every view reads its items'
    rows again (their paths: the inspector named, and the loupe and the player opened, the
    place not seen here until the app was restarted; ``ItemStore.refresh``)."""
    d.ops.announce(ChangeSummary(roots=frozenset({root_id})))


class IngestController(QObject):
    """Adds folders and rescans: a job with progress, cancel and a summary, then thumbnails.

    Receives narrow dependencies: ``Deps``, the thumbnail repair (held while a scan makes
    its own thumbnails), the ids on screen (made first), and callbacks that refresh the
    visible thumbnails and the sidebar.
    """

    def __init__(
        self,
        deps: Deps,
        thumb_repair: ThumbnailRepair,
        visible_ids: Callable[[], list[int]],
        refresh_thumbnails: Callable[[], None],
        refresh_sidebar: Callable[[], None],
    ) -> None:
        super().__init__(deps.parent)
        self.deps = deps
        self.thumb_repair = thumb_repair
        self.visible_ids = visible_ids
        self.refresh_thumbnails = refresh_thumbnails
        self.refresh_sidebar = refresh_sidebar
        # what a scan summary's next-step buttons do: (step, the items it acts on, when
        # that scan ended: the view it shows names the scan by it)
        self.next_step: Callable[[str, list[int], datetime], None] | None = None
        self.location_box: QMessageBox | None = None  # "is the folder at ... here?" (open)

    def start(self, folders: list[Path]) -> TaskHandle | None:
        """Catalogue ``folders`` (or rescan every root when empty), then make thumbnails.

        Each folder is added through the op runner: one step on the undo stack ("Add folder
        …"; Ctrl+Z asks first, naming the folder and its items, as ``smparchive undo``
        does), the scan starts once they are added. The scan itself commits in batches of
        its own in the background (on the serial write executor it would hold every edit
        back for its whole length) and announces them; its add-folder step cannot be undone
        while it runs.
        """
        if not folders:
            return self._scan([], [])
        d = self.deps
        added: dict[int, int] = {}  # position -> root id
        commands: list[Any] = []
        pending = [len(folders)]

        def one_done(i: int, result: Any) -> None:
            if result.value is not None:
                added[i] = int(result.value)
            if result.undo is not None and d.ops.stack.count():
                commands.append(d.ops.stack.command(d.ops.stack.index() - 1))
            step()

        def one_failed(exc: BaseException) -> None:
            d.show_failure(exc, "%1")
            step()

        def step() -> None:
            pending[0] -= 1
            if pending[0] == 0 and added:
                ok = [folders[i] for i in sorted(added)]
                self._scan(ok, [added[i] for i in sorted(added)], commands)

        for i, folder in enumerate(folders):
            label = translate("Ingest", "Add folder %1").replace("%1", folder.name or str(folder))
            d.ops.run(
                label,
                partial(_add_root, folder),
                partial(one_done, i),
                on_error=one_failed,
            )
        return None

    def add_dropped(self, paths: list[Path]) -> TaskHandle:
        """Paths dropped on the window: the folders among them are added and scanned (as
        File > Add Folder does), the others named in a message. Which are folders is looked
        at on a worker: on a share that stopped answering the look blocks for its timeout."""
        d = self.deps

        def work(_ctx: TaskContext) -> list[str]:
            """Per path: FOLDER, NOT_FOLDER, or why it could not be looked at."""
            return [_what_is(p) for p in paths]

        def looked(found: list[str]) -> None:
            folders = [p for p, what in zip(paths, found, strict=True) if what == FOLDER]
            others = [p for p, what in zip(paths, found, strict=True) if what == NOT_FOLDER]
            away = [(p, w) for p, w in zip(paths, found, strict=True) if w not in KINDS]
            said = ([not_folders_text(others)] if others else []) + (
                [unreachable_text(away)] if away else []
            )
            if said:  # said first: the scan's window, opened after, hid the message
                d.show_error("\n\n".join(said))
            if folders:
                self.start(folders)

        return d.runner.submit(
            work, label=translate("Ingest", "Looking at what was dropped"), on_done=looked
        )

    def rescan_roots(self, root_ids: list[int]) -> TaskHandle:
        """Rescan these catalogued folders only (the sidebar's Folders), with the same
        progress, summary and next steps as a rescan of everything."""
        return self._scan([], list(root_ids))

    def _scan(
        self, folders: list[Path], root_ids: list[int], commands: list[Any] | None = None
    ) -> TaskHandle:
        """Scan ``root_ids`` (every root when empty) with progress, a summary and next steps."""
        from smparchive.core.ingest import ScanOptions, build_thumbnails, scan

        d = self.deps
        catalog = d.catalog
        batches: list[ChangeSummary] = []
        lock = threading.Lock()
        report_box: list[Any] = []
        ended: list[datetime] = []  # when the scan ended: what its summary's views are named by

        def on_batch(changes: ChangeSummary) -> None:  # worker thread: only record
            with lock:
                batches.append(changes)

        def work(ctx: TaskContext) -> Any:
            options = ScanOptions(on_batch=on_batch)
            report = scan(catalog, root_ids or None, ctx.progress, ctx.cancel_token, options)
            return root_ids, report

        label = (
            name_in(translate("Ingest", "Adding %1"), "%1", ", ".join(f.name for f in folders))
            if folders
            else translate("Ingest", "Rescanning")
        )
        timer = QTimer(self)
        timer.setInterval(1000)

        def flush() -> None:
            with lock:
                got = list(batches)
                batches.clear()
            if got:
                merged = got[0]
                for c in got[1:]:
                    merged = merged.merge(c)
                # the scan committed them batch by batch; the views follow (rows in place)
                d.ops.announce(merged)

        timer.timeout.connect(flush)
        timer.start()

        from smparchive.gui.dialogs.ingest import IngestDialog

        handle = d.runner.submit(work, label=label, job=True)
        for command in commands or []:
            command.held_by = handle  # no undo of the folder while its scan writes
        self.thumb_repair.hold_while(handle)  # the scan's own thumbnail job makes what is missing
        dialog = IngestDialog(handle, d.parent)

        def chosen(step: str) -> None:
            """Every next step acts on the items of this scan, as its button says: the new
            ones (with those it completed: read in full only now), else for "Review" the
            changed and moved ones. Never the whole catalogue (Assign to Sessions offered
            603 items after a scan that added 3)."""
            if self.next_step is None or not report_box:
                return
            report, when, act = report_box[0], ended[0], self.next_step
            new_ids = sorted({*report.new_ids, *report.completed_ids})
            if step == "review" and new_ids:
                act("review:new", new_ids, when)
            elif step == "review":
                act(step, sorted(set(report.changed_ids)), when)
            elif step == "locate":  # the first folder the scan could not reach
                act(step, report.offline_root_ids[:1], when)
            elif step.startswith("show:"):  # the problems listed, pictures' included
                kind = _SHOWN_KINDS.get(step.split(":", 1)[1], "")
                listed = {p.item_id for p in dialog.problems.rows if p.kind == kind}
                act(step, sorted(i for i in listed if i is not None), when)
            else:  # the clocks and sessions of the card just added
                act(step, new_ids, when)

        dialog.next_step.connect(chosen)
        dialog.show()

        def finished_ok(value: Any) -> None:
            root_ids, report = value
            report_box.append(report)
            ended.append(now())
            if report.offline_roots:
                self.offer_locations(list(report.offline_roots))
            thumbs = self._thumbnails(root_ids, build_thumbnails)
            thumbs.succeeded.connect(lambda t: self._thumbnail_problems(dialog, report, t))
            thumbs.succeeded.connect(lambda _t: self.find_faces(root_ids))
            if not alive(dialog):  # deleted with its window: the pictures are made all the same
                return
            # The summary once the pictures are made too: only then are its problems known
            # (a truncated JPEG shows when decoded), so nothing in it moves once shown.
            dialog.follow(thumbs)

            def summary(*_args: Any) -> None:
                if alive(dialog):  # these handles outlive a dialog deleted with its window
                    dialog.show_report(report)

            thumbs.failed.connect(summary)
            thumbs.cancelled.connect(summary)

        def done() -> None:
            timer.stop()
            flush()
            d.browser.follow_changes()
            self.refresh_sidebar()

        def failed(exc: BaseException) -> None:
            if alive(dialog):
                dialog.show_failure(problem_texts.error_text(exc))

        handle.succeeded.connect(finished_ok)
        handle.failed.connect(failed)
        handle.cancelled.connect(dialog.show_cancelled)
        handle.finished.connect(done)
        return handle

    def offer_locations(self, offline_paths: list[str] | None = None) -> TaskHandle:
        """Folders this computer does not see where they were added (``offline_paths``, or
        with None every folder of the catalogue: what opening it does): look for them (the
        same volume mounted elsewhere, or their files under /media, /mnt ...) in the
        background and ask, one at a time, whether a find is the folder. Nothing is mapped
        (and nothing written anywhere near the media) unless the person says yes."""
        d = self.deps
        catalog = d.catalog

        def work(_ctx: TaskContext) -> list[tuple[Any, Path]]:
            found = []
            for root in catalog.roots(counts=False):
                if offline_paths is None or root.path in offline_paths:
                    places = catalog.locate_root(root.id, limit=1)
                    if places:
                        found.append((root, places[0]))
            return found

        def ask(found: list[tuple[Any, Path]]) -> None:
            if not found:
                return
            (root, place), rest = found[0], found[1:]
            text = filled(
                self.tr("The folder “%1” is not at %2 on this computer. Is it at %3?"),
                root.label or Path(root.path).name,
                root.path,
                str(place),
            )
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Folder found elsewhere"),
                              text, QMessageBox.StandardButton.NoButton, d.parent)  # fmt: skip
            yes = box.addButton(self.tr("Yes, use it here"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("No"), QMessageBox.ButtonRole.RejectRole)
            box.setWindowModality(Qt.WindowModality.NonModal)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

            def answered(button: object) -> None:
                self.location_box = None
                if button is yes:
                    self._map(root.id, place)
                ask(rest)

            box.buttonClicked.connect(answered)
            self.location_box = box
            box.show()

        return d.runner.submit(work, label=self.tr("Looking for folders"), on_done=ask)

    def _map(self, root_id: int, place: Path) -> None:
        d = self.deps
        catalog = d.catalog

        def work(_ctx: TaskContext) -> None:
            catalog.map_root(root_id, place)

        def mapped(_value: Any) -> None:
            announce_mapped(d, root_id)
            self.refresh_sidebar()

        d.runner.submit(work, label=self.tr("Using a folder here"), write=True, on_done=mapped)

    def _thumbnails(self, root_ids: list[int], build: Any) -> TaskHandle:
        """Thumbnails for the new items, visible ones first; the grid fills in as they come."""
        d = self.deps
        catalog = d.catalog
        visible = self.visible_ids()

        def work(ctx: TaskContext) -> Any:
            return build(
                catalog, ctx.progress, ctx.cancel_token, visible, root_ids=root_ids or None
            )

        handle = d.runner.submit(work, label=translate("Ingest", "Making thumbnails"), job=True)
        self.thumb_repair.hold_while(handle)

        # a look at most every 1.5 s while thumbnails come, none while none do
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(1500)
        timer.timeout.connect(self.refresh_thumbnails)
        handle.progressed.connect(lambda _event: timer.isActive() or timer.start())
        handle.finished.connect(timer.stop)
        handle.finished.connect(self.refresh_thumbnails)
        handle.finished.connect(self.trim_cache_to_preference)
        return handle

    def find_faces(self, root_ids: list[int]) -> None:
        """Faces after thumbnails, in a catalogue that enabled them (privacy: off otherwise).

        Whether it did is read on a worker (on the UI thread it held the window for a server
        round trip as each scan ended); the job starts when the answer comes."""
        from smparchive.core.media.faces import faces_unavailable

        if faces_unavailable() is not None:
            return
        catalog = self.deps.catalog
        label = translate("Ingest", "Finding faces")  # also what a failed read is said under

        def start(enabled: bool) -> None:
            if not enabled:
                return
            from smparchive.core.ingest.faces import scan_faces

            def work(ctx: TaskContext) -> Any:
                return scan_faces(
                    catalog, ctx.progress, ctx.cancel_token, root_ids=root_ids or None
                )

            self.deps.runner.submit(work, label=label, job=True)

        self.deps.runner.submit(lambda _ctx: catalog.faces_enabled(), label=label, on_done=start)

    def _thumbnail_problems(self, dialog: Any, report: Any, thumbs: ThumbnailReport) -> None:
        """The summary, with the problems only the thumbnail stage finds; those in the views
        and counts too."""
        problems = list(thumbs.problems)
        if alive(dialog):  # else deleted with its window: the views still learn of them
            dialog.show_report(report, problems)
        if not problems:
            return
        ids = frozenset(p.item_id for p in problems if p.item_id is not None)
        if ids:
            self.deps.ops.announce(ChangeSummary(items=ids))  # statuses changed
        self.refresh_sidebar()

    def trim_cache_to_preference(self) -> TaskHandle | None:
        """Keep the cache folder under the preference's limit, in the background (0: no
        limit). Previews go first; trimmed grid thumbnails are made again by the next
        thumbnail job."""
        from smparchive.gui.cache_limit import trim_to_preference

        return trim_to_preference(self.deps.catalog, self.deps.runner, self.deps.settings)

"""Run a planned export: verify sources, render, write safely, manifests, page, commit."""

from __future__ import annotations

import hashlib
import io
import logging
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from PIL import Image

from smparchive import __version__
from smparchive.core.cache_use import holding
from smparchive.core.export.cms import cms_files
from smparchive.core.export.consent import ConsentDecision
from smparchive.core.export.copying import hash_file
from smparchive.core.export.docmeta import DeckCleanError, clean_pptx
from smparchive.core.export.imaging import (
    RenderJob,
    RenderResult,
    SourceProblem,
    image_memory_reused,
    render_photo,
    worker_init,
)
from smparchive.core.export.manifest import ManifestRow, manifest_csv, manifest_json
from smparchive.core.export.metadata import (
    ImageMetadata,
    exif_bytes,
    metadata_for,
    with_segments,
)
from smparchive.core.export.model import ExportEntry, Kind
from smparchive.core.export.pdfmeta import PdfCleanError, clean_pdf
from smparchive.core.export.plan import (
    CAPTIONS_VARIANT,
    Action,
    ExportPlan,
    PlannedItem,
    PlannedOutput,
)
from smparchive.core.export.platforms import platform_by_name
from smparchive.core.export.post import PostKit, build_post, manifest_with_post
from smparchive.core.export.presets import ExportSettings, MetadataPolicy, TargetKind
from smparchive.core.export.previews import (
    ConversionError,
    deck_pages,
    deck_previews,
    deck_rendition,
    video_poster,
)
from smparchive.core.export.sidecars import SIDECAR_VARIANT, sidecar_bytes
from smparchive.core.export.videometa import (
    VideoCleanError,
    clean_video,
    hash_verified,
    video_tags,
)
from smparchive.core.export.webpage import PageItem, build_page, page_languages
from smparchive.core.export.writers import (
    BagWriter,
    BundleWriter,
    ExportError,
    FileRecord,
    FolderWriter,
    ZipWriter,
    bundle_candidates,
    check_free_space,
    describe_os_error,
)
from smparchive.core.ingest.workers import TaskFailed, WorkerPool, run_in_order
from smparchive.core.media.clips import ClipError, cut_clip, poster_jpeg, webvtt_chapters
from smparchive.core.media.cutmode import CutMode
from smparchive.core.media.pages import PageStore, find_soffice
from smparchive.core.media.webvtt import clip_webvtt
from smparchive.core.messages import plain, problem
from smparchive.core.processes import EXPORT_PRELOAD
from smparchive.core.progress import Cancelled, CancelToken, ProgressEvent, ProgressSink

log = logging.getLogger(__name__)

__all__ = ["ExportReport", "ExportedFile", "ItemProblem", "run_export"]


@dataclass(frozen=True, slots=True)
class ExportedFile:
    item_id: str
    path: str  # relative to the payload root (the folder holding manifest.csv)
    sha256: str
    size: int
    kind: str
    variant: str


@dataclass(frozen=True, slots=True)
class ItemProblem:
    """An item that was not exported (or only partly), with one clear sentence."""

    item_id: str
    source: str
    message: str


@dataclass(frozen=True, slots=True)
class ExportReport:
    """What an export wrote; :meth:`history_record` is what the export history stores."""

    bundle: Path
    payload_root: Path  # the folder with manifest.csv (bag: <bundle>/data; zip: the zip)
    target: TargetKind
    preset: str
    audience: str
    metadata_policy: str
    unchanged: bool
    files: tuple[ExportedFile, ...]
    held_back: tuple[ConsentDecision, ...]
    overrides: tuple[ConsentDecision, ...]
    problems: tuple[ItemProblem, ...]
    warnings: tuple[str, ...]
    started: datetime
    finished: datetime
    post: PostKit | None = None  # the post kit written beside the images (--post)
    # (item id, whose faces were blurred: names and unidentified faces) per exported photo
    blurred: tuple[tuple[str, tuple[str, ...], int], ...] = ()

    @property
    def bytes_written(self) -> int:
        return sum(f.size for f in self.files)

    def history_record(self) -> dict[str, object]:
        """A JSON-able record of this export, including every consent override."""
        return {
            "bundle": str(self.bundle),
            "target": self.target.value,
            "preset": self.preset,
            "audience": self.audience,
            "metadata_policy": self.metadata_policy,
            "unchanged": self.unchanged,
            "started": self.started.isoformat(),
            "finished": self.finished.isoformat(),
            "files": len(self.files),
            "bytes": self.bytes_written,
            "items": sorted({f.item_id for f in self.files if f.item_id.isdigit()}),
            "clips": sorted({f.item_id for f in self.files if not f.item_id.isdigit()}),
            "held_back": [
                {"item_id": d.item_id, "reasons": [r.value for r in d.reasons]}
                for d in self.held_back
            ],
            "overrides": [
                {
                    "item_id": d.item_id,
                    "reasons": [r.value for r in d.reasons],
                    "decided_by": d.override.decided_by if d.override else "",
                    "reason": d.override.reason if d.override else "",
                }
                for d in self.overrides
            ],
            "problems": [
                {"item_id": p.item_id, "source": p.source, "message": p.message}
                for p in self.problems
            ],
            "faces_blurred": [
                {"item_id": item_id, "people": list(people), "unidentified": unidentified}
                for item_id, people, unidentified in self.blurred
            ],
        }


def bundle_destination(settings: ExportSettings) -> tuple[Path, Path]:
    """The bundle's path as asked for, and where it is expected to land: the same, or the
    first free '-2', '-3' ...
    when one by that name is already there (unless that one holds the very same files:
    the export then leaves it as it is). Said before Export is pressed: the comms officer
    who exports twice looks for the second in the right folder."""
    suffix = ".zip" if settings.target is TargetKind.ZIP else ""
    names = bundle_candidates(settings.target_dir, settings.bundle_name, settings.existing, suffix)
    free = (p for p in names if not p.exists() and not p.is_symlink())
    return names[0], next(free, names[0])


def folder_to_make(target: Path) -> bool:
    """True when the export folder the user named does not exist yet but its parent does:
    the export makes that one folder (as the dialog and the CLI say before they start), never
    a chain of them (a mistyped or unplugged parent stays an error)."""
    return not target.exists() and not target.is_symlink() and target.parent.is_dir()


def target_errors(plan: ExportPlan) -> list[str]:
    """Why the export cannot be written where it goes (empty when it can).

    The same checks for a dry run as for the real one, so a dry run that passes is not
    followed by a run that fails on its target.
    """
    target = plan.settings.target_dir
    if target.exists() and not target.is_dir():
        return [problem("export.target_is_file", target=target)]
    if not target.is_dir():
        return [problem("export.target_missing", target=target)]
    if not os.access(target, os.W_OK | os.X_OK):
        return [problem("export.target_read_only", target=target)]
    try:
        check_free_space(target, plan.estimated_bytes)
    except ExportError as exc:
        return [str(exc)]
    return []


def _writer(plan: ExportPlan) -> BundleWriter:
    s = plan.settings
    copies = s.workers if s.workers > 0 else min(_cpu_count(), MAX_COPIES)
    if s.target is TargetKind.ZIP:
        return ZipWriter(s.target_dir, s.bundle_name, s.existing)
    if s.target is TargetKind.BAGIT:
        event = plan.event
        organisation = s.organisation or (event.organisation if event else "")
        description = s.description or (
            f"Photos, recordings and slides of {event.title}" if event else "Conference media"
        )
        return BagWriter(
            s.target_dir,
            s.bundle_name,
            s.existing,
            organisation=organisation,
            description=description,
            bagging_date=s.bagging_date or date.today(),
            agent=f"smparchive {__version__}",
            copies=copies,
        )
    return FolderWriter(s.target_dir, s.bundle_name, s.existing, copies)


def _expected_copies(items: list[PlannedItem]) -> Iterator[tuple[str, Path, str, int]]:
    """The byte-for-byte copies ``_write_items`` will ask the writer for, in its order."""
    for item in items:
        e = item.entry
        if e.clip is None:
            for output in item.outputs:
                if output.action is Action.COPY:
                    yield output.relpath, e.source, e.sha256, e.size


def _post_kit(plan: ExportPlan, exported: set[str]) -> PostKit | None:
    """The post for the photos that actually went out (a source problem drops its photo)."""
    s = plan.settings
    platform = platform_by_name(s.preset.platform) if s.post else None
    if platform is None:
        return None
    images = plan.post_images(exported)
    return build_post(images, platform, s.language, plan.event, s.hashtags)


def _preflight_sources(plan: ExportPlan) -> dict[str, ItemProblem]:
    """Cheap checks before anything is written: every source exists with its catalogued size."""
    problems = {}
    for item in plan.items:
        e = item.entry
        try:
            size = e.source.stat().st_size
        except FileNotFoundError:
            problems[e.item_id] = ItemProblem(
                e.item_id, str(e.source), problem("export.source_missing")
            )
            continue
        except OSError as exc:
            msg = problem("export.source_unreadable", why=plain(exc))
            problems[e.item_id] = ItemProblem(e.item_id, str(e.source), msg)
            continue
        if size != e.size:
            msg = problem("export.source_size_changed")
            problems[e.item_id] = ItemProblem(e.item_id, str(e.source), msg)
    return problems


def _jobs(plan: ExportPlan, items: list[PlannedItem]) -> list[RenderJob | None]:
    jobs: list[RenderJob | None] = []
    for item in items:
        e = item.entry
        variants = tuple(o.variant for o in item.outputs if o.variant is not None)
        preview = plan.settings.web_page and e.kind is Kind.PHOTO
        if (variants and item.metadata is not None) or preview:
            meta = item.metadata
            if meta is None:  # originals: the job only makes the page preview
                meta = ImageMetadata(MetadataPolicy.STRIP_ALL)
            blur = item.blur.boxes if item.blur is not None else ()
            jobs.append(
                RenderJob(str(e.source), e.sha256, e.size, variants, meta, e.focus, preview, blur)
            )
        else:
            jobs.append(None)
    return jobs


# Starting a worker (spawn + imports) costs about as much as rendering two camera photos, so
# automatic parallelism starts only when there is enough to render to pay for it.
AUTO_MIN_JOBS = 4
# A photo renders in well under a second; a huge one on a busy machine may take a minute.
RENDER_TIMEOUT_S = 120.0
AUTO_MIN_BYTES = 16 << 20
# Threads copying originals: the kernel copies, hashing the copy takes a core; more threads
# than this only queue on the disk.
MAX_COPIES = 4


def _cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def worker_count(jobs: list[RenderJob | None], workers: int) -> int:
    """Render processes for ``jobs``: ``workers``, or with 0 one per core when it pays off."""
    todo = [j for j in jobs if j is not None]
    if workers > 0:
        return workers
    if len(todo) < AUTO_MIN_JOBS or sum(j.size for j in todo) < AUTO_MIN_BYTES:
        return 1
    return min(_cpu_count(), len(todo))


def _rendered(
    jobs: list[RenderJob | None], workers: int, cancel: CancelToken | None
) -> Iterator[RenderResult | None]:
    """Results in plan order; renders run ahead in a bounded window of worker processes."""
    workers = worker_count(jobs, workers)
    if workers <= 1 or sum(j is not None for j in jobs) < 2:
        with image_memory_reused():
            for job in jobs:
                yield render_photo(job) if job is not None else None
        return
    # The scan's worker pool: a per-photo time limit and memory cap, and a decoder that
    # crashes or hangs costs that photo (reported as a problem), not the export.
    tasks = [(n, render_photo, (job,)) for n, job in enumerate(jobs) if job is not None]
    with WorkerPool(
        workers,
        timeout_s=RENDER_TIMEOUT_S,
        niceness=0,
        setup=worker_init,
        preload=EXPORT_PRELOAD,
    ) as pool:
        results = run_in_order(pool, tasks, cancel)
        for job in jobs:
            if job is None:
                yield None
                continue
            result = next(results, None)
            if result is None:  # the pool stopped early: cancelled
                raise Cancelled()
            if isinstance(result, TaskFailed):
                yield RenderResult(problem=problem("export.render_failed", why=result.reason))
            else:
                yield result
        if cancel is not None and cancel.cancelled:
            raise Cancelled()


def run_export(
    plan: ExportPlan,
    progress: ProgressSink | None = None,
    cancel: CancelToken | None = None,
) -> ExportReport:
    """Carry out ``plan``; raises :class:`ExportError` or ``Cancelled`` leaving no bundle.

    Per-item source problems (missing, changed since cataloguing) do not stop the export:
    those items are left out and listed in the report.
    """
    started = datetime.now().astimezone()
    s = plan.settings
    emit = progress or (lambda _e: None)
    problems = _preflight_sources(plan)
    items = [i for i in plan.items if i.entry.item_id not in problems]
    errors = target_errors(plan)
    if errors:
        raise ExportError(errors[0])
    writer = _writer(plan)
    try:
        writer.expect_files(_expected_copies(items))
        # the decks' kept renditions it reads: a cache trim meanwhile spares them
        with holding(i.entry.sha256 for i in items if i.entry.kind is Kind.SLIDES):
            files, page_items = _write_items(plan, items, writer, problems, emit, cancel)
        emit(ProgressEvent("finalise", len(items), len(items), current="manifests"))
        rows = [row for row, _ in files]
        policy = s.metadata_policy.value
        writer.add_bytes(
            "manifest.csv", manifest_csv(rows, s.multivalue_separator, excel=s.excel_csv)
        )
        manifest = manifest_json(rows, plan.event, s.preset.name, policy, s.language)
        post = _post_kit(plan, {r.item_id for r, _ in files})
        if post is not None:
            for relpath, data in post.files().items():
                writer.add_bytes(relpath, data)
            manifest = manifest_with_post(manifest, post)
        writer.add_bytes("manifest.json", manifest)
        if s.cms:
            # a CMS imports media: the originals' XMP sidecars are not theirs to list
            media = [r for r in rows if r.variant != SIDECAR_VARIANT]
            for relpath, data in cms_files(media, plan.event, s.language, s.page_url).items():
                writer.add_bytes(relpath, data)
        if s.web_page:
            pages = build_page(
                plan.event,
                page_items,
                s.language,
                bundle=s.bundle_name,
                source=s.source_label,
                languages=page_languages(page_items, s.language),
                base_url=s.page_url,
                cover_id=s.page_cover,
            )
            for relpath, data in pages.items():
                writer.add_bytes(relpath, data)
        if cancel is not None:
            cancel.raise_if_cancelled()
        result = writer.commit()
    except Cancelled:
        writer.abort()
        raise
    except OSError as exc:
        writer.abort()
        raise ExportError(describe_os_error(exc, s.target_dir)) from exc
    except BaseException:
        writer.abort()
        raise
    payload = result.path / "data" if s.target is TargetKind.BAGIT else result.path
    exported = {r.item_id for r, _ in files}
    emit(ProgressEvent("done", len(items), len(items), current=str(result.path)))
    return ExportReport(
        bundle=result.path,
        payload_root=payload,
        target=s.target,
        preset=s.preset.name,
        audience=s.audience.value,
        metadata_policy=s.metadata_policy.value,
        unchanged=result.unchanged,
        files=tuple(
            ExportedFile(r.item_id, r.path, r.sha256, r.size, r.kind, r.variant) for r, _ in files
        ),
        held_back=plan.held_back,
        overrides=plan.overridden,
        problems=tuple(problems.values()),
        warnings=plan.warnings,
        started=started,
        finished=datetime.now().astimezone(),
        post=post,
        blurred=tuple(
            (i.entry.item_id, i.blur.people, i.blur.unidentified)
            for i in plan.blurred
            if i.blur is not None and i.entry.item_id in exported
        ),
    )


def _write_items(
    plan: ExportPlan,
    items: list[PlannedItem],
    writer: BundleWriter,
    problems: dict[str, ItemProblem],
    emit: ProgressSink,
    cancel: CancelToken | None,
) -> tuple[list[tuple[ManifestRow, FileRecord]], list[PageItem]]:
    s = plan.settings
    files: list[tuple[ManifestRow, FileRecord]] = []
    page_items: list[PageItem] = []
    total = len(items)
    done_bytes = 0
    jobs = _jobs(plan, items)
    # LibreOffice renders a deck package's slides for the page, as the deck viewer shows
    # them (a PPTX showed one picture where its PDF twin showed every page)
    soffice = (plan.soffice or s.soffice or find_soffice()) if s.web_page else None
    store = _page_store(s)
    for n, (item, result) in enumerate(zip(items, _rendered(jobs, s.workers, cancel), strict=True)):
        if cancel is not None:
            cancel.raise_if_cancelled()
        e = item.entry
        emit(ProgressEvent("export", n, total, done_bytes, None, e.original_name))
        if result is not None and result.problem:
            if any(o.action is Action.RENDER for o in item.outputs):
                problems[e.item_id] = ItemProblem(e.item_id, str(e.source), result.problem)
                continue
            # only the page preview failed (originals are copied, not decoded): the photo
            # goes out without a preview, as it does without --page
            result = None
        written: list[tuple[ManifestRow, FileRecord]] = []
        pages: tuple[str, ...] = ()
        unrendered: str | None = None  # why a deck's slides were not rendered
        if e.clip is not None:
            texts: dict[str, str] = {}
            try:
                written = write_clip(
                    item,
                    writer,
                    cancel,
                    s.language,
                    s.clip_cut,
                    _clip_progress(emit, n, total, done_bytes, e.original_name),
                    texts,
                    s.metadata_policy,
                    s.include_people,
                )
            except ClipError as exc:
                problems[e.item_id] = ItemProblem(e.item_id, str(e.source), str(exc))
                continue
            files += written
            done_bytes += sum(r.size for _, r in written)
            if s.web_page:
                main_row, main_record = written[0]
                by_variant = {row.variant: rec.relpath for row, rec in written}
                page_items.append(
                    PageItem(
                        e,
                        main_record.relpath,
                        main_record.size,
                        by_variant.get("poster"),
                        (),
                        main_row.mime,
                        chapters=by_variant.get("chapters"),
                        chapter_text=texts.get("chapters", ""),
                        captions=tuple(
                            (path, variant.removeprefix(CAPTIONS_VARIANT))
                            for variant, path in by_variant.items()
                            if variant.startswith(CAPTIONS_VARIANT)
                        ),
                    )
                )
            continue
        try:
            index = 0
            for output in item.outputs:
                when = e.capture
                if output.action is Action.RENDER:
                    assert result is not None
                    record = writer.add_bytes(output.relpath, result.outputs[index], when)
                    dims = result.sizes[index]
                    index += 1
                elif output.action in (Action.REMUX, Action.CLEAN_DECK, Action.CLEAN_PDF):
                    record = _write_cleaned(plan, writer, output, e, cancel)
                    dims = None
                elif output.action is Action.SIDECAR:
                    record = writer.add_bytes(output.relpath, sidecar_bytes(e, s.language), when)
                    dims = None
                elif output.action is Action.DECK_PDF:
                    record = _write_converted(plan, writer, output, e, cancel)
                    dims = None
                else:
                    record = writer.add_file(output.relpath, e.source, e.sha256, e.size, when)
                    dims = None
                written.append((output.row.finished(record.sha256, record.size, dims), record))
        except SourceProblem as exc:
            problems[e.item_id] = ItemProblem(e.item_id, str(e.source), str(exc))
            continue
        except ConversionError as exc:  # LibreOffice failed: reported, not exported
            problems[e.item_id] = ItemProblem(e.item_id, str(e.source), str(exc))
            continue
        except VideoCleanError as exc:  # never published with its location instead
            msg = problem("export.video_not_cleaned", name=e.original_name, why=str(exc))
            problems[e.item_id] = ItemProblem(e.item_id, str(e.source), msg)
            continue
        except DeckCleanError as exc:  # never published with its authors' names instead
            msg = problem("export.deck_not_cleaned", name=e.original_name, why=str(exc))
            problems[e.item_id] = ItemProblem(e.item_id, str(e.source), msg)
            continue
        except PdfCleanError as exc:  # the same for a PDF (or a deck converted to one)
            msg = problem("export.pdf_not_cleaned", name=e.original_name, why=str(exc))
            problems[e.item_id] = ItemProblem(e.item_id, str(e.source), msg)
            continue
        files += written
        done_bytes += sum(r.size for _, r in written)
        if s.web_page:
            main_row, main_record = written[0]
            preview = None
            if result is not None and result.preview:
                preview = f"assets/previews/{n + 1:05d}.jpg"
                writer.add_bytes(preview, result.preview)
            elif e.kind is Kind.VIDEO:
                poster = video_poster(e.source)
                if poster:
                    preview = f"assets/posters/{n + 1:05d}.jpg"
                    writer.add_bytes(preview, poster)
            elif e.kind is Kind.SLIDES:
                if store is not None and main_row.mime == e.mime:
                    # the deck as catalogued, whose rendition the viewer keeps by its hash:
                    # converted once for both (the published copy shows the same slides)
                    made = deck_pages(e.source, e.mime, soffice, store=store, sha256=e.sha256)
                else:
                    source = writer_path(writer, main_record.relpath) or e.source
                    made = deck_pages(source, main_row.mime, soffice)
                previews, unrendered = made.images, made.unrendered
                if not previews and main_row.mime == e.mime:
                    # a published deck goes without its thumbnail (docmeta); the page
                    # shows it re-encoded, without metadata, as before
                    previews = deck_previews(e.source, e.mime)
                names = [
                    f"assets/decks/{n + 1:05d}-{k:03d}.jpg" for k in range(1, len(previews) + 1)
                ]
                for name, data in zip(names, previews, strict=True):
                    writer.add_bytes(name, data)
                pages = tuple(names)
            renditions = tuple(
                (rec.relpath, row.width, row.height)
                for row, rec in written
                if row.width and row.height
            )
            page_items.append(
                PageItem(
                    e,
                    main_record.relpath,
                    main_record.size,
                    preview,
                    pages,
                    main_row.mime,
                    renditions if e.kind is Kind.PHOTO else (),
                    _jpeg_size(result.preview) if result is not None and result.preview else None,
                    unrendered=unrendered,
                )
            )
    emit(ProgressEvent("export", total, total, done_bytes, None, ""))
    return files, page_items


def _clip_progress(
    emit: ProgressSink, n: int, total: int, done_bytes: int, name: str
) -> Callable[[float], None]:
    """Progress of a long (re-encoding) cut, shown as the item's percentage."""

    def report(fraction: float) -> None:
        emit(ProgressEvent("export", n, total, done_bytes, None, f"{name} {fraction:.0%}"))

    return report


def _clip_tags(entry: ExportEntry, policy: MetadataPolicy, language: str) -> dict[str, str]:
    """A clip's container tags: the catalogue's creator, rights and date (its entry's
    capture is its start) as a whole recording's copy gets them, and where it was cut from
    when the export keeps all metadata. The
    clip copies none of the recording's own metadata, so keeping "all" gives these too."""
    clip = entry.clip
    assert clip is not None
    if policy is MetadataPolicy.STRIP_ALL:
        return {}  # nothing, as a stripped whole recording (not its file's name either)
    tags = {
        k: v
        for k, v in video_tags(entry, MetadataPolicy.PUBLICATION, language).items()
        if k != "title"
    }
    if policy is MetadataPolicy.KEEP_ALL:
        # where it was cut from, for the archive; a published clip does not name the
        # recording's file (an internal name: the manifest says it to those who get it)
        tags["comment"] = f"{clip.recording_name} {clip.start_s:.3f}-{clip.end_s:.3f} s"
    return tags


def write_clip(
    item: PlannedItem,
    writer: BundleWriter,
    cancel: CancelToken | None,
    language: str = "en",
    mode: CutMode = CutMode.SMART,
    progress: Callable[[float], None] | None = None,
    texts: dict[str, str] | None = None,
    policy: MetadataPolicy = MetadataPolicy.PUBLICATION,
    include_people: bool = False,
) -> list[tuple[ManifestRow, FileRecord]]:
    """Cut one recording segment and write it with its chapters, poster and captions.

    ``mode`` says how a start between keyframes is cut (media.clips): smart (default)
    re-encodes one group of pictures, so the clip opens on the segment's first picture.
    The manifest rows say where the clip really starts and ends. ``texts`` gets the
    chapter track as written (variant -> WebVTT text), for the page to list. The clip is
    tagged as a whole recording's copy is (videometa.video_tags: creator, rights and the
    moment its part was recorded), unless ``policy`` strips metadata: then the file has no
    title and no note of the recording it was cut from (its chapters are its content).
    The poster is credited as a photo of the export is (``include_people``: it names the
    people as a photo would).
    """
    e = item.entry
    clip = e.clip
    assert clip is not None
    title = e.title_in(language)
    written: list[tuple[ManifestRow, FileRecord]] = []
    with tempfile.TemporaryDirectory(prefix="smparchive-clip-") as tmp:
        temp = Path(tmp) / "clip.mp4"
        with _reading(e.source, ClipError):
            result = cut_clip(
                e.source,
                temp,
                clip.start_s,
                clip.end_s,
                title="" if policy is MetadataPolicy.STRIP_ALL else title,
                chapters=clip.chapters,
                metadata=_clip_tags(e, policy, language),
                cancel=cancel,
                mode=mode,
                progress=progress,
            )
        if result.note:  # a smart cut that could not splice: re-encoded whole, said why
            log.info("clip %s cut precisely: %s", e.original_name, result.note)
        digest = hashlib.sha256()
        with open(temp, "rb") as fh:
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
        size = temp.stat().st_size
        real = replace(clip, start_s=result.start_s, end_s=result.end_s)
        for output in item.outputs:
            row = replace(
                output.row,
                clip_start_s=real.start_s,
                clip_end_s=real.end_s,
                duration_s=round(result.duration_s, 3),
            )
            if output.action is Action.CLIP:
                record = writer.add_file(output.relpath, temp, digest.hexdigest(), size, e.capture)
            elif output.action is Action.CLIP_CHAPTERS:
                vtt = webvtt_chapters(clip.chapters, real.start_s, real.end_s, title)
                record = writer.add_bytes(output.relpath, vtt.encode("utf-8"), e.capture)
                if texts is not None:
                    texts[output.row.variant] = vtt
            elif output.action is Action.CLIP_CAPTIONS:
                language = output.row.variant.removeprefix(CAPTIONS_VARIANT)
                timing, text = next((t, x) for lg, t, x in clip.captions if lg == language)
                vtt = clip_webvtt(text, timing, clip.start_s, real.start_s, real.end_s)
                record = writer.add_bytes(output.relpath, vtt.encode("utf-8"), e.capture)
            else:
                picture = poster_jpeg(temp, 0.0) or b""
                if not picture:
                    continue
                picture = _credited(picture, e, policy, language, include_people)
                record = writer.add_bytes(output.relpath, picture, e.capture)
            written.append((row.finished(record.sha256, record.size), record))
    return written


def _credited(
    picture: bytes, entry: ExportEntry, policy: MetadataPolicy, language: str, people: bool
) -> bytes:
    """A clip's poster with the catalogue's title, caption, creator, credit, rights and
    date in EXIF, XMP and IPTC, as a photo of the same export gets them (none when every
    piece of metadata is stripped)."""
    if policy is MetadataPolicy.STRIP_ALL:
        return picture
    meta = metadata_for(entry, policy, language, people)
    exif = exif_bytes(Image.Exif(), meta, _jpeg_size(picture))
    return with_segments(picture, exif, meta.xmp, meta.iptc)


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """A page preview's pixel size, from its header (for the page's width and height)."""
    try:
        with Image.open(io.BytesIO(data)) as im:
            return im.size
    except OSError:
        return None


def writer_path(writer: BundleWriter, relpath: str) -> Path | None:
    """Where a written file sits on disk while staging (None inside a ZIP)."""
    if isinstance(writer, FolderWriter):
        return writer.temp / (writer.payload_prefix + relpath)
    return None


@contextmanager
def _reading(source: Path, error: type[Exception]) -> Iterator[None]:
    """Reading ``source``: a missing or unreadable original raised as ``error`` with the
    sentence that names it (the item is reported, the export goes on)."""
    try:
        yield
    except FileNotFoundError:
        raise error(problem("export.source_missing_at", name=source)) from None
    except OSError as exc:
        raise error(problem("export.source_unreadable_at", name=source, why=plain(exc))) from None


def _verify_source(entry: ExportEntry, cancel: CancelToken | None) -> None:
    """The source's bytes are still the catalogued ones (read through, hashed), else a
    SourceProblem that names it."""
    with _reading(entry.source, SourceProblem):
        same = hash_verified(entry.source, entry.sha256, cancel)
    if not same:
        raise SourceProblem(problem("export.source_hash_changed", name=entry.source))


def _write_cleaned(
    plan: ExportPlan,
    writer: BundleWriter,
    output: PlannedOutput,
    entry: ExportEntry,
    cancel: CancelToken | None,
) -> FileRecord:
    """A video remuxed (videometa) or a deck rewritten (docmeta) without its metadata, from
    verified source bytes.

    Staged beside the export (where the free space was checked), not in the system's
    temporary folder: a recording can be larger than it.
    """
    s = plan.settings
    _verify_source(entry, cancel)
    # the catalogue's title, creator, rights and date under publication; none stripped
    tags = video_tags(entry, s.metadata_policy, s.language)
    with tempfile.TemporaryDirectory(prefix=".smparchive-clean-", dir=s.target_dir) as tmp:
        temp = Path(tmp) / f"copy{Path(output.relpath).suffix.lower()}"
        if output.action is Action.REMUX:
            clean_video(entry.source, temp, tags, cancel)
        elif output.action is Action.CLEAN_PDF:
            clean_pdf(entry.source, temp, *_pdf_properties(s, entry), cancel=cancel)
        else:
            clean_pptx(entry.source, temp, tags.get("title", ""), tags.get("artist", ""), cancel)
        digest = hash_file(temp)["sha256"]
        return writer.add_file(output.relpath, temp, digest, temp.stat().st_size, entry.capture)


def _write_converted(
    plan: ExportPlan,
    writer: BundleWriter,
    output: PlannedOutput,
    entry: ExportEntry,
    cancel: CancelToken | None,
) -> FileRecord:
    """The deck as PDF, converted from verified source bytes; for publication without the
    metadata LibreOffice carries over from the deck (its authors) or adds. A rendition
    kept in the catalogue's cache serves without LibreOffice (the plan converts a deck
    only with one or the other). File to file throughout: a deck with a video and its
    PDF are often hundreds of MB each."""
    s = plan.settings
    _verify_source(entry, cancel)
    with deck_rendition(plan.soffice, entry.source, _page_store(s), entry.sha256) as pdf:
        if s.metadata_policy is MetadataPolicy.KEEP_ALL:
            digest = hash_file(pdf)["sha256"]
            return writer.add_file(output.relpath, pdf, digest, pdf.stat().st_size, entry.capture)
        # staged beside the export (where the free space was checked), as _write_cleaned
        with tempfile.TemporaryDirectory(prefix=".smparchive-clean-", dir=s.target_dir) as tmp:
            temp = Path(tmp) / "copy.pdf"
            clean_pdf(pdf, temp, *_pdf_properties(s, entry), cancel=cancel)
            digest = hash_file(temp)["sha256"]
            return writer.add_file(output.relpath, temp, digest, temp.stat().st_size, entry.capture)


def _page_store(s: ExportSettings) -> PageStore | None:
    """The catalogue's store of deck renditions (the deck viewer's), when the export has one."""
    return PageStore(s.cache_dir) if s.cache_dir is not None else None


def _pdf_properties(s: ExportSettings, entry: ExportEntry) -> tuple[str, str, bool]:
    """A published PDF's title and creator (the catalogue's, as a recording's), and
    whether the document's own title stands in for a missing one (publication; not when
    every piece of metadata is stripped)."""
    tags = video_tags(entry, s.metadata_policy, s.language)
    own_title = s.metadata_policy is MetadataPolicy.PUBLICATION
    return tags.get("title", ""), tags.get("artist", ""), own_title

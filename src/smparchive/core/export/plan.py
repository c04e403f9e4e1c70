"""Pure planning: consent preflight, target names and manifest rows; no file is touched."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import TypeVar

from smparchive.core.export.alttext import without_drafts
from smparchive.core.export.cms import CMS_FILES
from smparchive.core.export.consent import ConsentDecision, evaluate_consent
from smparchive.core.export.docmeta import PPTX_MIME
from smparchive.core.export.faceblur import FaceBlur, not_blurred, plan_blur, text_warnings
from smparchive.core.export.manifest import ManifestRow, row_for
from smparchive.core.export.metadata import ImageMetadata, iim_shortened, metadata_for
from smparchive.core.export.model import EventInfo, ExportEntry, Kind, pick_text
from smparchive.core.export.naming import NameAllocator, render_template, token_values
from smparchive.core.export.pdfmeta import PDF_MIME
from smparchive.core.export.platforms import platform_by_name
from smparchive.core.export.post import POST_FILES, PostKit, build_post, caption_warnings
from smparchive.core.export.presets import (
    Audience,
    ConsentOverride,
    ExportSettings,
    ImageFormat,
    ImageVariant,
    MetadataPolicy,
    TargetKind,
)
from smparchive.core.export.sidecars import (
    SIDECAR_VARIANT,
    XMP_MIME,
    archival,
    lightroom_names,
    sidecar_path,
    worth_a_sidecar,
)
from smparchive.core.messages import problem
from smparchive.core.plural import counted

__all__ = [
    "Action",
    "ExportPlan",
    "PlannedItem",
    "PlannedOutput",
    "converts_to_pdf",
    "plan_export",
    "renders",
    "written_ext",
]

RENDERABLE_MIMES = frozenset(
    {
        *("image/jpeg", "image/png", "image/tiff", "image/webp", "image/gif", "image/bmp"),
        *("image/heic", "image/heif", "image/avif"),
        "image/mpo",  # stereo / multi-picture JPEGs: the first picture is an ordinary JPEG
    }
)
RESERVED_NAMES = (
    *("manifest.csv", "manifest.json", "index.html", "assets", *POST_FILES),
    *(f"index.{lang}.html" for lang in ("en", "fr", "nl")),  # the page in other languages
    *CMS_FILES,
)


T = TypeVar("T")
REMUXED = frozenset({Kind.VIDEO, Kind.AUDIO})  # recordings published without their metadata
CAPTIONS_VARIANT = "captions:"  # + language: a clip's caption file in the manifests


class Action(StrEnum):
    COPY = "copy"  # byte-identical copy, hash-verified
    REMUX = "remux"  # a recording's streams copied into a new file without its metadata
    CLEAN_DECK = "clean_deck"  # a PPTX copied without its document properties (authors)
    CLEAN_PDF = "clean_pdf"  # a PDF rewritten without its metadata (authors, XMP, EXIF)
    RENDER = "render"  # a resized/cropped image variant
    DECK_PDF = "deck_pdf"  # a deck converted to PDF with LibreOffice
    CLIP = "clip"  # a part of a recording, cut by stream copy (MP4, chapters, faststart)
    CLIP_CHAPTERS = "clip_chapters"  # the clip's WebVTT chapter track
    CLIP_POSTER = "clip_poster"  # a JPEG of the clip's opening picture
    CLIP_CAPTIONS = "clip_captions"  # a WebVTT caption file the user added, in clip time
    SIDECAR = "sidecar"  # an original's XMP sidecar in an archival package (export.sidecars)


@dataclass(frozen=True, slots=True)
class PlannedOutput:
    """One file the export will write for an item."""

    relpath: str
    action: Action
    row: ManifestRow
    variant: ImageVariant | None = None


@dataclass(frozen=True, slots=True)
class PlannedItem:
    entry: ExportEntry
    outputs: tuple[PlannedOutput, ...]
    metadata: ImageMetadata | None = None  # for rendered variants
    consent: ConsentDecision | None = None  # set when published under an override
    blur: FaceBlur | None = None  # faces blurred in its renditions


@dataclass(frozen=True, slots=True)
class ExportPlan:
    """What an export will do; show :meth:`preflight_report` before running it."""

    settings: ExportSettings
    event: EventInfo | None
    items: tuple[PlannedItem, ...]
    held_back: tuple[ConsentDecision, ...]
    overridden: tuple[ConsentDecision, ...]
    warnings: tuple[str, ...] = ()
    estimated_bytes: int = 0
    soffice: str | None = None
    post: PostKit | None = None  # platform presets: the post and its alt-text checks
    # blurring asked for: held-back item id -> the people whose face could not be blurred
    unblurred: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # held-back item id -> (files, estimated bytes) it adds when published anyway: what a
    # summary counts once the user ticks it (it said "0 items" with a ticked item going out)
    if_published: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    # plans the same entries again with held-back ids published anyway (:meth:`published`)
    replan: Callable[[frozenset[str]], ExportPlan] | None = field(
        default=None, compare=False, repr=False
    )

    def with_published(self, entry_ids: Iterable[str]) -> tuple[int, int, int]:
        """(items, files, estimated bytes) going out when the held-back ``entry_ids`` are
        published anyway as well."""
        items, files, size = len(self.items), len(self.outputs), self.estimated_bytes
        for entry_id in set(entry_ids):
            added = self.if_published.get(entry_id)
            if added is not None and added[0]:  # one left out anyway (a RAW) adds nothing
                items, files, size = items + 1, files + added[0], size + added[1]
        return items, files, size

    def published(self, entry_ids: Iterable[str]) -> ExportPlan:
        """The plan with the held-back ``entry_ids`` published anyway as well: its items,
        names, post, warnings and size as Export writes them once those are ticked (the
        summary's counts alone followed the ticks; the post left a ticked photo out).

        The same planner on the same entries; the caller's look-ups (a deck's reason, a
        kept rendition) are remembered from the first plan, so a held-back item already
        asked about reads nothing again. Run it off the UI thread all the same."""
        ids = frozenset(entry_ids) & {d.item_id for d in self.held_back}
        if not ids or self.replan is None:
            return self
        return self.replan(ids)

    @property
    def blurred(self) -> list[PlannedItem]:
        """The photos that go out with faces blurred."""
        return [i for i in self.items if i.blur is not None]

    def post_images(self, exported: Iterable[str] | None = None) -> list[tuple[ExportEntry, str]]:
        """(entry, rendered path) of the photos in the post; only ``exported`` ids if given."""
        keep = None if exported is None else set(exported)
        return [
            (i.entry, i.outputs[0].relpath)
            for i in self.items
            if i.outputs
            and i.outputs[0].action is Action.RENDER
            and (keep is None or i.entry.item_id in keep)
        ]

    @property
    def outputs(self) -> list[PlannedOutput]:
        return [o for item in self.items for o in item.outputs]

    @property
    def sidecars(self) -> int:
        """How many originals go with an XMP sidecar of the catalogue's texts (archives)."""
        return sum(o.action is Action.SIDECAR for o in self.outputs)

    def preflight_report(self) -> str:
        """A plain-text summary: what goes out, what is held back and why, overrides."""
        s = self.settings
        lines = [
            f"Export {s.bundle_name!r}: preset {s.preset.name}, {s.target.value}, "
            f"audience {s.audience.value}, metadata {s.metadata_policy.value}",
            f"{counted(len(self.items), 'item')}, {counted(len(self.outputs), 'file')}, "
            f"about {self.estimated_bytes / 1_000_000:,.1f} MB",
        ]
        if self.sidecars:
            lines.append(
                f"{counted(self.sidecars, 'original')} with an XMP sidecar of the catalogue's "
                "texts beside it (read by Lightroom, digiKam, exiftool)"
            )
        titles = {i.entry.item_id: i.entry for i in self.items}
        if self.held_back:
            lines.append(f"Held back ({len(self.held_back)}):")
            lines += [f"  {d.item_id}: {d.describe()}" for d in self.held_back]
        if self.overridden:
            lines.append(f"Published by explicit override ({len(self.overridden)}):")
            for d in self.overridden:
                name = titles[d.item_id].original_name if d.item_id in titles else ""
                lines.append(f"  {d.item_id} {name}: {d.describe()}")
        if self.blurred:
            lines.append(f"Faces blurred ({len(self.blurred)}):")
            for i in self.blurred:
                assert i.blur is not None
                lines.append(f"  {i.entry.item_id} {i.entry.original_name}: {i.blur.describe()}")
        lines += [f"Warning: {w}" for w in self.warnings]
        return "\n".join(lines)


def renders(entry: ExportEntry, settings: ExportSettings) -> bool:
    """Whether the entry's pictures are rendered by the preset's variants (so they can be
    blurred); anything else is copied, remuxed or converted."""
    return (
        entry.kind is Kind.PHOTO
        and entry.clip is None
        and not settings.preset.copies_originals
        and entry.mime in RENDERABLE_MIMES
    )


def _copy_action(
    entry: ExportEntry, policy: MetadataPolicy, decks_pdf: bool, original_ext: str
) -> Action:
    """What happens to an entry the preset does not render: copied, converted or cleaned."""
    if converts_to_pdf(entry, decks_pdf):
        return Action.DECK_PDF
    if entry.kind in REMUXED and policy is not MetadataPolicy.KEEP_ALL:
        return Action.REMUX  # a phone's location and make stay behind
    if entry.mime == PPTX_MIME and policy is not MetadataPolicy.KEEP_ALL:
        return Action.CLEAN_DECK  # its authors' names stay behind
    if (entry.mime == PDF_MIME or original_ext == "pdf") and policy is not MetadataPolicy.KEEP_ALL:
        return Action.CLEAN_PDF  # its authors, XMP and pictures' EXIF stay behind
    return Action.COPY


def _sort_key(entry: ExportEntry) -> tuple[object, ...]:
    when = entry.capture.timestamp() if entry.capture else float("inf")
    return (entry.day_date or datetime.max.date(), when, entry.original_name, entry.item_id)


def _estimate(entry: ExportEntry, variant: ImageVariant) -> int:
    """The expected size of one rendition, for the free-space check and the dialog.

    From the source's own compressed density (bytes per pixel: how detailed the picture
    is and how hard its camera compressed it) and the scale: a reduced picture keeps more
    detail per pixel (fitted on generated photos, exponent 0.855), down to a floor for
    small renditions. Measured within 25 % of the real total per preset (see
    tests/reliability/test_estimates.py); it used to be 9-15x too high.
    """
    w, h = entry.width or 6000, entry.height or 4000
    if variant.aspect is not None and variant.width is not None:
        px = variant.width * variant.width * variant.aspect[1] / variant.aspect[0]
    elif variant.long_edge is not None:
        scale = min(1.0, variant.long_edge / max(w, h))
        px = w * h * scale * scale
    else:
        px = w * h
    src_bpp = entry.size / max(1, w * h)
    area: float = w * h  # of the source that the rendition shows (a crop shows less of it)
    if variant.aspect is not None:
        aw, ah = variant.aspect
        area = h * h * aw / ah if w / h > aw / ah else w * w * ah / aw
    scale = min(1.0, (px / max(1.0, area)) ** 0.5)
    if variant.format.value == "png":
        out_bpp = 3.0  # lossless: close to raw pixels for photos
    else:
        quality = (variant.quality or 85) / 85
        floor = 0.10 if px < 300_000 else 0.03  # small renditions: headers and edges weigh
        out_bpp = max(src_bpp * 0.68 * scale**0.855, floor) * quality
    return int(min(px * out_bpp, entry.size * 4) + 4096)  # + metadata


def _clip_outputs(
    entry: ExportEntry, seq: int, settings: ExportSettings, names: NameAllocator
) -> tuple[list[PlannedOutput], int]:
    """A recording segment: the clip, its WebVTT chapters, its poster and the caption files
    the user added (one per language), side by side."""
    clip = entry.clip
    assert clip is not None
    lang = settings.language
    values = token_values(entry, seq, "mp4", lang)
    path = names.allocate(render_template(settings.template, values, "", settings.max_path_chars))
    stem = path[: -len(".mp4")] if path.lower().endswith(".mp4") else path
    vtt = names.allocate(f"{stem}.chapters.vtt")
    poster = names.allocate(f"{stem}-poster.jpg")
    outputs = [
        PlannedOutput(path, Action.CLIP, row_for(entry, path, "video/mp4", lang, "clip")),
        PlannedOutput(vtt, Action.CLIP_CHAPTERS, row_for(entry, vtt, "text/vtt", lang, "chapters")),
        PlannedOutput(
            poster, Action.CLIP_POSTER, row_for(entry, poster, "image/jpeg", lang, "poster")
        ),
    ]
    for language, _timing, _text in clip.captions:
        vtt = names.allocate(f"{stem}.captions.{language.lower()}.vtt")
        variant = f"{CAPTIONS_VARIANT}{language}"
        outputs.append(
            PlannedOutput(vtt, Action.CLIP_CAPTIONS, row_for(entry, vtt, "text/vtt", lang, variant))
        )
    share = 1.0
    if clip.recording_duration_s:
        share = min(1.0, (clip.end_s - clip.start_s) / clip.recording_duration_s)
    return outputs, int(entry.size * share) + 100_000


def _lightroom_sidecars(items: list[PlannedItem]) -> list[PlannedItem]:
    """``items`` with a raw original's sidecar named as Lightroom reads it (``name.xmp``)
    where that names no other file (export.sidecars.lightroom_names)."""
    files = [o.relpath for i in items for o in i.outputs if o.action is not Action.SIDECAR]
    of = {
        i.outputs[k - 1].relpath: o.relpath
        for i in items
        for k, o in enumerate(i.outputs)
        if o.action is Action.SIDECAR and k
    }
    named = lightroom_names(files, of)
    renamed = {side: named[file] for file, side in of.items()}
    out = []
    for item in items:
        outputs = tuple(
            replace(o, relpath=new, row=replace(o.row, path=new))
            if (new := renamed.get(o.relpath, o.relpath)) != o.relpath
            else o
            for o in item.outputs
        )
        out.append(replace(item, outputs=outputs))
    return out


def converts_to_pdf(entry: ExportEntry, decks_pdf: bool) -> bool:
    """Whether a deck goes out as the PDF LibreOffice makes of it (``decks_pdf``)."""
    return entry.kind is Kind.SLIDES and decks_pdf and entry.mime != "application/pdf"


def written_ext(entry: ExportEntry, settings: ExportSettings, decks_pdf: bool = False) -> str:
    """The extension ``entry``'s (first) file is written with: the preset's format for a
    rendered photo, "pdf" for a deck converted (``decks_pdf``), else the original's."""
    if renders(entry, settings):
        return settings.preset.variants[0].format.extension
    if converts_to_pdf(entry, decks_pdf):
        return "pdf"
    name = entry.original_name
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def plan_export(
    entries: Iterable[ExportEntry],
    settings: ExportSettings,
    event: EventInfo | None = None,
    soffice: str | None = None,
    deck_left_out: Callable[[ExportEntry], str | None] | None = None,
    kept_rendition: Callable[[ExportEntry], bool] | None = None,
) -> ExportPlan:
    """Decide which entries go out, under which names, with which manifest rows.

    ``soffice`` is the LibreOffice binary for decks as PDF (the caller looks it up, so this
    stays pure). ``kept_rendition`` (also the caller's: it looks in the catalogue's cache)
    says whether a deck's PDF rendition is kept, which serves without LibreOffice; a deck
    with neither goes out as its original, with a warning naming it. ``deck_left_out``
    (also the caller's, as it reads the file) gives the reason a deck to be cleaned cannot
    be (a phrase), or None: such a deck is left out of the plan, with one warning per
    reason naming them, so the counts, names and sizes said before Export is pressed are
    those of what goes out.
    """
    entries = sorted(entries, key=_sort_key)
    # asked once per entry: the plans of what ticked items add (and :meth:`ExportPlan.
    # published`) ask again about the same entries, and the answers read files
    deck_left_out = _remembered(deck_left_out)
    kept_rendition = _remembered(kept_rendition)
    plan = _plan(entries, settings, event, soffice, deck_left_out, kept_rendition)
    if not plan.held_back:
        return plan
    # what each held-back item adds if the user publishes it anyway: the plan of it alone,
    # overridden, less the plan of nothing (the bundle's own files: page, post, bag)
    held_ids = {d.item_id for d in plan.held_back}
    by = ConsentOverride(frozenset(held_ids), "preflight", "what it adds")
    anyway = settings.with_overrides(by)
    base = _plan([], anyway, event, soffice, deck_left_out, kept_rendition).estimated_bytes
    added: dict[str, tuple[int, int]] = {}
    for entry in entries:
        if entry.item_id in held_ids:
            alone = _plan([entry], anyway, event, soffice, deck_left_out, kept_rendition)
            added[entry.item_id] = (len(alone.outputs), alone.estimated_bytes - base)

    def replan(ids: frozenset[str]) -> ExportPlan:
        ticked = settings.with_overrides(ConsentOverride(ids, "preflight", "ticked"))
        return _plan(entries, ticked, event, soffice, deck_left_out, kept_rendition)

    return replace(plan, if_published=added, replan=replan)


def _remembered(ask: Callable[[ExportEntry], T] | None) -> Callable[[ExportEntry], T] | None:
    """``ask``, each entry's answer kept (by item id) for the plans made after the first."""
    if ask is None:
        return None
    known: dict[str, T] = {}

    def remembered(entry: ExportEntry) -> T:
        if entry.item_id not in known:
            known[entry.item_id] = ask(entry)
        return known[entry.item_id]

    return remembered


def _plan(
    entries: list[ExportEntry],
    settings: ExportSettings,
    event: EventInfo | None,
    soffice: str | None,
    deck_left_out: Callable[[ExportEntry], str | None] | None,
    kept_rendition: Callable[[ExportEntry], bool] | None,
) -> ExportPlan:
    ids = [e.item_id for e in entries]
    if len(ids) != len(set(ids)):
        raise ValueError("Each item may appear only once in an export")
    blurs: dict[str, FaceBlur] = {}
    unblurred: dict[str, tuple[str, ...]] = {}
    if settings.blur_faces or settings.blur_unknown_faces:
        blurred_entries = []
        for entry in entries:
            rendered = renders(entry, settings)
            entry, blur = plan_blur(entry, settings, rendered)
            if blur is not None:
                blurs[entry.item_id] = blur
            left = not_blurred(entry, settings, rendered)
            if left:
                unblurred[entry.item_id] = left
            blurred_entries.append(entry)
        entries = blurred_entries
    decisions = {d.item_id: d for d in evaluate_consent(entries, settings)}
    held = tuple(d for d in decisions.values() if d.held)
    unblurred = {k: v for k, v in unblurred.items() if k in decisions}
    overridden = tuple(d for d in decisions.values() if not d.held)
    names = NameAllocator(RESERVED_NAMES)  # the same names with or without a page
    lang = settings.language
    policy = settings.metadata_policy
    warnings: list[str] = []
    items: list[PlannedItem] = []
    total = 0
    # IPTC-IIM (JPEG only) copies cut to the standard's limits: (dataset, limit) -> names
    shortened: dict[tuple[str, int], list[str]] = {}
    writes_iim = policy is not MetadataPolicy.STRIP_ALL and any(
        v.format is ImageFormat.JPEG for v in settings.preset.variants
    )
    if settings.preset.copies_originals and settings.audience.value != "archive":
        warnings.append(problem("export.originals_keep_metadata"))
    if settings.preset.copies_originals and (settings.blur_faces or settings.blur_unknown_faces):
        warnings.append(problem("export.blur_needs_resize"))
    seq = 0
    decks_out: dict[str, list[str]] = {}  # reason -> the decks it leaves out
    documents = 0  # published with the metadata they carry (author names...)
    # A suggested alt text ("[Draft] Photo at the session ...") is work in progress: it goes
    # out only in an archive's hand-over (the catalogue's data as is, marker included). Every
    # other export leaves it out here, so the page, CMS files, manifests, post kit and the
    # photos' XMP/IPTC all do what they do for a photo without alt text (the page describes
    # it by its caption).
    withhold_drafts = settings.audience is not Audience.ARCHIVE
    draft_alts = 0
    for entry in entries:
        decision = decisions.get(entry.item_id)
        if decision is not None and decision.held:
            continue
        if (
            entry.kind is Kind.PHOTO
            and not settings.preset.copies_originals
            and entry.mime not in RENDERABLE_MIMES
            and policy is not MetadataPolicy.KEEP_ALL
        ):
            # A RAW file (say) cannot be resized, and a copy carries everything the camera
            # wrote (GPS, serial numbers): the preset's metadata promise would be broken.
            warnings.append(
                problem("export.not_resizable_left_out", name=entry.original_name, mime=entry.mime)
            )
            continue
        original_ext = (
            entry.original_name.rsplit(".", 1)[-1].lower() if "." in entry.original_name else ""
        )
        copied = entry.clip is None and not renders(entry, settings)
        # LibreOffice is asked for only by a deck whose rendition is not kept
        wants_pdf = copied and converts_to_pdf(entry, settings.decks_as_pdf)
        decks_pdf = wants_pdf and (
            soffice is not None or (kept_rendition is not None and kept_rendition(entry))
        )
        action = _copy_action(entry, policy, decks_pdf, original_ext) if copied else None
        if action is Action.CLEAN_DECK and deck_left_out is not None:
            reason = deck_left_out(entry)
            if reason is not None:
                decks_out.setdefault(reason, []).append(entry.original_name)
                continue
        if wants_pdf and not decks_pdf:
            warnings.append(problem("export.deck_needs_libreoffice", name=entry.original_name))
        if withhold_drafts:
            published = without_drafts(entry.alt_text)
            if published != entry.alt_text:
                drafts = tuple(sorted(set(entry.alt_text) - set(published)))
                entry = replace(entry, alt_text=published, draft_alt_languages=drafts)
                draft_alts += 1
        seq += 1
        outputs: list[PlannedOutput] = []
        metadata = None
        if entry.clip is not None:
            if entry.clip.draft_chapters:
                # evenly spaced speaker guesses are no speaker's real start: not published
                warnings.append(
                    problem(
                        "export.draft_chapters_withheld",
                        # a clip titled as its session: its title in the export's language
                        name=pick_text(entry.title, lang) or entry.original_name,
                        n=entry.clip.draft_chapters,
                    )
                )
            outputs, size = _clip_outputs(entry, seq, settings, names)
            total += size
            consent = decision if decision is not None and not decision.held else None
            items.append(PlannedItem(entry, tuple(outputs), None, consent))
            continue
        render = renders(entry, settings)
        if render:
            metadata = metadata_for(entry, policy, lang, settings.include_people)
            for cut in iim_shortened(entry, lang) if writes_iim else ():
                shortened.setdefault(cut, []).append(entry.original_name)
            if entry.item_id in blurs:
                warnings += text_warnings(entry, blurs[entry.item_id], lang)
            for variant in settings.preset.variants:
                ext = variant.format.extension
                values = token_values(entry, seq, ext, lang)
                path = names.allocate(
                    render_template(
                        settings.template, values, variant.suffix, settings.max_path_chars
                    )
                )
                row = row_for(
                    entry, path, variant.format.mime, lang, variant.suffix.lstrip("-") or "main"
                )
                outputs.append(PlannedOutput(path, Action.RENDER, row, variant))
                total += _estimate(entry, variant)
        else:
            assert action is not None  # neither a clip nor rendered: decided above
            ext, mime = original_ext, entry.mime
            if action is Action.DECK_PDF:
                ext, mime = "pdf", "application/pdf"
            elif (
                action is Action.COPY
                and entry.kind is Kind.PHOTO
                and not settings.preset.copies_originals
            ):
                warnings.append(
                    problem(
                        "export.not_resizable_copied", name=entry.original_name, mime=entry.mime
                    )
                )
            values = token_values(entry, seq, ext, lang)
            path = names.allocate(
                render_template(settings.template, values, "", settings.max_path_chars)
            )
            row = row_for(entry, path, mime, lang)
            outputs.append(PlannedOutput(path, action, row))
            if action is Action.COPY and archival(settings) and worth_a_sidecar(entry):
                # the catalogue's texts beside the untouched original, where other programs
                # read them (the manifests alone reach no photo program)
                side = names.allocate(sidecar_path(path))
                outputs.append(
                    PlannedOutput(
                        side, Action.SIDECAR, row_for(entry, side, XMP_MIME, lang, SIDECAR_VARIANT)
                    )
                )
                total += 8192
            if (
                entry.kind in (Kind.SLIDES, Kind.DOCUMENT)
                and action is Action.COPY
                and policy is not MetadataPolicy.KEEP_ALL
            ):
                documents += 1
            total += entry.size * (3 if action is Action.DECK_PDF else 1)
        consent = decision if decision is not None and not decision.held else None
        blur = blurs.get(entry.item_id) if render else None
        if blur is not None:
            outputs = [replace(o, row=replace(o.row, faces_blurred=blur.faces)) for o in outputs]
        items.append(PlannedItem(entry, tuple(outputs), metadata, consent, blur))
    items = _lightroom_sidecars(items)
    for reason, deck_names in decks_out.items():  # one line per reason, not per deck
        listed = ", ".join(deck_names[:5]) + (", …" if len(deck_names) > 5 else "")
        warnings.append(problem("export.deck_left_out", n=len(deck_names), name=listed, why=reason))
    for (dataset, limit), cut_names in shortened.items():
        # one line per field, not per photo: a long credit line is usually on every photo
        listed = ", ".join(cut_names[:5]) + (", …" if len(cut_names) > 5 else "")
        warnings.append(
            problem(
                "export.iptc_shortened", value=dataset, limit=limit, n=len(cut_names), name=listed
            )
        )
    if documents:
        warnings.append(problem("export.documents_keep_metadata", n=documents))
    if draft_alts:
        warnings.append(problem("export.draft_alt_texts_withheld", n=draft_alts))
    post = None
    platform = platform_by_name(settings.preset.platform) if settings.preset.platform else None
    if platform is not None:
        # Publication checks: every platform preset, with or without the post files
        photos = [
            (i.entry, i.outputs[0].relpath)
            for i in items
            if i.outputs and i.outputs[0].action is Action.RENDER
        ]
        post = build_post(photos, platform, lang, event, settings.hashtags)
        warnings += caption_warnings([e for e, _ in photos], platform, lang)
        warnings += post.all_warnings
        if settings.post:
            warnings += post.notes
            total += 16_384
    if (
        settings.web_page
        and not settings.page_url
        and any(i.entry.kind in (Kind.PHOTO, Kind.VIDEO) for i in items)
    ):
        # the share tags can only name the cover relative to the page, which no site that
        # previews a shared link can fetch: said before, not found out after posting
        warnings.append(problem("export.page_without_address"))
    if settings.web_page:
        # a 480 px preview (~15 KB) and its part of the page, per item shown
        total += sum(20_000 for i in items if i.entry.kind in (Kind.PHOTO, Kind.VIDEO, Kind.SLIDES))
    if settings.target is TargetKind.BAGIT:
        total += 4096
    return ExportPlan(
        settings=settings,
        event=event,
        items=tuple(items),
        held_back=held,
        unblurred=unblurred,
        overridden=overridden,
        warnings=tuple(warnings),
        estimated_bytes=total,
        soffice=soffice if settings.decks_as_pdf else None,
        post=post,
    )

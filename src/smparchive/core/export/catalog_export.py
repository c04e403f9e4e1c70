"""Export from the catalogue: resolve what to export, preflight it, run it, record it.

    source = ExportSource.session("EMN roundtable")
    check = preflight(catalog, source, settings)      # nothing is written
    print(check.report_text())
    report, history_id = export_from_catalog(catalog, source, settings, progress, cancel)

The export changes nothing in the catalogue except one export-history row, written whether
the export finished, failed or was cancelled.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from smparchive.core.catalog.errors import CatalogError
from smparchive.core.catalog.filters import ItemFilter
from smparchive.core.daylabel import day_name_in
from smparchive.core.domain.consent import SESSION_REASONS
from smparchive.core.export.catalog_bridge import event_info, load_entries, load_segment_entries
from smparchive.core.export.consent import ConsentDecision
from smparchive.core.export.docmeta import EMBEDDED_OBJECT, embedded_object
from smparchive.core.export.model import ExportEntry, programme_text
from smparchive.core.export.naming import safe_component
from smparchive.core.export.page_address import remember_page_address
from smparchive.core.export.pipeline import ExportReport, ItemProblem, run_export
from smparchive.core.export.plan import ExportPlan, plan_export
from smparchive.core.export.presets import ConsentOverride, ExportSettings
from smparchive.core.export.sidecars import archival
from smparchive.core.export.writers import ExportError
from smparchive.core.media.pages import PageStore, find_soffice
from smparchive.core.messages import problem
from smparchive.core.plural import counted
from smparchive.core.progress import Cancelled, CancelToken, ProgressSink
from smparchive.core.vocab import ExportStatus

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog

log = logging.getLogger(__name__)

__all__ = [
    "BlurredItem",
    "ExportOutcome",
    "ExportSource",
    "HeldItem",
    "Preflight",
    "ResolvedSource",
    "default_bundle_name",
    "export_from_catalog",
    "preflight",
    "run_preflight",
    "settings_record",
]

SOURCE_KINDS = ("collection", "session", "day", "query", "items", "segments")


@dataclass(frozen=True, slots=True)
class ResolvedSource:
    """The items a source names now, and how to describe it in the history."""

    item_ids: tuple[int, ...]
    description: str  # "session 12 'EMN roundtable'"
    label: str  # short, for a default bundle name
    heading: str = ""  # for people: "Collection “Post 3 June”", shown on the page
    # recording segments exported as clips (a session's or day's part of a long recording)
    segment_ids: tuple[int, ...] = ()
    # a session's title or a day's name in further languages ((language, text), ...): the
    # label in another language (:meth:`label_in`; a generic "Day N" in its words)
    titles: tuple[tuple[str, str], ...] = ()
    day: bool = False
    # several sessions or days exported together: their labels, each in the language
    parts: tuple[ResolvedSource, ...] = ()

    def label_in(self, language: str) -> str:
        """The label in ``language``: a session's title or a generic day's name as the
        export (its folders, page and clips) or the interface says it, not the programme's
        own language."""
        if self.parts:
            return " + ".join(p.label_in(language) for p in self.parts)
        if self.day:
            return day_name_in(self.label, dict(self.titles), language)
        return programme_text(self.label, dict(self.titles), language)


@dataclass(frozen=True, slots=True)
class ExportSource:
    """What to export: a collection, a session, a day, a search or explicit item ids."""

    kind: str
    spec: str = ""
    ids: tuple[int, ...] = ()
    more: tuple[str, ...] = ()  # further specs of the same kind: their items are added
    # items: the collection, session or day they were narrowed from (a filtered view of
    # it), which names the export, its bundle and its page
    within: ExportSource | None = None
    # items: what the view they fill is called, where it is no collection, session or day
    # ("Photos", "Warnings"): it names the export, its bundle and its page
    name: str = ""

    def __post_init__(self) -> None:
        if self.kind not in SOURCE_KINDS:
            raise ValueError(f"Unknown export source {self.kind!r}")

    @classmethod
    def collection(cls, spec: str) -> ExportSource:
        return cls("collection", spec)

    @classmethod
    def session(cls, spec: str) -> ExportSource:
        return cls("session", spec)

    @classmethod
    def day(cls, spec: str | date) -> ExportSource:
        return cls("day", spec.isoformat() if isinstance(spec, date) else spec)

    @classmethod
    def query(cls, text: str) -> ExportSource:
        return cls("query", text)

    @classmethod
    def several(cls, kind: str, specs: Sequence[str]) -> ExportSource:
        """Sessions, days, collections or searches together: every item of each, once."""
        if not specs:
            raise ValueError("no source given")
        return cls(kind, specs[0], more=tuple(specs[1:]))

    @classmethod
    def items(
        cls, ids: Iterable[int], within: ExportSource | None = None, name: str = ""
    ) -> ExportSource:
        """Explicit items; ``within``: the collection, session or day they were filtered
        from, or ``name``: the view they fill (what the export is then called)."""
        unique = tuple(dict.fromkeys(int(i) for i in ids))
        return cls("items", ids=unique, within=within, name=name)

    @classmethod
    def segments(cls, ids: Iterable[int]) -> ExportSource:
        """Recording segments, each exported as a clip."""
        return cls("segments", ids=tuple(dict.fromkeys(int(i) for i in ids)))

    def resolve(self, catalog: Catalog) -> ResolvedSource:
        """The item ids this source names now (CatalogError for unknown names)."""
        if self.more:
            parts = [ExportSource(self.kind, s).resolve(catalog) for s in (self.spec, *self.more)]
            return ResolvedSource(
                tuple(dict.fromkeys(i for p in parts for i in p.item_ids)),
                SOURCE_JOIN.join(p.description for p in parts),
                " + ".join(p.label for p in parts),
                ", ".join(p.heading for p in parts),
                tuple(dict.fromkeys(i for p in parts for i in p.segment_ids)),
                parts=tuple(parts),
            )
        if self.kind == "collection":
            c = catalog.find_collection(self.spec)
            ids = catalog.collection_item_ids(c.id)
            return ResolvedSource(
                tuple(ids),
                problem("source.collection", value=c.id, name=c.name),
                c.name,
                f"Collection “{c.name}”",
            )
        if self.kind == "session":
            sess = catalog.find_session(self.spec)
            ids = catalog.query_ids(ItemFilter(session_ids=(sess.id,)))
            ids, segs = _with_segments(catalog, ids, [sess.id])
            return ResolvedSource(
                tuple(ids),
                problem("source.session", value=sess.id, title=sess.title),
                sess.title,
                f"Session “{sess.title}”",
                segs,
                titles=sess.titles,
            )
        if self.kind == "day":
            day = _find_day(catalog, self.spec)
            ids = catalog.query_ids(ItemFilter(day_ids=(day.id,)))
            in_day = [s.id for s in catalog.sessions(day_id=day.id, counts=False)]
            ids, segs = _with_segments(catalog, ids, in_day)
            name = day.label or day.date.isoformat()
            when = day.date.isoformat()
            heading = f"{day.label} ({when})" if day.label else f"Day {when}"
            return ResolvedSource(
                tuple(ids),
                problem("source.day", value=when),
                name,
                heading,
                segs,
                titles=tuple(day.translations().items()),
                day=True,
            )
        if self.kind == "segments":
            found = {s.id: s for s in catalog.segments(segment_ids=list(self.ids))}
            missing = [str(i) for i in self.ids if i not in found]
            if missing:
                raise CatalogError(problem("missing.segment", value=", ".join(missing)))
            titles = ", ".join(found[i].title for i in self.ids[:5])
            n = len(self.ids)
            return ResolvedSource(
                (),
                problem("source.segments", value=", ".join(str(i) for i in self.ids[:20])),
                found[self.ids[0]].title if n == 1 else "clips",
                f"{n} clip{'s' if n != 1 else ''}: {titles}",
                tuple(self.ids),
            )
        if self.kind == "query":
            from smparchive.core.domain.query import parse_search

            search = parse_search(self.spec, catalog)
            ids = catalog.query_ids(search.filter, sort=search.sort)
            return ResolvedSource(
                tuple(ids),
                problem("source.search", value=self.spec),
                "search",
                f"Search “{self.spec}”",
            )
        known = {r.id for r in catalog.items(list(self.ids))}
        missing = [str(i) for i in self.ids if i not in known]
        if missing:
            raise CatalogError(problem("missing.item", value=", ".join(missing)))
        shown = ", ".join(str(i) for i in self.ids[:20]) + (" ..." if len(self.ids) > 20 else "")
        heading = f"A selection of {len(self.ids)} item{'s' if len(self.ids) != 1 else ''}"
        label = "selection"
        if self.within is not None:  # a filtered view of a collection, session or day
            named = self.within.resolve(catalog)
            return replace(
                named,
                item_ids=self.ids,
                description=problem("source.items", value=shown),
                segment_ids=(),
            )
        if self.name:  # the view of a library or problem list ("Photos")
            label = heading = self.name
        return ResolvedSource(self.ids, problem("source.items", value=shown), label, heading)


def _with_segments(
    catalog: Catalog, ids: Sequence[int], session_ids: Sequence[int]
) -> tuple[list[int], tuple[int, ...]]:
    """A session's (or day's) items and the segments of its sessions: a recording cut into
    segments goes out as those clips, not as the whole (day-long) file."""
    segs = catalog.segments(session_ids=list(session_ids)) if session_ids else []
    segmented = set(catalog.segment_counts(list(ids)))
    return [i for i in ids if i not in segmented], tuple(s.id for s in segs)


def _find_day(catalog: Catalog, spec: str) -> Any:
    spec = spec.strip()
    days = catalog.days(counts=False)
    if spec.isdigit():
        hit = [d for d in days if d.id == int(spec)]
    else:
        try:
            wanted = date.fromisoformat(spec)
        except ValueError:
            raise CatalogError(problem("export.day_spec", value=spec)) from None
        hit = [d for d in days if d.date == wanted]
    if not hit:
        raise CatalogError(problem("export.no_day", value=spec))
    return hit[0]


@dataclass(frozen=True, slots=True)
class HeldItem:
    """A held-back item as the preflight shows it."""

    item_id: int  # a clip's: its recording's
    name: str
    reasons: tuple[str, ...]  # engine reason codes, e.g. 'session:do_not_publish'
    text: str  # the engine's short phrase
    details: tuple[str, ...]  # the catalogue's reasons ("shows Jane Doe (do not publish)")
    # the same reasons as (code, what it is about), e.g. ('person:do_not_publish', 'Jane Doe')
    causes: tuple[tuple[str, str], ...]
    # the export's id of it: what an override names ('12', or 'segment-7' for a clip, so
    # publishing a held-back clip anyway is decided and recorded for that clip)
    entry_id: str = ""
    # with blurring asked for: the people holding it back whose face could not be blurred
    # (tagged by hand, no confirmed face; or not a resized photo)
    unblurred: tuple[str, ...] = ()
    # its session's title in further languages: a reason naming the session names it in
    # its reader's language (:meth:`causes_in`)
    session_titles: Mapping[str, str] = field(default_factory=dict)

    def causes_in(self, language: str) -> tuple[tuple[str, str], ...]:
        """:attr:`causes` with the session they name titled in ``language`` (a French
        dialog said "from the session “EMN roundtable”" of a session with a French title)."""
        return tuple(
            (code, programme_text(about, self.session_titles, language))
            if code.startswith("session:")
            else (code, about)
            for code, about in self.causes
        )


@dataclass(frozen=True, slots=True)
class BlurredItem:
    """A photo that goes out with faces blurred, as the preflight shows it."""

    item_id: int
    name: str
    people: tuple[str, ...]  # whose faces: people who may not be shown to the audience
    unidentified: int  # faces nobody named (with "also blur unidentified faces")
    text: str  # 'Joe Biden; 1 unidentified face'


@dataclass(frozen=True, slots=True)
class Preflight:
    """What an export will do, before anything is written."""

    source: ResolvedSource
    plan: ExportPlan
    unavailable: tuple[ItemProblem, ...]
    consent_details: Mapping[str, tuple[str, ...]]
    names: Mapping[str, str]
    consent_causes: Mapping[str, tuple[tuple[str, str], ...]]
    recordings: Mapping[str, int] = field(default_factory=dict)  # clip id -> recording id
    # entry id -> its session's title in further languages (the reasons naming it)
    session_titles: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def catalogue_id(self, entry_id: str) -> int:
        """The catalogue item behind an export id (a clip's: its recording)."""
        return self.recordings.get(entry_id) or int(entry_id)

    def details(self, entry_id: str) -> tuple[str, ...]:
        """The catalogue's reasons holding ``entry_id`` back, English sentences; a session's
        composed here with its English title when the programme keeps one (a French
        programme's "session 'Table ronde …'" reads "session 'EMN roundtable …'", as
        elsewhere). One sentence per cause: the details and causes go in step."""
        details = self.consent_details.get(entry_id, ())
        causes = self.consent_causes.get(entry_id, ())
        titles = self.session_titles.get(entry_id, {})
        return tuple(
            SESSION_REASONS[code].format(title=programme_text(about, titles, "en"))
            if code in SESSION_REASONS
            else detail
            for (code, about), detail in zip(causes, details, strict=True)
        )

    @property
    def held_back(self) -> list[HeldItem]:
        return [self._held(d) for d in self.plan.held_back]

    @property
    def overridden(self) -> list[HeldItem]:
        return [self._held(d) for d in self.plan.overridden]

    def _held(self, d: ConsentDecision) -> HeldItem:
        return HeldItem(
            self.catalogue_id(d.item_id),
            self.names.get(d.item_id, d.item_id),
            tuple(r.value for r in d.reasons),
            d.describe(),
            self.details(d.item_id),
            tuple(self.consent_causes.get(d.item_id, ())),
            d.item_id,
            tuple(self.plan.unblurred.get(d.item_id, ())),
            self.session_titles.get(d.item_id, {}),
        )

    @property
    def blurred(self) -> list[BlurredItem]:
        """The photos that go out with faces blurred, and whose."""
        return [
            BlurredItem(
                self.catalogue_id(i.entry.item_id),
                self.names.get(i.entry.item_id, i.entry.original_name),
                i.blur.people,
                i.blur.unidentified,
                i.blur.describe(),
            )
            for i in self.plan.blurred
            if i.blur is not None
        ]

    @property
    def exportable(self) -> int:
        return len(self.plan.items)

    @property
    def clean(self) -> bool:
        """Every selected item goes out (nothing held back or unavailable)."""
        return not self.plan.held_back and not self.unavailable

    def report_text(self) -> str:
        """A plain-text preflight: what goes out, what is held back and why, overrides;
        problems per file as rows ('12 IMG_1.jpg — why', ``core.problem_rows``)."""
        from smparchive.core.problem_rows import file_row, warning_lines

        head = self.plan.preflight_report().splitlines()[:2]
        clips = len(self.source.segment_ids)
        lines = [
            f"Source: {self.source.description} ({counted(len(self.source.item_ids), 'item')}"
            + (f", {counted(clips, 'clip')} of recordings)" if clips else ")")
        ]
        lines += head
        for title, held in (
            ("Held back", self.held_back),
            ("Published by explicit override", self.overridden),
        ):
            if held:
                lines.append(f"{title} ({len(held)}):")
                for h in held:
                    lines.append("  " + file_row(h.name, h.text, h.item_id))
                    # the catalogue's reasons, unless the summary already says them
                    lines += [f"      {d}" for d in h.details if d not in h.text]
                    lines += [
                        f"      {p}: no confirmed face of theirs in this photo to blur"
                        for p in h.unblurred
                    ]
        if self.unavailable:
            lines.append(f"Unavailable ({len(self.unavailable)}):")
            lines += ["  " + file_row(p.source, p.message, p.item_id) for p in self.unavailable]
        if self.blurred:
            lines.append(f"Faces blurred ({len(self.blurred)}):")
            lines += ["  " + file_row(b.name, b.text, b.item_id) for b in self.blurred]
        lines += warning_lines(list(self.plan.warnings))  # about one file: rows
        return "\n".join(lines)


class ExportOutcome(NamedTuple):
    report: ExportReport
    history_id: int | None  # None when the history could not be written


BUNDLE_NAME_BYTES = 100


def default_bundle_name(catalog: Catalog, label: str, language: str | None = None) -> str:
    """'<event's name> <source label>' ('SMP 2022 selection'), safe as a file name: the
    folder's name is read by people (a programme's slug 'smp2022' named the demo's). An
    event's title is set off by a dash, where an acronym needs none: 'Partenariats … à la
    pratique Accueil et ouverture' read as one title. What is exported is never cut for
    the event's sake: a title too long to stand beside it ('Partenariats pour la mobilité
    des compétences : … Social post – EMN' lost the collection's last word) gives way to
    its main title (without its subtitle), then to the acronym as written, else to
    nothing (not to the slug: 'smp2022 Accueil et ouverture')."""
    event = catalog.event()
    label = label.strip()
    short = event.written_acronym() if event else ""
    prefixes = [event.name(language), event.main_title(language), short] if event else []
    for prefix in [*prefixes, ""]:
        joined = " " if prefix == short else " – "
        whole = safe_component(joined.join(p for p in (prefix, label) if p) or "export", limit=255)
        if len(whole.encode("utf-8")) <= BUNDLE_NAME_BYTES:
            return whole
    return safe_component(label or "export", limit=BUNDLE_NAME_BYTES)


def _soffice(settings: ExportSettings) -> str | None:
    if not settings.decks_as_pdf:
        return None
    return settings.soffice or find_soffice()


def _kept_renditions(settings: ExportSettings) -> Callable[[ExportEntry], bool] | None:
    """Whether a deck's PDF rendition is kept in the export's cache (the deck viewer's):
    converting it needs no LibreOffice then."""
    if not settings.decks_as_pdf or settings.cache_dir is None:
        return None
    store = PageStore(settings.cache_dir)
    return lambda entry: store.has_rendition(entry.sha256)


def _deck_left_out(entry: ExportEntry) -> str | None:
    """Why a published deck will be left out, or None: an object embedded in it in the older
    binary format, or an ActiveX control, whose authors cannot be removed. Said before
    Export is pressed, not only in the report after it; reads the deck's directory (small),
    never a whole deck."""
    return EMBEDDED_OBJECT if embedded_object(entry.source) else None


def preflight(
    catalog: Catalog,
    source: ExportSource,
    settings: ExportSettings,
    overrides: Iterable[ConsentOverride] = (),
) -> Preflight:
    """Resolve ``source`` and plan the export; nothing is written anywhere.

    An empty ``settings.bundle_name`` becomes :func:`default_bundle_name`.
    """
    resolved = source.resolve(catalog)
    settings = settings.with_overrides(*overrides)
    name = settings.bundle_name.strip()
    name = (
        safe_component(name, limit=100)
        if name
        else default_bundle_name(catalog, resolved.label_in(settings.language), settings.language)
    )
    settings = replace(
        settings,
        bundle_name=name,
        source_label=settings.source_label or resolved.heading,
        # a deck the viewer converted is not converted again, and the other way round
        cache_dir=settings.cache_dir or catalog.cache_dir,
    )
    loaded = load_entries(catalog, resolved.item_ids, sidecars=archival(settings))
    if resolved.segment_ids:
        segments = load_segment_entries(catalog, resolved.segment_ids, settings.language)
        loaded = loaded.merged(segments)
    event = event_info(catalog.event(), catalog.days(counts=False))
    plan = plan_export(
        loaded.entries,
        settings,
        event,
        _soffice(settings),
        _deck_left_out,
        _kept_renditions(settings),
    )
    return Preflight(
        resolved,
        plan,
        loaded.unavailable,
        loaded.consent_details,
        loaded.names,
        loaded.consent_causes,
        loaded.recordings,
        {e.item_id: e.session_titles for e in loaded.entries if e.session_titles},
    )


def settings_record(settings: ExportSettings) -> dict[str, Any]:
    """The settings of an export as JSON-able data (for the history)."""
    p = settings.preset
    return {
        "target_dir": str(settings.target_dir),
        "bundle_name": settings.bundle_name,
        "target": settings.target.value,
        "preset": p.name,
        "variants": [
            {
                "suffix": v.suffix,
                "long_edge": v.long_edge,
                "aspect": list(v.aspect) if v.aspect else None,
                "width": v.width,
                "format": v.format.value,
                "quality": v.quality,
                "max_bytes": v.max_bytes,
            }
            for v in p.variants
        ],
        "platform": p.platform,
        "post": settings.post,
        "hashtags": list(settings.hashtags),
        "template": settings.template,
        "audience": settings.audience.value,
        "hold_unknown_consent": settings.hold_unknown_consent,
        "metadata": settings.metadata_policy.value,
        "include_people": settings.include_people,
        "blur_faces": settings.blur_faces,
        "blur_unknown_faces": settings.blur_unknown_faces,
        "language": settings.language,
        "web_page": settings.web_page,
        "page_url": settings.page_url,
        "page_cover": settings.page_cover,
        "cms": settings.cms,
        "excel_csv": settings.excel_csv,
        "clip_cut": settings.clip_cut.value,
        "decks_as_pdf": settings.decks_as_pdf,
        "existing": settings.existing.value,
    }


def _attempt_record(check: Preflight) -> dict[str, Any]:
    """A history record for an export that wrote nothing (failed or cancelled)."""
    s = check.plan.settings
    return {
        "target_dir": str(s.target_dir / s.bundle_name),
        "target": s.target.value,
        "preset": s.preset.name,
        "items": [],
        "bytes": 0,
        "planned_items": sorted({i.entry.catalogue_id for i in check.plan.items}),
        "held_back": [
            {"item_id": d.item_id, "reasons": [r.value for r in d.reasons]}
            for d in check.plan.held_back
        ],
        "overrides": [
            {
                "item_id": d.item_id,
                "reasons": [r.value for r in d.reasons],
                "decided_by": d.override.decided_by if d.override else "",
                "reason": d.override.reason if d.override else "",
            }
            for d in check.plan.overridden
        ],
    }


def _with_clips(history: dict[str, Any], check: Preflight) -> dict[str, Any]:
    """The history record with each published clip named (its segment, recording and
    title) and its recording among ``items``: what left the archive includes a part of it,
    so a consent withdrawal lists the exports that published the clip."""
    clips = [str(c) for c in history.get("clips", ())]
    recordings = {c: check.recordings[c] for c in clips if c in check.recordings}
    items = {str(i) for i in history.get("items", ())} | {str(r) for r in recordings.values()}
    return {
        **history,
        "items": sorted(items, key=int),
        "clips": [
            {
                "id": c,
                "segment": int(c.removeprefix("segment-")) if c.startswith("segment-") else c,
                "recording": recordings.get(c),
                "title": check.names.get(c, c),
            }
            for c in clips
        ],
    }


# what the export history says of a finished export: its parts, each coded (the app says
# them in its language, gui/dialogs/export_history.py)
SUMMARY_JOIN = ", "
SOURCE_JOIN = "; "


def _summary(report: ExportReport) -> str:
    parts = [problem("export.files_written", n=len(report.files))]
    if report.held_back:
        parts.append(problem("export.held_back_count", n=len(report.held_back)))
    if report.overrides:
        parts.append(problem("export.override_count", n=len(report.overrides)))
    if report.problems:
        parts.append(problem("export.problem_count", n=len(report.problems)))
    return SUMMARY_JOIN.join(parts)


def export_from_catalog(
    catalog: Catalog,
    source: ExportSource,
    settings: ExportSettings,
    progress: ProgressSink | None = None,
    cancel: CancelToken | None = None,
    overrides: Iterable[ConsentOverride] = (),
) -> ExportOutcome:
    """Preflight and run an export, then record it in the export history (see
    :func:`run_preflight`)."""
    return run_preflight(catalog, preflight(catalog, source, settings, overrides), progress, cancel)


def run_preflight(
    catalog: Catalog,
    check: Preflight,
    progress: ProgressSink | None = None,
    cancel: CancelToken | None = None,
) -> ExportOutcome:
    """Run a preflighted export and record it in the export history.

    Unavailable items (missing, offline, unhashed) are reported as problems. ExportError
    and Cancelled propagate after the attempt is recorded; an empty export is refused.
    """
    if not check.plan.items:
        raise ExportError(
            problem("export.nothing_held")
            if check.source.item_ids or check.source.segment_ids
            else problem("export.nothing_selected")
        )
    record_settings = settings_record(check.plan.settings)
    try:
        report = run_export(check.plan, progress, cancel)
    except Exception as exc:  # recorded, then re-raised
        cancelled = isinstance(exc, Cancelled)
        message = problem("export.cancelled") if cancelled else str(exc)
        try:
            catalog.record_export(
                _attempt_record(check),
                source=check.source.description,
                settings=record_settings,
                status=ExportStatus.CANCELLED if cancelled else ExportStatus.FAILED,
                message=message,
            )
        except CatalogError:
            log.exception("could not record the failed export")
        raise
    report = replace(report, problems=check.unavailable + report.problems)
    try:
        history_id: int | None = catalog.record_export(
            _with_clips(report.history_record(), check),
            source=check.source.description,
            settings=record_settings,
            status=ExportStatus.PARTIAL if report.problems else ExportStatus.OK,
            message=_summary(report),
        )
    except CatalogError as exc:
        log.exception("could not record the export")
        history_id = None
        warning = problem("export.not_recorded", why=exc)
        report = replace(report, warnings=(*report.warnings, warning))
    if check.plan.settings.page_url:  # the next export of the event's pages offers it
        try:
            remember_page_address(catalog, check.plan.settings.page_url)
        except CatalogError:
            log.exception("could not remember the page's address")
    return ExportOutcome(report, history_id)

"""export: publish a collection, session, day, search or items; export history.

Exit codes: 0 everything selected went out; 1 items were held back, unavailable or had
problems (or the export was cancelled); 2 fatal (read-only or full target, bad options ...).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from smparchive.cli.main import EXIT_FATAL, EXIT_OK, EXIT_PROBLEMS, Context, add_json_flag
from smparchive.cli.output import counted, human_bytes, print_json, print_table
from smparchive.cli.selection import one_item
from smparchive.cli.times import action_when
from smparchive.core.vocab import CutMode, stored_values

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog

# The platform presets mirror core/export/platforms.py (named here so that --help stays fast:
# a test checks the two agree).
PLATFORM_PRESETS = ("linkedin", "mastodon", "instagram", "x", "facebook", "website")
PRESETS = ("web", "originals", "social", "thumbnails", *PLATFORM_PRESETS, "custom")
TARGETS = {"folder": "folder", "zip": "zip", "bag": "bagit"}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "export",
        help="export a collection, session, day, search or items (or: export history)",
        description="Export for publication or hand-over. Consent is checked first: items "
        "that may not go to the audience are held back and listed (exit code 1). "
        "'smparchive export history' lists past exports.",
    )
    p.add_argument("items", nargs="*", metavar="ITEM", help="item ids or paths, or 'history'")
    src = p.add_mutually_exclusive_group()
    # Repeatable: every item of each is exported (never only the last one given).
    src.add_argument(
        "--collection", action="append", metavar="NAME", help="a collection (name or id)"
    )
    src.add_argument(
        "--session", action="append", metavar="SESSION", help="a session (id or title)"
    )
    src.add_argument(
        "--day", action="append", metavar="DATE", help="a programme day (YYYY-MM-DD or id)"
    )
    src.add_argument(
        "--query", "-q", action="append", metavar="Q", help="a search in the query language"
    )
    src.add_argument(
        "--segment",
        action="append",
        type=int,
        metavar="ID",
        help="a recording segment, exported as a clip (see 'smparchive segments list'); "
        "--session and --day include their sessions' segments as clips",
    )
    p.add_argument(
        "--preset",
        choices=PRESETS,
        default="web",
        help="what to make (default web); linkedin, mastodon, instagram, x, facebook and website "
        "follow that platform's size, file size and alt-text limits",
    )
    p.add_argument(
        "--post",
        action="store_true",
        help="with a platform preset: write post.txt, post.md and alt-text.txt beside the images "
        "(caption in --language, credits, session, hashtags; alt texts checked)",
    )
    p.add_argument(
        "--hashtag",
        action="append",
        metavar="TAG",
        help="hashtag for the post (repeatable; default: the event's acronym)",
    )
    p.add_argument("--size", type=int, default=2048, metavar="PX", help="custom preset: long edge")
    p.add_argument(
        "--format", choices=("jpeg", "webp", "png"), default="jpeg", help="custom preset"
    )
    p.add_argument("--quality", type=int, default=85, metavar="1-100", help="custom preset")
    p.add_argument(
        "--to",
        metavar="DIR",
        help="the folder the export goes into (made if only its last part is missing)",
    )
    kind = p.add_mutually_exclusive_group()
    kind.add_argument("--zip", action="store_true", help="one ZIP file")
    kind.add_argument("--bag", action="store_true", help="a BagIt bag (for archives)")
    p.add_argument("--page", action="store_true", help="add a publication page (index.html)")
    p.add_argument(
        "--page-url",
        metavar="URL",
        help="with --page: the https:// address the bundle will be published at (share "
        "previews need absolute image addresses); remembered for the event's next pages",
    )
    p.add_argument(
        "--cms",
        action="store_true",
        help="write wordpress-media.csv and media-feed.json (JSON Feed) beside the files for a "
        "web editor to import; with --page-url also wordpress.xml (WordPress importer)",
    )
    p.add_argument(
        "--cover",
        metavar="ITEM",
        help="with --page: the photo a shared link previews with (default: the top-rated)",
    )
    p.add_argument("--name", help="bundle name (default: event and source)")
    p.add_argument(
        "--template",
        help="file name template, e.g. '{date}/{session}/{seq}.{ext}': {date} and {time} are"
        " when the item was taken, {day} (label) and {day_date} the programme day it belongs"
        " to (a session after midnight stays on its day)",
    )
    p.add_argument("--audience", choices=("public", "internal", "archive"), default="public")
    p.add_argument(
        "--include-unknown-consent",
        action="store_true",
        help="do not hold back items whose consent is unknown",
    )
    p.add_argument(
        "--metadata",
        choices=("keep", "publication", "strip"),
        help="what resized photos carry: keep: the source's EXIF (GPS, serial numbers, "
        "maker notes ...) with the catalogue's times, caption, creator and copyright, and "
        "XMP/IPTC written from the catalogue (texts, keywords, people, rating), not the "
        "source's own XMP; publication: the catalogue's texts without GPS, serial numbers, "
        "faces and private fields; strip: nothing "
        "(default: the preset's, publication for web/social/thumbnails). Videos and audio "
        "(remuxed, not re-encoded) and PPTX decks go out without their own metadata (GPS, "
        "device, author names) unless keep, which copies them as they are",
    )
    p.add_argument(
        "--include-people",
        action="store_true",
        help="name people shown in metadata (and their confirmed faces as MWG face regions)",
    )
    p.add_argument(
        "--blur-faces",
        action="store_true",
        help="blur the confirmed faces of people who may not be shown to the audience (do "
        "not publish, consent withdrawn) and export their photos instead of holding them "
        "back (resized presets; the originals are not changed)",
    )
    p.add_argument(
        "--blur-unknown-faces",
        action="store_true",
        help="also blur every face nobody has confirmed a name for",
    )
    p.add_argument(
        "--language", "--lang", default="en", help="language of titles, captions and the post"
    )
    p.add_argument(
        "--excel",
        action="store_true",
        help="write manifest.csv for Excel: UTF-8 with a byte order mark (accents intact)",
    )
    p.add_argument(
        "--clip-cut",
        choices=stored_values(CutMode),
        default=CutMode.SMART.value,
        help="recording segments whose start falls between keyframes: 'smart' re-encodes "
        "only the pictures up to the next keyframe (default; seconds), 'precise' re-encodes "
        "the whole clip (exact audio too; a full encode: tens of minutes for an hour of "
        "1080p on a laptop), 'keyframe' copies "
        "from the keyframe before the start (fastest; may open up to a few seconds early)",
    )
    p.add_argument(
        "--precise",
        action="store_const",
        const=CutMode.PRECISE.value,
        dest="clip_cut",
        help="same as --clip-cut precise",
    )
    p.add_argument(
        "--override", nargs="+", metavar="ITEM", help="publish these held-back items anyway"
    )
    p.add_argument("--by", metavar="NAME", help="who decided the override (recorded)")
    p.add_argument("--reason", metavar="TEXT", help="why the override is justified (recorded)")
    p.add_argument(
        "--workers",
        type=int,
        default=0,
        metavar="N",
        help="image render processes (default 0: one per core for big exports)",
    )
    p.add_argument("--dry-run", action="store_true", help="print the preflight; write nothing")
    add_json_flag(p)
    p.set_defaults(handler=cmd_export)


def _fail(message: str) -> int:
    print(f"smparchive: {message}", file=sys.stderr)
    return EXIT_FATAL


def _source(cat: Catalog, a: argparse.Namespace) -> Any:
    from smparchive.core.export.catalog_export import ExportSource

    chosen = [k for k in ("collection", "session", "day", "query", "segment") if getattr(a, k)]
    if chosen and a.items:
        raise ValueError(f"give either item ids or --{chosen[0]}, not both")
    if a.segment:
        return ExportSource.segments(a.segment)
    for kind in ("collection", "session", "day", "query"):
        if getattr(a, kind):
            return ExportSource.several(kind, getattr(a, kind))
    if not a.items:
        raise ValueError("say what to export: ITEM ids, --collection, --session, --day or --query")
    ids = [int(x) for x in a.items if x.isdigit()]
    paths = [x for x in a.items if not x.isdigit()]
    if paths:
        found = cat.ids_for_paths(paths)
        if len(found) < len(paths):
            raise ValueError("some of the given paths are not catalogued")
        ids += found
    return ExportSource.items(ids)


_METADATA = {"keep": "keep_all", "publication": "publication", "strip": "strip_all"}


def _settings(a: argparse.Namespace, cat: Catalog) -> Any:
    from smparchive.core.export import (
        Audience,
        ConsentOverride,
        ExportSettings,
        ImageFormat,
        MetadataPolicy,
        TargetKind,
        custom_preset,
        preset_by_name,
    )
    from smparchive.core.export.naming import template_tokens
    from smparchive.core.export.page_address import page_address, remembered_page_address
    from smparchive.core.export.presets import DEFAULT_TEMPLATE

    if not a.to:
        raise ValueError("--to DIR is required: the folder the export goes into")
    if a.preset == "custom":
        preset = custom_preset(a.size, ImageFormat(a.format), a.quality)
    else:
        preset = preset_by_name(a.preset)
    template = a.template or DEFAULT_TEMPLATE
    template_tokens(template)  # a bad template is a usage error, before anything else
    overrides: tuple[Any, ...] = ()
    if a.override:
        if not (a.by and a.reason):
            raise ValueError("an --override needs --by NAME and --reason TEXT")
        # ids or catalogued files, as the items to export: a path must not pass unmatched
        named = frozenset(str(one_item(cat, ref)) for ref in a.override)
        overrides = (ConsentOverride(named, a.by, a.reason),)
    elif a.by or a.reason:
        raise ValueError("--by and --reason go with --override ITEM ...")
    if a.cover and not a.page:
        raise ValueError("--cover goes with --page")
    if a.page_url and not (a.page or a.cms):
        raise ValueError("--page-url goes with --page or --cms")
    # given: checked (and kept for the event by the export); else the event's last one
    page_url = page_address(a.page_url or "")
    if a.page_url is None and (a.page or a.cms):
        page_url = remembered_page_address(cat)
    target = TargetKind.ZIP if a.zip else TargetKind.BAGIT if a.bag else TargetKind.FOLDER
    if (a.post or a.hashtag) and not preset.platform:
        raise ValueError(
            f"--post and --hashtag go with a platform preset ({', '.join(PLATFORM_PRESETS)})"
        )
    return ExportSettings(
        target_dir=Path(a.to).expanduser().absolute(),
        bundle_name=a.name or "",
        preset=preset,
        target=target,
        template=template,
        audience=Audience(a.audience),
        hold_unknown_consent=not a.include_unknown_consent,
        overrides=overrides,
        metadata=MetadataPolicy(_METADATA[a.metadata]) if a.metadata else None,
        include_people=a.include_people,
        blur_faces=a.blur_faces,
        blur_unknown_faces=a.blur_unknown_faces,
        language=a.language,
        web_page=a.page,
        excel_csv=a.excel,
        clip_cut=CutMode(a.clip_cut),
        workers=max(0, a.workers),  # 0: the engine's automatic count
        post=a.post,
        hashtags=tuple(a.hashtag or ()),
        page_url=page_url,
        page_cover=str(one_item(cat, a.cover)) if a.cover else "",
        cms=a.cms,
    )


def cmd_export(ctx: Context) -> int:
    a = ctx.args
    if a.items == ["history"]:
        return cmd_history(ctx)
    from smparchive.core.export.catalog_export import preflight

    cat = ctx.catalog()
    try:
        source = _source(cat, a)
        settings = _settings(a, cat)
    except ValueError as exc:
        return _fail(str(exc))
    from smparchive.core.export.pipeline import folder_to_make, target_errors

    check = preflight(cat, source, settings)
    make = folder_to_make(settings.target_dir)  # --to a new folder in an existing one
    if a.dry_run:
        # Everything the real run checks before writing: a dry run that passes must not be
        # followed by a run that fails on its target.
        errors = [] if make else target_errors(check.plan)
        if make and not a.json:
            print(f"The folder {settings.target_dir} does not exist yet: the export makes it.")
        if a.json:
            print_json({**_preflight_json(check), "errors": errors})
        else:
            print(check.report_text())
        if errors:
            for message in errors:
                print(f"smparchive: {message}.", file=sys.stderr)
            return EXIT_FATAL
        return EXIT_OK if check.clean else EXIT_PROBLEMS
    if not check.plan.items and (check.plan.held_back or check.unavailable):
        return _nothing_went_out(check, a.json)  # and no folder made for nothing
    if make:
        try:
            settings.target_dir.mkdir()
        except FileExistsError:
            pass
        except OSError as exc:
            from smparchive.core.messages import plain

            why = plain(exc, folder=True)  # the system's words were English and said "file"
            return _fail(f"Cannot make the folder {settings.target_dir}: {why}.")
    if a.page_url is None and settings.page_url and not a.json:
        print(f"Page address: {settings.page_url} (the event's last; --page-url gives another).")
    return _run(cat, check, a.json)


def _run(cat: Catalog, check: Any, as_json: bool) -> int:
    from smparchive.cli.commands.scan import ProgressBar, cancel_on_interrupt
    from smparchive.core.export import ExportError
    from smparchive.core.export.catalog_export import run_preflight
    from smparchive.core.progress import Cancelled

    bar = ProgressBar(sys.stderr)
    try:
        with cancel_on_interrupt() as cancel:
            report, history_id = run_preflight(cat, check, bar, cancel)
    except ExportError as exc:
        bar.done()
        return _fail(f"{exc}.")
    except Cancelled:
        bar.done()
        print("Export cancelled; nothing was left in the target.", file=sys.stderr)
        return EXIT_PROBLEMS
    bar.done()
    if as_json:
        print_json(_report_json(report, history_id, check))
    else:
        _print_summary(report, history_id, check)
    return EXIT_PROBLEMS if report.held_back or report.problems else EXIT_OK


def _nothing_went_out(check: Any, as_json: bool) -> int:
    """Every selected item was held back or unavailable: which, why, and how to let them
    go, rather than the bare refusal (the preflight says it; the run said only that)."""
    from smparchive.core.export.consent import HoldReason
    from smparchive.core.messages import problem

    message = problem("export.nothing_held")
    if as_json:
        print_json({**_preflight_json(check), "errors": [message]})
        return EXIT_PROBLEMS
    print(check.report_text())
    print(f"smparchive: {message}.", file=sys.stderr)
    reasons = {r for d in check.plan.held_back for r in d.reasons}
    if HoldReason.UNKNOWN in reasons:
        print(
            "Items whose consent is unknown go out with --include-unknown-consent; "
            "any held-back item with --override ITEM --by NAME --reason TEXT.",
            file=sys.stderr,
        )
    elif reasons:
        print(
            "A held-back item goes out with --override ITEM --by NAME --reason TEXT.",
            file=sys.stderr,
        )
    return EXIT_PROBLEMS


def _held_json(check: Any, decisions: Any) -> list[dict[str, Any]]:
    return [
        {
            "item_id": check.catalogue_id(d.item_id),
            **({"clip": d.item_id} if not d.item_id.isdigit() else {}),
            "name": check.names.get(d.item_id, ""),
            "reasons": [r.value for r in d.reasons],
            "details": list(check.details(d.item_id)),
            **(
                {"decided_by": d.override.decided_by, "reason": d.override.reason}
                if d.override
                else {}
            ),
        }
        for d in decisions
    ]


def _preflight_json(check: Any) -> dict[str, Any]:
    plan = check.plan
    return {
        "source": check.source.description,
        "selected": len(check.source.item_ids),
        "bundle_name": plan.settings.bundle_name,
        "items": len(plan.items),
        "files": [o.relpath for o in plan.outputs],
        "estimated_bytes": plan.estimated_bytes,
        "held_back": _held_json(check, plan.held_back),
        "overridden": _held_json(check, plan.overridden),
        "unavailable": check.unavailable,
        "warnings": plan.warnings,
        "faces_blurred": _blurred_json(check),
        **({"post": plan.post.record()} if plan.post is not None else {}),
    }


def _blurred_json(check: Any) -> list[dict[str, Any]]:
    return [
        {"item_id": b.item_id, "name": b.name, "people": b.people, "unidentified": b.unidentified}
        for b in check.blurred
    ]


def _report_json(report: Any, history_id: int | None, check: Any) -> dict[str, Any]:
    return {
        "history_id": history_id,
        "bundle": report.bundle,
        "payload_root": report.payload_root,
        "target": report.target,
        "preset": report.preset,
        "unchanged": report.unchanged,
        "files": report.files,
        "bytes": report.bytes_written,
        "held_back": _held_json(check, report.held_back),
        "overridden": _held_json(check, report.overrides),
        "problems": report.problems,
        "warnings": report.warnings,
        "faces_blurred": _blurred_json(check),
        **({"post": report.post.record()} if report.post is not None else {}),
    }


def _print_summary(report: Any, history_id: int | None, check: Any) -> None:
    from smparchive.core.problem_rows import file_row, warning_lines

    items = len({f.item_id for f in report.files})
    verb = "Already up to date:" if report.unchanged else "Exported"
    print(
        f"{verb} {counted(items, 'item')}, {counted(len(report.files), 'file')}, "
        f"{human_bytes(report.bytes_written)} -> {report.bundle}"
    )
    for title, decisions in (("Held back", report.held_back), ("Override", report.overrides)):
        if decisions:
            print(f"{title} ({len(decisions)}):")
            for d in decisions:
                name = check.names.get(d.item_id, "")
                print("  " + file_row(name, d.describe(), d.item_id))
                for detail in check.details(d.item_id):
                    if detail not in d.describe():  # not the summary's words again
                        print(f"      {detail}")
    if check.blurred:
        print(f"Faces blurred ({len(check.blurred)}):")
        for b in check.blurred:
            print("  " + file_row(b.name, b.text, b.item_id))
    if report.problems:
        print(f"Problems ({len(report.problems)}), not exported:")
        for p in report.problems:
            print("  " + file_row(p.source, p.message, p.item_id))
    # a warning about one file is a row under a heading ("Warning: IMG_1.CR2: …" read as
    # two openings), as the app's preflight lists them
    for line in warning_lines(report.warnings):
        print(line)
    if report.post is not None:
        _print_post(report.post)
    if history_id is not None:
        print(f"Recorded as export {history_id} ('smparchive export history').")


def _print_post(kit: Any) -> None:
    """Where the post kit is and how it measures up to the platform's limits."""
    p = kit.platform
    of = f" of {p.post_limit}" if p.post_limit else ""
    flagged = sum(1 for a in kit.images if a.problems)
    print(
        f"Post for {p.label} ({kit.language}): post.txt, post.md, alt-text.txt; "
        f"{kit.chars} characters{of}, {counted(len(kit.images), 'image')}, "
        f"{counted(flagged, 'alt text')} flagged."
    )


def cmd_history(ctx: Context) -> int:
    rows = ctx.catalog().export_history()
    if ctx.args.json:
        print_json(rows)
        return EXIT_OK
    print_table(
        [
            (
                r.id,
                action_when(r.created_at),
                r.status,
                r.target_kind,
                r.preset,
                r.item_count,
                human_bytes(r.bytes),
                len(r.overrides.get("decisions", [])),
                r.source or "",
                r.target if len(r.target) <= 60 else "…" + r.target[-59:],
            )
            for r in rows
        ],
        ["id", "when", "status", "kind", "preset", "items", "size", "overrides", "source",
         "to"],
    )  # fmt: skip
    return EXIT_OK

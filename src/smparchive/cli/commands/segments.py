"""segments: cut day-long recordings into sessions (virtually: the file is never changed)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from smparchive.cli.main import EXIT_OK, EXIT_PROBLEMS, Context, add_json_flag
from smparchive.cli.output import counted, print_json, print_table, session_title
from smparchive.cli.selection import add_filter_args, select_ids, session_ids
from smparchive.core.catalog.errors import CatalogError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "segments", help="segments of recordings: one per session, with chapters (undoable)"
    )
    cs = p.add_subparsers(dest="segments_cmd", metavar="ACTION", required=True)
    a = cs.add_parser("list", aliases=["ls"], help="segments, by recording (or of one recording)")
    a.add_argument("item", nargs="?", help="recording id or path")
    a.add_argument("--session", dest="in_session", help="only segments of this session")
    a.add_argument("--search", default="", help="text in the title, chapters or session")
    add_json_flag(a)
    a.set_defaults(handler=cmd_list)
    for name, helptext in (
        ("propose", "dry run: the cuts the programme suggests, and why (nothing is written)"),
        ("apply", "cut recordings into their programme's sessions (one undoable step each)"),
    ):
        a = cs.add_parser(name, help=helptext)
        a.add_argument("items", nargs="*", help="recording ids or paths (default: every video)")
        add_filter_args(a)
        a.add_argument(
            "--no-refine",
            dest="refine",
            action="store_false",
            help="keep the programme's times (no scene/silence analysis)",
        )
        a.add_argument(
            "--window", type=float, default=120.0, help="seconds analysed either side of a cut"
        )
        add_json_flag(a)
        a.set_defaults(handler=cmd_propose if name == "propose" else cmd_apply)
    a = cs.add_parser("add", help="add a segment by hand")
    a.add_argument("item", help="recording id or path")
    a.add_argument("--start", required=True, help="seconds or H:MM:SS")
    a.add_argument("--end", required=True, help="seconds or H:MM:SS")
    a.add_argument("--title", required=True)
    a.add_argument("--session", dest="to_session", help="session (id or title)")
    a.add_argument("--chapter", action="append", default=[], help="'H:MM:SS=Title' (repeat)")
    a.set_defaults(handler=cmd_add)
    a = cs.add_parser("edit", help="move a segment's cuts, retitle it, set its session/chapters")
    a.add_argument("segment", type=int, help="segment id")
    a.add_argument("--start", help="seconds or H:MM:SS")
    a.add_argument("--end", help="seconds or H:MM:SS")
    a.add_argument("--title")
    a.add_argument("--session", dest="to_session", help="session (id or title); 'none' clears")
    a.add_argument("--chapter", action="append", default=None, help="'H:MM:SS=Title' (repeat)")
    a.add_argument(
        "--draft-chapters",
        action="store_true",
        help="one chapter per speaker of the session, spread evenly (a draft: not published "
        "until confirmed)",
    )
    a.add_argument(
        "--confirm-chapters",
        action="store_true",
        help="accept the segment's draft chapters as they are (exports then publish them)",
    )
    a.add_argument("--clear-chapters", action="store_true")
    a.set_defaults(handler=cmd_edit)
    a = cs.add_parser(
        "captions",
        help="add a WebVTT caption file to a segment (published with its clip), or remove one",
        description="The file is checked and copied into the catalogue (it is never "
        "changed); exports write it beside the clip, list it in the manifests and offer it "
        "on the publication page. One file per language: adding another replaces it.",
    )
    a.add_argument("segment", type=int, help="segment id")
    a.add_argument("file", nargs="?", help="the .vtt file")
    a.add_argument(
        "--lang", default="", help="its language (default: from the name, talk.fr.vtt; else en)"
    )
    a.add_argument(
        "--timed-from",
        dest="timing",
        choices=("segment", "recording"),
        default="segment",
        help="the file's times count from the segment's start (default: made for the clip) "
        "or from the recording's (captions of the whole day)",
    )
    a.add_argument(
        "--remove", nargs="?", const="*", metavar="LANG", help="remove its captions (all, or LANG)"
    )
    add_json_flag(a)
    a.set_defaults(handler=cmd_captions)
    a = cs.add_parser("delete", help="delete segments (the recording is untouched)")
    a.add_argument("segments", nargs="+", type=int, help="segment ids")
    a.set_defaults(handler=cmd_delete)


def parse_time(text: str) -> float:
    """'95', '95.5', '1:35', '0:01:35.5' -> seconds."""
    value = text.strip()
    try:
        parts = [float(p) for p in value.split(":")]
    except ValueError:
        raise CatalogError(f"'{text}' is not a time (seconds or H:MM:SS).") from None
    if not 1 <= len(parts) <= 3 or any(p < 0 for p in parts):
        raise CatalogError(f"'{text}' is not a time (seconds or H:MM:SS).")
    seconds = 0.0
    for p in parts:
        seconds = seconds * 60 + p
    return seconds


def _chapters(specs: list[str]) -> list[Any]:
    from smparchive.core.catalog.records import Chapter

    out = []
    for spec in specs:
        at, sep, title = spec.partition("=")
        if not sep or not title.strip():
            raise CatalogError(f"'{spec}': give a chapter as TIME=Title.")
        out.append(Chapter(start_s=parse_time(at), title=title.strip()))
    return out


def _session(cat: Any, spec: str | None) -> int | None:
    if spec is None or spec.strip().lower() in ("none", ""):
        return None
    ids = session_ids(cat, spec)
    if len(ids) > 1:
        raise CatalogError(f"'{spec}' matches {len(ids)} sessions; give the session's id.")
    return ids[0]


def _one_item(cat: Any, spec: str) -> int:
    if spec.isdigit():
        return int(spec)
    found = cat.ids_for_paths([spec])
    if not found:
        raise CatalogError(f"Not catalogued: {spec}")
    return int(found[0])


def _segment_json(seg: Any, sessions: dict[int, str]) -> dict[str, Any]:
    return {
        "id": seg.id,
        "item_id": seg.item_id,
        "start_s": seg.start_s,
        "end_s": seg.end_s,
        "duration_s": round(seg.duration_s, 3),
        "title": seg.title,
        "session_id": seg.session_id,
        "session": sessions.get(seg.session_id) if seg.session_id is not None else None,
        "chapters": [
            {"start_s": c.start_s, "title": c.title, "draft": c.draft} for c in seg.chapters
        ],
        "origin": seg.origin,
        "reason": seg.reason,
        "captions": [
            {"language": c.language, "name": c.name, "timing": c.timing, "cues": c.cues}
            for c in seg.captions
        ],
    }


def _chapter_count(chapters: Any) -> str:
    """'4', or '4 (draft)' while the app's evenly spaced guess is not confirmed."""
    drafts = sum(1 for c in chapters if c.draft)
    if not chapters:
        return "0"
    if drafts == len(chapters):
        return f"{drafts} (draft)"
    return f"{len(chapters)} ({drafts} draft)" if drafts else str(len(chapters))


def cmd_list(ctx: Context) -> int:
    from smparchive.core.organise.segments import clock

    cat = ctx.catalog()
    a = ctx.args
    item_id = _one_item(cat, a.item) if a.item else None
    in_sessions = session_ids(cat, a.in_session) if a.in_session else []
    rows = cat.segments(item_id, session_ids=in_sessions, text=a.search)
    sessions = {s.id: session_title(s) for s in cat.sessions(counts=False)}
    if a.json:
        print_json([_segment_json(s, sessions) for s in rows])
        return EXIT_OK
    print_table(
        [
            (
                s.id,
                s.item_id,
                clock(s.start_s),
                clock(s.end_s),
                clock(s.duration_s),
                s.title,
                sessions.get(s.session_id, "") if s.session_id is not None else "",
                _chapter_count(s.chapters),
                ",".join(c.language for c in s.captions),
                s.origin,
            )
            for s in rows
        ],
        [
            "id",
            "item",
            "start",
            "end",
            "length",
            "title",
            "session",
            "chapters",
            "captions",
            "origin",
        ],
    )
    return EXIT_OK


def _recordings(ctx: Context) -> list[int]:
    from smparchive.core.catalog.filters import ItemFilter

    cat = ctx.catalog()
    ids = select_ids(cat, ctx.args, require=False)
    if not ids:
        ids = list(cat.query_ids(ItemFilter(kinds=("video",))))
    if not ids:
        raise CatalogError("No recordings in the catalogue.")
    return ids


def _proposals(ctx: Context) -> list[Any]:
    from smparchive.core.organise.segments import propose_segments
    from smparchive.core.progress import ProgressEvent

    cat = ctx.catalog()
    a = ctx.args
    out = []
    for item_id in _recordings(ctx):
        record = cat.item(item_id)
        if record.kind not in ("video", "audio"):
            continue

        def progress(e: ProgressEvent, name: str = record.name) -> None:
            if e.total and e.done < e.total:
                print(f"  analysing {name} near {e.current} ...", file=sys.stderr)

        out.append(
            propose_segments(
                cat,
                item_id,
                refine=a.refine,
                window_s=a.window,
                progress=progress if a.verbose else None,
            )
        )
    return out


def _proposal_json(p: Any) -> dict[str, Any]:
    return {
        "item_id": p.item_id,
        "name": p.name,
        "recording_start": p.recording_start.isoformat() if p.recording_start else None,
        "duration_s": p.duration_s,
        "notes": list(p.notes),
        "cuts": [
            {
                "session_id": c.session_id,
                "title": c.title,
                "start_s": c.start_s,
                "end_s": c.end_s,
                "programme_start_s": c.programme_start_s,
                "programme_end_s": c.programme_end_s,
                "reasons": list(c.reasons),
                "chapters": [
                    {"start_s": ch.start_s, "title": ch.title, "draft": ch.draft}
                    for ch in c.chapters
                ],
            }
            for c in p.cuts
        ],
    }


def _show(p: Any) -> None:
    from smparchive.core.organise.segments import clock

    print(f"# {p.item_id} {p.name} ({clock(p.duration_s or 0)})")
    for note in p.notes:
        print(f"  note: {note}")
    for n, c in enumerate(p.cuts, 1):
        print(f"  {n}. {clock(c.start_s)} - {clock(c.end_s)}  {c.title}  [session {c.session_id}]")
        for reason in c.reasons:
            print(f"       {reason}")
        for ch in c.chapters:
            draft = "  (draft: evenly spaced)" if ch.draft else ""
            print(f"       chapter {clock(ch.start_s)} {ch.title}{draft}")


def cmd_propose(ctx: Context) -> int:
    proposals = _proposals(ctx)
    if ctx.args.json:
        print_json([_proposal_json(p) for p in proposals])
        return EXIT_OK
    for p in proposals:
        _show(p)
    print("Dry run: nothing was written ('segments apply' writes these cuts).")
    return EXIT_OK


def cmd_apply(ctx: Context) -> int:
    cat = ctx.catalog()
    proposals = _proposals(ctx)
    done: list[dict[str, Any]] = []
    for p in proposals:
        if not p.cuts:
            if not ctx.args.json:
                print(
                    f"{p.item_id} {p.name}: nothing to cut ({'; '.join(p.notes) or 'no session'})"
                )
            continue
        result = cat.apply_segments(p.item_id, p.specs())
        done.append({"item_id": p.item_id, "segment_ids": result.value})
        if not ctx.args.json:
            _show(p)
            print(f"  -> {counted(len(result.value), 'segment')} written (undo: smparchive undo)")
    if ctx.args.json:
        print_json(done)
    return EXIT_OK if done else EXIT_PROBLEMS


def cmd_add(ctx: Context) -> int:
    cat = ctx.catalog()
    a = ctx.args
    result = cat.add_segment(
        _one_item(cat, a.item),
        parse_time(a.start),
        parse_time(a.end),
        a.title,
        session_id=_session(cat, a.to_session),
        chapters=_chapters(a.chapter),
    )
    print(f"Segment {result.value} added.")
    return EXIT_OK


def cmd_edit(ctx: Context) -> int:
    from smparchive.core.catalog.records import Chapter, confirmed_chapters

    cat = ctx.catalog()
    a = ctx.args
    fields: dict[str, Any] = {}
    if a.start is not None:
        fields["start_s"] = parse_time(a.start)
    if a.end is not None:
        fields["end_s"] = parse_time(a.end)
    if a.title is not None:
        fields["title"] = a.title
    if a.to_session is not None:
        fields["session_id"] = _session(cat, a.to_session)
    if a.clear_chapters:
        fields["chapters"] = []
    elif a.chapter is not None:
        fields["chapters"] = _chapters(a.chapter)
    elif a.draft_chapters:
        seg = cat.segment(a.segment)
        sid = fields.get("session_id", seg.session_id)
        if sid is None:
            raise CatalogError("The segment has no session whose speakers could make chapters.")
        speakers = cat.session(sid).speakers
        if not speakers:
            raise CatalogError("The segment's session names no speakers.")
        start = fields.get("start_s", seg.start_s)
        step = (fields.get("end_s", seg.end_s) - start) / len(speakers)
        fields["chapters"] = [
            Chapter(start_s=round(start + k * step, 3), title=name, draft=True)
            for k, name in enumerate(speakers)
        ]
    elif a.confirm_chapters:
        seg = cat.segment(a.segment)
        if not any(c.draft for c in seg.chapters):
            raise CatalogError("The segment has no draft chapters to confirm.")
        fields["chapters"] = confirmed_chapters(seg.chapters)
    if not fields:
        raise CatalogError(
            "Nothing to change: give --start, --end, --title, --session or chapters."
        )
    cat.edit_segment(a.segment, **fields)
    print(f"Segment {a.segment} changed.")
    return EXIT_OK


def cmd_captions(ctx: Context) -> int:
    from smparchive.core.media.webvtt import CaptionsError
    from smparchive.core.organise.captions import (
        attach_captions,
        read_captions,
        remove_captions,
    )

    cat = ctx.catalog()
    a = ctx.args
    if a.remove is not None:
        if a.file:
            raise CatalogError("Give a caption file to add, or --remove, not both.")
        remove_captions(cat, a.segment, None if a.remove == "*" else a.remove)
        print(f"Captions removed from segment {a.segment}.")
        return EXIT_OK
    if not a.file:
        raise CatalogError("Give the .vtt file to add (or --remove).")
    try:
        track = read_captions(a.file, a.lang, a.timing)
    except CaptionsError as exc:
        raise CatalogError(str(exc)) from None
    attach_captions(cat, a.segment, track)
    if a.json:
        print_json({"segment": a.segment, "language": track.language, "cues": track.cues})
    else:
        print(
            f"Captions ({track.language}, {counted(track.cues, 'cue')}, from {track.name}) added "
            f"to segment {a.segment}; exports publish them with its clip."
        )
    return EXIT_OK


def cmd_delete(ctx: Context) -> int:
    cat = ctx.catalog()
    cat.delete_segments(ctx.args.segments)
    n = len(ctx.args.segments)
    print(f"{n} segment{'s' if n != 1 else ''} deleted (the recording is untouched).")
    return EXIT_OK

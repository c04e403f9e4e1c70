"""faces enable|disable|scan|status|list|cluster|name|confirm|reject, people consent: faces
found on this computer, the people they are, and consent by person."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from smparchive.cli.main import EXIT_FATAL, EXIT_OK, EXIT_PROBLEMS, Context, add_json_flag
from smparchive.cli.output import counted, print_json, print_table

PRIVACY = """Faces are found on this computer only (dlib's detector and embeddings; the models
ship inside the installed package, nothing is downloaded or sent anywhere). Detection is off
until you enable it for a catalogue; 'faces disable' stops it (faces found stay until you
delete them)."""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "faces",
        help="find faces in photos and name the people in them",
        description=PRIVACY,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ss = p.add_subparsers(dest="faces_cmd", metavar="ACTION", required=True)
    e = ss.add_parser("enable", help="allow face detection in this catalogue (off by default)")
    e.set_defaults(handler=cmd_enable, enable=True)
    d = ss.add_parser("disable", help="stop face detection in this catalogue")
    d.set_defaults(handler=cmd_enable, enable=False)

    sc = ss.add_parser("scan", help="search photos not searched yet for faces")
    sc.add_argument("--workers", type=int, default=None, help="worker processes")
    sc.add_argument("--timeout", type=float, default=60.0, help="seconds allowed per photo")
    add_json_flag(sc)
    sc.set_defaults(handler=cmd_scan)

    st = ss.add_parser("status", help="pictures searched, faces found, named and unknown")
    add_json_flag(st)
    st.set_defaults(handler=cmd_status)

    ls = ss.add_parser(
        "list", aliases=["ls"], help="faces: unknown groups, suggestions, a person's faces"
    )
    ls.add_argument("--person", help="faces of this person")
    ls.add_argument("--group", type=int, help="faces of unknown person N")
    ls.add_argument("--suggested", action="store_true", help="suggestions waiting for a yes/no")
    ls.add_argument("--unknown", action="store_true", help="faces nobody named")
    add_json_flag(ls)
    ls.set_defaults(handler=cmd_list)

    cl = ss.add_parser("cluster", help="group unknown faces into 'unknown person N'")
    cl.add_argument("--threshold", type=float, default=None, help="distance (default 0.5)")
    cl.set_defaults(handler=cmd_cluster)

    nm = ss.add_parser("name", help="name a group (or faces): every face in it becomes them")
    nm.add_argument("name", help="the person's name (a person tag, created if new)")
    nm.add_argument("--group", type=int, help="unknown person N (from 'faces list')")
    nm.add_argument("--face", type=int, action="append", default=[], help="a face id")
    nm.set_defaults(handler=cmd_name)

    for verb, fn, what in (
        ("confirm", cmd_confirm, "accept suggested people"),
        ("reject", cmd_reject, "not this person"),
    ):
        c = ss.add_parser(verb, help=what)
        c.add_argument("faces", nargs="*", type=int, metavar="FACE", help="face ids")
        c.add_argument("--person", help="every suggestion of this person")
        c.set_defaults(handler=fn)

    pp = sub.add_parser("people", help="people: consent by person")
    ps = pp.add_subparsers(dest="people_cmd", metavar="ACTION", required=True)
    co = ps.add_parser(
        "consent",
        help="a person's consent; applies to every photo they are tagged or confirmed in",
    )
    co.add_argument("name", help="the person")
    g = co.add_mutually_exclusive_group(required=True)
    g.add_argument("--withdrawn", action="store_true", help="consent withdrawn (do not publish)")
    g.add_argument("--cleared", action="store_true", help="no restriction")
    g.add_argument("--internal-only", action="store_true", help="internal use only")
    g.add_argument("--do-not-publish", action="store_true", help="never published")
    co.add_argument("--date", type=date.fromisoformat, help="day consent was withdrawn (today)")
    add_json_flag(co)
    co.set_defaults(handler=cmd_consent)


def _need_faces() -> str | None:
    from smparchive.core.media.faces import faces_unavailable

    return faces_unavailable()


def cmd_enable(ctx: Context) -> int:
    cat = ctx.catalog()
    cat.set_faces_enabled(ctx.args.enable)
    if ctx.args.enable:
        print("Face detection is on for this catalogue ('smparchive faces scan' runs it).")
        missing = _need_faces()
        if missing:
            print(missing, file=sys.stderr)
    else:
        print("Face detection is off for this catalogue.")
    return EXIT_OK


def cmd_scan(ctx: Context) -> int:
    from smparchive.cli.commands.scan import ProgressBar, cancel_on_interrupt
    from smparchive.core.ingest import ScanOptions
    from smparchive.core.ingest.faces import FacesDisabled, scan_faces

    cat = ctx.catalog()
    bar = ProgressBar(sys.stderr)
    options = ScanOptions(workers=ctx.args.workers, timeout_s=ctx.args.timeout)
    try:
        with cancel_on_interrupt() as cancel:
            report = scan_faces(cat, bar, cancel, options=options)
    except (FacesDisabled, RuntimeError) as exc:
        print(f"smparchive: {exc}", file=sys.stderr)
        return EXIT_FATAL
    bar.done()
    if ctx.args.json:
        print_json(report)
    else:
        print(
            f"Searched {counted(report.photos, 'photo')} in {report.seconds:.1f} s: "
            f"{counted(report.faces, 'face')} found, {report.suggested} suggested as someone known"
            + (", cancelled" if report.cancelled else "")
            + (f", {report.failed} failed" if report.failed else "")
            + "."
        )
        for p in report.problems:
            print(f"  {p}")
    return EXIT_PROBLEMS if report.failed or report.cancelled else EXIT_OK


def cmd_status(ctx: Context) -> int:
    st = ctx.catalog().face_status()
    if ctx.args.json:
        print_json(st)
        return EXIT_OK
    print(f"Face detection: {'on' if st.enabled else 'off (smparchive faces enable)'}")
    print(f"Pictures searched (photos and video posters): {st.scanned} of {st.candidates}")
    print(
        f"Faces: {st.faces} ({st.confirmed} confirmed, {st.suggested} suggested, "
        f"{st.unknown} unknown in {counted(st.groups, 'group')})"
    )
    missing = _need_faces()
    if missing:
        print(missing)
    return EXIT_OK


def cmd_list(ctx: Context) -> int:
    cat = ctx.catalog()
    a = ctx.args
    person = cat.find_person(a.person) if a.person else None
    faces = cat.faces(
        person_id=person,
        cluster=a.group,
        state="suggested" if a.suggested else None,
        unknown=a.unknown,
    )
    names = {r.id: r.name for r in cat.items(sorted({f.item_id for f in faces}))}
    if a.json:
        print_json([{**_face_json(f), "file": names.get(f.item_id)} for f in faces])
        return EXIT_OK
    print_table(
        [
            (
                f.id,
                names.get(f.item_id, ""),
                f.person or "",
                f.state if f.person_id else "unknown",
                f"unknown person {f.cluster}" if f.cluster and not f.person_id else "",
                f"{f.confidence:.2f}" if f.person_id and f.state == "suggested" else "",
            )
            for f in faces
        ],
        ["face", "file", "person", "state", "group", "confidence"],
    )
    return EXIT_OK


def _face_json(f: object) -> dict[str, object]:
    from dataclasses import asdict, is_dataclass

    return asdict(f) if is_dataclass(f) and not isinstance(f, type) else {}


def cmd_cluster(ctx: Context) -> int:
    cat = ctx.catalog()
    groups = cat.cluster_faces(ctx.args.threshold)
    suggested = cat.suggest_faces()
    print(
        f"{counted(groups, 'unknown person group')}; "
        f"{counted(suggested, 'face')} suggested as someone known."
    )
    return EXIT_OK


def cmd_name(ctx: Context) -> int:
    cat = ctx.catalog()
    a = ctx.args
    if a.group is None and not a.face:
        print("smparchive: name needs --group N or --face ID.", file=sys.stderr)
        return EXIT_FATAL
    if a.group is not None:
        result = cat.name_cluster(a.group, a.name)
    else:
        result = cat.name_faces(a.face, a.name)
    suggested = cat.suggest_faces()
    print(
        f"{counted(len(result.changes.items), 'photo')} now showing {a.name}; "
        f"{counted(suggested, 'other face')} suggested (see 'faces list --suggested')."
    )
    return EXIT_OK


def _chosen(ctx: Context) -> list[int]:
    cat = ctx.catalog()
    ids = list(ctx.args.faces)
    if ctx.args.person:
        pid = cat.find_person(ctx.args.person)
        ids += [f.id for f in cat.faces(person_id=pid, state="suggested")]
    return ids


def cmd_confirm(ctx: Context) -> int:
    ids = _chosen(ctx)
    if not ids:
        print("Nothing to confirm.")
        return EXIT_OK
    result = ctx.catalog().confirm_faces(ids)
    print(
        f"Confirmed {counted(len(ids), 'face')} in {counted(len(result.changes.items), 'photo')}."
    )
    return EXIT_OK


def cmd_reject(ctx: Context) -> int:
    ids = _chosen(ctx)
    if not ids:
        print("Nothing to reject.")
        return EXIT_OK
    ctx.catalog().reject_faces(ids)
    print(f"Rejected {counted(len(ids), 'suggestion')}.")
    return EXIT_OK


def cmd_consent(ctx: Context) -> int:
    from smparchive.core.vocab import Restriction

    cat = ctx.catalog()
    a = ctx.args
    restriction = (
        Restriction.DO_NOT_PUBLISH
        if a.withdrawn or a.do_not_publish
        else Restriction.INTERNAL_ONLY
        if a.internal_only
        else Restriction.NONE
    )
    withdrawn_on = (a.date or date.today()) if a.withdrawn else None
    result = cat.set_person_consent(a.name, restriction, withdrawn_on=withdrawn_on)
    impact = cat.consent_impact(result.value)
    names = {r.id: r.name for r in cat.items(list(impact.item_ids))}
    if a.json:
        print_json(
            {
                "person": impact.person,
                "restriction": restriction,
                "withdrawn_on": withdrawn_on,
                "items": [{"id": i, "file": names.get(i)} for i in impact.item_ids],
                "exports": [
                    {
                        "id": e[0],
                        "target": e[1],
                        "audience": e[2],
                        "items": list(e[3]),
                        "clips": list(dict(impact.clips).get(e[0], ())),
                    }
                    for e in impact.exports
                ],
            }
        )
        return EXIT_OK
    what = (
        f"Consent withdrawn on {withdrawn_on.isoformat()}"
        if withdrawn_on
        else f"Consent set to {restriction.replace('_', ' ')}"
    )
    print(f"{what} for {impact.person}: {counted(len(impact.item_ids), 'photo')} concerned.")
    for iid in impact.item_ids:
        print(f"  {names.get(iid, iid)}")
    if impact.exports:
        print(f"Already exported in {counted(len(impact.exports), 'export')} (take these down):")
        clips = dict(impact.clips)
        for eid, target, audience, items in impact.exports:
            files = ", ".join(str(names.get(i, i)) for i in items)
            print(f"  export {eid} ({audience or 'export'}) to {target}: {files}")
            if eid in clips:
                print(f"    clips cut from it: {', '.join(clips[eid])}")
    return EXIT_OK

"""Several people editing one catalogue at once: the workload of bench_team.py and of
tests/core/catalog/test_team_concurrency.py.

Each writer is its own process running real CLI commands in a loop (``set --caption``,
``tag --add`` with the same new tag names as the others, ``collection add``) on items all
writers share, and logs every command: when it started and ended, what it wrote, its exit
code and stderr. :func:`check` then compares the catalogue with the logs.

    python benchmarks/team_workload.py worker URL K OPS ITEMS LOG cli|api   (one writer)
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

TAG_NAMES = [f"Teamword {n}" for n in range(6)]
COLLECTION = "Team picks"


def prepare(url: str, n_items: int, root: Path) -> list[int]:
    """A fresh catalogue at ``url`` with ``n_items`` items and the shared collection."""
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import insert

    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.catalog.folders import name_folders
    from smparchive.core.catalog.models import MediaItem, Root

    cat = open_catalog(url, create=True)
    try:
        root.mkdir(parents=True, exist_ok=True)
        with cat._sessions() as s, s.begin():
            added = s.execute(insert(Root).values(path=str(root), label="share"))
            rid = added.inserted_primary_key[0]
            base = datetime(2022, 6, 1, 7, tzinfo=UTC)
            rows = [
                {
                    "root_id": rid,
                    "rel_path": f"IMG_{n:04d}.JPG",
                    "name": f"IMG_{n:04d}.JPG",
                    "kind": "photo",
                    "capture_utc": base + timedelta(minutes=n),
                }
                for n in range(n_items)
            ]
            name_folders(s, rows)  # the path as its folder and name (0033)
            s.execute(insert(MediaItem), rows)
        ids = cat.query_ids(_all_filter())
        cat.create_collection(COLLECTION)
        return list(ids)
    finally:
        cat.close()


def _all_filter() -> Any:
    from smparchive.core.catalog.filters import ItemFilter

    return ItemFilter()


def writer(url: str, k: int, ops: int, items: list[int], log_path: Path, cli: bool) -> None:
    """One person: ``ops`` edits on the shared items, logged to ``log_path``. With ``cli``
    each edit is a whole CLI command (opening the catalogue each time, like a script would);
    otherwise the same catalogue calls the CLI makes, on a catalogue opened once (like the
    app), any exception counting as a failure."""
    from smparchive.cli.main import main
    from smparchive.core.catalog.catalog import open_catalog

    cat = None if cli else open_catalog(url)
    coll = None if cat is None else cat.find_collection(COLLECTION).id

    def api(argv: list[str]) -> int:
        assert cat is not None and coll is not None
        try:
            if argv[2] == "set":
                cat.set_text([int(argv[3])], "caption", "en", argv[5])
            elif argv[2] == "tag":
                cat.tag_items([int(argv[3]), int(argv[4])], [argv[6]])
            else:
                cat.add_to_collection(coll, [int(argv[5]), int(argv[6])])
        except Exception as exc:
            print(f"{type(exc).__name__}: {exc}", file=sys.stderr)
            return 2
        return 0

    run_one = main if cli else api
    log: list[dict[str, Any]] = []
    n = len(items)
    for j in range(ops):
        kind = ("set", "tag", "collection")[j % 3]
        item = items[(k * 7 + j * 3) % n]
        other = items[(k * 5 + j) % n]
        if kind == "set":
            value = f"cap{k}x{j}"
            argv = ["-c", url, "set", str(item), "--caption", value]
            entry: dict[str, Any] = {"op": kind, "items": [item], "value": value}
        elif kind == "tag":
            value = TAG_NAMES[(j // 3 + k) % len(TAG_NAMES)]
            argv = ["-c", url, "tag", str(item), str(other), "--add", value]
            entry = {"op": kind, "items": [item, other], "value": value}
        else:
            argv = ["-c", url, "collection", "add", COLLECTION, str(item), str(other)]
            entry = {"op": kind, "items": [item, other]}
        err = io.StringIO()
        start = time.time()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
            try:
                rc = run_one(argv)
            except SystemExit as exc:  # argparse
                rc = int(exc.code or 0)
        entry.update(start=start, end=time.time(), rc=rc, stderr=err.getvalue().strip())
        log.append(entry)
    if cat is not None:
        cat.close()
    log_path.write_text(json.dumps(log), "utf-8")


def run(
    url: str, writers: int, ops: int, items: list[int], work: Path, *, cli: bool = False
) -> dict[str, Any]:
    """Run ``writers`` writer processes at once; returns their logs and the wall time."""
    paths = [str(Path(__file__).resolve().parent), os.environ.get("PYTHONPATH", "")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}
    procs = []
    start = time.time()
    for k in range(writers):
        log_path = work / f"writer-{k}.json"
        args = [sys.executable, __file__, "worker", url, str(k), str(ops), json.dumps(items)]
        args += [str(log_path), "cli" if cli else "api"]
        procs.append((subprocess.Popen(args, env=env), log_path))
    logs: list[dict[str, Any]] = []
    for proc, log_path in procs:
        proc.wait()
        if proc.returncode != 0 or not log_path.exists():
            raise RuntimeError(f"writer process failed with {proc.returncode}")
        logs.extend(json.loads(log_path.read_text("utf-8")))
    return {"logs": logs, "seconds": time.time() - start}


def check(url: str, logs: list[dict[str, Any]]) -> dict[str, Any]:
    """Compare the catalogue with what the writers did; returns counts of what is wrong."""
    from sqlalchemy import func, select

    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.catalog.filters import ItemFilter
    from smparchive.core.catalog.models import CollectionItem, Tag

    failures = [e for e in logs if e["rc"] != 0]
    ok = [e for e in logs if e["rc"] == 0]
    cat = open_catalog(url)
    try:
        with cat._sessions() as s:
            dup_tags = s.execute(
                select(Tag.kind, Tag.parent_id, func.lower(Tag.name), func.count())
                .group_by(Tag.kind, Tag.parent_id, func.lower(Tag.name))
                .having(func.count() > 1)
            ).all()
            positions = list(s.scalars(select(CollectionItem.position)))
        records = {r.id: r for r in cat.items(sorted({i for e in logs for i in e["items"]}))}
        coll = cat.find_collection(COLLECTION)
        in_collection = set(cat.collection_item_ids(coll.id))
        # Captions: the final value must come from a write that no other write on that item
        # started after it ended (one not certainly overwritten), and search must find it.
        stale_captions = []
        unsearchable = []
        for item, rec in records.items():
            writes = [e for e in ok if e["op"] == "set" and e["items"][0] == item]
            if not writes:
                continue
            latest_end = max(w["start"] for w in writes)
            allowed = {w["value"] for w in writes if w["end"] >= latest_end}
            final = rec.captions.get("en")
            if final not in allowed:
                stale_captions.append((item, final, sorted(allowed)))
            if final and item not in cat.query_ids(ItemFilter(text=final)):
                unsearchable.append((item, final))
        missing_tags = []
        for e in ok:
            if e["op"] == "tag":
                for item in e["items"]:
                    if e["value"] not in {t.name for t in records[item].tags}:
                        missing_tags.append((item, e["value"]))
        missing_members = [
            i for e in ok if e["op"] == "collection" for i in e["items"] if i not in in_collection
        ]
    finally:
        cat.close()
    return {
        "operations": len(logs),
        "failures": len(failures),
        "failure_messages": sorted({e["stderr"] for e in failures})[:5],
        "duplicate_tags": len(dup_tags),
        "stale_captions": stale_captions,
        "unsearchable_captions": unsearchable,
        "missing_tags": missing_tags,
        "missing_collection_items": missing_members,
        "duplicate_positions": len(positions) - len(set(positions)),
    }


if __name__ == "__main__" and len(sys.argv) == 8 and sys.argv[1] == "worker":
    url, k, ops, items, log_path, mode = sys.argv[2:]
    writer(url, int(k), int(ops), json.loads(items), Path(log_path), mode == "cli")

"""Peak memory of an export process for a big deck: its LibreOffice PDF and page previews.

Usage: nice -n 15 python benchmarks/bench_big_deck_memory.py --before-src /path/to/old/src
       [--size-mb 200] [--rounds 3] [--keep-all]

Makes once a PPTX carrying ``--size-mb`` of video (stored, as decks keep it), a valid PDF as
big (the video attached: what LibreOffice makes of such a deck, roughly) and a LibreOffice
stand-in that copies that PDF into --outdir (no LibreOffice is needed). Then, per round and
tree (``--before-src`` and this checkout's ``src``, order alternating), one fresh process
exports the deck (web preset, publication page with slide previews, decks as PDF,
publication metadata, so qpdf rewrites the PDF, or with ``--keep-all`` all metadata kept,
so the PDF is copied as LibreOffice made it; a fresh catalogue cache) and prints its peak
RSS (``VmHWM``), its RSS before the export and the export's seconds. The load average is
printed per run.
Figures only: nothing is asserted.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent / "src"  # "after": this checkout's code
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"


def make_inputs(work: Path, size: int) -> dict[str, str]:
    """The deck, its "rendition" and the stand-in LibreOffice, under ``work``."""
    import zipfile

    import pikepdf
    from pptx import Presentation

    deck = work / "conference.pptx"
    prs = Presentation()
    for n in range(1, 4):
        prs.slides.add_slide(prs.slide_layouts[1]).shapes.title.text = f"Slide {n}"
    prs.save(str(deck))
    with zipfile.ZipFile(deck, "a") as z:
        info = zipfile.ZipInfo("ppt/media/media1.mp4", (2024, 5, 14, 10, 0, 0))
        with z.open(info, "w", force_zip64=True) as dst:
            for _ in range(size // 2**20):
                dst.write(os.urandom(2**20))
    pdf = pikepdf.new()
    pdf.docinfo["/Author"] = "Private Owner Name"
    for n in range(3):
        page = pdf.add_blank_page(page_size=(400, 300))
        page.Contents = pikepdf.Stream(pdf, f"0.{n} 0.4 0.6 rg 0 0 400 300 re f".encode())
    pdf.attachments["talk.mp4"] = pikepdf.AttachedFileSpec(
        pdf, os.urandom(size), filename="talk.mp4"
    )
    rendition = work / "rendition.pdf"
    pdf.save(rendition)
    bin_dir = work / "bin"
    bin_dir.mkdir()
    soffice = bin_dir / "soffice"
    soffice.write_text(
        f"#!{sys.executable}\nimport pathlib, shutil, sys\nargs = sys.argv[1:]\n"
        "out = pathlib.Path(args[args.index('--outdir') + 1])\n"
        "out.mkdir(parents=True, exist_ok=True)\n"
        f"shutil.copyfile({str(rendition)!r}, out / (pathlib.Path(args[-1]).stem + '.pdf'))\n"
    )
    soffice.chmod(0o755)
    digest = hashlib.sha256()
    with open(deck, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return {
        "deck": str(deck),
        "sha256": digest.hexdigest(),
        "size": str(deck.stat().st_size),
        "soffice": str(soffice),
    }


def rss_mb() -> float:
    """This process's peak RSS so far (VmHWM: ru_maxrss would carry the parent's over exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def one(inputs: dict[str, str], keep_all: bool) -> dict[str, float]:
    """One export in this process (the tree on PYTHONPATH); its figures."""
    from smparchive.core.export import (
        WEB,
        ConsentStatus,
        EventInfo,
        ExportEntry,
        ExportSettings,
        Kind,
        MetadataPolicy,
        plan_export,
        run_export,
    )

    load = os.getloadavg()[0]
    entry = ExportEntry(
        item_id="d1",
        source=Path(inputs["deck"]),
        sha256=inputs["sha256"],
        size=int(inputs["size"]),
        kind=Kind.SLIDES,
        mime=PPTX,
        original_name="conference.pptx",
        capture=datetime(2024, 5, 14, 10, 15, tzinfo=UTC),
        title={"en": "Opening keynote"},
        consent=ConsentStatus.CLEARED,
    )
    event = EventInfo(title="SMP Conference 2024", acronym="SMP24")
    with tempfile.TemporaryDirectory(prefix="bench-big-deck-") as tmp:
        out = Path(tmp, "out")
        out.mkdir()
        settings = ExportSettings(
            target_dir=out,
            bundle_name="deck",
            preset=WEB,
            decks_as_pdf=True,
            cache_dir=Path(tmp, "cache"),
            soffice=inputs["soffice"],
            metadata=MetadataPolicy.KEEP_ALL if keep_all else MetadataPolicy.PUBLICATION,
        )
        plan = plan_export([entry], settings, event, inputs["soffice"])
        before = rss_mb()
        start = time.perf_counter()
        report = run_export(plan)
        took = time.perf_counter() - start
        if report.problems:
            raise SystemExit(f"export failed: {report.problems}")
    return {"load": load, "rss_before_mb": before, "peak_rss_mb": rss_mb(), "seconds": took}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before-src", help="the src folder of the tree before")
    ap.add_argument("--size-mb", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--keep-all", action="store_true", help="all metadata kept: no rewrite")
    ap.add_argument("--one", help=argparse.SUPPRESS)  # a JSON file of inputs: one export
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(json.loads(Path(args.one).read_text()), args.keep_all)))
        return
    if not args.before_src:
        ap.error("--before-src is needed")
    work = Path(tempfile.mkdtemp(prefix="bench-big-deck-inputs-"))
    try:
        inputs = make_inputs(work, args.size_mb * 2**20)
        spec = work / "inputs.json"
        spec.write_text(json.dumps(inputs))
        trees = {"before": args.before_src, "after": str(HERE)}
        got: dict[str, list[dict[str, float]]] = {k: [] for k in trees}
        print(f"deck {int(inputs['size']) / 2**20:.0f} MB, its PDF {args.size_mb} MB")
        for r in range(args.rounds):
            for side in list(trees) if r % 2 == 0 else list(reversed(trees)):
                env = {**os.environ, "PYTHONPATH": trees[side]}
                cmd = [sys.executable, __file__, "--one", str(spec)]
                cmd += ["--keep-all"] if args.keep_all else []
                res = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
                figures = json.loads(res.stdout.strip().splitlines()[-1])
                got[side].append(figures)
                print(
                    f"round {r + 1} {side}: "
                    + ", ".join(f"{k} {v:.1f}" for k, v in figures.items())
                )
                sys.stdout.flush()
        print(f"\nmedian (range) of {args.rounds} rounds")
        for key in ("peak_rss_mb", "rss_before_mb", "seconds"):
            cells = []
            for side in trees:
                vals = [x[key] for x in got[side]]
                cells.append(f"{statistics.median(vals):.1f} ({min(vals):.1f}-{max(vals):.1f})")
            print(f"{key:14} before {cells[0]:>24}   after {cells[1]:>24}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

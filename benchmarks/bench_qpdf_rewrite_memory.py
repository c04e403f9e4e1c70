"""Peak memory of qpdf rewriting a PDF that holds one big stream, by open and save option.

Usage: nice -n 15 python benchmarks/bench_qpdf_rewrite_memory.py [--size-mb 200] [--rounds 2]

Why publication exports of a big deck's PDF peak at about twice the deck
(``bench_big_deck_memory.py``): makes once a valid PDF with a ``--size-mb`` attachment (random
bytes: what LibreOffice keeps of a deck's video), then, per round and option (order rotating),
one fresh process opens it with pikepdf, touches every object as ``pdfmeta`` does and saves
it, and prints its peak RSS (``VmHWM``) before and after the save, with the load average.
Options: pikepdf's ``access_mode`` (default, stream, mmap) crossed with the save's
``stream_decode_level`` and ``compress_streams`` (what pdfmeta uses; no decoding; no decoding
and no compression). Figures only: nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

MODES = ("default", "stream", "mmap")
SAVES = ("as pdfmeta", "no decoding", "no decoding or compression")


def rss_mb() -> float:
    """This process's peak RSS so far (VmHWM)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def make_pdf(path: Path, size: int) -> None:
    import pikepdf

    pdf = pikepdf.new()
    pdf.docinfo["/Author"] = "Private Owner Name"
    for _ in range(3):
        pdf.add_blank_page(page_size=(400, 300))
    pdf.attachments["talk.mp4"] = pikepdf.AttachedFileSpec(
        pdf, os.urandom(size), filename="talk.mp4"
    )
    pdf.save(path)


def one(source: Path, mode: str, save: str) -> dict[str, float]:
    """Open, touch and save ``source`` in this process; its figures."""
    import pikepdf

    load = os.getloadavg()[0]
    pdf = pikepdf.open(source, access_mode=getattr(pikepdf.AccessMode, mode))
    for obj in pdf.objects:  # as pdfmeta's rewrite walks them
        if isinstance(obj, pikepdf.Dictionary) and "/Metadata" in obj:
            del obj["/Metadata"]
    opened = rss_mb()
    options: dict[str, object] = {}
    if save != "as pdfmeta":
        options["stream_decode_level"] = pikepdf.StreamDecodeLevel.none
    if save == "no decoding or compression":
        options["compress_streams"] = False
    with tempfile.TemporaryDirectory(prefix="bench-qpdf-") as tmp:
        pdf.save(Path(tmp, "out.pdf"), fix_metadata_version=False, **options)
    pdf.close()
    return {"load": load, "opened_mb": opened, "peak_mb": rss_mb()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size-mb", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--one", nargs=3, help=argparse.SUPPRESS)  # source, mode, save
    args = ap.parse_args()
    if args.one:
        source, mode, save = args.one
        print(json.dumps(one(Path(source), mode, save)))
        return
    with tempfile.TemporaryDirectory(prefix="bench-qpdf-inputs-") as work:
        source = Path(work, "deck.pdf")
        make_pdf(source, args.size_mb * 2**20)
        print(f"PDF {source.stat().st_size / 2**20:.0f} MB, one {args.size_mb} MB stream")
        runs = [(m, s) for m in MODES for s in SAVES]
        peaks: dict[tuple[str, str], list[float]] = {r: [] for r in runs}
        for r in range(args.rounds):
            shift = r % len(runs)
            for mode, save in runs[shift:] + runs[:shift]:
                cmd = [sys.executable, __file__, "--one", str(source), mode, save]
                res = subprocess.run(cmd, capture_output=True, text=True, check=True)
                got = json.loads(res.stdout.strip().splitlines()[-1])
                peaks[(mode, save)].append(got["peak_mb"])
                print(
                    f"round {r + 1} access {mode:8} save {save:27} load {got['load']:.1f} "
                    f"opened {got['opened_mb']:.0f} MB peak {got['peak_mb']:.0f} MB",
                    flush=True,
                )
        print(f"\nmedian peak RSS (MB) of {args.rounds} rounds")
        for mode, save in runs:
            print(f"access {mode:8} save {save:27} {statistics.median(peaks[(mode, save)]):.0f}")


if __name__ == "__main__":
    main()

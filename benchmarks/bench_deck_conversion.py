"""What a PPTX's LibreOffice conversion adds to a page export, against its kept rendition.

Usage: PYTHONPATH=src nice -n 15 python benchmarks/bench_deck_conversion.py [--slides 20 60]
       [--rounds 3] [--decks-as-pdf]

Makes a PPTX per slide count (title and five bullet lines a slide), catalogues them, then
times page exports (web preset, the publication page; ``--decks-as-pdf``: each deck as PDF
too) of one deck, in three modes interleaved in every round (order rotating):
``converted``: a fresh cache, so LibreOffice converts the deck; ``kept``: the rendition kept
in the cache (the deck viewer's or an earlier export's), no conversion; ``no_soffice``:
LibreOffice not on PATH, nothing kept (the page shows the deck's own first-slide picture).
Each line carries the load average. Figures only: nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path


def make_deck(path: Path, slides: int) -> None:
    from pptx import Presentation

    prs = Presentation()
    for n in range(1, slides + 1):
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = f"Session {n}: archiving conference media"
        body = slide.placeholders[1].text_frame
        body.text = "Why a catalogue keeps originals untouched"
        for k in range(4):
            body.add_paragraph().text = f"Point {k + 1} of slide {n}: hashes, sidecars, exports"
    prs.save(str(path))


def export_once(catalog, item_id: int, out: Path, cache: Path, as_pdf: bool) -> float:
    from smparchive.core.export import WEB, ExportSettings
    from smparchive.core.export.catalog_export import ExportSource, export_from_catalog

    out.mkdir(parents=True)
    settings = ExportSettings(
        target_dir=out, bundle_name="deck", preset=WEB, decks_as_pdf=as_pdf, cache_dir=cache
    )
    start = time.perf_counter()
    report, _ = export_from_catalog(catalog, ExportSource.items([item_id]), settings)
    took = time.perf_counter() - start
    if report.problems:
        raise SystemExit(f"export failed: {report.problems[0].message}")
    return took


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--slides", type=int, nargs="+", default=[20, 60])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--decks-as-pdf", action="store_true")
    args = ap.parse_args()

    from smparchive.core.catalog.catalog import open_catalog
    from smparchive.core.ingest import ScanOptions, scan
    from smparchive.core.media.pages import PageStore, find_soffice

    soffice = find_soffice()
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is not on PATH: nothing to measure")
    work = Path(tempfile.mkdtemp(prefix="bench-deck-"))
    media = work / "media"
    media.mkdir()
    for n in args.slides:
        make_deck(media / f"deck-{n}.pptx", n)
    catalog = open_catalog(work / "bench.smpcat", create=True)
    scan(catalog, [catalog.add_root(media).value], options=ScanOptions(workers=0))
    ids = {n: catalog.ids_for_paths([str(media / f"deck-{n}.pptx")])[0] for n in args.slides}
    catalog.set_fields(list(ids.values()), consent="cleared")
    path_env = os.environ["PATH"]
    no_soffice_path = os.pathsep.join(
        p for p in path_env.split(os.pathsep) if not (Path(p) / "soffice").exists()
    )
    modes = ["converted", "kept", "no_soffice"]
    got: dict[tuple[int, str], list[float]] = {}
    run = 0
    for r in range(args.rounds):
        for n, item_id in ids.items():
            order = modes[r % 3 :] + modes[: r % 3]
            for mode in order:
                run += 1
                cache = work / f"cache-{run}"
                if mode == "kept":  # the rendition a conversion made, copied in
                    sha = catalog.item(item_id).sha256
                    kept = PageStore(work / "kept").rendition_path(sha)
                    if not kept.exists():
                        export_once(catalog, item_id, work / f"warm-{n}", work / "kept", False)
                    target = PageStore(cache).rendition_path(sha)
                    target.parent.mkdir(parents=True)
                    shutil.copyfile(kept, target)
                os.environ["PATH"] = no_soffice_path if mode == "no_soffice" else path_env
                load = os.getloadavg()[0]
                took = export_once(catalog, item_id, work / f"out-{run}", cache, args.decks_as_pdf)
                os.environ["PATH"] = path_env
                got.setdefault((n, mode), []).append(took)
                print(f"round {r + 1} {n} slides {mode:10} {took:6.2f} s  load {load:.1f}")
    print(f"\nmedian (range) of {args.rounds} rounds, seconds per export of one deck")
    for n in args.slides:
        cells = []
        for mode in modes:
            v = got[(n, mode)]
            cells.append(f"{mode} {statistics.median(v):.2f} ({min(v):.2f}-{max(v):.2f})")
        print(f"{n:3} slides: " + "; ".join(cells))
    catalog.close()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

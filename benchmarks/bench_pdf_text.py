"""What reading a PDF's text in reading order costs a scan (core/media/pdftext.py).

Before: each page's text page as pdfium loads it (``page.get_textpage()``); after:
``reading_textpage`` (the page unturned; the angles of up to 48 letters looked at; loaded
again turned over when most are upside down). Both read the whole text of every page as
``documents._pdf_text`` does, over the same files, interleaved, 3 rounds by default.
Files: a generated text-heavy PDF (pages of 40 lines) and the given ones. Figures only.

    PYTHONPATH=src nice -n 15 python benchmarks/bench_pdf_text.py [--pages 300] [PDF ...]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium

from smparchive.core.demo.pdf import PdfDocument
from smparchive.core.media.pdftext import reading_textpage


def text_pdf(path: Path, pages: int) -> Path:
    """``pages`` A4 pages of 40 lines of Helvetica text each."""
    doc = PdfDocument()
    for n in range(pages):
        page = doc.add_page(595, 842)
        for line in range(40):
            words = f"Page {n} line {line}: skills mobility partnerships from policy to practice"
            page.text(40, 800 - 19 * line, words, 11)
    doc.save(path)
    return path


def plain(page: Any) -> Any:
    return page.get_textpage()


def read_all(path: Path, load: Callable[[Any], Any]) -> tuple[float, int]:
    """CPU seconds to read every page's text (the machine is shared: wall time is not), and
    the characters read."""
    start = time.process_time()
    pdf = pdfium.PdfDocument(str(path))
    chars = 0
    for i in range(len(pdf)):
        page = pdf[i]
        textpage = load(page)
        chars += len(textpage.get_text_bounded())
        textpage.close()
        page.close()
    pdf.close()
    return time.process_time() - start, chars


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        files = [text_pdf(Path(tmp) / "text.pdf", args.pages), *args.pdfs]
        sides = {"before": plain, "after": reading_textpage}
        times: dict[tuple[str, str], list[float]] = {}
        for r in range(args.rounds):
            print(f"round {r + 1}, load average {os.getloadavg()[0]:.2f}")
            order = list(sides) if r % 2 == 0 else list(reversed(sides))
            for path in files:
                for side in order:
                    seconds, chars = read_all(path, sides[side])
                    times.setdefault((path.name, side), []).append(seconds)
                    print(
                        f"  {path.name[:40]:40} {side:6} {seconds * 1000:8.1f} ms {chars:>9,} chars"
                    )
        print(f"\nmedian (range) of {args.rounds} rounds, ms; load now {os.getloadavg()[0]:.2f}")
        for path in files:
            cells = []
            for side in sides:
                ms = [t * 1000 for t in times[(path.name, side)]]
                cells.append(f"{side} {statistics.median(ms):.1f} ({min(ms):.1f}-{max(ms):.1f})")
            print(f"  {path.name[:40]:40} " + "   ".join(cells))


if __name__ == "__main__":
    main()

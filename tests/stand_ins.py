"""A stand-in for LibreOffice: an executable ``soffice`` script that the app finds on PATH
(the tests' machines have no LibreOffice; CI has none either)."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

# one page per slide of the PPTX given (a PDF made with Pillow), as LibreOffice converts it
PAGE_PER_SLIDE = """
import re, zipfile
from PIL import Image
out = pathlib.Path(args[args.index('--outdir') + 1]); out.mkdir(parents=True, exist_ok=True)
src = pathlib.Path(args[-1])
with zipfile.ZipFile(src) as z:
    n = sum(1 for m in z.namelist() if re.fullmatch(r'ppt/slides/slide\\d+\\.xml', m))
pages = [Image.new('RGB', (400, 300), (40 * k, 90, 160)) for k in range(n)]
pages[0].save(out / (src.stem + '.pdf'), 'PDF', save_all=True, append_images=pages[1:])
"""
# each conversion adds a character to the file 'conversions' beside the script
COUNTED = "\n(pathlib.Path(__file__).parent / 'conversions').open('a').write('x')\n"


def soffice(folder: Path, body: str) -> Path:
    """An executable ``folder/soffice`` that runs ``body`` with ``args`` (its arguments),
    ``sys``, ``time``, ``shutil`` and ``pathlib`` imported."""
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "soffice"
    script.write_text(
        f"#!{sys.executable}\nimport sys, time, shutil, pathlib\nargs = sys.argv[1:]\n{body}\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return script


def copies(pdf: Path) -> str:
    """The body of a stand-in that "converts" any deck to ``pdf``: a streamed copy into
    --outdir, named as LibreOffice names it."""
    return (
        "out = pathlib.Path(args[args.index('--outdir') + 1])\n"
        "out.mkdir(parents=True, exist_ok=True)\n"
        f"shutil.copyfile({str(pdf)!r}, out / (pathlib.Path(args[-1]).stem + '.pdf'))\n"
    )


def conversions(folder: Path) -> int:
    """How many times the stand-in in ``folder`` (made with ``COUNTED``) converted."""
    counted = folder / "conversions"
    return len(counted.read_text()) if counted.exists() else 0

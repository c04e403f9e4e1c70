"""A PDF page's text in the order it reads, however the page or its text is turned.

pdfium orders a page's characters as the page is shown. A line shown upside down (a page
turned by ``/Rotate 180``, or text drawn upside down) came out backwards: "practice in
partnerships mobility Skills", and a word drawn letter by letter as "r al uci dnepr eP", so
neither the catalogue's search nor the viewer's find met it. Text up or down the page and
pages turned a quarter read right unturned (turned, a line up the page came out a letter a
line). So the text is read with the page unturned, or turned over when most of its text is
upside down as drawn; the page's own turn is put back at once (rendering and the mapping of
found words onto the shown page use it), so a page is read by one caller at a time: a
viewer's under ``pages.PDFIUM_LOCK``, a scan's in its own process.
"""

from __future__ import annotations

import math
import re
from itertools import pairwise
from typing import Any

__all__ = ["LINE_END_HYPHEN", "page_text", "reading_textpage", "reflow"]

# pdfium gives a hyphen ending a line as U+0002 (and joins the line to the next): shown as
# a box in the viewer's text panel ("www.oasis▯open.org") and never found by a search with
# its hyphen. It is the hyphen the page draws, so it is read as one.
LINE_END_HYPHEN = "\x02"

# letters whose angle is looked at (the page's text runs mostly one way): each costs ~1.5 µs
# of ctypes calls, and a scan reads up to 2000 pages of a file
_SAMPLE = 48
_TURNED_OVER = (0.75 * math.pi, 1.25 * math.pi)  # radians, as pdfium gives a letter's angle


def reading_textpage(page: Any) -> Any:
    """``page``'s text page (pypdfium2 ``PdfTextPage``; the caller closes it), its characters
    in reading order."""
    own = page.get_rotation()
    try:
        if own:
            page.set_rotation(0)
        textpage = page.get_textpage()
        if _mostly_upside_down(textpage):
            textpage.close()
            page.set_rotation(180)
            textpage = page.get_textpage()
    finally:
        if page.get_rotation() != own:
            page.set_rotation(own)
    return textpage


def page_text(textpage: Any) -> str:
    """``textpage``'s text as it reads: lines ending in '\\n', a hyphen ending a line as '-'."""
    text: str = textpage.get_text_bounded()
    return text.replace("\r\n", "\n").replace(LINE_END_HYPHEN, "-")


def _mostly_upside_down(textpage: Any) -> bool:
    """Whether most of the letters looked at (up to ``_SAMPLE``, spread over the page) are
    drawn turned between 135° and 225°."""
    import pypdfium2.raw as pdfium_c

    count = textpage.count_chars()
    if count <= 0:
        return False
    raw, unicode, angle_of = (
        textpage.raw,
        pdfium_c.FPDFText_GetUnicode,
        pdfium_c.FPDFText_GetCharAngle,
    )
    upside = looked = 0
    for i in range(0, count, max(1, count // _SAMPLE)):
        code = unicode(raw, i)
        if code <= 0x20 or code > 0x10FFFF or chr(code).isspace():
            continue  # pdfium's own spaces and line breaks have no angle
        angle = angle_of(raw, i)
        if angle < 0:  # pdfium could not tell
            continue
        looked += 1
        upside += _TURNED_OVER[0] < angle < _TURNED_OVER[1]
    return upside * 2 > looked


# A line that starts a list item keeps its own line when lines are joined: a bullet, a dash,
# or a number or letter with its stop ("1.", "2)", "a)").
_ITEM = re.compile(r"^\s*(?:[•◦▪▫●○■□‣⁃·*–—-]\s|\(?\d{1,3}[.)]\s|\(?[a-zA-Z][.)]\s)")
_SENTENCE_END = tuple(".!?:;…»”\"')")
_SHORT = 0.7  # of a full line: shorter ends a paragraph or is a heading


def reflow(text: str) -> str:
    """A page's text as paragraphs to read in a pane of any width: the PDF's lines joined
    (a space between, none after a hyphen ending a line, which is kept, as
    :func:`page_text` reads a line-end hyphen: "well-known", "www.oasis-open.org"). Kept:
    blank-line paragraph breaks; a list item's own line; the line break after a short line
    (a heading, a paragraph's last line: one ending a sentence ends its paragraph). The
    text stored is not changed: this is for showing it."""
    out: list[str] = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        lengths = sorted(len(line) for line in lines)
        full = lengths[(len(lengths) * 3) // 4]  # a full line's length (one long line aside)
        joined = lines[0]
        for prev, line in pairwise(lines):
            short = len(prev) < _SHORT * full
            ends = prev.endswith(_SENTENCE_END)
            heading = len(line) < _SHORT * full and not line.endswith(_SENTENCE_END)
            if _ITEM.match(line):
                joined += "\n" + line  # a list item: its own line
            elif prev.endswith("-") and len(prev) > 1 and prev[-2].isalnum():
                joined += line  # a word cut at the line's end: joined, its hyphen kept
            elif ends and (short or (heading and line[:1].isupper())):
                joined += "\n\n" + line  # a paragraph's last line, or one before a heading
            elif short or (heading and line[:1].isupper()):
                joined += "\n" + line  # after a heading, or a heading: its own line
            else:
                joined += " " + line
        out.append(joined)
    return "\n\n".join(out)

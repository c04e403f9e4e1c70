"""Found words marked in a deck page's texts (the deck viewer's text panel): every
occurrence yellow, the current match orange as on the page picture, with the anchor the
panel scrolls to."""

from __future__ import annotations

import html

from smparchive.core.media.pages import match_spans

HIT_ANCHOR = "hit"
_MARK = '<span style="background-color:#ffd43b; color:#000000;">'
# the current match: orange, as it is drawn on the page picture
_CURRENT = '<span style="background-color:#ff7800; color:#000000; font-weight:bold;">'


class Marks:
    """Marks each occurrence of ``found`` in a page's texts (as the find matches it: any
    case or accents). The ``current``-th occurrence of the counted texts stands out and
    carries the anchor the panel scrolls to; with no current match, the first mark does."""

    def __init__(self, found: str, current: int = -1) -> None:
        self.found, self.current = found, current
        self.counted = 0  # occurrences met so far in the counted texts
        self.anchored = False

    def html(self, text: str, *, counted: bool = True) -> str:
        """``text`` as HTML with the occurrences marked (line breaks kept)."""
        out, at = [], 0
        for start, end in match_spans(text, self.found) if self.found else ():
            current = counted and self.counted == self.current
            anchor = current or (self.current < 0 and not self.anchored)
            if counted:
                self.counted += 1
            out += [
                html.escape(text[at:start]),
                f'<a name="{HIT_ANCHOR}"></a>' if anchor else "",
                _CURRENT if current else _MARK,
                html.escape(text[start:end]),
                "</span>",
            ]
            self.anchored |= anchor
            at = end
        out.append(html.escape(text[at:]))
        return "".join(out).replace("\n", "<br>")


def paragraphs(text: str, marks: Marks | None = None, *, counted: bool = True) -> str:
    """A page's text: a paragraph per block (blank lines between), its lines kept as line
    breaks (a PDF's text comes a line at a time: a paragraph each split its sentences)."""
    marks = marks if marks is not None else Marks("")
    blocks = [b.strip("\n") for b in text.replace("\r\n", "\n").split("\n\n")]
    return "".join(f"<p>{marks.html(b, counted=counted)}</p>" for b in blocks if b.strip())

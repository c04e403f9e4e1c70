"""WebVTT caption files a user adds to a recording segment: read (never written), checked,
and re-timed for the clip they are published with; :func:`cues` reads a track's cues (the
web page lists a clip's chapters from its chapter track).

A caption file is timed either from the segment's start ("segment": it was made for the
clip, the usual case) or from the recording's start ("recording": captions of the whole
day's livestream). :func:`retime` moves it to the exported clip's own time and drops the
cues outside it.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from smparchive.core.media.safety import InputRefused, read_within
from smparchive.core.messages import problem

__all__ = [
    "MAX_BYTES",
    "TIMINGS",
    "CaptionsError",
    "Cue",
    "WebVtt",
    "clip_webvtt",
    "cues",
    "guess_language",
    "parse_webvtt",
    "read_webvtt",
    "retime",
    "valid_language",
]

MAX_BYTES = 4 * 1024 * 1024  # a day of captions is a few hundred KB
TIMINGS = ("segment", "recording")
_TIME = r"(?:(\d+):)?([0-5]\d):([0-5]\d)\.(\d{3})"
_CUE_TIMING = re.compile(rf"^{_TIME}[ \t]+-->[ \t]+{_TIME}(?P<settings>(?:[ \t].*)?)$")
_TAG = re.compile(r"<[^>]*>")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")


class CaptionsError(ValueError):
    """The file is not a WebVTT caption file smparchive can publish (the message says why,
    as a coded sentence of core/messages.py)."""


@dataclass(frozen=True, slots=True)
class WebVtt:
    """A checked WebVTT file: its text (UTF-8, LF line ends, no byte order mark)."""

    text: str
    cues: int
    last_end_s: float


@dataclass(frozen=True, slots=True)
class Cue:
    """One cue of a WebVTT track: when it shows (seconds) and its text (lines joined)."""

    start_s: float
    end_s: float
    text: str


def _seconds(h: str | None, m: str, s: str, ms: str) -> float:
    return int(h or 0) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000


def _stamp(seconds: float) -> str:
    ms = max(0, round(seconds * 1000))
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def valid_language(code: str) -> bool:
    """A BCP 47-like language tag ('en', 'fr', 'pt-BR') as HTML's srclang takes it."""
    return bool(_LANGUAGE.match(code))


def guess_language(path: Path | str, default: str = "en") -> str:
    """The language a file's name says ('talk.fr.vtt' -> 'fr'), else ``default``."""
    suffixes = Path(path).suffixes
    if len(suffixes) >= 2:
        tag = suffixes[-2].lstrip(".")
        if valid_language(tag) and len(tag.split("-")[0]) == 2:
            return tag
    return default


def parse_webvtt(data: bytes, name: str) -> WebVtt:
    """Check ``data`` is a WebVTT file with at least one well-timed cue."""
    if not data.strip():
        raise CaptionsError(problem("captions.empty", name=name))
    if len(data) > MAX_BYTES:
        raise CaptionsError(problem("captions.too_large", name=name, limit=MAX_BYTES // 2**20))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CaptionsError(problem("captions.not_utf8", name=name)) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    first = lines[0]
    if not (first == "WEBVTT" or first.startswith(("WEBVTT ", "WEBVTT\t"))):
        if any(" --> " in line and "," in line for line in lines[:40]):
            raise CaptionsError(problem("captions.srt", name=name))
        raise CaptionsError(problem("captions.not_webvtt", name=name))
    cues = 0
    last = 0.0
    for n, line in enumerate(lines, 1):
        if "-->" not in line:
            continue
        m = _CUE_TIMING.match(line.strip())
        if m is None:
            raise CaptionsError(problem("captions.bad_timing", name=name, n=n))
        start = _seconds(*m.group(1, 2, 3, 4))
        end = _seconds(*m.group(5, 6, 7, 8))
        if end <= start:
            raise CaptionsError(problem("captions.bad_timing", name=name, n=n))
        cues += 1
        last = max(last, end)
    if cues == 0:
        raise CaptionsError(problem("captions.no_cues", name=name))
    return WebVtt(text if text.endswith("\n") else text + "\n", cues, last)


def read_webvtt(path: Path | str) -> WebVtt:
    """Read and check a caption file (only read: the user's file is never changed)."""
    p = Path(path)
    try:
        data = read_within(p, MAX_BYTES)
    except (OSError, InputRefused):  # InputRefused: a pipe or a device
        raise CaptionsError(problem("captions.unreadable", name=p.name)) from None
    if data is None:
        raise CaptionsError(problem("captions.too_large", name=p.name, limit=MAX_BYTES // 2**20))
    return parse_webvtt(data, p.name)


def cues(text: str) -> list[Cue]:
    """The cues of a WebVTT ``text``, in file order; NOTE, STYLE and REGION blocks and cues
    with a malformed timing line are skipped (what a browser shows is what is read)."""
    found: list[Cue] = []
    for block in text.replace("\r\n", "\n").replace("\r", "\n").strip("\n").split("\n\n")[1:]:
        lines = block.strip("\n").split("\n")
        at = next((k for k, line in enumerate(lines) if "-->" in line), None)
        if at is None:
            continue
        m = _CUE_TIMING.match(lines[at].strip())
        if m is None:
            continue
        start = _seconds(*m.group(1, 2, 3, 4))
        end = _seconds(*m.group(5, 6, 7, 8))
        words = _TAG.sub("", " ".join(lines[at + 1 :]))  # <b>, <v Speaker>, <00:01.000>
        found.append(Cue(start, end, " ".join(html.unescape(words).split())))
    return found


def retime(text: str, offset_s: float, duration_s: float) -> str:
    """The WebVTT ``text`` moved by ``offset_s`` (a cue at t shows at t + offset), keeping
    only the cues that show within 0..``duration_s`` (cut to it); headers, notes, styles
    and cue settings stay as written."""
    blocks = text.strip("\n").split("\n\n")
    out = [blocks[0]]
    for block in blocks[1:]:
        lines = block.split("\n")
        at = next((k for k, line in enumerate(lines) if "-->" in line), None)
        if at is None:
            out.append(block)  # NOTE, STYLE, REGION
            continue
        m = _CUE_TIMING.match(lines[at].strip())
        if m is None:
            continue
        start = _seconds(*m.group(1, 2, 3, 4)) + offset_s
        end = _seconds(*m.group(5, 6, 7, 8)) + offset_s
        if end <= 0 or start >= duration_s:
            continue
        start, end = max(0.0, start), min(duration_s, end)
        if end <= start:
            continue
        lines[at] = f"{_stamp(start)} --> {_stamp(end)}{m.group('settings')}"
        out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


def clip_webvtt(
    text: str, timing: str, segment_start_s: float, clip_start_s: float, clip_end_s: float
) -> str:
    """Captions in the exported clip's time: those timed from the segment move by how much
    earlier the clip really starts than the segment (a keyframe cut); those timed from the
    recording by the clip's start. Cues outside the clip are dropped."""
    offset = -clip_start_s if timing == "recording" else segment_start_s - clip_start_s
    return retime(text, offset, clip_end_s - clip_start_s)

"""Blurring faces in a publication export (issue 18): a photo held back only because it shows
someone who may not be published can go out with that person's face made unrecognisable.

A person counts when their face in the photo is *confirmed* as theirs (a suggestion is not
enough to name anyone) and their consent keeps them from the export's audience: do not
publish or consent withdrawn, and internal only for a public export. Their confirmed faces
are blurred, their name leaves the photo's metadata and post mentions, and the photo's
consent is what remains once they are taken out. A restricted person tagged by hand without
a confirmed face in the photo cannot be blurred: the photo stays held back.
``blur_unknown_faces`` also blurs every face nobody confirmed (bystanders, suggestions).

Only rendered photos can be blurred (originals are copied byte for byte, videos are not
decoded); an archive hand-over is never blurred. The pixels: the box grown to take in hair,
ears and chin, pixelated to a few blocks and smoothed, on the decoded picture before any
rendition or page preview is made from it, so no output carries the face.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from PIL import Image, ImageFilter

from smparchive.core.export.model import ConsentStatus, ExportEntry, pick_text
from smparchive.core.export.presets import Audience, ExportSettings
from smparchive.core.messages import Message, problem, words

__all__ = [
    "FaceBlur",
    "blocks_audience",
    "blur_boxes",
    "grown",
    "not_blurred",
    "plan_blur",
    "text_warnings",
]

Box = tuple[float, float, float, float]

_RANK = {
    ConsentStatus.CLEARED: 0,
    ConsentStatus.UNKNOWN: 1,
    ConsentStatus.INTERNAL_ONLY: 2,
    ConsentStatus.DO_NOT_PUBLISH: 3,
}
# A face box from the detector runs from the brows to the chin: grow it by these fractions of
# its width (each side) and height (above, below) so hair, ears and jaw are covered too.
GROW_SIDE, GROW_TOP, GROW_BOTTOM = 0.25, 0.45, 0.2
BLOCKS = 6  # pixel blocks across the grown box's longer side: ~4 across the face itself


@dataclass(frozen=True, slots=True)
class FaceBlur:
    """What is blurred in one photo: the boxes (upright fractions, grown), whose faces they
    are, and how many faces nobody identified."""

    boxes: tuple[Box, ...]
    people: tuple[str, ...]
    unidentified: int = 0

    @property
    def faces(self) -> int:
        return len(self.boxes)

    def describe(self) -> str:
        """'Joe Biden; 2 unidentified faces', for reports."""
        parts = list(self.people)
        if self.unidentified:
            s = "s" if self.unidentified != 1 else ""
            parts.append(f"{self.unidentified} unidentified face{s}")
        return "; ".join(parts)


def blocks_audience(level: ConsentStatus, audience: Audience) -> bool:
    """Whether a person's consent keeps them from ``audience`` (as the consent gate)."""
    if audience is Audience.ARCHIVE:
        return False
    if level is ConsentStatus.DO_NOT_PUBLISH:
        return True
    return level is ConsentStatus.INTERNAL_ONLY and audience is Audience.PUBLIC


def grown(box: Box) -> Box:
    """``box`` grown over hair, ears and chin, within the picture."""
    x, y, w, h = box
    left, top = max(0.0, x - GROW_SIDE * w), max(0.0, y - GROW_TOP * h)
    right, bottom = min(1.0, x + w + GROW_SIDE * w), min(1.0, y + h + GROW_BOTTOM * h)
    return left, top, right - left, bottom - top


def plan_blur(
    entry: ExportEntry, settings: ExportSettings, renders: bool
) -> tuple[ExportEntry, FaceBlur | None]:
    """The entry as it goes out once the faces to blur are blurred, and what is blurred
    (None: nothing; the entry is returned unchanged). ``renders``: the photo is rendered
    (not copied), so its pixels can be changed."""
    wanted = settings.blur_faces or settings.blur_unknown_faces
    if not wanted or not renders or not entry.faces or settings.audience is Audience.ARCHIVE:
        return entry, None
    confirmed = {f.person for f in entry.faces if f.person}
    covered: list[str] = []
    if settings.blur_faces:
        covered = [
            name
            for name, level in entry.restricted_people
            if name in confirmed and blocks_audience(level, settings.audience)
        ]
    unknown = [f for f in entry.faces if not f.person] if settings.blur_unknown_faces else []
    if not covered and not unknown:
        return entry, None
    boxes = [f for f in entry.faces if f.person in covered] + unknown
    remaining = tuple((n, lvl) for n, lvl in entry.restricted_people if n not in covered)
    # Without the item's own consent the people's part cannot be taken out: it stays.
    consent = entry.own_consent if entry.own_consent is not None else entry.consent
    for _name, level in remaining:
        if _RANK[level] > _RANK[consent]:
            consent = level
    out = replace(
        entry,
        consent=consent,
        restricted_people=remaining,
        people=tuple(p for p in entry.people if p not in covered),
        handles=tuple(h for h in entry.handles if h[0] not in covered),
    )
    blur = FaceBlur(
        tuple(grown((f.x, f.y, f.w, f.h)) for f in boxes),
        tuple(dict.fromkeys(covered)),
        len(unknown),
    )
    return out, blur


def not_blurred(entry: ExportEntry, settings: ExportSettings, renders: bool) -> tuple[str, ...]:
    """With blurring asked for: the people who still hold ``entry`` back because their face
    cannot be blurred (no confirmed face of theirs in it, or not a resized photo)."""
    if not settings.blur_faces or settings.audience is Audience.ARCHIVE:
        return ()
    confirmed = {f.person for f in entry.faces if f.person} if renders else set()
    return tuple(
        name
        for name, level in entry.restricted_people
        if blocks_audience(level, settings.audience) and name not in confirmed
    )


def text_warnings(entry: ExportEntry, blur: FaceBlur, language: str) -> list[Message]:
    """Warnings when the photo's title, caption or alt text names a person whose face is
    blurred (blurring the face does not hide a name written beside it)."""
    out = []
    texts = {
        "title": pick_text(entry.title, language),
        "caption": pick_text(entry.caption, language),
        "alt_text": pick_text(entry.alt_text, language),
    }
    for person in blur.people:
        where = [k for k, text in texts.items() if person.casefold() in text.casefold()]
        if where:
            code = "blur.text_names" if len(where) == 1 else "blur.texts_name"
            out.append(problem(code, name=entry.original_name, fields=words(where), person=person))
    return out


def blur_boxes(im: Image.Image, boxes: Sequence[Box]) -> Image.Image:
    """``im`` with each box (fractions of ``im``) pixelated to a few blocks and smoothed."""
    if not boxes:
        return im
    width, height = im.size
    for x, y, w, h in boxes:
        left, top = max(0, math.floor(x * width)), max(0, math.floor(y * height))
        right = min(width, math.ceil((x + w) * width))
        bottom = min(height, math.ceil((y + h) * height))
        rw, rh = right - left, bottom - top
        if rw < 2 or rh < 2:
            continue
        block = max(rw, rh) / BLOCKS
        cols, rows = max(1, round(rw / block)), max(1, round(rh / block))
        region = im.crop((left, top, right, bottom))
        coarse = region.resize((cols, rows), Image.Resampling.BOX)
        blocky = coarse.resize((rw, rh), Image.Resampling.NEAREST)
        if blocky.mode in ("RGB", "RGBA", "L", "LA", "CMYK"):
            blocky = blocky.filter(ImageFilter.GaussianBlur(block / 3))
        im.paste(blocky, (left, top))  # a read-only (decoded in place) image is copied first
    return im

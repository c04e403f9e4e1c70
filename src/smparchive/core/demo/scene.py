"""Draw plausible conference scenes with Pillow: room, stage, screen, banner and people.

Pictures are simple but photo-like enough for thumbnails and previews: a lit gradient wall,
a stage with speakers, a projection screen, an audience seen from behind and sensor-like
noise so JPEGs are not trivially small. All randomness comes from the ``random.Random``
passed in, so a seed reproduces every pixel.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps

RGB = tuple[int, int, int]

_SKIN = ((241, 194, 160), (224, 172, 130), (198, 134, 94), (141, 85, 54), (92, 58, 38))
_CLOTHES = (
    (30, 34, 48),
    (60, 62, 70),
    (120, 20, 30),
    (24, 60, 110),
    (200, 200, 205),
    (90, 70, 50),
    (40, 90, 70),
    (150, 150, 160),
)


@dataclass(frozen=True, slots=True)
class SceneSpec:
    """What to show: ``kind`` is "stage", "roundtable", "break" or "arrival"."""

    kind: str
    banner: str  # session title or "Coffee break"
    screen: str  # projection screen: title, then bullet lines after "\n" ("" for none)
    wall: RGB  # room colour
    speakers: int = 1
    audience: int = 24


@lru_cache(maxsize=16)
def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """Pillow's bundled scalable font (no system fonts needed)."""
    return ImageFont.load_default(size=size)


def drawable(text: str) -> str:
    """Text without accents: Pillow's bundled font only covers basic Latin."""
    decomposed = unicodedata.normalize("NFKD", text.replace("–", "-"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _gradient(size: tuple[int, int], top: RGB, bottom: RGB) -> Image.Image:
    ramp = Image.linear_gradient("L").resize(size, Image.Resampling.BILINEAR)
    return ImageOps.colorize(ramp, top, bottom)


def _shade(colour: RGB, factor: float) -> RGB:
    r, g, b = (max(0, min(255, int(c * factor))) for c in colour)
    return r, g, b


def _person(
    draw: ImageDraw.ImageDraw,
    x: float,
    base: float,
    scale: float,
    rng: random.Random,
    *,
    facing: bool,
) -> None:
    """A standing or seated figure with its feet (or seat) at ``base``."""
    body = rng.choice(_CLOTHES)
    skin = rng.choice(_SKIN)
    hair = _shade(rng.choice(((40, 30, 20), (90, 60, 30), (20, 20, 20), (160, 140, 110))), 1)
    w, h = 46 * scale, 120 * scale
    draw.rounded_rectangle(
        (x - w / 2, base - h, x + w / 2, base), radius=int(16 * scale), fill=body
    )
    head = 17 * scale
    cy = base - h - head * 0.8
    draw.ellipse((x - head, cy - head, x + head, cy + head), fill=skin if facing else hair)
    if facing:
        draw.chord((x - head, cy - head, x + head, cy + head * 0.2), 180, 360, fill=hair)
    else:
        draw.ellipse((x - head * 0.9, cy - head * 0.2, x + head * 0.9, cy + head), fill=skin)
        draw.ellipse((x - head, cy - head, x + head, cy + head * 0.55), fill=hair)


def draw_scene(spec: SceneSpec, size: tuple[int, int], rng: random.Random) -> Image.Image:
    """Render one scene at ``size`` (width, height)."""
    w, h = size
    image = _gradient(size, _shade(spec.wall, 1.25), _shade(spec.wall, 0.45))
    draw = ImageDraw.Draw(image)
    floor_y = int(h * 0.62)
    draw.rectangle((0, floor_y, w, h), fill=_shade(spec.wall, 0.35))
    for i in range(6):  # ceiling spotlights
        cx = w * (i + 0.5) / 6 + rng.uniform(-20, 20)
        draw.ellipse((cx - 18, 8, cx + 18, 26), fill=(255, 248, 220))
    draw.rectangle((0, 0, w, int(h * 0.09)), fill=(22, 54, 104))
    tag = "SMP 2022 · Brussels"
    text_size = max(18, w // 40)
    tag_width = draw.textlength(tag, font=font(text_size))
    while (
        text_size > 10
        and draw.textlength(drawable(spec.banner), font=font(text_size)) > w * 0.9 - tag_width
    ):
        text_size -= 2
        tag_width = draw.textlength(tag, font=font(text_size))
    draw.text(
        (w * 0.03, h * 0.02), drawable(spec.banner), font=font(text_size), fill=(255, 255, 255)
    )
    draw.text((w * 0.97 - tag_width, h * 0.02), tag, font=font(text_size), fill=(236, 176, 36))
    if spec.kind in {"stage", "roundtable"} and spec.screen:
        sx0, sy0, sx1, sy1 = w * 0.52, h * 0.15, w * 0.93, h * 0.47
        draw.rectangle((sx0 - 6, sy0 - 6, sx1 + 6, sy1 + 6), fill=(30, 30, 30))
        draw.rectangle((sx0, sy0, sx1, sy1), fill=(245, 245, 240))
        draw.rectangle((sx0, sy0, sx1, sy0 + (sy1 - sy0) * 0.22), fill=(22, 54, 104))
        title, _, body = spec.screen.partition("\n")
        draw.text(
            (sx0 + 14, sy0 + 12),
            drawable(title),
            font=font(max(12, w // 55)),
            fill=(255, 255, 255),
        )
        for n, line in enumerate(body.splitlines()[:4]):
            y = sy0 + (sy1 - sy0) * (0.3 + 0.16 * n)
            draw.text(
                (sx0 + 18, y),
                f"- {drawable(line)}",
                font=font(max(10, w // 75)),
                fill=(30, 30, 60),
            )
    if spec.kind == "stage":
        draw.rectangle((0, floor_y - h * 0.05, w * 0.5, floor_y), fill=(70, 45, 30))
        for i in range(spec.speakers):
            _person(draw, w * (0.12 + 0.12 * i), floor_y - h * 0.05, h / 540, rng, facing=True)
        draw.rectangle(
            (w * 0.08, floor_y - h * 0.22, w * 0.16, floor_y - h * 0.05), fill=(50, 35, 25)
        )  # lectern
    elif spec.kind == "roundtable":
        draw.ellipse(
            (w * 0.08, floor_y - h * 0.06, w * 0.48, floor_y + h * 0.08), fill=(235, 235, 228)
        )
        for i in range(spec.speakers):
            _person(
                draw,
                w * (0.12 + 0.33 * i / max(1, spec.speakers - 1)),
                floor_y,
                h / 600,
                rng,
                facing=True,
            )
    else:  # coffee break or arrival: standing groups
        if spec.kind == "arrival":
            draw.rectangle(
                (w * 0.05, floor_y - h * 0.12, w * 0.45, floor_y), fill=(236, 176, 36)
            )  # registration desk
        spots = sorted(
            (rng.uniform(0, h * 0.3), rng.uniform(0.05, 0.95) * w) for _ in range(spec.speakers + 6)
        )  # far ones first
        for depth, x in spots:
            scale = h / 540 * (0.8 + depth / h * 1.5)
            _person(draw, x, floor_y + depth, scale, rng, facing=rng.random() < 0.6)
    if spec.kind in {"stage", "roundtable"}:
        rows = 3
        for row in range(rows):
            y = h * (0.80 + 0.1 * row) + h * 0.18
            per_row = spec.audience // rows
            for i in range(per_row):
                x = w * (i + 0.5) / per_row + rng.uniform(-15, 15) + (row % 2) * 20
                _person(draw, x, y, h / (420 - 60 * row), rng, facing=False)
    return image.filter(ImageFilter.BoxBlur(1))


def add_noise(image: Image.Image, rng: random.Random, strength: float = 0.07) -> Image.Image:
    """Blend in seeded grain so the picture compresses like a photo."""
    w, h = image.size
    grain = Image.frombytes("L", (w, h), rng.randbytes(w * h)).convert("RGB")
    return Image.blend(image, grain, strength)

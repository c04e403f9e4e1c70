"""Publication platforms and their limits: the one table the post-kit presets are built from.

Platforms change their limits without notice, so every row says where its figures come from
and when they were read ("as documented on <date>"). To update a limit, edit the row and its
``documented`` date; the presets, the preflight checks and the post kit all follow. ``None``
means the platform publishes no limit for that property (nothing is checked against it).

Where sources disagree the row takes the stricter figure, so that a post the kit calls fine is
accepted; the note says so. Every platform gets sRGB JPEG (the only colour space all of them
display consistently, and the only format all of them accept for photos).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

__all__ = ["PLATFORMS", "Platform", "platform_by_name"]

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Platform:
    """One destination's published limits for a photo post."""

    name: str  # preset name: "mastodon"
    label: str  # shown to people: "Mastodon"
    long_edge: int  # long edge of the rendition, in pixels (the recommended upload size)
    aspect: tuple[int, int] | None  # crop to this ratio (w, h) around the focus point, or None
    max_bytes: int | None  # file size limit per image
    max_images: int | None  # images per post
    alt_limit: int | None  # characters of alt text (image description) per image
    post_limit: int | None  # characters of post text
    colour_space: str  # what the renditions are converted to
    source: str  # where the figures come from
    documented: date  # when they were read there
    note: str = ""  # caveats: instance settings, disagreeing sources

    @property
    def sourced(self) -> str:
        """'<source>, as documented on <date>': the provenance line for reports and manifests."""
        return f"{self.source}, as documented on {self.documented.isoformat()}"


_ROWS = (
    Platform(
        name="linkedin",
        label="LinkedIn",
        long_edge=1920,
        aspect=None,
        max_bytes=5 * MB,
        max_images=20,
        alt_limit=1000,
        post_limit=3000,
        colour_space="sRGB",
        source="LinkedIn Help: image specifications for posts; the post composer's alt-text editor",
        documented=date(2025, 6, 1),
        note="Older help pages gave 120 characters of alt text; the composer counts to 1,000.",
    ),
    Platform(
        name="mastodon",
        label="Mastodon",
        long_edge=2048,
        aspect=None,
        max_bytes=8 * MB,
        max_images=4,
        alt_limit=1500,
        post_limit=500,
        colour_space="sRGB",
        source="docs.joinmastodon.org (posting, instance configuration) and Mastodon 4.x defaults",
        documented=date(2025, 6, 1),
        note="Each server may raise the post and file limits (mastodon.social: 16 MB per image); "
        "the kit keeps to the defaults every server accepts.",
    ),
    Platform(
        name="instagram",
        label="Instagram",
        long_edge=1350,
        aspect=(4, 5),
        max_bytes=8 * MB,
        max_images=10,
        alt_limit=100,
        post_limit=2200,
        colour_space="sRGB",
        source="Instagram Help (photo sizes, captions) and the Instagram Graph API "
        "content-publishing limits",
        documented=date(2025, 6, 1),
        note="4:5 portrait at 1080 x 1350 fills the feed; the API takes 10 images per carousel "
        "(the app, 20). Alt text: 100 characters is the strictest figure published.",
    ),
    Platform(
        name="x",
        label="X (Twitter)",
        long_edge=2048,
        aspect=None,
        max_bytes=5 * MB,
        max_images=4,
        alt_limit=1000,
        post_limit=280,
        colour_space="sRGB",
        source="X Help Center (posting images, image descriptions) and the X API media "
        "upload limits",
        documented=date(2025, 6, 1),
        note="280 characters for accounts without a paid subscription.",
    ),
    Platform(
        name="facebook",
        label="Facebook",
        long_edge=2048,
        aspect=None,
        max_bytes=4 * MB,
        max_images=None,
        alt_limit=1000,
        post_limit=63206,
        colour_space="sRGB",
        source="Facebook Help Center (photo sizes) and the Graph API photo upload limits",
        documented=date(2025, 6, 1),
        note="Facebook stores photos at 720, 960 or 2048 px wide; 2048 keeps them sharp.",
    ),
    Platform(
        name="website",
        label="Website",
        long_edge=2048,
        aspect=None,
        max_bytes=1 * MB,
        max_images=None,
        alt_limit=None,
        post_limit=None,
        colour_space="sRGB",
        source="smparchive house guidance for a CMS: large enough for a full-width image, "
        "light enough for a phone",
        documented=date(2025, 6, 1),
        note="No platform limit on alt text; WCAG asks for one that describes, not a length.",
    ),
)

PLATFORMS: dict[str, Platform] = {p.name: p for p in _ROWS}


def platform_by_name(name: str) -> Platform | None:
    """The platform a post-kit preset is for, or None for the other presets."""
    return PLATFORMS.get(name)

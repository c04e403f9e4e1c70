"""Export presets and settings: what to produce, where, and under which policies."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from pathlib import Path

from smparchive.core.export.platforms import PLATFORMS, Platform
from smparchive.core.vocab import CutMode

__all__ = [
    "DEFAULT_TEMPLATE",
    "FORMER_DEFAULT_TEMPLATE",
    "PRESET_NAMES",
    "Audience",
    "ConsentOverride",
    "ExistingPolicy",
    "ExportSettings",
    "ImageFormat",
    "ImageVariant",
    "MetadataPolicy",
    "Preset",
    "TargetKind",
    "custom_preset",
    "platform_preset",
    "preset_by_name",
]

DEFAULT_TEMPLATE = "{day_date} {day}/{session}/{seq}_{title}.{ext}"
# The default until {day_date} existed (2026-12-03): its {date} was the programme day, now
# the capture's date. Remembered as someone's last choice, it means today's default.
FORMER_DEFAULT_TEMPLATE = "{date} {day}/{session}/{seq}_{title}.{ext}"


class ImageFormat(StrEnum):
    JPEG = "jpeg"
    WEBP = "webp"
    PNG = "png"

    @property
    def extension(self) -> str:
        return {"jpeg": "jpg", "webp": "webp", "png": "png"}[self.value]

    @property
    def mime(self) -> str:
        return f"image/{self.value}"


class MetadataPolicy(StrEnum):
    """What metadata derived images carry (originals are always byte-identical)."""

    # the source's EXIF (GPS, serials, maker notes) with the catalogue's times and texts;
    # XMP/IPTC from the catalogue, never the source's XMP (develop settings, faces)
    KEEP_ALL = "keep_all"
    PUBLICATION = "publication"  # catalogue texts in; GPS, serials, faces, private fields out
    STRIP_ALL = "strip_all"


class Audience(StrEnum):
    """Who will see the export; decides the consent gate."""

    PUBLIC = "public"
    INTERNAL = "internal"
    ARCHIVE = "archive"  # hand-over or preservation copy: no consent gate


class TargetKind(StrEnum):
    FOLDER = "folder"
    ZIP = "zip"
    BAGIT = "bagit"


class ExistingPolicy(StrEnum):
    """What to do when the final name exists with different content."""

    RENAME = "rename"  # write under "<name>-2", "<name>-3", ...
    REPLACE = "replace"
    FAIL = "fail"


@dataclass(frozen=True, slots=True)
class ImageVariant:
    """One rendered image per photo: long edge, or a crop of ``aspect`` (w, h) at ``width``."""

    suffix: str = ""  # appended to the file stem ("-1x1"); "" for the main rendition
    long_edge: int | None = 2048  # None: keep the size
    aspect: tuple[int, int] | None = None  # crop to this aspect ratio around the focus point
    width: int | None = None  # output width for crops
    format: ImageFormat = ImageFormat.JPEG
    quality: int = 85
    progressive: bool = True
    upscale: bool = False
    max_bytes: int | None = None  # file size limit: lower quality, then size, until it fits

    def __post_init__(self) -> None:
        if not 1 <= self.quality <= 100:
            raise ValueError("quality must be within 1..100")
        if self.max_bytes is not None and self.max_bytes <= 0:
            raise ValueError("a file size limit must be positive")
        if self.aspect is not None and (self.width is None or min(self.aspect) <= 0):
            raise ValueError("a crop needs a positive aspect ratio and a width")


@dataclass(frozen=True, slots=True)
class Preset:
    """A named recipe. ``variants == ()`` means photos are copied as originals."""

    name: str
    variants: tuple[ImageVariant, ...] = ()
    metadata: MetadataPolicy = MetadataPolicy.PUBLICATION
    platform: str = ""  # a post-kit preset: the platform's name in platforms.PLATFORMS

    @property
    def copies_originals(self) -> bool:
        return not self.variants

    @property
    def for_publication(self) -> bool:
        """A post kit for a platform: alt text and captions are checked against its limits."""
        return bool(self.platform)


ORIGINALS = Preset("originals", (), MetadataPolicy.KEEP_ALL)
WEB = Preset("web", (ImageVariant(long_edge=2048, quality=85, progressive=True),))
SOCIAL = Preset(
    "social",
    tuple(
        ImageVariant(suffix=f"-{w}x{h}", long_edge=None, aspect=(w, h), width=1080, quality=85)
        for w, h in ((1, 1), (4, 5), (16, 9))
    ),
)
THUMBNAILS = Preset("thumbnails", (ImageVariant(long_edge=400, quality=80, progressive=False),))


def platform_preset(platform: Platform) -> Preset:
    """The post-kit preset for ``platform``: its size, ratio and file size limit, sRGB JPEG."""
    if platform.aspect is not None:
        w, h = platform.aspect
        width = round(platform.long_edge * w / max(w, h))
        variant = ImageVariant(
            long_edge=None,
            aspect=platform.aspect,
            width=width,
            quality=85,
            max_bytes=platform.max_bytes,
        )
    else:
        variant = ImageVariant(
            long_edge=platform.long_edge, quality=85, max_bytes=platform.max_bytes
        )
    return Preset(platform.name, (variant,), MetadataPolicy.PUBLICATION, platform.name)


_BUILTIN = {p.name: p for p in (ORIGINALS, WEB, SOCIAL, THUMBNAILS)}
_BUILTIN |= {name: platform_preset(p) for name, p in PLATFORMS.items()}
PRESET_NAMES = tuple(_BUILTIN)


def preset_by_name(name: str) -> Preset:
    """A built-in preset: originals, web, social, thumbnails or a platform's post kit."""
    try:
        return _BUILTIN[name]
    except KeyError:
        raise ValueError(f"Unknown preset {name!r}; choose one of {sorted(_BUILTIN)}") from None


MIN_EDGE, MAX_EDGE = 16, 30_000  # long edge of a custom rendition, in pixels


def custom_preset(
    long_edge: int | None,
    fmt: ImageFormat = ImageFormat.JPEG,
    quality: int = 85,
    metadata: MetadataPolicy = MetadataPolicy.PUBLICATION,
    progressive: bool = True,
) -> Preset:
    """A one-rendition preset of the given size, format and quality.

    Raises ValueError (one sentence) for a size or quality no one means: ``--size 0``
    used to write 1x1 pictures.
    """
    if long_edge is not None and not MIN_EDGE <= long_edge <= MAX_EDGE:
        raise ValueError(
            f"The picture size must be between {MIN_EDGE} and {MAX_EDGE} pixels, not {long_edge}."
        )
    if not 1 <= quality <= 100:
        raise ValueError(f"The quality must be between 1 and 100, not {quality}.")
    variant = ImageVariant(
        long_edge=long_edge, format=fmt, quality=quality, progressive=progressive
    )
    return Preset("custom", (variant,), metadata)


@dataclass(frozen=True, slots=True)
class ConsentOverride:
    """An explicit decision to publish held-back items anyway; recorded in the history."""

    item_ids: frozenset[str]
    decided_by: str
    reason: str

    def __post_init__(self) -> None:
        if not self.item_ids or not self.decided_by.strip() or not self.reason.strip():
            raise ValueError("An override names its items, who decided and why")


@dataclass(frozen=True, slots=True)
class ExportSettings:
    """Everything that defines one export besides its entries."""

    target_dir: Path
    bundle_name: str
    preset: Preset = WEB
    target: TargetKind = TargetKind.FOLDER
    template: str = DEFAULT_TEMPLATE
    audience: Audience = Audience.PUBLIC
    hold_unknown_consent: bool = True
    overrides: tuple[ConsentOverride, ...] = ()
    metadata: MetadataPolicy | None = None  # None: the preset's policy
    include_people: bool = False  # names of people shown, in publication metadata
    # Faces of people who may not be shown to the audience (do not publish, consent
    # withdrawn; internal only for a public export) are blurred, and their photos go out
    # instead of being held back (resized presets only; never for an archive hand-over).
    blur_faces: bool = False
    blur_unknown_faces: bool = False  # also blur every face nobody confirmed a name for
    language: str = "en"
    decks_as_pdf: bool = False
    soffice: str | None = None  # LibreOffice binary; None: look it up on PATH
    # the catalogue's cache folder: decks' LibreOffice renditions, kept by content hash,
    # shared with the deck viewer (media.pages.PageStore); None: converted, not kept
    cache_dir: Path | None = None
    web_page: bool = True
    existing: ExistingPolicy = ExistingPolicy.RENAME
    organisation: str = ""  # BagIt Source-Organization (defaults to the event's)
    description: str = ""  # BagIt External-Description
    bagging_date: date | None = None  # None: today
    workers: int = 0  # processes rendering images; 0: one per CPU core for big exports
    multivalue_separator: str = "|"
    excel_csv: bool = False  # manifest.csv with a UTF-8 BOM, so Excel reads accents right
    source_label: str = ""  # what was exported ("Session “EMN roundtable”"), for the page
    max_path_chars: int = 200  # relative path length inside the bundle
    post: bool = False  # a post kit: post.txt, post.md and alt-text.txt beside the images
    hashtags: tuple[str, ...] = ()  # for the post; none given: the event's acronym
    page_url: str = ""  # where the bundle will be published: absolute share tags on the page
    page_cover: str = ""  # item id of the photo a shared link previews with (else top-rated)
    cms: bool = False  # wordpress-media.csv, media-feed.json (+ wordpress.xml with page_url)
    clip_cut: CutMode = CutMode.SMART  # how clips are cut between keyframes (media.clips)

    def __post_init__(self) -> None:
        if self.post and not self.preset.platform:
            raise ValueError(
                f"A post kit needs a platform preset ({', '.join(PLATFORMS)}), "
                f"not {self.preset.name!r}."
            )

    @property
    def metadata_policy(self) -> MetadataPolicy:
        if self.preset.copies_originals:
            return MetadataPolicy.KEEP_ALL
        return self.metadata or self.preset.metadata

    def with_overrides(self, *overrides: ConsentOverride) -> ExportSettings:
        """A copy with more consent overrides."""
        return replace(self, overrides=self.overrides + overrides)

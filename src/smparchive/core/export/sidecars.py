"""XMP sidecars beside the originals of an archival package (a BagIt bag or an archive
hand-over), so Lightroom, digiKam, darktable or exiftool opening the package read the
catalogue's titles, captions, alt texts, keywords, people, credits, rating and consent.

The originals stay byte-identical; the sidecar is the one the app writes for an item
(:func:`smparchive.core.domain.sidecars_xmp.merge_sidecar`: every language with an
x-default), named ``name.ext.xmp`` as digiKam, darktable and exiftool pair them, or
``name.xmp`` for a camera raw file, the only kind whose sidecar Lightroom reads (when no
other file of the package's folder shares its base name). It is a file of the package:
listed in manifest.csv/json (variant ``xmp``) and in the bag's checksum manifests.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from smparchive.core.export.metadata import created_text
from smparchive.core.export.model import ExportEntry
from smparchive.core.export.presets import Audience, ExportSettings, TargetKind
from smparchive.core.vocab import Consent

if TYPE_CHECKING:
    from smparchive.core.domain.sidecars_xmp import SidecarMetadata

__all__ = [
    "SIDECAR_VARIANT",
    "XMP_MIME",
    "archival",
    "lightroom_names",
    "sidecar_bytes",
    "sidecar_metadata",
    "sidecar_path",
    "worth_a_sidecar",
]

XMP_MIME = "application/rdf+xml"
SIDECAR_VARIANT = "xmp"
# Camera raw formats: Lightroom (and Capture One, Bridge, Photo Mechanic) read their edits
# from ``name.xmp``; for JPEG, TIFF, PNG or DNG Lightroom reads only what the file embeds.
RAW_EXTENSIONS = frozenset(
    [
        "3fr",
        "arw",
        "cr2",
        "cr3",
        "crw",
        "dcr",
        "erf",
        "iiq",
        "kdc",
        "mef",
        "mos",
        "mrw",
        "nef",
        "nrw",
        "orf",
        "pef",
        "raf",
        "raw",
        "rw2",
        "rwl",
        "sr2",
        "srf",
        "srw",
        "x3f",
    ]
)


def archival(settings: ExportSettings) -> bool:
    """Whether the export is an archival package: a BagIt bag or an archive hand-over."""
    return settings.target is TargetKind.BAGIT or settings.audience is Audience.ARCHIVE


def sidecar_metadata(entry: ExportEntry, language: str = "") -> SidecarMetadata:
    """What ``entry``'s sidecar holds: the catalogue's own (``entry.sidecar``, as Write XMP
    Sidecars writes it), else what the entry itself says; with the catalogue's capture
    time (a camera clock corrected in the catalogue, which the original does not know) as
    photoshop:DateCreated, as a published copy carries it. The event and session it names
    are in ``language`` when the programme has them so ("": the programme's own)."""
    from smparchive.core.domain.sidecars_xmp import SidecarMetadata

    created = created_text(entry)
    if entry.sidecar is not None:
        return replace(entry.sidecar, date_created=created)
    named = (entry.event_title_in(language), entry.session_title_in(language))
    event = " - ".join(t for t in named if t)
    return SidecarMetadata(
        titles=dict(entry.title),
        captions=dict(entry.caption),
        alt_texts=dict(entry.alt_text),
        keywords=entry.keywords,
        people=entry.people,
        rating=entry.rating,
        creator=entry.creator or None,
        credit_line=entry.credit_line or None,
        copyright=entry.copyright or None,
        licence=entry.licence or None,
        consent=None if entry.consent is Consent.UNKNOWN else entry.consent.value,
        event=event or None,
        date_created=created,
    )


def worth_a_sidecar(entry: ExportEntry) -> bool:
    """True when the sidecar would say more than "unrated, not flagged" (and than the
    capture time the original itself holds: a corrected camera clock is worth one)."""
    meta = sidecar_metadata(entry)
    if meta.date_created is not None and entry.clock_shift_s:
        return True
    return any(
        not (name in ("rating", "flag") and getattr(meta, name) == 0)
        for name in meta.present()
        if name != "date_created"
    )


def sidecar_bytes(entry: ExportEntry, default_lang: str) -> bytes:
    """``entry``'s XMP sidecar; ``default_lang``'s text fills each x-default."""
    from smparchive.core.domain.sidecars_xmp import merge_sidecar

    return merge_sidecar(None, sidecar_metadata(entry, default_lang), default_lang).data


def sidecar_path(relpath: str) -> str:
    """The sidecar of the file at ``relpath``: ``name.ext.xmp`` (see :func:`lightroom_names`)."""
    from smparchive.core.organise.sidecars import xmp_name

    folder, _, name = relpath.rpartition("/")
    stem = name.rsplit(".", 1)[0] if "." in name else name
    side = xmp_name(name, stem)
    return f"{folder}/{side}" if folder else side


def lightroom_names(files: list[str], sidecars: dict[str, str]) -> dict[str, str]:
    """``sidecars`` (file -> its ``name.ext.xmp``) with a raw file's renamed ``name.xmp``
    when no other of ``files`` in its folder shares its base name (``IMG_1.CR2`` beside
    ``IMG_1.JPG`` keeps ``IMG_1.CR2.xmp``: ``IMG_1.xmp`` would be read for both)."""
    stems: dict[tuple[str, str], int] = {}
    for path in files:
        folder, _, name = path.rpartition("/")
        key = (folder.lower(), name.rsplit(".", 1)[0].lower())
        stems[key] = stems.get(key, 0) + 1
    out = dict(sidecars)
    for path in sidecars:
        folder, _, name = path.rpartition("/")
        stem, dot, ext = name.rpartition(".")
        if not dot or ext.lower() not in RAW_EXTENSIONS:
            continue
        if stems.get((folder.lower(), stem.lower()), 0) == 1:
            out[path] = f"{folder}/{stem}.xmp" if folder else f"{stem}.xmp"
    return out

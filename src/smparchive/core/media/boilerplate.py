"""Camera boilerplate: the "captions" cameras write into every photo.

Many cameras fill EXIF ImageDescription (and some tools copy it into IPTC/XMP) with a fixed
maker string: "OLYMPUS DIGITAL CAMERA", "SONY DSC", "<KENOX S630 / Samsung S630>". It is no
caption and must never become one, nor a publication page's alt text. Two rules:

* a list of known maker strings, and the camera's own make/model written as a caption;
* a text that is the same on every photo of one camera and reads like a device label
  (names the make or model, or words such as "camera", "DSC") is boilerplate too: see
  :func:`device_like`, used by the catalogue after a scan.
"""

from __future__ import annotations

import re

from .info import MediaInfo

# Normalised (upper case, single spaces, no surrounding punctuation) known maker strings.
KNOWN: frozenset[str] = frozenset(
    {
        "OLYMPUS DIGITAL CAMERA",
        "SONY DSC",
        "DSC",
        "DIGITAL CAMERA",
        "DIGITAL STILL CAMERA",
        "KODAK DIGITAL STILL CAMERA",
        "KODAK CSC",
        "EASYSHARE CAMERA",
        "MINOLTA DIGITAL CAMERA",
        "KONICA MINOLTA DIGITAL CAMERA",
        "PENTAX DIGITAL CAMERA",
        "LEICA DIGITAL CAMERA",
        "SAMSUNG DIGITAL CAMERA",
        "SAMSUNG CAMERA PICTURES",
        "NIKON DIGITAL CAMERA",
        "FUJIFILM DIGITAL CAMERA",
        "PANASONIC DIGITAL CAMERA",
        "RICOH DIGITAL CAMERA",
        "CASIO DIGITAL CAMERA",
        "HP DIGITAL CAMERA",
        "SANYO DIGITAL CAMERA",
        "VIVITAR DIGITAL CAMERA",
        "AGFA DIGITAL CAMERA",
        "CAMERA",
        "PHOTO",
        "PICTURE",
        "IMAGE",
        "DEFAULT",
        "EXIF_JPEG_PICTURE",
        "EXIF JPEG PICTURE",
        "JPEG",
        "UNTITLED",
        "UNTITLED IMAGE",
    }
)
_DEVICE_WORDS = re.compile(r"\b(camera|dsc|digital|still|picture|img|exif)\b", re.IGNORECASE)
_TRIM = " \t\r\n\x00<>[]()\"'.,;:-_/"


def normalise(text: str) -> str:
    """Upper case, single spaces, surrounding punctuation and NULs removed."""
    return " ".join(text.replace("\x00", " ").split()).strip(_TRIM).upper()


def is_boilerplate(text: str | None, make: str | None = None, model: str | None = None) -> bool:
    """True for a known maker string, an empty text, or the camera's own make/model."""
    if text is None:
        return False
    norm = normalise(text)
    if not norm or norm in KNOWN:
        return True
    names = {normalise(x) for x in (make, model) if x}
    if make and model:
        names.add(normalise(f"{make} {model}"))
    names.discard("")
    return norm in names


def device_like(text: str, make: str | None, model: str | None) -> bool:
    """A short text that reads like a device label: names the make or model, or device
    words ("camera", "DSC" ...). Combined with "the same on every photo of one camera"."""
    if len(text) > 80 or "\n" in text:
        return False
    if _DEVICE_WORDS.search(text):
        return True
    upper = text.upper()
    for name in (make, model):
        for word in normalise(name or "").split():
            if len(word) >= 3 and word in upper:
                return True
    return False


def drop_boilerplate(info: MediaInfo) -> None:
    """Forget captions and titles that are camera boilerplate ("OLYMPUS DIGITAL CAMERA")."""
    for name in ("caption", "title"):
        texts: dict[str, str] = getattr(info, name)
        kept = {
            lang: text
            for lang, text in texts.items()
            if not is_boilerplate(text, info.camera_make, info.camera_model)
        }
        if len(kept) != len(texts):
            setattr(info, name, kept)

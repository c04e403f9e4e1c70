"""Guarded access to python-vlc: the app runs without libvlc and says how to install it."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import Any, cast

from smparchive.gui.i18n import translate

log = logging.getLogger(__name__)

_cache: dict[str, Any] = {}


class PlayerUnavailable(Exception):
    """libvlc cannot be used; the message says why and how to install VLC."""


def install_hint() -> str:
    """One sentence on how to get libvlc on this platform."""
    if sys.platform.startswith("linux"):
        return translate(
            "viewers",
            "Install VLC with your package manager (Debian/Ubuntu: sudo apt install vlc).",
        )
    if sys.platform == "darwin":
        return translate(
            "viewers", "Install VLC from https://www.videolan.org/vlc/ into /Applications."
        )
    return translate("viewers", "Install VLC (64-bit) from https://www.videolan.org/vlc/.")


def load_vlc() -> ModuleType:
    """The ``vlc`` module with a loadable libvlc, or :class:`PlayerUnavailable`."""
    if "module" in _cache:
        return _cache["module"]  # type: ignore[no-any-return]
    if "error" in _cache:
        raise PlayerUnavailable(_cache["error"])
    try:
        import vlc

        vlc.libvlc_get_version()
    except Exception as exc:  # ImportError, OSError, AttributeError from a broken libvlc
        log.info("libvlc is not available: %s", exc)
        _cache["error"] = translate("viewers", "VLC (libvlc) is not available. %1").replace(
            "%1", install_hint()
        )
        raise PlayerUnavailable(_cache["error"]) from exc
    _cache["module"] = vlc
    return cast(ModuleType, vlc)


def new_instance(args: Sequence[str]) -> Any:
    """A ``vlc.Instance`` for ``args`` or :class:`PlayerUnavailable` (it may return None)."""
    vlc = load_vlc()
    try:
        instance = vlc.Instance(list(args))
    except Exception as exc:
        log.info("VLC could not start: %s", exc)
        raise PlayerUnavailable(
            translate("viewers", "VLC could not start. %1").replace("%1", install_hint())
        ) from exc
    if instance is None:
        raise PlayerUnavailable(
            translate("viewers", "VLC could not start (its plugins are missing?). %1").replace(
                "%1", install_hint()
            )
        )
    return instance


def vlc_version() -> str | None:
    """The libvlc version string, or None without libvlc."""
    try:
        return str(load_vlc().libvlc_get_version().decode("utf-8", "replace"))
    except PlayerUnavailable:
        return None

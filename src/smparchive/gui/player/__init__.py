"""Video and audio playback with python-vlc, guarded: without libvlc the app still runs.

``PlayerView`` is an item viewer used by :func:`smparchive.gui.viewers.open_viewer`;
``vlc_version()`` tells whether libvlc is usable (None when it is not).
"""

from __future__ import annotations

from smparchive.gui.player.vlcsupport import PlayerUnavailable, install_hint, vlc_version

__all__ = ["PlayerUnavailable", "install_hint", "vlc_version"]

"""A deck shown without LibreOffice: its embedded first-slide picture fits the page strip.

The picture was returned at its own size (wider than the strip's cell) and drawn cut on
both sides, unlike the title cards below it.
"""

from __future__ import annotations

import io

from PIL import Image


def test_the_embedded_picture_comes_at_the_size_asked() -> None:
    from smparchive.gui.viewers.deck import STRIP_SIZE
    from smparchive.gui.viewers.deck_source import DeckContent, render_page

    buf = io.BytesIO()
    Image.new("RGB", (640, 360), (30, 60, 120)).save(buf, "JPEG")
    content = DeckContent(None, [], picture=buf.getvalue())
    image = render_page(content, None, 0, STRIP_SIZE)
    assert (image.width(), image.height()) == (STRIP_SIZE, STRIP_SIZE * 360 // 640)

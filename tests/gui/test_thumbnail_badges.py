"""A badge on a thumbnail stays on its picture: in the loupe's French filmstrip the truncated
JPEG's "⚠ Avertissement" ran past its cell over the next photo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from tests.gui.test_time_agreement import record

from smparchive.gui.models.roles import RECORD_ROLE, THUMBNAIL_ROLE
from smparchive.gui.viewers.filmstrip import STRIP_THUMB
from smparchive.gui.views.delegate import ThumbnailDelegate, card_rect, fitted, picture_rect

MARGIN = 80  # painted beside the cell: what a badge spills over


def _painted(delegate: ThumbnailDelegate, rec: Any) -> tuple[QImage, QRect, QRect]:
    """The cell of ``rec`` (a white picture) painted at the origin of a grey image wider
    than it: (the image, the cell, the picture's rectangle)."""
    size = delegate.cell_size()
    picture = QPixmap(QSize(256, 171))
    picture.fill(Qt.GlobalColor.white)
    model = QStandardItemModel()
    item = QStandardItem()
    item.setData(rec, RECORD_ROLE)
    item.setData(picture, THUMBNAIL_ROLE)
    model.appendRow(item)
    cell = QRect(0, 0, size.width(), size.height())
    option = QStyleOptionViewItem()
    option.rect = cell
    option.font = QApplication.font()
    image = QImage(QSize(size.width() + MARGIN, size.height()), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.gray)
    painter = QPainter(image)
    delegate.paint(painter, option, model.index(0, 0))
    painter.end()
    area = picture_rect(card_rect(cell), delegate.text_h)
    return image, cell, fitted(picture.size(), area)


def _untouched_right_of(image: QImage, x0: int) -> bool:
    grey = QImage(1, 1, QImage.Format.Format_ARGB32)
    grey.fill(Qt.GlobalColor.gray)
    return all(
        image.pixel(x, y) == grey.pixel(0, 0)
        for x in range(x0, image.width())
        for y in range(image.height())
    )


def _plain_right_of_picture(image: QImage, pic: QRect, cell: QRect) -> bool:
    """Beside the picture, down to its bottom, only the card's own colour: no badge."""
    x0, x1 = pic.right() + 1, card_rect(cell).right() - 1
    colours = {image.pixel(x, y) for x in range(x0, x1) for y in range(pic.top(), pic.bottom())}
    return x1 > x0 and len(colours) == 1


def _badge_drawn(image: QImage, pic: QRect) -> bool:
    """Something other than the white picture at its bottom left, where badges stack."""
    return any(
        image.pixelColor(x, y).lightness() < 200
        for x in range(pic.left() + 4, pic.left() + 30)
        for y in range(pic.bottom() - 18, pic.bottom() - 6)
    )


def test_a_status_badge_stays_inside_a_narrow_filmstrip_cell(qapp: Any, french: Any) -> None:
    strip = ThumbnailDelegate(STRIP_THUMB, names=False)
    for status in ("warning", "offline", "missing", "error"):
        image, cell, pic = _painted(strip, record(status=status))
        assert _untouched_right_of(image, cell.right() + 1), status
        assert _plain_right_of_picture(image, pic, cell), status
        assert _badge_drawn(image, pic), status  # shortened, not dropped


def test_a_consent_badge_stays_inside_a_narrow_filmstrip_cell(qapp: Any, french: Any) -> None:
    strip = ThumbnailDelegate(STRIP_THUMB, names=False)
    for consent in ("do_not_publish", "internal_only"):
        image, cell, pic = _painted(strip, record(consent=consent, status="offline"))
        assert _untouched_right_of(image, cell.right() + 1), consent
        assert _plain_right_of_picture(image, pic, cell), consent
    assert _badge_drawn(image, pic)


def test_the_grid_keeps_its_badges_whole(qapp: Any, french: Any) -> None:
    """The grid's wide cells have room: the whole word, as before."""
    grid = ThumbnailDelegate()
    rec = record(status="warning")
    image, cell, pic = _painted(grid, rec)
    assert _untouched_right_of(image, cell.right() + 1)
    strip_image, _, strip_pic = _painted(ThumbnailDelegate(STRIP_THUMB, names=False), rec)

    def badge_width(img: QImage, p: QRect) -> int:
        y = p.bottom() - 12
        xs = [x for x in range(p.left(), p.right()) if img.pixelColor(x, y).lightness() < 200]
        return max(xs) - min(xs) if xs else 0

    assert badge_width(image, pic) > badge_width(strip_image, strip_pic)


def test_a_narrow_cell_shows_a_badge_s_sign_not_a_word_cut(
    qapp: Any, french: Any, monkeypatch: Any
) -> None:
    """Walked in French: the loupe's filmstrip said "⚠ Avertiss…" under the truncated JPEG
    and the audio file, a word cut. A badge that does not fit shows its sign whole (the
    cell's tooltip says the rest); the grid keeps the words."""
    from smparchive.gui.views import delegate as module

    drawn: list[str] = []
    real = module._chip

    def recording(p: Any, r: Any, text: str, bg: Any) -> None:
        drawn.append(text)
        real(p, r, text, bg)

    monkeypatch.setattr(module, "_chip", recording)
    strip = ThumbnailDelegate(STRIP_THUMB, names=False)
    for values in (
        {"status": "warning"},
        {"status": "offline"},
        {"consent": "do_not_publish"},
        {"kind": "audio", "duration_s": 5.0, "status": "warning"},
    ):
        drawn.clear()
        _painted(strip, record(**values))
        assert drawn and not [t for t in drawn if "…" in t], (values, drawn)
    drawn.clear()
    _painted(ThumbnailDelegate(), record(status="warning"))
    assert drawn == ["⚠ Avertissement"]


def test_a_card_with_a_consent_badge_names_the_consent_when_pointed_at(
    qtbot: Any, window: Any, french: Any
) -> None:
    """A narrow cell shows a consent badge as its sign alone ("⊘"): the card's tooltip
    says which consent it stands for; a card without a badge says nothing of consent."""
    from smparchive.core.vocab import Consent

    ids = window.catalog.query_ids()[:2]
    window.ops.set_fields([ids[0]], "consent", consent=Consent.DO_NOT_PUBLISH)
    qtbot.waitUntil(lambda: window.store.cached(ids[0]).consent == Consent.DO_NOT_PUBLISH)

    def tip(item_id: int) -> str:
        index = window.grid_model.index(window.store.row_of(item_id), 0)
        return str(index.data(Qt.ItemDataRole.ToolTipRole))

    assert "Consentement\u00a0: Ne pas publier" in tip(ids[0])
    assert "Consentement" not in tip(ids[1])

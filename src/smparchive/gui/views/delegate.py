"""Paints one grid cell: the thumbnail and the badges culling needs at a glance."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from smparchive.core.catalog.records import ItemRecord
from smparchive.core.thumbcache import THUMB
from smparchive.core.vocab import Consent, Flag, ItemStatus, Kind
from smparchive.gui import formatting as fmt
from smparchive.gui.i18n import translate
from smparchive.gui.icons import kind_icon
from smparchive.gui.models.roles import RECORD_ROLE, THUMBNAIL_ROLE

TEXT_H = 36
PAD = 6
GOLD = QColor("#f2b600")
PICK = QColor("#2fa35a")
REJECT = QColor("#d93f3f")
BADGE_BG = QColor(20, 22, 26, 190)


class ThumbnailDelegate(QStyledItemDelegate):
    """Thumbnail, name, stars, flag, colour label, kind/duration/pages, consent, status."""

    def __init__(
        self, thumb_size: int = 180, parent: QObject | None = None, *, names: bool = True
    ) -> None:
        super().__init__(parent)
        self.thumb_size = thumb_size
        # the filmstrip leaves the names out (the loupe says the shown one): the stars, and
        # the time on the line below them (beside them, a date, "1 Jun 08:45", hid the
        # dots). The strip keeps its height, so the photo above does too: that line takes
        # from the picture's square, where a landscape photo (90 x 67 px) still fits whole.
        self.names = names
        self.text_h = TEXT_H
        self.picture_h = thumb_size if names else thumb_size - TEXT_H // 2
        # the filmstrip's narrow cells: closer stars and margins, so a corrected time fits
        self.star_step = 14 if names else 10
        self.text_pad = PAD if names else 2
        self._pictures = ScaledPictures()

    def cell_size(self) -> QSize:
        return QSize(self.thumb_size + 2 * PAD + 8, self.picture_h + self.text_h + 2 * PAD + 8)

    def stars_width(self, rating: int) -> int:
        """What the stars given take before the capture time (the dots of the others give
        way to it)."""
        return rating * self.star_step + 2 if rating else 0

    def faint_dots(self, rating: int, room: int) -> int:
        """How many faint dots stand for the stars not given in ``room`` px before the time:
        all of them or none (one or two dots alone read as a rating)."""
        return 5 - rating if 5 * self.star_step <= room else 0

    def time_width(self, cell_width: int, rating: int = 0) -> int:
        """The room for the capture time in a cell ``cell_width`` wide, after ``rating`` stars."""
        card = card_rect(QRect(0, 0, cell_width, 1)).width()
        return card - 2 * self.text_pad - self.stars_width(rating)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return self.cell_size()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        pal = option.palette
        cell = card_rect(option.rect)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        current = bool(option.state & QStyle.StateFlag.State_HasFocus)
        bg = (
            pal.color(QPalette.ColorRole.Highlight)
            if selected
            else pal.color(QPalette.ColorRole.AlternateBase)
        )
        if selected:
            bg.setAlpha(110)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bg)
        painter.drawRoundedRect(cell, 6, 6)
        if current:  # the filmstrip's (the shown or active compared photo): bolder
            pen = 2 if self.names else 3
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), pen))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            inset = pen / 2
            painter.drawRoundedRect(QRectF(cell).adjusted(inset, inset, -inset, -inset), 6, 6)

        thumb_rect = picture_rect(cell, self.text_h)
        rec: ItemRecord | None = index.data(RECORD_ROLE)
        pix = index.data(THUMBNAIL_ROLE) if rec is not None else None
        # Rejects recede: drawn faded (an overlay filled over each picture cost ms per cell)
        reject = rec is not None and rec.flag == -1
        if pix is not None and not pix.isNull():
            target = fitted(pix.deviceIndependentSize().toSize(), thumb_rect)
            if reject:
                painter.setOpacity(0.45)
            painter.drawPixmap(target.topLeft(), self._pictures.at_size(pix, target.size()))
            painter.setOpacity(1.0)
            image_rect = target
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            base = pal.color(QPalette.ColorRole.Base)
            painter.setBrush(base.darker(160) if reject else base)
            painter.drawRoundedRect(thumb_rect, 4, 4)
            if rec is not None:
                side = min(56, thumb_rect.height() // 2)
                icon_rect = QRect(0, 0, side, side)
                icon_rect.moveCenter(thumb_rect.center())
                kind_icon(rec.kind).paint(painter, icon_rect)
            image_rect = thumb_rect
        if rec is not None:
            self._badges(painter, rec, image_rect)
            self._caption(painter, option, rec, cell, thumb_rect)
        painter.restore()

    # -- parts -----------------------------------------------------------------------------
    def _badges(self, p: QPainter, rec: ItemRecord, image: QRect) -> None:
        small = QFont(p.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        small.setBold(True)
        p.setFont(small)
        # one metrics object and one measure per chip: this runs for every painted cell
        fm = QFontMetrics(small)
        kind_text = ""
        if rec.kind in (Kind.VIDEO, Kind.AUDIO) and rec.duration_s:
            kind_text = ("▶ " if rec.kind == Kind.VIDEO else "♪ ") + fmt.duration(rec.duration_s)
        elif rec.kind in (Kind.SLIDES, Kind.DOCUMENT) and rec.page_count:
            kind_text = translate("format", "%n p").replace("%n", str(rec.page_count))
        elif rec.kind != Kind.PHOTO:
            kind_text = fmt.kind_name(rec.kind)
        bottom = image.bottom() - 20
        taken = QRect()
        # a badge never runs past its picture (the filmstrip's 90 px ones: "⚠ Avertissement"
        # was drawn over the next photo): its text is shortened to the room there is
        room = image.width() - 8
        if kind_text:  # bottom right, as players show a length: a slide's title is top left
            kind_text, size = _fitted_chip(fm, kind_text, room)
            taken = QRect(QPoint(0, bottom), size)
            taken.moveRight(image.right() - 4)
            _chip(p, taken, kind_text, BADGE_BG)
        if rec.flag:
            d = 18
            r = QRect(image.right() - d - 4, image.top() + 4, d, d)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(PICK if rec.flag == Flag.PICK else REJECT)
            p.drawEllipse(r)
            p.setPen(QPen(Qt.GlobalColor.white, 2))
            c = r.center()
            if rec.flag == Flag.PICK:
                p.drawPolyline([c + _pt(-4, 0), c + _pt(-1, 3), c + _pt(4, -3)])
            else:
                p.drawLine(c + _pt(-3, -3), c + _pt(3, 3))
                p.drawLine(c + _pt(-3, 3), c + _pt(3, -3))

        def left_chip(text: str, colour: QColor, short: str) -> None:
            # stacked up from the bottom left, above the length where a narrow cell has both
            nonlocal bottom
            text, size = _fitted_chip(fm, text, room, short)
            if QRect(QPoint(image.left() + 4, bottom), size).intersects(taken):
                bottom -= 22
            _chip(p, QRect(QPoint(image.left() + 4, bottom), size), text, colour)
            bottom -= 22

        if rec.status != ItemStatus.OK:
            colour = (
                REJECT
                if rec.status in (ItemStatus.ERROR, ItemStatus.MISSING)
                else QColor("#d97706")
            )
            left_chip("⚠ " + fmt.status_name(rec.status), colour, "⚠")
        consent = rec.effective_consent  # as the export decides (a closed session's photo)
        if consent in fmt.BADGED_CONSENTS:
            colour = REJECT if consent == Consent.DO_NOT_PUBLISH else QColor("#b7791f")
            text = (
                translate("format", "No publish")
                if consent == Consent.DO_NOT_PUBLISH
                else translate("format", "Internal")
            )
            left_chip(text, colour, "⊘")

    def _caption(
        self, p: QPainter, option: QStyleOptionViewItem, rec: ItemRecord, cell: QRect, thumb: QRect
    ) -> None:
        p.setFont(option.font)
        fm = QFontMetrics(option.font)
        top = thumb.bottom() + 4
        pad = self.text_pad
        text_rect = QRect(cell.x() + pad, top, cell.width() - 2 * pad, fm.height())
        name_rect = QRect(text_rect)
        if not self.names:  # one line: the stars and the time
            text_rect.translate(0, -fm.height() - 2)
        if self.names and rec.color_label:
            dot = QRect(text_rect.left(), text_rect.top() + (fm.height() - 10) // 2, 10, 10)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(fmt.LABEL_COLOURS.get(rec.color_label, "#888")))
            p.drawEllipse(dot)
            name_rect.setLeft(dot.right() + 5)
        p.setPen(option.palette.color(QPalette.ColorRole.Text))
        if self.names:
            name = fm.elidedText(rec.name, Qt.TextElideMode.ElideMiddle, name_rect.width())
            p.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        stars_rect = QRect(text_rect.left(), text_rect.bottom() + 2, text_rect.width(), fm.height())
        faint = option.palette.color(QPalette.ColorRole.PlaceholderText)
        room, when, dots = self.caption_parts(fm, rec, stars_rect)
        x = stars_rect.left()
        for n in range(rec.rating + dots):
            given = n < rec.rating
            p.setPen(GOLD if given else faint)
            p.drawText(
                QRect(x, stars_rect.top(), self.star_step, fm.height()),
                Qt.AlignmentFlag.AlignCenter,
                "★" if given else "·",
            )
            x += self.star_step
        p.setPen(faint)
        p.drawText(room, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, when)

    def caption_parts(
        self, fm: QFontMetrics, rec: ItemRecord, stars: QRect
    ) -> tuple[QRect, str, int]:
        """Where the capture time goes, as what text, and how many faint dots follow the
        stars on the line ``stars``. In the grid the time is at the right, never over a
        star, and the dots make way for it ('09:36 (+1 h 09 s)' is wider than the room
        after five stars): all five places or none, since one or two dots alone read as a
        rating. The filmstrip's cells are too narrow for both ("1 Jun 08:45" hid the dots):
        its time is on the line below, every cell alike."""
        if not self.names:
            room = stars.translated(0, fm.height())
            return room, caption_time(fm, rec, room.width()), 5 - rec.rating
        room = QRect(stars)
        room.setLeft(stars.left() + self.stars_width(rec.rating))
        when = caption_time(fm, rec, room.width())
        free = room.right() - fm.horizontalAdvance(when) - 2 - stars.left()  # left of it
        return room, when, self.faint_dots(rec.rating, free)


def _fitted_chip(fm: QFontMetrics, text: str, room: int, short: str = "") -> tuple[str, QSize]:
    """``text`` as a chip at most ``room`` px wide shows it: whole, else its sign ``short``
    (the filmstrip's French cells showed "⚠ Avertiss…", a word cut; the sign is whole and
    the cell's tooltip says the rest), else elided; with the chip's size, measured once."""
    width = fm.horizontalAdvance(text)
    if width + 10 > room and short:
        text, width = short, fm.horizontalAdvance(short)
    if width + 10 > room:
        text = fm.elidedText(text, Qt.TextElideMode.ElideRight, max(0, room - 10))
        width = fm.horizontalAdvance(text)
    return text, QSize(width + 10, fm.height() + 2)


def _chip(p: QPainter, r: QRect, text: str, bg: QColor) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(bg)
    p.drawRoundedRect(r, 4, 4)
    p.setPen(Qt.GlobalColor.white)
    p.drawText(r, Qt.AlignmentFlag.AlignCenter, text)


def caption_time(fm: QFontMetrics, rec: ItemRecord, width: int) -> str:
    """The capture time under a thumbnail in ``width`` px: '09:36 (+1 h 09 s)', else
    '09:36*' (a filmstrip's cell), else that elided."""
    when = fmt.capture_clock(rec)
    if fm.horizontalAdvance(when) <= width:
        return when
    short = fmt.capture_clock(rec, short=True)
    if fm.horizontalAdvance(short) <= width:
        return short
    day = fmt.capture_day(rec)  # '31 May': another day than its own, said before its hour
    if day and fm.horizontalAdvance(day) <= width:
        return day
    return fm.elidedText(short, Qt.TextElideMode.ElideRight, width)


class ScaledPictures:
    """Thumbnails scaled to the size their cells show them at, kept for the next paint.

    Drawing a 256 px thumbnail into a 180 px cell scales it at every paint (0.1-0.6 ms a
    cell on this machine, a screenful's worth at each step of a scroll); a picture of the
    cell's own size is copied (~7 us). Kept least recently used first, up to ``budget``
    bytes (the grid's screenfuls either side; a changed thumbnail is a new picture)."""

    def __init__(self, budget: int = 48 * 1024 * 1024) -> None:
        self.budget = budget
        self._held: OrderedDict[tuple[int, int, int, float], QPixmap] = OrderedDict()
        self._bytes = 0

    def at_size(self, picture: QPixmap, size: QSize) -> QPixmap:
        """``picture`` at ``size`` (device-independent pixels), with its pixel ratio."""
        ratio = picture.devicePixelRatio()
        if picture.deviceIndependentSize().toSize() == size:
            return picture
        key = (picture.cacheKey(), size.width(), size.height(), ratio)
        found = self._held.get(key)
        if found is not None:
            self._held.move_to_end(key)
            return found
        scaled = picture.scaled(
            size * ratio,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        scaled.setDevicePixelRatio(ratio)
        self._held[key] = scaled
        self._bytes += _bytes_of(scaled)
        while self._bytes > self.budget and len(self._held) > 1:
            self._bytes -= _bytes_of(self._held.popitem(last=False)[1])
        return scaled

    def __len__(self) -> int:
        return len(self._held)


def _bytes_of(picture: QPixmap) -> int:
    return picture.width() * picture.height() * 4


def card_rect(cell: QRect) -> QRect:
    """The card painted in a grid cell: the whole cell but a 4 px margin, so neighbouring
    cards stand 8 px apart however wide the grid stretched its cells."""
    return QRect(cell).adjusted(4, 4, -4, -4)


def picture_rect(card: QRect, text_h: int = TEXT_H) -> QRect:
    """Where the picture goes in a card: its width, above the name and the stars (a
    stretched cell is as much taller as it is wider, so this stays square)."""
    return QRect(
        card.x() + PAD,
        card.y() + PAD,
        card.width() - 2 * PAD,
        max(8, card.height() - 2 * PAD - text_h),
    )


def fitted(picture: QSize, area: QRect) -> QRect:
    """The picture scaled to fit ``area``, centred; a grid thumbnail (THUMB px) is never
    enlarged past its own pixels (a blurred picture), a smaller stand-in (a camera's
    embedded thumbnail, shown until ours exists) only up to THUMB."""
    size = picture.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    longest = max(picture.width(), picture.height(), THUMB)
    if max(size.width(), size.height()) > longest:
        size = picture.scaled(QSize(longest, longest), Qt.AspectRatioMode.KeepAspectRatio)
    target = QRect(0, 0, size.width(), size.height())
    target.moveCenter(area.center())
    return target


def _pt(x: int, y: int) -> QPoint:
    return QPoint(x, y)

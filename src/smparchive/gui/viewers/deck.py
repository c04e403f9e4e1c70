"""Slide-deck and document viewer: page strip, rendered page, text and notes, find (Ctrl+F)."""

from __future__ import annotations

import html
import logging
from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QKeyEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smparchive.core.catalog.records import ItemRecord
from smparchive.core.media.pages import (
    Box,
    PageError,
    PageStore,
    SlideText,
    find_pages,
    match_spans,
)
from smparchive.core.media.pdftext import reflow
from smparchive.gui import problem_texts
from smparchive.gui.i18n import filled, translate
from smparchive.gui.settings import Settings
from smparchive.gui.viewers import keys
from smparchive.gui.viewers.base import ItemViewer
from smparchive.gui.viewers.deck_marks import HIT_ANCHOR, Marks, paragraphs
from smparchive.gui.viewers.deck_source import DeckContent, deck_format, open_deck, render_page
from smparchive.gui.viewers.deck_strip import STRIP_SIZE, PageStripModel
from smparchive.gui.viewers.info import status_line
from smparchive.gui.viewers.keys import commands
from smparchive.gui.viewers.zoomview import STEP, ZoomView

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog
    from smparchive.gui.ops import OpRunner
    from smparchive.gui.tasks import TaskScope

log = logging.getLogger(__name__)

PAGE_SIZE = 1600
# Below NARROW px (the loupe beside the sidebar and inspector on a laptop) the side panes give
# way to the page the user came to see: the strip's pictures shrink to COMPACT_STRIP px and
# the text pane closes unless the user opened it (I, the Text button) or a find is open.
NARROW, COMPACT_STRIP = 1040, 120
TEXT_WIDTH, NARROW_TEXT_WIDTH = 280, 220
KEPT_IMAGES = 96


class DeckViewer(ItemViewer):
    """Keys: Right/Down/PageDown/Space next page, Left/Up/PageUp/Backspace previous, Home/End,
    +/- zoom, Ctrl+0 fit, Ctrl+F find (Enter next match, Shift+Enter previous, Esc closes;
    the matches are marked on the page, the current one stands out),
    0-5 rating, P/X/U flags. Ctrl+PageDown/PageUp (window) move to the next item."""

    own_keys = frozenset({Qt.Key.Key_Space})

    def __init__(
        self,
        catalog: Catalog,
        tasks: TaskScope,
        ops: OpRunner,
        parent: QWidget | None = None,
        *,
        convert_timeout_s: float = 120.0,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(catalog, tasks, ops, parent)
        self.convert_timeout_s = convert_timeout_s
        self.settings = settings if settings is not None else Settings()
        # the text pane as the user set it (kept for next time); None: by the width
        self.text_choice: bool | None = self.settings.deck_text
        self.strip_edge = STRIP_SIZE  # the strip's pictures: smaller in a narrow viewer
        self._arranged: tuple[bool, bool] | None = None  # (narrow, text shown) laid out
        cache_dir = catalog.cache_dir
        self.store = PageStore(cache_dir) if cache_dir is not None else None
        self.content: DeckContent | None = None
        self.page = 0
        self.position = (0, 1)
        self.error: str | None = None
        self.hits: list[int] = []
        self.found = ""  # the text looked for: marked in the page's text panel and picture
        self.boxes: dict[int, list[list[Box]]] = {}  # per page: each match's rectangles
        self.match = 0  # the current match on this page (-1: its last, once boxes are known)
        self._boxes_pending: set[int] = set()
        self._images: OrderedDict[tuple[int, int], QImage] = OrderedDict()
        self._pending: set[tuple[int, int]] = set()
        self._broken: set[tuple[int, int]] = set()
        self._generation = 0
        self._build()

    def _build(self) -> None:
        self.model = PageStripModel(self, self)
        self.strip = QListView(self)
        self.strip.setModel(self.model)
        self.strip.setViewMode(QListView.ViewMode.IconMode)
        self.strip.setFlow(QListView.Flow.TopToBottom)
        self.strip.setWrapping(False)
        self.strip.setMovement(QListView.Movement.Static)
        self.strip.setResizeMode(QListView.ResizeMode.Adjust)
        self.strip.setSpacing(4)
        self.strip.setWordWrap(False)
        self.strip.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.strip.setUniformItemSizes(True)
        self.strip.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.strip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._size_strip(STRIP_SIZE)
        self.strip.setStyleSheet("QListView{background:#1c1c1c;color:#ddd}")
        self.strip.clicked.connect(lambda index: self.go_to_page(index.row()))
        self.view = ZoomView(self)
        self.view.upscale_fit = True
        self.notes = QTextBrowser(self)
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.notes.setMinimumWidth(220)
        self.find_edit = QLineEdit(self)
        self.find_edit.setPlaceholderText(
            translate("viewers", "Find in the deck (accents and case ignored)")
        )
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.textChanged.connect(self.find_text)
        self.find_edit.returnPressed.connect(lambda: self.next_hit(1))
        self.find_edit.installEventFilter(self)
        self.find_label = QLabel(self)
        self.find_bar = QWidget(self)
        bar = QHBoxLayout(self.find_bar)
        bar.setContentsMargins(6, 4, 6, 4)
        bar.addWidget(self.find_edit, 1)
        bar.addWidget(self.find_label)
        self.find_bar.hide()
        self.message = QLabel(self)
        self.message.setObjectName("deckMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("background:#5a4a1d;color:#fff;padding:6px 10px")
        self.message.hide()
        footer = QWidget(self)
        footer.setObjectName("deckFooter")
        footer.setStyleSheet(
            "#deckFooter{background:#202020}"
            "#deckFooter QToolButton{color:#ddd;border:1px solid #555;border-radius:3px;"
            "padding:2px 10px}"
            "#deckFooter QToolButton:checked{background:#3d5a80;border-color:#6b8fc0}"
        )
        self.status = QLabel(footer)
        self.status.setStyleSheet("color:#ddd;padding:3px 8px")
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status.setWordWrap(True)  # its keys whole on a laptop, in French too
        self.text_button = QToolButton(footer)
        self.text_button.setText(translate("viewers", "Text"))
        self.text_button.setToolTip(
            translate("viewers", "Show or hide the page's text and speaker notes (%1)").replace(
                "%1", "I"
            )
        )
        self.text_button.setCheckable(True)
        self.text_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.text_button.clicked.connect(lambda: self.toggle_text())
        row = QHBoxLayout(footer)
        row.setContentsMargins(0, 0, 6, 0)
        row.addWidget(self.status, 1)
        row.addWidget(self.text_button)
        self.splitter = QSplitter(self)
        for n, pane in enumerate((self.strip, self.view, self.notes)):
            self.splitter.addWidget(pane)
            self.splitter.setCollapsible(n, False)  # dragged to nothing, a pane seemed lost
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(footer)
        self._arrange()

    # -- room for the page ------------------------------------------------------------------
    def text_shown(self) -> bool:
        """Whether the text pane is open: as the user set it, else where there is room for
        it beside the page, or while a find is open (the words are marked there)."""
        if self.text_choice is not None:
            return self.text_choice
        return self.width() >= NARROW or not self.find_bar.isHidden()

    def toggle_text(self) -> None:
        """Open or close the text pane (I, the Text button); the choice is kept."""
        self.text_choice = not self.text_shown()
        self.settings.deck_text = self.text_choice
        self._arrange()

    def _size_strip(self, edge: int) -> None:
        self.strip_edge = edge
        self.strip.setIconSize(QSize(edge, edge * 3 // 4))
        self.strip.setGridSize(QSize(edge + 6, edge * 3 // 4 + 34))
        self.strip.setMinimumWidth(edge + 30)
        self.strip.setMaximumWidth(edge + 40)

    def _arrange(self) -> None:
        """Share the width between strip, page and text for the viewer's width; the page
        gets what is left. Done when the arrangement changes, so dragged panes stay."""
        narrow, text = self.width() < NARROW, self.text_shown()
        self.text_button.setChecked(text)
        if (narrow, text) == self._arranged:
            return
        self._arranged = (narrow, text)
        edge = COMPACT_STRIP if narrow else STRIP_SIZE
        if edge != self.strip_edge:
            self._size_strip(edge)
            self.model.layoutChanged.emit()  # the cells' sizes again
        self.notes.setVisible(text)
        strip = edge + 40
        notes = (NARROW_TEXT_WIDTH if narrow else TEXT_WIDTH) if text else 0
        self.splitter.setSizes([strip, max(1, self.width() - strip - notes), notes])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    # -- opening ----------------------------------------------------------------------------
    def set_position(self, index: int, count: int) -> None:
        self.position = (index, count)

    def show_item(self, record: ItemRecord, neighbours: list[ItemRecord] | None = None) -> None:
        self._close_content()
        self._generation += 1
        generation = self._generation
        self.record = record
        self.page = 0
        self.error = None
        self.model.reset([], 0)
        self.view.set_image(None)
        self.notes.setHtml("<p>" + html.escape(translate("viewers", "Opening…")) + "</p>")
        self._show_message(None)
        self._update_status()
        store, timeout = self.store, self.convert_timeout_s
        self.tasks.submit(
            lambda: open_deck(record, store, timeout),
            lambda content: self._opened(generation, content),
            lambda exc: self._failed(generation, exc),
            long=True,
        )

    def _opened(self, generation: int, content: DeckContent) -> None:
        if generation != self._generation:
            content.close()
            return
        self.content = content
        self.model.reset(content.slides, content.count)
        self._show_message(content.notice)
        self.go_to_page(0)
        if self.find_edit.text():
            self.find_text(self.find_edit.text())

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        text = (
            problem_texts.error_text(exc)
            if isinstance(exc, PageError)
            else translate("viewers", "The deck cannot be opened.")
        )
        if not isinstance(exc, PageError):
            log.warning("deck failed: %r", exc)
        self.error = text
        self.notes.setHtml(f"<p><b>{html.escape(text)}</b></p>")
        self._show_message(text)
        self._update_status()

    def _close_content(self) -> None:
        if self.content is not None:
            self.content.close()
            self.content = None
        self._images.clear()
        self._pending.clear()
        self._broken.clear()
        self.boxes.clear()
        self._boxes_pending.clear()

    # -- pages ------------------------------------------------------------------------------
    def cached(self, index: int, size: int) -> QImage | None:
        image = self._images.get((index, size))
        if image is not None:
            self._images.move_to_end((index, size))
        return image

    def request(self, index: int, size: int) -> None:
        """Render a page in the background unless it is cached or on its way."""
        content, key = self.content, (index, size)
        if content is None or key in self._pending or key in self._images or key in self._broken:
            return
        self._pending.add(key)
        generation, store = self._generation, self.store

        def done(image: QImage) -> None:
            if generation != self._generation:
                return
            self._pending.discard(key)
            self._images[key] = image
            while len(self._images) > KEPT_IMAGES:
                self._images.popitem(last=False)
            if size == STRIP_SIZE:
                self.model.refresh(index)
            if index == self.page and size == PAGE_SIZE:
                self.view.set_image(image)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            if content.pdf is None:  # no renderer: a title card stands in (and is kept)
                done(title_card(self._slide(index), index, size))
                return
            self._broken.add(key)  # never asked again (the strip would loop on it)
            self._pending.discard(key)
            if index == self.page and size == PAGE_SIZE:
                self.view.set_image(None)
                self._show_message(problem_texts.error_text(exc))

        self.tasks.submit(lambda: render_page(content, store, index, size), done, failed)

    def go_to_page(self, index: int, match: int = 0) -> None:
        """Show page ``index``; ``match`` is the found word that stands out on it (-1: last)."""
        if self.content is None or not 0 <= index < self.content.count:
            return
        self.page = index
        self.match = match
        self.strip.setCurrentIndex(self.model.index(index))
        image = self.cached(index, PAGE_SIZE)
        self.view.set_image(image if image is not None else self.cached(index, STRIP_SIZE))
        if image is None:
            self.request(index, PAGE_SIZE)
        if index + 1 < self.content.count:
            self.request(index + 1, PAGE_SIZE)
        self._show_marks()
        self._update_status()

    def _slide(self, index: int) -> SlideText:
        slides = self.model.slides
        return slides[index] if 0 <= index < len(slides) else SlideText("", "", "")

    def _text(self, index: int) -> str:
        """Page ``index``'s text as the panel shows it: a PDF's lines joined into paragraphs
        (its own line breaks read ragged in a narrow pane); a slide's lines are its own."""
        text = self._slide(index).text
        return reflow(text) if self._reflows else text

    @property
    def _reflows(self) -> bool:
        return self.record is not None and deck_format(self.record) == "PDF"

    def _show_texts(self, index: int) -> None:
        """The page's title, text and notes, the found words marked; the current match (as
        on the page picture) stands out in the text, where the panel scrolls to it."""
        slide = self._slide(index)
        marks = Marks(self.found, self._current_mark())
        title = slide.title or translate("viewers", "Page %1").replace("%1", str(index + 1))
        # the title repeats the text's first line (a PDF's) or is in it (a slide's shapes):
        # not counted; the page's matches are its text's (as on the picture), then its
        # notes' (Enter walks them in that order), so the text is marked first
        title_html = marks.html(title, counted=False)
        text_html = paragraphs(self._text(index), marks) if slide.text else ""
        notes_html = paragraphs(slide.notes, marks) if slide.notes else ""
        # the text, then its notes (as on PowerPoint's notes page and in the find's order:
        # with the notes first, Enter went from the text's last match up to the notes)
        parts = [f"<h3>{title_html}</h3>"]
        if slide.text:
            parts.append("<h4>" + html.escape(translate("viewers", "Text")) + "</h4>")
            parts.append(text_html)
        if slide.notes:
            parts.append("<h4>" + html.escape(translate("viewers", "Speaker notes")) + "</h4>")
            parts.append(notes_html)
        if not slide.notes and not slide.text:
            parts.append(
                "<p><i>" + html.escape(translate("viewers", "No text on this page.")) + "</i></p>"
            )
        self.notes.setHtml("".join(parts))
        if marks.anchored:
            self.notes.scrollToAnchor(HIT_ANCHOR)  # the current match, else the first mark
            bar = self.notes.verticalScrollBar()
            if bar.value() < bar.maximum():  # at the top: with the lines before it in sight
                bar.setValue(bar.value() - self.notes.viewport().height() // 3)

    def _shown_count(self, index: int) -> int | None:
        """How many matches page ``index`` shows in its text: those on its picture once
        they are read (None until then), its text's without a picture."""
        boxes = self.boxes.get(index)
        if boxes is not None:
            return len(boxes)
        if self.content is not None and self.content.pdf is None:
            return len(match_spans(self._text(index), self.found))
        return None

    def _page_count(self, index: int) -> int | None:
        """The matches on page ``index`` that Enter walks: its text's (on the picture), then
        its speaker notes' (they were marked but neither counted nor walked); None while
        the picture's are being read."""
        if not self.found:
            return None
        shown = self._shown_count(index)
        if shown is None:
            return None
        return shown + len(match_spans(self._slide(index).notes, self.found))

    def _current_mark(self) -> int:
        """Which occurrence in the page's counted texts (its text's, then its notes') is the
        current match, the one drawn orange on the picture too when it is there (-1: none
        known, before the picture's boxes are read)."""
        shown = self._shown_count(self.page) if self.found else None
        if shown is None or not self._page_count(self.page):
            return -1
        in_text = len(match_spans(self._text(self.page), self.found))
        if self.match < shown:  # on the picture: its occurrence in the text
            return min(self.match, in_text - 1)
        return in_text + self.match - shown  # in the notes

    # -- find -------------------------------------------------------------------------------
    def _show_marks(self) -> None:
        """Mark the found words on this page's picture and in its text, the current match
        standing out in both (the boxes on the picture are asked for once)."""
        matches = self.boxes.get(self.page)
        total = self._page_count(self.page)
        if total is not None and (self.match < 0 or self.match >= total):
            self.match = max(0, total - 1) if self.match < 0 else 0
        on_picture = matches is not None and 0 <= self.match < len(matches)
        self.view.set_marks(matches or [], self.match if on_picture else -1)
        self._show_texts(self.page)
        self._show_find_count()
        if matches is None:
            self._request_boxes(self.page)  # may come back at once, then shows them

    def _show_find_count(self) -> None:
        """'Match 2 of 3 on this page · 5 pages' (the page's count once its matches are known
        on the picture, where Enter walks them)."""
        if not self.found:
            self.find_label.clear()
            return
        if not self.hits:
            self.find_label.setText(translate("viewers", "Not found"))
            return
        text = self.tr("%Ln pages", None, len(self.hits))
        total = self._page_count(self.page)
        if total and self.page in self.hits:
            text = (
                filled(
                    translate("viewers", "Match %1 of %2 on this page"),
                    str(self.match + 1),
                    str(total),
                )
                + " · "
                + text
            )
        self.find_label.setText(text)

    def _request_boxes(self, index: int) -> None:
        """Where the found text is on page ``index``, read in the background (pdfium)."""
        content, found = self.content, self.found
        if (
            content is None
            or content.pdf is None  # no rendered pages: the text panel alone marks it
            or not found
            or index not in self.hits
            or index in self._boxes_pending
        ):
            return
        pdf, generation = content.pdf, self._generation
        self._boxes_pending.add(index)

        def done(matches: list[list[Box]]) -> None:
            if generation != self._generation or found != self.found:
                return
            self._boxes_pending.discard(index)
            self.boxes[index] = matches
            if index == self.page:
                self._show_marks()

        def failed(exc: BaseException) -> None:
            log.debug("no find boxes on page %d: %r", index, exc)
            done([])

        self.tasks.submit(lambda: pdf.find_boxes(index, found), done, failed)

    def open_find(self) -> None:
        self.find_bar.show()
        self._arrange()  # the text pane, where the words are marked too
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def close_find(self) -> None:
        self.find_bar.hide()
        self._arrange()
        self.setFocus()

    def find_text(self, text: str) -> list[int]:
        """Highlight the pages containing ``text`` and jump to the first at or after this one."""
        self.hits = find_pages(self.model.slides, text) if text.strip() else []
        self.model.hits = set(self.hits)
        self.found = text.strip()
        self.boxes.clear()
        self._boxes_pending.clear()
        self.match = 0
        if self.model.rowCount():
            self.model.dataChanged.emit(
                self.model.index(0),
                self.model.index(len(self.model.slides) - 1),
            )
        if self.hits and self.page not in self.hits:
            self.next_hit(1)
        else:
            self._show_marks()  # mark the words on this page (or unmark them)
        return self.hits

    def next_hit(self, direction: int) -> None:
        """The next (``direction`` 1) or previous (-1) match: on this page while it has more,
        then on the next page that has one (its first match, or its last going back)."""
        if not self.hits:
            return
        total = self._page_count(self.page)
        if self.page in self.hits and total and 0 <= self.match + direction < total:
            self.match += direction
            self._show_marks()
            return
        later = [h for h in self.hits if (h - self.page) * direction > 0]
        target = (
            (min(later) if direction > 0 else max(later))
            if later
            else (self.hits[0] if direction > 0 else self.hits[-1])
        )
        self.go_to_page(target, 0 if direction > 0 else -1)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if (
            watched is self.find_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
        ):
            if event.key() == Qt.Key.Key_Escape:
                self.close_find()
                return True
            if (
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            ):
                self.next_hit(-1)
                return True
        return False

    # -- decorations and keys ---------------------------------------------------------------
    def _show_message(self, text: str | None) -> None:
        self.message.setText(text or "")
        self.message.setVisible(bool(text))

    def show_notice(self, text: str) -> None:
        self._show_message(text)

    def _update_status(self) -> None:
        if self.record is None:
            return
        parts = [status_line(self.record, *self.position)]
        if self.content is not None:
            parts.append(
                filled(
                    translate("viewers", "Page %1 of %2"),
                    str(self.page + 1),
                    str(self.content.count),
                )
            )
        self.status.setText("  ·  ".join(parts))

    def update_record(self, record: ItemRecord) -> None:
        super().update_record(record)
        self._update_status()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        count = self.content.count if self.content is not None else 0

        def to_page(index: int) -> bool:
            self.go_to_page(index)
            return bool(count)  # no pages (yet): Home and End go to the window's first or last

        handlers: dict[str, Callable[[], object]] = {
            "find": self.open_find,
            "next_hit": lambda: self.next_hit(1),
            "fit": self.view.fit,
            "zoom_in": lambda: self.view.zoom_by(STEP),
            "zoom_out": lambda: self.view.zoom_by(1 / STEP),
            "next_page": lambda: self.go_to_page(self.page + 1),
            "previous_page": lambda: self.go_to_page(self.page - 1),
            "first_page": lambda: to_page(0),
            "last_page": lambda: to_page(count - 1),
            "text": self.toggle_text,
        }
        for command in commands(keys.DECK, event):
            if handlers[command]() is not False:
                return
        if not self.handle_rating_key(event):
            super().keyPressEvent(event)  # Ctrl+PageDown, Alt+arrows: the window's

    def release(self) -> None:
        self._generation += 1
        self._close_content()
        super().release()


def title_card(slide: SlideText, index: int, size: int = PAGE_SIZE) -> QImage:
    """A stand-in picture of a slide that cannot be rendered: its number and title."""
    image = QImage(1280, 720, QImage.Format.Format_RGB32)
    image.fill(QColor(245, 245, 240))
    painter = QPainter(image)
    painter.setPen(QColor(110, 110, 110))
    font = QFont()
    font.setPixelSize(28)
    painter.setFont(font)
    painter.drawText(40, 60, translate("viewers", "Slide %1").replace("%1", str(index + 1)))
    font.setPixelSize(56)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor(30, 30, 30))
    painter.drawText(
        image.rect().adjusted(80, 120, -80, -80),
        int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
        slide.title or translate("viewers", "(no title)"),
    )
    painter.end()
    if size < image.width():
        return image.scaledToWidth(size, Qt.TransformationMode.SmoothTransformation)
    return image

"""The search field (query language) and facet chips with counts."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smparchive.core.catalog.counts import FacetCounts
from smparchive.core.catalog.itemfilter import ItemFilter
from smparchive.core.vocab import Consent, Flag, Kind
from smparchive.gui import formatting as fmt
from smparchive.gui.i18n import QT_TRANSLATE_NOOP
from smparchive.gui.keynames import with_keys
from smparchive.gui.widgets.flow import FlowLayout

DEBOUNCE_MS = 60
# The chips show "…" when a new result's counts are not in this long after its query (they
# are asked once it is counted, plus browser.FACETS_DELAY_MS; a small catalogue's come in
# ~0.3-0.4 s, a broad search of a million items' in 1-3 s).
COUNTING_SHOWN_AFTER_MS = 700
# The first counts (the whole catalogue, from its summary table) come quickly at any size;
# from this many items, a search's counts are expected to take longer than that wait.
LARGE_CATALOGUE = 500_000

# (key, label, filter) of the chips; key decides how chips combine
_CHIPS: list[tuple[str, str, ItemFilter]] = [
    ("kind", QT_TRANSLATE_NOOP("SearchBar", "Photos"), ItemFilter(kinds=(Kind.PHOTO,))),
    ("kind", QT_TRANSLATE_NOOP("SearchBar", "Videos"), ItemFilter(kinds=(Kind.VIDEO,))),
    ("kind", QT_TRANSLATE_NOOP("SearchBar", "Slides"), ItemFilter(kinds=(Kind.SLIDES,))),
    ("kind", QT_TRANSLATE_NOOP("SearchBar", "Documents"), ItemFilter(kinds=(Kind.DOCUMENT,))),
    ("flag", QT_TRANSLATE_NOOP("SearchBar", "Picks"), ItemFilter(flags=(Flag.PICK,))),
    ("flag", QT_TRANSLATE_NOOP("SearchBar", "Rejects"), ItemFilter(flags=(Flag.REJECT,))),
    ("flag", QT_TRANSLATE_NOOP("SearchBar", "Unflagged"), ItemFilter(flags=(Flag.NONE,))),
    ("rating", "★ 3+", ItemFilter(rating_min=3)),
    ("rating", "★ 5", ItemFilter(rating_min=5)),
    ("consent", QT_TRANSLATE_NOOP("SearchBar", "Cleared"), ItemFilter(consents=(Consent.CLEARED,))),
    (
        "consent",
        QT_TRANSLATE_NOOP("SearchBar", "No publish"),
        ItemFilter(consents=(Consent.DO_NOT_PUBLISH,)),
    ),
    ("session", QT_TRANSLATE_NOOP("SearchBar", "No session"), ItemFilter(unassigned=True)),
]


def _chip_count(key: str, f: ItemFilter, c: FacetCounts) -> int:
    if key == "kind":
        return sum(c.kind.get(k, 0) for k in f.kinds)
    if key == "flag":
        return sum(c.flag.get(v, 0) for v in f.flags)
    if key == "rating":
        return sum(n for r, n in c.rating.items() if r >= (f.rating_min or 0))
    if key == "consent":
        return sum(c.consent.get(v, 0) for v in f.consents)
    if key == "session":
        return c.session.get(None, 0)
    return 0


def chips_filter(active: list[tuple[str, ItemFilter]]) -> ItemFilter:
    """Chips of one kind OR together; different kinds AND."""
    out = ItemFilter()
    for key, f in active:
        if key == "kind":
            out = out.with_(kinds=out.kinds + f.kinds)
        elif key == "flag":
            out = out.with_(flags=out.flags + f.flags)
        elif key == "consent":
            out = out.with_(consents=out.consents + f.consents)
        elif key == "rating":
            out = out.with_(rating_min=max(out.rating_min or 0, f.rating_min or 0))
        elif key == "session":
            out = out.with_(unassigned=True)
    return out


class SearchBar(QWidget):
    """Emits ``query_changed`` (debounced) and ``chips_changed``; Enter/Down go to results."""

    query_changed = Signal(str)
    chips_changed = Signal(object)  # ItemFilter
    leave_requested = Signal()  # move focus to the results

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        # the keys in the interface language (the query language accepts them in every
        # language: core/domain/query.py LOCAL_KEYS; a saved search keeps the English ones)
        self.edit.setPlaceholderText(
            with_keys(
                self.tr("Search (%1): words, day:1 session:roundtable kind:photo rating>=3 …"),
                "Ctrl+F",
            )
        )
        self.edit.setToolTip(
            self.tr(
                "<p>Words find titles, captions, names and keywords (the start of a word is "
                "enough).</p><p>Keys narrow the result:<br>"
                "<b>day:</b>1 &nbsp; <b>session:</b>roundtable &nbsp; <b>room:</b>Aula<br>"
                "<b>kind:</b>photo, video, slides, document<br>"
                "<b>rating&gt;=</b>3 &nbsp; <b>flag:</b>pick, reject &nbsp; "
                "<b>consent:</b>cleared<br>"
                "<b>tag:</b>migration &nbsp; <b>person:</b>name &nbsp; "
                "<b>in:</b>collection<br>"
                "<b>date:</b>2022-06-01 &nbsp; <b>sort:</b>rating</p>"
                '<p>Quotes keep spaces: session:"EMN roundtable". A leading minus excludes: '
                "-flag:reject. The English keys work in every language.</p>"
            )
        )
        self.edit.installEventFilter(self)
        # the keys offered as one types a word: the interface language's, then English
        from smparchive.core.domain.query import search_keys
        from smparchive.gui.i18n import interface_language

        self._keys = [f"{k}:" for k in search_keys(interface_language())]
        self._offered = QStringListModel(self._keys, self)
        self.completer = QCompleter(self._offered, self)
        self.completer.setWidget(self.edit)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.activated.connect(self._complete)
        self.edit.textEdited.connect(self._suggest)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #d93f3f;")
        self.error.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self.query_changed.emit(self.edit.text()))
        self.edit.textChanged.connect(lambda _t: self._timer.start())
        self.edit.returnPressed.connect(self._return)

        # Counts that come within this of the request replace the old ones without a flicker.
        self._counts: FacetCounts | None = None  # what the chips show
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(COUNTING_SHOWN_AFTER_MS)
        self._pending.timeout.connect(self._show_pending)
        self._asked_at: float | None = None  # when the counts of a new result were asked
        self._slow = False  # the last such counts took longer than COUNTING_SHOWN_AFTER_MS

        chips_row = QWidget(self)
        self._chips_layout = FlowLayout(chips_row, spacing=2)  # wraps on narrow windows
        self.chips: list[tuple[QToolButton, str, str, ItemFilter]] = []
        for key, label, f in _CHIPS:
            b = QToolButton(chips_row)
            b.setCheckable(True)
            b.setAutoRaise(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setText(self.tr(label))
            b.setToolTip(self._chip_tip(key, f))
            b.toggled.connect(self._chips_toggled)
            self._chips_layout.addWidget(b)
            self.chips.append((b, key, self.tr(label), f))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 2)
        layout.setSpacing(4)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        layout.addWidget(chips_row)

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        """Replace the query and search at once (no debounce)."""
        self.edit.setText(text)
        self._timer.stop()
        self.query_changed.emit(text)

    def clear_chips(self, *, emit: bool = False) -> None:
        """Turn every chip off (``emit``: and search again)."""
        for b, *_ in self.chips:
            b.blockSignals(True)
            b.setChecked(False)
            b.blockSignals(False)
        if emit:
            self._chips_toggled()

    def active_chips(self) -> list[tuple[int, str]]:
        """The chips turned on, as (index, label)."""
        return [(n, label) for n, (b, _k, label, _f) in enumerate(self.chips) if b.isChecked()]

    def set_chip(self, index: int, on: bool) -> None:
        """Turn one chip on or off (the results follow)."""
        if 0 <= index < len(self.chips):
            self.chips[index][0].setChecked(on)

    def show_error(self, message: str) -> None:
        if message:  # no new result comes: the chips keep counting the one shown
            self._pending.stop()
            self._asked_at = None  # no counts are coming: nothing to time
            if self._counts is not None:
                self.set_facets(self._counts)
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.edit.setStyleSheet("border: 1px solid #d93f3f;" if message else "")

    def facets_pending(self) -> None:
        """The result changed and its counts are being made. If they take a moment (a broad
        search of a large catalogue: 1-2 s at a million items), the chips say so instead of
        showing the last result's numbers beside the new result. When the last counts took
        longer than that (a large catalogue), they say so at once: these will be slow too,
        and the wait would only show the old numbers beside the new result's first page."""
        self._asked_at = time.monotonic()
        if self._slow:
            self._show_pending()
        else:
            self._pending.start()

    def _show_pending(self) -> None:
        for b, _key, label, _f in self.chips:
            b.setText(f"{label}  …")
            b.setToolTip(self.tr("Counting…"))

    def set_facets(self, counts: FacetCounts) -> None:
        self._pending.stop()
        if self._asked_at is not None:  # the counts of a new result: how long they took
            self._slow = time.monotonic() - self._asked_at > COUNTING_SHOWN_AFTER_MS / 1000
            self._asked_at = None
        if self._counts is None and counts.total >= LARGE_CATALOGUE:
            self._slow = True  # no search counted yet: the catalogue's size says it
        self._counts = counts
        for b, key, label, f in self.chips:
            n = _chip_count(key, f, counts)
            b.setText(f"{label}  {fmt.number(n)}")
            b.setEnabled(n > 0 or b.isChecked())
            b.setToolTip(self._chip_tip(key, f))

    def _chip_tip(self, key: str, f: ItemFilter) -> str:
        """What a chip does; the consent chips say what they count: each item's own
        consent (kept per item in the facet counts), not what its session or the people
        it shows make of it, which its card, the inspector and the export say."""
        if key == "consent" and Consent.CLEARED in f.consents:
            return self.tr(
                "Show only these, by each item's own consent: a photo of a session not for "
                "publication or of a person whose consent is restricted can be counted here; "
                "its card says it is held back (click again to clear)"
            )
        if key == "consent":
            return self.tr(
                "Show only the items marked do not publish themselves: a photo of a session "
                "not for publication or of a person who withdrew consent is not counted here; "
                "its card says it is held back (click again to clear)"
            )
        return self.tr("Show only these (click again to clear)")

    def _chips_toggled(self) -> None:
        active = [(key, f) for b, key, _label, f in self.chips if b.isChecked()]
        self.chips_changed.emit(chips_filter(active))

    def _return(self) -> None:
        popup = self.completer.popup()
        if popup is not None and popup.isVisible() and popup.currentIndex().isValid():
            return  # this Enter chooses the key offered (the value is still to type)
        if self._timer.isActive():
            self._timer.stop()
            self.query_changed.emit(self.edit.text())
        self.leave_requested.emit()

    def _word(self) -> tuple[int, str]:
        """Where the word being typed starts, and the word (a leading '-' left out)."""
        text, cursor = self.edit.text(), self.edit.cursorPosition()
        start = cursor
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        if start < cursor and text[start] == "-":
            start += 1
        return start, text[start:cursor]

    def _suggest(self, _text: str) -> None:
        """Offer the keys that begin like the word being typed, then, after ``key:``, the
        key's values in the interface's words (``type:vidéo``), then the English ones."""
        _start, word = self._word()
        popup = self.completer.popup()
        offered = self._values_after(word) if ":" in word else None
        typing_a_key = word[:1].isalpha() and not any(c in word for c in ':<>="')
        if offered is not None:
            self._offer(offered)
            self.completer.setCompletionPrefix(word)
        elif typing_a_key:
            self._offer(self._keys)
            self.completer.setCompletionPrefix(word)
        if (offered is not None or typing_a_key) and self.completer.completionCount() > 0:
            self.completer.complete()
        elif popup is not None:
            popup.hide()

    def _offer(self, words: list[str]) -> None:
        if self._offered.stringList() != words:
            self._offered.setStringList(words)

    @staticmethod
    def _values_after(word: str) -> list[str] | None:
        """``key:value`` completions of ``word`` ("type:vi"), or None when its key has no
        closed set of values (``day:``, ``session:``)."""
        from smparchive.core.domain.query import ALIASES
        from smparchive.gui.query_values import offered_values

        key, _colon, value = word.partition(":")
        if not key.isalpha() or any(c in value for c in ':<>="'[:-1]):
            return None
        values = offered_values(ALIASES.get(key.lower(), key.lower()))
        return [f"{key}:{v}" for v in values] or None

    def _complete(self, key: str) -> None:
        start, _typed = self._word()
        text, cursor = self.edit.text(), self.edit.cursorPosition()
        self.edit.setText(text[:start] + key + text[cursor:])
        self.edit.setCursorPosition(start + len(key))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Escape)
        ):
            self.leave_requested.emit()
            return True
        return super().eventFilter(watched, event)

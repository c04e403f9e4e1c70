"""Title, caption and alt text per language, made for the keyboard.

Reached with Edit Caption (Ctrl+Shift+C) and Edit Alt Text (Ctrl+Shift+X) from anywhere;
Ctrl+PgDown/PgUp switch the language tab without leaving the field; Tab goes from the
caption to the alt text; Ctrl+Enter applies and gives the keyboard back to the grid (Esc
leaves without applying). A tab is marked ● when that language has a text; the alt text
counts its characters against a soft limit (screen readers and platforms cut long ones).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QTabBar, QWidget

from smparchive.core.catalog.counts import SelectionSummary
from smparchive.core.catalog.records import ItemRecord
from smparchive.gui.i18n import filled
from smparchive.gui.keynames import hint_line, with_keys
from smparchive.gui.widgets.fields import (
    MIXED,
    NoteField,
    TextField,
    common,
    focus_results,
    grey_until,
    plain_text,
)

ALT_SOFT_LIMIT = 250  # characters; a common guidance for alt text (Mastodon allows 1,500)
CAPTION_LINES = 5
ALT_LINES = 4
FILLED = "●"


def _switch_key(event: QKeyEvent) -> int:
    """+1/-1 for Ctrl+PgDown/PgUp (the language tabs), else 0."""
    if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
        return 0
    return {Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1}.get(Qt.Key(event.key()), 0)


class TextBox(NoteField):
    """A note field that applies with Ctrl+Enter and returns to the grid, and lets
    Ctrl+PgDown/PgUp through to the language tabs."""

    switch_language = Signal(int)

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedHeight(self.fontMetrics().height() * lines + 14)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = _switch_key(event)
        if step:
            self._commit()
            self.switch_language.emit(step)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self._commit()
            focus_results(self)
            return
        super().keyPressEvent(event)


class TitleLine(TextField):
    """The title: Enter applies as before; Ctrl+PgDown/PgUp switch the language."""

    switch_language = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = _switch_key(event)
        if step:
            self.editingFinished.emit()
            self.switch_language.emit(step)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.editingFinished.emit()
            focus_results(self)
            return
        super().keyPressEvent(event)


class CaptionEditor(QWidget):
    """Language tabs over title, caption and alt text. ``committed(field, lang, value)``
    when a text is applied (field: "title", "caption" or "alt")."""

    committed = Signal(str, str, str)

    def __init__(self, languages: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captionEditor")
        # (item record, language, deliver): asks for a draft alt text from the catalogue,
        # marked as a draft, read on a worker (it needs the programme); ``deliver(draft)``
        # on the UI thread when it comes ("" when it failed, said by the window). Set by
        # the window; None: no Suggest button action.
        self.suggester: Callable[[ItemRecord, str, Callable[[str], None]], None] | None = None
        self._suggesting = False  # a draft is being read (Suggest greyed until it comes)
        self.languages = list(languages)
        self.records: list[ItemRecord] = []
        # a selection larger than the records loaded: its texts as the catalogue adds them up
        # (None until they are in: the fields show nothing rather than the loaded part's)
        self.summary: SelectionSummary | None = None
        self.partial = False
        # the language of the texts kept after a failed save (see retry_unsaved), and the
        # one a retry saves in while another tab is already shown
        self._unsaved_lang: str | None = None
        self._retry_lang: str | None = None
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.tabs = QTabBar(self)
        self.tabs.setObjectName("captionLanguages")
        self.tabs.setExpanding(False)
        self.tabs.setUsesScrollButtons(True)
        for lang in self.languages:
            self.tabs.addTab(lang.upper())
        self.tabs.currentChanged.connect(lambda _i: self._language_changed())
        form.addRow(self.tabs)
        self.title = TitleLine(self)
        self.caption = TextBox(CAPTION_LINES, self)
        self.caption.setObjectName("captionField")
        self.alt = TextBox(ALT_LINES, self)
        self.alt.setObjectName("altTextField")
        self.counter = QLabel(self)
        self.counter.setObjectName("altTextCounter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.help = QLabel(self)
        self.set_back_view("grid")
        self.help.setObjectName("captionHelp")
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color: palette(placeholder-text); font-size: 11px;")
        for field, widget in (("title", self.title), ("caption", self.caption)):
            widget.committed.connect(lambda v, f=field: self._commit(f, v))
        self.alt.committed.connect(lambda v: self._commit("alt", v))
        for widget in (self.title, self.caption, self.alt):
            widget.switch_language.connect(self.switch_language)
        self.alt.textChanged.connect(self._count)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Caption"), self.caption)
        form.addRow(self.tr("Alt text"), self.alt)
        self.suggest = QPushButton(self.tr("Suggest"), self)
        self.suggest.setObjectName("altSuggest")
        self.suggest.setToolTip(
            self.tr(
                "Fill in a draft from the session, room, day and people tagged: it says who "
                "and where; describe the picture, then remove the draft marker"
            )
        )
        self.suggest.clicked.connect(self.suggest_alt)
        row = QHBoxLayout()
        row.addWidget(self.suggest)
        row.addWidget(self.counter, 1)
        form.addRow(row)
        form.addRow(self.help)
        self._count()

    # -- showing ----------------------------------------------------------------------------
    def lang(self) -> str:
        return self.languages[max(0, self.tabs.currentIndex())] if self.languages else "en"

    def choose_language(self, *wanted: str) -> None:
        """Show the tab of the first of ``wanted`` that is one of the languages."""
        for lang in wanted:
            if lang in self.languages:
                self.tabs.setCurrentIndex(self.languages.index(lang))
                return

    def show_records(
        self,
        records: list[ItemRecord],
        *,
        partial: bool = False,
        summary: SelectionSummary | None = None,
    ) -> None:
        """``partial``: ``records`` are only part of the selection; ``summary`` is the whole
        selection's (shared texts, filled languages) once the catalogue has added it up."""
        another = [r.id for r in records] != [r.id for r in self.records]
        self.records = records
        self.partial = partial
        self.summary = summary if partial else None
        self.suggest.setEnabled(len(records) == 1 and not self._suggesting)
        self._mark_tabs()
        self.show_texts(another=another)

    def flush(self) -> None:
        """Save the text being typed, for the items it was typed for (before others are
        shown: the selection can change under the keyboard, a teammate's change re-sorting
        the grid)."""
        for widget in (self.title, self.caption, self.alt):
            widget.flush()

    def forget_unsaved(self) -> None:
        """Another item or language is shown: a text that could not be saved and was
        tried again (:meth:`retry_unsaved`) is not kept for them."""
        self._unsaved_lang = None
        for widget in (self.title, self.caption, self.alt):
            widget.unsaved = False

    def retry_unsaved(self) -> None:
        """Save again the texts kept after a failed save, in the language they were typed
        in, for the items shown (the server is back, or other items or another language
        are about to be shown: dropping them there lost a caption without a word)."""
        lang, self._unsaved_lang = self._unsaved_lang, None
        if lang is None:
            return
        self._retry_lang = lang
        try:
            for widget in (self.title, self.caption, self.alt):
                widget.retry_unsaved()
        finally:
            self._retry_lang = None

    def set_back_view(self, view: str) -> None:
        """Ctrl+Enter goes back to the results: the help names them as shown, the grid or
        the details (it said "the grid" over the details table)."""
        text = (
            self.tr("%1: language · %2: apply, back to the details")
            if view == "details"
            else self.tr("%1: language · %2: apply, back to the grid")
        )
        self.help.setText(hint_line(with_keys(text, "Ctrl+PgDown/PgUp", "Ctrl+Enter")))

    def _language_changed(self) -> None:
        self.retry_unsaved()
        self.show_texts(another=True)

    def show_texts(self, *, another: bool = False) -> None:
        """The shown language's texts; ``another``: a language or item not shown before."""
        if another:
            self.forget_unsaved()
        lang, rs = self.lang(), self.records
        if self.partial:
            self.title.show_value(self._shared("title", lang))
            self.caption.show_value(self._shared("caption", lang))
            self.alt.show_value(self._shared("alt", lang))
            self._count()
            return
        self.title.show_value(common([r.titles.get(lang) for r in rs]))
        self.caption.show_value(common([r.captions.get(lang) for r in rs]))
        self.alt.show_value(common([r.alt_texts.get(lang) for r in rs]))
        self._count()

    def _shared(self, field: str, lang: str) -> Any:
        """The text every selected item has (None: none has one), MIXED when they differ;
        nothing while the catalogue is still adding the selection up (the inspector is
        greyed meanwhile)."""
        summary = self.summary
        if summary is None:
            return None
        if (field, lang) in summary.mixed_texts:
            return MIXED
        return summary.texts.get((field, lang))

    def _filled(self, lang: str) -> bool:
        if self.partial:
            return self.summary is not None and lang in self.summary.filled
        return bool(self.records) and all(
            r.captions.get(lang) or r.titles.get(lang) or r.alt_texts.get(lang)
            for r in self.records
        )

    def _mark_tabs(self) -> None:
        """ "FR ●" when every shown item has a caption, title or alt text in French."""
        for n, lang in enumerate(self.languages):
            filled = self._filled(lang)
            self.tabs.setTabText(n, f"{lang.upper()} {FILLED}" if filled else lang.upper())
            self.tabs.setTabToolTip(
                n,
                self.tr("Texts in %1 filled in").replace("%1", lang.upper())
                if filled
                else self.tr("No text in %1 yet").replace("%1", lang.upper()),
            )

    def _count(self) -> None:
        n = len(plain_text(self.alt))
        text = filled(self.tr("%1 / %2 characters"), str(n), str(ALT_SOFT_LIMIT))
        over = n > ALT_SOFT_LIMIT
        if over:
            text += " · " + self.tr("long for a screen reader: shorten it")
        self.counter.setText(text)
        self.counter.setStyleSheet("color: #d9822b; font-weight: 600;" if over else "")

    # -- editing ----------------------------------------------------------------------------
    def suggest_alt(self) -> None:
        """Put a draft alt text in the field to edit (applied like typed text: Ctrl+Enter).

        The draft is read on a worker and put in when it comes, if the same photo and
        language are still shown and nothing was typed in the field meanwhile (the
        person's own words win); the keyboard goes to it unless it moved since."""
        if self.suggester is None or len(self.records) != 1 or self._suggesting:
            return
        item_id, lang, before = self.records[0].id, self.lang(), plain_text(self.alt)
        self._suggesting = True
        focus_to_draft = grey_until(self.suggest, self.alt)

        def arrived(draft: str) -> None:
            self._suggesting = False
            self.suggest.setEnabled(len(self.records) == 1)
            shown = [r.id for r in self.records] == [item_id] and self.lang() == lang
            if not draft or not shown or plain_text(self.alt) != before:
                return
            focus_to_draft()
            self.alt.setPlainText(draft)
            cursor = self.alt.textCursor()
            cursor.movePosition(cursor.MoveOperation.End)
            self.alt.setTextCursor(cursor)

        self.suggester(self.records[0], lang, arrived)

    def _commit(self, field: str, value: Any) -> None:
        self.committed.emit(field, self._retry_lang or self.lang(), str(value or ""))

    def switch_language(self, step: int) -> None:
        """The next/previous language tab, keeping the keyboard in the same field."""
        if not self.languages:
            return
        focused = self.focusWidget()
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % len(self.languages))
        if focused is not None:
            focused.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def after_commit(self, field: str, lang: str, value: str) -> None:
        """Mark the tab at once (the records come back from the catalogue a moment later)."""
        if value and lang in self.languages:
            n = self.languages.index(lang)
            self.tabs.setTabText(n, f"{lang.upper()} {FILLED}")

    def based_on(self, field: str) -> Any:
        """The value ``field``'s last commit was typed over (MIXED: the items differed)."""
        if field == "title":
            return self.title.based_on
        return (self.caption if field == "caption" else self.alt).based_on

    def mark_unsaved(self, field: str, lang: str) -> None:
        """Saving ``field`` in ``lang`` failed: its typed text stays, to be saved again."""
        if lang == self.lang():
            self._unsaved_lang = lang
            if field == "title":
                self.title.mark_unsaved()
            else:
                (self.caption if field == "caption" else self.alt).mark_unsaved()
        self._mark_tabs()

    def focus_field(self, field: str) -> None:
        widget = {"title": self.title, "caption": self.caption, "alt": self.alt}[field]
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if isinstance(widget, NoteField):
            cursor = widget.textCursor()
            cursor.movePosition(cursor.MoveOperation.End)
            widget.setTextCursor(cursor)

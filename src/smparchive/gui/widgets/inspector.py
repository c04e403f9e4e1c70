"""The inspector: metadata of the selection, editable across a multi-selection."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smparchive.core.catalog.changes import ANY_TEXT
from smparchive.core.catalog.counts import SelectionSummary
from smparchive.core.catalog.errors import server_away
from smparchive.core.catalog.records import ItemRecord, SessionRecord, TagRef
from smparchive.core.fields import Field, Section, section_fields
from smparchive.core.messages import item_problems
from smparchive.core.vocab import Kind, ThumbState
from smparchive.gui import edit_names, problem_texts, session_names, wheel_guard
from smparchive.gui import field_views as views
from smparchive.gui import formatting as fmt
from smparchive.gui.keynames import with_keys
from smparchive.gui.models.thumbnails import ThumbnailLoader
from smparchive.gui.ops import OpRunner
from smparchive.gui.tasks import TaskScope
from smparchive.gui.widgets.caption_editor import CaptionEditor
from smparchive.gui.widgets.fields import (
    MIXED,
    ChoiceField,
    ElidedLabel,
    NoteField,
    TagEntry,
    TextField,
    WrappedLabel,
    common,
)
from smparchive.gui.widgets.flow import FlowLayout
from smparchive.gui.widgets.history import HistoryPanel

PREVIEW = 240
CHIPS_SHOWN = 40  # tag chips shown per row kind (the most common ones of the selection)
SENTENCE_FIELDS = ("capture_source",)  # read-only values that wrap rather than elide


class Inspector(QScrollArea):
    """Shows the selected records; every edit applies to the whole selection."""

    session_chosen = Signal(object, object)  # ids, session id or None

    def __init__(
        self,
        edits: OpRunner,
        thumbs: ThumbnailLoader,
        languages: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.edits = edits
        self.thumbs = thumbs
        self._segment_reads = TaskScope(edits.runner, self)
        self.records: list[ItemRecord] = []
        self._ids: list[int] | None = None
        # texts typed while the server was away for items no longer shown: saved when it
        # answers again (see retry_unsaved); True while other items are about to be shown
        self._pending_texts: list[tuple[list[int], str, str, str, Any]] = []
        self._leaving = False
        # a selection larger than the records shown: the catalogue's sums over all of it
        # (None until they arrive: nothing partial is shown meanwhile, see show_summary)
        self.summary_data: SelectionSummary | None = None
        self.languages = list(languages) or ["en"]
        self.sessions: list[SessionRecord] = []
        self._sessions_shown: tuple[Any, list[Any], list[SessionRecord]] | None = None
        # the registry's fields shown here, by field name: editors and read-only values
        self.editors: dict[str, views.Editor] = {}
        self.file_labels: dict[str, ElidedLabel | WrappedLabel] = {}
        # the registry's fields as they were when the rows were built: the rows show these
        # (a field taken out of the registry later, as tests do, must not break them)
        self.shown_fields: dict[str, Field] = {}
        # its fields are the Tab stops, not the panel itself (an unseen stop before them)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(300)
        body = QWidget(self)
        self.setWidget(body)
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(10, 10, 10, 10)
        self._build_header()
        self._build_culling()
        self._build_texts()
        self._build_tags()
        self._build_rights()
        self._build_segments()
        self._build_file()
        self._build_history()
        self.column.addStretch(1)
        wheel_guard.guard(self)  # scrolling the panel changes no tab, choice or number
        thumbs.loaded.connect(self._thumb_loaded)
        self.show_records([])

    # -- building ---------------------------------------------------------------------------
    def _group(self, title: str) -> QFormLayout:
        box = QGroupBox(title, self.widget())
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        # a label too long for the panel (French, Dutch) goes above its field, not off-screen
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.column.addWidget(box)
        return form

    def _build_header(self) -> None:
        self.preview = QLabel(self.widget())
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(PREVIEW * 2 // 3)
        self.preview.setWordWrap(True)  # the reason there is no picture can be a sentence
        # a 200-character file name is shortened in the middle, whole in the tooltip
        self.title_label = ElidedLabel(Qt.TextElideMode.ElideMiddle, self.widget())
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title_label.setFont(font)
        self.summary = QLabel(self.widget())
        self.summary.setWordWrap(True)
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for w in (self.preview, self.title_label, self.summary, self._build_problems()):
            self.column.addWidget(w)

    def _build_fields(self, form: QFormLayout, section: Section) -> None:
        """The registry's fields of one group (core/fields.py): an editor for an editable or
        assigned field, a one-line value for any other (gui/field_views.py picks both)."""
        for f in section_fields(section):
            self.shown_fields[f.name] = f
            if not f.editable and f.name != "session_id":
                # long values (paths, EXIF maker strings) never widen the inspector: one
                # line, elided, the whole value in the tooltip
                mode = (
                    Qt.TextElideMode.ElideMiddle
                    if f.name == "path"
                    else Qt.TextElideMode.ElideRight
                )
                # a sentence to read whole ("corrected by +1 h · camera EXIF without
                # offset") wraps instead
                shown: ElidedLabel | WrappedLabel = (
                    WrappedLabel() if f.name in SENTENCE_FIELDS else ElidedLabel(mode)
                )
                form.addRow(views.label(f), shown)
                self.file_labels[f.name] = shown
                continue
            editor = views.make_editor(f)
            self.editors[f.name] = editor
            editor.widget.committed.connect(lambda v, f=f: self._commit(f, v))
            if editor.wide:
                form.addRow(editor.widget)
            else:
                form.addRow(views.label(f), editor.widget)

    def _build_problems(self) -> QLabel:
        # why a file is in error and its warnings, whole: the one thing to read about a
        # problem item (wrapped, never widening the panel), under its name: at the foot of
        # the panel (under Status) it was out of sight in Problems > Warnings
        self.problem_text = QLabel(self.widget())
        self.problem_text.setObjectName("inspectorProblems")
        self.problem_text.setWordWrap(True)
        self.problem_text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.problem_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_text.hide()
        return self.problem_text

    def _build_culling(self) -> None:
        form = self._group(self.tr("Culling"))
        self._build_fields(form, Section.CULLING)
        # under the consent: what the export makes of it when the item's session or a
        # person shown decides ("Will not be published: session “…” is not for publication")
        self.consent_held = WrappedLabel(self.widget())
        self.consent_held.setObjectName("inspectorConsentHeld")
        editor = self.editors.get("consent")
        at: Any = form.getWidgetPosition(editor.widget) if editor else (form.rowCount() - 1,)
        row = int(at[0]) + 1
        form.insertRow(row, self.consent_held)
        self._culling_form = form

    def _build_texts(self) -> None:
        form = self._group(self.tr("Description"))
        self.texts = CaptionEditor(self.languages, self.widget())
        self.texts.committed.connect(self._texts_committed)
        form.addRow(self.texts)
        # the editor's parts, by the names the rest of the app and the tests use
        self.lang_tabs = self.texts.tabs
        self.title_edit = self.texts.title
        self.caption_edit = self.texts.caption
        self.alt_edit = self.texts.alt

    def _build_tags(self) -> None:
        form = self._group(self.tr("Keywords and people"))
        self.keyword_chips = FlowLayout()
        self.people_chips = FlowLayout()
        kw_box, pp_box = QWidget(), QWidget()
        kw_box.setLayout(self.keyword_chips)
        pp_box.setLayout(self.people_chips)
        self.keyword_entry = TagEntry(self.tr("Add keyword (T)…"))
        self.keyword_entry.entered.connect(lambda t: self._tag(t, "keyword"))
        self.people_entry = TagEntry(with_keys(self.tr("Add person (%1)…"), "Shift+T"))
        self.people_entry.entered.connect(lambda t: self._tag(t, "person"))
        form.addRow(self.tr("Keywords"), kw_box)
        form.addRow("", self.keyword_entry)
        form.addRow(self.tr("People"), pp_box)
        form.addRow("", self.people_entry)

    def _build_rights(self) -> None:
        self._build_fields(self._group(self.tr("Rights")), Section.RIGHTS)

    def _build_segments(self) -> None:
        self.segments_box = QGroupBox(self.tr("Segments"), self.widget())
        box = QVBoxLayout(self.segments_box)
        self.segments_label = QLabel(self.segments_box)
        self.segments_label.setTextFormat(Qt.TextFormat.RichText)
        self.segments_label.setWordWrap(True)
        self.segments_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.segments_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.segments_label)
        self.column.addWidget(self.segments_box)
        self.segments_box.hide()

    def _show_segments(self) -> None:
        """One recording selected: its segments (one per session of a day recording), read
        on a worker: on a team catalogue a read on the UI thread waited for the server (for
        its timeout when it was away) at each selection of a recording."""
        rs = self.records
        if len(rs) != 1 or rs[0].kind not in ("video", "audio"):
            self.segments_box.hide()
            return
        record, catalog = rs[0], self.edits.catalog

        def shown(segments: list[Any]) -> None:
            if len(self.records) == 1 and self.records[0].id == record.id:  # still selected
                self._fill_segments(record, segments)

        def failed(_exc: BaseException) -> None:  # a closing catalogue: show nothing
            shown([])

        self._segment_reads.submit(
            lambda: session_names.shown(catalog, catalog.segments(record.id)), shown, failed
        )

    def _fill_segments(self, record: ItemRecord, segments: list[Any]) -> None:
        if not segments:
            self.segments_box.hide()
            return
        titles = {s.id: s.title for s in self.sessions}
        lines = []
        # times in an hour-long recording read as its length does: '0:02:40', not '2:40'
        long = max([record.duration_s or 0.0, *(s.end_s for s in segments)]) >= 3600
        for seg in segments:
            span = f"{fmt.duration(seg.start_s, hours=long)}–{fmt.duration(seg.end_s, hours=long)}"
            extra = []
            if seg.session_id is not None and titles.get(seg.session_id, seg.title) != seg.title:
                extra.append(html.escape(titles[seg.session_id]))
            drafts = sum(1 for ch in seg.chapters if ch.draft)
            if len(seg.chapters) > drafts:
                placed = len(seg.chapters) - drafts
                extra.append(self.tr("%n chapters", None, placed))
            if drafts:  # guessed, not placed: not published until confirmed in the player
                extra.append(self.tr("%n draft chapters, spread evenly", None, drafts))
            if seg.captions:
                languages = ", ".join(c.language for c in seg.captions)
                extra.append(html.escape(self.tr("captions: %1").replace("%1", languages)))
            tail = f" <span style='color:gray'>({' · '.join(extra)})</span>" if extra else ""
            lines.append(f"<b>{span}</b> {html.escape(seg.title)}{tail}")
        self.segments_box.setTitle(self.tr("Segments (%n)", None, len(segments)))
        self.segments_label.setText("<br>".join(lines))
        self.segments_box.show()

    def _build_file(self) -> None:
        self.file_form = self._group(self.tr("File"))
        self._build_fields(self.file_form, Section.FILE)

    def _build_history(self) -> None:
        catalog = self.edits.catalog
        self.history = HistoryPanel(
            lambda item_id, limit: catalog.item_history(item_id, limit=limit),
            self.edits.runner,
            self.widget(),
        )
        self.edits.changes.connect(self.history.changed)
        self.column.addWidget(self.history)

    # -- showing ----------------------------------------------------------------------------
    def editor(self, name: str) -> views.EditorWidget:
        """The widget editing field ``name`` (core/fields.py), e.g. ``editor("rating")``."""
        return self.editors[name].widget

    def ids(self) -> list[int]:
        """Every selected id (may be more than the records shown for a huge selection)."""
        return list(self._ids) if self._ids is not None else [r.id for r in self.records]

    def partial(self) -> bool:
        """Only some of the selected items' records are loaded (a huge selection)."""
        return self._ids is not None and len(self._ids) > len(self.records)

    def summary_fields(self) -> list[str]:
        """The item fields whose shared value a selection summary must give."""
        return [n for n, f in self.shown_fields.items() if n in self.editors and not f.derived]

    def waiting_for_summary(self) -> bool:
        return self.partial() and self.summary_data is None

    def show_waiting(self, count: int) -> None:
        """The ids of a large selection are being read: its count, and nothing of the item
        shown before (greyed by the window meanwhile)."""
        self.title_label.setText(self.tr("%Ln items selected", None, count))
        self.summary.setText(self.tr("Adding up the selection…"))
        self.preview.clear()
        for editor in self.editors.values():
            editor.widget.show_value(editor.empty)
        if "size" in self.file_labels:
            self.file_labels["size"].setText("…")
        self._hide_empty_rows()

    def show_summary(self, summary: SelectionSummary) -> None:
        """The catalogue's sums over the whole (partly loaded) selection arrived."""
        if summary.ids == tuple(self._ids or ()):
            self.show_records(self.records, self._ids, summary)

    def set_sessions(self, sessions: list[SessionRecord], zone: Any = None) -> None:
        """The session chooser's sessions, shown in ``zone``; the same ones again (read
        with the sidebar after every edit) change nothing."""
        # their counts aside: the chooser does not show them
        # each in its own event's zone ('09:30 EDT' beside the main event's)
        zones = [fmt.zone_of(event_id=s.event_id) if zone is not None else None for s in sessions]
        shown = (zone, zones, [replace(s, item_count=0) for s in sessions])
        if shown == self._sessions_shown:
            return
        self._sessions_shown = shown
        self.sessions = sessions
        choices: list[tuple[Any, str, Any]] = [(None, self.tr("No session"), None)]
        for s, tz in zip(sessions, zones, strict=True):
            when = fmt.zoned_clock(s.start, tz, zone) if tz is not None else fmt.clock(s.start)
            choices.append((s.id, f"{when} {s.title}", None))
        chooser = self.editors["session_id"].widget
        if isinstance(chooser, ChoiceField):
            chooser._choices = choices
        self.show_records(self.records, self._ids)

    def set_tag_names(self, keywords: Sequence[str], people: Sequence[str]) -> None:
        self.keyword_entry.set_names(keywords)
        self.people_entry.set_names(people)

    def show_records(
        self,
        records: list[ItemRecord],
        ids: Sequence[int] | None = None,
        summary: SelectionSummary | None = None,
    ) -> None:
        """Show ``records``; ``ids`` is the whole selection when only some were loaded.

        Then the totals, shared values and tags come from ``summary`` (the catalogue's sums
        over the whole selection); until it is given (:meth:`show_summary`) the inspector is
        greyed and shows no value or total of the loaded part as if it were the whole.
        """
        before = self.ids()
        now = list(ids) if ids is not None else [r.id for r in records]
        if before and now != before:
            # Typing while the selection changes (a teammate's change re-sorted the grid):
            # what was typed is saved for the items it was typed for, never for the others.
            self.texts.flush()
            for editor in self.editors.values():
                if isinstance(editor.widget, TextField | NoteField):
                    editor.widget.flush()
            self._leaving = True  # a save that fails now is kept for them, not shown
            try:
                self.retry_unsaved()  # a text kept after a failed save: tried again for them
            finally:
                self._leaving = False
        self.records = records
        self._ids = list(ids) if ids is not None else None
        if self.ids() != before:  # another selection: a text that could not be saved goes
            for editor in self.editors.values():
                if isinstance(editor.widget, TextField | NoteField):
                    editor.widget.unsaved = False
            self._to_top()
        if summary is not None and summary.ids != tuple(self._ids or ()):
            summary = None
        self.summary_data = summary if self.partial() else None
        n = len(records)
        waiting = self.partial() and self.summary_data is None
        body = self.widget()
        if body is not None:
            body.setEnabled(n > 0 and not waiting)

        for name, editor in self.editors.items():
            editor.widget.show_value(self._stored_value(name))
        self._show_texts()
        self._show_tags()
        self._show_header()
        self._show_segments()
        self._show_file()
        self._show_consent_held()
        ids_now = self.ids()
        single = len(ids_now) == 1 and len(self.records) == 1
        self.history.show_item(
            ids_now[0] if len(ids_now) == 1 else None,
            self.records[0].duration_s if single else None,
        )

    def _to_top(self) -> None:
        """Another item: shown from the top, its picture whole (the scroll kept from the
        last item cut it off). Unless the keyboard is in one of its fields: then the item
        changed under the typing (a click in the filmstrip, a teammate's re-sort) and the
        field stays where it is, as Lightroom's metadata panel and Photo Mechanic's info
        dialog keep the field being edited when they step to the next photo."""
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            return
        self.verticalScrollBar().setValue(0)

    def retry_unsaved(self) -> None:
        """Save again, for the items shown, the texts kept after a failed save (the server
        was away): when it answers again, and before other items are shown; and those
        kept for items no longer shown."""
        pending, self._pending_texts = self._pending_texts, []
        for text in pending:
            self._save_text(*text)
        self.texts.retry_unsaved()
        for editor in self.editors.values():
            if isinstance(editor.widget, TextField | NoteField):
                editor.widget.retry_unsaved()

    def _lang(self) -> str:
        return self.texts.lang()

    def _show_texts(self) -> None:
        self.texts.show_records(self.records, partial=self.partial(), summary=self.summary_data)

    def _texts_committed(self, field: str, lang: str, value: str) -> None:
        self.texts.after_commit(field, lang, value)  # marked at once, unmarked if not saved
        # The text typed over: refused, and the person asked, if a teammate changed it since
        # (a caption typed while a colleague's arrived silently replaced theirs).
        self._save_text(self.ids(), field, lang, value, self.texts.based_on(field))

    def _save_text(
        self, ids: list[int], field: str, lang: str, value: str, typed_over: Any
    ) -> None:
        # The first metadata language is the default: its text replaces the file's x-default.
        def not_saved(exc: BaseException) -> None:
            shown = self.ids() == ids and not self._leaving
            if not shown and server_away(exc):
                # other items are shown now: the text is kept here and saved when the
                # server answers (it was dropped, the person told 'not saved')
                self._pending_texts.append((ids, field, lang, value, typed_over))
                self.edits.say_failed(exc, kept=True)
                return
            self.edits.say_failed(exc, kept=shown)
            if shown:  # still shown: the typed text is saved on the next try
                self.texts.mark_unsaved(field, lang)

        self.edits.set_text(
            ids,
            field,
            lang,
            value or None,
            self.languages[0],
            on_error=not_saved,
            expect=ANY_TEXT if typed_over is MIXED else typed_over,
        )

    def focus_text(self, field: str) -> None:
        """Edit Caption / Edit Alt Text: the keyboard into that field of the current tab."""
        self.ensureWidgetVisible(self.texts)
        self.texts.focus_field(field)

    def _show_tags(self) -> None:
        summary = self.summary_data
        everyone = summary.count if summary is not None else len(self.records)
        for layout, kinds in (
            (self.keyword_chips, ("keyword", "organisation", "place")),
            (self.people_chips, ("person",)),
        ):
            layout.clear()
            seen: dict[int, tuple[TagRef, int]] = {}
            if summary is not None:
                for tag_id, count in summary.tag_counts.items():
                    ref = summary.tags[tag_id]
                    if ref.kind in kinds:
                        seen[tag_id] = (ref, count)
            elif not self.partial():
                for r in self.records:
                    for t in r.tags:
                        if t.kind in kinds:
                            ref, count = seen.get(t.id, (t, 0))
                            seen[t.id] = (ref, count + 1)
            # The most common tags, alphabetically: a selection of most of a million items
            # carries hundreds (720 chips laid out took the UI thread 4 s)
            shown = sorted(seen.values(), key=lambda x: (-x[1], x[0].path.lower()))
            for ref, count in sorted(shown[:CHIPS_SHOWN], key=lambda x: x[0].path.lower()):
                layout.addWidget(self._chip(ref, count < everyone))
            if len(shown) > CHIPS_SHOWN:
                more = QLabel(self.tr("and %n more", None, len(shown) - CHIPS_SHOWN))
                more.setEnabled(False)
                layout.addWidget(more)
            if self.waiting_for_summary():
                layout.addWidget(QLabel("…"))
            elif not seen:
                empty = QLabel(self.tr("none"))
                empty.setEnabled(False)
                layout.addWidget(empty)

    def _chip(self, ref: TagRef, partial: bool) -> QWidget:
        chip = QToolButton()
        text = ref.path.replace("|", " › ")
        chip.setText(f"{text}  ✕" if not partial else f"({text})  ✕")
        chip.setToolTip(
            self.tr("On some of the selected items; click to remove from all")
            if partial
            else self.tr("Click to remove")
        )
        chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        chip.clicked.connect(
            lambda _c=False, ref=ref: self.edits.remove_tags(self.ids(), [ref.id], ref.name)
        )
        return chip

    def _show_header(self) -> None:
        n = len(self.records)
        if n == 0:
            self.title_label.setText(self.tr("Nothing selected"))
            self.summary.setText(self.tr("Select items in the grid to see and edit them."))
            self.preview.clear()
            return
        first = self.records[0]
        if n == 1:
            self.title_label.setText(first.name)
            # the camera's name is never cut in two at the end of a line ('NIKON Z' / '6_2'):
            # the line wraps at a separator
            camera = fmt.camera(first).replace(" ", "\u00a0")
            self.summary.setText(
                " · ".join(x for x in (fmt.capture(first, compact=False), camera) if x)
            )
        else:
            total = len(self.ids())
            self.title_label.setText(self.tr("%Ln items selected", None, total))
            summary = self.summary_data
            if self.waiting_for_summary():
                # never the loaded part's totals as if they were the selection's
                self.summary.setText(self.tr("Adding up the selection…"))
                self._show_preview()
                return
            if summary is not None:
                size, kinds = summary.size, summary.kinds
            else:
                size = sum(r.size for r in self.records)
                kinds = Counter(r.kind for r in self.records)
            # '2 photos, 1 video': the kinds' names alone read 'Photo' for two photos
            self.summary.setText(
                f"{fmt.kind_counts(kinds)} · {fmt.size(size)} · "
                + self.tr("edits apply to all of them")
            )
        self._show_preview()

    def _show_preview(self) -> None:
        first = self.records[0] if self.records else None
        pix = self.thumbs.pixmap(first.picture_key, beside_grid=True) if first is not None else None
        if pix is None:
            # clear() first: QLabel.setText("") over a picture keeps the picture (same text:
            # nothing to do), so the item before this one stayed pictured above its name
            self.preview.clear()
            self.preview.setText(self._no_preview(first))
            return
        self.preview.setPixmap(
            pix.scaled(
                PREVIEW,
                PREVIEW,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _no_preview(self, first: ItemRecord | None) -> str:
        """Why there is no picture (nothing while it is being made; a problem item's
        reason is said under its name)."""
        if first is None or first.thumb_state != ThumbState.NONE:
            return ""
        if first.kind == Kind.OTHER and not item_problems(
            first.status, first.status_reason, first.warnings
        ):  # a spreadsheet, a text note, an archive ...
            return self.tr(
                "No preview: smparchive keeps this file's name, size, dates and content "
                "hash, and does not read inside it."
            )
        return self.tr("No preview")

    def _thumb_loaded(self, key: str) -> None:
        if self.records and self.records[0].picture_key == key:
            self._show_preview()

    def _show_file(self) -> None:
        rs = self.records
        if len(rs) != 1:
            for label in self.file_labels.values():
                label.setText("")
            self.problem_text.hide()
            if rs and "size" in self.file_labels:
                if self.summary_data is not None:
                    total = fmt.size(self.summary_data.size)
                elif self.partial():
                    total = "…"  # being added up: the loaded part's sum would be too small
                else:
                    total = fmt.size(sum(r.size for r in rs))
                self.file_labels["size"].setText(total)
            self._hide_empty_rows()
            return
        r = rs[0]
        # why it is a problem (offline, gone, in error) and its warnings: the core's
        # sentences (as `smparchive problems` says them) in the interface language, whole
        # and wrapped under the status
        why = item_problems(r.status, r.status_reason, r.warnings)
        reasons = problem_texts.sentences("\n".join(why))
        self.problem_text.setText(reasons)
        self.problem_text.setVisible(bool(reasons))
        for name, label in self.file_labels.items():
            label.setText(views.detail(self.shown_fields[name], r))
        self._hide_empty_rows()

    def _show_consent_held(self) -> None:
        """The consent the export applies when stricter than the item's own: its reason for
        one item, how many are held back so among several (loaded) items."""
        if len(self.records) == 1 and not self.partial():
            titles = {s.id: s.title for s in self.sessions}  # as the session chooser says them
            text = fmt.held_back(self.records[0], lambda sid: titles.get(sid or 0, ""))
        else:
            n = 0 if self.partial() else sum(bool(fmt.held_back(r)) for r in self.records)
            text = (
                self.tr("%n of them held back by their session or a person shown", None, n)
                if n
                else ""
            )
        self.consent_held.setText(text)
        self._culling_form.setRowVisible(self.consent_held, bool(text))

    def _hide_empty_rows(self) -> None:
        """A row with nothing to say is not shown (a photo's Length, a file without a lens,
        several items' Kind): a label beside a blank reads as missing data."""
        for label in self.file_labels.values():
            self.file_form.setRowVisible(label, bool(label.full_text()))

    # -- editing ----------------------------------------------------------------------------
    def _commit(self, f: Field, value: Any) -> None:
        if f.name == "session_id":  # assigned (with its day), not set
            self.session_chosen.emit(self.ids(), value)
            return
        stored = self.editors[f.name].stored(value)
        # a rating, flag or label as every other place names it ('Rate 4', not 'Set rating')
        step = edit_names.set_values({f.name: stored}) if stored is not MIXED else None
        self._set(step or views.edit_label(f), **{f.name: stored})

    def _set(self, label: str, **values: Any) -> None:
        if any(v is MIXED for v in values.values()):
            return
        ids = self.ids()

        def not_saved(exc: BaseException) -> None:
            """Typed text stays, to be saved on the next try; a choice or stars show the
            stored value again."""
            typed = any(
                isinstance(getattr(self.editors.get(n), "widget", None), TextField | NoteField)
                for n in values
            )
            self.edits.say_failed(exc, kept=typed and self.ids() == ids)
            if self.ids() != ids:
                return
            for name in values:
                editor = self.editors.get(name)
                if editor is None:
                    continue
                widget = editor.widget
                if isinstance(widget, TextField | NoteField):
                    widget.mark_unsaved()
                else:
                    widget.show_value(self._stored_value(name))

        self.edits.set_fields(ids, label, expect=self._shown(values), on_error=not_saved, **values)

    def _stored_value(self, name: str) -> Any:
        """What the catalogue holds for field ``name`` of the selection, as shown."""
        if not self.records or self.waiting_for_summary():
            return self.editors[name].empty
        if self.summary_data is not None:
            return self.summary_data.common.get(name, MIXED)
        return common([views.value(self.shown_fields[name], r) for r in self.records])

    def _shown(self, values: dict[str, Any]) -> dict[str, Any] | None:
        """The values shown when the edit was made (all items alike): the edit is refused,
        and the person asked, if a teammate changed one of them since."""
        if not self.records or len(self.records) != len(self.ids()):
            return None
        shown = {}
        for key in values:
            now = common([getattr(r, key, MIXED) for r in self.records])
            if now is MIXED:
                return None
            shown[key] = now
        return shown

    def _text(self, field: str, value: str) -> None:
        self.edits.set_text(self.ids(), field, self._lang(), value or None, self.languages[0])

    def _tag(self, text: str, kind: str) -> None:
        ids = self.ids()
        entry = self.people_entry if kind == "person" else self.keyword_entry

        def not_saved(exc: BaseException) -> None:
            self.edits.say_failed(exc)
            if self.ids() == ids and not entry.text():  # typed again on Enter
                entry.setText(text)

        self.edits.tag(ids, [text.replace(" › ", "|")], kind, on_error=not_saved)

    def focus_keywords(self) -> None:
        self.ensureWidgetVisible(self.keyword_entry)
        self.keyword_entry.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_people(self) -> None:
        self.ensureWidgetVisible(self.people_entry)
        self.people_entry.setFocus(Qt.FocusReason.ShortcutFocusReason)

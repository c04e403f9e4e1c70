"""The core's problem sentences that count something, with Qt's plural forms: French and
Dutch (and English, through smparchive_en.ts) say '1 fichier écrit', '2 fichiers écrits'
where the core's English picks between two sentences (core.messages.ONE). The other
``{values}`` stay as placeholders, filled in by gui/problem_texts.py."""

from __future__ import annotations

from PySide6.QtCore import QObject


class ProblemCounts(QObject):
    """Texts with a count (pyside6-lupdate reads plural forms only from ``self.tr`` with a
    plain count), by the code of the sentence in core/messages.py."""

    def said(self, code: str, n: int) -> str | None:
        """The sentence of ``code`` for ``n`` in the interface language (its ``{values}``
        still to fill), or None when ``code`` counts nothing."""
        if code == "folder.gone_midway":
            return self.tr(
                "The folder went away during the scan (drive unplugged or share lost?), so its "
                "scan stopped; its %Ln items keep what the catalogue knew, marked offline: scan "
                "again once it is back.",
                None,
                n,
            )
        if code == "folder.unreachable":
            return self.tr(
                "The folder is not reachable (drive not attached?); its %Ln items stay in the "
                "catalogue, marked offline.",
                None,
                n,
            )
        if code == "folder.unreachable_here":
            return self.tr(
                "This computer cannot reach the folder (share not mounted, or mounted "
                "at another path?); its %Ln items stay as they are for the rest of "
                "the team: if this computer sees the folder elsewhere, say where "
                "(Find Missing Folder… in the app, 'smparchive roots map' in a "
                "terminal).",
                None,
                n,
            )
        if code == "folder.gone_midway_here":
            return self.tr(
                "The folder went away from this computer during the scan (share "
                "lost?), so its scan stopped; its %Ln items keep what the catalogue "
                "knew, as they are for the rest of the team: scan again once it is "
                "back.",
                None,
                n,
            )
        if code == "export.draft_chapters_withheld":
            return self.tr(
                "{name}: its %Ln chapters are an evenly spaced draft, not the speakers' real "
                "starts: not published (confirm or place them in the player first).",
                None,
                n,
            )
        if code == "export.draft_alt_texts_withheld":
            return self.tr(
                "%Ln items go out without their alt text: it is still a suggested draft (finish "
                "it in the caption editor, Ctrl+Shift+X, and remove the draft marker).",
                None,
                n,
            )
        if code == "export.documents_keep_metadata":
            return self.tr(
                "%Ln documents go out with their own metadata (author and editor names, "
                "software, dates, and that of pictures inside them): clear it in the document's "
                "own program before publishing if it should not be seen.",
                None,
                n,
            )
        if code == "export.deck_left_out":
            return self.tr("%Ln decks are left out ({name}): {why}.", None, n)
        if code == "export.iptc_shortened":
            return self.tr(
                "IPTC-IIM {value} holds at most {limit} bytes: shortened there for %Ln items "
                "({name}); the XMP copy, which Lightroom and digiKam show, is whole.",
                None,
                n,
            )
        if code == "export.template_unknown_tokens":
            return self.tr("Unknown tokens {value} in name template; use {other}", None, n)
        if code == "programme.gone":
            return self.tr(
                "%Ln sessions no longer in the programme were left alone: {value}", None, n
            )
        if code == "programme.csv_lacks_columns":
            return self.tr("{where}: the header lacks the columns {value}", None, n)
        if code == "segment.speaker_chapters":
            return self.tr("%Ln speaker chapters spread evenly (a draft)", None, n)
        if code == "export.files_written":
            return self.tr("%Ln files written", None, n)
        if code == "export.held_back_count":
            return self.tr("%Ln held back", None, n)
        if code == "export.override_count":
            return self.tr("%Ln published by override", None, n)
        if code == "missing.items":
            return self.tr("No items with ids {value}.", None, n)
        if code == "collection.items_not_in":
            return self.tr("Items {value} are not in the collection.", None, n)
        if code == "folder.not_holding":
            return self.tr(
                "{target} does not hold this folder's files (none of %Ln catalogued files is "
                "there); check the path.",
                None,
                n,
            )
        if code == "query.days_count":
            return self.tr("'{value}': there are %Ln programme days.", None, n)
        return None

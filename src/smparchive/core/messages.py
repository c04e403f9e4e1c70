"""Library exceptions -> plain words: one table for every message a person can see.

The libraries smparchive reads files with speak their own language ("cannot identify
image file", "PDFium: Data format error", "AssertionError", "Invalid data found when
processing input"). A person archiving conference media should read what happened to
which file and what to do. :func:`plain` turns an exception into a short phrase for a
sentence ("The PDF cannot be opened (its structure is damaged).");
the library's own words go to the log, where a developer finds them.
"""

from __future__ import annotations

import errno
import functools
import re

# OS error numbers a person can act on.
_ERRNO = {
    errno.ENOENT: "the file is no longer there",
    errno.ENOTDIR: "its folder is no longer there",
    errno.EACCES: "access to it is denied",
    errno.EPERM: "access to it is denied",
    errno.EIO: "the drive reported a read error",
    errno.ENOSPC: "the disk is full",
    errno.EROFS: "the disk is read-only",
    errno.ENAMETOOLONG: "its name is longer than the system allows",
    errno.EISDIR: "it is a folder, not a file",
    errno.ENXIO: "the device holding it is not available",
    errno.ENODEV: "the device holding it is not available",
    errno.ELOOP: "its symbolic links lead round in a loop",
}
for _name, _text in (
    ("ESTALE", "the network share holding it stopped answering"),
    ("ENOTCONN", "the network share holding it stopped answering"),
    ("ETIMEDOUT", "the drive or share holding it stopped answering"),
    ("EDQUOT", "the disk quota is used up"),
    ("ENOMEDIUM", "the drive holding it is not attached"),
):
    if hasattr(errno, _name):
        _ERRNO[getattr(errno, _name)] = _text

# (pattern in the exception's text or class name, phrase): first match wins.
_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"decompression ?bomb", "it claims to be so large that opening it could exhaust the memory"),
    (r"password|encrypt", "it is protected by a password"),
    (r"truncated|unexpected end|premature end|end of (file|stream)|EOFError|short read",
     "the file is cut short, perhaps an incomplete copy or download"),
    (r"PDFium: (Data format|File) error|xref|startxref|PdfReadError|PdfiumError",
     "its structure is damaged"),
    (r"cannot identify image|UnidentifiedImageError|not a .* file|BadZipFile|zip file|"
     r"Invalid data found|InvalidDataError|moov atom|invalid (image|header|data)|bad magic",
     "its contents are damaged or not in the format its name says"),
    (r"MemoryError|Cannot allocate memory|out of memory",
     "reading it needs more memory than is allowed"),
    (r"codec|decoder|not supported|unsupported", "it uses an encoding that is not supported"),
)  # fmt: skip
# no words of the sentences it goes into ("could not be read", "damaged" are theirs): only
# what a person may suspect
_FALLBACK = "it may be damaged"

# Words that are jargon to a user: class names, library names, Python reprs (compiled on
# first use: every read command imports this module, few check a text).
_JARGON = (
    r"Traceback|\b[A-Z][A-Za-z]*(Error|Exception|Warning)\b|\bPillow\b|\bPIL\b|\bPDFium\b|"
    r"\bexifread\b|\bpypdf\b|\bpython-pptx\b|\bPyAV\b|\bFFmpeg\b|\bsqlite3?\b|\bSQLAlchemy\b|"
    r"\bErrno\b|\(\s*'[^']*',\s*|\bNone\b|<[a-z_.]+ object at 0x"
)


# What is no longer there, when an OS error says so of a folder (``plain(exc, folder=True)``)
# or of a path that may be either (``folder=None``): "the file is no longer there" was said
# of folders too.
_GONE_FOLDER = "the folder is no longer there"
_GONE_EITHER = "it is no longer there"
_GONE = frozenset({errno.ENOENT, errno.ENOTDIR})


def plain(exc: BaseException, *, folder: bool | None = False) -> str:
    """A short phrase (no final stop) saying what went wrong, in a user's words.

    ``folder``: the path the error is about is a folder (True), a file (False), either
    (None): a path that is gone is said so of the folder, the file, or "it"."""
    code = getattr(exc, "errno", None)
    if isinstance(exc, OSError) and code in _GONE and folder is not False:
        return _GONE_FOLDER if folder else _GONE_EITHER
    raw = f"{type(exc).__name__}: {exc}"
    if type(exc).__module__.startswith("smparchive") and str(exc).strip():
        return str(exc).strip().rstrip(".")  # our own exceptions are written for people
    import logging  # here: the search query's messages are on the read commands' path

    logging.getLogger(__name__).debug("library said: %s", raw)
    if isinstance(exc, OSError) and code in _ERRNO:
        return _ERRNO[code]
    for pattern, phrase in _PATTERNS:
        if re.search(pattern, raw, re.IGNORECASE):
            return phrase
    return _FALLBACK


def has_jargon(text: str) -> bool:
    """True when ``text`` shows an exception name, a library name used as jargon, a Python
    repr or a traceback (what tests of user-visible messages refuse)."""
    return re.search(_JARGON, text) is not None  # re's cache keeps it compiled


# --- problem sentences, by code ---------------------------------------------------------
# The sentences the core writes for people: what probes and scans say about a file (stored
# in English in the catalogue), and what an export's preflight and report say (warnings,
# unavailable items, target problems). The CLI prints them as they are. Each has a code so
# the app can say it in the interface's language (gui/problem_texts.py): :func:`problem`
# returns a :class:`Message`, the English sentence that carries its code and values, and
# ``identify`` finds the code and values of a stored sentence. Placeholders are ``{why}`` (a
# phrase of :func:`plain`, itself coded in ``PHRASES``; other text is shown as it is),
# ``{fields}`` and ``{signals}`` (words of ``WORDS`` joined by " and ", " + "), and values
# shown as they are:
# ``{fmt}`` (a format name), ``{name}`` (a file name), ``{person}``, ``{platform}``,
# ``{language}``, ``{other}``, ``{mime}``, ``{target}`` (a folder), ``{title}``, ``{zone}``,
# ``{where}`` (a place in a file: "line 12", translated by the app), ``{value}``,
# ``{limit}``, ``{n}``.
# tests/core/test_problem_messages.py checks that every sentence written in core/media,
# core/ingest and core/export is one of these.
PROBLEMS: dict[str, str] = {
    # any file
    "file.not_regular": "This is not a regular file.",
    "file.empty": "The file is empty (0 bytes).",
    "file.unreadable": "The file cannot be read ({why}).",
    "file.unreadable_plain": "The file cannot be read.",
    "file.not_hashed": "The file could not be hashed ({why}).",
    "file.misnamed": (
        "The file is named as a {fmt} file but its contents are not one: it is damaged or "
        "incomplete (try copying it again from its source)."
    ),
    "file.type_not_catalogued": (
        "{fmt} files are not catalogued (photos, videos, audio, slides and documents are)."
    ),
    "file.other_not_catalogued": (
        "Files of this type are not catalogued (photos, videos, audio, slides and documents are)."
    ),
    "file.too_much_memory": "The file needs more memory to open than is safe; it was refused.",
    "file.gone": "The file is no longer there.",
    "file.offline": "The file's folder or drive is offline; the catalogue keeps what it knew.",
    "file.crashed_worker": "The file made its worker process crash.",
    "file.too_slow": "Reading the file took longer than {value} s; it was stopped.",
    "file.worker_memory": (
        "Reading the file needs more memory than a worker may use{limit}; it was refused."
    ),
    "file.internal_fault": (
        "The file could not be read because of a fault in smparchive; details are in the log."
    ),
    "file.cannot_open_as": "The file cannot be opened as {fmt} ({why}).",
    "file.no_streams": "The file holds no audio or video streams.",
    "file.audio_only": "The file holds audio only.",
    "file.no_video_stream": "The file has no video stream to take a picture from.",
    "file.bidi_name": (
        "The file name contains invisible right-to-left control characters, so it reads "
        "differently from what it is (a known way to disguise a file); check the file and "
        "rename it."
    ),
    "file.double_extension": (
        "The file name ends in .{value} but also contains .{fmt}, so it may not be what it "
        "first seems; check the file and rename it."
    ),
    "file.transient_gone": (
        "The file or its folder disappeared while it was being read; it was left as it was "
        "and the next scan tries again."
    ),
    "file.transient_denied": (
        "Access to the file was denied; it was left as it was and the next scan tries again."
    ),
    "file.transient_drive": (
        "The drive or network share holding the file stopped answering; it was left as it "
        "was and the next scan tries again."
    ),
    # a fixity check (ingest/fixity.py): what it says of a file whose bytes it could not
    # confirm; "verify.changed" is stored as the item's reason
    "verify.changed": (
        "Fixity check failed: the bytes changed although size and date did not (expected "
        "SHA-256 {value}, found {other})."
    ),
    "verify.modified": "The file was edited since the last scan; rescan it.",
    "verify.gone": (
        "The file or its folder disappeared while it was being read; it was not checked: "
        "verify again later."
    ),
    "verify.denied": "Access to the file was denied; it was not checked: verify again later.",
    "verify.drive": (
        "The drive or network share holding the file stopped answering; it was not checked: "
        "verify again later."
    ),
    "verify.unreadable": "The file cannot be read; it was not checked: verify again later.",
    "verify.never_read": (
        "The file was never read completely, so there is no fingerprint to compare; scan "
        "with --retry-errors to read it again."
    ),
    "verify.hash_pending": (
        "The file's fingerprint is still pending (the scan that catalogued it stopped "
        "before reading it in full); scan its folder again to take it."
    ),
    # photos
    "photo.bomb": (
        "The image is refused: it claims to be so large that opening it could exhaust the "
        "memory (a damaged or malicious file)."
    ),
    "photo.not_a_picture": (
        "The file is not a picture that can be read: it is damaged or not really an image."
    ),
    "photo.cannot_open": "The image cannot be opened ({why}).",
    "photo.structure_damaged": "The image structure cannot be read: {why}.",
    "photo.truncated": "The image data cannot be decoded in full: {why}.",
    "photo.pixels_undecodable": "The image pixels cannot be decoded.",
    "photo.truncated_partial": (
        "The image data is truncated: about {percent}% of the picture could be decoded."
    ),
    "photo.undecodable": "The image cannot be decoded.",
    "photo.kind_undecodable": "The {fmt} cannot be decoded ({why}).",
    "photo.xmp_ignored": "The embedded XMP was ignored ({why}).",
    "photo.iptc_ignored": "The IPTC block was ignored ({why}).",
    "photo.exif_damaged": "The camera information (EXIF) in the file is damaged and was skipped.",
    "photo.exif_unreadable": "The camera information (EXIF) could not be read: {why}.",
    "photo.orientation_invalid": "EXIF orientation {value} is invalid and was ignored.",
    "file.metadata_unreadable": "Some metadata could not be read ({why}).",
    "file.sidecar_too_large": "The XMP sidecar {name} is too large and was ignored.",
    "file.sidecar_ignored": "The XMP sidecar {name} was ignored ({why}).",
    # thumbnails
    "thumb.cannot_make": "The thumbnail cannot be made ({why}).",
    "thumb.none": "No thumbnail can be made.",
    "thumb.kind_none": "This kind of file has no thumbnail.",
    "thumb.no_way": "There is no way to picture a {fmt} file.",
    # video
    "video.no_stream": "There is no stream to take a picture from.",
    "video.audio_only": "The video file holds audio only: there is no picture.",
    "video.no_frames": "The video track holds no decodable frames.",
    "video.no_frames_short": "The video has no frames.",
    "video.no_decodable_frames": "The video has no decodable frames.",
    "video.cannot_open": "The video cannot be opened ({why}).",
    # cutting a recording into sessions (core/media/boundaries.py)
    "recording.not_analysed": "The recording could not be analysed near {value} s: {why}",
    # caption files a user adds to a segment (core/media/webvtt.py)
    "captions.empty": "The caption file {name} is empty.",
    "captions.too_large": "The caption file {name} is larger than {limit} MB.",
    "captions.unreadable": "The caption file {name} cannot be read.",
    "captions.not_utf8": (
        "The caption file {name} is not UTF-8 text; save it as UTF-8 and add it again."
    ),
    "captions.srt": (
        "{name} is a SubRip (.srt) file, not WebVTT: convert it to WebVTT (any subtitle "
        "editor saves as .vtt) and add that."
    ),
    "captions.not_webvtt": "{name} is not a WebVTT file: its first line must be WEBVTT.",
    "captions.bad_timing": (
        "{name}, line {n}: the cue's times are not valid WebVTT "
        "(00:01:02.500 --> 00:01:05.000, the end after the start)."
    ),
    "captions.no_cues": "The caption file {name} holds no captions (no timed cues).",
    # documents
    "doc.legacy": "Legacy {fmt} files are catalogued but not read; save as {value} to index.",
    "doc.unsupported": "The {fmt} format is not supported.",
    "pdf.encrypted": "The PDF is encrypted: a password is required to read it.",
    "pdf.cannot_open": "The PDF cannot be opened ({why}).",
    "pdf.no_pages": "The PDF has no pages.",
    "pdf.pages_unloadable": "The PDF's pages cannot be loaded ({why}).",
    "pdf.info_ignored": "The PDF document information was ignored ({why}).",
    "pdf.first_page_no_size": "The first PDF page has no size.",
    "pdf.first_page_unrenderable": "The first PDF page cannot be rendered ({why}).",
    "package.not_zip": "The {fmt} file is not a readable zip ({why}).",
    "package.unsafe": "The {fmt} file is refused as unsafe ({why}).",
    "package.unreadable": "The package cannot be read ({why}).",
    "package.no_preview": "The package carries no preview picture.",
    "pptx.no_content_types": (
        "The PPTX package has no [Content_Types].xml: it is not a presentation."
    ),
    "pptx.unreadable": "The presentation cannot be read ({why}).",
    "docx.no_document": "The DOCX package has no word/document.xml: it is not a document.",
    "odf.no_content": "The {fmt} package has no content.xml: there is nothing to read.",
    "odf.no_body": "The {fmt} content.xml has no document body.",
    # folders
    "folder.unreadable": "The folder cannot be read ({why}).",
    "folder.gone_midway": (
        "The folder went away during the scan (drive unplugged or share lost?), so its scan "
        "stopped; its {n} items keep what the catalogue knew, marked offline: scan again "
        "once it is back."
    ),
    "folder.unreachable": (
        "The folder is not reachable (drive not attached?); its {n} items stay in the "
        "catalogue, marked offline."
    ),
    # a team catalogue: one computer's view, nothing is marked offline for the others
    "folder.unreachable_here": (
        "This computer cannot reach the folder (share not mounted, or mounted at "
        "another path?); its {n} items stay as they are for the rest of the team: if "
        "this computer sees the folder elsewhere, say where (Find Missing Folder… in "
        "the app, 'smparchive roots map' in a terminal)."
    ),
    "folder.gone_midway_here": (
        "The folder went away from this computer during the scan (share lost?), so "
        "its scan stopped; its {n} items keep what the catalogue knew, as they are "
        "for the rest of the team: scan again once it is back."
    ),
    # export preflight (core/export/plan.py, faceblur.py)
    "export.originals_keep_metadata": (
        "Originals keep all their metadata (GPS position, camera serial numbers); choose a "
        "resized preset to publish without them."
    ),
    "export.blur_needs_resize": (
        "Faces can only be blurred in resized copies: originals are copied as they are, so "
        "photos of people who may not be shown stay held back."
    ),
    "export.no_libreoffice": (
        "LibreOffice was not found: decks are exported as originals, not PDF."
    ),
    "export.deck_needs_libreoffice": (
        "{name}: converting it to PDF needs LibreOffice, which was not found (no PDF of it "
        "is kept in the cache): it goes out as the original."
    ),
    "export.deck_left_out": "{n} decks are left out ({name}): {why}.",
    "export.not_resizable_left_out": (
        "{name}: {mime} cannot be resized, and a copy would keep its camera metadata (GPS, "
        "serial numbers); left out (export it with the originals preset or with all metadata "
        "kept)."
    ),
    "export.draft_chapters_withheld": (
        "{name}: its {n} chapters are an evenly spaced draft, not the speakers' real "
        "starts: not published (confirm or place them in the player first)."
    ),
    "export.page_address": (
        "'{value}' is not the page's address: give the full https:// address it will be "
        "published at, such as https://media.example.org/smp2022/."
    ),
    "export.page_without_address": (
        "Links shared to the page will show no cover picture: sites that preview a link "
        "need the page's address (Page address in the app, --page-url on the command line)."
    ),
    "export.draft_alt_texts_withheld": (
        "{n} items go out without their alt text: it is still a suggested draft (finish it "
        "in the caption editor, Ctrl+Shift+X, and remove the draft marker)."
    ),
    "export.documents_keep_metadata": (
        "{n} documents go out with their own metadata (author and editor names, software, "
        "dates, and that of pictures inside them): clear it in the document's own program "
        "before publishing if it should not be seen."
    ),
    "export.not_resizable_copied": (
        "{name}: {mime} cannot be resized; copied as is (with all its metadata, as chosen)."
    ),
    "export.iptc_shortened": (
        "IPTC-IIM {value} holds at most {limit} bytes: shortened there for {n} items "
        "({name}); the XMP copy, which Lightroom and digiKam show, is whole."
    ),
    "blur.text_names": (
        "{name}: the {fields} names {person}, whose face is blurred; edit the text before "
        "publishing."
    ),
    "blur.texts_name": (
        "{name}: the {fields} name {person}, whose face is blurred; edit the text before "
        "publishing."
    ),
    # a platform's post and its alt texts (core/export/post.py)
    "alt.missing": "{name}: no alt text; write one before posting.",
    "alt.over_limit": (
        "{name}: the alt text has {n} characters, over the limit of {limit}; shorten it (it "
        "is not cut)."
    ),
    "alt.repeats_caption": "{name}: the alt text only repeats the caption; describe the picture.",
    "alt.repeats_file_name": "{name}: the alt text is a file name; describe the picture.",
    "alt.draft": (
        "{name}: the alt text is still a suggested draft; finish it and remove the draft marker."
    ),
    "alt.unknown_language": (
        "{name}: the alt text is in an unknown language, not in the post's language."
    ),
    "alt.other_language": "{name}: the alt text is in {language}, not in the post's language.",
    "post.caption_fallback": (
        "{name}: no {language} caption in the catalogue; the {other} one is used."
    ),
    "post.no_caption": (
        "None of the images has a caption: the {platform} post has no text of its own; write one."
    ),
    "post.too_long": (
        "The post text has {n} characters; {platform} allows {limit}. Shorten the caption "
        "(nothing is cut)."
    ),
    "post.too_many_images": (
        "{n} images, but a {platform} post takes at most {limit}: choose {limit} or post "
        "them in several posts."
    ),
    "post.caption_too_long": (
        "{name}: the caption has {n} characters, over {platform}'s post limit of {limit}."
    ),
    # items that cannot be exported (core/export/catalog_bridge.py, pipeline.py, writers.py)
    "export.item_missing": "The file is missing (it was not found at the last scan)",
    "export.item_offline": "The file's folder or drive is offline",
    "export.item_error": "The file could not be read when it was catalogued",
    "export.item_missing_why": ("The file is missing (it was not found at the last scan): {why}"),
    "export.item_offline_why": "The file's folder or drive is offline: {why}",
    "export.item_error_why": "The file could not be read when it was catalogued: {why}",
    "export.item_unhashed": (
        "The file has no checksum yet; scan its folder again before exporting it"
    ),
    "export.recording_unavailable": "The recording is not available",
    "export.source_missing": "The source file is missing",
    "export.source_missing_at": "The source file is missing: {name}",
    "export.source_unreadable": "The source file cannot be read ({why})",
    "export.source_unreadable_at": "The source file cannot be read: {name} ({why})",
    "export.photo_unrenderable": "The photo cannot be rendered: {name} ({why})",
    "export.source_size_changed": (
        "The source file changed since it was catalogued (size differs)"
    ),
    "export.source_hash_changed": (
        "The source file changed since it was catalogued (hash mismatch): {name}"
    ),
    "export.render_failed": "The photo could not be rendered: {why}",
    "export.deck_not_cleaned": (
        "{name} is left out: its slides could not be rewritten without their author names, "
        "as {why}. Export it with the originals preset or with all metadata kept."
    ),
    "export.pdf_not_cleaned": (
        "{name} is left out: its metadata (author names, history, pictures' camera data) "
        "could not be removed, as {why}. Export it with the originals preset or with all "
        "metadata kept."
    ),
    "export.video_not_cleaned": (
        "{name} is left out: its metadata (GPS position, device) could not be removed from "
        "the recording, as {why}. Export it with the originals preset or with all metadata "
        "kept."
    ),
    # the export's target and the export as a whole (core/export/writers.py, catalog_export.py)
    "export.target_is_file_choose": (
        "The export target is a file, not a folder: {target}; choose a folder"
    ),
    "export.target_is_file": "The export target is a file, not a folder: {target}",
    "export.target_missing": "The export target folder does not exist: {target}",
    "export.target_read_only": "The export target is read-only or not writable: {target}",
    "export.target_full": "The export target is full: {target}",
    "export.target_gone": "The export target disappeared or became unreachable: {target}",
    "export.target_failed": "Writing to the export target failed: {target} ({why})",
    "export.no_space": (
        "Not enough free space on the export target {target}: about {n} needed, {limit} free"
    ),
    "export.exists_different": (
        "An export named {name} with different content already exists in {target}"
    ),
    "export.nothing_held": ("Nothing to export: every selected item is held back or unavailable"),
    "export.nothing_selected": "Nothing to export: the selection is empty",
    "export.template_malformed": "Malformed name template {value}: {why}",
    "export.template_unknown_tokens": "Unknown tokens {value} in name template; use {other}",
    "export.cancelled": "Cancelled; nothing was left in the target",
    "export.not_recorded": "The export was written but not recorded in the history. {why}",
    "export.written_unverified": "A written file does not verify: {name}",
    "export.name_outside": "Refusing a name outside the export folder: {name}",
    "export.bag_invalid": "The bag written does not validate against its manifests",
    "export.bag_unverified": "A file in the bag written does not verify: {name}",
    "export.zip_incomplete": "The written ZIP file does not list the expected files",
    "export.zip_unverified": "A file in the ZIP does not verify: {name}",
    # a programme's import (core/organise/schedule_*.py, domain/schedule_model.py,
    # catalog/ops_organise.py); {where} is "line 12" or "<event ...> at line 12"
    "programme.start_differs": (
        "{where}: start {value} differs from date {other} in {zone}; the date was used"
    ),
    "programme.property_ignored": "{where}: {name} ignored: its value cannot be read",
    "programme.cancelled_skipped": "{where}: cancelled event {title} skipped",
    "programme.all_day_skipped": "{where}: all-day event {title} skipped",
    "programme.recurrence_ignored": "{where}: recurrence of {title} ignored (first one kept)",
    "programme.no_end": "{where}: {title} has no DTEND or DURATION; taken to last {n} minutes",
    "programme.zero_minutes": "{where}: session {title} lasts zero minutes",
    "programme.repeated": (
        "{where}: repeats the session {title} of {other} exactly; it was kept once"
    ),
    "programme.id_reused": (
        "{where}: session id {value} is also used at {other}; both sessions were kept"
    ),
    "programme.overlap": "{where}: {title} ({value}) overlaps {other} ({limit}) in room {name}",
    "programme.not_utf8": "{where}: the file is not UTF-8; read as Windows-1252",
    "programme.zone_now": "The event's time zone is now {zone}.",
    "programme.zone_differs": (
        "The programme's time zone {zone} differs from the event's {other}; session times are "
        "exact either way, the event keeps its zone."
    ),
    "programme.gone": "{n} sessions no longer in the programme were left alone: {value}",
    # why a programme cannot be imported at all (a ScheduleError: the parsers above,
    # organise/schedule_formats.py); {where} as above, {detail} is a library's own words
    # (a JSON or XML syntax error), shown as they are
    "programme.not_imported": "Programme not imported: {why}",
    "programme.overlaps_refused_more": (
        "sessions overlap in the same room: {sentences} (and {n} more)"
    ),
    "programme.overlaps_refused": "sessions overlap in the same room: {sentences}",
    "programme.unknown_zone": "{where}: unknown time zone {value}",
    "programme.bad_duration": "{where}: duration {value} is not HH:MM or H:MM:SS",
    "programme.bad_time": "{where}: time {value} is not HH:MM",
    "programme.bad_date_dmy": "{where}: date {value} is not YYYY-MM-DD or DD/MM/YYYY",
    "programme.bad_date": "{where}: date {value} is not YYYY-MM-DD",
    "programme.skipped_hour": (
        "{where}: {value} does not exist in {zone} (the clocks skip that hour)"
    ),
    "programme.bad_flag": "{where}: {value} is not a yes/no value",
    "programme.no_title": "{where}: the session has no title",
    "programme.ends_before_start": (
        "{where}: session {title} ends ({value}) before it starts ({other})"
    ),
    "programme.no_sessions": "the programme contains no sessions",
    "programme.too_large": "the programme is larger than {n} bytes",
    "programme.file_not_regular": (
        "The programme file {name} is not a regular file (a device, pipe or socket), so it "
        "was not read."
    ),
    "programme.file_too_large": (
        "The programme file {name} is larger than {value}, so it was not read."
    ),
    "programme.file_unreadable": "{name}: cannot be read ({why})",
    "programme.json_not_utf8_supported": (
        "byte {n}: the JSON file is not UTF-8; supported are frab/pretalx schedule.json and "
        "schedule.xml, iCalendar (.ics) and CSV with a header row"
    ),
    "programme.json_invalid": (
        "the file starts like JSON but is not valid JSON (line {n}, column {value}: "
        "{detail}); supported are frab/pretalx schedule.json and schedule.xml, iCalendar "
        "(.ics) and CSV with a header row"
    ),
    "programme.json_v2_days_version": (
        "this is a schedule JSON (version {value}) whose days list no rooms with their "
        "events, as the newer schedule v2 JSON does, a format smparchive does not read; "
        "supported are frab/pretalx schedule.json and schedule.xml, iCalendar (.ics) and CSV "
        "with a header row"
    ),
    "programme.json_v2_days": (
        "this is a schedule JSON whose days list no rooms with their events, as the newer "
        "schedule v2 JSON does, a format smparchive does not read; supported are "
        "frab/pretalx schedule.json and schedule.xml, iCalendar (.ics) and CSV with a header "
        "row"
    ),
    "programme.json_v2": (
        "this is a schedule v2 JSON (talks and rooms listed apart), a format smparchive does "
        "not read; supported are frab/pretalx schedule.json and schedule.xml, iCalendar (.ics) "
        "and CSV with a header row"
    ),
    "programme.json_sessionize": (
        "this is a Sessionize JSON export, a format smparchive does not read; supported are "
        "frab/pretalx schedule.json and schedule.xml, iCalendar (.ics) and CSV with a header "
        "row"
    ),
    "programme.json_unknown_layout": (
        "this is JSON in an unknown layout (top-level members: {value}), a format smparchive "
        "does not read; supported are frab/pretalx schedule.json and schedule.xml, iCalendar "
        "(.ics) and CSV with a header row"
    ),
    "programme.json_not_object": (
        "this is JSON holding a {value}, not a schedule object, a format smparchive does not "
        "read; supported are frab/pretalx schedule.json and schedule.xml, iCalendar (.ics) "
        "and CSV with a header row"
    ),
    "programme.misnamed": (
        "{name} is named as a {fmt} file but its contents are not a programme in that format "
        "(damaged or another kind of file?); smparchive reads frab/pretalx schedule.json and "
        "schedule.xml, iCalendar (.ics) and CSV with a header row"
    ),
    "programme.not_text": (
        "{name} is not a text file, so it is not a programme; smparchive reads frab/pretalx "
        "schedule.json and schedule.xml, iCalendar (.ics) and CSV with a header row"
    ),
    "programme.json_not_utf8": "byte {n}: the JSON file is not UTF-8",
    "programme.syntax": "the file is not valid {fmt} at line {n}, column {value}: {detail}",
    "programme.no_schedule_member": "{where}: expected an object with a 'schedule' member",
    "programme.expected_events": "{where}: expected a list of events",
    "programme.expected_object": "{where}: expected an object",
    "programme.expected_list": "{where}: expected a list",
    "programme.expected_text": "{where}: expected text",
    "programme.expected_number": "{where}: expected a number",
    "programme.not_iso": "{where}: {value} is not ISO 8601",
    "programme.no_zone": "{where}: the programme names no time zone and none was given",
    "programme.xml_doctype": (
        "{where}: XML with DOCTYPE or ENTITY declarations is refused (entity expansion risk)"
    ),
    "programme.xml_root": "{where}: the root element must be <schedule>",
    "programme.no_date_attribute": "{where}: missing date attribute",
    "programme.csv_no_zone": "a CSV programme has no time zone: give a default time zone",
    "programme.csv_empty": "the CSV file is empty",
    "programme.csv_no_known_column": (
        "this is not a programme in a supported format: read as CSV, its first line has no "
        "known column ({value}); supported are frab/pretalx schedule.json and schedule.xml, "
        "iCalendar (.ics) and CSV with a header row"
    ),
    "programme.csv_no_column": (
        "this is not a programme in a supported format: read as CSV, its first line has no "
        "known column; supported are frab/pretalx schedule.json and schedule.xml, iCalendar "
        "(.ics) and CSV with a header row"
    ),
    "programme.csv_lacks_columns": "{where}: the header lacks the columns {value}",
    "programme.csv_no_date": "{where}: the date is empty",
    "programme.csv_no_start": "{where}: the start is empty",
    "programme.csv_no_title": "{where}: the title is empty",
    "programme.csv_no_end": "{where}: neither end nor duration is given",
    "programme.csv_unreadable": "{where}: the CSV cannot be read",
    "programme.csv_field_too_long": (
        "{where}: a field is longer than {value} characters, so the CSV cannot be read (a "
        "quotation mark opened and never closed makes the rest of the file one field)"
    ),
    "programme.ical_unreadable": "not a valid iCalendar file: its structure cannot be read",
    "programme.ical_no_calendar": (
        "not a whole iCalendar file: BEGIN:VCALENDAR or its END:VCALENDAR is missing (is "
        "the file cut short?)"
    ),
    "programme.ical_several_calendars": (
        "the file holds several calendars one after the other: import them one at a time"
    ),
    "programme.ical_unknown_tzid": (
        "{where}: the time zone {value} (TZID) is neither one this computer knows nor "
        "defined in the file; give a default time zone"
    ),
    "programme.ical_tzid_read_as_default": (
        "the time zone {value} (TZID) is neither one this computer knows nor defined in "
        "the file: its times were read in the default time zone, {zone}"
    ),
    "programme.ical_no_zone": (
        "the calendar names no time zone (no X-WR-TIMEZONE or TZID) and none was given"
    ),
    "programme.ical_not_a_time": (
        "{where}: {name} is not an iCalendar date or time such as 20220601T093000: {value}"
    ),
    "programme.ical_not_a_duration": "{where}: {name} is not a duration such as PT1H30M: {value}",
    "programme.ical_bad_line": (
        "not a valid iCalendar file: the line {value} is not in the form NAME:value"
    ),
    "programme.ical_invalid_property": "{where}: invalid {name}",
    "programme.ical_end_is_date": "{where}: DTEND is a date but DTSTART a date-time",
    "programme.ical_floating": (
        "{where}: {name} is a floating time (no zone); give a default time zone"
    ),
    "programme.missing_property": "{where}: missing {name}",
    "programme.missing": "{where}: missing",
    # why a recording is cut where it is (core/organise/segments.py); {value} is a time
    "segment.programme": "programme {value}",
    "segment.starts_with_recording": "starts with the recording (the session began before it)",
    "segment.ends_with_recording": "ends with the recording (the session ran on after it)",
    "segment.speaker_chapters": "{n} speaker chapters spread evenly (a draft)",
    "segment.start_kept_no_change": (
        "start kept at the programme's time: no change seen within {n} s"
    ),
    "segment.end_kept_no_change": "end kept at the programme's time: no change seen within {n} s",
    "segment.start_kept": "start kept at the programme's time: {why}",
    "segment.end_kept": "end kept at the programme's time: {why}",
    "segment.start_at": "start at {value}: {signals} ({n} s from the programme)",
    "segment.end_at": "end at {value}: {signals} ({n} s from the programme)",
    "segment.within_session": (
        "Recorded within the session “{name}” ({value}), so it belongs to it whole."
    ),
    "segment.no_session": "No session of the programme falls between {value} and {limit}.",
    "segment.clock_corrected": ("Capture time includes the camera clock correction of {n} s."),
    "segment.file_unreadable_now": ("The file cannot be read now: cuts are the programme's times."),
    # why a sidecar was not written or read (core/organise/sidecars.py)
    "sidecar.original_offline": (
        "the drive holding the original is offline; nothing was written beside it"
    ),
    "sidecar.original_missing": (
        "the original file is missing; a sidecar beside it would be orphaned"
    ),
    "sidecar.no_mirror": "this catalogue has no folder to mirror sidecars into; give one",
    "sidecar.cannot_read": "cannot read it: {why}",
    "sidecar.nothing_to_write": "no metadata to write",
    "sidecar.foreign_refused": (
        "an existing sidecar written by another program was left alone (refuse mode)"
    ),
    "sidecar.not_xmp": "the existing sidecar is not usable XMP ({why}); it was left alone",
    "sidecar.cannot_write": "cannot write it: {why}",
    "sidecar.none_offline": "no mirrored sidecar, and the drive holding the original is offline",
    "sidecar.none_found": "no sidecar found",
    "sidecar.unreadable": "the sidecar cannot be read ({why})",
    # why a deck's page or a video frame cannot be shown (core/media/pages.py)
    "page.pdf_encrypted": (
        "The PDF is encrypted: it needs a password, so its pages cannot be shown."
    ),
    "page.not_pdf": "The file is not a readable PDF ({why}).",
    "page.pdf_unreadable": "The PDF cannot be read ({why}).",
    "page.missing": "Page {n} does not exist (the PDF has {limit}).",
    "page.closed": "The PDF was closed.",
    "page.no_size": "Page {n} has no size.",
    "page.unrenderable": "Page {n} cannot be rendered ({why}).",
    "page.slides_unreadable": "Slides of a {fmt} file cannot be read.",
    "page.odp_no_content": "The ODP package has no content.xml: there are no slides to read.",
    "page.no_libreoffice": "LibreOffice is not installed, so the slides cannot be rendered.",
    "page.libreoffice_slow": "LibreOffice did not finish converting the deck within {n} s.",
    "page.libreoffice_failed_why": "LibreOffice could not convert the deck to PDF ({detail}).",
    "page.libreoffice_failed": "LibreOffice could not convert the deck to PDF.",
    "page.no_frame": "No frame decodes at {value} s.",
    "page.frame_undecodable": "The frame at {value} s cannot be decoded ({why}).",
    # what the export history says of an export: its source, and a finished one's counts
    # (core/export/catalog_export.py, joined by "; " and ", ")
    "source.collection": "collection {value} '{name}'",
    "source.session": "session {value} '{title}'",
    "source.day": "day {value}",
    "source.segments": "segments {value}",
    "source.search": "search '{value}'",
    "source.items": "items {value}",
    "export.files_written": "{n} files written",
    "export.held_back_count": "{n} held back",
    "export.override_count": "{n} published by override",
    "export.problem_count": "{n} with problems",
    # a scan that must wait for another one (core/ingest/scanlock.py); {name} is who runs it
    "scan.busy_try_again_by": (
        "Another scan of this catalogue is running ({name}). Try again when it has finished."
    ),
    "scan.busy_try_again": (
        "Another scan of this catalogue is running. Try again when it has finished."
    ),
    "scan.busy_waiting_by": (
        "Another scan of this catalogue is running ({name}). Waiting for it to finish ..."
    ),
    "scan.busy_waiting": "Another scan of this catalogue is running. Waiting for it to finish ...",
    "scan.busy_stopped_by": (
        "Another scan of this catalogue is running ({name}). Stopped waiting for it."
    ),
    "scan.busy_stopped": "Another scan of this catalogue is running. Stopped waiting for it.",
    # who holds the scan lock ({name} above): {since} is when it began on this computer's
    # clock with its zone named ({since_utc}: the moment in UTC ISO, for the app's own format)
    "scan.holder": "process {pid} on {host}, since {since}",
    "scan.holder_process": "process {pid} on {host}",
    "scan.holder_here": "in this program",
    # an undo or redo that did not happen, and why (one of the undo.* reasons below); the
    # app and the CLI name the step instead of "Nothing" (:func:`labelled`)
    "undo.not_undone": "Nothing was undone: {why}",
    "undo.not_redone": "Nothing was redone: {why}",
    "undo.step_not_undone": "{label} was not undone: {why}",
    "undo.step_not_redone": "{label} was not redone: {why}",
    # a teammate's newer value of what the step changed (core/catalog/audit.py); {at} as
    # {since} above ({at_utc}: the moment in UTC ISO)
    "undo.newer_change": (
        "{user} changed the {field} of {item} at {at}, after your change. Undoing your "
        "change would replace their value."
    ),
    "undo.newer_change_redo": (
        "{user} changed the {field} of {item} at {at}, after your change. Redoing your "
        "change would replace their value."
    ),
    # "Use mine" on an undo a teammate's change since left nothing to apply (core/catalog/base.py)
    "undo.nothing_left": (
        "{user} has since merged, renamed or removed what your change made, so none of it "
        "is left to take back; change the item by hand if it should differ."
    ),
    # a teammate had made the same change just before (core/catalog/base.py)
    "undo.theirs_too": (
        "{user} had made the same change just before you, so it stays as it is; change the "
        "item by hand if it should differ. This step is no longer in your undo history."
    ),
    # a teammate set since what the step had set (both added "Panel"): it stays theirs
    "undo.same_since": (
        "{user} made the same change at {at}, after you, so it stays as it is; change the "
        "item by hand if it should differ. This step is no longer in your undo history."
    ),
    # a redo: a teammate set meanwhile what it would set again; the value is theirs
    "undo.same_while_undone": (
        "{user} made the same change while yours was undone, so it stays as it is, theirs; "
        "change the item by hand if it should differ. This step is no longer in your redo list."
    ),
    # said after an undo or redo that went through, of what it left (core/catalog/base.py)
    "undo.same_kept": (
        "{user} made the same change to the {field} of {item} at {at}, after you, so that "
        "stays as it is."
    ),
    "undo.same_kept_here": (
        "{user} made the same change to the {field} at {at}, after you, so that stays as it is."
    ),
    # the same two, when the history no longer names the teammate
    "undo.nothing_left_unnamed": (
        "a teammate has since merged, renamed or removed what your change made, so none of "
        "it is left to take back; change the item by hand if it should differ."
    ),
    "undo.theirs_too_unnamed": (
        "a teammate had made the same change just before you, so it stays as it is; change "
        "the item by hand if it should differ. This step is no longer in your undo history."
    ),
    # an undo or redo whose rows have all left the catalogue since (core/catalog/base.py)
    "undo.gone": (
        "what this step changed is no longer in the catalogue (its folder or its items were "
        "removed from it since). This step is no longer in your undo history."
    ),
    # a database error while the catalogue is open (core/catalog/dberrors.py)
    "db.password_refused": (
        "Cannot connect to the catalogue database: the password was refused (check the user "
        "name and ~/.pgpass)."
    ),
    "db.password_wanted": (
        "Cannot connect to the catalogue database: the server wants a password; put it in "
        "~/.pgpass (or PGPASSFILE) rather than in the URL."
    ),
    "db.unknown_role": (
        "Cannot connect to the catalogue database: the server does not know this user (role)."
    ),
    "db.no_database": (
        "Cannot connect to the catalogue database: that database does not exist on the "
        "server (create it with createdb)."
    ),
    "db.no_schema": (
        "Access denied by the catalogue database: this user lacks the privileges needed (no "
        "usable schema; the catalogue's owner can GRANT USAGE and the table rights)."
    ),
    "db.denied": (
        "Access denied by the catalogue database: this user lacks the privileges needed ({detail})."
    ),
    "db.stalled": (
        "The catalogue database stopped answering in the middle of the command (a frozen "
        "server, host or network); the command was stopped and nothing of it was saved "
        "(SMPARCHIVE_STATEMENT_TIMEOUT sets how long to wait)."
    ),
    "db.unreachable": (
        "Cannot reach the catalogue database: the server did not answer in time (a frozen "
        "server or host, or a firewall); the timeout is set with SMPARCHIVE_CONNECT_TIMEOUT."
    ),
    "db.too_slow": (
        "The catalogue database took too long to answer and the command was stopped "
        "(SMPARCHIVE_STATEMENT_TIMEOUT sets the limit)."
    ),
    "db.unknown_host": (
        "Cannot connect to the catalogue database: the server's host name is unknown."
    ),
    "db.no_server": (
        "Cannot connect to the catalogue database: no server answers at that address (is it "
        "running?)."
    ),
    "db.connection_lost": (
        "The connection to the catalogue database was lost during the command (the server "
        "stopped or restarted); nothing of it was saved unless reported, try again."
    ),
    "db.locked": "The catalogue is busy or locked by another program; try again in a moment.",
    "db.read_only": "The catalogue is read-only; smparchive needs write access to change it.",
    "db.not_written": "The catalogue could not be written ({detail}); check the disk.",
    "db.stayed_busy": (
        "The catalogue stayed busy with other people's changes ({n} attempts); this change "
        "was not saved, try it again."
    ),
    "db.other": "Catalogue error: {detail}",
    # the same, about the catalogue at a server: which database on which server
    "db.at": "{why} The database is {database} on {server}.",
    # opening, upgrading and backing up a catalogue (core/catalog/schema.py, catalog.py,
    # backups.py): the app shows them in its 'Cannot open the catalogue' box
    "catalogue.is_folder": "{target} is a folder, not a catalogue file.",
    "catalogue.missing": "No catalogue at {target}; create one with 'smparchive init'.",
    "catalogue.cannot_make_folder": "Cannot create the folder {target}: {detail}.",
    "catalogue.folder_read_only": (
        "Cannot create a catalogue in {target}: the folder is read-only."
    ),
    "catalogue.exists": (
        "{target} already exists: a new catalogue never replaces it. Open it, or choose "
        "another name."
    ),
    "catalogue.folder_gone": (
        "Cannot create a catalogue in {target}: the folder is no longer there (a disk or a "
        "network share may have been disconnected)."
    ),
    "catalogue.unreachable": "Cannot create a catalogue in {target}: {why}.",
    "catalogue.unreadable": "Cannot read {target}: {detail}.",
    "catalogue.cannot_open": "Cannot open {target}: {detail}",
    "catalogue.empty": "{target} is an empty file, not an smparchive catalogue.",
    "catalogue.not_sqlite": "{target} is not an smparchive catalogue (not a SQLite database).",
    "catalogue.foreign": "{target} is not an smparchive catalogue (a different database).",
    "catalogue.foreign_database": "This database is not an smparchive catalogue.",
    "catalogue.read_only": (
        "{target} is read-only (the file or its folder): smparchive needs write "
        "access to keep its catalogue."
    ),
    "catalogue.header_incomplete": "{target} is damaged: its SQLite header is incomplete.",
    "catalogue.header_invalid": "{target} is damaged: its SQLite header is not valid.",
    "catalogue.damaged": (
        "{target} is damaged and cannot be read; restore it from a backup (a "
        "folder beside it ending in .backups may hold recent copies)."
    ),
    "catalogue.locked": "{target} is locked by another program; close it there and try again.",
    "catalogue.newer": (
        "{target} was made by a newer smparchive (schema {value}); update smparchive to open it."
    ),
    "catalogue.newer_here": (
        "This catalogue was made by a newer smparchive (schema {value}); update "
        "smparchive to open it."
    ),
    "catalogue.team_newer_by": (
        "This catalogue was upgraded by smparchive {version} or later (schema "
        "{value}); you have smparchive {mine}: update it to open the catalogue."
    ),
    "catalogue.team_newer": (
        "This catalogue was upgraded by a newer smparchive (schema {value}); you "
        "have smparchive {mine}: update it to open the catalogue."
    ),
    "catalogue.upgrade_failed": (
        "Upgrading {target} from schema {value} failed ({detail}); the catalogue "
        "was left as it was."
    ),
    "catalogue.upgrade_failed_here": (
        "Upgrading the catalogue from schema {value} failed ({detail}); it was left as it was."
    ),
    "catalogue.team_upgrade_failed": (
        "Upgrading the team catalogue from schema {value} failed ({detail}); it was left as it was."
    ),
    "catalogue.team_backup_failed": (
        "The team catalogue needs an upgrade (schema {value} to {other}) and "
        "smparchive backs it up first, which failed: {why} Then set {name}=1 to "
        "upgrade."
    ),
    "backup.dump_failed": "The backup (pg_dump) failed: {detail}",
    "backup.restore_failed": "The restore (pg_restore) failed: {detail}",
    "backup.no_pg_dump": (
        "pg_dump is not installed (Debian: postgresql-client); back the database "
        "up with: pg_dump -Fc -f smparchive.dump '{target}'"
    ),
    "backup.no_pg_restore": "pg_restore is not installed (Debian: postgresql-client).",
    "backup.exists": "{target} already exists; choose another name.",
    # what the catalogue refuses (core/catalog/ops_*.py, names.py, tagging.py,
    # domain/time.py, organise/captions.py): the app's error box says it. {subject} is a
    # word of WORDS ("A tag"), {target} a folder, {value} a number or a person's text
    "name.empty": "{subject} cannot be empty.",
    "name.control": "{subject} cannot contain {fields}; type it on one line, without it.",
    "name.control_char": (
        "{subject} cannot contain the control character {value}; type it on one line, without it."
    ),
    "missing.item": "No item with id {value}.",
    "missing.items": "No items with ids {value}.",
    "missing.session": "No session with id {value}.",
    "missing.segment": "No segment with id {value}.",
    "missing.event": "No event with id {value}.",
    "missing.day": "No day with id {value}.",
    "missing.tag": "No tag with id {value}.",
    "missing.collection": "No collection with id {value}.",
    "missing.export": "No export with id {value}.",
    "missing.person": "No person with id {value}.",
    "missing.folder": "No catalogued folder with id {value}.",
    "missing.no_event_yet": (
        "No event in the catalogue yet: create one ('event --title ...') or import a "
        "programme first."
    ),
    "collection.named_missing": "No collection named '{name}'.",
    "collection.smart_follows_query": (
        "'{name}' is a smart collection: its items follow its query ({value})."
    ),
    "collection.exists": "A collection named '{name}' already exists.",
    "collection.smart_from_query": "A smart collection's items come from its query.",
    "collection.smart_needs_query": "A smart collection needs a query (delete it instead).",
    "collection.curated_not_search": "'{name}' is a curated collection, not a saved search.",
    "collection.items_not_in": "Items {value} are not in the collection.",
    "folder.no_match": "No catalogued folder matches '{value}'.",
    "folder.not_exist": "{target} does not exist.",
    "folder.not_folder": "{target} is not a folder.",
    "folder.cache": "The catalogue's own cache folder cannot be catalogued.",
    "folder.overlaps": "{target} overlaps the catalogued folder {other}; add one or the other.",
    "folder.not_writable": "{target} is not a folder smparchive can write to.",
    "folder.not_visible": "{target} is not a folder this computer can see.",
    "folder.not_holding": (
        "{target} does not hold this folder's files (none of {n} catalogued files is there); "
        "check the path."
    ),
    "tag.exists": "There is already a {value} tag '{name}' there.",
    "tag.bad_name": "A tag name cannot be empty or contain '|'.",
    "tag.handle": "A handle needs a platform, and has no spaces.",
    "tag.not_person": "Tag {value} is not a person.",
    "tag.not_created": "The tag '{name}' could not be created; try again.",
    "value.whole_number": "{subject} must be a whole number from {value} to {limit}.",
    "value.range": "{subject} must be from {value} to {limit}.",
    "value.one_of": "{subject} must be one of: {other}.",
    "value.not_number": "'{value}' is not a number.",
    "value.focus_range": "A focus point coordinate must be between 0 and 1.",
    "session.ends_before_start": "A session cannot end before it starts.",
    "session.room_taken": "Room '{name}' is already taken by '{title}' ({value}-{limit}).",
    "event.needs_title": "An event needs a title.",
    "event.bad_language": (
        "'{language}' is not a language code for the programme's texts (such as en, fr or pt-BR)."
    ),
    "programme.own_language": (
        "'{language}' is the programme's own language: change the text itself, not a translation."
    ),
    "segment.times_not_numbers": "A segment's start and end must be numbers of seconds.",
    "segment.before_recording": "A segment cannot start before its recording.",
    "segment.end_before_start": "A segment must end after it starts ({value} s to {limit} s).",
    "segment.after_recording": (
        "The segment ends at {value} s, after the end of its recording ({limit} s)."
    ),
    "segment.needs_title": "A segment needs a title.",
    "segment.not_recording": (
        "Item {value} is not a recording: only videos and audio hold segments."
    ),
    "segment.item_not_recording": "Item {value} ({name}) is not a recording.",
    "segment.chapter_outside": (
        "Chapter '{title}' at {n} s lies outside its segment ({value} s to {limit} s)."
    ),
    "captions.bad_language": (
        "'{language}' is not a language code for captions (such as en, fr or pt-BR)."
    ),
    "captions.timing": "Captions are timed from the segment or the recording.",
    "captions.not_checked": "Captions must be checked WebVTT text.",
    "captions.none_in": "Segment {value} has no captions in '{language}'.",
    "team.keep": "Keep a number of days or entries of 0 or more (0: no limit).",
    "time.unknown_zone": "Unknown time zone '{zone}': use an IANA name such as Europe/Brussels.",
    "time.not_offset": "'{value}' is not a clock offset (e.g. +1h, -30m, +0:45, 3600).",
    "time.not_moment": (
        "'{value}' is not a date and time (YYYY-MM-DD HH:MM[:SS], optionally with +HH:MM)."
    ),
    "time.needs_zone": "The known moment needs a time zone (or give it in the event zone).",
    "time.no_capture": "Item {value} has no capture time to pin.",
    "time.not_camera_clock": (
        "Item {value} takes its time from an XMP sidecar, not from the camera's clock: pin "
        "another item of this camera."
    ),
    "camera.no_match": "No camera matches '{value}'.",
    "camera.no_clock": (
        "Items with no camera make or model share no clock (documents, scans, files dated "
        "by their file): correct a camera by its make and model."
    ),
    "faces.none_to_name": "No faces to name.",
    "faces.no_person": "No person '{name}' in this catalogue.",
    "faces.no_unknown": "No unknown person {value}.",
    "export.no_day": "No day {value} in the catalogue's programme.",
    "export.day_spec": "'{value}' is neither a day id nor a date (YYYY-MM-DD).",
    # a search that cannot be understood (core/domain/query.py); {value} is the search's
    # word in question. Last: "'{value}': {why}" would take the others' sentences.
    "query.unreadable_at": "Cannot read the search at '{value}'.",
    "query.unbalanced_quote": "Unbalanced quote in '{value}'.",
    "query.unknown_facet": "Unknown search facet '{name}' in '{value}' (known: {other}).",
    "query.needs_value": "'{value}' needs a value.",
    "query.too_deep": "Saved searches refer to each other too deeply (in:... loop?).",
    "query.unknown_sort": "Unknown sort in '{value}' (use {other}).",
    "query.no_session": "No session matches '{name}' in '{value}'.",
    "query.no_person": "No person '{name}' in '{value}'.",
    "query.no_tag": "No tag '{name}' in '{value}'.",
    "query.use_key_value": "'{value}': use {name}:value.",
    "query.faces_count": "'{value}': faces must be 0, 1 or 2+.",
    "query.not_searchable": "'{value}': {name} cannot be searched.",
    "query.one_of": "'{value}': {name} must be one of {other}.",
    "query.is_takes": "'{value}': {name} takes {other}, or a status or kind.",
    "query.rating_number": "'{value}': the rating must be a number from 0 to 5.",
    "query.rating_range": "'{value}': the rating must be from 0 to 5.",
    "query.days_count": "'{value}': there are {n} programme days.",
    "query.day_how": "'{value}': give a day number, a date YYYY-MM-DD or a label.",
    "query.no_day_on": "'{value}': no programme day on {name}.",
    "query.not_a_date": "'{value}': '{name}' is not a date (YYYY-MM-DD).",
    "query.date_range": "'{value}': give a date range such as 2022-06-01..2022-06-02.",
    "query.bad_value": "'{value}': {why}",
    # a programme file's problem, named after the file (organise/schedule_formats.py);
    # last of all: it would take any other sentence with a colon
    "programme.in_file": "{name}: {why}",
}


# The sentence for one of the codes whose ``{n}`` counts something (PROBLEMS says the other
# counts: "1 file written", "2 files written"); the value ``n`` picks it (a list's codes,
# "Items 3, 4 are not in the collection.", are given ``n`` without showing it). The app
# says these with Qt's plural forms of the interface language (gui/problem_counts.py).
ONE: dict[str, str] = {
    "folder.gone_midway": (
        "The folder went away during the scan (drive unplugged or share lost?), so its scan "
        "stopped; its {n} item keeps what the catalogue knew, marked offline: scan again "
        "once it is back."
    ),
    "folder.unreachable": (
        "The folder is not reachable (drive not attached?); its {n} item stays in the "
        "catalogue, marked offline."
    ),
    "folder.unreachable_here": (
        "This computer cannot reach the folder (share not mounted, or mounted at "
        "another path?); its {n} item stays as it is for the rest of the team: if "
        "this computer sees the folder elsewhere, say where (Find Missing Folder… in "
        "the app, 'smparchive roots map' in a terminal)."
    ),
    "folder.gone_midway_here": (
        "The folder went away from this computer during the scan (share lost?), so "
        "its scan stopped; its {n} item keeps what the catalogue knew, as it is for "
        "the rest of the team: scan again once it is back."
    ),
    "export.draft_chapters_withheld": (
        "{name}: its {n} chapter is an evenly spaced draft, not the speaker's real start: "
        "not published (confirm or place it in the player first)."
    ),
    "export.draft_alt_texts_withheld": (
        "{n} item goes out without its alt text: it is still a suggested draft (finish it "
        "in the caption editor, Ctrl+Shift+X, and remove the draft marker)."
    ),
    "export.documents_keep_metadata": (
        "{n} document goes out with its own metadata (author and editor names, software, "
        "dates, and that of pictures inside it): clear it in the document's own program "
        "before publishing if it should not be seen."
    ),
    "export.deck_left_out": "{n} deck is left out ({name}): {why}.",
    "export.iptc_shortened": (
        "IPTC-IIM {value} holds at most {limit} bytes: shortened there for {n} item "
        "({name}); the XMP copy, which Lightroom and digiKam show, is whole."
    ),
    "export.template_unknown_tokens": "Unknown token {value} in name template; use {other}",
    "programme.gone": "{n} session no longer in the programme was left alone: {value}",
    "programme.csv_lacks_columns": "{where}: the header lacks the column {value}",
    "segment.speaker_chapters": "{n} speaker chapter spread evenly (a draft)",
    "export.files_written": "{n} file written",
    "missing.items": "No item with id {value}.",
    "collection.items_not_in": "Item {value} is not in the collection.",
    "folder.not_holding": (
        "{target} does not hold this folder's files (its {n} catalogued file is not there); "
        "check the path."
    ),
    "query.days_count": "'{value}': there is {n} programme day.",
}
_ONE_TEXTS = frozenset(ONE.values())

# Words that fill a ``{fields}`` placeholder (joined by " and ") or a ``{signals}`` one
# (joined by " + "), by code.
WORDS: dict[str, str] = {
    "title": "title",
    "caption": "caption",
    "alt_text": "alt text",
    # what marks a change in a recording (core/media/boundaries.py)
    "scene_cut": "scene cut",
    "end_of_silence": "end of silence",
    "start_of_silence": "start of silence",
    "end_of_black": "end of black",
    "start_of_black": "start of black",
    # a {subject}: what a refused name or value is
    "a_tag": "A tag",
    "a_session_title": "A session title",
    "a_collection_name": "A collection name",
    "rating": "Rating",
    "flag": "Flag",
    "colour_label": "Colour label",
    "consent_status": "Consent status",
    "restriction": "Restriction",
    # what a name cannot contain ({fields})
    "nul": "NUL",
    "line_break": "a line break",
    "tab": "a tab",
}
_WORD_CODES = {text: code for code, text in WORDS.items()}
AND = " and "
PLUS = " + "

# The phrases :func:`plain` puts inside a sentence, by code. A phrase goes inside another
# sentence's parentheses or after its colon: it has no parentheses of its own and does not
# say again what the sentence says ("The image structure is damaged (its contents could not
# be read; it may be damaged).", "... as MKV (the file is cut short (an incomplete copy or
# download?)).").
PHRASES: dict[str, str] = {
    "gone": _ERRNO[errno.ENOENT],
    "folder_gone": _ERRNO[errno.ENOTDIR],
    "folder_itself_gone": _GONE_FOLDER,
    "either_gone": _GONE_EITHER,
    "denied": _ERRNO[errno.EACCES],
    "read_error": _ERRNO[errno.EIO],
    "disk_full": _ERRNO[errno.ENOSPC],
    "read_only": _ERRNO[errno.EROFS],
    "name_too_long": _ERRNO[errno.ENAMETOOLONG],
    "is_folder": _ERRNO[errno.EISDIR],
    "device_unavailable": _ERRNO[errno.ENXIO],
    "link_loop": _ERRNO[errno.ELOOP],
    "share_silent": "the network share holding it stopped answering",
    "drive_silent": "the drive or share holding it stopped answering",
    "quota": "the disk quota is used up",
    "drive_detached": "the drive holding it is not attached",
    "bomb": _PATTERNS[0][1],
    "password": _PATTERNS[1][1],
    "cut_short": _PATTERNS[2][1],
    "structure": _PATTERNS[3][1],
    "damaged_or_wrong_format": _PATTERNS[4][1],
    "memory": _PATTERNS[5][1],
    "encoding": _PATTERNS[6][1],
    "unknown": _FALLBACK,
    # why a document is not published (export/*strip.py, docmeta): never with its metadata
    "picture_damaged": "a picture holds camera metadata but is damaged before its image data",
    "picture_unreadable": (
        "a picture in it does not follow its format, so its metadata cannot be removed"
    ),
    "recording_unreadable": (
        "a sound or video in it cannot be rewritten without its metadata, such as a GPS "
        "position or the device"
    ),
    # safety.mapped: a share that refuses mapping, and photo.READ_CAP
    "not_mapped": (
        "the share holding it does not let it be read in place, and at more than 256 MB it "
        "is too large to load into memory; copy it to a local drive"
    ),
    # safety.MAX_DOCUMENT_PICTURE
    "picture_too_large": "a picture in it is larger than 32 MB, the most read to clean one",
    # why a recording cannot be rewritten (export/videometa.py)
    "no_picture_or_sound": "there is no picture or sound in it",
    "embedded_object": (
        "an object is embedded in it in a form whose author names cannot be removed; "
        "replace the object with a picture of it"
    ),
    # why a programme file is not valid JSON or XML (organise/schedule_*.py): the parser's
    # own message, said plainly (see syntax_phrase)
    "json_comma": "a comma is missing between two entries",
    "json_colon": "a colon is missing after a name",
    "json_name": "a name is not in double quotes, or a comma comes before a closing brace",
    "json_value": "a value is missing or is not a JSON value",
    "json_string": "a text is not closed with a double quote",
    "json_extra": "something follows the end of the data",
    "json_control": "a text holds a line break or another control character",
    "json_escape": "a backslash sequence in a text is not valid",
    "json_trailing_comma": "a comma comes before a closing bracket",
    "xml_mismatched": "a closing tag does not match its opening tag",
    "xml_token": "a character is not allowed there, such as an unescaped & or <",
    "xml_unclosed": "a tag or a text is not closed",
    "xml_empty": "the file ends before its content is complete",
    "xml_extra": "something follows the end of the document",
    "xml_entity": "an entity such as &nbsp; is not defined in XML",
    "xml_duplicate": "an attribute is given twice",
    # why an export's name template cannot be used (export/naming.py)
    "template_unclosed": "a { is not closed with a }",
    "template_unopened": "a } has no { before it",
    "template_format": "a token's format, after its : or !, cannot be applied to it",
}
# Phrases earlier versions stored inside their sentences, still read back as their code (the
# app then says today's phrase, in the interface's language).
FORMER_PHRASES: dict[str, str] = {
    "the file is cut short (an incomplete copy or download?)": "cut_short",
    "it is damaged: its structure cannot be read": "structure",
    "its contents could not be read; it may be damaged": "unknown",
    "it uses an encoding that cannot be read": "encoding",
    # said by the export's cleaners in their own words
    "it needs a password to open": "password",
    "neither video nor audio": "no_picture_or_sound",
    "no picture or sound in it": "no_picture_or_sound",
    "a picture in it cannot be read as its format says, so its metadata cannot be removed": (
        "picture_unreadable"
    ),
    "a sound or video in it cannot be rewritten without its metadata (GPS position, device)": (
        "recording_unreadable"
    ),
}
_PHRASE_CODES = {**FORMER_PHRASES, **{text: code for code, text in PHRASES.items()}}


def _template_pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    out = []
    seen: set[str] = set()
    for i, part in enumerate(parts):
        if i % 2 == 0:
            out.append(re.escape(part))
        elif part in seen:  # a value said twice ("choose {limit} ... at most {limit}")
            out.append(f"(?P={part})")
        else:
            seen.add(part)
            # a place in a file may itself follow a file name ("a.csv: line 2"): the
            # longest place, so that the sentence after it is the file's last words
            out.append(f"(?P<{part}>.*)" if part == "where" else f"(?P<{part}>.*?)")
    return re.compile("^" + "".join(out) + "$", re.DOTALL)


@functools.cache
def _problem_patterns() -> list[tuple[str, re.Pattern[str], bool]]:
    """One pattern per problem sentence, compiled when a stored sentence is first read
    back (~50 ms: at import it was a third of every search command's start-up)."""
    # sentences that begin with words of their own are tried before those that begin with a
    # value ("Programme not imported: {why}" before "{where}: ... overlaps ...")
    # (an earlier sentence first: today's "about {percent}% of" also matches "about 42 % of",
    # its value then "42 ")
    # (a sentence for one before the others: "{name}: {why}" would take "1 session ...: x")
    # (a sentence with no value at all first: it can only match itself, where a sentence
    # with a value may take it, "a teammate" read as the {user} of "{user} had made ...")
    known = [*FORMER_PROBLEMS, *ONE.items(), *PROBLEMS.items()]
    ordered = sorted(known, key=lambda item: (item[1].startswith("{"), "{" in item[1]))
    return [
        (code, _STRICT.get(code) or _template_pattern(t), t in _ONE_TEXTS) for code, t in ordered
    ]


# Sentences whose template alone would take too much: "{name}: {why}" took any sentence
# with a colon (a database driver's "(psycopg.OperationalError) connection failed: ..."
# came out in French as "fichier (psycopg…"); its name is a file's, with an extension.
_STRICT = {
    "programme.in_file": re.compile(
        r"^(?P<name>[^\n:]*?\.[A-Za-z0-9]{1,8}): (?P<why>.*)$", re.DOTALL
    ),
}


# Sentences earlier versions stored for a code, still read back as that code (so the app
# says today's sentence in the interface's language, not the stored English one).
FORMER_PROBLEMS: tuple[tuple[str, str], ...] = (
    # an English percentage with a French space ("about 42 % of the picture")
    (
        "photo.truncated_partial",
        "The image data is truncated: about {percent} % of the picture could be decoded.",
    ),
    # they left out documents, which are catalogued (PDF, Word, OpenDocument)
    (
        "file.type_not_catalogued",
        "{fmt} files are not catalogued (only photos, videos, audio and slides are).",
    ),
    (
        "file.other_not_catalogued",
        "Files of this type are not catalogued (only photos, videos, audio and slides are).",
    ),
    # a phrase in the parentheses of a sentence that said it already ("The image structure is
    # damaged (... it may be damaged).") or that had parentheses of its own ("... truncated
    # or damaged (the file is cut short (an incomplete copy or download?)).")
    ("photo.structure_damaged", "The image structure is damaged ({why})."),
    ("photo.truncated", "The image data is truncated or damaged ({why})."),
    ("photo.exif_unreadable", "The camera information (EXIF) could not be read ({why})."),
    # a reason in parentheses beside other parentheses ("(GPS position, device) (it may be
    # damaged); left out (export it ...)")
    (
        "export.deck_not_cleaned",
        "{name}: the slides could not be rewritten without their author names ({why}); "
        "left out (export them with the originals preset or with all metadata kept).",
    ),
    (
        "export.pdf_not_cleaned",
        "{name}: the PDF could not be rewritten without its metadata (author names, "
        "history, pictures' camera data) ({why}); left out (export it with the originals "
        "preset or with all metadata kept).",
    ),
    (
        "export.video_not_cleaned",
        "{name}: the recording could not be rewritten without its metadata (GPS position, "
        "device) ({why}); left out (export it with the originals preset or with all "
        "metadata kept).",
    ),
    # counts written with "(s)" whatever the number ("1 file(s) written")
    (
        "export.draft_chapters_withheld",
        "{name}: its {n} chapter(s) are an evenly spaced draft, not the speakers' real starts: "
        "not published (confirm or place them in the player first).",
    ),
    (
        "export.draft_alt_texts_withheld",
        "{n} item(s) go out without their alt text: it is still a suggested draft (finish it "
        "in the caption editor, Ctrl+Shift+X, and remove the draft marker).",
    ),
    (
        "export.documents_keep_metadata",
        "{n} document(s) go out with their own metadata (author and editor names, software, "
        "dates, and that of pictures inside them): clear it in the document's own program "
        "before publishing if it should not be seen.",
    ),
    (
        "export.iptc_shortened",
        "IPTC-IIM {value} holds at most {limit} bytes: shortened there for {n} item(s) "
        "({name}); the XMP copy, which Lightroom and digiKam show, is whole.",
    ),
    ("export.template_unknown_tokens", "Unknown token(s) {value} in name template; use {other}"),
    ("programme.gone", "{n} session(s) no longer in the programme were left alone: {value}"),
    ("programme.csv_lacks_columns", "{where}: the header lacks the column(s) {value}"),
    ("export.files_written", "{n} file(s) written"),
    ("missing.items", "No item(s) with id {value}."),
    ("collection.items_not_in", "Item(s) {value} are not in the collection."),
    ("query.days_count", "'{value}': there are {n} programme day(s)."),
)


class Message(str):
    """A sentence for people: the English text (it *is* that ``str``, so the CLI, logs,
    manifests and the catalogue use it as they would any text) that also carries its
    ``code`` in ``PROBLEMS`` and its ``values``, from which the app says it in the
    interface's language. A copy (``str(m)``, JSON, the database) keeps only the English:
    ``identify`` finds the code again."""

    code: str
    values: dict[str, str]

    def __new__(cls, code: str, **values: object) -> Message:
        # a sentence inside a sentence ({why}) keeps its code: the app says both
        shown = {k: v if isinstance(v, Message) else str(v) for k, v in values.items()}
        template = ONE.get(code) if shown.get("n") == "1" else None
        self = super().__new__(cls, (template or PROBLEMS[code]).format(**shown))
        self.code, self.values = code, shown
        return self

    def __reduce__(self) -> tuple[object, ...]:  # to and from worker processes
        return (_message, (self.code, self.values))


def _message(code: str, values: dict[str, str]) -> Message:
    return Message(code, **values)


def problem(code: str, **values: object) -> Message:
    """The English sentence of problem ``code`` with its values (a :class:`Message`)."""
    return Message(code, **values)


# A reason that opens with what did not happen ("Nothing was undone: {why}") gives that
# opening up to the name of the step it is about: "Tag “Chairs” was not undone: bob had
# made …", one sentence, not "Tag Chairs: Nothing was undone: bob had made …". The step's
# name is not quoted as a whole: it quotes the person's words in it (a keyword) itself.
_STEP_LEADS = {
    "undo.not_undone": "undo.step_not_undone",
    "undo.not_redone": "undo.step_not_redone",
}


def labelled(label: str, reason: str) -> str:
    """Why the step named ``label`` did not happen, as one sentence (the app says it in
    the interface's language through ``problem_texts.labelled``; the CLI as it is): the
    step's own opening where the reason opens with what did not happen, else
    "label: reason"."""
    found = identify(reason)
    if found is not None and found[0] in _STEP_LEADS:
        return problem(_STEP_LEADS[found[0]], label=label, why=found[1]["why"])
    return led(f"{label}: ", reason, alone=f"{label} failed.")


# A colon followed by a space (or a French " :"): a sentence that opens with what it is about
# ("Could not connect to the catalogue database: no server answers …"). Not "12:30", "C:\".
_OPENING = re.compile(r":(?=\s|$)")
_WORD = re.compile(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*(?=[\s,;:]|$)")  # a word, not "a.mp4"


def opens(reason: str) -> bool:
    """Whether ``reason`` has an opening of its own ("…: …"): put after another opening, it
    gave two colons in one sentence."""
    return _OPENING.search(reason) is not None


def as_sentence(text: str) -> str:
    """``text`` as a sentence of its own: a first word a capital (not a file's name,
    "a.mp4: …", which is kept as it is written), a final stop."""
    text = text.strip()
    if not text:
        return text
    if _WORD.match(text):
        text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?…" else text + "."


def led(lead: str, reason: str, alone: str | None = None) -> str:
    """``lead`` (an opening ending in its colon: "Not saved: ") then ``reason``, one sentence;
    where the reason has an opening of its own, two: the lead ended as a sentence (or
    ``alone``, the lead said as a sentence of its own), then the reason. "The history could
    not be read: Could not connect …: no server answers …" read as one sentence with two
    colons; now "The history could not be read. Could not connect …: no server …". The app
    does the same with its translated leads (``problem_texts.composed``)."""
    if not opens(reason):
        return lead + reason
    first = alone if alone is not None else as_sentence(lead.rstrip().removesuffix(":"))
    return f"{first.rstrip()} {as_sentence(reason)}"


# Reasons that are a teammate's change standing in the way of one's own: the app and the
# CLI say them under one title, wherever they are said (menu undo, redo, `smparchive undo`)
TEAMMATE_TITLE = "Changed by someone else"
_BY_TEAMMATE = frozenset(
    {
        "undo.newer_change",
        "undo.newer_change_redo",
        "undo.theirs_too",
        "undo.theirs_too_unnamed",
        "undo.same_since",
        "undo.same_while_undone",
        "undo.nothing_left",
        "undo.nothing_left_unnamed",
    }
)


def by_teammate(reason: str) -> bool:
    """Whether ``reason`` (a refusal, with or without its step's name) is a teammate's change
    standing in the way."""
    found = identify(reason)
    while found is not None:
        code, values = found
        if code in _BY_TEAMMATE:
            return True
        if code not in _STEP_LEADS and code not in _STEP_LEADS.values():
            return False
        found = identify(values["why"])  # "Nothing was undone: {why}": look at why
    return False


def refused(code: str, *, redo: bool = False, **values: object) -> Message:
    """An undo (or redo) that did not happen because of reason ``code``."""
    return problem("undo.not_redone" if redo else "undo.not_undone", why=problem(code, **values))


def item_problems(status: str, status_reason: str | None, warnings: str | None = None) -> list[str]:
    """Why an item is listed as a problem, a sentence each: why it cannot be used now (its
    folder offline, the file gone), then what is known of its content (why it could not be
    read, its warnings). What is known of the content stays while the folder is offline:
    an archivist still has to deal with a truncated JPEG on an unplugged card. Shared by
    ``smparchive problems`` and the app's inspector, so they say the same."""
    lines: list[str] = []
    # ItemStatus's stored values: media/ reads this module and imports nothing outside it
    if status == "offline":
        lines.append(problem("file.offline"))
    elif status == "missing":
        lines.append(problem("file.gone"))
    for text in (status_reason, warnings):
        lines += [current(line) for line in (text or "").split("\n") if line]
    said = list(dict.fromkeys(lines))  # a missing file's reason may say it already
    codes = {getattr(line, "code", None) for line in said}
    return [line for line in said if _SAID_BY.get(getattr(line, "code", ""), "") not in codes]


# A sentence that gives way to another saying the same fact (earlier versions stored both:
# "The video file holds audio only: there is no picture. The file holds audio only.").
_SAID_BY = {
    "photo.exif_damaged": "photo.exif_unreadable",
    "file.audio_only": "video.audio_only",
    "video.no_stream": "file.no_streams",
    "video.no_frames_short": "video.no_frames",
}


def current(sentence: str) -> str:
    """A stored sentence in today's wording: one an earlier version wrote ("... as MKV (the
    file is cut short (an incomplete copy or download?)).") as this version says it, so a
    catalogue scanned before reads as one scanned now; a sentence it does not know, as it is.
    """
    found = identify(sentence)
    if found is None or isinstance(sentence, Message):
        return sentence
    code, values = found
    why = values.get("why")
    if why is not None:
        known = phrase_code(why)
        values["why"] = PHRASES[known] if known is not None else current(why)
    try:
        return Message(code, **values)
    except (KeyError, IndexError, ValueError):  # a value the sentence does not take
        return sentence


def words(codes: list[str] | tuple[str, ...], joiner: str = AND) -> str:
    """``{fields}``'s value: the words of ``codes`` ("title and caption"); with ``PLUS``,
    ``{signals}``'s ("end of black + scene cut")."""
    return joiner.join(WORDS[c] for c in codes)


def word_codes(value: str, joiner: str = AND) -> list[str] | None:
    """The codes of a ``{fields}`` (or, with ``PLUS``, ``{signals}``) value, or None when
    one of its words is not coded."""
    codes = [_WORD_CODES.get(w) for w in value.split(joiner)]
    return None if None in codes else [c for c in codes if c is not None]


def identify(sentence: str) -> tuple[str, dict[str, str]] | None:
    """The code and values of a stored problem sentence, or None for one it does not know
    (written by an older or newer smparchive, or by hand)."""
    if isinstance(sentence, Message):
        return sentence.code, dict(sentence.values)
    text = sentence.strip()
    for code, pattern, one in _problem_patterns():
        m = pattern.match(text)
        if m is not None:  # a sentence for one says so even when it does not show its count
            return code, {**({"n": "1"} if one else {}), **m.groupdict()}
    return None


# The JSON and XML parsers' messages (json, expat), by how they start, as phrases.
_SYNTAX: tuple[tuple[str, str], ...] = (
    ("Expecting ',' delimiter", "json_comma"),
    ("Expecting ':' delimiter", "json_colon"),
    ("Expecting property name", "json_name"),
    ("Expecting value", "json_value"),
    ("Unterminated string", "json_string"),
    ("Extra data", "json_extra"),
    ("Invalid control character", "json_control"),
    ("Invalid \\", "json_escape"),
    ("Illegal trailing comma", "json_trailing_comma"),
    ("mismatched tag", "xml_mismatched"),
    ("not well-formed", "xml_token"),
    ("unclosed token", "xml_unclosed"),
    ("no element found", "xml_empty"),
    ("junk after document element", "xml_extra"),
    ("undefined entity", "xml_entity"),
    ("duplicate attribute", "xml_duplicate"),
)


def syntax_phrase(message: str) -> str:
    """A JSON or XML parser's message as one of the phrases above (the app says it in the
    interface's language), else the message as it is."""
    for start, code in _SYNTAX:
        if message.startswith(start):
            return PHRASES[code]
    return message


def phrase_code(phrase: str) -> str | None:
    """The code of one of :func:`plain`'s phrases, or None."""
    return _PHRASE_CODES.get(phrase.strip())

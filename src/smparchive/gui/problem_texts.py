"""Problem sentences about files (why a file is in error, its warnings) in the interface's
language, by their code in core/messages.py: the catalogue stores the core's English sentence,
``core.messages.identify`` gives its code and values, and this table its translation. A
sentence with no code (written by another smparchive version, or by hand) is shown as stored.
"""

from __future__ import annotations

import re
from datetime import datetime

from smparchive.core import messages, problem_rows
from smparchive.gui import formatting as fmt
from smparchive.gui.i18n import QT_TRANSLATE_NOOP, filled, texts_of, translate
from smparchive.gui.problem_counts import ProblemCounts

# code -> the English sentence, exactly as core/messages.py PROBLEMS (checked by a test);
# {why} is a phrase of PHRASES below, the other {values} are shown as stored.
SENTENCES: dict[str, str] = {
    "file.not_regular": QT_TRANSLATE_NOOP(
        "Problems",
        "This is not a regular file.",
    ),
    "file.empty": QT_TRANSLATE_NOOP(
        "Problems",
        "The file is empty (0 bytes).",
    ),
    "file.unreadable": QT_TRANSLATE_NOOP(
        "Problems",
        "The file cannot be read ({why}).",
    ),
    "file.unreadable_plain": QT_TRANSLATE_NOOP(
        "Problems",
        "The file cannot be read.",
    ),
    "file.not_hashed": QT_TRANSLATE_NOOP(
        "Problems",
        "The file could not be hashed ({why}).",
    ),
    "file.misnamed": QT_TRANSLATE_NOOP(
        "Problems",
        "The file is named as a {fmt} file but its contents are not one: it is damaged or "
        "incomplete (try copying it again from its source).",
    ),
    "file.type_not_catalogued": QT_TRANSLATE_NOOP(
        "Problems",
        "{fmt} files are not catalogued (photos, videos, audio, slides and documents are).",
    ),
    "file.other_not_catalogued": QT_TRANSLATE_NOOP(
        "Problems",
        "Files of this type are not catalogued (photos, videos, audio, slides and documents are).",
    ),
    "file.too_much_memory": QT_TRANSLATE_NOOP(
        "Problems",
        "The file needs more memory to open than is safe; it was refused.",
    ),
    "file.gone": QT_TRANSLATE_NOOP(
        "Problems",
        "The file is no longer there.",
    ),
    "file.offline": QT_TRANSLATE_NOOP(
        "Problems",
        "The file's folder or drive is offline; the catalogue keeps what it knew.",
    ),
    "file.crashed_worker": QT_TRANSLATE_NOOP(
        "Problems",
        "The file made its worker process crash.",
    ),
    "file.too_slow": QT_TRANSLATE_NOOP(
        "Problems",
        "Reading the file took longer than {value} s; it was stopped.",
    ),
    "file.worker_memory": QT_TRANSLATE_NOOP(
        "Problems",
        "Reading the file needs more memory than a worker may use{limit}; it was refused.",
    ),
    "file.internal_fault": QT_TRANSLATE_NOOP(
        "Problems",
        "The file could not be read because of a fault in smparchive; details are in the log.",
    ),
    "file.cannot_open_as": QT_TRANSLATE_NOOP(
        "Problems",
        "The file cannot be opened as {fmt} ({why}).",
    ),
    "file.no_streams": QT_TRANSLATE_NOOP(
        "Problems",
        "The file holds no audio or video streams.",
    ),
    "file.audio_only": QT_TRANSLATE_NOOP(
        "Problems",
        "The file holds audio only.",
    ),
    "file.no_video_stream": QT_TRANSLATE_NOOP(
        "Problems",
        "The file has no video stream to take a picture from.",
    ),
    "file.bidi_name": QT_TRANSLATE_NOOP(
        "Problems",
        "The file name contains invisible right-to-left control characters, so it reads "
        "differently from what it is (a known way to disguise a file); check the file and "
        "rename it.",
    ),
    "file.double_extension": QT_TRANSLATE_NOOP(
        "Problems",
        "The file name ends in .{value} but also contains .{fmt}, so it may not be what "
        "it first seems; check the file and rename it.",
    ),
    "file.transient_gone": QT_TRANSLATE_NOOP(
        "Problems",
        "The file or its folder disappeared while it was being read; it was left as it "
        "was and the next scan tries again.",
    ),
    "file.transient_denied": QT_TRANSLATE_NOOP(
        "Problems",
        "Access to the file was denied; it was left as it was and the next scan tries again.",
    ),
    "file.transient_drive": QT_TRANSLATE_NOOP(
        "Problems",
        "The drive or network share holding the file stopped answering; it was left as it "
        "was and the next scan tries again.",
    ),
    "verify.changed": QT_TRANSLATE_NOOP(
        "Problems",
        "Fixity check failed: the bytes changed although size and date did not (expected "
        "SHA-256 {value}, found {other}).",
    ),
    "verify.modified": QT_TRANSLATE_NOOP(
        "Problems", "The file was edited since the last scan; rescan it."
    ),
    "verify.gone": QT_TRANSLATE_NOOP(
        "Problems",
        "The file or its folder disappeared while it was being read; it was not checked: "
        "verify again later.",
    ),
    "verify.denied": QT_TRANSLATE_NOOP(
        "Problems", "Access to the file was denied; it was not checked: verify again later."
    ),
    "verify.drive": QT_TRANSLATE_NOOP(
        "Problems",
        "The drive or network share holding the file stopped answering; it was not checked: "
        "verify again later.",
    ),
    "verify.unreadable": QT_TRANSLATE_NOOP(
        "Problems", "The file cannot be read; it was not checked: verify again later."
    ),
    "verify.never_read": QT_TRANSLATE_NOOP(
        "Problems",
        "The file was never read completely, so there is no fingerprint to compare; scan "
        "with --retry-errors to read it again.",
    ),
    "verify.hash_pending": QT_TRANSLATE_NOOP(
        "Problems",
        "The file's fingerprint is still pending (the scan that catalogued it stopped "
        "before reading it in full); scan its folder again to take it.",
    ),
    "photo.bomb": QT_TRANSLATE_NOOP(
        "Problems",
        "The image is refused: it claims to be so large that opening it could exhaust the "
        "memory (a damaged or malicious file).",
    ),
    "photo.not_a_picture": QT_TRANSLATE_NOOP(
        "Problems",
        "The file is not a picture that can be read: it is damaged or not really an image.",
    ),
    "photo.cannot_open": QT_TRANSLATE_NOOP(
        "Problems",
        "The image cannot be opened ({why}).",
    ),
    "photo.structure_damaged": QT_TRANSLATE_NOOP(
        "Problems",
        "The image structure cannot be read: {why}.",
    ),
    "photo.truncated": QT_TRANSLATE_NOOP(
        "Problems",
        "The image data cannot be decoded in full: {why}.",
    ),
    "photo.pixels_undecodable": QT_TRANSLATE_NOOP(
        "Problems",
        "The image pixels cannot be decoded.",
    ),
    "photo.truncated_partial": QT_TRANSLATE_NOOP(
        "Problems",
        "The image data is truncated: about {percent}% of the picture could be decoded.",
    ),
    "photo.undecodable": QT_TRANSLATE_NOOP(
        "Problems",
        "The image cannot be decoded.",
    ),
    "photo.kind_undecodable": QT_TRANSLATE_NOOP(
        "Problems",
        "The {fmt} cannot be decoded ({why}).",
    ),
    "photo.xmp_ignored": QT_TRANSLATE_NOOP(
        "Problems",
        "The embedded XMP was ignored ({why}).",
    ),
    "photo.iptc_ignored": QT_TRANSLATE_NOOP(
        "Problems",
        "The IPTC block was ignored ({why}).",
    ),
    "photo.exif_damaged": QT_TRANSLATE_NOOP(
        "Problems",
        "The camera information (EXIF) in the file is damaged and was skipped.",
    ),
    "photo.exif_unreadable": QT_TRANSLATE_NOOP(
        "Problems",
        "The camera information (EXIF) could not be read: {why}.",
    ),
    "photo.orientation_invalid": QT_TRANSLATE_NOOP(
        "Problems",
        "EXIF orientation {value} is invalid and was ignored.",
    ),
    "file.metadata_unreadable": QT_TRANSLATE_NOOP(
        "Problems",
        "Some metadata could not be read ({why}).",
    ),
    "file.sidecar_too_large": QT_TRANSLATE_NOOP(
        "Problems",
        "The XMP sidecar {name} is too large and was ignored.",
    ),
    "file.sidecar_ignored": QT_TRANSLATE_NOOP(
        "Problems",
        "The XMP sidecar {name} was ignored ({why}).",
    ),
    "thumb.cannot_make": QT_TRANSLATE_NOOP(
        "Problems",
        "The thumbnail cannot be made ({why}).",
    ),
    "thumb.none": QT_TRANSLATE_NOOP(
        "Problems",
        "No thumbnail can be made.",
    ),
    "thumb.kind_none": QT_TRANSLATE_NOOP(
        "Problems",
        "This kind of file has no thumbnail.",
    ),
    "thumb.no_way": QT_TRANSLATE_NOOP(
        "Problems",
        "There is no way to picture a {fmt} file.",
    ),
    "video.no_stream": QT_TRANSLATE_NOOP(
        "Problems",
        "There is no stream to take a picture from.",
    ),
    "video.audio_only": QT_TRANSLATE_NOOP(
        "Problems",
        "The video file holds audio only: there is no picture.",
    ),
    "video.no_frames": QT_TRANSLATE_NOOP(
        "Problems",
        "The video track holds no decodable frames.",
    ),
    "video.no_frames_short": QT_TRANSLATE_NOOP(
        "Problems",
        "The video has no frames.",
    ),
    "video.no_decodable_frames": QT_TRANSLATE_NOOP(
        "Problems",
        "The video has no decodable frames.",
    ),
    "video.cannot_open": QT_TRANSLATE_NOOP(
        "Problems",
        "The video cannot be opened ({why}).",
    ),
    "recording.not_analysed": QT_TRANSLATE_NOOP(
        "Problems",
        "The recording could not be analysed near {value} s: {why}",
    ),
    "captions.empty": QT_TRANSLATE_NOOP(
        "Problems",
        "The caption file {name} is empty.",
    ),
    "captions.too_large": QT_TRANSLATE_NOOP(
        "Problems",
        "The caption file {name} is larger than {limit} MB.",
    ),
    "captions.unreadable": QT_TRANSLATE_NOOP(
        "Problems",
        "The caption file {name} cannot be read.",
    ),
    "captions.not_utf8": QT_TRANSLATE_NOOP(
        "Problems",
        "The caption file {name} is not UTF-8 text; save it as UTF-8 and add it again.",
    ),
    "captions.srt": QT_TRANSLATE_NOOP(
        "Problems",
        "{name} is a SubRip (.srt) file, not WebVTT: convert it to WebVTT (any "
        "subtitle editor saves as .vtt) and add that.",
    ),
    "captions.not_webvtt": QT_TRANSLATE_NOOP(
        "Problems",
        "{name} is not a WebVTT file: its first line must be WEBVTT.",
    ),
    "captions.bad_timing": QT_TRANSLATE_NOOP(
        "Problems",
        "{name}, line {n}: the cue's times are not valid WebVTT (00:01:02.500 --> "
        "00:01:05.000, the end after the start).",
    ),
    "captions.no_cues": QT_TRANSLATE_NOOP(
        "Problems",
        "The caption file {name} holds no captions (no timed cues).",
    ),
    "doc.legacy": QT_TRANSLATE_NOOP(
        "Problems",
        "Legacy {fmt} files are catalogued but not read; save as {value} to index.",
    ),
    "doc.unsupported": QT_TRANSLATE_NOOP(
        "Problems",
        "The {fmt} format is not supported.",
    ),
    "pdf.encrypted": QT_TRANSLATE_NOOP(
        "Problems",
        "The PDF is encrypted: a password is required to read it.",
    ),
    "pdf.cannot_open": QT_TRANSLATE_NOOP(
        "Problems",
        "The PDF cannot be opened ({why}).",
    ),
    "pdf.no_pages": QT_TRANSLATE_NOOP(
        "Problems",
        "The PDF has no pages.",
    ),
    "pdf.pages_unloadable": QT_TRANSLATE_NOOP(
        "Problems",
        "The PDF's pages cannot be loaded ({why}).",
    ),
    "pdf.info_ignored": QT_TRANSLATE_NOOP(
        "Problems",
        "The PDF document information was ignored ({why}).",
    ),
    "pdf.first_page_no_size": QT_TRANSLATE_NOOP(
        "Problems",
        "The first PDF page has no size.",
    ),
    "pdf.first_page_unrenderable": QT_TRANSLATE_NOOP(
        "Problems",
        "The first PDF page cannot be rendered ({why}).",
    ),
    "package.not_zip": QT_TRANSLATE_NOOP(
        "Problems",
        "The {fmt} file is not a readable zip ({why}).",
    ),
    "package.unsafe": QT_TRANSLATE_NOOP(
        "Problems",
        "The {fmt} file is refused as unsafe ({why}).",
    ),
    "package.unreadable": QT_TRANSLATE_NOOP(
        "Problems",
        "The package cannot be read ({why}).",
    ),
    "package.no_preview": QT_TRANSLATE_NOOP(
        "Problems",
        "The package carries no preview picture.",
    ),
    "pptx.no_content_types": QT_TRANSLATE_NOOP(
        "Problems",
        "The PPTX package has no [Content_Types].xml: it is not a presentation.",
    ),
    "pptx.unreadable": QT_TRANSLATE_NOOP(
        "Problems",
        "The presentation cannot be read ({why}).",
    ),
    "docx.no_document": QT_TRANSLATE_NOOP(
        "Problems",
        "The DOCX package has no word/document.xml: it is not a document.",
    ),
    "odf.no_content": QT_TRANSLATE_NOOP(
        "Problems",
        "The {fmt} package has no content.xml: there is nothing to read.",
    ),
    "odf.no_body": QT_TRANSLATE_NOOP(
        "Problems",
        "The {fmt} content.xml has no document body.",
    ),
    "folder.unreadable": QT_TRANSLATE_NOOP(
        "Problems",
        "The folder cannot be read ({why}).",
    ),
    "folder.gone_midway": QT_TRANSLATE_NOOP(
        "Problems",
        "The folder went away during the scan (drive unplugged or share lost?), so its "
        "scan stopped; its {n} items keep what the catalogue knew, marked offline: scan "
        "again once it is back.",
    ),
    "folder.unreachable": QT_TRANSLATE_NOOP(
        "Problems",
        "The folder is not reachable (drive not attached?); its {n} items stay in the "
        "catalogue, marked offline.",
    ),
    "folder.unreachable_here": QT_TRANSLATE_NOOP(
        "Problems",
        "This computer cannot reach the folder (share not mounted, or mounted at "
        "another path?); its {n} items stay as they are for the rest of the team: if "
        "this computer sees the folder elsewhere, say where (Find Missing Folder… in "
        "the app, 'smparchive roots map' in a terminal).",
    ),
    "folder.gone_midway_here": QT_TRANSLATE_NOOP(
        "Problems",
        "The folder went away from this computer during the scan (share lost?), so "
        "its scan stopped; its {n} items keep what the catalogue knew, as they are "
        "for the rest of the team: scan again once it is back.",
    ),
    "export.originals_keep_metadata": QT_TRANSLATE_NOOP(
        "Problems",
        "Originals keep all their metadata (GPS position, camera serial numbers); "
        "choose a resized preset to publish without them.",
    ),
    "export.blur_needs_resize": QT_TRANSLATE_NOOP(
        "Problems",
        "Faces can only be blurred in resized copies: originals are copied as they "
        "are, so photos of people who may not be shown stay held back.",
    ),
    "export.no_libreoffice": QT_TRANSLATE_NOOP(
        "Problems",
        "LibreOffice was not found: decks are exported as originals, not PDF.",
    ),
    "export.deck_needs_libreoffice": QT_TRANSLATE_NOOP(
        "Problems",
        "{name}: converting it to PDF needs LibreOffice, which was not found (no PDF of "
        "it is kept in the cache): it goes out as the original.",
    ),
    "export.deck_left_out": QT_TRANSLATE_NOOP(
        "Problems", "{n} decks are left out ({name}): {why}."
    ),
    "export.not_resizable_left_out": QT_TRANSLATE_NOOP(
        "Problems",
        "{name}: {mime} cannot be resized, and a copy would keep its camera metadata "
        "(GPS, serial numbers); left out (export it with the originals preset or with "
        "all metadata kept).",
    ),
    "export.draft_chapters_withheld": QT_TRANSLATE_NOOP(
        "Problems",
        "{name}: its {n} chapters are an evenly spaced draft, not the speakers' real "
        "starts: not published (confirm or place them in the player first).",
    ),
    "export.page_address": QT_TRANSLATE_NOOP(
        "Problems",
        "'{value}' is not the page's address: give the full https:// address it will be "
        "published at, such as https://media.example.org/smp2022/.",
    ),
    "export.page_without_address": QT_TRANSLATE_NOOP(
        "Problems",
        "Links shared to the page will show no cover picture: sites that preview a link "
        "need the page's address (Page address in the app, --page-url on the command line).",
    ),
    "export.draft_alt_texts_withheld": QT_TRANSLATE_NOOP(
        "Problems",
        "{n} items go out without their alt text: it is still a suggested draft (finish it "
        "in the caption editor, Ctrl+Shift+X, and remove the draft marker).",
    ),
    "export.documents_keep_metadata": QT_TRANSLATE_NOOP(
        "Problems",
        "{n} documents go out with their own metadata (author and editor names, software, "
        "dates, and that of pictures inside them): clear it in the document's own program "
        "before publishing if it should not be seen.",
    ),
    "export.not_resizable_copied": QT_TRANSLATE_NOOP(
        "Problems",
        "{name}: {mime} cannot be resized; copied as is (with all its metadata, as chosen).",
    ),
    "export.iptc_shortened": QT_TRANSLATE_NOOP(
        "Problems",
        "IPTC-IIM {value} holds at most {limit} bytes: shortened there for {n} items "
        "({name}); the XMP copy, which Lightroom and digiKam show, is whole.",
    ),
    "blur.text_names": QT_TRANSLATE_NOOP(
        "Problems",
        "{name}: the {fields} names {person}, whose face is blurred; edit the text "
        "before publishing.",
    ),
    "blur.texts_name": QT_TRANSLATE_NOOP(
        "Problems",
        "{name}: the {fields} name {person}, whose face is blurred; edit the text "
        "before publishing.",
    ),
    "alt.missing": QT_TRANSLATE_NOOP(
        "Problems",
        "{name}: no alt text; write one before posting.",
    ),
    "alt.over_limit": QT_TRANSLATE_NOOP(
        "Problems",
        "{name}: the alt text has {n} characters, over the limit of {limit}; shorten "
        "it (it is not cut).",
    ),
    "alt.repeats_caption": QT_TRANSLATE_NOOP(
        "Problems",
        "{name}: the alt text only repeats the caption; describe the picture.",
    ),
    "alt.repeats_file_name": QT_TRANSLATE_NOOP(
        "Problems",
        "{name}: the alt text is a file name; describe the picture.",
    ),
    "alt.draft": QT_TRANSLATE_NOOP(
        "Problems",
        "{name}: the alt text is still a suggested draft; finish it and remove the draft marker.",
    ),
    "alt.unknown_language": QT_TRANSLATE_NOOP(
        "Problems",
        "{name}: the alt text is in an unknown language, not in the post's language.",
    ),
    "alt.other_language": QT_TRANSLATE_NOOP(
        "Problems",
        "{name}: the alt text is in {language}, not in the post's language.",
    ),
    "post.caption_fallback": QT_TRANSLATE_NOOP(
        "Problems",
        "{name}: no {language} caption in the catalogue; the {other} one is used.",
    ),
    "post.no_caption": QT_TRANSLATE_NOOP(
        "Problems",
        "None of the images has a caption: the {platform} post has no text of its own; write one.",
    ),
    "post.too_long": QT_TRANSLATE_NOOP(
        "Problems",
        "The post text has {n} characters; {platform} allows {limit}. Shorten the "
        "caption (nothing is cut).",
    ),
    "post.too_many_images": QT_TRANSLATE_NOOP(
        "Problems",
        "{n} images, but a {platform} post takes at most {limit}: choose {limit} or "
        "post them in several posts.",
    ),
    "post.caption_too_long": QT_TRANSLATE_NOOP(
        "Problems",
        "{name}: the caption has {n} characters, over {platform}'s post limit of {limit}.",
    ),
    "export.item_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "The file is missing (it was not found at the last scan)",
    ),
    "export.item_offline": QT_TRANSLATE_NOOP(
        "Problems",
        "The file's folder or drive is offline",
    ),
    "export.item_error": QT_TRANSLATE_NOOP(
        "Problems",
        "The file could not be read when it was catalogued",
    ),
    "export.item_missing_why": QT_TRANSLATE_NOOP(
        "Problems",
        "The file is missing (it was not found at the last scan): {why}",
    ),
    "export.item_offline_why": QT_TRANSLATE_NOOP(
        "Problems",
        "The file's folder or drive is offline: {why}",
    ),
    "export.item_error_why": QT_TRANSLATE_NOOP(
        "Problems",
        "The file could not be read when it was catalogued: {why}",
    ),
    "export.item_unhashed": QT_TRANSLATE_NOOP(
        "Problems",
        "The file has no checksum yet; scan its folder again before exporting it",
    ),
    "export.recording_unavailable": QT_TRANSLATE_NOOP(
        "Problems",
        "The recording is not available",
    ),
    "export.source_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "The source file is missing",
    ),
    "export.source_missing_at": QT_TRANSLATE_NOOP(
        "Problems",
        "The source file is missing: {name}",
    ),
    "export.source_unreadable": QT_TRANSLATE_NOOP(
        "Problems",
        "The source file cannot be read ({why})",
    ),
    "export.source_unreadable_at": QT_TRANSLATE_NOOP(
        "Problems",
        "The source file cannot be read: {name} ({why})",
    ),
    "export.photo_unrenderable": QT_TRANSLATE_NOOP(
        "Problems",
        "The photo cannot be rendered: {name} ({why})",
    ),
    "export.source_size_changed": QT_TRANSLATE_NOOP(
        "Problems",
        "The source file changed since it was catalogued (size differs)",
    ),
    "export.source_hash_changed": QT_TRANSLATE_NOOP(
        "Problems",
        "The source file changed since it was catalogued (hash mismatch): {name}",
    ),
    "export.render_failed": QT_TRANSLATE_NOOP(
        "Problems",
        "The photo could not be rendered: {why}",
    ),
    "export.deck_not_cleaned": QT_TRANSLATE_NOOP(
        "Problems",
        "{name} is left out: its slides could not be rewritten without their author names, "
        "as {why}. Export it with the originals preset or with all metadata kept.",
    ),
    "export.pdf_not_cleaned": QT_TRANSLATE_NOOP(
        "Problems",
        "{name} is left out: its metadata (author names, history, pictures' camera data) "
        "could not be removed, as {why}. Export it with the originals preset or with all "
        "metadata kept.",
    ),
    "export.video_not_cleaned": QT_TRANSLATE_NOOP(
        "Problems",
        "{name} is left out: its metadata (GPS position, device) could not be removed from "
        "the recording, as {why}. Export it with the originals preset or with all metadata "
        "kept.",
    ),
    "export.target_is_file_choose": QT_TRANSLATE_NOOP(
        "Problems",
        "The export target is a file, not a folder: {target}; choose a folder",
    ),
    "export.target_is_file": QT_TRANSLATE_NOOP(
        "Problems",
        "The export target is a file, not a folder: {target}",
    ),
    "export.target_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "The export target folder does not exist: {target}",
    ),
    "export.target_read_only": QT_TRANSLATE_NOOP(
        "Problems",
        "The export target is read-only or not writable: {target}",
    ),
    "export.target_full": QT_TRANSLATE_NOOP(
        "Problems",
        "The export target is full: {target}",
    ),
    "export.target_gone": QT_TRANSLATE_NOOP(
        "Problems",
        "The export target disappeared or became unreachable: {target}",
    ),
    "export.target_failed": QT_TRANSLATE_NOOP(
        "Problems",
        "Writing to the export target failed: {target} ({why})",
    ),
    "export.no_space": QT_TRANSLATE_NOOP(
        "Problems",
        "Not enough free space on the export target {target}: about {n} needed, {limit} free",
    ),
    "export.exists_different": QT_TRANSLATE_NOOP(
        "Problems",
        "An export named {name} with different content already exists in {target}",
    ),
    "export.nothing_held": QT_TRANSLATE_NOOP(
        "Problems",
        "Nothing to export: every selected item is held back or unavailable",
    ),
    "export.nothing_selected": QT_TRANSLATE_NOOP(
        "Problems",
        "Nothing to export: the selection is empty",
    ),
    "export.not_recorded": QT_TRANSLATE_NOOP(
        "Problems",
        "The export was written but not recorded in the history. {why}",
    ),
    "export.written_unverified": QT_TRANSLATE_NOOP(
        "Problems",
        "A written file does not verify: {name}",
    ),
    "export.name_outside": QT_TRANSLATE_NOOP(
        "Problems",
        "Refusing a name outside the export folder: {name}",
    ),
    "export.bag_invalid": QT_TRANSLATE_NOOP(
        "Problems",
        "The bag written does not validate against its manifests",
    ),
    "export.bag_unverified": QT_TRANSLATE_NOOP(
        "Problems",
        "A file in the bag written does not verify: {name}",
    ),
    "export.zip_incomplete": QT_TRANSLATE_NOOP(
        "Problems",
        "The written ZIP file does not list the expected files",
    ),
    "export.zip_unverified": QT_TRANSLATE_NOOP(
        "Problems",
        "A file in the ZIP does not verify: {name}",
    ),
    "segment.programme": QT_TRANSLATE_NOOP(
        "Problems",
        "programme {value}",
    ),
    "segment.starts_with_recording": QT_TRANSLATE_NOOP(
        "Problems",
        "starts with the recording (the session began before it)",
    ),
    "segment.ends_with_recording": QT_TRANSLATE_NOOP(
        "Problems",
        "ends with the recording (the session ran on after it)",
    ),
    "segment.speaker_chapters": QT_TRANSLATE_NOOP(
        "Problems",
        "{n} speaker chapters spread evenly (a draft)",
    ),
    "segment.start_kept_no_change": QT_TRANSLATE_NOOP(
        "Problems",
        "start kept at the programme's time: no change seen within {n} s",
    ),
    "segment.end_kept_no_change": QT_TRANSLATE_NOOP(
        "Problems",
        "end kept at the programme's time: no change seen within {n} s",
    ),
    "segment.start_kept": QT_TRANSLATE_NOOP(
        "Problems",
        "start kept at the programme's time: {why}",
    ),
    "segment.end_kept": QT_TRANSLATE_NOOP(
        "Problems",
        "end kept at the programme's time: {why}",
    ),
    "segment.start_at": QT_TRANSLATE_NOOP(
        "Problems",
        "start at {value}: {signals} ({n} s from the programme)",
    ),
    "segment.end_at": QT_TRANSLATE_NOOP(
        "Problems",
        "end at {value}: {signals} ({n} s from the programme)",
    ),
    "segment.within_session": QT_TRANSLATE_NOOP(
        "Problems",
        "Recorded within the session “{name}” ({value}), so it belongs to it whole.",
    ),
    "segment.no_session": QT_TRANSLATE_NOOP(
        "Problems",
        "No session of the programme falls between {value} and {limit}.",
    ),
    "segment.clock_corrected": QT_TRANSLATE_NOOP(
        "Problems",
        "Capture time includes the camera clock correction of {n} s.",
    ),
    "segment.file_unreadable_now": QT_TRANSLATE_NOOP(
        "Problems",
        "The file cannot be read now: cuts are the programme's times.",
    ),
    "export.cancelled": QT_TRANSLATE_NOOP(
        "Problems",
        "Cancelled; nothing was left in the target",
    ),
    "programme.start_differs": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: start {value} differs from date {other} in {zone}; the date was used",
    ),
    "programme.property_ignored": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: {name} ignored: its value cannot be read",
    ),
    "programme.cancelled_skipped": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: cancelled event {title} skipped",
    ),
    "programme.all_day_skipped": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: all-day event {title} skipped",
    ),
    "programme.recurrence_ignored": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: recurrence of {title} ignored (first one kept)",
    ),
    "programme.no_end": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: {title} has no DTEND or DURATION; taken to last {n} minutes",
    ),
    "programme.zero_minutes": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: session {title} lasts zero minutes",
    ),
    "programme.repeated": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: repeats the session {title} of {other} exactly; it was kept once",
    ),
    "programme.id_reused": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: session id {value} is also used at {other}; both sessions were kept",
    ),
    "programme.overlap": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: {title} ({value}) overlaps {other} ({limit}) in room {name}",
    ),
    "programme.not_utf8": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: the file is not UTF-8; read as Windows-1252",
    ),
    "programme.zone_now": QT_TRANSLATE_NOOP(
        "Problems",
        "The event's time zone is now {zone}.",
    ),
    "programme.zone_differs": QT_TRANSLATE_NOOP(
        "Problems",
        "The programme's time zone {zone} differs from the event's {other}; session times "
        "are exact either way, the event keeps its zone.",
    ),
    "programme.gone": QT_TRANSLATE_NOOP(
        "Problems",
        "{n} sessions no longer in the programme were left alone: {value}",
    ),
    "programme.not_imported": QT_TRANSLATE_NOOP(
        "Problems",
        "Programme not imported: {why}",
    ),
    "programme.overlaps_refused_more": QT_TRANSLATE_NOOP(
        "Problems",
        "sessions overlap in the same room: {sentences} (and {n} more)",
    ),
    "programme.overlaps_refused": QT_TRANSLATE_NOOP(
        "Problems",
        "sessions overlap in the same room: {sentences}",
    ),
    "programme.unknown_zone": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: unknown time zone {value}",
    ),
    "programme.bad_duration": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: duration {value} is not HH:MM or H:MM:SS",
    ),
    "programme.bad_time": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: time {value} is not HH:MM",
    ),
    "programme.bad_date_dmy": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: date {value} is not YYYY-MM-DD or DD/MM/YYYY",
    ),
    "programme.bad_date": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: date {value} is not YYYY-MM-DD",
    ),
    "programme.skipped_hour": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: {value} does not exist in {zone} (the clocks skip that hour)",
    ),
    "programme.bad_flag": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: {value} is not a yes/no value",
    ),
    "programme.no_title": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: the session has no title",
    ),
    "programme.ends_before_start": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: session {title} ends ({value}) before it starts ({other})",
    ),
    "programme.no_sessions": QT_TRANSLATE_NOOP(
        "Problems",
        "the programme contains no sessions",
    ),
    "programme.too_large": QT_TRANSLATE_NOOP(
        "Problems",
        "the programme is larger than {n} bytes",
    ),
    "programme.file_not_regular": QT_TRANSLATE_NOOP(
        "Problems",
        "The programme file {name} is not a regular file (a device, pipe or socket), "
        "so it was not read.",
    ),
    "programme.file_too_large": QT_TRANSLATE_NOOP(
        "Problems",
        "The programme file {name} is larger than {value}, so it was not read.",
    ),
    "programme.file_unreadable": QT_TRANSLATE_NOOP(
        "Problems",
        "{name}: cannot be read ({why})",
    ),
    "programme.json_not_utf8_supported": QT_TRANSLATE_NOOP(
        "Problems",
        "byte {n}: the JSON file is not UTF-8; supported are frab/pretalx "
        "schedule.json and schedule.xml, iCalendar (.ics) and CSV with a header row",
    ),
    "programme.json_invalid": QT_TRANSLATE_NOOP(
        "Problems",
        "the file starts like JSON but is not valid JSON (line {n}, column {value}: "
        "{detail}); supported are frab/pretalx schedule.json and schedule.xml, "
        "iCalendar (.ics) and CSV with a header row",
    ),
    "programme.json_v2_days_version": QT_TRANSLATE_NOOP(
        "Problems",
        "this is a schedule JSON (version {value}) whose days list no rooms with their "
        "events, as the newer schedule v2 JSON does, a format smparchive does not "
        "read; supported are frab/pretalx schedule.json and schedule.xml, iCalendar "
        "(.ics) and CSV with a header row",
    ),
    "programme.json_v2_days": QT_TRANSLATE_NOOP(
        "Problems",
        "this is a schedule JSON whose days list no rooms with their events, as the "
        "newer schedule v2 JSON does, a format smparchive does not read; supported are "
        "frab/pretalx schedule.json and schedule.xml, iCalendar (.ics) and CSV with a "
        "header row",
    ),
    "programme.json_v2": QT_TRANSLATE_NOOP(
        "Problems",
        "this is a schedule v2 JSON (talks and rooms listed apart), a format "
        "smparchive does not read; supported are frab/pretalx schedule.json and "
        "schedule.xml, iCalendar (.ics) and CSV with a header row",
    ),
    "programme.json_sessionize": QT_TRANSLATE_NOOP(
        "Problems",
        "this is a Sessionize JSON export, a format smparchive does not read; "
        "supported are frab/pretalx schedule.json and schedule.xml, iCalendar (.ics) "
        "and CSV with a header row",
    ),
    "programme.json_unknown_layout": QT_TRANSLATE_NOOP(
        "Problems",
        "this is JSON in an unknown layout (top-level members: {value}), a format "
        "smparchive does not read; supported are frab/pretalx schedule.json and "
        "schedule.xml, iCalendar (.ics) and CSV with a header row",
    ),
    "programme.json_not_object": QT_TRANSLATE_NOOP(
        "Problems",
        "this is JSON holding a {value}, not a schedule object, a format smparchive "
        "does not read; supported are frab/pretalx schedule.json and schedule.xml, "
        "iCalendar (.ics) and CSV with a header row",
    ),
    "programme.misnamed": QT_TRANSLATE_NOOP(
        "Problems",
        "{name} is named as a {fmt} file but its contents are not a programme in that "
        "format (damaged or another kind of file?); smparchive reads frab/pretalx "
        "schedule.json and schedule.xml, iCalendar (.ics) and CSV with a header row",
    ),
    "programme.not_text": QT_TRANSLATE_NOOP(
        "Problems",
        "{name} is not a text file, so it is not a programme; smparchive reads "
        "frab/pretalx schedule.json and schedule.xml, iCalendar (.ics) and CSV with a "
        "header row",
    ),
    "programme.json_not_utf8": QT_TRANSLATE_NOOP(
        "Problems",
        "byte {n}: the JSON file is not UTF-8",
    ),
    "programme.syntax": QT_TRANSLATE_NOOP(
        "Problems",
        "the file is not valid {fmt} at line {n}, column {value}: {detail}",
    ),
    "programme.no_schedule_member": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: expected an object with a 'schedule' member",
    ),
    "programme.expected_events": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: expected a list of events",
    ),
    "programme.expected_object": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: expected an object",
    ),
    "programme.expected_list": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: expected a list",
    ),
    "programme.expected_text": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: expected text",
    ),
    "programme.expected_number": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: expected a number",
    ),
    "programme.not_iso": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: {value} is not ISO 8601",
    ),
    "programme.no_zone": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: the programme names no time zone and none was given",
    ),
    "programme.xml_doctype": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: XML with DOCTYPE or ENTITY declarations is refused (entity expansion risk)",
    ),
    "programme.xml_root": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: the root element must be <schedule>",
    ),
    "programme.no_date_attribute": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: missing date attribute",
    ),
    "programme.csv_no_zone": QT_TRANSLATE_NOOP(
        "Problems",
        "a CSV programme has no time zone: give a default time zone",
    ),
    "programme.csv_empty": QT_TRANSLATE_NOOP(
        "Problems",
        "the CSV file is empty",
    ),
    "programme.csv_no_known_column": QT_TRANSLATE_NOOP(
        "Problems",
        "this is not a programme in a supported format: read as CSV, its first line "
        "has no known column ({value}); supported are frab/pretalx schedule.json and "
        "schedule.xml, iCalendar (.ics) and CSV with a header row",
    ),
    "programme.csv_no_column": QT_TRANSLATE_NOOP(
        "Problems",
        "this is not a programme in a supported format: read as CSV, its first line "
        "has no known column; supported are frab/pretalx schedule.json and "
        "schedule.xml, iCalendar (.ics) and CSV with a header row",
    ),
    "programme.csv_lacks_columns": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: the header lacks the columns {value}",
    ),
    "programme.csv_no_date": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: the date is empty",
    ),
    "programme.csv_no_start": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: the start is empty",
    ),
    "programme.csv_no_title": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: the title is empty",
    ),
    "programme.csv_no_end": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: neither end nor duration is given",
    ),
    "programme.csv_unreadable": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: the CSV cannot be read",
    ),
    "programme.csv_field_too_long": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: a field is longer than {value} characters, so the CSV cannot be read (a "
        "quotation mark opened and never closed makes the rest of the file one field)",
    ),
    "programme.ical_unreadable": QT_TRANSLATE_NOOP(
        "Problems",
        "not a valid iCalendar file: its structure cannot be read",
    ),
    "programme.ical_no_calendar": QT_TRANSLATE_NOOP(
        "Problems",
        "not a whole iCalendar file: BEGIN:VCALENDAR or its END:VCALENDAR is missing (is "
        "the file cut short?)",
    ),
    "programme.ical_several_calendars": QT_TRANSLATE_NOOP(
        "Problems",
        "the file holds several calendars one after the other: import them one at a time",
    ),
    "programme.ical_unknown_tzid": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: the time zone {value} (TZID) is neither one this computer knows nor "
        "defined in the file; give a default time zone",
    ),
    "programme.ical_tzid_read_as_default": QT_TRANSLATE_NOOP(
        "Problems",
        "the time zone {value} (TZID) is neither one this computer knows nor defined in "
        "the file: its times were read in the default time zone, {zone}",
    ),
    "programme.ical_no_zone": QT_TRANSLATE_NOOP(
        "Problems",
        "the calendar names no time zone (no X-WR-TIMEZONE or TZID) and none was given",
    ),
    "programme.ical_not_a_time": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: {name} is not an iCalendar date or time such as 20220601T093000: {value}",
    ),
    "programme.ical_not_a_duration": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: {name} is not a duration such as PT1H30M: {value}",
    ),
    "programme.ical_bad_line": QT_TRANSLATE_NOOP(
        "Problems",
        "not a valid iCalendar file: the line {value} is not in the form NAME:value",
    ),
    "programme.ical_invalid_property": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: invalid {name}",
    ),
    "programme.ical_end_is_date": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: DTEND is a date but DTSTART a date-time",
    ),
    "programme.ical_floating": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: {name} is a floating time (no zone); give a default time zone",
    ),
    "programme.missing_property": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: missing {name}",
    ),
    "programme.missing": QT_TRANSLATE_NOOP(
        "Problems",
        "{where}: missing",
    ),
    "name.empty": QT_TRANSLATE_NOOP(
        "Problems",
        "{subject} cannot be empty.",
    ),
    "name.control": QT_TRANSLATE_NOOP(
        "Problems",
        "{subject} cannot contain {fields}; type it on one line, without it.",
    ),
    "name.control_char": QT_TRANSLATE_NOOP(
        "Problems",
        "{subject} cannot contain the control character {value}; type it on one line, without it.",
    ),
    "missing.item": QT_TRANSLATE_NOOP(
        "Problems",
        "No item with id {value}.",
    ),
    "missing.items": QT_TRANSLATE_NOOP(
        "Problems",
        "No items with ids {value}.",
    ),
    "missing.session": QT_TRANSLATE_NOOP(
        "Problems",
        "No session with id {value}.",
    ),
    "missing.segment": QT_TRANSLATE_NOOP(
        "Problems",
        "No segment with id {value}.",
    ),
    "missing.event": QT_TRANSLATE_NOOP(
        "Problems",
        "No event with id {value}.",
    ),
    "missing.day": QT_TRANSLATE_NOOP(
        "Problems",
        "No day with id {value}.",
    ),
    "missing.tag": QT_TRANSLATE_NOOP(
        "Problems",
        "No tag with id {value}.",
    ),
    "missing.collection": QT_TRANSLATE_NOOP(
        "Problems",
        "No collection with id {value}.",
    ),
    "missing.export": QT_TRANSLATE_NOOP(
        "Problems",
        "No export with id {value}.",
    ),
    "missing.person": QT_TRANSLATE_NOOP(
        "Problems",
        "No person with id {value}.",
    ),
    "missing.folder": QT_TRANSLATE_NOOP(
        "Problems",
        "No catalogued folder with id {value}.",
    ),
    "missing.no_event_yet": QT_TRANSLATE_NOOP(
        "Problems",
        "No event in the catalogue yet: create one ('event --title ...') or import a "
        "programme first.",
    ),
    "collection.named_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "No collection named '{name}'.",
    ),
    "collection.smart_follows_query": QT_TRANSLATE_NOOP(
        "Problems",
        "'{name}' is a smart collection: its items follow its query ({value}).",
    ),
    "collection.exists": QT_TRANSLATE_NOOP(
        "Problems",
        "A collection named '{name}' already exists.",
    ),
    "collection.smart_from_query": QT_TRANSLATE_NOOP(
        "Problems",
        "A smart collection's items come from its query.",
    ),
    "collection.smart_needs_query": QT_TRANSLATE_NOOP(
        "Problems",
        "A smart collection needs a query (delete it instead).",
    ),
    "collection.curated_not_search": QT_TRANSLATE_NOOP(
        "Problems",
        "'{name}' is a curated collection, not a saved search.",
    ),
    "collection.items_not_in": QT_TRANSLATE_NOOP(
        "Problems",
        "Items {value} are not in the collection.",
    ),
    "folder.no_match": QT_TRANSLATE_NOOP(
        "Problems",
        "No catalogued folder matches '{value}'.",
    ),
    "folder.not_exist": QT_TRANSLATE_NOOP(
        "Problems",
        "{target} does not exist.",
    ),
    "folder.not_folder": QT_TRANSLATE_NOOP(
        "Problems",
        "{target} is not a folder.",
    ),
    "folder.cache": QT_TRANSLATE_NOOP(
        "Problems",
        "The catalogue's own cache folder cannot be catalogued.",
    ),
    "folder.overlaps": QT_TRANSLATE_NOOP(
        "Problems",
        "{target} overlaps the catalogued folder {other}; add one or the other.",
    ),
    "folder.not_writable": QT_TRANSLATE_NOOP(
        "Problems",
        "{target} is not a folder smparchive can write to.",
    ),
    "folder.not_visible": QT_TRANSLATE_NOOP(
        "Problems",
        "{target} is not a folder this computer can see.",
    ),
    "folder.not_holding": QT_TRANSLATE_NOOP(
        "Problems",
        "{target} does not hold this folder's files (none of {n} catalogued files is "
        "there); check the path.",
    ),
    "tag.exists": QT_TRANSLATE_NOOP(
        "Problems",
        "There is already a {value} tag '{name}' there.",
    ),
    "tag.bad_name": QT_TRANSLATE_NOOP(
        "Problems",
        "A tag name cannot be empty or contain '|'.",
    ),
    "tag.handle": QT_TRANSLATE_NOOP(
        "Problems",
        "A handle needs a platform, and has no spaces.",
    ),
    "tag.not_person": QT_TRANSLATE_NOOP(
        "Problems",
        "Tag {value} is not a person.",
    ),
    "tag.not_created": QT_TRANSLATE_NOOP(
        "Problems",
        "The tag '{name}' could not be created; try again.",
    ),
    "value.whole_number": QT_TRANSLATE_NOOP(
        "Problems",
        "{subject} must be a whole number from {value} to {limit}.",
    ),
    "value.range": QT_TRANSLATE_NOOP(
        "Problems",
        "{subject} must be from {value} to {limit}.",
    ),
    "value.one_of": QT_TRANSLATE_NOOP(
        "Problems",
        "{subject} must be one of: {other}.",
    ),
    "value.not_number": QT_TRANSLATE_NOOP(
        "Problems",
        "'{value}' is not a number.",
    ),
    "value.focus_range": QT_TRANSLATE_NOOP(
        "Problems",
        "A focus point coordinate must be between 0 and 1.",
    ),
    "session.ends_before_start": QT_TRANSLATE_NOOP(
        "Problems",
        "A session cannot end before it starts.",
    ),
    "session.room_taken": QT_TRANSLATE_NOOP(
        "Problems",
        "Room '{name}' is already taken by '{title}' ({value}-{limit}).",
    ),
    "event.needs_title": QT_TRANSLATE_NOOP(
        "Problems",
        "An event needs a title.",
    ),
    "event.bad_language": QT_TRANSLATE_NOOP(
        "Problems",
        "'{language}' is not a language code for the programme's texts (such as en, fr or pt-BR).",
    ),
    "programme.own_language": QT_TRANSLATE_NOOP(
        "Problems",
        "'{language}' is the programme's own language: change the text itself, not a translation.",
    ),
    "segment.times_not_numbers": QT_TRANSLATE_NOOP(
        "Problems",
        "A segment's start and end must be numbers of seconds.",
    ),
    "segment.before_recording": QT_TRANSLATE_NOOP(
        "Problems",
        "A segment cannot start before its recording.",
    ),
    "segment.end_before_start": QT_TRANSLATE_NOOP(
        "Problems",
        "A segment must end after it starts ({value} s to {limit} s).",
    ),
    "segment.after_recording": QT_TRANSLATE_NOOP(
        "Problems",
        "The segment ends at {value} s, after the end of its recording ({limit} s).",
    ),
    "segment.needs_title": QT_TRANSLATE_NOOP(
        "Problems",
        "A segment needs a title.",
    ),
    "segment.not_recording": QT_TRANSLATE_NOOP(
        "Problems",
        "Item {value} is not a recording: only videos and audio hold segments.",
    ),
    "segment.item_not_recording": QT_TRANSLATE_NOOP(
        "Problems",
        "Item {value} ({name}) is not a recording.",
    ),
    "segment.chapter_outside": QT_TRANSLATE_NOOP(
        "Problems",
        "Chapter '{title}' at {n} s lies outside its segment ({value} s to {limit} s).",
    ),
    "captions.bad_language": QT_TRANSLATE_NOOP(
        "Problems",
        "'{language}' is not a language code for captions (such as en, fr or pt-BR).",
    ),
    "captions.timing": QT_TRANSLATE_NOOP(
        "Problems",
        "Captions are timed from the segment or the recording.",
    ),
    "captions.not_checked": QT_TRANSLATE_NOOP(
        "Problems",
        "Captions must be checked WebVTT text.",
    ),
    "captions.none_in": QT_TRANSLATE_NOOP(
        "Problems",
        "Segment {value} has no captions in '{language}'.",
    ),
    "team.keep": QT_TRANSLATE_NOOP(
        "Problems",
        "Keep a number of days or entries of 0 or more (0: no limit).",
    ),
    "time.unknown_zone": QT_TRANSLATE_NOOP(
        "Problems",
        "Unknown time zone '{zone}': use an IANA name such as Europe/Brussels.",
    ),
    "time.not_offset": QT_TRANSLATE_NOOP(
        "Problems",
        "'{value}' is not a clock offset (e.g. +1h, -30m, +0:45, 3600).",
    ),
    "time.not_moment": QT_TRANSLATE_NOOP(
        "Problems",
        "'{value}' is not a date and time (YYYY-MM-DD HH:MM[:SS], optionally with +HH:MM).",
    ),
    "time.needs_zone": QT_TRANSLATE_NOOP(
        "Problems",
        "The known moment needs a time zone (or give it in the event zone).",
    ),
    "time.no_capture": QT_TRANSLATE_NOOP(
        "Problems",
        "Item {value} has no capture time to pin.",
    ),
    "time.not_camera_clock": QT_TRANSLATE_NOOP(
        "Problems",
        "Item {value} takes its time from an XMP sidecar, not from the camera's clock: pin "
        "another item of this camera.",
    ),
    "camera.no_match": QT_TRANSLATE_NOOP(
        "Problems",
        "No camera matches '{value}'.",
    ),
    "camera.no_clock": QT_TRANSLATE_NOOP(
        "Problems",
        "Items with no camera make or model share no clock (documents, scans, files dated "
        "by their file): correct a camera by its make and model.",
    ),
    "faces.none_to_name": QT_TRANSLATE_NOOP(
        "Problems",
        "No faces to name.",
    ),
    "faces.no_person": QT_TRANSLATE_NOOP(
        "Problems",
        "No person '{name}' in this catalogue.",
    ),
    "faces.no_unknown": QT_TRANSLATE_NOOP(
        "Problems",
        "No unknown person {value}.",
    ),
    "export.no_day": QT_TRANSLATE_NOOP(
        "Problems",
        "No day {value} in the catalogue's programme.",
    ),
    "export.day_spec": QT_TRANSLATE_NOOP(
        "Problems",
        "'{value}' is neither a day id nor a date (YYYY-MM-DD).",
    ),
    "page.pdf_encrypted": QT_TRANSLATE_NOOP(
        "Problems",
        "The PDF is encrypted: it needs a password, so its pages cannot be shown.",
    ),
    "page.not_pdf": QT_TRANSLATE_NOOP(
        "Problems",
        "The file is not a readable PDF ({why}).",
    ),
    "page.pdf_unreadable": QT_TRANSLATE_NOOP(
        "Problems",
        "The PDF cannot be read ({why}).",
    ),
    "page.missing": QT_TRANSLATE_NOOP(
        "Problems",
        "Page {n} does not exist (the PDF has {limit}).",
    ),
    "page.closed": QT_TRANSLATE_NOOP(
        "Problems",
        "The PDF was closed.",
    ),
    "page.no_size": QT_TRANSLATE_NOOP(
        "Problems",
        "Page {n} has no size.",
    ),
    "page.unrenderable": QT_TRANSLATE_NOOP(
        "Problems",
        "Page {n} cannot be rendered ({why}).",
    ),
    "page.slides_unreadable": QT_TRANSLATE_NOOP(
        "Problems",
        "Slides of a {fmt} file cannot be read.",
    ),
    "page.odp_no_content": QT_TRANSLATE_NOOP(
        "Problems",
        "The ODP package has no content.xml: there are no slides to read.",
    ),
    "page.no_libreoffice": QT_TRANSLATE_NOOP(
        "Problems",
        "LibreOffice is not installed, so the slides cannot be rendered.",
    ),
    "page.libreoffice_slow": QT_TRANSLATE_NOOP(
        "Problems",
        "LibreOffice did not finish converting the deck within {n} s.",
    ),
    "page.libreoffice_failed_why": QT_TRANSLATE_NOOP(
        "Problems",
        "LibreOffice could not convert the deck to PDF ({detail}).",
    ),
    "page.libreoffice_failed": QT_TRANSLATE_NOOP(
        "Problems",
        "LibreOffice could not convert the deck to PDF.",
    ),
    "page.no_frame": QT_TRANSLATE_NOOP(
        "Problems",
        "No frame decodes at {value} s.",
    ),
    "page.frame_undecodable": QT_TRANSLATE_NOOP(
        "Problems",
        "The frame at {value} s cannot be decoded ({why}).",
    ),
    "source.collection": QT_TRANSLATE_NOOP(
        "Problems",
        "collection {value} '{name}'",
    ),
    "source.session": QT_TRANSLATE_NOOP(
        "Problems",
        "session {value} '{title}'",
    ),
    "source.day": QT_TRANSLATE_NOOP(
        "Problems",
        "day {value}",
    ),
    "source.segments": QT_TRANSLATE_NOOP(
        "Problems",
        "segments {value}",
    ),
    "source.search": QT_TRANSLATE_NOOP(
        "Problems",
        "search '{value}'",
    ),
    "source.items": QT_TRANSLATE_NOOP(
        "Problems",
        "items {value}",
    ),
    "export.files_written": QT_TRANSLATE_NOOP(
        "Problems",
        "{n} files written",
    ),
    "export.held_back_count": QT_TRANSLATE_NOOP(
        "Problems",
        "{n} held back",
    ),
    "export.override_count": QT_TRANSLATE_NOOP(
        "Problems",
        "{n} published by override",
    ),
    "export.problem_count": QT_TRANSLATE_NOOP(
        "Problems",
        "{n} with problems",
    ),
    "scan.busy_try_again_by": QT_TRANSLATE_NOOP(
        "Problems",
        "Another scan of this catalogue is running ({name}). Try again when it has finished.",
    ),
    "scan.busy_try_again": QT_TRANSLATE_NOOP(
        "Problems",
        "Another scan of this catalogue is running. Try again when it has finished.",
    ),
    "scan.busy_waiting_by": QT_TRANSLATE_NOOP(
        "Problems",
        "Another scan of this catalogue is running ({name}). Waiting for it to finish ...",
    ),
    "scan.busy_waiting": QT_TRANSLATE_NOOP(
        "Problems",
        "Another scan of this catalogue is running. Waiting for it to finish ...",
    ),
    "scan.busy_stopped_by": QT_TRANSLATE_NOOP(
        "Problems",
        "Another scan of this catalogue is running ({name}). Stopped waiting for it.",
    ),
    "scan.busy_stopped": QT_TRANSLATE_NOOP(
        "Problems",
        "Another scan of this catalogue is running. Stopped waiting for it.",
    ),
    "scan.holder": QT_TRANSLATE_NOOP(
        "Problems",
        "process {pid} on {host}, since {since}",
    ),
    "scan.holder_process": QT_TRANSLATE_NOOP(
        "Problems",
        "process {pid} on {host}",
    ),
    "scan.holder_here": QT_TRANSLATE_NOOP(
        "Problems",
        "in this program",
    ),
    "db.password_refused": QT_TRANSLATE_NOOP(
        "Problems",
        "Cannot connect to the catalogue database: the password was refused (check the "
        "user name and ~/.pgpass).",
    ),
    "db.password_wanted": QT_TRANSLATE_NOOP(
        "Problems",
        "Cannot connect to the catalogue database: the server wants a password; put it "
        "in ~/.pgpass (or PGPASSFILE) rather than in the URL.",
    ),
    "db.unknown_role": QT_TRANSLATE_NOOP(
        "Problems",
        "Cannot connect to the catalogue database: the server does not know this user (role).",
    ),
    "db.no_database": QT_TRANSLATE_NOOP(
        "Problems",
        "Cannot connect to the catalogue database: that database does not exist on the "
        "server (create it with createdb).",
    ),
    "db.no_schema": QT_TRANSLATE_NOOP(
        "Problems",
        "Access denied by the catalogue database: this user lacks the privileges "
        "needed (no usable schema; the catalogue's owner can GRANT USAGE and the table "
        "rights).",
    ),
    "db.denied": QT_TRANSLATE_NOOP(
        "Problems",
        "Access denied by the catalogue database: this user lacks the privileges "
        "needed ({detail}).",
    ),
    "db.stalled": QT_TRANSLATE_NOOP(
        "Problems",
        "The catalogue database stopped answering in the middle of the command (a "
        "frozen server, host or network); the command was stopped and nothing of it "
        "was saved (SMPARCHIVE_STATEMENT_TIMEOUT sets how long to wait).",
    ),
    "db.unreachable": QT_TRANSLATE_NOOP(
        "Problems",
        "Cannot reach the catalogue database: the server did not answer in time (a "
        "frozen server or host, or a firewall); the timeout is set with "
        "SMPARCHIVE_CONNECT_TIMEOUT.",
    ),
    "db.too_slow": QT_TRANSLATE_NOOP(
        "Problems",
        "The catalogue database took too long to answer and the command was stopped "
        "(SMPARCHIVE_STATEMENT_TIMEOUT sets the limit).",
    ),
    "db.unknown_host": QT_TRANSLATE_NOOP(
        "Problems",
        "Cannot connect to the catalogue database: the server's host name is unknown.",
    ),
    "undo.not_undone": QT_TRANSLATE_NOOP("Problems", "Nothing was undone: {why}"),
    "undo.not_redone": QT_TRANSLATE_NOOP("Problems", "Nothing was redone: {why}"),
    "undo.step_not_undone": QT_TRANSLATE_NOOP("Problems", "{label} was not undone: {why}"),
    "undo.step_not_redone": QT_TRANSLATE_NOOP("Problems", "{label} was not redone: {why}"),
    "undo.newer_change": QT_TRANSLATE_NOOP(
        "Problems",
        "{user} changed the {field} of {item} at {at}, after your change. Undoing your "
        "change would replace their value.",
    ),
    "undo.newer_change_redo": QT_TRANSLATE_NOOP(
        "Problems",
        "{user} changed the {field} of {item} at {at}, after your change. Redoing your "
        "change would replace their value.",
    ),
    "undo.nothing_left": QT_TRANSLATE_NOOP(
        "Problems",
        "{user} has since merged, renamed or removed what your change made, so none of it "
        "is left to take back; change the item by hand if it should differ.",
    ),
    "undo.theirs_too": QT_TRANSLATE_NOOP(
        "Problems",
        "{user} had made the same change just before you, so it stays as it is; change the "
        "item by hand if it should differ. This step is no longer in your undo history.",
    ),
    "undo.same_since": QT_TRANSLATE_NOOP(
        "Problems",
        "{user} made the same change at {at}, after you, so it stays as it is; change the "
        "item by hand if it should differ. This step is no longer in your undo history.",
    ),
    "undo.same_while_undone": QT_TRANSLATE_NOOP(
        "Problems",
        "{user} made the same change while yours was undone, so it stays as it is, theirs; "
        "change the item by hand if it should differ. This step is no longer in your redo list.",
    ),
    "undo.same_kept": QT_TRANSLATE_NOOP(
        "Problems",
        "{user} made the same change to the {field} of {item} at {at}, after you, so that "
        "stays as it is.",
    ),
    "undo.same_kept_here": QT_TRANSLATE_NOOP(
        "Problems",
        "{user} made the same change to the {field} at {at}, after you, so that stays as it is.",
    ),
    "undo.nothing_left_unnamed": QT_TRANSLATE_NOOP(
        "Problems",
        "a teammate has since merged, renamed or removed what your change made, so none of "
        "it is left to take back; change the item by hand if it should differ.",
    ),
    "undo.theirs_too_unnamed": QT_TRANSLATE_NOOP(
        "Problems",
        "a teammate had made the same change just before you, so it stays as it is; change "
        "the item by hand if it should differ. This step is no longer in your undo history.",
    ),
    "undo.gone": QT_TRANSLATE_NOOP(
        "Problems",
        "what this step changed is no longer in the catalogue (its folder or its items were "
        "removed from it since). This step is no longer in your undo history.",
    ),
    "db.no_server": QT_TRANSLATE_NOOP(
        "Problems",
        "Cannot connect to the catalogue database: no server answers at that address "
        "(is it running?).",
    ),
    "db.connection_lost": QT_TRANSLATE_NOOP(
        "Problems",
        "The connection to the catalogue database was lost during the command (the "
        "server stopped or restarted); nothing of it was saved unless reported, try "
        "again.",
    ),
    "db.locked": QT_TRANSLATE_NOOP(
        "Problems",
        "The catalogue is busy or locked by another program; try again in a moment.",
    ),
    "db.read_only": QT_TRANSLATE_NOOP(
        "Problems",
        "The catalogue is read-only; smparchive needs write access to change it.",
    ),
    "db.not_written": QT_TRANSLATE_NOOP(
        "Problems",
        "The catalogue could not be written ({detail}); check the disk.",
    ),
    "db.stayed_busy": QT_TRANSLATE_NOOP(
        "Problems",
        "The catalogue stayed busy with other people's changes ({n} attempts); this "
        "change was not saved, try it again.",
    ),
    "db.other": QT_TRANSLATE_NOOP(
        "Problems",
        "Catalogue error: {detail}",
    ),
    "db.at": QT_TRANSLATE_NOOP(
        "Problems",
        "{why} The database is {database} on {server}.",
    ),
    "catalogue.is_folder": QT_TRANSLATE_NOOP(
        "Problems",
        "{target} is a folder, not a catalogue file.",
    ),
    "catalogue.missing": QT_TRANSLATE_NOOP(
        "Problems",
        "No catalogue at {target}; create one with 'smparchive init'.",
    ),
    "catalogue.cannot_make_folder": QT_TRANSLATE_NOOP(
        "Problems",
        "Cannot create the folder {target}: {detail}.",
    ),
    "catalogue.folder_read_only": QT_TRANSLATE_NOOP(
        "Problems",
        "Cannot create a catalogue in {target}: the folder is read-only.",
    ),
    "catalogue.exists": QT_TRANSLATE_NOOP(
        "Problems",
        "{target} already exists: a new catalogue never replaces it. Open it, or choose "
        "another name.",
    ),
    "catalogue.folder_gone": QT_TRANSLATE_NOOP(
        "Problems",
        "Cannot create a catalogue in {target}: the folder is no longer there (a disk or a "
        "network share may have been disconnected).",
    ),
    "catalogue.unreachable": QT_TRANSLATE_NOOP(
        "Problems",
        "Cannot create a catalogue in {target}: {why}.",
    ),
    "catalogue.unreadable": QT_TRANSLATE_NOOP(
        "Problems",
        "Cannot read {target}: {detail}.",
    ),
    "catalogue.cannot_open": QT_TRANSLATE_NOOP(
        "Problems",
        "Cannot open {target}: {detail}",
    ),
    "catalogue.empty": QT_TRANSLATE_NOOP(
        "Problems",
        "{target} is an empty file, not an smparchive catalogue.",
    ),
    "catalogue.not_sqlite": QT_TRANSLATE_NOOP(
        "Problems",
        "{target} is not an smparchive catalogue (not a SQLite database).",
    ),
    "catalogue.foreign": QT_TRANSLATE_NOOP(
        "Problems",
        "{target} is not an smparchive catalogue (a different database).",
    ),
    "catalogue.foreign_database": QT_TRANSLATE_NOOP(
        "Problems",
        "This database is not an smparchive catalogue.",
    ),
    "catalogue.read_only": QT_TRANSLATE_NOOP(
        "Problems",
        "{target} is read-only (the file or its folder): smparchive needs write "
        "access to keep its catalogue.",
    ),
    "catalogue.header_incomplete": QT_TRANSLATE_NOOP(
        "Problems",
        "{target} is damaged: its SQLite header is incomplete.",
    ),
    "catalogue.header_invalid": QT_TRANSLATE_NOOP(
        "Problems",
        "{target} is damaged: its SQLite header is not valid.",
    ),
    "catalogue.damaged": QT_TRANSLATE_NOOP(
        "Problems",
        "{target} is damaged and cannot be read; restore it from a backup (a "
        "folder beside it ending in .backups may hold recent copies).",
    ),
    "catalogue.locked": QT_TRANSLATE_NOOP(
        "Problems",
        "{target} is locked by another program; close it there and try again.",
    ),
    "catalogue.newer": QT_TRANSLATE_NOOP(
        "Problems",
        "{target} was made by a newer smparchive (schema {value}); update smparchive to open it.",
    ),
    "catalogue.newer_here": QT_TRANSLATE_NOOP(
        "Problems",
        "This catalogue was made by a newer smparchive (schema {value}); update "
        "smparchive to open it.",
    ),
    "catalogue.team_newer_by": QT_TRANSLATE_NOOP(
        "Problems",
        "This catalogue was upgraded by smparchive {version} or later (schema "
        "{value}); you have smparchive {mine}: update it to open the catalogue.",
    ),
    "catalogue.team_newer": QT_TRANSLATE_NOOP(
        "Problems",
        "This catalogue was upgraded by a newer smparchive (schema {value}); you "
        "have smparchive {mine}: update it to open the catalogue.",
    ),
    "catalogue.upgrade_failed": QT_TRANSLATE_NOOP(
        "Problems",
        "Upgrading {target} from schema {value} failed ({detail}); the catalogue "
        "was left as it was.",
    ),
    "catalogue.upgrade_failed_here": QT_TRANSLATE_NOOP(
        "Problems",
        "Upgrading the catalogue from schema {value} failed ({detail}); it was left as it was.",
    ),
    "catalogue.team_upgrade_failed": QT_TRANSLATE_NOOP(
        "Problems",
        "Upgrading the team catalogue from schema {value} failed ({detail}); it "
        "was left as it was.",
    ),
    "catalogue.team_backup_failed": QT_TRANSLATE_NOOP(
        "Problems",
        "The team catalogue needs an upgrade (schema {value} to {other}) and "
        "smparchive backs it up first, which failed: {why} Then set {name}=1 to "
        "upgrade.",
    ),
    "backup.dump_failed": QT_TRANSLATE_NOOP(
        "Problems",
        "The backup (pg_dump) failed: {detail}",
    ),
    "backup.restore_failed": QT_TRANSLATE_NOOP(
        "Problems",
        "The restore (pg_restore) failed: {detail}",
    ),
    "backup.no_pg_dump": QT_TRANSLATE_NOOP(
        "Problems",
        "pg_dump is not installed (Debian: postgresql-client); back the database "
        "up with: pg_dump -Fc -f smparchive.dump '{target}'",
    ),
    "backup.no_pg_restore": QT_TRANSLATE_NOOP(
        "Problems",
        "pg_restore is not installed (Debian: postgresql-client).",
    ),
    "backup.exists": QT_TRANSLATE_NOOP(
        "Problems",
        "{target} already exists; choose another name.",
    ),
    "query.unreadable_at": QT_TRANSLATE_NOOP(
        "Problems",
        "Cannot read the search at '{value}'.",
    ),
    "query.unbalanced_quote": QT_TRANSLATE_NOOP(
        "Problems",
        "Unbalanced quote in '{value}'.",
    ),
    "query.unknown_facet": QT_TRANSLATE_NOOP(
        "Problems",
        "Unknown search facet '{name}' in '{value}' (known: {other}).",
    ),
    "query.needs_value": QT_TRANSLATE_NOOP(
        "Problems",
        "'{value}' needs a value.",
    ),
    "query.too_deep": QT_TRANSLATE_NOOP(
        "Problems",
        "Saved searches refer to each other too deeply (in:... loop?).",
    ),
    "query.unknown_sort": QT_TRANSLATE_NOOP(
        "Problems",
        "Unknown sort in '{value}' (use {other}).",
    ),
    "query.no_session": QT_TRANSLATE_NOOP(
        "Problems",
        "No session matches '{name}' in '{value}'.",
    ),
    "query.no_person": QT_TRANSLATE_NOOP(
        "Problems",
        "No person '{name}' in '{value}'.",
    ),
    "query.no_tag": QT_TRANSLATE_NOOP(
        "Problems",
        "No tag '{name}' in '{value}'.",
    ),
    "query.use_key_value": QT_TRANSLATE_NOOP(
        "Problems",
        "'{value}': use {name}:value.",
    ),
    "query.faces_count": QT_TRANSLATE_NOOP(
        "Problems",
        "'{value}': faces must be 0, 1 or 2+.",
    ),
    "query.not_searchable": QT_TRANSLATE_NOOP(
        "Problems",
        "'{value}': {name} cannot be searched.",
    ),
    "query.one_of": QT_TRANSLATE_NOOP(
        "Problems",
        "'{value}': {name} must be one of {other}.",
    ),
    "query.is_takes": QT_TRANSLATE_NOOP(
        "Problems", "'{value}': {name} takes {other}, or a status or kind."
    ),
    "query.rating_number": QT_TRANSLATE_NOOP(
        "Problems",
        "'{value}': the rating must be a number from 0 to 5.",
    ),
    "query.rating_range": QT_TRANSLATE_NOOP(
        "Problems",
        "'{value}': the rating must be from 0 to 5.",
    ),
    "query.days_count": QT_TRANSLATE_NOOP(
        "Problems",
        "'{value}': there are {n} programme days.",
    ),
    "query.day_how": QT_TRANSLATE_NOOP(
        "Problems",
        "'{value}': give a day number, a date YYYY-MM-DD or a label.",
    ),
    "query.no_day_on": QT_TRANSLATE_NOOP(
        "Problems",
        "'{value}': no programme day on {name}.",
    ),
    "query.not_a_date": QT_TRANSLATE_NOOP(
        "Problems",
        "'{value}': '{name}' is not a date (YYYY-MM-DD).",
    ),
    "query.date_range": QT_TRANSLATE_NOOP(
        "Problems",
        "'{value}': give a date range such as 2022-06-01..2022-06-02.",
    ),
    "query.bad_value": QT_TRANSLATE_NOOP(
        "Problems",
        "'{value}': {why}",
    ),
    "programme.in_file": QT_TRANSLATE_NOOP(
        "Problems",
        "{name}: {why}",
    ),
    "export.template_malformed": QT_TRANSLATE_NOOP(
        "Problems",
        "Malformed name template {value}: {why}",
    ),
    "export.template_unknown_tokens": QT_TRANSLATE_NOOP(
        "Problems",
        "Unknown tokens {value} in name template; use {other}",
    ),
    "sidecar.original_offline": QT_TRANSLATE_NOOP(
        "Problems",
        "the drive holding the original is offline; nothing was written beside it",
    ),
    "sidecar.original_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "the original file is missing; a sidecar beside it would be orphaned",
    ),
    "sidecar.no_mirror": QT_TRANSLATE_NOOP(
        "Problems",
        "this catalogue has no folder to mirror sidecars into; give one",
    ),
    "sidecar.cannot_read": QT_TRANSLATE_NOOP(
        "Problems",
        "cannot read it: {why}",
    ),
    "sidecar.nothing_to_write": QT_TRANSLATE_NOOP(
        "Problems",
        "no metadata to write",
    ),
    "sidecar.foreign_refused": QT_TRANSLATE_NOOP(
        "Problems",
        "an existing sidecar written by another program was left alone (refuse mode)",
    ),
    "sidecar.not_xmp": QT_TRANSLATE_NOOP(
        "Problems",
        "the existing sidecar is not usable XMP ({why}); it was left alone",
    ),
    "sidecar.cannot_write": QT_TRANSLATE_NOOP(
        "Problems",
        "cannot write it: {why}",
    ),
    "sidecar.none_offline": QT_TRANSLATE_NOOP(
        "Problems",
        "no mirrored sidecar, and the drive holding the original is offline",
    ),
    "sidecar.none_found": QT_TRANSLATE_NOOP(
        "Problems",
        "no sidecar found",
    ),
    "sidecar.unreadable": QT_TRANSLATE_NOOP(
        "Problems",
        "the sidecar cannot be read ({why})",
    ),
}

# code -> a word that fills a sentence's {fields} (core.messages.WORDS)
WORDS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("Problems", "title"),
    "caption": QT_TRANSLATE_NOOP("Problems", "caption"),
    "alt_text": QT_TRANSLATE_NOOP("Problems", "alt text"),
    "scene_cut": QT_TRANSLATE_NOOP("Problems", "scene cut"),
    "end_of_silence": QT_TRANSLATE_NOOP("Problems", "end of silence"),
    "start_of_silence": QT_TRANSLATE_NOOP("Problems", "start of silence"),
    "end_of_black": QT_TRANSLATE_NOOP("Problems", "end of black"),
    "start_of_black": QT_TRANSLATE_NOOP("Problems", "start of black"),
    "a_tag": QT_TRANSLATE_NOOP("Problems", "A tag"),
    "a_session_title": QT_TRANSLATE_NOOP("Problems", "A session title"),
    "a_collection_name": QT_TRANSLATE_NOOP("Problems", "A collection name"),
    "rating": QT_TRANSLATE_NOOP("Problems", "Rating"),
    "flag": QT_TRANSLATE_NOOP("Problems", "Flag"),
    "colour_label": QT_TRANSLATE_NOOP("Problems", "Colour label"),
    "consent_status": QT_TRANSLATE_NOOP("Problems", "Consent status"),
    "restriction": QT_TRANSLATE_NOOP("Problems", "Restriction"),
    "nul": QT_TRANSLATE_NOOP("Problems", "NUL"),
    "line_break": QT_TRANSLATE_NOOP("Problems", "a line break"),
    "tab": QT_TRANSLATE_NOOP("Problems", "a tab"),
}

# code -> a phrase of core.messages.plain (inside a sentence's parentheses or after its colon)
PHRASES: dict[str, str] = {
    "gone": QT_TRANSLATE_NOOP("Problems", "the file is no longer there"),
    "folder_gone": QT_TRANSLATE_NOOP("Problems", "its folder is no longer there"),
    "folder_itself_gone": QT_TRANSLATE_NOOP("Problems", "the folder is no longer there"),
    "either_gone": QT_TRANSLATE_NOOP("Problems", "it is no longer there"),
    "denied": QT_TRANSLATE_NOOP("Problems", "access to it is denied"),
    "read_error": QT_TRANSLATE_NOOP("Problems", "the drive reported a read error"),
    "disk_full": QT_TRANSLATE_NOOP("Problems", "the disk is full"),
    "read_only": QT_TRANSLATE_NOOP("Problems", "the disk is read-only"),
    "name_too_long": QT_TRANSLATE_NOOP("Problems", "its name is longer than the system allows"),
    "is_folder": QT_TRANSLATE_NOOP("Problems", "it is a folder, not a file"),
    "device_unavailable": QT_TRANSLATE_NOOP("Problems", "the device holding it is not available"),
    "link_loop": QT_TRANSLATE_NOOP("Problems", "its symbolic links lead round in a loop"),
    "share_silent": QT_TRANSLATE_NOOP("Problems", "the network share holding it stopped answering"),
    "drive_silent": QT_TRANSLATE_NOOP(
        "Problems", "the drive or share holding it stopped answering"
    ),
    "quota": QT_TRANSLATE_NOOP("Problems", "the disk quota is used up"),
    "drive_detached": QT_TRANSLATE_NOOP("Problems", "the drive holding it is not attached"),
    "bomb": QT_TRANSLATE_NOOP(
        "Problems", "it claims to be so large that opening it could exhaust the memory"
    ),
    "password": QT_TRANSLATE_NOOP("Problems", "it is protected by a password"),
    "cut_short": QT_TRANSLATE_NOOP(
        "Problems", "the file is cut short, perhaps an incomplete copy or download"
    ),
    "structure": QT_TRANSLATE_NOOP("Problems", "its structure is damaged"),
    "damaged_or_wrong_format": QT_TRANSLATE_NOOP(
        "Problems", "its contents are damaged or not in the format its name says"
    ),
    "memory": QT_TRANSLATE_NOOP("Problems", "reading it needs more memory than is allowed"),
    "encoding": QT_TRANSLATE_NOOP("Problems", "it uses an encoding that is not supported"),
    "unknown": QT_TRANSLATE_NOOP("Problems", "it may be damaged"),
    "picture_damaged": QT_TRANSLATE_NOOP(
        "Problems", "a picture holds camera metadata but is damaged before its image data"
    ),
    "picture_unreadable": QT_TRANSLATE_NOOP(
        "Problems",
        "a picture in it does not follow its format, so its metadata cannot be removed",
    ),
    "recording_unreadable": QT_TRANSLATE_NOOP(
        "Problems",
        "a sound or video in it cannot be rewritten without its metadata, such as a GPS "
        "position or the device",
    ),
    "not_mapped": QT_TRANSLATE_NOOP(
        "Problems",
        "the share holding it does not let it be read in place, and at more than 256 MB it "
        "is too large to load into memory; copy it to a local drive",
    ),
    "picture_too_large": QT_TRANSLATE_NOOP(
        "Problems", "a picture in it is larger than 32 MB, the most read to clean one"
    ),
    "no_picture_or_sound": QT_TRANSLATE_NOOP("Problems", "there is no picture or sound in it"),
    "embedded_object": QT_TRANSLATE_NOOP(
        "Problems",
        "an object is embedded in it in a form whose author names cannot be removed; "
        "replace the object with a picture of it",
    ),
    "json_comma": QT_TRANSLATE_NOOP("Problems", "a comma is missing between two entries"),
    "json_colon": QT_TRANSLATE_NOOP("Problems", "a colon is missing after a name"),
    "json_name": QT_TRANSLATE_NOOP(
        "Problems", "a name is not in double quotes, or a comma comes before a closing brace"
    ),
    "json_value": QT_TRANSLATE_NOOP("Problems", "a value is missing or is not a JSON value"),
    "json_string": QT_TRANSLATE_NOOP("Problems", "a text is not closed with a double quote"),
    "json_extra": QT_TRANSLATE_NOOP("Problems", "something follows the end of the data"),
    "json_control": QT_TRANSLATE_NOOP(
        "Problems", "a text holds a line break or another control character"
    ),
    "json_escape": QT_TRANSLATE_NOOP("Problems", "a backslash sequence in a text is not valid"),
    "json_trailing_comma": QT_TRANSLATE_NOOP("Problems", "a comma comes before a closing bracket"),
    "xml_mismatched": QT_TRANSLATE_NOOP("Problems", "a closing tag does not match its opening tag"),
    "xml_token": QT_TRANSLATE_NOOP(
        "Problems", "a character is not allowed there, such as an unescaped & or <"
    ),
    "xml_unclosed": QT_TRANSLATE_NOOP("Problems", "a tag or a text is not closed"),
    "xml_empty": QT_TRANSLATE_NOOP("Problems", "the file ends before its content is complete"),
    "xml_extra": QT_TRANSLATE_NOOP("Problems", "something follows the end of the document"),
    "xml_entity": QT_TRANSLATE_NOOP("Problems", "an entity such as &nbsp; is not defined in XML"),
    "xml_duplicate": QT_TRANSLATE_NOOP("Problems", "an attribute is given twice"),
    "template_unclosed": QT_TRANSLATE_NOOP("Problems", "a { is not closed with a }"),
    "template_unopened": QT_TRANSLATE_NOOP("Problems", "a } has no { before it"),
    "template_format": QT_TRANSLATE_NOOP(
        "Problems", "a token's format, after its : or !, cannot be applied to it"
    ),
}


def phrase(text: str) -> str:
    """One of the core's phrases (``plain``) in the interface language, else as written."""
    code = messages.phrase_code(text)
    return translate("Problems", PHRASES[code]) if code in PHRASES else text


# the one platform whose name is a word, as the core's sentences name it ("the Website post")
PLATFORM_WORDS = {"Website": QT_TRANSLATE_NOOP("Problems", "Website")}


def platform_name(label: str) -> str:
    """A post's platform as the core names it, in the interface language: "Website" is a
    word ("la publication Website" in French); the others are names ("Mastodon")."""
    return translate("Problems", PLATFORM_WORDS[label]) if label in PLATFORM_WORDS else label


def _words(value: str, joiner: str) -> str:
    """A ``{fields}`` value ("title and caption") or a ``{signals}`` one ("end of black +
    scene cut") in the interface language."""
    codes = messages.word_codes(value, joiner)
    if codes is None:
        return value
    if joiner == messages.AND:
        joiner = translate("Problems", " and ")
    return joiner.join(translate("Problems", WORDS[c]) for c in codes)


_LINE = re.compile(r"^line (\d+)$")
_AT_LINE = re.compile(r"^(.+) at line (\d+|\?)(.*)$")
_IN = re.compile(r"^(<[\w-]+>) in (.+)$")
_LINE_THEN = re.compile(r"^line (\d+)(, .*)$")  # "line 3, start" (a CSV cell)
_COLUMN = re.compile(r"^line (\d+), column (\d+)(.*)$")
_FILE_THEN = re.compile(r"^([^:]+): (.+)$")


def _where(value: str) -> str:
    """A place in a programme file ("line 12", "VEVENT at line 7 (UID x)", "<title> in
    <event> at line 7", "line 5, column 1 (date)") in the interface language; the file's
    own words (tags, ids, column names) as they are."""
    m = _LINE.match(value)
    if m is not None:
        return translate("Problems", "line %1").replace("%1", m.group(1))
    m = _IN.match(value)
    if m is not None:
        return filled(translate("Problems", "%1 in %2"), m.group(1), _where(m.group(2)))
    m = _AT_LINE.match(value)
    if m is not None:
        return filled(translate("Problems", "%1 at line %2"), m.group(1), m.group(2)) + m.group(3)
    m = _COLUMN.match(value)
    if m is not None:
        text = translate("Problems", "line %1, column %2")
        return filled(text, m.group(1), m.group(2)) + m.group(3)
    m = _LINE_THEN.match(value)
    if m is not None:
        return translate("Problems", "line %1").replace("%1", m.group(1)) + m.group(2)
    if value == "default time zone":
        return translate("Problems", "default time zone")
    m = _FILE_THEN.match(value)  # "a.csv: line 2" (an English copy: the file, then the place)
    if m is not None and _where(m.group(2)) != m.group(2):
        said = translate("Problems", SENTENCES["programme.in_file"])
        # one pass: a file named "a{why}.csv" keeps its name
        return said.format(name=m.group(1), why=_where(m.group(2)))
    return value


class Shown(str):
    """A text the interface wrote in its own language: never looked up again. (A French
    sentence with its ' : ' was taken for the core's '{name}: {why}' and came out as
    'fichier LibreOffice n’est pas installé  : …'.)"""


def sentence(text: str) -> str:
    """One problem sentence in the interface language, else as written: a core
    :class:`~smparchive.core.messages.Message` by its code, a stored one by ``identify``."""
    if isinstance(text, Shown):
        return text
    found = messages.identify(text)
    if found is None or found[0] not in SENTENCES:
        return text
    code, values = found
    shown = dict(values)
    if "why" in shown:  # a phrase of plain(), else a whole sentence (a file's stored reason)
        why = shown["why"]
        shown["why"] = reason(why)
    if "detail" in shown and messages.phrase_code(shown["detail"]):  # a parser's, said plainly
        shown["detail"] = phrase(shown["detail"])
    if "where" in shown:
        shown["where"] = _where(shown["where"])
    if "fields" in shown:
        shown["fields"] = _words(shown["fields"], messages.AND)
    if "platform" in shown:
        shown["platform"] = platform_name(shown["platform"])
    if "subject" in shown:  # "A tag", "Rating": what a refused name or value is
        shown["subject"] = _words(shown["subject"], messages.AND)
    if "signals" in shown:
        shown["signals"] = _words(shown["signals"], messages.PLUS)
    # someone's work: the app's format; a colleague's with its zone always (they may be
    # elsewhere), as the "Changed by someone else" box says it
    zone = True if "user" in shown else None
    for key in [k for k in shown if k.endswith("_utc")]:
        shown[key.removesuffix("_utc")] = fmt.date_time(
            datetime.fromisoformat(shown[key]), zone=zone
        )
    if isinstance(shown.get("name"), messages.Message):  # a part coded on its own (a holder)
        shown["name"] = sentence(shown["name"])
    if "sentences" in shown:  # sentences joined by "; " (overlaps that refuse a programme)
        shown["sentences"] = "; ".join(sentence(x) for x in shown["sentences"].split("; "))
    count = values.get("n", "")
    said = texts_of(ProblemCounts).said(code, int(count)) if count.isdigit() else None
    try:
        return (said or translate("Problems", SENTENCES[code])).format(**shown)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return text


def reason(text: str) -> str:
    """Why something did not happen, in the interface language: a phrase of the core's
    ``plain`` ("the file is no longer there"), else a whole sentence (a file's stored
    reason)."""
    return phrase(text) if messages.phrase_code(text) else sentence(text)


def error_text(exc: BaseException) -> str:
    """What a failed operation says to the person, in the interface language: the core's
    coded sentence (a :class:`~smparchive.core.messages.Message` raised as the exception's
    message, or its English recognised), else the exception's own text."""
    said = raised(exc)
    return sentence(said) if said else exc.__class__.__name__


def labelled(label: str, reason: BaseException | str) -> str:
    """Why the step named ``label`` (in the interface's language) did not happen, as one
    sentence: "Ajout de « X » n’a pas été annulé : bob avait fait …" where the reason
    opens with what did not happen (``messages.labelled``), else "label: reason"."""
    said = reason if isinstance(reason, str) else raised(reason)
    step = messages.labelled(label, said)
    if isinstance(step, messages.Message):
        return sentence(step)
    why = sentence(said) if said else type(reason).__name__
    if not label:  # a task nobody named: its reason alone (it read ": reason")
        return why
    text = translate("Problems", "%1: %2")  # "%1 : %2" in French
    alone = filled(translate("Problems", "%1 failed."), label)
    return composed(text, why, "%2", alone=alone, others=(label,))


def composed(
    template: str,
    reason: str,
    slot: str = "%1",
    alone: str | None = None,
    others: tuple[str, ...] = (),
) -> str:
    """``template`` (translated, "Not saved: %1") with ``reason`` (said in the interface's
    language) in ``slot``: one sentence; where the reason has an opening of its own ("Could
    not connect to …: no server …") and the template's opening ends in a colon before it,
    two: the opening as a sentence (or ``alone``), then the reason
    (``messages.led``). "Impossible de lire l’historique : Connexion impossible … : aucun
    serveur …" had two colons; it reads "Impossible de lire l’historique. Connexion …".
    ``others``: the values of the template's other markers (%1, %2 … in order), filled
    around the slot, never into it: a step named "Caption “50%2”" had the reason put into
    its name when the name was filled first."""
    head, found, tail = template.partition(slot)
    head, tail = filled(head, *others), filled(tail, *others)
    if not found or tail.strip() not in ("", ".") or not head.rstrip().endswith(":"):
        return head + (reason if found else "") + tail.replace(slot, reason)
    return messages.led(head, reason.rstrip(".") + tail if tail.strip() else reason, alone)


def raised(exc: BaseException) -> str:
    """An exception's sentence as raised (a coded Message keeps its code)."""
    return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)


def joined(text: str, joiner: str) -> str:
    """Sentences the core joined with ``joiner`` (an export's source "session 3 'X'; day
    2022-06-01", its counts "12 files written, 2 held back") in the interface language
    when every part is coded, else the whole as one sentence."""
    parts = text.split(joiner)
    if len(parts) > 1 and all(messages.identify(p) is not None for p in parts):
        return joiner.join(sentence(p) for p in parts)
    return sentence(text)


def file_row(text: str) -> str:
    """A problem sentence about one file as its row in a list, in the interface's language:
    'IMG_1.CR2 — image/x-canon-cr2 ne peut pas être redimensionné …' (see
    ``core.problem_rows``); a sentence about no one file as it is said."""
    found = problem_rows.about_a_file(text)
    said = sentence(text)
    if found is None:
        return said
    name, why = found
    if said.startswith(name):
        # the translated sentence past its opening: the name, then ':' (' :' in French)
        rest = said[len(name) :].lstrip(" \u00a0\u202f")
        if rest.startswith(":"):
            why = rest[1:].lstrip(" \u00a0\u202f")
    return problem_rows.file_row(name, why)


def sentences(text: str | None) -> str:
    """Stored problem text (sentences one per line, as an item's warnings) translated."""
    if not text:
        return ""
    return "\n".join(sentence(line) for line in text.split("\n"))


def conflict_title() -> str:
    """The title of every box about a teammate's change standing in the way of one's own
    (the conflict box, an undo their change refused): one situation, one name."""
    return translate("MainWindow", "Changed by someone else")

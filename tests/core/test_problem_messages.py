"""Every problem sentence the probes and the scan write has a code (core/messages.py), so
the app can say it in the interface's language; the phrases inside parentheses too."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from smparchive.core import messages
from smparchive.core.ingest.transient import unavailable
from smparchive.core.ingest.walk import misleading_name

SRC = Path(messages.__file__).resolve().parent
FOLDERS = (SRC / "media", SRC / "ingest")
# calls whose string arguments are problem sentences (positional or keyword "problem")
SENTENCE_CALLS = {"fail", "warn", "ThumbnailUnavailable", "TaskFailed", "append"}


def _render(node: ast.expr) -> str | None:
    """A string literal or an f-string with each value as "X"; None for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        out = []
        for part in node.values:
            if isinstance(part, ast.Constant):
                out.append(str(part.value))
            else:
                out.append("X")
        return "".join(out)
    return None


def _sentences() -> list[tuple[str, str]]:
    found = []
    for folder in FOLDERS:
        for path in sorted(folder.glob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                args: list[ast.expr] = []
                if isinstance(node, ast.Call):
                    f = node.func
                    name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
                    if name == "append":
                        owner = f.value if isinstance(f, ast.Attribute) else None
                        if not (
                            isinstance(owner, ast.Name | ast.Attribute)
                            and "problems"
                            in (getattr(owner, "id", "") or getattr(owner, "attr", ""))
                        ):
                            continue
                    if name in SENTENCE_CALLS:
                        args = list(node.args)
                    args += [k.value for k in node.keywords if k.arg == "problem"]
                elif isinstance(node, ast.Assign):
                    target = node.targets[0]
                    if getattr(target, "attr", "") == "thumbnail_problem" or getattr(
                        target, "id", ""
                    ) in ("BOMB_REFUSED", "NOT_A_PICTURE"):
                        args = [node.value]
                for arg in args:
                    text = _render(arg)
                    if text and text[0].isupper() and len(text) > 12:
                        found.append((f"{path.name}:{node.lineno}", text))
    return found


def test_the_scan_writes_sentences_the_app_can_translate() -> None:
    found = _sentences()
    assert len(found) > 50  # the walk finds the sentences
    unknown = [f"{where}: {text!r}" for where, text in found if messages.identify(text) is None]
    assert unknown == []


@pytest.mark.parametrize("name", ["photo.jpg.exe", "report\u202egnp.exe"])
def test_misleading_names_are_coded(name: str) -> None:
    text = misleading_name(name)
    assert text is not None and messages.identify(text) is not None


def test_transient_reasons_are_coded(tmp_path: Path) -> None:
    text = unavailable(tmp_path / "gone.jpg")
    assert text is not None
    assert messages.identify(text) == ("file.transient_gone", {})


def test_identify_gives_the_values_and_the_phrase_code() -> None:
    exc = OSError(2, "No such file or directory")
    sentence = f"The file cannot be read ({messages.plain(exc)})."
    code, values = messages.identify(sentence) or ("", {})
    assert code == "file.unreadable"
    assert messages.phrase_code(values["why"]) == "gone"
    assert messages.problem(code, why=values["why"]) == sentence
    assert messages.identify("Something nobody wrote.") is None
    for phrase in (messages.plain(EOFError("x")), messages.plain(RuntimeError("?"))):
        assert messages.phrase_code(phrase) is not None


# --- the export's sentences: built by code, never written out in place ------------------
EXPORT = SRC / "export"
# calls that carry a sentence a person reads (the preflight, the report, the failure)
EXPORT_SENTENCE_CALLS = {"ExportError", "SourceProblem", "ClipError", "ItemProblem"}
EXPORT_LISTS = {"warnings", "notes", "out", "problems", "reasons"}
# and the reasons a recording is cut where it is (shown in the player's "Cut into sessions")
# and what a programme import reports (the dialog after "Import Programme")
EXPORT_FILES = (
    *sorted(EXPORT.glob("*.py")),
    SRC / "organise" / "segments.py",
    *sorted((SRC / "organise").glob("schedule_*.py")),
    SRC / "domain" / "schedule_model.py",
    SRC / "catalog" / "ops_organise.py",
)


def _export_sentences() -> list[tuple[str, str]]:
    found = []
    for path in EXPORT_FILES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
            owner = f.value if isinstance(f, ast.Attribute) else None
            owner_name = getattr(owner, "id", "") or getattr(owner, "attr", "")
            if name == "append" and owner_name not in EXPORT_LISTS:
                continue
            if name != "append" and name not in EXPORT_SENTENCE_CALLS:
                continue
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                text = _render(arg)
                if text and text[0].isupper() and " " in text and len(text) > 12:
                    found.append((f"{path.name}:{node.lineno}", text))
    return found


def test_the_export_writes_no_sentence_the_app_cannot_translate() -> None:
    """Warnings, unavailable items, source and target problems are ``problem(code, ...)``
    (a Message with its code), so the app's export dialog says them in its language."""
    assert _export_sentences() == []


def test_export_messages_carry_their_code_and_say_the_same_in_english() -> None:
    from smparchive.core.export.post import AltProblem, AltText

    alt = AltText("1", "IMG_1.jpg", "", "IMG_1", "", 500, tuple(AltProblem))
    said = alt.describe()
    assert [m.code for m in said] == [
        "alt.missing", "alt.over_limit", "alt.repeats_caption", "alt.repeats_file_name",
        "alt.unknown_language", "alt.draft",
    ]  # fmt: skip
    assert said[1] == (
        "IMG_1.jpg: the alt text has 5 characters, over the limit of 500; shorten it (it is "
        "not cut)."
    )
    for m in said:  # the stored English is recognised again (history, JSON, str(exc))
        assert messages.identify(str(m)) == (m.code, m.values)


def test_a_value_said_twice_and_fields_are_recognised() -> None:
    m = messages.problem("post.too_many_images", n=7, platform="X", limit=4)
    assert m == "7 images, but a X post takes at most 4: choose 4 or post them in several posts."
    assert messages.identify(str(m)) == ("post.too_many_images", m.values)
    fields = messages.words(["caption", "alt_text"])
    m = messages.problem("blur.texts_name", name="a.jpg", fields=fields, person="Jane Roe")
    assert m == (
        "a.jpg: the caption and alt text name Jane Roe, whose face is blurred; edit the text "
        "before publishing."
    )
    found = messages.identify(str(m))
    assert found is not None and messages.word_codes(found[1]["fields"]) == ["caption", "alt_text"]


def test_messages_survive_a_worker_process(tmp_path: Path) -> None:
    import pickle

    m = messages.problem("export.target_missing", target=tmp_path)
    back = pickle.loads(pickle.dumps(m))
    assert back == m and back.code == "export.target_missing"


def test_segment_reasons_are_coded() -> None:
    from datetime import UTC, datetime, timedelta

    from smparchive.core.catalog.records import SessionRecord
    from smparchive.core.organise.segments import programme_cuts

    start = datetime(2022, 6, 1, 8, tzinfo=UTC)
    session = SessionRecord(
        id=1, event_id=1, day_id=1, title="S1", room=None, start=start,
        end=start + timedelta(hours=1), track=None, abstract=None, speakers=("Ana", "Bo"),
        external_id=None, do_not_record=False, do_not_publish=False,
    )  # fmt: skip
    cuts, _ = programme_cuts(start + timedelta(minutes=10), 7200, [session], zone=UTC)
    codes = [getattr(r, "code", None) for r in cuts[0].reasons]
    assert codes == ["segment.programme", "segment.starts_with_recording",
                     "segment.speaker_chapters"]  # fmt: skip
    assert cuts[0].reasons[0] == "programme 08:00-09:00"


# --- a programme that cannot be imported: ScheduleError, and the CatalogError around it ----
PROGRAMME_ERROR_FILES = (
    *sorted((SRC / "organise").glob("schedule_*.py")),
    SRC / "organise" / "programme.py",
    SRC / "domain" / "schedule_model.py",
    SRC / "domain" / "programme.py",
    SRC / "catalog" / "ops_organise.py",
)


def test_programme_errors_are_raised_with_their_code() -> None:
    """Every ``ScheduleError(...)`` (and "Programme not imported") is raised with a
    ``problem(code, ...)``, never with text written in place, so the app's error box says
    it in the interface's language."""
    written = []
    for path in PROGRAMME_ERROR_FILES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", "") or getattr(node.func, "attr", "")
            if name not in {"ScheduleError", "CatalogError"} or not node.args:
                continue
            arg = node.args[0]
            text = _render(arg)
            if name == "CatalogError" and "rogramme" not in (text or ""):
                continue  # a refusal of the catalogue that is not about a programme
            if text is not None or isinstance(arg, ast.BinOp):
                written.append(f"{path.name}:{node.lineno}: {text!r}")
            if name == "ScheduleError" and not isinstance(arg, ast.Call | ast.Name):
                written.append(f"{path.name}:{node.lineno}")
    assert written == []


def test_programme_errors_are_recognised_from_their_english() -> None:
    """The CLI prints a programme error's English; the app recognises the same text (as
    it reaches the error box, a plain str) by its code, with its values."""
    samples = [
        ("programme.csv_no_title", {"where": "line 2"}),
        ("programme.bad_date_dmy", {"where": "line 5, column 1 (date)", "value": "'soon'"}),
        ("programme.missing", {"where": '$.schedule.conference.days[0].rooms["A"][0].title'}),
        ("programme.ical_floating", {"where": "VEVENT at line 3 (UID x)", "name": "DTSTART"}),
        ("programme.syntax", {"fmt": "XML", "n": 2, "value": 7, "detail": "mismatched tag"}),
        ("programme.json_v2", {}),
    ]
    for code, values in samples:
        m = messages.problem(code, **values)
        found = messages.identify(str(m))
        assert found is not None and found[0] == code, (code, found)
        wrapped = messages.problem("programme.not_imported", why=m)
        outer = messages.identify(str(wrapped))
        assert outer is not None and outer[0] == "programme.not_imported"
        assert messages.identify(outer[1]["why"]) == found
        in_file = messages.problem("programme.in_file", name="prog.csv", why=m)
        assert in_file.values["why"].code == code  # type: ignore[attr-defined]


# Refusals only a command line or a programmer meets (a wrong key, a CLI spec): still
# written in English in place. Opening, upgrading and backing up a catalogue are coded: the
# app's 'Cannot open the catalogue' box says them in the interface language.
NOT_CODED = {
    ("catalog.py", "Cannot open X: X"),
    ("catalog.py", "'X' is not a usable catalogue URL (X)."),
    ("ops_export.py", "Export status must be one of X."),
    ("ops_export.py", "An export record needs its target."),
    ("ops_faces.py", "Consent must be one of X."),
    ("ops_library.py", "Sidecar policy must be 'beside' or 'mirror'."),
    ("ops_metadata.py", "'X' is not an editable field."),
    ("ops_metadata.py", "Text field must be one of X."),
    ("ops_team.py", "Text field must be one of X."),
    ("ops_organise.py", "No session matches 'X'."),
    ("ops_organise.py", "'X' matches X sessions (X); be precise."),
    ("ops_organise.py", "'X' is not an event field."),
    ("ops_organise.py", "'X' is not a session field."),
    ("ops_organise.py", "Session X must be an aware date and time."),
    ("ops_programme_texts.py", "'X' is not a X text kept in other languages."),
    ("ops_segments.py", "A segment has no editable field X."),
    ("tagging.py", "Tag kind must be one of X."),
}


def test_what_the_catalogue_refuses_carries_a_code() -> None:
    """A CatalogError the app's error box can show is raised with ``problem(code, ...)``
    (core/messages.py), so gui/problem_texts.py says it in the interface language; text
    written in place is left only to refusals a person meets on the command line."""
    written = set()
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "CatalogError":
                text = _render(node.args[0]) if node.args else None
                if text is not None:
                    written.add((path.name, text))
    assert written - NOT_CODED == set()
    assert len(written) <= len(NOT_CODED)


def test_a_foreign_sentence_with_a_colon_is_not_taken_for_a_programme_files_problem() -> None:
    """An error text nobody coded (a database driver's) is shown as it is, not as a
    programme file's problem ("fichier (psycopg.OperationalError) …" in French)."""
    raw = (
        "(psycopg.OperationalError) connection failed: connection to server at "
        '"127.0.0.1", port 54330 failed: Connection refused'
    )
    assert messages.identify(raw) is None
    assert messages.identify("Dag 1: geen sessies") is None
    said = messages.problem("programme.in_file", name="SMP 2022.xlsx", why="Bad header.")
    found = messages.identify(str(said))
    assert found is not None and found[0] == "programme.in_file"
    assert found[1]["name"] == "SMP 2022.xlsx"


# --- a phrase inside a sentence: one plain sentence, each fact said once -----------------
def _nested_parentheses(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += (ch == "(") - (ch == ")")
        if depth > 1:
            return True
    return False


def _said_twice(text: str) -> list[str]:
    """The facts ``text`` says more than once ("could not be read (its contents could not be
    read; ...)", "is damaged (... it may be damaged)")."""
    facts = {"not read": r"\b(?:can|could)\s?not be read", "damaged": r"\bdamaged\b"}
    return [fact for fact, pattern in facts.items() if len(re.findall(pattern, text)) > 1]


def test_a_phrase_reads_as_part_of_every_sentence_it_goes_into() -> None:
    """'The file cannot be opened as MKV (the file is cut short (an incomplete copy or
    download?)).', 'The image structure is damaged (its contents could not be read; it may
    be damaged).': each phrase of plain() in each sentence that takes one is one sentence
    with no parentheses inside parentheses, saying nothing twice."""
    wrong = []
    for code, template in messages.PROBLEMS.items():
        if "{why}" not in template:
            continue
        for phrase_code, phrase in messages.PHRASES.items():
            values = {name: "X" for name in re.findall(r"\{(\w+)\}", template)}
            text = template.format(**{**values, "why": phrase})
            if _nested_parentheses(text) or _said_twice(text):
                wrong.append((code, phrase_code, text))
    assert wrong == []
    assert all("(" not in phrase for phrase in messages.PHRASES.values())


STORED_BEFORE = {  # what earlier versions stored -> what a person reads now
    "The file cannot be opened as MKV (the file is cut short (an incomplete copy or "
    "download?)).": "The file cannot be opened as MKV (the file is cut short, perhaps an "
    "incomplete copy or download).",
    "The image data is truncated or damaged (the file is cut short (an incomplete copy or "
    "download?)).": "The image data cannot be decoded in full: the file is cut short, perhaps "
    "an incomplete copy or download.",
    "The camera information (EXIF) could not be read (its contents could not be read; it "
    "may be damaged).": "The camera information (EXIF) could not be read: it may be damaged.",
    "The image structure is damaged (its contents could not be read; it may be damaged).": (
        "The image structure cannot be read: it may be damaged."
    ),
    "The PDF cannot be opened (it is damaged: its structure cannot be read).": (
        "The PDF cannot be opened (its structure is damaged)."
    ),
    "The file cannot be read (it uses an encoding that cannot be read).": (
        "The file cannot be read (it uses an encoding that is not supported)."
    ),
    "talk.mp4: the recording could not be rewritten without its metadata (GPS position, "
    "device) (it needs a password to open); left out (export it with the originals preset "
    "or with all metadata kept).": "talk.mp4 is left out: its metadata (GPS position, "
    "device) could not be removed from the recording, as it is protected by a password. "
    "Export it with the originals preset or with all metadata kept.",
    "deck.pptx: the slides could not be rewritten without their author names (a sound or "
    "video in it cannot be rewritten without its metadata (GPS position, device)); left out "
    "(export them with the originals preset or with all metadata kept).": "deck.pptx is left "
    "out: its slides could not be rewritten without their author names, as a sound or video "
    "in it cannot be rewritten without its metadata, such as a GPS position or the device. "
    "Export it with the originals preset or with all metadata kept.",
}


@pytest.mark.parametrize(("stored", "said"), list(STORED_BEFORE.items()))
def test_a_sentence_stored_before_reads_in_todays_words(stored: str, said: str) -> None:
    """A catalogue scanned before keeps the earlier wording: 'smparchive problems' and the
    app say today's sentence, with its code (so the app translates it)."""
    assert messages.current(stored) == said
    assert messages.item_problems("warning", None, stored) == [said]
    assert messages.identify(stored)[0] == messages.identify(said)[0]  # type: ignore[index]
    assert messages.current("A sentence nobody wrote (by hand).") == (
        "A sentence nobody wrote (by hand)."
    )


@pytest.mark.parametrize(
    ("stored", "said"),
    [
        (
            "The video file holds audio only: there is no picture.\nThe file holds audio only.",
            ["The video file holds audio only: there is no picture."],
        ),
        (
            "The file holds no audio or video streams.\nThere is no stream to take a picture from.",
            ["The file holds no audio or video streams."],
        ),
        (
            "The video track holds no decodable frames.\nThe video has no frames.",
            ["The video track holds no decodable frames."],
        ),
        (
            "The camera information (EXIF) in the file is damaged and was skipped.\nThe camera "
            "information (EXIF) could not be read (its contents could not be read; it may be "
            "damaged).",
            ["The camera information (EXIF) could not be read: it may be damaged."],
        ),
    ],
)
def test_a_fact_an_earlier_version_stored_twice_is_said_once(stored: str, said: list[str]) -> None:
    """A catalogue scanned before the warnings said each fact once keeps both wordings:
    'smparchive problems' and the app say it once."""
    assert messages.item_problems("warning", None, stored) == said
    assert messages.item_problems("ok", None, "The file holds audio only.") == [
        "The file holds audio only."
    ]


def test_the_sizes_a_reason_states_are_the_limits_the_code_applies() -> None:
    """Two reasons state a size limit in words, in English and in each translation: a
    limit changed without its sentences would tell the user a wrong figure."""
    import xml.etree.ElementTree as ET

    from smparchive.core.media.photo import READ_CAP
    from smparchive.core.media.safety import MAX_DOCUMENT_PICTURE

    catalogues = sorted((SRC.parent / "resources" / "translations").glob("smparchive_*.ts"))
    translated = {
        path.name: {
            m.findtext("source"): m.findtext("translation") or ""
            for m in ET.parse(path).getroot().iter("message")
        }
        for path in catalogues
    }
    assert len(translated) >= 2
    for code, limit in (("not_mapped", READ_CAP), ("picture_too_large", MAX_DOCUMENT_PICTURE)):
        english = messages.PHRASES[code]
        assert f"{limit // 2**20} MB" in english, (code, english)
        for name, texts in translated.items():
            said = texts.get(english, english) or english  # the English catalogue: empty
            assert re.search(rf"\b{limit // 2**20}\b", said), (name, said)

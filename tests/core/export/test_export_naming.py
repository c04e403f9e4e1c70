"""Names from templates are safe on Windows, macOS and Linux, and never collide."""

from __future__ import annotations

import posixpath
import re
import unicodedata
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smparchive.core.export.naming import (
    NameAllocator,
    collision_key,
    render_template,
    safe_component,
    safe_relpath,
    template_tokens,
    tokens,
)

RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[0-9¹²³]|LPT[0-9¹²³])$", re.I)
FORBIDDEN = set('<>:"/\\|?*%') | {chr(c) for c in range(32)} | {"\x7f"}

PIECES = [*'<>:"/\\|?*%. \t\n\x00\u200b\u0301', "..", "CON", "nul", "COM1", "LPT¹", "ẞ", "é"]
nasty_text = st.lists(st.one_of(st.text(max_size=6), st.sampled_from(PIECES)), max_size=60).map(
    "".join
)
literal = st.lists(st.sampled_from([*"ab_-. /\\:.", "..", "CON", "{{", "}}"]), max_size=8).map(
    "".join
)
template_st = st.lists(
    st.one_of(literal, st.sampled_from(sorted("{" + t + "}" for t in tokens()))), max_size=8
).map("".join)


def assert_safe_component(name: str) -> None:
    assert name, "empty component"
    assert name not in (".", "..")
    assert not (set(name) & FORBIDDEN), name
    assert not any(unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co") for c in name)
    assert not name.endswith((" ", ".")), name
    assert not name.startswith((" ", ".")), name
    assert len(name.encode("utf-8")) <= 255
    assert len(name.encode("utf-16-le")) // 2 <= 255
    assert not RESERVED.match(name.split(".")[0].rstrip(" ")), name


def assert_inside(relpath: str) -> None:
    assert not relpath.startswith("/")
    assert not PureWindowsPath(relpath).drive and not PureWindowsPath(relpath).root
    normal = posixpath.normpath(relpath)
    assert not normal.startswith(".."), relpath
    assert ".." not in PurePosixPath(relpath).parts


@settings(max_examples=300, deadline=None)
@given(text=nasty_text, ext=st.sampled_from(["jpg", "JPG", "", "pdf", "tar.gz"]))
def test_any_text_gives_a_safe_component(text: str, ext: str) -> None:
    name = safe_component(text, ext)
    assert_safe_component(name)
    assert safe_component(text, ext) == name  # deterministic


@settings(max_examples=300, deadline=None)
@given(
    template=template_st,
    title=nasty_text,
    session=nasty_text,
    seq=st.integers(min_value=0, max_value=10**6),
)
def test_any_template_gives_a_safe_path_inside_the_folder(
    template: str, title: str, session: str, seq: int
) -> None:
    try:
        template_tokens(template)
    except ValueError:
        return  # malformed templates are refused up front
    values = dict.fromkeys(tokens(), "x") | {"title": title, "session": session, "seq": seq}
    values["ext"] = "jpg"
    path = render_template(template, values, max_chars=200)
    assert_inside(path)
    for part in path.split("/"):
        assert_safe_component(part)
    assert path.endswith(".jpg")
    if path.count("/") < 4:
        assert len(path) <= 200


@settings(max_examples=200, deadline=None)
@given(
    names=st.lists(
        st.sampled_from(
            [
                "a.jpg",
                "A.JPG",
                "a",
                "A/b.jpg",
                "a/B.jpg",
                "é.jpg",
                "e\u0301.jpg",
                "a-2.jpg",
                "x/y/z.jpg",
                "X",
            ]
        ),
        max_size=12,
    )
)
def test_allocator_never_reuses_a_name_case_insensitively(names: list[str]) -> None:
    first = NameAllocator(["manifest.csv"])
    got = [first.allocate(n) for n in names]
    keys = [collision_key(g) for g in got]
    assert len(set(keys)) == len(keys)
    assert "manifest.csv" not in keys
    # no file may sit where another path needs a folder
    folders = {
        collision_key("/".join(g.split("/")[:i])) for g in got for i in range(1, g.count("/") + 1)
    }
    assert not folders & set(keys)
    # deterministic: the same sequence gives the same names
    again = NameAllocator(["manifest.csv"])
    assert [again.allocate(n) for n in names] == got


def test_collisions_get_numbered_suffixes_in_order() -> None:
    alloc = NameAllocator(["manifest.csv", "index.html", "assets"])
    assert alloc.allocate("Day/photo.jpg") == "Day/photo.jpg"
    assert alloc.allocate("day/PHOTO.JPG") == "day/PHOTO-2.JPG"
    assert alloc.allocate("Day/photo.jpg") == "Day/photo-3.jpg"
    assert alloc.allocate("Manifest.CSV") == "Manifest-2.CSV"
    assert alloc.allocate("assets/x.jpg") == "assets-2/x.jpg"


def test_assets_folder_is_reserved() -> None:
    alloc = NameAllocator(["assets"])
    name = alloc.allocate("assets/x.jpg")
    assert not collision_key(name).startswith("assets/")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("COM1 ", "_COM1"),
        ("a<b>c:d", "a-b-c-d"),
        ("..", "_"),
        ("   ", "_"),
        ("trailing dots...", "trailing dots"),
        (".hidden", "hidden"),
        ("tab\there", "tab here"),
        ("Ünïcødé", "Ünïcødé"),
        ("50%", "50"),
        # a title's punctuation reads as it did: no "_ ", no doubled or dangling separator
        ("EMN roundtable: policy debate", "EMN roundtable - policy debate"),
        ("smp2022 Q&A: what/why?", "smp2022 Q&A - what-why"),
        ("10:30 – 11:00 Panel | Room A", "10.30 – 11.00 Panel - Room A"),
        ('Say "hi"', "Say 'hi'"),
        ("a - : - b", "a - b"),
        ("0007__", "0007"),
        ("- draft -", "draft"),
    ],
)
def test_examples(text: str, expected: str) -> None:
    assert safe_component(text) == expected


def test_long_names_are_cut_on_character_boundaries_and_keep_the_extension() -> None:
    name = safe_component("é" * 400, "jpeg")
    assert name.endswith(".jpeg")
    assert len(name.encode("utf-8")) <= 180
    name.encode("utf-8").decode("utf-8")


FRENCH_TITLE = (
    "smp2022 Table ronde du REM : débat politique sur les partenariats pour la mobilité "
    "des compétences"
)


def test_long_names_are_cut_between_words() -> None:
    """The French roundtable's bundle was named '… pour la mobilité des compétence' and
    its clip '… des co.mp4': a long name is cut after a whole word (a word too long to
    end on is still cut where it must)."""
    name = safe_component(FRENCH_TITLE, limit=100)
    assert name == (
        "smp2022 Table ronde du REM - débat politique sur les partenariats pour la mobilité des"
    )
    whole = safe_component(FRENCH_TITLE, limit=255)
    clip = safe_relpath(["2022-06-01 Jour 1", FRENCH_TITLE, "0004_" + FRENCH_TITLE], "mp4")
    assert len(clip) <= 200
    _, folder, file = clip.split("/")
    for part in (folder, file.removeprefix("0004_").removesuffix(".mp4")):
        assert whole.startswith(part) and whole[len(part)] == " ", clip
    word = safe_component("x" * 300, "jpg")  # no space to cut at
    assert word == "x" * 176 + ".jpg"


def test_template_errors_are_clear() -> None:
    with pytest.raises(ValueError, match="Unknown token"):
        template_tokens("{title}_{camera}.{ext}")
    with pytest.raises(ValueError, match="Malformed"):
        template_tokens("{title")
    assert template_tokens("{seq:03d}_{title}.{ext}") == ["seq", "title", "ext"]


@pytest.mark.parametrize(
    ("template", "why"),
    [
        ("{title", "a { is not closed with a }"),
        ("{title}_{", "a { is not closed with a }"),
        ("{seq:", "a { is not closed with a }"),
        ("title}", "a } has no { before it"),
        ("{date:.2f}", "a token's format, after its : or !, cannot be applied to it"),
        ("{seq!x}", "a token's format, after its : or !, cannot be applied to it"),
    ],
)
def test_a_malformed_template_says_why_in_plain_words(template: str, why: str) -> None:
    """The export dialog showed Python's formatter's English under the name template
    ("Single '}' encountered in format string", "Invalid format specifier '.2f' for object
    of type 'str'"), in every language."""
    with pytest.raises(ValueError) as caught:
        template_tokens(template)
    assert str(caught.value) == f"Malformed name template {template!r}: {why}"


def test_template_rendering() -> None:
    values = dict.fromkeys(tokens(), "") | {
        "event": "SMP24",
        "date": "2024-05-14",
        "session": "Q&A: what/why?",
        "seq": 7,
        "title": "Panel",
        "ext": "jpg",
    }
    assert render_template("{event}/{date}/{session}/{seq}_{title}.{ext}", values) == (
        "SMP24/2024-05-14/Q&A - what-why/0007_Panel.jpg"
    )
    assert render_template("{seq:02d}-{title}", values, suffix="-1x1") == "07-Panel-1x1.jpg"
    assert render_template("../../{title}.{ext}", values) == "Panel.jpg"
    # an empty token leaves no doubled or dangling separator
    assert render_template("{date}_{room}_{seq}_{title}.{ext}", values) == (
        "2024-05-14_0007_Panel.jpg"
    )
    assert render_template("{seq}_{room}.{ext}", values) == "0007.jpg"


@pytest.mark.parametrize(
    ("label", "language", "folder"),
    [
        ("Day 1", "fr", "2024-05-14 Jour 1"),  # as importers store it: in the export's language
        ("Day 1", "nl", "2024-05-14 Dag 1"),
        ("Jour 2", "en", "2024-05-14 Day 2"),
        ("Day 1", "fr-BE", "2024-05-14 Jour 1"),
        ("Field visit", "fr", "2024-05-14 Field visit"),  # a real name is the organiser's
    ],
)
def test_day_folders_speak_the_export_language(
    tmp_path: Path, label: str, language: str, folder: str
) -> None:
    """A French export named its folders '2024-05-14 Day 1' while its page said 'Jour 1'."""
    from export_helpers import EVENT, entry_for, jpeg_bytes, settings

    from smparchive.core.export import WEB, plan_export

    src = tmp_path / "IMG_0001.JPG"
    src.write_bytes(jpeg_bytes())
    entry = entry_for(src, "p1", day_label=label)
    s = settings(tmp_path / "out", preset=WEB, language=language)
    [item] = plan_export([entry], s, EVENT).items
    assert item.outputs[0].relpath.split("/")[0] == folder


@pytest.mark.parametrize(
    ("language", "folder"),
    [
        ("fr", "Table ronde du REM"),  # the title in the export's language
        ("fr-BE", "Table ronde du REM"),
        ("nl", "EMN roundtable"),  # no Dutch title: the programme's own
    ],
)
def test_session_folders_speak_the_export_language(
    tmp_path: Path, language: str, folder: str
) -> None:
    """A French export put 'Jour 1' over a folder named after the session's English title
    ('EMN roundtable'), while its clip inside and its page said 'Table ronde du REM'."""
    from export_helpers import EVENT, entry_for, jpeg_bytes, settings

    from smparchive.core.export import WEB, plan_export

    src = tmp_path / "IMG_0001.JPG"
    src.write_bytes(jpeg_bytes())
    entry = entry_for(
        src,
        "p1",
        day_label="Day 1",
        session_title="EMN roundtable",
        session_titles={"fr": "Table ronde du REM"},
    )
    s = settings(tmp_path / "out", preset=WEB, language=language)
    [item] = plan_export([entry], s, EVENT).items
    assert item.outputs[0].relpath.split("/")[1] == folder

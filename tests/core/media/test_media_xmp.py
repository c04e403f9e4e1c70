"""XMP build/parse round trips, RDF forms, safety, and how XMP lands in MediaInfo."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smparchive.core.media.info import MediaInfo, TimeSource
from smparchive.core.media.xmp import (
    XmpError,
    XmpFields,
    apply_to_info,
    build_xmp,
    extract_packet,
    parse_xmp,
    parse_xmp_date,
)

FULL = XmpFields(
    title={"x-default": "Keynote", "fr": "Discours d'ouverture", "nl": "Openingstoespraak"},
    description={"x-default": 'Ana & Bo <on stage> "live"', "de": "Bühne: 東京 🎤"},
    subject=["keynote", "stage", "Ünïcode"],
    hierarchical_subject=["Event|FOSDEM 2025|Day 1", "People|Speakers"],
    tags_list=["Places/Brussels/ULB"],
    rating=-1,
    label="Red",
    credit="Photo: Jo Doe / FOSDEM",
    creator=["Jo Doe", "Ann Smith"],
    rights={"x-default": "© 2025 Jo Doe"},
    usage_terms={"x-default": "CC BY 4.0", "fr": "CC BY 4.0 (fr)"},
    event={"x-default": "FOSDEM 2025"},
    person_in_image=["Ana Example", "Bo Example"],
    model_release_status="http://ns.useplus.org/ldf/vocab/MR-NON",
    alt_text={"x-default": "A speaker at a lectern", "fr": "Une oratrice"},
    orientation=6,
    date_created="2025-02-01T10:15:30+01:00",
)


def test_full_round_trip() -> None:
    packet = build_xmp(FULL)
    assert packet.startswith(b"<?xpacket begin=")
    assert parse_xmp(packet) == FULL


def test_sidecar_form_has_no_packet_wrapper() -> None:
    sidecar = build_xmp(FULL, packet_wrapper=False)
    assert b"xpacket" not in sidecar and sidecar.startswith(b"<x:xmpmeta")
    assert parse_xmp(sidecar) == FULL


def test_x_default_is_written_first_and_empty_fields_are_omitted() -> None:
    packet = build_xmp(XmpFields(title={"fr": "Bonjour", "x-default": "Hello"}))
    text = packet.decode()
    assert text.index('xml:lang="x-default"') < text.index('xml:lang="fr"')
    assert "dc:subject" not in text and "xmp:Rating" not in text
    assert "xmlns:lr" not in text  # only namespaces that are used


def test_rating_zero_survives() -> None:
    assert parse_xmp(build_xmp(XmpFields(rating=0))).rating == 0


def test_invalid_xml_characters_are_dropped_carriage_returns_kept() -> None:
    fields = XmpFields(title={"x-default": "a\x00b\x07c"}, label="line1\r\nline2")
    parsed = parse_xmp(build_xmp(fields))
    assert parsed.title == {"x-default": "abc"}
    assert parsed.label == "line1\r\nline2"


_text = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"),
    min_size=1,
    max_size=30,
).filter(lambda s: s.strip() == s and s.strip())
_lang = st.sampled_from(["x-default", "en", "fr-BE", "nl", "zh-Hant"])


@settings(max_examples=60, deadline=None)
@given(
    title=st.dictionaries(_lang, _text, max_size=4),
    subject=st.lists(_text, max_size=5),
    creator=st.lists(_text, max_size=3),
    rating=st.one_of(st.none(), st.integers(-1, 5)),
    label=st.one_of(st.none(), _text),
)
def test_round_trip_property(
    title: dict[str, str],
    subject: list[str],
    creator: list[str],
    rating: int | None,
    label: str | None,
) -> None:
    fields = XmpFields(title=title, subject=subject, creator=creator, rating=rating, label=label)
    assert parse_xmp(build_xmp(fields)) == fields


def test_parses_attribute_form_and_several_descriptions() -> None:
    packet = b"""<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF
      xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
      <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
        xmp:Rating="4" xmp:Label="Green" xmlns:tiff="http://ns.adobe.com/tiff/1.0/"
        tiff:Orientation="8"/>
      <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <dc:title>plain title</dc:title>
        <dc:subject><rdf:Bag><rdf:li>one</rdf:li><rdf:li>two</rdf:li></rdf:Bag></dc:subject>
      </rdf:Description></rdf:RDF></x:xmpmeta>"""
    fields = parse_xmp(packet)
    assert fields.rating == 4 and fields.label == "Green" and fields.orientation == 8
    assert fields.title == {"x-default": "plain title"}
    assert fields.subject == ["one", "two"]


def test_packet_is_found_inside_other_bytes() -> None:
    blob = b"\xff\xe1junkhttp://ns.adobe.com/xap/1.0/\x00" + build_xmp(FULL) + b"\x00\xff\xd9"
    packet = extract_packet(blob)
    assert packet is not None and parse_xmp(blob) == FULL


@pytest.mark.parametrize(
    "data",
    [
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>'
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"/>',
        b"<x:xmpmeta xmlns:x='adobe:ns:meta/'><unclosed></x:xmpmeta>",
        b"not xml at all",
    ],
)
def test_unsafe_or_malformed_packets_raise_xmp_error(data: bytes) -> None:
    with pytest.raises(XmpError):
        parse_xmp(data)


def test_apply_to_info_maps_fields() -> None:
    info = MediaInfo(rating=2, keywords=["old"])
    apply_to_info(FULL, info, override=True)
    assert info.title["fr"] == "Discours d'ouverture"
    assert info.caption["de"] == "Bühne: 東京 🎤"
    assert info.keywords == FULL.subject
    assert info.hierarchical_keywords == [
        "Event|FOSDEM 2025|Day 1",
        "People|Speakers",
        "Places|Brussels|ULB",
    ]
    assert info.rating == -1 and info.color_label == "red"
    assert info.creator == "Jo Doe; Ann Smith"
    assert info.copyright == "© 2025 Jo Doe" and info.licence == "CC BY 4.0"
    assert info.people == ["Ana Example", "Bo Example"]
    assert info.alt_text["x-default"] == "A speaker at a lectern"
    assert info.orientation == 6
    assert info.capture is not None and info.capture.offset_minutes == 60


def test_apply_without_override_keeps_existing_values() -> None:
    info = MediaInfo(rating=2, keywords=["old"])
    apply_to_info(FULL, info, override=False)
    assert info.rating == 2 and info.keywords == ["old"]
    assert info.title  # empty fields are still filled


def test_embedded_xmp_lends_offset_to_exif_time() -> None:
    from smparchive.core.media.info import CaptureTime

    info = MediaInfo(
        capture=CaptureTime(datetime(2025, 2, 1, 10, 15, 30), None, TimeSource.EXIF_LOCAL)
    )
    apply_to_info(FULL, info, override=True, override_capture=False)
    assert info.capture == CaptureTime(datetime(2025, 2, 1, 10, 15, 30), 60, TimeSource.EXIF_OFFSET)


@pytest.mark.parametrize(
    ("text", "local", "offset"),
    [
        ("2025-02-01T10:15:30+01:00", datetime(2025, 2, 1, 10, 15, 30), 60),
        ("2025-02-01T10:15:30.25Z", datetime(2025, 2, 1, 10, 15, 30, 250000), 0),
        ("2025-02-01T10:15", datetime(2025, 2, 1, 10, 15), None),
        ("2025-02-01T10:15:30-0530", datetime(2025, 2, 1, 10, 15, 30), -330),
    ],
)
def test_xmp_dates(text: str, local: datetime, offset: int | None) -> None:
    capture = parse_xmp_date(text)
    assert capture is not None
    assert (capture.local, capture.offset_minutes) == (local, offset)


@pytest.mark.parametrize("text", ["2025", "2025-02-01", "garbage", "2025-13-40T10:00:00"])
def test_xmp_dates_without_a_moment(text: str) -> None:
    assert parse_xmp_date(text) is None


def test_own_escaping_is_the_standard_librarys() -> None:
    """XMP text and attributes are escaped as ``xml.sax.saxutils`` does (its module, which
    loads urllib and http.client, is no longer imported by the fork server)."""
    import random
    from xml.sax import saxutils

    from smparchive.core.media import xmp as xmp_module

    rnd = random.Random(19)
    alphabet = "ab&<>\"'\n\r\t é;"
    for _ in range(5000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(14)))
        assert xmp_module.escape(text) == saxutils.escape(text), text
        assert xmp_module.quoteattr(text) == saxutils.quoteattr(text), text

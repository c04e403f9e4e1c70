"""The sidecar packet: consent vocabulary, languages, keywords from other tools, merging."""

from __future__ import annotations

import pytest

from smparchive.core.domain.sidecars_xmp import (
    SidecarMetadata,
    is_ours,
    lang_alt,
    merge_sidecar,
    read_sidecar,
)
from smparchive.core.media.xmp import XmpError, parse_xmp

VOCAB = "http://ns.useplus.org/ldf/vocab/"


@pytest.mark.parametrize(
    ("consent", "uri"),
    [
        ("cleared", VOCAB + "MR-UMR"),
        ("internal_only", VOCAB + "MR-LMR"),
        ("do_not_publish", VOCAB + "MR-NON"),
        ("unknown", None),
    ],
)
def test_consent_maps_to_plus_and_back(consent: str, uri: str | None) -> None:
    meta = SidecarMetadata(consent=None if consent == "unknown" else consent, credit_line="X")
    data = merge_sidecar(None, meta).data
    assert parse_xmp(data).model_release_status == uri
    assert read_sidecar(data).consent == (None if consent == "unknown" else consent)


def test_x_default_is_added_for_lightroom_and_dropped_when_read_back() -> None:
    assert lang_alt({"fr": "Bonjour", "nl": "Hallo"}, "en") == {
        "x-default": "Bonjour",
        "fr": "Bonjour",
        "nl": "Hallo",
    }
    assert lang_alt({"fr": "Bonjour", "en": "Hello"}, "en")["x-default"] == "Hello"
    data = merge_sidecar(None, SidecarMetadata(titles={"fr": "Ça va", "en": "Hi"})).data
    assert read_sidecar(data).titles == {"fr": "Ça va", "en": "Hi"}
    only_default = merge_sidecar(None, SidecarMetadata(captions={"x-default": "Plain"})).data
    assert read_sidecar(only_default).captions == {"x-default": "Plain"}


def test_keywords_from_digikam_and_photo_mechanic_style_sidecars() -> None:
    foreign = b"""<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF
      xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
      xmlns:digiKam="http://www.digikam.org/ns/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"
      xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:plus="http://ns.useplus.org/ldf/xmp/1.0/"
      xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/">
      <rdf:Description rdf:about="" xmp:Rating="-1" xmp:Label="Approved"
         plus:ModelReleaseStatus="MR-NAP">
       <digiKam:TagsList><rdf:Seq><rdf:li>Places</rdf:li><rdf:li>Places/Brussels</rdf:li>
        <rdf:li>Topics/Health</rdf:li></rdf:Seq></digiKam:TagsList>
       <dc:subject><rdf:Bag><rdf:li>Brussels</rdf:li><rdf:li>Health</rdf:li>
        <rdf:li>flat</rdf:li></rdf:Bag></dc:subject>
       <Iptc4xmpExt:LocationShown><rdf:Bag><rdf:li Iptc4xmpExt:City="Ghent"/></rdf:Bag>
       </Iptc4xmpExt:LocationShown>
      </rdf:Description></rdf:RDF></x:xmpmeta>"""
    meta = read_sidecar(foreign)
    assert meta.keywords == ("flat", "Places|Brussels", "Topics|Health")
    assert (meta.flag, meta.rating, meta.color_label) == (-1, None, None)
    assert meta.consent == "cleared"  # MR-NAP: nobody recognisable
    assert meta.places == ("Ghent",)
    assert not is_ours(foreign)
    merged = merge_sidecar(foreign, SidecarMetadata(rating=2, flag=0))
    assert merged.foreign and merged.kept == 0 and merged.existed
    assert set(merged.replaced) >= {"keywords", "flag", "consent", "places"}
    assert is_ours(merge_sidecar(None, SidecarMetadata(rating=1)).data)


def test_bare_rdf_is_wrapped_and_garbage_is_refused() -> None:
    bare = (
        b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        b'<rdf:Description xmlns:foo="urn:foo" foo:bar="kept"/></rdf:RDF>'
    )
    merged = merge_sidecar(bare, SidecarMetadata(credit_line="SMP"))
    assert merged.kept == 1 and b'foo:bar="kept"' in merged.data
    assert parse_xmp(merged.data).credit == "SMP"
    with pytest.raises(XmpError):
        merge_sidecar(b"<html><body>not xmp</body></html>", SidecarMetadata(rating=1))
    with pytest.raises(XmpError):
        merge_sidecar(b'<!DOCTYPE x [<!ENTITY a "b">]><x/>', SidecarMetadata(rating=1))

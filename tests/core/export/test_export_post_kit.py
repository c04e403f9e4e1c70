"""Post kits per platform: presets read back, post text per language, alt-text checks."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from export_helpers import EVENT, entry_for, jpeg_bytes, replace, settings, sha256
from PIL import Image, ImageCms

from smparchive.core.export import (
    ConsentOverride,
    ExportEntry,
    HoldReason,
    ImageVariant,
    MetadataPolicy,
    Preset,
    plan_export,
    preset_by_name,
    run_export,
)
from smparchive.core.export.platforms import PLATFORMS
from smparchive.core.export.post import AltProblem

BIG = (3000, 2000)


@pytest.fixture
def big_photos(tmp_path: Path) -> Callable[..., list[ExportEntry]]:
    """``n`` 3000 x 2000 noisy JPEGs (hard to compress: they test the file size limits)."""

    def make(n: int = 1, **kw: Any) -> list[ExportEntry]:
        src = tmp_path / "src"
        src.mkdir(exist_ok=True)
        entries = []
        for i in range(n):
            path = src / f"IMG_{i:04d}.JPG"
            path.write_bytes(jpeg_bytes(size=BIG, orientation=1, seed=i))
            entries.append(entry_for(path, f"p{i}", width=BIG[0], height=BIG[1], **kw))
        return entries

    return make


def _icc_description(im: Image.Image) -> str:
    icc = im.info.get("icc_profile")
    assert icc, "the rendition carries no colour profile"
    return ImageCms.getProfileDescription(ImageCms.ImageCmsProfile(io.BytesIO(icc))).strip()


@pytest.mark.parametrize("name", sorted(PLATFORMS))
def test_platform_preset_read_back(
    name: str, big_photos: Callable[..., list[ExportEntry]], out_dir: Path
) -> None:
    platform = PLATFORMS[name]
    entries = big_photos(1, orientation=1)
    before = {e.source: sha256(e.source) for e in entries}
    plan = plan_export(entries, settings(out_dir, preset=preset_by_name(name)), EVENT)
    report = run_export(plan)
    assert not report.problems
    (f,) = report.files
    path = report.payload_root / f.path
    data = path.read_bytes()
    with Image.open(io.BytesIO(data)) as im:
        assert im.format == "JPEG"
        w, h = im.size
        assert max(w, h) <= platform.long_edge
        assert max(w, h) >= platform.long_edge * 0.5  # not shrunk to a stamp
        if platform.aspect is not None:
            aw, ah = platform.aspect
            assert abs(w * ah - h * aw) <= max(aw, ah)  # the ratio, to the pixel
        assert _icc_description(im).startswith("sRGB")
    if platform.max_bytes is not None:
        assert len(data) <= platform.max_bytes
    assert {e.source: sha256(e.source) for e in entries} == before  # originals untouched


def test_file_size_limit_lowers_quality_then_size(
    big_photos: Callable[..., list[ExportEntry]], out_dir: Path
) -> None:
    entries = big_photos(1, orientation=1)
    free = Preset("free", (ImageVariant(long_edge=2048, quality=85),))
    limit = 300_000
    capped = Preset("capped", (ImageVariant(long_edge=2048, quality=85, max_bytes=limit),))
    sizes = {}
    for preset in (free, capped):
        report = run_export(plan_export(entries, settings(out_dir, preset.name, preset=preset)))
        (f,) = report.files
        sizes[preset.name] = f.size
        with Image.open(report.payload_root / f.path) as im:
            sizes[preset.name + "-px"] = max(im.size)
    assert sizes["free"] > limit  # the limit really bit
    assert sizes["capped"] <= limit
    assert sizes["capped-px"] >= 600  # smaller, still a photo


def _texts(entries: list[ExportEntry]) -> list[ExportEntry]:
    out = []
    for n, e in enumerate(entries):
        out.append(
            replace(
                e,
                caption={
                    "en": "The panel answers questions from the floor",
                    "fr": "Le panel répond aux questions de la salle",
                },
                alt_text={
                    "en": f"Four panellists at a long table, the second of them speaking ({n})",
                    "fr": f"Quatre intervenants à une longue table, le deuxième parle ({n})",
                },
            )
        )
    return out


def test_post_text_in_english_and_french(
    photo_set: Callable[..., list[ExportEntry]], out_dir: Path
) -> None:
    entries = _texts(photo_set(2))
    mastodon = preset_by_name("mastodon")
    for lang, caption in (
        ("en", "The panel answers questions from the floor"),
        ("fr", "Le panel répond aux questions de la salle"),
    ):
        s = settings(out_dir, f"post-{lang}", preset=mastodon, post=True, language=lang)
        report = run_export(plan_export(entries, s, EVENT))
        root = report.payload_root
        text = (root / "post.txt").read_text("utf-8")
        assert text.startswith(caption + "\n")
        assert text.count(caption) == 1  # the same caption on two photos, said once
        # the credit line's names after the post's own label: "Photo:" typed in the
        # catalogue is neither doubled nor left in English in the French post
        label = "Photos\u00a0: " if lang == "fr" else "Photos: "
        credit = label + "Ana Fotógrafa / SMP"
        assert credit in text and text.count("Photo") == 1
        assert "#SMP24" in text  # the event's hashtag (its acronym)
        assert "Opening keynote" in text  # the session
        # the French interface's word, with French spacing
        session = (
            "Séance\u00a0: «\u202fOpening keynote\u202f»"
            if lang == "fr"
            else "Session: “Opening keynote”"
        )
        assert session in text
        assert len(text.rstrip()) <= 500
        md = (root / "post.md").read_text("utf-8")
        alt = (root / "alt-text.txt").read_text("utf-8")
        for f in report.files:
            assert f.path in md and f.path in alt  # each image with its alt text
        word = "deuxième parle" if lang == "fr" else "second of them speaking"
        assert md.count(word) == 2 and alt.count(word) == 2
        documented = "selon la documentation consultée le" if lang == "fr" else "as documented on"
        assert "Mastodon" in md and documented in md  # the limits and their source
        assert report.post is not None and not report.post.alt_flags
        manifest = json.loads((root / "manifest.json").read_text("utf-8"))
        assert manifest["post"]["platform"] == "mastodon"
        assert manifest["post"]["language"] == lang
        assert [i["flags"] for i in manifest["post"]["images"]] == [[], []]
        assert manifest["items"]  # the ordinary manifest is still there


def test_missing_language_falls_back_with_a_note(
    photo_set: Callable[..., list[ExportEntry]], out_dir: Path
) -> None:
    (entry,) = photo_set(1)  # English caption and alt text only
    s = settings(out_dir, preset=preset_by_name("linkedin"), post=True, language="fr")
    plan = plan_export([entry], s, EVENT)
    assert any("no fr caption" in w for w in plan.warnings)
    report = run_export(plan)
    text = (report.payload_root / "post.txt").read_text("utf-8")
    assert text.startswith("The speaker answers a question")
    md = (report.payload_root / "post.md").read_text("utf-8")
    assert "pas de légende en français dans le catalogue\u202f; celle en anglais est utilisée" in md
    assert report.post is not None
    assert report.post.images[0].problems == (AltProblem.OTHER_LANGUAGE,)


def test_alt_text_limits_flagged_never_cut(
    photo_set: Callable[..., list[ExportEntry]], out_dir: Path
) -> None:
    entries = photo_set(4)
    long_alt = "A wide view of the plenary hall " + "with rows of attentive listeners " * 4
    assert len(long_alt) > PLATFORMS["instagram"].alt_limit  # type: ignore[operator]
    entries = [
        replace(entries[0], alt_text={"en": long_alt}),
        replace(entries[1], alt_text={}),
        replace(entries[2], alt_text={"en": "The speaker answers a question."}),  # = caption
        replace(entries[3], alt_text={"en": "IMG_0003"}),
    ]
    # The photo without alt text is held back like consent; confirmed here, it goes out flagged.
    held = plan_export(entries, settings(out_dir, preset=preset_by_name("instagram")), EVENT)
    assert [(d.item_id, d.reasons) for d in held.held_back] == [
        ("p1", (HoldReason.ALT_TEXT_MISSING,))
    ]
    confirmed = ConsentOverride(frozenset({"p1"}), "Comms", "alt text written in the composer")
    s = settings(out_dir, preset=preset_by_name("instagram"), post=True, overrides=(confirmed,))
    plan = plan_export(entries, s, EVENT)
    joined = "\n".join(plan.warnings)
    assert f"the alt text has {len(long_alt)} characters, over the limit of 100" in joined
    assert "no alt text" in joined
    assert "only repeats the caption" in joined
    assert "is a file name" in joined
    report = run_export(plan)
    root = report.payload_root
    alt = (root / "alt-text.txt").read_text("utf-8")
    assert long_alt in alt  # kept whole
    assert f"({len(long_alt)}/100 characters) [too long]" in alt
    manifest = json.loads((root / "manifest.json").read_text("utf-8"))
    flags = [i["flags"] for i in manifest["post"]["images"]]
    assert flags == [["over_limit"], ["missing"], ["repeats_caption"], ["repeats_file_name"]]
    assert manifest["post"]["images"][0]["alt_text"] == long_alt
    assert manifest["post"]["limits"]["alt_text_chars"] == 100
    assert "as documented on" in manifest["post"]["limits"]["source"]
    assert report.warnings == plan.warnings


def test_more_images_than_a_post_takes_is_a_warning(
    photo_set: Callable[..., list[ExportEntry]], out_dir: Path
) -> None:
    entries = _texts(photo_set(5))
    plan = plan_export(entries, settings(out_dir, preset=preset_by_name("mastodon")), EVENT)
    assert any("a Mastodon post takes at most 4" in w for w in plan.warnings)
    plan = plan_export(entries, settings(out_dir, preset=preset_by_name("linkedin")), EVENT)
    assert not any("takes at most" in w for w in plan.warnings)  # LinkedIn takes 20


def test_caption_over_the_post_limit_is_a_warning(
    photo_set: Callable[..., list[ExportEntry]], out_dir: Path
) -> None:
    long_caption = "A long story about the closing debate. " * 10
    (entry,) = photo_set(1, caption={"en": long_caption})
    plan = plan_export([entry], settings(out_dir, preset=preset_by_name("x")), EVENT)
    assert any(
        f"the caption has {len(long_caption)} characters, over X (Twitter)'s post limit of 280" in w
        for w in plan.warnings
    )
    assert any("The post text has" in w and "allows 280" in w for w in plan.warnings)
    plan = plan_export([entry], settings(out_dir, preset=preset_by_name("linkedin")), EVENT)
    assert not any("characters" in w for w in plan.warnings)  # 3000 is enough


def test_publication_checks_only_for_platform_presets(
    photo_set: Callable[..., list[ExportEntry]], out_dir: Path
) -> None:
    entries = [replace(e, alt_text={}) for e in photo_set(2)]
    web = plan_export(entries, settings(out_dir, preset=preset_by_name("web")), EVENT)
    assert not any("alt text" in w for w in web.warnings) and web.post is None
    assert not web.held_back and len(web.items) == 2
    kit = plan_export(entries, settings(out_dir, preset=preset_by_name("website")), EVENT)
    assert len(kit.held_back) == 2 and not kit.items  # no alt text: held back
    assert "no alt text" in kit.held_back[0].describe()
    assert kit.settings.preset.metadata is MetadataPolicy.PUBLICATION


def test_post_needs_a_platform_preset(out_dir: Path) -> None:
    with pytest.raises(ValueError, match="needs a platform preset"):
        settings(out_dir, preset=preset_by_name("web"), post=True)


def test_hashtags_and_a_post_without_caption(photo_set: Callable[..., list[ExportEntry]]) -> None:
    from smparchive.core.export.post import build_post, hashtags_for

    assert hashtags_for(["#Skills Mobility!", "skills_2022", "#SkillsMobility"], EVENT) == (
        "#SkillsMobility",
        "#skills_2022",
    )
    assert hashtags_for([], EVENT) == ("#SMP24",)
    assert hashtags_for([], None) == ()
    (entry,) = photo_set(1, caption={}, credit_line="", creator="Jo Bloggs")
    kit = build_post([(entry, "a.jpg")], PLATFORMS["mastodon"], "nl", EVENT)
    assert kit.text.startswith("Sessie: ‘Opening keynote’\n")
    assert "Foto: Jo Bloggs" in kit.text
    assert any("has a caption" in w for w in kit.warnings)  # never an empty post in silence


LONG_URL = (
    "https://www.example.org/publications/2022/skills-mobility-partnerships-roundtable-report"
)
REMOTE = "@helene.marchetti@social.example"


def test_post_counted_as_the_platform_counts_it(
    photo_set: Callable[..., list[ExportEntry]], out_dir: Path
) -> None:
    """Mastodon counts a URL as 23 characters and '@user@domain' as '@user'; post.md, the
    manifest, the preflight and the command line all say that one count."""
    (entry,) = photo_set(1)
    caption = "The report on the panel: " + LONG_URL + ". " + "Read it before Friday. " * 14
    entry = replace(
        entry,
        caption={"en": caption},
        handles=(("Hélène Marchetti", "mastodon", REMOTE), ("Hélène Marchetti", "x", "@hm")),
    )
    counts = {}
    for name in ("mastodon", "x"):
        s = settings(out_dir, name, preset=preset_by_name(name), post=True, language="en")
        plan = plan_export([entry], s, EVENT)
        report = run_export(plan)
        root = report.payload_root
        text = (root / "post.txt").read_text("utf-8")
        assert text.endswith("\n")  # the file's newline: not part of the post
        plain = len(text.rstrip("\n"))
        if name == "mastodon":
            assert LONG_URL in text and REMOTE in text
            expected = plain - (len(LONG_URL) - 23) - len("@social.example")
            assert plain > 500 >= expected  # too long by characters, not as Mastodon counts
            assert not any("The post text has" in w for w in plan.warnings)
        else:
            expected = plain  # X here: characters as they are
        md = (root / "post.md").read_text("utf-8")
        manifest = json.loads((root / "manifest.json").read_text("utf-8"))
        assert f"Post text ({expected} characters of " in md
        assert manifest["post"]["post_chars"] == expected
        assert report.post is not None and report.post.chars == expected
        counts[name] = expected
    assert counts["mastodon"] < counts["x"]


# The kit's own English words: none of them may be left in a French or Dutch kit.
KIT_ENGLISH = (
    "Post for", "Post text", "characters", "alt text", "## Checks", "## Limits", "long edge",
    "per image", "per post", "as documented on", "Check:", "(none)", "over_limit", "too long",
    "a file name", "no alt text", "Help", " and ", "Session:", "With:", "the kit keeps",
)  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "fr",
            (
                "# Publication Mastodon (fr)",
                "Texte de la publication (",
                "\u00a0caractères sur 500), comme dans post.txt\u00a0:",
                "`\u00a0: texte alternatif (",
                "## Vérifications",
                "## Limites",
                "Mastodon\u00a0: grand côté 2048\u00a0px, 8\u00a0Mo par image",
                "**À vérifier\u00a0:** ",
                "p1.jpg\u00a0: le texte alternatif est un nom de fichier\u202f; décrivez l’image.",
                "- IMG_0000.JPG\u00a0: pas de légende en français dans le "
                "catalogue\u202f; celle en anglais est utilisée.",
                "Keynote moment p0.jpg\u00a0: le texte alternatif est en anglais, pas dans la "
                "langue de la publication.",
                "le kit s’en tient aux valeurs par défaut",
            ),
        ),
        (
            "nl",
            (
                "# Bericht voor Mastodon (nl)",
                "Tekst van het bericht (",
                " tekens van 500), zoals in post.txt:",
                "`: alternatieve tekst (",
                "## Controles",
                "## Limieten",
                "Mastodon: lange zijde 2048 px, 8 MB per afbeelding",
                "**Nakijken:** ",
                "p1.jpg: de alternatieve tekst is een bestandsnaam; beschrijf de afbeelding.",
                "- IMG_0000.JPG: geen bijschrift in het Nederlands in de "
                "catalogus; dat in het Engels wordt gebruikt.",
                "de alternatieve tekst is in het Engels, niet in de taal van het bericht.",
                "de kit houdt zich aan de standaardwaarden",
            ),
        ),
    ],
)
def test_kit_in_its_language(
    lang: str,
    words: tuple[str, ...],
    photo_set: Callable[..., list[ExportEntry]],
    out_dir: Path,
) -> None:
    """post.md and alt-text.txt speak the kit's language: headings, counts, checks, limits."""
    entries = _texts(photo_set(2))
    data = ("A speaker at the lectern", "The keynote speaker")  # English in the catalogue
    entries[0] = replace(entries[0], alt_text={"en": data[0]}, caption={"en": data[1]})
    entries[1] = replace(entries[1], alt_text={lang: "IMG_0001"})
    s = settings(out_dir, preset=preset_by_name("mastodon"), post=True, language=lang)
    report = run_export(plan_export(entries, s, EVENT))
    root = report.payload_root
    md = (root / "post.md").read_text("utf-8")
    alt = (root / "alt-text.txt").read_text("utf-8")
    for w in words:
        assert w in md
    count = "\u00a0caractères)" if lang == "fr" else " tekens)"
    flags = (
        ("[autre langue]", "[nom de fichier]")
        if lang == "fr"
        else ("[andere taal]", "[een bestandsnaam]")
    )
    # counts and dates as the language writes them (they read "1500", "2025-06-01")
    limit = "1\u202f500" if lang == "fr" else "1.500"
    assert f"/{limit}{count} {flags[0]}" in alt and f"/{limit}{count} {flags[1]}" in alt
    assert (f"caractères sur {limit})" if lang == "fr" else f"tekens van {limit})") in md
    assert ("le 1er juin 2025." if lang == "fr" else "van 1 juni 2025.") in md
    assert "2025-06-01" not in md
    for english in KIT_ENGLISH:
        for text in (md, alt):
            assert english not in text.replace(data[0], "").replace(data[1], "")


def test_mentions_as_each_platform_makes_them(
    photo_set: Callable[..., list[ExportEntry]], out_dir: Path
) -> None:
    """Mastodon: '@user@domain' in the text is a mention. LinkedIn: a pasted profile slug is
    neither mention nor link, so the post names the person and post.md lists whom to tag."""
    (entry,) = photo_set(1)
    entry = replace(
        entry,
        handles=(
            ("Hélène Marchetti", "mastodon", "helene.marchetti@social.example"),
            ("Amara Okonkwo-Reyes", "linkedin", "amara-okonkwo-reyes"),
        ),
    )
    posts = {}
    for name in ("mastodon", "linkedin"):
        s = settings(out_dir, name, preset=preset_by_name(name), post=True, language="fr")
        root = run_export(plan_export([entry], s, EVENT)).payload_root
        md = (root / "post.md").read_text("utf-8")
        posts[name] = ((root / "post.txt").read_text("utf-8"), md)
    text, md = posts["mastodon"]
    assert "Avec\u00a0: @helene.marchetti@social.example\n" in text
    assert "Amara" not in text and "identifier" not in md
    text, md = posts["linkedin"]
    assert "Avec\u00a0: Amara Okonkwo-Reyes\n" in text
    assert "amara-okonkwo-reyes" not in text and "Hélène" not in text
    assert "## Personnes à identifier dans l’éditeur" in md
    assert "- Amara Okonkwo-Reyes\u00a0: https://www.linkedin.com/in/amara-okonkwo-reyes" in md


@pytest.mark.parametrize(("lang", "said"), [("fr", "publication site web"), ("nl", "voor website")])
def test_a_website_kit_names_its_platform_in_its_language(
    photo_set: Callable[..., list[ExportEntry]], lang: str, said: str
) -> None:
    """The French kit's post.md said "la publication Website n’a pas de texte propre": the
    platform whose name is a word is said in the kit's language, as its title says it."""
    from smparchive.core.export.post import build_post

    (entry,) = photo_set(1, caption={}, credit_line="", creator="Jo Bloggs")
    kit = build_post([(entry, "a.jpg")], PLATFORMS["website"], lang, EVENT)
    notes = kit.files()["post.md"].decode("utf-8")
    assert said in notes and "Website" not in notes

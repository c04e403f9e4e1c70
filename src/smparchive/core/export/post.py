"""The post kit: the text to paste into a platform's composer, and alt texts checked against it.

Pure functions over export entries; :func:`build_post` gives everything the export writes beside
the images (``post.txt``, ``post.md``, ``alt-text.txt``) plus the checks the preflight shows:
missing alt text, alt text that only repeats the caption or a file name, alt text over the
platform's limit, post text over its limit, more images than a post takes. Nothing is ever
shortened: a text over a limit is flagged, and the person decides what to cut.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from smparchive.core.export.alttext import is_draft
from smparchive.core.export.credit import credit_names, labelled_credit
from smparchive.core.export.dates import count, long_date
from smparchive.core.export.model import EventInfo, ExportEntry, LangText
from smparchive.core.export.platforms import PLATFORMS, Platform
from smparchive.core.frenchtype import spaced_all, spaced_in
from smparchive.core.messages import Message, problem

__all__ = [
    "POST_FILES",
    "AltProblem",
    "AltText",
    "PostKit",
    "build_post",
    "caption_warnings",
    "hashtags_for",
    "manifest_with_post",
    "post_length",
]

POST_FILES = ("post.txt", "post.md", "alt-text.txt")

# The kit's own words, per language: those of the post (the captions come from the catalogue)
# and those of post.md and alt-text.txt, which the person posting reads. French puts a
# (narrow no-break) space before a colon and says "Séance", as the French interface does.
_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "session": "Session", "photo": "Photo", "photos": "Photos", "with": "With",
        "colon": ": ", "quote": "“{}”", "semicolon": "; ",
        "title": "Post for {platform} ({language})",
        "post_text": "Post text ({n} characters{of}), as in post.txt",
        "of": " of {limit}", "images": "Images ({n})",
        "alt": "alt text ({n} characters{of})", "none": "(none)", "check": "Check",
        "checks": "Checks", "limits": "Limits", "alt_file": "({n}{limit} characters)",
        "long_edge": "long edge {n} px", "ratio": "ratio {w}:{h}", "mb": "{n} MB per image",
        "max_images": "{n} images per post", "alt_limit": "{n} characters of alt text",
        "tag": "People to tag in the composer",
        "tag_why": "{platform} makes a mention only when you choose the person in the "
        "composer: type the name and pick them from the list.",
        "post_limit": "{n} characters of post text", "sourced": "{source}, as documented on "
        "{date}", "platform.website": "Website",
        "flag.missing": "no alt text", "flag.over_limit": "too long",
        "flag.repeats_caption": "repeats the caption", "flag.repeats_file_name": "a file name",
        "flag.other_language": "other language", "flag.draft": "draft",
    },
    "fr": {
        "session": "Séance", "photo": "Photo", "photos": "Photos", "with": "Avec",
        "colon": " : ", "quote": "« {} »", "semicolon": " ; ",
        "title": "Publication {platform} ({language})",
        "post_text": "Texte de la publication ({n}\u00a0caractères{of}), comme dans post.txt",
        "of": " sur {limit}", "images": "Images ({n})",
        "alt": "texte alternatif ({n}\u00a0caractères{of})", "none": "(aucun)",
        "check": "À vérifier", "checks": "Vérifications", "limits": "Limites",
        "alt_file": "({n}{limit}\u00a0caractères)",
        "tag": "Personnes à identifier dans l’éditeur",
        "tag_why": "Sur {platform}, une mention ne se fait qu’en choisissant la personne dans "
        "l’éditeur : tapez son nom et choisissez-la dans la liste.",
        "long_edge": "grand côté {n}\u00a0px", "ratio": "format {w}:{h}",
        "mb": "{n}\u00a0Mo par image", "max_images": "{n}\u00a0images par publication",
        "alt_limit": "{n}\u00a0caractères de texte alternatif",
        "post_limit": "{n}\u00a0caractères de texte", "sourced": "{source}, selon la "
        "documentation consultée le {date}", "platform.website": "site web",
        "flag.missing": "pas de texte alternatif", "flag.over_limit": "trop long",
        "flag.repeats_caption": "répète la légende", "flag.repeats_file_name": "nom de fichier",
        "flag.other_language": "autre langue", "flag.draft": "brouillon",
    },
    "nl": {
        "session": "Sessie", "photo": "Foto", "photos": "Foto's", "with": "Met",
        "colon": ": ", "quote": "‘{}’", "semicolon": "; ",
        "title": "Bericht voor {platform} ({language})",
        "post_text": "Tekst van het bericht ({n} tekens{of}), zoals in post.txt",
        "of": " van {limit}", "images": "Afbeeldingen ({n})",
        "alt": "alternatieve tekst ({n} tekens{of})", "none": "(geen)", "check": "Nakijken",
        "checks": "Controles", "limits": "Limieten", "alt_file": "({n}{limit} tekens)",
        "tag": "Personen om te taggen in de editor",
        "tag_why": "Op {platform} wordt iemand pas vermeld als je die in de editor kiest: "
        "typ de naam en kies de persoon in de lijst.",
        "long_edge": "lange zijde {n} px", "ratio": "verhouding {w}:{h}",
        "mb": "{n} MB per afbeelding", "max_images": "{n} afbeeldingen per bericht",
        "alt_limit": "{n} tekens alternatieve tekst", "post_limit": "{n} tekens berichttekst",
        "sourced": "{source}, volgens de documentatie van {date}", "platform.website": "website",
        "flag.missing": "geen alternatieve tekst", "flag.over_limit": "te lang",
        "flag.repeats_caption": "herhaalt het bijschrift",
        "flag.repeats_file_name": "een bestandsnaam", "flag.other_language": "andere taal",
        "flag.draft": "concept",
    },
}  # fmt: skip
_WORDS["fr"] = spaced_all(_WORDS["fr"])  # one French spacing rule (core.frenchtype)

# The checks post.md lists, in the kit's language (the English ones are core/messages.py's;
# the app says them in its own language from there; these are the same sentences as the
# app's French and Dutch translations).
_CHECKS: dict[str, dict[str, str]] = {
    "fr": {
        "alt.missing": "{name} : pas de texte alternatif ; écrivez-en un avant de publier.",
        "alt.over_limit": "{name} : le texte alternatif compte {n}\u00a0caractères, "
        "au-delà de la limite de {limit} ; raccourcissez-le (il n’est pas coupé).",
        "alt.repeats_caption": "{name} : le texte alternatif ne fait que répéter la "
        "légende ; décrivez l’image.",
        "alt.repeats_file_name": "{name} : le texte alternatif est un nom de fichier ; "
        "décrivez l’image.",
        "alt.draft": "{name} : le texte alternatif est encore un brouillon proposé ; "
        "terminez-le et retirez la marque de brouillon.",
        "alt.unknown_language": "{name} : le texte alternatif est dans une langue "
        "inconnue, pas dans celle de la publication.",
        "alt.other_language": "{name} : le texte alternatif est en {language}, pas dans "
        "la langue de la publication.",
        "post.caption_fallback": "{name} : pas de légende en {language} dans le "
        "catalogue ; celle en {other} est utilisée.",
        "post.no_caption": "Aucune des images n’a de légende : la publication {platform} "
        "n’a pas de texte propre ; écrivez-en un.",
        "post.too_long": "Le texte de la publication compte {n}\u00a0caractères ; "
        "{platform} en permet {limit}. Raccourcissez la légende (rien n’est coupé).",
        "post.too_many_images": "{n}\u00a0images, mais une publication {platform} en accepte "
        "au plus {limit} : choisissez-en {limit} ou publiez-les en plusieurs fois.",
    },
    "nl": {
        "alt.missing": "{name}: geen alternatieve tekst; schrijf er een vóór het posten.",
        "alt.over_limit": "{name}: de alternatieve tekst telt {n} tekens, boven de limiet van "
        "{limit}; maak hem korter (hij wordt niet afgekapt).",
        "alt.repeats_caption": "{name}: de alternatieve tekst herhaalt alleen het bijschrift; "
        "beschrijf de afbeelding.",
        "alt.repeats_file_name": "{name}: de alternatieve tekst is een bestandsnaam; beschrijf "
        "de afbeelding.",
        "alt.draft": "{name}: de alternatieve tekst is nog een voorgesteld concept; werk hem af "
        "en verwijder de conceptmarkering.",
        "alt.unknown_language": "{name}: de alternatieve tekst is in een onbekende taal, niet "
        "in de taal van het bericht.",
        "alt.other_language": "{name}: de alternatieve tekst is in {language}, niet in de "
        "taal van het bericht.",
        "post.caption_fallback": "{name}: geen bijschrift in {language} in de catalogus; "
        "dat in {other} wordt gebruikt.",
        "post.no_caption": "Geen van de afbeeldingen heeft een bijschrift: het bericht voor "
        "{platform} heeft geen eigen tekst; schrijf er een.",
        "post.too_long": "De tekst van het bericht telt {n} tekens; {platform} staat er {limit} "
        "toe. Maak het bijschrift korter (er wordt niets afgekapt).",
        "post.too_many_images": "{n} afbeeldingen, maar een bericht op {platform} neemt er "
        "hoogstens {limit}: kies er {limit} of verdeel ze over meerdere berichten.",
    },
}
_CHECKS["fr"] = spaced_all(_CHECKS["fr"])


def _words(language: str) -> dict[str, str]:
    return _WORDS.get(language.split("-")[0].lower(), _WORDS["en"])


# Languages a check names ("the alt text is in {language}"), in the kit's language.
_LANGUAGES: dict[str, dict[str, str]] = {
    "fr": {"en": "anglais", "fr": "français", "nl": "néerlandais", "de": "allemand"},
    "nl": {"en": "het Engels", "fr": "het Frans", "nl": "het Nederlands", "de": "het Duits"},
}


def _say(message: Message, language: str) -> str:
    """A check in the kit's language (English when it has no sentence for it)."""
    base = language.split("-")[0].lower()
    template = _CHECKS.get(base, {}).get(message.code)
    if not template:
        return str(message)
    names = _LANGUAGES.get(base, {})
    values = dict(message.values)
    for key in ("language", "other"):
        if key in values:
            values[key] = names.get(values[key].split("-")[0].lower(), values[key])
    # "Website" is a word: said as the kit's title says it ("la publication site web")
    platform = next((p for p in PLATFORMS.values() if p.label == values.get("platform")), None)
    if platform is not None:
        values["platform"] = _platform_label(platform, _words(language))
    return template.format(**values)


# Names cameras and phones give files: an alt text like this describes nothing.
_CAMERA_NAME = re.compile(r"^(img|dsc|dscf|dscn|dji|gopr|pxl|p|_mg|mvi|photo|image)[ _-]?\d{2,}")


# How Mastodon counts a post (docs.joinmastodon.org/user/posting, "Text": "URLs in text always
# count for 23 characters", and a mention of a remote account counts only its local part;
# Mastodon's StatusLengthValidator): every http(s) URL as 23 characters whatever its length,
# "@user@domain" as "@user". Its patterns (twitter-text's URL extraction, Account::MENTION_RE),
# simplified: a URL ends before a space and before closing punctuation.
_MASTODON_URL_CHARS = 23
_URL = re.compile(r"https?://\S+?(?=[.,;:!?)\]}»”’'\"]*(?:\s|$))", re.IGNORECASE)
_MENTION = re.compile(r"(?<![=/\w])(@[a-z0-9_]+(?:[a-z0-9_.-]+[a-z0-9_]+)?)@[\w.-]+\w", re.I)


def post_length(text: str, platform: Platform) -> int:
    """The post's length as ``platform``'s composer counts it against its limit.

    The one count the kit (post.md, manifest.json's ``post_chars``), the preflight warning,
    the export dialog and the command line show. The file's final newline is not part of
    the post. Mastodon counts URLs and remote mentions by its own rules (above); the other
    platforms count characters.
    """
    text = text.rstrip("\n")
    if platform.name == "mastodon":
        text = _URL.sub("x" * _MASTODON_URL_CHARS, text)
        text = _MENTION.sub(r"\1", text)
    return len(text)


class AltProblem(StrEnum):
    MISSING = "missing"
    OVER_LIMIT = "over_limit"
    REPEATS_CAPTION = "repeats_caption"
    REPEATS_FILE_NAME = "repeats_file_name"
    OTHER_LANGUAGE = "other_language"  # only in another language than the post's
    DRAFT = "draft"  # a suggested draft nobody has finished yet


@dataclass(frozen=True, slots=True)
class AltText:
    """One image of the post: its alt text in the post's language and what is wrong with it."""

    item_id: str
    name: str  # the catalogued file name
    path: str  # the exported file, relative to the bundle ("" before the export)
    text: str
    language: str  # the language the text is in ("" when there is none)
    limit: int | None
    problems: tuple[AltProblem, ...]

    @property
    def chars(self) -> int:
        return len(self.text)

    def describe(self, who: str = "") -> list[Message]:
        """One sentence per problem, naming ``who``: by default the catalogued file, as
        every other warning does (the exported name made one item two in the preflight's
        list of warnings); post.md names the exported file it lists the image under."""
        who = who or self.name
        out = []
        for p in self.problems:
            if p is AltProblem.OVER_LIMIT:
                out.append(problem("alt.over_limit", name=who, n=self.chars, limit=self.limit))
            elif p is AltProblem.OTHER_LANGUAGE and self.language:
                out.append(problem("alt.other_language", name=who, language=self.language))
            elif p is AltProblem.OTHER_LANGUAGE:
                out.append(problem("alt.unknown_language", name=who))
            else:
                out.append(problem(f"alt.{p.value}", name=who))
        return out


@dataclass(frozen=True, slots=True)
class PostKit:
    """The post for one platform in one language, and its checks."""

    platform: Platform
    language: str
    caption: str
    credits: str
    sessions: tuple[str, ...]
    mentions: tuple[str, ...]  # the people as the post names them ("@ana@eupolicy.social")
    hashtags: tuple[str, ...]
    text: str  # post.txt
    images: tuple[AltText, ...]
    warnings: tuple[Message, ...]  # post-level: too long, too many images
    notes: tuple[Message, ...]  # language fall-backs
    # (name, profile) of the people to tag in the composer, on platforms where typing a
    # handle makes no mention (LinkedIn): the post names them, post.md lists their profiles
    to_tag: tuple[tuple[str, str], ...] = ()

    @property
    def chars(self) -> int:
        """The post's length as the platform counts it (:func:`post_length`)."""
        return post_length(self.text, self.platform)

    @property
    def over_limit(self) -> bool:
        limit = self.platform.post_limit
        return limit is not None and self.chars > limit

    @property
    def alt_flags(self) -> list[Message]:
        return [m for a in self.images for m in a.describe()]

    @property
    def all_warnings(self) -> list[Message]:
        """Every finding, post-level first, as sentences."""
        return [*self.warnings, *self.alt_flags]

    def files(self) -> dict[str, bytes]:
        """``post.txt``, ``post.md`` and ``alt-text.txt``, UTF-8."""
        return {
            "post.txt": self.text.encode("utf-8"),
            "post.md": self.markdown().encode("utf-8"),
            "alt-text.txt": self.alt_text_file().encode("utf-8"),
        }

    def alt_text_file(self) -> str:
        w = _words(self.language)
        blocks = []
        for n, a in enumerate(self.images, 1):
            limit = f"/{count(a.limit, self.language)}" if a.limit else ""
            chars = w["alt_file"].format(n=count(a.chars, self.language), limit=limit)
            flags = ", ".join(w[f"flag.{p.value}"] for p in a.problems)
            flagged = f" [{flags}]" if flags else ""
            blocks.append(f"{n:02d} {a.path or a.name} {chars}{flagged}\n{a.text}\n")
        return "\n".join(blocks)

    def markdown(self) -> str:
        """post.md: the post, its images with their alt texts, checks and limits, all in the
        kit's language."""
        p, w, lang = self.platform, _words(self.language), self.language
        label = _platform_label(p, w)
        colon = w["colon"]
        of = w["of"].format(limit=count(p.post_limit, lang)) if p.post_limit else ""
        lines = [
            "# " + w["title"].format(platform=label, language=lang),
            "",
            w["post_text"].format(n=count(self.chars, lang), of=of) + colon.rstrip(),
            "",
            *[f"> {line}" if line else ">" for line in self.text.splitlines()],
            "",
            "## " + w["images"].format(n=len(self.images)),
            "",
        ]
        for n, a in enumerate(self.images, 1):
            alt_of = w["of"].format(limit=count(a.limit, lang)) if a.limit else ""
            alt = w["alt"].format(n=count(a.chars, lang), of=alt_of)
            lines.append(f"{n}. `{a.path or a.name}`{colon}{alt}")
            lines.append("")
            lines.append(f"   {a.text}" if a.text else f"   {w['none']}")
            lines.append("")
            checks = a.describe(a.path or a.name)
            lines += [f"   **{w['check']}{colon.rstrip()}** {_say(m, lang)}" for m in checks]
            if a.problems:
                lines.append("")
        if self.to_tag:
            lines += ["## " + w["tag"], "", w["tag_why"].format(platform=label), ""]
            lines += [
                f"- {name}{colon}{profile}" if profile else f"- {name}"
                for name, profile in self.to_tag
            ]
            lines.append("")
        findings = [*self.warnings, *self.notes]
        if findings:
            lines += ["## " + w["checks"], "", *[f"- {_say(m, lang)}" for m in findings], ""]
        lines += [
            "## " + w["limits"],
            "",
            f"{label}{colon}{_limits(p, w, lang)}. "
            + w["sourced"].format(source=p.source_in(lang), date=long_date(p.documented, lang))
            + ".",
            *([p.note_in(lang)] if p.note_in(lang) else []),
            "",
        ]
        return "\n".join(lines)

    def record(self) -> dict[str, Any]:
        """The post's part of manifest.json: limits with their source, flags per image."""
        p = self.platform
        return {
            "platform": p.name,
            "language": self.language,
            "limits": {
                "long_edge": p.long_edge,
                "aspect": list(p.aspect) if p.aspect else None,
                "max_bytes": p.max_bytes,
                "max_images": p.max_images,
                "alt_text_chars": p.alt_limit,
                "post_chars": p.post_limit,
                "colour_space": p.colour_space,
                "source": p.sourced,
            },
            "post_chars": self.chars,
            "hashtags": list(self.hashtags),
            "mentions": list(self.mentions),
            "to_tag": [{"name": name, "profile": profile} for name, profile in self.to_tag],
            "images": [
                {
                    "path": a.path,
                    "item_id": a.item_id,
                    "alt_text": a.text,
                    "alt_text_language": a.language,
                    "alt_text_chars": a.chars,
                    "flags": [x.value for x in a.problems],
                }
                for a in self.images
            ],
            "warnings": list(self.warnings),
            "notes": list(self.notes),
        }


def _platform_label(p: Platform, words: dict[str, str]) -> str:
    return words.get(f"platform.{p.name}", p.label)


def _limits(p: Platform, w: dict[str, str], lang: str) -> str:
    """The platform's limits, counts written as the kit's language writes them."""
    parts = [w["long_edge"].format(n=p.long_edge)]
    if p.aspect:
        parts.append(w["ratio"].format(w=p.aspect[0], h=p.aspect[1]))
    if p.max_bytes:
        parts.append(w["mb"].format(n=f"{p.max_bytes / (1024 * 1024):g}"))
    if p.max_images:
        parts.append(w["max_images"].format(n=p.max_images))
    if p.alt_limit:
        parts.append(w["alt_limit"].format(n=count(p.alt_limit, lang)))
    if p.post_limit:
        parts.append(w["post_limit"].format(n=count(p.post_limit, lang)))
    parts.append(p.colour_space)
    return ", ".join(parts)


def _session_title(entry: ExportEntry, language: str, event: EventInfo | None) -> str:
    """The session's title in the post's language when the programme has it; a French one
    in French spacing, as the French page shows it."""
    title = entry.session_title_in(language)
    if language.split("-")[0].lower() != "fr":
        return title
    own = (event.language if event else "").split("-")[0].lower()
    translated = any(k.split("-")[0].lower() == "fr" and v for k, v in entry.session_titles.items())
    return spaced_in(title, "fr" if translated else own)


def _in_language(texts: LangText, language: str) -> tuple[str, str]:
    """(text, its language): the requested one, else x-default, else any; ("", "") if none."""
    for key in (language, language.split("-")[0]):
        if texts.get(key):
            return texts[key], key
    if texts.get("x-default"):
        return texts["x-default"], "x-default"
    for key, value in texts.items():
        if value:
            return value, key
    return "", ""


def comparable_text(text: str) -> str:
    """Letters and digits only, case- and accent-insensitive: for 'only repeats' checks."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum())


def _stem(name: str) -> str:
    base = name.rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[0] if "." in base else base


def _alt_problems(
    entry: ExportEntry, text: str, caption: str, path: str, limit: int | None
) -> tuple[AltProblem, ...]:
    if not text.strip():
        # a draft left out by the plan is not "no alt text": it is there, unfinished
        return (AltProblem.DRAFT if entry.draft_alt_languages else AltProblem.MISSING,)
    problems = [AltProblem.DRAFT] if is_draft(text) else []
    if limit is not None and len(text) > limit:
        problems.append(AltProblem.OVER_LIMIT)
    alt = comparable_text(text)
    if caption and alt == comparable_text(caption):
        problems.append(AltProblem.REPEATS_CAPTION)
    names = {comparable_text(_stem(entry.original_name)), comparable_text(entry.original_name)}
    if path:
        names |= {comparable_text(_stem(path)), comparable_text(path.rsplit("/", 1)[-1])}
    if alt in names or _CAMERA_NAME.match(text.strip().casefold()):
        problems.append(AltProblem.REPEATS_FILE_NAME)
    return tuple(problems)


def hashtags_for(given: Sequence[str], event: EventInfo | None) -> tuple[str, ...]:
    """``given`` as '#Tag' (spaces and punctuation dropped), else the event acronym's."""
    raw = list(given) or ([event.acronym] if event is not None and event.acronym else [])
    tags = []
    for tag in raw:
        word = "".join(c for c in tag.lstrip("#") if c.isalnum() or c == "_")
        if word and f"#{word}" not in tags:
            tags.append(f"#{word}")
    return tuple(tags)


def _distinct(values: Sequence[str]) -> list[str]:
    seen: list[str] = []
    for v in values:
        v = v.strip()
        if v and v not in seen:
            seen.append(v)
    return seen


def _label(words: dict[str, str], key: str) -> str:
    return words[key] + words["colon"]


def build_post(
    images: Sequence[tuple[ExportEntry, str]],
    platform: Platform,
    language: str,
    event: EventInfo | None = None,
    hashtags: Sequence[str] = (),
) -> PostKit:
    """The post for ``images`` (entry, exported path or "") in ``language``, with its checks."""
    base = language.split("-")[0]
    words = _words(language)
    notes: list[Message] = []
    captions: list[str] = []
    alts: list[AltText] = []
    for entry, path in images:
        caption, cap_lang = _in_language(entry.caption, language)
        caption = spaced_in(caption, cap_lang)  # as the French page spaces it (core.frenchtype)
        if caption:
            captions.append(caption)
            if cap_lang not in (language, base):
                notes.append(
                    problem(
                        "post.caption_fallback",
                        name=entry.original_name,
                        language=language,
                        other=cap_lang,
                    )
                )
        text, alt_lang = _in_language(entry.alt_text, language)
        problems = _alt_problems(entry, text, caption, path, platform.alt_limit)
        if text and alt_lang not in (language, base):
            problems = (*problems, AltProblem.OTHER_LANGUAGE)
        alts.append(
            AltText(
                entry.item_id,
                entry.original_name,
                path,
                text,
                alt_lang,
                platform.alt_limit,
                problems,
            )
        )
    caption = "\n\n".join(_distinct(captions))
    # one credit for the post's photos, in its language: each photo's names (its credit
    # line's, without a label typed there, else its creator's) after the post's own label
    names = _distinct([credit_names(e.credit_line) or e.creator for e, _ in images])
    key = "photos" if len(images) > 1 else "photo"
    # "; " between names that hold commas themselves ("Ana, EMN"), else ", "
    between = words["semicolon"] if any("," in n for n in names) else ", "
    credits = labelled_credit(between.join(names), words[key], words["colon"])
    # each session by its title in the post's language when the programme has it
    sessions = tuple(_distinct([_session_title(e, language, event) for e, _ in images]))
    tags = hashtags_for(hashtags, event)
    people = dict(
        (person.strip(), handle.strip())
        for e, _ in images
        for person, where, handle in e.handles
        if where == platform.name and person.strip() and handle.strip()
    )
    if platform.text_mentions:  # "@ana@eupolicy.social" in the text is a mention
        mentions = tuple(_distinct(["@" + h.lstrip("@") for h in people.values()]))
        to_tag: tuple[tuple[str, str], ...] = ()
    else:  # a pasted handle is neither a mention nor a link: the name, tagged by hand
        mentions = tuple(people)
        to_tag = tuple((name, platform.profile_url(h)) for name, h in people.items())
    parts = [caption]
    if sessions:
        # quoted: a programme's titles hold colons ("Séance : EMN roundtable: policy ...")
        quoted = (words["quote"].format(title) for title in sessions)
        parts.append(_label(words, "session") + words["semicolon"].join(quoted))
    if mentions:
        parts.append(_label(words, "with") + " ".join(mentions))
    if credits:
        parts.append(credits)
    if tags:
        parts.append(" ".join(tags))
    text = "\n\n".join(p for p in parts if p) + "\n"
    warnings = []
    if not caption:
        warnings.append(problem("post.no_caption", platform=platform.label))
    n = post_length(text, platform)
    if platform.post_limit is not None and n > platform.post_limit:
        warnings.append(
            problem(
                "post.too_long",
                n=n,
                platform=platform.label,
                limit=platform.post_limit,
            )
        )
    if platform.max_images is not None and len(images) > platform.max_images:
        warnings.append(
            problem(
                "post.too_many_images",
                n=len(images),
                platform=platform.label,
                limit=platform.max_images,
            )
        )
    return PostKit(
        platform, language, caption, credits, sessions, mentions, tags, text, tuple(alts),
        tuple(warnings), tuple(notes), to_tag,
    )  # fmt: skip


def caption_warnings(
    entries: Sequence[ExportEntry], platform: Platform, language: str
) -> list[Message]:
    """Captions that alone are longer than the platform's post limit."""
    if platform.post_limit is None:
        return []
    out = []
    for e in entries:
        caption, _ = _in_language(e.caption, language)
        n = post_length(caption, platform)
        if n > platform.post_limit:
            out.append(
                problem(
                    "post.caption_too_long",
                    name=e.original_name,
                    n=n,
                    platform=platform.label,
                    limit=platform.post_limit,
                )
            )
    return out


def manifest_with_post(manifest: bytes, kit: PostKit) -> bytes:
    """manifest.json with the post's limits and per-image alt-text flags added under "post"."""
    doc = json.loads(manifest)
    doc["post"] = kit.record()
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

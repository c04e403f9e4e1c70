"""Publication platforms and their limits: the one table the post-kit presets are built from.

Platforms change their limits without notice, so every row says where its figures come from
and when they were read ("as documented on <date>"). To update a limit, edit the row and its
``documented`` date; the presets, the preflight checks and the post kit all follow. ``None``
means the platform publishes no limit for that property (nothing is checked against it).

Where sources disagree the row takes the stricter figure, so that a post the kit calls fine is
accepted; the note says so. Every platform gets sRGB JPEG (the only colour space all of them
display consistently, and the only format all of them accept for photos).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from smparchive.core.frenchtype import spaced_in

__all__ = ["PLATFORMS", "Platform", "platform_by_name"]

MB = 1024 * 1024


def _base(language: str) -> str:
    return language.split("-")[0].lower()


def _in_language(texts: tuple[tuple[str, str], ...], language: str, english: str) -> str:
    """The text in ``language`` (French ones with French spacing: core.frenchtype), else the
    English one as it is written."""
    found = dict(texts).get(_base(language))
    return spaced_in(found, language) if found else english


@dataclass(frozen=True, slots=True)
class Platform:
    """One destination's published limits for a photo post."""

    name: str  # preset name: "mastodon"
    label: str  # shown to people: "Mastodon"
    long_edge: int  # long edge of the rendition, in pixels (the recommended upload size)
    aspect: tuple[int, int] | None  # crop to this ratio (w, h) around the focus point, or None
    max_bytes: int | None  # file size limit per image
    max_images: int | None  # images per post
    alt_limit: int | None  # characters of alt text (image description) per image
    post_limit: int | None  # characters of post text
    colour_space: str  # what the renditions are converted to
    source: str  # where the figures come from
    documented: date  # when they were read there
    note: str = ""  # caveats: instance settings, disagreeing sources
    # typing "@handle" in the post makes a mention (Mastodon, X, Instagram); elsewhere
    # (LinkedIn, Facebook) only choosing the person in the composer does
    text_mentions: bool = False
    profile: str = ""  # a handle's profile address: "https://www.linkedin.com/in/{}"
    # the source and the note in the post kit's other languages: ((language, text), ...)
    sources: tuple[tuple[str, str], ...] = ()
    notes: tuple[tuple[str, str], ...] = ()

    def profile_url(self, handle: str) -> str:
        """The address of the profile a stored handle names ("" when unknown)."""
        handle = handle.strip()
        if handle.startswith(("https://", "http://")):
            return handle
        slug = handle.lstrip("@").strip("/")
        return self.profile.format(slug) if self.profile and slug else ""

    def source_in(self, language: str) -> str:
        """Where the figures come from, in ``language`` (a post kit's), else in English."""
        return _in_language(self.sources, language, self.source)

    def note_in(self, language: str) -> str:
        """The note in ``language`` (a post kit's), else in English."""
        return _in_language(self.notes, language, self.note)

    @property
    def sourced(self) -> str:
        """'<source>, as documented on <date>': the provenance line for reports and manifests."""
        return f"{self.source}, as documented on {self.documented.isoformat()}"


_ROWS = (
    Platform(
        name="linkedin",
        label="LinkedIn",
        long_edge=1920,
        aspect=None,
        max_bytes=5 * MB,
        max_images=20,
        alt_limit=1000,
        post_limit=3000,
        profile="https://www.linkedin.com/in/{}",
        colour_space="sRGB",
        source="LinkedIn Help: image specifications for posts; the post composer's alt-text editor",
        documented=date(2025, 6, 1),
        sources=(
            (
                "fr",
                "Aide LinkedIn : caractéristiques des images des publications ; "
                "l’éditeur de texte alternatif de l’éditeur de publication",
            ),
            (
                "nl",
                "LinkedIn Help: afbeeldingsspecificaties voor berichten; de editor voor "
                "alternatieve tekst van de berichteditor",
            ),
        ),
        note="Older help pages gave 120 characters of alt text; the composer counts to 1,000.",
        notes=(
            (
                "fr",
                "Les anciennes pages d’aide indiquaient 120\u00a0caractères de texte "
                "alternatif ; l’éditeur en compte jusqu’à 1\u202f000.",
            ),
            (
                "nl",
                "Oudere hulppagina's noemden 120 tekens alternatieve tekst; de editor telt "
                "tot 1.000.",
            ),
        ),
    ),
    Platform(
        name="mastodon",
        label="Mastodon",
        long_edge=2048,
        aspect=None,
        max_bytes=8 * MB,
        max_images=4,
        alt_limit=1500,
        post_limit=500,
        text_mentions=True,
        colour_space="sRGB",
        source="docs.joinmastodon.org (posting, instance configuration) and Mastodon 4.x defaults",
        documented=date(2025, 6, 1),
        sources=(
            (
                "fr",
                "docs.joinmastodon.org (publier, configuration de l’instance) et valeurs "
                "par défaut de Mastodon 4.x",
            ),
            (
                "nl",
                "docs.joinmastodon.org (posten, instantieconfiguratie) en de "
                "standaardwaarden van Mastodon 4.x",
            ),
        ),
        note="Each server may raise the post and file limits (mastodon.social: 16 MB per image); "
        "the kit keeps to the defaults every server accepts.",
        notes=(
            (
                "fr",
                "Chaque serveur peut relever les limites de texte et de fichier "
                "(mastodon.social : 16\u00a0Mo par image) ; le kit s’en tient aux "
                "valeurs par défaut que tout serveur accepte.",
            ),
            (
                "nl",
                "Elke server kan de tekst- en bestandslimieten verhogen (mastodon.social: 16 "
                "MB per afbeelding); de kit houdt zich aan de standaardwaarden die elke "
                "server aanvaardt.",
            ),
        ),
    ),
    Platform(
        name="instagram",
        label="Instagram",
        long_edge=1350,
        aspect=(4, 5),
        max_bytes=8 * MB,
        max_images=10,
        alt_limit=100,
        post_limit=2200,
        text_mentions=True,
        colour_space="sRGB",
        source="Instagram Help (photo sizes, captions) and the Instagram Graph API "
        "content-publishing limits",
        documented=date(2025, 6, 1),
        sources=(
            (
                "fr",
                "Aide Instagram (tailles des photos, légendes) et limites de publication de "
                "l’API Instagram Graph",
            ),
            (
                "nl",
                "Instagram Help (fotoformaten, bijschriften) en de publicatielimieten van "
                "de Instagram Graph API",
            ),
        ),
        note="4:5 portrait at 1080 x 1350 fills the feed; the API takes 10 images per carousel "
        "(the app, 20). Alt text: 100 characters is the strictest figure published.",
        notes=(
            (
                "fr",
                "Le format portrait 4:5 en 1080 × 1350 remplit le fil ; l’API accepte "
                "10\u00a0images par carrousel (l’application, 20). Texte alternatif : "
                "100\u00a0caractères est le chiffre publié le plus strict.",
            ),
            (
                "nl",
                "Staand 4:5 op 1080 × 1350 vult de feed; de API neemt 10 afbeeldingen per "
                "carrousel (de app 20). Alternatieve tekst: 100 tekens is het strengste "
                "gepubliceerde cijfer.",
            ),
        ),
    ),
    Platform(
        name="x",
        label="X (Twitter)",
        long_edge=2048,
        aspect=None,
        max_bytes=5 * MB,
        max_images=4,
        alt_limit=1000,
        post_limit=280,
        text_mentions=True,
        colour_space="sRGB",
        source="X Help Center (posting images, image descriptions) and the X API media "
        "upload limits",
        documented=date(2025, 6, 1),
        sources=(
            (
                "fr",
                "Centre d’assistance X (publier des images, descriptions d’images) et "
                "limites d’envoi de médias de l’API X",
            ),
            (
                "nl",
                "X Helpcentrum (afbeeldingen posten, afbeeldingsbeschrijvingen) en de "
                "uploadlimieten voor media van de X API",
            ),
        ),
        note="280 characters for accounts without a paid subscription.",
        notes=(
            ("fr", "280\xa0caractères pour les comptes sans abonnement payant."),
            ("nl", "280 tekens voor accounts zonder betaald abonnement."),
        ),
    ),
    Platform(
        name="facebook",
        label="Facebook",
        long_edge=2048,
        aspect=None,
        max_bytes=4 * MB,
        max_images=None,
        alt_limit=1000,
        post_limit=63206,
        profile="https://www.facebook.com/{}",
        colour_space="sRGB",
        source="Facebook Help Center (photo sizes) and the Graph API photo upload limits",
        documented=date(2025, 6, 1),
        sources=(
            (
                "fr",
                "Pages d’aide Facebook (tailles des photos) et limites d’envoi de photos de "
                "l’API Graph",
            ),
            (
                "nl",
                "Facebook Helpcentrum (fotoformaten) en de uploadlimieten voor foto's van "
                "de Graph API",
            ),
        ),
        note="Facebook stores photos at 720, 960 or 2048 px wide; 2048 keeps them sharp.",
        notes=(
            (
                "fr",
                "Facebook enregistre les photos en 720, 960 ou 2048\u00a0px de large ; "
                "2048 les garde nettes.",
            ),
            ("nl", "Facebook bewaart foto's 720, 960 of 2048 px breed; 2048 houdt ze scherp."),
        ),
    ),
    Platform(
        name="website",
        label="Website",
        long_edge=2048,
        aspect=None,
        max_bytes=1 * MB,
        max_images=None,
        alt_limit=None,
        post_limit=None,
        colour_space="sRGB",
        source="smparchive house guidance for a CMS: large enough for a full-width image, "
        "light enough for a phone",
        documented=date(2025, 6, 1),
        sources=(
            (
                "fr",
                "recommandation maison de smparchive pour un CMS : assez grande pour une "
                "image pleine largeur, assez légère pour un téléphone",
            ),
            (
                "nl",
                "huisrichtlijn van smparchive voor een CMS: groot genoeg voor een "
                "afbeelding over de volle breedte, licht genoeg voor een telefoon",
            ),
        ),
        note="No platform limit on alt text; WCAG asks for one that describes, not a length.",
        notes=(
            (
                "fr",
                "Pas de limite de texte alternatif ; les WCAG demandent qu’il décrive "
                "l’image, pas une longueur.",
            ),
            (
                "nl",
                "Geen limiet op alternatieve tekst; WCAG vraagt een tekst die beschrijft, "
                "geen lengte.",
            ),
        ),
    ),
)

PLATFORMS: dict[str, Platform] = {p.name: p for p in _ROWS}


def platform_by_name(name: str) -> Platform | None:
    """The platform a post-kit preset is for, or None for the other presets."""
    return PLATFORMS.get(name)

"""The demo's "Social post – EMN roundtable" collection: four picks ready for a post.

Made once in the demo catalogue (after the scan and the programme), so the first run shows
the publication kit: four photos of the roundtable with captions and alt texts in English,
French and Dutch, consent cleared, the speaker shown tagged with her Mastodon handle, the
first photo top-rated (the page's cover). Then one command writes a Mastodon-ready folder:

    smparchive export --collection "Social post – EMN roundtable" --preset mastodon \\
        --post --lang fr --page --to out/
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smparchive.core.catalog.filters import ItemFilter
from smparchive.core.vocab import Flag, Kind, TagKind, TextField

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog

__all__ = ["SOCIAL_POST", "make_social_post"]

SOCIAL_POST = "Social post – EMN roundtable"
SESSION = "EMN roundtable"

# (person shown, captions, alt texts) per photo, in the order of the post.
_PHOTOS: tuple[tuple[str, dict[str, str], dict[str, str]], ...] = (
    (
        "Hélène Marchetti",
        {
            "en": "Hélène Marchetti opens the EMN roundtable on Skills Mobility Partnerships.",
            # (the French post names the session by its French title, which says the rest)
            "fr": "Hélène Marchetti ouvre la table ronde du REM devant une salle comble.",
            "nl": "Hélène Marchetti opent de EMN-rondetafel over partnerschappen voor de "
            "mobiliteit van vaardigheden.",
        },
        {
            "en": "A speaker at a lectern addresses a full room; the opening slide is on the "
            "screen behind her.",
            "fr": "Une intervenante au pupitre s'adresse à une salle comble ; la diapositive "
            "d'ouverture est à l'écran derrière elle.",
            "nl": "Een spreekster achter een spreekgestoelte richt zich tot een volle zaal; "
            "achter haar de openingsdia.",
        },
    ),
    (
        "Amara Okonkwo-Reyes",
        {
            "en": "Amara Okonkwo-Reyes (IOM) on how partnerships with countries of origin are "
            "financed.",
            "fr": "Amara Okonkwo-Reyes (OIM) sur le financement des partenariats avec les pays "
            "d'origine.",
            "nl": "Amara Okonkwo-Reyes (IOM) over de financiering van partnerschappen met "
            "landen van herkomst.",
        },
        {
            "en": "A panellist speaks into a microphone at a long table, gesturing with one hand.",
            "fr": "Une intervenante parle au micro à une longue table, une main levée.",
            "nl": "Een panellid spreekt in een microfoon aan een lange tafel en gebaart met "
            "één hand.",
        },
    ),
    (
        "",
        {
            "en": "Questions from the floor: Member States compare their evaluations.",
            "fr": "Questions de la salle : les États membres comparent leurs évaluations.",
            "nl": "Vragen uit de zaal: de lidstaten vergelijken hun evaluaties.",
        },
        {
            "en": "Seen from the back of the room: rows of participants facing the panel, one "
            "raising a hand.",
            "fr": "Vue du fond de la salle : des rangées de participants face au panel, l'un "
            "lève la main.",
            "nl": "Gezien van achter in de zaal: rijen deelnemers tegenover het panel, één "
            "steekt een hand op.",
        },
    ),
    (
        "Sophie Vandenberghe",
        {
            "en": "Sophie Vandenberghe sums up: three lessons for the next partnerships.",
            "fr": "Sophie Vandenberghe conclut : trois leçons pour les prochains partenariats.",
            "nl": "Sophie Vandenberghe vat samen: drie lessen voor de volgende partnerschappen.",
        },
        {
            "en": "The moderator at the end of the table, smiling, holds up three fingers.",
            "fr": "La modératrice, au bout de la table, sourit et montre trois doigts.",
            "nl": "De moderator aan het eind van de tafel lacht en steekt drie vingers op.",
        },
    ),
)
HANDLES = {
    "Hélène Marchetti": ("mastodon", "@helene.marchetti@social.example"),
    "Amara Okonkwo-Reyes": ("linkedin", "amara-okonkwo-reyes"),
}
# the names: each page and post puts its own language's label before them (export.credit)
CREDIT = "EMN / SMP 2022"


def make_social_post(catalog: Catalog) -> int | None:
    """Create the collection (id), or None when it exists already or the roundtable has
    too few photos (a demo catalogue from an older version)."""
    if any(c.name == SOCIAL_POST for c in catalog.collections()):
        return None
    try:
        session = catalog.find_session(SESSION)
    except Exception:  # no programme imported: nothing to show
        return None
    ids = catalog.query_ids(ItemFilter(session_ids=(session.id,), kinds=(Kind.PHOTO,)))
    if len(ids) < len(_PHOTOS):
        return None
    # spread over the session: opening, the panel, the floor, the conclusion
    step = len(ids) / len(_PHOTOS)
    chosen = [ids[int(n * step)] for n in range(len(_PHOTOS))]
    collection = catalog.create_collection(
        SOCIAL_POST,
        description="Four picks for a post about the roundtable: captions and alt texts in "
        "English, French and Dutch.",
        item_ids=chosen,
    ).value
    catalog.set_fields(chosen, consent="cleared", flag=Flag.PICK, credit_line=CREDIT)
    catalog.set_fields(chosen[:1], rating=5)
    catalog.set_fields(chosen[1:], rating=4)
    for item, (person, captions, alts) in zip(chosen, _PHOTOS, strict=True):
        for lang in ("en", "fr", "nl"):
            catalog.set_text([item], TextField.CAPTION, lang, captions[lang])
            catalog.set_text([item], TextField.ALT, lang, alts[lang])
        if person:
            catalog.tag_items([item], [person], kind=TagKind.PERSON)
    for person, (platform, handle) in HANDLES.items():
        tag = catalog.find_tag(person, TagKind.PERSON)
        if tag is not None:
            catalog.set_person_handle(tag.id, platform, handle)
    return collection

"""A photo's credit, one rule for every place an export shows or writes it.

The catalogue keeps the credit line as it was typed. What an export does with it:

- a field meant for the credit (XMP-photoshop:Credit, IPTC Credit, the manifest's and the
  CMS files' credit columns) gets the names alone, as agencies write it ("EMN / SMP 2022");
- a text for readers (the page's cards, a post, a CMS description) puts its own language's
  label before the names ("Photo: …", French "Photo\u00a0: …").

A credit typed with a label ("Photo: EMN", "Crédit : EMN", "Foto: EMN") loses it in both, so
a French page never shows the English label, and no text doubles it ("Photo : Photo: EMN").
"""

from __future__ import annotations

import re

__all__ = ["credit_names", "labelled_credit"]

# Labels people type before a credit in the app's languages (English, French, Dutch),
# longest first so "Photo credit:" is not read as "Photo" followed by "credit: …".
_LABELS = (
    "photo credits", "photo credit", "crédits photo", "crédit photo", "crédits photos",
    "photographs", "photograph", "photography", "photographie", "fotografie", "fotocredit",
    "credits", "credit", "crédits", "crédit", "photos", "photo", "foto's", "fotos", "foto",
    "beeld", "image", "picture", "pictures",
)  # fmt: skip
# the label, any spaces (French puts a no-break or a narrow no-break one before the colon),
# the colon, and the spaces after it; only with a colon: "Photo EMN" may be a name
_LABELLED = re.compile(
    r"^\s*(?:" + "|".join(re.escape(label) for label in _LABELS) + r")[\s\u00a0\u202f\u2009]*:\s*",
    re.IGNORECASE,
)


def credit_names(credit_line: str | None) -> str:
    """The names a credit line gives, without a label typed before them:
    'Photo: EMN / SMP 2022' and 'Crédit\u00a0: EMN / SMP 2022' -> 'EMN / SMP 2022'."""
    text = (credit_line or "").strip()
    while (found := _LABELLED.match(text)) is not None:  # "Photo: Credit: …" typed twice
        text = text[found.end() :]
    return text.strip()


def labelled_credit(names: str, label: str, colon: str) -> str:
    """``names`` after a text's own ``label`` and ``colon`` ('Photo' and '\u00a0: ' on a
    French page); "" when there are none. ``names`` may still hold a typed label."""
    shown = credit_names(names)
    return f"{label}{colon}{shown}" if shown else ""

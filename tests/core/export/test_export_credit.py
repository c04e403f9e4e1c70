"""A photo's credit as a page and a post show it: the names the catalogue holds after the
text's own label, in its language ("Photo\u00a0: EMN / SMP 2022" on a French page), never a
label typed in the catalogue doubled or left in English."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from export_helpers import EVENT, entry_for, jpeg_bytes

from smparchive.core.demo.social import CREDIT
from smparchive.core.export.credit import credit_names
from smparchive.core.export.model import ExportEntry
from smparchive.core.export.platforms import PLATFORMS
from smparchive.core.export.post import build_post
from smparchive.core.export.webpage import PageItem, build_page

# the page's French colon is a no-break space and a colon; the post's, as all its French
# words ("Séance", "Avec"), a narrow no-break space
PAGE = {"en": "Photo: EMN / SMP 2022", "fr": "Photo\u00a0: EMN / SMP 2022"}
POST = {"en": "Photo: EMN / SMP 2022", "fr": "Photo\u00a0: EMN / SMP 2022"}
TYPED = (
    "EMN / SMP 2022",
    "Photo: EMN / SMP 2022",
    "Photo : EMN / SMP 2022",
    "Crédit\u00a0: EMN / SMP 2022",
    "Foto: EMN / SMP 2022",
    "credit:EMN / SMP 2022",
)


@pytest.fixture
def photo(tmp_path: Path) -> ExportEntry:
    path = tmp_path / "p.jpg"
    path.write_bytes(jpeg_bytes())
    return entry_for(path, "p1", credit_line=CREDIT, licence="")


def _card(html: str) -> str:
    return html.split('<span class="credit">')[1].split("</span>")[0]


def test_the_demo_credit_holds_the_names() -> None:
    assert credit_names(CREDIT) == CREDIT == "EMN / SMP 2022"


@pytest.mark.parametrize("typed", TYPED)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_page_labels_the_credit_in_its_language(
    photo: ExportEntry, lang: str, typed: str
) -> None:
    items = [PageItem(replace(photo, credit_line=typed), "a.jpg", 350_000)]
    html = build_page(EVENT, items, lang)["index.html"].decode("utf-8")
    assert _card(html) == PAGE[lang]  # neither "Photo : Photo: …" nor an English label
    # the enlarged view's caption says the same
    assert f'{PAGE[lang]}"' in html.replace("&quot;", '"')


@pytest.mark.parametrize("typed", TYPED)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_post_labels_the_credit_in_its_language(
    photo: ExportEntry, lang: str, typed: str
) -> None:
    kit = build_post([(replace(photo, credit_line=typed), "a.jpg")], PLATFORMS["mastodon"], lang)
    assert kit.credits == POST[lang]
    assert f"\n\n{POST[lang]}\n" in kit.text and kit.text.count("Photo") == 1


def test_a_post_of_several_photos_credits_each_name_once(photo: ExportEntry) -> None:
    images = [
        (replace(photo, credit_line="Photo: EMN / SMP 2022"), "a.jpg"),
        (replace(photo, credit_line="EMN / SMP 2022"), "b.jpg"),
        (replace(photo, credit_line="", creator="Ana Fotógrafa"), "c.jpg"),
    ]
    kit = build_post(images, PLATFORMS["mastodon"], "fr")
    assert kit.credits == "Photos\u00a0: EMN / SMP 2022, Ana Fotógrafa"


def test_a_french_page_credits_a_creator_and_a_licence_in_french(photo: ExportEntry) -> None:
    own = replace(photo, credit_line="", creator="Ana", licence="CC BY 4.0")
    html = build_page(EVENT, [PageItem(own, "a.jpg", 1)], "fr")["index.html"].decode("utf-8")
    assert _card(html) == "Photo\u00a0: Ana · Licence\u00a0: CC BY 4.0"


def test_a_label_is_only_a_label_before_a_colon() -> None:
    # a name that starts like a label keeps it; so does a credit with no names after one
    assert credit_names("Photography Studio Brussels") == "Photography Studio Brussels"
    assert credit_names("Photo: Credit: Ana") == "Ana"
    assert credit_names("Photo:") == ""
    assert credit_names("© EMN 2022") == "© EMN 2022"


def test_a_cms_description_credits_a_recording_without_calling_it_a_photo() -> None:
    from smparchive.core.export.cms import wordpress_csv
    from smparchive.core.export.manifest import ManifestRow

    rows = [
        ManifestRow("a.jpg", "image/jpeg", "photo", "1", credit_line="Photo: EMN / SMP 2022"),
        ManifestRow("b.mp4", "video/mp4", "video", "2", credit_line="Photo: EMN / SMP 2022"),
    ]
    lines = wordpress_csv(rows, "fr").decode("utf-8").splitlines()
    assert ",Photo\u00a0: EMN / SMP 2022,EMN / SMP 2022," in lines[1]
    assert ",Crédit\u00a0: EMN / SMP 2022,EMN / SMP 2022," in lines[2]

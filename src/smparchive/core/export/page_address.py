"""The public address a publication page will have: checked, and remembered per event.

With it the page's share tags name the cover picture and the page in full (``og:image``,
``og:url``), as the sites that preview a shared link need. Both front ends check it here
and keep it in the catalogue, so a team finds the address a colleague gave.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from smparchive.core.messages import problem

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog

_KEY = "export.page_url.{event}"  # a catalogue setting per event


def page_address(text: str) -> str:
    """``text`` as a page's public address ("" for none); ValueError with one sentence
    when it is not a full https:// address a site can fetch."""
    text = text.strip()
    if not text:
        return ""
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
    except ValueError:  # a malformed port or bracketed host
        host, parts = "", None
    if (
        parts is None
        or parts.scheme.lower() != "https"
        or "." not in host.strip(".")
        or any(c.isspace() for c in text)
        or parts.query
        or parts.fragment
    ):
        raise ValueError(problem("export.page_address", value=text))
    return text


def _key(catalog: Catalog) -> str:
    """The setting holding the address of the catalogue's event's pages (0: no event)."""
    event = catalog.event()
    return _KEY.format(event=event.id if event is not None else 0)


def remembered_page_address(catalog: Catalog) -> str:
    """The address last given for the catalogue's event's pages ("" when none)."""
    return str(catalog.setting(_key(catalog), "") or "")


def remember_page_address(catalog: Catalog, address: str) -> None:
    """Keep ``address`` (checked) as the event's page address ("" forgets it)."""
    key = _key(catalog)
    if catalog.setting(key, "") != address:
        catalog.set_setting(key, address)

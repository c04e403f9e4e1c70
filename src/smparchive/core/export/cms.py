"""Hand-off to a CMS: files a web editor imports instead of retyping titles, captions and alt.

Written at the bundle's root, next to the images, with paths relative to the bundle:

- ``wordpress-media.csv``: one row per file with WordPress's media fields (title, caption,
  alt text, description) plus credit, licence, copyright, date, type and size; the columns
  CSV media importers (Media Library Assistant, WP All Import) map one to one.
- ``media-feed.json``: a JSON Feed 1.1 (jsonfeed.org), one item per file with its image or
  attachment, and the fields a feed has no name for under ``_smparchive``.
- ``wordpress.xml`` (only when the page's address is known, ``page_url``): a WordPress
  eXtended RSS file of attachments that Tools > Import > WordPress reads; it fetches each
  file from its absolute address, so it cannot work with relative ones.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote
from xml.sax.saxutils import escape

from smparchive.core.export.credit import credit_names
from smparchive.core.export.manifest import ManifestRow
from smparchive.core.export.model import EventInfo, programme_text
from smparchive.core.export.webpage import credit_text, untitled

__all__ = ["CMS_FILES", "WORDPRESS_COLUMNS", "cms_files"]

CMS_FILES = ("wordpress-media.csv", "media-feed.json", "wordpress.xml")

WORDPRESS_COLUMNS = (
    "file",
    "url",
    "title",
    "caption",
    "alt_text",
    "description",
    "credit",
    "copyright",
    "licence",
    "date",
    "mime_type",
    "width",
    "height",
    "bytes",
    "sha256",
)


def _url(base: str, path: str) -> str:
    relative = quote(path, safe="/")
    return f"{base.rstrip('/')}/{relative}" if base else relative


def _description(row: ManifestRow, language: str) -> str:
    """What WordPress calls the description: credit and licence (it has no field for them),
    worded as the page words them in the export's language ('Photo\u00a0: EMN' in French;
    'Credit' for a file that is no picture)."""
    photo = row.mime.startswith("image/")
    credit = credit_text(row.credit_line, row.creator, row.licence, language, photo=photo)
    parts = [credit, row.rights]
    return " · ".join(p for p in parts if p)


def _credit(row: ManifestRow) -> str:
    """A credit column's value: the names, which the CMS's theme labels itself (no 'Photo:'
    typed in the catalogue; export.credit)."""
    return credit_names(row.credit_line) or row.creator


def _title(row: ManifestRow) -> str:
    return row.title or row.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]


def wordpress_csv(rows: Sequence[ManifestRow], language: str, base_url: str = "") -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(WORDPRESS_COLUMNS)
    for r in rows:
        writer.writerow(
            [
                r.path,
                _url(base_url, r.path),
                _title(r),
                r.description,
                r.alt_text,
                _description(r, language),
                _credit(r),
                r.rights,
                r.licence,
                r.created,
                r.mime,
                r.width or "",
                r.height or "",
                r.size,
                r.sha256,
            ]
        )
    return out.getvalue().encode("utf-8")


def json_feed(
    rows: Sequence[ManifestRow], event: EventInfo | None, language: str, base_url: str = ""
) -> bytes:
    items: list[dict[str, Any]] = []
    for r in rows:
        url = _url(base_url, r.path)
        item: dict[str, Any] = {
            "id": f"{r.item_id}/{r.path}",
            "url": url,
            "title": _title(r),
            "content_text": r.description or _title(r),
        }
        if r.created and len(r.created) > 19:  # RFC 3339 needs the offset: none if unknown
            item["date_published"] = r.created
        if r.creator:
            item["authors"] = [{"name": r.creator}]
        if r.keywords:
            item["tags"] = list(r.keywords)
        if r.mime.startswith("image/"):
            item["image"] = url
        else:
            item["attachments"] = [{"url": url, "mime_type": r.mime, "size_in_bytes": r.size}]
        item["_smparchive"] = {
            "path": r.path,
            "alt_text": r.alt_text,
            "credit": credit_names(r.credit_line),
            "licence": r.licence,
            "copyright": r.rights,
            "session": r.session,
            "width": r.width,
            "height": r.height,
            "bytes": r.size,
            "sha256": r.sha256,
            "mime_type": r.mime,
        }
        items.append(item)
    feed: dict[str, Any] = {
        "version": "https://jsonfeed.org/version/1.1",
        # the event's title in the feed's language when the programme has it
        "title": programme_text(event.title, event.title_texts, language)
        if event
        else untitled(language),
        "language": language,
        "items": items,
    }
    if base_url:
        feed["home_page_url"] = _url(base_url, "index.html")
        feed["feed_url"] = _url(base_url, "media-feed.json")
    else:
        feed["_smparchive"] = {"note": "URLs are relative to this file's folder."}
    return (json.dumps(feed, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _x(text: str) -> str:
    return escape(text, {'"': "&quot;"})


def wordpress_wxr(
    rows: Sequence[ManifestRow], event: EventInfo | None, language: str, base_url: str
) -> bytes:
    """WordPress eXtended RSS 1.2 of attachments (absolute URLs: WordPress downloads them)."""
    site = base_url.rstrip("/")
    title = (
        programme_text(event.title, event.title_texts, language) if event else untitled(language)
    )
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:wp="http://wordpress.org/export/1.2/">',
        "<channel>",
        f"<title>{_x(title)}</title>",
        f"<link>{_x(site)}</link>",
        f"<language>{_x(language)}</language>",
        "<wp:wxr_version>1.2</wp:wxr_version>",
        f"<wp:base_site_url>{_x(site)}</wp:base_site_url>",
        f"<wp:base_blog_url>{_x(site)}</wp:base_blog_url>",
    ]
    for n, r in enumerate(rows, 1):
        url = _url(base_url, r.path)
        when = r.created[:19].replace("T", " ") if r.created else ""
        slug = quote(r.path.rsplit("/", 1)[-1].rsplit(".", 1)[0].lower(), safe="")
        out += [
            "<item>",
            f"<title>{_x(_title(r))}</title>",
            f"<link>{_x(url)}</link>",
            f"<dc:creator>{_x(r.creator)}</dc:creator>",
            f'<guid isPermaLink="false">{_x(url)}</guid>',
            "<description></description>",
            f"<content:encoded>{_x(_description(r, language))}</content:encoded>",
            f"<excerpt:encoded>{_x(r.description)}</excerpt:encoded>",
            f"<wp:post_id>{n}</wp:post_id>",
            *([f"<wp:post_date>{_x(when)}</wp:post_date>"] if when else []),
            f"<wp:post_name>{_x(slug)}</wp:post_name>",
            "<wp:status>inherit</wp:status>",
            "<wp:post_type>attachment</wp:post_type>",
            f"<wp:attachment_url>{_x(url)}</wp:attachment_url>",
        ]
        if r.alt_text:
            out += [
                "<wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key>"
                f"<wp:meta_value>{_x(r.alt_text)}</wp:meta_value></wp:postmeta>"
            ]
        out.append("</item>")
    out += ["</channel>", "</rss>", ""]
    return "\n".join(out).encode("utf-8")


def cms_files(
    rows: Sequence[ManifestRow],
    event: EventInfo | None,
    language: str,
    base_url: str = "",
) -> dict[str, bytes]:
    """The hand-off files for ``rows`` (the exported files), by name at the bundle root."""
    files = {
        "wordpress-media.csv": wordpress_csv(rows, language, base_url),
        "media-feed.json": json_feed(rows, event, language, base_url),
    }
    if base_url:
        files["wordpress.xml"] = wordpress_wxr(rows, event, language, base_url)
    return files

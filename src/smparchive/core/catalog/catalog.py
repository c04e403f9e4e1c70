"""The ``Catalog`` facade: one per open catalogue, assembled from operation groups."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from smparchive.core import paths
from smparchive.core.catalog.dberrors import describe
from smparchive.core.catalog.engine import (
    describe_location,
    is_url,
    make_engine,
    mask_url,
    sqlite_url,
)
from smparchive.core.catalog.locations import database_and_server
from smparchive.core.catalog.ops_collections import CollectionOps
from smparchive.core.catalog.ops_export import ExportOps
from smparchive.core.catalog.ops_faces import FaceOps
from smparchive.core.catalog.ops_ingest import IngestOps
from smparchive.core.catalog.ops_library import LibraryOps
from smparchive.core.catalog.ops_metadata import MetadataOps
from smparchive.core.catalog.ops_organise import OrganiseOps
from smparchive.core.catalog.ops_query import QueryOps
from smparchive.core.catalog.ops_scan_problems import ScanProblemOps
from smparchive.core.catalog.ops_segments import SegmentOps
from smparchive.core.catalog.ops_sidecars import SidecarOps
from smparchive.core.catalog.ops_team import TeamOps
from smparchive.core.catalog.ops_vocabulary import VocabularyOps
from smparchive.core.catalog.schema import (
    CatalogError,
    check_sqlite_file,
    inspect_existing,
    migrate,
)
from smparchive.core.messages import problem
from smparchive.core.thumbcache import ThumbnailCache

log = logging.getLogger(__name__)


class Catalog(
    OrganiseOps,
    CollectionOps,
    IngestOps,
    ScanProblemOps,
    MetadataOps,
    QueryOps,
    LibraryOps,
    ExportOps,
    SidecarOps,
    TeamOps,
    FaceOps,
    SegmentOps,
    VocabularyOps,
):
    """Every catalogue operation. Reads return frozen records; writes return OpResult."""

    @property
    def thumbnails(self) -> ThumbnailCache | None:
        """The thumbnail/preview cache beside the catalogue (None for server catalogues
        until a cache folder is configured)."""
        return ThumbnailCache(self.cache_dir) if self.cache_dir is not None else None


def open_catalog(
    location: str | Path | None = None,
    *,
    create: bool = False,
    on_upgrade: Callable[[str, str], None] | None = None,
) -> Catalog:
    """Open (and migrate) a catalogue file or database URL; ``create`` makes a new file.

    ``on_upgrade(from_revision, head)`` is called before a schema upgrade starts (its backup
    first): an upgrade reads and rewrites the catalogue, minutes at a million items.

    Raises :class:`CatalogError` with one clear sentence for unusable catalogues; the file
    is never overwritten, truncated or deleted.
    """
    if location is None:
        location = paths.default_location()  # $SMPARCHIVE_CATALOGUE may be a URL
    if is_url(location):
        assert isinstance(location, str)
        try:
            engine = make_engine(location)
        except Exception as exc:  # a malformed URL or a missing driver
            raise CatalogError(
                f"'{mask_url(location)}' is not a usable catalogue URL ({exc})."
            ) from exc
        try:
            migrate(engine, None, on_upgrade)
        except CatalogError:
            engine.dispose()
            raise
        except DBAPIError as exc:
            engine.dispose()
            raise CatalogError(describe(exc, at=database_and_server(location))) from exc
        except Exception as exc:
            engine.dispose()
            raise CatalogError(
                f"Cannot open {describe_location(location)}: {str(exc).splitlines()[0]}"
            ) from exc
        log.info("opened %s", mask_url(location))
        catalog = Catalog(engine, location, None)
        catalog.cache_dir = catalog.server_cache_dir()
        return catalog

    path = Path(location).expanduser()
    path = path.absolute()
    check_sqlite_file(path, create=create)
    if path.exists():
        inspect_existing(path)
    engine = make_engine(sqlite_url(path))
    try:
        migrate(engine, path, on_upgrade)
    except CatalogError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        raise CatalogError(problem("catalogue.cannot_open", target=path, detail=exc)) from exc
    cache = paths.cache_dir_for(path)
    catalog = Catalog(engine, str(path), cache)
    from smparchive.core.catalog.scan_notes import apply_scan_notes

    apply_scan_notes(catalog)  # quick rescans' history entries (one stat when there are none)
    return catalog

"""A read whose session fails to close (its rollback on a server that froze or restarted
just after the read) says so as the catalogue's own sentence, which the app knows as "the
server does not answer", not as a raw driver error shown in a dialog."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.exc import OperationalError

from smparchive.core.catalog.errors import CatalogError, server_away


def test_a_read_whose_closing_fails_on_a_lost_server_is_said_as_server_away(
    catalog: Any, add_items: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_items([{"name": "IMG_1.JPG"}])
    opened = catalog._sessions

    def session_that_cannot_close() -> Any:
        s = opened()

        def close() -> None:
            raise OperationalError(
                "ROLLBACK", {}, Exception("server closed the connection unexpectedly")
            )

        monkeypatch.setattr(s, "close", close)
        return s

    monkeypatch.setattr(catalog, "_sessions", session_that_cannot_close)
    with pytest.raises(CatalogError) as caught:
        catalog.query_ids()
    assert server_away(caught.value)

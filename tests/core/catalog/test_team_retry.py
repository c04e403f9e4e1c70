"""Writers take turns: a conflicting transaction runs again, a bounded number of times, and
then fails with one sentence (issue 16)."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from sqlalchemy.exc import IntegrityError, OperationalError

from smparchive.core.catalog import dberrors
from smparchive.core.catalog.schema import CatalogError


def _locked() -> OperationalError:
    return OperationalError("UPDATE items", {}, sqlite3.OperationalError("database is locked"))


def test_conflicts_are_retried_until_they_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dberrors.time, "sleep", lambda _s: None)
    calls = []

    def work() -> str:
        calls.append(1)
        if len(calls) < 3:
            raise _locked()
        return "saved"

    assert dberrors.with_retry(work) == "saved"
    assert len(calls) == 3


def test_a_conflict_that_never_ends_is_one_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dberrors.time, "sleep", lambda _s: None)
    calls = []

    def work() -> None:
        calls.append(1)
        raise _locked()

    with pytest.raises(dberrors.BusyError) as err:
        dberrors.with_retry(work, attempts=4)
    assert len(calls) == 4
    assert str(err.value).count(".") == 1 and "not saved" in str(err.value)


def test_real_errors_are_not_retried() -> None:
    calls = []

    def work() -> None:
        calls.append(1)
        raise IntegrityError("INSERT", {}, sqlite3.IntegrityError("FOREIGN KEY constraint failed"))

    with pytest.raises(IntegrityError):
        dberrors.with_retry(work)
    assert calls == [1]


def test_catalogue_write_gives_up_with_a_sentence(
    catalog: Any, add_items: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = add_items([{}])
    monkeypatch.setattr(dberrors.time, "sleep", lambda _s: None)

    def always_locked(_ctx: Any) -> Any:
        raise _locked()

    with pytest.raises(CatalogError, match="stayed busy with other people's changes"):
        catalog._write("Set rating", always_locked)
    assert catalog.item(ids[0]).rating == 0

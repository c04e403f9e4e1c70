"""`smparchive undo` naming its step before a reason with an opening of its own printed
"Tag Panel: Cannot connect to the catalogue database: …" (two colons); the step now ends
as a sentence and the reason follows."""

from __future__ import annotations

import pytest

from smparchive.cli.output import refusal
from smparchive.core.catalog.errors import CatalogError
from smparchive.core.messages import problem


def test_a_step_refused_for_a_reason_with_an_opening_is_two_sentences(
    capsys: pytest.CaptureFixture[str],
) -> None:
    refusal(CatalogError(problem("db.unknown_host")), "Tag “Panel”")
    said = capsys.readouterr().err.strip()
    assert said == (
        "Tag “Panel” failed. Cannot connect to the catalogue database: the server's host "
        "name is unknown."
    )


def test_a_step_refused_for_a_plain_reason_keeps_one_sentence(
    capsys: pytest.CaptureFixture[str],
) -> None:
    refusal(CatalogError(problem("db.read_only")), "Tag Panel")
    said = capsys.readouterr().err.strip()
    assert said.startswith("Tag Panel: The catalogue is read-only;")

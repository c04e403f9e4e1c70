"""Fault injection: a vanishing drive, killed commands, concurrent scans and editors, a full
disk. After each: originals unchanged, catalogue intact, nothing lost or degraded, no
process left behind, every failure one sentence (benchmarks/soak.py runs these in a loop)."""

from __future__ import annotations

import os
import random

import pytest
from tests.reliability.faults import SCENARIOS, Library

pytestmark = pytest.mark.skipif(not os.path.isdir("/proc"), reason="needs /proc (Linux)")


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return Library(tmp_path_factory.mktemp("faults"), photos_n=30)


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_scenario_survives_its_faults(library: Library, name: str) -> None:
    seed = int(os.environ.get("SMPARCHIVE_FAULT_SEED", "1"))
    outcome = SCENARIOS[name](library, random.Random(f"{seed}-{name}"))
    assert outcome.faults >= 1
    assert outcome.failures == []

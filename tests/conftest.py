from __future__ import annotations

import signal
from pathlib import Path

import pytest

from verifier import Verifier
from verifier.embedding import Encoder

ROOT = Path(__file__).resolve().parent.parent
DEMO_CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"


def pytest_addoption(parser):
    parser.addoption("--runslow", action="store_true", help="run slow benchmark-like tests")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--runslow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --runslow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def encoder() -> Encoder:
    """The real model, loaded once for the whole session."""
    return Encoder()


@pytest.fixture(scope="session")
def demo(encoder, tmp_path_factory) -> Verifier:
    """A verifier over the demo corpus with its own cache."""
    cache = tmp_path_factory.mktemp("cache")
    return Verifier(corpus=DEMO_CORPUS, cache_dir=cache, encoder=encoder)


@pytest.fixture
def cache_dir(tmp_path) -> Path:
    return tmp_path / "cache"


@pytest.fixture
def ctrl_c():
    """Ctrl-C as a terminal delivers it, here and in child processes, even where the test run
    was started with SIGINT ignored (a shell's background job without job control)."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield lambda: signal.signal(signal.SIGINT, signal.SIG_DFL)  # a child's preexec_fn
    signal.signal(signal.SIGINT, previous)

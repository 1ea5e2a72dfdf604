"""Shared fixtures: a hand-written two-article graph, on-disk stores, and the real `kg` command."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.store import GraphStore, open_store

DATA = Path(__file__).parent / "data"
TINY_TRIG = DATA / "tiny.trig"
KG_BIN = Path(sys.executable).with_name("kg")


def _tiny_graphs() -> dict[str, list[ox.Quad]]:
    """The quads of tests/data/tiny.trig, grouped by named graph IRI."""
    graphs: dict[str, list[ox.Quad]] = defaultdict(list)
    for quad in ox.parse(path=str(TINY_TRIG), format=ox.RdfFormat.TRIG):
        graphs[quad.graph_name.value].append(quad)
    return dict(graphs)


def _load_tiny(store: GraphStore) -> GraphStore:
    for graph, quads in _tiny_graphs().items():
        store.replace_graph(graph, quads)
    return store


def _store_quads(path: Path) -> set[str]:
    """Every quad of the store at ``path`` as N-Quads text (no blank nodes, so exact)."""
    if not (path / "film-kg.json").exists():
        return set()
    with open_store(path) as store:
        return set(store.dump("nquads").decode().splitlines())


@pytest.fixture
def tiny_graphs() -> dict[str, list[ox.Quad]]:
    """The quads of tests/data/tiny.trig, grouped by named graph IRI."""
    return _tiny_graphs()


@pytest.fixture
def load_tiny() -> Callable[[GraphStore], GraphStore]:
    """Load tests/data/tiny.trig into a store, one replace_graph per article."""
    return _load_tiny


@pytest.fixture
def store_quads() -> Callable[[Path], set[str]]:
    """Snapshot a store on disk: its quads as a set of N-Quads lines (empty if no store)."""
    return _store_quads


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    """A location for a store that does not exist yet."""
    return tmp_path / "kg-store"


@pytest.fixture
def tiny_store(store_path: Path) -> Iterator[GraphStore]:
    """A writable on-disk store holding the two hand-written articles."""
    store = open_store(store_path, read_only=False)
    _load_tiny(store)
    yield store
    store.close()


@pytest.fixture
def tiny_store_path(store_path: Path) -> Path:
    """An on-disk store holding the two hand-written articles, closed again."""
    with open_store(store_path, read_only=False) as store:
        _load_tiny(store)
    return store_path


@pytest.fixture
def memory_store() -> GraphStore:
    """An in-memory Oxigraph store holding the two hand-written articles."""
    from kg.store import OxigraphStore

    return _load_tiny(OxigraphStore(None))


@dataclass
class Run:
    """The outcome of one `kg` run."""

    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.strip().splitlines()


def _run_kg(*args: str, store: Path | None, cwd: Path, input: str | bytes | None = None) -> Run:
    """Run `kg`; ``store=None`` leaves KG_STORE unset, so the default ./kg-store applies."""
    command = [str(KG_BIN)] if KG_BIN.exists() else [sys.executable, "-m", "kg"]
    env = {k: v for k, v in os.environ.items() if k != "KG_STORE"}
    env["PYTHONIOENCODING"] = "utf-8"
    if store is not None:
        env["KG_STORE"] = str(store)
    done = subprocess.run(
        [*command, *args],
        input=input.encode() if isinstance(input, str) else input,
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )
    return Run(done.returncode, done.stdout.decode(), done.stderr.decode())


@pytest.fixture
def kg(store_path: Path, tmp_path: Path) -> Callable[..., Run]:
    """Run the real `kg` command in a subprocess, with KG_STORE pointing at ``store_path``."""

    def run(
        *args: str,
        input: str | bytes | None = None,
        cwd: Path | None = None,
        default_store: bool = False,
    ) -> Run:
        store = None if default_store else store_path
        return _run_kg(*args, store=store, cwd=cwd or tmp_path, input=input)

    return run


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built once by `kg build` (the bundled sample); tests must only read it."""
    where = tmp_path_factory.mktemp("sample")
    done = _run_kg("build", store=where / "kg-store", cwd=where)
    assert done.code == 0, done.err
    return where / "kg-store"


@pytest.fixture
def kg_sample(sample_store: Path, tmp_path: Path) -> Callable[..., Run]:
    """Run `kg` against the shared sample store (read-only commands only)."""

    def run(*args: str, input: str | bytes | None = None) -> Run:
        return _run_kg(*args, store=sample_store, cwd=tmp_path, input=input)

    return run

"""Every bad input of the issue: one line naming the problem, a non-zero exit, store unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.store import open_store

INJECTION = 'x" } DROP ALL #'


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


BAD_FILES = [
    ("empty.txt", b"", "file is empty"),
    ("blank.txt", b"  \n\n \t\n", "file is empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "file is binary, not text"),
    (
        "latin1.txt",
        "Café society".encode("latin-1"),
        "not UTF-8 text (invalid byte 0xe9 at offset 3)",
    ),
]


@pytest.mark.parametrize(("name", "data", "problem"), BAD_FILES)
@pytest.mark.parametrize("command", ["build", "extract"])
def test_bad_input_file(
    kg, tiny_store_path, store_quads, tmp_path, name, data, problem, command
) -> None:
    before = store_quads(tiny_store_path)
    path = _write(tmp_path / name, data)
    done = kg(command, str(path))
    assert (done.code, done.err_lines, done.out) == (1, [f"Error: {path}: {problem}"], "")
    assert store_quads(tiny_store_path) == before


@pytest.mark.parametrize("command", ["build", "extract"])
def test_bad_input_missing_file(kg, tiny_store_path, store_quads, tmp_path, command) -> None:
    before = store_quads(tiny_store_path)
    done = kg(command, str(tmp_path / "nope.txt"))
    assert (done.code, done.err_lines) == (1, [f"Error: {tmp_path / 'nope.txt'}: no such file"])
    assert store_quads(tiny_store_path) == before


@pytest.mark.parametrize("command", ["build", "extract"])
def test_bad_input_directory_without_articles(
    kg, tiny_store_path, store_quads, tmp_path, command
) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "notes.md").write_text("# not an article")
    before = store_quads(tiny_store_path)
    done = kg(command, str(folder))
    assert (done.code, done.err_lines) == (
        1,
        [f"Error: {folder}: directory holds no article files (*.txt, *.html, *.htm)"],
    )
    assert store_quads(tiny_store_path) == before


def test_bad_input_bad_files_do_not_stop_good_ones(kg, tiny_store_path, tmp_path) -> None:
    good = tmp_path / "good.txt"
    good.write_text('Ana Ruiz directed "Night Tide".\n', encoding="utf-8")
    empty = _write(tmp_path / "empty.txt", b"")
    done = kg("build", str(empty), str(good), str(tmp_path / "gone.txt"))
    assert done.code == 1
    assert done.err_lines == [
        f"Error: {empty}: file is empty",
        f"Error: {tmp_path / 'gone.txt'}: no such file",
    ]
    assert done.out.startswith("added good.txt: 1 fact, ")
    with open_store(tiny_store_path) as store:
        assert "https://w3id.org/film-kg/article/good-txt" in store.named_graphs()


def test_bad_input_bad_file_creates_no_store(kg, store_path, tmp_path) -> None:
    done = kg("build", str(_write(tmp_path / "empty.txt", b"")))
    assert done.code == 1
    assert not store_path.exists()


@pytest.mark.parametrize(
    "args",
    [
        ("path", INJECTION, "Rodriguez"),
        ("path", "Rodriguez", INJECTION),
        ("show", INJECTION),
    ],
)
def test_bad_input_name_with_sparql_in_it(kg, tiny_store_path, store_quads, args) -> None:
    before = store_quads(tiny_store_path)
    done = kg(*args)
    assert (done.code, done.err_lines, done.out) == (
        1,
        [f"Error: no entity matches {INJECTION!r}"],
        "",
    )
    assert store_quads(tiny_store_path) == before


@pytest.mark.parametrize(
    ("query", "position"),
    [
        ("SELECT ?x WHERE {", "line 1, column"),
        ("SELECT ?x\nWHERE { ?x ?y }", "line 2, column"),
        ("DROP ALL", "line 1, column"),  # an update is not a query: nothing is dropped
        ("SELECT ?x WHERE { ?x nope:y ?z }", "line 1, column"),
    ],
)
def test_bad_input_invalid_sparql(kg, tiny_store_path, store_quads, query, position) -> None:
    before = store_quads(tiny_store_path)
    done = kg("query", query)
    assert done.code == 1
    [line] = done.err_lines
    assert line.startswith(f"Error: invalid SPARQL at {position} ")
    assert store_quads(tiny_store_path) == before


def test_bad_input_missing_query_file(kg, tiny_store_path, tmp_path) -> None:
    done = kg("query", "-f", str(tmp_path / "q.rq"))
    assert (done.code, done.err_lines) == (1, [f"Error: {tmp_path / 'q.rq'}: no such query file"])


@pytest.mark.parametrize(
    "args",
    [
        ("build",),
        ("path", "Trejo", "Rodriguez"),
        ("query", "ASK {}"),
        ("export",),
        ("show", "Trejo"),
        ("stats",),
        ("validate",),
    ],
)
def test_bad_input_store_path_is_a_file(kg, tmp_path, args) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("my notes")
    done = kg("--store", str(path), *args)
    assert (done.code, done.err_lines, done.out) == (
        1,
        [f"Error: {path} is not a film-kg store (it is a file); choose another --store"],
        "",
    )
    assert path.read_text() == "my notes"


@pytest.mark.parametrize(
    "args", [("build",), ("path", "Trejo", "Rodriguez"), ("stats",), ("export",)]
)
def test_bad_input_store_path_is_someone_elses_directory(kg, tmp_path, args) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "cat.jpg").write_bytes(b"\xff\xd8\xff")
    done = kg("--store", str(folder), *args)
    assert (done.code, done.err_lines) == (
        1,
        [f"Error: {folder} is not a film-kg store (no film-kg.json in it); choose another --store"],
    )
    assert [p.name for p in folder.iterdir()] == ["cat.jpg"]


@pytest.mark.parametrize(
    "args",
    [
        ("path", "Trejo", "Rodriguez"),
        ("query", "ASK {}"),
        ("export",),
        ("show", "Trejo"),
        ("stats",),
        ("validate",),
    ],
)
def test_bad_input_no_store_yet(kg, store_path, args) -> None:
    done = kg(*args)
    assert (done.code, done.err_lines) == (
        1,
        [f"Error: no store at {store_path}; run `kg build` first"],
    )
    assert not store_path.exists()


def test_bad_input_store_locked_by_another_writer(kg, tiny_store_path, store_quads) -> None:
    before = store_quads(tiny_store_path)
    writer = open_store(tiny_store_path, read_only=False)
    writer.replace_graph("urn:x:g", [])  # opens the database, taking its lock
    try:
        done = kg("build")
        assert done.code == 1
        [line] = done.err_lines
        assert line.startswith(f"Error: cannot open store at {tiny_store_path}: ")
        # readers are not blocked by the writer
        assert kg("path", "Trejo", "Rodriguez").code == 0
    finally:
        writer.close()
    assert store_quads(tiny_store_path) == before


def test_bad_input_unknown_export_article(kg, tiny_store_path) -> None:
    done = kg("export", "--graph", "nope.txt")
    assert (done.code, done.err_lines) == (
        1,
        ["Error: no article 'nope.txt' in the store; articles: desperado.txt, spy-kids.txt"],
    )


def test_bad_input_usage_errors_exit_2(kg, tiny_store_path) -> None:
    for args in [("path", "Trejo"), ("export", "--format", "xml"), ("frobnicate",)]:
        assert kg(*args).code == 2, args

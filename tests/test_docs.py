"""Documentation: every command explains itself, docstring examples run, the API is documented."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import click
import pytest
from click.testing import CliRunner

import kg
from kg.cli import EXPORT_FORMATS, QUERY_FORMATS, cli

COMMANDS = sorted(cli.commands)


def test_docs_every_command_is_there() -> None:
    assert COMMANDS == [
        "build",
        "eval",
        "export",
        "extract",
        "path",
        "query",
        "show",
        "stats",
        "validate",
    ]


@pytest.mark.parametrize("name", COMMANDS)
def test_docs_command_has_help_with_an_example(name: str) -> None:
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    command = cli.commands[name]
    assert command.help and len(command.help.split("\n")[0]) > 20
    summary = command.help.split("\n")[0]
    assert " ".join(summary.split()) in " ".join(result.output.split())
    assert command.get_short_help_str(70) == summary  # shown whole in `kg --help`
    assert "Example: kg " in result.output
    for param in command.params:
        if isinstance(param, click.Option) and param.name != "help":
            assert param.help or isinstance(param.type, click.Choice), (name, param.name)


def test_docs_group_help_lists_every_command() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for name in COMMANDS:
        assert f"  {name} " in result.output


def test_docs_cli_choices_come_from_the_library() -> None:
    from kg.export import FORMATS
    from kg.query import FORMATS as QUERY

    assert EXPORT_FORMATS == FORMATS
    assert QUERY_FORMATS == QUERY


@pytest.mark.parametrize("name", kg.__all__)
def test_docs_public_api_is_documented(name: str) -> None:
    value = getattr(kg, name)
    if name != "__version__":
        assert value.__doc__ and value.__doc__.strip(), name


MODULES = sorted(
    m.name for m in pkgutil.walk_packages(kg.__path__, "kg.") if not m.name.endswith("__main__")
)


@pytest.mark.parametrize("module", MODULES)
def test_docs_docstring_examples_run(module: str) -> None:
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0

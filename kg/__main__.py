"""``python -m kg``: the same as the ``kg`` command."""

from kg.cli import cli

if __name__ == "__main__":
    cli(prog_name="kg")

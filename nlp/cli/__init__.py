"""The command line (the contract in docs/contract.md): ``run(argv)`` is what ``main.py`` calls."""

from nlp.cli.main import is_command, run

__all__ = ["is_command", "run"]

"""``python -m newsprism`` runs the CLI."""

from newsprism.cli.app import main

main()

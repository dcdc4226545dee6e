"""``python -m terpadu`` runs the command line."""

from terpadu.cli import main

main()

"""``python -m srccompare``: the same as the ``srccompare`` command."""
from .cli import run

run()

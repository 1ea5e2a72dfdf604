"""film-kg: turn film journalism into a knowledge graph."""

__version__ = "0.1.0"

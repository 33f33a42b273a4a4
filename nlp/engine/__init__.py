"""The comparison engine: alignment, word diff and commitment analysis of two documents."""

from nlp.engine.core import ENGINE_VERSION, compare

__all__ = ["ENGINE_VERSION", "compare"]

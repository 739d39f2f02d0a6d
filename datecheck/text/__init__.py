"""Sentence, clause and paragraph segmentation: found once per text, looked up by bisection."""

from .scan import Clause, lower_same_length
from .segments import Block, Clauses, Segments, segments_of

__all__ = ["Block", "Clause", "Clauses", "Segments", "lower_same_length", "segments_of"]

"""Reference words a language's relative module may leave without words: each is empty.

The resolver reads these tables for every language. A language that has no such words yet takes
them from here (``from ..no_reference_cues import *``); one that has them defines its own, as the
Spanish module does.
"""

#: References that are also relations and place a time word after them ("el pasado martes").
REFERENCES_THAT_PLACE: frozenset[str] = frozenset()
#: Nouns of time a reference may stand before, the word joining them, and possessives before them.
TIME_NOUNS: frozenset[str] = frozenset()
NOUN_OF: frozenset[str] = frozenset()
POSSESSIVES: frozenset[str] = frozenset()
#: A reference that is a date only after one of these words -> those words.
REFERENCE_NEEDS_BEFORE: dict[str, frozenset[str]] = {}
#: References that are connectives, and the words after which they are.
CONNECTIVE_REFERENCES: frozenset[str] = frozenset()
CONNECTIVE_AFTER: frozenset[str] = frozenset()

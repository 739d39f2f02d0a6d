"""The words the rules look for, from the language package of the text being checked.

This is the one place the rules choose a language: English (``datecheck/lang/en/rule_cues.py``)
until the check context carries the language of its text.
"""

from __future__ import annotations

from ..lang import DEFAULT, language

#: The cue patterns and words of ``datecheck/lang/<code>/rule_cues.py``.
CUES = language(DEFAULT).rule_cues
#: Month and weekday names (``words.py``), for messages and suggestions.
WORDS = language(DEFAULT).words
#: Numbers in words (``numbers.py``).
NUMBERS = language(DEFAULT).numbers

"""Languages: one package per language, with its words as data and its date grammar as a pattern table.

Every language package has the same module names. Code outside this package holds no words of any
language: it asks for them through a `Language`, so `language("en").tense` is the module
`datecheck/lang/en/tense.py`, imported the first time it is asked for.
"""

from __future__ import annotations

import importlib
from types import ModuleType

DEFAULT = "en"
#: the languages datecheck reads, by their ISO 639-1 codes
SUPPORTED = ("en", "es", "de")
#: Their names, for documentation and notices.
NAMES = {"en": "English", "es": "Spanish", "de": "German"}


class Language:
    """The data modules of one language package, imported on first use."""

    def __init__(self, code: str) -> None:
        if code not in SUPPORTED:
            raise ValueError(f"unsupported language {code!r} (supported: {', '.join(SUPPORTED)})")
        self.code = code

    def __getattr__(self, name: str) -> ModuleType:
        """Called only the first time: the module is then kept as an attribute, a plain lookup after."""
        if name.startswith("_"):
            raise AttributeError(name)
        module = importlib.import_module(f"{__name__}.{self.__dict__['code']}.{name}")
        setattr(self, name, module)
        return module

    def __repr__(self) -> str:
        return f"Language({self.code!r})"


_LOADED: dict[str, Language] = {}


def language(code: str = DEFAULT) -> Language:
    """The language package for `code` (one shared instance per code)."""
    if code not in _LOADED:
        _LOADED[code] = Language(code)
    return _LOADED[code]

"""Which language a document is written in: what it declares (front matter ``lang``/``language``,
HTML ``<html lang>`` or ``og:locale``), else a count of each language's commonest words. A text that
is clearly not English and not a language datecheck reads gets a one-line notice instead of being
read as English in silence."""

from __future__ import annotations

import re

from . import DEFAULT, SUPPORTED, language

#: Front matter keys that state a document's language.
FRONT_MATTER_KEYS = ("lang", "language", "locale")
_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)
_OG_LOCALE = re.compile(r"<meta\b[^>]*?property\s*=\s*[\"']og:locale[\"'][^>]*?content\s*=\s*[\"']([A-Za-z]{2,3})",
                        re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_]+")
#: How many words are counted (the start of a long text tells its language as well as all of it).
SAMPLE_WORDS = 2000
#: A language wins with at least this many of its common words and twice as many as any other.
LEAST_HITS = 5


def declared(front_matter: dict[str, object], text: str, html: bool) -> str | None:
    """The language the document states, as a two-letter code (any language), or None."""
    for key in FRONT_MATTER_KEYS:
        value = front_matter.get(key)
        if isinstance(value, str) and len(value.strip()) >= 2:
            return value.strip()[:2].lower()
    if html:
        head = text[:20_000]
        for pattern in (_HTML_LANG, _OG_LOCALE):
            found = pattern.search(head)
            if found:
                return found.group(1)[:2].lower()
    return None


def counted(text: str) -> tuple[str | None, bool]:
    """(the supported language the words are clearly in or None, whether the text is clearly not
    English): each language's common words counted over the first words of the text."""
    words = [match.group().lower() for match in _WORDS.finditer(text[:40_000])][:SAMPLE_WORDS]
    hits = {code: sum(1 for w in words if w in language(code).words.FUNCTION_WORDS) for code in SUPPORTED}
    best = max(hits, key=hits.__getitem__)
    others = max((n for code, n in hits.items() if code != best), default=0)
    if hits[best] >= LEAST_HITS and hits[best] >= 2 * others:
        return best, best != DEFAULT
    return None, len(words) >= 50 and hits[DEFAULT] < 0.04 * len(words)


def choose(setting: str, front_matter: dict[str, object], text: str, html: bool) -> tuple[str, str | None]:
    """The language to read a document in, and a one-line notice when the choice needs one.

    `setting` is "auto" or a supported code: a code is used as it is."""
    if setting != "auto":
        return setting, None
    stated = declared(front_matter, text, html)
    if stated in SUPPORTED:
        return stated, None
    found, foreign = counted(text)
    if found is not None:
        return found, None
    if stated is not None and stated != DEFAULT:
        return DEFAULT, f"language {stated!r} is not one datecheck reads (en, es, de): read as English"
    if foreign:
        return DEFAULT, "the text does not look like English, Spanish or German: read as English"
    return DEFAULT, None

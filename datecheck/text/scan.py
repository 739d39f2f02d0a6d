"""The scanning behind datecheck.text: where sentences and clauses end in a stretch of lower-cased
text, each step one pass over it. Offsets are into the whole text."""

from __future__ import annotations

import re
from functools import lru_cache
from types import ModuleType
from typing import NamedTuple

from ..lang import language
from ..patterns import alternation

_TERMINAL = re.compile(r"(?=[.!?\u2026])(\.\.\.|\u2026|[.!?]+)([\"'\u201d\u2019\u00bb)\]]*)(?=\s|\Z)")
_ALNUM = re.compile(r"[^\W_]")
_NON_BLANK = re.compile(r"\S")
_QUOTES = "\"'\u201d\u2019\u00bb"
_CLOSERS = "\"'\u201d\u2019"
_NEXT_WORDS = re.compile(r"\s*([\"'\u201c\u2018(\[]*)([\w']*)(?:[\s,]+([\w']+))?")
_OPENERS = "\"'\u201c\u2018\u00ab(["
_INDENTED = re.compile(r"[ \t]{2,}\S|\t\S|[ \t]*(?:[-*\u2022#>]|\d{1,2}[.)])\s")
_NO_HEADING_END = ",;:-(\u2014\u2013"
_WORD_CHAR = re.compile(r"\w")
#: Longest word the segmenter looks back over to find the one a period ends.
_LONGEST_TOKEN = 40


class Clause(NamedTuple):
    start: int
    end: int
    #: what opened it: "start" (of the sentence), "comma", "semicolon", "colon", "dash",
    #: "conjunction" (but, yet), "subordinate" (when, because, if) or "relative" (that, which, who)
    kind: str
    sentence: int


def lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _ends_sentence(low: str, match: re.Match[str], words: ModuleType) -> bool:
    """Whether the terminal punctuation `match` ends its sentence."""
    punct, closers = match.group(1), match.group(2)
    if punct == ".":
        start = match.start()
        lowest = max(0, start - _LONGEST_TOKEN)
        space = max(low.rfind(" ", lowest, start), low.rfind("\n", lowest, start), low.rfind("\t", lowest, start))
        token = low[space + 1 if space >= 0 else lowest:start].lstrip(_OPENERS)
        if token in words.TITLES:
            return False  # "Gov. Ellis", "No. 3"
        if not ("." in token or len(token) == 1 and token.isalpha() or token in words.ABBREVIATIONS):
            return True  # most sentences: a word and a period
    elif "." not in punct and punct != "\u2026" and not any(c in closers for c in _QUOTES):
        return True  # "!" or "?" outside a quotation
    following = _NEXT_WORDS.match(low, match.end())
    assert following is not None
    opener, word, second = following.group(1), following.group(2), following.group(3) or ""
    if not word and not opener:
        return True  # end of text, or punctuation next
    if "?" in punct or "!" in punct:
        # '"Why now?" she asked' is one sentence
        return not (word in words.REPORTING_VERBS or second in words.REPORTING_VERBS)
    # "the U.S. economy", "J. Ellis", "and then ... nothing"; but "... in the U.S. The next day"
    return bool(opener) or word in words.SENTENCE_STARTERS


def _line_cuts(low: str, words: ModuleType) -> list[int]:
    """Where a line that stands on its own ends: before a blank or an indented line, or a short line
    without end punctuation above a longer one (a heading, a date line)."""
    cuts = []
    line_start = 0
    length = len(low)
    while True:
        newline = low.find("\n", line_start)
        if newline < 0:
            return cuts
        following_end = low.find("\n", newline + 1)
        if following_end < 0:
            following_end = length
        line = low[line_start:newline].strip()
        following = low[newline + 1:following_end]
        if line:
            if not following.strip() or _INDENTED.match(following):
                cuts.append(newline)
            elif line[-1] not in _NO_HEADING_END and len(line) < 0.6 * len(following.strip()):
                if line.rsplit(None, 1)[-1] not in words.RUN_ON_WORDS:
                    cuts.append(newline)
        line_start = newline + 1


def _sentence_cuts(low: str, words: ModuleType) -> list[int]:
    cuts = [m.end() for m in _TERMINAL.finditer(low) if _ends_sentence(low, m, words)]
    cuts.extend(_line_cuts(low, words))
    cuts.append(len(low))
    return sorted(set(cuts))


def _spans(low: str, cuts: list[int]) -> list[tuple[int, int]]:
    """The non-blank stretches between consecutive cuts, trimmed of white space."""
    spans = []
    previous = 0
    for cut in cuts:
        start, end = previous, cut
        while start < end and low[start].isspace():
            start += 1
        while end > start and low[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
        previous = cut
    return spans


def _opens_that_clause(low: str, match: re.Match[str], words: ModuleType) -> bool:
    """"said that the plan ...", "reported that ...": not "that figure", "that week"."""
    following = _NEXT_WORDS.match(low, match.end())
    assert following is not None
    if following.group(2) in words.CLAUSE_SUBJECTS:
        return True
    j = match.start() - 1
    while j > 0 and low[j - 1].isalpha() and match.start() - j < 16:
        j -= 1
    return low[j:match.start()].strip() in words.REPORTING_VERBS


#: The kind of boundary a punctuation mark of the first pattern of `_boundary_patterns` makes.
_PUNCTUATION_KINDS = {",": "comma", ";": "semicolon", ":": "colon", "\u2014": "dash"}


@lru_cache(maxsize=4)
def _boundary_patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The language's clause boundaries as three patterns: a punctuation mark (its kind in
    `_PUNCTUATION_KINDS`), a dash between blanks, and the words that open a clause. A comma
    before a number ("Jan. 7, 2026") or between a weekday and a month ("Tuesday, Jan. 7") joins
    a date."""
    words = language(code).segment
    opener = alternation(words.CONJUNCTIONS | words.SUBORDINATORS | words.RELATIVES, space=" ")
    weekdays = "|".join(f"(?<={day},)" for day in sorted(words.WEEKDAYS))
    months = "|".join(sorted(words.MONTHS, key=len, reverse=True))
    # each pattern opens with the characters it can start at, so the regex engine skips to those
    # places without trying the pattern at the others; after a comma the month is looked for before
    # the weekday behind it (most commas have no month after). A dash between blanks ("a \u2014 b")
    # is found by both the first pattern and the second, at the same end: one boundary.
    punctuation = re.compile(
        r"[,;:\u2014](?:"
        rf"(?<=,)(?! *\d)(?!(?=\s*(?:{months})\b)(?:{weekdays}))[{_CLOSERS}]*(?=\s)"
        r"|(?<=:)(?=\s)|(?<=[;\u2014]))"
    )
    dashes = re.compile(r"\s(?:--|[\u2014\u2013-])(?=\s)")
    # the words as a trie, the word start checked by `_clause_cuts` (a pattern that begins with a
    # letter lets the regex engine skip to the places where one of the words could begin)
    return punctuation, dashes, re.compile(rf"{opener}\b")


def _clause_cuts(low: str, code: str, words: ModuleType) -> list[tuple[int, str]]:
    """(offset, kind) of every clause boundary, in order; kinds as in `Clause.kind`."""
    punctuation, dashes, openers = _boundary_patterns(code)
    kinds = _PUNCTUATION_KINDS
    found = [(m.end(), kinds[low[m.start()]]) for m in punctuation.finditer(low)]
    found.extend([(m.end(), "dash") for m in dashes.finditer(low)])
    for match in openers.finditer(low):
        if match.start() and _WORD_CHAR.match(low, match.start() - 1):
            continue  # not a word's start ("debut", "rebuttal")
        word = match.group()
        if word == "that" and not _opens_that_clause(low, match, words):
            continue
        kind = "relative" if word in words.RELATIVES else "conjunction" if word in words.CONJUNCTIONS else "subordinate"
        found.append((match.start(), kind))
    found.sort()
    cuts: list[tuple[int, str]] = []
    for at, kind in found:
        if cuts and not low[cuts[-1][0]:at].strip(" \t\n,;:-\u2014\u2013"):
            cuts[-1] = (at, kind)  # ", which": one boundary, the more telling kind
        else:
            cuts.append((at, kind))
    return cuts


def sentence_spans(low: str, words: ModuleType) -> list[tuple[int, int]]:
    """The sentences of `low` (lower-cased text), as (start, end), trimmed of white space."""
    return _spans(low, _sentence_cuts(low, words))


def clause_spans(
    low: str, sentences: list[tuple[int, int]], code: str, words: ModuleType, offset: int = 0, first: int = 0
) -> list[Clause]:
    """The sentences cut at the clause boundaries inside them (one merge of two sorted lists).
    `offset` is added to each clause's offsets and `first` to its sentence number (for a `low`
    that is a piece of a longer text)."""
    cuts = _clause_cuts(low, code, words)
    has_word, non_blank = _ALNUM.search, _NON_BLANK.search
    # `Clause(...)` goes through the named tuple's own `__new__`, a Python function: a list of
    # dates has a clause per date, so the tuple is made directly (the same object)
    make, clause_type = tuple.__new__, Clause
    clauses: list[Clause] = []
    k, count = 0, len(cuts)
    for index, (start, end) in enumerate(sentences):
        while k < count and cuts[k][0] <= start:
            k += 1
        begin, kind = start, "start"
        while k < count and cuts[k][0] < end:
            at, next_kind = cuts[k]
            piece_end = begin + len(low[begin:at].rstrip())  # `at`, less the blanks before it
            # a clause mostly begins with a letter or a digit, what `has_word` looks for
            if piece_end > begin and (low[begin].isalnum() or has_word(low, begin, piece_end) is not None):
                clauses.append(make(clause_type, (begin + offset, piece_end + offset, kind, index + first)))
                blank = non_blank(low, at, end)  # the next clause starts at its first word
                begin = blank.start() if blank is not None else end
                kind = next_kind
            elif kind == "start":
                # '"When ...': the sentence opens with that clause; "But by Friday, ..." is fronted all the same
                begin, kind = at, kind if next_kind == "conjunction" else next_kind
            k += 1
        if begin < end:
            clauses.append(make(clause_type, (begin + offset, end + offset, kind, index + first)))
    return clauses

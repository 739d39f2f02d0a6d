"""The scanning behind datecheck.text: where sentences and clauses end in a stretch of lower-cased
text, each step one pass over it. Offsets are into the whole text."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate, repeat
from operator import add, itemgetter, methodcaller
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


#: The kind of boundary the first character of a match of `_boundary_patterns`' first pattern makes.
_PUNCTUATION_KINDS = {",": "comma", ";": "semicolon", ":": "colon", "\u2014": "dash", "\u2013": "dash", "-": "dash"}
#: What may stand between two boundaries that make one (", which", "; but", ": -").
_JOINS = " \t\n,;:-\u2014\u2013"
_STRIP_JOINS = methodcaller("strip", _JOINS)


@lru_cache(maxsize=4)
def _boundary_patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The language's clause boundaries as two patterns: a punctuation mark or a dash between
    blanks (its kind in `_PUNCTUATION_KINDS`, by its first character), and the words that open a
    clause. A comma before a number ("Jan. 7, 2026") or between a weekday and a month ("Tuesday,
    Jan. 7") joins a date."""
    words = language(code).segment
    opener = alternation(words.CONJUNCTIONS | words.SUBORDINATORS | words.RELATIVES, space=" ")
    weekdays = "|".join(f"(?<={day},)" for day in sorted(words.WEEKDAYS))
    months = alternation(words.MONTHS)
    # each pattern opens with the characters it can start at, so the regex engine skips to those
    # places without trying the pattern at the others; after a comma the month is looked for before
    # the weekday behind it (most commas have no month after). A dash between blanks ("a - b",
    # "a -- b") is found at its first mark; an em dash ends a clause wherever it stands.
    punctuation = re.compile(
        r"[,;:\u2014\u2013-](?:"
        rf"(?<=,)(?! *\d)(?!(?=\s*(?:{months})\b)(?:{weekdays}))[{_CLOSERS}]*(?=\s)"
        r"|(?<=:)(?=\s)|(?<=[;\u2014])|(?<=\s\u2013)(?=\s)|(?<=\s-)-?(?=\s))"
    )
    # the words as a trie, the word start checked by `_clause_cuts` (a pattern that begins with a
    # letter lets the regex engine skip to the places where one of the words could begin)
    return punctuation, re.compile(rf"{opener}\b")


@lru_cache(maxsize=4)
def _opening_words(code: str) -> tuple[str, ...]:
    """The words that open a clause, which a text without any of them need not be scanned for
    (a search for a word is cheaper than trying the trie at each letter)."""
    words = language(code).segment
    return tuple(sorted(words.CONJUNCTIONS | words.SUBORDINATORS | words.RELATIVES))


def _clause_cuts(low: str, code: str, words: ModuleType) -> list[tuple[int, str]]:
    """(offset, kind) of every clause boundary, in order; kinds as in `Clause.kind`."""
    return list(zip(*_cut_lists(low, code, words))) if low else []


_END, _START = re.Match.end, re.Match.start


def _cut_lists(low: str, code: str, words: ModuleType) -> tuple[list[int], list[str]]:
    """`_clause_cuts` as two lists: the offsets and the kinds. A list of dates has a boundary
    every few words, so the lists are built by `map` where the marks alone decide."""
    punctuation, openers = _boundary_patterns(code)
    marks = list(punctuation.finditer(low))
    ats = list(map(_END, marks))
    kinds = list(map(_PUNCTUATION_KINDS.__getitem__, map(low.__getitem__, map(_START, marks))))
    found = []
    for match in openers.finditer(low) if any(map(low.__contains__, _opening_words(code))) else ():
        if match.start() and _WORD_CHAR.match(low, match.start() - 1):
            continue  # not a word's start ("debut", "rebuttal")
        word = match.group()
        if word == "that" and not _opens_that_clause(low, match, words):
            continue
        kind = "relative" if word in words.RELATIVES else "conjunction" if word in words.CONJUNCTIONS else "subordinate"
        found.append((match.start(), kind))
    if found:
        found.extend(zip(ats, kinds))
        found.sort()
        ats, kinds = [at for at, _ in found], [kind for _, kind in found]
    # two boundaries with only blanks and marks between are one (", which": the more telling kind)
    if all(map(_STRIP_JOINS, map(low.__getitem__, map(slice, ats, ats[1:])))):
        return ats, kinds
    merged_ats, merged_kinds = [ats[0]], [kinds[0]]
    for i in range(1, len(ats)):
        if low[ats[i - 1]:ats[i]].strip(_JOINS):
            merged_ats.append(ats[i])
            merged_kinds.append(kinds[i])
        else:
            merged_ats[-1], merged_kinds[-1] = ats[i], kinds[i]
    return merged_ats, merged_kinds


def sentence_spans(low: str, words: ModuleType) -> list[tuple[int, int]]:
    """The sentences of `low` (lower-cased text), as (start, end), trimmed of white space."""
    return _spans(low, _sentence_cuts(low, words))


def clause_spans(
    low: str, sentences: list[tuple[int, int]], code: str, words: ModuleType, offset: int = 0, first: int = 0
) -> list[Clause]:
    """The sentences cut at the clause boundaries inside them (one merge of two sorted lists).
    `offset` is added to each clause's offsets and `first` to its sentence number (for a `low`
    that is a piece of a longer text)."""
    if len(sentences) == 1 and sentences[0] == (0, len(low)) and not any(map(low.__contains__, _opening_words(code))):
        found = _between_marks(low, code, offset, first)
        if found is not None:
            return found
    ats, kinds = _cut_lists(low, code, words) if low else ([], [])
    clauses: list[Clause] = []
    k = 0
    for index, (start, end) in enumerate(sentences):
        k = bisect_right(ats, start, k)
        last = bisect_left(ats, end, k)
        if last - k < _FEW or not _cut_all(low, ats[k:last], kinds[k:last], start, end, offset, index + first, clauses):
            _cut_each(low, ats, kinds, k, last, start, end, offset, index + first, clauses)
        k = last
    return clauses


#: Below this many boundaries a sentence is cut by `_cut_each` (the lists of `_cut_all` cost more).
_FEW = 8


def _cut_all(low: str, ats: list[int], kinds: list[str], start: int, end: int, offset: int, index: int,
             clauses: list[Clause]) -> bool:
    """`_cut_each` for the usual sentence, whose every piece between boundaries holds a letter or
    a digit, with the lists built by `map` (a list of dates is one sentence of thousands of
    clauses); False, adding nothing, for another."""
    blanks = list(map(_NON_BLANK.search, repeat(low), ats, repeat(end)))
    if None in blanks:
        return False
    begins = [start]
    begins += map(_START, blanks)  # each clause starts at the first word after its boundary
    # ... and ends at the boundary, less the blanks before it
    ends = list(map(add, begins, map(len, map(str.rstrip, map(low.__getitem__, map(slice, begins, ats))))))
    if not all(map(_ALNUM.search, repeat(low), begins, ends)):
        return False
    ends.append(end)
    last = begins[-1]
    if last >= end:
        del begins[-1], ends[-1]
    opened = ["start"]
    opened += kinds
    clauses += _made(begins, ends, opened, offset, index)
    return True


def _made(begins: list[int], ends: list[int], kinds: list[str], offset: int, index: int) -> list[Clause]:
    """The clauses of sentence `index` from lists of their starts, ends and kinds, `offset` added.
    `Clause(...)` goes through the named tuple's own `__new__`, a Python function: the tuples are
    made directly (the same objects)."""
    if offset:
        begins, ends = list(map(add, begins, repeat(offset))), list(map(add, ends, repeat(offset)))
    return list(map(tuple.__new__, repeat(Clause), zip(begins, ends, kinds, repeat(index))))


def _cut_each(low: str, ats: list[int], kinds: list[str], k: int, last: int, start: int, end: int, offset: int,
              index: int, clauses: list[Clause]) -> None:
    """The clauses of sentence `index` (start..end), cut at boundaries k..last - 1, one at a time."""
    has_word, non_blank = _ALNUM.search, _NON_BLANK.search
    make, clause_type = tuple.__new__, Clause
    begin, kind = start, "start"
    for at, next_kind in zip(ats[k:last], kinds[k:last]):
        piece_end = begin + len(low[begin:at].rstrip())  # `at`, less the blanks before it
        # a clause mostly begins with a letter or a digit, what `has_word` looks for
        if piece_end > begin and (low[begin].isalnum() or has_word(low, begin, piece_end) is not None):
            clauses.append(make(clause_type, (begin + offset, piece_end + offset, kind, index)))
            blank = non_blank(low, at, end)  # the next clause starts at its first word
            begin = blank.start() if blank is not None else end
            kind = next_kind
        elif kind == "start":
            # '"When ...': the sentence opens with that clause; "But by Friday, ..." is fronted all the same
            begin, kind = at, kind if next_kind == "conjunction" else next_kind
    if begin < end:
        clauses.append(make(clause_type, (begin + offset, end + offset, kind, index)))


@lru_cache(maxsize=4)
def _mark_splitter(code: str) -> re.Pattern[str]:
    """The punctuation boundaries of `_boundary_patterns`, and the blanks after each, as two groups."""
    return re.compile(f"({_boundary_patterns(code)[0].pattern})(\\s*)")


_FIRST = itemgetter(slice(None, 1))


def _between_marks(low: str, code: str, offset: int, index: int) -> list[Clause] | None:
    """`clause_spans` of a sentence that is the whole of `low` and holds no word that opens a
    clause, when no two of its marks make one boundary and every piece between them starts with a
    letter or a digit (a list of dates, mostly); None for another. The text is split at the marks,
    and where each piece ends is added up from the lengths of the pieces before it."""
    parts = _mark_splitter(code).split(low)  # text, mark, blanks, text, mark, blanks, ..., text
    if len(parts) < 4 or not all(map(_STRIP_JOINS, parts[3:-1:3])) \
            or not all(map(str.isalnum, map(_FIRST, parts[0:-1:3]))):
        return None
    ends = list(accumulate(map(len, parts)))
    end = ends[-1]
    begins = [0]
    begins += ends[2::3]  # a clause starts after the blanks after a mark ...
    ends = ends[1::3]  # ... and ends with its mark
    marks = parts[1::3]
    if ends[-1] >= end:  # a mark that ends the sentence ends no clause
        del begins[-1], ends[-1], marks[-1]
    ends.append(end)
    if begins[-1] >= end:
        del begins[-1], ends[-1]
    kinds = ["start"]
    kinds += map(_PUNCTUATION_KINDS.__getitem__, map(itemgetter(0), marks))
    return _made(begins, ends, kinds, offset, index)

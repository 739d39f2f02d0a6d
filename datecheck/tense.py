"""The tense of the clause around a mention, read from the words near it.

Only a hint: the resolver uses it to choose between two readings that are otherwise equally near
(a bare weekday, a month-day half a year away), never to override a near date.
"""

from __future__ import annotations

import re

from .model import Tense

_FUTURE_WORDS = frozenset(
    "will won't 'll shall scheduled expected expects expect plans plan planning upcoming "
    "intends intend due aims aim hopes hope would might slated poised looming prepares preparing".split()
)
_PAST_IRREGULAR = frozenset(
    "since was were had did said told ago met went came made took gave began won lost left held saw got fell "
    "rose sold bought paid spent struck hit killed died shot found kept led ran put sent built broke "
    "brought thought felt wrote spoke stood fought caught chose drove flew grew knew threw wore beat "
    "became forgot hid overcame sank sang swam tore woke withdrew arose fled sought sat slept".split()
)
_PRESENT_WORDS = frozenset("is are says say am".split())
#: Present-tense verbs of a timetable: "the show opens Friday", "the leaders meet Monday" look ahead.
_SCHEDULE = frozenset(
    "opens begins starts closes resumes reopens meets arrives leaves visits travels "
    "meet resume reopen arrive".split()
)
_NOT_PAST_ED = frozenset(
    "need red bed bred shed wed seed speed feed hundred united indeed proceed exceed succeed "
    "embed breed creed greed heed weed deed aged reed sled".split()
)
#: Words after which a verb-looking word is a noun or an adjective: "the plan", "a reduced dividend".
_DETERMINERS = frozenset("the a an its his her their our your this that these those my".split())
#: Future cues that are also nouns ("vacation plans", "the aim"): a cue only before "to".
#: A participle after these is passive or perfect; the word before them carries the tense.
_PASSIVE_AUX = frozenset("be been being".split())
_NOUN_LIKE = frozenset("plan plans hope hopes aim aims".split())
#: Past verbs of intent: what follows "planned to" is still ahead; the planning itself is past.
_PAST_INTENT = frozenset("planned vowed pledged promised".split())
_INTENT_OBJECT = frozenset("to a an".split())
_MULTI_FUTURE = re.compile(
    r"\b(?:as soon as|as early as|going to|is to|are to|is due|are due|to be held|set to|is set|are set|is expected|"
    r"are expected|(?:planned|set|slated|scheduled) for)\b"
)
_CLAUSE_OPENERS = frozenset("that which who because when if while but".split())
_DEADLINE_WORDS = frozenset({"by", "through", "thru"})
#: "effective Feb. 1", "starting Jan. 1": the day a change announced takes hold
_TAKES_EFFECT = frozenset({"effective", "starting", "beginning"})
_REPORTING = frozenset("said told announced reported added stated noted predicted warned estimated forecast".split())
_POSTPONED = frozenset("postponed delayed deferred adjourned extended recessed suspended given gave".split())
_WORD = re.compile(r"[a-z']+")
_BOUNDARY = re.compile(r"[.!?;\n]\s|\n")


#: every word _classify_in can read a past or future from (besides the "-ed" forms)
_CUES = _FUTURE_WORDS | _PAST_IRREGULAR | _PAST_INTENT | _SCHEDULE | _NOUN_LIKE | {"was", "were"}


def _classify_in(words: list[str], i: int, before_mention: bool) -> Tense | None:
    """The tense word i of `words` signals, reading the word before it for nouns and adjectives."""
    word = words[i]
    if word not in _CUES and not word.endswith("ed"):
        return None  # most words: no tense to read
    if word in _PAST_INTENT and before_mention and i + 1 < len(words) and words[i + 1] in _INTENT_OBJECT:
        return Tense.FUTURE  # "planned to leave on Thursday"; but "On Friday, they planned to…" is past
    if word in ("was", "were") and i + 1 < len(words) and words[i + 1] in _FUTURE_WORDS:
        return Tense.FUTURE  # "were planning to", "was expected", "was due"
    if word in _SCHEDULE and before_mention and len(words) - i <= 3:
        return Tense.FUTURE
    if word in _NOUN_LIKE:
        return Tense.FUTURE if i + 1 < len(words) and words[i + 1] == "to" else None
    if i > 0 and words[i - 1] in _DETERMINERS and word.endswith("ed"):
        return None
    if i > 0 and words[i - 1] in _PASSIVE_AUX and word != "since":
        return None  # "would be paid", "has been set": the auxiliary before it carries the tense
    if word.startswith("un") and word.endswith("ed"):
        return None  # "an unspecified date", "unnamed officials": adjectives
    return _classify(word)


def _classify(word: str) -> Tense | None:
    if word in _FUTURE_WORDS:
        return Tense.FUTURE
    if word in _PAST_IRREGULAR:
        return Tense.PAST
    if word.endswith("ed") and len(word) > 3 and word not in _NOT_PAST_ED:
        return Tense.PAST
    if word in _PRESENT_WORDS:
        return Tense.PRESENT
    return None


def clause_tense(low: str, start: int, end: int) -> Tense:
    """The tense of the clause holding ``low[start:end]`` (``low`` is the lower-cased text)."""
    left = max(0, start - 120)
    window_before = low[left:start]
    cut = None
    for cut in _BOUNDARY.finditer(window_before):
        pass
    if cut is not None:
        window_before = window_before[cut.end():]
    window_after = low[end:end + 100]
    stop = _BOUNDARY.search(window_after)
    if stop is not None:
        window_after = window_after[:stop.start()]
    if _MULTI_FUTURE.search(window_before) or _MULTI_FUTURE.search(window_after):
        return Tense.FUTURE
    before_all = _WORD.findall(window_before)
    before = before_all[-10:]
    skipped = len(before_all) - len(before)  # words of the window that `before` leaves out
    after = _WORD.findall(window_after)[:10]
    for i, word in enumerate(after):
        if word in _CLAUSE_OPENERS:  # "warned Wednesday that they would…": the verb after is another clause's
            after = after[:i]
            break
    deadline = bool(before) and before[-1] in _DEADLINE_WORDS  # "by February", "through January"
    if before and before[-1] in _TAKES_EFFECT:
        return Tense.FUTURE
    if before and before[-1] in ("until", "till") and _POSTPONED & set(before):
        return Tense.FUTURE  # "postponed until Tuesday", "extended its deadline until Friday"
    # nearest cue wins; a cue before the mention wins a tie
    for distance in range(max(len(before), len(after))):
        for words, i, is_before in ((before, len(before) - 1 - distance, True), (after, distance, False)):
            if not 0 <= i < len(words) or deadline and words[i] in _REPORTING:
                continue  # "said it would finish by June": the saying is past, the deadline is not
            found = _classify_in(words, i, is_before)
            if found is not None and found is not Tense.PRESENT:
                if not deadline:
                    return found
                j = i - 1 + skipped if is_before else i - 1  # the word before this one, in the whole window
                perfect = j >= 0 and (before_all if is_before else after)[j] in ("has", "have")
                if found is Tense.FUTURE or perfect:
                    return Tense.FUTURE  # "has extended loans through January": still running
                return found
    if deadline:
        return Tense.FUTURE  # a deadline with no past verb lies ahead
    for word in before + after:
        if word in _PRESENT_WORDS:
            return Tense.PRESENT
    return Tense.UNKNOWN

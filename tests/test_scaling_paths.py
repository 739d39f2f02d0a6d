"""The shortcuts behind linear time give the answers of the long way: the tokenizer's dispatch at
blanks written otherwise than one space, the trie-shaped alternations, the date-line check on
padded table rows, the collector off while a document is read and put back after it; the recency
evidence and the quarters stale-year finds once per document, against the walk over every mention they replace,
and the text report printed a file at a time, against the report printed line by line. Correctness
only; the time is measured in benchmarks/bench_scaling.py."""

from __future__ import annotations

import gc
import importlib
import io
import random
import re
from datetime import date

import pytest

import datecheck
from datecheck.calendar_math import clamp_days
from datecheck.document import load_text
from datecheck.engine import _context, check_document
from datecheck.extract import mark_date_lines
from datecheck.model import Flag
from datecheck.patterns import SP, alternation, grammar
from datecheck.rules.recency import _puts_at, recent_evidence
from datecheck.rules.stale_reading import StoryReading
from datecheck.scan import tokenize


def _plain_alternation(words: list[str]) -> str:
    """The alternation as it was written before the trie: every word, longest first."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", SP) for w in ordered) + ")"


WORD_SETS = [
    ["late", "later", "latest", "lately", "la"],
    ["the end of", "the end", "the middle of", "the start of", "end of", "mid", "middle"],
    ["a.m.", "am", "a", "p.m.", "pm", "sept.", "sept", "september"],
    ["no", "now", "nowadays", "not now", "now and then"],
]


@pytest.mark.parametrize("words", WORD_SETS, ids=lambda w: w[0])
def test_trie_alternation_matches_like_the_plain_one(words: list[str]) -> None:
    # followed by more pattern, so that a longer word that leaves the rest unmatched gives way to a shorter one
    trie = re.compile(alternation(words) + r"(?P<rest>[a-z]*)\b")
    plain = re.compile(_plain_alternation(words) + r"(?P<rest>[a-z]*)\b")
    rng = random.Random(3)
    pieces = [w for word in words for w in word.split()] + [" ", "  ", "\n", ".", "x", "r", "st", "of", "d"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        a, b = trie.match(text), plain.match(text)
        assert (a and (a.span(), a.group("rest"))) == (b and (b.span(), b.group("rest"))), text


@pytest.mark.parametrize("blank", ["  ", "\t", "\n", "\xa0", " \t ", "   "], ids=repr)
def test_blanks_written_otherwise_read_as_one_space(blank: str) -> None:
    plain = "We met late Tuesday and again on March 4, 2024, two days ago."
    odd = plain.replace(" ", blank)

    def shape(text: str) -> list[tuple[str, str, object]]:
        return [(str(m.kind), " ".join(m.text.split()), m.stated) for m in tokenize(text)]

    assert shape(odd) == shape(plain)


def test_a_key_with_odd_blanks_tries_only_the_families_that_can_begin_there() -> None:
    g = grammar("en")
    every = {name for name in g.patterns}
    tried = {name for name, _ in g.families_at("late  ")}
    assert "weekday" in tried  # "late  Tuesday": a longer beginning than the key holds
    assert tried < every


@pytest.mark.parametrize("padding", [1, 8, 25])
def test_padded_table_rows_are_not_date_lines(padding: int) -> None:
    row = f"| Jan. 5, 2024{' ' * padding}| Board meeting{' ' * padding}| Hall A |"
    mentions = tokenize(row)
    mark_date_lines(row, mentions)
    assert mentions and all(Flag.DATE_LINE not in m.flags for m in mentions)


@pytest.mark.parametrize("padding", [1, 25])
def test_a_date_with_padding_and_a_time_is_a_date_line(padding: int) -> None:
    line = f"Jan. 5, 2024{' ' * padding}10:30 a.m.{' ' * padding}"
    mentions = tokenize(line)
    mark_date_lines(line, mentions)
    assert mentions and all(Flag.DATE_LINE in m.flags for m in mentions)


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_off_while_a_document_is_read_and_as_it_was_after(enabled: bool) -> None:
    """Automatic collection is off during `check` and `extract` (nothing they make is in a cycle),
    and on or off again afterwards as the caller had it; the thresholds are left alone."""
    from datecheck.resolve import resolve_with_timeline as real

    seen: list[bool] = []

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    thresholds, was = gc.get_threshold(), gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(importlib.import_module("datecheck.extract"), "resolve_with_timeline", spy)
            datecheck.check("The board met on Tuesday, March 5, 2024.", published=date(2024, 3, 8))
            datecheck.extract("Two days later, on March 7, it voted.", published=date(2024, 3, 8))
        assert seen == [False, False]
        assert gc.isenabled() is enabled and gc.get_threshold() == thresholds
    finally:
        (gc.enable if was else gc.disable)()


def test_a_document_that_raises_still_puts_the_collector_back() -> None:
    def fails(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("stopped")

    was = gc.isenabled()
    gc.enable()
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(importlib.import_module("datecheck.extract"), "resolve_with_timeline", fails)
            with pytest.raises(RuntimeError):
                datecheck.check("The board met on Tuesday, March 5, 2024.", published=date(2024, 3, 8))
        assert gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()


def _profile_sentences() -> list[str]:
    rng = random.Random(8)
    out = []
    for i in range(40):
        born = rng.randint(1940, 2000)
        age = 2024 - born - rng.choice([0, 1, 3])
        start = rng.randint(1960, 2010)
        count = rng.choice([2, 5, 10])
        name = ("Robin Quill", "Noor Avery", "Pia Lindqvist", "Cal Osei")[i % 4]
        out.append(f"{name}, {age}, born in {born}, opened the fair. "
                   f"In {start + count + rng.choice([0, 3])}, {count} years after the {start} vote, it closed.")
    return out


def test_age_and_elapsed_years_found_by_offset_as_one_by_one() -> None:
    """Each age finds its birth year, and each count of years its year, by bisection: a long text
    of such sentences gives the findings of each sentence on its own."""
    published = date(2024, 6, 1)
    sentences = _profile_sentences()
    expected = []
    offset = 0
    for sentence in sentences:
        expected += [(f.code, f.start + offset, f.end + offset) for f in datecheck.check(sentence, published=published)]
        offset += len(sentence) + 1
    found = [(f.code, f.start, f.end) for f in datecheck.check(" ".join(sentences), published=published)]
    assert sorted(found) == sorted(expected)
    assert {"DC303", "DC301"} <= {code for code, _, _ in found}


STORY_DATE = date(2025, 9, 18)  # a Thursday

_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
_SENTENCES = [
    "Crews in Larkfield cleared the culverts over the past few hours.",
    "On Tuesday the ferry board met in the old customs hall.",
    "The co-op posted third-quarter sales that beat its own forecast.",
    "The grain elevator on Route 9 closed {day}, after the storm.",
    "Volunteers counted 412 herons at the marsh on {day}.",
    "Now the borough wants a second pump station.",
    "Yesterday a barge ran aground below the lock.",
    "The council set the quarter ended {end} against the year before, up 4% from a year earlier.",
    "Last week the clinic hired six nurses.",
]


def _day(rng: random.Random) -> str:
    year = rng.choice([2023, 2024, 2024, 2025, 2025])
    month = rng.randint(1, 12) if year != 2025 else rng.randint(6, 9)
    return f"{_MONTHS[month - 1]} {rng.randint(1, 28)}, {year}"


def long_story(paragraphs: int, seed: int = 5) -> str:
    """A generated story: paragraphs of the sentences above, some under date lines of their own
    (live-blog entries, so the story is written from more than one date)."""
    rng = random.Random(seed)
    out = []
    for number in range(paragraphs):
        if number % 9 == 4:
            out.append(f"{_MONTHS[rng.randint(5, 8)]} {rng.randint(1, 28)}, 2025")
        sentences = [rng.choice(_SENTENCES).format(day=_day(rng), end=f"Sept. 30, {rng.choice([2024, 2025])}")
                     for _ in range(rng.randint(2, 6))]
        out.append(" ".join(sentences))
    return "\n\n".join(out)


def context_of(text: str):  # type: ignore[no-untyped-def]
    document = load_text(text, "long.md", format="text", published=STORY_DATE)
    return _context(document, country="US", date_order="MDY", options=None)


def walked(ctx, mention, now: date, days: int, whole_story: bool):  # type: ignore[no-untyped-def]
    """`recent_evidence` as a walk over every mention of the story."""
    if whole_story:
        start, end = 0, len(ctx.text)
    else:
        start, end = ctx.paragraph_bounds(mention.start)
        start, end = max(start, mention.start - 800), min(end, mention.end + 800)
    low_limit, high_limit = clamp_days(now, -days), clamp_days(now, 1)
    for other in ctx.mentions:
        if other is mention or other.start < start or other.end > end or "date-line" in other.flags:
            continue
        if whole_story and ctx.now_at(other.start) != now:
            continue
        if _puts_at(ctx, other, now, low_limit, high_limit):
            return other
    return None


@pytest.fixture(scope="module")
def ctx():  # type: ignore[no-untyped-def]
    return context_of(long_story(400))


def test_the_story_has_sections_of_their_own(ctx) -> None:  # type: ignore[no-untyped-def]
    assert len(ctx.mentions) > 1000
    assert len({ctx.now_at(m.start) for m in ctx.mentions}) > 5


@pytest.mark.parametrize("whole_story", [False, True])
@pytest.mark.parametrize("days", [14, 31])
def test_recent_evidence_is_what_the_walk_finds(ctx, days: int, whole_story: bool) -> None:  # type: ignore[no-untyped-def]
    found = 0
    for mention in ctx.mentions:
        now = ctx.now_at(mention.start)
        if now is None:
            continue
        expected = walked(ctx, mention, now, days, whole_story)
        assert recent_evidence(ctx, mention, now, days=days, whole_story=whole_story) is expected, mention
        found += expected is not None
    assert found > 100


def test_a_story_date_no_section_has_finds_nothing(ctx) -> None:  # type: ignore[no-untyped-def]
    mention = ctx.mentions[0]
    assert recent_evidence(ctx, mention, date(1990, 1, 1), whole_story=True) is None


def test_a_view_with_fewer_mentions_finds_its_own_evidence(ctx) -> None:  # type: ignore[no-untyped-def]
    first = ctx.mentions[0]
    recent_evidence(ctx, first, STORY_DATE, days=31, whole_story=True)  # the whole story's index, kept
    kept = [m for m in ctx.mentions if m.kind != "weekday"]
    view = ctx.with_mentions(kept)
    assert view.segments is ctx.segments and view.memo is not ctx.memo
    for mention in kept[::7]:
        now = view.now_at(mention.start)
        for whole_story in (False, True):
            expected = walked(view, mention, now, 31, whole_story)
            assert recent_evidence(view, mention, now, days=31, whole_story=whole_story) is expected


def test_the_quarter_named_is_the_first_one_within_a_week(ctx) -> None:  # type: ignore[no-untyped-def]
    story = StoryReading(ctx, list(ctx.mentions))
    quarters = [m for m in ctx.mentions if m.kind == "quarter" and m.interval is not None and m.anchor_source != "mention"]
    assert quarters
    checked = 0
    for mention in ctx.mentions:
        if mention.kind != "calendar" or mention.resolved_date is None:
            continue
        now = ctx.now_at(mention.start)
        for corrected in (mention.resolved_date, date(2025, 10, 3), date(2025, 9, 23)):
            expected = next((q for q in quarters if abs((q.interval.last - corrected).days) <= 7
                             and ctx.now_at(q.start) == now), None)
            assert story._quarter_named(mention, corrected) is expected
            checked += expected is not None
    assert checked > 10


def test_stale_year_on_a_long_story_is_its_paragraphs_findings() -> None:
    """Checked whole or one stretch at a time, a story made of stretches that each carry their
    own evidence gives the same stale-year findings at the same places."""
    stretch = ("Rescue teams worked along the Kell river over the past few hours. The dam gate failed "
               "on Sept. 16, 2024, and flooded two farms, a county engineer said.")
    one = check_document(load_text(stretch, "one.md", format="text", published=STORY_DATE))
    alone = [(f.code, f.start) for f in one.findings]
    assert ("DC201", stretch.index("Sept. 16")) in alone
    copies = 300
    text = "\n\n".join([stretch] * copies)
    whole = check_document(load_text(text, "many.md", format="text", published=STORY_DATE))
    step = len(stretch) + 2
    expected = sorted((code, start + i * step) for i in range(copies) for code, start in alone)
    assert sorted((f.code, f.start) for f in whole.findings) == expected


def test_anniversaries_marked_now_on_a_long_story_are_each_paragraphs_findings() -> None:
    """An anniversary marked in its week ("on Sunday") is read from the mentions of its own
    sentence: each of many paragraphs gives the finding it gives alone."""
    stretch = ("Townsfolk in Brackwater gathered for the 30th anniversary of the 1989 quarry fire on Sunday. "
               "A choir sang and the old siren sounded twice.")
    alone = [(f.code, f.start) for f in check_document(load_text(stretch, "one.md", format="text",
                                                                  published=STORY_DATE)).findings]
    assert ("DC302", stretch.index("30th")) in alone
    copies = 250
    whole = check_document(load_text("\n\n".join([stretch] * copies), "many.md", format="text", published=STORY_DATE))
    step = len(stretch) + 2
    assert sorted((f.code, f.start) for f in whole.findings) == sorted(
        (code, start + i * step) for i in range(copies) for code, start in alone)


def _findings_text(count: int) -> str:
    lines = ["---", "published: 2025-06-02", "---", ""]
    weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    for i in range(count):
        day = 1 + i % 28
        written = weekdays[(date(2025, 4, day).weekday() + 1 + i % 3) % 7]
        lines.append(f"Crew {i} of the Orbis line ran on {written}, April {day}, 2025, said a \x1b[31m dispatcher.\n")
    return "\n".join(lines)


def _per_line(result, console) -> None:  # type: ignore[no-untyped-def]
    """The report as it was printed before: a console print for each line."""
    from datecheck.report.check_text import finding_lines

    for finding in result.findings:
        for item in finding_lines(result, finding):
            console.print(item)
        console.print("")


@pytest.mark.parametrize("colour", [False, True])
@pytest.mark.parametrize("soft_wrap", [True, False])
def test_the_text_report_printed_at_once_is_the_line_by_line_report(colour: bool, soft_wrap: bool) -> None:
    from rich.console import Console

    from datecheck.report.check_text import TextWriter

    result = check_document(load_text(_findings_text(300), "crews.md"))
    assert len(result.findings) >= 300

    def console(buffer):  # type: ignore[no-untyped-def]
        return Console(file=buffer, width=90, force_terminal=colour, no_color=not colour, highlight=False,
                       color_system="truecolor" if colour else None, soft_wrap=soft_wrap)

    expected, got, captured = io.StringIO(), io.StringIO(), io.StringIO()
    _per_line(result, console(expected))
    TextWriter(console(got), capture=False).entry(result)
    captured.write(TextWriter(console(io.StringIO())).entry(result))
    assert got.getvalue() == expected.getvalue() == captured.getvalue()
    assert ("\x1b[" in got.getvalue()) is colour and "\\x1b" in got.getvalue()


def test_markdown_without_fences_indents_or_tags_has_no_blocks_to_mask() -> None:
    """The block parser is skipped for a text with no fence, no indent of four and no '<': on such
    texts (containers, lists, three-blank indents, headings, rules) it finds no code or HTML."""
    from datecheck.document.masking import _BLOCK_MARKS, _block_ranges, _markdown_parser

    pieces = ["# Ferry schedule", "- the 9:15 run", "1. Pier B", "> quoted", ">> deeper", "   three in",
              "  - nested", "***", "Text of the story on May 3.", "", "", "Setext", "===", "---", "``two``",
              "~~", "[ref]: /x", "* item", "+ plus", "10) tenth", "   > lazy", "-  - two"]
    rng = random.Random(12)
    parser = _markdown_parser()
    for _ in range(300):
        text = "\n".join(rng.choice(pieces) for _ in range(rng.randint(1, 25)))
        assert not any(mark in text for mark in _BLOCK_MARKS)
        tokens = parser.parse(text)
        assert not [t for t in tokens if t.type in ("fence", "code_block", "html_block")], text
        assert _block_ranges(text, 0) == []


def test_a_dated_list_entry_is_found_without_reading_back_to_the_line_start() -> None:
    """stale-year's list entries ("March 3, 2025 — ...", "  * May 9: ...") are found by reading
    back over blanks and bullets only: the same entries as the line's start found by rfind."""
    from datecheck.rules.stale_reading import _BULLETS, _ENTRY_AFTER, _list_entry

    rng = random.Random(21)
    pieces = ["March 3, 2025 \u2014 the levee held.", "  * May 9, 2024: ferry resumed.", "- June 2, 2023 -- fair",
              "On Aug. 4, 2024 the mill shut.", "\t\u2022 Jan. 5, 2022 \u2013 vote", " ", "\n", "\n\n", "text ",
              "Oct. 1, 2021: "]
    for _ in range(60):
        ctx = context_of("".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))))
        for mention in ctx.mentions:
            line_start = ctx.text.rfind("\n", 0, mention.start) + 1
            expected = not ctx.text[line_start:mention.start].strip(_BULLETS) \
                and _ENTRY_AFTER.match(ctx.text, mention.end) is not None
            assert _list_entry(ctx, mention) == expected

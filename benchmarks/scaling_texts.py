"""The texts `bench_scaling.py` times: seven kinds, each made at any length.

  news         real stories from ../shared/corpora (TempEval-3, GUM Wikinews, Reuters-21578) end to end,
               in one fixed shuffled order, every size taking every k-th story (less any story that
               makes datecheck raise on its own: those are listed in LEFT_OUT, not timed)
  chronology   generated dated lines ("<date> — <sentence>"), a date on every line
  digits       seeded random digits and punctuation (numbers, slashes, dashes, colons)
  weekdays     weekday names repeated with commas and a few joining words
  ranges       generated sentences with a stated length before a range ("The three-day fair, May 2-4, 2023, ..."),
               the length right or wrong
  schedule     a generated table, one row per date, its columns padded with blanks to line up
  profiles     generated sentences with an age and a birth year ("Ana Ito, 41, born in 1983, ...") and a
               count of years from a year ("ten years after the 1999 merger"), right or wrong

Every generator is seeded: a kind at a given length is the same text on every run.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

PUBLISHED = date(2024, 3, 15)

_SUBJECTS = ["The council", "The county board", "Harbor officials", "The school district", "Two senators",
             "The transit agency", "A federal judge", "The mayor's office", "Union leaders", "The water utility",
             "Investors", "The museum", "Firefighters", "The state auditor", "Farmers in the valley"]
_VERBS = ["approved", "delayed", "rejected", "announced", "reviewed", "postponed", "funded", "questioned",
          "signed", "opened", "closed", "extended"]
_OBJECTS = ["a budget for the new library", "the bridge repairs", "a plan to widen the ring road",
            "new rules for street vendors", "a contract with the bus makers", "the second phase of the park",
            "a tax on empty homes", "an audit of the pension fund", "the lease for the old rail yard",
            "a study of the flood walls", "the hiring of forty teachers", "a ban on night flights"]
_TAILS = ["", " after a long debate", " by a vote of 5 to 2", ", citing costs", " for the third time",
          " without comment", ", two weeks later than planned", " after the hearing last Tuesday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


_NEWS: list[str] = []
LEFT_OUT: list[str] = []  # stories that stop datecheck with an error on their own (snapshot.py lists them)


def news_text(size: int) -> str:
    if not _NEWS:
        import datecheck
        from corpora import reuters_stories, stories

        for story in stories() + reuters_stories():
            try:
                datecheck.extract(story.text, published=PUBLISHED)
            except Exception as error:  # noqa: BLE001 - a crash is reported, not timed
                LEFT_OUT.append(f"{story.corpus}/{story.name} ({type(error).__name__})")
                continue
            _NEWS.append(story.text)
        # one fixed shuffle, so every size holds the same mix of the corpora (in their own order the
        # short TempEval and GUM documents come first, and a 10 MB text would be mostly denser wire copy)
        random.Random(2).shuffle(_NEWS)
    # every k-th story, k = how many times the size goes into the corpora: each size a sample drawn
    # from all of them (a text of the first stories only would hang on which stories come first)
    step = max(1, round(sum(map(len, _NEWS)) / size))
    return _fill(size, iter(_NEWS[i * step % len(_NEWS)] for i in range(10 ** 9)), "\n\n")


def chronology_text(size: int) -> str:
    rng = random.Random(4)

    def lines():  # type: ignore[no-untyped-def]
        day = date(1990, 1, 1)
        while True:
            day += timedelta(days=rng.randint(1, 20))
            if day >= PUBLISHED:  # start again, so every size reads like the first 100 KB
                day = date(1990, 1, 1) + timedelta(days=rng.randint(0, 400))
            style = rng.randrange(4)
            if style == 0:
                when = f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"
            elif style == 1:
                when = f"{_WEEKDAYS[day.weekday()]}, {_MONTHS[day.month - 1][:3]}. {day.day}, {day.year}"
            elif style == 2:
                when = f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
            else:
                when = day.isoformat()
            yield (f"{when} — {rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}"
                   f"{rng.choice(_TAILS)}.")

    return _fill(size, lines(), "\n")


def digits_text(size: int) -> str:
    rng = random.Random(7)
    marks = list(",.-/:;()%$#+") + [" "] * 6

    def pieces():  # type: ignore[no-untyped-def]
        while True:
            yield "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 5))) + rng.choice(marks)

    return _fill(size, pieces(), "")


def weekdays_text(size: int) -> str:
    rng = random.Random(11)
    joins = [", ", " and ", " or ", " ", ", then ", "; "]

    def pieces():  # type: ignore[no-untyped-def]
        while True:
            yield rng.choice(_WEEKDAYS) + rng.choice(joins)

    return _fill(size, pieces(), "")


_EVENTS = ["summit", "fair", "festival", "strike", "trial", "conference", "retreat", "tournament", "sale",
           "workshop", "hearing", "regatta"]
_COUNTS = ["two", "three", "four", "five", "six", "2", "3", "4", "5"]
_ROOMS = ["Hall A", "Room 12", "Annex", "Main stage", "Court 3", "Library", "Gym"]


def ranges_text(size: int) -> str:
    rng = random.Random(13)

    def sentences():  # type: ignore[no-untyped-def]
        while True:
            month = rng.randrange(12)
            first = rng.randint(1, 20)
            last = first + rng.randint(1, 5)
            year = rng.randint(1995, 2024)
            yield (f"The {rng.choice(_COUNTS)}-day {rng.choice(_EVENTS)}, {_MONTHS[month]} {first}-{last}, {year}, "
                   f"{rng.choice(_VERBS)} {rng.choice(_OBJECTS)}{rng.choice(_TAILS)}.")

    return _fill(size, sentences(), " ")


def schedule_text(size: int) -> str:
    rng = random.Random(17)

    def rows():  # type: ignore[no-untyped-def]
        yield f"| {'Date':<24} | {'Event':<40} | {'Where':<12} |"
        yield f"| {'-' * 24} | {'-' * 40} | {'-' * 12} |"
        day = date(2023, 1, 2)
        while True:
            day += timedelta(days=rng.randint(0, 3))
            if day >= date(2025, 1, 1):
                day = date(2023, 1, 2) + timedelta(days=rng.randint(0, 30))
            style = rng.randrange(3)
            if style == 0:
                when = f"{_WEEKDAYS[day.weekday()][:3]}, {_MONTHS[day.month - 1][:3]}. {day.day}, {day.year}"
            elif style == 1:
                when = f"{_MONTHS[day.month - 1]} {day.day}"
            else:
                when = day.isoformat()
            event = f"{rng.choice(_EVENTS).capitalize()} {rng.randint(1, 99)}"
            yield f"| {when:<24} | {event:<40} | {rng.choice(_ROOMS):<12} |"

    return _fill(size, rows(), "\n")


_PEOPLE = ["Ana Ito", "Ravi Dunn", "Mia Tarrant", "Olu Becker", "Jon Vass", "Ines Halloran", "Teo Marsh"]
_COUNT_WORDS = {2: "two", 3: "three", 5: "five", 10: "ten", 20: "twenty"}


def profiles_text(size: int) -> str:
    rng = random.Random(19)

    def sentences():  # type: ignore[no-untyped-def]
        while True:
            born = rng.randint(1935, 2004)
            age = PUBLISHED.year - born - rng.choice([0, 1, 1, 3])
            start = rng.randint(1950, 2012)
            count = rng.choice(list(_COUNT_WORDS))
            yield (f"{rng.choice(_PEOPLE)}, {age}, born in {born}, {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}. "
                   f"In {start + count + rng.choice([0, 0, 4])}, {_COUNT_WORDS[count]} years after the {start} "
                   f"merger, {rng.choice(_SUBJECTS).lower()} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}.")

    return _fill(size, sentences(), " ")


def _fill(size: int, parts, sep: str) -> str:  # type: ignore[no-untyped-def]
    out: list[str] = []
    total = 0
    for part in parts:
        out.append(part)
        total += len(part) + len(sep)
        if total >= size:
            break
    return sep.join(out)[:size]


CASES = {"news": news_text, "chronology": chronology_text, "digits": digits_text, "weekdays": weekdays_text,
         "ranges": ranges_text, "schedule": schedule_text, "profiles": profiles_text}

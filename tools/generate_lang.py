"""Write ``datecheck/lang/<code>/generated.py`` for Spanish and German from maintained libraries.

    python tools/generate_lang.py            # rewrite the generated modules
    python tools/generate_lang.py --check    # exit 1 when a generated module is out of date

Run by hand at development time (``pip install babel dateparser holidays``); datecheck itself never
imports these libraries for this, so a language costs nothing at start-up. What each library gives:

* **Babel** (CLDR): month and weekday names and abbreviations, the display names of suggestions,
  the relative-day words ("ayer", "übermorgen"), the relative unit and weekday phrases ("la semana
  pasada", "nächsten Montag"), the "N units ago / in N units" phrasing, unit names, parts of the day.
* **dateparser** (its locale data): spellings CLDR leaves out ("Jänner", "Feber", "setiembre", "Mrz").
* **holidays**: local holiday names of the national and regional calendars (ES and its communities,
  MX, AR; DE and its states, AT, CH), each paired through the package's English names with a
  language-free key, and where the holiday falls when a calendar does not carry it (a fixed day,
  or a distance from Easter), worked out over several years.

The words no library lists (prepositions, cue words, the tense cues, the grammar) are written by
hand in the other modules of each package, which import these tables.
"""

from __future__ import annotations

import pprint
import re
import sys
import unicodedata
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = {
    "es": {"countries": {"ES": None, "MX": None, "AR": None}, "primary": "ES"},
    "de": {"countries": {"DE": None, "AT": None, "CH": None}, "primary": "DE"},
}
YEARS = range(2019, 2031)
#: English holiday names (as the holidays package writes them) -> the key datecheck's English
#: package already uses for that holiday; any other name gets a key made from its English name.
ENGLISH_KEYS = {
    "New Year's Day": "new-years-day", "New Year's Eve": "new-years-eve", "Christmas Eve": "christmas-eve",
    "Christmas Day": "christmas", "Christmas": "christmas", "Second Day of Christmas": "boxing-day",
    "Saint Stephen's Day": "boxing-day", "Boxing Day": "boxing-day", "Easter Sunday": "easter",
    "Easter Monday": "easter-monday", "Good Friday": "good-friday", "Palm Sunday": "palm-sunday",
    "Labor Day": "labor-day", "Independence Day": "independence-day",
}


def _lower(text: str) -> str:
    return unicodedata.normalize("NFC", text).lower().replace("\xa0", " ").replace("\u202f", " ")


def _slug(text: str) -> str:
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower().replace("'", "")).strip("-")


def cldr(code: str) -> dict[str, object]:
    from babel import Locale

    locale = Locale.parse(code)
    months = {_lower(name): number for number, name in locale.months["format"]["wide"].items()}
    abbreviations: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for number, name in locale.months[context]["abbreviated"].items():
            word = _lower(name).rstrip(".")
            if word not in months:
                abbreviations[word] = number
    weekdays = {_lower(name): number for number, name in locale.days["format"]["wide"].items()}
    weekday_abbreviations = {}
    for context in ("format", "stand-alone"):
        for number, name in locale.days[context]["abbreviated"].items():
            word = _lower(name).rstrip(".")
            if word not in weekdays:
                weekday_abbreviations[word] = number
    fields = locale._data["date_fields"]
    day_words = {_lower(words): offset for offset, words in fields["day"]["relative"].items()}
    unit_phrases = {}
    for unit in ("week", "month", "year", "quarter"):
        for offset, words in fields[unit]["relative"].items():
            unit_phrases[_lower(words)] = (unit, offset)
    weekday_keys = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    weekday_phrases = {}
    for number, key in enumerate(weekday_keys):
        name = _lower(locale.days["format"]["wide"][number])
        for offset, words in fields[key]["relative"].items():
            weekday_phrases[_lower(words).replace(name, "{}")] = offset
    ago = {_lower(fields["day"]["past"]["other"]).split("{0}")[0].strip()}
    ahead = {_lower(fields["day"]["future"]["other"]).split("{0}")[0].strip()}
    units: dict[str, str] = {}
    patterns = locale._data["unit_patterns"]
    for unit in ("second", "minute", "hour", "day", "week", "month", "year", "century"):
        entry = patterns.get(f"duration-{unit}")
        if entry is None:
            continue
        for form in ("one", "other"):
            text = entry["long"].get(form)
            if text:
                units[_lower(text.replace("{0}", "").strip())] = unit
    for field in ("quarter",):
        for form in ("one", "other"):
            units[_lower(fields[field]["past"][form]).split("{0}")[1].strip()] = field
    day_periods = {}
    for key, name in locale.day_periods["stand-alone"].get("abbreviated", {}).items():
        day_periods[_lower(name)] = key
    for key, name in locale.day_periods["stand-alone"].get("wide", {}).items():
        day_periods[_lower(name)] = key
    return {
        "MONTHS": months,
        "MONTH_ABBREVIATIONS": abbreviations,
        "WEEKDAYS": weekdays,
        "WEEKDAY_ABBREVIATIONS": weekday_abbreviations,
        "MONTH_NAMES": tuple(locale.months["format"]["wide"][n] for n in range(1, 13)),
        "WEEKDAY_NAMES": tuple(locale.days["format"]["wide"][n] for n in range(7)),
        "DAY_OFFSETS": day_words,
        "UNIT_PHRASES": unit_phrases,
        "WEEKDAY_PHRASES": weekday_phrases,
        "AGO_WORDS": tuple(sorted(ago)),
        "AHEAD_WORDS": tuple(sorted(ahead)),
        "UNIT_NAMES": units,
        "DAY_PERIODS": day_periods,
        "DATE_FORMATS": {"full": locale.date_formats["full"].pattern, "long": locale.date_formats["long"].pattern},
    }


def dateparser_spellings(code: str, months: dict[str, int], weekdays: dict[str, int]) -> dict[str, object]:
    import importlib

    info = importlib.import_module(f"dateparser.data.date_translation_data.{code}").info
    names = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
             "october", "november", "december")
    extra_months: dict[str, int] = {}
    for number, key in enumerate(names, 1):
        for word in info.get(key, []):
            word = _lower(word)
            if word not in months and len(word) >= 3:
                extra_months[word] = number
    return {"MONTH_SPELLINGS": extra_months}


def _rule(days: list[date]) -> tuple | None:
    """Where a holiday falls, from the days it fell on over several years: a fixed day, or a
    distance from Easter Sunday."""
    from dateutil.easter import easter

    if len({(d.month, d.day) for d in days}) == 1:
        return ("fixed", days[0].month, days[0].day)
    offsets = {(d - easter(d.year)).days for d in days}
    if len(offsets) == 1:
        return ("easter", offsets.pop())
    return None


def holiday_tables(code: str) -> dict[str, object]:
    import holidays

    occurrences: dict[str, list[date]] = {}
    local_names: dict[str, set[str]] = {}
    display: dict[str, str] = {}
    conflicts: set[str] = set()
    for country in LANGUAGES[code]["countries"]:
        probe = holidays.country_holidays(country)
        for subdiv in (None, *probe.subdivisions):
            try:
                local = holidays.country_holidays(country, subdiv=subdiv, years=YEARS, language=code)
                english = holidays.country_holidays(country, subdiv=subdiv, years=YEARS, language="en_US")
            except (NotImplementedError, KeyError):
                continue
            for day, names in local.items():
                english_names = [n.strip() for n in english.get(day, "").split(";")]
                for local_name, english_name in zip((n.strip() for n in names.split(";")), english_names):
                    key = ENGLISH_KEYS.get(english_name, _slug(english_name))
                    if not key or any(ch.isdigit() for ch in local_name) or "bridge" in key or "day-off" in key or "substitute" in key or "observed" in key or "following" in key:
                        continue
                    occurrences.setdefault(key, []).append(day)
                    local_names.setdefault(key, set()).add(local_name)
                    if country == LANGUAGES[code]["primary"] or key not in display:
                        display.setdefault(key, local_name)
    names: dict[str, tuple[str, tuple[str, ...]]] = {}
    aliases: dict[str, str] = {}
    fallbacks: dict[str, tuple | None] = {}
    for key in sorted(local_names):
        words = sorted(local_names[key])
        names[key] = (display[key], tuple(words))
        fallbacks[key] = _rule(sorted(set(occurrences[key])))
        for word in words:
            alias = _lower(word).replace("\u2019", "'")
            if alias in aliases and aliases[alias] != key:
                conflicts.add(alias)
            aliases[alias] = key
    for alias in conflicts:  # one name for two holidays (a "national day" of two countries): neither
        del aliases[alias]
    return {"HOLIDAY_NAMES": names, "HOLIDAY_ALIASES": aliases, "HOLIDAY_FALLBACKS": fallbacks}


def render(code: str) -> str:
    tables = cldr(code)
    tables.update(dateparser_spellings(code, tables["MONTHS"], tables["WEEKDAYS"]))  # type: ignore[arg-type]
    tables.update(holiday_tables(code))
    parts = [
        f'"""Generated by tools/generate_lang.py from CLDR (Babel), dateparser\'s locale data and the holidays\n'
        f'package, for language {code!r}. Do not edit: change the generator and run it again."""\n\n'
        "from __future__ import annotations\n"
    ]
    for name, value in tables.items():
        parts.append(f"\n{name} = {pprint.pformat(value, width=110, sort_dicts=True)}\n")
    return "".join(parts)


def main(argv: list[str]) -> int:
    status = 0
    for code in LANGUAGES:
        path = ROOT / "datecheck" / "lang" / code / "generated.py"
        text = render(code)
        if "--check" in argv:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                print(f"{path} is out of date", file=sys.stderr)
                status = 1
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path}")
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

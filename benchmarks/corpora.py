"""The real news in ../shared/corpora as (name, text, publication date): TempEval-3 and GUM Wikinews.

For evaluation and benchmarks only; nothing here is copied into the project.
"""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path
from typing import NamedTuple

from timeml import find_documents, read_timeml

CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"


class Story(NamedTuple):
    corpus: str
    name: str
    text: str
    published: date


def read_gum(path: Path) -> Story:
    """A GUM CoNLL-U file as running text: sentences joined, a blank line at each new paragraph."""
    paragraphs: list[list[str]] = []
    published = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# meta::dateCreated = "):
            published = date.fromisoformat(line.split("=", 1)[1].strip())
        elif line.startswith("# newpar") and not line.startswith("# newpar_block"):
            paragraphs.append([])
        elif line.startswith("# text = "):
            if not paragraphs:
                paragraphs.append([])
            paragraphs[-1].append(line[len("# text = "):])
    assert published is not None, path
    text = "\n\n".join(" ".join(p) for p in paragraphs if p)
    return Story("gum", path.stem, text, published)


def stories(root: Path = CORPORA) -> list[Story]:
    """Every story: TempEval-3 TBAQ and platinum, then GUM Wikinews."""
    found = []
    for corpus in ("tbaq", "platinum"):
        for path in find_documents(root / "tempeval3" / corpus):
            doc = read_timeml(path)
            found.append(Story(corpus, path.name, doc.text, doc.dct))
    for path in sorted((root / "gum-wikinews" / "conllu").glob("*.conllu")):
        found.append(read_gum(path))
    return found


_REUTERS_STORY = re.compile(r"<REUTERS[^>]*NEWID=\"(\d+)\"[^>]*>(.*?)</REUTERS>", re.S)
_REUTERS_DATE = re.compile(r"<DATE>\s*(\d{1,2})-([A-Z]{3})-(\d{4})")
_REUTERS_MONTHS = {m: i for i, m in enumerate(
    "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split(), start=1)}


def _reuters_part(block: str, tag: str) -> str:
    found = re.search(rf"<{tag}>(.*?)</{tag}>", block, re.S)
    return html.unescape(found.group(1)) if found else ""


def reuters_stories(root: Path = CORPORA) -> list[Story]:
    """The Reuters-21578 stories that have a body: title, dateline and body as plain text."""
    found = []
    for path in sorted((root / "reuters21578").glob("reut2-*.sgm")):
        raw = path.read_text(encoding="latin-1")
        for story in _REUTERS_STORY.finditer(raw):
            block = story.group(2)
            body = _reuters_part(block, "BODY")
            day = _REUTERS_DATE.search(block)
            if not body.strip() or day is None:
                continue
            published = date(int(day.group(3)), _REUTERS_MONTHS[day.group(2)], int(day.group(1)))
            text = "\n\n".join(part.strip() for part in (
                _reuters_part(block, "TITLE"), _reuters_part(block, "DATELINE") + body.replace("\x03", "")) if part)
            found.append(Story("reuters", f"{path.stem}#{story.group(1)}", text, published))
    return found


class GoldSpan(NamedTuple):
    start: int
    end: int
    text: str
    type: str  # "DATE" (value: the `when` of a GUM <date>) or "PERSON" (a GUM person entity)
    value: str


_GUM_DATE_OPEN = re.compile(r'<date when:::"([^"]*)"')
_GUM_ENTITY = re.compile(r"\((\d+)-([a-z]+)[^()|]*(\))?|(\d+)\)")


def _gum_sentences(path: Path):  # type: ignore[no-untyped-def]
    """(sentence text, its offset in read_gum's text, its token rows) for each sentence, in order."""
    offset, first, sentence, rows, new_par = 0, True, "", [], False
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("# newpar") and not line.startswith("# newpar_block"):
            new_par = True
        elif line.startswith("# text = "):
            if not first:
                offset += len(sentence) + (2 if new_par else 1)
            first, new_par, sentence, rows = False, False, line[len("# text = "):], []
        elif line and not line.startswith("#"):
            cells = line.split("\t")
            if cells[0].isdigit():
                rows.append(cells)
        elif not line and rows:
            yield sentence, offset, rows
            rows = []


def gum_gold(path: Path) -> list[GoldSpan]:
    """The gold <date when=...> spans and person-entity names of a GUM CoNLL-U file, as offsets
    into the text `read_gum` builds from the same file."""
    found: list[GoldSpan] = []
    text = read_gum(path).text
    for sentence, offset, rows in _gum_sentences(path):
        cursor, date_open, entities = 0, None, {}
        for cells in rows:
            at = sentence.find(cells[1], cursor)
            if at < 0:
                continue
            start, end, misc = offset + at, offset + at + len(cells[1]), cells[9]
            cursor = at + len(cells[1])
            opened = _GUM_DATE_OPEN.search(misc)
            if opened:
                date_open = (start, opened.group(1))
            if "</date>" in misc and date_open is not None:
                found.append(GoldSpan(date_open[0], end, text[date_open[0]:end], "DATE", date_open[1]))
                date_open = None
            entity = misc.split("Entity=", 1)[1].split("|", 1)[0] if "Entity=" in misc else ""
            for match in _GUM_ENTITY.finditer(entity):
                if match.group(1):
                    entities[match.group(1)] = (start, match.group(2), cells[4] == "NNP")
                    key = match.group(1) if match.group(3) else None
                else:
                    key = match.group(4)
                if key in entities:
                    e_start, kind, names = entities.pop(key)
                    if kind == "person" and names and cells[4] == "NNP":
                        found.append(GoldSpan(e_start, end, text[e_start:end], "PERSON", ""))
                elif key is None:
                    continue
            for key, (e_start, kind, names) in list(entities.items()):
                entities[key] = (e_start, kind, names and cells[4] in ("NNP", "HYPH"))
    return found

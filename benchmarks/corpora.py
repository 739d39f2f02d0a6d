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

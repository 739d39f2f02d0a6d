"""Read TimeML documents: the text of <TEXT> with its tags stripped, the DCT and the gold TIMEX3 spans."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path

#: TempEval-3 in ../shared/corpora, and the two sets the benchmarks read by default
TEMPEVAL3 = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "tempeval3"
DEFAULT_FOLDERS = [TEMPEVAL3 / "platinum" / "gold", TEMPEVAL3 / "tbaq"]


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TimeMLDocument:
    path: Path
    dct: date
    text: str
    timexes: tuple[Timex, ...]


def _flatten(element: ET.Element, parts: list[str], timexes: list[Timex], offset: int) -> int:
    """Append the text under `element` to `parts`, collecting TIMEX3 spans; return the new offset."""
    if element.text:
        parts.append(element.text)
        offset += len(element.text)
    for child in element:
        start = offset
        offset = _flatten(child, parts, timexes, offset)
        if child.tag == "TIMEX3":
            text = "".join(parts)[start:offset]
            timexes.append(
                Timex(start, offset, text, child.get("type", ""), child.get("value", ""))
            )
        if child.tail:
            parts.append(child.tail)
            offset += len(child.tail)
    return offset


def read_timeml(path: Path) -> TimeMLDocument:
    root = ET.parse(path).getroot()
    dct_timex = root.find("DCT/TIMEX3")
    if dct_timex is None:
        raise ValueError(f"{path}: no DCT")
    dct = date.fromisoformat(dct_timex.get("value", "")[:10])
    text_element = root.find("TEXT")
    if text_element is None:
        raise ValueError(f"{path}: no TEXT")
    parts: list[str] = []
    timexes: list[Timex] = []
    _flatten(text_element, parts, timexes, 0)
    return TimeMLDocument(path, dct, "".join(parts), tuple(timexes))


def find_documents(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.tml") if p.is_file())


def read_folders(folders: list[Path]) -> list[TimeMLDocument]:
    """Every TimeML document under the folders, in order."""
    return [read_timeml(path) for folder in folders for path in find_documents(folder)]

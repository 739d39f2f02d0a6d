"""The real news in ../shared/corpora as (name, text, publication date): TempEval-3 and GUM Wikinews.

For evaluation and benchmarks only; nothing here is copied into the project.
"""

from __future__ import annotations

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

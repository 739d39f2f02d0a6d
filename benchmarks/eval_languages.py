"""Accuracy of datecheck.extract in Spanish and German, scored as benchmarks/eval_timeml.py scores
English (TIMEX3 type DATE: strict span, relaxed span and value P/R/F1, TempEval-3 style).

    python benchmarks/eval_languages.py [--errors FILE] [--only es|de]

* Spanish TimeBank (../shared/corpora/spanish-timebank): ``train.tsv`` is the development set,
  ``test.tsv`` the test set (reported, never tuned on). The token format is rebuilt into text the
  way the corpus's SOURCE.md says (tokens joined by a space, none before ``. , ; : ) ? !`` nor after
  ``( ¿ ¡``), which gives each gold timex its offsets.
* KRAUTS (../shared/corpora/krauts): Dolomiten-100 and Die Zeit, TimeML, read as eval_timeml reads
  TempEval-3.

A corpus that is not there is skipped with a note.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from eval_timeml import Score, report, score_document_with  # noqa: E402
from timeml import TimeMLDocument, Timex, find_documents, read_timeml  # noqa: E402

CORPORA = HERE.parent.parent / "shared" / "corpora"
SPANISH = CORPORA / "spanish-timebank"
KRAUTS = CORPORA / "krauts"
_NO_SPACE_BEFORE = frozenset(".,;:)?!")
_NO_SPACE_AFTER = frozenset("(¿¡")


def read_tsv(path: Path) -> list[TimeMLDocument]:
    """The documents of a token-per-line file: text rebuilt from the tokens, gold timexes with offsets."""
    documents: list[TimeMLDocument] = []
    dct: date | None = None
    parts: list[str] = []
    timexes: list[Timex] = []
    length = 0
    open_timex: list = []  # [start, end, type, value]
    previous = ""

    def close() -> None:
        if open_timex:
            start, end, kind, value = open_timex
            timexes.append(Timex(start, end, "".join(parts)[start:end], kind, value))
            open_timex.clear()

    def finish() -> None:
        close()
        if dct is not None:
            documents.append(TimeMLDocument(path, dct, "".join(parts), tuple(timexes)))

    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("*!-DCTVALUE="):
            finish()
            dct = date.fromisoformat(line.split('"')[1][:10])
            parts, timexes, length, previous = [], [], 0, ""
            continue
        fields = line.split("\t")
        if len(fields) < 3:
            continue
        token, tag, value = fields[0], fields[1], fields[2]
        if parts and token not in _NO_SPACE_BEFORE and previous not in _NO_SPACE_AFTER:
            parts.append(" ")
            length += 1
        if not tag.startswith("I-"):
            close()
        if tag.startswith("B-"):
            open_timex.extend([length, length + len(token), tag[2:], value])
        elif tag.startswith("I-") and open_timex:
            open_timex[1] = length + len(token)
        parts.append(token)
        length += len(token)
        previous = token
    finish()
    return documents


def evaluate(documents: list[TimeMLDocument], lang: str, country: str) -> Score:
    score = Score()
    for doc in documents:
        score_document_with(doc, score, lang=lang, country=country)
    return score


def sets() -> list[tuple[str, str, str, object]]:
    """(name, language, country, how to read its documents) for every set that is there."""
    found: list[tuple[str, str, str, object]] = []
    for name in ("train", "test"):
        path = SPANISH / f"{name}.tsv"
        label = "spanish-timebank " + ("train (development set)" if name == "train" else "test (test set)")
        found.append((label, "es", "ES", path))
    for part, country in (("KRAUTS_Dolomiten-100", "IT"), ("KRAUTS_DieZeit", "DE")):
        found.append((part, "de", country, KRAUTS / part))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", type=Path, help="write every miss and false alarm to this file")
    parser.add_argument("--only", choices=("es", "de"), help="one language only")
    args = parser.parse_args(argv)
    errors: list[str] = []
    for name, lang, country, where in sets():
        if args.only and lang != args.only:
            continue
        path = Path(str(where))
        if not path.exists():
            print(f"{name}: not found ({path}), skipped")
            continue
        documents = read_tsv(path) if path.suffix == ".tsv" else [read_timeml(p) for p in find_documents(path)]
        score = evaluate(documents, lang, country)
        report(f"{name} [{lang}]", score, len(documents))
        errors.extend(score.errors)
    if args.errors:
        args.errors.write_text("\n".join(errors) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

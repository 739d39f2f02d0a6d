"""What datecheck makes of every real story in ../shared/corpora, saved and compared between versions.

    python benchmarks/snapshot.py save FILE [--corpora tbaq,platinum,gum,reuters]
    python benchmarks/snapshot.py diff OLD NEW

`save` writes, per story, each mention (span, type, value, kind) and each finding (code, span,
message) as JSON. `diff` lists the stories whose mentions or findings changed, with the change, and
counts them: a refactoring should print "0 stories changed"; a fix should change only what it fixes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from corpora import CORPORA, reuters_stories, stories  # noqa: E402

from datecheck.document import load_text  # noqa: E402
from datecheck.engine import check_document  # noqa: E402
from datecheck.rules import select_rules  # noqa: E402


def _story_record(story, rules) -> dict[str, list]:  # type: ignore[no-untyped-def]
    document = load_text(story.text, story.name, format="text", published=story.published)
    try:
        result = check_document(document, rules)
    except Exception as error:  # noqa: BLE001 - a crash is part of the record
        return {"crash": [f"{type(error).__name__}: {error}"], "mentions": [], "findings": []}
    return {
        "mentions": [[m.start, m.end, m.type, m.value, str(m.kind)] for m in result.mentions],
        "findings": [[f.code, f.start, f.end, f.message] for f in result.findings],
    }


def save(path: Path, corpora: list[str]) -> int:
    rules = select_rules()
    chosen = [s for s in stories() if s.corpus in corpora]
    if "reuters" in corpora:
        chosen += reuters_stories()
    records = {f"{s.corpus}/{s.name}": _story_record(s, rules) for s in chosen}
    path.write_text(json.dumps(records, indent=0, sort_keys=True), encoding="utf-8")
    findings = sum(len(r["findings"]) for r in records.values())
    crashes = sum("crash" in r for r in records.values())
    print(f"{len(records)} stories, {sum(len(r['mentions']) for r in records.values())} mentions, "
          f"{findings} findings, {crashes} crashes -> {path}")
    return 0


def diff(old_path: Path, new_path: Path) -> int:
    old = json.loads(old_path.read_text(encoding="utf-8"))
    new = json.loads(new_path.read_text(encoding="utf-8"))
    changed = 0
    for name in sorted(old.keys() | new.keys()):
        before, after = old.get(name, {}), new.get(name, {})
        if before == after:
            continue
        changed += 1
        print(f"== {name}")
        for part in ("crash", "mentions", "findings"):
            was = {tuple(x) if isinstance(x, list) else (x,) for x in before.get(part, [])}
            now = {tuple(x) if isinstance(x, list) else (x,) for x in after.get(part, [])}
            for item in sorted(was - now, key=str):
                print(f"  - {part}: {item}")
            for item in sorted(now - was, key=str):
                print(f"  + {part}: {item}")
    print(f"{changed} stories changed")
    return 1 if changed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    save_parser = sub.add_parser("save")
    save_parser.add_argument("file", type=Path)
    save_parser.add_argument("--corpora", default="tbaq,platinum,gum,reuters")
    diff_parser = sub.add_parser("diff")
    diff_parser.add_argument("old", type=Path)
    diff_parser.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    if args.command == "save":
        if not CORPORA.is_dir():
            print(f"snapshot: {CORPORA} not found", file=sys.stderr)
            return 2
        return save(args.file, args.corpora.split(","))
    return diff(args.old, args.new)


if __name__ == "__main__":
    raise SystemExit(main())

"""The message catalogs: find the message ids in the code, keep the .po files in step, compile the .mo files.

    python tools/compile_messages.py           # add new ids to each .po (untranslated), compile every .mo
    python tools/compile_messages.py --check   # exit 1 when a .po lacks an id or a .mo is out of date

A message id is the English template a rule gives ``ctx.say(...)`` (or marks with ``N_(...)``) as a
string literal. Each language's translations are written by hand in
``datecheck/locale/<code>/LC_MESSAGES/datecheck.po``; the compiled ``datecheck.mo`` beside it is what
``gettext`` reads at run time (both are committed: nothing is compiled when datecheck runs). Only the
standard library is used.
"""

from __future__ import annotations

import argparse
import array
import ast
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "datecheck"
LOCALE = PACKAGE / "locale"
LANGUAGES = ("es", "de")
HEADER = "Content-Type: text/plain; charset=UTF-8\n"


def message_ids(package: Path = PACKAGE) -> list[str]:
    """Every string literal given to a `.say(...)` call as its first argument, or to `N_(...)`, in
    the order first met (files in sorted order)."""
    found: dict[str, None] = {}
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            marked = isinstance(func, ast.Attribute) and func.attr == "say" or isinstance(func, ast.Name) and func.id == "N_"
            first = node.args[0]
            if marked and isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.setdefault(first.value, None)
    return list(found)


def _unquote(text: str) -> str:
    body = text.strip()
    if not (body.startswith('"') and body.endswith('"')):
        raise ValueError(f"not a quoted string: {text!r}")
    return ast.literal_eval(body)


def read_po(path: Path) -> dict[str, str]:
    """msgid -> msgstr of a .po file (comments skipped; the header entry, msgid "", included)."""
    entries: dict[str, str] = {}
    key: str | None = None
    msgid = msgstr = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        try:
            if not line or line.startswith("#"):
                continue
            if line.startswith("msgid "):
                if msgid is not None and msgstr is not None:
                    entries[msgid] = msgstr
                msgid, msgstr, key = _unquote(line[6:]), None, "id"
            elif line.startswith("msgstr "):
                msgstr, key = _unquote(line[7:]), "str"
            elif line.startswith('"') and key == "id" and msgid is not None:
                msgid += _unquote(line)
            elif line.startswith('"') and key == "str" and msgstr is not None:
                msgstr += _unquote(line)
            else:
                raise ValueError(f"unexpected line: {line[:60]!r}")
        except (ValueError, SyntaxError) as error:
            raise ValueError(f"{path}:{number}: {error}") from None
    if msgid is not None and msgstr is not None:
        entries[msgid] = msgstr
    return entries


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def write_po(path: Path, entries: dict[str, str], code: str) -> None:
    """The .po file of language `code`: its header, then each id and its translation."""
    lines = [f"# datecheck's messages in {code}: the English template, then its translation.",
             'msgid ""', f"msgstr {_quote(HEADER)}", ""]
    for msgid, msgstr in entries.items():
        if msgid:
            lines += [f"msgid {_quote(msgid)}", f"msgstr {_quote(msgstr)}", ""]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")


def compile_mo(entries: dict[str, str]) -> bytes:
    """The GNU .mo bytes of a catalog (untranslated ids left out, the header kept)."""
    catalog = {k.encode(): v.encode() for k, v in entries.items() if v}
    catalog.setdefault(b"", HEADER.encode())
    keys = sorted(catalog)
    ids = strs = b""
    offsets = []
    for key in keys:
        offsets.append((len(ids), len(key), len(strs), len(catalog[key])))
        ids += key + b"\0"
        strs += catalog[key] + b"\0"
    key_start = 7 * 4 + 16 * len(keys)
    value_start = key_start + len(ids)
    key_offsets: list[int] = []
    value_offsets: list[int] = []
    for id_at, id_len, str_at, str_len in offsets:
        key_offsets += [id_len, id_at + key_start]
        value_offsets += [str_len, str_at + value_start]
    header = struct.pack("Iiiiiii", 0x950412DE, 0, len(keys), 7 * 4, 7 * 4 + len(keys) * 8, 0, 0)
    return header + array.array("i", key_offsets + value_offsets).tobytes() + ids + strs


def po_path(code: str) -> Path:
    return LOCALE / code / "LC_MESSAGES" / "datecheck.po"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 when something is out of date")
    args = parser.parse_args(argv)
    ids = message_ids()
    stale = False
    for code in LANGUAGES:
        po = po_path(code)
        entries = read_po(po) if po.exists() else {}
        missing = [i for i in ids if i not in entries]
        if missing:
            stale = True
            print(f"{po.relative_to(ROOT)}: {len(missing)} message(s) to translate", file=sys.stderr)
            if not args.check:
                # the code's order, then what the file holds that the code no longer says
                entries = {**{i: entries.get(i, "") for i in ids}, **{k: v for k, v in entries.items() if k not in ids}}
                write_po(po, entries, code)
        mo = po.with_suffix(".mo")
        data = compile_mo(entries)
        if not mo.exists() or mo.read_bytes() != data:
            stale = True
            print(f"{mo.relative_to(ROOT)}: out of date" + ("" if args.check else ": written"), file=sys.stderr)
            if not args.check:
                mo.write_bytes(data)
    return 1 if stale and args.check else 0


if __name__ == "__main__":
    sys.exit(main())

"""A rule's documentation as Markdown, for hovers and for docs/rules.md (the page each diagnostic
links to). The text is the one `datecheck rule CODE` prints; its section titles (an unindented line ending in ":" or "?" over an indented body) become bold, the
prose sections plain paragraphs, the examples and options code blocks.

Regenerate the page with `python -m datecheck.lsp.rule_docs > docs/rules.md`.
"""

from __future__ import annotations

import textwrap

from ..rules import RULES, Rule

#: Sections whose body is text from a story or a config file, shown as written.
_VERBATIM = ("Example:", "Use instead:", "Options:")


def rule_markdown(rule: type[Rule]) -> str:
    out: list[str] = []
    body: list[str] = []
    verbatim = False

    def flush() -> None:
        if body:
            text = textwrap.dedent("\n".join(body)).strip("\n")
            out.append(textwrap.indent(text, "    ") if verbatim else " ".join(text.split()))
            out.append("")
            body.clear()

    lines = rule.documentation().splitlines()
    for number, line in enumerate(lines):
        following = lines[number + 1] if number + 1 < len(lines) else ""
        if line and not line[0].isspace() and line[-1] in ":?" and following[:1].isspace():
            flush()
            out.extend([f"**{line.rstrip(':')}**", ""])
            verbatim = line in _VERBATIM
        elif line.strip() or body:
            body.append(line)
    flush()
    return "\n".join(out).strip() + "\n"


def page() -> str:
    """docs/rules.md: every rule, in code order, under a heading `CODE name`."""
    parts = ["# datecheck rules", "",
             "Generated from the rules' own documentation (`python -m datecheck.lsp.rule_docs`); "
             "`datecheck rule CODE` prints the same text.", ""]
    for rule in RULES:
        default = "" if rule.default_enabled else "; off unless selected"
        parts.extend([f"## {rule.code} {rule.name}", "", f"Default severity: {rule.severity.value}{default}.", "",
                      rule_markdown(rule)])
    return "\n".join(parts)


if __name__ == "__main__":  # pragma: no cover - regenerating the page
    print(page(), end="")

"""Masking what is not prose with same-length blanks: Markdown code and markup, URLs, front matter.

Every offset into the masked prose is an offset into the original text, so line and column come out
right. HTML has its own module (`document/html.py`).
"""

from __future__ import annotations

import re

from ..model import Span


def blank_out(chars: list[str], start: int, end: int) -> None:
    """Overwrite chars[start:end] with spaces, keeping line breaks."""
    for i in range(start, min(end, len(chars))):
        if chars[i] not in "\n\r":
            chars[i] = " "


_FRONT_MATTER = re.compile(r"\A(?P<fence>---|\+\+\+)[ \t]*\r?\n(?P<body>.*?)(?:\r?\n)(?P=fence)[ \t]*(?:\r?\n|\Z)", re.S)
URL = re.compile(r"\b(?:https?://|ftp://|www\.)[^\s<>()\[\]\"']+", re.I)
_HTML_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_INLINE_CODE = re.compile(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)", re.S)  # opens at a whole run of backticks
HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>")
_LINK_TARGET = re.compile(r"\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)|\]\[[^\]\n]*\]|^\s{0,3}\[[^\]\n]+\]:\s*\S+.*$", re.M)
_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^>\s]*>", re.I)


def read_front_matter(text: str, path: str) -> tuple[dict[str, object], Span | None, list[str]]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, None, []
    body = match.group("body")
    warnings: list[str] = []
    data: object
    try:
        if match.group("fence") == "---":
            import yaml

            data = yaml.load(body, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml when present
        else:
            import tomllib

            data = tomllib.loads(body)
    except Exception as error:  # noqa: BLE001 - any parser failure is reported, not raised
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        warnings.append(f"{path}: front matter could not be parsed ({first_line})")
        data = {}
    if not isinstance(data, dict):
        data = {}
    return data, Span(0, match.end()), warnings


_MARKDOWN_PARSER = None


def _markdown_parser():  # type: ignore[no-untyped-def]
    """One CommonMark block parser for the process (inline parsing is not needed to find code)."""
    global _MARKDOWN_PARSER
    if _MARKDOWN_PARSER is None:
        from markdown_it import MarkdownIt  # imported here: only Markdown files need it

        _MARKDOWN_PARSER = MarkdownIt("commonmark").disable(["inline", "text_join"], ignoreInvalid=True)
    return _MARKDOWN_PARSER


#: Each masking pattern, with a cheap test of whether the text can hold a match at all.
_MARKDOWN_SPANS = (
    (_HTML_COMMENT, lambda t: "<!--" in t),
    (_INLINE_CODE, lambda t: "`" in t),
    (_AUTOLINK, lambda t: "<" in t),
    (_LINK_TARGET, lambda t: "](" in t or "][" in t or "]:" in t),
    (HTML_TAG, lambda t: "<" in t),
    (URL, lambda t: "://" in t or "www." in t.lower()),
)


def mask_markdown(text: str, front_matter: Span | None) -> str:
    """The prose of a Markdown document: code, HTML, URLs and front matter blanked."""
    chars = list(text)
    if front_matter is not None:
        blank_out(chars, front_matter.start, front_matter.end)
    body_start = front_matter.end if front_matter is not None else 0
    body = text[body_start:]
    line_starts: list[int] | None = None
    for token in _markdown_parser().parse(body):
        if token.type in ("fence", "code_block", "html_block") and token.map is not None:
            if line_starts is None:
                line_starts = [0] + [m.end() for m in re.finditer("\n", body)] + [len(body) + 1]
            first, last = token.map
            start = body_start + line_starts[first]
            end = body_start + line_starts[min(last, len(line_starts) - 1)] - 1
            if token.type == "html_block":
                for pattern in (_HTML_COMMENT, HTML_TAG):
                    for m in pattern.finditer(text, start, max(start, end)):
                        blank_out(chars, m.start(), m.end())
            else:
                blank_out(chars, start, end)
    masked_so_far = "".join(chars)
    for pattern, possible in _MARKDOWN_SPANS:
        if not possible(masked_so_far):
            continue
        found = False
        for m in pattern.finditer(masked_so_far, body_start):
            found = True
            if pattern is _LINK_TARGET and m.group().startswith("]"):
                blank_out(chars, m.start() + 1, m.end())
            else:
                blank_out(chars, m.start(), m.end())
        if found:
            masked_so_far = "".join(chars)
    return masked_so_far


def mask_text(text: str) -> str:
    """Plain text with URLs blanked out (a date inside a link is not prose)."""
    if "://" not in text and "www." not in text.lower():
        return text
    return URL.sub(lambda m: re.sub(r"[^\r\n]", " ", m.group(0)), text)

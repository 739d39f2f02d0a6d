"""Hover: on a date, the day or period it resolves to and how it was read; on a finding, the
message and the rule's documentation."""

from __future__ import annotations

from datetime import date

from ..engine import CheckResult
from ..model import Finding, Kind, Mention
from ..rules import find_rule
from .rule_docs import rule_markdown


def _day(day: date) -> str:
    return f"{day.strftime('%a')} {day.isoformat()}"


def _source(source: str) -> str:
    """"front-matter:date" -> "front matter 'date'", "file-name" -> "file name"."""
    kind, _, key = source.partition(":")
    kind = kind.replace("-", " ")
    return f"{kind} '{key}'" if key else kind


def _principal(mention: Mention, mentions: list[Mention]) -> tuple[Mention, int, int]:
    """The mention whose reading a hover shows, and the span of the expression: a weekday written
    with a date ("Thursday, Nov. 22") shows the date's day, for the two words together."""
    start, end, principal = mention.start, mention.end, mention
    if mention.linked is not None and 0 <= mention.linked < len(mentions):
        other = mentions[mention.linked]
        start, end = min(start, other.start), max(end, other.end)
        if mention.kind == Kind.WEEKDAY and other.kind == Kind.CALENDAR:
            principal = other
    return principal, start, end


def _value(mention: Mention) -> str:
    if not mention.valid:
        return f"not a real date ({mention.problem})" if mention.problem else "not a real date"
    interval = mention.interval
    if interval is not None and interval.first == interval.last:
        return _day(interval.first)
    if interval is not None:
        return f"{mention.value} ({_day(interval.first)} to {_day(interval.last)})"
    if mention.reading is not None and mention.reading.duration is not None:
        return f"a duration, {mention.value}"
    return f"{mention.value or '?'} (not resolved to a day)"


def _how(mention: Mention, result: CheckResult) -> str:
    published = result.document.published
    if mention.anchor_source == "publication" and published is not None:
        return f"read with the publication date {published.date.isoformat()} ({_source(published.source)})"
    if mention.anchor_source == "mention" and mention.anchor is not None:
        mentions = result.mentions
        if mention.anchor_mention is not None and 0 <= mention.anchor_mention < len(mentions):
            return f"counted from '{mentions[mention.anchor_mention].text}' ({mention.anchor.isoformat()})"
        return f"counted from {mention.anchor.isoformat()}, a day named earlier in the story"
    if mention.anchor_source == "dateline" and mention.anchor is not None:
        return f"read in the section dated {mention.anchor.isoformat()}"
    if mention.anchor_source is None and published is None and not mention.interval:
        return "read without a publication date (set one in the front matter or the editor's settings)"
    return "as written"


def mention_at(result: CheckResult, offset: int) -> Mention | None:
    """The innermost mention whose span holds `offset` (its end included, where a cursor rests)."""
    found = None
    for mention in result.mentions:
        if mention.start <= offset <= mention.end and (found is None or mention.end - mention.start < found.end - found.start):
            found = mention
    return found


def describe_mention(result: CheckResult, mention: Mention) -> str:
    """e.g. "Fri 2024-11-22, from 'Thursday, Nov. 22' read with the publication date 2024-11-20
    (front matter 'date')", then the assumptions and the other readings."""
    principal, start, end = _principal(mention, result.mentions)
    written = " ".join(result.document.text[start:end].split())
    lines = [f"**{_value(principal)}**, from '{written}' {_how(principal, result)}"]
    lines.extend(f"- {assumption}" for assumption in principal.assumptions)
    if principal.alternatives:
        lines.append(f"- other reading: {', '.join(principal.alternatives)}")
    return "\n".join(lines)


def describe_findings(result: CheckResult, offset: int) -> list[tuple[Finding, str]]:
    """Each finding whose span holds `offset`, with its message and its rule's documentation."""
    parts = []
    for finding in result.findings:
        if finding.start <= offset <= finding.end:
            rule = find_rule(finding.code)
            doc = rule_markdown(rule) if rule is not None else ""
            parts.append((finding, f"**{finding.code} {finding.name}** ({finding.severity.value}): "
                                   f"{finding.message}\n\n{doc}"))
    return parts


def hover_text(result: CheckResult, offset: int) -> tuple[str, tuple[int, int]] | None:
    """The hover's Markdown and the span it is about, or None where there is no date and no finding."""
    mention = mention_at(result, offset)
    findings = describe_findings(result, offset)
    if mention is None and not findings:
        return None
    parts = [describe_mention(result, mention)] if mention is not None else []
    parts.extend(text for _, text in findings)
    span = (mention.start, mention.end) if mention is not None else (findings[0][0].start, findings[0][0].end)
    return "\n\n---\n\n".join(parts), span

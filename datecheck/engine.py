"""document -> findings: extract and resolve the mentions, run the enabled rules, locate the results."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .collector import without_collections
from .document import Document, load_text
from .document.published import read_in_language
from .extract import extract_with_timeline
from .lang import language
from .messages import messages_language
from .model import Finding, Mention, Severity
from .rules import CheckContext, Rule, Violation, select_rules
from .scan import lower_same_length


@dataclass
class CheckResult:
    """One document's mentions and findings, findings in order of position."""

    document: Document
    mentions: list[Mention]
    findings: list[Finding] = field(default_factory=list)
    #: The language its messages are said in (the report's fixed words follow it).
    messages: str = "en"


@without_collections
def check_document(
    document: Document,
    rules: list[type[Rule]] | None = None,
    *,
    country: str | None = "US",
    date_order: str | None = "MDY",
    severities: dict[str, Severity] | None = None,
    options: dict[str, dict[str, object]] | None = None,
    suppress: bool = True,
    lang: str = "en",
    messages: str | None = None,
) -> CheckResult:
    """Run `rules` (default: the default set) over one loaded document, then its suppressions.

    `lang` is "en", "es", "de" or "auto" (what the document declares, else what its words show; a
    notice goes to the document's warnings when a text is clearly in a language datecheck does not
    read). A country or date order of None is the language's own (US and month first for English).
    `messages` is the language of the findings' messages: "en", "es", "de", or None or "auto" for
    the story's own."""
    if rules is None:
        rules = select_rules()
    lang = _language(document, lang)
    read_in_language(document, lang)
    tables = language(lang)
    country = country or tables.holidays.COUNTRY
    date_order = date_order or tables.words.DATE_ORDER
    ctx = _context(document, country=country, date_order=date_order, options=options, lang=lang)
    ctx.messages = messages_language(messages, lang)
    findings = _run_rules(document, ctx, rules, severities or {})
    if suppress:
        findings = _suppressed(document, findings, rules, severities or {}, ctx.messages)
    findings.sort(key=lambda f: (f.start, f.code))
    return CheckResult(document, ctx.mentions, findings, ctx.messages)


def _language(document: Document, setting: str) -> str:
    """The language to read `document` in (see ``datecheck.lang.detect``)."""
    if setting != "auto":
        return setting
    from .lang.detect import choose

    code, notice = choose(setting, document.front_matter, document.text, document.format == "html")
    if notice:
        document.warnings.append(f"{document.path}: {notice}")
    return code


def _context(
    document: Document, *, country: str, date_order: str, options: dict[str, dict[str, object]] | None,
    lang: str = "en",
) -> CheckContext:
    """The document as the rules see it: its mentions, resolved, and the timeline the resolver
    built while resolving them."""
    published = document.published
    low = lower_same_length(document.prose)
    mentions, timeline = extract_with_timeline(
        document.prose,
        published.date if published else None,
        published_span=published.span if published else None,
        date_order=date_order,
        country=country,
        low=low,
        lang=lang,
    )
    if document.text != document.prose:  # a mention reads as the file writes it, markup and all
        for mention in mentions:
            mention.text = document.text[mention.start:mention.end]
    return CheckContext(
        text=document.text,
        prose=document.prose,
        low=low,
        mentions=mentions,
        published=published,
        country=country,
        date_order=date_order,
        front_matter=document.front_matter,
        options=dict(options or {}),
        timeline=timeline,
        lang=lang,
    )


def _run_rules(
    document: Document, ctx: CheckContext, rules: list[type[Rule]], severities: dict[str, Severity]
) -> list[Finding]:
    """What each rule finds, stamped with its code, name and severity and located; a span a rule
    reports twice is kept once."""
    findings: list[Finding] = []
    seen: set[tuple[str, int, int]] = set()
    for rule_class in rules:
        if rule_class.needs_publication_date and ctx.published is None:
            continue
        if rule_class.languages is not None and ctx.lang not in rule_class.languages:
            continue
        rule = rule_class()
        severity = severities.get(rule.code, rule.severity)
        for violation in rule.check(ctx):
            key = (rule.code, violation.start, violation.end)
            if key not in seen:
                seen.add(key)
                findings.append(_finding(document, rule, severity, violation))
    return findings


def _finding(document: Document, rule: Rule, severity: Severity, violation: Violation) -> Finding:
    line, column = document.location(violation.start)
    end_line, end_column = document.location(violation.end)
    return Finding(
        code=rule.code,
        name=rule.name,
        severity=severity,
        message=violation.message,
        start=violation.start,
        end=violation.end,
        text=document.text[violation.start:violation.end],
        related=violation.related,
        suggestions=violation.suggestions,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
    )


def _suppressed(
    document: Document, findings: list[Finding], rules: list[type[Rule]], severities: dict[str, Severity],
    messages: str = "en",
) -> list[Finding]:
    """The findings left after the document's suppressions, plus DC902 for the ones that did nothing."""
    from .suppress import suppressed

    return suppressed(document, findings, rules, severities, messages)


@without_collections
def check(
    text: str,
    published: date | None = None,
    path: str | None = None,
    *,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    country: str = "US",
    date_order: str = "MDY",
    severities: dict[str, Severity] | None = None,
    options: dict[str, dict[str, object]] | None = None,
    language: str = "en",
    messages: str | None = None,
) -> list[Finding]:
    """The findings for `text` (Markdown, HTML or plain text by `path`'s extension; plain without one).

    `published` overrides any publication date the text itself gives; `language` is "en", "es",
    "de" or "auto" (see `check_document`); `messages` the language of the messages (the story's
    when not given).
    """
    document = load_text(text, path or "-", published=published, date_order=date_order)
    rules = select_rules(select, ignore)
    return check_document(
        document, rules, country=country, date_order=date_order, severities=severities, options=options,
        lang=language, messages=messages,
    ).findings

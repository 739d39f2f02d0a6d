"""`datecheck extract` (every date and its value) and `datecheck timeline` (the dates on an axis)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from ..document import DocumentError
from . import EXIT_ERROR, app, parse_published, plan_or_exit, say
from .options import LanguageOption, NoColor, OutputFormat, Paths, Published, StdinFilename

@app.command()
def extract(
    paths: Paths,
    published: Published = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", help="text for people, json for programs.")
    ] = OutputFormat.text,
    stdin_filename: StdinFilename = None,
    language: LanguageOption = None,
    no_color: NoColor = False,
) -> None:
    """List every date expression with its resolved value: the article's timeline."""
    from ..extract import extract as extract_mentions
    from ..runner import internal_error, load_job

    day = parse_published(published)
    planned, errors = plan_or_exit(paths, stdin_filename)
    results = []
    for job in planned:
        try:
            document = load_job(job, day)
        except DocumentError as error:
            say(error)
            errors.append(str(error))
            continue
        for warning in document.warnings:
            say(f"warning: {warning}")
        reading = _reading(job, document, language)
        anchor = document.published.date if document.published else None
        try:
            mentions = extract_mentions(document.prose, anchor, **reading)
        except Exception as error:  # a bug must not cost the report on every other file of the run
            say(internal_error(job.path, error))
            errors.append(str(error))
            continue
        for mention in mentions:
            mention.text = document.text[mention.start:mention.end]
        results.append((document, mentions))
    _render(results, output_format, errors, no_color)
    if errors:
        raise typer.Exit(EXIT_ERROR)


def _reading(job, document, language) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """The language to read a document in, and the date order and holiday country that go with it
    (a setting left at its default follows the language)."""
    from ..document.published import read_in_language
    from ..lang.detect import choose

    settings = job.settings
    lang, notice = choose(language.value if language else settings.language, document.front_matter, document.text,
                          document.format == "html")
    if notice:
        say(f"warning: {document.path}: {notice}")
    read_in_language(document, lang)
    follows = lang != "en"
    return {
        "lang": lang,
        "date_order": None if follows and settings.source("date-order") == "default" else settings.date_order,
        "country": None if follows and settings.source("holiday-country") == "default" else settings.holiday_country,
    }


def _render(results: list, output_format: OutputFormat, errors: list[str], no_color: bool) -> None:
    """Each file's report, a file whose report cannot be written named as an internal error (the
    others are still written; the JSON document is whole or not written at all)."""
    from ..runner import internal_error

    if output_format is OutputFormat.json:
        from ..report.extract_json import render_json

        kept = []
        for document, mentions in results:
            try:
                render_json([(document, mentions)])
            except Exception as error:  # a bug in one file's report costs only that file
                say(internal_error(document.path, error))
                errors.append(str(error))
                continue
            kept.append((document, mentions))
        sys.stdout.write(render_json(kept))
        return
    from ..report.extract_text import render_text

    for number, (document, mentions) in enumerate(results):
        if number:
            sys.stdout.write("\n")
        try:
            render_text([(document, mentions)], no_color=no_color)
        except Exception as error:  # a bug in one file's report costs only that file
            say(internal_error(document.path, error))
            errors.append(str(error))


@app.command()
def timeline(
    paths: Annotated[list[str], typer.Argument(help="Files, directories or - for stdin.")],
    published: Published = None,
    stdin_filename: StdinFilename = None,
    no_color: NoColor = False,
) -> None:
    """Show an article's dates on a time axis, the publication date marked and flagged dates highlighted."""
    from ..report.check_text import make_console
    from ..report.timeline import render_timeline
    from ..runner import run_job

    day = parse_published(published)
    planned, errors = plan_or_exit(paths, stdin_filename)
    console = make_console(no_color)
    for number, job in enumerate(planned):
        outcome = run_job(job, day)
        if outcome.error is not None:
            say(outcome.error)
            errors.append(outcome.error)
            continue
        assert outcome.result is not None
        if number:
            console.print()
        try:
            render_timeline(outcome.result, console)
        except Exception as error:  # a bug in one file's report costs only that file
            from ..runner import internal_error

            say(internal_error(job.path, error))
            errors.append(str(error))
    if errors:
        raise typer.Exit(EXIT_ERROR)

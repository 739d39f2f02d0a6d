"""`datecheck extract` (every date and its value) and `datecheck timeline` (the dates on an axis)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from ..document import DocumentError
from . import EXIT_ERROR, app, parse_published, plan_or_exit
from .options import NoColor, OutputFormat, Paths, Published, StdinFilename

@app.command()
def extract(
    paths: Paths,
    published: Published = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", help="text for people, json for programs.")
    ] = OutputFormat.text,
    stdin_filename: StdinFilename = None,
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
            print(f"datecheck: {error}", file=sys.stderr)
            errors.append(str(error))
            continue
        for warning in document.warnings:
            print(f"datecheck: warning: {warning}", file=sys.stderr)
        anchor = document.published.date if document.published else None
        try:
            mentions = extract_mentions(document.prose, anchor, date_order=job.settings.date_order,
                                        country=job.settings.holiday_country)
        except Exception as error:  # a bug must not cost the report on every other file of the run
            print(f"datecheck: {internal_error(job.path, error)}", file=sys.stderr)
            errors.append(str(error))
            continue
        for mention in mentions:
            mention.text = document.text[mention.start:mention.end]
        results.append((document, mentions))
    if output_format is OutputFormat.json:
        from ..report.extract_json import render_json

        sys.stdout.write(render_json(results))
    else:
        from ..report.extract_text import render_text

        render_text(results, no_color=no_color)
    if errors:
        raise typer.Exit(EXIT_ERROR)


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
            print(f"datecheck: {outcome.error}", file=sys.stderr)
            errors.append(outcome.error)
            continue
        assert outcome.result is not None
        if number:
            console.print()
        render_timeline(outcome.result, console)
    if errors:
        raise typer.Exit(EXIT_ERROR)

"""`datecheck serve`: a checking page and an HTTP API over the engine (needs the `server` extra:
Starlette and uvicorn; reading Word files needs the `docx` extra).

The modules, by purpose:

    settings.py     what the server was started with, and which Host headers are its own
    checking.py     a JSON request -> the engine -> the `--format json` schema plus UTF-16 offsets
    languagetool.py LanguageTool's /v2/check: form fields in, `matches` out
    annotated.py    LanguageTool's annotated text (`data`): the text checked, offsets back to the original
    upstream.py     forwarding a /v2/check request to a LanguageTool server and merging its matches
    limits.py       the per-request time limit and the pool of worker processes that run the checks
    worker.py       a worker process: jobs in, payloads out (warmed.py warms the fork server they come from)
    safety.py       the middleware: Host and Origin checks, the bearer token, the request size limit
    app.py          the Starlette app: routes, the page, JSON errors
    static/         the page: one HTML file, its script and its style (no CDN, no build step)

Nothing here decides anything about dates: it converts requests, positions and shapes. Nothing here
reads or writes a file on the server, apart from the page's own files inside this package. Starlette
and uvicorn are imported by this package only, which only `datecheck serve` imports.
"""

"""The JSON API of `datecheck serve`: /api/check and /api/extract answer in the schema of
`--format json` with UTF-16 offsets beside the code-point ones, /api/rules lists the rules,
/api/document turns an uploaded file into text, and every bad request gets 400 with a JSON error."""

from __future__ import annotations

import io
import json

import pytest

from serve_support import DRAFT, test_client, utf16_slice

from cli_run import run_datecheck
from datecheck.rules import RULES


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    return test_client()


def check(client, **body: object) -> dict:  # type: ignore[no-untyped-def]
    response = client.post("/api/check", json=body)
    assert response.status_code == 200, response.text
    return response.json()


def test_check_answers_what_the_command_line_prints_plus_utf16_offsets(client, tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "ferry.md").write_text(DRAFT, encoding="utf-8")
    printed = json.loads(run_datecheck("check", "--format", "json", "ferry.md", cwd=tmp_path).stdout)
    answered = check(client, text=DRAFT, path="ferry.md")

    def without_utf16(value):  # type: ignore[no-untyped-def]
        if isinstance(value, dict):
            return {k: without_utf16(v) for k, v in value.items() if not k.endswith("_utf16")}
        if isinstance(value, list):
            return [without_utf16(v) for v in value]
        return value

    assert without_utf16(answered) == printed
    assert [f["code"] for f in answered["files"][0]["findings"]] == ["DC101", "DC204"]


def test_utf16_offsets_slice_the_same_text_in_javascript(client) -> None:  # type: ignore[no-untyped-def]
    findings = check(client, text=DRAFT, path="ferry.md")["files"][0]["findings"]
    weekday, yesterday = findings
    assert weekday["start_utf16"] == weekday["start"]  # nothing wide before it
    assert yesterday["start_utf16"] == yesterday["start"] + 1  # the emoji is two units, one code point
    for finding in findings:
        for span in (finding, *finding["related"], *finding["suggestions"]):
            assert utf16_slice(DRAFT, span["start_utf16"], span["end_utf16"]) == DRAFT[span["start"]:span["end"]]
    assert {s["replacement"] for s in weekday["suggestions"]} == {"Tuesday", "March 10"}


def test_publication_date_given_defaulted_or_read_from_the_text(client) -> None:  # type: ignore[no-untyped-def]
    body = DRAFT.split("---\n", 2)[2]  # without its front matter
    read = check(client, text=DRAFT, path="ferry.md", default_published="2030-01-01")["files"][0]
    assert read["published"] == {"date": "2025-03-12", "source": "front-matter:date"}
    defaulted = check(client, text=body, default_published="2025-03-12")["files"][0]
    assert defaulted["published"] == {"date": "2025-03-12", "source": "request-default"}
    assert "DC101" in [f["code"] for f in defaulted["findings"]]
    given = check(client, text=DRAFT, path="ferry.md", published="March 18, 2025")["files"][0]
    assert given["published"] == {"date": "2025-03-18", "source": "request"}
    none = check(client, text=body)["files"][0]
    assert none["published"] is None and [f["code"] for f in none["findings"]] == ["DC901"]


def test_mentions_on_request_carry_values_and_utf16_offsets(client) -> None:  # type: ignore[no-untyped-def]
    entry = check(client, text=DRAFT, path="ferry.md", mentions=True)["files"][0]
    values = {m["text"]: m["value"] for m in entry["mentions"]}
    assert values["March 15"] == "2025-03-15" and values["yesterday"] == "2025-03-11"
    for mention in entry["mentions"]:
        assert utf16_slice(DRAFT, mention["start_utf16"], mention["end_utf16"]) == mention["text"]
    assert "mentions" not in check(client, text=DRAFT)["files"][0]


def test_extract_answers_what_extract_prints_plus_utf16_offsets(client, tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "ferry.md").write_text(DRAFT, encoding="utf-8")
    printed = json.loads(run_datecheck("extract", "--format", "json", "ferry.md", cwd=tmp_path).stdout)
    response = client.post("/api/extract", json={"text": DRAFT, "path": "ferry.md"})
    assert response.status_code == 200
    answered = response.json()
    for mention in answered["files"][0]["mentions"]:
        assert utf16_slice(DRAFT, mention.pop("start_utf16"), mention.pop("end_utf16")) == mention["text"]
    assert answered == printed


def test_settings_change_the_reading(client) -> None:  # type: ignore[no-untyped-def]
    text = "---\ndate: 2025-02-20\n---\n\nThe depot reopens on 03/04/2025, the operator said.\n"
    by_month = check(client, text=text, select=["DC501"], mentions=True)["files"][0]
    by_day = check(client, text=text, select="DC501", date_order="dmy", mentions=True)["files"][0]
    assert [m["value"] for m in by_month["mentions"]] == ["2025-03-04"]
    assert [m["value"] for m in by_day["mentions"]] == ["2025-04-03"]
    assert [f["code"] for f in by_month["findings"]] == ["DC501"]
    assert check(client, text=DRAFT, path="ferry.md", ignore="DC1,relative-date-conflict")["files"][0]["findings"] == []
    assert check(client, text=DRAFT, format="markdown", country="gb")["files"][0]["published"]["date"] == "2025-03-12"


GERMAN = "Die Hafenkommission tagte am Montag, 11. März 2025, und beschloss den neuen Fahrplan für die Fähre."


def test_the_language_is_chosen_from_the_text_or_given(client) -> None:  # type: ignore[no-untyped-def]
    def codes(**body: object) -> list[str]:
        return [f["code"] for f in check(client, text=GERMAN, **body)["files"][0]["findings"] if f["code"] != "DC901"]

    assert codes() == ["DC101"] and codes(language="de") == ["DC101"] and codes(language="DE") == ["DC101"]
    assert codes(language="en") == []  # read as English, the German date is not one
    def values(**body: object) -> list[tuple[str, str]]:
        mentions = client.post("/api/extract", json={"text": GERMAN, **body}).json()["files"][0]["mentions"]
        return [(m["text"], m["value"]) for m in mentions]

    assert ("11. März 2025", "2025-03-11") in values() and values(language="en") == [("2025", "2025")]
    notice = client.post("/api/extract", json={"text": "Ceci n'est pas une date. " * 30}).json()["files"][0]
    assert "read as English" in notice["warnings"][0]


@pytest.mark.parametrize("body, fragment", [
    ({}, '"text" is required'),
    ({"text": 5}, '"text" is required'),
    ([1, 2], "JSON object"),
    ({"text": "x", "publish": "2025-01-01"}, "unknown field 'publish'"),
    ({"text": "x", "published": "the day after"}, '"published" is not a date'),
    ({"text": "x", "select": ["DC777"]}, "unknown rule"),
    ({"text": "x", "ignore": [3]}, '"ignore" must be a list'),
    ({"text": "x", "country": "Atlantis"}, '"country"'),
    ({"text": "x", "date_order": "YMD"}, '"date_order" must be one of MDY, DMY'),
    ({"text": "x", "language": "fr"}, '"language" must be one of auto, en, es, de'),
    ({"text": "x", "format": "pdf"}, '"format" must be one of'),
    ({"text": "x", "mentions": "yes"}, '"mentions" must be true or false'),
    ({"text": "x\x00y"}, "NUL"),
    ({"text": "x", "path": "p" * 2000}, '"path" is longer'),
], ids=lambda value: str(value)[:40])
def test_a_bad_request_gets_400_and_says_why(client, body, fragment) -> None:  # type: ignore[no-untyped-def]
    for path in ("/api/check", "/api/extract"):
        response = client.post(path, json=body)
        assert response.status_code == 400
        assert fragment in response.json()["error"]


@pytest.mark.parametrize("raw", [b"{not json", b"\xff\xfe", b"", b"[" * 100_000])
def test_a_body_that_is_not_json_gets_400(client, raw: bytes) -> None:  # type: ignore[no-untyped-def]
    response = client.post("/api/check", content=raw, headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert response.json()["error"].startswith("the request body is not JSON")


def test_unknown_pages_and_methods_answer_in_json(client) -> None:  # type: ignore[no-untyped-def]
    missing = client.get("/etc/passwd")
    assert missing.status_code == 404 and missing.json() == {"error": "no such page: /etc/passwd"}
    wrong = client.get("/api/check")
    assert wrong.status_code == 405 and "not allowed" in wrong.json()["error"]


def test_rules_list_every_rule_with_its_documentation(client) -> None:  # type: ignore[no-untyped-def]
    rules = client.get("/api/rules").json()["rules"]
    assert [r["code"] for r in rules] == [r.code for r in RULES]
    first = rules[0]
    assert first["url"] == "/rules/DC101" and first["severity"] == "error" and "**What it does**" in first["documentation"]
    page = client.get(first["url"])
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/plain")
    assert page.text.startswith("DC101 weekday-mismatch") and "Why is this bad?" in page.text
    assert client.get("/rules/stale-year").text.startswith("DC201")
    assert client.get("/rules/DC000").status_code == 404


def test_settings_name_the_choices_the_page_offers(client) -> None:  # type: ignore[no-untyped-def]
    options = client.get("/api/settings").json()
    assert {"US", "GB", "DE"} <= set(options["countries"])
    assert "USA" not in options["countries"]  # each country once, by its two-letter code
    assert options["country_names"]["DE"] == "Germany" and options["country_names"]["US"] == "United States"
    assert options["date_orders"] == ["MDY", "DMY"] and options["max_request_bytes"] == 5_000_000


def _docx(*paragraphs: str, table: list[list[str]] | None = None) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_document_reads_an_uploaded_word_draft_as_paragraphs(client) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("docx", reason="the docx extra (python-docx) is not installed")
    data = _docx("Published March 12, 2025", "The ferry board met on Monday, March 11.")
    response = client.post("/api/document?name=ferry.docx", content=data)
    assert response.status_code == 200
    answer = response.json()
    assert answer["text"] == "Published March 12, 2025\n\nThe ferry board met on Monday, March 11."
    assert answer["format"] == "text" and answer["name"] == "ferry.docx"


def test_document_decodes_text_files_as_the_command_line_does(client) -> None:  # type: ignore[no-untyped-def]
    answer = client.post("/api/document?name=notes.md", content="Due by June 3.\n".encode("utf-16")).json()
    assert answer == {"name": "notes.md", "format": "markdown", "text": "Due by June 3.\n", "warnings": []}
    broken = client.post("/api/document?name=notes.txt", content=b"Due by June 3.\xff\n").json()
    assert broken["text"] == "Due by June 3.\ufffd\n" and "not valid UTF-8" in broken["warnings"][0]


@pytest.mark.parametrize("name, data, fragment", [
    ("report.pdf", b"%PDF-1.7 ...", "PDF is not supported: save it as text or as a Word document"),
    ("draft.txt", b"%PDF-1.4 ...", "PDF is not supported"),
    ("draft.docx", b"not a zip archive at all", "not a Word document"),
    ("picture.png", b"\x89PNG\r\n\x1a\n\x00\x00", "binary file"),
])
def test_document_refuses_what_it_cannot_read(client, name: str, data: bytes, fragment: str) -> None:  # type: ignore[no-untyped-def]
    response = client.post(f"/api/document?name={name}", content=data)
    assert response.status_code == 400
    assert fragment in response.json()["error"] and name in response.json()["error"]


def test_answering_opens_no_file_on_the_server(client, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import builtins
    import os

    check(client, text=DRAFT, path="/etc/hostname.md", mentions=True)  # the first answer loads what it lazily needs
    client.post("/api/extract", json={"text": DRAFT})
    opened: list[object] = []
    real_open, real_os_open = builtins.open, os.open

    def watch_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened.append(file)
        return real_open(file, *args, **kwargs)

    def watch_os_open(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened.append(path)
        return real_os_open(path, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", watch_open)
    monkeypatch.setattr(os, "open", watch_os_open)
    for path in ("/etc/hostname", "../../pyproject.toml", "datecheck.toml"):
        assert check(client, text=DRAFT, path=path, mentions=True)["files"][0]["path"] == path
        assert client.post("/api/extract", json={"text": DRAFT, "path": path}).status_code == 200
        assert client.post(f"/api/document?name={path}", content=b"June 3").status_code == 200
    assert opened == []


def test_a_bug_in_the_engine_costs_one_answer_not_the_server(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import datecheck.serve.app as app_module
    from serve_support import broken_payload

    client = test_client()
    monkeypatch.setattr(app_module, "check_payload", broken_payload)  # run in a worker process
    response = client.post("/api/check", json={"text": DRAFT})
    assert response.status_code == 500
    assert response.json() == {"error": "internal error while reading its dates (RuntimeError); the server goes on"}
    assert client.post("/api/extract", json={"text": DRAFT}).status_code == 200

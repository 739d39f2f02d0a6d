"""LanguageTool's HTTP API on `datecheck serve`: /v2/check answers in LanguageTool's shape (offsets in
UTF-16 units, replacements, rule, context, sentence) for plain and annotated text, and with
--languagetool-upstream merges a LanguageTool server's matches (a fake one, in this process)."""

from __future__ import annotations

import json

import pytest

from serve_support import DRAFT, test_client, utf16_slice

from datecheck.serve.annotated import AnnotationError, parse_annotation
from datecheck.serve.upstream import base_url

httpx = pytest.importorskip("httpx", reason="the server extra (httpx) is not installed")


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    return test_client()


def lt_check(client, **fields: str) -> dict:  # type: ignore[no-untyped-def]
    response = client.post("/v2/check", data=fields)
    assert response.status_code == 200, response.text
    return response.json()


def test_matches_have_languagetools_shape_and_utf16_offsets(client) -> None:  # type: ignore[no-untyped-def]
    answer = lt_check(client, text=DRAFT, language="en-US")
    assert answer["software"]["name"] == "datecheck" and answer["software"]["apiVersion"] == 1
    assert answer["language"]["code"] == "en-US" and answer["warnings"] == {"incompleteResults": False}
    weekday, yesterday = answer["matches"]
    # a suggestion for the date beside the weekday widens the match to cover both
    assert utf16_slice(DRAFT, weekday["offset"], weekday["offset"] + weekday["length"]) == "Monday, March 11"
    assert [r["value"] for r in weekday["replacements"]] == ["Tuesday, March 11", "Monday, March 10"]
    assert weekday["rule"]["id"] == "DC101" and weekday["rule"]["issueType"] == "inconsistency"
    assert weekday["rule"]["category"] == {"id": "DATECHECK", "name": "Dates (datecheck)"}
    assert weekday["rule"]["description"].startswith("weekday-mismatch: ")
    assert weekday["rule"]["urls"] == [{"value": "http://127.0.0.1:8000/rules/DC101"}]
    assert weekday["shortMessage"] == "weekday mismatch" and "'Monday' does not match" in weekday["message"]
    assert weekday["sentence"].startswith("The harbor commission met on Monday, March 11")
    context = weekday["context"]
    assert context["text"].startswith("...") and context["text"][context["offset"]:][:16] == "Monday, March 11"
    assert context["length"] == 16
    # after the emoji, JavaScript's offsets are one more than Python's
    assert utf16_slice(DRAFT, yesterday["offset"], yesterday["offset"] + yesterday["length"]) == "March 9"
    assert yesterday["offset"] == DRAFT.index("March 9") + 1
    assert [r["value"] for r in yesterday["replacements"]] == ["March 11"]


def test_context_offsets_count_utf16_units_too(client) -> None:  # type: ignore[no-untyped-def]
    text = "---\ndate: 2025-03-12\n---\n\nCrews \U0001F6A7 said yesterday, March 9, the pier was closed."
    match = lt_check(client, text=text, language="en-US")["matches"][0]
    context = match["context"]
    assert utf16_slice(context["text"], context["offset"], context["offset"] + context["length"]) == "March 9"


def test_annotated_text_is_checked_as_read_and_placed_in_the_document(client) -> None:  # type: ignore[no-untyped-def]
    annotation = [
        {"markup": "<p>", "interpretAs": ""}, {"text": "Published March 12, 2025."},
        {"markup": "</p><p>", "interpretAs": "\n\n"},
        {"text": "The harbor commission met on "}, {"markup": "<b class=\"\U0001F6A2\">"}, {"text": "Monday"},
        {"markup": "</b>"}, {"text": ", March 11, to approve the ferry schedule."}, {"markup": "</p>"},
    ]
    document = "".join(part.get("text", part.get("markup", "")) for part in annotation)
    answer = lt_check(client, data=json.dumps({"annotation": annotation}), language="en-US")
    match = answer["matches"][0]
    assert match["rule"]["id"] == "DC101"
    # the match spans the markup inside it, placed in the document as the client wrote it
    assert utf16_slice(document, match["offset"], match["offset"] + match["length"]) == "Monday</b>, March 11"
    assert "<b" not in match["sentence"] and match["context"]["text"].find("Monday, March 11") >= 0


@pytest.mark.parametrize("data, fragment", [
    ("not json", "is not JSON"),
    ('{"annotation": 5}', "an \"annotation\" list"),
    ('{"annotation": [{"text": "a", "markup": "b"}]}', "exactly one of"),
    ('{"annotation": [{"text": 5}]}', "must be a string"),
    ('{"annotation": [{"markup": "<b>", "interpretAs": 7}]}', "must be strings"),
    ('{"annotation": ["a"]}', "is not an object"),
])
def test_bad_annotated_text_gets_400(client, data: str, fragment: str) -> None:  # type: ignore[no-untyped-def]
    response = client.post("/v2/check", data={"data": data, "language": "en-US"})
    assert response.status_code == 400 and fragment in response.json()["error"]


def test_text_or_data_and_never_both(client) -> None:  # type: ignore[no-untyped-def]
    assert client.post("/v2/check", data={"language": "en-US"}).status_code == 400
    both = client.post("/v2/check", data={"text": "a", "data": '{"annotation": []}', "language": "en-US"})
    assert both.status_code == 400 and "exactly one" in both.json()["error"]
    multipart = client.post("/v2/check", files={"text": ("a.txt", b"June 3")})
    assert multipart.status_code == 400


def test_annotation_offsets_at_part_boundaries() -> None:
    parsed = parse_annotation(json.dumps({"annotation": [
        {"text": "abc"}, {"markup": "<br/>"}, {"text": "def"}, {"markup": "<p>", "interpretAs": "\n\n"}, {"text": "gh"}]}))
    assert parsed.checked == "abcdef\n\ngh" and parsed.document == "abc<br/>def<p>gh"
    assert parsed.to_document(3) == 8 and parsed.to_document(3, end=True) == 3  # around the markup read as nothing
    assert parsed.to_document(6, end=True) == 11 and parsed.to_document(7) == 11  # inside what <p> is read as
    assert parsed.to_document(8) == 14 and parsed.to_document(10, end=True) == 16
    with pytest.raises(AnnotationError):
        parse_annotation("[1]")


def test_the_language_sets_the_calendar_and_other_languages_get_no_matches(client) -> None:  # type: ignore[no-untyped-def]
    text = "Published 12 March 2025.\n\nThe harbor commission met on Monday, 11/03/2025, about ferries."
    gb = lt_check(client, text=text, language="en-GB")
    assert [m["rule"]["id"] for m in gb["matches"]] == ["DC101"]  # 11/03 read day first: March 11, a Tuesday
    assert "Tuesday" in gb["matches"][0]["message"] and gb["language"]["name"] == "English (GB)"
    # read month first, 11/03 is Nov. 3, 2025: a Monday indeed, but months after the story, told as past
    assert [m["rule"]["id"] for m in lt_check(client, text=text, language="en-US")["matches"]] == ["DC202"]
    assert lt_check(client, text=DRAFT, language="fr-FR")["matches"] == []  # a language datecheck does not read
    auto = lt_check(client, text=DRAFT, language="auto")
    assert len(auto["matches"]) == 2 and auto["language"]["detectedLanguage"] == {
        "name": "English", "code": "en", "confidence": 1.0}
    assert len(lt_check(client, text=DRAFT)["matches"]) == 2  # no language: chosen from the text


GERMAN = ("---\ndate: 2025-03-12\n---\n\nDie Hafenkommission tagte am Montag, 11. März 2025, und beschloss "
          "den neuen Fahrplan für die Fähre.")


@pytest.mark.parametrize("language", ["de-DE", "de-AT", "de", "auto"])
def test_german_is_read_as_german(client, language: str) -> None:  # type: ignore[no-untyped-def]
    answer = lt_check(client, text=GERMAN, language=language)
    (match,) = answer["matches"]
    assert match["rule"]["id"] == "DC101" and "'Montag' passt nicht zu" in match["message"]  # in German
    assert utf16_slice(GERMAN, match["offset"], match["offset"] + match["length"]) == "Montag, 11. März 2025"
    assert match["sentence"].startswith("Die Hafenkommission tagte am Montag")
    assert answer["language"]["detectedLanguage"]["code"] == ("de" if language == "auto" else language)
    if language == "de-AT":
        assert answer["language"]["name"] == "German (AT)"
    assert lt_check(client, text=GERMAN, language="en-US")["matches"] == []  # read as English: no date in it


def test_rule_fields_pick_datecheck_rules(client) -> None:  # type: ignore[no-untyped-def]
    def ids(**fields: str) -> list[str]:
        return [m["rule"]["id"] for m in lt_check(client, text=DRAFT, language="en-US", **fields)["matches"]]

    assert ids(disabledRules="DC101,MORFOLOGIK_RULE_EN_US") == ["DC204"]
    assert ids(enabledRules="DC204", enabledOnly="true") == ["DC204"]
    assert ids(enabledRules="UPPERCASE_SENTENCE_START", enabledOnly="true") == []
    assert ids(disabledCategories="TYPOS,DATECHECK") == []
    assert ids(enabledRules="DC504") == ["DC101", "DC204"]  # no abbreviation to flag here, but it ran


def test_picky_and_enabled_house_style_rules_run(client) -> None:  # type: ignore[no-untyped-def]
    text = "---\ndate: 2025-03-12\n---\n\nThe ferry resumes on December 7, 2025, the operator said."
    assert [m["rule"]["id"] for m in lt_check(client, text=text, language="en-US")["matches"]] == []
    picky = lt_check(client, text=text, language="en-US", level="picky")["matches"]
    assert [m["rule"]["id"] for m in picky] == ["DC504"] and picky[0]["rule"]["issueType"] == "style"
    assert picky[0]["type"] == {"typeName": "Hint"}
    enabled = lt_check(client, text=text, language="en-US", enabledRules="month-abbreviation")["matches"]
    assert [m["rule"]["id"] for m in enabled] == ["DC504"]


def test_a_missing_publication_date_is_no_match_and_can_be_given(client) -> None:  # type: ignore[no-untyped-def]
    body = "The harbor commission met on Monday, March 11, to approve the new ferry schedule."
    assert lt_check(client, text=body, language="en-US")["matches"] == []  # DC901 has no span to show
    given = lt_check(client, text=body, language="en-US", published="2025-03-12")
    assert [m["rule"]["id"] for m in given["matches"]] == ["DC101"]
    assert client.post("/v2/check", data={"text": body, "published": "soonish"}).status_code == 400


def test_get_with_query_fields_and_languages(client) -> None:  # type: ignore[no-untyped-def]
    answer = client.get("/v2/check", params={"text": DRAFT, "language": "en-US"}).json()
    assert len(answer["matches"]) == 2
    languages = client.get("/v2/languages").json()
    assert {"name": "English (US)", "code": "en", "longCode": "en-US"} in languages
    assert {"name": "English", "code": "en", "longCode": "en"} in languages
    assert {"name": "German (AT)", "code": "de", "longCode": "de-AT"} in languages
    assert {"name": "Spanish", "code": "es", "longCode": "es"} in languages


# ---- a LanguageTool server behind datecheck ----

class FakeLanguageTool:
    """A LanguageTool server in this process: one spelling match at the start, what it was sent kept."""

    def __init__(self, status: int = 200, detected: str = "en-US") -> None:
        self.status = status
        self.detected = detected
        self.requests: list[list[tuple[str, str]]] = []
        self.headers: list[dict[str, str]] = []

    def app(self):  # type: ignore[no-untyped-def]
        from urllib.parse import parse_qsl

        from starlette.applications import Starlette
        from starlette.responses import JSONResponse
        from starlette.routing import Route

        async def check(request):  # type: ignore[no-untyped-def]
            self.requests.append(parse_qsl((await request.body()).decode(), keep_blank_values=True))
            self.headers.append(dict(request.headers))
            if self.status != 200:
                return JSONResponse({"message": "overloaded"}, status_code=self.status)
            return JSONResponse({
                "software": {"name": "LanguageTool", "version": "6.6", "apiVersion": 1},
                "warnings": {"incompleteResults": False},
                "language": {"name": "English (US)", "code": "en-US",
                             "detectedLanguage": {"name": self.detected, "code": self.detected, "confidence": 0.9}},
                "matches": [
                    {"message": "Possible typo", "offset": 0, "length": 3, "replacements": [{"value": "---"}],
                     "rule": {"id": "MORFOLOGIK_RULE_EN_US", "description": "Spelling",
                              "issueType": "misspelling", "category": {"id": "TYPOS", "name": "Typos"}}},
                    {"message": "Far down", "offset": 10_000, "length": 1, "replacements": [],
                     "rule": {"id": "FAR", "description": "Far", "issueType": "style",
                              "category": {"id": "STYLE", "name": "Style"}}},
                ],
            })

        async def languages(request):  # type: ignore[no-untyped-def]
            return JSONResponse([{"name": "German", "code": "de", "longCode": "de-DE"},
                                 {"name": "English (US)", "code": "en", "longCode": "en-US"}])

        return Starlette(routes=[Route("/v2/check", check, methods=["POST"]), Route("/v2/languages", languages)])

    def client(self, **settings: object):  # type: ignore[no-untyped-def]
        transport = httpx.ASGITransport(app=self.app())
        return test_client(upstream_transport=transport, upstream="http://languagetool.test:8081", **settings)


def test_upstream_matches_are_merged_in_order_of_offset() -> None:
    fake = FakeLanguageTool()
    answer = lt_check(fake.client(), text=DRAFT, language="en-US", motherTongue="de", enabledRules="DC101")
    assert [m["rule"]["id"] for m in answer["matches"]] == ["MORFOLOGIK_RULE_EN_US", "DC101", "DC204", "FAR"]
    assert answer["software"]["name"] == "LanguageTool"  # the upstream's answer, with datecheck's matches in it
    sent = dict(fake.requests[0])
    assert sent == {"text": DRAFT, "language": "en-US", "motherTongue": "de", "enabledRules": "DC101"}
    assert "authorization" not in fake.headers[0]


def test_datecheck_fields_and_its_token_stay_here() -> None:
    fake = FakeLanguageTool()
    client = fake.client(token="s3cret-token")
    lt_check(client, text=DRAFT, language="en-US", published="2025-03-12", apiKey="s3cret-token")
    assert dict(fake.requests[0]) == {"text": DRAFT, "language": "en-US"}
    premium = fake.client()
    lt_check(premium, text=DRAFT, language="en-US", username="ed", apiKey="their-key")
    assert dict(fake.requests[1]) == {"text": DRAFT, "language": "en-US", "username": "ed", "apiKey": "their-key"}


def test_an_upstream_that_fails_leaves_datecheck_matches_marked_incomplete() -> None:
    answer = lt_check(FakeLanguageTool(status=503).client(), text=DRAFT, language="en-US")
    assert [m["rule"]["id"] for m in answer["matches"]] == ["DC101", "DC204"]
    assert answer["warnings"]["incompleteResults"] is True
    assert "answered 503" in answer["warnings"]["incompleteResultsReason"]
    unreachable = test_client(upstream="http://127.0.0.1:9")  # nothing listens on the discard port
    answer = lt_check(unreachable, text=DRAFT, language="en-US")
    assert answer["warnings"]["incompleteResults"] is True and "could not be reached" in answer["warnings"]["incompleteResultsReason"]


def test_datecheck_stays_out_when_the_upstream_detects_another_language() -> None:
    fake = FakeLanguageTool(detected="fr-FR")
    assert [m["rule"]["id"] for m in lt_check(fake.client(), text=DRAFT, language="auto")["matches"]] == [
        "MORFOLOGIK_RULE_EN_US", "FAR"]
    assert len(lt_check(fake.client(), text=DRAFT, language="en-US")["matches"]) == 4  # asked for English: checked


def test_languages_come_from_the_upstream_when_there_is_one() -> None:
    assert FakeLanguageTool().client().get("/v2/languages").json()[0]["longCode"] == "de-DE"
    assert test_client(upstream="http://127.0.0.1:9").get("/v2/languages").json()[0]["name"] == "English"


@pytest.mark.parametrize("given, base", [
    ("http://localhost:8081", "http://localhost:8081"), ("http://localhost:8081/", "http://localhost:8081"),
    ("https://lt.example.org/v2/check", "https://lt.example.org"), ("https://lt.example.org/lt/v2", "https://lt.example.org/lt"),
])
def test_upstream_urls_are_read_to_their_base(given: str, base: str) -> None:
    assert base_url(given) == base


@pytest.mark.parametrize("given", ["ftp://lt.example.org", "localhost:8081", "http://"])
def test_an_upstream_url_that_is_not_http_is_refused(given: str) -> None:
    with pytest.raises(ValueError):
        base_url(given)

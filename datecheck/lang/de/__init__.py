"""German: the words and the date grammar of German news copy ("am Dienstag, 5. März 2024",
"vor drei Tagen", "am kommenden Montag", "Anfang 2024"). Names, abbreviations, relative phrases and
holiday names come from ``generated.py`` (made by ``tools/generate_lang.py`` from CLDR, dateparser
and holidays); the grammar words and cues are written in the modules beside it."""

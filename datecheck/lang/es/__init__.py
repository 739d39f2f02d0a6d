"""Spanish: the words and the date grammar of Spanish news copy ("el martes 5 de marzo de 2024",
"hace tres días", "el próximo lunes"). Names, abbreviations, relative phrases and holiday names
come from ``generated.py`` (made by ``tools/generate_lang.py`` from CLDR, dateparser and holidays);
the grammar words and cues are written in the modules beside it."""

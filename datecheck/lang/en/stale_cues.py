"""English words DC201 (stale-year) reads around a full date: whether it closes a reporting period
("the quarter ended Sept. 30, 2025"), whether that period is compared with the year before it,
and whether the sentence tells the date's story as history ("the firm it later bought"). All lower
case; the patterns run on the lower-cased text.
"""

from __future__ import annotations

#: Right before a date that closes a period: "the quarter ended", "52 weeks ending", "the year to".
PERIOD_END = (
    r"\b(?:quarters?|qtrs?|years?|periods?|months|weeks|half|halves|semesters?)"
    r"\s+(?:that\s+|which\s+)?(?:ended|ending|ends|to)\s+(?:on\s+)?$"
)
#: In the clause before a date: the date is the earlier side of a comparison ("compared with the
#: quarter ended", "up from the period ended").
EARLIER_SIDE = r"\b(?:compared\s+(?:with|to)|versus|vs\b|up\s+from|down\s+from)\b"
#: A few words before a date: it closes an earlier period ("the previous fiscal year ended",
#: "prior quarter ended"), not the one reported.
EARLIER_NEAR = r"\b(?:previous|prior(?!\s+to\b)|preceding)(?:\s+[a-z-]+){0,3}\s+(?:on\s+)?$"
#: After the date (the rest of its sentence, or the next sentence): its period is set against the
#: year before ("a year earlier", "the year-ago quarter", "up 8% from"), so it is the latest one.
YEAR_BEFORE_COMPARED = (
    r"\b(?:a\s+year\s+(?:ago|earlier|before)|year-(?:ago|earlier)|(?:last|the\s+previous|the\s+prior)\s+year|"
    r"(?:up|down|rose|fell|increased|decreased|declined|climbed|gained|dropped|slipped|jumped)\b"
    r"(?:[^.;!?]|\.(?=[0-9])){0,100}?\bfrom\b)"
)
#: After the date in its sentence: what followed it is told as history ("the firm it later
#: bought", "and eventually sold"), unless a short count says how soon ("two days later").
SEQUEL = (
    r"(?<!days\s)(?<!day\s)(?<!hours\s)(?<!hour\s)(?<!weeks\s)(?<!week\s)(?<!minutes\s)"
    r"\b(?:later|afterwards?|subsequently|eventually)\b"
)
#: Right before a date: the day something began ("The exhibit opened Jan. 13, 2025"), and a count of
#: its first days said as now ("visited it in its first week", "in their first two months"): the
#: beginning lies that count before the story.
BEGUN_BEFORE = r"\b(?:opened|began|launched|started|debuted|premiered|reopened)\s+(?:on\s+)?$"
FIRST_SPAN = (
    r"\b(?:its|their|the)\s+first\s+(?:(?P<n>[0-9]{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
    r"(?P<unit>day|week|month)s?\b"
)
#: Right before a date in its own clause: a deadline or a schedule told as still ahead, in the
#: present ("applications close", "the deadline is", "entries are due by"), not as done ("the deadline
#: was", "applications closed"). The writer's future ("will run through", "is scheduled for") is left
#: to past-as-future, which reports such a day and suggests its year.
STILL_AHEAD = (
    r"(?:\b(?:deadline|due\s+date|cutoff|cut-off|closing\s+date|last\s+day)\s+(?:is|remains|falls\s+on)"
    r"|\b(?:is|are)\s+due"
    r"|\b(?!(?:the|a|an|its|their|his|her|our|this|that|to|of|in|at|by|from|with|for|and|or|will|would|could|may|"
    r"might|should|must|did|does|do)\s)[a-z]+\s+"
    r"(?:close|closes|open|opens|end|ends|expire|expires|begin|begins|start|starts|run|runs)(?:\s+(?:through|until|on))?"
    r"|\bmust\s+(?:be\s+)?(?:apply|file|register|submitted|received|postmarked|filed)\s+by)"
    r"\s+(?:on\s+|by\s+)?$"
)

"""English: month and weekday names, relative words, tense cues, holiday names and the date grammar."""

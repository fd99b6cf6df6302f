"""Property-based fuzzing of the extractor: any text gives incidents or nothing, never an exception, and every
sentence it works on stays within the clause bound that keeps its cost linear in the text's length."""
from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings, strategies as st

from incidents.extract import extract
from incidents.extract.text import MAX_TOKENS, clean_text, sentences

settings.register_profile("extract-fuzz", max_examples=300, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
FUZZ = settings.get_profile("extract-fuzz")

# Pieces real reports are made of, and the characters that break naive matching.
WORDS = ["قصف", "قرية", "بلدة", "مدينة", "حي", "ريف", "إدلب", "حلب", "خان شيخون", "كفر نبودة", "مقتل", "جرحى", "٣",
         "قتيلا", "و", "في", "،", "Shelling", "targets", "Khan Shaykhun", "killed", "wounded", "in", "the", "village",
         "of", "Aleppo", "countryside", "Idlib", "4", "two", "and", ",", ".", "\n", "\n\n", "Read also:", "- ",
         "\u200b", "\u200d", "\u202e", "\u2066", "\ufeff", "\u00ad", "\ud800", "(", ")", '"', "«", "»", "12,000", "0"]
pieces = st.one_of(st.sampled_from(WORDS), st.text(max_size=6), st.characters(codec="utf-8"))
reports = st.lists(pieces, max_size=400).map(" ".join)


@FUZZ
@given(text=reports)
def test_any_text_extracts_without_exception(gaz, text):
    incidents = extract(text, dt.date(2019, 5, 14), gazetteer=gaz)
    for inc in incidents:
        assert inc.killed is None or inc.killed >= 0
        assert inc.wounded is None or inc.wounded >= 0
        assert (inc.excerpt or "").encode("utf-8")  # valid Unicode: no lone surrogate survives


@FUZZ
@given(text=st.text(max_size=3000), runs=st.integers(min_value=1, max_value=40))
def test_every_sentence_is_bounded(text, runs):
    cleaned = clean_text(text * runs).text  # long run-on text without full stops included
    for s in sentences(cleaned):
        assert 0 < len(s.tokens) <= MAX_TOKENS
        assert cleaned[s.offset : s.offset + len(s.text)] == s.text  # offsets point back into the text


@FUZZ
@given(text=st.text(max_size=200))
def test_cleaning_maps_offsets_back(text):
    dirty = "\u200b".join(text) + "\u202e"
    cleaned = clean_text(dirty)
    assert "\u200b" not in cleaned.text
    for i, ch in enumerate(cleaned.text):  # a "?" may stand for a lost apostrophe or a lost script's word
        assert dirty[cleaned.original(i)] == ch or dirty[cleaned.original(i)] == "?" and ch in "' "

"""The statistical place tagger's benchmark (issue 11): weak labels from a GED event's own place, the team's
reports as supervised sentences, the span probabilities the model gives, and a reproducible model that tags a
place in a sentence it never saw. Sentences are the team's own."""
from __future__ import annotations

from pathlib import Path

import pytest

from bench.place_tagger import PlaceTagger, Reading, tagged_place
from bench.train_place_tagger import Example, bio, near_spans, place_names, place_occurrences, train, weak_span
from incidents.extract.lookup import Lookup
from incidents.extract.text import tokenize

pycrfsuite = pytest.importorskip("pycrfsuite")


@pytest.fixture(scope="module")
def lookup(gaz) -> Lookup:
    return Lookup(gaz)


def words(text: str, span: tuple[int, int] | None) -> str | None:
    return None if span is None else " ".join(t.text for t in tokenize(text)[span[0] : span[1]])


def test_place_names_leave_out_the_designator_and_split_alternatives():
    assert place_names("Kafr Nabl town") == ["Kafr Nabl"]
    assert place_names("Palmyra/Tadmur town") == ["Palmyra", "Tadmur"]
    assert place_names("Jabal al Akrad mountain") == ["Jabal al Akrad"]
    assert place_names("Qalat Jabar (castle) ruins") == ["Qalat Jabar"]


@pytest.mark.parametrize("headline, where, expected", [
    ("Warplanes strike Khan Sheikhoun again", "Khan Shaykhun town", "Khan Sheikhoun"),  # another spelling
    ("Two civilians wounded by shelling on Aleppo city", "Aleppo town", "Aleppo"),  # "city" is not the name
    ("Clashes near Jisr al Shughur at dawn", "Jisr ash Shughur town", "Jisr al Shughur"),  # a bare inner article
    ("Shelling on Daraa and Idlib", "Idlib town", "Idlib"),
    ("Clashes continue in the eastern countryside of Homs", "Tadmur town", None),  # the event's place is not named
])
def test_weak_label_is_the_events_own_place_in_its_headline(headline, where, expected):
    assert words(headline, weak_span(tokenize(headline), place_names(where))) == expected


def test_other_names_of_places_near_the_event_are_labelled_too(lookup):
    headline = "Regime shells hit Maarat al-Numan and clashes in Latakia countryside"
    tokens = tokenize(headline)
    near = near_spans(tokens, lookup, 35.648, 36.674)  # the town's point
    assert [words(headline, s) for s in near] == ["Maarat al-Numan"]


def test_report_sentences_label_annotated_places_with_their_clitics():
    sentence = "قصفت قوات النظام أطراف كنصفرة وسفوهن وفليفل في جبل الزاوية"
    tokens = tokenize(sentence)
    spans = sorted(place_occurrences(tokens, ["سفوهن", "كنصفرة", "جبل الزاوية"]))
    assert [tokens[a].text for a, _ in spans] == ["كنصفرة", "وسفوهن", "جبل"]
    assert bio(len(tokens), spans)[-2:] == ["B", "I"]


def test_span_probability_is_begin_inside_and_a_closed_end():
    tokens = tokenize("Shelling on Kafr Nabl today")
    reading = Reading(tokens, ["O", "O", "B", "I", "O"],
                      {"B": [0.0, 0.0, 0.9, 0.1, 0.0], "I": [0.0, 0.0, 0.0, 0.8, 0.25]})
    assert [(s.text, round(s.probability, 3)) for s in reading.spans()] == [("Kafr Nabl", round(0.9 * 0.8 * 0.75, 3))]
    assert reading.probability(2, 3) == pytest.approx(0.9 * 0.2)  # "Kafr" alone: the next word would go on


def test_most_probable_placed_span_wins_and_an_unsure_one_is_not_proposed(lookup):
    tokens = tokenize("Shelling on Saraqib and Idlib countryside")
    reading = Reading(tokens, ["O"] * 6, {"B": [0.0, 0.0, 0.7, 0.0, 0.4, 0.0], "I": [0.0] * 6})
    found = tagged_place(reading, lookup, threshold=0.3)
    assert found is not None and found[0].text == "Saraqib" and found[1].admin1_pcode == "SY07"
    assert tagged_place(reading, lookup, threshold=0.8) is None


TEAM_HEADLINES = [
    ("Shelling targets Kafr Nabl and wounds two civilians", "Kafr Nabl"),
    ("Warplanes target Saraqib and kill three people", "Saraqib"),
    ("Regime forces shell Talbiseh injuring children", "Talbiseh"),
    ("Air strikes hit Ariha killing a woman", "Ariha"),
    ("Clashes in Douma leave four fighters dead", "Douma"),
    ("Shelling targets Jisr al-Shughur at dawn", "Jisr al-Shughur"),
    ("Barrel bombs target Daraya and wound five", "Daraya"),
    ("Warplanes target Khan Shaykhun and kill a child", "Khan Shaykhun"),
    ("Two killed in shelling on al-Rastan", "al-Rastan"),
    ("Explosion in Azaz wounds six civilians", "Azaz"),
    ("Regime forces shell Kafr Zita and kill one man", "Kafr Zita"),
    ("Air strikes target Maarat al-Numan killing eight", "Maarat al-Numan"),
]


def examples(pairs) -> list[Example]:
    out = []
    for n, (headline, place) in enumerate(pairs):
        tokens = tokenize(headline)
        start = next(i for i, t in enumerate(tokens) if headline[t.start :].startswith(place))
        out.append(Example(str(n), tokens, bio(len(tokens), [(start, start + len(tokenize(place)))])))
    return out


def test_a_trained_model_is_reproducible_and_tags_a_place_it_never_saw(lookup, tmp_path: Path):
    first, second = tmp_path / "a.crfsuite", tmp_path / "b.crfsuite"
    for out in (first, second):
        train(examples(TEAM_HEADLINES), lookup, out, c1=0.01, c2=0.01, iterations=100, min_freq=1)
    assert first.read_bytes() == second.read_bytes()
    tagger = PlaceTagger(lookup, first)
    reading = tagger.read(tokenize("Warplanes target Sarmin and kill two people"))
    assert [s.text for s in reading.spans()] == ["Sarmin"]
    found = tagged_place(reading, lookup)
    assert found is not None and found[1].admin1_pcode == "SY07"  # Sarmin, Idlib

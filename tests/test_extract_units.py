"""Extraction building blocks: numbers, casualty figures, dates, link lists and HTML (no gazetteer needed)."""
from __future__ import annotations

import datetime as dt

import pytest

from incidents.extract.casualties import counts
from incidents.extract.dates import find_dates
from incidents.extract.files import html_text
from incidents.extract.numbers import parse_number
from incidents.extract.text import detect_language, drop_link_lists, sentences, tokenize


@pytest.mark.parametrize("text, value", [
    ("6", 6), ("١٢", 12), ("۱۵", 15), ("1,200", 1200), ("خمسة", 5), ("خمسة وعشرين", 25), ("ثلاثة عشر", 13),
    ("أحد عشر", 11), ("مئة وعشرين", 120), ("ثلاث مئة", 300), ("twenty-five", 25), ("eleven", 11),
    ("two hundred and five", 205), ("الثلاثة", 3),
])
def test_numbers_in_digits_and_words(text, value):
    assert parse_number(tokenize(text), 0)[0] == value


@pytest.mark.parametrize("word", ["الثلاثاء", "الخميس", "people", "عشرات"])
def test_words_that_are_not_numbers(word):
    assert parse_number(tokenize(word), 0) is None


def figures(text: str) -> dict:
    found, _ = counts(tokenize(text), detect_language(text) == "ar")
    out: dict = {}
    for c in found:
        out[c.kind] = (out.get(c.kind) or 0) + c.value if c.value is not None else out.get(c.kind)
    return out


@pytest.mark.parametrize("text, killed, wounded", [
    ("مقتل 6 عسكريين سوريين وإصابة 5 آخرين بجروح", 6, 5),
    ("قُتل مدنيان وأصيب سبعة آخرون بجروح", 2, 7),
    ("قُتلت امرأة وطفلاها", 3, None),
    ("مقتل امرأة وطفليها وإصابة ثلاثة آخرين", 3, 3),
    ("سقوط قتيلين وجريح في قصف", 2, 1),
    ("لقي خمسة أشخاص مصرعهم", 5, None),
    ("أودى التفجير بحياة خمسة وعشرين شخصاً", 25, None),
    ("قتل رجل وزوجته وأطفاله الثلاثة", 5, None),
    ("مقتل ١٢ مدنياً بينهم طفلان", 12, None),
    ("ثلاثة أطفال قتلوا وأصيب خمسة آخرون", 3, 5),
    ("A woman and her two children were killed and five others wounded.", 3, 5),
    ("The strike killed at least 12 civilians, including three children, and injured 20.", 12, 20),
    ("At least 58 people, including 11 children, were killed.", 58, None),
    ("Three shepherds were killed when a landmine exploded.", 3, None),
    ("Airstrikes killed a man and his son.", 2, None),
    ("Three soldiers died and two were hurt.", 3, 2),
])
def test_casualty_figures(text, killed, wounded):
    got = figures(text)
    assert (got.get("killed"), got.get("wounded")) == (killed, wounded)


@pytest.mark.parametrize("text", ["مقتل عشرات المدنيين", "مقتل عدد من العناصر", "Dozens of people were killed",
                                  "several soldiers were wounded", "an unknown number of fighters were killed"])
def test_vague_counts_stay_empty_with_a_note(text):
    found, _ = counts(tokenize(text), detect_language(text) == "ar")
    assert len(found) == 1 and found[0].value is None and "vague" in found[0].note


@pytest.mark.parametrize("text", ["سقوط 10 بين قتيل وجريح", "مقتل وإصابة 12 شخصا", "10 casualties were reported"])
def test_a_joint_killed_and_wounded_figure_is_not_split(text):
    found, _ = counts(tokenize(text), detect_language(text) == "ar")
    assert [(c.kind, c.value) for c in found] == [("both", None)] and "not split" in found[0].note


def test_each_number_is_taken_once():
    found, _ = counts(tokenize("ارتفعت حصيلة القتلى إلى ١٢ قتيلا"), True)
    assert [(c.kind, c.value) for c in found] == [("killed", 12)]


def test_definite_reference_is_an_anaphor_not_a_count():
    found, anaphors = counts(tokenize("أن القتلى والجرحى في صفوف القوات سقطوا"), True)
    assert found == [] and set(anaphors) == {"killed", "wounded"}


PUBLISHED = dt.date(2018, 12, 21)  # a Friday


@pytest.mark.parametrize("text, date, precision", [
    ("مساء الخميس", dt.date(2018, 12, 20), "day"),
    ("فجر اليوم", PUBLISHED, "day"),
    ("أمس الخميس", dt.date(2018, 12, 20), "day"),
    ("أول أمس", dt.date(2018, 12, 19), "day"),
    ("الليلة الماضية", dt.date(2018, 12, 20), "day"),
    ("on Tuesday", dt.date(2018, 12, 18), "day"),
    ("Wednesday's air strikes", dt.date(2018, 12, 19), "day"),
    ("yesterday", dt.date(2018, 12, 20), "day"),
    ("last week", dt.date(2018, 12, 14), "week"),
    ("20 كانون الأول 2018", dt.date(2018, 12, 20), "day"),
    ("15 ديسمبر", dt.date(2018, 12, 15), "day"),
    ("on December 30", dt.date(2017, 12, 30), "day"),
])
def test_dates_resolved_against_publication(text, date, precision):
    found = find_dates(tokenize(text), PUBLISHED)
    assert (found[0].date, found[0].precision) == (date, precision)


def test_read_also_lists_are_dropped():
    text = "قصف على حماة.\n\nاقرأ ايضًا :\n\n- مقتل 20 في إدلب\n\n- بيان\n\nوأضاف المصدر أن القصف استمر طوال الليل حتى ساعات الصباح الأولى من يوم الجمعة."
    kept = drop_link_lists(text)
    assert "إدلب" not in kept and "بيان" not in kept and "وأضاف" in kept
    assert "Shelling" not in drop_link_lists("Hit.\nRead also:\n- Shelling on Damascus kills 3\n")


def test_short_titled_bullet_lists_are_other_stories():
    """A title of a few words ending in a colon over bullets lists other stories; a longer lead-in is the report's."""
    kept = drop_link_lists("Two killed in Busayrah.\n\nEarlier today:\n- Drone strikes a car near Qamishli\n\nNo claim.")
    assert "Qamishli" not in kept and "No claim." in kept
    own = "Shelling hit the following villages of the Ghab plain:\n- Qastun\n- Ziyara\n"
    assert "Qastun" in drop_link_lists(own)
    assert "Qastun" in drop_link_lists("Villages hit:\nQastun and Ziyara were shelled at dawn by the army.\n")


def test_sentences_and_language():
    assert detect_language("قصف على حماة and more") == "ar" and detect_language("Shelling on Hama") == "en"
    assert [s.text for s in sentences("One. Two!\n\nThree")] == ["One.", "Two!", "Three"]


def test_html_text_keeps_the_story_and_drops_scripts_and_asides():
    html = "<html><script>var a='killed 40';</script><body><p>Body &amp; text</p><aside>Read also</aside><ul><li>item</li></ul></body></html>"
    text = html_text(html)
    assert "Body & text" in text and "killed 40" not in text and "Read also" not in text and "- item" in text

"""Classes found on the Arabic parts of real-blind12, 11, 10, 9 and 8 once released (extract16a, 3 Dec, eighteenth
shift; texts kept outside the repository), as the team's own examples: invented sentences, never an article's words."""
from __future__ import annotations

import datetime as dt

from extracted import Extracted

PUBLISHED = dt.date(2023, 10, 5)  # a Thursday
EXTRACTED = Extracted(PUBLISHED)


def test_the_leads_figure_goes_to_the_quarter_the_body_places_in_its_city(gaz):
    """"قتل رجل ... في مدينة حماة" then "استُهدف الرجل ... في حي X بمدينة حماة": the body places the lead's event at
    a finer place and names the lead's city beside it; the figure is that place's, the city was only the lead's way
    of saying where. Two finer places of that kind of event on that day leave the figure at the city."""
    text = ("قُتل رجل برصاص مسلحين مجهولين، مساء أمس الأربعاء، في مدينة حماة.\n"
            "وقالت مصادر محلية إن الرجل استُهدف أمام منزله في حي الشريعة بمدينة حماة.")
    assert EXTRACTED.found(text, gaz) == [("الشريعة", 1, None)]
    text = ("أصيب طفلان جراء انفجار عبوة ناسفة اليوم الخميس في مدينة إدلب.\n"
            "وانفجرت العبوة بدراجة نارية في بلدة بنش قرب مدينة إدلب، بحسب الدفاع المدني.")
    assert EXTRACTED.found(text, gaz) == [("بنش", None, 2)]
    # two finer places of the same kind of event leave the figure where the lead put it (whose dead is not told)
    text = ("قُتل ثلاثة مدنيين بقصف مدفعي اليوم الخميس على مدينة إدلب.\n"
            "كما طال القصف بلدتي بنش وسرمين قرب مدينة إدلب.")
    assert ("إدلب", 3, None) in EXTRACTED.found(text, gaz)


def test_the_same_in_english(gaz):
    """The structure is the outlets', not a language's: "in the town of X near Y city" after "in the city of Y"."""
    text = ("Two children were wounded on Thursday when a bomb exploded in the city of Idlib.\n"
            "The bomb went off in the town of Binnish near Idlib city, the civil defence said.")
    assert EXTRACTED.found(text, gaz) == [("Binnish", None, 2)]


def test_a_year_or_day_after_a_months_name_counts_nobody(gaz):
    """"On Wednesday, October 4, 2023, three civilians were killed", "وفي أيلول 2023، قتل انفجار ...": the day and the
    year a month's name opens are the date, not figures, though the casualty verb follows the date's comma (they were
    read as 2,030 and 2,023 killed). A year after "عام" is one too."""
    text = "On Wednesday, October 4, 2023, three civilians were killed in shelling on the town of Binnish."
    assert EXTRACTED.found(text, gaz) == [("Binnish", 3, None)]
    text = "وفي أيلول 2023، قتل انفجار عبوة ناسفة في بلدة بنش."
    assert EXTRACTED.found(text, gaz) == [("بنش", None, None)]
    text = "وفي تشرين الأول عام 2023، أصيب مدنيان بانفجار لغم في بلدة بنش."
    assert EXTRACTED.found(text, gaz) == [("بنش", None, 2)]
    text = "Two civilians were killed in Binnish on October 4, 2023, and 12 were wounded."
    assert EXTRACTED.found(text, gaz) == [("Binnish", 2, 12)]


def test_a_toll_over_the_whole_country_is_no_events_figure(gaz):
    """"إن نحو 90 شخصاً قتلوا اليوم في عموم سوريا", "سقط 70 قتيلاً في مدن سورية عدة", "مقتل 250 شخصاً، بينهم 40 طفلاً، ... في عموم
    أنحاء البلاد": a figure whose own clause (an aside of its parts skipped) spreads it over the country or over several
    of its cities is the country's toll, not the event's; the event told beside it keeps its own figure."""
    text = ("قُتل أربعة مدنيين اليوم الخميس بقصف مدفعي على بلدة كفرنبل.\n"
            "وقالت لجان التنسيق إن نحو 90 شخصاً قتلوا اليوم في عموم سوريا.")
    assert EXTRACTED.found(text, gaz) == [("كفرنبل", 4, None)]
    text = ("سقط 70 قتيلاً على الأقل اليوم الخميس في مدن سورية عدة.\n"
            "وقتل ثلاثة مدنيين بقصف جوي على بلدة حزارين.")
    assert EXTRACTED.found(text, gaz) == [("حزارين", 3, None)]
    text = ("قُتل طفلان بانفجار لغم أرضي اليوم الخميس قرب قرية حزارين.\n"
            "ووثّق المرصد مقتل 250 شخصاً، بينهم 40 طفلاً، جراء انفجار ألغام في عموم أنحاء البلاد.")
    assert EXTRACTED.found(text, gaz) == [("حزارين", 2, None)]


def test_a_proclitic_written_apart_before_a_figure_is_no_place(gaz):
    """"تقصف بـ 6 غارات بلدة X": the preposition ب written apart with a tatweel before the figure is no name of its own
    (its name text is empty); the place is the town after it (before, the empty name raised an IndexError in the
    gazetteer's size-word test and the whole report failed)."""
    text = "الطائرات تقصف بـ 6 غارات بلدة كفرنبل صباح اليوم."
    assert EXTRACTED.places(text, gaz) == ["كفرنبل"]

"""stated_dates: the dates a report writes with their year, which bound its publication day."""
import datetime as dt

from incidents.extract.dates import stated_dates


def test_full_dates_in_both_scripts_and_iso_are_read_in_text_order():
    text = ("Damascus, March 14, 2017 (wire) - shelling hit the town on 12 آذار 2017; "
            "a statement of ٢٠١٨-٠١-٠٢ and 3 March, 2016 followed.")
    assert stated_dates(text) == [dt.date(2017, 3, 14), dt.date(2017, 3, 12), dt.date(2018, 1, 2),
                                  dt.date(2016, 3, 3)]


def test_dates_without_a_year_or_impossible_days_are_not_stated():
    assert stated_dates("On 14 March shelling killed 2017 people; 31 February 2017 is no day.") == []
    assert stated_dates("قتل 3 أشخاص يوم الأحد في 2 كانون الثاني") == []


def test_two_word_arabic_months():
    assert stated_dates("وفي 1 كانون الثاني 2018 قصفت الطائرات البلدة") == [dt.date(2018, 1, 1)]


# A dateline's day is the report's own date: its weekdays and the sentences after it are read against it, not
# against the day the report was pasted (the Ingest page's "Published on" defaults to today).
PASTED = dt.date(2026, 12, 1)


def _dates(text: str) -> list[tuple[str, str]]:
    from incidents.extract import extract
    return [(i.place_text, i.event_date.isoformat()) for i in extract(text, PASTED)]


def test_a_weekday_after_a_dateline_is_read_against_the_dateline():
    text = ("ALEPPO, 14 March 2017 - Air strikes on the town of Atarib killed nine civilians on Tuesday, medics said. "
            "Separately, a car bomb exploded in Azaz, killing four fighters.")
    assert _dates(text) == [("Atarib", "2017-03-14"), ("Azaz", "2017-03-14")]


def test_an_arabic_dateline_between_dashes():
    text = ("حلب - 14 آذار 2017 - قتل تسعة مدنيين بغارات على بلدة الأتارب يوم الثلاثاء. "
            "وفي سياق منفصل، قتل أربعة مقاتلين بانفجار سيارة مفخخة في اعزاز.")
    assert _dates(text) == [("الأتارب", "2017-03-14"), ("اعزاز", "2017-03-14")]


def test_a_day_after_the_dash_closed_by_a_colon_is_the_dateline():
    text = ("إدلب - 3 تشرين الثاني 2026: قتل ثلاثة مدنيين بقصف مدفعي على بلدة سرمين أمس. "
            "وأصيب خمسة آخرون صباح اليوم بغارة جوية على مدينة أريحا.")
    assert _dates(text) == [("سرمين", "2026-11-02"), ("أريحا", "2026-11-03")]
    text = ("IDLIB - 3 November 2026: Three civilians were killed by shelling on Sarmin yesterday. "
            "Five others were wounded this morning in an air strike on Ariha.")
    assert _dates(text) == [("Sarmin", "2026-11-02"), ("Ariha", "2026-11-03")]


def test_a_place_comma_day_colon_opening_is_the_dateline():
    """"Idlib, 1 December 2026: ... yesterday evening" (journey12's walk): the comma form dates as the dash form does."""
    text = ("Hama, 3 November 2026: Two shepherds were killed by a landmine near the village of Tayba yesterday "
            "evening. A child was wounded this morning by shelling on Kafr Zita.")
    assert _dates(text) == [("Tayba", "2026-11-02"), ("Kafr Zita", "2026-11-03")]
    text = ("حماة، 3 تشرين الثاني 2026: قتل راعيان بانفجار لغم قرب قرية الطيبة مساء أمس. "
            "وأصيب طفل صباح اليوم بقصف على بلدة كفرزيتا.")
    assert _dates(text) == [("الطيبة", "2026-11-02"), ("كفرزيتا", "2026-11-03")]


def test_a_comma_and_a_colon_without_a_day_are_no_dateline():
    text = "On Monday, 3 men were killed in Tafas: gunmen shot them at a checkpoint."
    assert _dates(text) == [("Tafas", "2026-11-30")]


def test_this_morning_is_the_reports_own_day_not_the_day_told_before():
    text = ("Three civilians were killed by shelling on Sarmin yesterday. "
            "Five others were wounded this morning in an air strike on Ariha.")
    assert _dates(text) == [("Sarmin", "2026-11-30"), ("Ariha", "2026-12-01")]


def test_a_month_first_date_keeps_its_year():
    text = "DARAA, June 10, 2019 – Gunmen shot dead two men in the town of Tafas on Wednesday evening."
    assert _dates(text) == [("Tafas", "2019-06-05")]
    assert stated_dates("On June 10, 2019 and on June 12 2019") == [dt.date(2019, 6, 10), dt.date(2019, 6, 12)]


def test_without_a_dateline_weekdays_are_read_against_the_publication_day():
    assert _dates("Gunmen shot dead two men in the town of Tafas on Wednesday.") == [("Tafas", "2026-11-25")]

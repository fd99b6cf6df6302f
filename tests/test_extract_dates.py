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

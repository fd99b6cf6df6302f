"""A city quarter OCHA names after two ("X-Y", "X wa Y", "X(Y)") answers to each of them, and the shipped quarter
table is the one `python -m gazetteer.quarters` writes from OCHA's layer."""
from __future__ import annotations

import csv

import pytest

from gazetteer import Gazetteer
from gazetteer.builtin import QUARTERS
from gazetteer.quarters import quarter_rows
from gazetteer.sources.ocha import two_names
from tests.gazetteer_env import clean_env  # noqa: F401


@pytest.mark.parametrize("name_en, name_ar, names", (
    ("Bab Tuma-Qassaa", "باب توما-القصاع", ["Bab Tuma", "باب توما", "Qassaa", "القصاع"]),
    ("Karm wa Jabal", "الكرم والجبل", ["Karm", "الكرم", "Jabal", "الجبل"]),
    ("Northern(Al-Mina)", "الشمالي-المينا", ["Al-Mina", "المينا"]),  # a compass word is no name
    ("As Sadd wa Al Wasat", "السد والوسط", ["As Sadd", "السد"]),  # nor "the centre" in either script
    ("Al-Midan", "الميدان", []),  # an article's hyphen joins its word
    ("Ad-Dahir-Jawrah", "الضاهر-الجورة", ["Ad-Dahir", "الضاهر", "Jawrah", "الجورة"]),
    ("Tas-heeh", "التصحيح", []),  # one name in Arabic: a hyphen inside a Latin spelling
    ("Wadi wa Sahil", "وادي الساحل", []),  # no Arabic و: the parts do not pair up
))
def test_a_quarter_of_two_names_has_both(name_en, name_ar, names):
    assert two_names(name_en, name_ar) == names


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_layers()


@pytest.mark.parametrize("query", ("المهاجرين في حمص", "Muhajreen, Homs", "حي عبد العزيز في دير الزور",
                                   "Al Jami' Al Kabeer, Deir ez-Zor", "الجامع الكبير في دير الزور"))
def test_each_name_of_a_two_name_quarter_answers_in_its_city(gaz, query):
    best = gaz.best(query)
    assert best is not None and best.level == "neighbourhood" and best.source == "ocha", query
    assert " wa " in best.name_en or "-" in best.name_en, query


def test_the_shipped_table_is_the_one_the_code_writes(ocha_dir):
    with open(QUARTERS, encoding="utf-8", newline="") as handle:
        shipped = list(csv.DictReader(handle))
    written = quarter_rows(ocha_dir)
    assert [(r["pcode"], r["names"], r["keys"]) for r in shipped] == [
        (r["pcode"], r["names"], r["keys"]) for r in written]

"""Place classes found on real-blind13 once studied (extplaces18, 3 Dec, twentieth shift; texts kept outside the
repository), as the team's own examples: invented sentences with other places and numbers, never an article's words."""
from __future__ import annotations

import datetime as dt

from extracted import Extracted

PUBLISHED = dt.date(2023, 10, 5)  # a Thursday
EXTRACTED = Extracted(PUBLISHED)


def test_a_towns_figure_is_not_the_sum_of_the_next_towns(gaz):
    """"أربع غارات على مدينة X ... مقتل ثمانية وإصابة أكثر من عشرين" then "وفي مدينة Y المجاورة ... سبعة ... خمسة
    عشر", "مدينة Z ... خمسة ... ثمانية": the next towns of its governorate are no parts of the town (only its quarters
    are), so its figures are its own, not a total they add up to (15 + 8 wounded is "more than twenty")."""
    text = ("قُتل عشرون مدنياً وأصيب العشرات في غارات جوية على بلدات ريف إدلب الشرقي اليوم الخميس.\n"
            "وشن الطيران الحربي أربع غارات على مدينة “سرمين”، وتسببت بمقتل ثمانية مدنيين وإصابة أكثر من عشرين.\n"
            "وفي مدينة بنش المجاورة، قضى سبعة مدنيين وأصيب خمسة عشر آخرون.\n"
            "وأغار الطيران على مدينة تفتناز، وتسبب بمقتل خمسة مدنيين وإصابة ثمانية.")
    assert sorted(f for f in EXTRACTED.found(text, gaz) if f[1] or f[2]) == [
        ("بنش", 7, 15), ("تفتناز", 5, 8), ("سرمين", 8, 20)]


def test_the_area_after_a_village_only_locates_it(gaz):
    """"استهدف الطيران بلدة X في منطقة Y، ما أدى إلى مقتل طفلة": منطقة Y says where the town lies (as "في ناحية Y",
    "بريف Y" do), so the town is the incident and keeps the figure; a list ("قرية X ومنطقة Y") is not so read."""
    text = "استهدف الطيران الحربي بلدة كفرنبودة في منطقة الباب، ما أدى إلى مقتل طفلة وإصابة ثلاثة مدنيين."
    assert EXTRACTED.found(text, gaz) == [("كفرنبودة", 1, 3)]


def test_a_village_named_like_a_visit_does_not_end_its_list(gaz):
    """"قرى A وزيارة وB وC": the village الزيارة is a member of the list, not the word "visit" that makes the places
    after it a meeting's (a word of a place's own name is no cue for the next place)."""
    text = "قصفت مدفعية النظام قرى قبر فضة وزيارة والحويز والمشيرفة في سهل الغاب بعشرات القذائف."
    assert EXTRACTED.places(text, gaz) == ["قبر فضة", "زيارة", "الحويز", "المشيرفة"]


def test_an_unknown_list_member_of_two_words_is_read_whole(gaz):
    """"أحياء A B، وC D، وE": a plural designator's member the gazetteer lacks may be two words when the list's
    separator (a comma, the next و-member) follows them, so the list goes on past it; a verb after one word does not
    join it ("أحياء A تعرضت، ...")."""
    text = "تعرضت أحياء حارة نصور، وبستان كليب، والميسر بمدينة حلب، لقصف بالبراميل المتفجرة."
    assert EXTRACTED.places(text, gaz) == ["حارة نصور", "بستان كليب", "الميسر"]
    text = "تعرضت أحياء حارة نصور تعرضت، والميسر بمدينة حلب، لقصف بالبراميل المتفجرة."
    assert EXTRACTED.places(text, gaz)[0] == "حارة"


def test_a_sentence_set_aside_as_worth_noting_tells_no_event(gaz):
    """"ويذكر أن مدينة X شهدت اشتباكات ...", "الجدير بالذكر أن بلدات Y تتعرض لقصف ...", "يُذكر أن حصيلة ... ارتفعت إلى
    N": what the report adds aside (an earlier battle, a siege, a tally) is no incident of its own; one that gives its
    day still tells one."""
    text = ("قُتل ثلاثة مدنيين اليوم الخميس بانفجار سيارة مفخخة في مدينة منبج.\n"
            "ويذكر أن مدينة الباب شهدت اشتباكات عنيفة بين الفصائل خلال العام الماضي.\n"
            "الجدير بالذكر أن بلدات ريف حلب الشرقي تتعرض لقصف متقطع.\n"
            "يُذكر أن حصيلة ضحايا التفجيرات في المنطقة ارتفعت إلى 40 قتيلاً.")
    assert EXTRACTED.found(text, gaz) == [("منبج", 3, None)]
    text = ("قُتل ثلاثة مدنيين اليوم الخميس بانفجار سيارة مفخخة في مدينة منبج.\n"
            "ويذكر أن طفلاً قُتل يوم الثلاثاء بقصف على مدينة الباب.")
    assert EXTRACTED.found(text, gaz) == [("منبج", 3, None), ("الباب", 1, None)]


def test_unknown_towns_the_clause_sets_in_a_neighbouring_country_are_abroad(gaz):
    """"the towns of X and Y in Iraq", "in X and other parts of Iraq's Anbar province": names the gazetteer lacks that
    their own clause sets in a neighbouring country are no Syrian incident; a known Syrian town stays."""
    text = ("Coalition jets struck the town of Tabqa in Syria on Thursday, as well as the towns of Ramadi and Fallujah "
            "in Iraq.")
    assert EXTRACTED.places(text, gaz) == ["Tabqa"]
    text = ("A car bomb killed two people in the Syrian town of Tabqa on Thursday.\n"
            "Gunmen also shot dead four men in Haditha and other parts of Iraq's western Anbar province.")
    assert EXTRACTED.found(text, gaz) == [("Tabqa", 2, None)]


def test_a_village_near_a_town_is_not_a_namesake_far_from_it(gaz):
    """"قرية X قرب مدينة Y": X lies by Y; a village of that name the gazetteer holds in another governorate, far from
    Y, is not it (X is then placed near Y, flagged), as the gazetteer's own "X قرب Y" form reads it."""
    text = "قُتل مدنيان بقصف مدفعي على قرية كفرنبودة قرب مدينة منبج."
    assert EXTRACTED.placed(text, gaz) == [("كفرنبودة", "SY02")]


def test_a_tanker_carrying_water_is_no_wounded_carried(gaz):
    """"استهدف الطيران صهريجاً لنقل المياه في قرية X": "لنقل" is what the tanker was for, not the wounded carried to
    X (a hospital's town is no incident): X is where the strike fell."""
    text = "استهدف الطيران الحربي صهريجاً لنقل المياه في قرية كفرنبودة بريف حماة، ما أدى لمقتل شابين."
    assert EXTRACTED.found(text, gaz) == [("كفرنبودة", 2, None)]


def test_a_governorate_capital_of_two_words_after_its_town_only_locates_it(gaz):
    """"مجزرة في مدينة الميادين بدير الزور": "بدير الزور" (a capital of two words, after ب) says where the town is; it is
    no part of the town's name, as "بحلب" is none of "حي الصالحين بحلب"."""
    text = "قُتل خمسة مدنيين بغارة على مدينة البوكمال بدير الزور."
    assert EXTRACTED.found(text, gaz) == [("البوكمال", 5, None)]


def test_names_listed_before_plural_districts_quarters_and_a_sentences_the(gaz):
    """"in both A and B districts in Zabadani" (districts, quarters: plural designators after names, as
    neighbourhoods are), "The A, B and C neighbourhoods also came under heavy shellfire" (the sentence's "The" is no
    part of the first name; shellfire is shelling)."""
    text = "Government jets dropped barrel bombs on both Hijaz and Wadi Nasr districts in Madaya, killing three people."
    assert EXTRACTED.places(text, gaz)[:2] == ["Hijaz", "Wadi Nasr"]
    text = "The Kallaseh, Bustan Hamdan and Kadi Ahmad quarters came under heavy shellfire on Thursday."
    assert EXTRACTED.places(text, gaz) == ["Kallaseh", "Bustan Hamdan", "Kadi Ahmad"]


def test_a_bomber_who_blew_himself_up_tells_a_blast(gaz):
    """"The bomber slipped into the X district and blew himself up": "blew" names the blast, so the
    quarter its sentence names is where it happened (before, a sentence with no other event word gave no incident)."""
    text = "A suicide attack killed nine people in Qamishli on Thursday.\nThe bomber slipped into the Hilaliyeh district and blew himself up near a bakery."
    assert "Hilaliyeh" in EXTRACTED.places(text, gaz)


def test_a_dateline_closed_by_a_minus_sign_is_a_dateline(gaz):
    """"Kobani, Syria− Mortars hit the X district": a minus sign (or a figure dash, a bar) closing a dateline is a
    dateline's dash, as an en or em dash is; the dateline's town is where the report was filed, no incident."""
    text = "Kobani, Syria− Mortar shells hit the city of Tal Abyad on Thursday, wounding four people."
    assert EXTRACTED.found(text, gaz) == [("Tal Abyad", None, 4)]


def test_an_area_a_bearing_of_two_words_places_is_the_place(gaz):
    """"في منطقة X جنوب غربي بلدة Y في ريف Z": a bearing of two words (south-west of Y) locates X as one of one word
    does; Y is the reference, X the incident."""
    text = "قُتل راعٍ برصاص مجهولين في منطقة الحمرية جنوب غربي بلدة خان أرنبة في ريف القنيطرة."
    assert EXTRACTED.found(text, gaz) == [("الحمرية", 1, None)]


def test_a_dual_designators_second_name_of_two_words_before_its_countryside(gaz):
    """"قريتي A وB C بريف Y": the second name is two words when the list's locating phrase (بريف، بمدينة، بمحيط)
    follows them."""
    text = "قصف الطيران الحربي قريتي الباغوز وظهرة حماد بريف البوكمال، ما أدى إلى مقتل أربعة مدنيين."
    assert EXTRACTED.places(text, gaz) == ["الباغوز", "ظهرة حماد"]


def test_a_family_name_in_the_roster_of_the_dead_is_no_place(gaz):
    """"... مقتل 9 مدنيين، الضحايا هم: (خالد X الشيخ، ...)": a name no designator announces, inside the roster "هم:"
    opens, is a family name (الشيخ, الحلبي are places too); the toll stays at the village struck."""
    text = "استهدف الطيران الحربي قرية الكشمة في الريف الشرقي، ما أدى إلى مقتل 9 مدنيين، الضحايا هم: (خالد حمود الشيخ، سعد الحلبي)."
    assert EXTRACTED.found(text, gaz) == [("الكشمة", 9, None)]


def test_one_name_told_twice_in_one_governorate_is_one_place(gaz):
    """"حي الوعر بحمص" in the headline, "حي الوعر غربي حمص" in the lead: the gazetteer reads the two in two layers (the
    OCHA quarter, an OSM locality of the same governorate), but one name told twice on one day is one place, one
    incident (a capital and the governorate its bare name stands for stay apart)."""
    text = ("أضرار جراء قصف بالهاون على حي الوعر بحمص\n"
            "قُتل ثلاثة مدنيين مساء اليوم الخميس بقصف بقذائف الهاون على حي الوعر غربي حمص.")
    assert EXTRACTED.found(text, gaz) == [("الوعر", 3, None)]

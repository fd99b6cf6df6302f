"""Classes found by studying real news reports (eighth shift), as the team's own examples: invented sentences in
the manner of the outlets, never an article's words."""
from __future__ import annotations

import datetime as dt

from incidents.extract import extract

from extracted import Extracted

PUBLISHED = dt.date(2023, 5, 8)
X = Extracted(PUBLISHED)


def test_a_dateline_toll_with_no_place_beside_the_same_toll_at_a_town_is_one_event(gaz):
    text = ("AMMAN: 11 soldiers were killed as the Islamic State group ambushed an army truck in the eastern desert on "
            "Monday, a monitor said.\nThe ambush happened near the ancient town of al-Sukhnah, where the Islamic State "
            "hit the truck, resulting in the death of 11 members of the army. A few others were hurt.")
    got = extract(text, PUBLISHED, gazetteer=gaz)
    assert [(i.place_text, i.killed) for i in got] == [("al-Sukhnah", 11)]


def test_a_title_case_headline_names_no_unknown_place(gaz):
    got = extract("Eleven Soldiers Killed in Militant Ambush Near Sukhnah", PUBLISHED, gazetteer=gaz)
    assert [i.place_text for i in got if "Ambush" in (i.place_text or "")] == []


def test_the_city_a_bearing_is_taken_from_is_no_incident(gaz):
    text = "Army shelling killed four people on Monday in the town of Jisreen east of the capital Damascus, a monitor said."
    assert [(i.place_text, i.killed, i.admin1_pcode) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [
        ("Jisreen", 4, "SY03")]
    text = "شنت طائرات حربية غارات على بلدة الأتارب (25 كم غرب مدينة حلب)، ما أدى لمقتل مدني وجرح ستة آخرين."
    assert [(i.place_text, i.killed, i.wounded) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [("الأتارب", 1, 6)]


def test_a_town_a_village_is_told_beside_is_a_reference(gaz):
    text = "وفي قرية الردة المجاورة لمدينة مسكنة سقط ثلاثة قتلى بالقصف صباح اليوم."
    assert [(i.place_text, i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [("الردة", 3)]


def test_demonstratives_and_a_nationality_are_no_places(gaz):
    text = "جدد الطيران غاراته على مدن وبلدات ريفي حلب الشرقي والغربي مستهدفاً المرافق في تلك المناطق."
    assert not {i.place_text for i in extract(text, PUBLISHED, gazetteer=gaz)} & {"تلك", "ريفي"}
    text = "Nine civilians were killed and 12 wounded in Turkish air strikes near the town of Jarabulus on Sunday."
    assert [(i.place_text, i.killed, i.wounded) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [("Jarabulus", 9, 12)]


def test_a_space_after_the_article_keeps_the_name_whole(gaz):
    text = "Mortar shells fell on Monday on the two neighborhoods of al- Sukkari and al- Mashhad in the city of Aleppo."
    assert {"al-Sukkari", "al-Mashhad"} <= {i.place_text for i in extract(text, PUBLISHED, gazetteer=gaz)}


def test_a_capitalised_preposition_ends_a_name(gaz):
    got = extract("Nine Guards Killed in Rebel Raid Near Jisr al-Shughur City", PUBLISHED, gazetteer=gaz)
    assert not [i.place_text for i in got if "Near" in (i.place_text or "")]


def test_an_adjective_before_a_camp_is_no_part_of_its_name(gaz):
    text = "Dozens of families at the SDF-run Areesha camp in southern Hasaka staged a protest on Tuesday."
    assert "SDF-run Areesha" not in {i.place_text for i in extract(text, PUBLISHED, gazetteer=gaz)}


def test_a_loose_guess_for_a_first_word_does_not_cut_a_village_name(gaz):
    text = "Security forces detained 12 men in the village of Kaskas Jabour on Tuesday."
    assert [i.place_text for i in extract(text, PUBLISHED, gazetteer=gaz)] == ["Kaskas Jabour"]


def test_the_border_town_a_distance_is_taken_from_is_a_reference(gaz):
    text = ("Rebels clashed with Kurdish fighters on Sunday at the village of Yusuf Beik, some 8 km south of the border "
            "town of Jarablus.")
    assert "Jarablus" not in {i.place_text for i in extract(text, PUBLISHED, gazetteer=gaz)}


def test_the_capital_named_after_a_comma_is_the_place(gaz):
    text = ("Israeli missile strikes killed two soldiers before dawn on Monday near the Syrian capital, Damascus. "
            "A monitor said the strikes hit an arms depot near Damascus International Airport.")
    assert [(i.place_text, i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [("Damascus", 2)]


def test_raids_last_month_are_an_earlier_event(gaz):
    text = ("Israeli strikes killed two civilians on Monday near the Syrian capital, Damascus. A monitor said Israeli "
            "raids near the capital last month killed two soldiers and four fighters.")
    assert [(i.place_text, i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [("Damascus", 2)]


def test_a_verb_of_control_in_a_relative_clause_is_no_name_and_no_capture(gaz):
    got = extract("قتل 12 مدنياً بقصف جوي بالبراميل على مدينة تسيطر عليها الفصائل قرب حماة يوم الخميس.", PUBLISHED,
                  gazetteer=gaz)
    assert "تسيطر" not in {i.place_text for i in got}
    assert all(i.sub_event_type == "Air/drone strike" for i in got)


def test_an_abbreviated_month_is_no_place(gaz):
    text = "Strikes on Syria have increased since the war began on Oct. 7, and a drone killed three fighters near Albu Kamal on Sunday."
    assert [i.place_text for i in extract(text, PUBLISHED, gazetteer=gaz)] == ["Albu Kamal"]


def test_a_city_told_again_as_the_frame_of_its_quarters_is_no_incident(gaz):
    text = ("الرقة: غارات على أحياء المدينة\nقتل ١٢ مدنياً جراء غارات التحالف على الأحياء التي يسيطر عليها التنظيم في "
            "مدينة الرقة.\nوتوزع القتلى: سبعة في حي الرشيد وخمسة في حي البتاني.")
    assert {i.place_text: i.killed for i in extract(text, PUBLISHED, gazetteer=gaz)} == {"الرشيد": 7, "البتاني": 5}
    text = text.replace("على الأحياء التي يسيطر عليها التنظيم في مدينة الرقة", "على أحياء مدينة الرقة")
    assert {i.place_text: i.killed for i in extract(text, PUBLISHED, gazetteer=gaz)} == {"الرشيد": 7, "البتاني": 5}


def test_a_participle_claiming_lives_gives_the_toll(gaz):
    text = "واستهدفت المروحيات بالبراميل قرية معرشمارين في جنوب إدلب مودية بأربعة مدنيين بينهم طفلان."
    assert X.tolls(text, gaz)["معرشمارين"] == (4, None)


def test_a_family_of_n_members_and_kin_with_them_count(gaz):
    assert X.tolls("وقتلت عائلة من ستة أفراد إثر غارة على مدينة سرمين في ريف إدلب.", gaz)["سرمين"] == (6, None)
    text = "أودت غارة على بلدة سرمين بحياة أربعة أطفال مع أمهم وأبيهم إضافة إلى شاب."
    assert X.tolls(text, gaz)["سرمين"] == (7, None)


def test_the_named_one_after_a_death_verb_is_one(gaz):
    text = "استشهد الطفل علي حسين (9 أعوام)، وأصيبت امرأة، نتيجة القصف على منازل المدنيين في بلدة سرمين."
    assert X.tolls(text, gaz)["سرمين"] == (1, 1)


def test_the_other_side_killed_as_well_adds_up(gaz):
    text = ("شن مسلحون هجوماً على موقع في بلدة كرناز، أسفر عن مقتل 6 عناصر من قوات النظام قبل أن ينسحب المهاجمون "
            "الذين قتل أيضاً 3 من عناصرهم.")
    assert X.tolls(text, gaz)["كرناز"] == (9, None)


def test_killed_and_wounded_told_as_one_figure_is_not_the_dead(gaz):
    assert X.tolls("About 40 civilians killed and wounded in shelling on the town of Salhab on Monday.", gaz)[
        "Salhab"] == (None, None)
    assert X.tolls("Five people were killed and 12 wounded in shelling on the town of Salhab on Monday.", gaz)[
        "Salhab"] == (5, 12)


def test_a_figure_in_a_place_the_text_does_not_name_goes_to_no_place(gaz):
    text = ("قصفت المروحيات بلدة سرمين في ريف إدلب مودية بثلاثة مدنيين، كما قتل طفل في غارة أخرى في قرية في شرق "
            "المحافظة.")
    assert X.tolls(text, gaz)["سرمين"] == (3, None)


def test_villages_listed_without_of_and_names_before_areas(gaz):
    text = "Fighters later attacked army posts around villages Tal Jamal, Kherbet Ali and al-Rahmaniya on Friday."
    assert {"Tal Jamal", "Kherbet Ali", "al-Rahmaniya"} <= {i.place_text for i in extract(text, PUBLISHED, gazetteer=gaz)}
    text = "Clashes broke out on Friday around al-Dashisha and Tal Safouk areas south of al-Shadadi."
    assert {"al-Dashisha", "Tal Safouk"} <= {i.place_text for i in extract(text, PUBLISHED, gazetteer=gaz)}


def test_the_ends_of_an_extent_are_no_incident(gaz):
    text = ("Nine soldiers died on Sunday in an attack on an army bus in the central desert, a monitor said. Militants "
            "keep launching attacks from hideouts in the desert, which extends from the outskirts of the capital, "
            "Damascus, to the Iraqi border.")
    assert "Damascus" not in {i.place_text for i in extract(text, PUBLISHED, gazetteer=gaz)}


def test_an_event_in_an_earlier_month_is_background(gaz):
    text = ("Coalition jets struck the village of al-Susah on Thursday, killing four civilians. In a related "
            "development late in March, eleven civilians were killed in strikes on the town of al-Shadadi.")
    assert [(i.place_text, i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [("al-Susah", 4)]
    text = "Shelling hit Tal Rifat on Saturday, killing three. Turkish forces had captured Afrin in March 2018."
    assert "Afrin" not in {i.place_text for i in extract(text, PUBLISHED, gazetteer=gaz)}


def test_the_governorate_a_village_is_said_to_be_in_decides_between_namesakes(gaz):
    got = extract("Security forces detained nine men in the village of al-Qara in Western Hasaka on Monday.", PUBLISHED,
                  gazetteer=gaz)
    assert [(i.place_text, i.admin1_pcode) for i in got] == [("al-Qara", "SY08")]


def test_the_only_unit_frames_the_one_town_the_gazetteer_lacks(gaz):
    text = ("A drone strike killed two fighters in the Idlib countryside on Monday. The drone hit their car as it "
            "crossed the front-line town of Kafr Zzyzx.")
    assert [(i.place_text, i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [("Kafr Zzyzx", 2)]


def test_dead_told_along_with_others_add_up(gaz):
    text = "The strike hit a gathering in Sarmada on Thursday. Four civilians were killed along with 11 fighters."
    assert X.tolls(text, gaz)["Sarmada"] == (15, None)


def test_others_who_sustained_injuries_are_the_wounded(gaz):
    text = ("Five children lost their lives, and three others, including a woman, sustained injuries in a mine blast "
            "in the town of Sanamein.")
    assert X.tolls(text, gaz)["Sanamein"] == (5, 3)


def test_an_abbreviated_month_ends_no_sentence(gaz):
    text = "On Feb. 25, a mine killed three shepherds near the village of al-Sukkariya."
    assert [(i.place_text, i.killed, i.event_date) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [
        ("al-Sukkariya", 3, dt.date(2023, 2, 25))]


def test_an_old_photo_caption_tells_no_event(gaz):
    text = ("FILE - This photo provided on Sunday, Dec. 25, 2022 shows smoke rising after shelling on Kafr Nabl.\n"
            "Shelling on Tuesday killed four people in the town of Ariha, a monitor said.")
    assert [i.place_text for i in extract(text, PUBLISHED, gazetteer=gaz)] == ["Ariha"]


def test_opening_fire_is_a_shooting_and_a_ceasefire_is_not(gaz):
    text = "أطلق مجهولون النار على شاب في بلدة الشحيل مساء الجمعة، ما أدى إلى مقتله على الفور."
    assert [(i.place_text, i.killed, i.sub_event_type) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [
        ("الشحيل", 1, "Attack")]
    text = "دعت الوزارة من دمشق إلى الالتزام بوقف إطلاق النار في ريف إدلب."
    assert extract(text, PUBLISHED, gazetteer=gaz) == []


def test_people_found_killed_and_an_arrest_told_as_a_capture(gaz):
    assert X.tolls("وعثر سكان في مدينة البصيرة يوم الثلاثاء على شخصين مقتولين وسط المدينة.", gaz)["البصيرة"] == (2, None)
    got = extract("ألقت قوات الأمن القبض على ثلاثة مطلوبين في بلدة ذيبان يوم الثلاثاء.", PUBLISHED, gazetteer=gaz)
    assert [(i.place_text, i.sub_event_type) for i in got] == [("ذيبان", "Arrests")]


def test_a_part_of_the_victims_counts(gaz):
    assert X.tolls("Two of the victims were killed in Saraqib on Tuesday.", gaz)["Saraqib"] == (2, None)


def test_a_toll_told_in_the_town_goes_on_with_the_town_told_before(gaz):
    text = ("في بلدة الشحيل، اندلعت اشتباكات بين الأهالي وعناصر قسد، مما أسفر عن إصابة 5 أشخاص.\nوبدأت الاشتباكات عندما أطلق مجهولون النار على عنصر في "
            "البلدة، فردّ العناصر بإطلاق النار عشوائياً، مما أسفر عن وفاة 3 شبان.")
    assert X.tolls(text, gaz)["الشحيل"] == (3, 5)


def test_the_city_an_area_is_said_to_lie_by_is_a_reference(gaz):
    text = "Missiles hit army posts in the al-Kiswah area south of Damascus on Monday, killing two soldiers."
    assert [(i.place_text, i.admin1_pcode, i.killed) for i in extract(text, PUBLISHED, gazetteer=gaz)] == [
        ("al-Kiswah", "SY03", 2)]

"""Classes found on the Arabic parts of real-blind10, real-blind9 and real-blind8 once released (extract14a, 3 Dec,
sixteenth shift; texts kept outside the repository), as the team's own examples: invented sentences, never an
article's words."""
from __future__ import annotations

import datetime as dt

from extracted import Extracted

PUBLISHED = dt.date(2021, 9, 7)
EXTRACTED = Extracted(PUBLISHED)
_found = EXTRACTED.found


def test_a_later_sentence_that_says_where_the_blast_happened_places_its_toll(gaz):
    """"قتل N في تفجير شمالي مدينة Y" then "ووقع التفجير في قرية X قرب مدينة Y": the town only framed the event; the
    village the retelling names is where it happened, and the toll goes there (as "the attack was carried out in
    the X neighbourhood" does in English)."""
    text = ("قتل تسعة أشخاص في تفجير انتحاري استهدف حفل زفاف شمالي مدينة منبج.\n"
            "ووقع التفجير في قرية العريمة قرب مدينة منبج.")
    assert _found(text, gaz) == [("العريمة", 9, None)]
    text = ("أصيب خمسة مدنيين بانفجار عبوة ناسفة في مدينة جرابلس.\n"
            "وأوضح المصدر أن الانفجار الذي وقع صباحاً استهدف سوقاً في قرية الغندورة.")
    assert _found(text, gaz) == [("الغندورة", None, 5)]
    text = ("قتل أربعة مدنيين بغارة جوية قرب مدينة منبج.\n"
            "ووقعت الغارة على قرية العريمة.")
    assert _found(text, gaz) == [("العريمة", 4, None)]
    # another blast, a numbered one or one after it is no retelling: the town keeps its toll
    for second in ("ووقع انفجار آخر في قرية العريمة.", "ووقع الانفجار الثاني في قرية العريمة.",
                   "وبعد التفجير وقع اشتباك في قرية العريمة."):
        text = "قتل تسعة أشخاص في تفجير انتحاري استهدف حفل زفاف في مدينة منبج.\n" + second
        assert _found(text, gaz)[0] == ("منبج", 9, None)


def test_a_figure_after_towns_each_with_its_designator_is_the_lists(gaz):
    """"بلدة A وبلدة B ... ما أدى إلى مقتل N": towns each named with its own designator and joined by و are one list,
    as "بلدتي A وB" is: the joint figure is kept on the first, not given to the last alone; and a countryside named
    after the last ("مدينة A ومدينة B بريف Z") does not move a known city of another governorate into Z."""
    text = "قصفت الطائرات بلدة سراقب وبلدة تفتناز ما أدى إلى مقتل ستة مدنيين."
    assert _found(text, gaz) == [("سراقب", 6, None), ("تفتناز", None, None)]
    text = "ضربت انفجارات مدينة حمص، ومدينة السلمية بريف حماة، أوقعت ثمانية قتلى."
    assert EXTRACTED.fields(text, gaz, "place_text", "killed", "admin1_pcode") == [
        ("حمص", 8, "SY04"), ("السلمية", None, "SY05")]



def test_another_number_of_wounded_is_vague_not_one(gaz):
    """"وإصابة عدد آخر بجروح": an untold number more, left empty (noted vague); "آخر" after "عدد" is no one person
    of its own as in "وإصابة آخر"."""
    text = "قتل ثلاثة عناصر وأصيب عدد آخر بجروح في اشتباكات قرب بلدة كفرزيتا."
    assert _found(text, gaz) == [("كفرزيتا", 3, None)]
    text = "قصفت المدفعية بلدة كفرزيتا ما تسبب بمقتل امرأة وإصابة عدد آخر من المدنيين."
    assert _found(text, gaz) == [("كفرزيتا", 1, None)]
    text = "قتل ثلاثة عناصر وأصيب آخر بجروح في اشتباكات قرب بلدة كفرزيتا."
    assert _found(text, gaz) == [("كفرزيتا", 3, 1)]


def test_the_desert_of_a_town_is_placed_at_the_town(gaz):
    """"بادية X" (the desert around town X) designates X as "منطقة X" does: "قتل ... في بادية السخنة بريف حمص" is
    placed at al-Sukhnah, not left at the Homs countryside after it, nor lost."""
    text = "قتل ثلاثة رعاة بانفجار لغم أرضي في بادية القريتين بريف حمص الشرقي."
    assert _found(text, gaz) == [("القريتين", 3, None)]
    text = "قتل جنديان بهجوم لخلايا التنظيم على نقطة عسكرية في بادية السخنة."
    assert _found(text, gaz) == [("السخنة", 2, None)]

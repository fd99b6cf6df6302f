"""Word lists of place finding: designators, cues around a place, names that are never places (Arabic and English)."""
from __future__ import annotations

from .text import key_set, stems, word_key

def _table(pairs: dict[str, str]) -> dict[str, str]:
    return {word_key(w): kind for words, kind in pairs.items() for w in words.split()}


# Arabic designators and the kind of place they announce; plurals/duals introduce lists.
AR_DESIGNATORS = _table({
    "قرية قريتي قريتا قرى": "village", "بلدة بلدتي بلدتا بلدات": "town", "مدينة مدينتي مدينتا مدن": "city",
    "منطقة منطقتي منطقتا مناطق بادية": "area", "حي حيي أحياء ضاحية": "neighbourhood", "محافظة محافظتي محافظتا محافظات": "governorate",
    "ريف ريفي أرياف": "region", "مخيم معسكر": "camp", "ناحية": "subdistrict", "مزرعة": "village",
    "جبهة جبهتي جبهتا جبهات محور محوري محورا محاور": "front",
})
# Plural and dual designators (the dual in both cases: "قريتي A وB", "تعرضت قريتا A وB") open a list of names.
AR_LIST_DESIGNATORS = key_set("قريتي قريتا قرى بلدتي بلدتا بلدات مدينتي مدينتا مدن منطقتي منطقتا مناطق حيي أحياء محافظتي "
                              "محافظتا محافظات جبهتي جبهتا جبهات محوري محورا محاور")
AR_DUAL_DESIGNATORS = key_set("قريتي قريتا بلدتي بلدتا مدينتي مدينتا منطقتي منطقتا حيي محافظتي محافظتا جبهتي جبهتا محوري محورا")


def dual_noun(key: str) -> str | None:
    """The noun of a dual designator ('قريت' of 'قريتي', 'بقريتا'), else None."""
    return next((f[:-1] for f in stems(key) if f in AR_DUAL_DESIGNATORS), None)


def counted_dual(key: str) -> bool:
    """'قريتين', 'وبلدتين': "two villages", an indefinite dual that counts places and names none (not the town
    al-Qaryatayn, القريتين, nor 'قريتي A وB', whose names follow)."""
    return key[-2:] == "ين" and any(f[:2] != "ال" and f[:-1] in AR_DUAL_DESIGNATORS for f in stems(key))


def definite_dual(key: str) -> str | None:
    """'القريتين', 'البلدتان': "the two villages/towns" (the noun of the dual it repeats, 'قريت'), else None."""
    return key[2:-2] if key[:2] == "ال" and key[-1:] == "ن" and key[2:-1] in AR_DUAL_DESIGNATORS else None
EN_BEFORE = {"village": "village", "town": "town", "city": "city", "neighbourhood": "neighbourhood",
             "neighborhood": "neighbourhood", "province": "governorate", "governorate": "governorate",
             "countryside": "region", "camp": "camp", "villages": "village", "towns": "town", "cities": "city",
             "neighbourhoods": "neighbourhood", "neighborhoods": "neighbourhood"}
EN_AFTER = {**EN_BEFORE, "area": "neighbourhood", "areas": "neighbourhood", "district": "neighbourhood", "quarter": "neighbourhood", "suburb": "neighbourhood",
            "districts": "neighbourhood", "quarters": "neighbourhood",  # "in both A and B districts in Zabadani"
            "countryside": "region", "provinces": "governorate", "governorates": "governorate",
            "township": "town"}  # "al-Taman’aa Township" (a subdistrict in translations of ناحية)
REGION_KM = 35.0  # a village this close to a town whose countryside the text names ("ريف تل تمر"), or to a named region's
# point in its governorate, is in it (lookup.Lookup.inside: a region also holds its member subdistricts' places)
FUZZY_SCORE = 90.0  # a designated name may be misspelled, not another name
STRONG = {"village", "town", "city", "neighbourhood", "camp", "front", "named"}  # an unknown name after these is still a place
DIRECTIONS = key_set(
    "شمال جنوب شرق غرب شمالي جنوبي شرقي غربي الشمالي الجنوبي الشرقي الغربي الشمالية الجنوبية الشرقية الغربية الأوسط northern southern eastern western "
    "north south east west northwestern northeastern southwestern southeastern central"
)
# First words of multi-word names: never a name alone when a name word follows ("كفر نبودة", not "كفر").
NAME_PREFIXES = key_set("تل كفر دير عين خان جسر معرة معرتة بيت أبو ابو أم ام رأس تلة جبل وادي مزرعة الشيخ سرمين قلعة "
                        "باب حوش بئر بير قصر مرج نهر عرب شيخ جديد سهل بني النبي")
EN_NAME_PREFIXES = frozenset(
    "khan kafr kfar kafar deir dayr dair der tal tall tel tell ain ein ayn bab sheikh shaykh sheik beit bayt abu umm um "
    "ras jabal jebel wadi jisr marj qasr bir hosh hawsh maarat maarrat maaret arab".split()
)  # the same first words in English: "Khan al-Sobol" is never cut to "Khan"
# Adjectives that end a village name ("كويرس الشرقي", "تل رفعت الشمالية"): part of the name, not a direction.
NAME_ADJECTIVES = key_set(
    "الشرقي الشرقية الغربي الغربية الشمالي الشمالية الجنوبي الجنوبية الفوقاني الفوقانية التحتاني التحتانية الكبير "
    "الكبيرة الكبرى الصغير الصغيرة الصغرى القبلي القبلية البحري البحرية الوسطى الوسطاني الوسطانية العليا السفلى "
    "الفوقا التحتا القديمة الجديدة"  # "البحرة الوسطى", "الزاهرة القديمة"
)
# English verbs whose object is where an attack happened ("targets X", "shell X", "stormed X").
EN_OBJECT_VERBS = frozenset(
    "targets target targeted targeting hit hits hitting struck strike strikes shell shells shelled pound pounds "
    "pounded pounding bomb bombs bombed bombing raid raids raided raiding storm storms stormed storming attack "
    "attacks attacked attacking besiege besieges besieged besieging rocked rocks shelling bombard bombards bombarded "
    "bombarding shakes shook enter enters entered "
    # places taken: "Regime forces capture X", "fighters seize X"
    "capture captures captured seize seizes seized recapture recaptures recaptured retake retakes retook overrun "
    "overruns overran control controls re-control".split()
)
LOCATIVE = key_set(
    "في على قرب بالقرب محيط أطراف شمال جنوب شرق غرب شمالي جنوبي شرقي غربي إلى الى داخل مدخل استهدف استهدفت "
    "طالت طال ضربت ضرب قصفت قصف وسط اقتحم اقتحمت هاجم هاجمت داهمت داهم يستهدف تستهدف in near at on outside around into of inside between "
    "vicinity outskirts surroundings "
    "تقصف يقصف تقتحم يقتحم تهاجم يهاجم تستعيد يستعيد استعادت استعاد استهدفوا قصفوا هاجموا اقتحموا "
    "وفي ففي وعلى فعلى"  # a proclitic on a two-letter particle (too short for `stems`): "وفي تلبيسة، ..."
) | EN_OBJECT_VERBS
# Words that never start or continue a place name: times, relative words.
NOT_NAME = key_set(
    "بدورها بدوره بدورهم بدورهما "  # "in turn": "تعرضت بلدة X بدورها لقصف"
    "منها منهم منهما "  # "of them": "قصفت عدة قرى منها: X-Y-Z"
    "بعضها بعضهم "  # "some of them": "مناطق وقرى بعضها تتمركز حولها قوات"
    "غيرها وغيرها أماكن وأماكن "  # "قرى A وB وغيرها": and others; "مناطق في X وأماكن في Y": places, no name
    "إشارة "  # "في إشارة إلى": referring to
    "الأول الثاني الثالث الرابع الخامس الأولى الثانية الثالثة الرابعة "  # "سقط اثنان منها في X والثالث في Y": the third
    "الموالية الموالي الموالين المواليتين الموالتين ردا آخرين آخرون أخرى "  # "استهدف X وآخرين في Y": others  # "قريتي X وY المواليتين": loyal, no part of a name
    "صباح مساء فجر ظهر عصر ليلة ليل يوم اليوم أمس الأمس الخاضع الخاضعة التي الذي المحاصرة المحاصر الواقعة الواقع الريف "
    "الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت "
    # adjectives that follow a name without being part of it ("بلدة ناحتة المجاورة")
    "المجاورة المجاور القريبة القريب المحاذية المحاذي نفسها نفسه ذاتها ذاته الأخرى الآخر المذكورة المذكور عدة "
    # function words that can follow في/على or a verb without being a name
    "وفق آخر أول بين حيث عند لدى خلال بعد قبل منذ حتى نحو ضمن عبر كل بعض جميع أحد إحدى إثر جراء بسبب عدد "
    "ما لا لم لن قد إن أن كما مما فيما بينما حين كبيرة كبير صغيرة صغير واحدة دون من أخرى مجاورة عديدة مختلفة "
    # demonstratives ("في تلك المناطق"); the lives a strike claimed ("على بلدة سرمين بحياة أربعة")
    "تلك هذه هذا ذلك هذين هاتين هؤلاء بحياة بأرواح"
    # adjectives a designator can take instead of a name ("حي سكني", "بلدة حدودية", "قرى جديدة", "تلة استراتيجية")
    " سكني سكنية حدودي حدودية استراتيجي استراتيجية نائية نائي زراعية زراعي صناعية صناعي آمنة آمن "
    "مأهولة مأهول عسكرية عسكري شعبي شعبية تجارية تجاري رئيسية رئيسي مدنية مدني واسعة واسع مكتظة مكتظ "
    "متفرقة متفرق شاسعة شاسع مسيحي مسيحية راقي راقية "  # "أحياء متفرقة", "مناطق شاسعة", "حي مسيحي"
    "واقعة واقع تابعة تابع التابعة التابع التابعتين وسط "  # "قرى واقعة على خطوط التماس", "قرية X التابعة لناحية Y"
    "الواقعتين الواقعتان الواقعين الواقعات بعدد "  # "قريتي X وY الواقعتين في ريف Z", "بلدتي X وY بعدد من الغارات"
    # duals and plurals of "besieged", and participles that go on the sentence ("، مخلفة دماراً", "موقعة قتلى")
    "المحاصرتين المحاصرتان المحاصرين المحاصرون مخلفة مخلفا مخلفين موقعة موقعا مسفرة مسفرا"
)
# After an English object ("shelled Hish"), words that may follow a name; any other lower-case word makes the
# capitalised run an adjective of a noun ("struck Kurdish-held areas", "struck al-Shifa hospital").
EN_AFTER_OBJECT = frozenset(
    "and or on in at near with for after before since as while from to of overnight yesterday today late early "
    "again last this twice killing wounding injuring leaving causing kill kills killed wound wounds wounded injure "
    "injures injured leave leaves left cause causes caused along amid despite during".split()
)
AREA_NOT_NAMES = key_set("خفض التصعيد عمليات آمنة عازلة منزوعة سيطرة نفوذ العمليات الحدودية الاشتباكات")
ZONE = (word_key("خفض"), word_key("التصعيد"))
STOP_NAMES = key_set(
    "سوريا سورية الشام المنطقة البلاد الدولة الحكومة الجيش النظام الأمن المدينة القرية البلدة المحافظة العاصمة "
    "القرى البلدات المناطق "
    "الشرق الغرب الشمال الجنوب الوسط",
    # facilities: where in a place something happened, not a place name
    "سجن السجن مطار المطار مستشفى المستشفى مدرسة المدرسة سوق السوق طريق الطريق حاجز الحاجز نقطة النقطة "
    "مقر المقر مركز المركز قاعدة القاعدة مسجد المسجد جامعة الجامعة محطة المحطة معبر المعبر مخفر بوابة "
    "القصر الملعب المطعم الفندق الكنيسة المصرف البنك المحكمة الوزارة السفارة الثكنة الكلية المعهد المشفى مشفى",
) | key_set("the syria syrian a an it its state army al-sham levant")
# Places abroad that reports name (statements, capitals, Turkish border towns): never an incident place.
FOREIGN = key_set(
    "موسكو واشنطن نيويورك أنقرة طهران بيروت عمان بغداد إسطنبول اسطنبول جنيف أستانا سوتشي الكرملين لندن باريس "
    "القدس أبيب غازي عنتاب كيليس أورفة هاتاي الريحانية أقجة إيران تركيا روسيا لبنان العراق الأردن إسرائيل "
    "moscow washington york ankara tehran beirut amman baghdad istanbul geneva astana sochi kremlin london "
    "paris jerusalem aviv gaziantep kilis urfa hatay reyhanli akcakale iran turkey russia lebanon iraq jordan israel"
)
FOREIGN_ADJECTIVES = key_set(
    "التركية التركي العراقية العراقي اللبنانية اللبناني الأردنية الأردني الإسرائيلية الإسرائيلي "
    "turkish iraqi lebanese jordanian israeli russian iranian"
)
# Neighbouring countries: a sentence that opens "In Iraq," / "وفي الجانب اللبناني،" tells of events there.
NEIGHBOURS = key_set("العراق لبنان تركيا الأردن إسرائيل iraq lebanon turkey jordan israel")
OPENERS = key_set("في وفي in on across inside meanwhile elsewhere")
# Cues that make a place not where the event happened.
FIRING_FROM = key_set("انطلاقا مصدرها المتمركزة المتمركز المتمركزين stationed positioned entrenched deployed "
                      "المنتشرة المنتشرين تنتشر ينتشرون يتحصنون تتحصن يتحصن المتحصنة المتحصنين")  # "مجموعات تنتشر في X استهدفت"
FIRING_POSITIONS = key_set("مواقع مواقعها مواقعهم مواقعه مناطق مربض مرابض اتجاه positions position areas direction")
FIRING_VERBS = key_set("fired firing launched launching shelling")
HEADQUARTERS = key_set("مقره مقرها ومقره ومقرها مقر based headquartered headquarters")
MEETING = key_set("اجتماع لقاء مؤتمر محادثات مفاوضات قمة جلسة meeting talks summit conference session visit زيارة")
STATEMENT = key_set(
    "أعلن أعلنت أكد أكدت قال قالت ذكر ذكرت أفاد أفادت أشار أشارت نقل نقلت صرح أوضح أضاف أضافت بيان "
    "said says announced stated told confirmed added statement claimed reported"
)
TAKEN_TO = key_set("نقل نقلت نقلوا نقلها نقله أسعف أسعفت إسعافه إسعافها taken rushed transferred evacuated transported")
CONTENT = key_set("عن أن إن بأن : that")  # "أفادت مصادر في مدينة X بأن ...": what was said follows
ADDITIVE = key_set("إضافة بالإضافة إضافة كما also addition well")
JOINERS = key_set("و , ، and or")
UNIT_NOUNS = frozenset("district subdistrict province governorate countryside region area".split())  # "the X district of Y"
CONNECTORS = key_set(
    "في , ، in the of province governorate countryside rural محافظة ريف بمحافظة بريف وريف مدينة بمدينة لمدينة ناحية بناحية لناحية "
    "city town village neighbourhood neighborhood district area الأحياء أحياء أطراف الأطراف ضواحي محيط وسط بوسط داخل"
) | DIRECTIONS  # ("حي X وسط مدينة Y", "داخل مدينة Y": in the centre of Y, inside Y)
EXTENT = key_set("extends extending stretches stretching spans spanning يمتد تمتد الممتدة الممتد مرورا وصولا")  # "from X to Y": an area's ends
NEAR = key_set("قرب بالقرب من near close to outside المجاورة المجاور القريبة القريب المحاذية المحاذي")
LANDFORMS = frozenset("mountains mountain desert plain plains valley hills countryside badia".split())
SITES = frozenset("dam airport airbase base bridge crossing field oilfield".split())  # "the Tishrin Dam": a named site
PLURAL_PLACES = frozenset("villages towns hamlets areas neighbourhoods neighborhoods districts quarters cities".split())
SURROUNDINGS = frozenset("vicinity outskirts surroundings edge edges environs outskirt".split())  # "... of X": X a place
# Peoples and faiths: "the Assyrian village of X", "a Druze town": an adjective of the designator, not a name.
PEOPLE_ADJECTIVES = frozenset("assyrian kurdish christian alawite druze sunni shiite shia arab turkmen armenian yazidi "
                              "circassian ismaili bedouin syriac chaldean".split())
EN_ADJECTIVE_ENDS = frozenset("held controlled majority backed led run based occupied besieged affiliated".split())
EN_ON = frozenset("on at into".split())  # before a name only when no lower-case noun follows ("on Kurdish positions")
EN_IN = frozenset("in near outside around inside".split())  # before an unknown capitalised name: still a place
NOT_PLACES_EN = frozenset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday europe africa asia america gaza arabic english islamic old new "
    "ramadan eid parliament congress daesh isis isil jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
EN_STOP = frozenset("the a an in on at of and but he she it they we this that these sana un us".split())
QUOTES = set('"«»“”\'')
ARTICLES = frozenset("al el ad ed ar er as es ash esh at et az ez an en".split())

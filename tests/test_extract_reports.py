"""Extraction of whole reports: the seed acceptance case, places and their context, what is not an incident,
figures given to the right place and counted once, dates, files, the CLI, duplicates and the evaluation set."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from gazetteer import Gazetteer
from incidents.extract import extract, extract_files
from incidents.extract.dedupe import merge, propose_duplicates
from incidents.extract.evaluate import load_cases, score
from incidents.record import EVENT_TYPES, SYRIA_BBOX

REPO = Path(__file__).resolve().parents[1]
EVAL = REPO / "data" / "eval"
SHELLING = "Shelling/artillery/missile attack"


def run(text: str, published: str, gaz: Gazetteer, **kw):
    return extract(text, dt.date.fromisoformat(published), gazetteer=gaz, **kw)


def by_place(incidents) -> dict:
    return {i.place_text: i for i in incidents}


# --- acceptance: the seed report --------------------------------------------------------------------------
def check_seed(incidents) -> None:
    got = by_place(incidents)
    assert set(got) == {"المصاصنة", "اللاذقية", "حماة", "السكري"}
    masasneh = got["المصاصنة"]
    assert (masasneh.killed, masasneh.wounded) == (6, 5)
    assert masasneh.admin1_pcode == "SY05" and masasneh.event_date == dt.date(2018, 12, 20)
    assert masasneh.sub_event_type == SHELLING and masasneh.actor1 == "Militants"
    assert masasneh.actor2 == "Syrian government forces"
    for name, pcode in (("اللاذقية", "SY06"), ("حماة", "SY05"), ("السكري", "SY02")):
        other = got[name]
        assert (other.killed, other.wounded) == (None, None)
        assert other.admin1_pcode == pcode and other.event_date == dt.date(2018, 12, 20)
        assert other.sub_event_type == SHELLING
    assert sum(i.killed or 0 for i in incidents) == 6  # the 6 dead counted once
    for i in incidents:
        assert i.review_status == "draft" and i.dataset == "extract" and i.source_language == "ar"
        west, south, east, north = SYRIA_BBOX
        assert west <= i.longitude <= east and south <= i.latitude <= north


@pytest.mark.shared
def test_seed_report_with_the_builtin_gazetteer(seed_report, gaz):
    incidents = run(seed_report.read_text(encoding="utf-8"), "2018-12-21", gaz)
    check_seed(incidents)
    masasneh = by_place(incidents)["المصاصنة"]
    # the village layer knows its site (a wadi and a ruin named after it, 3 km apart): near it, in Hama
    assert "place_unresolved" not in masasneh.flags and masasneh.geo_precision == 2
    assert "needs_review" in masasneh.flags and "not a settlement" in masasneh.notes  # a wadi is not the village
    assert masasneh.admin1_pcode == "SY05"
    excerpts = " ".join(i.excerpt for i in incidents)
    for absent in ("بيسكوف", "هانتر", "الأحزاب", "دمشق تؤكد", "دير الزور"):  # statements, letter, read-also links
        assert absent not in excerpts


@pytest.mark.shared
def test_seed_report_with_ocha_boundaries(seed_report, ocha_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("GAZETTEER_LEARNED", str(tmp_path / "no-learned-places.csv"))
    out = tmp_path / "gaz.json"
    subprocess.run([sys.executable, "-m", "gazetteer", "build", "--ocha", str(ocha_dir), "--out", str(out)],
                   check=True, cwd=REPO, capture_output=True)
    incidents = run(seed_report.read_text(encoding="utf-8"), "2018-12-21", Gazetteer.load(out))
    check_seed(incidents)
    sukkari = by_place(incidents)["السكري"]
    assert sukkari.location_en == "As-Sukkari" and sukkari.geo_precision == 1  # the neighbourhood itself


# --- places ------------------------------------------------------------------------------------------------
def test_designators_clitics_and_context(gaz):
    got = by_place(run("قُتل مدنيان في غارة على مدينة خان شيخون بريف إدلب الجنوبي، وقصف مدفعي على بلدة وسراقب.",
                       "2019-05-14", gaz))
    assert got["خان شيخون"].location_en.startswith("Kh") and got["خان شيخون"].admin1_pcode == "SY07"
    assert "إدلب الجنوبي" not in got  # the countryside is context here, not a second place


def test_countryside_alone_is_a_region(gaz):
    (inc,) = run("قصفت قوات النظام ريف حماة الشمالي أمس.", "2019-05-14", gaz)
    assert inc.admin1_pcode == "SY05" and inc.geo_precision == 3 and inc.place_text == "ريف حماة الشمالي"


def test_unknown_village_takes_the_governorate_the_text_gives(gaz):
    (inc,) = run("Shelling killed two civilians in the village of Zzyzxqa in Hama province on Monday.", "2019-05-14", gaz)
    assert inc.place_text == "Zzyzxqa" and inc.admin1_pcode == "SY05" and inc.geo_precision == 3
    assert {"place_unresolved", "needs_review"} <= set(inc.flags) and inc.location_en is None


@pytest.mark.parametrize("text", [
    "The Kremlin said on Friday that Russian warplanes would keep striking terrorists.",
    "وقال المتحدث في موسكو إن الغارات ستستمر.",
    "Mortar shells hit the Turkish border town of Akcakale, killing two people.",
    "سقطت قذائف على بلدة أقجة قلعة التركية ما أدى إلى مقتل شخصين.",
    "Iranian-backed militias shelled positions in Iraq and Lebanon, killing four.",
])
def test_no_place_outside_syria(gaz, text):
    assert [i.place_text for i in run(text, "2019-10-13", gaz) if i.place_text] == []


def test_statements_meetings_headquarters_and_firing_positions_are_not_places(gaz):
    text = ("قال المرصد السوري، ومقره لندن، إن قوات النظام قصفت من مواقعها في مدينة محردة بلدة اللطامنة، "
            "ما أدى إلى مقتل ثلاثة مدنيين. ويعقد وفد روسي اجتماعاً في دمشق لبحث التصعيد.")
    got = by_place(run(text, "2018-09-08", gaz))
    assert set(got) == {"اللطامنة"} and got["اللطامنة"].killed == 3
    text = "Government artillery fired from positions in Morek shelled Kafr Zita, killing a child, the monitor said."
    assert set(by_place(run(text, "2018-09-08", gaz))) == {"Kafr Zita"}


def test_read_also_links_give_nothing(gaz):
    text = "اقرأ أيضا:\n\n- مقتل 20 جندياً في غارات على معرة النعمان\n\n- قصف على إدلب\n"
    assert run(text, "2020-03-03", gaz) == []


# --- figures -----------------------------------------------------------------------------------------------
def test_separate_counts_go_to_their_places(gaz):
    got = by_place(run("قُتل ٥ مدنيين في مدينة أريحا و٣ آخرون في بلدة سرمين، يوم الجمعة، إثر غارات جوية.",
                       "2019-07-20", gaz))
    assert (got["أريحا"].killed, got["سرمين"].killed) == (5, 3)
    got = by_place(run("Government shelling killed four civilians in Ariha and two in Saraqib yesterday.", "2019-06-02", gaz))
    assert (got["Ariha"].killed, got["Saraqib"].killed) == (4, 2)


def test_a_joint_count_is_kept_on_the_list_not_split(gaz):
    text = "Russian air strikes on the villages of Kafr Naha, Kafr Dael and Urum al-Kubra in the western Aleppo countryside killed 14 civilians on Monday."
    incidents = run(text, "2020-02-11", gaz)
    assert [i.killed for i in incidents] == [14, None, None]
    assert all("joint count" in i.notes and "needs_review" in i.flags for i in incidents)


def test_a_retold_event_counts_its_dead_once(gaz):
    text = ("ارتفعت حصيلة القتلى جراء الغارات الجوية على بلدة المسيفرة في ريف درعا الشرقي إلى 17 مدنياً، بحسب مصادر طبية. "
            "وكانت حصيلة أولية قد أشارت إلى مقتل 14 مدنياً في الغارات.")
    (inc,) = run(text, "2018-06-28", gaz)
    assert inc.killed == 17
    html = ("<h1>Drone strike kills 19 soldiers in Idlib</h1><p>Turkish drones struck a convoy near the town of "
            "Maarat al-Numan on Sunday, killing 19 soldiers and wounding 30 others.</p>")
    from incidents.extract.files import html_text

    (inc,) = run(html_text(html), "2020-03-03", gaz)
    assert (inc.killed, inc.wounded, inc.admin1_pcode) == (19, 30, "SY07")


def test_figures_in_the_next_sentence_belong_to_the_place_before(gaz):
    text = "Warplanes pounded the town of Kafranbel on Monday. At least nine civilians were wounded, rescuers said."
    (inc,) = run(text, "2019-05-14", gaz)
    assert (inc.killed, inc.wounded) == (None, 9) and "at least 9 wounded" in inc.notes


def test_vague_counts_are_left_empty_with_a_note(gaz):
    (inc,) = run("قُتل عشرات المدنيين صباح السبت في قصف جوي على مدينة رأس العين في محافظة الحسكة.", "2019-10-13", gaz)
    assert inc.killed is None and "vague" in inc.notes and "needs_review" in inc.flags


# --- types, dates, actors --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, sub", [
    ("غارات جوية على مدينة أريحا أمس.", "Air/drone strike"),
    ("قصف مدفعي على مدينة أريحا أمس.", SHELLING),
    ("اشتباكات عنيفة في مدينة أريحا أمس.", "Armed clash"),
    ("انفجرت عبوة ناسفة في مدينة أريحا أمس.", "Remote explosive/landmine/IED"),
    ("A suicide bomber blew himself up in Ariha yesterday, killing five.", "Suicide bomb"),
    ("A chemical attack on Ariha yesterday killed 20 people.", "Chemical weapon"),
])
def test_event_types_follow_the_acled_taxonomy(gaz, text, sub):
    (inc,) = run(text, "2019-05-14", gaz)
    assert inc.sub_event_type == sub and sub in EVENT_TYPES[inc.event_type]


@pytest.mark.parametrize("text, actor1, actor2", [
    ("Government air strikes on the town of Ariha killed nine civilians yesterday.", "Syrian government forces", "Civilians"),
    ("قتل ثلاثة مدنيين بقصف طيران النظام على مدينة أريحا أمس.", "Syrian government forces", "Civilians"),
    ("A car bomb exploded in Ariha yesterday, killing four fighters of the Levant Front.", None, "Levant Front"),
])
def test_the_air_force_is_named_by_its_side_and_a_faction_by_its_name(gaz, text, actor1, actor2):
    (inc,) = run(text, "2019-05-14", gaz)
    assert (inc.actor1, inc.actor2) == (actor1, actor2)


def test_dates_without_a_day_in_the_text_use_publication_at_week_precision(gaz):
    (inc,) = run("Shelling killed three civilians in Ariha.", "2019-05-14", gaz)
    assert inc.event_date == dt.date(2019, 5, 14) and inc.date_precision == "week" and "needs_review" in inc.flags


def test_the_next_day_follows_the_date_before(gaz):
    text = "A drone strike on Sarmin killed a man and his son on June 13. The next day, shelling on the town of Ariha wounded a child."
    got = by_place(run(text, "2020-06-15", gaz))
    assert got["Sarmin"].event_date == dt.date(2020, 6, 13) and got["Ariha"].event_date == dt.date(2020, 6, 14)
    assert (got["Sarmin"].killed, got["Ariha"].wounded) == (2, 1)


def test_report_text_is_kept_as_data_not_markup(gaz):
    (inc,) = run('Shelling on Ariha yesterday killed <script>alert(1)</script> three civilians.', "2019-05-14", gaz)
    assert "<script>" in inc.excerpt  # escaping is the job of whoever renders HTML; the text is kept verbatim


# --- files and CLI -----------------------------------------------------------------------------------------
def test_extract_files_reads_folders_txt_md_and_html(tmp_path, gaz):
    (tmp_path / "a.txt").write_text("قصف مدفعي على مدينة أريحا أمس.", encoding="utf-8")
    (tmp_path / "b.md").write_text("# Report\n\nAir strikes hit Saraqib yesterday.", encoding="utf-8")
    (tmp_path / "c.html").write_text("<p>Clashes in Sarmin yesterday.</p><script>Shelling on Homs</script>", encoding="utf-8")
    (tmp_path / "ignored.csv").write_text("x", encoding="utf-8")
    got = extract_files([tmp_path], dt.date(2019, 5, 14), gazetteer=gaz)
    assert sorted(i.place_text for i in got) == ["Saraqib", "Sarmin", "أريحا"]
    assert {i.source for i in got} == {"a.txt", "b.md", "c.html"}


def cli(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "incidents", "extract", *args], cwd=cwd, capture_output=True,
                          text=True, env={"PATH": "/usr/bin:/bin", "GAZETTEER_LEARNED": "/nonexistent.csv"})


def test_cli_json_csv_and_save(tmp_path):
    report = EVAL / "ar01_khan_shaykhun_dual.txt"
    done = cli("--published", "2019-05-14", "--source", "wire", str(report))
    assert done.returncode == 0, done.stderr
    (row,) = json.loads(done.stdout)
    assert (row["place_text"], row["killed"], row["wounded"], row["event_date"], row["source"]) == (
        "خان شيخون", 2, 7, "2019-05-13", "wire")
    done = cli("--published", "2019-05-14", "--format", "csv", str(report))
    assert done.stdout.splitlines()[0].startswith("event_date,") and "خان شيخون" in done.stdout
    db = tmp_path / "store.sqlite"
    done = cli("--published", "2019-05-14", "--save", "--db", f"sqlite:///{db}", str(report))
    assert done.returncode == 0, done.stderr
    from incidents.store import Store
    from incidents.filters import Filters

    stored = Store(f"sqlite:///{db}").query(Filters())
    assert len(stored) == 1 and stored[0].review_status == "draft" and stored[0].killed == 2


def test_cli_errors_are_clear(tmp_path):
    done = cli("--published", "2019-05-14", str(tmp_path / "missing.txt"))
    assert done.returncode == 2 and "missing.txt" in done.stderr
    (tmp_path / "latin1.txt").write_bytes("Shelling on Ariha yesterday, caf\xe9".encode("latin-1"))
    (tmp_path / "good.txt").write_text("Shelling on Ariha yesterday killed two civilians.", encoding="utf-8")
    done = cli("--published", "2019-05-14", str(tmp_path))
    assert done.returncode == 1 and "latin1.txt: not UTF-8" in done.stderr
    assert [r["source"] for r in json.loads(done.stdout)] == ["good.txt"]  # the good file still counts
    done = cli("--published", "14/05/2019", str(EVAL))
    assert done.returncode != 0 and "published" in done.stderr


# --- duplicates ----------------------------------------------------------------------------------------------
def test_two_reports_of_one_event_are_proposed_for_merging(gaz):
    a = run("Air strikes killed five civilians in Saraqib on Monday.", "2019-05-14", gaz, source="A")
    b = run("قُتل ستة مدنيين أمس الثلاثاء في غارات جوية على مدينة سراقب.", "2019-05-15", gaz, source="B")
    c = run("Clashes in Saraqib on Monday killed two fighters.", "2019-05-14", gaz, source="C")
    (pair,) = propose_duplicates(b, a)
    assert pair[0] == 0 and pair[1] is a[0] and "Saraqib" in pair[2]
    assert propose_duplicates(c, a) == []  # another type of event
    merged = merge(a[0], b[0])
    assert merged.source == "A; B" and merged.killed == 6 and a[0].excerpt in merged.excerpt
    assert propose_duplicates(a + b) == [(1, 0, pair[2])]


# --- evaluation set ------------------------------------------------------------------------------------------
def test_evaluation_set_meets_the_targets(gaz):
    cases = load_cases(EVAL)
    assert len(cases) >= 30 and {c.path.name[:2] for c in cases} == {"ar", "en"}
    scores = score(cases, gaz)
    assert scores.f1 >= 0.9 and scores.exact_counts / scores.expected >= 0.9, scores.misses
    assert scores.right_type / scores.matched >= 0.9, scores.misses


@pytest.mark.shared
def test_real_headlines_are_placed_near_the_ged_event(ged_csv, gaz):
    from incidents.extract.evaluate import ged_part, ged_placement

    assert {ged_part(str(i)) for i in range(50)} == {"dev", "holdout"}
    result = ged_placement(ged_csv, gaz, "dev", limit=300)
    assert result["events"] == 300 and result["within_25_km"] >= 0.3


def test_unknown_english_name_after_in_is_kept_for_review(gaz):
    (inc,) = run("Clashes in Zzyzx left three SDF fighters dead on Monday.", "2019-03-19", gaz)
    assert (inc.place_text, inc.killed, inc.latitude) == ("Zzyzx", 3, None) and "place_unresolved" in inc.flags
    got = run("Clashes resumed in April in Saraqib, while talks went on in Geneva and in Moscow.", "2019-05-14", gaz)
    assert [i.place_text for i in got] == ["Saraqib"]


def test_unknown_village_near_a_known_town_is_placed_near_it(gaz):
    (inc,) = run("Shelling hit the village of Zzyzx near Saraqib yesterday, killing two.", "2019-05-14", gaz,
                 source="https://example.org/report")
    assert (inc.place_text, inc.geo_precision, inc.where_prec, inc.killed) == ("Zzyzx", 2, 2, 2)
    assert inc.admin1_pcode == "SY07" and "near Saraqib" in inc.notes and inc.location_en is None
    assert inc.source_url == "https://example.org/report"


@pytest.mark.parametrize("text", [
    "The death toll from Monday's earthquake in Idlib rose to more than 1,600, with 900 killed in Aleppo province.",
    "قُتل خمسة أشخاص في حادث سير على طريق حمص.",
])
def test_deaths_with_another_cause_are_not_incidents(gaz, text):
    assert run(text, "2023-02-07", gaz) == []


def test_missiles_fired_from_a_direction_and_facilities_are_not_places(gaz):
    text = ("تعرض مطار حلب الدولي فجر الثلاثاء لضربة جوية إسرائيلية، فيما أفاد المرصد بمقتل ثلاثة عسكريين. "
            "وتصدت الدفاعات الجوية لصواريخ أطلقت من اتجاه البحر المتوسط غرب اللاذقية.")
    (inc,) = run(text, "2023-03-08", gaz)
    assert (inc.place_text, inc.admin1_pcode, inc.killed, inc.sub_event_type) == ("حلب", "SY02", 3, "Air/drone strike")


def test_a_foreign_city_in_arabic_gives_nothing(gaz):
    assert run("وكان تفجير في إسطنبول الأسبوع الماضي قد أودى بحياة ستة أشخاص.", "2022-11-21", gaz) == []


@pytest.mark.parametrize("folder", sorted(p.name for p in EVAL.glob("holdout*")))
def test_held_out_sets_do_not_regress(gaz, folder):
    """Regression floor on the held-out sets (their blind first-run figures are in the README)."""
    scores = score(load_cases(EVAL / folder), gaz)
    assert scores.f1 >= 0.85 and scores.exact_counts / scores.expected >= 0.75, scores.misses


@pytest.mark.parametrize("text, sub", [
    ("Syrian government forces captured the town of Saraqib on Tuesday, state media said.", "Government regains territory"),
    ("Rebels recaptured the town of Saraqib on Tuesday after fierce fighting.", "Non-state actor overtakes territory"),
    ("قُتل مقاتل من هيئة تحرير الشام برصاص قناص في بلدة سراقب أمس.", "Armed clash"),
    ("قُتل مدني برصاص قناص في بلدة سراقب أمس.", "Attack"),
])
def test_territory_and_sniper_types_follow_who_acted_and_who_was_hit(gaz, text, sub):
    (inc,) = run(text, "2020-01-30", gaz)
    assert inc.sub_event_type == sub and sub in EVENT_TYPES[inc.event_type]


def test_reference_points_and_the_date_nearest_the_event(gaz):
    text = ("قالت منظمات طبية إن أكثر من 40 شخصاً قُتلوا، مساء أمس السبت، في هجوم كيميائي على مدينة دوما، "
            "آخر معقل للمعارضة قرب دمشق.")
    (inc,) = run(text, "2018-04-08", gaz)
    assert (inc.place_text, inc.killed, inc.event_date) == ("دوما", 40, dt.date(2018, 4, 7))
    text = ("The UN said on Tuesday that pro-government forces had killed at least 82 civilians in Aleppo on Monday, "
            "shooting them in their homes.")
    (inc,) = run(text, "2016-12-13", gaz)
    assert (inc.event_date, inc.sub_event_type, inc.killed) == (dt.date(2016, 12, 12), "Attack", 82)


def test_origins_and_landforms(gaz):
    text = "Warplanes carry out a massacre in Saraqib, killing 11 people of one family displaced from the countryside of Homs."
    (inc,) = run(text, "2016-05-01", gaz)
    assert (inc.place_text, inc.killed, inc.sub_event_type) == ("Saraqib", 11, "Air/drone strike")
    (inc,) = run("Clashes continue in Latakia Mountains.", "2016-05-01", gaz)
    assert (inc.place_text, inc.admin1_pcode, inc.geo_precision) == ("Latakia Mountains", "SY06", 3)

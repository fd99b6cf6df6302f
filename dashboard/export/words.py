"""The app's and the exports' own words, in the language the sidebar's Language switch chose: a briefer who chose
Arabic gets an Arabic title, legend, notes, credits, export time, scale bar and north arrow (journey12: the legend
stayed English under Arabic names), and every page its words: menu, sidebar, table headings, charts, time control,
captions (journey13-14: all but the map page's title and totals stayed English). One table, WORDS; the pages'
words are kept beside their English as PAGE_WORDS pairs and filed into it. Data values (place names, actors,
datasets' and boundaries' citations) stay as they are stored or cited."""
from __future__ import annotations

import datetime as dt
import re

from dashboard.palette import EVENT_NAMES_AR
from gazetteer import admin
from incidents.messages import ENGLISH, SEPARATOR, Message

# incidents.credits' credits that describe the data rather than cite a dataset (a citation stays as its authors
# wrote it), in Arabic
CREDITS_AR = {
    "news reports": "تقارير إخبارية",
    "synthetic sample data (not real events)": "بيانات تجريبية مصطنعة (ليست أحداثاً حقيقية)",
    "imported CSV tables": "جداول CSV مستوردة",
    "imported GeoJSON files": "ملفات GeoJSON مستوردة",
    "imported GeoPackage files": "ملفات GeoPackage مستوردة",
    "imported KML files": "ملفات KML مستوردة",
}
FSI, PDI = "\u2068", "\u2069"  # Unicode first-strong isolate and pop directional isolate
HEADINGS = re.compile(r"(?:^|(?<=[.,;])\s+)(Incidents|Boundaries|Tiles):\s*")
MONTHS_AR = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
             "ديسمبر")
WORDS = {
    "en": {
        "title": "Incidents in Syria", "event_type": "Event type", "casualties": "Killed + wounded",
        "area_only": "◆ known only to a district or\ngovernorate: drawn at its centre,\nor at the town a district is named after",
        "cells": "{incidents:,} incidents merged into {symbols:,}\ncircles, one per {km:.1f} km cell, coloured\nby its "
                 "type with most casualties",
        "hollow": ", drawn hollow", "hollow_cells": ", drawn hollow (a merged circle holding any too)",
        "drafts": "Includes {n:,} unreviewed draft{s} (not yet checked by an analyst)",
        "not_drawn": "Not drawn: {what}", "country": "{n:,} incident{s}, {killed:,} killed located only to Syria",
        "nowhere": "{n:,} incident{s}, {killed:,} killed with no place",
        "incidents": "Incidents:", "boundaries": "Boundaries:", "tiles": "Tiles:", "store": "incident store",
        "km": "km", "north": "N",
        "rough": "date known only to the week or month:\nshown in every window it may belong to",
        # the map page's own words (the same switch: see dashboard.sidebar)
        "page_title": "Syria incident map", "shown": "{shown:,} of {total:,} incidents shown",
        "killed": "{total} killed", "wounded": "{total} wounded", "killed_unknown": "killed unknown",
        "wounded_unknown": "wounded unknown", "play": "Play through time", "to_view": "Filter to current view",
        "clear_area": "Clear area", "area": "Area: W {west:.3f} S {south:.3f} E {east:.3f} N {north:.3f}",
        "draw_hint": "Draw a rectangle (■ on the map) or use “Filter to current view” to limit everything to an area.",
    },
    "ar": {
        "title": "حوادث في سوريا", "event_type": "نوع الحدث", "casualties": "قتلى + جرحى",
        "area_only": "◆ معروفة على مستوى المنطقة أو\nالمحافظة فقط: مرسومة في مركزها،\nأو في البلدة التي تحمل المنطقة اسمها",
        "cells": "{incidents:,} حادثة مدمجة في {symbols:,} دائرة،\nواحدة لكل خلية {km:.1f} كم، ملوّنة\nبنوعها الأكثر ضحايا",
        "hollow": "، مرسومة دوائر مفرغة",
        "hollow_cells": "، مرسومة دوائر مفرغة (وكذلك الدائرة المدمجة التي تضم أياً منها)",
        "drafts": "تشمل {n:,} مسودة غير مراجعة (لم يتحقق منها محلل بعد)",
        "not_drawn": "غير مرسومة: {what}", "country": "{n:,} حادثة، {killed:,} قتيلاً محددة على مستوى سوريا فقط",
        "nowhere": "{n:,} حادثة، {killed:,} قتيلاً بلا مكان",
        "incidents": "الحوادث:", "boundaries": "الحدود:", "tiles": "البلاطات:", "store": "مخزن الحوادث",
        "km": "كم", "north": "ش",
        "rough": "تاريخ معروف على مستوى الأسبوع أو الشهر فقط:\nمعروضة في كل نافذة قد تنتمي إليها",
        "page_title": "خريطة الحوادث في سوريا", "shown": "{shown:,} من {total:,} حادثة معروضة",
        "killed": "{total} قتيلاً", "wounded": "{total} جريحاً", "killed_unknown": "عدد القتلى غير معروف",
        "wounded_unknown": "عدد الجرحى غير معروف", "play": "تشغيل عبر الزمن", "to_view": "التصفية على العرض الحالي",
        "clear_area": "إلغاء المنطقة", "area": "المنطقة: غرب {west:.3f} جنوب {south:.3f} شرق {east:.3f} شمال {north:.3f}",
        "draw_hint": "ارسم مستطيلاً (■ على الخريطة) أو استخدم «التصفية على العرض الحالي» لحصر كل شيء في منطقة.",
    },
}

# The pages' words, English and Arabic side by side (filed into WORDS below).
PAGE_WORDS = {
    # the menu and who is signed in (app.py, signin)
    "nav_map": ("Map", "الخريطة"), "nav_ingest": ("Ingest", "الإدخال"), "nav_briefing": ("Briefing", "الإحاطة"),
    "nav_gazetteer": ("Gazetteer", "المعجم الجغرافي"), "nav_admin": ("Admin", "الإدارة"),
    "local_use": ("Local use as {name} (admin): sign-in is off, only this machine is served",
                  "استخدام محلي باسم {name} (مدير): تسجيل الدخول معطّل، ولا يُخدَم إلا هذا الجهاز"),
    "signed_in": ("Signed in as {name} ({role})", "تم تسجيل الدخول باسم {name} ({role})"),
    "sign_out": ("Sign out", "تسجيل الخروج"),
    # the sidebar (dashboard.sidebar)
    "filters": ("Filters", "عوامل التصفية"), "date_range": ("Date range", "نطاق التاريخ"),
    "sub_event_type": ("Sub-event type", "النوع الفرعي للحدث"), "actor": ("Actor contains", "الفاعل يحتوي على"),
    "actor_help": ("Any part of an actor's name, in any case; a name typed in capitals (IS, SDF, HTS) matches that "
                   "word only, not letters inside other names",
                   "أي جزء من اسم الفاعل بأي حالة أحرف؛ الاسم المكتوب بأحرف كبيرة (IS، SDF، HTS) يطابق تلك الكلمة "
                   "وحدها، لا حروفاً داخل أسماء أخرى"),
    "governorate": ("Governorate", "المحافظة"), "district": ("District", "المنطقة"),
    "min_killed": ("Minimum killed", "الحد الأدنى للقتلى"), "review_status": ("Review status", "حالة المراجعة"),
    "text_search": ("Text search", "بحث في النص"),
    "text_help": ("place, actors, source, notes, excerpt", "المكان، الفاعلون، المصدر، الملاحظات، المقتطف"),
    "map": ("Map", "الخريطة"), "layers": ("Layers", "الطبقات"), "language": ("Language", "اللغة"),
    "language_help": ("The app's words, place labels, the map's legend and the exports",
                      "كلمات التطبيق وأسماء الأماكن ومفتاح الخريطة والتصديرات"),
    "shade_by": ("Shade areas by", "تظليل المناطق حسب"), "level_governorate": ("governorate", "المحافظة"),
    "level_district": ("district", "المنطقة"), "choose": ("Choose options", "اختر"),
    "status_draft": ("draft", "مسودة"), "status_reviewed": ("reviewed", "مراجَعة"),
    "status_published": ("published", "منشورة"),
    # the map page's captions
    "link_unused": ("Parts of this link were not used:", "لم تُستخدم أجزاء من هذا الرابط:"),
    "undrawn": ("Not on the map: {what}.", "ليست على الخريطة: {what}."),
    "drafts_shown": ("This selection {note} (hollow circles on the map); the sidebar's Review status leaves them out.",
                     "تشمل هذه المجموعة {n:,} مسودة غير مراجعة (دوائر مفرغة على الخريطة)؛ يستبعدها مرشّح «حالة "
                     "المراجعة» في الشريط الجانبي."),
    "undrawn_tail": (", not drawn", "، غير مرسومة"),
    # the time control (dashboard.timeplay)
    "window": ("Window", "النافذة"), "show": ("Show", "العرض"), "mode_window": ("Window alone", "النافذة وحدها"),
    "mode_upto": ("Everything up to it", "كل ما قبلها"), "speed": ("Speed", "السرعة"),
    "per_step": ("{sec:g} s per step", "{sec:g} ث لكل خطوة"), "first": ("First", "الأولى"), "back": ("Back", "السابقة"),
    "pause": ("Pause", "إيقاف مؤقت"), "replay": ("Replay", "إعادة"), "play_button": ("Play", "تشغيل"),
    "step": ("Step", "التالية"), "replay_help": ("Play again from the first window", "التشغيل من جديد من النافذة الأولى"),
    "size_day": ("day", "يوم"), "size_week": ("week", "أسبوع"), "size_month": ("month", "شهر"),
    "size_year": ("year", "سنة"),
    "imprecise": (" · {n:,} with an imprecise date (counted in every window they may belong to)",
                  " · {n:,} بتاريخ غير دقيق (محسوبة في كل نافذة قد تنتمي إليها)"),
    # the linked views (dashboard.panels)
    "tab_table": ("Table", "الجدول"), "tab_timeline": ("Timeline", "الخط الزمني"),
    "tab_by_gov": ("By governorate", "حسب المحافظة"), "per": ("Per", "لكل"),
    "col_id": ("id", "الرقم"), "col_event_date": ("date", "التاريخ"), "col_event_type": ("event_type", "النوع"),
    "col_sub_event_type": ("sub_event_type", "النوع الفرعي"), "col_location": ("location", "المكان"),
    "col_located": ("located", "دقة الموقع"), "col_admin1": ("admin1", "المحافظة"), "col_admin2": ("admin2", "المنطقة"),
    "col_actor1": ("actor1", "الفاعل 1"), "col_actor2": ("actor2", "الفاعل 2"), "col_killed": ("killed", "قتلى"),
    "col_wounded": ("wounded", "جرحى"), "col_review_status": ("review_status", "حالة المراجعة"),
    "col_source": ("source", "المصدر"), "col_location_en": ("location_en", "المكان بالإنجليزية"),
    "col_location_ar": ("location_ar", "المكان بالعربية"), "col_flags": ("flags", "علامات"),
    "col_excerpt": ("excerpt", "المقتطف"), "col_name_en": ("name_en", "الاسم بالإنجليزية"),
    "col_name_ar": ("name_ar", "الاسم بالعربية"), "col_level": ("level", "المستوى"), "col_admin3": ("admin3", "الناحية"),
    "col_lat": ("lat", "العرض"), "col_lon": ("lon", "الطول"), "col_geo_precision": ("geo_precision", "دقة الموقع"),
    "col_score": ("score", "الدرجة"),
    "date_help": ("'(year)', '(month)', '(week)': the source gives the date only to that period",
                  "«(سنة)»، «(شهر)»، «(أسبوع)»: لا يذكر المصدر التاريخ إلا بتلك الدقة"),
    "located_help": ("Known only to a district or governorate (drawn at its centre, or at the town a district is "
                     "named after) or to the country (not drawn); empty: at a place",
                     "معروفة على مستوى المنطقة أو المحافظة فقط (مرسومة في مركزها، أو في البلدة التي تحمل المنطقة "
                     "اسمها) أو على مستوى البلد (غير مرسومة)؛ فارغ: في مكان محدد"),
    "figure_help": ("Empty: the source gives no figure", "فارغ: لا يذكر المصدر رقماً"),
    "wounded_help": ("Empty: the source gives no figure (UCDP GED records no wounded)",
                     "فارغ: لا يذكر المصدر رقماً (لا يسجّل UCDP GED الجرحى)"),
    "located_district": ("district only", "المنطقة فقط"), "located_governorate": ("governorate only", "المحافظة فقط"),
    "located_country": ("country only", "البلد فقط"),
    "export_as": ("Export {name}", "تصدير {name}"),
    "exports_hold": ("Exports hold every incident the filters select.", "تضم التصديرات كل حادثة تختارها المرشّحات."),
    "click_row": ("Click a row to select it on the map.", "انقر صفاً لتحديده على الخريطة."),
    "lazy_rows": ("Rows load as you scroll; with more than {rows:,} rows, select incidents on the map.",
                  "تُحمَّل الصفوف أثناء التمرير؛ مع أكثر من {rows:,} صف، حدّد الحوادث على الخريطة."),
    "credit_share": (" Credit when you share them: {credit}.", " اذكر المصادر عند مشاركتها: {credit}"),
    "actors": ("Actors: {actors}", "الفاعلون: {actors}"), "not_given": ("not given", "غير مذكور"),
    "source_status": ("Source: {source} · status: {status}", "المصدر: {source} · الحالة: {status}"),
    "no_source": ("source not given", "المصدر غير مذكور"), "open_source": ("Open the source", "فتح المصدر"),
    "clear_selection": ("Clear selection", "إلغاء التحديد"), "m_killed": ("Killed", "قتلى"),
    "m_wounded": ("Wounded", "جرحى"), "unknown": ("unknown", "غير معروف"), "people": ("people", "أشخاص"),
    "count": ("count", "العدد"),
    "not_in_bars_rough": ("Not in the bars: {n:,} incident{s} ({killed:,} killed) dated only to a span longer than "
                          "a {period} (e.g. the month or the year); the map and the table hold them.",
                          "ليست في الأعمدة: {n:,} حادثة ({killed:,} قتيلاً) مؤرخة فقط بمدة أطول من {period} (الشهر أو "
                          "السنة مثلاً)؛ تضمها الخريطة والجدول."),
    "not_in_bars_gov": ("Not in the bars: {n:,} incident{s} ({killed:,} killed) naming no governorate, e.g. located "
                        "only to Syria (the totals and the table hold them).",
                        "ليست في الأعمدة: {n:,} حادثة ({killed:,} قتيلاً) لا تذكر محافظة، كالمحددة على مستوى سوريا "
                        "فقط (تضمها المجاميع والجدول)."),
    # the Briefing page and its Through time section (dashboard.briefing_time)
    "b_options": ("Briefing options: title, banner, label language, paper", "خيارات الإحاطة: العنوان، الشريط، لغة الأسماء، الورق"),
    "b_lang": ("Language (place labels, title, legend, credits)", "اللغة (أسماء الأماكن، العنوان، المفتاح، المصادر)"),
    "b_title": ("Title", "العنوان"), "b_banner": ("Handling banner (top and bottom)", "شريط التداول (أعلى وأسفل)"),
    "b_banner_example": ("e.g. OFFICIAL – FOR BRIEFING", "مثلاً: رسمي – للإحاطة"),
    "b_paper": ("Print paper", "ورق الطباعة"), "b_orientation": ("Orientation", "الاتجاه"),
    "paper_A4": ("A4", "A4"), "paper_Letter": ("Letter", "ليتر"),
    "orient_landscape": ("landscape", "أفقي"), "orient_portrait": ("portrait", "عمودي"),
    "b_rendering": ("Rendering the map…", "جارٍ رسم الخريطة…"), "b_alt": ("The map as it will be exported",
                                                                          "الخريطة كما ستُصدَّر"),
    "b_count": ("{n:,} incidents · ", "{n:,} حادثة · "),
    "b_window": ("{window} (the map page's time window) · ", "{window} (نافذة الزمن في صفحة الخريطة) · "),
    "b_drafts": ("This selection {note}: they are on the map and in every export below, each of which says so. The "
                 "map page's Review status filter leaves them out.",
                 "تشمل هذه المجموعة {n:,} مسودة غير مراجعة: هي على الخريطة وفي كل تصدير أدناه، وكل منها يذكر ذلك. "
                 "يستبعدها مرشّح «حالة المراجعة» في صفحة الخريطة."),
    "b_view": ("The map shows the map page's view; the one-page brief's figures count the incidents drawn in it (it "
               "says how many of the selection).", "تعرض الخريطة منظر صفحة الخريطة؛ وتعدّ أرقام الإحاطة ذات الصفحة "
               "الواحدة الحوادث المرسومة فيه (وتذكر عددها من المجموعة)."),
    "b_png_screen": ("PNG (screen)", "PNG (للشاشة)"), "b_png_print": ("PNG 300 dpi ({paper}, {orientation})",
                                                                     "PNG 300 dpi ({paper}، {orientation})"),
    "b_pdf": ("PDF (vector)", "PDF (متجه)"), "b_svg": ("SVG", "SVG"),
    "b_brief": ("One-page brief (PDF)", "إحاطة من صفحة واحدة (PDF)"),
    "t_through": ("Through time", "عبر الزمن"), "t_panels": ("Panels", "اللوحات"),
    "t_first": ("First window", "النافذة الأولى"), "t_upto": ("Everything up to each window", "كل ما قبل كل نافذة"),
    "t_caption": ("{n} panels, one scale and legend. The animation runs over every window from the first to the last "
                  "incident.", "{n} لوحات بمقياس ومفتاح واحد. تمرّ الصورة المتحركة بكل نافذة من أول حادثة إلى آخرها."),
    "t_preview": ("Preview the small multiples", "معاينة اللوحات المتعددة"),
    "t_alt": ("Small multiples of successive time windows", "لوحات متعددة لنوافذ زمنية متتالية"),
    "t_rendering": ("Rendering the small multiples…", "جارٍ رسم اللوحات المتعددة…"),
    "t_png": ("Small multiples PNG 300 dpi ({paper})", "لوحات متعددة PNG 300 dpi ({paper})"),
    "t_pdf": ("Small multiples PDF", "لوحات متعددة PDF"), "t_gif": ("Animated GIF ({n} frames)", "صورة GIF متحركة (الإطارات: {n})"),
    "t_gif_help": ("at most {n} frames: choose a longer window", "{n} إطاراً على الأكثر: اختر نافذة أطول"),
    # the Gazetteer page
    "g_look": ("Look a name up", "البحث عن اسم"), "g_name": ("Place name (Arabic or English)", "اسم المكان (بالعربية أو الإنجليزية)"),
    "g_in": ("In governorate (optional)", "في المحافظة (اختياري)"), "g_any": ("any", "أي محافظة"),
    "g_cannot": ("This name cannot be looked up:", "لا يمكن البحث عن هذا الاسم:"),
    "g_none": ("No candidate: the gazetteer does not know this name. Add it below if you know where it is.",
               "لا مرشّح: لا يعرف المعجم هذا الاسم. أضفه أدناه إن كنت تعرف مكانه."),
    "g_add": ("Add a place", "إضافة مكان"), "g_only_admin": ("Only an admin can add places (your role: {role}).",
                                                             "لا يضيف الأماكن إلا المدير (دورك: {role})."),
    "g_new_name": ("Name (English transliteration)", "الاسم (بحروف لاتينية)"), "g_new_ar": ("Name in Arabic", "الاسم بالعربية"),
    "g_lat": ("Latitude", "خط العرض"), "g_lon": ("Longitude", "خط الطول"), "g_kind": ("Kind", "النوع"),
    "kind_town": ("town", "بلدة"), "kind_neighbourhood": ("neighbourhood", "حي"), "kind_landmark": ("landmark", "معلم"),
    "kind_governorate": ("governorate", "محافظة"), "kind_district": ("district", "منطقة"),
    "kind_subdistrict": ("subdistrict", "ناحية"), "kind_region": ("region", "منطقة جغرافية"),
    "g_source": ("Source of the coordinates", "مصدر الإحداثيات"), "g_add_button": ("Add place", "إضافة المكان"),
    "g_give_name": ("Give the place a name.", "أعطِ المكان اسماً."),
    "g_added": ("Added to the learned places; extraction now finds it:", "أضيف إلى الأماكن المتعلَّمة؛ يجده الاستخراج الآن:"),
    "g_not_added": ("Not added: the name or the coordinates are not usable.", "لم يُضَف: الاسم أو الإحداثيات غير صالحة."),
    # the Admin page
    "a_users": ("Users", "المستخدمون"), "a_places": ("Places added", "الأماكن المضافة"),
    "a_sign_in_off": ("Sign-in is off (`DASHBOARD_SIGN_IN`): these users are used once it is switched on.",
                      "تسجيل الدخول معطّل (`DASHBOARD_SIGN_IN`): يُستخدم هؤلاء المستخدمون عند تفعيله."),
    "a_add": ("Add a user", "إضافة مستخدم"), "a_user_name": ("User name", "اسم المستخدم"), "a_role": ("Role", "الدور"),
    "a_password": ("Password (at least 10 characters)", "كلمة المرور (10 أحرف على الأقل)"),
    "a_again": ("Password again", "كلمة المرور مرة أخرى"), "a_add_button": ("Add user", "إضافة المستخدم"),
    "a_change": ("Change a role", "تغيير دور"), "a_user": ("User", "المستخدم"), "a_new_role": ("New role", "الدور الجديد"),
    "a_change_button": ("Change role", "تغيير الدور"), "a_reset": ("Reset a password", "إعادة تعيين كلمة مرور"),
    "a_new_password": ("New password", "كلمة المرور الجديدة"), "a_new_again": ("New password again", "كلمة المرور الجديدة مرة أخرى"),
    "a_reset_button": ("Reset password", "إعادة التعيين"), "a_remove": ("Remove a user", "حذف مستخدم"),
    "a_sure": ("Yes, remove this user", "نعم، احذف هذا المستخدم"), "a_remove_button": ("Remove user", "حذف المستخدم"),
    "a_cli": ("On the server, `python -m dashboard.users --help` does the same from the command line.",
              "على الخادم، يفعل الأمر `python -m dashboard.users --help` الشيء نفسه من سطر الأوامر."),
    "a_learned": ("The learned places ({file}): places admins add on the Gazetteer page, and places imports taught. "
                  "Extraction and look-ups find them.", "الأماكن المتعلَّمة ({file}): أماكن يضيفها المديرون في صفحة "
                  "المعجم الجغرافي وأماكن علّمتها عمليات الاستيراد. يجدها الاستخراج والبحث."),
    "a_no_place": ("No place added or learned yet.", "لم يُضَف أو يُتعلَّم أي مكان بعد."),
    "a_source": ("Source", "المصدر"), "a_every": ("every source", "كل المصادر"),
    "a_of": ("{shown:,} of {total:,} places.", "{shown:,} من {total:,} مكاناً."),
    "a_user_col": ("user", "المستخدم"), "a_role_col": ("role", "الدور"),
    "role_viewer": ("viewer", "مشاهد"), "role_analyst": ("analyst", "محلل"), "role_editor": ("editor", "محرر"),
    "role_admin": ("admin", "مدير"),
    # the Ingest page: reports, files, review (dashboard/screens/1_Ingest.py)
    "i_title": ("Ingest and review", "الإدخال والمراجعة"), "i_reports": ("Reports", "التقارير"),
    "i_files": ("Files (CSV, GeoJSON, …)", "الملفات (CSV، GeoJSON، …)"), "i_review": ("Review", "المراجعة"),
    "i_not_started": ("Not started.", "لم تبدأ."), "i_starting": ("starting", "تبدأ"),
    "i_failed": ("{title} failed:", "فشلت: {title}"),
    "i_extracted": ("{n} incident(s) extracted: check them below, then save.",
                    "استُخرجت {n} حادثة: راجعها أدناه ثم احفظها."),
    "i_none_found": ("No incident found in these reports.", "لم يُعثر على أي حادثة في هذه التقارير."),
    "i_dates_far": ("This report writes dates up to {latest}, but 'Published on' is {published}. Its relative dates "
                    "('yesterday', 'on Sunday') are read from 'Published on': set it to the day the report was "
                    "published.", "يذكر هذا التقرير تواريخ حتى {latest}، لكن «تاريخ النشر» هو {published}. تُقرأ "
                    "تواريخه النسبية («أمس»، «يوم الأحد») من «تاريخ النشر»: اجعله يوم نشر التقرير."),
    "i_use": ("Use {day}", "استخدم {day}"),
    "i_paste_caption": ("Paste a news report (Arabic or English) or upload report files. Extraction runs in the "
                        "background: you can keep using the map meanwhile.", "الصق تقريراً إخبارياً (بالعربية أو "
                        "الإنجليزية) أو ارفع ملفات تقارير. يجري الاستخراج في الخلفية: يمكنك مواصلة استخدام الخريطة."),
    "i_report_text": ("Report text", "نص التقرير"), "i_report_files": ("…or report files", "…أو ملفات تقارير"),
    "i_published": ("Published on", "تاريخ النشر"),
    "i_published_help": ("Relative dates ('yesterday', 'on Sunday') are read from this date.",
                         "تُقرأ التواريخ النسبية («أمس»، «يوم الأحد») من هذا التاريخ."),
    "i_published_own": ("The date this report states as its own, read from \"{line}\": change it if it is wrong.",
                        "التاريخ الذي يذكره التقرير لنفسه، مقروءاً من «{line}»: غيّره إن كان خطأً."),
    "i_source": ("Source", "المصدر"), "i_source_link": ("Source link", "رابط المصدر"),
    "i_extract": ("Extract incidents", "استخراج الحوادث"), "i_paste_first": ("Paste a report or upload a file first.",
                                                                         "الصق تقريراً أو ارفع ملفاً أولاً."),
    "i_too_long": ("Not extracted: a report may have at most {n:,} characters (DASHBOARD_REPORT_MAX_CHARS). Split "
                   "these reports:", "لم يُستخرج: لا يتجاوز التقرير {n:,} حرفاً (DASHBOARD_REPORT_MAX_CHARS). قسّم "
                   "هذه التقارير:"),
    "i_extracting": ("Extracting {n} report(s)", "استخراج {n} تقرير"),
    "i_extracted_title": ("Extracted incidents", "الحوادث المستخرجة"), "i_save_col": ("save", "حفظ"),
    "i_save_help": ("untick to leave this row out", "أزل العلامة لترك هذا الصف"),
    "i_place_text": ("place in the text", "المكان في النص"), "i_lat": ("lat", "العرض"), "i_lon": ("lon", "الطول"),
    "i_flags": ("flags", "علامات"), "flag_needs_review": ("needs_review", "تحتاج مراجعة"),
    "flag_place_unresolved": ("place_unresolved", "مكان غير محدد"),
    "flag_admin_from_point": ("admin_from_point", "المحافظة من النقطة"), "flag_outside_syria": ("outside_syria",
                                                                                        "نقطة خارج سوريا"),
    "i_excerpt": ("excerpt", "المقتطف"),
    "i_correct": ("Correct a place", "تصحيح مكان"), "i_incident": ("Incident", "الحادثة"),
    "i_no_place": ("(no place)", "(بلا مكان)"), "i_look_up_as": ("Look the place up as", "ابحث عن المكان باسم"),
    "i_candidates": ("Gazetteer candidates", "مرشّحو المعجم الجغرافي"), "i_use_place": ("Use this place", "استخدم هذا المكان"),
    "i_no_candidate": ("No candidate in the gazetteer: click the map to place it, or add the place on the Gazetteer "
                       "page.", "لا مرشّح في المعجم: انقر الخريطة لوضعها، أو أضف المكان في صفحة المعجم الجغرافي."),
    "i_click_map": ("Or click the preview map to put the selected incident there.",
                    "أو انقر خريطة المعاينة لوضع الحادثة المحددة هناك."),
    "i_read_from": ("Read from:", "قُرئ من:"), "i_drafts_layer": ("Drafts", "المسودات"),
    "i_save_drafts": ("Save as drafts", "الحفظ كمسودات"), "i_nothing_saved": ("Nothing saved. Fix these rows first:",
                                                                             "لم يُحفظ شيء. أصلح هذه الصفوف أولاً:"),
    "i_saved": ("Saved {n} incident(s) as drafts (ids {ids}). Review and publish them on the Review tab.",
                "حُفظت {n} حادثة كمسودات (الأرقام {ids}). راجعها وانشرها في تبويب المراجعة."),
    "i_imported": ("Imported:", "استُورد:"),
    "i_import_summary": ("{file}: {added} added, {skipped} already present{rejected}.",
                         "{file}: أضيف {added}، وكان {skipped} موجوداً{rejected}."),
    "i_rejected": (", {n} rejected (listed below)", "، ورُفض {n} (مذكورة أدناه)"),
    "i_files_caption": ("Import a dataset file: UCDP GED or ACLED CSV, a CSV with ACLED/record column names, GeoJSON, "
                        "GeoPackage or KML. Bad rows are listed with their line and reason; the good rows are kept.",
                        "استورد ملف بيانات: CSV من UCDP GED أو ACLED، أو CSV بأسماء أعمدة ACLED أو السجل، أو GeoJSON أو "
                        "GeoPackage أو KML. تُذكر الصفوف المعيبة بسطرها وسببها، وتُحفظ الصفوف السليمة."),
    "i_dataset_file": ("Dataset file", "ملف البيانات"), "i_format": ("Format", "الصيغة"),
    "i_detect": ("detect", "اكتشاف تلقائي"),
    "i_status_unstated": ("Review status of rows the file gives none", "حالة المراجعة للصفوف التي لا يذكر الملف حالتها"),
    "i_status_help": ("A review_status column in the file is kept. UCDP GED's and ACLED's own rows are published, as "
                      "their curators released them.", "يُحتفظ بعمود review_status في الملف. صفوف UCDP GED وACLED "
                      "نفسها منشورة كما أصدرها القائمون عليها."),
    "i_import": ("Import", "استيراد"),
    "i_too_big": ("Not imported: a file may have at most {mb:g} MB (DASHBOARD_UPLOAD_MAX_MB).",
                  "لم يُستورد: لا يتجاوز الملف {mb:g} ميغابايت (DASHBOARD_UPLOAD_MAX_MB)."),
    "i_importing": ("Importing a file", "استيراد ملف"), "i_line": ("line", "السطر"),
    "i_row": ("row", "الصف"), "dismiss": ("Dismiss", "إغلاق"), "i_reason": ("reason", "السبب"),
    "i_review_caption": ("Draft → reviewed → published. Change the status (and the counts) and save; an edit made by "
                         "someone else meanwhile is refused rather than overwritten.", "مسودة ← مراجَعة ← منشورة. "
                         "غيّر الحالة (والأعداد) واحفظ؛ التعديل الذي أجراه غيرك في الأثناء يُرفض بدل أن يُكتب فوقه."),
    "i_show": ("Show", "عرض"), "i_count": ("{n:,} incident(s)", "{n:,} حادثة"),
    "i_save_review": ("Save review", "حفظ المراجعة"), "i_saved_changes": ("Saved {n} change(s).", "حُفظ {n} تغيير."),
    "i_nothing_changed": ("Nothing changed.", "لم يتغير شيء."),
    "i_not_saved": ("{n} change(s) not saved:", "لم يُحفظ {n} تغيير:"),
    "i_cannot": ("Your role ({role}) cannot {doing}.", "لا يستطيع دورك ({role}) {doing}."),
    # the one-page brief (dashboard.export.brief) and casualty notes (export.frame)
    "given_for": ("given for {given:,} of {n:,}", "مذكور لـ {given:,} من {n:,}"),
    "f_all": ("Figures: all {n:,} incidents selected", "الأرقام: كل الحوادث المختارة وعددها {n:,}"),
    "f_inside": ("Figures: the {inside:,} incidents drawn inside this map, of {n:,} selected (the map shows the map "
                 "page's view; the rest of the selection is outside it).", "الأرقام: الحوادث المرسومة داخل هذه "
                 "الخريطة وعددها {inside:,} من {n:,} مختارة (تعرض الخريطة منظر صفحة الخريطة؛ وبقية المجموعة خارجه)."),
    "f_drafts": ("includes {n:,} unreviewed draft{s}", "تشمل {n:,} مسودة غير مراجعة"),
    "f_incidents": ("Incidents", "الحوادث"), "f_killed": ("Killed", "القتلى"), "f_wounded": ("Wounded", "الجرحى"),
    "f_most": ("Most killed in", "أكثر القتلى في"), "f_none": ("none", "لا شيء"),
    "tl_title": ("Killed and wounded per {unit}{gap}", "القتلى والجرحى لكل {unit}{gap}"),
    "tl_gap": (" · no incident {first} – {last}", " · لا حوادث {first} – {last}"),
    "tl_left_out": ("Not in the bars: {n:,} incident{s} ({killed:,} killed) dated only to a span longer than a {unit} "
                    "(the map and the table hold them).", "ليست في الأعمدة: {n:,} حادثة ({killed:,} قتيلاً) مؤرخة "
                    "فقط بمدة أطول من {unit} (تضمها الخريطة والجدول)."),
    "tb_title": ("Largest incidents (by killed + wounded, top {n})", "أكبر الحوادث (حسب القتلى + الجرحى، أول {n})"),
    "tb_none": ("No incidents match the filters.", "لا حوادث تطابق المرشّحات."),
    "tb_date": ("Date", "التاريخ"), "tb_place": ("Place", "المكان"), "tb_type": ("Type", "النوع"),
    "tb_source": ("Source", "المصدر"), "week_of": ("wk", "أسبوع"),
    "area_district": ("district", "منطقة"), "area_governorate": ("governorate", "محافظة"), "area_country": ("country", "بلد"),
    "i_doing": ("ingest reports or files (analysts, editors and admins can)",
                "إدخال التقارير أو الملفات (يستطيع ذلك المحللون والمحررون والمديرون)"),
}
# The map's legend and layer names (dashboard.map: "map_" keys) and its popups and cells, drawn in the browser by
# lod.js (dashboard.lod.layer: "pop_" keys, read there without the prefix; {n}, {m} are filled by the script).
PAGE_WORDS.update({
    "map_types": ("Event type", "نوع الحدث"), "map_killed": ("Killed per area", "القتلى حسب المنطقة"),
    "map_size": ("Circle size: killed + wounded", "حجم الدائرة: القتلى + الجرحى"),
    "map_badge": ("Number on a hexagon: killed in it", "الرقم على الخلية السداسية: عدد القتلى فيها"),
    "map_legend": ("Legend", "مفتاح الخريطة"), "map_outlines": ("Country outlines", "حدود الدول"),
    "map_boundaries": ("Governorate boundaries", "حدود المحافظات"),
    "map_districts": ("District boundaries", "حدود المناطق"),
    "map_areas": ("Killed by area", "القتلى حسب المنطقة"), "map_heat": ("Heatmap (killed + wounded)", "خريطة حرارية"),
    "map_selected": ("Selected incident", "الحدث المحدد"), "map_incidents": ("Incidents", "الحوادث"),
    "map_area_only": ("Located only to a district or governorate: drawn at its centre, or at the town a district is "
                      "named after", "معروف إلى المنطقة أو المحافظة فقط: مرسوم في مركزها، أو في البلدة التي تحمل "
                      "المنطقة اسمها"),
    "map_country_only": ("Located only to Syria: counted in the totals and the table, not drawn",
                         "معروف إلى سوريا فقط: محسوب في المجاميع والجدول وغير مرسوم"),
    "map_drafts": ("Hollow: an unreviewed draft", "دائرة مفرغة: مسودة لم تُراجع"),
    "pop_incidents": ("incidents", "حوادث"), "pop_killed": ("killed", "قتلى"), "pop_wounded": ("wounded", "جرحى"),
    "pop_date": ("Date", "التاريخ"), "pop_place": ("Place", "المكان"), "pop_type": ("Type", "النوع"),
    "pop_actors": ("Actors", "الأطراف"), "pop_source": ("Source", "المصدر"), "pop_excerpt": ("Excerpt", "مقتطف"),
    "pop_unknown": ("unknown", "غير معروف"), "pop_killedRow": ("Killed", "قتلى"), "pop_woundedRow": ("Wounded", "جرحى"),
    "pop_draft": ("Unreviewed draft", "مسودة لم تُراجع"), "pop_drafts": ("unreviewed drafts", "مسودات لم تُراجع"),
    "pop_givenFor": ("given for {n} of {m}", "معروف لـ {n} من {m}"),
    "pop_areaOnly1": ("district only: drawn at its centre, or at the town it is named after",
                      "المنطقة فقط: مرسوم في مركزها، أو في البلدة التي تحمل اسمها"),
    "pop_areaOnly2": ("governorate only: drawn at its centre", "المحافظة فقط: مرسوم في مركزها"),
})
# ACLED's sub-event types (incidents.record.EVENT_TYPES, the values the store keeps) named in Arabic for a display
# ("subtype_" keys: `sub_event_name`); the stored values, filters and exports keep ACLED's English.
PAGE_WORDS.update({f"subtype_{english}": (english, arabic) for english, arabic in (
    ("Armed clash", "اشتباك مسلح"), ("Government regains territory", "استعادة الحكومة أراضيَ"),
    ("Non-state actor overtakes territory", "سيطرة جهة غير حكومية على أراضٍ"),
    ("Air/drone strike", "غارة جوية / بطائرة مسيّرة"), ("Shelling/artillery/missile attack", "قصف مدفعي / صاروخي"),
    ("Remote explosive/landmine/IED", "عبوة ناسفة / لغم أرضي / تفجير عن بعد"), ("Suicide bomb", "تفجير انتحاري"),
    ("Grenade", "قنبلة يدوية"), ("Chemical weapon", "سلاح كيميائي"), ("Attack", "هجوم"),
    ("Abduction/forced disappearance", "اختطاف / إخفاء قسري"), ("Sexual violence", "عنف جنسي"),
    ("Peaceful protest", "احتجاج سلمي"), ("Protest with intervention", "احتجاج مع تدخل"),
    ("Excessive force against protesters", "قوة مفرطة ضد المحتجين"), ("Violent demonstration", "مظاهرة عنيفة"),
    ("Mob violence", "عنف جماعي"), ("Agreement", "اتفاق"), ("Arrests", "اعتقالات"),
    ("Change to group/activity", "تغيّر في جماعة / نشاطها"), ("Disrupted weapons use", "إحباط استخدام أسلحة"),
    ("Headquarters or base established", "إنشاء مقر أو قاعدة"),
    ("Looting/property destruction", "نهب / تدمير ممتلكات"),
    ("Non-violent transfer of territory", "انتقال أراضٍ دون عنف"), ("Other", "أخرى"),
)})
# The libraries' messages about a user's data (incidents.messages: an import's rejected rows, what it derived from
# points) in Arabic, keyed by their codes; their English is the libraries' own (filed below as "msg_" keys).
MESSAGES_AR = {  # each starts with an Arabic word: the grid lays a cell out right to left only then (journey16)
    "not_number": "القيمة {value} في {field} ليست رقماً",
    "not_whole": "القيمة {value} في {field} ليست عدداً صحيحاً من {low} إلى {high}",
    "not_whole_min": "القيمة {value} في {field} ليست عدداً صحيحاً ≥ {low}",
    "not_date": "القيمة {value} في {field} ليست تاريخاً حقيقياً (YYYY-MM-DD، من 1900 حتى اليوم)",
    "not_acled_date": "القيمة {value} في {field} ليست تاريخاً حقيقياً بصيغة تُقرأ من ملفات ACLED (YYYY-MM-DD، "
                      "12 March 2018، 12 Mar 2018، 12-Mar-18، 12-Mar-2018، «March 12, 2018»، m/d/yyyy أو "
                      "d/m/yyyy؛ من 1900 حتى اليوم)",
    "not_time": "القيمة {value} في {field} ليست وقتاً بصيغة ISO 8601",
    "not_choice": "القيمة {value} في {field} ليست إحدى القيم: {allowed}",
    "too_long": "الحقل {field} أطول من {limit:,} حرف",
    "unstorable": "الحقل {field} يحوي محرف NUL أو بديلاً منفرداً (نصاً لا تخزنه قاعدة البيانات)",
    "not_boolean": "القيمة {value} في {field} ليست true أو false",
    "no_date": "الحقل event_date مفقود",
    "end_before_start": "التاريخ event_date_end قبل event_date",
    "not_sub_type": "القيمة {value} في sub_event_type ليست نوعاً فرعياً من event_type الخاص بها",
    "lat_lon_pair": "يجب ذكر latitude وlongitude معاً",
    "lat_lon_range": "الإحداثيات latitude/longitude خارج النطاق",
    "not_web": "القيمة {value} في source_url ليست عنوان http(s)",
    "extra_unstorable": "الحقل extra طويل جداً أو يحوي محرف NUL أو بديلاً منفرداً",
    "extra_not_json": "الحقل extra ليس كائن JSON من عمود: نص (أو طويل جداً، أو يحوي NUL)",
    "fields": "متوقع {expected} حقلاً، وُجد {found}",
    "not_feature": "ليس معلماً (Feature) من GeoJSON له خصائص",
    "not_geometry": "الشكل الهندسي من نوع {kind}، وليس كائن GeoJSON",
    "not_point_named": "الشكل الهندسي {kind}، وليس نقطة (Point)",
    "not_point": "الشكل الهندسي {kind}، وليس نقطة (Point)",
    "not_coordinates": "الإحداثيات {value} ليست رقمين منتهيين",
    "point_not_finite": "إحداثيات النقطة ليست رقمين منتهيين",
    "kml_coordinates": "الإحداثيات {value} ليست «longitude,latitude» رقمين منتهيين",
    "admin_filled": "صفوف بلا محافظة ({n}): مُلئت المحافظة والمنطقة والناحية من النقطة (العلامة «المحافظة من النقطة»)",
    "admin_outside": "صفوف بلا محافظة نقطتها خارج سوريا ({n})، تُركت بلا محافظة (العلامة «نقطة خارج سوريا»): السطر {lines}",
    "file_failed": "لم يُستورد شيء من {file}: {reason}",
    "file_failed_line": "لم يُستورد شيء من {file} (السطر {line}): {reason}",
    "no_file": "لا يوجد ملف بهذا الاسم",
    "empty_file": "الملف فارغ",
    "not_encoding": "ليس نصاً بترميز {encoding} (وُجد {found})؛ احفظه بترميز UTF-8",
    "unknown_encoding": "ترميز نص غير معروف {encoding!r} (مثلاً utf-8 أو cp1256 أو latin-1)",
    "broken_header": "علامات اقتباس CSV معطوبة في سطر العناوين ({error})",
    "bad_header": "في سطر العناوين أسماء أعمدة فارغة أو مكررة: {names}",
    "broken_field": "علامات اقتباس CSV أو حقل معطوب ({error})",
    "missing_columns": "ليس ملف {fmt}: ينقصه العمود أو الأعمدة {absent} (الموجود: {found})",
    "unknown_fields": "تسمّي مطابقة الأعمدة (--map) حقولاً غير معروفة {unknown}؛ الحقول هي: {fields}",
    "map_pair": "المتوقع FIELD=COLUMN، وُجد {pair!r}",
    "too_deep": "بنية متداخلة أعمق من أن تكون ملف حوادث",
    "not_utf8": "ليس نصاً بترميز UTF-8 ({error} عند البايت {start})",
    "not_json": "ليس JSON ({error}، العمود {column})",
    "json_too_deep": "بنية JSON متداخلة أعمق من أن تكون ملف GeoJSON",
    "not_collection": "ليس مجموعة معالم (FeatureCollection) من GeoJSON",
    "not_gpkg": "ملف GeoPackage غير مقروء ({error})",
    "not_kml": "ليس KML/XML ({error})",
    "xml_too_deep": "بنية XML متداخلة أعمق من أن تكون ملف KML",
    "dates_mixed": "تخلط التواريخ في event_date بين m/d/yyyy وd/m/yyyy: السطر {first} لا يُقرأ إلا شهراً/يوماً، والسطر "
                   "{second} لا يُقرأ إلا يوماً/شهراً؛ احفظ التواريخ بصيغة YYYY-MM-DD",
    "dates_unsettled": "التاريخ {value!r} في event_date قد يكون شهراً/يوماً أو يوماً/شهراً، ولا يحسم عمودا year "
                       "وtimestamp ولا بقية الملف أيهما؛ احفظ التواريخ بصيغة YYYY-MM-DD",
    "job_time_limit": "توقفت بعد {seconds} ث، وهي المهلة القصوى للمهمة (DASHBOARD_JOB_SECONDS)",
    "job_no_answer": "انتهت عملية المهمة دون جواب (رمز الخروج {exit})",
    "job_file_error": "خطأ في {file}: {error}",
    "job_error": "خطأ غير متوقع: {kind}: {error}",
    "job_extracting": "استخراج التقرير {number} من {total}",
    "job_found": "الحوادث التي عُثر عليها: {found} (التقارير: {reports})",  # a count after a colon: no number agreement
    "job_reading": "قراءة الملف",
}
for _code, _english in ENGLISH.items():
    WORDS["en"][f"msg_{_code}"], WORDS["ar"][f"msg_{_code}"] = _english, MESSAGES_AR[_code]
for _key, (_en, _ar) in PAGE_WORDS.items():
    WORDS["en"][_key], WORDS["ar"][_key] = _en, _ar


def word(lang: str, key: str, **values) -> str:
    """The export's word `key` in `lang` (English for any other language), formatted with `values`."""
    text = WORDS.get(lang, WORDS["en"])[key]
    return text.format(s="" if values.get("n", 2) == 1 else "s", **values) if values else text


def group(lang: str, prefix: str) -> dict[str, str]:
    """Every word whose key starts with `prefix`, in `lang` (English for any other), keyed without the prefix and
    unformatted: the map's legend and layer names ("map_"), the words lod.js fills in its popups ("pop_")."""
    table = WORDS.get(lang, WORDS["en"])
    return {key.removeprefix(prefix): text for key, text in table.items() if key.startswith(prefix)}


def said(lang: str, text: str) -> str:
    """A library's message (incidents.messages.Message) in `lang`, each sentence from its code and parameters (a
    parameter that is a message itself, a refused file's reason, said too); in English, or for a plain text (an
    exception's, say), the text as it is."""
    if lang == "en" or not isinstance(text, Message) or not text.parts:
        return str(text)
    joint = "؛ " if lang == "ar" else SEPARATOR
    return joint.join(word(lang, f"msg_{code}", **{name: said(lang, value) if isinstance(value, Message) else value
                                                    for name, value in params.items()})
                      for code, params in text.parts)


def place_kind(lang: str, level: str) -> str:
    """A gazetteer place's level ("town", "governorate", …) in `lang`; one without a word stays as it is."""
    return WORDS.get(lang, WORDS["en"]).get(f"kind_{level}", level)


def rtl(lang: str, text: str) -> str:
    """In Arabic, the text after a right-to-left mark: a line the page lays out left to right then reads right to
    left (its leading count stays at its start, its full stop at its end); other languages unchanged."""
    return f"\u200f{text}" if lang == "ar" else text


def event_name(lang: str, event_type: str) -> str:
    return EVENT_NAMES_AR.get(event_type, event_type) if lang == "ar" else event_type


def event_names(lang: str, types):
    """A column (pandas Series) of event types in `lang`, as the legend names them (a type it has no name for stays):
    for a display (the table's cells, the popups), never for the stored values."""
    return types.map(EVENT_NAMES_AR).fillna(types) if lang == "ar" else types


def sub_event_name(lang: str, sub_type: str) -> str:
    """An ACLED sub-event type in `lang` for a display (one the table has no name for, and English, as stored)."""
    return WORDS["ar"].get(f"subtype_{sub_type}", sub_type) if lang == "ar" else sub_type


def sub_event_names(lang: str, sub_types):
    """A column (pandas Series) of sub-event types in `lang` (as `sub_event_name`), for a display only."""
    return sub_types.map(group("ar", "subtype_")).fillna(sub_types) if lang == "ar" else sub_types


def flag_names(lang: str, flags: str) -> str:
    """A record's flags ('place_unresolved,needs_review', as the store and the drafts keep them) named in `lang`, for
    a display only: English keeps the codes the import messages and the CLI name; a code with no name stays."""
    if lang != "ar":
        return flags
    return "، ".join(WORDS["ar"].get(f"flag_{code}", code) for code in str(flags or "").split(",") if code)


def credits_in(lang: str, text: str) -> str:
    """Credits written in English ('Incidents: …. Boundaries: …, Tiles: …') with their headings in `lang`, and in
    Arabic the credits that describe rather than cite ("news reports", "imported CSV tables": CREDITS_AR) in Arabic
    too. In Arabic each heading starts a line of its own, without the full stops: mixed into one right-to-left
    line, the Latin citations' full stops landed beside the wrong words (journey13)."""
    if lang != "ar":
        return text
    parts = HEADINGS.split(text)[1:]  # [heading, body, heading, body, …]
    return "\n".join(f"{word(lang, key.lower())} {_described_ar(body.strip().rstrip('.,;').strip())}"
                     for key, body in zip(parts[::2], parts[1::2]))


def _described_ar(body: str) -> str:
    """A credits line's '; '-separated credits, each describing one (not a citation) in Arabic."""
    return "؛ ".join(CREDITS_AR.get(credit, credit) for credit in body.split("; "))


def isolated(line: str) -> str:
    """A right-to-left credits line with what follows its heading (or the whole line, a wrapped line's rest) in a
    first-strong isolate (FSI … PDI): a Latin citation keeps its own order and punctuation inside Arabic text."""
    heading, colon, rest = line.partition(": ")
    if colon and heading in {WORDS["ar"][key].rstrip(":") for key in ("incidents", "boundaries", "tiles")}:
        return f"{heading}: {FSI}{rest}{PDI}"
    return f"{FSI}{line}{PDI}"


def described(lang: str, filters) -> str:
    """The selection (incidents.filters.Filters) in words for a subtitle, in `lang`: English is the filters' own
    `describe()`; Arabic names dates, event types, governorates and districts (OCHA's Arabic names), the minimum
    killed, statuses and the area in Arabic (journey13-14: the Arabic brief's subtitle named 'Idleb')."""
    if lang != "ar":
        return filters.describe()
    units = lambda names, level: "، ".join(arabic_unit(n, level) for n in names)  # noqa: E731
    parts = [
        _dates_ar(filters.date_from, filters.date_to),
        "، ".join(event_name(lang, t) for t in filters.event_types),
        "، ".join(sub_event_name(lang, s) for s in filters.sub_event_types),
        f"الفاعل «{filters.actor}»" if filters.actor else "",
        units(filters.admin1, "governorate"),
        units(filters.admin2, "district"),
        f"≥ {filters.min_killed} قتلى" if filters.min_killed else "",
        "، ".join(word(lang, f"status_{s}") for s in filters.review_status),
        f"النص «{filters.text}»" if filters.text else "",
        "منطقة {:.2f}–{:.2f} شرقاً، {:.2f}–{:.2f} شمالاً".format(*(filters.bbox[i] for i in (0, 2, 1, 3)))
        if filters.bbox else "",
    ]
    return " · ".join(p for p in parts if p) or "كل الحوادث"


def arabic_unit(name: str, level: str) -> str:
    """A governorate's or district's Arabic name from OCHA's tables (the name as given when they do not know it)."""
    unit = admin.by_pcode().get(admin.pcode(level, name) or "")
    return unit.name_ar if unit is not None and unit.name_ar else name


def unit_name(lang: str, name: str, level: str) -> str:
    """A governorate or district as a page in `lang` names it: OCHA's Arabic name under Arabic, the stored name
    otherwise (filters and exports keep the stored name)."""
    return arabic_unit(name, level) if lang == "ar" else name


def unit_names(lang: str, names, level: str):
    """A column (pandas Series) of governorate or district names in `lang` (as `unit_name`), for a display only."""
    return names.map({name: arabic_unit(name, level) for name in names.dropna().unique()}) if lang == "ar" else names


def day_in(lang: str, day: dt.date) -> str:
    """'02 March 2017', or in Arabic '2 مارس 2017'."""
    return f"{day.day} {MONTHS_AR[day.month - 1]} {day.year}" if lang == "ar" else f"{day:%d %B %Y}"


def _dates_ar(start: dt.date | None, end: dt.date | None) -> str:
    day = lambda d: day_in("ar", d)  # noqa: E731
    if start and end:
        return day(start) if start == end else f"{day(start)} – {day(end)}"
    if start:
        return f"من {day(start)}"
    return f"حتى {day(end)}" if end else ""


def exported(lang: str, when: dt.datetime) -> str:
    """'Exported 2 Jan 2026 03:04 UTC', or in Arabic 'صدرت 2 يناير 2026 03:04 UTC'."""
    if lang == "ar":
        return f"صدرت {when.day} {MONTHS_AR[when.month - 1]} {when.year} {when:%H:%M} UTC"
    return f"Exported {when.day} {when:%b %Y %H:%M} UTC"

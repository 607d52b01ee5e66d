// Actors and places of 2023-2026 news (session 30, lex30), class by class, in the regions session 29 did not
// cover: the Maghreb's and Egypt's ministers, chiefs of staff and spokesmen, Tunisia's opposition of 2023 (the
// National Salvation Front, the Republican and Workers' parties, whose bare names the US Republicans, the UK's
// Labour and the PKK share: each read by the document's country); Jordan's and the Gulf's ministers, crown
// princes and envoys; Ethiopia's, Eritrea's and Burkina Faso's officials; the Taliban's spokesman, army chief
// and intelligence chief and Pakistan's caretaker premier, interior minister and army spokesman; the heads of
// the ICC, the ICJ, ECOWAS and the Arab League's deputy; and places: Western Sahara's towns (one territory, as
// Laayoune and Dakhla were already), Pakistan's Balochistan and Khyber Pakhtunkhwa towns, Amhara's towns of the
// Fano war, Sfax's migrant camps, Jordan's Ruwaished. Three open items: the Asayish (الأسايش) of Aleppo and of
// the north-east are Syria's, as Aleppo's, Homs's and Deir ez-Zor's names now count for Syria in the document's
// context (a `!` place name); the Druze sheikh's bare surname الهجري is a short form (^), the adjective "Hijri"
// elsewhere; a party title on an office holder keeps his state role at the date (guards), and the UK's Labour by
// its bare name lets the title compose with Starmer.
// Every sentence was written for this table (none copied from a corpus) and every expected value was
// written by hand from the Arabic before rasad ran: the country and sector of the actor a name stands
// for at the sentence's date ("" country for an international actor, "*" any sector), the country of the
// place a name stands for, and the source and target of an event ("COUNTRY/SECTOR"; "*" accepts any value).
// Rows named guard_ passed before the session's entries and keep the readings they protect; every other row
// failed before them.
#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "unit/actor_case_support.h"
#include "unit/engine_test_support.h"
#include "unit/named_rows_support.h"

namespace rasad {
namespace {

using testing::NamedActorRow;
using testing::NamedPlaceRow;
using testing::DatedEventRow;

const NamedActorRow kActors[] = {
    // Algeria.
    {"dza_merad", "2024-03-10", "قال وزير الداخلية الجزائري إبراهيم مراد إن السلطات أحبطت محاولة تسلل على الحدود الجنوبية.",
     "إبراهيم مراد", "DZA", "GOV"},
    {"dza_tabi", "2024-05-12", "أعلن وزير العدل الجزائري عبد الرشيد طبي عن تعديل قانون العقوبات.",
     "عبد الرشيد طبي", "DZA", "GOV"},
    {"dza_arkab", "2023-09-20", "قال وزير الطاقة والمناجم محمد عرقاب إن الجزائر سترفع صادرات الغاز إلى أوروبا.",
     "محمد عرقاب", "DZA", "GOV"},
    {"dza_boudjemaa", "2025-02-10", "قال وزير العدل الجزائري لطفي بوجمعة إن القضاء سيلاحق المتورطين في الفساد.",
     "لطفي بوجمعة", "DZA", "GOV"},
    // Tunisia: ministers, the opposition of 2023 and the parties whose bare names are shared.
    {"tun_nejib_chebbi", "2023-04-20", "قال رئيس جبهة الخلاص الوطني أحمد نجيب الشابي إن اعتقال الغنوشي تصعيد خطير.",
     "أحمد نجيب الشابي", "TUN", "OPP"},
    {"tun_ben_mbarek", "2023-02-25", "اعتقلت الشرطة التونسية القيادي في جبهة الخلاص جوهر بن مبارك.",
     "جوهر بن مبارك", "TUN", "OPP"},
    {"tun_ounissi", "2023-05-20", "قال رئيس حركة النهضة بالنيابة منذر الونيسي إن الحركة ترفض المحاكمات السياسية.",
     "منذر الونيسي", "TUN", "*"},
    {"tun_issam_chebbi", "2023-02-22", "اعتقلت السلطات التونسية عصام الشابي الأمين العام للحزب الجمهوري.",
     "عصام الشابي", "TUN", "*"},
    {"tun_joumhouri", "2023-02-22", "قالت الشرطة التونسية إن الحزب الجمهوري نظم وقفة احتجاجية في العاصمة تونس.",
     "الحزب الجمهوري", "TUN", "PTY"},
    {"tun_workers_party", "2024-10-01", "قالت الشرطة التونسية إن حزب العمال نظم وقفة احتجاجية في تونس العاصمة.",
     "حزب العمال", "TUN", "PTY"},
    {"tun_hammami", "2023-03-10", "قال الأمين العام لحزب العمال التونسي حمة الهمامي إن الانتخابات مهزلة.",
     "حمة الهمامي", "TUN", "OPP"},
    // Morocco.
    {"mar_ouahbi", "2024-01-15", "قال وزير العدل المغربي عبد اللطيف وهبي إن مشروع القانون الجنائي سيعرض على البرلمان.",
     "عبد اللطيف وهبي", "MAR", "GOV"},
    {"mar_baitas", "2025-10-02", "قال الناطق الرسمي باسم الحكومة المغربية مصطفى بايتاس إن الحكومة منفتحة على الحوار مع الشباب المحتجين.",
     "مصطفى بايتاس", "MAR", "GOV"},
    {"mar_moulay_hassan", "2024-07-30", "ترأس ولي العهد المغربي الأمير مولاي الحسن حفلا رسميا في الرباط.",
     "مولاي الحسن", "MAR", "GOV"},
    // Mauritania.
    {"mrt_biram", "2024-07-02", "اتهم المرشح الرئاسي الموريتاني بيرام الداه اعبيد السلطات بتزوير الانتخابات.",
     "بيرام الداه اعبيد", "MRT", "OPP"},
    // Egypt.
    {"egy_khalifa", "2024-08-10", "تفقد رئيس أركان حرب القوات المسلحة المصرية الفريق أحمد خليفة عناصر حرس الحدود في شمال سيناء.",
     "أحمد خليفة", "EGY", "MIL"},
    {"egy_askar", "2023-05-10", "بحث رئيس أركان حرب القوات المسلحة المصرية الفريق أسامة عسكر مع نظيره السوداني الأوضاع في الخرطوم.",
     "أسامة عسكر", "EGY", "MIL"},
    {"egy_rashwan", "2024-05-14", "قال رئيس الهيئة العامة للاستعلامات المصرية ضياء رشوان إن القاهرة قد تنسحب من الوساطة.",
     "ضياء رشوان", "EGY", "GOV"},
    {"egy_tantawy", "2023-10-14", "قال المرشح الرئاسي المصري المحتمل أحمد طنطاوي إن أنصاره تعرضوا للاعتقال.",
     "أحمد طنطاوي", "EGY", "OPP"},
    {"egy_badawi", "2025-02-01", "قال وزير البترول المصري كريم بدوي إن مصر ستستورد شحنات إضافية من الغاز المسال.",
     "كريم بدوي", "EGY", "GOV"},
    {"egy_gharib", "2024-06-10", "قال المتحدث العسكري المصري العقيد غريب عبد الحافظ إن القوات دمرت أنفاقا في شمال سيناء.",
     "غريب عبد الحافظ", "EGY", "MIL"},
    // Jordan.
    {"jor_momani", "2025-04-23", "قال وزير الاتصال الحكومي الأردني محمد المومني إن المملكة لن تسمح بخرق أجوائها.",
     "محمد المومني", "JOR", "GOV"},
    {"jor_mubaideen", "2024-04-14", "قال وزير الاتصال الحكومي الأردني مهند مبيضين إن الأردن لن يكون ساحة لأي صراع.",
     "مهند مبيضين", "JOR", "GOV"},
    {"jor_huneiti", "2024-02-20", "قال رئيس هيئة الأركان المشتركة الأردنية اللواء يوسف الحنيطي إن القوات المسلحة ستواصل الإنزالات الجوية على غزة.",
     "يوسف الحنيطي", "JOR", "MIL"},
    {"jor_saqqa", "2024-09-11", "قال الأمين العام لحزب جبهة العمل الإسلامي وائل السقا إن الحزب حقق فوزا تاريخيا في الانتخابات.",
     "وائل السقا", "JOR", "PTY"},
    // Saudi Arabia.
    {"sau_abdulaziz_salman", "2023-06-04", "قال وزير الطاقة السعودي الأمير عبد العزيز بن سلمان إن المملكة ستخفض إنتاجها النفطي.",
     "عبد العزيز بن سلمان", "SAU", "GOV"},
    {"sau_khereiji", "2024-05-20", "شارك نائب وزير الخارجية السعودي وليد الخريجي في اجتماع وزاري بشأن غزة.",
     "وليد الخريجي", "SAU", "GOV"},
    {"sau_reema", "2024-10-10", "التقت سفيرة السعودية لدى الولايات المتحدة الأميرة ريما بنت بندر أعضاء في الكونغرس.",
     "ريما بنت بندر", "SAU", "GOV"},
    // The UAE.
    {"are_khaled_mbz", "2024-09-23", "التقى ولي عهد أبوظبي الشيخ خالد بن محمد بن زايد الرئيس الأمريكي جو بايدن في البيت الأبيض.",
     "خالد بن محمد بن زايد", "ARE", "GOV"},
    {"are_hamdan", "2024-08-20", "استقبل ولي عهد دبي وزير الدفاع الإماراتي الشيخ حمدان بن محمد بن راشد وزير الدفاع البريطاني.",
     "حمدان بن محمد بن راشد", "ARE", "MIL"},
    {"are_mansour", "2023-04-15", "ترأس نائب رئيس الدولة الإماراتي الشيخ منصور بن زايد اجتماعا لمجلس الوزراء.",
     "منصور بن زايد", "ARE", "GOV"},
    {"are_hashimy", "2023-12-05", "قالت وزيرة الدولة الإماراتية لشؤون التعاون الدولي ريم الهاشمي إن المستشفى الميداني في غزة بدأ العمل.",
     "ريم الهاشمي", "ARE", "GOV"},
    {"are_nusseibeh", "2025-01-20", "قالت لانا نسيبة مساعدة وزير الخارجية الإماراتي إن بلادها ستواصل إرسال المساعدات إلى غزة.",
     "لانا نسيبة", "ARE", "GOV"},
    // Qatar.
    {"qat_saoud", "2025-01-15", "استقبل وزير الدولة لشؤون الدفاع القطري الشيخ سعود بن عبد الرحمن آل ثاني قائد القوات الجوية التركية.",
     "سعود بن عبد الرحمن آل ثاني", "QAT", "MIL"},
    {"qat_muraikhi", "2024-02-10", "قال وزير الدولة بوزارة الخارجية القطرية سلطان بن سعد المريخي إن الدوحة تواصل اتصالاتها مع الأطراف.",
     "سلطان بن سعد المريخي", "QAT", "GOV"},
    {"qat_attiyah_former", "2025-03-10", "التقى خالد العطية سفير الولايات المتحدة في الدوحة.",
     "خالد العطية", "QAT", "ELI"},
    // Bahrain.
    {"bhr_nuaimi", "2024-02-20", "استقبل وزير شؤون الدفاع البحريني الفريق الركن عبد الله بن حسن النعيمي قائد الأسطول الخامس الأمريكي.",
     "عبد الله بن حسن النعيمي", "BHR", "MIL"},
    // Oman.
    {"omn_theyazin", "2024-05-12", "استقبل ولي العهد العماني السيد ذي يزن بن هيثم وفدا إيرانيا في مسقط.",
     "ذي يزن بن هيثم", "OMN", "GOV"},
    // Ethiopia.
    {"eth_taye", "2025-01-20", "استقبل الرئيس الإثيوبي تاي أتسكي سيلاسي السفير المصري في أديس أبابا.",
     "تاي أتسكي سيلاسي", "ETH", "GOV"},
    {"eth_debretsion", "2024-09-15", "قال رئيس الجبهة الشعبية لتحرير تيغراي دبرصيون جبرميكائيل إن الجبهة لن تقبل الإقصاء.",
     "دبرصيون جبرميكائيل", "ETH", "*"},
    // Eritrea.
    {"eri_yemane", "2024-10-15", "قال وزير الإعلام الإريتري يماني جبرمسقل إن بلاده لا تتدخل في شؤون جيرانها.",
     "يماني جبرمسقل", "ERI", "GOV"},
    // Burkina Faso.
    {"bfa_kyelem", "2023-11-10", "قال رئيس الوزراء البوركيني أبولينير كيليم دي تامبيلا إن الجيش سيستعيد كل الأراضي.",
     "أبولينير كيليم دي تامبيلا", "BFA", "GOV"},
    {"bfa_ouedraogo", "2025-01-20", "قال رئيس الوزراء البوركيني ريمتالبا جان إيمانويل ويدراوغو إن الحكومة ستعزز الأمن.",
     "ريمتالبا جان إيمانويل ويدراوغو", "BFA", "GOV"},
    // ECOWAS.
    {"igo_touray", "2024-01-29", "قال رئيس مفوضية إيكواس عمر عليو توراي إن انسحاب الدول الثلاث يضر بالمنطقة.",
     "عمر عليو توراي", "", "IGO"},
    // Afghanistan.
    {"afg_fitrat", "2024-05-10", "قال نائب المتحدث باسم حكومة طالبان حمد الله فطرت إن الحكومة أرسلت مساعدات إلى المناطق المنكوبة.",
     "حمد الله فطرت", "AFG", "GOV"},
    {"afg_fasihuddin", "2024-12-28", "قال رئيس أركان الجيش الأفغاني قاري فصيح الدين فطرت إن قواته سترد على الغارات الباكستانية.",
     "فصيح الدين فطرت", "AFG", "MIL"},
    {"afg_wasiq", "2024-06-10", "التقى رئيس الاستخبارات الأفغانية عبد الحق واثق وفدا صينيا في كابل.",
     "عبد الحق واثق", "AFG", "SPY"},
    // Pakistan.
    {"pak_kakar", "2023-10-10", "قال رئيس الوزراء الباكستاني المؤقت أنوار الحق كاكر إن المهاجرين الأفغان غير الشرعيين سيرحلون.",
     "أنوار الحق كاكر", "PAK", "GOV"},
    {"pak_naqvi", "2024-11-25", "قال وزير الداخلية الباكستاني محسن نقوي إن المحتجين لن يسمح لهم بدخول العاصمة.",
     "محسن نقوي", "PAK", "GOV"},
    {"pak_chaudhry", "2025-05-10", "قال المتحدث باسم الجيش الباكستاني الفريق أحمد شريف شودري إن القوات أسقطت طائرات هندية.",
     "أحمد شريف شودري", "PAK", "MIL"},
    // International courts and organisations.
    {"igo_akane", "2024-06-10", "قالت رئيسة المحكمة الجنائية الدولية توموكو أكاني إن المحكمة لن ترضخ للتهديدات.",
     "توموكو أكاني", "", "IGO"},
    {"igo_iwasawa", "2025-07-23", "قال رئيس محكمة العدل الدولية يوجي إيواساوا إن الدول ملزمة بحماية المناخ.",
     "يوجي إيواساوا", "", "IGO"},
    {"igo_zaki", "2024-05-10", "قال الأمين العام المساعد لجامعة الدول العربية حسام زكي إن القمة ستبحث الحرب على غزة.",
     "حسام زكي", "", "IGO"},
    {"igo_nawaf_salam_judge", "2020-07-10", "قال القاضي نواف سلام إن محكمة العدل الدولية ستنظر في القضية.",
     "نواف سلام", "", "IGO"},
    // China.
    {"chn_mao_ning", "2024-01-10", "قالت المتحدثة باسم الخارجية الصينية ماو نينغ إن الصين تدعو إلى وقف إطلاق النار.",
     "ماو نينغ", "CHN", "GOV"},
    // France.
    {"fra_barnier", "2024-10-20", "قال رئيس الوزراء الفرنسي ميشال بارنييه إن الحكومة لن ترفع الضرائب.",
     "ميشال بارنييه", "FRA", "GOV"},
    // The UK.
    {"guard_gbr_sunak_party_title", "2023-11-10", "قال زعيم حزب المحافظين ريشي سوناك إن الحكومة ستشدد قوانين الهجرة.",
     "ريشي سوناك", "GBR", "GOV"},
    {"gbr_labour_bare", "2024-07-05", "قالت وسائل الإعلام البريطانية إن حزب العمال فاز بأغلبية كبيرة في مجلس العموم البريطاني.",
     "حزب العمال", "GBR", "PTY"},
    // Turkey.
    {"guard_tur_erdogan_party_title", "2024-05-02", "قال زعيم حزب العدالة والتنمية رجب طيب أردوغان إن تركيا أوقفت التجارة مع إسرائيل.",
     "رجب طيب أردوغان", "TUR", "GOV"},
    {"tur_erdogan_2002", "2002-11-05", "قال زعيم حزب العدالة والتنمية رجب طيب أردوغان إن حزبه سيشكل الحكومة وحده.",
     "رجب طيب أردوغان", "TUR", "PTY"},
    {"tur_pkk_bare", "2025-05-12", "قالت وزارة الدفاع التركية إن حزب العمال أعلن حل نفسه وإلقاء السلاح في تركيا.",
     "حزب العمال", "TUR", "REB"},
    // Syria: the Asayish of Aleppo and the north-east, the Druze sheikh al-Hijri.
    {"syr_asayish_aleppo", "2025-10-06", "اندلعت اشتباكات بين قوات الأسايش وعناصر الأمن العام في حي الشيخ مقصود بحلب.",
     "الأسايش", "SYR", "*"},
    {"guard_syr_asayish_hasakah", "2024-08-10", "اعتقلت الأسايش عشرات الشبان في مدينة الحسكة.",
     "الأسايش", "SYR", "*"},
    {"guard_syr_asayish_qamishli", "2025-01-15", "قالت قوى الأمن الداخلي الأسايش في القامشلي إنها أحبطت هجوما.",
     "الأسايش", "SYR", "*"},
    {"syr_hijri_sheikh", "2025-07-20", "قالت مصادر إن الشيخ الهجري دعا إلى الهدوء في السويداء.",
     "الشيخ الهجري", "SYR", "REL"},
    {"syr_asayish_maqsoud", "2025-10-06", "قالت قوات الأسايش إنها اعتقلت خلية في حي الشيخ مقصود.",
     "الأسايش", "SYR", "*"},
    {"syr_asayish_withdraw", "2025-04-04", "انسحبت قوات الأسايش من حيي الشيخ مقصود والأشرفية في مدينة حلب.",
     "الأسايش", "SYR", "*"},
    {"syr_asayish_deir", "2024-09-10", "اعتقلت الأسايش ناشطا في مدينة دير الزور.",
     "الأسايش", "SYR", "*"},
    {"syr_asayish_tal_rifaat", "2024-09-10", "اعتقلت قوات الأسايش شابين في تل رفعت.",
     "الأسايش", "SYR", "*"},
    {"syr_asayish_amuda", "2024-09-10", "قالت الأسايش إنها فككت خلية في عامودا.",
     "الأسايش", "SYR", "*"},
    // Taliban ministers, Sahel and Somali ministers, the UAE's chief of staff, MINURSO's head, European and South
    // African leaders (Mali's Goita by another spelling; Simon Harris, whose bare surname is Kamala Harris's).
    {"afg_hanafi", "2024-05-10", "استقبل نائب رئيس الوزراء الأفغاني عبد السلام حنفي وفدا أمميا في كابل.",
     "عبد السلام حنفي", "AFG", "GOV"},
    {"afg_yaqoob", "2024-05-10", "قال وزير الدفاع في حكومة طالبان محمد يعقوب إن قواته مستعدة للدفاع عن الحدود.",
     "محمد يعقوب", "AFG", "MIL"},
    {"afg_khairkhwa", "2024-05-10", "قال وزير الإعلام والثقافة في حكومة طالبان خير الله خيرخواه إن الحكومة ستنظم وسائل الإعلام.",
     "خير الله خيرخواه", "AFG", "GOV"},
    {"afg_nadim", "2023-01-10", "دافع وزير التعليم العالي في حكومة طالبان ندا محمد نديم عن قرار منع الفتيات من الجامعات.",
     "ندا محمد نديم", "AFG", "GOV"},
    {"afg_suhail_shaheen", "2024-05-10", "قال رئيس المكتب السياسي لطالبان في الدوحة سهيل شاهين إن الحركة تريد علاقات جيدة مع العالم.",
     "سهيل شاهين", "AFG", "GOV"},
    {"bfa_kassoum_coulibaly", "2024-03-10", "قال وزير الدفاع البوركيني قاسم كوليبالي إن الجيش استعاد مناطق واسعة.",
     "قاسم كوليبالي", "BFA", "MIL"},
    {"bfa_simpore", "2025-03-10", "قال وزير الدفاع البوركيني سيليستين سيمبوري إن الجيش يلاحق الإرهابيين.",
     "سيليستين سيمبوري", "BFA", "MIL"},
    {"bfa_karamoko_traore", "2024-03-10", "قال وزير الخارجية البوركيني كاراموكو جان ماري تراوري إن بلاده انسحبت من إيكواس.",
     "كاراموكو جان ماري تراوري", "BFA", "GOV"},
    {"mli_goita", "2024-03-10", "أصدر رئيس المرحلة الانتقالية في مالي العقيد عاصمي غويتا مرسوما بحل الأحزاب.",
     "عاصمي غويتا", "MLI", "GOV"},
    {"som_fiqi", "2024-03-10", "قال وزير الخارجية الصومالي أحمد معلم فقي إن مقديشو ستطرد السفير الإثيوبي.",
     "أحمد معلم فقي", "SOM", "GOV"},
    {"som_nur", "2024-10-10", "قال وزير الدفاع الصومالي عبد القادر محمد نور إن القوات المصرية ستنتشر في الصومال.",
     "عبد القادر محمد نور", "SOM", "MIL"},
    {"are_mazrouei", "2024-03-10", "استقبل رئيس أركان القوات المسلحة الإماراتية الفريق الركن عيسى سيف المزروعي قائد الجيش الباكستاني.",
     "عيسى سيف المزروعي", "ARE", "MIL"},
    {"esh_ivanko", "2024-03-10", "زار رئيس بعثة المينورسو ألكسندر إيفانكو مخيمات تندوف.",
     "ألكسندر إيفانكو", "", "IGO"},
    {"irl_harris", "2024-05-28", "قال رئيس الوزراء الأيرلندي سايمون هاريس إن الاعتراف بفلسطين خطوة تاريخية.",
     "سايمون هاريس", "IRL", "GOV"},
    {"nor_eide", "2024-05-28", "قال وزير الخارجية النرويجي إسبن بارث إيدي إن النرويج تعترف بدولة فلسطين.",
     "إسبن بارث إيدي", "NOR", "GOV"},
    {"zaf_ramaphosa", "2024-01-11", "قال رئيس جنوب أفريقيا سيريل رامافوزا إن بلاده رفعت دعوى ضد إسرائيل.",
     "سيريل رامافوزا", "ZAF", "GOV"},
    {"zaf_lamola", "2024-08-10", "قال وزير العلاقات الدولية الجنوب أفريقي رونالد لامولا إن القضية مستمرة.",
     "رونالد لامولا", "ZAF", "GOV"},
    {"pol_tusk", "2024-05-10", "قال رئيس الوزراء البولندي دونالد توسك إن أوروبا في حقبة ما قبل الحرب.",
     "دونالد توسك", "POL", "GOV"},
    // Second-tier officials: spokesmen, intelligence and army chiefs, provincial heads (Bashir Zeb, whose given
    // name alone was Omar al-Bashir's البشير with the article stripped).
    {"egy_sewilam", "2024-03-10", "قال وزير الموارد المائية والري المصري هاني سويلم إن سد النهضة يهدد الأمن المائي.",
     "هاني سويلم", "EGY", "GOV"},
    {"egy_khallaf", "2025-01-10", "قال المتحدث باسم الخارجية المصرية تميم خلاف إن القاهرة ترفض التهجير.",
     "تميم خلاف", "EGY", "GOV"},
    {"mar_toufiq", "2024-03-10", "قال وزير الأوقاف والشؤون الإسلامية المغربي أحمد التوفيق إن المساجد ستفتح.",
     "أحمد التوفيق", "MAR", "GOV"},
    {"mar_mansouri", "2024-03-10", "التقى المدير العام للدراسات والمستندات ياسين المنصوري مسؤولين أمريكيين.",
     "ياسين المنصوري", "MAR", "SPY"},
    {"dza_meziane", "2025-01-10", "قال وزير الاتصال الجزائري محمد مزيان إن وسائل الإعلام الفرنسية تشن حملة على الجزائر.",
     "محمد مزيان", "DZA", "GOV"},
    {"eth_redwan", "2024-12-10", "التقى مدير جهاز المخابرات الإثيوبي رضوان حسين وفدا صوماليا.",
     "رضوان حسين", "ETH", "SPY"},
    {"eth_legesse", "2024-03-10", "قال وزير الاتصال الحكومي الإثيوبي ليجيسي تولو إن الحكومة تفاوض المتمردين.",
     "ليجيسي تولو", "ETH", "GOV"},
    {"eth_billene", "2024-03-10", "قالت السكرتيرة الصحفية لرئيس الوزراء الإثيوبي بيلين سيوم إن أديس أبابا تريد منفذا بحريا.",
     "بيلين سيوم", "ETH", "GOV"},
    {"mli_wague", "2024-03-10", "قال وزير المصالحة المالي إسماعيل واغي إن الحوار مع الجماعات المسلحة ممكن.",
     "إسماعيل واغي", "MLI", "GOV"},
    {"mli_oumar_diarra", "2024-03-10", "قال رئيس أركان الجيش المالي الجنرال عمر ديارا إن الجيش سيطر على كيدال.",
     "عمر ديارا", "MLI", "MIL"},
    {"ner_toumba", "2024-03-10", "قال وزير الداخلية النيجري محمد تومبا إن قوات الأمن أحبطت هجوما.",
     "محمد تومبا", "NER", "GOV"},
    {"ner_abdramane", "2023-08-10", "قال المتحدث باسم المجلس العسكري في النيجر أمادو عبد الرحمن إن فرنسا تستعد للتدخل.",
     "أمادو عبد الرحمن", "NER", "MIL"},
    {"tcd_koulamallah", "2024-11-29", "قال وزير الخارجية التشادي عبد الرحمن كلام الله إن تشاد أنهت اتفاق التعاون الدفاعي مع فرنسا.",
     "عبد الرحمن كلام الله", "TCD", "GOV"},
    {"qat_nabit", "2024-03-10", "استقبل رئيس أركان القوات المسلحة القطرية الفريق الركن سالم بن حمد النابت قائد الجيش التركي.",
     "سالم بن حمد النابت", "QAT", "MIL"},
    {"pak_asim_malik", "2024-10-10", "التقى المدير العام للاستخبارات الباكستانية الفريق عاصم مالك مسؤولين أمريكيين.",
     "عاصم مالك", "PAK", "SPY"},
    {"pak_nadeem_anjum", "2023-05-10", "التقى رئيس الاستخبارات الباكستانية الفريق نديم أنجم قائد الجيش.",
     "نديم أنجم", "PAK", "SPY"},
    {"pak_tarar", "2025-05-10", "قال وزير الإعلام الباكستاني عطاء الله تارار إن القوات أسقطت خمس طائرات هندية.",
     "عطاء الله تارار", "PAK", "GOV"},
    {"pak_gohar", "2024-11-25", "قال رئيس حركة الإنصاف الباكستانية جوهر علي خان إن الحزب سيواصل الاحتجاجات.",
     "جوهر علي خان", "PAK", "*"},
    {"pak_maryam", "2024-05-10", "قالت رئيسة وزراء إقليم البنجاب مريم نواز إن الحكومة ستعيد بناء المدارس.",
     "مريم نواز", "PAK", "GOV"},
    {"pak_bugti", "2025-03-12", "قال رئيس وزراء إقليم بلوشستان سرفراز بوغتي إن الحكومة لن تتفاوض مع الإرهابيين.",
     "سرفراز بوغتي", "PAK", "GOV"},
    {"pak_gandapur", "2024-11-25", "قاد رئيس وزراء إقليم خيبر بختونخوا علي أمين غاندابور قافلة المحتجين.",
     "علي أمين غاندابور", "PAK", "GOV"},
    {"pak_bashir_zeb", "2025-03-12", "قال زعيم جيش تحرير بلوشستان بشير زيب إن المقاتلين سيواصلون هجماتهم.",
     "بشير زيب", "PAK", "REB"},
    {"pak_mahrang", "2025-03-22", "اعتقلت الشرطة الباكستانية الناشطة البلوشية ماهرانغ بلوش في كويتا.",
     "ماهرانغ بلوش", "PAK", "*"},
    {"afg_stanikzai", "2025-01-20", "قال نائب وزير الخارجية في حكومة طالبان شير محمد عباس ستانكزي إن على الحركة فتح المدارس للفتيات.",
     "شير محمد عباس ستانكزي", "AFG", "GOV"},
    {"afg_massoud", "2024-08-15", "قال زعيم جبهة المقاومة الوطنية الأفغانية أحمد مسعود إن طالبان تقمع الشعب.",
     "أحمد مسعود", "AFG", "REB"},
    {"dji_abdoulkader", "2025-05-10", "قال وزير الخارجية الجيبوتي عبد القادر حسين عمر إن بلاده تدعم وحدة الصومال.",
     "عبد القادر حسين عمر", "DJI", "GOV"},
    // West African heads of state and a foreign minister of the ECOWAS-AES split.
    {"gha_mahama", "2025-03-10", "قال الرئيس الغاني جون ماهاما إن غانا ستعيد العلاقات مع دول الساحل.",
     "جون ماهاما", "GHA", "GOV"},
    {"sle_bio", "2025-06-22", "قال رئيس سيراليون جوليوس مادا بيو إن إيكواس ستعمل مع دول الساحل.",
     "جوليوس مادا بيو", "SLE", "GOV"},
    {"tgo_gnassingbe", "2024-05-10", "قال رئيس توغو فور غناسينغبي إن بلاده ستتوسط بين إيكواس ودول الساحل.",
     "فور غناسينغبي", "TGO", "GOV"},
    {"nga_tuggar", "2024-05-10", "قال وزير الخارجية النيجيري يوسف توغار إن إيكواس ترفض الانقلابات.",
     "يوسف توغار", "NGA", "GOV"},
    {"ben_talon", "2024-05-10", "قال رئيس بنين باتريس تالون إن نيامي تمنع تصدير النفط.",
     "باتريس تالون", "BEN", "GOV"},
    // Guards: the Kurdistan Region's Asayish in Iraqi documents, the US Republicans outside Tunisia.
    {"guard_irq_asayish", "2024-03-10", "اعتقلت قوات الأسايش في السليمانية صحفيا كرديا.",
     "الأسايش", "IRQ", "*"},
    {"guard_usa_republican", "2024-11-06", "فاز الحزب الجمهوري بالأغلبية في مجلس الشيوخ الأمريكي.",
     "الحزب الجمهوري", "USA", "PTY"},
    {"guard_irq_asayish_erbil", "2024-03-10", "قالت الأسايش في أربيل إنها اعتقلت خلية تابعة لتنظيم الدولة.",
     "الأسايش", "IRQ", "*"},
};

class Lex30ActorTest : public ::testing::TestWithParam<NamedActorRow> {};

// An actor mention whose words contain the name is of the expected country and sector.
TEST_P(Lex30ActorTest, NameStandsForTheActor) { testing::ExpectNamedActor(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lex30ActorTest, ::testing::ValuesIn(kActors),
                         [](const ::testing::TestParamInfo<NamedActorRow>& i) { return std::string(i.param.name); });

const NamedPlaceRow kPlaces[] = {
    // Amhara's towns of the Fano war, Western Sahara's towns (Smara was Morocco's, Laayoune and Dakhla the
    // territory's), Pakistan's, Sfax's, Jordan's, Burkina Faso's and north-east Syria's; Aleppo by its bare name.
    {"eth_debre_birhan", "2024-03-10", "قتل مدنيون في غارة بطائرة مسيرة على مدينة دبري برهان.", "دبري برهان", "ETH"},
    {"pak_bannu", "2025-03-04", "هاجم انتحاريون قاعدة عسكرية في مدينة بنو شمال غرب باكستان.", "بنو", "PAK"},
    {"pak_bolan", "2025-03-11", "هاجم مسلحون قطارا للركاب في منطقة بولان بإقليم بلوشستان.", "بولان", "PAK"},
    {"esh_smara", "2023-10-29", "سقطت قذائف على أحياء في مدينة السمارة.", "السمارة", "ESH"},
    {"esh_mahbes", "2024-11-10", "قصف مقاتلو البوليساريو منطقة المحبس.", "المحبس", "ESH"},
    {"tun_amra", "2024-05-10", "فككت قوات الأمن مخيمات المهاجرين في معتمدية العامرة بولاية صفاقس.", "العامرة", "TUN"},
    {"jor_ruwaished", "2024-01-28", "قتل ثلاثة جنود أمريكيين في هجوم بطائرة مسيرة على موقع قرب الرويشد.", "الرويشد", "JOR"},
    {"bfa_barsalogho", "2024-08-24", "قتل مئات المدنيين في هجوم على بلدة برسالوغو.", "برسالوغو", "BFA"},
    {"syr_amuda", "2024-09-10", "اعتقلت الأسايش شابين في بلدة عامودا بريف الحسكة.", "عامودا", "SYR"},
    {"syr_derik", "2024-09-10", "قصفت طائرة تركية مسيرة موقعا قرب مدينة ديريك في ريف الحسكة.", "ديريك", "SYR"},
    {"pak_gwadar", "2024-03-20", "هاجم مسلحون مجمعا حكوميا في ميناء غوادر.", "غوادر", "PAK"},
    {"pak_turbat", "2024-03-26", "هاجم مسلحون قاعدة بحرية في مدينة تربت.", "تربت", "PAK"},
    {"esh_tifariti", "2024-05-10", "سقطت قذائف قرب بلدة تيفاريتي.", "تيفاريتي", "ESH"},
    {"eth_dessie", "2024-08-10", "سيطر مسلحو فانو على مدينة ديسي.", "ديسي", "ETH"},
    {"eth_debre_markos", "2024-02-10", "اندلعت اشتباكات في مدينة دبري ماركوس.", "دبري ماركوس", "ETH"},
    {"syr_aleppo_bare", "2025-10-06", "قصفت قوات الأمن أحياء في حلب.", "حلب", "SYR"},
};

class Lex30PlaceTest : public ::testing::TestWithParam<NamedPlaceRow> {};

// A place mention whose words contain the name, or are contained in it, is a place of the country.
TEST_P(Lex30PlaceTest, NameStandsForThePlace) { testing::ExpectNamedPlace(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lex30PlaceTest, ::testing::ValuesIn(kPlaces),
                         [](const ::testing::TestParamInfo<NamedPlaceRow>& i) { return std::string(i.param.name); });

const DatedEventRow kEvents[] = {
    // A party title on an office holder keeps his state role at the date (guards: Erdogan, Netanyahu,
    // Akhannouch, Starmer named with his party's full name); before his premiership Erdogan was the AKP's. The
    // UK's Labour by its bare name composes with Starmer's title in a British document; the Asayish of Aleppo are
    // Syria's; the new Pakistani and Taliban officials are their governments'.
    {"guard_tur_erdogan_criticises", "2024-05-02", "انتقد زعيم حزب العدالة والتنمية رجب طيب أردوغان الحكومة الإسرائيلية.",
     "TUR/GOV", "ISR/GOV"},
    {"syr_asayish_clash", "2025-10-06", "هاجمت قوات الأسايش حاجزا للأمن العام في حي الشيخ مقصود بحلب.",
     "SYR/*", "SYR/*"},
    {"gbr_starmer_opposition", "2023-11-10", "انتقد زعيم حزب العمال كير ستارمر الحكومة البريطانية.",
     "GBR/*", "GBR/GOV"},
    {"guard_gbr_starmer_pm_party_title", "2024-09-10", "انتقد زعيم حزب العمال البريطاني كير ستارمر الحكومة الإسرائيلية.",
     "GBR/GOV", "ISR/GOV"},
    {"gbr_starmer_pm_labour_bare", "2024-09-10", "انتقد زعيم حزب العمال كير ستارمر الحكومة الإسرائيلية بسبب الحرب على غزة، وقال إن بريطانيا ستعلق بعض صادرات السلاح.",
     "GBR/GOV", "ISR/GOV"},
    {"guard_isr_netanyahu_party_title", "2024-05-02", "هاجم رئيس حزب الليكود بنيامين نتنياهو السلطة الفلسطينية.",
     "ISR/GOV", "PSE/GOV"},
    {"guard_mar_akhannouch_party_title", "2024-05-02", "انتقد رئيس حزب التجمع الوطني للأحرار عزيز أخنوش الحكومة الجزائرية.",
     "MAR/GOV", "DZA/GOV"},
    {"tur_erdogan_party_title_2002", "2002-11-05", "انتقد زعيم حزب العدالة والتنمية رجب طيب أردوغان الحكومة التركية.",
     "TUR/PTY", "TUR/GOV"},
    {"pak_naqvi_accuses", "2024-11-25", "اتهم وزير الداخلية محسن نقوي حركة الإنصاف بإثارة العنف.",
     "PAK/GOV", "PAK/PTY"},
    {"afg_fitrat_rejects", "2024-12-25", "رفض حمد الله فطرت الاتهامات الباكستانية.",
     "AFG/GOV", "PAK/*"},
};

class Lex30EventTest : public ::testing::TestWithParam<DatedEventRow> {};

TEST_P(Lex30EventTest, CodesSourceAndTarget) { testing::ExpectDatedEvent(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Lex30EventTest, ::testing::ValuesIn(kEvents),
                         [](const ::testing::TestParamInfo<DatedEventRow>& i) { return std::string(i.param.name); });

// The adjective الهجري "Hijri" was the Druze sheikh Hikmat al-Hijri (his bare surname was listed): it names him
// now only after another of his names earlier in the document (^), and العثماني stays the adjective "Ottoman"
// (guard). The bare حزب العمال, given to the UK's Labour, Tunisia's Workers' Party and the PKK as a ? name, names
// no one in a document of no country (guard).
const testing::NotActor kNotActors[] = {
    {"يحتفل المسلمون في سوريا بحلول العام الهجري الجديد.", "الهجري"},
    {"أعلنت وزارة الأوقاف السورية أن غرة محرم وفق التقويم الهجري توافق الخميس.", "الهجري"},
    {"يستخدم السعوديون التاريخ الهجري في المعاملات الرسمية.", "الهجري"},
    {"بني المسجد في العهد العثماني في دمشق.", "العثماني"},
    {"قال حزب العمال إن الإضراب سيستمر.", "حزب العمال"},
};

TEST(Lex30NotActorTest, LookAlikePhrasesAreNoNamedActors) {
  std::string error;
  const Engine* engine = testing::TestEngine(&error);
  ASSERT_NE(engine, nullptr) << error;
  testing::ExpectNoActors(engine, kNotActors, "2025-07-20", /*named_only=*/true);
}

// The new towns that are also common words are no place without place evidence (guards: none was a place
// before): بنو "sons of" (Bannu, Pakistan, is read after a place noun), الموائد العامرة "well-stocked tables"
// (El Amra, Sfax, an adjective after its definite noun).
const testing::PlaceRow kNotPlaces[] = {
    {"نقل المسؤول عن بنو هاشم في المدينة رفضهم القرار.", "بنو", "", ""},
    {"اجتمعت العائلات حول الموائد العامرة في رمضان بتونس.", "العامرة", "", ""},
};

TEST(Lex30NotPlaceTest, CommonWordsAreNoPlaces) { testing::ExpectPlaceRows(kNotPlaces); }

}  // namespace
}  // namespace rasad

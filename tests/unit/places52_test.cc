// Places read as other places (session 52, places52), in wire-style sentences written for this table (none copied
// from a corpus), one class of readings per block (the numbers of the brief):
// 1. a multi-word foreign name whose head alone is another place: the whole name, where known, wins (نورتي دي
//    سانتاندير is Colombia's department, not Spain's Santander; سان مارتين دي بوريس Lima's district, not Argentina's
//    town); where unknown, the part next to a word of Spanish or Portuguese place names (word_kinds.tsv foreign_name:
//    دي، ديل، نويفو) names its own place only in a document that names that place's country;
// 2. maritime features (curated.tsv, kind water or island): no country where the water is shared or disputed, and
//    the full name wins over the English town (شعاب سكاربورو) or the state inside it (خليج عمان); the savanna
//    (السافانا, common_words.tsv) is no place, Savannah, Georgia, is سافانا;
// 3. first-level regions of conflict countries in Arabic news (Colombia, Peru, Mexico, Togo, Ghana, Burkina Faso,
//    Cameroon, Myanmar);
// 4. towns of West Africa's coast and Ghana's and Togo's north;
// 5. (the lead) a spelling of a capital or port in two words that news uses beside the one-word one (بورت سودان).
// Every expected place was written by hand from the Arabic before the coder ran. Rows named guard_ passed before the
// session's changes and keep the readings they protect; every other row failed before them. kPending rows state
// readings still missing: they fail once the coder reads them right (move them to kPlaces then).
#include <gtest/gtest.h>

#include <string>

#include "unit/engine_test_support.h"

namespace rasad {
namespace {

using testing::PlaceReadRow;

const PlaceReadRow kPlaces[] = {
    // 1. The whole foreign name, where known ...
    {"norte_de_santander_after_province", "قتل ثلاثة جنود في هجوم في إقليم نورتي دي سانتاندير الكولومبي.",
     "إقليم نورتي دي سانتاندير", "Norte de Santander", "COL"},
    {"norte_de_santander_bare", "اشتبك الجيش الكولومبي مع متمردين في نورتي دي سانتاندير قرب الحدود مع فنزويلا.",
     "نورتي دي سانتاندير", "Norte de Santander", "COL"},
    {"san_martin_de_porres_district_of_lima", "قتل شرطي برصاص مسلحين في حي سان مارتين دي بوريس في ليما.",
     "سان مارتين دي بوريس", "San Martín de Porres", "PER"},
    {"valle_del_cauca_not_cauca", "قتل خمسة أشخاص في انفجار سيارة مفخخة في فالي ديل كاوكا غرب كولومبيا.",
     "فالي ديل كاوكا", "Valle del Cauca", "COL"},
    {"baja_california_not_california", "عثرت السلطات المكسيكية على جثث ثمانية أشخاص في ولاية باخا كاليفورنيا.",
     "ولاية باخا كاليفورنيا", "Baja California", "MEX"},
    {"nuevo_laredo_not_laredo", "اشتبك الجيش المكسيكي مع مسلحين من عصابة في مدينة نويفو لاريدو.", "نويفو لاريدو",
     "Nuevo Laredo", "MEX"},
    // ... and a region named by the place noun with the head, in a document about its country (a `?` name).
    {"san_martin_region_of_peru", "قتل جنديان في كمين في منطقة سان مارتين شمال بيرو.", "منطقة سان مارتين",
     "San Martín Region", "PER"},
    {"santander_department_colombian", "اشتبك الجيش الكولومبي مع متمردين في إقليم سانتاندير.", "إقليم سانتاندير",
     "Santander Department", "COL"},
    {"guard_santander_of_spain", "تظاهر عمال في إقليم سانتاندير شمال إسبانيا.", "سانتاندير", "Santander", "ESP"},
    {"san_luis_potosi_not_two_places", "عثرت الشرطة على جثث خمسة رجال في سان لويس بوتوسي وسط المكسيك.",
     "سان لويس بوتوسي", "San Luis Potosí", "MEX"},
    // ... and the head of an unknown one names no far place in a document about another country ...
    {"santiago_of_cali_no_chile", "قتل خمسة أشخاص في انفجار في سانتياغو دي كالي غرب كولومبيا.", "سانتياغو", "",
     ""},
    {"san_jose_del_guaviare_no_costa_rica", "قتل جنديان في هجوم قرب سان خوسيه ديل غوافياري في كولومبيا.",
     "سان خوسيه", "", ""},
    {"santa_cruz_de_la_sierra_no_california", "تظاهر آلاف في سانتا كروز دي لا سييرا شرق بوليفيا.", "سانتا كروز", "",
     ""},
    // ... but does where the document names that country, or the whole name is known.
    {"guard_santiago_de_chile", "تظاهر آلاف الطلاب في سانتياغو دي تشيلي ضد الحكومة التشيلية.", "سانتياغو",
     "Santiago", "CHL"},
    {"guard_rio_de_janeiro_whole_name", "قتل عشرة أشخاص في مداهمة للشرطة في ريو دي جانيرو بالبرازيل.",
     "ريو دي جانيرو", "Rio de Janeiro", "BRA"},
    {"guard_lima_after_district", "قتل شرطي برصاص مسلحين في حي سان مارتين دي بوريس في ليما.", "ليما", "Lima",
     "PER"},
    // 2. Maritime features.
    {"scarborough_shoal_not_the_english_town", "طاردت سفن خفر السواحل الصينية قوارب صيد فلبينية قرب شعاب سكاربورو.",
     "شعاب سكاربورو", "Scarborough Shoal", ""},
    {"second_thomas_shoal", "اصطدمت سفينة صينية بقارب إمداد فلبيني قرب شعاب توماس الثانية.", "شعاب توماس الثانية",
     "Second Thomas Shoal", ""},
    {"spratly_islands", "أجرت البحرية الصينية مناورات بالذخيرة الحية قرب جزر سبراتلي.", "جزر سبراتلي",
     "Spratly Islands", ""},
    {"paracel_islands", "احتجت فيتنام على نشر الصين صواريخ في جزر باراسيل.", "جزر باراسيل", "Paracel Islands", ""},
    {"kerch_strait_not_the_city", "استهدفت مسيرات أوكرانية سفنا حربية روسية في مضيق كيرتش.", "مضيق كيرتش",
     "Kerch Strait", ""},
    {"sea_of_azov", "قصفت القوات الأوكرانية سفينة إنزال روسية في بحر آزوف.", "بحر آزوف", "Sea of Azov", ""},
    {"black_sea", "أسقطت الدفاعات الجوية الروسية عشر مسيرات فوق البحر الأسود.", "البحر الأسود", "Black Sea", ""},
    {"gulf_of_oman_not_oman", "احتجزت البحرية الإيرانية ناقلة نفط أجنبية في خليج عمان.", "خليج عمان",
     "Gulf of Oman", ""},
    {"gulf_of_guinea_not_guinea", "خطف قراصنة عشرة بحارة من سفينة شحن في خليج غينيا.", "خليج غينيا",
     "Gulf of Guinea", ""},
    {"bab_el_mandeb_no_one_states", "تعرضت سفينة تجارية لهجوم بصاروخ في مضيق باب المندب.", "مضيق باب المندب",
     "Bab el-Mandeb", ""},
    {"bosporus_turkish_waters", "أغلقت السلطات التركية مضيق البوسفور أمام ناقلات النفط.", "مضيق البوسفور", "Bosporus",
     "TUR"},
    {"savanna_grassland_no_place", "تعيش قطعان الفيلة في السافانا الأفريقية.", "السافانا", "", ""},
    {"guard_savannah_georgia", "قتل شخصان في إطلاق نار في سافانا بولاية جورجيا.", "سافانا", "Savannah", "USA"},
    {"guard_scarborough_the_english_town", "تظاهر المئات في بلدة سكاربورو شمال إنجلترا.", "سكاربورو", "Scarborough",
     "GBR"},
    {"guard_taiwan_strait", "عبرت مدمرة أمريكية مضيق تايوان وسط احتجاج صيني.", "مضيق تايوان", "Taiwan Strait", ""},
    // 3. Regions of conflict countries.
    {"caqueta_not_akita", "قتل خمسة جنود كولومبيين في كمين نصبه متمردون في إقليم كاكيتا.", "كاكيتا", "Caquetá",
     "COL"},
    {"putumayo", "اشتبك الجيش مع منشقين عن فارك في بوتومايو جنوب كولومبيا.", "بوتومايو", "Putumayo", "COL"},
    {"antioquia", "قتل مسلحون ستة مزارعين في أنتيوكيا شمال غرب كولومبيا.", "أنتيوكيا", "Antioquia", "COL"},
    {"ayacucho_region", "هاجم مسلحون دورية عسكرية في إقليم أياكوتشو جنوب بيرو.", "إقليم أياكوتشو",
     "Ayacucho Region", "PER"},
    {"tamaulipas", "عثرت الشرطة المكسيكية على مقبرة جماعية في ولاية تاماوليباس.", "ولاية تاماوليباس",
     "Tamaulipas", "MEX"},
    {"state_of_mexico_not_the_country", "قتل مسلحون ثمانية أشخاص في حانة في ولاية المكسيك وسط البلاد.",
     "ولاية المكسيك", "State of Mexico", "MEX"},
    {"guard_chihuahua_city_bare", "تظاهر آلاف في تشيهواهوا شمال المكسيك.", "تشيهواهوا", "Chihuahua", "MEX"},
    {"savanes_of_togo_not_savannah", "قتل جنود توغوليون في هجوم لمسلحين في منطقة السافانا شمال توغو.",
     "منطقة السافانا", "Savanes Region", "TGO"},
    {"savanes_of_cote_divoire_by_context", "هاجم مسلحون مركزا للدرك في منطقة السافانا شمال كوت ديفوار.",
     "منطقة السافانا", "Savanes District", "CIV"},
    {"upper_east_of_ghana", "قتل عشرة أشخاص في اشتباكات قبلية في منطقة الشرق الأعلى في غانا.", "منطقة الشرق الأعلى",
     "Upper East Region", "GHA"},
    {"centre_nord_of_burkina", "قتل مسلحون عشرين مدنيا في منطقة الوسط الشمالي في بوركينا فاسو.",
     "منطقة الوسط الشمالي", "Centre-Nord Region", "BFA"},
    {"far_north_of_cameroon_named", "هاجم مسلحون من بوكو حرام قرية في منطقة أقصى الشمال في الكاميرون.",
     "منطقة أقصى الشمال", "Far North Region (Cameroon)", "CMR"},
    {"kachin_state", "قصف الجيش الميانماري قرية في ولاية كاتشين.", "ولاية كاتشين", "Kachin State", "MMR"},
    {"diffa_not_deva_of_romania", "هاجم مسلحون من بوكو حرام موقعا للجيش قرب ديفا.", "ديفا", "Diffa", "NER"},
    {"zulia_of_venezuela", "اندلعت احتجاجات على انقطاع الكهرباء في ولاية زوليا.", "ولاية زوليا", "Zulia", "VEN"},
    {"akyab_older_name_of_sittwe", "قصف الجيش الميانماري أحياء في أكياب عاصمة ولاية أراكان.", "أكياب", "Sittwe",
     "MMR"},
    {"harari_region_not_harare", "قتل ثلاثة أشخاص في اشتباكات في إقليم هراري شرق إثيوبيا.", "إقليم هراري",
     "Harari Region", "ETH"},
    {"haut_katanga_not_katanga", "أضرب عمال المناجم في مقاطعة كاتانغا العليا جنوب الكونغو الديمقراطية.",
     "مقاطعة كاتانغا العليا", "Haut-Katanga", "COD"},
    {"bago_region", "قصفت طائرات الجيش الميانماري قرى في إقليم باغو.", "إقليم باغو", "Bago Region", "MMR"},
    {"guard_harare_bare", "تظاهر المئات في هراري احتجاجا على الغلاء.", "هراري", "Harare", "ZWE"},
    {"guard_far_north_without_cameroon", "قال الوزير إن منطقة أقصى الشمال تعاني من الجفاف.", "منطقة أقصى الشمال", "",
     ""},
    {"guard_tigray", "قتل مدنيون في غارة جوية على إقليم تيغراي.", "إقليم تيغراي", "Tigray", "ETH"},
    // 4. Towns of West Africa's coast and north.
    {"bawku", "قتل ستة أشخاص في اشتباكات عرقية في باوكو شمال غانا.", "باوكو", "Bawku", "GHA"},
    {"bawku_aw_spelling_not_waco", "فرضت السلطات الغانية حظر التجول في بلدة بواكو بعد اشتباكات دامية.", "بواكو",
     "Bawku", "GHA"},
    {"bolgatanga", "تظاهر مئات الشبان في بولغاتانغا احتجاجا على حظر التجول.", "بولغاتانغا", "Bolgatanga", "GHA"},
    {"tamale_no_country_named", "اعتقلت الشرطة عشرين شخصا بعد أعمال شغب في تامالي.", "تامالي", "Tamale", "GHA"},
    {"dapaong_news_spelling", "هاجم مسلحون موقعا عسكريا قرب داباونغ شمال توغو.", "داباونغ", "Dapaong", "TGO"},
    {"parakou", "أضرب سائقو الدراجات النارية في باراكو شمال بنين.", "باراكو", "Parakou", "BEN"},
    {"korhogo", "تظاهر أنصار المعارضة في كورهوغو شمال كوت ديفوار.", "كورهوغو", "Korhogo", "CIV"},
    {"monrovia_short_spelling", "تظاهر آلاف في منروفيا احتجاجا على الفساد.", "منروفيا", "Monrovia", "LBR"},
    {"cape_coast", "أضرب المعلمون في كيب كوست جنوب غانا للمطالبة بزيادة الأجور.", "كيب كوست", "Cape Coast", "GHA"},
    {"ziguinchor_casamance", "اشتبك الجيش السنغالي مع متمردين قرب زيغينشور في إقليم كازامانس.", "زيغينشور",
     "Ziguinchor", "SEN"},
    {"man_after_city", "تظاهر المئات في مدينة مان غرب كوت ديفوار.", "مدينة مان", "Man", "CIV"},
    {"calabar", "خطف مسلحون ثلاثة عمال نفط أجانب في كالابار جنوب نيجيريا.", "كالابار", "Calabar", "NGA"},
    {"cote_divoire_written_in_three_words", "اعتقلت الشرطة معارضين في كوت دي فوار.", "كوت دي فوار", "Côte d'Ivoire",
     "CIV"},
    {"guard_accra", "تظاهر آلاف في أكرا ضد ارتفاع الأسعار.", "أكرا", "Accra", "GHA"},
    // 5. Spellings in two words.
    {"port_sudan_in_two_words", "رست سفينة مساعدات في ميناء بورت سودان.", "بورت سودان", "Port Sudan", "SDN"},
    {"guard_port_sudan_in_one_word", "قصفت مسيرات مستودعات للوقود في بورتسودان.", "بورتسودان", "Port Sudan", "SDN"},
};

class Places52PlaceTest : public ::testing::TestWithParam<PlaceReadRow> {};

TEST_P(Places52PlaceTest, ReadsThePlace) { testing::ExpectPlaceRead(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Sentences, Places52PlaceTest, ::testing::ValuesIn(kPlaces),
                         [](const ::testing::TestParamInfo<PlaceReadRow>& i) { return std::string(i.param.name); });

// Readings still missing: each row states the right reading, which the coder does not give yet.
const PlaceReadRow kPending[] = {
    // Bare سانتاندير in a document about Colombia is its department (listed only with its place noun, as a ? name:
    // the bare name stays Spain's city, the gazetteer's); rasad still reads Spain's Santander.
    {"pending_bare_santander_in_colombia", "قتل ثلاثة جنود في هجوم في سانتاندير شمال شرق كولومبيا.", "سانتاندير",
     "Santander Department", "COL"},
    // Bare سكاربورو in a story of the South China Sea is the shoal (named in full, شعاب سكاربورو، جزيرة سكاربورو, it
    // is read so); rasad still reads the English town: a place of no country gains nothing from the document's.
    {"pending_bare_scarborough_in_south_china_sea", "اعترضت سفن صينية قاربا فلبينيا قرب سكاربورو في بحر الصين الجنوبي.",
     "سكاربورو", "Scarborough Shoal", ""},
};

class Places52PendingTest : public ::testing::TestWithParam<PlaceReadRow> {};

TEST_P(Places52PendingTest, IsStillAGap) {
  const PlaceReadRow& x = GetParam();
  std::string error;
  const Engine* engine = testing::TestEngine(&error);
  ASSERT_NE(engine, nullptr) << error;
  Worker worker(engine);
  std::string right = *x.name_en ? std::string(x.name_en) + " " + x.country : "";
  EXPECT_NE(testing::PlaceReadAs(*engine, worker, x.text, x.span), right)
      << x.name << " now reads right: move it to kPlaces";
}

INSTANTIATE_TEST_SUITE_P(Sentences, Places52PendingTest, ::testing::ValuesIn(kPending),
                         [](const ::testing::TestParamInfo<PlaceReadRow>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace rasad

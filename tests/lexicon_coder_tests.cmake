# Tests of the lexicon, the coder and the evaluation (included from tests/CMakeLists.txt).
rasad_add_test(lexicon_test unit/lexicon_test.cc)
rasad_add_test(geonames_import_test unit/geonames_import_test.cc)
rasad_add_test(coder_test unit/coder_test.cc)
rasad_add_test(coder_actors_test unit/coder_actors_test.cc)
rasad_add_test(eval_test unit/eval_test.cc)
rasad_add_test(seed_coder_test golden/seed_coder_test.cc)
rasad_add_test(gsr_dev_test golden/gsr_dev_test.cc)
rasad_add_test(places_gold_test golden/places_gold_test.cc)

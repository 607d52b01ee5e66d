// `rasad gazetteer import`: converts GeoNames dumps (allCountries.txt or XX.txt, optionally
// alternateNamesV2.txt and admin1CodesASCII.txt) into rasad's gazetteer TSV. Use the result with
// --gazetteer FILE.
#include <iostream>

#include "cli/commands.h"
#include "lexicon/geonames_import.h"

namespace rasad::cli {

void RegisterGazetteerCommand(CLI::App& app, GlobalOptions& g) {
  CLI::App* gaz = app.add_subcommand("gazetteer", "Build gazetteers");
  gaz->require_subcommand(1);
  auto o = std::make_shared<GeonamesImportOptions>();
  CLI::App* imp = gaz->add_subcommand("import", "Convert GeoNames dump files into rasad's gazetteer format");
  imp->add_option("main", o->main_path, "allCountries.txt or a country file such as LY.txt")->required();
  imp->add_option("--alternate-names", o->alternate_names_path, "alternateNamesV2.txt (Arabic names are taken from it)");
  imp->add_option("--admin1", o->admin1_codes_path, "admin1CodesASCII.txt (admin1 names)");
  imp->add_option("--out", o->out_path, "Output gazetteer TSV")->required();
  imp->add_option("--min-population", o->min_population, "Keep places of at least this population");
  imp->add_option("--feature-classes", o->feature_classes, "GeoNames feature classes to keep (default PA; '' = all)");
  imp->callback([o, &g] {
    if (o->iso_map_path.empty()) o->iso_map_path = ResolveEngineOptions(g).data_dir + "/lexicon/places/iso2_to_iso3.tsv";
    GeonamesImportStats stats;
    Status s = ImportGeonames(*o, &stats);
    if (!s.ok()) {
      std::cerr << "rasad gazetteer import: " << s.message() << "\n";
      g.exit_code = 1;
      return;
    }
    std::cerr << "rasad gazetteer import: read " << stats.read << " lines, wrote " << stats.written << " places ("
              << stats.with_arabic << " with Arabic names, " << stats.skipped << " left out) to " << o->out_path << "\n";
  });
}

}  // namespace rasad::cli

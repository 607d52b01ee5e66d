// The store's schema and its versioned migrations.
//
// Schema version N is reached by applying migrations 1..N in order, each in its own transaction;
// PRAGMA user_version records the version reached. A store written by a newer rasad (a higher
// version than this build knows) is refused rather than misread. docs/store.md describes the tables.
#ifndef RASAD_STORE_SCHEMA_H_
#define RASAD_STORE_SCHEMA_H_

#include "store/sqlite.h"
#include "util/status.h"

namespace rasad {

// The schema version this build writes.
int CurrentSchemaVersion();

// Brings `db` up to CurrentSchemaVersion(). Errors name the migration that failed.
Status MigrateSchema(SqliteDb& db);

}  // namespace rasad

#endif  // RASAD_STORE_SCHEMA_H_

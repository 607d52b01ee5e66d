// OffsetMap: one offset into an original text per byte of a text derived from it (the normalizer's
// byte map, AnalyzedText::norm_to_orig).
#ifndef RASAD_TEXT_OFFSET_MAP_H_
#define RASAD_TEXT_OFFSET_MAP_H_

#include <cstdint>
#include <vector>

#include "util/default_init_allocator.h"

namespace rasad {

// A vector whose resize() leaves the new offsets unwritten: the normalizer sizes the map to the
// text, then writes every entry, and zeroing them first cost as much as a tenth of normalizing.
using OffsetMap = std::vector<uint32_t, DefaultInitAllocator<uint32_t>>;

}  // namespace rasad

#endif  // RASAD_TEXT_OFFSET_MAP_H_

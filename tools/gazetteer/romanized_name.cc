#include "romanized_name.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>

namespace rasad {

bool DecomposedLower(std::string_view name, icu::UnicodeString* out) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return false;
  *out = nfd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size()))),
                        status);
  if (U_FAILURE(status)) return false;
  out->toLower(icu::Locale::getRoot());
  return true;
}

icu::UnicodeSet ArabicNameLetters() {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeSet set(icu::UnicodeString::fromUTF8(R"([\u0621-\u064A \u0020])"), status);
  return set;  // (a constant pattern: it always parses)
}

std::string ArabicOrEmpty(icu::UnicodeString text, const icu::UnicodeSet& arabic) {
  text.trim();
  if (text.isEmpty() || !arabic.containsAll(text)) return "";
  std::string out;
  text.toUTF8String(out);
  return out;
}

}  // namespace rasad

// Whether a word is written with the article, read off its matching form.
#ifndef RASAD_TEXT_WRITTEN_ARTICLE_H_
#define RASAD_TEXT_WRITTEN_ARTICLE_H_

#include <string_view>

namespace rasad {

// Whether `norm`, a word in matching form, is written with the article: ال, after و or ف, after ب or ك,
// and لل (الحكومة، والقوات، بالمدينة، للجيش). The token's prefixes say the same for most words, but the
// article of a word the word list knows with it (القوات) may stay in its stem.
inline bool WrittenWithArticle(std::string_view norm) {
  constexpr std::string_view kWa = "و", kFa = "ف", kBi = "ب", kKa = "ك", kAl = "ال", kLil = "لل";
  if (norm.starts_with(kWa) || norm.starts_with(kFa)) norm.remove_prefix(kWa.size());
  if (norm.starts_with(kLil)) return true;
  if (norm.starts_with(kBi) || norm.starts_with(kKa)) {
    if (norm.substr(kBi.size()).starts_with(kAl)) return true;
  }
  return norm.starts_with(kAl);
}

}  // namespace rasad

#endif  // RASAD_TEXT_WRITTEN_ARTICLE_H_

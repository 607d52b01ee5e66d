// Guards for the speed work of session 28: the recognizer computes each token's lookup keys in the
// same pass as its dictionary look-up (TokenKeys::Start + ComputeAt instead of Compute), and keeps
// what it computed per word type (TypeMemo) and per text analyzer (the word cache) from one document
// to the next. Whatever the order the keys are computed in and whatever the documents coded before,
// a document's keys, tokens and mentions are those of the same document analysed alone by a fresh
// worker, also with several workers on several threads.
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "coder/engine.h"
#include "lexicon/phrase_matcher.h"
#include "unit/engine_test_support.h"

namespace rasad {
namespace {

// Every field of a token's keys, one line per token.
std::vector<std::string> KeyLines(const TokenKeys& keys) {
  std::vector<std::string> out;
  for (const TokenKeys::Keys& k : keys.tokens) {
    std::string s = std::to_string(k.count) + "|" + (k.digits ? "d" : "") + "|" + std::to_string(k.type);
    int shown = k.digits ? 1 : k.count;
    for (int i = 0; i < shown; ++i) s.append("|").append(k.key[i]).append("|").append(std::to_string(k.hash[i]));
    if (k.count > 0) s += k.attached ? "|attached" : "|";
    out.push_back(s);
  }
  return out;
}

// Every field of a text's tokens and mentions, one line each.
std::vector<std::string> Lines(const AnalyzedText& text, const Recognition& rec) {
  std::vector<std::string> out;
  for (const Token& t : text.tokens) {
    out.push_back("t|" + std::string(text.Text(t)) + "|" + std::string(text.Stem(t)) + "|" +
                  std::to_string(t.prefixes) + "|" + std::to_string(static_cast<int>(t.suffix)) + "|" +
                  std::to_string(static_cast<int>(t.stem_source)) + "|" + std::to_string(t.word_class) + "|" +
                  std::to_string(t.sentence) + "|" + std::to_string(t.clause));
  }
  for (const Mention& m : rec.mentions) {
    std::string s = "m|" + std::to_string(m.first_token) + "|" + std::to_string(m.end_token) + "|" +
                    std::to_string(m.record) + "|" + std::to_string(m.agent) + "|" + std::to_string(m.demonym) +
                    "|" + std::to_string(m.place) + "|" + std::to_string(m.place_confidence) + "|" + m.country +
                    "|" + m.sector + "|" + m.inferred_country + "|" + (m.corrected ? m.corrected_to : "") + "|" +
                    std::to_string(m.prefixes) + "|" + std::to_string(static_cast<int>(m.pronoun));
    for (uint32_t e : m.entries) s.append("|").append(std::to_string(e));
    out.push_back(s);
  }
  for (const auto& [country, weight] : rec.context) out.push_back("c|" + country + "|" + std::to_string(weight));
  return out;
}

Document Doc(const std::string& id, const std::string& text, const std::string& date) {
  Document d;
  d.id = id;
  d.text = text;
  d.date = date;
  return d;
}

// Wire sentences of several conflicts; the later ones repeat the earlier ones' words (met again
// through the memos) and add new ones (computed and kept), with clitics, numbers and Latin words.
std::vector<Document> Docs() {
  return {
      Doc("sudan", "قصفت قوات الدعم السريع أحياء في مدينة الفاشر بشمال دارفور أمس، وقتلت 12 مدنيا.", "2024-06-01"),
      Doc("yemen", "أعلن الحوثيون استهداف سفينة تجارية في البحر الأحمر بصاروخ باليستي.", "2024-01-12"),
      Doc("gaza", "قتل الجيش الإسرائيلي خمسة فلسطينيين في غارة على مخيم النصيرات وسط قطاع غزة.", "2024-06-08"),
      Doc("lebanon", "استهدف حزب الله موقعا للجيش الإسرائيلي قرب الحدود اللبنانية بطائرة مسيرة.", "2024-03-02"),
      Doc("sudan2", "وقالت قوات الدعم السريع إنها سيطرت على الفاشر، ونفى الجيش السوداني ذلك لرويترز Reuters.",
          "2024-06-02"),
      Doc("libya", "اشتبكت قوات حفتر مع مسلحين في طرابلس، وأصيب 3 بجروح.", "2023-08-15"),
      Doc("gaza2", "وقصفت الطائرات الإسرائيلية مخيم النصيرات مجددا، وقتلت خمسة فلسطينيين.", "2024-06-09"),
  };
}

// Each document's lines as a fresh worker gives them; every document names someone or somewhere.
std::vector<std::vector<std::string>> AloneLines(const Engine* engine, const std::vector<Document>& docs) {
  std::vector<std::vector<std::string>> alone;
  for (const Document& d : docs) {
    Worker fresh(engine);
    fresh.Analyze(d);
    EXPECT_FALSE(fresh.recognition().mentions.empty()) << d.id;
    alone.push_back(Lines(fresh.text(), fresh.recognition()));
  }
  return alone;
}

// The recognizer's one pass (Start, then ComputeAt per token, in any order) gives Compute's keys, on
// a fresh TokenKeys and on one reused after other texts.
TEST(Speed28KeysTest, KeysComputedPerTokenInAnyOrderAreComputesKeys) {
  const Engine* engine = testing::TestEngine();
  ASSERT_NE(engine, nullptr);
  Worker worker(engine);
  TokenKeys forward, backward;
  for (const Document& d : Docs()) {
    worker.Analyze(d);
    const AnalyzedText& text = worker.text();
    TokenKeys fresh;
    fresh.Compute(text);
    forward.Start(text);
    for (size_t i = 0; i < text.tokens.size(); ++i) forward.ComputeAt(text, i);
    backward.Start(text);
    for (size_t i = text.tokens.size(); i-- > 0;) backward.ComputeAt(text, i);
    EXPECT_EQ(KeyLines(forward), KeyLines(fresh)) << d.id;
    EXPECT_EQ(KeyLines(backward), KeyLines(fresh)) << d.id;
    EXPECT_EQ(forward.generation, text.type_generation) << d.id;
    // The keys the recognizer kept for the coder are these too.
    EXPECT_EQ(KeyLines(worker.recognition().keys), KeyLines(fresh)) << d.id;
  }
}

// A worker that has analysed other documents, or the same one before, gives a document's tokens
// and mentions as a fresh worker does.
TEST(Speed28KeysTest, DocumentsAfterOthersRecognizeAsAlone) {
  const Engine* engine = testing::TestEngine();
  ASSERT_NE(engine, nullptr);
  const std::vector<Document> docs = Docs();
  const std::vector<std::vector<std::string>> alone = AloneLines(engine, docs);
  Worker reused(engine);
  for (int round = 0; round < 2; ++round) {
    for (size_t k = 0; k < docs.size(); ++k) {
      reused.Analyze(docs[k]);
      EXPECT_EQ(Lines(reused.text(), reused.recognition()), alone[k]) << docs[k].id << " round " << round;
    }
  }
  // In reverse order too: the words the first documents brought are met first in the last ones.
  for (size_t k = docs.size(); k-- > 0;) {
    reused.Analyze(docs[k]);
    EXPECT_EQ(Lines(reused.text(), reused.recognition()), alone[k]) << docs[k].id << " reversed";
  }
}

// Workers on several threads share the engine and keep their own memos: each gives every document
// the lines of a fresh worker.
TEST(Speed28KeysTest, WorkersOnThreadsRecognizeAsAlone) {
  const Engine* engine = testing::TestEngine();
  ASSERT_NE(engine, nullptr);
  const std::vector<Document> docs = Docs();
  const std::vector<std::vector<std::string>> alone = AloneLines(engine, docs);
  constexpr int kThreads = 4;
  std::vector<int> mismatches(kThreads, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      Worker worker(engine);
      for (int round = 0; round < 20; ++round) {
        for (size_t j = 0; j < docs.size(); ++j) {
          size_t k = (j + static_cast<size_t>(t) + static_cast<size_t>(round)) % docs.size();
          worker.Analyze(docs[k]);
          if (Lines(worker.text(), worker.recognition()) != alone[k]) ++mismatches[t];
        }
      }
    });
  }
  for (std::thread& th : threads) th.join();
  for (int t = 0; t < kThreads; ++t) EXPECT_EQ(mismatches[t], 0) << "thread " << t;
}

}  // namespace
}  // namespace rasad

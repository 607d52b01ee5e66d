#include "coder/event_json.h"

#include <fmt/format.h>

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "util/bytes_equal.h"

namespace rasad {
namespace {

nlohmann::json OrNull(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }

nlohmann::json ActorToJson(const std::optional<EventActor>& a) {
  if (!a) return nullptr;
  nlohmann::json j = {{"text", a->text},         {"span", {a->begin, a->end}}, {"actor_id", OrNull(a->actor_id)},
                      {"name_en", OrNull(a->name_en)}, {"name_ar", OrNull(a->name_ar)}, {"country", OrNull(a->country)},
                      {"sector", OrNull(a->sector)}};
  if (a->corrected) j["corrected"] = a->corrected_to;
  return j;
}

nlohmann::json PlaceToJson(const std::optional<EventPlace>& p) {
  if (!p) return nullptr;
  nlohmann::json j = {{"text", p->text},
                      {"span", {p->begin, p->end}},
                      {"name_en", OrNull(p->name_en)},
                      {"name_ar", OrNull(p->name_ar)},
                      {"country", OrNull(p->country)},
                      {"admin1", OrNull(p->admin1)},
                      {"lat", p->lat},
                      {"lon", p->lon},
                      {"geonameid", p->geonameid > 0 ? nlohmann::json(p->geonameid) : nlohmann::json(nullptr)},
                      {"precision", OrNull(p->precision)},
                      {"confidence", p->confidence}};
  if (!p->relative.empty()) j["relative"] = p->relative;
  return j;
}

nlohmann::json Count(const std::optional<int64_t>& n) { return n ? nlohmann::json(*n) : nlohmann::json(nullptr); }

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// The high bit of byte k of the word at `p` is set where that byte needs a JSON escape (a control
// byte, a quote or a backslash). Each byte is tested on its own seven low bits, so that no carry runs
// into the next byte (a mark is exact wherever it is, also in the bytes shifted out).
template <typename Word>
Word EscapeMarks(const char* p) {
  constexpr Word kOnes = static_cast<Word>(0x0101010101010101ULL), kHigh = kOnes * 0x80, kLow = kOnes * 0x7F;
  auto zero = [](Word x) -> Word { return ~(((x & kLow) + kLow) | x) & kHigh; };
  Word x;
  std::memcpy(&x, p, sizeof x);
  Word control = ~(((x & kLow) + kOnes * (0x80 - 0x20)) | x) & kHigh;  // a byte below 0x20
  return control | zero(x ^ (kOnes * '"')) | zero(x ^ (kOnes * '\\'));
}

// NextToEscape over words of sizeof(Word) bytes, little-endian, for a string of at least one word.
template <typename Word>
size_t NextToEscapeByWords(std::string_view s, size_t i) {
  constexpr size_t kBytes = sizeof(Word);
  auto first = [](Word m) {
    if constexpr (kBytes == 8) return static_cast<size_t>(__builtin_ctzll(m)) / 8;
    else return static_cast<size_t>(__builtin_ctz(m)) / 8;
  };
  for (; i + kBytes <= s.size(); i += kBytes) {
    if (Word m = EscapeMarks<Word>(s.data() + i)) return i + first(m);
  }
  if (i == s.size()) return i;
  size_t last = s.size() - kBytes;
  Word m = EscapeMarks<Word>(s.data() + last) >> (8 * (i - last));
  return m ? i + first(m) : s.size();
}

// The index of the first byte at or after `i` that JSON requires escaped (a quote, a backslash or a
// control character), or s.size(). Many bytes are tested at a time: most text needs no escape. The
// last block of a string is read as the block that ends with it, overlapping bytes already tested
// (their marks are shifted out), so that a string of at least eight bytes has no byte-by-byte tail.
size_t NextToEscape(std::string_view s, size_t i) {
#ifdef __SSE2__
  // Sixteen bytes at a time where SSE2 is there (every x86-64).
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), below = _mm_set1_epi8(0x1F);
  auto marks16 = [&](size_t at) -> unsigned {  // bit k: byte at + k needs an escape
    __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + at));
    __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(x, below), below);  // unsigned x <= 0x1F
    __m128i hit = _mm_or_si128(control, _mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, backslash)));
    return static_cast<unsigned>(_mm_movemask_epi8(hit));
  };
  if (s.size() >= 16) {
    for (; i + 16 <= s.size(); i += 16) {
      if (unsigned m = marks16(i)) return i + static_cast<size_t>(__builtin_ctz(m));
    }
    if (i == s.size()) return i;
    size_t last = s.size() - 16;
    unsigned m = marks16(last) >> (i - last);
    return m ? i + static_cast<size_t>(__builtin_ctz(m)) : s.size();
  }
#endif
  // Eight bytes at a time, and four to seven bytes (codes, countries, sectors, short words) as two
  // 4-byte words that overlap.
  if constexpr (std::endian::native == std::endian::little) {  // byte k in bits 8k to 8k + 7
    if (s.size() >= 8) return NextToEscapeByWords<uint64_t>(s, i);
    if (s.size() >= 4) return NextToEscapeByWords<uint32_t>(s, i);
  }
  for (; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == '"' || c == '\\') return i;
  }
  return i;
}

// "00" to "99": the two digits of each number below 100.
constexpr char kDigitPairs[] =
    "00010203040506070809101112131415161718192021222324"
    "25262728293031323334353637383940414243444546474849"
    "50515253545556575859606162636465666768697071727374"
    "75767778798081828384858687888990919293949596979899";

// Where a JsonWriter is in its buffer: the next byte to write and the end of the room. The pieces
// kept out of line take it and give it back by value (two pointers, passed in registers), never the
// writer itself: once a writer's address went to a call, the compiler read its fields again from
// memory after every byte stored (a store of chars may change anything whose address is known).
struct JsonCursor {
  char* p;
  char* end;
};

// A small direct JSON writer (strings escaped as JSON requires; UTF-8 kept as is). It writes
// through a pointer into `room`, a buffer that it grows ahead of each piece (one size test and no
// library call per piece), after the bytes already used there; Used() says how far it wrote. (The
// buffer keeps its size from one record to the next: the room is zero-filled once, when the buffer
// grows, not once per record as it was when the writer grew the output itself and cut it back after.)
// The record's layout is fixed: its punctuation and keys are written as literals (Lit: `,"key":`
// with what closes the value before it), so that no piece asks whether a comma goes before it.
class JsonWriter {
 public:
#ifdef __SSE2__
  // Byte k all ones where byte k of `x` needs a JSON escape (a control byte, a quote or a backslash).
  [[gnu::always_inline]] static __m128i Hits16(__m128i x) {
    // x ^ 2 is at most 0x20 (unsigned) for a control byte and for the quote (0x22) only: one test
    // for both.
    const __m128i space = _mm_set1_epi8(0x20);
    const __m128i flipped = _mm_xor_si128(x, _mm_set1_epi8(2));
    return _mm_or_si128(_mm_cmpeq_epi8(_mm_max_epu8(flipped, space), space), _mm_cmpeq_epi8(x, _mm_set1_epi8('\\')));
  }
  // Bit k set where byte k of `x` needs a JSON escape.
  [[gnu::always_inline]] static unsigned Marks16(__m128i x) {
    return static_cast<unsigned>(_mm_movemask_epi8(Hits16(x)));
  }
#endif
  // A writer after the first `used` bytes of `room` (used <= room->size()).
  JsonWriter(std::string* room, size_t used)
      : room_(room), at_(room->size() - used >= kChunk ? JsonCursor{room->data() + used, room->data() + room->size()}
                                                       : Grown(room, used, kChunk)) {}
  // The count of bytes of the room written, with those before the writer started.
  size_t Used() const { return static_cast<size_t>(at_.p - room_->data()); }

  // `s` is one of this file's literals (punctuation and keys: plain ASCII, nothing to escape), copied
  // as it is. (Inline, with its length known, the copy is a few moves.) It takes no room test: every
  // other piece leaves kSlack bytes of room after itself, more than the literals that can follow one
  // another before the next such piece (the longest run: a null source and a target with none of its
  // names, about 110 bytes).
  template <size_t N>
  [[gnu::always_inline]] void Lit(const char (&s)[N]) {
    static_assert(N - 1 <= 32);
    Copy(s, N - 1);
  }
  void String(std::string_view s) { Quoted(s); }
  // A record's strings are std::strings: one of up to 15 bytes (most codes, countries, dates, short
  // names) lies in a buffer of at least 16 bytes (its own, with the terminator, or a heap block of
  // more: capacity() is at least 15), so it is tested and copied as one 16-byte block, the bytes past
  // its end kept out of the test and written over or cut off after it.
  // (Forced inline, as are Int's small numbers: a call per field cost about as much as the copy.)
  [[gnu::always_inline]] void String(const std::string& s) {
#ifdef __SSE2__
    if (s.size() < 16 && s.capacity() >= 15) {
      Reserve(16 + 2);
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data()));
      if ((Marks16(x) & ((1u << s.size()) - 1)) == 0) {
        char* w = at_.p;
        w[0] = '"';
        _mm_storeu_si128(reinterpret_cast<__m128i*>(w + 1), x);
        w[1 + s.size()] = '"';
        at_.p += s.size() + 2;
        return;
      }
    } else if (s.size() <= 32) {
      // 16 to 32 bytes (most names, trigger words and places): the first and the last 16 bytes, which
      // overlap, cover it.
      Reserve(32 + 2);
      const __m128i head = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data()));
      const __m128i tail = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + s.size() - 16));
      if ((Marks16(head) | Marks16(tail)) == 0) {
        char* w = at_.p;
        w[0] = '"';
        _mm_storeu_si128(reinterpret_cast<__m128i*>(w + 1), head);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(w + 1 + s.size() - 16), tail);
        w[1 + s.size()] = '"';
        at_.p += s.size() + 2;
        return;
      }
    }
#endif
    Quoted(s);
  }
  [[gnu::always_inline]] void Quoted(std::string_view s) { at_ = QuotedAt(room_, at_, s); }
  [[gnu::always_inline]] void StringOrNull(const std::string& s) {
    if (s.empty()) Null();
    else String(s);
  }
  [[gnu::always_inline]] void Null() { Lit("null"); }
  [[gnu::always_inline]] void Bool(bool b) {
    if (b) Lit("true");
    else Lit("false");
  }
  [[gnu::always_inline]] void Int(int64_t v) {
    Reserve(kLongest);
    IntInRoom(v);
  }
  // [b,e]
  [[gnu::always_inline]] void Span(uint32_t b, uint32_t e) {
    Reserve(2 * kLongest + 3);
    Lit("[");
    IntInRoom(b);
    Lit(",");
    IntInRoom(e);
    Lit("]");
  }
  // (Inline: the out-of-line call, with its saved registers, cost about a fifth of a number.)
  [[gnu::always_inline]] void Double(double v) { DoubleHere(v); }

 private:
  // The room added at a time, at least: most of an event's record.
  static constexpr size_t kChunk = 1024;
  static constexpr size_t kLongest = 20;  // the longest int64_t written: -9223372036854775808
  static constexpr size_t kSlack = 128;   // the room left after each piece for the literals after it

  // Int where room for kLongest bytes was reserved.
  [[gnu::always_inline]] void IntInRoom(int64_t v) {
    // Offsets, sentence numbers and counts are below 10,000: their digits are written two at a
    // time from a table, without to_chars's count of the digits.
    if (static_cast<uint64_t>(v) < 10000) {
      const auto u = static_cast<uint32_t>(v);
      char* p = at_.p;
      if (u < 10) {
        p[0] = static_cast<char>('0' + u);
        at_.p += 1;
      } else if (u < 100) {
        std::memcpy(p, kDigitPairs + 2 * u, 2);
        at_.p += 2;
      } else if (u < 1000) {
        p[0] = static_cast<char>('0' + u / 100);
        std::memcpy(p + 1, kDigitPairs + 2 * (u % 100), 2);
        at_.p += 3;
      } else {
        std::memcpy(p, kDigitPairs + 2 * (u / 100), 2);
        std::memcpy(p + 2, kDigitPairs + 2 * (u % 100), 2);
        at_.p += 4;
      }
      return;
    }
    at_.p = LongIntAt(at_.p, v);
  }

  JsonWriter(std::string* room, JsonCursor at) : room_(room), at_(at) {}

  // The out-of-line pieces: each works on a writer of its own at `at`, and gives back where it ended.
  [[gnu::noinline]] static JsonCursor QuotedAt(std::string* room, JsonCursor at, std::string_view s) {
    JsonWriter w(room, at);
    w.QuotedHere(s);
    return w.at_;
  }
  // Double for a number that is not finite, not below 10^6 or has more than nine decimals.
  [[gnu::noinline]] static JsonCursor OtherDoubleAt(std::string* room, JsonCursor at, double v) {
    JsonWriter w(room, at);
    w.OtherDoubleHere(v);
    return w.at_;
  }
  // Int for a number of five digits or more, or below zero (room for kLongest bytes reserved).
  [[gnu::noinline]] static char* LongIntAt(char* p, int64_t v) { return std::to_chars(p, p + kLongest, v).ptr; }
  // `room` grown to room for at least `n` bytes after its first `used` (zero-filled, as resize does).
  [[gnu::noinline]] static JsonCursor Grown(std::string* room, size_t used, size_t n) {
    room->resize(used + std::max(n, kChunk));
    return {room->data() + used, room->data() + room->size()};
  }

  [[gnu::always_inline]] void QuotedHere(std::string_view s) {
#ifdef __SSE2__
    // Sixteen bytes at a time, tested and copied in the same turn (the last block read as the block
    // that ends the string, overlapping bytes already copied); a string with a byte to escape is
    // written over from its start below.
    if (s.size() >= 16) {
      Reserve(s.size() + 2);
      char* w = at_.p + 1;
      size_t i = 0;
      bool plain = true;
      // (Two blocks a turn, one test for both: the turns of one block below find the byte to escape.)
      for (; i + 32 <= s.size(); i += 32) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
        const __m128i y = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i + 16));
        if (_mm_movemask_epi8(_mm_or_si128(Hits16(x), Hits16(y))) != 0) break;
        _mm_storeu_si128(reinterpret_cast<__m128i*>(w + i), x);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(w + i + 16), y);
      }
      for (; i + 16 <= s.size(); i += 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
        if (Marks16(x) != 0) {
          plain = false;
          break;
        }
        _mm_storeu_si128(reinterpret_cast<__m128i*>(w + i), x);
      }
      if (plain && i < s.size()) {
        const size_t last = s.size() - 16;
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + last));
        if (Marks16(x) != 0) plain = false;
        else _mm_storeu_si128(reinterpret_cast<__m128i*>(w + last), x);
      }
      if (plain) {
        w[-1] = '"';
        w[s.size()] = '"';
        at_.p += s.size() + 2;
        return;
      }
    }
#endif
    // Room for the string as it is; each escape reserves room for itself and the rest.
    Reserve(s.size() + 2);
    Copy("\"", 1);
    size_t run = 0;  // start of the current run of characters that need no escape
    size_t i = 0;
    while (i < s.size()) {
      i = NextToEscape(s, i);
      if (i == s.size()) break;
      unsigned char c = static_cast<unsigned char>(s[i]);
      CopyRun(s.data() + run, i - run);
      run = ++i;
      Reserve(6 + (s.size() - run) + 1);  // the escape (at most six bytes), the rest, the quote
      switch (c) {
        case '"': Copy("\\\"", 2); break;
        case '\\': Copy("\\\\", 2); break;
        case '\n': Copy("\\n", 2); break;
        case '\r': Copy("\\r", 2); break;
        case '\t': Copy("\\t", 2); break;
        default: {
          static constexpr char kHex[] = "0123456789abcdef";
          char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
          Copy(u, 6);
        }
      }
    }
    CopyRun(s.data() + run, s.size() - run);
    Copy("\"", 1);
  }
  // The shortest fixed-point form that reads back to `v` (coordinates, Goldstein values,
  // confidences), with ".0" on whole numbers so that readers keep it a float.
  [[gnu::always_inline]] void DoubleHere(double v) {
    // Goldstein values and confidences have one decimal, coordinates a few. When v is exactly the
    // double nearest to m / 10^k, "m with k decimals" reads back to v, and the smallest such k gives
    // the shortest form, as to_chars would write it. For |v| < 1e6 and k <= 9, 10^-k is wider than
    // v's rounding interval, so one m at most can fit, and v * 10^k rounds to it.
    if (std::fabs(v) < 1e6) {  // (false for a NaN)
      constexpr double kRoundingShift = 0x1.8p52;  // |v * scale| < 1e15 < 2^51 here
      double scale = 1;
      for (int k = 1; k <= 9; ++k) {
        scale *= 10;
        // v * scale rounded to the nearest whole number, ties to even, as nearbyint would (in the
        // default rounding mode): below 2^51, adding 1.5 * 2^52 leaves no bits for a fraction, and
        // taking it off again is exact. (nearbyint was a call into libm on every try.)
        const double x = v * scale;
        double m = (x + kRoundingShift) - kRoundingShift;
        if (m / scale != v) continue;
        auto units = static_cast<uint64_t>(std::fabs(m)), one = static_cast<uint64_t>(scale);
        // Written in place: a sign, at most seven digits (the whole part is at most 10^6), the point
        // and at most nine decimals. A whole part below 100 (Goldstein values, confidences, most
        // coordinates) is written from the table of digit pairs.
        Reserve(18);
        char* q = at_.p;
        if (std::signbit(v)) *q++ = '-';
        const uint64_t whole = units / one;
        if (whole < 10) {
          *q++ = static_cast<char>('0' + whole);
        } else if (whole < 100) {
          std::memcpy(q, kDigitPairs + 2 * whole, 2);
          q += 2;
        } else {
          q = std::to_chars(q, q + 7, whole).ptr;
        }
        *q++ = '.';
        // The decimals from the last, two at a time from the table.
        uint64_t fraction = units % one;
        int d = k;
        for (; d >= 2; d -= 2, fraction /= 100) std::memcpy(q + d - 2, kDigitPairs + 2 * (fraction % 100), 2);
        if (d == 1) q[0] = static_cast<char>('0' + fraction);
        at_.p = q + k;
        return;
      }
    }
    at_ = OtherDoubleAt(room_, at_, v);
  }
  // The rest of Double: to_chars in fixed form.
  void OtherDoubleHere(double v) {
    if (!std::isfinite(v)) {
      Put("null", 4);
      return;
    }
    char buf[400];
    auto r = std::to_chars(buf, buf + sizeof buf - 2, v, std::chars_format::fixed);
    std::string_view d(buf, static_cast<size_t>(r.ptr - buf));
    Put(d.data(), d.size());
    if (d.find('.') == std::string_view::npos) Put(".0", 2);
  }

  // (Forced inline, as GCC kept the calls: with the size known where they are called, a copy is a
  // few moves.)
  [[gnu::always_inline]] void Put(const char* p, size_t n) {
    Reserve(n);
    Copy(p, n);
  }
  // Copies into room already reserved.
  [[gnu::always_inline]] void Copy(const char* p, size_t n) {
    std::memcpy(at_.p, p, n);
    at_.p += n;
  }
  // Copy for a length known only at run time (a run of a string): inline up to 16 bytes, where
  // most names and codes are.
  void CopyRun(const char* p, size_t n) {
    CopyBytes(at_.p, p, n);
    at_.p += n;
  }
  // Room for `n` bytes and the slack after them.
  [[gnu::always_inline]] void Reserve(size_t n) {
    if (static_cast<size_t>(at_.end - at_.p) < n + kSlack) {
      at_ = Grown(room_, static_cast<size_t>(at_.p - room_->data()), n + kSlack);
    }
  }

  std::string* room_;
  JsonCursor at_;  // the end of what was written, and of the room after it in room_
};

[[gnu::always_inline]] inline void WriteActor(JsonWriter& w, const std::optional<EventActor>& a) {
  if (!a) {
    w.Null();
    return;
  }
  w.Lit("{\"actor_id\":"); w.StringOrNull(a->actor_id);
  w.Lit(",\"country\":"); w.StringOrNull(a->country);
  if (a->corrected) {
    w.Lit(",\"corrected\":");
    w.String(a->corrected_to);
  }
  w.Lit(",\"name_ar\":"); w.StringOrNull(a->name_ar);
  w.Lit(",\"name_en\":"); w.StringOrNull(a->name_en);
  w.Lit(",\"sector\":"); w.StringOrNull(a->sector);
  w.Lit(",\"span\":"); w.Span(a->begin, a->end);
  w.Lit(",\"text\":"); w.String(a->text);
  w.Lit("}");
}

[[gnu::always_inline]] inline void WritePlace(JsonWriter& w, const std::optional<EventPlace>& p) {
  if (!p) {
    w.Null();
    return;
  }
  w.Lit("{\"admin1\":"); w.StringOrNull(p->admin1);
  w.Lit(",\"confidence\":"); w.Double(p->confidence);
  w.Lit(",\"country\":"); w.StringOrNull(p->country);
  w.Lit(",\"geonameid\":");
  if (p->geonameid > 0) w.Int(p->geonameid);
  else w.Null();
  w.Lit(",\"lat\":"); w.Double(p->lat);
  w.Lit(",\"lon\":"); w.Double(p->lon);
  w.Lit(",\"name_ar\":"); w.StringOrNull(p->name_ar);
  w.Lit(",\"name_en\":"); w.StringOrNull(p->name_en);
  w.Lit(",\"precision\":"); w.StringOrNull(p->precision);
  if (!p->relative.empty()) {
    w.Lit(",\"relative\":");
    w.String(p->relative);
  }
  w.Lit(",\"span\":"); w.Span(p->begin, p->end);
  w.Lit(",\"text\":"); w.String(p->text);
  w.Lit("}");
}

[[gnu::always_inline]] inline void WriteCount(JsonWriter& w, const std::optional<int64_t>& n) {
  if (n) w.Int(*n);
  else w.Null();
}

// The record of `e` (and a newline when `line`) after the first `used` bytes of `room`; returns
// the count of bytes used.
[[gnu::noinline]] size_t WriteRecordAt(const Event& e, std::string* room, size_t used, bool line) {
  JsonWriter w(room, used);
  w.Lit("{\"cameo\":"); w.String(e.cameo);
  w.Lit(",\"captured\":"); WriteCount(w, e.captured);
  w.Lit(",\"date\":"); w.StringOrNull(e.date);
  w.Lit(",\"date_words\":");
  if (e.date_text.empty()) {
    w.Null();
  } else {
    w.Lit("{\"span\":"); w.Span(e.date_begin, e.date_end);
    w.Lit(",\"text\":"); w.String(e.date_text);
    w.Lit("}");
  }
  w.Lit(",\"doc_id\":"); w.String(e.doc_id);
  w.Lit(",\"event\":"); w.String(e.event);
  w.Lit(",\"event_id\":"); w.String(e.event_id);
  w.Lit(",\"evidence\":"); w.String(e.evidence);
  if (!e.explain.empty()) {
    w.Lit(",\"explain\":[");
    for (size_t i = 0; i < e.explain.size(); ++i) {
      if (i > 0) w.Lit(",");
      w.String(e.explain[i]);
    }
    w.Lit("]");
  }
  w.Lit(",\"fatalities\":"); WriteCount(w, e.fatalities);
  w.Lit(",\"goldstein\":"); w.Double(e.goldstein);
  w.Lit(",\"injured\":"); WriteCount(w, e.injured);
  w.Lit(",\"location\":"); WritePlace(w, e.location);
  w.Lit(",\"mentions\":[");
  for (size_t i = 0; i < e.mentions.size(); ++i) {
    const EventMention& m = e.mentions[i];
    if (i > 0) w.Lit(",");
    w.Lit("{\"evidence_span\":"); w.Span(m.sentence_begin, m.sentence_end);
    w.Lit(",\"sentence\":"); w.Int(m.sentence);
    w.Lit(",\"trigger\":{\"span\":"); w.Span(m.trigger_begin, m.trigger_end);
    w.Lit(",\"text\":"); w.String(m.trigger_text);
    w.Lit("}}");
  }
  w.Lit("],\"modality\":"); w.String(e.modality);
  w.Lit(",\"mode\":"); w.StringOrNull(e.mode);
  w.Lit(",\"negated\":"); w.Bool(e.negated);
  w.Lit(",\"quad_class\":"); w.Int(e.quad_class);
  w.Lit(",\"sentence\":"); w.Int(e.sentence);
  w.Lit(",\"source\":"); WriteActor(w, e.source);
  w.Lit(",\"target\":"); WriteActor(w, e.target);
  w.Lit(",\"trigger\":{\"span\":"); w.Span(e.trigger_begin, e.trigger_end);
  w.Lit(",\"text\":"); w.String(e.trigger_text);
  w.Lit("}}");
  if (line) w.Lit("\n");
  return w.Used();
}

}  // namespace

void AppendEventJson(const Event& e, std::string* out) {
  // Written in a buffer of its own, which keeps its room from one record to the next, then appended.
  thread_local std::string room;
  out->append(room.data(), WriteRecordAt(e, &room, 0, false));
}

size_t AppendEventJsonLineAt(const Event& e, std::string* buf, size_t used) {
  return WriteRecordAt(e, buf, used, true);
}

nlohmann::json EventToJson(const Event& e) {
  nlohmann::json mentions = nlohmann::json::array();
  for (const EventMention& m : e.mentions) {
    mentions.push_back({{"sentence", m.sentence},
                        {"trigger", {{"text", m.trigger_text}, {"span", {m.trigger_begin, m.trigger_end}}}},
                        {"evidence_span", {m.sentence_begin, m.sentence_end}}});
  }
  nlohmann::json j = {
      {"event_id", e.event_id},
      {"doc_id", e.doc_id},
      {"sentence", e.sentence},
      {"date", OrNull(e.date)},
      {"date_words", e.date_text.empty() ? nlohmann::json(nullptr)
                                         : nlohmann::json{{"text", e.date_text}, {"span", {e.date_begin, e.date_end}}}},
      {"event", e.event},
      {"mode", OrNull(e.mode)},
      {"cameo", e.cameo},
      {"quad_class", e.quad_class},
      {"goldstein", e.goldstein},
      {"source", ActorToJson(e.source)},
      {"target", ActorToJson(e.target)},
      {"location", PlaceToJson(e.location)},
      {"fatalities", Count(e.fatalities)},
      {"injured", Count(e.injured)},
      {"captured", Count(e.captured)},
      {"negated", e.negated},
      {"modality", e.modality},
      {"trigger", {{"text", e.trigger_text}, {"span", {e.trigger_begin, e.trigger_end}}}},
      {"evidence", e.evidence},
      {"mentions", std::move(mentions)},
  };
  if (!e.explain.empty()) j["explain"] = e.explain;
  return j;
}

std::string EventCsvHeader() {
  return "event_id,doc_id,sentence,date,event,mode,cameo,quad_class,goldstein,source_actor_id,source_text,"
         "source_country,source_sector,target_actor_id,target_text,target_country,target_sector,location,"
         "location_country,lat,lon,fatalities,negated,modality,trigger,trigger_start,trigger_end,evidence,date_words,"
         "date_words_start,date_words_end";
}

std::string EventToCsv(const Event& e) {
  auto actor = [](const std::optional<EventActor>& a) {
    if (!a) return std::string(",,,");
    return CsvField(a->actor_id) + "," + CsvField(a->text) + "," + CsvField(a->country) + "," + CsvField(a->sector);
  };
  std::string loc = e.location ? CsvField(e.location->name_en) + "," + CsvField(e.location->country) + "," +
                                     fmt::format("{},{}", e.location->lat, e.location->lon)
                               : std::string(",,,");
  // The date words' columns are empty when the event has the document's date (`date_words` null).
  std::string date_words = e.date_text.empty() ? std::string(",,")
                                                : fmt::format("{},{},{}", CsvField(e.date_text), e.date_begin, e.date_end);
  return fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}", CsvField(e.event_id), CsvField(e.doc_id),
                     e.sentence, CsvField(e.date), e.event, CsvField(e.mode), e.cameo, e.quad_class, e.goldstein,
                     actor(e.source), actor(e.target), loc, e.fatalities ? std::to_string(*e.fatalities) : "",
                     e.negated ? "true" : "false", e.modality, CsvField(e.trigger_text), e.trigger_begin, e.trigger_end,
                     CsvField(e.evidence), date_words);
}

}  // namespace rasad

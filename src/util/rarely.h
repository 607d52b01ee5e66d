// Rarely: a condition that holds on almost no sentence of a coding run (--explain; a reading that fires on a few
// triggers in a thousand). The coder's per-trigger functions are larger than the level-1 instruction cache, and much
// of the time of `rasad code` goes to fetching their code. GCC takes a branch of probability 0 for one that does not
// run: it optimizes its block for size (calls in it are not inlined), so the function, and the code that runs on
// every trigger among it, takes fewer cache lines. (GCC 12 does not move such a block to the function's .cold part.)
// [[unlikely]] does not do this: GCC reads it as a 10% branch and inlines as for any other. Only for branches that
// counts show rare (callgrind over the GSR file), not for a guess: a branch marked so that does run costs a jump to
// far code and its calls.
#ifndef RASAD_UTIL_RARELY_H_
#define RASAD_UTIL_RARELY_H_

namespace rasad {

inline bool Rarely(bool condition) { return __builtin_expect_with_probability(condition, true, 0.0); }

}  // namespace rasad

#endif  // RASAD_UTIL_RARELY_H_

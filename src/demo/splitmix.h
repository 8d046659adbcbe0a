#pragma once
// splitmix64: tiny, fast and identical on every platform, unlike the std::
// distributions whose output differs between standard libraries. Shared by
// the demo generator and the benchmark data generators.
#include <QtGlobal>

namespace sc {

inline quint64 splitmix(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

} // namespace sc

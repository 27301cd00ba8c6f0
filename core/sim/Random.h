#pragma once

#include <QtGlobal>

#include <cmath>
#include <cstdint>

namespace pm::sim
{

/**
 * xoshiro256** seeded through splitmix64: fast, and the same sequence on every platform and
 * standard library (std::binomial_distribution is not), which the simulator's determinism needs.
 */
class Random final
{
public:
    explicit Random(std::uint64_t seed) { reseed(seed); }

    /// Combines several keys (seed, day, tenant …) into one seed; order matters.
    static std::uint64_t mix(std::uint64_t a, std::uint64_t b)
    {
        std::uint64_t z = a + 0x9e3779b97f4a7c15ULL + (b << 6) + (b >> 2);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return (z ^ (z >> 31)) ^ b;
    }

    void reseed(std::uint64_t seed)
    {
        for (auto& word : m_s) {
            seed += 0x9e3779b97f4a7c15ULL;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            word = z ^ (z >> 31);
        }
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    /// Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    /// Uniform integer in [0, n).
    std::uint64_t below(std::uint64_t n) { return n == 0 ? 0 : next() % n; }
    double range(double lo, double hi) { return lo + (hi - lo) * uniform(); }

    double normal()
    {
        // Box–Muller; the second value is discarded to keep the sequence simple to reason about.
        const double u1 = std::max(uniform(), 1e-300);
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }

    double logNormal(double mu, double sigma) { return std::exp(mu + sigma * normal()); }

    /// Binomial(n, p): exact by inversion when n·p is small, normal approximation otherwise.
    qint64 binomial(qint64 n, double p)
    {
        if (n <= 0 || p <= 0.0) {
            return 0;
        }
        if (p >= 1.0) {
            return n;
        }
        const double mean = static_cast<double>(n) * p;
        if (mean < 40.0) {
            // Inversion: walk the probability mass function up from k = 0 (one uniform draw).
            const double q = 1.0 - p;
            double pmf = std::exp(static_cast<double>(n) * std::log1p(-p));
            double cdf = pmf;
            const double u = uniform();
            const double ratio = p / q;
            qint64 k = 0;
            while (u > cdf && k < n) {
                pmf *= static_cast<double>(n - k) / static_cast<double>(k + 1) * ratio;
                ++k;
                cdf += pmf;
                if (pmf < 1e-300 && k > mean) {
                    break; // rounding left u above the last representable bit of the tail
                }
            }
            return k;
        }
        const double sd = std::sqrt(mean * (1.0 - p));
        const double draw = std::round(mean + sd * normal());
        return std::clamp<qint64>(static_cast<qint64>(draw), 0, n);
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_s[4];
};

} // namespace pm::sim

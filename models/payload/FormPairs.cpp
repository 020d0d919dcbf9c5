#include "FormPairs.h"

#include "TextCodec.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {
// What a byte means to the one pass over a pair that finds its end, its '=' and whether its
// name and value need decoding or a UTF-8 check.
enum ByteClass : unsigned char
{
    Plain = 0,
    Plus = 1,    // decoded to a space
    Percent = 2, // an escape: decoded, and the byte may be anything
    High = 4,    // above 0x7F: needs the UTF-8 check
    Equals = 8,
    Ampersand = 16,
    Bracket = 32 // '[': a name with one is not flat
};

struct ByteClasses
{
    unsigned char of[256] = {};
    constexpr ByteClasses()
    {
        for (int c = 0x80; c < 0x100; ++c)
            of[c] = High;
        of[int('+')] = Plus;
        of[int('%')] = Percent;
        of[int('=')] = Equals;
        of[int('&')] = Ampersand;
        of[int('[')] = Bracket;
    }
};
constexpr ByteClasses kClasses;

QByteArrayView decoded(QByteArrayView raw, unsigned char seen, QByteArray &scratch)
{
    return seen & (Plus | Percent) ? TextCodec::formDecoded(raw, scratch) : raw;
}
} // namespace

FormPairs::FormPairs(QByteArrayView text)
    : m_text(text)
    , m_start(text.startsWith('?') ? 1 : 0)
{}

bool FormPairs::next(QByteArrayView *name, QByteArrayView *value)
{
    const char *const begin = m_text.data();
    const qsizetype size = m_text.size();
    while (m_start <= size) {
        const char *p = begin + m_start;
        const char *const end = begin + size;
        const char *eq = nullptr;
        unsigned char nameSeen = 0;
        unsigned char valueSeen = 0;
#if defined(__SSE2__)
        // Sixteen bytes a step while the pair goes on: where '&' and '=' are, and whether '+',
        // '%' or a byte above 0x7F comes before them (x86-64 always has SSE2).
        bool ended = false;
        while (!ended && end - p >= 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const auto mask = [&v](char c) {
                return unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(c))));
            };
            const unsigned amp = mask('&');
            const unsigned within = amp ? (amp & (0u - amp)) - 1 : 0xFFFFu; // before the '&'
            unsigned nameBits = 0;
            unsigned valueBits = within;
            if (!eq) {
                const unsigned equals = mask('=') & within;
                const int at = equals ? __builtin_ctz(equals) : 16;
                if (equals)
                    eq = p + at;
                nameBits = within & ((1u << at) - 1);
                valueBits = equals ? within & ~((2u << at) - 1) : 0;
            }
            const unsigned plus = mask('+');
            const unsigned percent = mask('%');
            const unsigned high = unsigned(_mm_movemask_epi8(v));
            const auto seen = [&](unsigned bits) {
                return static_cast<unsigned char>((plus & bits ? Plus : 0) |
                                                  (percent & bits ? Percent : 0) |
                                                  (high & bits ? High : 0));
            };
            nameSeen |= seen(nameBits) | (mask('[') & nameBits ? Bracket : 0);
            valueSeen |= seen(valueBits);
            if (amp) {
                p += __builtin_ctz(amp);
                ended = true;
            } else {
                p += 16;
            }
        }
        for (; !ended && p < end; ++p) {
#else
        for (; p < end; ++p) {
#endif
            const unsigned char k = kClasses.of[static_cast<unsigned char>(*p)];
            if (k == Plain)
                continue;
            if (k == Ampersand)
                break;
            if (k == Equals && !eq)
                eq = p; // the first '=' splits; later ones are part of the value
            else if (eq)
                valueSeen |= k;
            else
                nameSeen |= k;
        }
        const qsizetype pairStart = m_start;
        const qsizetype pairEnd = p - begin;
        m_start = pairEnd + 1;
        if (pairEnd == pairStart)
            continue;
        ++m_index;
        const qsizetype nameEnd = eq ? eq - begin : pairEnd;
        *name = decoded(m_text.sliced(pairStart, nameEnd - pairStart), nameSeen, m_nameScratch);
        *value = eq ? decoded(m_text.sliced(nameEnd + 1, pairEnd - nameEnd - 1), valueSeen,
                              m_valueScratch)
                    : QByteArrayView();
        m_nameAscii = !(nameSeen & (Percent | High));
        m_valueAscii = !(valueSeen & (Percent | High));
        m_nameMayHoldBracket = nameSeen & (Bracket | Percent);
        return true;
    }
    return false;
}

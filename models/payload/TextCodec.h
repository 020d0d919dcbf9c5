#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstring>

// Byte-level text helpers shared by the request decoder and the compiler. They work on bytes, not
// QString, because payload bodies can hold millions of entries.
namespace TextCodec {

// The value of one hexadecimal digit (either case), or -1.
int hexValue(char c);

// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
// `badOffset`, when given, receives the offset of the first bad byte.
bool isValidUtf8(QByteArrayView bytes, qsizetype *badOffset = nullptr);

// The offset of the first \uXXXX escape in valid JSON text that names half a surrogate pair
// on its own (RFC 8259 8.2: such a string is not text); -1 when there is none.
qsizetype loneSurrogateEscapeAt(QByteArrayView json);

// application/x-www-form-urlencoded decoding: '+' is a space, %XX a byte. A malformed escape is
// kept literally, as PHP does.
QByteArray formDecode(QByteArrayView text);
// The same without a copy when there is nothing to decode: returns `text` itself, or a view of
// `scratch` holding the decoded bytes.
QByteArrayView formDecoded(QByteArrayView text, QByteArray &scratch);

// Appends `utf8` form-encoded: unreserved bytes as they are, space as '+', the rest as %XX.
// `keepBrackets` leaves '[' and ']' unescaped (PHP key syntax).
void appendFormEncoded(QByteArray &out, QByteArrayView utf8, bool keepBrackets = false);

// Appends `utf16` as UTF-8; a lone surrogate becomes U+FFFD.
void appendUtf8(QByteArray &out, QStringView utf16);

// Small-request helpers, inline: Qt's QByteArrayView::indexOf(char) searches for a one-byte
// string, its == and QByteArray::append go through general calls (insert() for append), and a
// request of a few short pairs pays for each of them more than for its own bytes.
inline qsizetype indexOfByte(QByteArrayView bytes, char c, qsizetype from = 0)
{
    if (from >= bytes.size())
        return -1; // memchr must not see a null pointer, even for no bytes
    const void *at = std::memchr(bytes.data() + from, c, size_t(bytes.size() - from));
    return at ? static_cast<const char *>(at) - bytes.data() : -1;
}

inline qsizetype countByte(QByteArrayView bytes, char c)
{
    qsizetype count = 0;
    for (qsizetype at = indexOfByte(bytes, c); at >= 0; at = indexOfByte(bytes, c, at + 1))
        ++count;
    return count;
}

// Keys are mostly short (user_id, field, a user's field names): up to sixteen bytes they are
// compared as two overlapping words each, without a call to memcmp.
inline bool sameBytes(QByteArrayView a, QByteArrayView b)
{
    const qsizetype n = a.size();
    if (n != b.size())
        return false;
    const char *x = a.data();
    const char *y = b.data();
    const auto same = [x, y](qsizetype at, auto word) {
        decltype(word) u;
        decltype(word) v;
        std::memcpy(&u, x + at, sizeof u);
        std::memcpy(&v, y + at, sizeof v);
        return u == v;
    };
    if (n >= 8 && n <= 16)
        return same(0, quint64()) && same(n - 8, quint64());
    if (n >= 4 && n < 8)
        return same(0, quint32()) && same(n - 4, quint32());
    if (n < 4) {
        for (qsizetype i = 0; i < n; ++i) {
            if (x[i] != y[i])
                return false;
        }
        return true;
    }
    return x[0] == y[0] && std::memcmp(x, y, size_t(n)) == 0;
}

inline void appendBytes(QByteArray &out, QByteArrayView bytes)
{
    const qsizetype at = out.size();
    const qsizetype n = bytes.size();
    const char *own = out.constData();
    if (n == 0 || (bytes.data() >= own && bytes.data() < own + at)) {
        out.append(bytes); // nothing, or bytes of `out` itself that a resize could move
        return;
    }
    out.resize(at + n); // grows geometrically
    std::memcpy(out.data() + at, bytes.data(), size_t(n));
}

// True when `utf8` starts with the UTF-8 byte order mark (EF BB BF); asked once per name and
// value of a request, so inline and without a library call.
inline bool startsWithByteOrderMark(QByteArrayView utf8)
{
    return utf8.size() >= 3 && utf8[0] == '\xEF' && utf8[1] == '\xBB' && utf8[2] == '\xBF';
}

// `utf8` as text, every character kept: QString::fromUtf8 drops a byte order mark (U+FEFF) that
// starts its input, which would change a stored name or value that begins with one.
QString utf8Text(QByteArrayView utf8);

} // namespace TextCodec

#include "TextCodec.h"

#include <QString>
#include <QStringDecoder>

#include <cstring>

namespace TextCodec {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

namespace {
bool isUnreserved(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}
} // namespace

bool isValidUtf8(QByteArrayView bytes, qsizetype *badOffset)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        char32_t cp = 0;
        char32_t minimum = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
            minimum = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
            minimum = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
            minimum = 0x10000;
        } else {
            if (badOffset)
                *badOffset = i;
            return false;
        }
        if (i + extra >= n) {
            if (badOffset)
                *badOffset = i;
            return false;
        }
        for (int k = 1; k <= extra; ++k) {
            const unsigned char cc = p[i + k];
            if ((cc & 0xC0) != 0x80) {
                if (badOffset)
                    *badOffset = i;
                return false;
            }
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            if (badOffset)
                *badOffset = i;
            return false;
        }
        i += extra + 1;
    }
    return true;
}

namespace {
// The code unit of "\uXXXX" at p (6 bytes available), or -1.
int escapedUnit(const char *p)
{
    if (p[0] != '\\' || p[1] != 'u')
        return -1;
    int unit = 0;
    for (int k = 2; k < 6; ++k) {
        const char c = p[k];
        const int digit = c >= '0' && c <= '9'   ? c - '0'
                          : c >= 'a' && c <= 'f' ? c - 'a' + 10
                          : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                 : -1;
        if (digit < 0)
            return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}
} // namespace

qsizetype loneSurrogateEscapeAt(QByteArrayView json)
{
    const char *p = json.data();
    const qsizetype n = json.size();
    // In valid JSON a backslash only starts an escape inside a string.
    for (qsizetype i = json.indexOf('\\'); i >= 0 && i < n; i = json.indexOf('\\', i)) {
        const int unit = i + 6 <= n ? escapedUnit(p + i) : -1;
        if (unit < 0) {
            i += 2; // another escape ("\\", "\n", ...)
            continue;
        }
        if (unit >= 0xDC00 && unit <= 0xDFFF)
            return i; // a low half with no high half before it
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            const int next = i + 12 <= n ? escapedUnit(p + i + 6) : -1;
            if (next < 0xDC00 || next > 0xDFFF)
                return i;
            i += 12;
            continue;
        }
        i += 6;
    }
    return -1;
}

namespace {
// Writes the form-decoded bytes of `text` to `out`, which has room for text.size() bytes, and
// returns how many it wrote (never more: every escape is shorter than what it stands for).
qsizetype writeFormDecoded(QByteArrayView text, char *out)
{
    const char *in = text.data();
    const qsizetype n = text.size();
    qsizetype w = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char c = in[i];
        if (c == '+') {
            out[w++] = ' ';
            continue;
        }
        if (c == '%' && i + 2 < n) {
            const int hi = hexValue(in[i + 1]);
            const int lo = hexValue(in[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out[w++] = char((hi << 4) | lo);
                i += 2;
                continue;
            }
        }
        out[w++] = c;
    }
    return w;
}
} // namespace

QByteArray formDecode(QByteArrayView text)
{
    QByteArray out(text.size(), Qt::Uninitialized);
    out.truncate(writeFormDecoded(text, out.data()));
    return out;
}

QByteArrayView formDecoded(QByteArrayView text, QByteArray &scratch)
{
    const char *in = text.data();
    const qsizetype n = text.size();
    qsizetype plain = 0;
    while (plain < n && in[plain] != '%' && in[plain] != '+')
        ++plain;
    if (plain == n)
        return text;
    // The scratch keeps its capacity from call to call: a form's pairs cost one allocation.
    if (scratch.size() < n)
        scratch.resize(n);
    char *out = scratch.data();
    std::memcpy(out, in, size_t(plain));
    const qsizetype written = plain + writeFormDecoded(text.sliced(plain), out + plain);
    return QByteArrayView(scratch.constData(), written);
}

void appendFormEncoded(QByteArray &out, QByteArrayView utf8, bool keepBrackets)
{
    static const char hex[] = "0123456789ABCDEF";
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if (isUnreserved(c) || (keepBrackets && (c == '[' || c == ']'))) {
            out.append(ch);
        } else if (c == ' ') {
            out.append('+');
        } else {
            const char escaped[3] = {'%', hex[c >> 4], hex[c & 0xF]};
            out.append(escaped, 3);
        }
    }
}

void appendUtf8(QByteArray &out, QStringView utf16)
{
    const qsizetype n = utf16.size();
    const char16_t *s = utf16.utf16();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t cp = s[i];
        if (cp < 0x80) {
            out.append(char(cp));
            continue;
        }
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < n && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (s[i + 1] - 0xDC00);
            ++i;
        } else if (cp >= 0xD800 && cp <= 0xDFFF) {
            cp = 0xFFFD;
        }
        char buf[4];
        int len = 0;
        if (cp < 0x800) {
            buf[0] = char(0xC0 | (cp >> 6));
            buf[1] = char(0x80 | (cp & 0x3F));
            len = 2;
        } else if (cp < 0x10000) {
            buf[0] = char(0xE0 | (cp >> 12));
            buf[1] = char(0x80 | ((cp >> 6) & 0x3F));
            buf[2] = char(0x80 | (cp & 0x3F));
            len = 3;
        } else {
            buf[0] = char(0xF0 | (cp >> 18));
            buf[1] = char(0x80 | ((cp >> 12) & 0x3F));
            buf[2] = char(0x80 | ((cp >> 6) & 0x3F));
            buf[3] = char(0x80 | (cp & 0x3F));
            len = 4;
        }
        out.append(buf, len);
    }
}

QString utf8Text(QByteArrayView utf8)
{
    if (!startsWithByteOrderMark(utf8))
        return QString::fromUtf8(utf8);
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless |
                                                       QStringConverter::Flag::ConvertInitialBom);
    return decoder.decode(utf8);
}

} // namespace TextCodec

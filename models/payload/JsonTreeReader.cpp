#include "JsonTreeReader.h"

#include "TextCodec.h"

#include <QVarLengthArray>

namespace {

class Reader
{
public:
    Reader(const QByteArray &body, qsizetype from, int maxDepth, PayloadTree &tree)
        : m_p(body.constData() + from)
        , m_end(body.constData() + body.size())
        , m_maxDepth(maxDepth)
        , m_tree(tree)
    {}

    bool read();

private:
    struct Frame
    {
        int node;
        bool object;
    };

    // Loops keep the position in a local: a char read may alias m_p, which the compiler would
    // then load and store at every byte.
    void skipSpace()
    {
        const char *p = m_p;
        while (p < m_end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
            ++p;
        m_p = p;
    }
    bool readString(QByteArray &scratch, QByteArrayView *out);
    bool readEscaped(const char *start, QByteArray &scratch, QByteArrayView *out);
    bool readNumber(QByteArrayView key);
    bool readLiteral(QByteArrayView key, const char *word, qsizetype length,
                     PayloadTree::Kind kind);

    const char *m_p;
    const char *m_end;
    int m_maxDepth;
    PayloadTree &m_tree;
    QByteArray m_keyScratch;
    QByteArray m_valueScratch;
    bool m_highEscape = false; // a \u escape of U+E000 or above was read
};

// The code unit of the four hex digits at p, or -1.
int hexUnit(const char *p)
{
    int unit = 0;
    for (int k = 0; k < 4; ++k) {
        const int d = TextCodec::hexValue(p[k]);
        if (d < 0)
            return -1;
        unit = unit * 16 + d;
    }
    return unit;
}

void appendByte(QByteArray &out, char c)
{
    TextCodec::appendBytes(out, QByteArrayView(&c, 1));
}

void appendCodePoint(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        appendByte(out, char(cp));
    } else if (cp < 0x800) {
        const char b[2] = {char(0xC0 | (cp >> 6)), char(0x80 | (cp & 0x3F))};
        TextCodec::appendBytes(out, QByteArrayView(b, 2));
    } else if (cp < 0x10000) {
        const char b[3] = {char(0xE0 | (cp >> 12)), char(0x80 | ((cp >> 6) & 0x3F)),
                           char(0x80 | (cp & 0x3F))};
        TextCodec::appendBytes(out, QByteArrayView(b, 3));
    } else {
        const char b[4] = {char(0xF0 | (cp >> 18)), char(0x80 | ((cp >> 12) & 0x3F)),
                           char(0x80 | ((cp >> 6) & 0x3F)), char(0x80 | (cp & 0x3F))};
        TextCodec::appendBytes(out, QByteArrayView(b, 4));
    }
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The bytes that end a string's plain run: its closing quote, an escape, or a control
// character (which JSON does not allow raw). One table lookup a byte instead of three tests.
struct StringStops
{
    bool stops[256] = {};
    constexpr StringStops()
    {
        for (int c = 0; c < 0x20; ++c)
            stops[c] = true;
        stops[int('"')] = true;
        stops[int('\\')] = true;
    }
};
constexpr StringStops kStringStops;

bool Reader::readString(QByteArray &scratch, QByteArrayView *out)
{
    const char *start = ++m_p; // after the opening quote
    const char *p = start;
    const char *const end = m_end;
    unsigned char seen = 0; // every byte or'ed: bit 7 says whether any is not ASCII
    while (p < end && !kStringStops.stops[static_cast<unsigned char>(*p)])
        seen |= static_cast<unsigned char>(*p++);
    m_p = p;
    if (m_p == m_end)
        return false;
    if (*m_p == '"') {
        *out = QByteArrayView(start, m_p - start);
        ++m_p;
        // QJsonDocument drops a byte order mark that starts a string: leave that to it.
        return !(seen & 0x80) ||
               (TextCodec::isValidUtf8(*out) && !TextCodec::startsWithByteOrderMark(*out));
    }
    if (*m_p == '\\')
        return readEscaped(start, scratch, out);
    return false; // a control character
}

bool Reader::readEscaped(const char *start, QByteArray &scratch, QByteArrayView *out)
{
    scratch.resize(0);       // keeps its capacity (clear() frees it)
    const char *run = start; // raw bytes not yet copied
    const char *rawStart = start;
    while (m_p < m_end) {
        const auto c = static_cast<unsigned char>(*m_p);
        if (c == '"') {
            TextCodec::appendBytes(scratch, QByteArrayView(run, m_p - run));
            // Escapes are ASCII: the raw text is valid UTF-8 exactly when the decoded one is.
            if (!TextCodec::isValidUtf8(QByteArrayView(rawStart, m_p - rawStart)))
                return false;
            *out = scratch;
            ++m_p;
            return !TextCodec::startsWithByteOrderMark(*out); // as above
        }
        if (c < 0x20)
            return false;
        if (c != '\\') {
            ++m_p;
            continue;
        }
        TextCodec::appendBytes(scratch, QByteArrayView(run, m_p - run));
        if (m_end - m_p < 2)
            return false;
        const char e = m_p[1];
        m_p += 2;
        switch (e) {
        case '"':
        case '\\':
        case '/':
            appendByte(scratch, e);
            break;
        case 'b':
            appendByte(scratch, '\b');
            break;
        case 'f':
            appendByte(scratch, '\f');
            break;
        case 'n':
            appendByte(scratch, '\n');
            break;
        case 'r':
            appendByte(scratch, '\r');
            break;
        case 't':
            appendByte(scratch, '\t');
            break;
        case 'u': {
            if (m_end - m_p < 4)
                return false;
            char32_t cp = char32_t(hexUnit(m_p));
            if (hexUnit(m_p) < 0 || (cp >= 0xDC00 && cp <= 0xDFFF))
                return false; // bad digits, or the low half of a pair alone
            m_p += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                if (m_end - m_p < 6 || m_p[0] != '\\' || m_p[1] != 'u')
                    return false;
                const int low = hexUnit(m_p + 2);
                if (low < 0xDC00 || low > 0xDFFF)
                    return false; // the high half alone
                cp = 0x10000 + ((cp - 0xD800) << 10) + char32_t(low - 0xDC00);
                m_p += 6;
            }
            m_highEscape = m_highEscape || cp >= 0xE000;
            appendCodePoint(scratch, cp);
            break;
        }
        default:
            return false;
        }
        run = m_p;
    }
    return false;
}

bool Reader::readNumber(QByteArrayView key)
{
    const char *start = m_p;
    const bool negative = *m_p == '-';
    if (negative)
        ++m_p;
    if (m_p < m_end && *m_p == '0') {
        ++m_p;
    } else if (m_p < m_end && isDigit(*m_p)) {
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    } else {
        return false;
    }
    const qsizetype digits = m_p - start - (negative ? 1 : 0);
    bool integral = true;
    if (m_p < m_end && *m_p == '.') {
        integral = false;
        ++m_p;
        if (m_p >= m_end || !isDigit(*m_p))
            return false;
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        integral = false;
        ++m_p;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (m_p >= m_end || !isDigit(*m_p))
            return false;
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    if (integral && digits <= 18) {
        qint64 v = 0;
        for (const char *d = start + (negative ? 1 : 0); d < m_p; ++d)
            v = v * 10 + (*d - '0');
        m_tree.addInteger(key, negative ? -v : v);
        return true;
    }
    // What QJsonDocument does with the rest: the integer if it fits, else a double, kept as an
    // integer when it is a whole number within 64 bits.
    const QByteArray token = QByteArray::fromRawData(start, m_p - start);
    bool ok = false;
    if (integral) {
        const qint64 v = token.toLongLong(&ok);
        if (ok) {
            m_tree.addInteger(key, v);
            return true;
        }
    }
    const double d = token.toDouble(&ok);
    if (!ok)
        return false;
    if (d >= -9223372036854775808.0 && d < 9223372036854775808.0) {
        const auto v = qint64(d);
        if (double(v) == d) {
            m_tree.addInteger(key, v);
            return true;
        }
    }
    m_tree.addDouble(key, d);
    return true;
}

bool Reader::readLiteral(QByteArrayView key, const char *word, qsizetype length,
                         PayloadTree::Kind kind)
{
    if (m_end - m_p < length || QByteArrayView(m_p, length) != QByteArrayView(word, length))
        return false;
    m_p += length;
    m_tree.addLiteral(key, kind);
    return true;
}

bool Reader::read()
{
    skipSpace();
    if (m_p >= m_end || *m_p != '{')
        return false;
    ++m_p;
    QVarLengthArray<Frame, 16> stack; // no allocation for most
    stack.append({PayloadTree::kRoot, true});
    bool first = true;
    while (true) {
        skipSpace();
        if (m_p >= m_end)
            return false;
        const Frame frame = stack.back();
        const char closing = frame.object ? '}' : ']';
        if (*m_p == closing) {
            ++m_p;
            if (frame.node == PayloadTree::kRoot) {
                skipSpace();
                return m_p == m_end;
            }
            m_tree.close(frame.node);
            stack.removeLast();
            first = false;
            continue;
        }
        if (!first) {
            if (*m_p != ',')
                return false;
            ++m_p;
            skipSpace();
            if (m_p >= m_end)
                return false;
        }
        first = false;
        QByteArrayView key;
        if (frame.object) {
            m_highEscape = false;
            if (*m_p != '"' || !readString(m_keyScratch, &key))
                return false;
            // QJsonDocument keeps such a key as UTF-16 and sorts it among the others by UTF-16
            // unit, where keys written plainly sort by code point: leave that order to it.
            if (m_highEscape)
                return false;
            skipSpace();
            if (m_p >= m_end || *m_p != ':')
                return false;
            ++m_p;
            skipSpace();
            if (m_p >= m_end)
                return false;
        }
        switch (*m_p) {
        case '{':
        case '[': {
            if (int(stack.size()) + 1 > m_maxDepth)
                return false;
            const bool object = *m_p == '{';
            ++m_p;
            const int node = m_tree.open(
                object ? PayloadTree::Kind::Object : PayloadTree::Kind::Array, key, object);
            stack.append({node, object});
            first = true;
            continue;
        }
        case '"': {
            QByteArrayView text;
            if (!readString(m_valueScratch, &text))
                return false;
            m_tree.addString(key, text);
            break;
        }
        case 't':
            if (!readLiteral(key, "true", 4, PayloadTree::Kind::True))
                return false;
            break;
        case 'f':
            if (!readLiteral(key, "false", 5, PayloadTree::Kind::False))
                return false;
            break;
        case 'n':
            if (!readLiteral(key, "null", 4, PayloadTree::Kind::Null))
                return false;
            break;
        default:
            if (*m_p != '-' && !isDigit(*m_p))
                return false;
            if (!readNumber(key))
                return false;
        }
    }
}

} // namespace

bool JsonTreeReader::read(const QByteArray &body, qsizetype from, int maxDepth, PayloadTree &tree)
{
    if (!PayloadTree::fits(body.size()))
        return false;
    tree.setSource(body);
    tree.reserve(body.size() / 12); // about a node per 12 bytes in request bodies
    return Reader(body, from, maxDepth, tree).read();
}

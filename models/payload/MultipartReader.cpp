#include "MultipartReader.h"

#include <QByteArrayMatcher>

namespace {

bool startsWithAt(QByteArrayView data, qsizetype at, QByteArrayView what)
{
    return at + what.size() <= data.size() && data.sliced(at, what.size()) == what;
}

// Skips a line end (CRLF or LF) at `at`; -1 when there is none.
qsizetype skipLineEnd(QByteArrayView data, qsizetype at)
{
    if (startsWithAt(data, at, "\r\n"))
        return at + 2;
    if (startsWithAt(data, at, "\n"))
        return at + 1;
    return -1;
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r'))
        v.chop(1);
    return v;
}

} // namespace

QByteArray MultipartReader::dispositionName(QByteArrayView value)
{
    // form-data; name="users[15][color]"; filename="a.txt"  -- parameters are ';'-separated.
    qsizetype pos = value.indexOf(';');
    while (pos >= 0 && pos < value.size()) {
        ++pos;
        while (pos < value.size() && (value[pos] == ' ' || value[pos] == '\t'))
            ++pos;
        const qsizetype eq = value.indexOf('=', pos);
        if (eq < 0)
            return {};
        const QByteArrayView param = trimmed(value.sliced(pos, eq - pos));
        pos = eq + 1;
        QByteArray parsed;
        if (pos < value.size() && value[pos] == '"') {
            ++pos;
            // One copy of the usual name without escapes, not a byte at a time.
            qsizetype end = pos;
            while (end < value.size() && value[end] != '"' && value[end] != '\\')
                ++end;
            parsed = QByteArray(value.data() + pos, end - pos); // not null even when empty
            pos = end;
            while (pos < value.size() && value[pos] != '"') {
                if (value[pos] == '\\' && pos + 1 < value.size())
                    ++pos;
                parsed.append(value[pos]);
                ++pos;
            }
            ++pos; // closing quote
            const qsizetype next = value.indexOf(';', pos);
            pos = next < 0 ? value.size() : next;
        } else {
            const qsizetype next = value.indexOf(';', pos);
            const qsizetype end = next < 0 ? value.size() : next;
            parsed = trimmed(value.sliced(pos, end - pos)).toByteArray();
            pos = end;
        }
        if (param.size() == 4 && qstrnicmp(param.data(), "name", 4) == 0)
            return parsed;
    }
    return {};
}

QString MultipartReader::read(QByteArrayView body, QByteArrayView boundary,
                              const PartHandler &handler)
{
    if (boundary.isEmpty())
        return tr("the multipart body has no boundary in its Content-Type");
    const QByteArray delimiter = QByteArray("--") + boundary.toByteArray();
    const QByteArray lineDelimiter = QByteArray("\n") + delimiter;
    const QByteArrayMatcher nextDelimiter(lineDelimiter);

    // The first delimiter opens the body, possibly after a preamble.
    qsizetype pos = 0;
    if (!startsWithAt(body, 0, delimiter)) {
        const qsizetype found = nextDelimiter.indexIn(body.data(), body.size(), 0);
        if (found < 0)
            return tr("the multipart body does not contain its boundary '%1'")
                .arg(QString::fromUtf8(boundary));
        pos = found + 1;
    }
    for (;;) {
        pos += delimiter.size();
        if (startsWithAt(body, pos, "--"))
            return {}; // closing delimiter; an epilogue after it is ignored
        while (pos < body.size() && (body[pos] == ' ' || body[pos] == '\t'))
            ++pos;
        const qsizetype partStart = pos;
        pos = skipLineEnd(body, pos);
        if (pos < 0)
            return tr("a line break is missing after the boundary at byte %1").arg(partStart);

        QByteArray name;
        bool named = false;
        // Header lines up to an empty line.
        for (;;) {
            const qsizetype lineEnd = body.indexOf('\n', pos);
            if (lineEnd < 0)
                return tr("the headers of the part at byte %1 are not terminated (truncated "
                          "body?)")
                    .arg(partStart);
            QByteArrayView line = body.sliced(pos, lineEnd - pos);
            if (line.endsWith('\r'))
                line.chop(1);
            pos = lineEnd + 1;
            if (line.isEmpty())
                break;
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                return tr("the part at byte %1 has a malformed header line").arg(partStart);
            const QByteArrayView header = trimmed(line.first(colon));
            if (header.size() == 19 && qstrnicmp(header.data(), "content-disposition", 19) == 0) {
                name = dispositionName(line.sliced(colon + 1));
                named = !name.isNull();
            }
        }
        const qsizetype next = nextDelimiter.indexIn(body.data(), body.size(), pos - 1);
        if (next < 0)
            return tr("the part at byte %1 has no closing boundary (truncated body?)")
                .arg(partStart);
        qsizetype contentEnd = next;
        if (contentEnd > pos && body[contentEnd - 1] == '\r')
            --contentEnd;
        if (named && !handler(name, body.sliced(pos, std::max<qsizetype>(0, contentEnd - pos))))
            return {};
        pos = next + 1;
    }
}

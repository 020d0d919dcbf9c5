#include "PayloadCompiler.h"
#include "domain/ApiContract.h"

#include "GroupMembersPayload.h"
#include "JsonWriter.h"
#include "TextCodec.h"

#include <QHash>
#include <QLocale>
#include <QRandomGenerator>
#include <cmath>

namespace {

const QString kUserMetaPath = QLatin1String(ApiContract::Paths::UserMeta);

void appendInteger(QByteArray &out, qint64 value)
{
    char buffer[24];
    int at = int(sizeof buffer);
    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    do {
        buffer[--at] = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    if (value < 0)
        buffer[--at] = '-';
    out.append(buffer + at, qsizetype(sizeof buffer) - at);
}

// A value as form encodings carry it: text, parsed back by the field's type on arrival.
bool appendValueText(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        TextCodec::appendUtf8(out, value.toString());
        return true;
    case QJsonValue::Double:
        if (!std::isfinite(value.toDouble()))
            return false;
        JsonWriter::appendNumber(out, value);
        return true;
    case QJsonValue::Bool:
        out.append(value.toBool() ? '1' : '0');
        return true;
    case QJsonValue::Array:
    case QJsonValue::Object:
        return JsonWriter::appendValue(out, value);
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return true; // a clear: empty text
}

// Writes the bodies of one format in one encoding, entry by entry.
class BodyWriter
{
public:
    BodyWriter(PayloadFormat format, PayloadEncoding encoding, const QByteArray &boundary)
        : m_format(format)
        , m_encoding(encoding)
        , m_delimiter(QByteArray("--") + boundary)
    {}

    // Set when a multipart value held the boundary; the caller retries with another.
    bool boundaryCollision = false;
    bool nonFinite = false;

    void begin(QByteArray &body) const
    {
        if (m_encoding != PayloadEncoding::Json)
            return;
        if (m_format == PayloadFormat::Users)
            body.append("{\"users\":{");
        else if (m_format == PayloadFormat::Fields)
            body.append("{\"fields\":[");
    }

    qsizetype endSize() const
    {
        if (m_encoding == PayloadEncoding::Multipart)
            return m_delimiter.size() + 4;
        if (m_encoding == PayloadEncoding::UrlEncoded)
            return 0;
        return m_format == PayloadFormat::Users ? 3 : m_format == PayloadFormat::Fields ? 2 : 0;
    }

    void end(QByteArray &body) const
    {
        if (m_encoding == PayloadEncoding::Multipart) {
            body.append(m_delimiter);
            body.append("--\r\n");
        } else if (m_encoding == PayloadEncoding::Json) {
            if (m_format == PayloadFormat::Users)
                body.append("}}}");
            else if (m_format == PayloadFormat::Fields)
                body.append("]}");
        }
    }

    // `index` is the entry's position in its chunk; `sameUser` that the entry before it in the
    // chunk was for the same user (format 1 groups by user).
    void entry(QByteArray &body, const MetaEdit &edit, int index, bool sameUser)
    {
        switch (m_encoding) {
        case PayloadEncoding::Json:
            jsonEntry(body, edit, index, sameUser);
            return;
        case PayloadEncoding::UrlEncoded:
            formEntry(body, edit, index);
            return;
        case PayloadEncoding::Multipart:
            multipartEntry(body, edit, index);
            return;
        }
    }

private:
    void jsonValue(QByteArray &body, const MetaEdit &edit)
    {
        if (edit.clears())
            body.append("null", 4);
        else if (!JsonWriter::appendValue(body, edit.value))
            nonFinite = true;
    }

    void jsonEntry(QByteArray &body, const MetaEdit &edit, int index, bool sameUser)
    {
        if (m_format == PayloadFormat::Users) {
            if (index > 0 && sameUser) {
                body.append(',');
            } else {
                if (index > 0)
                    body.append("},", 2);
                body.append('"');
                appendInteger(body, edit.userId);
                body.append("\":{", 3);
            }
            body.append(jsonFieldName(edit.field));
            body.append(':');
            jsonValue(body, edit);
            return;
        }
        if (index > 0 && m_format == PayloadFormat::Fields)
            body.append(',');
        body.append("{\"user_id\":", 11);
        appendInteger(body, edit.userId);
        body.append(",\"field\":", 9);
        body.append(jsonFieldName(edit.field));
        body.append(",\"value\":", 9);
        jsonValue(body, edit);
        body.append('}');
    }

    void formValue(QByteArray &body, const MetaEdit &edit)
    {
        if (edit.clears())
            return;
        m_scratch.clear();
        if (!appendValueText(m_scratch, edit.value))
            nonFinite = true;
        TextCodec::appendFormEncoded(body, m_scratch);
    }

    void formEntry(QByteArray &body, const MetaEdit &edit, int index)
    {
        if (index > 0 && m_format != PayloadFormat::Single)
            body.append('&');
        switch (m_format) {
        case PayloadFormat::Users:
            body.append("users[", 6);
            appendInteger(body, edit.userId);
            body.append("][", 2);
            body.append(formFieldName(edit.field));
            body.append("]=", 2);
            formValue(body, edit);
            return;
        case PayloadFormat::Fields:
            body.append("fields[", 7);
            appendInteger(body, index);
            body.append("][user_id]=", 11);
            appendInteger(body, edit.userId);
            body.append("&fields[", 8);
            appendInteger(body, index);
            body.append("][field]=", 9);
            body.append(formFieldName(edit.field));
            body.append("&fields[", 8);
            appendInteger(body, index);
            body.append("][value]=", 9);
            formValue(body, edit);
            return;
        case PayloadFormat::Single:
        case PayloadFormat::Auto:
            body.append("user_id=", 8);
            appendInteger(body, edit.userId);
            body.append("&field=", 7);
            body.append(formFieldName(edit.field));
            body.append("&value=", 7);
            formValue(body, edit);
            return;
        }
    }

    void partHeader(QByteArray &body)
    {
        body.append(m_delimiter);
        body.append("\r\nContent-Disposition: form-data; name=\"");
    }

    void partValue(QByteArray &body, const MetaEdit &edit)
    {
        body.append("\"\r\n\r\n", 5);
        const qsizetype start = body.size();
        if (!edit.clears() && !appendValueText(body, edit.value))
            nonFinite = true;
        if (QByteArrayView(body).sliced(start).indexOf(QByteArrayView(m_delimiter).sliced(2)) >= 0)
            boundaryCollision = true;
        body.append("\r\n", 2);
    }

    void multipartEntry(QByteArray &body, const MetaEdit &edit, int index)
    {
        const QByteArray &field = rawFieldName(edit.field);
        switch (m_format) {
        case PayloadFormat::Users:
            partHeader(body);
            body.append("users[", 6);
            appendInteger(body, edit.userId);
            body.append("][", 2);
            body.append(field);
            body.append(']');
            partValue(body, edit);
            return;
        case PayloadFormat::Fields:
            partHeader(body);
            body.append("fields[", 7);
            appendInteger(body, index);
            body.append("][user_id]\"\r\n\r\n");
            appendInteger(body, edit.userId);
            body.append("\r\n", 2);
            partHeader(body);
            body.append("fields[", 7);
            appendInteger(body, index);
            body.append("][field]\"\r\n\r\n");
            body.append(field);
            body.append("\r\n", 2);
            partHeader(body);
            body.append("fields[", 7);
            appendInteger(body, index);
            body.append("][value]");
            partValue(body, edit);
            return;
        case PayloadFormat::Single:
        case PayloadFormat::Auto:
            partHeader(body);
            body.append("user_id\"\r\n\r\n");
            appendInteger(body, edit.userId);
            body.append("\r\n", 2);
            partHeader(body);
            body.append("field\"\r\n\r\n");
            body.append(field);
            body.append("\r\n", 2);
            partHeader(body);
            body.append("value");
            partValue(body, edit);
            return;
        }
    }

    // Field names repeat across a bulk edit: encode each once. The edits usually share their
    // field QStrings, so the data pointer (alive for the whole compile) finds them without
    // hashing the text.
    static const QByteArray &cached(QHash<const void *, QByteArray> &cache, const QString &name,
                                    QByteArray (*encode)(const QString &))
    {
        auto it = cache.find(name.constData());
        if (it == cache.end())
            it = cache.insert(name.constData(), encode(name));
        return *it;
    }
    const QByteArray &jsonFieldName(const QString &name)
    {
        return cached(m_jsonNames, name, [](const QString &n) {
            QByteArray encoded;
            JsonWriter::appendString(encoded, n);
            return encoded;
        });
    }
    const QByteArray &formFieldName(const QString &name)
    {
        return cached(m_formNames, name, [](const QString &n) {
            QByteArray encoded;
            TextCodec::appendFormEncoded(encoded, n.toUtf8());
            return encoded;
        });
    }
    const QByteArray &rawFieldName(const QString &name)
    {
        return cached(m_rawNames, name, [](const QString &n) { return n.toUtf8(); });
    }

    PayloadFormat m_format;
    PayloadEncoding m_encoding;
    QByteArray m_delimiter;
    QByteArray m_scratch;
    QHash<const void *, QByteArray> m_jsonNames, m_formNames, m_rawNames;
};

// The order edits go out in: as given, except that format 1 groups them by user (in order of
// first appearance), as its body nests by user.
QList<int> sendingOrder(const QList<MetaEdit> &edits, bool groupByUser)
{
    QList<int> order(edits.size());
    for (int i = 0; i < edits.size(); ++i)
        order[i] = i;
    if (!groupByUser)
        return order;
    QHash<qint64, int> bucketOf;
    QList<QList<int>> buckets;
    for (const int i : std::as_const(order)) {
        auto it = bucketOf.find(edits[i].userId);
        if (it == bucketOf.end()) {
            it = bucketOf.insert(edits[i].userId, int(buckets.size()));
            buckets.append(QList<int>());
        }
        buckets[*it].append(i);
    }
    QList<int> grouped;
    grouped.reserve(order.size());
    for (const QList<int> &bucket : std::as_const(buckets))
        grouped += bucket;
    return grouped;
}

CompiledRequest newRequest(PayloadFormat format, PayloadEncoding encoding,
                           const QByteArray &boundary)
{
    CompiledRequest r;
    r.method = QByteArrayLiteral("PUT");
    r.path = kUserMetaPath;
    r.contentType = PayloadCompiler::contentType(encoding, boundary);
    r.encoding = encoding;
    r.format = int(format);
    return r;
}

} // namespace

qint64 CompileResult::totalBodyBytes() const
{
    qint64 total = 0;
    for (const CompiledRequest &r : requests)
        total += r.body.size();
    return total;
}

QByteArray PayloadCompiler::randomBoundary()
{
    static const char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    QByteArray b("MetaDeskBoundary");
    for (int i = 0; i < 24; ++i)
        b.append(alphabet[QRandomGenerator::global()->bounded(62)]);
    return b;
}

QByteArray PayloadCompiler::contentType(PayloadEncoding encoding, const QByteArray &boundary)
{
    switch (encoding) {
    case PayloadEncoding::Json:
        return QByteArrayLiteral("application/json");
    case PayloadEncoding::UrlEncoded:
        return QByteArrayLiteral("application/x-www-form-urlencoded");
    case PayloadEncoding::Multipart:
        break;
    }
    return QByteArrayLiteral("multipart/form-data; boundary=") + boundary;
}

CompileResult PayloadCompiler::compileMetaEdits(const QList<MetaEdit> &edits, PayloadFormat format,
                                                PayloadEncoding encoding,
                                                const CompileOptions &options)
{
    CompileResult result;
    if (format == PayloadFormat::Auto) {
        result.error = tr("compileMetaEdits needs a format; PayloadPlanner resolves Auto");
        return result;
    }
    const bool randomBoundary = options.boundary.isEmpty();
    QByteArray boundary =
        encoding == PayloadEncoding::Multipart
            ? (randomBoundary ? PayloadCompiler::randomBoundary() : options.boundary)
            : QByteArray();
    const QList<int> order = sendingOrder(edits, format == PayloadFormat::Users);
    int maxEntries = format == PayloadFormat::Single ? 1 : qMax(1, options.maxEntries);
    if (format != PayloadFormat::Single && options.targetRequests > 0) {
        const qint64 spread =
            (qint64(order.size()) + options.targetRequests - 1) / options.targetRequests;
        if (spread > maxEntries)
            maxEntries = int(qMin<qint64>(spread, ApiContract::kMaxEntriesPerRequest));
    }

    BodyWriter writer(format, encoding, boundary);
    CompiledRequest current = newRequest(format, encoding, boundary);
    if (format == PayloadFormat::Single)
        result.requests.reserve(order.size());
    qint64 previousUser = 0;
    const auto finish = [&] {
        writer.end(current.body);
        result.requests.append(std::move(current));
        current = newRequest(format, encoding, boundary);
    };
    for (const int i : order) {
        const MetaEdit &edit = edits[i];
        for (int attempt = 0; attempt < 2; ++attempt) {
            if (current.entries == 0) {
                current.body.clear();
                writer.begin(current.body);
            }
            const qsizetype mark = current.body.size();
            writer.entry(current.body, edit, current.entries,
                         current.entries > 0 && previousUser == edit.userId);
            if (writer.nonFinite) {
                result.requests.clear();
                result.error = tr("the value of '%1' for user %2 is not a finite number")
                                   .arg(edit.field)
                                   .arg(edit.userId);
                return result;
            }
            if (writer.boundaryCollision) {
                if (!randomBoundary) {
                    result.requests.clear();
                    result.error = tr("the value of '%1' for user %2 contains the multipart "
                                      "boundary")
                                       .arg(edit.field)
                                       .arg(edit.userId);
                    return result;
                }
                // Astronomically rare with a random boundary: start over with another.
                CompileOptions retry = options;
                retry.boundary = PayloadCompiler::randomBoundary();
                return compileMetaEdits(edits, format, encoding, retry);
            }
            const bool fits = current.body.size() + writer.endSize() <= options.maxBodyBytes &&
                              current.entries < maxEntries;
            if (fits) {
                ++current.entries;
                current.editIndexes.append(i);
                previousUser = edit.userId;
                break;
            }
            current.body.truncate(mark);
            if (current.entries == 0 || attempt == 1) {
                result.requests.clear();
                result.error = tr("the value of '%1' for user %2 does not fit in one request of "
                                  "at most %3 bytes")
                                   .arg(edit.field)
                                   .arg(edit.userId)
                                   .arg(options.maxBodyBytes);
                return result;
            }
            finish();
        }
    }
    if (current.entries > 0)
        finish();
    return result;
}

CompileResult PayloadCompiler::compileGroupOperation(const GroupOperation &operation,
                                                     PayloadEncoding encoding,
                                                     const CompileOptions &options)
{
    CompileResult result;
    const bool drop = operation.kind == GroupOperation::Kind::Drop;
    if (operation.userIds.isEmpty()) {
        result.error = tr("a group membership change needs at least one user");
        return result;
    }
    if (!drop && operation.groups.isEmpty()) {
        result.error = tr("a group membership change needs at least one group");
        return result;
    }
    const QByteArray boundary =
        encoding == PayloadEncoding::Multipart
            ? (options.boundary.isEmpty() ? randomBoundary() : options.boundary)
            : QByteArray();
    const QByteArray delimiter = QByteArray("--") + boundary;

    // One list item (user or group) in this encoding.
    const auto item = [&](QByteArray &out, const char *key, const QJsonValue &value, bool first) {
        QByteArray text;
        appendValueText(text, value);
        switch (encoding) {
        case PayloadEncoding::Json:
            if (!first)
                out.append(',');
            JsonWriter::appendValue(out, value);
            return;
        case PayloadEncoding::UrlEncoded:
            if (!first || qstrcmp(key, "group_id") == 0)
                out.append('&');
            out.append(key);
            out.append("[]=", 3);
            TextCodec::appendFormEncoded(out, text);
            return;
        case PayloadEncoding::Multipart:
            out.append(delimiter);
            out.append("\r\nContent-Disposition: form-data; name=\"");
            out.append(key);
            out.append("[]\"\r\n\r\n");
            out.append(text);
            out.append("\r\n", 2);
            return;
        }
    };

    QByteArray groups;
    if (!drop) {
        if (encoding == PayloadEncoding::Json)
            groups.append(",\"group_id\":[");
        for (int g = 0; g < operation.groups.size(); ++g) {
            const GroupRef &ref = operation.groups[g];
            const QJsonValue value =
                ref.isName() ? QJsonValue(ref.name) : QJsonValue(qint64(ref.id));
            if (encoding == PayloadEncoding::Multipart && ref.isName() &&
                ref.name.toUtf8().contains(boundary)) {
                if (!options.boundary.isEmpty()) {
                    result.error =
                        tr("the group name '%1' contains the multipart boundary").arg(ref.name);
                    return result;
                }
                CompileOptions retry = options;
                retry.boundary = randomBoundary();
                return compileGroupOperation(operation, encoding, retry);
            }
            item(groups, "group_id", value, g == 0);
        }
        if (encoding == PayloadEncoding::Json)
            groups.append(']');
    }
    const QByteArray prefix(encoding == PayloadEncoding::Json ? "{\"user_id\":[" : "");
    const QByteArray suffix = encoding == PayloadEncoding::Json ? QByteArray("}")
                              : encoding == PayloadEncoding::Multipart
                                  ? QByteArray(delimiter + "--\r\n")
                                  : QByteArray();
    const QByteArray usersEnd(encoding == PayloadEncoding::Json ? "]" : "");
    const qint64 fixed = prefix.size() + usersEnd.size() + groups.size() + suffix.size();

    CompiledRequest current;
    QByteArray users;
    const auto finish = [&] {
        current.method = GroupMembersPayload::method(operation.kind);
        current.path = GroupMembersPayload::path(operation.kind);
        current.contentType = contentType(encoding, boundary);
        current.encoding = encoding;
        current.body = prefix + users + usersEnd + groups + suffix;
        result.requests.append(current);
        current = CompiledRequest();
        users.clear();
    };
    for (const qint64 id : operation.userIds) {
        const qsizetype mark = users.size();
        item(users, "user_id", QJsonValue(id), current.entries == 0);
        if (fixed + users.size() <= options.maxBodyBytes) {
            ++current.entries;
            continue;
        }
        users.truncate(mark);
        if (current.entries == 0) {
            result.error = tr("the groups of this change do not fit in one request of at most "
                              "%1 bytes")
                               .arg(options.maxBodyBytes);
            return result;
        }
        finish();
        item(users, "user_id", QJsonValue(id), true);
        if (fixed + users.size() > options.maxBodyBytes) {
            result.requests.clear();
            result.error = tr("the groups of this change do not fit in one request of at most "
                              "%1 bytes")
                               .arg(options.maxBodyBytes);
            return result;
        }
        ++current.entries;
    }
    finish();
    return result;
}

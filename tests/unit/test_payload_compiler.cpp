#include "TestFiles.h"
#include "payload/GroupMembersPayload.h"
#include "payload/JsonWriter.h"
#include "payload/PayloadCompiler.h"
#include "payload/PayloadPlanner.h"
#include "payload/RequestDocument.h"
#include "payload/UserMetaPayload.h"
#include "payload/ValueValidator.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using Key = QPair<qint64, QString>;

// EditSet -> requests (docs/API.md, user_meta and user_group_members), checked against the
// examples in tests/data and by parsing back.
class TestPayloadCompiler : public QObject
{
    Q_OBJECT

    QHash<QString, MetaField> m_schema;

    static QJsonObject object(const QByteArray &json)
    {
        return QJsonDocument::fromJson(json).object();
    }

    static CompileOptions options(PayloadFormat format, PayloadEncoding encoding)
    {
        CompileOptions o;
        o.format = format;
        o.encoding = encoding;
        o.boundary = "B";
        return o;
    }

    // What an apply sends for `set` (PayloadPlanner decides which edits, format and encoding).
    static CompileResult planned(const EditSet &set, const CompileOptions &o = {})
    {
        PlanOptions options;
        options.compile = o;
        const PayloadPlan plan = PayloadPlanner::plan(set, options);
        CompileResult r;
        r.requests = plan.requests;
        r.error = plan.error;
        return r;
    }

    static QList<MetaEdit> sampleEdits()
    {
        return {{15, QStringLiteral("color"), QStringLiteral("red"), -1},
                {248, QStringLiteral("color"), QStringLiteral("blue"), -1},
                {15, QStringLiteral("size"), QJsonValue(10), -1},
                {248, QStringLiteral("size"), QJsonValue(), -1}};
    }

    // Parses every request back the way the server does; later-wins across the whole result.
    static QHash<Key, QJsonValue> parseBack(const CompileResult &result, int *format = nullptr)
    {
        QHash<Key, QJsonValue> got;
        for (const CompiledRequest &r : result.requests) {
            const DecodedRequest d = RequestDocument::decode(r.contentType, r.body);
            if (!d.ok()) {
                qWarning() << d.error.details.value(0).message;
                return {};
            }
            const UserMetaRequest m = UserMetaPayload::parse(d.document);
            if (!m.ok()) {
                qWarning() << m.error.title << m.error.details.value(0).location
                           << m.error.details.value(0).message;
                return {};
            }
            if (format)
                *format = m.format;
            for (const MetaEdit &e : m.edits)
                got.insert({e.userId, e.field}, e.value);
        }
        return got;
    }

    QString randomText(QRandomGenerator &rng, int maxLength)
    {
        static const QStringList pool{
            QStringLiteral("a"),  QStringLiteral("Z"),  QStringLiteral("7"),  QStringLiteral(" "),
            QStringLiteral("&"),  QStringLiteral("="),  QStringLiteral("+"),  QStringLiteral("%"),
            QStringLiteral("["),  QStringLiteral("]"),  QStringLiteral("\""), QStringLiteral("\\"),
            QStringLiteral("\n"), QStringLiteral("\r"), QStringLiteral("\t"), QStringLiteral("-"),
            QString(QChar(1)),    QStringLiteral("ü"),  QStringLiteral("€"),  QStringLiteral("中"),
            QStringLiteral("😀"),  QStringLiteral("/"),  QStringLiteral(";"),  QStringLiteral(",")};
        const int length = int(rng.bounded(maxLength + 1));
        QString s;
        for (int i = 0; i < length; ++i)
            s += pool[int(rng.bounded(pool.size()))];
        return s;
    }

    QJsonValue randomValue(QRandomGenerator &rng, const QString &field)
    {
        if (rng.bounded(20) == 0)
            return QJsonValue(QJsonValue::Null);
        const MetaType type = m_schema.value(field).type;
        switch (type) {
        case MetaType::String:
            if (rng.bounded(10) == 0)
                return randomText(rng, 3000); // long values
            return randomText(rng, 20);       // sometimes "" (a clear)
        case MetaType::Integer:
            return QJsonValue(qint64(rng.generate64()));
        case MetaType::Number:
            return QJsonValue((rng.generateDouble() - 0.5) *
                              std::pow(10.0, int(rng.bounded(30)) - 10));
        case MetaType::Boolean:
            return QJsonValue(rng.bounded(2) == 1);
        case MetaType::Date:
            return QDate(1900, 1, 1).addDays(rng.bounded(60000)).toString(Qt::ISODate);
        case MetaType::DateTime:
            return QDateTime::fromSecsSinceEpoch(qint64(rng.bounded(4000000000u)), Qt::UTC)
                .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
        case MetaType::Array: {
            QJsonArray a;
            const int n = int(rng.bounded(5));
            for (int i = 0; i < n; ++i) {
                if (m_schema.value(field).items == MetaType::Integer)
                    a.append(qint64(rng.bounded(1000000)) - 500000);
                else
                    a.append(QString(randomText(rng, 8) + QStringLiteral("x")));
            }
            return a;
        }
        case MetaType::Json:
            return QJsonObject{
                {QStringLiteral("a"), qint64(rng.bounded(100))},
                {QStringLiteral("b"), QJsonArray{randomText(rng, 5)}},
                {QStringLiteral("c"), QJsonObject{{QStringLiteral("d"), rng.bounded(2) == 1}}}};
        }
        return {};
    }

    QList<MetaEdit> randomEdits(QRandomGenerator &rng)
    {
        QList<qint64> users;
        const int userCount = 1 + int(rng.bounded(200));
        for (int i = 0; i < userCount; ++i)
            users << (rng.bounded(2) ? qint64(1 + rng.bounded(1000))
                                     : qint64(1 + (rng.generate64() >> 2)));
        const QStringList fields = m_schema.keys();
        QList<MetaEdit> edits;
        const int count = 1 + int(rng.bounded(300));
        for (int i = 0; i < count; ++i) {
            const QString field = fields[int(rng.bounded(fields.size()))];
            edits.append(
                {users[int(rng.bounded(users.size()))], field, randomValue(rng, field), -1});
        }
        return edits;
    }

    static QHash<Key, QJsonValue> laterWins(const QList<MetaEdit> &edits)
    {
        QHash<Key, QJsonValue> expected;
        for (const MetaEdit &e : edits)
            expected.insert({e.userId, e.field}, e.value);
        return expected;
    }

    static bool clears(const QJsonValue &v) { return MetaEdit{1, QString(), v, -1}.clears(); }

    static QHash<Key, QJsonValue> withClearsAsNull(QHash<Key, QJsonValue> values)
    {
        for (QJsonValue &v : values) {
            if (clears(v))
                v = QJsonValue(QJsonValue::Null);
        }
        return values;
    }

    void compareValues(const QHash<Key, QJsonValue> &expected, const QHash<Key, QJsonValue> &got,
                       PayloadEncoding encoding)
    {
        QCOMPARE(got.size(), expected.size());
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            QVERIFY(got.contains(it.key()));
            const QJsonValue actual = got.value(it.key());
            if (clears(*it)) {
                QVERIFY(clears(actual));
                continue;
            }
            const MetaField &field = m_schema[it.key().second];
            const ValueCheck want = ValueValidator::check(field, *it);
            const ValueCheck have = ValueValidator::check(field, actual);
            QVERIFY2(want.ok, qPrintable(want.message));
            QVERIFY2(have.ok, qPrintable(have.message));
            QCOMPARE(have.value, want.value);
            if (encoding == PayloadEncoding::Json)
                QCOMPARE(actual, *it);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto add = [this](const char *name, const char *definition) {
            const QString n = QString::fromLatin1(name);
            m_schema.insert(n, MetaField::fromJson(n, object(definition)));
        };
        add("t_string", "{\"type\":\"string\",\"max_length\":100000}");
        add("t.integer", "{\"type\":\"integer\"}");
        add("t-number", "{\"type\":\"number\"}");
        add("t_boolean", "{\"type\":\"boolean\"}");
        add("t_date", "{\"type\":\"date\"}");
        add("t_datetime", "{\"type\":\"datetime\"}");
        add("t_array", "{\"type\":\"array\",\"items\":\"integer\"}");
        add("t_tags", "{\"type\":\"array\",\"max_length\":100}");
        add("t_json", "{\"type\":\"json\"}");
    }

    void shouldWriteJsonStringsExactlyAsQt()
    {
        QRandomGenerator rng(7);
        for (int i = 0; i < 2000; ++i) {
            QString s;
            const int n = int(rng.bounded(12));
            for (int k = 0; k < n; ++k)
                s +=
                    QChar(char16_t(rng.bounded(2) ? rng.bounded(0x80) : rng.bounded(0x20, 0xD7FF)));
            QByteArray mine = "[";
            JsonWriter::appendString(mine, s);
            mine += "]";
            QCOMPARE(mine, QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact));
        }
        QByteArray emoji;
        JsonWriter::appendString(emoji, QStringLiteral("😀\u0001\"\\"));
        QCOMPARE(emoji, QByteArray("\"\xF0\x9F\x98\x80\\u0001\\\"\\\\\""));
    }

    void shouldWriteValuesThatQtReadsBackEqual()
    {
        const QJsonValue values[] = {
            QJsonValue(0.1),
            QJsonValue(1e300),
            QJsonValue(-2.5e-7),
            QJsonValue(qint64(9007199254740993)),
            QJsonValue(3.0),
            QJsonValue(qint64(-9223372036854775807LL - 1)),
            QJsonObject{{QStringLiteral("a"), QJsonArray{1, true, QJsonValue()}}}};
        for (const auto &v : values) {
            QByteArray out = "[";
            QVERIFY(JsonWriter::appendValue(out, v));
            out += "]";
            QCOMPARE(QJsonDocument::fromJson(out).array().at(0), v);
        }
        QByteArray out;
        QVERIFY(!JsonWriter::appendValue(out, QJsonValue(std::numeric_limits<double>::infinity())));
    }

    void shouldCompileGoldenBodies_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QList<QByteArray>>("bodies");
        const int json = int(PayloadEncoding::Json), form = int(PayloadEncoding::UrlEncoded),
                  multipart = int(PayloadEncoding::Multipart);
        QTest::newRow("format 1 json")
            << 1 << json
            << QList<QByteArray>{"{\"users\":{\"15\":{\"color\":\"red\",\"size\":10},\"248\":{"
                                 "\"color\":\"blue\",\"size\":null}}}"};
        QTest::newRow("format 2 json")
            << 2 << json
            << QList<QByteArray>{
                   "{\"fields\":[{\"user_id\":15,\"field\":\"color\",\"value\":\"red\"},"
                   "{\"user_id\":15,\"field\":\"size\",\"value\":10},"
                   "{\"user_id\":248,\"field\":\"color\",\"value\":\"blue\"},"
                   "{\"user_id\":248,\"field\":\"size\",\"value\":null}]}"};
        QTest::newRow("format 3 json")
            << 3 << json
            << QList<QByteArray>{"{\"user_id\":15,\"field\":\"color\",\"value\":\"red\"}",
                                 "{\"user_id\":15,\"field\":\"size\",\"value\":10}",
                                 "{\"user_id\":248,\"field\":\"color\",\"value\":\"blue\"}",
                                 "{\"user_id\":248,\"field\":\"size\",\"value\":null}"};
        QTest::newRow("format 1 urlencoded")
            << 1 << form
            << QList<QByteArray>{"users[15][color]=red&users[15][size]=10&users[248][color]=blue&"
                                 "users[248][size]="};
        QTest::newRow("format 2 urlencoded")
            << 2 << form
            << QList<QByteArray>{
                   "fields[0][user_id]=15&fields[0][field]=color&fields[0][value]=red&"
                   "fields[1][user_id]=15&fields[1][field]=size&fields[1][value]=10&"
                   "fields[2][user_id]=248&fields[2][field]=color&fields[2][value]=blue&"
                   "fields[3][user_id]=248&fields[3][field]=size&fields[3][value]="};
        QTest::newRow("format 3 urlencoded")
            << 3 << form
            << QList<QByteArray>{
                   "user_id=15&field=color&value=red", "user_id=15&field=size&value=10",
                   "user_id=248&field=color&value=blue", "user_id=248&field=size&value="};
        const QByteArray part = "--B\r\nContent-Disposition: form-data; name=\"";
        QTest::newRow("format 1 multipart")
            << 1 << multipart
            << QList<QByteArray>{part + "users[15][color]\"\r\n\r\nred\r\n" + part +
                                 "users[15][size]\"\r\n\r\n10\r\n" + part +
                                 "users[248][color]\"\r\n\r\nblue\r\n" + part +
                                 "users[248][size]\"\r\n\r\n\r\n" + "--B--\r\n"};
        QTest::newRow("format 3 multipart")
            << 3 << multipart
            << QList<QByteArray>{
                   part + "user_id\"\r\n\r\n15\r\n" + part + "field\"\r\n\r\ncolor\r\n" + part +
                       "value\"\r\n\r\nred\r\n--B--\r\n",
                   part + "user_id\"\r\n\r\n15\r\n" + part + "field\"\r\n\r\nsize\r\n" + part +
                       "value\"\r\n\r\n10\r\n--B--\r\n",
                   part + "user_id\"\r\n\r\n248\r\n" + part + "field\"\r\n\r\ncolor\r\n" + part +
                       "value\"\r\n\r\nblue\r\n--B--\r\n",
                   part + "user_id\"\r\n\r\n248\r\n" + part + "field\"\r\n\r\nsize\r\n" + part +
                       "value\"\r\n\r\n\r\n--B--\r\n"};
    }
    void shouldCompileGoldenBodies()
    {
        QFETCH(int, format);
        QFETCH(int, encoding);
        QFETCH(QList<QByteArray>, bodies);
        EditSet set;
        set.metaEdits = sampleEdits();
        const CompileResult r =
            planned(set, options(PayloadFormat(format), PayloadEncoding(encoding)));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.requests.size(), bodies.size());
        for (int i = 0; i < bodies.size(); ++i) {
            QCOMPARE(r.requests[i].body, bodies[i]);
            QCOMPARE(r.requests[i].method, QByteArray("PUT"));
            QCOMPARE(r.requests[i].path, QStringLiteral("/api/ingress/user_meta"));
            QCOMPARE(r.requests[i].format, format);
        }
        QCOMPARE(r.requests[0].contentType,
                 PayloadCompiler::contentType(PayloadEncoding(encoding), "B"));
        if (format == 1)
            QCOMPARE(r.requests[0].editIndexes, (QList<int>{0, 2, 1, 3}));
    }

    void shouldMatchExampleDocumentWhenParsedBack()
    {
        const QByteArray example =
            TestFiles::data(QStringLiteral("ingress/user_meta_format2.json"));
        QVERIFY(!example.isEmpty());
        const UserMetaRequest fromExample = UserMetaPayload::parse(object(example));
        QVERIFY(fromExample.ok());
        QCOMPARE(fromExample.edits.size(), 4);
        EditSet set;
        set.metaEdits = fromExample.edits;
        for (const PayloadFormat format :
             {PayloadFormat::Users, PayloadFormat::Fields, PayloadFormat::Single}) {
            const CompileResult r = planned(set, options(format, PayloadEncoding::Json));
            QCOMPARE(parseBack(r), laterWins(fromExample.edits));
        }
    }

    void shouldRoundTripRandomEditSetsInEveryFormatAndEncoding()
    {
        QRandomGenerator rng(20240501);
        for (int round = 0; round < 24; ++round) {
            const QList<MetaEdit> edits = randomEdits(rng);
            EditSet set;
            set.metaEdits = edits;
            const QHash<Key, QJsonValue> expected = laterWins(edits);
            for (const PayloadFormat format :
                 {PayloadFormat::Users, PayloadFormat::Fields, PayloadFormat::Single}) {
                for (const PayloadEncoding encoding :
                     {PayloadEncoding::Json, PayloadEncoding::UrlEncoded,
                      PayloadEncoding::Multipart}) {
                    CompileOptions o;
                    o.format = format;
                    o.encoding = encoding;
                    o.maxEntries = 1 + int(rng.bounded(60));
                    o.maxBodyBytes = 48 * 1024 + int(rng.bounded(64 * 1024));
                    const CompileResult r = planned(set, o);
                    QVERIFY2(r.ok(), qPrintable(r.error));
                    QList<int> carried;
                    for (const CompiledRequest &req : r.requests) {
                        QVERIFY(req.body.size() <= o.maxBodyBytes);
                        QVERIFY(req.entries <= o.maxEntries);
                        QCOMPARE(req.entries, req.editIndexes.size());
                        carried += req.editIndexes;
                    }
                    QCOMPARE(carried.size(), expected.size());
                    int parsedFormat = 0;
                    const QHash<Key, QJsonValue> got = parseBack(r, &parsedFormat);
                    QCOMPARE(parsedFormat, int(format));
                    compareValues(expected, got, encoding);
                    if (QTest::currentTestFailed()) {
                        qWarning() << "round" << round << "format" << int(format) << "encoding"
                                   << int(encoding);
                        return;
                    }
                }
            }
        }
    }

    void shouldNeverExceedEitherLimitWhenChunking()
    {
        QList<MetaEdit> edits;
        for (int i = 0; i < 5000; ++i)
            edits.append({1 + i % 97, QStringLiteral("f%1").arg(i % 13),
                          QString(i % 50, QLatin1Char('x')), -1});
        EditSet set;
        set.metaEdits = edits;
        for (const qint64 maxBody : {200, 1000, 7777}) {
            for (const int maxEntries : {1, 3, 100}) {
                for (const PayloadFormat format : {PayloadFormat::Users, PayloadFormat::Fields}) {
                    for (const PayloadEncoding encoding :
                         {PayloadEncoding::Json, PayloadEncoding::UrlEncoded,
                          PayloadEncoding::Multipart}) {
                        CompileOptions o = options(format, encoding);
                        o.maxBodyBytes = maxBody;
                        o.maxEntries = maxEntries;
                        const CompileResult r = planned(set, o);
                        if (!r.ok()) { // only when one entry alone is too large
                            QVERIFY(maxBody == 200);
                            continue;
                        }
                        int total = 0;
                        for (const CompiledRequest &req : r.requests) {
                            QVERIFY(req.body.size() <= maxBody);
                            QVERIFY(req.entries <= maxEntries);
                            total += req.entries;
                        }
                        QCOMPARE(total, 97 * 13);
                        QCOMPARE(withClearsAsNull(parseBack(r)),
                                 withClearsAsNull(laterWins(edits)));
                    }
                }
            }
        }
    }

    void shouldRefuseEditThatCannotFitAlone()
    {
        EditSet set;
        set.metaEdits = {{1, QStringLiteral("note"), QString(500, QLatin1Char('x')), -1}};
        CompileOptions o = options(PayloadFormat::Fields, PayloadEncoding::Json);
        o.maxBodyBytes = 400;
        const CompileResult r = planned(set, o);
        QVERIFY(!r.ok());
        QVERIFY(r.requests.isEmpty());
        QCOMPARE(
            r.error,
            QStringLiteral(
                "the value of 'note' for user 1 does not fit in one request of at most 400 bytes"));
    }

    void shouldHoldBackEditsThatCannotBeSent()
    {
        EditSet set;
        set.metaEdits = {{0, QStringLiteral("a"), QStringLiteral("x"), -1},
                         {1, QString(), QStringLiteral("x"), -1},
                         {1, QStringLiteral("n"), QJsonValue(std::nan("")), -1},
                         {2, QStringLiteral("a"), QStringLiteral("kept"), -1}};
        PlanOptions o;
        o.compile = options(PayloadFormat::Users, PayloadEncoding::Json);
        const PayloadPlan plan = PayloadPlanner::plan(set, o);
        QVERIFY(plan.ok());
        // The bad edits are held back alone; the good one beside them is sent.
        QCOMPARE(plan.sentEdits(), 1);
        QCOMPARE(plan.requests.size(), 1);
        QCOMPARE(plan.requests[0].body, QByteArray("{\"users\":{\"2\":{\"a\":\"kept\"}}}"));
        QCOMPARE(plan.requests[0].editIndexes, QList<int>{3});
        QCOMPARE(plan.heldBack.size(), 3);
        QCOMPARE(plan.heldBack[0].reason, QStringLiteral("No valid user id (0)."));
        QCOMPARE(plan.heldBack[1].reason, QStringLiteral("a field name must not be empty"));
        QCOMPARE(plan.heldBack[2].reason,
                 QStringLiteral("The value of 'n' is not a finite number."));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(plan.heldBack[i].editIndex, i);
            QCOMPARE(plan.heldBack[i].kind, HeldBackEdit::Kind::Invalid);
        }
    }

    void shouldHoldBackWhatTheSchemaRefusesAndReplacedEdits()
    {
        MetaField score;
        score.name = QStringLiteral("score");
        score.type = MetaType::Integer;
        EditSet set;
        set.metaEdits = {{1, QStringLiteral("score"), QJsonValue(1), -1},
                         {2, QStringLiteral("score"), QStringLiteral("lots"), -1},
                         {3, QStringLiteral("nope"), QJsonValue(1), -1},
                         {1, QStringLiteral("score"), QJsonValue(150), -1}};
        PlanOptions o;
        o.compile = options(PayloadFormat::Fields, PayloadEncoding::Json);
        o.schema = {score};
        const PayloadPlan plan = PayloadPlanner::plan(set, o);
        QVERIFY(plan.ok());
        QCOMPARE(plan.sentEdits(), 1);
        QCOMPARE(plan.carrier, (QList<int>{3, 1, 2, 3}));
        QCOMPARE(plan.heldBack.size(), 3);
        QCOMPARE(plan.heldBack[0].kind, HeldBackEdit::Kind::Replaced);
        QCOMPARE(plan.heldBack[1].editIndex, 1);
        QVERIFY2(plan.heldBack[1].reason.contains(QLatin1String("'lots' is not an integer")),
                 qPrintable(plan.heldBack[1].reason));
        QCOMPARE(plan.heldBack[2].reason, QStringLiteral("Unknown meta field 'nope'."));
        // The later edit of user 1's score is sent, as a number, though others are refused.
        QCOMPARE(plan.requests.size(), 1);
        QCOMPARE(plan.requests[0].body,
                 QByteArray("{\"fields\":[{\"user_id\":1,\"field\":\"score\",\"value\":150}]}"));
        QCOMPARE(plan.requests[0].editIndexes, QList<int>{3});
    }

    void shouldRefuseValueHoldingTheGivenBoundary()
    {
        EditSet set;
        set.metaEdits = {{1, QStringLiteral("a"), QStringLiteral("x\r\n--B--\r\n"), -1}};
        const CompileResult r =
            planned(set, options(PayloadFormat::Users, PayloadEncoding::Multipart));
        QCOMPARE(r.error,
                 QStringLiteral("the value of 'a' for user 1 contains the multipart boundary"));
        CompileOptions random = options(PayloadFormat::Users, PayloadEncoding::Multipart);
        random.boundary.clear();
        QVERIFY(planned(set, random).ok());
    }

    void shouldPickTheSmallestFormatAndEncodingOnAuto()
    {
        QRandomGenerator rng(99);
        for (int round = 0; round < 5; ++round) {
            EditSet set;
            set.metaEdits = randomEdits(rng);
            CompileOptions autoOptions;
            autoOptions.boundary = "B";
            const CompileResult best = planned(set, autoOptions);
            QVERIFY(best.ok());
            const qint64 bestCost = best.totalBodyBytes() + 256 * best.requests.size();
            for (const PayloadFormat format :
                 {PayloadFormat::Users, PayloadFormat::Fields, PayloadFormat::Single}) {
                for (const PayloadEncoding encoding :
                     {PayloadEncoding::Json, PayloadEncoding::UrlEncoded,
                      PayloadEncoding::Multipart}) {
                    const CompileResult other = planned(set, options(format, encoding));
                    QVERIFY(bestCost <= other.totalBodyBytes() + 256 * other.requests.size());
                }
            }
        }
        EditSet one;
        one.metaEdits = {{15, QStringLiteral("color"), QStringLiteral("red"), -1}};
        const CompileResult r = planned(one);
        QCOMPARE(r.requests.size(), 1);
        QCOMPARE(r.requests[0].body, QByteArray("users[15][color]=red"));
    }

    void shouldCompileGroupOperationsLikeTheExample()
    {
        EditSet set;
        set.groupOperations = {
            {GroupOperation::Kind::Add, {15, 248}, {GroupRef::byId(10), GroupRef::byId(11)}},
            {GroupOperation::Kind::Replace,
             {15},
             {GroupRef::byName(QStringLiteral("Sales & Ops"))}},
            {GroupOperation::Kind::Remove, {248}, {GroupRef::byId(11)}},
            {GroupOperation::Kind::Drop, {15, 248}, {GroupRef::byId(3)}}};
        CompileOptions o;
        o.encoding = PayloadEncoding::Json;
        const CompileResult r = planned(set, o);
        QVERIFY(r.ok());
        QCOMPARE(r.requests.size(), 4);
        // The add example of tests/data, by value.
        const QByteArray example =
            TestFiles::data(QStringLiteral("ingress/user_group_members_add.json"));
        QVERIFY(!example.isEmpty());
        QCOMPARE(object(r.requests[0].body), object(example));
        QCOMPARE(r.requests[0].method, QByteArray("POST"));
        QCOMPARE(r.requests[0].body, QByteArray("{\"user_id\":[15,248],\"group_id\":[10,11]}"));
        QCOMPARE(r.requests[1].method, QByteArray("PUT"));
        QCOMPARE(r.requests[1].body,
                 QByteArray("{\"user_id\":[15],\"group_id\":[\"Sales & Ops\"]}"));
        QCOMPARE(r.requests[2].method, QByteArray("DELETE"));
        QCOMPARE(r.requests[3].method, QByteArray("DELETE"));
        QCOMPARE(r.requests[3].path, QStringLiteral("/api/ingress/user_group_members/drop"));
        QCOMPARE(r.requests[3].body, QByteArray("{\"user_id\":[15,248]}"));
        QCOMPARE(r.requests[3].groupOperationIndex, 3);
        o.encoding = PayloadEncoding::UrlEncoded;
        QCOMPARE(planned(set, o).requests[1].body,
                 QByteArray("user_id[]=15&group_id[]=Sales+%26+Ops"));
    }

    void shouldRoundTripRandomGroupOperations()
    {
        QRandomGenerator rng(4);
        for (int round = 0; round < 40; ++round) {
            GroupOperation op;
            op.kind = GroupOperation::Kind(rng.bounded(4));
            QSet<qint64> ids;
            const int users = 1 + int(rng.bounded(300));
            while (ids.size() < users) {
                const qint64 id = 1 + qint64(rng.generate64() >> 1);
                if (!ids.contains(id)) {
                    ids.insert(id);
                    op.userIds << id;
                }
            }
            if (op.kind != GroupOperation::Kind::Drop) {
                for (int g = 0; g < 1 + int(rng.bounded(5)); ++g)
                    op.groups
                        << (rng.bounded(2)
                                ? GroupRef::byId(100 + g)
                                : GroupRef::byName(
                                      QStringLiteral("Grüppe %1, \"&\" %2").arg(g).arg(round)));
            }
            for (const PayloadEncoding encoding :
                 {PayloadEncoding::Json, PayloadEncoding::UrlEncoded, PayloadEncoding::Multipart}) {
                CompileOptions o;
                o.maxBodyBytes = 1500;
                const CompileResult r = PayloadCompiler::compileGroupOperation(op, encoding, o);
                QVERIFY2(r.ok(), qPrintable(r.error));
                GroupOperation back;
                back.kind = op.kind;
                for (const CompiledRequest &req : r.requests) {
                    QVERIFY(req.body.size() <= 1500);
                    const DecodedRequest d = RequestDocument::decode(req.contentType, req.body);
                    QVERIFY(d.ok());
                    const auto kind = GroupMembersPayload::kindFor(req.method, req.path);
                    QCOMPARE(kind, std::optional<GroupOperation::Kind>(op.kind));
                    const GroupMembersRequest parsed =
                        GroupMembersPayload::parse(d.document, *kind);
                    QVERIFY2(parsed.ok(), qPrintable(parsed.error.title));
                    back.userIds += parsed.operation.userIds;
                    back.groups = parsed.operation.groups;
                }
                QCOMPARE(back, op);
            }
        }
    }

    void shouldRefuseEmptyGroupOperations()
    {
        QCOMPARE(
            PayloadCompiler::compileGroupOperation(
                {GroupOperation::Kind::Add, {}, {GroupRef::byId(1)}}, PayloadEncoding::Json, {})
                .error,
            QStringLiteral("a group membership change needs at least one user"));
        QCOMPARE(PayloadCompiler::compileGroupOperation({GroupOperation::Kind::Add, {1}, {}},
                                                        PayloadEncoding::Json, {})
                     .error,
                 QStringLiteral("a group membership change needs at least one group"));
        QVERIFY(PayloadCompiler::compileGroupOperation({GroupOperation::Kind::Drop, {1}, {}},
                                                       PayloadEncoding::Json, {})
                    .ok());
    }
};

QTEST_GUILESS_MAIN(TestPayloadCompiler)
#include "test_payload_compiler.moc"

#include "TestFiles.h"
#include "payload/JsonWriter.h"
#include "payload/RequestDocument.h"
#include "payload/UserMetaPayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// The three formats of PUT /api/ingress/user_meta (docs/API.md) and their errors with locations.
class TestPayloadUserMeta : public QObject
{
    Q_OBJECT

    static QJsonObject object(const QByteArray &json)
    {
        return QJsonDocument::fromJson(json).object();
    }

    static void expectError(const UserMetaRequest &r, const QString &title,
                            const QList<ErrorDetail> &details, int status = 400)
    {
        QCOMPARE(r.error.title, title);
        QCOMPARE(r.error.status, status);
        QCOMPARE(r.error.details, details);
    }

private Q_SLOTS:
    void shouldReadFormat1Example()
    {
        const QByteArray body = TestFiles::data(QStringLiteral("ingress/user_meta_format1.json"));
        QVERIFY(!body.isEmpty());
        const UserMetaRequest r = UserMetaPayload::parse(object(body));
        QVERIFY(r.ok());
        QCOMPARE(r.format, 1);
        const QList<MetaEdit> expected{{15, QStringLiteral("color"), QStringLiteral("red"), -1},
                                       {15, QStringLiteral("size"), QStringLiteral("10"), -1},
                                       {248, QStringLiteral("color"), QStringLiteral("blue"), -1},
                                       {248, QStringLiteral("size"), QStringLiteral("12"), -1}};
        QCOMPARE(r.edits, expected);
        QCOMPARE(UserMetaPayload::location(1, r.edits[3], EditPart::User),
                 QStringLiteral("users.248"));
        QCOMPARE(UserMetaPayload::location(1, r.edits[3], EditPart::Field),
                 QStringLiteral("users.248.size"));
        QCOMPARE(UserMetaPayload::location(1, r.edits[3], EditPart::Value),
                 QStringLiteral("users.248.size"));
    }

    void shouldReadFormat2Example()
    {
        const QByteArray body = TestFiles::data(QStringLiteral("ingress/user_meta_format2.json"));
        QVERIFY(!body.isEmpty());
        const UserMetaRequest r = UserMetaPayload::parse(object(body));
        QVERIFY(r.ok());
        QCOMPARE(r.format, 2);
        QCOMPARE(r.edits.size(), 4);
        QCOMPARE(r.edits[2], (MetaEdit{248, QStringLiteral("color"), QStringLiteral("blue"), 2}));
        QCOMPARE(r.edits[2].sourceIndex, 2);
        QCOMPARE(UserMetaPayload::location(2, r.edits[2], EditPart::User),
                 QStringLiteral("fields.2.user_id"));
        QCOMPARE(UserMetaPayload::location(2, r.edits[2], EditPart::Field),
                 QStringLiteral("fields.2.field"));
        QCOMPARE(UserMetaPayload::location(2, r.edits[2], EditPart::Value),
                 QStringLiteral("fields.2.value"));
    }

    void shouldReadFormat3Example()
    {
        const QByteArray body = TestFiles::data(QStringLiteral("ingress/user_meta_format3.json"));
        QVERIFY(!body.isEmpty());
        const UserMetaRequest r = UserMetaPayload::parse(object(body));
        QVERIFY(r.ok());
        QCOMPARE(r.format, 3);
        QCOMPARE(r.edits,
                 (QList<MetaEdit>{{15, QStringLiteral("color"), QStringLiteral("red"), -1}}));
        QCOMPARE(UserMetaPayload::location(3, r.edits[0], EditPart::User),
                 QStringLiteral("user_id"));
        QCOMPARE(UserMetaPayload::location(3, r.edits[0], EditPart::Field),
                 QStringLiteral("field"));
        QCOMPARE(UserMetaPayload::location(3, r.edits[0], EditPart::Value),
                 QStringLiteral("value"));
    }

    void shouldAcceptIntegerIdsNullClearsAndCredentials()
    {
        const UserMetaRequest r =
            UserMetaPayload::parse(object("{\"api_id\":\"x\",\"api_key\":\"y\",\"user_id\":15,"
                                          "\"field\":\"color\",\"value\":null}"));
        QVERIFY(r.ok());
        QCOMPARE(r.edits.size(), 1);
        QVERIFY(r.edits[0].clears());
    }

    void shouldLetLaterDuplicateWinInFormat2()
    {
        const UserMetaRequest r = UserMetaPayload::parse(
            object("{\"fields\":[{\"user_id\":1,\"field\":\"a\",\"value\":\"old\"},"
                   "{\"user_id\":2,\"field\":\"a\",\"value\":\"x\"},"
                   "{\"user_id\":\"1\",\"field\":\"a\",\"value\":\"new\"}]}"));
        QVERIFY(r.ok());
        QCOMPARE(r.edits.size(), 2);
        QCOMPARE(r.edits[0], (MetaEdit{2, QStringLiteral("a"), QStringLiteral("x"), 1}));
        QCOMPARE(r.edits[1], (MetaEdit{1, QStringLiteral("a"), QStringLiteral("new"), 2}));
        QCOMPARE(r.edits[1].sourceIndex, 2);
    }

    void shouldReadFormEncodedFormat2WithGapsInIndexOrder()
    {
        const DecodedRequest d = RequestDocument::decode(
            "application/x-www-form-urlencoded",
            "fields[10][user_id]=1&fields[10][field]=a&fields[10][value]=late&"
            "fields[2][user_id]=1&fields[2][field]=a&fields[2][value]=early");
        const UserMetaRequest r = UserMetaPayload::parse(d.document);
        QVERIFY(r.ok());
        QCOMPARE(r.edits, (QList<MetaEdit>{{1, QStringLiteral("a"), QStringLiteral("late"), 10}}));
        QCOMPARE(r.edits[0].sourceIndex, 10);
    }

    void shouldTakeANumberAndItsTextAsOneFieldName()
    {
        const DecodedRequest d = RequestDocument::read(
            "application/json", "{\"fields\":[{\"user_id\":1,\"field\":\"5\",\"value\":\"old\"},"
                                "{\"user_id\":1,\"field\":5,\"value\":\"new\"},"
                                "{\"user_id\":1,\"field\":6,\"value\":true}]}");
        const UserMetaRequest r = UserMetaPayload::parse(d.tree);
        QVERIFY(r.ok());
        QCOMPARE(r.edits, (QList<MetaEdit>{{1, QStringLiteral("5"), QStringLiteral("new"), 1},
                                           {1, QStringLiteral("6"), true, 2}}));
    }

    // Thousands of distinct names and users, each written twice: later entries win for every
    // pair, whatever the number of names, in format 2 as JSON and as a form.
    void shouldLetLaterEntriesWinAmongManyNamesAndUsers()
    {
        QByteArray json = "{\"fields\":[";
        QByteArray form;
        int index = 0;
        for (const char *value : {"old", "new"}) {
            for (int user = 1; user <= 3; ++user) {
                for (int name = 0; name < 1500; ++name) {
                    const QByteArray field = "f" + QByteArray::number(name);
                    json += (index ? "," : "") + QByteArray("{\"user_id\":") +
                            QByteArray::number(user) + ",\"field\":\"" + field + "\",\"value\":\"" +
                            value + QByteArray::number(name) + "\"}";
                    const QByteArray at = "fields[" + QByteArray::number(index) + "]";
                    form += (index ? "&" : "") + at + "[user_id]=" + QByteArray::number(user) +
                            "&" + at + "[field]=" + field + "&" + at + "[value]=" + value +
                            QByteArray::number(name);
                    ++index;
                }
            }
        }
        json += "]}";
        for (const auto &[type, body] :
             {std::pair<QByteArray, QByteArray>{"application/json", json},
              {"application/x-www-form-urlencoded", form}}) {
            const DecodedRequest d = RequestDocument::read(type, body);
            QVERIFY(d.ok());
            const UserMetaRequest r = UserMetaPayload::parse(d.tree);
            QVERIFY(r.ok());
            QCOMPARE(r.edits.size(), 3 * 1500);
            for (qsizetype i = 0; i < r.edits.size(); ++i) {
                const int name = int(i % 1500);
                QCOMPARE(r.edits[i], (MetaEdit{1 + i / 1500, QStringLiteral("f%1").arg(name),
                                               QStringLiteral("new%1").arg(name), 0}));
                QCOMPARE(r.edits[i].sourceIndex, int(3 * 1500 + i));
            }
        }
    }

    // A form may come back to an entry after many others: the pairs still join their entry.
    void shouldJoinFormPairsThatComeBackToAnEarlierEntry()
    {
        QByteArray form;
        for (int i = 0; i < 40; ++i)
            form += "fields[" + QByteArray::number(i) + "][user_id]=" + QByteArray::number(i + 1) +
                    "&fields[" + QByteArray::number(i) + "][field]=a&";
        for (int i = 39; i >= 0; --i)
            form += "fields[" + QByteArray::number(i) + "][value]=v" + QByteArray::number(i) + "&";
        const DecodedRequest d = RequestDocument::read("application/x-www-form-urlencoded", form);
        const UserMetaRequest r = UserMetaPayload::parse(d.tree);
        QVERIFY(r.ok());
        QCOMPARE(r.edits.size(), 40);
        for (int i = 0; i < 40; ++i)
            QCOMPARE(r.edits[i],
                     (MetaEdit{i + 1, QStringLiteral("a"), QStringLiteral("v%1").arg(i), i}));
    }

    void shouldRefuseMixedFormats()
    {
        const UserMetaRequest r =
            UserMetaPayload::parse(object("{\"users\":{\"1\":{\"a\":1}},\"fields\":[{\"user_id\":1,"
                                          "\"field\":\"a\",\"value\":1}]}"));
        const QString message =
            QStringLiteral("a request holds exactly one format, this one mixes users and fields");
        expectError(r, QStringLiteral("Incorrect Format"),
                    {{QStringLiteral("users"), message}, {QStringLiteral("fields"), message}});
    }

    void shouldRefuseDocumentMatchingNoFormat()
    {
        const UserMetaRequest r = UserMetaPayload::parse(object("{\"api_id\":\"x\",\"user\":1}"));
        expectError(r, QStringLiteral("Incorrect Format"),
                    {{QString(), QStringLiteral("expected users (format 1), fields (format 2) or "
                                                "user_id, field and value (format 3)")}});
        QCOMPARE(r.format, 0);
    }

    void shouldRefuseWrongShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("message");
        QTest::newRow("users a string")
            << QByteArray("{\"users\":\"15\"}") << QStringLiteral("users")
            << QStringLiteral(
                   "users must be an object of user ids, each holding field names and values");
        QTest::newRow("user not object")
            << QByteArray("{\"users\":{\"15\":\"red\"}}") << QStringLiteral("users.15")
            << QStringLiteral("user 15 must be an object of field names and values");
        QTest::newRow("fields an object")
            << QByteArray("{\"fields\":{\"a\":1}}") << QStringLiteral("fields.a")
            << QStringLiteral("fields must be a list; 'a' is not an index");
        QTest::newRow("fields a number")
            << QByteArray("{\"fields\":5}") << QStringLiteral("fields")
            << QStringLiteral("fields must be a list of objects with user_id, field and value");
        QTest::newRow("entry not object")
            << QByteArray("{\"fields\":[{\"user_id\":1,\"field\":\"a\",\"value\":1},[1]]}")
            << QStringLiteral("fields.1")
            << QStringLiteral("entry 1 must be an object with user_id, field and value");
    }
    void shouldRefuseWrongShapes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, location);
        QFETCH(QString, message);
        expectError(UserMetaPayload::parse(object(body)), QStringLiteral("Incorrect Format"),
                    {{location, message}});
    }

    void shouldReportMissingDataWithLocations_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QList<ErrorDetail>>("details");
        QTest::newRow("empty users")
            << QByteArray("{\"users\":{}}")
            << QList<ErrorDetail>{{QStringLiteral("users"),
                                   QStringLiteral("users is empty: give at least one user")}};
        QTest::newRow("empty fields")
            << QByteArray("{\"fields\":[]}")
            << QList<ErrorDetail>{{QStringLiteral("fields"),
                                   QStringLiteral("fields is empty: give at least one entry")}};
        QTest::newRow("user without fields")
            << QByteArray("{\"users\":{\"15\":{}}}")
            << QList<ErrorDetail>{
                   {QStringLiteral("users.15"), QStringLiteral("no fields given for user 15")}};
        QTest::newRow("format 3 without value")
            << QByteArray("{\"user_id\":15,\"field\":\"a\"}")
            << QList<ErrorDetail>{{QStringLiteral("value"), QStringLiteral("value is missing")}};
        QTest::newRow("format 3 only value")
            << QByteArray("{\"value\":\"x\"}")
            << QList<ErrorDetail>{{QStringLiteral("user_id"), QStringLiteral("user_id is missing")},
                                  {QStringLiteral("field"), QStringLiteral("field is missing")}};
        QTest::newRow("format 2 entry without field")
            << QByteArray("{\"fields\":[{\"user_id\":1,\"field\":\"a\",\"value\":1},{\"user_id\":1,"
                          "\"value\":2}]}")
            << QList<ErrorDetail>{
                   {QStringLiteral("fields.1.field"), QStringLiteral("entry 1 has no field")}};
    }
    void shouldReportMissingDataWithLocations()
    {
        QFETCH(QByteArray, body);
        QFETCH(QList<ErrorDetail>, details);
        expectError(UserMetaPayload::parse(object(body)), QStringLiteral("Missing Data"), details);
    }

    void shouldRefuseBadUserIdsWithLocation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("message");
        QTest::newRow("format 1 text")
            << QByteArray("{\"users\":{\"abc\":{\"a\":1}}}") << QStringLiteral("users.abc")
            << QStringLiteral("invalid user id: 'abc' is not a number");
        QTest::newRow("format 1 negative")
            << QByteArray("{\"users\":{\"-5\":{\"a\":1}}}") << QStringLiteral("users.-5")
            << QStringLiteral("invalid user id: '-5' is not a valid id: ids are positive");
        QTest::newRow("format 1 zero")
            << QByteArray("{\"users\":{\"0\":{\"a\":1}}}") << QStringLiteral("users.0")
            << QStringLiteral("invalid user id: '0' is not a valid id: ids are positive");
        QTest::newRow("format 1 overflow")
            << QByteArray("{\"users\":{\"9223372036854775808\":{\"a\":1}}}")
            << QStringLiteral("users.9223372036854775808")
            << QStringLiteral("invalid user id: '9223372036854775808' does not fit in a 64-bit id");
        QTest::newRow("format 2 overflow number")
            << QByteArray(
                   "{\"fields\":[{\"user_id\":92233720368547758070,\"field\":\"a\",\"value\":1}]}")
            << QStringLiteral("fields.0.user_id")
            << QStringLiteral("invalid user id: 92233720368547758080 does not fit in a 64-bit id");
        QTest::newRow("format 2 fraction")
            << QByteArray("{\"fields\":[{\"user_id\":1.5,\"field\":\"a\",\"value\":1}]}")
            << QStringLiteral("fields.0.user_id")
            << QStringLiteral("invalid user id: 1.5 is not a whole number");
        QTest::newRow("format 2 negative")
            << QByteArray("{\"fields\":[{\"user_id\":-3,\"field\":\"a\",\"value\":1}]}")
            << QStringLiteral("fields.0.user_id")
            << QStringLiteral("invalid user id: -3 is not a valid id: ids are positive");
        QTest::newRow("format 3 zero")
            << QByteArray("{\"user_id\":0,\"field\":\"a\",\"value\":1}")
            << QStringLiteral("user_id")
            << QStringLiteral("invalid user id: 0 is not a valid id: ids are positive");
        QTest::newRow("format 3 negative")
            << QByteArray("{\"user_id\":-7,\"field\":\"a\",\"value\":1}")
            << QStringLiteral("user_id")
            << QStringLiteral("invalid user id: -7 is not a valid id: ids are positive");
        QTest::newRow("format 3 object")
            << QByteArray("{\"user_id\":{},\"field\":\"a\",\"value\":1}")
            << QStringLiteral("user_id")
            << QStringLiteral("invalid user id: an id must be a number or a numeric string");
        QTest::newRow("format 3 boolean")
            << QByteArray("{\"user_id\":true,\"field\":\"a\",\"value\":1}")
            << QStringLiteral("user_id")
            << QStringLiteral("invalid user id: an id must be a number or a numeric string");
    }
    void shouldRefuseBadUserIdsWithLocation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, location);
        QFETCH(QString, message);
        expectError(UserMetaPayload::parse(object(body)), QStringLiteral("Invalid Users"),
                    {{location, message}});
    }

    // Format 3 names one field a request; the reader shares the text of recent names between
    // requests. Whatever it keeps, each request must read its own name.
    void shouldReadEachFormat3RequestsOwnFieldName()
    {
        QStringList names;
        for (int i = 0; i < 20; ++i)
            names << QStringLiteral("field_%1").arg(i);
        names << QString(QChar(0xFEFF)) + QStringLiteral("marked") << QStringLiteral("grüße")
              << QString(70, QLatin1Char('x')) << QString(71, QLatin1Char('x'))
              << QStringLiteral("field_1") << QStringLiteral("field_10");
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < names.size(); ++i) {
                // Rounds visit the names in different orders, so that entries are replaced.
                const QString name = names[(i * (round + 1) * 7) % names.size()];
                QJsonObject request{{QStringLiteral("user_id"), 5 + i},
                                    {QStringLiteral("field"), name},
                                    {QStringLiteral("value"), i}};
                const QByteArray body = QJsonDocument(request).toJson(QJsonDocument::Compact);
                const QByteArray form = "user_id=" + QByteArray::number(5 + i) +
                                        "&field=" + name.toUtf8().toPercentEncoding() +
                                        "&value=" + QByteArray::number(i);
                for (const auto &[type, text] :
                     {std::pair<QByteArray, QByteArray>{"application/json",
                                                        JsonWriter::withMarksEscaped(body)},
                      {"application/x-www-form-urlencoded", form}}) {
                    const DecodedRequest d = RequestDocument::read(type, text);
                    QVERIFY(d.ok());
                    const UserMetaRequest r = UserMetaPayload::parse(d.tree);
                    QVERIFY2(r.ok(), text.constData());
                    QCOMPARE(r.edits.size(), 1);
                    QCOMPARE(r.edits[0].userId, 5 + i);
                    // A form drops a raw mark that starts a name (docs/API.md 3); JSON keeps an
                    // escaped one.
                    const bool dropped =
                        type != "application/json" && name.startsWith(QChar(0xFEFF));
                    QCOMPARE(r.edits[0].field, dropped ? name.mid(1) : name);
                }
            }
        }
    }

    void shouldRefuseEmptyFieldNamesWithLocation()
    {
        const QString empty = QStringLiteral("a field name must not be empty");
        expectError(UserMetaPayload::parse(object("{\"users\":{\"15\":{\"\":1,\"ok\":2}}}")),
                    QStringLiteral("Invalid Fields"), {{QStringLiteral("users.15."), empty}});
        expectError(UserMetaPayload::parse(
                        object("{\"fields\":[{\"user_id\":1,\"field\":\"\",\"value\":1}]}")),
                    QStringLiteral("Invalid Fields"), {{QStringLiteral("fields.0.field"), empty}});
        expectError(UserMetaPayload::parse(object("{\"user_id\":1,\"field\":[],\"value\":1}")),
                    QStringLiteral("Invalid Fields"),
                    {{QStringLiteral("field"), QStringLiteral("a field name must be text")}});
    }

    void shouldNameFirstClassAndListAllProblems()
    {
        const UserMetaRequest r =
            UserMetaPayload::parse(object("{\"fields\":[{\"user_id\":1,\"field\":\"\",\"value\":1},"
                                          "{\"user_id\":\"x\",\"field\":\"a\",\"value\":1},"
                                          "{\"user_id\":2,\"field\":\"b\",\"value\":1}]}"));
        QCOMPARE(r.error.title, QStringLiteral("Invalid Users"));
        QCOMPARE(r.error.details.size(), 2);
        QCOMPARE(r.error.details[0].location, QStringLiteral("fields.1.user_id"));
        QCOMPARE(r.error.details[1].location, QStringLiteral("fields.0.field"));
        // The well-formed entry is still there for the store to check.
        QCOMPARE(r.edits, (QList<MetaEdit>{{2, QStringLiteral("b"), QJsonValue(1), 2}}));
    }

    void shouldMergeLaterClassesKeepingFirstTitle()
    {
        ApiError e;
        UserMetaPayload::addErrors(e, ErrorTitles::InvalidValues,
                                   {{QStringLiteral("value"), QStringLiteral("x")}});
        UserMetaPayload::addErrors(e, ErrorTitles::InvalidFields,
                                   {{QStringLiteral("field"), QStringLiteral("y")}});
        UserMetaPayload::addErrors(e, ErrorTitles::InvalidValues, {});
        QCOMPARE(e.title, QStringLiteral("Invalid Fields"));
        QCOMPARE(e.details.size(), 2);
    }

    void shouldRefuseTooManyEntries()
    {
        // One entry over the limit is refused; the limit itself is accepted.
        const auto body = [](int entries) {
            QByteArray b = "{\"fields\":[";
            for (int i = 0; i < entries; ++i) {
                if (i)
                    b += ',';
                b += "{\"user_id\":1,\"field\":\"a\",\"value\":1}";
            }
            b += "]}";
            return b;
        };
        // As the server reads it (RequestDocument::read, then the tree): a QJsonObject of this
        // many entries would only slow the test down.
        const DecodedRequest d = RequestDocument::read("application/json", body(100001));
        QVERIFY(d.ok());
        const UserMetaRequest r = UserMetaPayload::parse(d.tree);
        expectError(r, QStringLiteral("Too Many Entries"),
                    {{QStringLiteral("fields"),
                      QStringLiteral("100001 entries in one request; at most 100000 are accepted, "
                                     "send the rest in further requests")}},
                    413);
        QVERIFY(r.edits.isEmpty());
        const UserMetaRequest atLimit =
            UserMetaPayload::parse(RequestDocument::read("application/json", body(100000)).tree);
        QVERIFY(atLimit.ok());
        QCOMPARE(atLimit.edits.size(), 1); // one user and field: the last entry wins
        QCOMPARE(atLimit.edits[0].sourceIndex, 99999);
    }

    void shouldRefuseTooManyEntriesInFormat1ButAcceptTheLimit()
    {
        QJsonObject fields;
        for (int i = 0; i < 1000; ++i)
            fields.insert(QStringLiteral("f%1").arg(i), i);
        QByteArray body = "{\"users\":{";
        for (int u = 1; u <= 101; ++u)
            body += (u > 1 ? "," : "") + QByteArray("\"") + QByteArray::number(u) +
                    "\":" + QJsonDocument(fields).toJson(QJsonDocument::Compact);
        body += "}}";
        const QJsonObject document = QJsonDocument::fromJson(body).object();
        const UserMetaRequest r = UserMetaPayload::parse(document);
        QCOMPARE(r.error.status, 413);
        QCOMPARE(r.error.details.value(0).location, QStringLiteral("users"));
        const UserMetaRequest lifted = UserMetaPayload::parse(document, 101000);
        QVERIFY(lifted.ok());
        QCOMPARE(lifted.edits.size(), 101000);
    }
};

QTEST_GUILESS_MAIN(TestPayloadUserMeta)
#include "test_payload_user_meta.moc"

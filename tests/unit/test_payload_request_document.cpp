#include "payload/RequestDocument.h"
#include "payload/UserMetaPayload.h"

#include "UserMetaRequestComparison.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <sys/mman.h>

// Request bodies of every accepted encoding become one parameter document (docs/API.md 3).
class TestPayloadRequestDocument : public QObject
{
    Q_OBJECT

    static QJsonObject object(const char *json) { return QJsonDocument::fromJson(json).object(); }
    static QByteArray multipart(const QList<QPair<QByteArray, QByteArray>> &parts,
                                const QByteArray &boundary)
    {
        QByteArray body;
        for (const auto &[name, value] : parts)
            body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name +
                    "\"\r\n\r\n" + value + "\r\n";
        return body + "--" + boundary + "--\r\n";
    }

private Q_SLOTS:
    void shouldTakeJsonObjectAsItIs()
    {
        const DecodedRequest r = RequestDocument::decode(
            "application/json; charset=utf-8", "{\"users\":{\"15\":{\"color\":\"red\"}}}");
        QVERIFY(r.ok());
        QCOMPARE(r.document, object("{\"users\":{\"15\":{\"color\":\"red\"}}}"));
    }

    void shouldReadANameStartingWithAByteOrderMarkAlikeInTreeAndDocument()
    {
        // Found by the fuzz target: the server read "users" from the tree by its bytes while
        // the parameter document (QString::fromUtf8) had dropped the mark, so the two told the
        // client different things. A mark that starts a name or value is dropped in both.
        const DecodedRequest r =
            RequestDocument::decode("application/x-www-form-urlencoded",
                                    "\xEF\xBB\xBFusers[3][color]=%EF%BB%BFred&users[4][size]=10");
        QVERIFY(r.ok());
        const UserMetaRequest fromTree = UserMetaPayload::parse(r.tree);
        const UserMetaRequest fromDocument = UserMetaPayload::parse(r.document);
        QVERIFY(!fromTree.error.isError());
        QCOMPARE(fromTree.edits.size(), fromDocument.edits.size());
        QCOMPARE(fromTree.edits.size(), 1); // the later "users" wins, as in a JSON object
        QCOMPARE(fromTree.edits.first().userId, fromDocument.edits.first().userId);
        QCOMPARE(fromTree.edits.first().field, fromDocument.edits.first().field);
        const DecodedRequest bare =
            RequestDocument::decode("application/x-www-form-urlencoded", "\xEF\xBB\xBFusers");
        const UserMetaRequest bareTree = UserMetaPayload::parse(bare.tree);
        const UserMetaRequest bareDocument = UserMetaPayload::parse(bare.document);
        QCOMPARE(bareTree.error.details.size(), 1);
        QCOMPARE(bareDocument.error.details.size(), 1);
        QCOMPARE(bareTree.error.details.first().location,
                 bareDocument.error.details.first().location);
        QCOMPARE(bareTree.error.details.first().message,
                 bareDocument.error.details.first().message);
    }

    void shouldReadASmallPlainFormAsTheBuilderDoes_data()
    {
        QTest::addColumn<QByteArray>("form");
        const auto row = [](const char *form) { QTest::newRow(form) << QByteArray(form); };
        row("user_id=1&field=color&value=red");
        row("?user_id=1&field=note&value=Gr%C3%BC%C3%9Fe+%26+%22notes%22");
        row("a=%EF%BB%BF%EF%BB%BFx&%EF%BB%BFb=2");
        row("%EF%BB%BFa=1&a=2");
        row("a=1&%EF%BB%BFa=2&a=3");
        row("a=1&a=2");
        row("a+b=c+d&e%26=%3D");
        row("a=1&&b=2");
        row("a&b=");
        row("=1&a=2");
        row("a%5B0%5D=1&b=2");
        row("a]=1&b=2");
        row("a=%FF&b=2");
        row("%C3=1");
        row("a=1&b=2&c=3&d=4&e=5&f=6&g=7&h=8");
        row("a=1&b=2&c=3&d=4&e=5&f=6&g=7&h=8&i=9");
        row("");
    }

    void shouldReadASmallPlainFormAsTheBuilderDoes()
    {
        // Small forms of plain names skip the builder (PhpFormBuilder::writeFlatForm); a nested
        // name at the end sends the same pairs through the builder, which must read them alike.
        QFETCH(QByteArray, form);
        const DecodedRequest flat = RequestDocument::decodeForm(form);
        const DecodedRequest built = RequestDocument::decodeForm(form + "&zz[x]=1");
        QCOMPARE(flat.ok(), built.ok());
        if (!flat.ok()) {
            QCOMPARE(flat.error.title, built.error.title);
            QCOMPARE(flat.error.details.size(), built.error.details.size());
            QCOMPARE(flat.error.details.first().message, built.error.details.first().message);
            return;
        }
        QJsonObject expected = built.document;
        expected.remove(QStringLiteral("zz"));
        QCOMPARE(flat.document, expected);
        QCOMPARE(flat.document.keys(), expected.keys());
        const UserMetaRequest fromFlat = UserMetaPayload::parse(flat.tree);
        const UserMetaRequest fromDocument = UserMetaPayload::parse(flat.document);
        QVERIFY(UserMetaRequestComparison::sameRequest(fromFlat, fromDocument));
    }

    void shouldKeepTheSecondByteOrderMarkOfANameOrValue()
    {
        // Found by the fuzz target: after the first mark was dropped, turning the tree's bytes
        // into text (QString::fromUtf8) dropped the second, so "users[\uFEFF\uFEFF]" sorted
        // before "users[s2z]" in the document and after it in the tree.
        const DecodedRequest r = RequestDocument::decode(
            "application/x-www-form-urlencoded",
            "users[3][%EF%BB%BF%EF%BB%BFcolor]=%EF%BB%BF%EF%BB%BFred&users[s2z][a]=1&"
            "users[%EF%BB%BF%EF%BB%BF][b]=2");
        QVERIFY(r.ok());
        const QString mark(QChar(0xFEFF));
        const QJsonObject users = r.document.value(QStringLiteral("users")).toObject();
        QCOMPARE(users.keys(), QStringList({QStringLiteral("3"), QStringLiteral("s2z"), mark}));
        QCOMPARE(users.value(QStringLiteral("3")).toObject().value(mark + QStringLiteral("color")),
                 QJsonValue(mark + QStringLiteral("red")));
        const UserMetaRequest fromTree = UserMetaPayload::parse(r.tree);
        const UserMetaRequest fromDocument = UserMetaPayload::parse(r.document);
        QVERIFY(UserMetaRequestComparison::sameRequest(fromTree, fromDocument));
        QCOMPARE(fromTree.error.details.size(), 2);
        QCOMPARE(fromTree.error.details.at(0).location, QStringLiteral("users.s2z"));
        QCOMPARE(fromTree.error.details.at(1).location, QStringLiteral("users.") + mark);
        QCOMPARE(fromTree.edits.size(), 1);
        QCOMPARE(fromTree.edits.first().field, mark + QStringLiteral("color"));
        QCOMPARE(fromTree.edits.first().value, QJsonValue(mark + QStringLiteral("red")));
    }

    void shouldDecodePhpBracketsFromUrlEncoded()
    {
        const DecodedRequest r = RequestDocument::decode(
            "application/x-www-form-urlencoded",
            "users[15][color]=red&users[15][size]=10&users[248][color]=dark+blue%21");
        QVERIFY(r.ok());
        QCOMPARE(r.document, object("{\"users\":{\"15\":{\"color\":\"red\",\"size\":\"10\"},"
                                    "\"248\":{\"color\":\"dark blue!\"}}}"));
    }

    void shouldDecodeIndexedListsAndAppends()
    {
        const DecodedRequest r = RequestDocument::decode(
            "application/x-www-form-urlencoded",
            "fields[0][user_id]=15&fields[0][field]=color&fields[0][value]=red&fields[1][user_id]="
            "16"
            "&fields[1][field]=size&fields[1][value]=&user_id[]=1&user_id[]=2");
        QVERIFY(r.ok());
        QCOMPARE(r.document,
                 object("{\"fields\":[{\"user_id\":\"15\",\"field\":\"color\",\"value\":\"red\"},"
                        "{\"user_id\":\"16\",\"field\":\"size\",\"value\":\"\"}],\"user_id\":["
                        "\"1\",\"2\"]}"));
    }

    void shouldKeepGappedIndexesAsObject()
    {
        const DecodedRequest r =
            RequestDocument::decode("application/x-www-form-urlencoded", "a[0]=x&a[2]=y");
        QCOMPARE(r.document, object("{\"a\":{\"0\":\"x\",\"2\":\"y\"}}"));
    }

    void shouldLetLaterPairWin()
    {
        const DecodedRequest r =
            RequestDocument::decode("application/x-www-form-urlencoded", "a=1&a=2&b[x]=1&b=3");
        QCOMPARE(r.document, object("{\"a\":\"2\",\"b\":\"3\"}"));
    }

    void shouldDecodeMultipartWithQuotedBoundary()
    {
        const QByteArray body = multipart(
            {{"users[15][color]", "red\r\nline two"}, {"users[15][note]", "a \"quoted\" & ü"}},
            "xyz'()+_,-./:=?");
        const DecodedRequest r =
            RequestDocument::decode("multipart/form-data; boundary=\"xyz'()+_,-./:=?\"", body);
        QVERIFY2(r.ok(), qPrintable(r.error.details.value(0).message));
        QCOMPARE(r.document.value(QStringLiteral("users")).toObject().value(QStringLiteral("15")),
                 QJsonValue(object("{\"color\":\"red\\r\\nline two\",\"note\":\"a \\\"quoted\\\" "
                                   "& \xc3\xbc\"}")));
    }

    void shouldDecodeMultipartWithPreambleAndFilename()
    {
        const QByteArray body = "preamble\r\n--b\r\nContent-Disposition: form-data; "
                                "name=\"user_id[]\"; filename=\"ids.txt\"\r\nContent-Type: "
                                "text/plain\r\n\r\n7\r\n--b--\r\nepilogue";
        const DecodedRequest r = RequestDocument::decode("multipart/form-data; boundary=b", body);
        QVERIFY(r.ok());
        QCOMPARE(r.document, object("{\"user_id\":[\"7\"]}"));
    }

    void shouldMergeQueryStringWithBodyWinning()
    {
        const DecodedRequest r = RequestDocument::decode("application/json", "{\"user_id\":[1]}",
                                                         "?user_id=9&group_id=3&api_id=a");
        QVERIFY(r.ok());
        QCOMPARE(r.document, object("{\"user_id\":[1],\"group_id\":\"3\",\"api_id\":\"a\"}"));
    }

    void shouldReadQueryStringWithoutBody()
    {
        const DecodedRequest r = RequestDocument::decode(QByteArray(), QByteArray(), "user_id=1,2");
        QVERIFY(r.ok());
        QCOMPARE(r.document, object("{\"user_id\":\"1,2\"}"));
    }

    void shouldReadCredentialsFromParameters()
    {
        ParameterCredentials c =
            RequestDocument::credentials(object("{\"api_id\":\"abc\",\"api_key\":\"k1\"}"));
        QCOMPARE(c.apiId, QStringLiteral("abc"));
        QCOMPARE(c.apiKey, QStringLiteral("k1"));
        c = RequestDocument::credentials(object("{\"api\":42,\"apikey\":\"k2\"}"));
        QCOMPARE(c.apiId, QStringLiteral("42"));
        QCOMPARE(c.apiKey, QStringLiteral("k2"));
        c = RequestDocument::credentials(object("{\"users\":{}}"));
        QVERIFY(c.apiId.isNull());
        QVERIFY(c.apiKey.isNull());
        QVERIFY(RequestDocument::isCredentialKey(QStringLiteral("apikey")));
        QVERIFY(!RequestDocument::isCredentialKey(QStringLiteral("users")));
    }

    void shouldRefuseBadBodies_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated json")
            << QByteArray("application/json") << QByteArray("{\"users\":{\"15\":{\"color\":\"re")
            << 400 << QStringLiteral("Bad Request")
            << QStringLiteral("invalid JSON at line 1, column 28 (byte 27): a string is not "
                              "closed (is the body truncated?)");
        QTest::newRow("truncated object")
            << QByteArray("application/json") << QByteArray("{\"a\":1,\n\"b\":[1,2") << 400
            << QStringLiteral("Bad Request")
            << QStringLiteral("invalid JSON at line 2, column 9 (byte 16): the body ends inside "
                              "a number (is it truncated?)");
        QTest::newRow("invalid json")
            << QByteArray("application/json") << QByteArray("{\"a\" 1}") << 400
            << QStringLiteral("Bad Request")
            << QStringLiteral("invalid JSON at line 1, column 7 (byte 6): ':' expected after an "
                              "object key");
        QTest::newRow("invalid utf-8")
            << QByteArray("application/json") << QByteArray("{\"a\":\"\xff\"}") << 400
            << QStringLiteral("Bad Request")
            << QStringLiteral("the JSON body is not valid UTF-8 at line 1, column 7 (byte 6)");
        QTest::newRow("overlong utf-8")
            << QByteArray("application/json") << QByteArray("{\"a\":\"\xc0\xaf\"}") << 400
            << QStringLiteral("Bad Request")
            << QStringLiteral("the JSON body is not valid UTF-8 at line 1, column 7 (byte 6)");
        QTest::newRow("deep nesting")
            << QByteArray("application/json") << QByteArray(100000, '[') << 400
            << QStringLiteral("Bad Request")
            << QStringLiteral("the JSON body nests deeper than 64 levels at line 1, column 65 "
                              "(byte 64)");
        QTest::newRow("json array") << QByteArray("application/json") << QByteArray("[1,2]") << 400
                                    << QStringLiteral("Incorrect Format")
                                    << QStringLiteral("the JSON body must be an object, not an "
                                                      "array");
        QTest::newRow("xml") << QByteArray("text/xml") << QByteArray("<a/>") << 415
                             << QStringLiteral("Unsupported Media Type")
                             << QStringLiteral("the body's Content-Type 'text/xml' is not "
                                               "accepted; use application/json, "
                                               "application/x-www-form-urlencoded or "
                                               "multipart/form-data");
        QTest::newRow("no content type")
            << QByteArray() << QByteArray("a=1") << 415 << QStringLiteral("Unsupported Media Type")
            << QStringLiteral("the body's Content-Type '' is not "
                              "accepted; use application/json, "
                              "application/x-www-form-urlencoded or "
                              "multipart/form-data");
        QTest::newRow("latin1 charset")
            << QByteArray("application/json; charset=iso-8859-1") << QByteArray("{}") << 415
            << QStringLiteral("Unsupported Media Type")
            << QStringLiteral("the charset 'iso-8859-1' is not supported; send UTF-8");
        QTest::newRow("form invalid utf-8")
            << QByteArray("application/x-www-form-urlencoded")
            << QByteArray("a=1&users[15][color]=%FF") << 400 << QStringLiteral("Bad Request")
            << QStringLiteral("the value of 'users[15][color]' (parameter 1) is not valid UTF-8");
        QTest::newRow("form deep key")
            << QByteArray("application/x-www-form-urlencoded")
            << QByteArray("a" + QByteArray(100000 * 3, 'x').replace("xxx", "[b]") + "=1") << 400
            << QStringLiteral("Bad Request")
            << QStringLiteral("'a[b][b][b][b][b][b][b][b][b][b][b][b][b][b][b][b][b][b][b][b][b][b]"
                              "[b][b][b][b][' (parameter 0) nests deeper than 64 levels");
        QTest::newRow("multipart without boundary")
            << QByteArray("multipart/form-data") << QByteArray("--x\r\n") << 400
            << QStringLiteral("Bad Request")
            << QStringLiteral("the multipart body has no boundary in its Content-Type");
        QTest::newRow("multipart truncated")
            << QByteArray("multipart/form-data; boundary=b")
            << QByteArray("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue") << 400
            << QStringLiteral("Bad Request")
            << QStringLiteral("the part at byte 3 has no closing boundary (truncated body?)");
        QTest::newRow("multipart headers truncated")
            << QByteArray("multipart/form-data; boundary=b")
            << QByteArray("--b\r\nContent-Disposition: form-data; name=\"a\"") << 400
            << QStringLiteral("Bad Request")
            << QStringLiteral("the headers of the part at byte 3 are not terminated (truncated "
                              "body?)");
        QTest::newRow("multipart invalid utf-8")
            << QByteArray("multipart/form-data; boundary=b")
            << QByteArray("--b\r\nContent-Disposition: form-data; name=\"v\"\r\n\r\n\xed\xa0\x80"
                          "\r\n--b--\r\n")
            << 400 << QStringLiteral("Bad Request")
            << QStringLiteral("the value of 'v' (part 0) is not valid UTF-8");
    }
    void shouldRefuseBadBodies()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, title);
        QFETCH(QString, message);
        const DecodedRequest r = RequestDocument::decode(contentType, body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.status, status);
        QCOMPARE(r.error.title, title);
        QCOMPARE(r.error.details.size(), 1);
        QCOMPARE(r.error.details.first().message, message);
    }

    void shouldRefuseABodyTooBigToReadUnread()
    {
        // One byte over the limit, in pages that fault when touched: the refusal must come
        // before any byte is read (and without 512 MiB of memory).
        const qsizetype size = qsizetype(RequestDocument::kMaxBodyBytes) + 1;
        void *pages = mmap(nullptr, size_t(size), PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        QVERIFY(pages != MAP_FAILED);
        const QByteArray body = QByteArray::fromRawData(static_cast<const char *>(pages), size);
        for (const QByteArray &type :
             {QByteArray("application/json"), QByteArray("application/x-www-form-urlencoded"),
              QByteArray("multipart/form-data; boundary=b")}) {
            const DecodedRequest r = RequestDocument::read(type, body, "user_id=1");
            QVERIFY2(!r.ok(), type.constData());
            QCOMPARE(r.error.status, 413);
            QCOMPARE(r.error.title, QStringLiteral("Payload Too Large"));
            QCOMPARE(r.error.details.size(), 1);
            QCOMPARE(r.error.details.first().message,
                     QStringLiteral("the body has 536870913 bytes; at most 536870912 can be read"));
        }
        munmap(pages, size_t(size));
    }

    void shouldIgnoreContentTypeOfEmptyBody()
    {
        QVERIFY(RequestDocument::decode("text/xml", QByteArray()).ok());
    }

    void shouldNotCrashOnDeepBracesInsideStrings()
    {
        const QByteArray body = "{\"a\":\"" + QByteArray(100000, '[') + "\"}";
        const DecodedRequest r = RequestDocument::decode("application/json", body);
        QVERIFY(r.ok());
        QCOMPARE(r.document.value(QStringLiteral("a")).toString().size(), 100000);
    }

    void shouldSurviveRandomlyDamagedBodies()
    {
        const QList<QPair<QByteArray, QByteArray>> seeds{
            {"application/json", "{\"fields\":[{\"user_id\":\"15\",\"field\":\"a\",\"value\":[1,{"
                                 "\"b\":\"\\u00fc\"}]}]}"},
            {"application/x-www-form-urlencoded",
             "users[15][a]=x%20y&user_id[]=1&b[c][d][]=%E2%82%AC"},
            {"multipart/form-data; boundary=zz",
             multipart({{"users[1][a]", "v"}, {"fields[0][value]", "w\r\n"}}, "zz")}};
        QRandomGenerator rng(12345);
        for (int round = 0; round < 20000; ++round) {
            const auto &[type, original] = seeds[round % seeds.size()];
            QByteArray body = original;
            const int damage = 1 + int(rng.bounded(4));
            for (int d = 0; d < damage && !body.isEmpty(); ++d) {
                const int at = int(rng.bounded(body.size()));
                switch (rng.bounded(3)) {
                case 0:
                    body[at] = char(rng.bounded(256));
                    break;
                case 1:
                    body.truncate(at);
                    break;
                default:
                    body.insert(at, body.mid(int(rng.bounded(body.size())), 8));
                }
            }
            const DecodedRequest r = RequestDocument::decode(type, body, "a[b]=1");
            if (!r.ok()) {
                QVERIFY(!r.error.title.isEmpty());
                QVERIFY(!r.error.details.isEmpty());
            }
        }
    }

    void shouldDecodeManyFormPairsQuickly()
    {
        QByteArray body;
        for (int i = 0; i < 100000; ++i)
            body +=
                "fields[" + QByteArray::number(i) + "][user_id]=" + QByteArray::number(i + 1) + "&";
        const DecodedRequest r = RequestDocument::decode("application/x-www-form-urlencoded", body);
        QVERIFY(r.ok());
        QCOMPARE(r.document.value(QStringLiteral("fields")).toArray().size(), 100000);
    }
};

QTEST_GUILESS_MAIN(TestPayloadRequestDocument)
#include "test_payload_request_document.moc"

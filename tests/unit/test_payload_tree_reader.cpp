#include "payload/JsonKeyOrder.h"
#include "payload/MultipartReader.h"
#include "payload/PhpFormBuilder.h"
#include "payload/RequestDocument.h"
#include "payload/TextCodec.h"
#include "payload/UserMetaPayload.h"

#include "UserMetaRequestComparison.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QVariant>
#include <cctype>
#include <cmath>

// RequestDocument reads request bodies into a PayloadTree (JsonTreeReader for JSON, PhpFormBuilder
// for forms) and UserMetaPayload reads edits from it. These tests hold that to what the server did
// before, when every body became a QJsonObject through QJsonDocument: the same bodies accepted,
// the same document, the same edits and the same refusals.
class TestPayloadTreeReader : public QObject
{
    Q_OBJECT

    // What a body was before the tree: accepted or not, and its document.
    struct Reference
    {
        bool ok = false;
        QJsonObject document;
        QStringList usersKeyOrder;
    };

    static int depth(const QJsonValue &v)
    {
        int deepest = 0;
        if (v.isArray()) {
            const QJsonArray a = v.toArray();
            for (const QJsonValue &e : a)
                deepest = std::max(deepest, depth(e));
            return deepest + 1;
        }
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                deepest = std::max(deepest, depth(it.value()));
            return deepest + 1;
        }
        return 0;
    }

    // QJsonDocument with the checks the decoder made around it.
    static Reference oldJson(const QByteArray &raw)
    {
        const QByteArray body = raw.startsWith("\xEF\xBB\xBF") ? raw.mid(3) : raw;
        Reference r;
        r.ok = raw.isEmpty(); // no body, no parameters
        if (r.ok || !TextCodec::isValidUtf8(body))
            return r;
        QJsonParseError error{};
        const QJsonDocument d = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError || !d.isObject() ||
            TextCodec::loneSurrogateEscapeAt(body) >= 0 ||
            depth(d.object()) > RequestDocument::kMaxDepth)
            return r;
        r.ok = true;
        r.document = d.object();
        if (r.document.value(QStringLiteral("users")).isObject())
            r.usersKeyOrder = JsonKeyOrder::memberKeys(body, QStringLiteral("users"));
        return r;
    }

    // PhpFormBuilder's JSON text as the old decoder's reading left it: that decoder wrote a mark
    // that starts a string raw and QJsonDocument dropped it, keeping a second one (JsonWriter
    // now escapes the first, so that Qt keeps it). The marks are dropped here in the text:
    // Qt 6.4 files a key it read with a raw leading mark where the mark would sort, so that
    // the object cannot find it.
    static QByteArray oldText(const PhpFormBuilder &builder)
    {
        QString text = QString::fromUtf8(builder.toJson());
        const QString mark(QChar(0xFEFF));
        // One mark: dropped. Two: the first dropped, the second kept (written escaped).
        text.replace(
            QRegularExpression(QStringLiteral("\"\\\\ufeff(?!") + mark + QStringLiteral(")")),
            QStringLiteral("\""));
        text.replace(QStringLiteral("\"\\ufeff") + mark, QStringLiteral("\"\\ufeff"));
        return text.toUtf8();
    }

    // The builder's document as the old decoder read it, but for one loss the tree mends: a
    // form whose top-level names are exactly 0..n-1 became a JSON list there, and its
    // parameters were lost (read as no object at all); the tree keeps them by name, as PHP does.
    static QJsonObject oldDocument(const PhpFormBuilder &builder)
    {
        const QJsonDocument d = QJsonDocument::fromJson(oldText(builder));
        if (!d.isArray())
            return d.object();
        QJsonObject byIndex;
        const QJsonArray list = d.array();
        for (qsizetype i = 0; i < list.size(); ++i)
            byIndex.insert(QString::number(i), list[i]);
        return byIndex;
    }

    // Form decoding byte by byte, as PHP does it: '+' a space, %XX a byte, a bad escape kept.
    static QByteArray plainFormDecode(const QByteArray &text)
    {
        const auto hex = [](char c) {
            const int at = int(QByteArray("0123456789abcdef").indexOf(char(std::tolower(c))));
            return std::isxdigit(static_cast<unsigned char>(c)) ? at : -1;
        };
        QByteArray out;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] == '+') {
                out += ' ';
            } else if (text[i] == '%' && i + 2 < text.size() && hex(text[i + 1]) >= 0 &&
                       hex(text[i + 2]) >= 0) {
                out += char(hex(text[i + 1]) * 16 + hex(text[i + 2]));
                i += 2;
            } else {
                out += text[i];
            }
        }
        return out;
    }

    // PhpFormBuilder's JSON text read by QJsonDocument, as form bodies were decoded.
    static Reference oldForm(const QByteArray &text)
    {
        PhpFormBuilder builder(RequestDocument::kMaxDepth);
        Reference r;
        const QList<QByteArray> pairs = text.split('&');
        for (const QByteArray &pair : pairs) {
            if (pair.isEmpty())
                continue;
            const qsizetype eq = pair.indexOf('=');
            const QByteArray key = plainFormDecode(eq < 0 ? pair : pair.left(eq));
            const QByteArray value = plainFormDecode(eq < 0 ? QByteArray() : pair.mid(eq + 1));
            if (!TextCodec::isValidUtf8(key) || !TextCodec::isValidUtf8(value) ||
                !builder.add(key, value))
                return r;
        }
        r.ok = true;
        r.document = oldDocument(builder);
        return r;
    }

    static Reference oldMultipart(const QByteArray &body, const QByteArray &boundary)
    {
        PhpFormBuilder builder(RequestDocument::kMaxDepth);
        bool good = true;
        const QString problem =
            MultipartReader::read(body, boundary, [&](QByteArrayView name, QByteArrayView value) {
                good = TextCodec::isValidUtf8(name) && TextCodec::isValidUtf8(value) &&
                       builder.add(name, value);
                return good;
            });
        Reference r;
        r.ok = problem.isEmpty() && good;
        if (r.ok)
            r.document = oldDocument(builder);
        return r;
    }

    static QString describe(const UserMetaRequest &r)
    {
        QStringList lines{QStringLiteral("format %1, %2 %3")
                              .arg(r.format)
                              .arg(r.error.status)
                              .arg(r.error.title)};
        for (const ErrorDetail &d : r.error.details)
            lines << d.location + QStringLiteral(": ") + d.message;
        for (const MetaEdit &e : r.edits)
            lines << QStringLiteral("%1 %2 %3 @%4")
                         .arg(e.userId)
                         .arg(
                             e.field,
                             QString::fromUtf8(
                                 QJsonDocument(QJsonArray{e.value}).toJson(QJsonDocument::Compact)))
                         .arg(e.sourceIndex);
        return lines.join(QLatin1Char('\n'));
    }

    // The new decoder agrees with the reference on `body`: same acceptance, same document,
    // same edits and problems; and a refusal says what and where.
    static void compare(const QByteArray &contentType, const QByteArray &body,
                        const Reference &expected)
    {
        const DecodedRequest tree = RequestDocument::read(contentType, body);
        const DecodedRequest decoded = RequestDocument::decode(contentType, body);
        const QByteArray shown = body.left(200).toPercentEncoding(" {}[]\":,=&");
        QVERIFY2(tree.ok() == expected.ok, shown.constData());
        if (!tree.ok()) {
            QCOMPARE(tree.error.status, 400);
            QVERIFY(!tree.error.title.isEmpty());
            QVERIFY(!tree.error.details.isEmpty());
            QVERIFY(!tree.error.details.first().message.isEmpty());
            return;
        }
        QVERIFY2(UserMetaRequestComparison::sameValue(decoded.document, expected.document),
                 shown.constData());
        QVERIFY2(UserMetaRequestComparison::sameValue(tree.tree.toJsonObject(), expected.document),
                 shown.constData());
        const UserMetaRequest now = UserMetaPayload::parse(tree.tree);
        const UserMetaRequest before = UserMetaPayload::parse(
            expected.document, UserMetaPayload::kMaxEntries, expected.usersKeyOrder);
        QVERIFY2(UserMetaRequestComparison::sameRequest(now, before),
                 qPrintable(QString::fromUtf8(shown) + QStringLiteral("\nnow:\n") + describe(now) +
                            QStringLiteral("\nbefore:\n") + describe(before)));
        // The QJsonObject entry point reads through the same tree rules.
        QVERIFY(UserMetaRequestComparison::sameRequest(
            UserMetaPayload::parse(decoded.document, UserMetaPayload::kMaxEntries,
                                   decoded.usersKeyOrder),
            before));
    }

    static void compareJson(const QByteArray &body)
    {
        compare("application/json", body, oldJson(body));
    }

    static QList<QByteArray> jsonEdgeCases()
    {
        QList<QByteArray> cases{
            // numbers as QJsonDocument sees them
            "{\"user_id\":1,\"field\":\"n\",\"value\":-0}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":-0.0}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":1e3}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":1E+2}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":1.0}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":1.50}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":0.1}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":123456789012345678}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":1234567890123456789}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":9223372036854775807}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":9223372036854775808}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":-9223372036854775808}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":-9223372036854775809}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":99999999999999999999}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":1e20}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":1e308}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":1e400}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":1e-400}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":-1e-5}",
            "{\"user_id\":1e0,\"field\":12,\"value\":1}",
            "{\"user_id\":1.5,\"field\":\"n\",\"value\":1}",
            "{\"user_id\":9223372036854775808,\"field\":\"n\",\"value\":1}",
            // what QJsonDocument is lenient about, and what it refuses
            "{\"user_id\":1,\"field\":\"n\",\"value\":1.}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":.5}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":01}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":+1}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":-}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":1e}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":\"\\x\"}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":\"a\tb\nc\x01\"}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":[1,]}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":1,}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":tru}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":nul}",
            "{\"user_id\":1 \"field\":\"n\"}",
            "{\"user_id\" 1}",
            "{user_id:1}",
            "{\"a\":1}\x00",
            "{\"a\":1} x",
            " \r\n\t{ \"a\" : [ 1 , 2 ] } \n",
            "\xEF\xBB\xBF{\"user_id\":1,\"field\":\"n\",\"value\":2}",
            "[1,2]",
            "\"text\"",
            "",
            // escapes and text
            "{\"user_id\":1,\"field\":\"n\",\"value\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":\"\\u00fc\\u20AC\\u0000\"}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":\"\\ud83d\\ude00 and \\uD83D\\uDE00\"}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":\"\\ud800\"}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":\"\\udc00\"}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":\"\\ud800\\u0041\"}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":\"\\ud800\\\\\"}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":\"\\u12\"}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":\"\\u12G4\"}",
            "{\"user_id\":1,\"field\":\"Gr\xc3\xbc\xc3\x9f\x65\",\"value\":\"\xe2\x82\xac\"}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":\"\xed\xa0\x80\"}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":\"\xc3\"}",
            "{\"user_id\":1,\"field\":\"n\",\"value\":\"\xff\"}",
            "{\"a\xff\":1}",
            // duplicates and order
            "{\"user_id\":1,\"field\":\"n\",\"value\":1,\"value\":2}",
            "{\"users\":{\"15\":{\"a\":1,\"a\":2,\"b\":3}}}",
            "{\"users\":{\"15\":{\"a\":1},\"15\":{\"b\":2}}}",
            "{\"users\":{\"15\":{\"a\":1},\"015\":{\"b\":2},\"+15\":{\"c\":3}}}",
            "{\"users\":{\"015\":{\"b\":2},\"15\":{\"a\":1}}}",
            "{\"users\":{\"1\":{\"a\":1}},\"users\":{\"2\":{\"b\":2}}}",
            "{\"users\":{\"1\":{\"a\":1}},\"users\":{\"1\":{\"b\":2}}}",
            "{\"users\":5,\"users\":{\"2\":{\"b\":2}}}",
            "{\"users\":{\"2\":{\"\\uffff\":1,\"\\ud83d\\ude00\":2,\"z\":3,\"\\u00e9\":4,\"\":5}}}",
            "{\"users\":{\"x\":{\"a\":1},\"0\":{\"a\":1},\"-1\":{\"a\":1},\"1.5\":{\"a\":1},\" 7 "
            "\":{\"a\":1}}}",
            "{\"users\":{\"1\":[],\"2\":{},\"3\":\"x\",\"4\":{\"a\":{\"b\":[1,{\"c\":null}]}}}}",
            "{\"users\":{}}",
            "{\"users\":[{\"a\":1},{\"b\":2}]}",
            "{\"users\":[]}",
            "{\"fields\":[{\"user_id\":1,\"field\":\"a\",\"value\":1},{\"user_id\":\"1\",\"field\":"
            "\"a\",\"value\":2}]}",
            "{\"fields\":[{\"user_id\":1,\"field\":\"a\",\"value\":1,\"user_id\":2}]}",
            "{\"fields\":[{\"user_id\":1,\"field\":\"a\"},{\"value\":3},5,[],null]}",
            "{\"fields\":{\"2\":{\"user_id\":1,\"field\":\"a\",\"value\":1},\"10\":{\"user_id\":1,"
            "\"field\":\"a\",\"value\":2},\"x\":{}}}",
            "{\"fields\":{\"01\":{\"user_id\":1,\"field\":\"a\",\"value\":1},\"1\":{\"user_id\":1,"
            "\"field\":\"a\",\"value\":2}}}",
            "{\"fields\":{\"-1\":{\"user_id\":1,\"field\":\"a\",\"value\":1},\"+1\":{\"user_id\":1,"
            "\"field\":\"a\",\"value\":2}}}",
            "{\"fields\":[],\"users\":{}}",
            "{\"fields\":[]}",
            "{\"fields\":\"x\"}",
            "{\"fields\":[{\"user_id\":0,\"field\":\"\",\"value\":1},{\"user_id\":-3,\"field\":[],"
            "\"value\":1},{\"user_id\":\"abc\",\"field\":7,\"value\":1},{\"user_id\":null,"
            "\"field\":true,\"value\":1}]}",
            "{\"user_id\":\" 15 \",\"field\":\"a\",\"value\":{\"x\":[1,2,{\"y\":\"z\"}]}}",
            "{\"api_id\":\"x\",\"api_key\":\"y\",\"user\":1}",
            "{\"api_id\":\"x\",\"user_id\":1,\"field\":\"a\"}",
            "{\"users\":{\"1\":{\"a\":1}},\"value\":1}",
        };
        // nesting at the limit and past it
        for (const int levels : {63, 64, 65, 200}) {
            QByteArray body = "{\"value\":";
            for (int i = 1; i < levels; ++i)
                body += i % 2 ? "[" : "{\"k\":";
            body += "1";
            for (int i = levels - 1; i >= 1; --i)
                body += i % 2 ? "]" : "}";
            cases << body + ",\"user_id\":1,\"field\":\"f\"}";
        }
        return cases;
    }

    static QList<QByteArray> seedFiles()
    {
        QList<QByteArray> files;
        for (const QString &dir : {QStringLiteral(METADESK_TEST_DATA_DIR "/ingress"),
                                   QStringLiteral(METADESK_TEST_DATA_DIR "/../fuzz/corpus")}) {
            const QStringList names = QDir(dir).entryList(QDir::Files, QDir::Name);
            for (const QString &name : names) {
                QFile f(dir + QLatin1Char('/') + name);
                if (f.open(QIODevice::ReadOnly))
                    files << f.readAll();
            }
        }
        return files;
    }

private Q_SLOTS:
    void shouldReadEveryJsonEdgeCaseAsBefore()
    {
        for (const QByteArray &body : jsonEdgeCases())
            compareJson(body);
    }

    void shouldReadTheFixturesAndFuzzSeedsAsBefore()
    {
        const QList<QByteArray> files = seedFiles();
        QVERIFY(files.size() >= 20);
        int compared = 0;
        for (const QByteArray &file : files) {
            if (!file.startsWith('{') && !file.isEmpty()) {
                // A fuzz seed: the first byte chooses the decoder (tests/fuzz).
                const QByteArray input = file.mid(1);
                switch (static_cast<unsigned char>(file[0]) % 6) {
                case 0:
                    compareJson(input);
                    ++compared;
                    break;
                case 1:
                    compare("application/x-www-form-urlencoded", input, oldForm(input));
                    ++compared;
                    break;
                case 2:
                    compare("multipart/form-data; boundary=XyZ", input, oldMultipart(input, "XyZ"));
                    ++compared;
                    break;
                case 3: {
                    const qsizetype newline = input.indexOf('\n');
                    if (newline > 0 && input.startsWith("application/json")) {
                        compareJson(input.mid(newline + 1));
                        ++compared;
                    }
                    break;
                }
                default:
                    break;
                }
                continue;
            }
            compareJson(file);
            ++compared;
        }
        QVERIFY(compared >= 12);
    }

    void shouldRefuseEveryTruncationClearly()
    {
        const QList<QByteArray> bodies{
            "{\"fields\":[{\"user_id\":15,\"field\":\"n\\u00fc\",\"value\":[1.5e3,{\"b\":"
            "\"\\ud83d\\ude00\"}]},{\"user_id\":\"16\",\"field\":\"a\",\"value\":null}]}",
            "{\"users\":{\"15\":{\"color\":\"red\",\"n\":-0.25,\"t\":true,\"f\":false}}}"};
        for (const QByteArray &body : bodies) {
            for (qsizetype at = 0; at < body.size(); ++at)
                compareJson(body.left(at)); // every prefix is refused with a place, never a crash
            compareJson(body);
            QVERIFY(RequestDocument::read("application/json", body).ok());
        }
    }

    void shouldReadRandomlyDamagedBodiesAsBefore()
    {
        const QList<QByteArray> seeds =
            jsonEdgeCases() +
            QList<QByteArray>{
                "{\"fields\":[{\"user_id\":\"15\",\"field\":\"a\",\"value\":[1,{\"b\":"
                "\"\\u00fc\\ud83d\\ude00\"}]},{\"user_id\":15,\"field\":\"a\",\"value\":-1.5e-3}],"
                "\"api_id\":\"x\"}",
                "{\"users\":{\"15\":{\"a\":\"x y\",\"b\":1},\"16\":{\"c\":[true,false,null]}}}"};
        QRandomGenerator rng(4242);
        for (int round = 0; round < 20000; ++round) {
            QByteArray body = seeds[int(rng.bounded(seeds.size()))];
            const int damage = 1 + int(rng.bounded(3));
            for (int d = 0; d < damage && !body.isEmpty(); ++d) {
                const int at = int(rng.bounded(body.size()));
                switch (rng.bounded(4)) {
                case 0:
                    body[at] = "{}[]\",:\\u0189eE.-+ \xc3\xbc\xed"[rng.bounded(22)];
                    break;
                case 1:
                    body.remove(at, 1);
                    break;
                case 2:
                    body.insert(at, body.mid(int(rng.bounded(body.size())), 6));
                    break;
                default:
                    body[at] = char(rng.bounded(256));
                }
            }
            compareJson(body);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void shouldReadFormsAsBefore()
    {
        const QList<QByteArray> forms{
            "users[15][color]=red&users[15][size]=10&users[248][color]=dark+blue%21",
            "users[0][a]=1&users[1][b]=2",
            "users[1][a]=1&users[01][a]=2&users[+1][a]=3",
            "fields[0][user_id]=15&fields[0][field]=color&fields[0][value]=red&fields[1][user_id]="
            "16&fields[1][field]=size&fields[1][value]=",
            "fields[0][user_id]=1&fields[2][field]=a&fields[10][value]=x&fields[x]=1",
            "fields[][user_id]=1&fields[][field]=a&fields[][value]=b",
            "user_id=1&field=a&value=b&value=c",
            "user_id[]=1&user_id[]=2&a=1&a[x]=2&a=3",
            "users[1][%C3%BC]=%E2%82%AC&users[1][%EF%BF%BF]=1&users[1][%F0%9F%98%80]=2",
            "a[b[c]=1&a]b=2&[x]=3&=4&&&x",
            "users[1][a]=%ED%A0%80",
            "api_id=x&users[2][a]=1",
        };
        for (const QByteArray &form : forms) {
            compare("application/x-www-form-urlencoded", form, oldForm(form));
            QByteArray body;
            for (const QByteArray &pair : form.split('&')) {
                if (pair.isEmpty())
                    continue;
                const qsizetype eq = pair.indexOf('=');
                body += "--b\r\nContent-Disposition: form-data; name=\"" +
                        TextCodec::formDecode(eq < 0 ? pair : pair.left(eq)) + "\"\r\n\r\n" +
                        TextCodec::formDecode(eq < 0 ? QByteArray() : pair.mid(eq + 1)) + "\r\n";
            }
            body += "--b--\r\n";
            compare("multipart/form-data; boundary=b", body, oldMultipart(body, "b"));
        }
    }

    // Random forms of names, brackets, escapes (good, bad and cut), '+', bytes above 0x7F (valid
    // UTF-8 and not) and runs longer than the sixteen bytes the pair reader takes at a time:
    // read as the plain byte-by-byte reading does, flat (a few plain names) or through the
    // builder.
    void shouldReadRandomFormsAsBefore()
    {
        const QList<QByteArray> pieces{"users",
                                       "fields",
                                       "user_id",
                                       "field",
                                       "value",
                                       "[",
                                       "]",
                                       "[]",
                                       "=",
                                       "=",
                                       "&",
                                       "&",
                                       "&&",
                                       "%",
                                       "%2",
                                       "%zz",
                                       "%41",
                                       "%C3%BC",
                                       "%FF",
                                       "%ED%A0%80",
                                       "%EF%BB%BF",
                                       "+",
                                       "15",
                                       "0",
                                       "01",
                                       "7",
                                       "a",
                                       "\xc3\xbc",
                                       "\xff",
                                       "\xEF\xBB\xBF",
                                       "abcdefghijklmnopqrstuvwxyz",
                                       "0123456789012345",
                                       "%26",
                                       "%3D",
                                       "%5B",
                                       "%5D",
                                       "%5b%5D"};
        QRandomGenerator rng(1616);
        for (int round = 0; round < 20000; ++round) {
            QByteArray form;
            const int count = 1 + int(rng.bounded(24));
            for (int i = 0; i < count; ++i)
                form += pieces[int(rng.bounded(pieces.size()))];
            compare("application/x-www-form-urlencoded", form, oldForm(form));
            if (QTest::currentTestFailed())
                return;
        }
    }

    void shouldCompareKeysByteByByte()
    {
        // TextCodec::sameBytes reads keys of up to sixteen bytes as overlapping words: every
        // length, every position of a difference, views at odd addresses.
        QRandomGenerator rng(7);
        QByteArray pool(80, '\0');
        for (char &c : pool)
            c = char(rng.bounded(256));
        for (qsizetype n = 0; n <= 40; ++n) {
            for (qsizetype shift = 0; shift < 3; ++shift) {
                const QByteArrayView a(pool.constData() + shift, n);
                QByteArray copy(3, 'x');
                copy += a.toByteArray();
                const QByteArrayView b(copy.constData() + 3, n);
                QVERIFY(TextCodec::sameBytes(a, b));
                QVERIFY(!TextCodec::sameBytes(a, QByteArrayView(copy.constData() + 3, n + 1)));
                for (qsizetype i = 0; i < n; ++i) {
                    QByteArray changed = copy;
                    changed[3 + i] = char(changed[3 + i] ^ (1 << (i % 8)));
                    QVERIFY2(!TextCodec::sameBytes(a, QByteArrayView(changed.constData() + 3, n)),
                             qPrintable(QStringLiteral("length %1, byte %2").arg(n).arg(i)));
                }
            }
        }
    }

    void shouldLetTheBodyWinOverTheQuery()
    {
        const DecodedRequest r = RequestDocument::read(
            "application/json", "{\"user_id\":2,\"field\":\"a\",\"value\":\"body\"}",
            "value=query&api_id=k&users[1][a]=1");
        QVERIFY(r.ok());
        // users from the query and user_id from the body: two formats, as before
        QCOMPARE(UserMetaPayload::parse(r.tree).error.title, QStringLiteral("Incorrect Format"));
        const DecodedRequest d = RequestDocument::read(
            "application/json", "{\"user_id\":2,\"field\":\"a\",\"value\":\"body\"}",
            "value=query&api_id=k");
        const UserMetaRequest m = UserMetaPayload::parse(d.tree);
        QVERIFY(m.ok());
        QCOMPARE(m.edits.first().value.toString(), QStringLiteral("body"));
        QCOMPARE(RequestDocument::credentials(RequestDocument::credentialParameters(d.tree)).apiId,
                 QStringLiteral("k"));
    }

    void shouldReadEscapesAndSurrogatePairs()
    {
        const DecodedRequest r = RequestDocument::read(
            "application/json", "{\"user_id\":1,\"field\":\"f\\u00fc\",\"value\":\"\\\"\\\\\\/"
                                "\\b\\f\\n\\r\\t\\ud83d\\ude00\\u20ac\"}");
        QVERIFY(r.ok());
        const UserMetaRequest m = UserMetaPayload::parse(r.tree);
        QVERIFY(m.ok());
        QCOMPARE(m.edits.first().field, QStringLiteral("f\u00fc"));
        QCOMPARE(m.edits.first().value.toString(),
                 QStringLiteral("\"\\/\b\f\n\r\t\U0001F600\u20ac"));
    }

    void shouldRefuseLoneSurrogateWithItsPlace()
    {
        const DecodedRequest r = RequestDocument::read(
            "application/json", "{\"user_id\":1,\"field\":\"f\",\"value\":\"ab\\ud800\"}");
        QVERIFY(!r.ok());
        QCOMPARE(r.error.status, 400);
        QCOMPARE(r.error.details.first().message,
                 QStringLiteral("the JSON body is not valid text at line 1, column 37 (byte 36): "
                                "\\ud800 is half of a UTF-16 surrogate pair"));
    }

    void shouldRefuseTooDeepNestingWithItsPlace()
    {
        const QByteArray body = "{\"value\":" + QByteArray(64, '[') + QByteArray(64, ']') + "}";
        const DecodedRequest r = RequestDocument::read("application/json", body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.details.first().message,
                 QStringLiteral("the JSON body nests deeper than 64 levels at line 1, column 73 "
                                "(byte 72)"));
    }

    void shouldKeepNumbersAsQtReadThem()
    {
        const DecodedRequest r = RequestDocument::read(
            "application/json", "{\"fields\":[{\"user_id\":1,\"field\":\"a\",\"value\":1e3},"
                                "{\"user_id\":1,\"field\":\"b\",\"value\":-0},"
                                "{\"user_id\":1,\"field\":\"c\",\"value\":12345678901234567890},"
                                "{\"user_id\":1,\"field\":\"d\",\"value\":0.5}]}");
        QVERIFY(r.ok());
        const UserMetaRequest m = UserMetaPayload::parse(r.tree);
        QCOMPARE(m.edits.size(), 4);
        QCOMPARE(m.edits[0].value.toVariant().typeId(), QMetaType::LongLong);
        QCOMPARE(m.edits[0].value.toInteger(), 1000);
        QCOMPARE(m.edits[1].value.toInteger(), 0);
        QVERIFY(!std::signbit(m.edits[1].value.toDouble()));
        QCOMPARE(m.edits[2].value.toVariant().typeId(), QMetaType::Double);
        QCOMPARE(m.edits[2].value.toDouble(), 12345678901234567890.0);
        QCOMPARE(m.edits[3].value.toDouble(), 0.5);
    }

    void shouldCountEntriesBeforeReadingThem()
    {
        QByteArray body = "{\"fields\":[";
        for (int i = 0; i <= UserMetaPayload::kMaxEntries; ++i)
            body += "{\"user_id\":1,\"field\":\"a\",\"value\":1},";
        body.chop(1);
        body += "]}";
        const DecodedRequest r = RequestDocument::read("application/json", body);
        QVERIFY(r.ok());
        const UserMetaRequest m = UserMetaPayload::parse(r.tree);
        QCOMPARE(m.error.status, 413);
        QCOMPARE(m.error.title, QStringLiteral("Too Many Entries"));
        QCOMPARE(m.error.details.first().location, QStringLiteral("fields"));
        QVERIFY(m.edits.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPayloadTreeReader)
#include "test_payload_tree_reader.moc"

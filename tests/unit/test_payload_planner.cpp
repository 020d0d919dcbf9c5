#include "FakeHttpServer.h"
#include "ServerFixture.h"
#include "StoreFixture.h"
#include "payload/PayloadPlanner.h"
#include "payload/PayloadPreview.h"
#include "store/ApiKeyRegistry.h"
#include "store/RemoteStore.h"
#include "store/SqliteStore.h"

#include <QTest>

// The preview is what Apply sends: the plan a preview shows is, byte for byte, what RemoteStore's
// apply puts on the wire, and the same plan lands on the real server.
class PayloadPlannerTest : public QObject
{
    Q_OBJECT

    static RemoteOptions multipartOptions()
    {
        RemoteOptions o;
        o.parallelism = 1; // one request after the other: the order is the plan's
        o.maxEntriesPerRequest = 3;
        o.encoding = PayloadEncoding::Multipart;
        o.multipartBoundary = QByteArrayLiteral("PlannerTestBoundary");
        o.transferTimeoutMs = 5000;
        o.backoffBaseMs = 10;
        return o;
    }

    static EditSet sampleEdits()
    {
        EditSet set;
        set.metaEdits = {{1, QStringLiteral("score"), QJsonValue(11), -1},
                         {2, QStringLiteral("loyalty_tier"), QStringLiteral("gold"), -1},
                         {3, QStringLiteral("score"), QStringLiteral("33"), -1}, // as typed
                         {4, QStringLiteral("score"), QJsonValue(44), -1},
                         {1, QStringLiteral("score"), QJsonValue(12), -1}, // replaces edit 0
                         {5, QStringLiteral("loyalty_tier"), QJsonValue::Null, -1},
                         {6, QStringLiteral("score"), QJsonValue(66), -1},
                         {7, QStringLiteral("score"), QJsonValue(77), -1}};
        return set;
    }

    static QList<MetaField> schemaOf(Store &store)
    {
        const auto fields = waitFor<QList<MetaField>>(
            [&](QObject *c, auto done) { store.fetchFields(1, c, done); });
        return fields.value;
    }

private Q_SLOTS:
    void shouldSendInUserOrderAndGrowTheRequestsOfALargeApply()
    {
        EditSet set;
        for (int u = 30; u >= 1; --u)
            set.metaEdits.append({u, QStringLiteral("score"), QJsonValue(u), -1});
        PlanOptions options;
        options.compile.format = PayloadFormat::Fields;
        options.compile.encoding = PayloadEncoding::Json;
        options.compile.maxEntries = 5;
        PayloadPlan plan = PayloadPlanner::plan(set, options);
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.requests.size(), 6);
        // Users 1..5 first: the edits given last.
        QCOMPARE(plan.requests.first().editIndexes, (QList<int>{29, 28, 27, 26, 25}));
        QCOMPARE(plan.requests.last().editIndexes, (QList<int>{4, 3, 2, 1, 0}));

        options.compile.targetRequests = 3; // six requests are too many: three of ten
        plan = PayloadPlanner::plan(set, options);
        QCOMPARE(plan.requests.size(), 3);
        for (const CompiledRequest &r : std::as_const(plan.requests))
            QCOMPARE(r.entries, 10);

        options.compile.targetRequests = 10; // six are few enough: unchanged
        QCOMPARE(PayloadPlanner::plan(set, options).requests.size(), 6);
    }

    void shouldSendExactlyThePreviewedBodies()
    {
        ServerFixture fixture;
        QVERIFY2(fixture.setUp(50), qPrintable(fixture.error()));
        const std::optional<NewApiKey> key = fixture.addKey(1);
        QVERIFY(key);
        RemoteConnection real;
        real.baseUrl = QUrl(fixture.server().baseUrl());
        real.apiId = key->apiId;
        real.apiKey = key->key;
        RemoteStore server(real, multipartOptions());
        const QList<MetaField> schema = schemaOf(server);
        QVERIFY(!schema.isEmpty());
        const EditSet edits = sampleEdits();

        // The preview, as PayloadPreviewDialog builds it from the store's options.
        PlanOptions options = server.planOptions();
        options.schema = schema;
        const PayloadPlan plan = PayloadPlanner::plan(edits, options);
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.encoding, PayloadEncoding::Multipart);
        QCOMPARE(plan.sentEdits(), 7);
        QCOMPARE(plan.heldBack.size(), 1); // the replaced edit
        const QList<PayloadVariant> variants =
            PayloadPreview::build(edits.metaEdits, plan.encoding, options, plan);
        const PayloadVariant *shown = nullptr;
        for (const PayloadVariant &v : variants) {
            if (v.chosen)
                shown = &v;
        }
        QVERIFY(shown);
        QCOMPARE(shown->entries, 7);
        QCOMPARE(shown->result.requests.size(), 3); // chunks of 3, the store's limit

        // Apply through RemoteStore to a recording server.
        FakeHttpServer fake;
        QVERIFY(fake.listen());
        fake.setFallback(FakeResponse::metaSuccess(3));
        RemoteConnection recorded = real;
        recorded.baseUrl = fake.url();
        RemoteStore recording(recorded, multipartOptions());
        const ApplyReport faked = waitForApply(recording.apply(1, edits, schema));
        QCOMPARE(fake.requests().size(), shown->result.requests.size());
        for (int i = 0; i < fake.requests().size(); ++i) {
            const FakeRequest &got = fake.requests().at(i);
            const CompiledRequest &previewed = shown->result.requests.at(i);
            QCOMPARE(got.body, previewed.body);
            QCOMPARE(got.method, previewed.method);
            QCOMPARE(QString::fromLatin1(got.path()), previewed.path);
            QCOMPARE(got.header("content-type"), previewed.contentType);
        }
        QCOMPARE(faked.landed.size(), 8); // the seven sent and the edit the later one replaced
        QVERIFY(faked.notLanded.isEmpty());

        // The same plan lands on the real server.
        const ApplyReport report = waitForApply(server.apply(1, edits, schema));
        QVERIFY2(report.complete(), qPrintable(report.error.text));
        QCOMPARE(report.landed.size(), 8);
        StoreError error;
        const auto truth = SqliteStore::open(fixture.file(), &error);
        QVERIFY(truth);
        const auto values = truth->metaValues(1, {1, 2, 3, 4, 5, 7}, {}, 0, 6);
        QCOMPARE(values.value(3).value(QStringLiteral("score")), QJsonValue(33));
        QCOMPARE(values.value(1).value(QStringLiteral("score")), QJsonValue(12));
        QCOMPARE(values.value(2).value(QStringLiteral("loyalty_tier")),
                 QJsonValue(QStringLiteral("gold")));
        QCOMPARE(values.value(4).value(QStringLiteral("score")), QJsonValue(44));
        QVERIFY(!values.value(5).contains(QStringLiteral("loyalty_tier")));
        QCOMPARE(values.value(7).value(QStringLiteral("score")), QJsonValue(77));
    }

    void shouldSendOnlyWhatThePreviewSends()
    {
        FakeHttpServer fake;
        QVERIFY(fake.listen());
        fake.setFallback(FakeResponse::metaSuccess(1));
        RemoteConnection c;
        c.baseUrl = fake.url();
        RemoteStore store(c, multipartOptions());
        MetaField score;
        score.name = QStringLiteral("score");
        score.type = MetaType::Integer;
        EditSet set;
        set.metaEdits = {{1, QStringLiteral("score"), QJsonValue(1), -1},
                         {2, QStringLiteral("score"), QStringLiteral("lots"), -1}};
        PlanOptions options = store.planOptions();
        options.schema = {score};
        const PayloadPlan plan = PayloadPlanner::plan(set, options);
        QCOMPARE(plan.sentEdits(), 1);
        QCOMPARE(plan.heldBack.size(), 1);
        const ApplyReport report = waitForApply(store.apply(1, set, {score}));
        QCOMPARE(fake.requests().size(), 1); // as previewed: the good edit alone
        QCOMPARE(report.landed, QList<MetaEdit>{set.metaEdits.at(0)});
        QCOMPARE(report.notLanded.size(), 1);
        QCOMPARE(report.notLanded.at(0).edit, set.metaEdits.at(1));
        QCOMPARE(report.notLanded.at(0).reason, plan.heldBack.at(0).reason);
        QVERIFY(report.notLanded.at(0).ownFault);
    }

    void shouldSendJsonInChunksOfTheStoresLimitByDefault()
    {
        RemoteOptions o;
        o.maxEntriesPerRequest = 2;
        RemoteConnection c;
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        const RemoteStore store(c, o);
        EditSet set;
        for (int i = 1; i <= 5; ++i)
            set.metaEdits.append({i, QStringLiteral("score"), QJsonValue(i), -1});
        const PayloadPlan plan = PayloadPlanner::plan(set, store.planOptions());
        QCOMPARE(plan.encoding, PayloadEncoding::Json);
        QCOMPARE(plan.requests.size(), 3);
        QCOMPARE(plan.requests.at(0).entries, 2);
        QCOMPARE(store.planOptions().compile.maxBodyBytes, o.maxBodyBytes);
    }
};

QTEST_GUILESS_MAIN(PayloadPlannerTest)
#include "test_payload_planner.moc"

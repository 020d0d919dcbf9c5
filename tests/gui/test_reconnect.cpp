#include "FakeHttpServer.h"
#include "UsersArea.h"
#include "items/GroupsTableModel.h"
#include "items/UsersTableModel.h"
#include "store/RemoteStore.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUrlQuery>

namespace {
// Users 1..kUsers of one account, in pages as the server gives them (docs/API.md 7).
constexpr int kUsers = 1000;

// `skip` users from the start (by id), or from the end when `fromEnd` (then the highest first),
// as the keyset (`after`) and seeking (`offset`, `from=end`) parameters ask.
FakeResponse usersPage(qint64 skip, int limit, bool fromEnd)
{
    QJsonArray users;
    for (qint64 n = skip; n < kUsers && users.size() < limit; ++n) {
        const qint64 id = fromEnd ? kUsers - n : n + 1;
        users.append(
            QJsonObject{{QStringLiteral("id"), id},
                        {QStringLiteral("first_name"), QStringLiteral("User")},
                        {QStringLiteral("last_name"), QString::number(id)},
                        {QStringLiteral("email"), QStringLiteral("u%1@example.com").arg(id)},
                        {QStringLiteral("status"), QStringLiteral("active")},
                        {QStringLiteral("groups"), QJsonArray()}});
    }
    const qint64 last = skip + users.size();
    const QJsonValue next = last < kUsers ? QJsonValue(last) : QJsonValue(QJsonValue::Null);
    return FakeResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("users"), users},
                                                             {QStringLiteral("total"), kUsers},
                                                             {QStringLiteral("next"), next}})
                                       .toJson(QJsonDocument::Compact));
}
} // namespace

// A server that was away and is back: once a reload reads it again, the red line that said it
// could not be reached goes.
class ReconnectTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shouldClearTheConnectionProblemOnceAReloadSucceeds()
    {
        FakeHttpServer fake;
        QVERIFY(fake.listen());
        bool away = false;
        fake.setHandler([&away](const FakeRequest &request) {
            const QUrlQuery query(QUrl(QString::fromUtf8(request.target)));
            const qint64 after = query.queryItemValue(QStringLiteral("after")).toLongLong();
            const bool seeking = query.hasQueryItem(QStringLiteral("offset"));
            const qint64 skip =
                seeking ? query.queryItemValue(QStringLiteral("offset")).toLongLong() : after;
            if (request.path() == "/api/egress/users") {
                // Away, only later pages fail: the table has rows and a red line under them.
                if (away && (after > 0 || seeking)) {
                    FakeResponse gone;
                    gone.action = FakeResponse::Action::CloseImmediately;
                    return gone;
                }
                return usersPage(skip, query.queryItemValue(QStringLiteral("limit")).toInt(),
                                 query.queryItemValue(QStringLiteral("from")) ==
                                     QLatin1String("end"));
            }
            if (request.path() == "/api/egress/user_groups")
                return FakeResponse::json(200, R"({"user_groups": [], "next": null})");
            return FakeResponse::json(200, R"({"users": {}, "next": null})");
        });
        RemoteConnection connection;
        connection.baseUrl = fake.url();
        connection.apiId = QStringLiteral("id");
        connection.apiKey = QStringLiteral("key");
        RemoteOptions options;
        options.maxAttempts = 1; // no retries: the failure shows at once
        RemoteStore store(connection, options);
        UsersTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        GroupsTableModel groups;
        UsersArea area(&model, &groups);
        area.resize(900, 600);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        auto *problem = area.findChild<QLabel *>(QStringLiteral("filterProblem"));
        QVERIFY(problem);
        model.setStore(&store, 1);
        QTRY_VERIFY(model.isLoaded());
        QCOMPARE(model.rowCount(), kUsers);
        QVERIFY(!problem->isVisible());

        // The server goes away; scrolling asks for rows it no longer gives.
        away = true;
        area.view()->scrollToBottom();
        QTRY_VERIFY(problem->isVisible());
        QVERIFY(!problem->text().isEmpty());

        // It is back; Reload (F5 refreshes the table) reads it again and the line goes.
        away = false;
        model.refresh();
        QTRY_VERIFY(model.isLoaded() && model.lastError().isEmpty());
        QTRY_VERIFY(!problem->isVisible());
        area.view()->scrollToBottom();
        QTRY_COMPARE(model.index(kUsers - 1, UsersTableModel::IdColumn).data().toLongLong(),
                     qint64(kUsers));
        QVERIFY(!problem->isVisible());
    }
};

QTEST_MAIN(ReconnectTest)
#include "test_reconnect.moc"

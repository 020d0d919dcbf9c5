#include "server/ApiResponse.h"
#include "store/ClientError.h"
#include "store/HttpCall.h"

#include <QTest>

// The two places an error changes vocabulary: a store's kind to the wire (server) and the wire or
// the network to a kind (client). Decisions downstream look at these kinds only.
class ErrorKindsTest : public QObject
{
    Q_OBJECT

private:
    static HttpResult answered(int status, bool withApiError)
    {
        HttpResult r;
        r.status = status;
        r.error = QStringLiteral("HTTP %1").arg(status);
        if (withApiError) {
            r.apiError.status = status;
            r.apiError.title = QStringLiteral("Invalid Values");
            r.apiError.details.append({QStringLiteral("users.15.size"), QStringLiteral("bad")});
        }
        return r;
    }

private Q_SLOTS:
    void shouldGiveEveryHttpOutcomeItsKind_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("withApiError");
        QTest::addColumn<int>("kind");
        using K = ClientError::Kind;
        QTest::newRow("401") << 401 << true << int(K::Authentication);
        QTest::newRow("403") << 403 << true << int(K::Authentication);
        QTest::newRow("409") << 409 << false << int(K::Conflict);
        QTest::newRow("412") << 412 << false << int(K::Conflict);
        QTest::newRow("412 with its places") << 412 << true << int(K::Conflict);
        QTest::newRow("410") << 410 << true << int(K::Expired);
        QTest::newRow("429") << 429 << true << int(K::Busy);
        QTest::newRow("503") << 503 << true << int(K::Busy);
        QTest::newRow("400 with an error answer") << 400 << true << int(K::Refused);
        QTest::newRow("413 with an error answer") << 413 << true << int(K::Refused);
        QTest::newRow("404 from a proxy") << 404 << false << int(K::Unsupported);
        QTest::newRow("404 of an unknown endpoint") << 404 << true << int(K::Unsupported);
        QTest::newRow("405") << 405 << true << int(K::Unsupported);
        QTest::newRow("501") << 501 << false << int(K::Unsupported);
        QTest::newRow("500") << 500 << true << int(K::Internal);
    }

    void shouldGiveEveryHttpOutcomeItsKind()
    {
        QFETCH(int, status);
        QFETCH(bool, withApiError);
        QFETCH(int, kind);
        const HttpResult result = answered(status, withApiError);
        const ClientError error = ClientError::fromHttp(result);
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.text, result.error);
        // The server's answer travels along, locations included.
        QCOMPARE(error.apiError.details, result.apiError.details);
    }

    void shouldTellTheNetworkFromACancel()
    {
        HttpResult refused;
        refused.error = QStringLiteral("refused");
        refused.networkError = QNetworkReply::ConnectionRefusedError;
        QCOMPARE(ClientError::fromHttp(refused).kind, ClientError::Kind::Network);
        HttpResult aborted;
        aborted.error = QStringLiteral("cancelled");
        aborted.networkError = QNetworkReply::OperationCanceledError;
        QCOMPARE(ClientError::fromHttp(aborted).kind, ClientError::Kind::Cancelled);
        QCOMPARE(ClientError::fromHttp(HttpResult()).kind, ClientError::Kind::None);
    }

    void shouldMapAStoreKindToOneStatusAndTitle_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("title");
        using K = DomainError::Kind;
        QTest::newRow("refused") << int(K::Refused) << 400 << QStringLiteral("Field In Use");
        QTest::newRow("conflict") << int(K::Conflict) << 412
                                  << QStringLiteral("Precondition Failed");
        QTest::newRow("busy") << int(K::Busy) << 503 << QStringLiteral("Database Busy");
        QTest::newRow("internal") << int(K::Internal) << 500
                                  << QStringLiteral("Internal Server Error");
        QTest::newRow("file") << int(K::File) << 500 << QStringLiteral("Internal Server Error");
    }

    void shouldMapAStoreKindToOneStatusAndTitle()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QString, title);
        DomainError error{DomainError::Kind(kind), QString(), {}};
        if (error.kind == DomainError::Kind::Refused)
            error = DomainError::refused(ErrorTitles::FieldInUse,
                                         {{QStringLiteral("fields.score"), QStringLiteral("x")}});
        const ApiError answer = ApiResponse::apiError(error);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.title, title);
        QCOMPARE(answer.details, error.details);
    }
};

QTEST_GUILESS_MAIN(ErrorKindsTest)
#include "test_error_kinds.moc"

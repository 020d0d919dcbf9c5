#include "payload/PayloadCompiler.h"
#include "store/RequestErrorMapper.h"

#include <QTest>

// Error locations (docs/API.md 4) lead back to the exact edit of the request that was sent, in
// every format, and to the exact user or group of a group operation.
class RemoteErrorMappingTest : public QObject
{
    Q_OBJECT

private:
    static QList<MetaEdit> edits()
    {
        return {MetaEdit{10, QStringLiteral("score"), 1, -1},
                MetaEdit{11, QStringLiteral("a.b"), 2, -1},
                MetaEdit{12, QStringLiteral("score"), 3, -1},
                MetaEdit{11, QStringLiteral("score"), 4, -1}};
    }
    static ApiError error(const QList<ErrorDetail> &details)
    {
        ApiError e;
        e.title = QString::fromLatin1(ErrorTitles::InvalidValues);
        e.details = details;
        return e;
    }

private Q_SLOTS:
    void shouldMapFormatOneLocations()
    {
        const QList<MetaEdit> list = edits();
        const CompileResult compiled = PayloadCompiler::compileMetaEdits(list, PayloadFormat::Users,
                                                                         PayloadEncoding::Json, {});
        QVERIFY(compiled.ok());
        const auto reasons = RequestErrorMapper::mapMeta(
            compiled.requests.first(), list,
            error({{QStringLiteral("users.11.a.b"), QStringLiteral("dotted")},
                   {QStringLiteral("users.12"), QStringLiteral("no such user")},
                   {QStringLiteral("users"), QStringLiteral("general")}}));
        QCOMPARE(reasons.byEdit.value(1), QStringList{QStringLiteral("dotted")});
        QCOMPARE(reasons.byEdit.value(2), QStringList{QStringLiteral("no such user")});
        QVERIFY(!reasons.byEdit.contains(0));
        QVERIFY(!reasons.byEdit.contains(3));
        QCOMPARE(reasons.general.size(), 1);
    }

    void shouldMapFormatTwoLocationsByPositionInTheChunk()
    {
        const QList<MetaEdit> list = edits();
        CompileOptions options;
        options.maxEntries = 2;
        const CompileResult compiled = PayloadCompiler::compileMetaEdits(
            list, PayloadFormat::Fields, PayloadEncoding::UrlEncoded, options);
        QVERIFY(compiled.ok());
        QCOMPARE(compiled.requests.size(), 2);
        const CompiledRequest &second = compiled.requests.at(1);
        const auto reasons = RequestErrorMapper::mapMeta(
            second, list, error({{QStringLiteral("fields.1.value"), QStringLiteral("bad")}}));
        QCOMPARE(reasons.byEdit.keys(), QList<int>{second.editIndexes.at(1)});
    }

    void shouldMapFormatThreeLocations()
    {
        const QList<MetaEdit> list = edits();
        const CompileResult compiled = PayloadCompiler::compileMetaEdits(
            list, PayloadFormat::Single, PayloadEncoding::Json, {});
        QCOMPARE(compiled.requests.size(), 4);
        const auto reasons =
            RequestErrorMapper::mapMeta(compiled.requests.at(2), list,
                                        error({{QStringLiteral("value"), QStringLiteral("bad")}}));
        QCOMPARE(reasons.byEdit.keys(), QList<int>{compiled.requests.at(2).editIndexes.first()});
    }

    void shouldNameUsersAndGroupsOfAGroupOperation()
    {
        const GroupOperation op{GroupOperation::Kind::Add,
                                {5, 6, 7},
                                {GroupRef::byId(3), GroupRef::byName(QStringLiteral("Sales"))}};
        ApiError e;
        e.title = QString::fromLatin1(ErrorTitles::UsersMismatch);
        e.details = {{QStringLiteral("user_id.2"), QStringLiteral("not found")},
                     {QStringLiteral("group_id.1"), QStringLiteral("ambiguous")}};
        const QString text = RequestErrorMapper::describeGroupError(op, op.userIds, e);
        QVERIFY2(text.contains(QLatin1String("user 7: not found")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("group 'Sales': ambiguous")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(RemoteErrorMappingTest)
#include "test_remote_error_mapping.moc"

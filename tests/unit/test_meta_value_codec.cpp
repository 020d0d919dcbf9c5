#include "payload/JsonTreeReader.h"
#include "store/MetaValueCodec.h"
#include "store/SqlStatement.h"
#include "store/SqliteStore.h"

#include <QTemporaryDir>
#include <QTest>

// MetaValueCodec binds a value read into a tree (an offline copy's values, straight from the
// server's answer) exactly as it binds the same value as a QJsonValue: same SQLite type, same
// stored bytes, for every field type and every kind of JSON value.
class MetaValueCodecTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;

    // What the row `key` holds, as SQLite tells it.
    QString stored(int key)
    {
        SqlStatement read(m_store->connection(), "SELECT typeof(v) || ':' || quote(v) FROM "
                                                 "codec WHERE k = ?1");
        read.bind(1, qint64(key));
        return read.step() ? read.columnText(0) : QStringLiteral("(none)");
    }

private Q_SLOTS:
    void initTestCase()
    {
        StoreError error;
        m_store = SqliteStore::create(m_dir.filePath(QStringLiteral("codec.db")), &error);
        QVERIFY2(m_store, qPrintable(error.text()));
        SqlStatement table(m_store->connection(), "CREATE TABLE codec(k INTEGER PRIMARY KEY, v)");
        QVERIFY2(table.exec(), qPrintable(table.errorText()));
    }

    void shouldBindTreeValuesAsJsonValues_data()
    {
        QTest::addColumn<QByteArray>("value");
        const char *values[] = {"\"red\"",
                                "\"\"",
                                "\"Gr\\u00fc\\u00dfe \\\"x\\\" \\n\"",
                                "\"\xF0\x9F\x98\x80 emoji\"",
                                "\"2024-02-29\"",
                                "\"2024-02-29T10:00:00Z\"",
                                "\"12\"",
                                "0",
                                "-7",
                                "9007199254740993",
                                "1.5",
                                "1e3",
                                "-0.25",
                                "true",
                                "false",
                                "[1, \"a\", [true]]",
                                "{\"b\": 1, \"a\": [2]}"};
        for (const char *v : values)
            QTest::newRow(v) << QByteArray(v);
    }
    void shouldBindTreeValuesAsJsonValues()
    {
        QFETCH(QByteArray, value);
        PayloadTree tree;
        QVERIFY(JsonTreeReader::read("{\"v\": " + value + "}", 0, 64, tree));
        const int node = tree.member(PayloadTree::kRoot, "v");
        QVERIFY(node > 0);
        const QJsonValue json = tree.toJsonValue(node);
        SqlStatement insert(m_store->connection(), "INSERT INTO codec(k, v) VALUES(?1, ?2)");
        for (const MetaType type :
             {MetaType::String, MetaType::Integer, MetaType::Number, MetaType::Boolean,
              MetaType::Date, MetaType::DateTime, MetaType::Array, MetaType::Json}) {
            const QString name = MetaTypes::name(type);
            insert.bind(1, qint64(1));
            MetaValueCodec::bind(insert, 2, type, tree, node);
            QVERIFY2(insert.exec(), qPrintable(insert.errorText()));
            insert.bind(1, qint64(2));
            MetaValueCodec::bind(insert, 2, type, json);
            QVERIFY2(insert.exec(), qPrintable(insert.errorText()));
            QCOMPARE(name + QLatin1Char(' ') + stored(1), name + QLatin1Char(' ') + stored(2));
            SqlStatement clear(m_store->connection(), "DELETE FROM codec");
            QVERIFY(clear.exec());
        }
    }
};

QTEST_GUILESS_MAIN(MetaValueCodecTest)
#include "test_meta_value_codec.moc"

#include "StoreSql.h"
#include "TestFiles.h"
#include "payload/ValueValidator.h"
#include "store/SqliteStore.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class DemoDataTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static qint64 count(SqliteStore &store, const QString &sql)
    {
        const QVariant value = StoreSql::scalar(store, sql);
        return value.isValid() ? value.toLongLong() : -1;
    }

private Q_SLOTS:
    void shouldGiveTheSameFileForTheSameSeed()
    {
        const QString a = m_dir.filePath(QStringLiteral("a.db"));
        const QString b = m_dir.filePath(QStringLiteral("b.db"));
        const QString c = m_dir.filePath(QStringLiteral("c.db"));
        QVERIFY(TestFiles::createDemo(a, 300, 42));
        QVERIFY(TestFiles::createDemo(b, 300, 42));
        QVERIFY(TestFiles::createDemo(c, 300, 43));
        const QString dumpA = TestFiles::dump(a);
        QVERIFY(dumpA.size() > 10000);
        QCOMPARE(TestFiles::dump(b), dumpA);
        QVERIFY(TestFiles::dump(c) != dumpA);
    }

    void shouldHaveTheAskedShape()
    {
        auto store = TestFiles::createDemo(m_dir.filePath(QStringLiteral("shape.db")), 1000, 5);
        QVERIFY(store);
        const QList<Account> accounts = store->accounts();
        QCOMPARE(accounts.size(), 2);
        QCOMPARE(accounts.at(0).id, 1);
        QCOMPARE(accounts.at(1).id, 2);
        QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM users")), 1000);
        QCOMPARE(count(*store, QStringLiteral("SELECT min(id) FROM users")), 1);
        QCOMPARE(count(*store, QStringLiteral("SELECT max(id) FROM users")), 1000);
        QCOMPARE(store->countUsers(1, {}), 1000);
        const qint64 second = store->countUsers(2, {});
        QVERIFY2(second > 400 && second < 600, qPrintable(QString::number(second)));
        const qint64 groups = count(*store, QStringLiteral("SELECT count(*) FROM user_groups"));
        QVERIFY(groups >= 20 && groups <= 30);
        QVERIFY(!store->groups(1).isEmpty());
        QVERIFY(!store->groups(2).isEmpty());
        for (qint64 account : {1, 2}) {
            QVERIFY(count(*store,
                          QStringLiteral("SELECT count(*) FROM meta_values WHERE account_id = %1")
                              .arg(account)) > 500);
            QVERIFY(
                count(*store, QStringLiteral("SELECT count(*) FROM memberships m JOIN user_groups "
                                             "g ON g.id = m.group_id WHERE g.account_id = %1")
                                  .arg(account)) > 300);
        }
        // Realistic records: names and a well-formed, unique email each.
        const QList<User> users = store->users(1, {}, 0, 1000);
        QCOMPARE(users.size(), 1000);
        QSet<QString> emails;
        const QRegularExpression emailShape(QStringLiteral("^[a-z0-9.]+@[a-z0-9.-]+\\.[a-z]+$"));
        for (const User &u : users) {
            QVERIFY(!u.firstName.isEmpty() && !u.lastName.isEmpty());
            QVERIFY2(emailShape.match(u.email).hasMatch(), qPrintable(u.email));
            emails.insert(u.email);
        }
        QCOMPARE(emails.size(), 1000);
    }

    void shouldCoverEveryTypeAndRule()
    {
        auto store = TestFiles::createDemo(m_dir.filePath(QStringLiteral("rules.db")), 50);
        QVERIFY(store);
        const QList<MetaField> fields = store->fields(1);
        QVERIFY(fields.size() >= 12);
        QSet<MetaType> types;
        bool url = false, email = false, pattern = false, lengths = false, range = false,
             options = false, arrayOptions = false, arrayOfIntegers = false;
        for (const MetaField &f : fields) {
            types.insert(f.type);
            url |= f.validation == MetaField::Validation::Url;
            email |= f.validation == MetaField::Validation::Email;
            pattern |= !f.pattern.isEmpty();
            lengths |= f.minLength.has_value() && f.maxLength.has_value();
            range |= f.min.has_value() && f.max.has_value();
            options |= !f.options.isEmpty() && f.type != MetaType::Array;
            arrayOptions |= !f.options.isEmpty() && f.type == MetaType::Array;
            arrayOfIntegers |= f.type == MetaType::Array && f.items == MetaType::Integer;
        }
        QCOMPARE(types.size(), 8);
        QVERIFY(url && email && pattern && lengths && range && options && arrayOptions &&
                arrayOfIntegers);
    }

    void shouldOnlyHoldValuesThatPassTheirFieldsRules()
    {
        auto store = TestFiles::createDemo(m_dir.filePath(QStringLiteral("valid.db")), 400);
        QVERIFY(store);
        QHash<QString, MetaField> byName;
        for (const MetaField &f : store->fields(1))
            byName.insert(f.name, f);
        int checked = 0;
        for (qint64 account : {1, 2}) {
            const auto values = store->metaValues(account, {}, {}, 0, 1000);
            QVERIFY(!values.isEmpty());
            for (auto user = values.cbegin(); user != values.cend(); ++user) {
                for (auto v = user->constBegin(); v != user->constEnd(); ++v) {
                    const ValueCheck check =
                        ValueValidator::check(byName.value(v.key()), v.value());
                    QVERIFY2(check.ok, qPrintable(QStringLiteral("user %1 %2: %3")
                                                      .arg(user.key())
                                                      .arg(v.key(), check.message)));
                    QCOMPARE(check.value, v.value());
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 1000);
    }
};

QTEST_GUILESS_MAIN(DemoDataTest)
#include "test_demo_data.moc"

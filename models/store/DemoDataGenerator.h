#pragma once

#include <QCoreApplication>
#include <QString>

class DemoDataSink;
class SqliteStore;

// Fills a new, empty database with realistic demo data: two accounts, about 25 groups, a dozen
// meta fields covering every type and rule, and `users` users with memberships and values on
// both accounts. The same seed always gives the same file contents.
class DemoDataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)
public:
    struct Options
    {
        qint64 users = 500;
        quint32 seed = 1;
    };

    // Returns an error text, empty on success.
    static QString generate(SqliteStore &store, const Options &options);
    // The same rows into any sink (PostgresDemoWriter fills PostgreSQL with COPY).
    static QString generate(DemoDataSink &sink, const Options &options);
};

#pragma once

#include "PostgresCluster.h"

#include <QCoreApplication>
#include <QTest>

// A main() for test classes that must behave the same on every database backend: the whole
// class runs once on a file and once on PostgreSQL (a throw-away cluster shared by the
// executable's tests). The class takes the cluster in its constructor (null: a file).
// A cluster that cannot start fails the run: a skipped backend must never pass.
template<typename Test>
int runOnEveryBackend(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    {
        qInfo("=== backend: database file ===");
        Test onFile(nullptr);
        failures += QTest::qExec(&onFile, argc, argv);
    }
    PostgresCluster cluster;
    if (!cluster.start()) {
        qCritical("=== backend: PostgreSQL cannot start: %s", qPrintable(cluster.error()));
        return failures + 1;
    }
    {
        qInfo("=== backend: PostgreSQL (port %d) ===", int(cluster.port()));
        Test onPostgres(&cluster);
        failures += QTest::qExec(&onPostgres, argc, argv);
    }
    return failures;
}

#define METADESK_BACKEND_TEST_MAIN(TestClass)                                                      \
    int main(int argc, char **argv)                                                                \
    {                                                                                              \
        return runOnEveryBackend<TestClass>(argc, argv);                                           \
    }

#include "SqliteBulkLoad.h"

#include "SqlStatement.h"

SqliteBulkLoad::SqliteBulkLoad(SqlConnection *db)
    : m_db(db)
{}

bool SqliteBulkLoad::start()
{
    return run({"PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF"});
}

bool SqliteBulkLoad::dropIndexes(const QStringList &tables)
{
    // The definitions are the schema's own, read back from the file.
    SqlStatement indexes(m_db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = "
                                              "'index' AND sql IS NOT NULL AND tbl_name IN ('%1')")
                                   .arg(tables.join(QLatin1String("', '"))));
    QList<std::pair<QByteArray, QByteArray>> found;
    while (indexes.step())
        found.append({indexes.columnText(0).toUtf8(), indexes.columnText(1).toUtf8()});
    if (indexes.failed()) {
        m_error = indexes.errorText();
        return false;
    }
    for (const auto &[name, sql] : found) {
        SqlStatement drop(m_db, QByteArray("DROP INDEX \"" + name + '"'));
        if (!drop.exec()) {
            m_error = drop.errorText();
            return false;
        }
        m_dropped << sql;
    }
    return true;
}

bool SqliteBulkLoad::rebuildIndexes()
{
    for (const QByteArray &sql : std::as_const(m_dropped)) {
        SqlStatement create(m_db, sql);
        if (!create.exec()) {
            m_error = create.errorText();
            return false;
        }
    }
    m_dropped.clear();
    return true;
}

bool SqliteBulkLoad::syncCommits()
{
    return run({"PRAGMA synchronous = FULL"});
}

bool SqliteBulkLoad::finish()
{
    return run({"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"});
}

bool SqliteBulkLoad::run(std::initializer_list<const char *> pragmas)
{
    for (const char *pragma : pragmas) {
        SqlStatement statement(m_db, pragma);
        // journal_mode answers with the mode it is in now, which is not the one asked for when
        // SQLite cannot switch; the others answer nothing.
        const QString text = QString::fromLatin1(pragma);
        const QString mode = text.startsWith(QLatin1String("PRAGMA journal_mode"))
                                 ? text.section(QLatin1Char('='), 1).trimmed()
                                 : QString();
        const bool answered = statement.step();
        if (statement.failed()) {
            m_error = statement.errorText();
            return false;
        }
        if (!mode.isEmpty() &&
            (!answered || statement.columnText(0).compare(mode, Qt::CaseInsensitive) != 0)) {
            m_error = tr("the file's journal mode could not be set to %1").arg(mode);
            return false;
        }
    }
    return true;
}

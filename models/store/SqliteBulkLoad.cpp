#include "SqliteBulkLoad.h"

#include "SqlStatement.h"

SqliteBulkLoad::SqliteBulkLoad(SqlConnection *db)
    : m_db(db)
{}

bool SqliteBulkLoad::start()
{
    return run({"PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF"});
}

bool SqliteBulkLoad::dropIndexesAndTriggers(const QStringList &tables)
{
    // The definitions are the schema's own, read back from the file.
    SqlStatement found(m_db, QStringLiteral("SELECT type, name, sql, tbl_name FROM sqlite_master "
                                            "WHERE type IN ('index', 'trigger') AND sql IS NOT "
                                            "NULL AND tbl_name IN ('%1')")
                                 .arg(tables.join(QLatin1String("', '"))));
    QList<Dropped> dropped;
    while (found.step())
        dropped.append({"DROP " + found.columnText(0).toUpper().toUtf8() + " \"" +
                            found.columnText(1).toUtf8() + '"',
                        found.columnText(2).toUtf8(), found.columnText(3)});
    if (found.failed()) {
        m_error = found.errorText();
        return false;
    }
    for (const Dropped &d : std::as_const(dropped)) {
        SqlStatement drop(m_db, d.drop);
        if (!drop.exec()) {
            m_error = drop.errorText();
            return false;
        }
        m_dropped << d;
    }
    return true;
}

bool SqliteBulkLoad::remakeIndexesAndTriggers(const QStringList &tables)
{
    QList<Dropped> kept;
    for (const Dropped &d : std::as_const(m_dropped)) {
        if (!tables.isEmpty() && !tables.contains(d.table)) {
            kept << d;
            continue;
        }
        SqlStatement create(m_db, d.create);
        if (!create.exec()) {
            m_error = create.errorText();
            return false;
        }
    }
    m_dropped = kept;
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

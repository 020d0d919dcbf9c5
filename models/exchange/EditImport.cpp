#include "EditImport.h"

#include "DelimitedText.h"
#include "UserColumns.h"
#include "items/PendingChangeRule.h"

#include <QHash>

namespace {
QString normalisedHeader(const QString &cell)
{
    return cell.trimmed().toLower();
}
} // namespace

int ImportResult::goodCount() const
{
    int n = 0;
    for (const ImportRow &r : rows)
        n += r.ok() ? 1 : 0;
    return n;
}

int ImportResult::badCount() const
{
    return int(rows.size()) - goodCount();
}

QList<MetaEdit> ImportResult::goodEdits() const
{
    QList<MetaEdit> edits;
    for (const ImportRow &r : rows) {
        if (r.ok())
            edits.append({r.userId, r.field, r.value, int(edits.size())});
    }
    return edits;
}

ImportResult EditImport::read(const QString &text, const QList<MetaField> &fields,
                              const QSet<qint64> &knownUsers)
{
    ImportResult result;
    QList<QStringList> lines = DelimitedText::parse(text);
    // A UTF-8 byte order mark from a spreadsheet would hide the first header.
    if (!lines.isEmpty() && !lines.first().isEmpty() &&
        lines.first().first().startsWith(QChar(0xfeff)))
        lines.first().first().remove(0, 1);
    if (lines.isEmpty()) {
        result.error = tr("The file is empty.");
        return result;
    }
    QHash<QString, const MetaField *> byName;
    for (const MetaField &f : fields)
        byName.insert(f.name, &f);
    const QStringList header = lines.first();
    if (header.isEmpty() || !UserColumns::isIdColumn(header.first())) {
        result.error = tr("The first line must be a header whose first column is user_id.");
        return result;
    }
    const bool isLong = header.size() == 3 &&
                        normalisedHeader(header.at(1)) == QLatin1String("field") &&
                        normalisedHeader(header.at(2)) == QLatin1String("value");
    result.layout = isLong ? ImportResult::Layout::Long : ImportResult::Layout::Wide;
    // In wide form, the columns of a user's own record are no meta fields: read past, and said
    // once. A users export starts with all of them (the meta fields follow, even one named
    // "email"); in another sheet, such a column is a meta field if the account has one by that
    // name.
    QList<bool> recordColumn(header.size(), false);
    if (!isLong) {
        const bool isExport = UserColumns::startsAnExport(header);
        for (int c = 1; c < header.size(); ++c) {
            const QString name = header.at(c).trimmed();
            const bool record = isExport
                                    ? c <= UserColumns::recordColumns().size()
                                    : UserColumns::isRecordColumn(name) && !byName.contains(name);
            if (record) {
                recordColumn[c] = true;
                result.recordColumns << name;
            }
        }
    }

    auto check = [&](ImportRow &row, const QString &userText) {
        bool idOk = false;
        row.userId = userText.trimmed().toLongLong(&idOk);
        const MetaField *field = byName.value(row.field);
        if (!idOk || row.userId <= 0)
            row.problem = tr("'%1' is not a user id").arg(userText);
        else if (!knownUsers.contains(row.userId))
            row.problem = tr("Unknown user %1").arg(row.userId);
        else if (!field && UserColumns::isRecordColumn(row.field))
            row.problem = tr("'%1' is a column of the user's own record, not a meta field; it "
                             "is not imported")
                              .arg(row.field);
        else if (!field)
            row.problem = tr("Unknown meta field '%1'").arg(row.field);
        else {
            // As if typed into the cell: the same pending value (an empty text clears).
            const EnteredValue entered = PendingChangeRule::enter(*field, row.text);
            row.value = entered.value;
            row.problem = entered.problem;
        }
    };

    for (int i = 1; i < lines.size(); ++i) {
        const QStringList &cells = lines.at(i);
        const int lineNumber = i + 1;
        if (cells.size() == 1 && cells.first().trimmed().isEmpty())
            continue; // a blank line
        if (isLong) {
            ImportRow row;
            row.line = lineNumber;
            row.field = cells.value(1).trimmed();
            row.text = cells.value(2);
            if (cells.size() != 3) {
                row.userId = cells.value(0).trimmed().toLongLong();
                row.problem = tr("Expected 3 columns, found %n", nullptr, int(cells.size()));
            } else {
                check(row, cells.at(0));
            }
            result.rows.append(row);
            continue;
        }
        if (cells.size() > header.size()) {
            ImportRow row;
            row.line = lineNumber;
            row.userId = cells.value(0).trimmed().toLongLong();
            row.problem = tr("Expected at most %n column(s), found %1", nullptr, int(header.size()))
                              .arg(cells.size());
            result.rows.append(row);
            continue;
        }
        for (int c = 1; c < cells.size(); ++c) {
            if (cells.at(c).isEmpty() || recordColumn.at(c))
                continue;
            ImportRow row;
            row.line = lineNumber;
            row.field = header.at(c).trimmed();
            row.text = cells.at(c);
            check(row, cells.at(0));
            result.rows.append(row);
        }
    }
    return result;
}

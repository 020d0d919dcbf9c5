#include "EditImport.h"

#include "DelimitedText.h"
#include "items/PendingChangeRule.h"

#include <QHash>

namespace {
QString normalisedHeader(const QString &cell)
{
    return cell.trimmed().toLower();
}

bool isUserIdHeader(const QString &cell)
{
    const QString h = normalisedHeader(cell);
    return h == QLatin1String("user_id") || h == QLatin1String("id") ||
           h == QLatin1String("userid");
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
    if (header.isEmpty() || !isUserIdHeader(header.first())) {
        result.error = tr("The first line must be a header whose first column is user_id.");
        return result;
    }
    const bool isLong = header.size() == 3 &&
                        normalisedHeader(header.at(1)) == QLatin1String("field") &&
                        normalisedHeader(header.at(2)) == QLatin1String("value");
    result.layout = isLong ? ImportResult::Layout::Long : ImportResult::Layout::Wide;

    auto check = [&](ImportRow &row, const QString &userText) {
        bool idOk = false;
        row.userId = userText.trimmed().toLongLong(&idOk);
        const MetaField *field = byName.value(row.field);
        if (!idOk || row.userId <= 0)
            row.problem = tr("'%1' is not a user id").arg(userText);
        else if (!knownUsers.contains(row.userId))
            row.problem = tr("Unknown user %1").arg(row.userId);
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
            if (cells.at(c).isEmpty())
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

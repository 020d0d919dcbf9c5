#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Rows of cells as spreadsheets copy them (TSV) and as CSV files carry them (RFC 4180: quoted
// cells may hold the delimiter, line breaks and doubled quotes).
namespace DelimitedText {
// A tab in the first line means TSV, else a semicolon without a comma means ';', else ','.
QChar detectDelimiter(const QString &text);
// Splits text into rows and cells; a trailing line break ends the last row, it adds none.
QList<QStringList> parse(const QString &text, QChar delimiter);
QList<QStringList> parse(const QString &text);
// One CSV cell, quoted when it holds the delimiter, a quote, a line break or edge spaces.
QString quoted(const QString &cell, QChar delimiter = QLatin1Char(','));
// One CSV line (without the line break).
QString line(const QStringList &cells, QChar delimiter = QLatin1Char(','));
} // namespace DelimitedText

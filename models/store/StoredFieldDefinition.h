#pragma once

#include "domain/MetaField.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// A field's definition as the meta_fields table keeps it: compact JSON text (SQLite and
// PostgreSQL alike). Written with a leading U+FEFF of a label or option escaped (JsonWriter), and
// read so that a raw one, as files written before that rule hold, is kept too: Qt's JSON reader
// drops a mark that starts a string. Every reader and writer of the column goes through here.
namespace StoredFieldDefinition {
QByteArray text(const MetaField &field);
QJsonObject object(const QString &columnText);
MetaField read(const QString &name, const QString &columnText);
} // namespace StoredFieldDefinition

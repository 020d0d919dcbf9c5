#include "PendingEditsJournal.h"

#include "payload/JsonWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
const QString kFormat = QStringLiteral("metadesk-pending-edits/1");
}

PendingEditsJournal::PendingEditsJournal(PendingEdits *pending, QObject *parent)
    : QObject(parent)
    , m_pending(pending)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(kDelayMs);
    connect(&m_delay, &QTimer::timeout, this, [this] { write(); });
    connect(pending, &PendingEdits::entryChanged, this, &PendingEditsJournal::schedule);
    connect(pending, &PendingEdits::reset, this, &PendingEditsJournal::schedule);
    connect(pending, &PendingEdits::countChanged, this, &PendingEditsJournal::schedule);
}

PendingEditsJournal::~PendingEditsJournal()
{
    // A window closed with edits still pending keeps them on disk.
    if (m_delay.isActive())
        write();
}

void PendingEditsJournal::setLocation(const QString &location)
{
    if (m_delay.isActive())
        write();
    m_location = location;
}

QString PendingEditsJournal::pathFor(const QString &location)
{
    const QByteArray hash =
        QCryptographicHash::hash(location.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/pending-edits/") + QString::fromLatin1(hash) + QStringLiteral(".json");
}

void PendingEditsJournal::schedule()
{
    if (!m_location.isEmpty())
        m_delay.start();
}

void PendingEditsJournal::flush()
{
    m_delay.stop();
    write();
}

void PendingEditsJournal::remove(const QString &location)
{
    QFile::remove(pathFor(location));
}

bool PendingEditsJournal::write()
{
    m_delay.stop();
    if (m_location.isEmpty() || !m_pending)
        return false;
    const QString path = pathFor(m_location);
    if (m_pending->count() == 0) {
        QFile::remove(path);
        return true;
    }
    QJsonArray edits;
    const QMap<PendingEdits::Key, PendingEdits::Entry> entries = m_pending->entries();
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        QJsonObject e{{QStringLiteral("account"), it.key().accountId},
                      {QStringLiteral("user"), it.key().userId},
                      {QStringLiteral("field"), it.key().field},
                      {QStringLiteral("value"), it->value}};
        // "previous" left out means the cell held no value.
        if (!it->previous.isUndefined())
            e.insert(QStringLiteral("previous"), it->previous);
        if (!it->problem.isEmpty())
            e.insert(QStringLiteral("problem"), it->problem);
        if (it->refused)
            e.insert(QStringLiteral("refused"), true);
        edits.append(e);
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(JsonWriter::compact(QJsonObject{{QStringLiteral("format"), kFormat},
                                               {QStringLiteral("location"), m_location},
                                               {QStringLiteral("edits"), edits}}));
    return file.commit();
}

PendingEditsJournal::Saved PendingEditsJournal::load(const QString &location, QString *error)
{
    Saved saved;
    QFile file(pathFor(location));
    if (!file.exists())
        return saved;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return saved;
    }
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError ||
        root.value(QStringLiteral("format")).toString() != kFormat ||
        root.value(QStringLiteral("location")).toString() != location) {
        if (error)
            *error = tr("The saved edits of %1 cannot be read.").arg(location);
        return saved;
    }
    for (const auto &v : root.value(QStringLiteral("edits")).toArray()) {
        const QJsonObject e = v.toObject();
        PendingEdits::Key key{e.value(QStringLiteral("account")).toInteger(),
                              e.value(QStringLiteral("user")).toInteger(),
                              e.value(QStringLiteral("field")).toString()};
        PendingEdits::Entry entry{e.value(QStringLiteral("value")),
                                  e.contains(QStringLiteral("previous"))
                                      ? e.value(QStringLiteral("previous"))
                                      : QJsonValue(QJsonValue::Undefined),
                                  e.value(QStringLiteral("problem")).toString(),
                                  e.value(QStringLiteral("refused")).toBool()};
        if (key.userId > 0 && !key.field.isEmpty())
            saved.append({key, entry});
    }
    return saved;
}

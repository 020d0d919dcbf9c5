#include "EditExchange.h"

#include "ImportPreviewDialog.h"
#include "Prompter.h"
#include "exchange/EditImport.h"
#include "exchange/UsersCsvExporter.h"
#include "items/MatchingUsersCollector.h"
#include "items/PendingChangeRule.h"
#include "items/PendingEdits.h"
#include "items/UsersTableModel.h"
#include "store/Store.h"

#include <QFile>
#include <QFileInfo>
#include <QProgressDialog>
#include <QSet>
#include <QUndoStack>
#include <QWidget>

EditExchange::EditExchange(PendingEdits *pending, QUndoStack *undoStack,
                           UsersTableModel *usersModel, QWidget *window)
    : QObject(window)
    , m_pending(pending)
    , m_undoStack(undoStack)
    , m_usersModel(usersModel)
    , m_window(window)
{}

void EditExchange::setStore(Store *store, qint64 accountId)
{
    m_store = store;
    m_accountId = accountId;
}

void EditExchange::setFields(const QList<MetaField> &fields)
{
    m_fields = fields;
}

void EditExchange::chooseAndImport()
{
    if (!m_prompter || !m_store)
        return;
    const QString path =
        m_prompter->openFileName(m_window, tr("Import Edits"), QString(),
                                 tr("CSV or TSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void EditExchange::importFile(const QString &path)
{
    if (m_store && m_store->usesFile(path)) {
        const QString message =
            tr("%1 is the database open in MetaDesk; it cannot be read as a list of edits.")
                .arg(path);
        if (m_prompter)
            m_prompter->warn(m_window, tr("Import Edits"), message);
        Q_EMIT importFinished(false, message);
        return;
    }
    QFile file(path);
    if (!m_store || !file.open(QIODevice::ReadOnly)) {
        const QString message = tr("Cannot read %1: %2").arg(path, file.errorString());
        if (m_prompter)
            m_prompter->warn(m_window, tr("Import Edits"), message);
        Q_EMIT importFinished(false, message);
        return;
    }
    const QString text = QString::fromUtf8(file.readAll());
    const QString fileName = QFileInfo(path).fileName();
    // Every user of the account, to tell unknown users apart before anything is pending.
    auto *collector = new MatchingUsersCollector(m_store, m_accountId, {}, this);
    connect(collector, &MatchingUsersCollector::finished, this, [this, collector, text, fileName] {
        collector->deleteLater();
        if (!collector->error().isEmpty()) {
            if (m_prompter)
                m_prompter->warn(m_window, tr("Import Edits"), collector->error());
            Q_EMIT importFinished(false, collector->error());
            return;
        }
        QSet<qint64> known;
        known.reserve(collector->users().size());
        for (const User &u : collector->users())
            known.insert(u.id);
        const ImportResult result = EditImport::read(text, m_fields, known);
        if (!result.error.isEmpty()) {
            if (m_prompter)
                m_prompter->warn(m_window, tr("Import Edits"), result.error);
            Q_EMIT importFinished(false, result.error);
            return;
        }
        ImportPreviewDialog dialog(result, fileName, m_window);
        if (!m_prompter || m_prompter->execDialog(&dialog) != QDialog::Accepted) {
            Q_EMIT importFinished(false, tr("The import was cancelled."));
            return;
        }
        makePending(result.goodEdits(), fileName);
    });
    collector->start();
}

void EditExchange::makePending(const QList<MetaEdit> &edits, const QString &fileName)
{
    // The stored values first, so that each cell remembers what it held (and a value equal to
    // it does not become an edit).
    QList<qint64> ids;
    QSet<qint64> seen;
    for (const MetaEdit &e : edits) {
        if (!seen.contains(e.userId)) {
            seen.insert(e.userId);
            ids << e.userId;
        }
    }
    fetchStored(ids, 0, {}, edits, fileName);
}

void EditExchange::fetchStored(const QList<qint64> &ids, int from,
                               QHash<qint64, QJsonObject> stored, const QList<MetaEdit> &edits,
                               const QString &fileName)
{
    if (from < ids.size() && m_store) {
        const QList<qint64> batch = ids.mid(from, MatchingUsersCollector::kPageSize);
        const int next = from + int(batch.size());
        m_store->fetchMetaValues(m_accountId, batch, {}, this,
                                 [this, ids, next, stored, edits, fileName](
                                     const StoreReply<QHash<qint64, QJsonObject>> &reply) mutable {
                                     stored.insert(reply.value);
                                     // From the event loop: a file answers at once, a long list
                                     // must not recurse.
                                     QMetaObject::invokeMethod(
                                         this,
                                         [this, ids, next, stored, edits, fileName] {
                                             fetchStored(ids, next, stored, edits, fileName);
                                         },
                                         Qt::QueuedConnection);
                                 });
        return;
    }
    QList<PendingEditCommand::Change> changes;
    for (const MetaEdit &e : edits) {
        // The import entered the values already (PendingChangeRule::enter); good ones only.
        const std::optional<PendingEditCommand::Change> change =
            PendingChangeRule::change(*m_pending, {m_accountId, e.userId, e.field}, {e.value, {}},
                                      stored.value(e.userId).value(e.field));
        if (change)
            changes.append(*change);
    }
    const int count = int(changes.size());
    const int same = int(edits.size()) - count;
    if (count > 0)
        m_undoStack->push(new PendingEditCommand(
            m_pending, changes, tr("Import %Ln edit(s) from %1", nullptr, count).arg(fileName)));
    // An import of what is stored already changes nothing: say so rather than "0 imported".
    QString message =
        count == 0
            ? tr("Nothing changed: all %Ln imported value(s) are stored already.", nullptr, same)
            : tr("%Ln edit(s) imported; they are pending.", nullptr, count);
    if (count > 0 && same > 0)
        message += QLatin1Char(' ') +
                   tr("%Ln value(s) were stored already and left alone.", nullptr, same);
    Q_EMIT importFinished(true, message);
}

void EditExchange::chooseAndExport()
{
    if (!m_prompter || !m_store)
        return;
    const QString path = m_prompter->saveFileName(m_window, tr("Export Users"), QString(),
                                                  tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        exportFile(path);
}

void EditExchange::exportFile(const QString &path)
{
    if (!m_store)
        return;
    if (m_store->usesFile(path)) {
        const QString message =
            tr("%1 is the database open in MetaDesk; export the users to another file.").arg(path);
        if (m_prompter)
            m_prompter->warn(m_window, tr("Export Users"), message);
        Q_EMIT exportFinished(false, message);
        return;
    }
    auto *exporter = new UsersCsvExporter(m_store, m_accountId, m_usersModel->query(),
                                          m_usersModel->metaColumns(), this);
    auto *progress = new QProgressDialog(tr("Exporting users…"), tr("Cancel"), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setMinimumDuration(400);
    connect(progress, &QProgressDialog::canceled, exporter, &UsersCsvExporter::cancel);
    connect(exporter, &UsersCsvExporter::progress, progress, [progress](qint64 done, qint64 total) {
        progress->setMaximum(int(qMax<qint64>(total, 0)));
        progress->setValue(int(done));
    });
    connect(exporter, &UsersCsvExporter::finished, this, [this, exporter, progress, path](bool ok) {
        progress->deleteLater();
        exporter->deleteLater();
        const QString message =
            ok ? tr("%Ln user(s) exported to %1.", nullptr, int(exporter->written())).arg(path)
               : exporter->error();
        if (!ok && m_prompter)
            m_prompter->warn(m_window, tr("Export Users"), message);
        Q_EMIT exportFinished(ok, message);
    });
    exporter->start(path);
}

#pragma once

#include "ApplyReport.h"

#include <QCoreApplication>
#include <QObject>

// A running apply. Connect to its signals right after the Store handed it out: it never finishes
// before control returns to the event loop. The Store deletes nothing; the receiver of
// finished() owns the job and deletes it (deleteLater) when done.
class ApplyJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Asks the job to stop; what already landed stays landed and is reported so.
    virtual void cancel() = 0;
    bool isFinished() const { return m_finished; }
    const ApplyReport &report() const { return m_report; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished();

protected:
    void finish(ApplyReport report);
    // Why an edit replaced by a later edit of its cell did not land: the later edit's reason.
    static QString replacedReason(const QString &reason);

private:
    ApplyReport m_report;
    bool m_finished = false;
};

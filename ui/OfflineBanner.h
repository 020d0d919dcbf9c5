#pragma once

#include "sync/OfflineOrigin.h"

#include <QFrame>

class QLabel;
class QPushButton;

// The strip above the tables of an offline copy: where it came from, when it was taken and how
// many changes are not sent yet, with the two actions that matter then.
class OfflineBanner : public QFrame
{
    Q_OBJECT
public:
    explicit OfflineBanner(QWidget *parent = nullptr);

    // Shows the banner for `origin` (hides it for a file that is no offline copy).
    void setOrigin(const OfflineOrigin &origin);
    void setUnsentChanges(qint64 changes);
    QString text() const;

Q_SIGNALS:
    void showChangesRequested();
    void sendChangesRequested();

private:
    void updateText();

    OfflineOrigin m_origin;
    qint64 m_unsent = 0;
    QLabel *m_text;
    QPushButton *m_show;
    QPushButton *m_send;
};

#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGINT and SIGTERM into QCoreApplication::quit(). The signal handler only writes a byte
// to a pipe (all it may safely do); the event loop reads it between two requests, so a request
// in progress always finishes its transaction first.
class SignalQuitter : public QObject
{
    Q_OBJECT
public:
    explicit SignalQuitter(QObject *parent = nullptr);
    ~SignalQuitter() override;

    bool isInstalled() const { return m_notifier != nullptr; }
    // The signal that asked to quit, or 0.
    int receivedSignal() const { return m_signal; }

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
    int m_signal = 0;
};

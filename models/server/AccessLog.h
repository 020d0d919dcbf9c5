#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

class QHostAddress;
class QTextStream;

// One line per request on stderr: time, peer, method, path, status, milliseconds, entries.
// Never a key: the values of api_key / apikey (any spelling of case or brackets) are replaced.
class AccessLog
{
public:
    struct Entry
    {
        QDateTime time;
        QString peer;
        QByteArray method;
        QString path;
        QByteArray query;
        int status = 0;
        double milliseconds = 0;
        qint64 entries = 0;
    };

    explicit AccessLog(QTextStream *out); // null: logging is off
    void write(const Entry &entry);

    static QString line(const Entry &entry);
    // The query string with the value of every credential-key parameter replaced by "REDACTED".
    static QByteArray redactedQuery(const QByteArray &query);

private:
    QTextStream *m_out;
};

#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

// Reads one id as the ingress endpoints accept it: a JSON integer or a numeric string (white space
// around it is ignored), positive and within 64 bits.
class IdReader
{
    Q_DECLARE_TR_FUNCTIONS(IdReader)
public:
    struct Result
    {
        qint64 id = 0;
        QString problem; // empty when the id is good

        bool ok() const { return problem.isEmpty(); }
    };

    static Result read(const QJsonValue &value);
    // A JSON integer (a request tree's Integer node, read without a QJsonValue).
    static Result readInteger(qint64 value);
    // An id given as text (a numeric string, or a form value).
    static Result readText(const QString &text);
    // The same for UTF-8 text; plain digits (the usual id) are read without a QString.
    static Result readUtf8(QByteArrayView text);
    // Whether `text` (trimmed) is all digits, i.e. means an id rather than a name.
    static bool looksNumeric(const QString &text);
};

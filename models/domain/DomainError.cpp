#include "DomainError.h"

DomainError DomainError::refused(const char *rule, const QList<ErrorDetail> &details)
{
    return {Kind::Refused, QString::fromLatin1(rule), details};
}

DomainError DomainError::failed(Kind kind, const QString &why)
{
    DomainError error{kind, QString(), {}};
    if (!why.isEmpty())
        error.details.append({QString(), why});
    return error;
}

DomainError DomainError::conflict(const QList<ErrorDetail> &details)
{
    return {Kind::Conflict, QString(), details};
}

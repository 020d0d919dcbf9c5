#pragma once

#include "ApiError.h"

#include <QList>
#include <QString>

// Why a write of the database file did nothing, as the rules see it: no HTTP status and no
// translated title. The server turns it into an answer (ApiResponse), the GUI's stores into a
// ClientError; both decide from `kind`, never from the text of the details.
struct DomainError
{
    enum class Kind
    {
        None,
        Refused,   // a rule refused the request: `rule` says which, `details` where and why
        Conflict,  // a conditional write (If-Match): places changed after the request's revision;
                   // `details` lists each with its current value; nothing was written
        Busy,      // another connection held the file's write lock too long; a retry may work
        Cancelled, // the caller asked to stop; nothing was written
        File,      // the database file could not be opened or read
        Internal   // SQLite failed; nothing was written
    };

    Kind kind = Kind::None;
    // For Refused: the rule, as its ErrorTitles constant (fixed English, never translated).
    QString rule;
    // For Refused: each problem with its location; otherwise what SQLite said, if anything.
    QList<ErrorDetail> details;

    bool isError() const { return kind != Kind::None; }

    static DomainError refused(const char *rule, const QList<ErrorDetail> &details = {});
    static DomainError failed(Kind kind, const QString &why = QString());
    static DomainError conflict(const QList<ErrorDetail> &details);
};

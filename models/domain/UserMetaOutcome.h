#pragma once

#include "ApiError.h"
#include "DomainError.h"
#include "EditPart.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

// One problem with one edit of a request, found before anything was written.
struct EditProblem
{
    int editIndex = -1; // index into the list of edits that was applied
    EditPart part = EditPart::Value;
    QString message;
};

// What applying a list of meta edits did, or why it did nothing (docs/API.md 5.2 and 5.4).
struct UserMetaOutcome
{
    // Why nothing was written (refused: `problems` say which edits and why); none when written.
    DomainError error;
    QList<EditProblem> problems;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 users = 0;    // users with at least one updated value
    qint64 revision = 0; // the account's revision after the write (docs/API.md 10)

    bool ok() const { return !error.isError(); }
    QString message() const;
    QJsonObject successJson() const;
    // The problems as located details; `locate` turns an edit's part into a location of the
    // request document. Identical (location, message) pairs are listed once.
    QList<ErrorDetail>
    problemDetails(const std::function<QString(int editIndex, EditPart part)> &locate) const;
};

#pragma once

#include "PayloadTree.h"
#include "TreeEdits.h"
#include "domain/ApiContract.h"
#include "domain/ApiError.h"
#include "domain/EditPart.h"
#include "domain/MetaEdit.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

// A PUT /api/ingress/user_meta request document read into edits.
struct UserMetaRequest
{
    int format = 0; // 1, 2 or 3 (docs/API.md 5.1); 0 when none could be told
    // The well-formed entries, later duplicates already applied. When `error` is set the request
    // must be refused; the edits are still given so that the store can add its own problems
    // (unknown users, fields, bad values) and report them all at once.
    QList<MetaEdit> edits;
    ApiError error;

    bool ok() const { return !error.isError(); }
};

// The same, read by UserMetaPayload::read: the edits refer to the tree they were read from and
// make no value until one is asked for. What the server checks and applies.
struct UserMetaTreeRequest
{
    int format = 0;
    TreeEdits edits;
    ApiError error;

    bool ok() const { return !error.isError(); }
};

// Reads the three formats of the user_meta ingress (docs/API.md 5.1, locations of section 4).
// Checks shape and ids only; whether users and fields exist and values fit is the store's job.
class UserMetaPayload
{
    Q_DECLARE_TR_FUNCTIONS(UserMetaPayload)
public:
    static constexpr int kMaxEntries = ApiContract::kMaxEntriesPerRequest;

    // `maxEntries` is lifted only by benchmarks and tools that read files, never by the server.
    // `usersKeyOrder` is format 1's user keys as written (JsonKeyOrder), repetitions included;
    // without it (form encodings merge keys) the keys are taken in sorted order. Either way a
    // user named by two keys ("15", "015", "+15") is refused at every key but its first, and
    // a key written as the plain number counts as first.
    static UserMetaRequest parse(const QJsonObject &document, int maxEntries = kMaxEntries,
                                 const QStringList &usersKeyOrder = {});
    // The same rules read straight from a decoded request (RequestDocument::read): format 1's
    // written key order comes from the tree.
    static UserMetaRequest parse(const PayloadTree &tree, int maxEntries = kMaxEntries);
    // The same rules without making the edits' values; `tree` must outlive the result.
    static UserMetaTreeRequest read(const PayloadTree &tree, int maxEntries = kMaxEntries);

    // Where an edit's user, field or value stands in a request of `format` (docs/API.md 4).
    static QString location(int format, const MetaEdit &edit, EditPart part);

    // Adds `details` under `title` to `error`, keeping as title the class that comes first
    // (Incorrect Format, Missing Data, Invalid Users, Invalid Fields, Invalid Values: 4.2).
    static void addErrors(ApiError &error, const char *title, const QList<ErrorDetail> &details);
};

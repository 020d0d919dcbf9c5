#pragma once

#include "store/ClientError.h"
#include "store/StoreError.h"

#include <QString>

// Why the workspace could not do what was asked: what kind of problem it is (for code to decide
// on) and one translated sentence (for the person).
struct WorkspaceFailure
{
    enum class Kind
    {
        None,
        EditsPending,   // switching would drop edits that are not written yet
        Busy,           // a file is still being opened
        File,           // the file cannot be opened or made (fileKind says why)
        UnknownProfile, // no connection profile of that name
        NoKey,          // the keychain holds no API key for the profile
        Store,          // the open file or server refused a read (its accounts)
        Journal         // saved pending edits could not be read
    };

    Kind kind = Kind::None;
    StoreError::Kind fileKind = StoreError::Kind::None;
    QString text;
    // For Store: the kind of the store's error (Authentication offers to enter the key again).
    ClientError::Kind storeKind = ClientError::Kind::None;

    bool ok() const { return kind == Kind::None; }
};

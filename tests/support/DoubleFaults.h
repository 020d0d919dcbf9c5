#pragma once

#include "FakeHttpServer.h"

#include <QByteArray>
#include <QList>
#include <optional>

// Faults a test double of another system plays on the requests that match, once each, in the
// order they were added: an error status (with the system's error body and a Retry-After), or a
// connection dropped before or after the double acted on the request.
class DoubleFaults
{
public:
    enum class Kind
    {
        Status,           // answer `status` without acting
        DropBeforeActing, // close the connection without a byte, nothing done
        DropAfterActing   // act, then close the connection halfway through the answer
    };
    struct Fault
    {
        QByteArray method;   // empty: any
        QByteArray pathPart; // the request's path contains it; empty: any
        Kind kind = Kind::Status;
        int status = 500;
        QByteArray retryAfter; // for 429/503
        int times = 1;
    };

    void add(const Fault &fault) { m_faults.append(fault); }
    // The fault for `request`, if one is due (its count goes down).
    std::optional<Fault> take(const FakeRequest &request);
    bool isEmpty() const { return m_faults.isEmpty(); }

private:
    QList<Fault> m_faults;
};

#pragma once

#include "ApiResponse.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <optional>

// How long the body of a request is, judged strictly from its headers (RFC 9112 6.1-6.3), and
// the header-count limit. A request it refuses is answered and its connection closed: after a
// framing doubt, nothing later on that connection can be trusted to start where it seems to.
class RequestFraming
{
    Q_DECLARE_TR_FUNCTIONS(RequestFraming)
public:
    static constexpr qint64 kChunked = -1;

    struct Verdict
    {
        std::optional<ApiResponse> refusal; // 400 (framing) or 431 (too many header lines)
        qint64 bodyBytes = 0;               // the declared length, or kChunked
    };

    static Verdict check(const QList<QPair<QByteArray, QByteArray>> &headers, int maxHeaderLines);
};

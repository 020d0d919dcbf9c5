#pragma once

#include "PayloadTree.h"

#include <QByteArray>

// Reads a JSON body whose top level is an object straight into a PayloadTree, in one pass over
// its UTF-8 bytes (Qt 6.4 has no streaming JSON reader; QJsonDocument builds a QJsonObject per
// object). Numbers become what QJsonDocument makes of them: whole values within 64 bits are
// integers (1e3, -0 and 1.0 included), other values doubles.
//
// It accepts only strict RFC 8259 text: valid UTF-8, no raw control characters in strings, no
// lone surrogate, at most `maxDepth` levels, no key with a \u escape of U+E000 or above (whose
// place among the keys QJsonDocument decides its own way). Anything else returns false, and the
// caller asks QJsonDocument, which either says what is wrong and where or (for the few things it is
// more lenient about) reads the body the way the server always has. So every refusal keeps one
// wording, and the fast path never accepts what the old one refused.
class JsonTreeReader
{
public:
    // Reads body[from..] into `tree` (which must be new). False: not read, see above.
    static bool read(const QByteArray &body, qsizetype from, int maxDepth, PayloadTree &tree);
};

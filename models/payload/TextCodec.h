#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// Byte-level text helpers shared by the request decoder and the compiler. They work on bytes, not
// QString, because payload bodies can hold millions of entries.
namespace TextCodec {

// The value of one hexadecimal digit (either case), or -1.
int hexValue(char c);

// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
// `badOffset`, when given, receives the offset of the first bad byte.
bool isValidUtf8(QByteArrayView bytes, qsizetype *badOffset = nullptr);

// The offset of the first \uXXXX escape in valid JSON text that names half a surrogate pair
// on its own (RFC 8259 8.2: such a string is not text); -1 when there is none.
qsizetype loneSurrogateEscapeAt(QByteArrayView json);

// application/x-www-form-urlencoded decoding: '+' is a space, %XX a byte. A malformed escape is
// kept literally, as PHP does.
QByteArray formDecode(QByteArrayView text);
// The same without a copy when there is nothing to decode: returns `text` itself, or a view of
// `scratch` holding the decoded bytes.
QByteArrayView formDecoded(QByteArrayView text, QByteArray &scratch);

// Appends `utf8` form-encoded: unreserved bytes as they are, space as '+', the rest as %XX.
// `keepBrackets` leaves '[' and ']' unescaped (PHP key syntax).
void appendFormEncoded(QByteArray &out, QByteArrayView utf8, bool keepBrackets = false);

// Appends `utf16` as UTF-8; a lone surrogate becomes U+FFFD.
void appendUtf8(QByteArray &out, QStringView utf16);

// `utf8` as text, every character kept: QString::fromUtf8 drops a byte order mark (U+FEFF) that
// starts its input, which would change a stored name or value that begins with one.
QString utf8Text(QByteArrayView utf8);

} // namespace TextCodec

#pragma once

#include <QByteArray>
#include <QByteArrayView>

// The name=value pairs of application/x-www-form-urlencoded text, in order: a leading '?' and
// empty pairs skipped, names and values decoded ('+' a space, %XX a byte). The views point into
// the text or into this reader's buffers and hold until the next call.
class FormPairs
{
public:
    explicit FormPairs(QByteArrayView text);

    // False when there is no pair left.
    bool next(QByteArrayView *name, QByteArrayView *value);
    // The pair next() gave last, counted from 0.
    int index() const { return m_index; }
    // Whether the last name or value is known to be ASCII (no byte above 0x7F, no %XX escape),
    // so valid UTF-8 without a check: most are, and a small form would spend a fifth of its
    // parse checking them.
    bool nameIsAscii() const { return m_nameAscii; }
    bool valueIsAscii() const { return m_valueAscii; }
    // False when the last name is known to hold no '[' (none raw, no %XX escape that could
    // decode to one): a flat form's names are checked without another pass.
    bool nameMayHoldBracket() const { return m_nameMayHoldBracket; }

private:
    QByteArrayView m_text;
    qsizetype m_start;
    int m_index = -1;
    bool m_nameAscii = false;
    bool m_valueAscii = false;
    bool m_nameMayHoldBracket = false;
    QByteArray m_nameScratch;
    QByteArray m_valueScratch;
};

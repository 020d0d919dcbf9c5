#include "FormPairs.h"

#include "TextCodec.h"

FormPairs::FormPairs(QByteArrayView text)
    : m_text(text)
    , m_start(text.startsWith('?') ? 1 : 0)
{}

bool FormPairs::next(QByteArrayView *name, QByteArrayView *value)
{
    while (m_start <= m_text.size()) {
        qsizetype end = m_text.indexOf('&', m_start);
        if (end < 0)
            end = m_text.size();
        const QByteArrayView pair = m_text.sliced(m_start, end - m_start);
        m_start = end + 1;
        if (pair.isEmpty())
            continue;
        ++m_index;
        const qsizetype eq = pair.indexOf('=');
        *name = TextCodec::formDecoded(eq < 0 ? pair : pair.first(eq), m_nameScratch);
        *value =
            TextCodec::formDecoded(eq < 0 ? QByteArrayView() : pair.sliced(eq + 1), m_valueScratch);
        return true;
    }
    return false;
}

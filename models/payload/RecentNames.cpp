#include "RecentNames.h"

#include "TextCodec.h"

#include <cstring>

QString RecentNames::text(QByteArrayView utf8)
{
    if (utf8.isEmpty() || utf8.size() > kMaxBytes)
        return TextCodec::utf8Text(utf8);
    for (const Entry &e : m_entries) {
        if (e.utf8.size() == utf8.size() &&
            std::memcmp(e.utf8.constData(), utf8.data(), size_t(utf8.size())) == 0)
            return e.text;
    }
    Entry &e = m_entries[m_next];
    m_next = (m_next + 1) % kSize;
    e.utf8 = utf8.toByteArray();
    e.text = TextCodec::utf8Text(utf8);
    return e.text;
}

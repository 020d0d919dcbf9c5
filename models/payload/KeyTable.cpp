#include "KeyTable.h"

#include <QHashFunctions>

namespace {
quint32 hashOf(QByteArrayView key)
{
    return quint32(qHash(key, QHashSeed::globalSeed()));
}
} // namespace

KeyTable::KeyTable(qsizetype expected)
{
    size_t capacity = 16;
    while (capacity < size_t(expected) * 2)
        capacity *= 2;
    m_slots.resize(capacity);
    m_keys.reserve(size_t(expected));
}

size_t KeyTable::slotOf(QByteArrayView key, quint32 hash) const
{
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot &s = m_slots[i];
        if (s.number < 0 || (s.hash == hash && m_keys[size_t(s.number)] == key))
            return i;
    }
}

int KeyTable::find(QByteArrayView key) const
{
    return m_slots[slotOf(key, hashOf(key))].number;
}

int KeyTable::insert(QByteArrayView key, bool *added)
{
    const quint32 hash = hashOf(key);
    Slot &s = m_slots[slotOf(key, hash)];
    if (s.number >= 0) {
        if (added)
            *added = false;
        return s.number;
    }
    s.hash = hash;
    s.number = int(m_keys.size());
    m_keys.push_back(key);
    if (added)
        *added = true;
    if (m_keys.size() * 2 > m_slots.size())
        grow();
    return int(m_keys.size()) - 1;
}

void KeyTable::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    const size_t mask = m_slots.size() - 1;
    for (const Slot &s : old) {
        if (s.number < 0)
            continue;
        size_t i = s.hash & mask;
        while (m_slots[i].number >= 0)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
}

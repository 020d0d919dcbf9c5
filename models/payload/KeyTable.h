#pragma once

#include <QByteArrayView>
#include <vector>

// Numbers byte strings 0, 1, 2, ... in the order first seen, so that a request's repeated
// names (field names, user keys) are compared and stored as small numbers. One flat table with
// open addressing, no allocation per key; hashed with Qt's per-process seed, so a client cannot
// choose keys that collide. The table holds views: the bytes must outlive it.
class KeyTable
{
public:
    explicit KeyTable(qsizetype expected = 0);

    // The number of `key`; a new key gets the next one and sets `*added`.
    int insert(QByteArrayView key, bool *added = nullptr);
    int find(QByteArrayView key) const; // -1 when absent
    QByteArrayView key(int number) const { return m_keys[size_t(number)]; }
    int size() const { return int(m_keys.size()); }

private:
    struct Slot
    {
        quint32 hash = 0;
        qint32 number = -1; // -1: empty
    };

    size_t slotOf(QByteArrayView key, quint32 hash) const;
    void grow();

    std::vector<QByteArrayView> m_keys;
    std::vector<Slot> m_slots; // a power of two, at most half full
};

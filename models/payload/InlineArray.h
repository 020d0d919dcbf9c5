#pragma once

#include <QVarLengthArray>
#include <utility>

// Moves `source` into `target`. Qt 6.4's QVarLengthArray move assignment forgets a heap buffer
// the target held and leaks it (LeakSanitizer found it; later Qt frees it): the target is first
// emptied back to its inline storage.
template<typename T, qsizetype N>
void moveInlineArray(QVarLengthArray<T, N> &target, QVarLengthArray<T, N> &&source)
{
    target.clear();
    target.squeeze();
    target = std::move(source);
}

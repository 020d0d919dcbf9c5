#pragma once

#include "domain/MetaEdit.h"

#include <QList>

// The edits the payload benchmarks compile and parse, so both measure the same bodies.
namespace BenchEdits {
// A bulk edit as the GUI makes it: a few fields over many users, mixed value types.
QList<MetaEdit> mixed(int count);
} // namespace BenchEdits

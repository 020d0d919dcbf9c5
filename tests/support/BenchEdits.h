#pragma once

#include "domain/MetaEdit.h"
#include "payload/PayloadCompiler.h"

#include <QList>

// The edits the payload benchmarks compile and parse, so both measure the same bodies.
namespace BenchEdits {
// A bulk edit as the GUI makes it: a few fields over many users, mixed value types.
QList<MetaEdit> mixed(int count);
// Five fields of users 1..`users` set to values no demo file holds: 5 × users changed cells, as
// the offline benchmarks edit a copy.
QList<MetaEdit> offlineCells(qint64 users);
// Compile options with the request limits lifted and a fixed boundary: one body per format.
CompileOptions unlimited(int count);
} // namespace BenchEdits

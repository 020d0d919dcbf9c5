#pragma once

#include "domain/MetaEdit.h"
#include "payload/PayloadCompiler.h"

#include <QList>

// The edits the payload benchmarks compile and parse, so both measure the same bodies.
namespace BenchEdits {
// A bulk edit as the GUI makes it: a few fields over many users, mixed value types.
QList<MetaEdit> mixed(int count);
// Compile options with the request limits lifted and a fixed boundary: one body per format.
CompileOptions unlimited(int count);
} // namespace BenchEdits

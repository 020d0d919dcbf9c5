#pragma once

// The C library's allocator settings for a process that reads request bodies (metadesk-server,
// and the parse benchmark's child that stands for it).
class RequestMemory
{
public:
    // A 16 MiB body's tree and form nodes are blocks of 20-40 MiB. glibc maps such blocks anew
    // for every request and gives their pages back when they are freed (its mmap threshold moves
    // with what was freed last, 32 MiB at most), so each request pays the first touch of every
    // page again: measured 3x the page faults and 1.6-2.7x the CPU for format-2 multipart bodies
    // (docs/PERFORMANCE.md). Blocks below 32 MiB come from the heap and up to 256 MiB of free
    // heap is kept instead. Call first thing in main(); a no-op outside glibc.
    static void configure();
};

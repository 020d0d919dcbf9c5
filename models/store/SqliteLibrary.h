#pragma once

// SQLite's settings for the whole process, which SQLite accepts only before its first use.
class SqliteLibrary
{
public:
    // Turns off SQLite's memory statistics (SQLITE_CONFIG_MEMSTATUS). With them on, every
    // allocation and free of every connection takes one process-wide mutex: a thread of lower
    // CPU priority that is preempted while holding it holds up every other connection of the
    // process (seen in metadesk-server: small reads waiting 100-600 ms behind a bulk read at
    // nice 10). Nothing in MetaDesk reads those statistics. Call first thing in main(); false
    // when SQLite was already in use, and then nothing changed.
    static bool configure();
};

#include "SqliteLibrary.h"

#include <sqlite3.h>

bool SqliteLibrary::configure()
{
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
}

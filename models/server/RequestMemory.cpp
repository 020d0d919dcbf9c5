#include "RequestMemory.h"

#include <cstdlib> // defines __GLIBC__ on glibc
#ifdef __GLIBC__
#include <malloc.h>
#endif

void RequestMemory::configure()
{
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024); // the most mallopt takes (64-bit)
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
#endif
}

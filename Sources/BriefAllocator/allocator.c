// brief's release build links jemalloc in place of glibc's malloc (Package.swift): a build makes
// and frees millions of small objects (strings, arrays, template values) from several threads,
// and glibc's allocator was a tenth of all CPU. jemalloc reads these settings when it starts:
// - dirty_decay_ms: freed pages go back to the system after half a second, not ten, so that
//   memory freed by one stage (loading, the per-briefing pages) is not held through the next;
// - muzzy_decay_ms: 0, pages given back are given back at once.
#include "BriefAllocator.h"
#include <stddef.h>

#ifdef BRIEF_JEMALLOC
#include <jemalloc/jemalloc.h>
#include <sys/types.h>

const char *malloc_conf = "dirty_decay_ms:500,muzzy_decay_ms:0";

// The settings as jemalloc took them, read back: a jemalloc that did not read `malloc_conf`
// (another name prefix, or glibc's malloc winning the link) says so instead.
const char *brief_allocator_settings(void) {
    ssize_t dirty = -1;
    size_t size = sizeof(dirty);
    if (mallctl("opt.dirty_decay_ms", &dirty, &size, NULL, 0) != 0) return "not in use: its mallctl failed";
    return dirty == 500 ? malloc_conf : "in use, but its settings were not applied";
}
#else
const char *brief_allocator_settings(void) { return NULL; }
#endif

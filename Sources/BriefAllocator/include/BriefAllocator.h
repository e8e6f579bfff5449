#ifndef BRIEF_ALLOCATOR_H
#define BRIEF_ALLOCATOR_H

/// The settings brief's release build gives jemalloc (its `malloc_conf`), or NULL in builds
/// that use the C library's allocator.
const char *brief_allocator_settings(void);

#endif

#ifndef BRIEF_SYSTEM_H
#define BRIEF_SYSTEM_H

#include <stddef.h>

/// getdents64(2) on Linux: the entries of the open folder `descriptor` as `struct
/// linux_dirent64` records, up to `size` bytes; 0 at the end, -1 on error (errno set). glibc
/// declares it only for _GNU_SOURCE, which Swift's Glibc module does not see. Elsewhere -1
/// with ENOSYS (callers then use readdir(3)).
long brief_folder_entries(int descriptor, void *buffer, size_t size);

/// 1 when the open folder `descriptor` is on tmpfs, ext2/3/4, XFS or Btrfs, whose getdents64
/// fills the buffer with every entry that fits (it stops only at a full buffer or the folder's
/// end), else 0 (FUSE and NFS return a page of entries at a time; fstatfs failed; not Linux).
int brief_folder_reads_fill(int descriptor);

/// inotify(7) on Linux, for noticing that inputs changed while a build read them: a new
/// non-blocking instance (-1 elsewhere, errno ENOSYS), and a watch of the folder at `path` for
/// every change to its entries or their contents (not reads), never through a link (-1 on error).
int brief_watch_open(void);
int brief_watch_add(int watch, const char *path);
/// The event flag the kernel sets when it dropped events (the queue overflowed).
unsigned int brief_watch_overflow_flag(void);

#endif

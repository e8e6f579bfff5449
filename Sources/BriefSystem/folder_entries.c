#define _GNU_SOURCE
#include "BriefSystem.h"
#include <errno.h>

#if defined(__linux__)
#include <sys/inotify.h>
#include <sys/syscall.h>
#include <sys/vfs.h>
#include <unistd.h>

long brief_folder_entries(int descriptor, void *buffer, size_t size) {
    return syscall(SYS_getdents64, descriptor, buffer, size);
}

int brief_folder_reads_fill(int descriptor) {
    struct statfs info;
    if (fstatfs(descriptor, &info) != 0) return 0;
    switch ((unsigned long)info.f_type) {
    case 0x01021994UL: /* tmpfs */
    case 0xEF53UL:     /* ext2, ext3, ext4 */
    case 0x58465342UL: /* XFS */
    case 0x9123683EUL: /* Btrfs */
        return 1;
    default:
        return 0;
    }
}
int brief_watch_open(void) { return inotify_init1(IN_NONBLOCK | IN_CLOEXEC); }

int brief_watch_add(int watch, const char *path) {
    const uint32_t changes = IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_DELETE_SELF
        | IN_MOVE_SELF | IN_MOVED_FROM | IN_MOVED_TO;
    return inotify_add_watch(watch, path, changes | IN_ONLYDIR | IN_DONT_FOLLOW);
}

unsigned int brief_watch_overflow_flag(void) { return IN_Q_OVERFLOW; }
#else
int brief_watch_open(void) {
    errno = ENOSYS;
    return -1;
}

int brief_watch_add(int watch, const char *path) {
    (void)watch;
    (void)path;
    errno = ENOSYS;
    return -1;
}

unsigned int brief_watch_overflow_flag(void) { return 0; }

int brief_folder_reads_fill(int descriptor) {
    (void)descriptor;
    return 0;
}

long brief_folder_entries(int descriptor, void *buffer, size_t size) {
    (void)descriptor;
    (void)buffer;
    (void)size;
    errno = ENOSYS;
    return -1;
}
#endif

#define _GNU_SOURCE
#include "BriefSystem.h"
#include <errno.h>

#if defined(__linux__)
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
#else
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

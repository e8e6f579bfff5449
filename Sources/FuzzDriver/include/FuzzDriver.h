// libFuzzer's driver, called from each fuzz target's main. SwiftPM renames an executable's
// entry point and links `main` to it, so libFuzzer's own `main` is never used; the targets
// call this instead (libFuzzer >= 11).
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

// Declarations only; the symbol comes from libFuzzer (-sanitize=fuzzer).
#include "FuzzDriver.h"

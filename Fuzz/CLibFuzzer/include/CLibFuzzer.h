// libFuzzer's driver, which the fuzz targets' `main` hands over to when built with -D FUZZING and
// -sanitize=fuzzer (clang's runtime library, shipped in the Swift toolchain). Only declared here: a
// build without libFuzzer never refers to it.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));

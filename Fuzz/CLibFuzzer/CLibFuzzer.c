// SwiftPM needs a source file for a C target; everything is in include/CLibFuzzer.h.
#include "CLibFuzzer.h"

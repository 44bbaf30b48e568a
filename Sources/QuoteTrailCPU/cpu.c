/* SwiftPM needs a source file in every C target; the header holds everything. */
#include "quotetrail_cpu.h"

// The one translation unit that compiles the C API into the libcxaudit_c shared library.
#define CXAUDIT_C_API_IMPLEMENTATION
#include <cxaudit/c_api.h>

// The one file of the separately compiled program that compiles cxaudit's grammar.
#include <cxaudit/src.hpp>

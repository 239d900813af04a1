// libxml2's HTML parser for the parse-only floor benchmark.
// Debian's headers pull in the system ICU, which clashes with the ICU Foundation brings on Linux
// ("'UErrorCode' has different definitions in different modules"): read the version header
// first and switch ICU off before the parser headers see it.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <qpdf/qpdf-c.h>
#include <qpdf/qpdfjob-c.h>

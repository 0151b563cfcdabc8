#include "configdocument.h"

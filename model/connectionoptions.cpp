#include "connectionoptions.h"

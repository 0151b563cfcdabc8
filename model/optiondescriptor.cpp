#include "optiondescriptor.h"

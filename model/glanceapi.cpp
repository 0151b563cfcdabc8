#include "glanceapi.h"

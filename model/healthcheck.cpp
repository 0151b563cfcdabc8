#include "healthcheck.h"

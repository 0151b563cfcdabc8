#include "cloudsyaml.h"

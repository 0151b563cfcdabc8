#include "downloadsmodel.h"

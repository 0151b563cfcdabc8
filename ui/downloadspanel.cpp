#include "downloadspanel.h"

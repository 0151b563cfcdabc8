#include "imagefetcher.h"

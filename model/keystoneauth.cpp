#include "keystoneauth.h"

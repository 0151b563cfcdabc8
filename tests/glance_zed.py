"""Glance's own cache option objects, from the installed glance package, for the oracles (oslo_oracle.py,
oslo_values.py) — so that what they accept is what Glance accepts, not what we believe it does.

The installed Glance is Debian 12's: Glance Zed (python3-glance 2:25.x). Zed's image_cache_driver knows
sqlite and xattr only; centralized_db came with Glance 2024.1 (Caracal), so these oracles refuse it, and the
tests that write centralized_db say so and check it without them.
"""
import sys

from oslo_config import cfg

import glance.common.config
import glance.image_cache
import glance.image_cache.drivers.sqlite
import glance.version
import glance_store._drivers.filesystem

ZED = '25.'
VERSION = glance.version.version_info.release_string()
if not VERSION.startswith(ZED):
    sys.exit('glance_zed.py stands for Glance Zed (25.x, Debian 12), but Glance %s is installed' % VERSION)

# Those glance-cache.conf's generator lists (glance.opts' _cache_opts), the [paste_deploy] options and
# glance_store's filesystem options: the same objects glance-api registers.
DEFAULT_OPTS = list(glance.common.config.common_opts) + list(glance.image_cache.drivers.sqlite.sqlite_opts) \
    + list(glance.image_cache.image_cache_opts)
PASTE_DEPLOY_OPTS = list(glance.common.config.paste_deploy_opts)
GLANCE_STORE_FILESYSTEM_OPTS = list(glance_store._drivers.filesystem._FILESYSTEM_CONFIGS)


def serve(answer):
    """Answers requests from stdin, one JSON list of config files per line, one JSON line each (see
    tests/support/pythonoracle.h); ends at end of input."""
    import json
    for line in sys.stdin:
        print(json.dumps(answer(json.loads(line))), flush=True)


def fresh_conf(extra_default_opts=()):
    """A ConfigOpts with Glance's options registered (the option objects are shared, as Glance's are)."""
    conf = cfg.ConfigOpts()
    conf.register_opts(DEFAULT_OPTS + list(extra_default_opts))
    conf.register_opts(PASTE_DEPLOY_OPTS, group='paste_deploy')
    conf.register_opts(GLANCE_STORE_FILESYSTEM_OPTS, group='glance_store')
    return conf

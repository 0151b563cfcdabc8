#!/usr/bin/python3
"""Prints, as JSON, what Debian's real oslo.config reads for the cache options config set writes.

Usage: oslo_values.py CONFIG_FILE...   (later files override earlier ones, as --config-file does)

Registered like Glance registers them, plus base_dir (for $base_dir interpolation tests) and two
neighbours, extra_a and extra_b, so a test can check that an edit left the options around it alone.
Output: {"DEFAULT": {name: value, ...}, "paste_deploy": {"flavor": value}} or {"error": "..."}.
"""
import json
import sys

from oslo_config import cfg

DEFAULT_OPTS = [
    cfg.StrOpt('image_cache_dir'),
    cfg.StrOpt('image_cache_driver', default='sqlite',
               choices=('sqlite', 'xattr', 'centralized_db'), ignore_case=True),
    cfg.IntOpt('image_cache_max_size', default=10737418240, min=0),
    cfg.IntOpt('image_cache_stall_time', default=86400, min=0),
    cfg.StrOpt('image_cache_sqlite_db', default='cache.db'),
    cfg.StrOpt('worker_self_reference_url'),
    cfg.StrOpt('base_dir', default='/var/lib/glance'),
    cfg.StrOpt('extra_a'),
    cfg.StrOpt('extra_b'),
]
PASTE_OPTS = [cfg.StrOpt('flavor')]

conf = cfg.ConfigOpts()
conf.register_opts(DEFAULT_OPTS)
conf.register_opts(PASTE_OPTS, group='paste_deploy')
args = []
for path in sys.argv[1:]:
    args += ['--config-file', path]
try:
    conf(args=args, project='gca-values', default_config_files=[], default_config_dirs=[])
    out = {
        'DEFAULT': {o.name: getattr(conf, o.name) for o in DEFAULT_OPTS},
        'paste_deploy': {'flavor': conf.paste_deploy.flavor},
    }
except Exception as e:  # the test only needs to know that oslo.config refused, and why
    out = {'error': '%s: %s' % (type(e).__name__, e)}
print(json.dumps(out))

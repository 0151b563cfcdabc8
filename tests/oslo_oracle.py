#!/usr/bin/python3
"""Reads Glance's cache options with Debian's real oslo.config and prints them as JSON.

Usage: oslo_oracle.py CONFIG_FILE...   (later files override earlier ones, as --config-file does)
"""
import json
import sys

from oslo_config import cfg

conf = cfg.ConfigOpts()
conf.register_opts([
    cfg.StrOpt('image_cache_dir'),
    cfg.StrOpt('image_cache_driver', default='sqlite', choices=('sqlite', 'xattr'), ignore_case=True),
    cfg.IntOpt('image_cache_max_size', default=10737418240, min=0),
    cfg.IntOpt('image_cache_stall_time', default=86400, min=0),
    cfg.StrOpt('image_cache_sqlite_db', default='cache.db'),
])
# A real Glance option of another group, for ${group.name} references.
conf.register_opt(cfg.StrOpt('filesystem_store_datadir', default='/var/lib/glance/images'), group='glance_store')
args = []
for path in sys.argv[1:]:
    args += ['--config-file', path]
try:
    conf(args=args, project='gca-oracle', default_config_files=[], default_config_dirs=[])
    out = {name: getattr(conf, name) for name in (
        'image_cache_dir', 'image_cache_driver', 'image_cache_max_size',
        'image_cache_stall_time', 'image_cache_sqlite_db')}
except Exception as e:  # the test only needs to know that oslo.config refused
    out = {'error': '%s: %s' % (type(e).__name__, e)}
print(json.dumps(out))

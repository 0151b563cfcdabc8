#!/usr/bin/python3
"""Reads Glance's cache options with Debian's real oslo.config and Glance's own option objects (glance_zed.py:
Glance Zed, Debian 12) and prints them as JSON.

Usage: oslo_oracle.py CONFIG_FILE...   (later files override earlier ones, as --config-file does)
       oslo_oracle.py --serve          (one JSON list of files per input line, one answer per output line)
Output: {"image_cache_dir": ..., "image_cache_driver": ..., ...}, or {"error": "..."} when oslo.config
refuses the files. Anything else that goes wrong is a traceback and a non-zero exit, never an "error".
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from oslo_config import cfg  # noqa: E402
import glance_zed  # noqa: E402

NAMES = ('image_cache_dir', 'image_cache_driver', 'image_cache_max_size', 'image_cache_stall_time',
         'image_cache_sqlite_db')


def answer(files):
    conf = glance_zed.fresh_conf()
    args = []
    for path in files:
        args += ['--config-file', path]
    try:
        conf(args=args, project='gca-oracle', default_config_files=[], default_config_dirs=[])
        return {name: getattr(conf, name) for name in NAMES}
    except (cfg.Error, UnicodeDecodeError) as e:  # oslo.config refused the files (parse, value, substitution, encoding)
        return {'error': '%s: %s' % (type(e).__name__, e)}


if sys.argv[1:] == ['--serve']:
    glance_zed.serve(answer)
else:
    print(json.dumps(answer(sys.argv[1:])))

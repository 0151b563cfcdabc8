#!/usr/bin/python3
"""Prints, as JSON, what Debian's real oslo.config reads for the cache options config set writes, with Glance's
own option objects (glance_zed.py: Glance Zed, Debian 12 — which refuses image_cache_driver = centralized_db).

Usage: oslo_values.py CONFIG_FILE...   (later files override earlier ones, as --config-file does)
       oslo_values.py --serve          (one JSON list of files per input line, one answer per output line)

Besides Glance's options, three that are the tests' own, not Glance's: base_dir (for $base_dir interpolation
tests) and two neighbours, extra_a and extra_b, so a test can check that an edit left the options around it
alone. Output: {"DEFAULT": {name: value, ...}, "paste_deploy": {"flavor": value}}, or {"error": "..."} when
oslo.config refuses the files. Anything else that goes wrong is a traceback and a non-zero exit.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from oslo_config import cfg  # noqa: E402
import glance_zed  # noqa: E402

TEST_OPTS = [cfg.StrOpt('base_dir', default='/var/lib/glance'), cfg.StrOpt('extra_a'), cfg.StrOpt('extra_b')]
DEFAULT_NAMES = ('image_cache_dir', 'image_cache_driver', 'image_cache_max_size', 'image_cache_stall_time',
                 'image_cache_sqlite_db', 'worker_self_reference_url', 'base_dir', 'extra_a', 'extra_b')


def answer(files):
    conf = glance_zed.fresh_conf(TEST_OPTS)
    args = []
    for path in files:
        args += ['--config-file', path]
    try:
        conf(args=args, project='gca-values', default_config_files=[], default_config_dirs=[])
        return {
            'DEFAULT': {name: getattr(conf, name) for name in DEFAULT_NAMES},
            'paste_deploy': {'flavor': conf.paste_deploy.flavor},
        }
    except (cfg.Error, UnicodeDecodeError) as e:  # oslo.config refused the files (parse, value, substitution, encoding)
        return {'error': '%s: %s' % (type(e).__name__, e)}


if sys.argv[1:] == ['--serve']:
    glance_zed.serve(answer)
else:
    print(json.dumps(answer(sys.argv[1:])))

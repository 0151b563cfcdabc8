#!/usr/bin/python3
"""Debian's oslo.config with every option Glance registers (glance_registry.py): what glance-api reads.

Usage: oslo_glance.py < CASES
         CASES is JSON [{"files": [CONFIG_FILE, ...], "options": ["GROUP.NAME", ...]}, ...]; prints, one entry per
         case, {"GROUP.NAME": "value as str()" | null (unset, no default) | {"error": "..."}} or {"error": "..."}
         when the files themselves are refused. Loading Glance's options takes seconds, so cases come in bulk.
       oslo_glance.py --registry
         prints [[group, name, kind, str(default) or null], ...]: the table model/config/glanceoptionstable.cpp
         holds.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from oslo_config import cfg  # noqa: E402
import glance_registry  # noqa: E402

conf, opts = glance_registry.registered_conf()
if sys.argv[1:] == ['--registry']:
    conf(args=[], project='gca-glance', default_config_files=[], default_config_dirs=[])
    rows = []
    for group, opt in opts:
        value = getattr(conf, opt.dest) if group == 'DEFAULT' else getattr(conf[group], opt.dest)
        rows.append([group, opt.dest, glance_registry.kind(opt), None if value is None else str(value)])
    print(json.dumps(rows, ensure_ascii=False))
    sys.exit(0)


def read(case):
    fresh = cfg.ConfigOpts()  # the same option objects, registered anew for each case
    for group, opt in opts:
        fresh.register_opt(opt, group=None if group == 'DEFAULT' else group)
    args = []
    for path in case['files']:
        args += ['--config-file', path]
    try:
        fresh(args=args, project='gca-glance', default_config_files=[], default_config_dirs=[])
    except Exception as e:
        return {'error': '%s: %s' % (type(e).__name__, e)}
    out = {}
    for wanted in case['options']:
        group, name = wanted.split('.', 1)
        try:
            value = getattr(fresh, name) if group == 'DEFAULT' else getattr(fresh[group], name)
            out[wanted] = None if value is None else str(value)
        except Exception as e:  # RecursionError included: glance-api would not start either
            out[wanted] = {'error': '%s: %s' % (type(e).__name__, e)}
    return out


print(json.dumps([read(case) for case in json.load(sys.stdin)], ensure_ascii=False))

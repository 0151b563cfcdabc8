"""The options Debian's Glance registers, for the oracle (oslo_glance.py) and the table generator
(scripts/gen_glance_options.py), so that both see exactly the same set.

The namespaces are those of Glance's own sample-config generators for glance-api.conf and glance-cache.conf
(etc/oslo-config-generator/glance-{api,cache}.conf): what glance-api and the cache tools register, and so
what a $name in their files may refer to. oslo.limit is left out: glance-api registers it only with
use_keystone_limits, and its required options would make every read fail.
"""
from oslo_config import cfg, generator

NAMESPACES = [
    'glance.api', 'glance.cache', 'glance.store', 'glance.multi_store', 'oslo.concurrency', 'oslo.messaging',
    'oslo.db', 'oslo.db.concurrency', 'oslo.policy', 'keystonemiddleware.auth_token', 'oslo.log',
    'oslo.middleware.cors', 'oslo.middleware.http_proxy_to_wsgi',
]


def registered_conf():
    """A ConfigOpts with every option of NAMESPACES registered; returns (conf, [(group, opt), ...])."""
    conf = cfg.ConfigOpts()
    seen = {}
    for _namespace, groups in generator._list_opts(NAMESPACES):
        for group, opts in groups:
            name = group.name if isinstance(group, cfg.OptGroup) else (group or 'DEFAULT')
            for opt in opts:
                key = (name, opt.dest)
                if key in seen:
                    continue
                seen[key] = opt
                conf.register_opt(opt, group=None if name == 'DEFAULT' else name)
    return conf, [(g, o) for (g, _), o in seen.items()]


def kind(opt):
    """How a $reference to opt is rendered: oslo.config converts the text to the option's type, then str()."""
    t = opt.type
    if getattr(opt, 'multi', False):
        return 'multi'
    if isinstance(t, cfg.types.Boolean):
        return 'bool'
    if isinstance(t, cfg.types.Integer):  # Port is an Integer too
        return 'int'
    if isinstance(t, cfg.types.Float):
        return 'float'
    if isinstance(t, cfg.types.List):
        return 'bracketlist' if t.bounds else 'list'
    if isinstance(t, cfg.types.Dict):
        return 'dict'
    if isinstance(t, cfg.types.String):
        return 'str'
    return 'other'

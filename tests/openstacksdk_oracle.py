#!/usr/bin/python3
"""Prints, as JSON, what Debian's real openstacksdk (python3-openstacksdk 0.101) makes of a clouds.yaml cloud:
openstack.config.OpenStackConfig().get_one(cloud, region_name=region), reduced to what Glance Cache Admin reads.

Usage: openstacksdk_oracle.py [CLOUD [REGION]]
           with the environment as it is: OS_CLIENT_CONFIG_FILE, OS_CLIENT_SECURE_FILE, OS_CLOUD, HOME, XDG_*...
           and the working directory as the first place searched; no CLOUD (or "") means OS_CLOUD or openstacksdk's
           own choice.
       openstacksdk_oracle.py --serve
           one JSON request per input line, {"env": {NAME: VALUE}, "cwd": DIR, "cloud": NAME, "region": NAME},
           one answer per output line. The environment is replaced by "env" (nothing of the caller's is kept) and
           openstacksdk's loader is reloaded, because it computes its search path (HOME, XDG_*, the working
           directory) when it is imported.

Answer: {"cloud", "auth_type", "auth_url", "username", "user_id", "password", "project_name", "project_id",
"user_domain_name", "user_domain_id", "project_domain_name", "project_domain_id", "application_credential_id",
"application_credential_secret", "token", "endpoint", "region_name", "interface", "image_endpoint",
"image_api_version", "verify" (what requests gets: true, false or a CA bundle path), "cacert", "config_file",
"secure_file"} with null for what is not set, or {"error": "<exception class>: <message>"} when openstacksdk
refuses (an unknown cloud or region, a file it cannot parse, missing auth options...). Anything else is a
traceback and a non-zero exit, which fails the test.
"""
import importlib
import json
import logging
import os
import sys
import warnings

import keystoneauth1.exceptions
import openstack.config.loader
import openstack.exceptions
import yaml

# openstacksdk warns on stderr about things the answer already says (an unknown vendor profile, cacert with verify off)
logging.disable(logging.CRITICAL)
warnings.simplefilter('ignore')

AUTH_KEYS = ('auth_url', 'username', 'user_id', 'password', 'project_name', 'project_id', 'user_domain_name',
             'user_domain_id', 'project_domain_name', 'project_domain_id', 'application_credential_id',
             'application_credential_secret', 'token', 'endpoint')


def answer(cloud, region):
    try:
        config = openstack.config.loader.OpenStackConfig()
        # validate=True, as the openstack client ends up doing: the keystoneauth plugin's options are collected
        # into "auth" (from the cloud's top level too), after secure.yaml, regions, profiles and the
        # backwards-compatibility fixes (tenant_name, domain_id...) were applied.
        region_args = {'region_name': region} if region else {}
        one = config.get_one(cloud or None, validate=True, **region_args)
    except (openstack.exceptions.ConfigException, keystoneauth1.exceptions.ClientException, yaml.YAMLError,
            OSError) as e:
        return {'error': '%s: %s' % (type(e).__name__, e)}
    c = one.config
    auth = c.get('auth') or {}
    out = {key: auth.get(key) for key in AUTH_KEYS}
    out.update({
        'cloud': one.name,
        'auth_type': c.get('auth_type'),
        'region_name': one.region_name or None,
        'interface': one.get_interface('image'),
        'image_endpoint': one.get_endpoint('image'),
        'image_api_version': one.get_api_version('image'),
        # What requests is given: False (no verification, from verify: false or insecure: true), True, or the
        # CA bundle's path (cacert, with ~ expanded).
        'verify': one.get_requests_verify_args()[0],
        'cacert': c.get('cacert'),
        'config_file': config.config_filename,
        'secure_file': config._load_secure_file()[0],
    })
    return out


def serve():
    for line in sys.stdin:
        request = json.loads(line)
        os.environ.clear()
        os.environ.update(request.get('env') or {})
        os.chdir(request.get('cwd') or '/')
        importlib.reload(openstack.config.loader)
        print(json.dumps(answer(request.get('cloud'), request.get('region'))), flush=True)


if sys.argv[1:] == ['--serve']:
    serve()
else:
    args = sys.argv[1:] + ['', '']
    print(json.dumps(answer(args[0], args[1])))

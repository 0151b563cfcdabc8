#!/usr/bin/python3
"""Parses SQLAlchemy URLs with Debian's real sqlalchemy.engine.url.make_url and prints their parts as JSON.

Usage: sqlalchemy_url_oracle.py < urls.json   (a JSON list of strings)
Prints one JSON list, one object per URL, in input order:
  {"backend", "driver", "username", "password", "host", "port", "database", "query": {key: [values]},
   "rendered": the URL as SQLAlchemy shows it, password hidden}
  with null for absent parts, or {"error": "ExceptionType: message"} when make_url refuses the URL.
The driver is the dialect's default when the URL names none (mysqldb, psycopg2, pysqlite), as
URL.get_driver_name() would give once the dialect is known; null for a dialect SQLAlchemy does not have.
"""
import json
import sys

from sqlalchemy.engine.url import make_url


def parts(text):
    try:
        url = make_url(text)
    except Exception as e:  # the test only needs to know that make_url refused
        return {'error': '%s: %s' % (type(e).__name__, e)}
    if '+' in url.drivername:
        driver = url.get_driver_name()
    else:
        try:
            driver = url.get_dialect().driver
        except Exception:
            driver = None
    query = {}
    for key, value in url.query.items():
        query[key] = list(value) if isinstance(value, (tuple, list)) else [value]
    return {'backend': url.get_backend_name(), 'driver': driver, 'username': url.username,
            'password': url.password, 'host': url.host, 'port': url.port, 'database': url.database,
            'query': query, 'rendered': url.render_as_string(hide_password=True)}


print(json.dumps([parts(text) for text in json.load(sys.stdin)]))

#!/usr/bin/python3
"""Glance's side of the soak test (tests/cache/tst_soak.cpp): real Glance code busy on a cache while
glance-cachectl changes the same cache from other processes.

Run with /usr/bin/python3 (it has python3-glance). Each mode prints JSON lines on stdout:

    glance_soak.py local DIR --driver D --seconds S [--seed N]
        Glance's ImageCache in this one process caches new images (cache_image_iter, MD5 verified,
        sometimes an image taken from the queue), serves cached ones (open_for_read, content checked)
        and queues new ones, for S seconds. Prints {"ready": ...} once Glance has set up the cache,
        then the counts when the time is up.
    glance_soak.py api URL --seconds S [--images N] [--seed N]
        Uploads N images to a glance-api (tests/glance_server.py) and prints {"ready": ...}; then for S
        seconds downloads them (GET /v2/images/ID/file, which caches on a miss), checking every body's
        MD5; then prints the counts. It queues nothing: Zed's queue worker (PUT /v2/cache/ID) races
        the downloads' own caching and logs UNIQUE constraint errors with no other process involved.
    glance_soak.py check DIR --driver D --max-size N
        What the soak left, as facts for the test to judge: PRAGMA integrity_check, records without
        files, files without records, partial files, images whose bytes are not theirs; then Glance's
        own prune() with image_cache_max_size = N and the size after it.

The counts are operations per kind, "races" (an image deleted by the other side between Glance
listing it and opening or counting it: expected, and Glance's own cache-manage causes them too) and "errors"
(anything else, including every warning or error Glance logs: a soak passes with none).
"""

import argparse
import hashlib
import json
import logging
import os
import random
import sqlite3
import sys
import time
import urllib.error
import urllib.request
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import glance_oracle  # noqa: E402  (configures Glance the way the interop tests do)
from glance_oracle import payload, chunks, open_cache, list_area  # noqa: E402

import glance.image_cache.drivers.xattr as xattr_driver  # noqa: E402

MAX_ERRORS_KEPT = 20


class Counts:
    def __init__(self):
        self.ops = {}
        self.races = 0
        self.errors = []
        self.error_count = 0

    def op(self, name):
        self.ops[name] = self.ops.get(name, 0) + 1

    def error(self, text):
        self.error_count += 1
        if len(self.errors) < MAX_ERRORS_KEPT:
            self.errors.append(text)

    def as_json(self):
        return {'ops': self.ops, 'races': self.races, 'error_count': self.error_count, 'errors': self.errors}


class GlanceLogCounter(logging.Handler):
    """Glance swallows (and only logs) failures inside its caching iterator: count them as errors."""

    def __init__(self, counts):
        super().__init__(logging.WARNING)
        self.counts = counts

    def emit(self, record):
        self.counts.error('Glance logged %s: %s' % (record.levelname, record.getMessage()[:300]))


def emit(doc):
    sys.stdout.write(json.dumps(doc) + '\n')
    sys.stdout.flush()


def is_vanished(e):
    return isinstance(e, (FileNotFoundError, IOError, OSError)) and getattr(e, 'errno', None) == 2


def listed(counts, what):
    """Glance's xattr driver lists a directory, then stats each file: one deleted in between raises."""
    try:
        return what()
    except OSError as e:
        if not is_vanished(e):
            raise
        counts.races += 1
        return None


def cache_one(cache, counts, rng):
    queued = listed(counts, cache.get_queued_images) or []
    image_id = rng.choice(queued) if queued and rng.random() < 0.5 else str(uuid.uuid4())
    data = payload(image_id, rng.randint(1, 128 * 1024))
    if cache.cache_image_iter(image_id, chunks(data, 65536), hashlib.md5(data).hexdigest()):
        counts.op('cache_from_queue' if image_id in queued else 'cache')
    else:
        counts.op('cache_refused')  # being cached or already cached: is_cacheable said no


def serve_one(cache, counts, rng):
    cached = listed(counts, cache.get_cached_images)
    if cached is None:
        return
    if not cached:
        counts.op('serve_empty')
        return
    image_id = rng.choice(cached)['image_id']
    try:
        with cache.driver.open_for_read(image_id) as f:
            data = f.read()
    except OSError as e:
        if not is_vanished(e):
            raise
        counts.races += 1  # deleted between get_cached_images() and open(), or before the hit was counted
        return
    if data != payload(image_id, len(data)):
        counts.error('served bytes of %s are not its own (%d bytes)' % (image_id, len(data)))
    counts.op('serve')


def queue_one(cache, counts, rng):
    counts.op('queue' if cache.queue_image(str(uuid.uuid4())) else 'queue_refused')


def run_local(args):
    counts = Counts()
    cache = open_cache({'driver': args.driver}, args.dir)
    logging.disable(logging.NOTSET)
    logging.getLogger().addHandler(GlanceLogCounter(counts))
    emit({'ready': True, 'driver': glance_oracle.driver_name(cache), 'dir': cache.driver.base_dir})
    rng = random.Random(args.seed)
    steps = ((cache_one, 0.45), (serve_one, 0.4), (queue_one, 0.15))
    deadline = time.monotonic() + args.seconds
    while time.monotonic() < deadline:
        step = rng.choices([s for s, _ in steps], [w for _, w in steps])[0]
        try:
            step(cache, counts, rng)
        except Exception as e:  # a failure of Glance's own code under our changes
            counts.error('%s: %s: %s' % (step.__name__, type(e).__name__, e))
    emit(counts.as_json())


def http(url, method='GET', body=None, headers=None):
    req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(req, timeout=60) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def run_api(args):
    counts = Counts()
    rng = random.Random(args.seed)
    images = {}
    for n in range(args.images):
        created = json.dumps({'name': 'soak-%d' % n, 'disk_format': 'raw', 'container_format': 'bare'})
        status, body = http(args.url + '/v2/images', 'POST', created.encode(), {'Content-Type': 'application/json'})
        if status != 201:
            raise SystemExit('glance_soak: POST /v2/images answered %d: %r' % (status, body[:300]))
        image_id = json.loads(body)['id']
        data = payload(image_id, rng.randint(16 * 1024, 256 * 1024))
        status, body = http(args.url + '/v2/images/%s/file' % image_id, 'PUT', data,
                            {'Content-Type': 'application/octet-stream'})
        if status != 204:
            raise SystemExit('glance_soak: PUT of %s answered %d: %r' % (image_id, status, body[:300]))
        images[image_id] = hashlib.md5(data).hexdigest()
    emit({'ready': True, 'images': sorted(images)})
    ids = sorted(images)
    deadline = time.monotonic() + args.seconds
    while time.monotonic() < deadline:
        image_id = rng.choice(ids)
        status, body = http(args.url + '/v2/images/%s/file' % image_id)
        if status == 500:
            # The test matches each one with glance-api's log: only a cached file deleted between the
            # cache middleware's is_cached() and its open() (Glance's own race, its pruner's too) passes.
            counts.op('status_500')
        elif status != 200:
            counts.error('GET /v2/images/%s/file answered %d: %r' % (image_id, status, body[:300]))
        elif hashlib.md5(body).hexdigest() != images[image_id]:
            counts.error('GET /v2/images/%s/file: %d bytes that are not the image' % (image_id, len(body)))
        else:
            counts.op('download')
    emit(counts.as_json())


def run_check(args):
    cache = open_cache({'driver': args.driver}, args.dir)
    base = cache.driver.base_dir
    files = {e['image_id']: e['size'] for e in list_area(base, '')}
    out = {'driver': glance_oracle.driver_name(cache)}
    if out['driver'] == 'sqlite':
        db = sqlite3.connect(cache.driver.db_path)
        out['integrity'] = [r[0] for r in db.execute('PRAGMA integrity_check')]
        rows = {r[0]: r[1] for r in db.execute('SELECT image_id, size FROM cached_images')}
        db.close()
        # The database, its journals and the lock file Glance creates beside it at every start.
        companions = {os.path.basename(cache.driver.db_path), 'image_cache_db_init'}
        companions.update(n + s for n in list(companions) for s in ('-journal', '-wal', '-shm'))
        active = {i: s for i, s in files.items() if i not in companions}
        out['rows_without_file'] = sorted(set(rows) - set(active))
        out['files_without_row'] = sorted(set(active) - set(rows))
        out['size_mismatch'] = sorted(i for i in rows if i in active and rows[i] != active[i])
    else:
        out['integrity'] = ['ok']
        active = files
        # Glance's xattr commit sets user.hits before the rename: an active file without it is no image.
        out['rows_without_file'] = []
        out['files_without_row'] = sorted(
            i for i in active if xattr_driver.get_xattr(os.path.join(base, i), 'hits', default=None) is None)
        out['size_mismatch'] = []
    out['images'] = len(active)
    out['foreign_bytes'] = []
    for image_id in sorted(active):
        with open(os.path.join(base, image_id), 'rb') as f:
            data = f.read()
        if data != payload(image_id, len(data)):
            out['foreign_bytes'].append(image_id)
    out['incomplete'] = [e['image_id'] for e in list_area(base, 'incomplete')]
    out['invalid'] = [e['image_id'] for e in list_area(base, 'invalid')]
    out['size_before_prune'] = cache.get_cache_size()
    pruned = open_cache({'driver': args.driver, 'max_size': args.max_size}, args.dir)
    out['pruned_files'], out['pruned_bytes'] = pruned.prune()
    out['size_after_prune'] = open_cache({'driver': args.driver}, args.dir).get_cache_size()
    emit(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    sub = parser.add_subparsers(dest='mode', required=True)
    p = sub.add_parser('local')
    p.add_argument('dir')
    p.add_argument('--driver', choices=('sqlite', 'xattr'), required=True)
    p.add_argument('--seconds', type=float, required=True)
    p.add_argument('--seed', type=int, default=1)
    p = sub.add_parser('api')
    p.add_argument('url')
    p.add_argument('--seconds', type=float, required=True)
    p.add_argument('--images', type=int, default=12)
    p.add_argument('--seed', type=int, default=1)
    p = sub.add_parser('check')
    p.add_argument('dir')
    p.add_argument('--driver', choices=('sqlite', 'xattr'), required=True)
    p.add_argument('--max-size', type=int, required=True)
    args = parser.parse_args()
    {'local': run_local, 'api': run_api, 'check': run_check}[args.mode](args)


if __name__ == '__main__':
    main()

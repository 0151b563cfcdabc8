#!/usr/bin/python3
"""Drive Debian's real Glance image cache (python3-glance) in-process, as the interop tests' oracle.

Run with /usr/bin/python3 (the system interpreter that has the glance package). Every command prints
one JSON document on stdout; Glance's own logging is silenced so stdout stays machine-readable.

    glance_oracle.py [--driver D] [--max-size N] [--stall-time S] [--config-file F] COMMAND ...

    populate DIR --spec JSON [--clone-to DIR ...]
                             cache images through Glance's caching protocol, read them, queue,
                             abort writes, leave stalled downloads; then copy the cache verbatim
    state DIR [--probe ID ...]
                             get_cached_images, get_queued_images, get_cache_size, is_cached, is_queued
    prune DIR                ImageCache.prune() with image_cache_max_size, and the victims in order
    clean DIR                ImageCache.clean() with image_cache_stall_time
    delete DIR ID            delete_cached_image
    delete-all DIR           delete_all_cached_images
    delete-all-queued DIR    delete_all_queued_images
    queue DIR ID             queue_image
    clone SRC DST            copy a cache keeping times and xattrs, without moving the source's atime
    batch                    a JSON list of {"op": COMMAND, "dir": ..., ...} on stdin; prints a list

Every command returns the state afterwards as a freshly started Glance sees it (mutating ones also
base_files_after: the base directory right after the change), so a test needs few (slow) Python starts.
"""

import argparse
import hashlib
import json
import logging
import os
import shutil
import stat
import sys
import time

# Glance logs warnings and tracebacks for the aborted writes we provoke on purpose.
logging.disable(logging.CRITICAL)

from oslo_config import cfg  # noqa: E402

import glance.image_cache as image_cache  # noqa: E402
import glance.image_cache.drivers.sqlite as sqlite_driver  # noqa: E402  (registers image_cache_sqlite_db)
import glance.image_cache.drivers.xattr as xattr_driver  # noqa: E402

CONF = cfg.CONF


def check(condition, what):
    if not condition:
        raise SystemExit('glance_oracle: ' + what)


def to_ns(seconds):
    return int(round(seconds * 1e9))


def set_times(path, atime, mtime):
    os.utime(path, ns=(to_ns(atime), to_ns(mtime)), follow_symlinks=False)


def payload(name, size):
    """Deterministic bytes, distinct per image, so a mixed-up file would show."""
    seed = hashlib.sha256(name.encode()).digest()
    return (seed * (size // len(seed) + 1))[:size]


def chunks(data, chunk=4096):
    for i in range(0, len(data), chunk):
        yield data[i:i + chunk]


class FakeClock:
    """Stands in for the time module inside Glance's sqlite driver, so last_accessed/last_modified
    take exact values (ties included) while every line of Glance's own code still runs."""

    def __init__(self):
        self.now = None

    def time(self):
        return self.now if self.now is not None else time.time()

    def __getattr__(self, name):
        return getattr(time, name)


CLOCK = FakeClock()
sqlite_driver.time = CLOCK


def open_cache(opts, cache_dir):
    """A fresh ImageCache on cache_dir, configured like glance-api.conf / glance-cache.conf would."""
    CONF.reset()
    config_file = opts.get('config_file')
    CONF(args=['--config-file', config_file] if config_file else [], project='glance',
         default_config_files=[], default_config_dirs=[])
    if cache_dir:
        CONF.set_override('image_cache_dir', cache_dir)
    if opts.get('driver'):
        CONF.set_override('image_cache_driver', opts['driver'])
    if opts.get('max_size') is not None:
        CONF.set_override('image_cache_max_size', int(opts['max_size']))
    if opts.get('stall_time') is not None:
        CONF.set_override('image_cache_stall_time', int(opts['stall_time']))
    return image_cache.ImageCache()


def driver_name(cache):
    # The effective one: Glance silently falls back to sqlite when xattrs are unsupported.
    return type(cache.driver).__module__.rsplit('.', 1)[-1]


def list_area(base, area):
    path = os.path.join(base, area)
    out = []
    if not os.path.isdir(path):
        return out
    for name in sorted(os.listdir(path)):
        full = os.path.join(path, name)
        if not os.path.isfile(full):
            continue
        st = os.stat(full)
        entry = {'image_id': name, 'size': st.st_size, 'mtime': st.st_mtime}
        error = xattr_driver.get_xattr(full, 'error', default=None)
        if error is not None:
            entry['error'] = error.decode('utf-8', 'replace')
        out.append(entry)
    return out


def state_of(cache, probes=()):
    base = cache.driver.base_dir
    ids = set(probes)
    for area in ('', 'incomplete', 'invalid', 'queue'):
        ids.update(e['image_id'] for e in list_area(base, area))
    return {
        'dir': base,
        'driver': driver_name(cache),
        'cached_images': cache.get_cached_images(),
        'queued_images': cache.get_queued_images(),
        'size': cache.get_cache_size(),
        'is_cached': {i: bool(cache.is_cached(i)) for i in sorted(ids)},
        'is_queued': {i: bool(cache.is_queued(i)) for i in sorted(ids)},
        'base_files': sorted(e['image_id'] for e in list_area(base, '')),
        'incomplete': list_area(base, 'incomplete'),
        'invalid': list_area(base, 'invalid'),
    }


def populate(cache, spec):
    """Builds a cache the way a running glance-api would leave it.

    spec keys (all optional):
      images:     [{id, size, cached_at, reads: [t...], atime, mtime}] cached in this order through
                  cache_image_iter (MD5 verified), then read completely through open_for_read at
                  each time in reads. sqlite takes cached_at and the read times from the clock;
                  the files' atime/mtime are then set to atime (default: last read, else cached_at)
                  and mtime (default cached_at), which is what the xattr driver reports.
      queued:     [{id, mtime}] through queue_image, then the marker's mtime set (queue order).
      invalid:    [{id, size, how: checksum|aborted}] a write that fails MD5 verification, or a
                  stream the client dropped half-way: both end in invalid/ through Glance's rollback.
      incomplete: [{id, size, mtime | age}] a download whose glance-api died: the file it was
                  writing stays in incomplete/ (age: seconds before now).
      foreign:    [{name, size, atime, mtime}] files put in the base directory by hand.
      unlink:     [id] cached images whose file is then removed behind Glance's back.
    """
    driver = cache.driver
    for img in spec.get('images', []):
        data = payload(img['id'], img['size'])
        CLOCK.now = float(img['cached_at'])
        check(cache.cache_image_iter(img['id'], chunks(data), hashlib.md5(data).hexdigest()),
              'Glance did not cache %s' % img['id'])
        for t in img.get('reads', []):
            CLOCK.now = float(t)
            with driver.open_for_read(img['id']) as f:
                while f.read(65536):
                    pass
        CLOCK.now = None
        reads = img.get('reads', [])
        atime = img.get('atime', reads[-1] if reads else img['cached_at'])
        set_times(driver.get_image_filepath(img['id']), atime, img.get('mtime', img['cached_at']))
    for q in spec.get('queued', []):
        check(cache.queue_image(q['id']), 'Glance did not queue %s' % q['id'])
        set_times(driver.get_image_filepath(q['id'], 'queue'), q['mtime'], q['mtime'])
    for bad in spec.get('invalid', []):
        data = payload(bad['id'], bad['size'])
        if bad.get('how', 'checksum') == 'checksum':
            try:
                cache.cache_image_iter(bad['id'], chunks(data), '0' * 32)
            except Exception:
                pass
            else:
                check(False, 'Glance accepted a wrong checksum for %s' % bad['id'])
        else:
            it = cache.get_caching_iter(bad['id'], None, chunks(data, 1024))
            next(it)
            it.close()  # the client went away: GeneratorExit inside open_for_write
        check(os.path.exists(driver.get_image_filepath(bad['id'], 'invalid')),
              '%s is not in invalid/' % bad['id'])
    now = time.time()
    for inc in spec.get('incomplete', []):
        path = driver.get_image_filepath(inc['id'], 'incomplete')
        with open(path, 'wb') as f:  # open_for_write's first step; the process died after it
            f.write(payload(inc['id'], inc['size']))
        mtime = inc['mtime'] if 'mtime' in inc else now - inc['age']
        set_times(path, mtime, mtime)
    for f in spec.get('foreign', []):
        path = os.path.join(driver.base_dir, f['name'])
        with open(path, 'wb') as out:
            out.write(payload(f['name'], f['size']))
        set_times(path, f['atime'], f['mtime'])
    for image_id in spec.get('unlink', []):
        os.unlink(driver.get_image_filepath(image_id))


def clone(src, dst):
    """Copies a cache byte for byte with its atime/mtime and user xattrs. The source is read with
    O_NOATIME: a plain copy would move its atimes (relatime updates an atime older than the ctime
    that os.utime just set) and change which image is least recently used."""
    for root, dirs, files in os.walk(src):
        rel = os.path.relpath(root, src)
        target_root = os.path.normpath(os.path.join(dst, rel))
        os.makedirs(target_root, exist_ok=True)
        for name in files:
            s = os.path.join(root, name)
            d = os.path.join(target_root, name)
            before = os.stat(s, follow_symlinks=False)
            if not stat.S_ISREG(before.st_mode):
                continue
            try:
                fd = os.open(s, os.O_RDONLY | os.O_NOATIME)
            except PermissionError:  # O_NOATIME needs the file's owner; restore the times below instead
                fd = os.open(s, os.O_RDONLY)
            with os.fdopen(fd, 'rb') as fin, open(d, 'wb') as fout:
                shutil.copyfileobj(fin, fout)
            os.chmod(d, stat.S_IMODE(before.st_mode))
            for key in os.listxattr(s):
                if key.startswith('user.'):
                    os.setxattr(d, key, os.getxattr(s, key))
            os.utime(d, ns=(before.st_atime_ns, before.st_mtime_ns))
            after = os.stat(s)
            if (after.st_atime_ns, after.st_mtime_ns) != (before.st_atime_ns, before.st_mtime_ns):
                os.utime(s, ns=(before.st_atime_ns, before.st_mtime_ns))


def run_op(op, opts):
    cache_dir = opts.get('dir')
    if op == 'clone':
        clone(opts['src'], opts['dst'])
        return {'op': op, 'src': opts['src'], 'dst': opts['dst']}
    cache = open_cache(opts, cache_dir)
    result = {'op': op, 'driver': driver_name(cache)}
    probes = list(opts.get('probe') or [])
    if op == 'populate':
        populate(cache, opts['spec'] if isinstance(opts['spec'], dict) else json.loads(opts['spec']))
        for target in opts.get('clone_to') or []:
            clone(cache.driver.base_dir, target)
        result['clones'] = [state_of(open_cache(opts, t), probes) for t in opts.get('clone_to') or []]
    elif op == 'prune':
        # Record what prune() deletes and the size it subtracts for each, in its own order.
        last = {}
        victims = []
        lra = cache.driver.get_least_recently_accessed
        delete = cache.driver.delete_cached_image

        def least_recently_accessed():
            entry = lra()
            last['entry'] = entry
            return entry

        def delete_cached_image(image_id):
            entry = last.get('entry')
            size = entry[1] if entry and entry[0] == image_id else None
            victims.append({'image_id': image_id, 'size': size})
            delete(image_id)

        cache.driver.get_least_recently_accessed = least_recently_accessed
        cache.driver.delete_cached_image = delete_cached_image
        result['size_before'] = cache.get_cache_size()
        result['max_size'] = CONF.image_cache_max_size
        files, size = cache.prune()
        result.update(files=files, bytes=size, victims=victims)
    elif op == 'clean':
        before = state_of(cache)
        result['stall_time'] = CONF.image_cache_stall_time
        cache.clean()  # as glance-cache-cleaner: the stall time comes from the configuration
        after = state_of(cache)
        for area in ('invalid', 'incomplete'):
            kept = {e['image_id'] for e in after[area]}
            result['removed_' + area] = sorted(e['image_id'] for e in before[area]
                                               if e['image_id'] not in kept)
    elif op == 'delete':
        cache.delete_cached_image(opts['id'])
    elif op == 'delete-queued':
        cache.delete_queued_image(opts['id'])
    elif op == 'delete-all':
        result['deleted'] = cache.delete_all_cached_images()
    elif op == 'delete-all-queued':
        result['deleted'] = cache.delete_all_queued_images()
    elif op == 'queue':
        result['queued'] = bool(cache.queue_image(opts['id']))
    elif op != 'state':
        raise SystemExit('unknown op %r' % op)
    if op != 'state':
        # What the operation itself left: reopening below recreates the sqlite driver's lock file.
        result['base_files_after'] = [e['image_id'] for e in list_area(cache.driver.base_dir, '')]
        cache = open_cache(opts, cache_dir)
    result['state'] = state_of(cache, probes)  # as a fresh glance-api process would see it
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--driver', choices=('sqlite', 'xattr'))
    parser.add_argument('--max-size', type=int)
    parser.add_argument('--stall-time', type=int)
    parser.add_argument('--config-file', help='a glance-cache.conf; explicit options override it')
    sub = parser.add_subparsers(dest='op', required=True)
    for name in ('state', 'prune', 'clean', 'delete-all', 'delete-all-queued'):
        p = sub.add_parser(name)
        p.add_argument('dir', nargs='?')
        p.add_argument('--probe', action='append', default=[], help='also report is_cached/is_queued for ID')
    for name in ('delete', 'delete-queued', 'queue'):
        p = sub.add_parser(name)
        p.add_argument('dir')
        p.add_argument('id')
    p = sub.add_parser('populate')
    p.add_argument('dir', nargs='?')
    p.add_argument('--spec', required=True, help='JSON, see populate()')
    p.add_argument('--clone-to', action='append', default=[])
    p = sub.add_parser('clone')
    p.add_argument('src')
    p.add_argument('dst')
    sub.add_parser('batch', help='JSON list of operations on stdin')
    args = parser.parse_args()

    defaults = {k: getattr(args, k) for k in ('driver', 'max_size', 'stall_time', 'config_file')}
    if args.op == 'batch':
        out = []
        for step in json.load(sys.stdin):
            opts = dict(defaults)
            opts.update({k.replace('-', '_'): v for k, v in step.items()})
            out.append(run_op(opts.pop('op'), opts))
    else:
        opts = dict(defaults)
        opts.update({k: v for k, v in vars(args).items() if k not in defaults and k != 'op'})
        out = run_op(args.op, opts)
    json.dump(out, sys.stdout)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()

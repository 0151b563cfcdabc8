#!/usr/bin/python3
"""Benchmark glance-cachectl against Glance Zed's own image-cache code, in the same run.

Run through tests/bench/run.sh (see tests/bench/README.md). Needs Debian's python3-glance, so it must
run under /usr/bin/python3, not a pyenv/venv interpreter.

What is timed:
  * Glance: its own driver code in this process (ImageCache with CONF overrides); only the operation
    is timed, Python start-up, imports and driver construction are not.
  * ours:   the whole `glance-cachectl` process (wall time of the subprocess, start-up included).
  * sqlite3: the whole `sqlite3 -json` process dumping the same table.
  * unlink: a Python os.unlink() loop over exactly the files Glance's prune removed.
"""

import argparse
import json
import math
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid

if not sys.executable.startswith('/usr/bin/python3'):
    sys.stderr.write('bench.py: run it with /usr/bin/python3 (Debian python3-glance), not %s\n' % sys.executable)

try:
    from oslo_config import cfg
    import glance
    import glance.image_cache as glance_image_cache
except ImportError as e:  # pragma: no cover - environment problem
    sys.exit('bench.py: cannot import glance (%s); install python3-glance and use /usr/bin/python3' % e)

CONF = cfg.CONF

LIST_SQL = ('SELECT image_id, hits, last_accessed, last_modified, size FROM cached_images '
            'ORDER BY image_id')
DAY = 86400.0
T0 = time.monotonic()


def log(msg):
    sys.stderr.write('[bench %7.1fs] %s\n' % (time.monotonic() - T0, msg))
    sys.stderr.flush()


# --------------------------------------------------------------------------------------------------
# Test data: one deterministic spec, materialised as many identical copies as needed.
# --------------------------------------------------------------------------------------------------

def make_spec(count, seed, now):
    """Realistic cache entries: image IDs, sizes of a few bytes to a few KB, times over 90 days.

    last_modified: when the image entered the cache; last_accessed: last completed read (equal to
    last_modified for never-read images, hits 0); hits: heavy-tailed. About 1% of entries share their
    last_accessed with another entry exactly (ties the LRU order must break like Glance does), and a few
    share the same whole second (the xattr driver compares integer st_atime, then size, then path).
    Returned in cache-insertion order (last_modified ascending), which is Glance's rowid order.
    """
    rng = random.Random(seed)
    entries = []
    for _ in range(count):
        image_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        size = int(math.exp(rng.uniform(math.log(4), math.log(6144))))
        modified = now - rng.uniform(60.0, 90 * DAY)
        if rng.random() < 0.35:
            hits, accessed = 0, modified
        else:
            hits = min(int(rng.paretovariate(1.1)), 5000)
            accessed = rng.uniform(modified, now - 1.0)
        entries.append({'image_id': image_id, 'size': size, 'last_modified': modified,
                        'last_accessed': accessed, 'hits': hits})
    for e in rng.sample(entries, max(2, count // 100)):   # exact ties
        other = rng.choice(entries)
        e['last_accessed'] = max(other['last_accessed'], e['last_modified'])
        other['last_accessed'] = e['last_accessed']
    for e in rng.sample(entries, max(2, count // 200)):   # same whole second, different fraction
        other = rng.choice(entries)
        e['last_accessed'] = math.floor(other['last_accessed']) + rng.random() * 0.999
        e['last_modified'] = min(e['last_modified'], e['last_accessed'])
    entries.sort(key=lambda e: e['last_modified'])
    return entries


CONTENT = bytes(random.Random(7).getrandbits(8) for _ in range(8192))


def glance_cache(cache_dir, driver, max_size=None):
    """Glance's own ImageCache for cache_dir, configured the way glance-api would be."""
    CONF.set_override('image_cache_dir', cache_dir)
    CONF.set_override('image_cache_driver', driver)
    if max_size is not None:
        CONF.set_override('image_cache_max_size', max_size)
    cache = glance_image_cache.ImageCache()
    effective = cache.driver.__class__.__module__.rsplit('.', 1)[-1]
    if effective != driver:
        raise RuntimeError('Glance fell back from %s to %s in %s' % (driver, effective, cache_dir))
    return cache


def build_master_db(spec, scratch):
    """cache.db created by Glance's own sqlite driver (its schema), filled with the spec's rows."""
    os.makedirs(scratch)
    glance_cache(scratch, 'sqlite')
    db = os.path.join(scratch, 'cache.db')
    conn = sqlite3.connect(db)
    with conn:
        conn.executemany('INSERT INTO cached_images (image_id, last_accessed, last_modified, size, hits) '
                         'VALUES (?, ?, ?, ?, ?)',
                         [(e['image_id'], e['last_accessed'], e['last_modified'], e['size'], e['hits'])
                          for e in spec])
    conn.close()
    return db


def materialize(spec, dest, driver, master_db=None):
    """A complete cache directory as glance-api leaves it: area dirs, image files, metadata."""
    os.makedirs(dest)
    for sub in ('incomplete', 'invalid', 'queue'):
        os.mkdir(os.path.join(dest, sub))
    for e in spec:
        path = os.path.join(dest, e['image_id'])
        with open(path, 'wb') as f:
            f.write(CONTENT[:e['size']])
        if driver == 'xattr':
            os.setxattr(path, 'user.hits', str(e['hits']).encode())
            os.utime(path, (e['last_accessed'], e['last_modified']))
    if driver == 'sqlite':
        shutil.copyfile(master_db, os.path.join(dest, 'cache.db'))
        # The oslo.concurrency lock file Glance's sqlite driver creates when it starts.
        open(os.path.join(dest, 'image_cache_db_init'), 'wb').close()
    os.sync()


def dir_state(cache_dir, driver, times=None):
    """Everything prune may change: the base dir's regular files (size; for xattr also atime, mtime and
    user.hits) and, for sqlite, every row of cached_images. cache.db itself is represented by its rows
    (its own size and times legitimately differ between copies), and sqlite copies' file times are
    those of their creation, so they are compared only when asked (times=True)."""
    if times is None:
        times = driver == 'xattr'
    files = {}
    for name in os.listdir(cache_dir):
        path = os.path.join(cache_dir, name)
        st = os.stat(path)
        if not os.path.isfile(path) or (driver == 'sqlite' and name == 'cache.db'):
            continue
        state = (st.st_size,)
        if times:
            state += (st.st_atime_ns, st.st_mtime_ns)
        if driver == 'xattr':
            try:
                state += (os.getxattr(path, 'user.hits').decode(),)
            except OSError:
                state += (None,)
        files[name] = state
    rows = None
    if driver == 'sqlite':
        conn = sqlite3.connect('file:%s?mode=ro' % os.path.join(cache_dir, 'cache.db'), uri=True)
        rows = sorted(conn.execute('SELECT image_id, last_accessed, last_modified, size, hits, checksum '
                                   'FROM cached_images'))
        conn.close()
    return files, rows


def pressure():
    """Load average and the kernel's pressure-stall totals (seconds some task waited for CPU / I/O),
    to tell from the results whether other work on the machine disturbed a measurement."""
    out = {}
    try:
        out['loadavg'] = float(open('/proc/loadavg').read().split()[0])
    except OSError:
        pass
    for res in ('cpu', 'io'):
        try:
            with open('/proc/pressure/%s' % res) as f:
                some = f.readline().split()
            out['%s_some_s' % res] = int(some[-1].split('=')[1]) / 1e6
        except (OSError, IndexError, ValueError):
            pass
    return out


def settle(max_wait=20.0):
    """Flush and wait for the disk to go quiet before a timed prune: with the `discard` mount option
    ext4 frees (trims) the blocks of the previous copy's files at journal commits, and a prune measured
    while that is still going on reports the disk's backlog, not the prune. Returns seconds waited."""
    t = time.monotonic()
    os.sync()
    while time.monotonic() - t < max_wait:
        before = pressure().get('io_some_s')
        if before is None:
            time.sleep(1.0)
            break
        time.sleep(1.0)
        if pressure()['io_some_s'] - before < 0.01:
            break
    return time.monotonic() - t


def pressure_delta(before):
    after = pressure()
    delta = {k: round(after[k] - before[k], 3) for k in after if k.endswith('_s') and k in before}
    delta['loadavg_before'] = before.get('loadavg')
    delta['loadavg_after'] = after.get('loadavg')
    return delta


# --------------------------------------------------------------------------------------------------
# Timing helpers
# --------------------------------------------------------------------------------------------------

class Runner:
    def __init__(self, cli, workdir):
        self.cli = cli
        self.workdir = workdir
        self.env = dict(os.environ, LANG='C.UTF-8', LC_ALL='C.UTF-8', QT_QPA_PLATFORM='offscreen',
                        GLANCE_CACHE_ADMIN_SYSTEM_CONFIG='/nonexistent/glance-api.conf')
        self.out_path = os.path.join(workdir, 'stdout.txt')

    def process(self, argv):
        """Wall time of a whole process; stdout goes to a file (no pipe reader in the measurement)."""
        with open(self.out_path, 'wb') as out:
            t = time.perf_counter()
            rc = subprocess.call(argv, stdout=out, env=self.env)
            elapsed = time.perf_counter() - t
        with open(self.out_path, 'rb') as f:
            data = f.read()
        if rc != 0:
            raise RuntimeError('%s exited with %d' % (' '.join(argv), rc))
        return elapsed, data

    def ours(self, cache_dir, driver, *args):
        return self.process([self.cli, '--cache-dir', cache_dir, '--driver', driver] + list(args))


def timed(fn):
    t = time.perf_counter()
    result = fn()
    return time.perf_counter() - t, result


def summary(samples):
    return {'best': min(samples), 'median': statistics.median(samples), 'runs': samples}


# --------------------------------------------------------------------------------------------------
# The benchmark
# --------------------------------------------------------------------------------------------------

def bench_reads(run, driver, cache_dir, repeat, results, checks):
    """(a) listing as JSON, (b) size, (d) sqlite3 -json dump: best of `repeat`, round-robin."""
    cache = glance_cache(cache_dir, driver)
    before = dir_state(cache_dir, driver, times=True)

    def glance_list():
        return json.dumps({'cached_images': cache.get_cached_images(),
                           'queued_images': cache.get_queued_images()})

    ops = [
        ('glance list', lambda: timed(glance_list)),
        ('ours list', lambda: run.ours(cache_dir, driver, 'list', '--json')),
        ('glance size', lambda: timed(cache.get_cache_size)),
        ('ours status', lambda: run.ours(cache_dir, driver, 'status', '--json')),
    ]
    if driver == 'sqlite':
        ops.append(('sqlite3 dump',
                    lambda: run.process(['sqlite3', '-json', os.path.join(cache_dir, 'cache.db'), LIST_SQL])))
    ops.append(('ours startup', lambda: run.process([run.cli, '--version'])))

    samples = {name: [] for name, _ in ops}
    last = {}
    env_before = pressure()
    for rep in range(repeat + 1):          # round 0 warms caches and is not counted
        for name, fn in ops:
            elapsed, value = fn()
            last[name] = value
            if rep:
                samples[name].append(elapsed)
        log('%s: round %d/%d done' % (driver, rep, repeat))

    # Correctness of what was timed.
    glance_doc = json.loads(last['glance list'])
    ours_doc = json.loads(last['ours list'])
    same = json.dumps(ours_doc, sort_keys=True) == json.dumps(glance_doc, sort_keys=True)
    same_sorted = same or (
        sorted(ours_doc['cached_images'], key=lambda r: r['image_id'])
        == sorted(glance_doc['cached_images'], key=lambda r: r['image_id']))
    checks['%s list equals Glance' % driver] = same
    if not same:
        checks['%s list equals Glance ignoring order' % driver] = same_sorted
    status = json.loads(last['ours status'])
    checks['%s status size equals get_cache_size' % driver] = status['size'] == last['glance size']
    checks['%s status image count equals Glance' % driver] = status['cached_images'] == len(glance_doc['cached_images'])
    if driver == 'sqlite':
        dump = json.loads(last['sqlite3 dump'])
        checks['sqlite3 dump has the same image ids'] = (
            [r['image_id'] for r in dump] == [r['image_id'] for r in glance_doc['cached_images']])
    checks['%s cache unchanged by the reads' % driver] = dir_state(cache_dir, driver, times=True) == before

    entries = len(glance_doc['cached_images'])
    results['reads'][driver] = {
        'entries': entries, 'size_bytes': last['glance size'],
        'list_json_bytes': len(last['ours list']),
        # Informational: the API's JSON has no key order; Glance's xattr driver builds its dicts in
        # another order than its sqlite driver, so only the parsed documents must be equal.
        'list_byte_identical_to_glance_json_dumps': last['ours list'].rstrip(b'\n') == last['glance list'].encode(),
        'timings': {name: summary(s) for name, s in samples.items()},
        'machine_pressure': pressure_delta(env_before),
    }
    return last['glance size']


def bench_prune(run, driver, spec, master_db, max_size, root, prune_repeat, results, checks):
    """(c) prune to max_size: Glance's ImageCache.prune() once, ours on identical fresh copies and a plain
    os.unlink loop over the same victims on more copies, prune_repeat times each (best reported)."""
    g_dir = os.path.join(root, '%s-prune-glance' % driver)
    o_dir = os.path.join(root, '%s-prune-ours' % driver)
    u_dir = os.path.join(root, '%s-prune-unlink' % driver)

    log('%s prune: materialising the copy for Glance' % driver)
    materialize(spec, g_dir, driver, master_db)
    cache = glance_cache(g_dir, driver, max_size)
    initial = dir_state(g_dir, driver)
    settle()
    log('%s prune: Glance ImageCache.prune() to %d bytes (%d entries; slow, once per victim rescans)'
        % (driver, max_size, len(spec)))
    env = {}
    before = pressure()
    g_time, (g_files, g_bytes) = timed(cache.prune)
    env['glance prune'] = pressure_delta(before)
    log('%s prune: Glance took %.2f s, pruned %d files, %d bytes' % (driver, g_time, g_files, g_bytes))
    g_state = dir_state(g_dir, driver)
    shutil.rmtree(g_dir)

    victims = sorted(set(initial[0]) - set(g_state[0]))
    o_times, u_times, env['ours prune'], env['unlink victims'] = [], [], [], []
    identical_start = same_files = same_state = True
    o_pruned = None
    for k in range(prune_repeat):
        # Ours and the unlink floor alternate, each on a fresh copy, so both see similar conditions.
        log('%s prune %d/%d: materialising the copy for glance-cachectl' % (driver, k + 1, prune_repeat))
        materialize(spec, o_dir, driver, master_db)
        identical_start &= dir_state(o_dir, driver) == initial
        settle()
        before = pressure()
        o_time, o_out = run.ours(o_dir, driver, 'prune', '--max-size', str(max_size))
        env['ours prune'].append(pressure_delta(before))
        o_times.append(o_time)
        log('%s prune %d/%d: glance-cachectl took %.3f s' % (driver, k + 1, prune_repeat, o_time))
        o_state = dir_state(o_dir, driver)
        shutil.rmtree(o_dir)
        same_files &= sorted(o_state[0]) == sorted(g_state[0])
        same_state &= o_state == g_state
        o_pruned = sum(1 for line in o_out.decode().splitlines() if line.startswith('pruned '))

        log('%s prune %d/%d: materialising the copy for the unlink loop (%d victims)'
            % (driver, k + 1, prune_repeat, len(victims)))
        materialize(spec, u_dir, driver, master_db)
        paths = [os.path.join(u_dir, v) for v in victims]
        settle()

        def unlink_all():
            for p in paths:
                os.unlink(p)
        before = pressure()
        u_time, _ = timed(unlink_all)
        env['unlink victims'].append(pressure_delta(before))
        u_times.append(u_time)
        shutil.rmtree(u_dir)
        log('%s prune %d/%d: unlink loop took %.3f s' % (driver, k + 1, prune_repeat, u_time))

    checks['%s prune copies start identical' % driver] = identical_start
    checks['%s prune leaves the same files as Glance' % driver] = same_files
    checks['%s prune leaves identical files and metadata' % driver] = same_state
    if driver == 'sqlite':
        # part of same_state; named separately because it is the one that matters most
        checks['sqlite prune leaves the same cache.db rows'] = same_state

    results['prune'][driver] = {
        'entries': len(spec), 'max_size': max_size, 'glance_files_pruned': g_files,
        'glance_bytes_pruned': g_bytes, 'ours_files_pruned': o_pruned,
        'remaining_entries': len(g_state[1]) if driver == 'sqlite' else len(g_state[0]),
        'timings': {'glance prune': g_time, 'ours prune': summary(o_times), 'unlink victims': summary(u_times)},
        'machine_pressure': env,
    }


def cmake_cache(build_dir, key):
    try:
        with open(os.path.join(build_dir, 'CMakeCache.txt')) as f:
            for line in f:
                if line.startswith(key + ':'):
                    return line.split('=', 1)[1].strip()
    except OSError:
        pass
    return None


def build_type(build_dir):
    value = cmake_cache(build_dir, 'CMAKE_BUILD_TYPE')
    return 'unknown' if value is None else (value or '(empty)')


def source_revision(build_dir):
    """git commit of the configured source tree (+ '-dirty' with local changes), if it is a checkout."""
    src = cmake_cache(build_dir, 'CMAKE_HOME_DIRECTORY')
    if not src:
        return None
    try:
        rev = subprocess.run(['git', '-C', src, 'rev-parse', '--short', 'HEAD'], capture_output=True,
                             text=True, check=True).stdout.strip()
        dirty = subprocess.run(['git', '-C', src, 'status', '--porcelain', '--untracked-files=no'],
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return rev + ('-dirty' if dirty else '')


def ratio(a, b):
    return a / b if b > 0 else float('inf')


def report(results):
    """Markdown table; also fills results['table'] for the JSON file."""
    rows = []
    for driver in ('sqlite', 'xattr'):
        r = results['reads'].get(driver)
        if r:
            t = r['timings']
            n = r['entries']
            rows.append(('list --json vs get_cached_images()+json.dumps', driver, n, 'Glance',
                         t['glance list']['best'], t['ours list']['best'], 5.0))
            rows.append(('status --json vs get_cache_size()', driver, n, 'Glance',
                         t['glance size']['best'], t['ours status']['best'], 5.0))
            if 'sqlite3 dump' in t:
                rows.append(('list --json vs sqlite3 -json (process)', driver, n, 'sqlite3',
                             t['sqlite3 dump']['best'], t['ours list']['best'], 1.0))
    for driver in ('sqlite', 'xattr'):
        p = results['prune'].get(driver)
        if p:
            t = p['timings']
            n = '%d->%d' % (p['entries'], p['remaining_entries'])
            rows.append(('prune to half vs ImageCache.prune()', driver, n, 'Glance',
                         t['glance prune'], t['ours prune']['best'], 100.0))
            rows.append(('prune to half vs os.unlink loop of the victims', driver, n, 'unlink',
                         t['unlink victims']['best'], t['ours prune']['best'], None))
    table = []
    lines = ['| operation | cache | entries | other | other s | ours s | other/ours | target | met |',
             '|---|---|---|---|---:|---:|---:|---|---|']
    for op, driver, n, other, o, ours, target in rows:
        x = ratio(o, ours)
        met = None if target is None else (x >= target if target > 1 else x > target)
        tgt = '-' if target is None else ('>= %gx' % target if target > 1 else 'faster')
        lines.append('| %s | %s | %s | %s | %.4f | %.4f | %.2fx | %s | %s |'
                     % (op, driver, n, other, o, ours, x, tgt, '-' if met is None else ('yes' if met else 'NO')))
        table.append({'operation': op, 'cache': driver, 'entries': n, 'compared_with': other,
                      'other_seconds': o, 'ours_seconds': ours, 'ratio_other_over_ours': x,
                      'target_ratio': target, 'met': met})
    results['table'] = table
    start = []
    for driver in ('sqlite', 'xattr'):
        r = results['reads'].get(driver)
        if r:
            start.append(r['timings']['ours startup']['best'])
    if start:
        lines.append('')
        lines.append('glance-cachectl --version (process start-up floor): %.4f s' % min(start))
    for driver in ('sqlite', 'xattr'):
        p = results['prune'].get(driver)
        if p:
            t = p['timings']
            lines.append('%s prune runs: ours %s s; unlink %s s; Glance %.2f s (once)' % (
                driver, ', '.join('%.3f' % x for x in t['ours prune']['runs']),
                ', '.join('%.3f' % x for x in t['unlink victims']['runs']), t['glance prune']))
            pressures = []
            for name, d in p['machine_pressure'].items():
                for x in (d if isinstance(d, list) else [d]):
                    pressures.append('%s %s/%s/%s' % (name, x.get('loadavg_before'), x.get('cpu_some_s'), x.get('io_some_s')))
            lines.append('  other work on the machine meanwhile (load avg before / s of CPU stall / s of I/O stall): '
                         + '; '.join(pressures))
    return '\n'.join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--build-dir', default='build', help='CMake build directory (default ./build)')
    ap.add_argument('--quick', action='store_true', help='small caches (10k sqlite, 2k xattr) for a sanity run')
    ap.add_argument('--sqlite-entries', type=int, help='entries in the sqlite cache (default 100000)')
    ap.add_argument('--xattr-entries', type=int, help='files in the xattr cache (default 20000)')
    ap.add_argument('--repeat', type=int, default=5, help='timed repetitions of the fast operations (best of)')
    ap.add_argument('--prune-repeat', type=int, default=3,
                    help='runs of our prune and of the unlink loop, each on a fresh copy (best of); '
                         "Glance's prune runs once")
    ap.add_argument('--no-prune', action='store_true', help='skip the prune benchmarks')
    ap.add_argument('--only', choices=('sqlite', 'xattr'), help='benchmark one driver only')
    ap.add_argument('--workdir', help='parent of the temporary caches (default $TMPDIR or /tmp)')
    ap.add_argument('--keep', action='store_true', help='keep the read-benchmark caches')
    ap.add_argument('--output', help='JSON results file (default BUILD_DIR/bench-results[-quick].json)')
    ap.add_argument('--seed', type=int, default=2022)
    args = ap.parse_args()

    build_dir = os.path.abspath(args.build_dir)
    cli = os.path.join(build_dir, 'app', 'glance-cachectl')
    if not os.access(cli, os.X_OK):
        sys.exit('bench.py: %s not found; build the project first (cmake --build %s)' % (cli, build_dir))
    if shutil.which('sqlite3') is None:
        sys.exit('bench.py: the sqlite3 command-line shell is required (apt install sqlite3)')
    n_sqlite = args.sqlite_entries or (10000 if args.quick else 100000)
    n_xattr = args.xattr_entries or (2000 if args.quick else 20000)
    drivers = [args.only] if args.only else ['sqlite', 'xattr']
    output = args.output or os.path.join(build_dir, 'bench-results%s.json' % ('-quick' if args.quick else ''))

    CONF([], project='glance', default_config_files=[])
    root = tempfile.mkdtemp(prefix='gca-bench-', dir=args.workdir)
    run = Runner(cli, root)
    now = time.time()
    results = {
        'mode': 'quick' if args.quick else 'full',
        'started': time.strftime('%Y-%m-%dT%H:%M:%S%z'),
        'prune_repeat': args.prune_repeat, 'cli': cli, 'build_type': build_type(build_dir), 'source_revision': source_revision(build_dir),
        'repeat': args.repeat,
        'host': {'machine': platform.machine(), 'kernel': platform.release(), 'cpus': os.cpu_count(),
                 'python': platform.python_version(), 'glance': getattr(glance, '__version__', None)
                 or _glance_version(), 'sqlite': sqlite3.sqlite_version, 'workdir': root},
        'reads': {}, 'prune': {}, 'checks': {},
    }
    checks = results['checks']
    log('caches under %s; cli %s (%s build)' % (root, cli, results['build_type']))
    if results['build_type'] in ('Debug', '(empty)'):
        log('warning: %s build: our timings are not representative; benchmark a Release or RelWithDebInfo build'
            % results['build_type'])
    results['machine_at_start'] = pressure()
    if results['machine_at_start'].get('loadavg', 0) > 0.5 * (os.cpu_count() or 1):
        log('warning: load average %.1f on %d CPUs: other work is running, timings will be noisy'
            % (results['machine_at_start']['loadavg'], os.cpu_count() or 1))
    try:
        xattr_probe = os.path.join(root, 'probe')
        open(xattr_probe, 'wb').close()
        os.setxattr(xattr_probe, 'user.hits', b'0')
        os.unlink(xattr_probe)
    except OSError as e:
        sys.exit('bench.py: %s does not support user xattrs (%s); use --workdir on ext4/xfs' % (root, e))

    try:
        for driver in drivers:
            count = n_sqlite if driver == 'sqlite' else n_xattr
            spec = make_spec(count, args.seed + (0 if driver == 'sqlite' else 1), now)
            master_db = build_master_db(spec, os.path.join(root, 'master-db')) if driver == 'sqlite' else None
            read_dir = os.path.join(root, '%s-read' % driver)
            log('%s: materialising %d entries' % (driver, count))
            materialize(spec, read_dir, driver, master_db)
            settle()
            size = bench_reads(run, driver, read_dir, args.repeat, results, checks)
            if not args.keep:
                shutil.rmtree(read_dir)
            if not args.no_prune:
                bench_prune(run, driver, spec, master_db, size // 2, root, args.prune_repeat, results, checks)
            if master_db:
                shutil.rmtree(os.path.dirname(master_db))
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)

    table = report(results)
    results['finished'] = time.strftime('%Y-%m-%dT%H:%M:%S%z')
    with open(output, 'w') as f:
        json.dump(results, f, indent=2)
        f.write('\n')

    print('glance-cachectl benchmark (%s, %s build of %s; list/size best of %d; prune: ours and unlink best of %d '
          'on fresh copies, Glance once)'
          % (results['mode'], results['build_type'], results['source_revision'] or 'unknown source', args.repeat,
             args.prune_repeat))
    print()
    print(table)
    print()
    failed = [name for name, ok in checks.items() if not ok]
    for name, ok in checks.items():
        print('check: %-55s %s' % (name, 'ok' if ok else 'FAILED'))
    print()
    print('results written to %s' % output)
    return 1 if failed else 0


def _glance_version():
    try:
        from importlib import metadata
        return metadata.version('glance')
    except Exception:
        return None


if __name__ == '__main__':
    sys.exit(main())

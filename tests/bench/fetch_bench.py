#!/usr/bin/python3
"""Benchmark `glance-cachectl fetch` against curl, downloading the same image from a real glance-api.

Run through tests/bench/run_fetch.sh (see tests/bench/README.md, "Fetch benchmark"). Uses
tests/glance_server.py to start Debian's glance-api (Glance Zed) on 127.0.0.1, so it must run under
/usr/bin/python3, not a pyenv/venv interpreter.

In one run:
  * uploads one image of --size pseudo-random bytes (default 1 GiB; seeded, so incompressible and
    reproducible) and a tiny one (--tiny-size, default 64 KiB);
  * one untimed warm-up round (glance-api's page cache, our binary's pages);
  * --repeat rounds (default 3), alternating: `curl -o FILE URL/v2/images/ID/file`, then
    `glance-cachectl --cache-dir NEW --driver sqlite fetch ID --os-image-url URL --json` into a fresh,
    empty sqlite cache (our side also hashes MD5 and SHA-512, fsyncs and commits the cache entry);
  * for reference in each round, after ours: curl through tee into coreutils' md5sum and sha512sum (what
    computing the same two hashes costs with the usual tools), and once, hashlib's (OpenSSL's) MD5 and
    SHA-512 of the same number of bytes in memory, one after the other: the CPU floor of the hashing;
  * our fetch of the tiny image, --repeat times: the baseline of the peak RSS.

Measured: wall time of each whole process (start-up included), its CPU time and peak RSS (os.wait4's
ru_maxrss). Reported: curl/ours (>= 0.8 is the target: ours at least 80 % of curl's speed) and our peak
RSS growth, big image against tiny image (target: under 64 MiB).
"""

import argparse
import hashlib
import json
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

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # tests/, for glance_server
import glance_server  # noqa: E402

MIB = 1024 * 1024
T0 = time.monotonic()
RATIO_TARGET = 0.8
RSS_GROWTH_TARGET = 64 * MIB

# Glance's sqlite driver schema (glance/image_cache/drivers/sqlite.py), for a fresh, empty cache.
CACHE_SCHEMA = """CREATE TABLE cached_images (
    image_id TEXT PRIMARY KEY,
    last_accessed REAL DEFAULT 0.0,
    last_modified REAL DEFAULT 0.0,
    size INTEGER DEFAULT 0,
    hits INTEGER DEFAULT 0,
    checksum TEXT
)"""


def log(msg):
    sys.stderr.write('[fetch-bench %7.1fs] %s\n' % (time.monotonic() - T0, msg))
    sys.stderr.flush()


def parse_size(text):
    units = {'': 1, 'K': 1024, 'M': MIB, 'G': 1024 * MIB}
    text = text.strip().upper().rstrip('B').rstrip('I')
    unit = text[-1:] if text[-1:] in units else ''
    return int(float(text[:len(text) - len(unit)]) * units[unit])


def pressure():
    """Load average and the kernel's pressure-stall totals (seconds some task waited for CPU / I/O)."""
    out = {}
    try:
        out['loadavg'] = float(open('/proc/loadavg').read().split()[0])
    except OSError:
        pass
    for res in ('cpu', 'io'):
        try:
            with open('/proc/pressure/%s' % res) as f:
                out['%s_some_s' % res] = int(f.readline().split()[-1].split('=')[1]) / 1e6
        except (OSError, IndexError, ValueError):
            pass
    return out


def pressure_delta(before):
    after = pressure()
    delta = {k: round(after[k] - before[k], 3) for k in after if k.endswith('_s') and k in before}
    delta['loadavg'] = before.get('loadavg')
    return delta


def settle(max_wait=15.0):
    """Write back what the previous run left dirty and wait for the disk to go quiet (the `discard`
    mount option trims the blocks of deleted files at journal commits), so that no run pays for the
    one before it. Returns seconds waited."""
    t = time.monotonic()
    os.sync()
    while time.monotonic() - t < max_wait:
        before = pressure().get('io_some_s')
        time.sleep(0.5)
        if before is None or pressure()['io_some_s'] - before < 0.005:
            break
    return round(time.monotonic() - t, 2)


# Started by a small, fresh interpreter rather than by this one: Linux carries the spawning process's peak RSS
# over into the child's ru_maxrss across exec, and this process holds far more than curl or ours would
# (a fresh `python3 -I -S` leaves a floor of about 8 MiB: /bin/true reports that much).
SPAWN = """import json, os, sys, time
t = time.perf_counter()
pid = os.posix_spawnp(sys.argv[2], sys.argv[2:], os.environ)
_, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - t
with open(sys.argv[1], 'w') as f:
    json.dump({'seconds': wall, 'user_s': usage.ru_utime, 'sys_s': usage.ru_stime,
               'peak_rss': usage.ru_maxrss * 1024, 'exit': os.waitstatus_to_exitcode(status)}, f)
"""


def measure(argv, scratch, env=None, stdout=None):
    """Runs one process; returns wall seconds, user and system CPU seconds, peak RSS bytes, exit status."""
    before = pressure()
    path = os.path.join(scratch, 'measure.json')
    subprocess.run(['/usr/bin/python3', '-I', '-S', '-c', SPAWN, path] + argv, env=env, stdout=stdout,
                   stdin=subprocess.DEVNULL, check=True)
    with open(path) as f:
        m = json.load(f)
    for k in ('seconds', 'user_s', 'sys_s'):
        m[k] = round(m[k], 4)
    m['machine'] = pressure_delta(before)
    return m


def http_json(argv):
    return json.loads(subprocess.run(argv, check=True, capture_output=True).stdout)


# curl into a file through tee, with coreutils' md5sum and sha512sum reading the same stream.
HASHING_PIPELINE = """set -e
rm -f "$3/md5.fifo" "$3/sha512.fifo"
mkfifo "$3/md5.fifo" "$3/sha512.fifo"
md5sum < "$3/md5.fifo" > "$3/md5" &
sha512sum < "$3/sha512.fifo" > "$3/sha512" &
curl -sS --fail --noproxy '*' "$1" | tee "$3/md5.fifo" "$3/sha512.fifo" > "$2"
wait
"""


def hash_floor(size):
    """Seconds for hashlib (OpenSSL) to compute MD5, then SHA-512, of size bytes on one core."""
    block = random.Random(0).randbytes(16 * MIB)
    out = {}
    for name in ('md5', 'sha512'):
        h = hashlib.new(name)
        t = time.perf_counter()
        for _ in range(size // len(block)):
            h.update(block)
        h.update(block[:size % len(block)])
        out[name + '_s'] = round(time.perf_counter() - t, 3)
    return out


def make_image(path, size, seed):
    """Writes size pseudo-random bytes; returns their MD5 and SHA-512 (hex)."""
    rng = random.Random(seed)
    md5, sha512 = hashlib.md5(), hashlib.sha512()
    with open(path, 'wb') as f:
        left = size
        while left:
            block = rng.randbytes(min(left, 16 * MIB))
            md5.update(block)
            sha512.update(block)
            f.write(block)
            left -= len(block)
    return md5.hexdigest(), sha512.hexdigest()


def upload(curl, url, path, name):
    image = http_json(curl + ['-X', 'POST', '-H', 'Content-Type: application/json', '-d',
                              json.dumps({'name': name, 'disk_format': 'raw', 'container_format': 'bare'}),
                              url + '/v2/images'])
    subprocess.run(curl + ['-T', path, '-H', 'Content-Type: application/octet-stream',
                           '%s/v2/images/%s/file' % (url, image['id'])], check=True)
    return http_json(curl + ['%s/v2/images/%s' % (url, image['id'])])


def fresh_cache(path):
    shutil.rmtree(path, ignore_errors=True)
    for sub in ('incomplete', 'invalid', 'queue'):
        os.makedirs(os.path.join(path, sub))
    db = sqlite3.connect(os.path.join(path, 'cache.db'))
    db.execute(CACHE_SCHEMA)
    db.commit()
    db.close()


def cmake_cache(build_dir, key):
    try:
        with open(os.path.join(build_dir, 'CMakeCache.txt')) as f:
            for line in f:
                if line.startswith(key + ':'):
                    return line.split('=', 1)[1].strip()
    except OSError:
        pass
    return None


def source_revision(build_dir):
    src = cmake_cache(build_dir, 'CMAKE_HOME_DIRECTORY')
    try:
        rev = subprocess.run(['git', '-C', src, 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True,
                             check=True).stdout.strip()
        dirty = subprocess.run(['git', '-C', src, 'status', '--porcelain', '--untracked-files=no'],
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, TypeError, subprocess.CalledProcessError):
        return None
    return rev + ('-dirty' if dirty else '')


def summary(samples):
    return {'best': min(samples), 'median': statistics.median(samples), 'runs': samples}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--build-dir', default='build', help='CMake build directory (default ./build)')
    ap.add_argument('--size', default='1G', help='image size, bytes or K/M/G (default 1G)')
    ap.add_argument('--tiny-size', default='64K', help='the RSS baseline image (default 64K)')
    ap.add_argument('--repeat', type=int, default=3, help='timed rounds of curl and ours (default 3)')
    ap.add_argument('--workdir', help='parent of the temporary directory (default $TMPDIR or /tmp)')
    ap.add_argument('--output', help='JSON results (default BUILD_DIR/bench-fetch.json)')
    ap.add_argument('--keep', action='store_true', help='keep the temporary directory')
    ap.add_argument('--seed', type=int, default=2022)
    args = ap.parse_args()

    build_dir = os.path.abspath(args.build_dir)
    built = os.path.join(build_dir, 'app', 'glance-cachectl')
    if not os.access(built, os.X_OK):
        sys.exit('fetch_bench.py: %s not found; build the project first (cmake --build %s)' % (built, build_dir))
    if shutil.which('curl') is None:
        sys.exit('fetch_bench.py: curl is required (apt install curl)')
    size, tiny_size = parse_size(args.size), parse_size(args.tiny_size)
    output = args.output or os.path.join(build_dir, 'bench-fetch.json')

    root = tempfile.mkdtemp(prefix='gca-fetch-bench-', dir=args.workdir)
    # Our own copy: others may rebuild the build directory while this runs.
    cli = os.path.join(root, 'glance-cachectl')
    shutil.copy2(built, cli)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith('OS_') and k.lower() not in ('http_proxy', 'https_proxy', 'all_proxy')}
    env.update(LANG='C.UTF-8', LC_ALL='C.UTF-8', no_proxy='127.0.0.1,localhost',
               GLANCE_CACHE_ADMIN_SYSTEM_CONFIG='/nonexistent/glance-api.conf')
    curl = ['curl', '-sS', '--fail', '--noproxy', '*']
    results = {
        'started': time.strftime('%Y-%m-%dT%H:%M:%S%z'),
        'size': size, 'tiny_size': tiny_size, 'repeat': args.repeat, 'seed': args.seed,
        'cli': built, 'build_type': cmake_cache(build_dir, 'CMAKE_BUILD_TYPE') or 'unknown',
        'source_revision': source_revision(build_dir),
        'curl': subprocess.run(['curl', '--version'], capture_output=True, text=True).stdout.split('\n')[0],
        'host': {'machine': platform.machine(), 'kernel': platform.release(), 'cpus': os.cpu_count(),
                 'python': platform.python_version(), 'workdir': root},
        'machine_at_start': pressure(), 'checks': {}, 'rounds': [], 'tiny': [],
    }
    checks = results['checks']
    log('work dir %s; %s (%s build)' % (root, built, results['build_type']))
    if results['machine_at_start'].get('loadavg', 0) > 0.5 * (os.cpu_count() or 1):
        log('warning: load average %.1f on %d CPUs: other work is running, timings will be noisy'
            % (results['machine_at_start']['loadavg'], os.cpu_count() or 1))

    server = None
    try:
        # No cache filter in the pipeline: glance-api serves every download from its file store, so every
        # round is alike (with caching, the first download would also fill glance-api's own cache).
        log('starting glance-api')
        server = glance_server.start(os.path.join(root, 'glance'), flavor='')
        url = server.url
        images = {}
        for name, n, seed in (('big', size, args.seed), ('tiny', tiny_size, args.seed + 1)):
            data = os.path.join(root, '%s.data' % name)
            log('generating and uploading the %s image (%d bytes)' % (name, n))
            md5, sha512 = make_image(data, n, seed)
            t = time.perf_counter()
            image = upload(curl, url, data, 'fetch-bench-' + name)
            log('  uploaded in %.1f s: %s' % (time.perf_counter() - t, image['id']))
            os.unlink(data)
            checks['%s image: Glance records our MD5 and SHA-512' % name] = (
                image.get('checksum') == md5 and image.get('os_hash_algo') == 'sha512'
                and image.get('os_hash_value') == sha512 and image.get('size') == n)
            images[name] = image
        big = images['big']['id']
        file_url = '%s/v2/images/%s/file' % (url, big)
        curl_out = os.path.join(root, 'curl.out')
        cache_dir = os.path.join(root, 'cache')
        devnull = subprocess.DEVNULL

        def ours(image_id, target):
            fresh_cache(target)
            with open(os.path.join(root, 'ours.json'), 'wb') as out:
                m = measure([cli, '--cache-dir', target, '--driver', 'sqlite', 'fetch', image_id,
                             '--os-image-url', url, '--json'], root, env=env, stdout=out)
            with open(os.path.join(root, 'ours.json'), 'rb') as f:
                answer = json.loads(f.read() or b'{}').get('results', [{}])[0]
            m['outcome'] = answer.get('outcome')
            m['message'] = answer.get('message')
            return m

        log('warm-up round (untimed)')
        subprocess.run(curl + ['-o', '/dev/null', file_url], check=True)
        ours(images['tiny']['id'], cache_dir)

        for i in range(args.repeat):
            if os.path.exists(curl_out):
                os.unlink(curl_out)
            shutil.rmtree(cache_dir, ignore_errors=True)
            waited = settle()
            c = measure(curl + ['-o', curl_out, file_url], root, env=env, stdout=devnull)
            c['settle_s'] = waited
            c['bytes'] = os.path.getsize(curl_out) if os.path.exists(curl_out) else -1
            os.unlink(curl_out)
            waited = settle()
            o = ours(big, cache_dir)
            o['settle_s'] = waited
            o['bytes'] = os.path.getsize(os.path.join(cache_dir, big)) if o['outcome'] == 'cached' else -1
            # For reference: what computing the same two hashes costs with the usual tools.
            shutil.rmtree(cache_dir, ignore_errors=True)
            waited = settle()
            h = measure(['/bin/sh', '-c', HASHING_PIPELINE, 'sh', file_url, curl_out, root], root, env=env)
            h['settle_s'] = waited
            with open(os.path.join(root, 'md5')) as f1, open(os.path.join(root, 'sha512')) as f2:
                h['md5'], h['sha512'] = (f1.read().split() or [''])[0], (f2.read().split() or [''])[0]
            os.unlink(curl_out)
            results['rounds'].append({'curl': c, 'ours': o, 'curl_md5sum_sha512sum': h})
            checks['round %d: md5sum and sha512sum agree with Glance' % (i + 1)] = (
                h['exit'] == 0 and h['md5'] == images['big']['checksum']
                and h['sha512'] == images['big']['os_hash_value'])
            log('round %d: curl %.2f s, ours %.2f s (%s), ratio %.2f, our peak RSS %.1f MiB; '
                'curl + md5sum + sha512sum %.2f s'
                % (i + 1, c['seconds'], o['seconds'], o['outcome'], c['seconds'] / o['seconds'],
                   o['peak_rss'] / MIB, h['seconds']))
            checks['round %d: curl got every byte' % (i + 1)] = c['exit'] == 0 and c['bytes'] == size
            checks['round %d: ours cached it, MD5 and SHA-512 verified' % (i + 1)] = (
                o['exit'] == 0 and o['outcome'] == 'cached' and o['bytes'] == size
                and 'MD5/SHA512 verified' in (o['message'] or ''))
        shutil.rmtree(cache_dir, ignore_errors=True)
        results['hash_floor'] = hash_floor(size)

        for i in range(args.repeat):
            t = ours(images['tiny']['id'], cache_dir)
            results['tiny'].append(t)
            checks['tiny %d: cached' % (i + 1)] = t['exit'] == 0 and t['outcome'] == 'cached'
    finally:
        if server:
            server.stop()
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)

    rounds = results['rounds']
    curl_s = summary([r['curl']['seconds'] for r in rounds])
    ours_s = summary([r['ours']['seconds'] for r in rounds])
    ratios = summary([round(r['curl']['seconds'] / r['ours']['seconds'], 3) for r in rounds])
    peak = max(r['ours']['peak_rss'] for r in rounds)
    tiny_peak = statistics.median(t['peak_rss'] for t in results['tiny'])
    growth = peak - tiny_peak
    best_ratio = curl_s['best'] / ours_s['best']
    results['summary'] = {
        'curl_seconds': curl_s, 'ours_seconds': ours_s, 'ratio_per_round': ratios,
        'ratio_best_over_best': round(best_ratio, 3),
        'curl_md5sum_sha512sum_seconds': summary([r['curl_md5sum_sha512sum']['seconds'] for r in rounds]),
        'ratio_median_over_median': round(curl_s['median'] / ours_s['median'], 3),
        'ours_peak_rss': peak, 'ours_tiny_peak_rss': tiny_peak, 'rss_growth': growth,
        'ratio_target': RATIO_TARGET, 'ratio_met': best_ratio >= RATIO_TARGET,
        'rss_growth_target': RSS_GROWTH_TARGET, 'rss_growth_met': growth < RSS_GROWTH_TARGET,
    }
    results['finished'] = time.strftime('%Y-%m-%dT%H:%M:%S%z')
    with open(output, 'w') as f:
        json.dump(results, f, indent=2)
        f.write('\n')

    mb = lambda s: size / 1e6 / s  # noqa: E731
    print('glance-cachectl fetch vs curl: %.0f MiB image from glance-api on 127.0.0.1 (%s build of %s; %d rounds, '
          'alternating)' % (size / MIB, results['build_type'], results['source_revision'] or 'unknown source',
                            args.repeat))
    print()
    print('| round | curl s | ours s | curl/ours | curl MB/s | ours MB/s | ours CPU user+sys s | ours peak RSS '
          '| curl + md5sum + sha512sum s |')
    print('|---|---:|---:|---:|---:|---:|---:|---:|---:|')
    for i, r in enumerate(rounds):
        c, o, h = r['curl'], r['ours'], r['curl_md5sum_sha512sum']
        print('| %d | %.2f | %.2f | %.2f× | %.0f | %.0f | %.2f + %.2f | %.1f MiB | %.2f |'
              % (i + 1, c['seconds'], o['seconds'], c['seconds'] / o['seconds'], mb(c['seconds']), mb(o['seconds']),
                 o['user_s'], o['sys_s'], o['peak_rss'] / MIB, h['seconds']))
    print()
    print('| what | figure | target | met |')
    print('|---|---:|---|---|')
    print('| speed, best curl / best ours | %.2f× (%.2f s / %.2f s) | ≥ %.1f× | %s |'
          % (best_ratio, curl_s['best'], ours_s['best'], RATIO_TARGET, 'yes' if best_ratio >= RATIO_TARGET else 'NO'))
    print('| speed, median curl / median ours | %.2f× | | |' % results['summary']['ratio_median_over_median'])
    print('| peak RSS growth, %.0f MiB vs %.0f KiB image | %.1f MiB (%.1f → %.1f MiB) | < 64 MiB | %s |'
          % (size / MIB, tiny_size / 1024, growth / MIB, tiny_peak / MIB, peak / MIB,
             'yes' if growth < RSS_GROWTH_TARGET else 'NO'))
    floor = results['hash_floor']
    print()
    print('Hashing alone, in this process (hashlib, i.e. OpenSSL, one core): MD5 %.2f s + SHA-512 %.2f s = %.2f s of '
          'CPU for %.0f MiB; curl at its best took %.2f s.'
          % (floor['md5_s'], floor['sha512_s'], floor['md5_s'] + floor['sha512_s'], size / MIB, curl_s['best']))
    print()
    loads = ['%s/%s/%s' % (r['ours']['machine'].get('loadavg'), r['ours']['machine'].get('cpu_some_s'),
                           r['ours']['machine'].get('io_some_s')) for r in rounds]
    print('machine during our runs (load average / CPU stall s / I/O stall s): ' + '; '.join(loads))
    print()
    failed = [name for name, ok in checks.items() if not ok]
    for name, ok in checks.items():
        print('check: %-55s %s' % (name, 'ok' if ok else 'FAILED'))
    print()
    print('results written to %s' % output)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())

#!/usr/bin/python3
"""Benchmark `glance-cachectl list --json` on a centralized_db cache against the mariadb client.

Run through tests/bench/run_centraldb.sh (see tests/bench/README.md). A scratch MariaDB server
(tests/db_server.py, never the system's) gets Glance's cache tables and N rows of this node plus N/5 of
another; then, round-robin in the same run, after one untimed warm-up round:

  * ours:    `glance-cachectl --config-file glance-api.conf list --json > file` (whole process: start-up,
             connection, query, JSON);
  * mariadb: `mariadb --batch -e QUERY > file` (whole process) with the very query we send for the rows,
             this node's id looked up in a subquery instead of a first query of its own.

Prints a Markdown table (best and median of --repeat rounds, the ratio mariadb/ours: above 1 means we
are faster) and checks that both listed the same row ids in the same order.
"""

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
DB_SERVER = os.path.join(HERE, '..', 'db_server.py')
OUR_NODE = 'http://glance-1.example.org:9292'
OTHER_NODE = 'http://glance-2.example.org:9292'
T0 = time.monotonic()
# The row query CentralizedDbBackend::readRows sends for MariaDB, with the node id as a subquery.
QUERY = ("SELECT id, image_id, hits, size, DATE_FORMAT(last_accessed, '%%Y-%%m-%%d %%H:%%i:%%s.%%f'), "
         "DATE_FORMAT(last_modified, '%%Y-%%m-%%d %%H:%%i:%%s.%%f'), checksum FROM cached_images "
         "WHERE node_reference_id = (SELECT node_reference_id FROM node_reference WHERE node_reference_url = '%s') "
         "ORDER BY id")


def log(msg):
    sys.stderr.write('[centraldb-bench %6.1fs] %s\n' % (time.monotonic() - T0, msg))
    sys.stderr.flush()


def fill(info, rows, seed):
    import pymysql
    conn = pymysql.connect(unix_socket=info['socket'], user=info['user'], password=info['password'],
                           database=info['database'])
    rnd = random.Random(seed)
    now = 1796000000
    try:
        with conn.cursor() as c:
            ids = {}
            for url in (OUR_NODE, OTHER_NODE):
                c.execute('INSERT INTO node_reference (node_reference_url) VALUES (%s)', (url,))
                ids[url] = c.lastrowid
            batch = []
            # Interleaved as a fleet writes them: about one row of the other node for five of ours.
            for i in range(rows + rows // 5):
                node = OTHER_NODE if i % 6 == 5 else OUR_NODE
                modified = now - rnd.randint(0, 90 * 86400)
                accessed = modified + rnd.randint(0, 86400)
                batch.append((str(uuid.UUID(int=rnd.getrandbits(128), version=4)),
                              time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(accessed)),
                              time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(modified)),
                              rnd.randint(1 << 20, 1 << 32), rnd.randint(0, 500), None, ids[node]))
                if len(batch) == 5000:
                    c.executemany('INSERT INTO cached_images (image_id, last_accessed, last_modified, size, hits, '
                                  'checksum, node_reference_id) VALUES (%s, %s, %s, %s, %s, %s, %s)', batch)
                    batch = []
            if batch:
                c.executemany('INSERT INTO cached_images (image_id, last_accessed, last_modified, size, hits, '
                              'checksum, node_reference_id) VALUES (%s, %s, %s, %s, %s, %s, %s)', batch)
            c.execute('SELECT COUNT(*) FROM cached_images c JOIN node_reference n '
                      'ON c.node_reference_id = n.node_reference_id WHERE n.node_reference_url = %s', (OUR_NODE,))
            ours = c.fetchone()[0]
        conn.commit()
    finally:
        conn.close()
    return ours


def run_timed(cmd, out_path, env=None):
    with open(out_path, 'wb') as out:
        t = time.perf_counter()
        r = subprocess.run(cmd, stdout=out, stderr=subprocess.PIPE, env=env)
        elapsed = time.perf_counter() - t
    if r.returncode != 0:
        raise SystemExit('%s failed (%d): %s' % (cmd[0], r.returncode, r.stderr.decode(errors='replace')))
    return elapsed


def main():
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('--build-dir', default='build')
    p.add_argument('--rows', type=int, default=100000, help="this node's rows (default 100000)")
    p.add_argument('--repeat', type=int, default=5)
    p.add_argument('--seed', type=int, default=7)
    p.add_argument('--workdir', default=None)
    p.add_argument('--output', default=None, help='JSON results (default BUILD_DIR/bench-centraldb.json)')
    args = p.parse_args()
    ctl = os.path.abspath(os.path.join(args.build_dir, 'app', 'glance-cachectl'))
    if not os.access(ctl, os.X_OK):
        raise SystemExit('centraldb_bench.py: %s is missing; build first' % ctl)
    build_type = ''
    try:
        with open(os.path.join(args.build_dir, 'CMakeCache.txt')) as f:
            build_type = next((l.split('=', 1)[1].strip() for l in f if l.startswith('CMAKE_BUILD_TYPE:')), '')
    except OSError:
        pass
    work = tempfile.mkdtemp(prefix='gca-cdb-', dir=args.workdir)
    started = False
    try:
        log('starting a scratch MariaDB in %s' % work)
        out = subprocess.run([sys.executable, DB_SERVER, 'start', 'mariadb', work, '--owner-pid', str(os.getpid())],
                             check=True, stdout=subprocess.PIPE).stdout
        started = True
        info = json.loads(out)
        subprocess.run([sys.executable, DB_SERVER, 'schema', 'mariadb', work], check=True)
        log('inserting %d rows of this node and %d of another' % (args.rows, args.rows // 5))
        ours = fill(info, args.rows, args.seed)
        cache = os.path.join(work, 'cache')
        for sub in ('incomplete', 'invalid', 'queue'):
            os.makedirs(os.path.join(cache, sub))
        conf = os.path.join(work, 'glance-api.conf')
        with open(conf, 'w') as f:
            f.write('[DEFAULT]\nimage_cache_dir = %s\nimage_cache_driver = centralized_db\n'
                    'worker_self_reference_url = %s\n[database]\nconnection = %s\n' % (cache, OUR_NODE, info['url']))
        env = dict(os.environ, XDG_DATA_HOME=os.path.join(work, 'xdg'), LANG='C.UTF-8')
        mariadb_env = dict(os.environ, MYSQL_PWD=info['password'])
        ours_cmd = [ctl, '--config-file', conf, 'list', '--json']
        mariadb_cmd = ['mariadb', '--no-defaults', '--batch', '--socket=' + info['socket'], '--user=' + info['user'],
                       info['database'], '-e', QUERY % OUR_NODE]
        ours_out, mariadb_out = os.path.join(work, 'ours.json'), os.path.join(work, 'mariadb.tsv')
        times = {'ours': [], 'mariadb': []}
        for round_ in range(args.repeat + 1):
            a = run_timed(ours_cmd, ours_out, env)
            b = run_timed(mariadb_cmd, mariadb_out, mariadb_env)
            if round_:  # the first round warms the server's buffer pool and the page cache
                times['ours'].append(a)
                times['mariadb'].append(b)
            log('round %d: ours %.3f s, mariadb %.3f s%s' % (round_, a, b, '' if round_ else ' (warm-up)'))
        with open(ours_out) as f:
            listed = [e['id'] for e in json.load(f)['cached_images']]
        with open(mariadb_out) as f:
            dumped = [int(line.split('\t', 1)[0]) for line in f.read().splitlines()[1:]]
        same = listed == dumped and len(listed) == ours
        best = {k: min(v) for k, v in times.items()}
        median = {k: statistics.median(v) for k, v in times.items()}
        result = {'rows': ours, 'other_rows': args.rows // 5, 'repeat': args.repeat, 'times': times, 'best': best,
                  'median': median, 'ratio_best': best['mariadb'] / best['ours'],
                  'ratio_median': median['mariadb'] / median['ours'], 'same_rows': same, 'build_type': build_type,
                  'host': platform.node(), 'loadavg': os.getloadavg(), 'date': time.strftime('%Y-%m-%d')}
        output = args.output or os.path.join(args.build_dir, 'bench-centraldb.json')
        with open(output, 'w') as f:
            json.dump(result, f, indent=1)
        print('| what | mariadb --batch s | ours s | mariadb/ours |')
        print('|---|---:|---:|---:|')
        print('| list --json, centralized_db on MariaDB, %d rows of this node (+%d of another), best of %d | '
              '%.3f | %.3f | %.2f× |' % (ours, args.rows // 5, args.repeat, best['mariadb'], best['ours'],
                                         result['ratio_best']))
        print('| the same, median | %.3f | %.3f | %.2f× |' % (median['mariadb'], median['ours'], result['ratio_median']))
        print('\nSame row ids in the same order: %s. Build: %s. Load average after: %.2f %.2f %.2f.'
              % ('yes' if same else 'NO', build_type or '?', *os.getloadavg()))
        return 0 if same else 1
    finally:
        if started:
            subprocess.run([sys.executable, DB_SERVER, 'stop', work])
        subprocess.run(['rm', '-rf', work])


if __name__ == '__main__':
    sys.exit(main())

#!/usr/bin/python3
"""Smoke test for tests/glance_server.py: two real glance-api servers side by side.

Server A is started through the module API (glance_server.start), server B through
the CLI exactly as a C++ QtTest would drive it (read the JSON line from stdout,
close stdin to stop). On each: version discovery, image create + upload, cache via
PUT /v2/cache, hit counting, cache-on-download, queue, delete, clear, negative status
codes, and the on-disk cache directory + cache.db. Then both are stopped and no
glance-api may be left. Finally a CLI killed with SIGKILL must not leak its server.

Standard library only. Exit status 0 when every check passed.
Usage: glance_server_smoke.py [--keep]   (--keep: leave the work directories)
"""

import hashlib
import json
import os
import selectors
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import glance_server  # noqa: E402

MIB = 1024 * 1024
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))
T0 = time.monotonic()
_print_lock = threading.Lock()


class CheckFailed(Exception):
    pass


def log(msg):
    with _print_lock:
        print("[%5.1fs] %s" % (time.monotonic() - T0, msg), flush=True)


def check(cond, what, detail=""):
    if not cond:
        log("FAIL %s %s" % (what, detail))
        raise CheckFailed(what + (" " + str(detail) if detail else ""))
    log("ok   " + what)


def http(method, url, body=None, headers=None, timeout=30):
    req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with OPENER.open(req, timeout=timeout) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def jget(url):
    status, _, body = http("GET", url)
    try:
        return status, (json.loads(body) if body else None)
    except ValueError:
        return status, {"unparsable body": body[:300].decode(errors="replace")}


def poll(fn, what, timeout=20.0, interval=0.05):
    """Bounded polling: call fn() until it returns a truthy value."""
    deadline = time.monotonic() + timeout
    attempts = 0
    while True:
        attempts += 1
        v = fn()
        if v:
            return v
        if time.monotonic() >= deadline or attempts >= int(timeout / interval) + 1:
            raise CheckFailed("timed out after %.0f s / %d attempts waiting for %s"
                              % (timeout, attempts, what))
        time.sleep(interval)


def cache_db_rows(cache_dir):
    """Rows of cache.db, read in a short read-only transaction."""
    db = sqlite3.connect("file:%s?mode=ro" % os.path.join(cache_dir, "cache.db"),
                         uri=True, timeout=5)
    try:
        cur = db.execute("SELECT image_id, hits, size, checksum FROM cached_images")
        return {r[0]: {"hits": r[1], "size": r[2], "checksum": r[3]}
                for r in cur.fetchall()}
    finally:
        db.close()


def base_files(cache_dir):
    return sorted(n for n in os.listdir(cache_dir)
                  if os.path.isfile(os.path.join(cache_dir, n)))


class Node:
    def __init__(self, name, url, cache_dir):
        self.name, self.url, self.cache_dir = name, url, cache_dir
        self.images = {}  # id -> data

    def say(self, what):
        return "[%s] %s" % (self.name, what)

    def cache_state(self):
        status, doc = jget(self.url + "/v2/cache")
        check(status == 200, self.say("GET /v2/cache -> 200"), status)
        return doc

    def cached(self, image_id):
        for e in self.cache_state()["cached_images"]:
            if e["image_id"] == image_id:
                return e
        return None

    def create_image(self, name, data=None):
        body = json.dumps({"name": name, "disk_format": "raw",
                           "container_format": "bare"}).encode()
        status, _, resp = http("POST", self.url + "/v2/images", body,
                               {"Content-Type": "application/json"})
        check(status == 201, self.say("POST /v2/images %s -> 201" % name), status)
        img = json.loads(resp)
        check(img["status"] == "queued", self.say("new image status queued"),
              img["status"])
        if data is not None:
            status, _, _ = http("PUT", self.url + "/v2/images/%s/file" % img["id"],
                                data, {"Content-Type": "application/octet-stream"})
            check(status == 204, self.say("PUT /v2/images/{id}/file (%d bytes) -> 204"
                                          % len(data)), status)
            status, img = jget(self.url + "/v2/images/" + img["id"])
            check(status == 200 and img["status"] == "active",
                  self.say("image active after upload"), img.get("status"))
            check(img["size"] == len(data), self.say("image size"), img["size"])
            check(img["checksum"] == hashlib.md5(data).hexdigest(),
                  self.say("image checksum = MD5 of data"))
            check(img["os_hash_algo"] == "sha512"
                  and img["os_hash_value"] == hashlib.sha512(data).hexdigest(),
                  self.say("os_hash_algo sha512, os_hash_value = SHA-512 of data"))
            self.images[img["id"]] = data
        return img["id"]

    def download(self, image_id, from_cache):
        status, headers, body = http("GET", self.url + "/v2/images/%s/file" % image_id)
        data = self.images[image_id]
        check(status == 200 and body == data,
              self.say("GET /v2/images/{id}/file -> 200, identical bytes"), status)
        check(headers.get("Content-MD5") == hashlib.md5(data).hexdigest(),
              self.say("Content-MD5 header is the hex MD5"), headers.get("Content-MD5"))
        if from_cache:
            check(headers.get("Content-Length") == str(len(data)),
                  self.say("served from cache: Content-Length %d" % len(data)),
                  headers.get("Content-Length"))
        else:
            # Zed quirk: the cache filter replaces app_iter with its caching
            # tee, and webob drops Content-Length -> chunked, no length.
            check(headers.get("Content-Length") is None
                  and headers.get("Transfer-Encoding") == "chunked",
                  self.say("cache miss (tee into cache): chunked, no Content-Length"),
                  dict(headers))

    def check_disk_cached(self, image_id):
        data = self.images[image_id]
        path = os.path.join(self.cache_dir, image_id)
        check(os.path.isfile(path) and os.path.getsize(path) == len(data),
              self.say("cache file <cache>/%s exists, %d bytes" % (image_id, len(data))))
        with open(path, "rb") as f:
            check(hashlib.md5(f.read()).hexdigest() == hashlib.md5(data).hexdigest(),
                  self.say("cache file content MD5 matches"))
        check(not os.path.exists(os.path.join(self.cache_dir, "queue", image_id)),
              self.say("no queue marker left for a cached image"))
        check(not os.listdir(os.path.join(self.cache_dir, "incomplete")),
              self.say("incomplete/ empty"))
        row = cache_db_rows(self.cache_dir).get(image_id)
        check(row is not None and row["size"] == len(data) and row["checksum"] is None,
              self.say("cache.db row: size %d, checksum NULL" % len(data)), row)
        return row

    def run(self, other_ids=()):
        # --- version discovery
        status, doc = jget(self.url + "/")
        versions = {v["id"]: v["status"] for v in (doc or {}).get("versions", [])}
        check(status == 300, self.say("GET / -> 300 Multiple Choices"), status)
        check(versions.get("v2.16") == "CURRENT" and "v2.14" in versions,
              self.say("versions: v2.16 CURRENT, v2.14 listed (cache API)"), versions)

        # --- empty cache, and the on-disk layout Glance created at start-up
        st = self.cache_state()
        check(st == {"cached_images": [], "queued_images": []},
              self.say("cache initially empty"), st)
        for d in ("incomplete", "invalid", "queue"):
            check(os.path.isdir(os.path.join(self.cache_dir, d)),
                  self.say("cache subdirectory %s/ exists" % d))

        # --- image A: PUT /v2/cache caches it (Zed: a worker thread fetches it now)
        a = self.create_image("smoke-a", os.urandom(MIB))
        status, _, _ = http("PUT", self.url + "/v2/cache/" + a)
        check(status == 202, self.say("PUT /v2/cache/{id} -> 202"), status)
        entry = poll(lambda: self.cached(a), self.say("image A listed as cached"))
        check(entry["size"] == MIB and entry["hits"] == 0,
              self.say("cache entry: size 1 MiB, hits 0"), entry)
        check(a not in self.cache_state()["queued_images"],
              self.say("image A not left in queued_images"))
        self.check_disk_cached(a)

        # --- a download of a cached image is served from the cache: hit recorded
        self.download(a, from_cache=True)
        entry = poll(lambda: (lambda e: e if e and e["hits"] == 1 else None)(
            self.cached(a)), self.say("hits == 1 after one download"))
        check(entry["last_accessed"] >= entry["last_modified"],
              self.say("last_accessed >= last_modified"), entry)
        check(cache_db_rows(self.cache_dir)[a]["hits"] == 1,
              self.say("cache.db hits == 1"))

        # --- image B: a plain download of an uncached image caches it (cache filter)
        b = self.create_image("smoke-b", os.urandom(MIB // 2 + 7))
        check(self.cached(b) is None, self.say("image B not cached before download"))
        self.download(b, from_cache=False)
        entry = poll(lambda: self.cached(b), self.say("image B cached by its download"))
        check(entry["hits"] == 0, self.say("cache-on-download starts at hits 0"), entry)
        self.check_disk_cached(b)

        # --- image C: queued only (legacy route of the cachemanagement flavor
        #     writes the queue/ marker; nothing in Zed consumes it)
        c = self.create_image("smoke-c", os.urandom(4096))
        status, _, _ = http("PUT", self.url + "/v2/queued_images/" + c)
        check(status == 200, self.say("legacy PUT /v2/queued_images/{id} -> 200"), status)
        st = self.cache_state()
        check(st["queued_images"] == [c], self.say("GET /v2/cache lists C as queued"), st)
        marker = os.path.join(self.cache_dir, "queue", c)
        check(os.path.isfile(marker) and os.path.getsize(marker) == 0,
              self.say("queue/<id> is an empty marker file"))

        # --- negative status codes
        unknown = str(uuid.uuid4())
        status, _, _ = http("PUT", self.url + "/v2/cache/" + unknown)
        check(status == 404, self.say("PUT /v2/cache/<unknown> -> 404"), status)
        d = self.create_image("smoke-d-nodata")
        status, _, _ = http("PUT", self.url + "/v2/cache/" + d)
        check(status == 400, self.say("PUT /v2/cache/<not active> -> 400"), status)
        status, _, _ = http("DELETE", self.url + "/v2/cache/" + unknown)
        check(status == 404, self.say("DELETE /v2/cache/<unknown> -> 404"), status)
        status, _, _ = http("DELETE", self.url + "/v2/cache",
                            headers={"x-image-cache-clear-target": "both"})
        check(status == 400, self.say("DELETE /v2/cache target 'both' -> 400"), status)
        for oid in other_ids:
            status, _, _ = http("GET", self.url + "/v2/images/" + oid)
            check(status == 404, self.say("other server's image unknown here -> 404"),
                  status)

        # --- delete one
        status, _, _ = http("DELETE", self.url + "/v2/cache/" + a)
        check(status == 204, self.say("DELETE /v2/cache/{id} -> 204"), status)
        check(self.cached(a) is None, self.say("image A no longer listed"))
        check(not os.path.exists(os.path.join(self.cache_dir, a))
              and a not in cache_db_rows(self.cache_dir),
              self.say("image A file and cache.db row gone"))

        # --- clear the queue only
        status, _, _ = http("DELETE", self.url + "/v2/cache",
                            headers={"x-image-cache-clear-target": "queue"})
        check(status == 204, self.say("DELETE /v2/cache target queue -> 204"), status)
        st = self.cache_state()
        check(st["queued_images"] == [] and [e["image_id"] for e in st["cached_images"]]
              == [b], self.say("queue empty, B still cached"), st)
        check(not os.listdir(os.path.join(self.cache_dir, "queue")),
              self.say("queue/ directory empty"))

        # --- clear the cache
        status, _, _ = http("DELETE", self.url + "/v2/cache",
                            headers={"x-image-cache-clear-target": "cache"})
        check(status == 204, self.say("DELETE /v2/cache target cache -> 204"), status)
        check(self.cache_state() == {"cached_images": [], "queued_images": []},
              self.say("cache empty after clear"))
        check(base_files(self.cache_dir) == ["cache.db"] and not cache_db_rows(
              self.cache_dir), self.say("only cache.db left in the base dir, no rows"),
              base_files(self.cache_dir))
        return [a, b, c, d]


def read_json_line(proc, timeout):
    """Read the CLI's first stdout line with a deadline (no blocking readline)."""
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    buf = b""
    deadline = time.monotonic() + timeout
    try:
        while b"\n" not in buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise CheckFailed("no JSON line from the CLI within %.0f s" % timeout)
            if not sel.select(left):
                continue
            chunk = os.read(proc.stdout.fileno(), 4096)
            if not chunk:
                raise CheckFailed("CLI exited before printing its URL (status %s): %s"
                                  % (proc.wait(), proc.stderr.read().decode()))
            buf += chunk
    finally:
        sel.close()
    return json.loads(buf.split(b"\n", 1)[0])


def start_cli(workdir):
    return subprocess.Popen(
        [sys.executable, os.path.join(HERE, "glance_server.py"), "start", workdir],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def pid_alive(pid):
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def glance_processes(workdirs):
    """PIDs of any process whose command line mentions glance-api and one of workdirs."""
    found = []
    for p in os.listdir("/proc"):
        if not p.isdigit():
            continue
        try:
            with open("/proc/%s/cmdline" % p, "rb") as f:
                cmd = f.read().decode(errors="replace").replace("\0", " ")
        except OSError:
            continue
        if "glance-api" in cmd and any(w in cmd for w in workdirs) and pid_alive(int(p)):
            found.append((int(p), cmd))
    return found


def port_closed(port):
    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
        return False
    except OSError:
        return True


def main():
    keep = "--keep" in sys.argv[1:]
    root = tempfile.mkdtemp(prefix="glance-smoke-")
    wa, wb, wc = (os.path.join(root, n) for n in ("a", "b", "c"))
    log("work directory " + root)
    srv_a = cli_b = None
    ok = False
    try:
        # Start B (CLI) and A (module) at the same time.
        cli_b = start_cli(wb)
        srv_a = glance_server.start(wa)
        log("server A (module) %s pid %d" % (srv_a.url, srv_a.pid))
        info_b = read_json_line(cli_b, 90)
        log("server B (CLI)    %s pid %d" % (info_b["url"], info_b["pid"]))
        check(set(info_b) >= {"url", "pid", "port", "cache_dir"}, "CLI JSON line keys",
              info_b)
        check(srv_a.port != info_b["port"] and srv_a.url != info_b["url"],
              "two servers on different ports")

        node_a = Node("A", srv_a.url, srv_a.cache_dir)
        node_b = Node("B", info_b["url"], info_b["cache_dir"])
        ids_a = node_a.run()
        ids_b = node_b.run(other_ids=ids_a)
        check(not set(ids_a) & set(ids_b), "image IDs differ between servers")

        # Cross-node: caching on A is invisible on B.
        a2 = node_a.create_image("smoke-cross", os.urandom(1000))
        check(http("PUT", node_a.url + "/v2/cache/" + a2)[0] == 202, "[A] cache one more")
        poll(lambda: node_a.cached(a2), "[A] cross image cached")
        check(node_b.cache_state()["cached_images"] == [],
              "[B] still lists nothing (per-node cache)")

        # --- stop both
        pid_a, pid_b = srv_a.pid, info_b["pid"]
        srv_a.stop()
        check(not pid_alive(pid_a), "[A] glance-api gone after stop()", pid_a)
        cli_b.stdin.close()
        try:
            rc = cli_b.wait(30)
        except subprocess.TimeoutExpired:
            rc = None
        check(rc == 0, "[B] CLI exits 0 after stdin is closed", rc)
        check(not pid_alive(pid_b), "[B] glance-api gone after the CLI stopped", pid_b)
        check(port_closed(srv_a.port) and port_closed(info_b["port"]),
              "both ports closed")

        # --- a CLI killed with SIGKILL must not leak its glance-api (PDEATHSIG)
        cli_c = start_cli(wc)
        info_c = read_json_line(cli_c, 90)
        check(jget(info_c["url"] + "/")[0] == 300, "[C] CLI server answers")
        cli_c.kill()
        cli_c.wait(10)
        poll(lambda: not pid_alive(info_c["pid"]),
             "[C] glance-api to die with its SIGKILLed CLI", timeout=10)
        check(True, "[C] glance-api died with its SIGKILLed CLI")

        left = glance_processes([wa, wb, wc])
        check(not left, "no glance-api process left", left)
        ok = True
    except CheckFailed as e:
        log("FAILED: %s" % e)
    except Exception as e:
        log("ERROR: %r" % e)
        import traceback
        traceback.print_exc()
    finally:
        if srv_a is not None:
            srv_a.stop()
        if cli_b is not None and cli_b.poll() is None:
            cli_b.send_signal(signal.SIGTERM)
            try:
                cli_b.wait(20)
            except subprocess.TimeoutExpired:
                cli_b.kill()
        glance_server._stop_all()
        if not ok:
            for w in (wa, wb, wc):
                log("---- %s/glance-api.log (tail)\n%s" % (
                    w, glance_server._tail(os.path.join(w, "glance-api.log"), 20)))
        if ok and not keep:
            shutil.rmtree(root, ignore_errors=True)
        else:
            log("kept " + root)
    log("%s in %.1f s" % ("PASSED" if ok else "FAILED", time.monotonic() - T0))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

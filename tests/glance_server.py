#!/usr/bin/python3
"""Start and stop a real, throw-away glance-api for network tests.

Uses Debian's python3-glance (Zed 25.1.0) as installed on the machine:
  /usr/bin/python3 /usr/bin/glance-manage ... db sync     (sqlite database)
  /usr/bin/python3 /usr/bin/glance-api --config-file ...  (the server)

Everything lives in one work directory, which is self-contained (the server can
be re-run by hand from it for debugging: see "run-by-hand" in its glance-api.conf):

  WORKDIR/glance-api.conf       generated config
  WORKDIR/glance-api-paste.ini  copy of /etc/glance/glance-api-paste.ini
  WORKDIR/policy.yaml           policy overrides (see OPEN_POLICY)
  WORKDIR/policy.d/             empty policy_dirs (keeps /etc/glance/policy.d out;
                                an empty "policy_dirs =" would make oslo.policy
                                read every file of the config dir as policy!)
  WORKDIR/glance.sqlite         the Glance database
  WORKDIR/images/               file store ("fs" backend)
  WORKDIR/staging/ tasks/       reserved stores required by multi-store
  WORKDIR/cache/                image_cache_dir (sqlite driver: cache/cache.db)
  WORKDIR/locks/                oslo.concurrency lock_path
  WORKDIR/glance-api.log        server log; glance-api.stdout: early output/tracebacks
  WORKDIR/glance-manage.log     db sync log

Choices (verified against Debian's glance 25.1.0):
  * No Keystone: [paste_deploy] flavor = cachemanagement (pipeline
    "glance-api-cachemanagement": unauthenticated-context + cache + cachemanage).
    Every request runs as an anonymous context with is_admin=True, roles=[],
    project None; any X-Auth-Token / X-Roles header is ignored.
  * Zed's cache policies (cache_image, cache_list, cache_delete) are "role:admin",
    which the roles=[] context fails (403), so policy.yaml opens them. Image
    create/upload/download need no override (legacy "rule:default" = "" still
    applies because enforce_new_defaults is False).
  * workers = 0: a single glance-api process (no forked workers).
  * The listening socket is bound here and inherited by glance-api through
    Glance's own test hook GLANCE_TEST_SOCKET_FD (glance.common.utils.
    get_test_suite_socket), so port 0 means "a free port" without any race.

Module use:
    with glance_server.start(workdir) as srv:
        srv.url, srv.port, srv.pid, srv.cache_dir ...
CLI use (for QProcess):
    glance_server.py start WORKDIR [--port N] ...
    -> prints ONE JSON line {"url":..., "pid":..., "port":..., ...} once the server
       answers GET /, then runs until stdin reaches EOF or it gets SIGTERM/SIGINT/
       SIGHUP, then stops the server and exits 0. On a start failure: message on
       stderr, exit status 1, nothing on stdout.

Only the standard library is used, so this file runs under any Python 3.7+;
glance itself always runs under GLANCE_PYTHON (default /usr/bin/python3).
"""

import argparse
import atexit
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

GLANCE_PYTHON = os.environ.get("GLANCE_PYTHON", "/usr/bin/python3")
GLANCE_API = "/usr/bin/glance-api"
GLANCE_MANAGE = "/usr/bin/glance-manage"
PASTE_INI = "/etc/glance/glance-api-paste.ini"

START_TIMEOUT = 60.0      # total seconds for db sync + readiness
STOP_TIMEOUT = 10.0       # seconds between SIGTERM and SIGKILL

# Policy overrides that let the anonymous (roles=[]) context use the cache API.
# "manage_image_cache" is the legacy rule behind the deprecated cache rules and
# the legacy /v2/cached_images + /v2/queued_images routes (cachemanage filter).
OPEN_POLICY = {
    "cache_image": "",
    "cache_list": "",
    "cache_delete": "",
    "manage_image_cache": "",
}

_live = set()
_live_lock = threading.Lock()


class GlanceServerError(RuntimeError):
    pass


def _tail(path, lines=40):
    try:
        with open(path, "r", errors="replace") as f:
            return "".join(f.readlines()[-lines:])
    except OSError:
        return ""


# Run as "python3 -c _EXEC_WITH_PDEATHSIG PARENT_PID PROGRAM ARGS...": ask the kernel
# to SIGKILL us when the thread that started us dies, then exec PROGRAM (the
# setting survives execve). Thread-safe, unlike a preexec_fn.
_EXEC_WITH_PDEATHSIG = (
    "import ctypes,os,sys\n"
    "ctypes.CDLL(None).prctl(1, 9)\n"              # PR_SET_PDEATHSIG, SIGKILL
    "if os.getppid() != int(sys.argv[1]): os._exit(1)\n"  # parent already gone
    "os.execv(sys.argv[2], sys.argv[2:])\n")


def _child_env(extra=None):
    env = dict(os.environ)
    for k in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV"):
        env.pop(k, None)
    env.pop("GLANCE_TEST_SOCKET_FD", None)
    if extra:
        env.update(extra)
    return env


def write_config(workdir, port, *, flavor="cachemanagement",
                 image_cache_driver="sqlite", image_cache_max_size=None,
                 image_cache_stall_time=None, debug=False, policy=None,
                 data_dir=None):
    """Write glance-api.conf, the paste ini and policy.yaml; return the conf path.

    data_dir: another server's workdir whose database and file store this one
    shares, as the glance-api nodes of one region do (each keeps its own cache).
    """
    w = os.path.abspath(workdir)
    data = os.path.abspath(data_dir) if data_dir else w
    if "$" in w or "\n" in w:
        raise GlanceServerError("workdir must not contain '$' (oslo.config "
                                "interpolation) or a newline: %r" % w)
    for d in ("images", "staging", "tasks", "cache", "locks", "policy.d"):
        os.makedirs(os.path.join(w, d), exist_ok=True)
    paste = os.path.join(w, "glance-api-paste.ini")
    shutil.copyfile(PASTE_INI, paste)
    pol = dict(OPEN_POLICY)
    if policy:
        pol.update(policy)
    policy_file = os.path.join(w, "policy.yaml")
    with open(policy_file, "w") as f:
        # YAML (a JSON *file* draws a deprecation warning); JSON strings are
        # valid YAML scalars.
        f.write("# Generated by tests/glance_server.py\n")
        for k, v in pol.items():
            f.write("%s: %s\n" % (json.dumps(k), json.dumps(v)))

    cache_opts = ""
    if image_cache_max_size is not None:
        cache_opts += "image_cache_max_size = %d\n" % int(image_cache_max_size)
    if image_cache_stall_time is not None:
        cache_opts += "image_cache_stall_time = %d\n" % int(image_cache_stall_time)

    conf = f"""\
# Generated by tests/glance_server.py -- a throw-away glance-api (Zed) for tests.
# run-by-hand: /usr/bin/python3 /usr/bin/glance-api --config-file {w}/glance-api.conf
[DEFAULT]
bind_host = 127.0.0.1
bind_port = {port}
workers = 0
debug = {"true" if debug else "false"}
log_file = {w}/glance-api.log
use_stderr = false
image_cache_dir = {w}/cache
image_cache_driver = {image_cache_driver}
{cache_opts}enabled_backends = fs:file

[glance_store]
default_backend = fs

[fs]
filesystem_store_datadir = {data}/images

[os_glance_staging_store]
filesystem_store_datadir = {w}/staging

[os_glance_tasks_store]
filesystem_store_datadir = {w}/tasks

[database]
connection = sqlite:///{data}/glance.sqlite

[oslo_concurrency]
lock_path = {w}/locks

[oslo_policy]
enforce_new_defaults = false
policy_file = {policy_file}
policy_dirs = {w}/policy.d

[paste_deploy]
flavor = {flavor}
config_file = {paste}
"""
    conf_path = os.path.join(w, "glance-api.conf")
    with open(conf_path, "w") as f:
        f.write(conf)
    return conf_path


class Server:
    """A running glance-api. Use as a context manager, or call stop()."""

    def __init__(self, workdir, port, proc, conf_path):
        self.workdir = os.path.abspath(workdir)
        self.port = port
        self.url = "http://127.0.0.1:%d" % port
        self.proc = proc
        self.pid = proc.pid
        self.pgid = proc.pid          # started with start_new_session=True
        self.config_file = conf_path
        self.cache_dir = os.path.join(self.workdir, "cache")
        self.cache_db = os.path.join(self.cache_dir, "cache.db")
        self.images_dir = os.path.join(self.workdir, "images")
        self.database = os.path.join(self.workdir, "glance.sqlite")
        self.log_file = os.path.join(self.workdir, "glance-api.log")
        self._stopped = False
        self._lock = threading.Lock()

    def info(self):
        return {"url": self.url, "pid": self.pid, "port": self.port,
                "workdir": self.workdir, "cache_dir": self.cache_dir,
                "config_file": self.config_file, "log_file": self.log_file}

    def running(self):
        return not self._stopped and self.proc.poll() is None

    def stop(self, timeout=STOP_TIMEOUT):
        """SIGTERM the process group, wait, SIGKILL fallback. Idempotent."""
        with self._lock:
            if self._stopped:
                return self.proc.returncode
            self._stopped = True
            try:
                if self.proc.poll() is None:
                    try:
                        os.killpg(self.pgid, signal.SIGTERM)
                    except ProcessLookupError:
                        pass
                    try:
                        self.proc.wait(timeout)
                    except subprocess.TimeoutExpired:
                        pass
                # SIGKILL whatever is left of the group (the leader included).
                try:
                    os.killpg(self.pgid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                self.proc.wait(timeout)
            finally:
                with _live_lock:
                    _live.discard(self)
            return self.proc.returncode

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()
        return False

    def __repr__(self):
        return "<glance Server %s pid=%s %s>" % (self.url, self.pid, self.workdir)


def _stop_all():
    with _live_lock:
        servers = list(_live)
    for s in servers:
        try:
            s.stop()
        except Exception:
            pass


atexit.register(_stop_all)


def _db_sync(conf_path, workdir, deadline):
    log = os.path.join(workdir, "glance-manage.log")
    cmd = [GLANCE_PYTHON, GLANCE_MANAGE, "--config-file", conf_path,
           "--log-file", log, "db", "sync"]
    out_path = os.path.join(workdir, "glance-manage.stdout")
    with open(out_path, "wb") as out:
        try:
            r = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=out,
                               stderr=subprocess.STDOUT, env=_child_env(),
                               timeout=max(1.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            raise GlanceServerError("glance-manage db sync timed out")
    if r.returncode != 0:
        raise GlanceServerError("glance-manage db sync failed (%d):\n%s%s"
                                % (r.returncode, _tail(out_path), _tail(log)))


def _probe(url, timeout):
    """GET / -> (status, parsed JSON or None). Raises OSError when not answering."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(url + "/", timeout=timeout) as r:
            status, body = r.status, r.read()
    except urllib.error.HTTPError as e:  # the normal answer is 300 Multiple Choices
        status, body = e.code, e.read()
    try:
        return status, json.loads(body)
    except ValueError:
        return status, None


def start(workdir, port=0, *, flavor="cachemanagement", image_cache_driver="sqlite",
          image_cache_max_size=None, image_cache_stall_time=None, debug=False,
          policy=None, timeout=START_TIMEOUT, die_with_parent=False,
          data_dir=None):
    """Configure WORKDIR (created if needed; may be reused), sync the DB, start
    glance-api on 127.0.0.1:port (0 = a free port) and wait until GET / answers.

    data_dir: share the database and file store of the server in that workdir
    (a second node of the same cloud); its own cache stays in WORKDIR/cache.
    policy: extra policy rules merged over OPEN_POLICY, e.g. {"cache_list": "!"}
    to make GET /v2/cache answer 403.
    die_with_parent: have the kernel SIGKILL glance-api when the calling *thread*
    exits (PR_SET_PDEATHSIG); the CLI uses it so that killing the CLI process
    never leaks a server. Leave it off when starting servers from short-lived
    threads.
    """
    deadline = time.monotonic() + timeout
    workdir = os.path.abspath(workdir)
    os.makedirs(workdir, exist_ok=True)

    # Bind first: the port is ours before glance starts; glance inherits the fd.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", int(port)))
        sock.listen(128)
        port = sock.getsockname()[1]

        conf_path = write_config(
            workdir, port, flavor=flavor, image_cache_driver=image_cache_driver,
            image_cache_max_size=image_cache_max_size,
            image_cache_stall_time=image_cache_stall_time, debug=debug,
            policy=policy, data_dir=data_dir)
        if not data_dir:       # a shared database was synced by its own server
            _db_sync(conf_path, workdir, deadline)

        out_path = os.path.join(workdir, "glance-api.stdout")
        cmd = [GLANCE_PYTHON, GLANCE_API, "--config-file", conf_path]
        if die_with_parent:
            cmd = [GLANCE_PYTHON, "-c", _EXEC_WITH_PDEATHSIG,
                   str(os.getpid())] + cmd
        with open(out_path, "ab") as out:
            proc = subprocess.Popen(
                cmd,
                stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                env=_child_env({"GLANCE_TEST_SOCKET_FD": str(sock.fileno())}),
                pass_fds=[sock.fileno()], start_new_session=True, cwd=workdir)
    finally:
        sock.close()  # glance holds its own copy now

    srv = Server(workdir, port, proc, conf_path)
    with _live_lock:
        _live.add(srv)

    # Readiness: bounded polling of GET / (the socket already listens, so a
    # connect succeeds at once and the request waits until glance accepts it).
    last = None
    attempts = 0
    try:
        while attempts < 120:
            attempts += 1
            if proc.poll() is not None:
                raise GlanceServerError(
                    "glance-api exited with status %s during start-up:\n%s%s"
                    % (proc.returncode, _tail(out_path), _tail(srv.log_file)))
            left = deadline - time.monotonic()
            if left <= 0:
                break
            try:
                status, doc = _probe(srv.url, min(5.0, left))
                if status == 300 and doc and doc.get("versions"):
                    return srv
                last = "GET / answered %s" % status
            except OSError as e:
                last = repr(e)
            time.sleep(min(0.25, max(0.0, deadline - time.monotonic())))
        raise GlanceServerError(
            "glance-api at %s not ready after %.0f s / %d attempts (last: %s):\n%s"
            % (srv.url, timeout, attempts, last, _tail(srv.log_file)))
    except BaseException:
        srv.stop()
        raise


def _cli_start(args):
    try:
        srv = start(args.workdir, args.port, flavor=args.flavor,
                    image_cache_driver=args.image_cache_driver,
                    image_cache_max_size=args.image_cache_max_size,
                    image_cache_stall_time=args.image_cache_stall_time,
                    debug=args.debug, timeout=args.timeout,
                    data_dir=args.shared_with,
                    die_with_parent=True)
    except Exception as e:
        sys.stderr.write("glance_server: %s\n" % e)
        return 1

    def on_signal(signum, frame):
        raise SystemExit(0)

    for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(s, on_signal)
    try:
        sys.stdout.write(json.dumps(srv.info()) + "\n")
        sys.stdout.flush()
        # Run until stdin closes (QProcess::closeWriteChannel, or the parent dying).
        while os.read(0, 65536):
            pass
    except (SystemExit, KeyboardInterrupt, BrokenPipeError):
        pass
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        srv.stop()
    return 0


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("start", help="start a server; stop it when stdin closes")
    s.add_argument("workdir")
    s.add_argument("--port", type=int, default=0)
    s.add_argument("--flavor", default="cachemanagement")
    s.add_argument("--image-cache-driver", default="sqlite")
    s.add_argument("--image-cache-max-size", type=int, default=None)
    s.add_argument("--image-cache-stall-time", type=int, default=None)
    s.add_argument("--debug", action="store_true")
    s.add_argument("--shared-with", metavar="WORKDIR", default=None,
                   help="use the database and file store of the server in "
                        "WORKDIR (a second node of the same cloud)")
    s.add_argument("--timeout", type=float, default=START_TIMEOUT)
    args = p.parse_args(argv)
    if args.cmd == "start":
        return _cli_start(args)
    return 2


if __name__ == "__main__":
    sys.exit(main())

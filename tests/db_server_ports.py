#!/usr/bin/python3
"""db_server.py --tcp when the port it found free is taken before the server binds it.

Neither mariadbd nor postgres takes port 0, so db_server.py picks a port that was free a moment ago; another
process can bind it first. This check plays that other process: it holds listening sockets and hands their
ports to db_server.py (GCA_DB_SERVER_PORTS, tried before free ones), then checks for each server that
  - with one taken port, the server comes up on another port, reachable over TCP with the glance password, and
    db_server.py says which port it gave up;
  - with every attempt's port taken, start fails with a sentence saying so, after PORT_ATTEMPTS tries (not
    forever), and leaves no server running.
Exit 0 when all holds; a message and exit 1 otherwise.
"""
import json
import os
import socket
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DB_SERVER = os.path.join(HERE, "db_server.py")
sys.path.insert(0, HERE)
import db_server  # noqa: E402  (PORT_ATTEMPTS, DB_PASSWORD)


def hold_port():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", 0))
    s.listen(1)
    return s


def run(args, ports):
    env = dict(os.environ, GCA_DB_SERVER_PORTS=",".join(str(p) for p in ports))
    return subprocess.run(["/usr/bin/python3", DB_SERVER] + args, env=env, capture_output=True, text=True,
                          timeout=300)


def connect_tcp(kind, port):
    if kind == "mariadb":
        import pymysql
        conn = pymysql.connect(host="127.0.0.1", port=port, user="glance", password=db_server.DB_PASSWORD,
                               database="glance", connect_timeout=5)
    else:
        import psycopg2
        conn = psycopg2.connect(host="127.0.0.1", port=port, user="glance", password=db_server.DB_PASSWORD,
                                dbname="glance", connect_timeout=5)
    conn.close()


def check(kind, failures):
    with tempfile.TemporaryDirectory(prefix="gca-ports-") as work:
        os.chmod(work, 0o711)  # as root the servers run as nobody, who must reach the work directories below
        held = hold_port()
        taken = held.getsockname()[1]
        workdir = os.path.join(work, "one")
        r = run(["start", kind, workdir, "--tcp", "--owner-pid", str(os.getpid())], [taken])
        try:
            if r.returncode != 0:
                failures.append("%s: start with port %d taken failed:\n%s" % (kind, taken, r.stderr))
            else:
                info = json.loads(r.stdout)
                if info["port"] == taken:
                    failures.append("%s: reports the taken port %d" % (kind, taken))
                if ("port %d was taken" % taken) not in r.stderr:
                    failures.append("%s: does not say port %d was taken: %r" % (kind, taken, r.stderr))
                connect_tcp(kind, info["port"])
                if ":%d/" % info["port"] not in info["tcp_url"]:
                    failures.append("%s: tcp_url %s is not on port %d" % (kind, info["tcp_url"], info["port"]))
        finally:
            run(["stop", workdir], [])
            held.close()

        holds = [hold_port() for _ in range(db_server.PORT_ATTEMPTS)]
        ports = [h.getsockname()[1] for h in holds]
        workdir = os.path.join(work, "all")
        try:
            r = run(["start", kind, workdir, "--tcp", "--owner-pid", str(os.getpid())], ports)
            if r.returncode != 1 or r.stdout:
                failures.append("%s: start with every port taken: exit %d, stdout %r"
                                % (kind, r.returncode, r.stdout))
            expected = "found each of %d ports it tried in use" % db_server.PORT_ATTEMPTS
            if expected not in r.stderr:
                failures.append("%s: no \"%s\" in: %s" % (kind, expected, r.stderr))
            pid_file = os.path.join(workdir, kind, "server.pid")
            if os.path.exists(pid_file):
                failures.append("%s: %s left behind after a failed start" % (kind, pid_file))
        finally:
            run(["stop", workdir], [])
            for h in holds:
                h.close()


def main():
    failures = []
    for kind in ("mariadb", "postgresql"):
        check(kind, failures)
    for f in failures:
        print("FAIL:", f)
    print("db_server.py --tcp port retries: %s" % ("FAILED" if failures else "ok"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

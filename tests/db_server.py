#!/usr/bin/python3
"""Start and stop scratch MariaDB and PostgreSQL servers for the centralized_db tests.

Never the machine's own service: each server is a fresh instance whose data directory, unix socket,
pid file and log live in one work directory, listening on that socket only (and on 127.0.0.1 at a
free port with --tcp: one that was free a moment ago, since neither server takes port 0; when the server exits
because another process bound it first, it is started again on another, PORT_ATTEMPTS times at most).
Servers never run as root: when this script is root (as in CI) they run as SERVER_USER (default "nobody"),
which PostgreSQL requires and MariaDB gets for symmetry; the work directory is then made traversable (o+x) so
that user can reach its subdirectory.

  db_server.py start mariadb|postgresql|sqlite WORKDIR [--tcp] [--owner-pid PID]
      -> initialises WORKDIR/<kind>/, starts the server, waits (with a deadline) until a real
         connection succeeds, creates database "glance" owned by user "glance" with PASSWORD, and
         prints ONE JSON line:
         {"kind", "url" (what glance-api.conf would have in [database] connection), "tcp_url"
          (--tcp only), "user", "password", "database", "host", "port", "socket", "pid", "workdir",
          "log"}
         then returns; the server keeps running until "stop". A watchdog stops it when the owner
         process (default: the caller, i.e. this script's parent) exits without calling "stop".
         "sqlite" starts nothing: the URL names WORKDIR/sqlite/glance.sqlite.
         On failure: a message and the server's log tail on stderr, exit 1, nothing on stdout.
  db_server.py stop WORKDIR [--kind KIND]
      -> stops every server started in WORKDIR, or only KIND's (SIGTERM, for PostgreSQL SIGINT: its
         "fast" shutdown, which ends client sessions instead of waiting for them; SIGKILL after
         STOP_TIMEOUT) and waits until each has exited. Exit 0 also when nothing was running. Clients
         connected at that moment lose their connection, as when the server goes down in production.
  db_server.py restart mariadb|postgresql WORKDIR
      -> starts a server that "stop --kind" stopped again on its data (same socket, port, users and
         rows) and waits until it accepts connections.
  db_server.py user mariadb|postgresql WORKDIR NAME [--grant-select TABLE...]
      -> adds login NAME (same password) that may SELECT only those tables of "glance"; prints
         {"url"} for it.
  db_server.py schema mariadb|postgresql|sqlite WORKDIR [--revision REV] [--without-cache-tables]
      -> creates, as user glance, Glance's cache tables as migration 2024_1_expand01 does
         (node_reference, cached_images), an alembic_version table holding REV (default
         2024_1_expand01) and Glance's images table. The DDL comes from SQLAlchemy with each
         dialect's own type mapping, as alembic would emit it.

Uses Debian's python3-pymysql, python3-psycopg2 and python3-sqlalchemy (dependencies of
python3-glance), mariadb-install-db/mariadbd (mariadb-server) and initdb/postgres (postgresql).
"""

import argparse
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.parse

START_TIMEOUT = 60.0      # seconds for initialisation + readiness on a busy 2-core machine
STOP_TIMEOUT = 20.0       # seconds between SIGTERM and SIGKILL
PORT_ATTEMPTS = 5         # --tcp: ports tried when the one found free is taken before the server binds it
SERVER_USER = os.environ.get("GCA_DB_SERVER_USER", "nobody")
PG_BIN = "/usr/lib/postgresql/15/bin"
DB_NAME = "glance"
DB_USER = "glance"
# Needs URL-escaping on purpose ('@' and '/'), so every test goes through percent-decoding.
DB_PASSWORD = "s3cr@t/pw"
CACHE_REVISION = "2024_1_expand01"
KINDS = ("mariadb", "postgresql", "sqlite")
# A unix socket path must fit sockaddr_un.sun_path (108 bytes with the NUL).
MAX_SOCKET_PATH = 100


class DbServerError(RuntimeError):
    pass


def _tail(path, lines=30):
    try:
        with open(path, "r", errors="replace") as f:
            return "".join(f.readlines()[-lines:])
    except OSError:
        return ""


def _run_as():
    """(uid, gid) the server runs as: ourselves, or SERVER_USER when we are root."""
    if os.geteuid() != 0:
        return None
    entry = pwd.getpwnam(SERVER_USER)
    return entry.pw_uid, entry.pw_gid


def _prepare_dir(path, owner):
    os.makedirs(path, exist_ok=True)
    os.chmod(path, 0o700)
    if owner:
        os.chown(path, owner[0], owner[1])


def _popen_kwargs(owner):
    if not owner:
        return {}
    return {"user": owner[0], "group": owner[1], "extra_groups": []}


def _free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ports():
    """The ports to try with --tcp, one per attempt: those of $GCA_DB_SERVER_PORTS first (a test's way to hand
    over ports it holds itself), then ports that were free a moment ago."""
    for port in os.environ.get("GCA_DB_SERVER_PORTS", "").split(","):
        if port.strip():
            yield int(port)
    while True:
        yield _free_port()


def _log_size(path):
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _address_in_use(logs):
    """Whether any log, from the offset noted before the attempt, says the port was taken."""
    for path, offset in logs.items():
        try:
            with open(path, "rb") as f:
                f.seek(offset)
                if b"address already in use" in f.read().lower():
                    return True
        except OSError:
            pass
    return False


def _launch_on_a_port(tcp, launch_on, connect, logs, deadline, what, port=None):
    """Launches the server with launch_on(port) -> (proc, launch) and waits until connect(port) succeeds.

    Neither server takes port 0, so with tcp the port is one that was free a moment ago, and another process may
    bind it before the server does. When the server then exits saying so (its logs, from where they were before
    this attempt), it is launched again on another port, PORT_ATTEMPTS times in all. Returns (connection, proc,
    launch, port)."""
    ports = _ports()
    for attempt in range(1, PORT_ATTEMPTS + 1):
        if tcp:
            port = next(ports)
        offsets = {log: _log_size(log) for log in logs}
        proc, launch = launch_on(port)
        try:
            return _wait_until(lambda: connect(port), proc, logs[0], deadline, what), proc, launch, port
        except DbServerError:
            if not tcp or proc.poll() is None or not _address_in_use(offsets):
                raise
            if attempt == PORT_ATTEMPTS:
                raise DbServerError("%s found each of %d ports it tried in use by the time it bound it (last: %d)"
                                    % (what, PORT_ATTEMPTS, port))
        sys.stderr.write("db_server.py: port %d was taken before %s bound it; trying another\n" % (port, what))


def _run(cmd, log, owner, deadline, what, cwd=None):
    with open(log, "ab") as out:
        try:
            r = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, cwd=cwd,
                               timeout=max(1.0, deadline - time.monotonic()), **_popen_kwargs(owner))
        except subprocess.TimeoutExpired:
            raise DbServerError("%s timed out:\n%s" % (what, _tail(log)))
    if r.returncode != 0:
        raise DbServerError("%s failed (%d):\n%s" % (what, r.returncode, _tail(log)))


def _wait_until(connect, proc, log, deadline, what):
    """Polls a real connection until it succeeds; fails early when the server process has exited."""
    last = None
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise DbServerError("%s exited with status %s during start-up:\n%s"
                                % (what, proc.returncode, _tail(log)))
        try:
            return connect()
        except Exception as e:  # not accepting connections yet
            last = e
        time.sleep(0.05)
    raise DbServerError("%s did not accept connections within %.0f s (last: %s):\n%s"
                        % (what, START_TIMEOUT, last, _tail(log)))


def _quoted_password():
    return urllib.parse.quote(DB_PASSWORD, safe="")


# --- MariaDB ---------------------------------------------------------------------------------------

def _start_mariadb(base, owner, tcp, deadline):
    import pymysql

    data = os.path.join(base, "data")
    sock = os.path.join(base, "mysqld.sock")
    log = os.path.join(base, "server.log")
    tmp = os.path.join(base, "tmp")
    _prepare_dir(base, owner)
    # A tmpdir of its own: two bootstraps sharing /tmp collide on their temporary tables' names
    # ("Could not remove temporary table '/tmp/#sql-temptable-...'", install fails) under ctest -j2.
    _prepare_dir(tmp, owner)
    user_args = ["--user=%s" % SERVER_USER] if owner else []
    # --no-defaults first: /etc/mysql/my.cnf would point at the system's socket and data directory.
    _run(["mariadb-install-db", "--no-defaults", "--datadir=" + data, "--tmpdir=" + tmp,
          "--auth-root-authentication-method=normal", "--skip-test-db", "--skip-name-resolve"] + user_args,
         os.path.join(base, "install-db.log"), None, deadline, "mariadb-install-db", cwd=base)

    def launch_on(port):
        net = ["--bind-address=127.0.0.1", "--port=%d" % port] if tcp else ["--skip-networking"]
        cmd = ["/usr/sbin/mariadbd", "--no-defaults", "--datadir=" + data, "--tmpdir=" + tmp, "--socket=" + sock,
               "--pid-file=" + os.path.join(base, "mariadbd.pid"), "--log-error=" + log,
               "--skip-name-resolve", "--skip-log-bin", "--performance-schema=OFF", "--innodb-buffer-pool-size=32M",
               "--innodb-log-file-size=16M", "--innodb-flush-log-at-trx-commit=2", "--innodb-use-native-aio=OFF",
               "--character-set-server=utf8mb4", "--default-time-zone=+00:00"] + net + user_args
        # mariadbd drops privileges itself (--user); it needs root to start with for that.
        launch = {"cmd": cmd, "stderr": os.path.join(base, "server.stderr"), "cwd": None, "as_owner": False}
        return _launch(base, launch, owner), launch

    def connect(port):
        return pymysql.connect(unix_socket=sock, user="root", password="", connect_timeout=2)

    logs = [log, os.path.join(base, "server.stderr")]
    conn, proc, launch, port = _launch_on_a_port(tcp, launch_on, connect, logs, deadline, "mariadbd")
    _save_launch(base, launch)
    try:
        with conn.cursor() as c:
            c.execute("CREATE DATABASE %s CHARACTER SET utf8mb4" % DB_NAME)
            for host in ("localhost", "127.0.0.1"):
                c.execute("CREATE USER %s@%s IDENTIFIED BY %s", (DB_USER, host, DB_PASSWORD))
                c.execute("GRANT ALL PRIVILEGES ON %s.* TO %%s@%%s" % DB_NAME, (DB_USER, host))
        conn.commit()
    finally:
        conn.close()
    info = {"kind": "mariadb", "pid": proc.pid, "socket": sock, "host": "localhost", "port": port,
            "log": log,
            "url": "mysql+pymysql://%s:%s@localhost/%s?unix_socket=%s&charset=utf8"
                   % (DB_USER, _quoted_password(), DB_NAME, urllib.parse.quote(sock, safe="/"))}
    if tcp:
        info["tcp_url"] = "mysql+pymysql://%s:%s@127.0.0.1:%d/%s?charset=utf8" % (
            DB_USER, _quoted_password(), port, DB_NAME)
    return info


# --- PostgreSQL ------------------------------------------------------------------------------------

def _start_postgresql(base, owner, tcp, deadline):
    import psycopg2

    data = os.path.join(base, "data")
    run = os.path.join(base, "run")
    log = os.path.join(base, "server.log")
    _prepare_dir(base, owner)
    _prepare_dir(run, owner)
    os.chmod(run, 0o755)
    _run([os.path.join(PG_BIN, "initdb"), "--pgdata=" + data, "--username=postgres", "--auth=trust",
          "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"],
         os.path.join(base, "initdb.log"), owner, deadline, "initdb", cwd=base)
    with open(os.path.join(data, "postgresql.conf"), "a") as f:
        f.write("\n# tests/db_server.py: a scratch server\n"
                "listen_addresses = '%s'\nunix_socket_directories = '%s'\n"
                "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\nshared_buffers = 16MB\n"
                "max_connections = 30\ntimezone = 'UTC'\nlog_timezone = 'UTC'\n"
                % ("127.0.0.1" if tcp else "", run))
    # The superuser only through the socket (trust); everybody else with a password.
    with open(os.path.join(data, "pg_hba.conf"), "w") as f:
        f.write("local all postgres trust\nlocal all all scram-sha-256\nhost all all 127.0.0.1/32 scram-sha-256\n")

    def launch_on(port):
        # The last "port" line wins: a retry appends its own.
        with open(os.path.join(data, "postgresql.conf"), "a") as f:
            f.write("port = %d\n" % port)
        launch = {"cmd": [os.path.join(PG_BIN, "postgres"), "-D", data], "stderr": log, "cwd": base,
                  "as_owner": True}
        return _launch(base, launch, owner), launch

    def connect(port):
        return psycopg2.connect(host=run, port=port, user="postgres", dbname="postgres", connect_timeout=2)

    # Without tcp the socket directory is ours, so 5432 collides with nothing.
    conn, proc, launch, port = _launch_on_a_port(tcp, launch_on, connect, [log], deadline, "postgres", port=5432)
    _save_launch(base, launch)
    try:
        conn.autocommit = True  # CREATE DATABASE refuses to run inside a transaction
        with conn.cursor() as c:
            c.execute("CREATE ROLE %s LOGIN PASSWORD %%s" % DB_USER, (DB_PASSWORD,))
            c.execute("CREATE DATABASE %s OWNER %s" % (DB_NAME, DB_USER))
    finally:
        conn.close()
    port_part = "" if port == 5432 else ":%d" % port
    info = {"kind": "postgresql", "pid": proc.pid, "socket": run, "host": run, "port": port, "log": log,
            "url": "postgresql+psycopg2://%s:%s@%s/%s?host=%s"
                   % (DB_USER, _quoted_password(), port_part, DB_NAME, urllib.parse.quote(run, safe="/"))}
    if tcp:
        info["tcp_url"] = "postgresql+psycopg2://%s:%s@127.0.0.1:%d/%s" % (
            DB_USER, _quoted_password(), port, DB_NAME)
    return info


# --- start / stop / watchdog -----------------------------------------------------------------------

def _launch(base, launch, owner):
    """Starts the server process as launch describes; it leads its own process group."""
    proc = subprocess.Popen(launch["cmd"], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=open(launch["stderr"], "ab"), start_new_session=True, cwd=launch["cwd"],
                            **(_popen_kwargs(owner) if launch["as_owner"] else {}))
    _record(base, proc.pid)
    return proc


def _save_launch(base, launch):
    with open(os.path.join(base, "launch.json"), "w") as f:
        json.dump(launch, f)


def restart(kind, workdir):
    """Starts a stopped server of workdir again on its data directory and waits until it answers."""
    base = os.path.join(os.path.abspath(workdir), kind)
    with open(os.path.join(base, "launch.json")) as f:
        launch = json.load(f)
    with open(os.path.join(base, "server.json")) as f:
        info = json.load(f)
    if os.path.exists(os.path.join(base, "server.pid")):
        raise DbServerError("%s is still running: stop it first" % base)
    proc = _launch(base, launch, _run_as())
    if kind == "mariadb":
        import pymysql

        def connect():
            return pymysql.connect(unix_socket=info["socket"], user="root", password="", connect_timeout=2)
    else:
        import psycopg2

        def connect():
            return psycopg2.connect(host=info["socket"], port=info["port"], user="postgres", dbname="postgres",
                                    connect_timeout=2)
    try:
        _wait_until(connect, proc, info["log"], time.monotonic() + START_TIMEOUT, kind).close()
    except BaseException:
        _stop_one(base)
        raise


def _record(base, pid):
    with open(os.path.join(base, "server.pid"), "w") as f:
        f.write("%d\n" % pid)


def _alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie child of ours counts as gone.
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _wait_gone(pid, timeout):
    """Waits for pid to exit (pidfd when the kernel has it, else short polls); True when it did."""
    deadline = time.monotonic() + timeout
    try:
        fd = os.pidfd_open(pid)
    except (AttributeError, OSError):
        fd = None
    if fd is not None:
        import select
        try:
            p = select.poll()
            p.register(fd, select.POLLIN)
            p.poll(max(0, int(timeout * 1000)))
        finally:
            os.close(fd)
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not _alive(pid)


def _stop_one(base):
    pid_file = os.path.join(base, "server.pid")
    try:
        with open(pid_file) as f:
            pid = int(f.read().strip())
    except (OSError, ValueError):
        return True
    # PostgreSQL's SIGTERM is a "smart" shutdown that waits for every client to disconnect.
    first = signal.SIGINT if os.path.basename(base) == "postgresql" else signal.SIGTERM
    if _alive(pid):
        try:
            os.killpg(pid, first)  # started with start_new_session: the server leads its group
        except ProcessLookupError:
            pass
        if not _wait_gone(pid, STOP_TIMEOUT):
            try:
                os.killpg(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            _wait_gone(pid, STOP_TIMEOUT)
    # The leader is gone; make sure nothing of its group is left either.
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    os.unlink(pid_file)
    return not _alive(pid)


def stop(workdir, kinds=KINDS):
    ok = True
    for kind in kinds:
        base = os.path.join(os.path.abspath(workdir), kind)
        if os.path.isdir(base):
            ok = _stop_one(base) and ok
    return ok


def _spawn_watchdog(workdir, owner_pid):
    """A detached process that stops the servers of workdir once owner_pid has exited: a test that
    crashes before its cleanup must not leave a database server behind."""
    subprocess.Popen([sys.executable, os.path.abspath(__file__), "watch", workdir, str(owner_pid)],
                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                     start_new_session=True, close_fds=True)


def _watch(workdir, owner_pid):
    while _alive(owner_pid):
        _wait_gone(owner_pid, 3600)
        # Nothing left to guard once "stop" has run.
        if not any(os.path.exists(os.path.join(workdir, k, "server.pid")) for k in KINDS):
            return 0
    stop(workdir)
    return 0


def start(kind, workdir, tcp=False, owner_pid=None):
    workdir = os.path.abspath(workdir)
    os.makedirs(workdir, exist_ok=True)
    base = os.path.join(workdir, kind)
    if kind == "sqlite":
        os.makedirs(base, exist_ok=True)
        path = os.path.join(base, "glance.sqlite")
        return {"kind": "sqlite", "url": "sqlite:///" + path, "file": path, "pid": None}
    if os.path.exists(base):
        raise DbServerError("%s already exists: use a fresh work directory" % base)
    owner = _run_as()
    if owner:
        # The server user must reach WORKDIR/<kind>; nothing else of WORKDIR becomes readable.
        os.chmod(workdir, os.stat(workdir).st_mode | 0o001)
    socket_path = os.path.join(base, "run", ".s.PGSQL.65535") if kind == "postgresql" \
        else os.path.join(base, "mysqld.sock")
    if len(socket_path.encode()) > MAX_SOCKET_PATH:
        raise DbServerError("work directory path too long for a unix socket: %s" % workdir)
    deadline = time.monotonic() + START_TIMEOUT
    try:
        if kind == "mariadb":
            info = _start_mariadb(base, owner, tcp, deadline)
        else:
            info = _start_postgresql(base, owner, tcp, deadline)
    except BaseException:
        _stop_one(base)
        raise
    if owner_pid:
        _spawn_watchdog(workdir, owner_pid)
    info.update({"user": DB_USER, "password": DB_PASSWORD, "database": DB_NAME, "workdir": workdir,
                 "server_user": SERVER_USER if owner else pwd.getpwuid(os.geteuid()).pw_name})
    with open(os.path.join(base, "server.json"), "w") as f:
        json.dump(info, f)
    return info


# --- schema ----------------------------------------------------------------------------------------

def schema(kind, workdir, revision=CACHE_REVISION, cache_tables=True):
    """Creates Glance's tables at revision in the database that "start" made, as user glance."""
    import sqlalchemy as sa

    base = os.path.join(os.path.abspath(workdir), kind)
    if kind == "sqlite":
        url = "sqlite:///" + os.path.join(base, "glance.sqlite")
    else:
        with open(os.path.join(base, "server.json")) as f:
            url = json.load(f)["url"]
    meta = sa.MetaData()
    # As migration 2024_1_expand01_add_cache_tables: BIGINT keys (INTEGER on SQLite, where only
    # INTEGER PRIMARY KEY autoincrements), InnoDB/utf8 on MySQL.
    big = sa.BigInteger().with_variant(sa.Integer, "sqlite")
    mysql = {"mysql_engine": "InnoDB", "mysql_charset": "utf8"}
    sa.Table("alembic_version", meta,
             sa.Column("version_num", sa.String(32), nullable=False),
             sa.PrimaryKeyConstraint("version_num", name="alembic_version_pkc"))
    # Glance's images table (glance/db/sqlalchemy/models.py, Image and GlanceBase) with its columns, types
    # and server defaults; the indexes are left out (nothing here reads enough rows to need them).
    sa.Table("images", meta,
             sa.Column("id", sa.String(36), primary_key=True),
             sa.Column("name", sa.String(255)),
             sa.Column("disk_format", sa.String(20)),
             sa.Column("container_format", sa.String(20)),
             sa.Column("size", sa.BigInteger().with_variant(sa.Integer, "sqlite")),
             sa.Column("virtual_size", sa.BigInteger().with_variant(sa.Integer, "sqlite")),
             sa.Column("status", sa.String(30), nullable=False),
             sa.Column("visibility", sa.Enum("private", "public", "shared", "community", name="image_visibility"),
                       nullable=False, server_default="shared"),
             sa.Column("checksum", sa.String(32)),
             sa.Column("os_hash_algo", sa.String(64)),
             sa.Column("os_hash_value", sa.String(128)),
             sa.Column("min_disk", sa.Integer, nullable=False, default=0),
             sa.Column("min_ram", sa.Integer, nullable=False, default=0),
             sa.Column("owner", sa.String(255)),
             sa.Column("protected", sa.Boolean, nullable=False, default=False,
                       server_default=sa.sql.expression.false()),
             sa.Column("os_hidden", sa.Boolean, nullable=False, default=False,
                       server_default=sa.sql.expression.false()),
             sa.Column("created_at", sa.DateTime, nullable=False),
             sa.Column("updated_at", sa.DateTime, nullable=True),
             sa.Column("deleted_at", sa.DateTime),
             sa.Column("deleted", sa.Boolean, nullable=False, default=False),
             **mysql)
    if cache_tables:
        sa.Table("node_reference", meta,
                 sa.Column("node_reference_id", big, nullable=False, autoincrement=True),
                 sa.Column("node_reference_url", sa.String(255), nullable=False),
                 sa.PrimaryKeyConstraint("node_reference_id"),
                 sa.UniqueConstraint("node_reference_url", name="uq_node_reference_node_reference_url"),
                 **mysql)
        sa.Table("cached_images", meta,
                 sa.Column("id", big, nullable=False, autoincrement=True),
                 sa.Column("image_id", sa.String(36), nullable=False),
                 sa.Column("last_accessed", sa.DateTime, nullable=False),
                 sa.Column("last_modified", sa.DateTime, nullable=False),
                 sa.Column("size", sa.BigInteger, nullable=False),
                 sa.Column("hits", sa.Integer, nullable=False),
                 sa.Column("checksum", sa.String(32), nullable=True),
                 sa.Column("node_reference_id", big, sa.ForeignKey("node_reference.node_reference_id"),
                           nullable=False),
                 sa.PrimaryKeyConstraint("id"),
                 sa.UniqueConstraint("image_id", "node_reference_id",
                                     name="ix_cached_images_image_id_node_reference_id"),
                 **mysql)
    engine = sa.create_engine(url)
    try:
        meta.create_all(engine)
        with engine.begin() as conn:
            conn.execute(meta.tables["alembic_version"].insert(), {"version_num": revision})
    finally:
        engine.dispose()


def add_user(kind, workdir, name, tables):
    """Creates login NAME (password PASSWORD, as glance's) that may SELECT only TABLES of the glance database,
    as an administrator would for a read-only monitoring account; returns its [database] connection URL."""
    base = os.path.join(os.path.abspath(workdir), kind)
    with open(os.path.join(base, "server.json")) as f:
        info = json.load(f)
    if kind == "mariadb":
        import pymysql
        conn = pymysql.connect(unix_socket=info["socket"], user="root", password="", connect_timeout=5)
        try:
            with conn.cursor() as c:
                c.execute("CREATE USER %s@localhost IDENTIFIED BY %s", (name, DB_PASSWORD))
                for table in tables:
                    c.execute("GRANT SELECT ON %s.%s TO %%s@localhost" % (DB_NAME, table), (name,))
            conn.commit()
        finally:
            conn.close()
    else:
        import psycopg2
        conn = psycopg2.connect(host=info["socket"], port=info["port"], user="postgres", dbname=DB_NAME,
                                connect_timeout=5)
        try:
            conn.autocommit = True
            with conn.cursor() as c:
                c.execute("CREATE ROLE %s LOGIN PASSWORD %%s" % name, (DB_PASSWORD,))
                for table in tables:
                    c.execute("GRANT SELECT ON %s TO %s" % (table, name))
        finally:
            conn.close()
    scheme = info["url"].split("://", 1)[0]
    return {"url": info["url"].replace("%s://%s:" % (scheme, DB_USER), "%s://%s:" % (scheme, name), 1)}


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("start", help="start a scratch server, print its URL as JSON")
    s.add_argument("kind", choices=KINDS)
    s.add_argument("workdir")
    s.add_argument("--tcp", action="store_true",
                   help="also listen on 127.0.0.1 at a free port (another one if it is taken first)")
    s.add_argument("--owner-pid", type=int, default=os.getppid(),
                   help="stop the server when this process exits (0: never; default: the caller)")
    t = sub.add_parser("stop", help="stop the servers of WORKDIR and wait until they have exited")
    t.add_argument("workdir")
    t.add_argument("--kind", choices=KINDS, help="stop only this kind's server")
    r = sub.add_parser("restart", help="start a server that stop --kind stopped, on its data")
    r.add_argument("kind", choices=("mariadb", "postgresql"))
    r.add_argument("workdir")
    c = sub.add_parser("schema", help="create Glance's cache tables in the glance database")
    c.add_argument("kind", choices=KINDS)
    c.add_argument("workdir")
    c.add_argument("--revision", default=CACHE_REVISION)
    c.add_argument("--without-cache-tables", action="store_true",
                   help="an older schema: alembic_version and images only")
    u = sub.add_parser("user", help="add a login that may SELECT only the given tables; print its URL as JSON")
    u.add_argument("kind", choices=KINDS[:2])
    u.add_argument("workdir")
    u.add_argument("name")
    u.add_argument("--grant-select", nargs="*", default=[], metavar="TABLE")
    w = sub.add_parser("watch")  # internal: the watchdog of "start"
    w.add_argument("workdir")
    w.add_argument("owner_pid", type=int)
    args = p.parse_args(argv)
    try:
        if args.cmd == "start":
            info = start(args.kind, args.workdir, tcp=args.tcp, owner_pid=args.owner_pid)
            sys.stdout.write(json.dumps(info) + "\n")
            return 0
        if args.cmd == "stop":
            return 0 if stop(args.workdir, (args.kind,) if args.kind else KINDS) else 1
        if args.cmd == "restart":
            restart(args.kind, args.workdir)
            return 0
        if args.cmd == "schema":
            schema(args.kind, args.workdir, args.revision, not args.without_cache_tables)
            return 0
        if args.cmd == "user":
            sys.stdout.write(json.dumps(add_user(args.kind, args.workdir, args.name, args.grant_select)) + "\n")
            return 0
        if args.cmd == "watch":
            return _watch(os.path.abspath(args.workdir), args.owner_pid)
    except Exception as e:
        sys.stderr.write("db_server: %s\n" % e)
        return 1
    return 2


if __name__ == "__main__":
    sys.exit(main())

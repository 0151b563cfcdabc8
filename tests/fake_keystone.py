#!/usr/bin/python3
"""A small fake of Keystone v3's POST /v3/auth/tokens for tst_connection.

    fake_keystone.py [--expires-in SECONDS] [--tls]

Listens on 127.0.0.1 on a free port and prints ONE JSON line once it accepts connections:
    {"url": "http://127.0.0.1:PORT", "port": PORT, "cacert": PATH-or-null}
then serves until stdin reaches EOF (the test closes it, or dies), and exits 0.
With --tls it serves HTTPS with a throw-away self-signed certificate for 127.0.0.1 (made with the
openssl command) whose PEM is at "cacert".

What it knows:
  user "admin" (id u-admin) in domain "Default" (id "default"), password "secret";
  project "demo" (id p-demo) in that domain; the admin has a role on it;
  application credential "ac-1" with secret "ac-secret", bound to the admin and p-demo;
  every token it issued is also good for the "token" method.
Tokens are "tok-N", expire --expires-in seconds after issue (issued_at and expires_at both given, in
Keystone's format with microseconds). A project-scoped token carries a catalog with an identity
service, a compute service and the image service with public and internal endpoints in RegionOne and
RegionTwo:  http://image-{public,internal}.region{one,two}.example:9292
Bad credentials: 401 with Keystone's error body. An unscoped password token has no catalog.

Control endpoints for the test (not Keystone's):
  GET  /_stats  -> {"token_requests": N}   (POSTs to /v3/auth/tokens since start or the last reset)
  POST /_reset  {"expires_in": S}  -> counter to 0 and, if given, a new lifetime for later tokens
Only the standard library; runs under any Python 3.7+.
"""

import argparse
import datetime
import http.server
import json
import os
import shutil
import ssl
import subprocess
import sys
import tempfile
import threading

USERS = {("admin", "default"): {"id": "u-admin", "password": "secret"}}
DOMAINS = {"Default": "default"}
PROJECTS = {("demo", "default"): "p-demo"}
APP_CREDS = {"ac-1": {"secret": "ac-secret", "user": "u-admin", "project": "p-demo"}}
REGIONS = ("RegionOne", "RegionTwo")


def keystone_time(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class State:
    def __init__(self, expires_in):
        self.lock = threading.Lock()
        self.expires_in = expires_in
        self.token_requests = 0
        self.issued = {}  # token -> (user id, project id or None)
        self.serial = 0


def catalog():
    image = []
    for region in REGIONS:
        for interface in ("public", "internal"):
            image.append({"id": "ep-%s-%s" % (region, interface), "interface": interface,
                          "region_id": region, "region": region,
                          "url": "http://image-%s.%s.example:9292" % (interface, region.lower())})
    return [
        {"type": "identity", "name": "keystone", "id": "s-identity", "endpoints": [
            {"id": "ep-id", "interface": "public", "region_id": "RegionOne", "region": "RegionOne",
             "url": "http://keystone.example:5000/v3"}]},
        {"type": "compute", "name": "nova", "id": "s-compute", "endpoints": [
            {"id": "ep-nova", "interface": "public", "region_id": "RegionOne", "region": "RegionOne",
             "url": "http://nova.example:8774/v2.1"}]},
        {"type": "image", "name": "glance", "id": "s-image", "endpoints": image},
    ]


def domain_id(ref):
    if not isinstance(ref, dict):
        return None
    if "id" in ref:
        return ref["id"]
    return DOMAINS.get(ref.get("name"))


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out as two writes: no 40 ms delayed-ACK stall

    def log_message(self, *args):  # keep test output quiet
        pass

    def reply(self, status, body, headers=None):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def unauthorized(self):
        self.reply(401, {"error": {"code": 401, "title": "Unauthorized",
                                   "message": "The request you have made requires authentication."}})

    def read_json(self):
        length = int(self.headers.get("Content-Length") or 0)
        try:
            return json.loads(self.rfile.read(length) or b"{}")
        except ValueError:
            return None

    def do_GET(self):
        if self.path == "/_stats":
            with self.server.state.lock:
                self.reply(200, {"token_requests": self.server.state.token_requests})
        else:
            self.reply(404, {"error": {"code": 404, "title": "Not Found", "message": "No such thing."}})

    def do_POST(self):
        state = self.server.state
        body = self.read_json()
        if self.path == "/_reset":
            with state.lock:
                state.token_requests = 0
                if body and "expires_in" in body:
                    state.expires_in = float(body["expires_in"])
            self.reply(200, {})
            return
        if self.path.rstrip("/") != "/v3/auth/tokens":
            self.reply(404, {"error": {"code": 404, "title": "Not Found", "message": "No such thing."}})
            return
        with state.lock:
            state.token_requests += 1
        if body is None or "auth" not in body:
            self.reply(400, {"error": {"code": 400, "title": "Bad Request", "message": "Expecting auth."}})
            return
        auth = body["auth"]
        identity = auth.get("identity", {})
        methods = identity.get("methods", [])
        user_id = project_id = None
        if methods == ["password"]:
            user = identity.get("password", {}).get("user", {})
            if "id" in user:
                entry = next((u for u in USERS.values() if u["id"] == user["id"]), None)
            else:
                entry = USERS.get((user.get("name"), domain_id(user.get("domain"))))
            if not entry or entry["password"] != user.get("password"):
                self.unauthorized()
                return
            user_id = entry["id"]
        elif methods == ["application_credential"]:
            cred = identity.get("application_credential", {})
            entry = APP_CREDS.get(cred.get("id"))
            if not entry or entry["secret"] != cred.get("secret") or "scope" in auth:
                self.unauthorized()
                return
            user_id, project_id = entry["user"], entry["project"]
        elif methods == ["token"]:
            with state.lock:
                known = state.issued.get(identity.get("token", {}).get("id"))
            if not known:
                self.unauthorized()
                return
            user_id = known[0]
        else:
            self.unauthorized()
            return
        project = auth.get("scope", {}).get("project")
        if project:
            if "id" in project:
                project_id = project["id"] if project["id"] in PROJECTS.values() else None
            else:
                project_id = PROJECTS.get((project.get("name"), domain_id(project.get("domain"))))
            if not project_id:
                self.unauthorized()
                return
        now = datetime.datetime.utcnow()
        with state.lock:
            state.serial += 1
            token_id = "tok-%d" % state.serial
            state.issued[token_id] = (user_id, project_id)
            expires = now + datetime.timedelta(seconds=state.expires_in)
        token = {"methods": methods, "issued_at": keystone_time(now), "expires_at": keystone_time(expires),
                 "user": {"id": user_id, "name": "admin", "domain": {"id": "default", "name": "Default"}}}
        if project_id:
            token["project"] = {"id": project_id, "name": "demo", "domain": {"id": "default", "name": "Default"}}
            token["catalog"] = catalog()
        self.reply(201, {"token": token}, {"X-Subject-Token": token_id})


def make_certificate(workdir):
    cert = os.path.join(workdir, "cert.pem")
    key = os.path.join(workdir, "key.pem")
    # An EC key: generated in milliseconds, where RSA takes a noticeable fraction of a second.
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                    "-nodes", "-days", "2",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", key, "-out", cert], check=True, capture_output=True)
    return cert, key


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--expires-in", type=float, default=3600)
    parser.add_argument("--tls", action="store_true")
    args = parser.parse_args()

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.state = State(args.expires_in)
    workdir = None
    cacert = None
    if args.tls:
        workdir = tempfile.mkdtemp(prefix="fake-keystone-")
        cacert, key = make_certificate(workdir)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cacert, key)
        server.socket = context.wrap_socket(server.socket, server_side=True)
    port = server.server_address[1]
    scheme = "https" if args.tls else "http"

    def wait_for_eof():
        sys.stdin.read()
        server.shutdown()

    threading.Thread(target=wait_for_eof, daemon=True).start()
    print(json.dumps({"url": "%s://127.0.0.1:%d" % (scheme, port), "port": port, "cacert": cacert}), flush=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()
        if workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

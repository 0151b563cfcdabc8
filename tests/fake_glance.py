#!/usr/bin/python3
"""A tiny fake of glance-api's image routes, for the faults a real Glance will not produce on demand.

    fake_glance.py      -> prints ONE JSON line {"url": "http://127.0.0.1:PORT", "port": PORT}, serves
                           until stdin reaches EOF (QProcess::closeWriteChannel), then exits 0.
    fake_glance.py --tls CERT KEY
                        -> the same over HTTPS with that PEM certificate and key ("url": "https://...").

Image routes, as Glance Zed answers them:
    GET /v2/images/ID        the image description (id, status, size, checksum, os_hash_algo/value)
    GET /v2/images/ID/file   the data: Content-Length + hex Content-MD5, or chunked without either
Control routes (JSON bodies):
    PUT  /_fake/images/ID    register an image: {"size": N, "status": "active", "fault": F,
                             "hash_algo": "sha512", "checksum": true, "size_in_meta": N}
                             -> 201 with its description. Data is generated on the fly from the ID
                             (never stored), so a 200 MiB image costs no memory.
    GET  /_fake/stats        {"file_requests", "active", "max_active"}: concurrent /file requests;
                             "unauthorized": 401s answered; "tokens": the X-Auth-Token of every image
                             request, in order (null: none sent)
    POST /_fake/release      let every "hold"/"stall" download go on
    POST /_fake/reset        zero the stats, re-arm the hold
    POST /_fake/tokens       {"reject": "none" | "first" | "all", "route": "any" | "metadata" | "file"}:
                             as keystonemiddleware does for an expired or revoked token, answer 401 on that
                             route to every token ("all") or to the first token it sees from now on and to
                             that token ever after ("first": the one an expired token would be)

Faults (F), all on the /file route:
    none              200, Content-Length, Content-MD5, every byte
    chunked           200, chunked, no Content-Length or Content-MD5 (Zed on a cache miss)
    truncate          Content-Length of the whole image, half the bytes, then close
    truncate_chunked  chunked, half the bytes, close without the last chunk
    reset             half the bytes, then a TCP reset
    reset_early       the headers, then a TCP reset before any byte
    corrupt           every byte, one flipped in the middle (checksums are of the real data)
    bad_content_md5   every byte, a wrong Content-MD5 header
    hold              64 KiB, then wait for /_fake/release, then the rest
    stall             64 KiB, then nothing until /_fake/release (or stdin closes)
    drip              Content-Length of the whole image, then one byte a second until /_fake/release
                      (or stdin closes): never idle long enough for an idle timeout
    overlong          every byte and 1000 more, Content-Length saying so (a wrong size announced)
    overlong_chunked  chunked, every byte and 1000 more (more data than the image has)
    busy_503          503 with Retry-After: 120 (a glance-api or proxy that asks to come back later)
    http_NNN          status NNN with a short text body
    fail_once_NNN     status NNN the first time, then like none
    drop_once         the first time, close the connection without answering; then like none
    drop              close the connection without answering, every time
"""

import hashlib
import json
import os
import socket
import ssl
import struct
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BLOCK = 65536
IMAGES = {}
LOCK = threading.Lock()
STATS = {"file_requests": 0, "active": 0, "max_active": 0, "unauthorized": 0, "tokens": []}
RELEASE = threading.Event()
AUTH = {"reject": "none", "route": "any", "first": None}


def refused(token, route):
    """Whether this request's token is to be answered with 401 (see /_fake/tokens)."""
    with LOCK:
        STATS["tokens"].append(token)
        if AUTH["route"] not in ("any", route) or AUTH["reject"] == "none":
            return False
        if AUTH["reject"] == "first" and AUTH["first"] is None:
            AUTH["first"] = token
        hit = AUTH["reject"] == "all" or token == AUTH["first"]
        STATS["unauthorized"] += 1 if hit else 0
        return hit


def block(image_id, index):
    """Block index of an image's data: a per-image pattern stamped with the block number."""
    seed = hashlib.sha512(image_id.encode()).digest()
    return struct.pack(">Q", index) + (seed * (BLOCK // len(seed) + 1))[:BLOCK - 8]


def data(image_id, size, start=0, end=None):
    end = size if end is None else end
    pos = start
    while pos < end:
        index, offset = divmod(pos, BLOCK)
        piece = block(image_id, index)[offset:offset + end - pos]
        yield piece
        pos += len(piece)


def register(image_id, spec):
    size = int(spec.get("size", 0))
    algo = spec.get("hash_algo", "sha512")
    md5 = hashlib.md5()
    other = hashlib.new(algo) if algo in hashlib.algorithms_available else None
    for piece in data(image_id, size):
        md5.update(piece)
        if other:
            other.update(piece)
    image = {
        "id": image_id, "name": "fake-" + image_id[:8], "status": spec.get("status", "active"),
        "size": spec.get("size_in_meta", size), "disk_format": "raw", "container_format": "bare",
        "checksum": md5.hexdigest() if spec.get("checksum", True) else None,
        "os_hash_algo": algo,
        "os_hash_value": other.hexdigest() if other else "0" * 128,
    }
    with LOCK:
        IMAGES[image_id] = {"meta": image, "size": size, "fault": spec.get("fault", "none"), "served": 0}
    return image


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, status, body=b"", ctype="application/json"):
        if not isinstance(body, bytes):
            body = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def body(self):
        n = int(self.headers.get("Content-Length") or 0)
        return json.loads(self.rfile.read(n) or b"{}")

    def do_PUT(self):
        parts = self.path.strip("/").split("/")
        if parts[:2] == ["_fake", "images"] and len(parts) == 3:
            return self.reply(201, register(parts[2], self.body()))
        self.reply(404, {"error": "unknown route"})

    def do_POST(self):
        body = self.body()
        if self.path == "/_fake/release":
            RELEASE.set()
        elif self.path == "/_fake/reset":
            RELEASE.clear()
            with LOCK:
                STATS.update(file_requests=0, active=0, max_active=0, unauthorized=0, tokens=[])
        elif self.path == "/_fake/tokens":
            with LOCK:
                AUTH.update(reject=body.get("reject", "none"), route=body.get("route", "any"), first=None)
        else:
            return self.reply(404, {"error": "unknown route"})
        self.reply(200, {})

    def do_GET(self):
        parts = self.path.strip("/").split("/")
        if self.path == "/_fake/stats":
            with LOCK:
                return self.reply(200, dict(STATS, tokens=list(STATS["tokens"])))
        if parts[:2] != ["v2", "images"] or len(parts) not in (3, 4):
            return self.reply(404, b"404 Not Found", "text/plain")
        if refused(self.headers.get("X-Auth-Token"), "metadata" if len(parts) == 3 else "file"):
            return self.reply(401, {"error": {"code": 401, "title": "Unauthorized",
                                              "message": "The request you have made requires authentication."}})
        with LOCK:
            image = IMAGES.get(parts[2])
        if image is None:
            return self.reply(404, b"404 Not Found\n\nNo image found with ID", "text/plain")
        if len(parts) == 3:
            return self.reply(200, image["meta"])
        with LOCK:
            STATS["file_requests"] += 1
            STATS["active"] += 1
            STATS["max_active"] = max(STATS["max_active"], STATS["active"])
            image["served"] += 1
        try:
            self.serve_file(parts[2], image)
        except OSError:  # the client went away (a cancel, a timeout): nothing to answer
            self.close_connection = True
        finally:
            with LOCK:
                STATS["active"] -= 1

    def serve_file(self, image_id, image):
        fault, size, meta = image["fault"], image["size"], image["meta"]
        if fault.startswith("fail_once_"):
            fault = "http_" + fault[len("fail_once_"):] if image["served"] == 1 else "none"
        if fault == "drop_once":
            fault = "drop" if image["served"] == 1 else "none"
        if fault == "drop":
            return self.close_connection_now()
        if fault.startswith("http_"):
            return self.reply(int(fault[5:]), b"fake failure\n", "text/plain")
        if fault == "busy_503":
            body = b"503 Service Unavailable\n\nThe server is currently unavailable.\n"
            self.send_response(503)
            self.send_header("Retry-After", "120")
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            return self.wfile.write(body)
        if fault in ("overlong", "overlong_chunked"):
            size += 1000  # the same first bytes, then more than the description's size
        chunked = fault in ("chunked", "truncate_chunked", "overlong_chunked")
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(size))
            if meta["checksum"]:  # Glance sends the recorded checksum, when there is one
                self.send_header("Content-MD5", "0" * 32 if fault == "bad_content_md5" else meta["checksum"])
        self.end_headers()
        if fault == "reset_early":
            return self.reset()
        if fault == "drip":
            for piece in data(image_id, size):
                for i in range(len(piece)):
                    self.wfile.write(piece[i:i + 1])
                    self.wfile.flush()
                    if RELEASE.wait(1):
                        return self.close_connection_now()
            return
        stop = size // 2 if fault in ("truncate", "truncate_chunked", "reset") else size
        pause = min(BLOCK, size) if fault in ("hold", "stall") else None
        sent = 0
        for piece in data(image_id, size, 0, stop):
            if fault == "corrupt" and sent <= size // 2 < sent + len(piece):
                i = size // 2 - sent
                piece = piece[:i] + bytes([piece[i] ^ 0xFF]) + piece[i + 1:]
            self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece)
            sent += len(piece)
            if pause is not None and sent >= pause:
                self.wfile.flush()
                pause = None
                RELEASE.wait(120)
                if fault == "stall":
                    return self.close_connection_now()
        if fault == "reset":
            return self.reset()
        if fault in ("truncate", "truncate_chunked"):
            return self.close_connection_now()
        if chunked:
            self.wfile.write(b"0\r\n\r\n")

    def close_connection_now(self):
        self.wfile.flush()
        self.close_connection = True
        self.connection.shutdown(socket.SHUT_RDWR)

    def reset(self):
        self.wfile.flush()
        self.close_connection = True
        # SO_LINGER with a zero timeout: close() sends RST instead of FIN.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()


class TLSServer(ThreadingHTTPServer):
    """Handshakes in the serving thread, so that a client refusing the certificate stalls no one."""

    context = None

    def get_request(self):
        sock, addr = super().get_request()
        return self.context.wrap_socket(sock, server_side=True, do_handshake_on_connect=False), addr

    def finish_request(self, request, client_address):
        try:
            request.do_handshake()
        except (ssl.SSLError, OSError):  # the client refused our certificate: what the tests expect
            return
        super().finish_request(request, client_address)


def main():
    args = sys.argv[1:]
    if args[:1] == ["--tls"] and len(args) == 3:
        server = TLSServer(("127.0.0.1", 0), Handler)
        server.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        server.context.load_cert_chain(args[1], args[2])
        scheme = "https"
    elif not args:
        server, scheme = ThreadingHTTPServer(("127.0.0.1", 0), Handler), "http"
    else:
        sys.stderr.write("usage: fake_glance.py [--tls CERT KEY]\n")
        return 2
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    sys.stdout.write(json.dumps({"url": "%s://127.0.0.1:%d" % (scheme, port), "port": port}) + "\n")
    sys.stdout.flush()
    while os.read(0, 65536):
        pass
    RELEASE.set()
    server.server_close()  # serving threads are daemons: they end with the process
    return 0


if __name__ == "__main__":
    sys.exit(main())

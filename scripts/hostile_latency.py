#!/usr/bin/env python3
# Issue 14's two stalls, as a client sees them (docs/PERFORMANCE.md): small authenticated GETs on
# one keep-alive connection, timed, while another client sends (a) 16 MiB of urlencoded body
# without credentials, (b) a GET with 1,000,000 ids in a JSON body. Works against any
# metadesk-server, old or new, so that before and after are measured the same way.
# Usage: scripts/hostile_latency.py PORT API_ID API_KEY
import os, socket, sys, threading, time
port, api_id, api_key = int(sys.argv[1]), sys.argv[2], sys.argv[3]
cred = b'tld-api-id: %s\r\ntld-api-key: %s\r\n' % (api_id.encode(), api_key.encode())
def request(s, data):
    s.sendall(data)
    buf = b''
    while b'\r\n\r\n' not in buf:
        b = s.recv(65536)
        if not b: return None
        buf += b
    head, rest = buf.split(b'\r\n\r\n', 1)
    n = 0
    for line in head.split(b'\r\n'):
        if line.lower().startswith(b'content-length:'): n = int(line.split(b':')[1])
    while len(rest) < n:
        b = s.recv(65536)
        if not b: break
        rest += b
    return int(head.split(b' ')[1])
def probe(stop, out):
    s = socket.create_connection(('127.0.0.1', port))
    g = b'GET /api/egress/account HTTP/1.1\r\nHost: x\r\n' + cred + b'\r\n'
    while not stop.is_set():
        t = time.perf_counter(); st = request(s, g); out.append((time.perf_counter() - t) * 1000)
        time.sleep(0.005)
def attack(kind):
    s = socket.create_connection(('127.0.0.1', port))
    t = time.perf_counter()
    if kind == 'unauth':
        body = b'a[]=1&' * (16 * 1024 * 1024 // 6)
        h = b'PUT /api/ingress/user_meta HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: %d\r\n\r\n' % len(body)
    else:
        body = b'{"user_id":[' + b','.join(str(i).encode() for i in range(1, 1000001)) + b']}'
        h = b'GET /api/egress/user_meta HTTP/1.1\r\nHost: x\r\n' + cred + b'Content-Type: application/json\r\nContent-Length: %d\r\n\r\n' % len(body)
    try: st = request(s, h + body)
    except Exception as e: st = 'closed (%s)' % type(e).__name__
    return st, (time.perf_counter() - t) * 1000
print('load average before: %.2f %.2f %.2f' % os.getloadavg())
for kind in ('unauth', 'hugeread'):
    stop = threading.Event(); out = []
    th = threading.Thread(target=probe, args=(stop, out)); th.start(); time.sleep(0.3)
    st, ms = attack(kind); time.sleep(0.2); stop.set(); th.join()
    out.sort()
    p = lambda q: out[min(len(out) - 1, int(q * len(out)))]
    print('%s: answer %s after %.0f ms; small GETs meanwhile: n=%d p50 %.1f p99 %.1f max %.1f ms' % (kind, st, ms, len(out), p(0.5), p(0.99), out[-1]))
print('load average after: %.2f %.2f %.2f' % os.getloadavg())

#!/usr/bin/env python3
# Issue 14's two stalls, as a client sees them (docs/PERFORMANCE.md): small authenticated GETs on
# one keep-alive connection, timed, while another client sends (a) 16 MiB of urlencoded body
# without credentials, (b) a GET with 1,000,000 ids in a JSON body. Works against any
# metadesk-server, old or new, so that before and after are measured the same way.
#
# The timed GETs run in a process of their own and the big bodies are built before any timing:
# in one Python process, building 16 MiB of body holds the interpreter lock, and the timed
# client would be measuring its own waits for it (seen: up to 1.2 s) rather than the server's.
# Usage: scripts/hostile_latency.py PORT API_ID API_KEY [ROUNDS]
import multiprocessing, os, socket, sys, time


def request(s, data):
    s.sendall(data)
    buf = b''
    while b'\r\n\r\n' not in buf:
        b = s.recv(65536)
        if not b:
            return None
        buf += b
    head, rest = buf.split(b'\r\n\r\n', 1)
    n = 0
    for line in head.split(b'\r\n'):
        if line.lower().startswith(b'content-length:'):
            n = int(line.split(b':')[1])
    while len(rest) < n:
        b = s.recv(65536)
        if not b:
            break
        rest += b
    return int(head.split(b' ')[1])


def probe(port, cred, stop, out):
    g = b'GET /api/egress/account HTTP/1.1\r\nHost: x\r\n' + cred + b'\r\n'
    ms = []
    failures = 0
    s = None
    while not stop.is_set():
        try:
            if s is None:
                s = socket.create_connection(('127.0.0.1', port))
                s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            t = time.perf_counter()
            st = request(s, g)
        except OSError:
            st = None
        if st != 200:  # not timed; a closed connection is opened again
            failures += 1
            s = None
            time.sleep(0.02)
            continue
        ms.append((time.perf_counter() - t) * 1000)
        time.sleep(0.005)
    out.put((ms, failures))


def attack(port, cred, kind):
    if kind == 'unauth':
        body = b'a[]=1&' * (16 * 1024 * 1024 // 6)
        h = (b'PUT /api/ingress/user_meta HTTP/1.1\r\nHost: x\r\n'
             b'Content-Type: application/x-www-form-urlencoded\r\nContent-Length: %d\r\n\r\n' % len(body))
    else:
        body = b'{"user_id":[' + b','.join(b'%d' % i for i in range(1, 1000001)) + b']}'
        h = (b'GET /api/egress/user_meta HTTP/1.1\r\nHost: x\r\n' + cred +
             b'Content-Type: application/json\r\nContent-Length: %d\r\n\r\n' % len(body))
    data = h + body
    s = socket.create_connection(('127.0.0.1', port))

    def run():
        t = time.perf_counter()
        try:
            st = request(s, data)
        except Exception as e:
            st = 'closed (%s)' % type(e).__name__
        return st, (time.perf_counter() - t) * 1000
    return run


def main():
    port, api_id, api_key = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    cred = b'tld-api-id: %s\r\ntld-api-key: %s\r\n' % (api_id.encode(), api_key.encode())
    print('load average before: %.2f %.2f %.2f' % os.getloadavg())
    for _ in range(rounds):
        for kind in ('unauth', 'hugeread'):
            run = attack(port, cred, kind)  # the body is built before anything is timed
            stop, out = multiprocessing.Event(), multiprocessing.Queue()
            p = multiprocessing.Process(target=probe, args=(port, cred, stop, out))
            p.start()
            time.sleep(0.3)
            st, ms = run()
            time.sleep(0.2)
            stop.set()
            times, failures = out.get()
            p.join()
            times.sort()
            q = lambda f: times[min(len(times) - 1, int(f * len(times)))]
            print('%s: answer %s after %.0f ms; small GETs meanwhile: n=%d p50 %.1f p99 %.1f '
                  'max %.1f ms, %d not 200; load %.2f' % (kind, st, ms, len(times), q(0.5),
                                                        q(0.99), times[-1], failures,
                                                        os.getloadavg()[0]))
    print('load average after: %.2f %.2f %.2f' % os.getloadavg())


if __name__ == '__main__':
    main()

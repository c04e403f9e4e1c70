"""A TCP proxy in front of the test PostgreSQL server that can stop forwarding: a server,
host or VPN that freezes (the kernel still holds the connections open, nothing answers)."""

from __future__ import annotations

import select
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import make_url


class FreezingProxy:
    """Forwards TCP to the real server until ``freeze()``; then holds every byte and
    keeps the connections open, as a hung VPN or a stopped proxy does."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.frozen = threading.Event()
        self.stop = threading.Event()
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(16)
        self.port = self.server.getsockname()[1]
        self.socks: list[socket.socket] = []
        self.threads = [threading.Thread(target=self._accept, daemon=True)]
        self.threads[0].start()

    def _accept(self) -> None:
        self.server.settimeout(0.2)
        while not self.stop.is_set():
            try:
                client = self.server.accept()[0]
            except OSError:
                continue
            upstream = socket.create_connection(self.target)
            self.socks += [client, upstream]
            t = threading.Thread(target=self._pump, args=(client, upstream), daemon=True)
            t.start()
            self.threads.append(t)

    def _pump(self, a: socket.socket, b: socket.socket) -> None:
        peer = {a: b, b: a}
        while not self.stop.is_set():
            if self.frozen.is_set():
                time.sleep(0.05)  # read nothing, send nothing, close nothing
                continue
            ready, _, _ = select.select([a, b], [], [], 0.05)
            for s in ready:
                if self.frozen.is_set():
                    break
                try:
                    data = s.recv(65536)
                    if not data:
                        return
                    peer[s].sendall(data)
                except OSError:
                    return

    def close(self) -> None:
        self.stop.set()
        for t in self.threads:
            t.join(2)
        for s in self.socks:
            s.close()
        self.server.close()


@contextmanager
def proxied(pg_url: str) -> Iterator[tuple[str, FreezingProxy]]:
    """``pg_url`` by way of a :class:`FreezingProxy`: its URL, and the proxy."""
    url = make_url(pg_url)
    proxy = FreezingProxy(url.host or "127.0.0.1", url.port or 5432)
    try:
        yield url.set(host="127.0.0.1", port=proxy.port).render_as_string(False), proxy
    finally:
        proxy.frozen.clear()
        proxy.close()

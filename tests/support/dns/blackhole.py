#!/usr/bin/env python3
"""Black-holed SMTP ports for discovery tests: accepts connections on 127.0.0.3:465 and :587 and never says a
word, as a port silently dropped by a firewall looks to a client that already got through the handshake."""
import socket
import threading
import time

held = []


def serve(port):
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.3", port))
    server.listen(64)
    while True:
        connection, _ = server.accept()
        held.append(connection)


for port in (465, 587):
    threading.Thread(target=serve, args=(port,), daemon=True).start()
while True:
    time.sleep(3600)

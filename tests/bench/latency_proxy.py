#!/usr/bin/env python3
"""A TCP proxy that adds latency, for benchmarks: each byte waits half the round-trip time in each direction.

  latency_proxy.py LISTEN_PORT TARGET_HOST TARGET_PORT RTT_MS STATS_FILE

For every connection it appends one JSON line to STATS_FILE: the number of client flights (times the client sent
after the server had sent, the first send included), bytes each way, how long the connection lasted and when it
was opened (time.monotonic(), the system's monotonic clock, comparable with other processes' on Linux). Data keeps
its order; the delay is applied per chunk as read, which is how a long link behaves for SMTP's short exchanges.
The TCP handshake itself is not delayed (the kernel answers it), which is the same for every client measured.
"""
import asyncio
import json
import sys
import time


async def pump(reader, writer, delay, on_chunk):
    queue = asyncio.Queue()

    async def deliver():
        while True:
            due, data = await queue.get()
            wait = due - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            if data is None:
                try:
                    writer.write_eof()
                except (OSError, RuntimeError):
                    pass
                return
            writer.write(data)
            try:
                await writer.drain()
            except ConnectionError:
                return

    delivering = asyncio.create_task(deliver())
    try:
        while True:
            data = await reader.read(65536)
            on_chunk(len(data))
            await queue.put((time.monotonic() + delay, data or None))
            if not data:
                break
    except ConnectionError:
        await queue.put((time.monotonic() + delay, None))
    await delivering


async def main():
    listen_port, target_host, target_port, rtt_ms, stats_file = sys.argv[1:6]
    delay = int(rtt_ms) / 2000.0

    async def handle(client_reader, client_writer):
        started = time.monotonic()
        server_reader, server_writer = await asyncio.open_connection(target_host, int(target_port))
        stats = {"flights": 0, "client_bytes": 0, "server_bytes": 0, "last": "server"}

        def from_client(n):
            if n and stats["last"] == "server":
                stats["flights"] += 1
            if n:
                stats["last"] = "client"
                stats["client_bytes"] += n

        def from_server(n):
            if n:
                stats["last"] = "server"
                stats["server_bytes"] += n

        await asyncio.gather(pump(client_reader, server_writer, delay, from_client),
                             pump(server_reader, client_writer, delay, from_server))
        for w in (client_writer, server_writer):
            w.close()
        record = {k: stats[k] for k in ("flights", "client_bytes", "server_bytes")}
        record["seconds"] = round(time.monotonic() - started, 4)
        record["opened"] = round(started, 4)
        with open(stats_file, "a") as f:
            f.write(json.dumps(record) + "\n")

    server = await asyncio.start_server(handle, "127.0.0.1", int(listen_port))
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())

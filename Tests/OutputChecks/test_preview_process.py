"""The real `plainly preview` process: it serves on 127.0.0.1 only, and Ctrl-C stops it cleanly
even while a page is listening for reloads."""
import os
import signal
import socket
import subprocess
import time

BIN = os.environ.get("PLAINLY_BIN", ".build/debug/plainly")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port, process):
    for _ in range(200):
        assert process.poll() is None, process.stdout.read()
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.05)
    raise AssertionError("the preview did not start listening")


def test_ctrl_c_stops_the_preview_with_a_page_listening():
    port = free_port()
    process = subprocess.Popen([BIN, "preview", "Content/expert-by-experience", "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        wait_for_port(port, process)
        events = socket.create_connection(("127.0.0.1", port), timeout=5)
        events.sendall(f"GET /events?since=1 HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
        received = b""
        while b"retry:" not in received:
            chunk = events.recv(4096)
            assert chunk, f"the event stream closed early: {received!r}"
            received += chunk
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=5) == 0
        assert f"http://127.0.0.1:{port}/" in process.stdout.read()
    finally:
        if process.poll() is None:
            process.kill()


def test_the_preview_listens_on_loopback_only():
    port = free_port()
    process = subprocess.Popen([BIN, "preview", "Content/board-paper", "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_port(port, process)
        listening = subprocess.run(["ss", "-ltnH", f"sport = :{port}"], capture_output=True, text=True).stdout
        local_addresses = [line.split()[3] for line in listening.splitlines() if line.strip()]
        assert local_addresses == [f"127.0.0.1:{port}"]
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=5)

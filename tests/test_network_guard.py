import socket

import pytest


def test_outside_connection_fails_loudly() -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(RuntimeError, match="93.184.216.34"):
            sock.connect(("93.184.216.34", 80))
    finally:
        sock.close()


def test_outside_name_lookup_fails_loudly() -> None:
    with pytest.raises(RuntimeError, match="example.org"):
        socket.getaddrinfo("example.org", 443)

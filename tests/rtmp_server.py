"""A local nginx with its RTMP module, for the tests that push a stream to a real server."""

import subprocess

from vhost.testing import listening, wait_until

NGINX_CONF = """
daemon off;
master_process off;
pid {folder}/nginx.pid;
error_log {folder}/error.log info;
load_module /usr/lib/nginx/modules/ngx_rtmp_module.so;
events {{ worker_connections 64; }}
rtmp {{ server {{ listen 127.0.0.1:{port}; application live {{ live on; {record} }} }} }}
"""
# The stream as a viewer's player gets it, kept in the folder as NAME.flv.
KEEP = "record all; record_path {folder}; record_unique off;"


def nginx(folder, port, keep: bool = False) -> subprocess.Popen:
    """nginx serving rtmp://127.0.0.1:PORT/live/NAME until terminated; `keep`: it writes what it
    receives to FOLDER/NAME.flv."""
    conf = folder / "nginx.conf"
    record = KEEP.format(folder=folder) if keep else "record off;"
    conf.write_text(NGINX_CONF.format(folder=folder, port=port, record=record))
    server = subprocess.Popen(
        ["nginx", "-c", str(conf), "-e", str(folder / "error.log"), "-p", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    wait_until(lambda: listening(port) or server.poll() is not None, 10, "nginx to listen")
    assert server.poll() is None, server.stderr.read().decode() if server.stderr else ""
    return server

"""Real xapian-tcpsrv processes (Debian's xapian-tools) on free loopback
ports, for the Xapian benchmarks and tests, each stopped by its PID (group)."""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path


def free_port() -> int:
    """A loopback port nobody listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class TcpServer:
    """One xapian-tcpsrv serving one shard directory."""
    directory: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None

    @property
    def address(self) -> str:
        """The shard's address as GAOXIN_SHARDS names it."""
        return f"tcp://127.0.0.1:{self.port}"

    def start(self) -> TcpServer:
        """Start it and wait until it accepts connections."""
        binary = shutil.which("xapian-tcpsrv")
        if binary is None:
            raise RuntimeError("xapian-tcpsrv is missing: `make test` installs Debian's xapian-tools")
        self.process = subprocess.Popen([binary, "--quiet", "--interface", "127.0.0.1", "--port", str(self.port),
                                         str(self.directory)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                        start_new_session=True)  # its own group: it forks one child per client
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return self
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"xapian-tcpsrv on {self.port} did not start") from None
                time.sleep(0.05)

    def stop(self) -> None:
        """Stop it and the children it forked for its clients: the process
        group its PID leads (a killed shard drops its open connections too)."""
        if self.process is not None:
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.process.wait(timeout=10)
            self.process.stderr.close()
            self.process = None


def serving(directories: list[Path]) -> list[TcpServer]:
    """One started server per shard directory."""
    servers = []
    try:
        for directory in directories:
            servers.append(TcpServer(directory).start())
    except BaseException:
        for server in servers:
            server.stop()
        raise
    return servers


def shard_dirs(root: Path) -> list[Path]:
    """The shard directories of a built root, in order."""
    return sorted(root.glob("shard-*"), key=lambda p: int(p.name.split("-")[1]))

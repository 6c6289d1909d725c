"""A real Ralph LRS on 127.0.0.1 for tests and benchmarks: installed in its own virtual environment
(reused from <repo>/.cache/ralph-venv), file-system backend, one basic-auth user."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RALPH_VERSION = "5.1.0"
# `cli` brings `ralph auth`, `lrs` the server; Ralph's auth module also imports requests without declaring it
RALPH_REQUIREMENTS = [f"ralph-malph[cli,lrs]=={RALPH_VERSION}", "requests==2.32.3"]
VENV = ROOT / ".cache" / "ralph-venv"
INSTALL_TIMEOUT = 900
NETWORK_TROUBLE = ("NewConnectionError", "Temporary failure in name resolution", "Network is unreachable",
                   "Failed to establish a new connection", "ConnectTimeoutError", "No route to host",
                   "Connection refused", "ProxyError")

# Ralph 5.1.0's file-system LRS backend writes its statements file with the data backend's default
# operation, "create", so every POST after the first fails with "already exists". The server runs with
# that one backend default set to "append", which is what its database backends do; everything else
# (validation, authentication, duplicate-id checks, paging) is Ralph's own code, unchanged.
LAUNCHER = """
import sys
import uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend
FSLRSBackend.default_operation_type = BaseOperationType.APPEND
uvicorn.run("ralph.api:app", host=sys.argv[1], port=int(sys.argv[2]), access_log=False)
"""


class RalphUnavailable(Exception):
    """Ralph could not be installed because the package index cannot be reached."""


def _bin(name: str) -> Path:
    return VENV / ("Scripts" if os.name == "nt" else "bin") / (name + (".exe" if os.name == "nt" else ""))


def ensure_ralph() -> Path:
    """Install Ralph into its own venv once; returns the venv's python."""
    stamp = VENV / f".installed-{RALPH_VERSION}"
    python = _bin("python")
    if stamp.exists() and python.exists():
        return python
    if not python.exists():
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    result = subprocess.run([str(python), "-m", "pip", "install", "--disable-pip-version-check", "--quiet",
                             *RALPH_REQUIREMENTS], capture_output=True, text=True, timeout=INSTALL_TIMEOUT)
    if result.returncode != 0:
        output = result.stdout + result.stderr
        if any(marker in output for marker in NETWORK_TROUBLE):
            raise RalphUnavailable(f"the package index is unreachable, Ralph cannot be installed:\n{output[-2000:]}")
        raise RuntimeError(f"installing Ralph failed:\n{output[-4000:]}")
    stamp.write_text(" ".join(RALPH_REQUIREMENTS))
    return python


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RalphServer:
    """One Ralph LRS with its data in `folder`; can be stopped (even killed) and started again."""

    user = "district"
    password = "correct horse battery staple"

    def __init__(self, python: Path, folder: Path, port: int | None = None) -> None:
        self.python = python
        self.folder = folder
        self.port = port or free_port()
        self.process: subprocess.Popen | None = None
        folder.mkdir(parents=True, exist_ok=True)
        self.env = dict(
            os.environ,
            RALPH_APP_DIR=str(folder / "app"),
            RALPH_AUTH_FILE=str(folder / "auth.json"),
            RALPH_RUNSERVER_BACKEND="fs",
            RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH=str(folder / "statements"),
            RALPH_RUNSERVER_MAX_SEARCH_HITS_COUNT="500",
        )
        self.log_path = folder / "ralph.log"

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/xAPI/"

    def create_user(self) -> None:
        subprocess.run(
            [str(self.python), "-m", "ralph", "auth", "--username", self.user, "--password", self.password,
             "--scope", "all", "--agent-ifi-account", self.user, "https://district.invalid/", "--write-to-disk"],
            env=self.env, check=True, capture_output=True, timeout=120,
        )

    def start(self, timeout: float = 60.0) -> None:
        """Start uvicorn with Ralph's app (as `ralph runserver -b fs` does, without its file-watching reloader)."""
        if not (self.folder / "auth.json").exists():
            self.create_user()
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [str(self.python), "-c", LAUNCHER, "127.0.0.1", str(self.port)],
            env=self.env, stdout=log, stderr=subprocess.STDOUT,
        )
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Ralph stopped while starting:\n{self.log_path.read_text()[-3000:]}")
            if self.healthy():
                return
            time.sleep(0.1)  # polling a child process until it answers: there is no signal to wait on
        self.stop()
        raise RuntimeError(f"Ralph did not answer within {timeout} s:\n{self.log_path.read_text()[-3000:]}")

    def healthy(self) -> bool:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/__heartbeat__", timeout=2) as response:
                return response.status == 200
        except (urllib.error.URLError, OSError):
            return False

    def stop(self, kill: bool = False) -> None:
        """Stop the server; kill=True ends it at once, like a pulled plug."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.kill() if kill else self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=30)
        self.process = None

    def stored_lines(self) -> list[dict]:
        """The statements exactly as Ralph's file backend holds them (one JSON document per line)."""
        path = self.folder / "statements" / "fs_lrs.jsonl"
        if not path.exists():
            return []
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


if __name__ == "__main__":  # handy by hand: python -m tests.integration.ralph_server FOLDER
    server = RalphServer(ensure_ralph(), Path(sys.argv[1] if len(sys.argv) > 1 else "ralph-data").resolve())
    server.start()
    print(f"Ralph is listening on {server.endpoint} as {server.user!r} / {server.password!r}; Ctrl+C stops it")
    try:
        server.process.wait()
    except KeyboardInterrupt:
        server.stop()

"""Detect database paths on network shares, where SQLite's file locking is unsafe."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_NETWORK_FS = {
    "nfs",
    "nfs4",
    "cifs",
    "smbfs",
    "smb3",
    "smb2",
    "9p",
    "afs",
    "ncpfs",
    "fuse.sshfs",
    "sshfs",
    "davfs",
    "fuse.davfs",
    "webdav",
    "afpfs",
    "glusterfs",
    "ceph",
    "fuse.rclone",
}


def _existing_ancestor(path: Path) -> Path:
    path = path.absolute()
    # os.path.exists, not Path.exists: a folder on the way that may not be searched is "not there" here
    # (the caller then says which folder), instead of a raw PermissionError.
    while not os.path.exists(path) and path.parent != path:
        path = path.parent
    return path


def _linux_fs_type(path: Path) -> str | None:
    try:
        mounts = Path("/proc/self/mounts").read_text().splitlines()
    except OSError:
        return None
    best, best_type = "", None
    target = str(path.resolve())
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        if (target == mount_point or target.startswith(mount_point.rstrip("/") + "/")) and len(
            mount_point
        ) >= len(best):
            best, best_type = mount_point, fields[2]
    return best_type


def _mac_fs_type(path: Path) -> str | None:
    try:
        out = subprocess.run(["/bin/df", "-P", str(path)], capture_output=True, text=True, timeout=5).stdout
        mount_point = out.splitlines()[-1].split()[-1]
        mounts = subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=5).stdout
    except (OSError, subprocess.SubprocessError, IndexError):
        return None
    for line in mounts.splitlines():
        if f" on {mount_point} (" in line:
            return line.split("(", 1)[1].split(",", 1)[0].strip()
    return None


def _windows_is_remote(path: Path) -> bool:
    text = str(path.absolute())
    if text.startswith("\\\\") or text.startswith("//"):
        return True
    import ctypes

    drive = os.path.splitdrive(text)[0] + "\\"
    drive_remote = 4
    return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == drive_remote)  # type: ignore[attr-defined]


def is_network_path(path: Path) -> bool:
    """True when `path` (or the folder it would be created in) lies on a network file system."""
    text = str(path)
    if text.startswith("\\\\") or text.startswith("//"):
        return True
    anchor = _existing_ancestor(path)
    if sys.platform == "win32":
        return _windows_is_remote(anchor)
    fs_type = _mac_fs_type(anchor) if sys.platform == "darwin" else _linux_fs_type(anchor)
    return (fs_type or "").lower() in _NETWORK_FS

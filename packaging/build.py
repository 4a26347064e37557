"""Build salesapp's installers with one command: the frozen folder, then this platform's installers.

    python packaging/build.py                             # everything for this platform
    python packaging/build.py --skip-freeze --target deb  # re-pack an existing frozen folder
    python packaging/build.py --target nsis --nsis-fast   # on Linux: check that the NSIS script compiles

Writes into packaging/dist/ (``--dist``): the frozen folder ``salesapp/`` (with THIRD_PARTY_NOTICES.txt
beside the executable; on macOS also ``salesapp.app``), then on Linux ``salesapp_<version>_<arch>.deb``
and ``salesapp-<version>-linux-<machine>.tar.gz``, on Windows ``salesapp-<version>-setup.exe`` (NSIS),
on macOS ``salesapp-<version>.dmg``. On Linux ``--target nsis`` compiles the Windows script against the
Linux folder: it proves the script compiles and packs the files, the result is no working Windows app.

Signing runs only when its environment variables are set, and says so when it is skipped:
WINDOWS_CERT_PFX (a .pfx file) and WINDOWS_CERT_PASSWORD for Authenticode (osslsigncode, or signtool on
Windows); MACOS_CODESIGN_IDENTITY, then MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID and
MACOS_NOTARY_PASSWORD for packaging/macos/sign_and_notarize.sh. Standard library + PyInstaller only.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import struct
import subprocess
import sys
import tarfile
import tempfile
import textwrap
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import appinfo  # packaging/appinfo.py: this script's folder is sys.path[0]

PACKAGING = Path(__file__).resolve().parent
ROOT = appinfo.ROOT
APP = appinfo.APP_NAME
SPEC = PACKAGING / "salesapp.spec"
NSIS_SCRIPT = PACKAGING / "windows" / "salesapp.nsi"
MACOS_SIGN_SCRIPT = PACKAGING / "macos" / "sign_and_notarize.sh"
NOTICES = appinfo.NOTICES_FILE

DEFAULT_TARGETS = {"linux": ["deb", "tar"], "win32": ["nsis"], "darwin": ["dmg"]}
TARGET_PLATFORMS = {"deb": ("linux",), "tar": ("linux",), "nsis": ("linux", "win32"), "dmg": ("darwin",)}
DEFAULT_TIMESTAMP_URL = "http://timestamp.digicert.com"
MACOS_NOTARY_VARIABLES = ("MACOS_NOTARY_APPLE_ID", "MACOS_NOTARY_TEAM_ID", "MACOS_NOTARY_PASSWORD")

# Shared libraries the frozen folder may link without carrying them, and the Debian package of each.
# PyInstaller never bundles glibc, libGL / libEGL, libxcb or libwayland-*; the others are bundled only
# when the build machine has them. `deb_depends` lists the package of every library that is linked by
# something in the folder and missing from it, and stops the build on one it does not know.
DEBIAN_PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgio-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libpng16.so.16": "libpng16-16",
    "libz.so.1": "zlib1g",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libssl.so.3": "libssl3",
    "libcrypto.so.3": "libssl3",
    "libsqlite3.so.0": "libsqlite3-0",
    "libffi.so.8": "libffi8",
    "libexpat.so.1": "libexpat1",
    "libuuid.so.1": "libuuid1",
    "libbz2.so.1.0": "libbz2-1.0",
    "liblzma.so.5": "liblzma5",
    "libzstd.so.1": "libzstd1",
}
GLIBC_LIBRARIES = frozenset(
    {
        "libc.so.6",
        "libm.so.6",
        "libdl.so.2",
        "libpthread.so.0",
        "librt.so.1",
        "libresolv.so.2",
        "libutil.so.1",
        "libanl.so.1",
        "libnsl.so.1",
        "ld-linux-x86-64.so.2",
        "ld-linux-aarch64.so.1",
    }
)
# Bundled libraries that read data files from the system: fontconfig its configuration (/etc/fonts),
# xkbcommon the keyboard layouts (/usr/share/X11/xkb).
BUNDLED_LIBRARY_DATA = {"libfontconfig.so.1": "fontconfig-config", "libxkbcommon.so.0": "xkb-data"}

DESKTOP_ENTRY = """\
[Desktop Entry]
Type=Application
Name=salesapp
GenericName=Sales follow-up CRM
GenericName[th]=ระบบติดตามงานขาย (CRM)
GenericName[vi]=Phần mềm CRM theo dõi bán hàng
Comment=Follow up orders, customers and upsell calls of an online shop
Comment[th]=ติดตามคำสั่งซื้อ ลูกค้า และการโทรเสนอขายเพิ่มของร้านค้าออนไลน์
Comment[vi]=Theo dõi đơn hàng, khách hàng và cuộc gọi bán thêm của cửa hàng online
Keywords=CRM;sales;orders;customers;
Exec=salesapp
Icon=salesapp
Terminal=false
Categories=Office;
StartupWMClass=salesapp
"""


# --- small helpers --------------------------------------------------------------------------------------


def say(message: str) -> None:
    """One line of build output, flushed (the tests show these lines)."""
    print(f"packaging: {message}", flush=True)


def run(command: list[str], *, shown: list[str] | None = None, cwd: Path | None = None) -> None:
    """Run a command, stopping the build when it fails; `shown` replaces it in messages (secrets)."""
    result = subprocess.run(command, cwd=cwd, check=False)
    if result.returncode != 0:
        printable = " ".join(shown if shown is not None else command)
        raise SystemExit(f"packaging: failed with exit code {result.returncode}: {printable}")


def timed(name: str, action: Callable[[], Path | None]) -> Path | None:
    """Run one build step and print how long it took."""
    started = time.monotonic()
    result = action()
    say(f"{name} took {time.monotonic() - started:.1f} s")
    return result


def size_mb(path: Path) -> float:
    """A file's size, or a folder's (symlinks counted as links), in MB."""
    if path.is_file():
        return path.stat().st_size / 1_000_000
    total = 0
    for folder, _dirs, files in os.walk(path):
        total += sum(os.lstat(os.path.join(folder, name)).st_size for name in files)
    return total / 1_000_000


def executable_name(frozen: Path) -> str:
    """salesapp.exe in a Windows build, salesapp elsewhere."""
    return f"{APP}.exe" if (frozen / f"{APP}.exe").is_file() else APP


# --- the frozen folder ----------------------------------------------------------------------------------


def freeze(dist: Path, work: Path) -> Path:
    """Run the PyInstaller spec into `dist`; return the one-folder build."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError as exc:
        raise SystemExit(
            f"packaging: PyInstaller is not importable ({exc}): pip install -e '.[test]'"
        ) from exc
    command = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work / "pyinstaller")]
    run(command, cwd=ROOT)
    return dist / APP


def write_notices(frozen: Path) -> None:
    """THIRD_PARTY_NOTICES.txt beside the executable (and in the macOS bundle's Resources)."""
    sys.path.insert(0, str(ROOT))
    try:
        from salesapp.notices import write_notices as write
    except ImportError as exc:
        raise SystemExit(f"packaging: salesapp.notices.write_notices is not available: {exc}") from exc
    write(frozen / NOTICES)
    bundle = frozen.parent / f"{APP}.app"
    if sys.platform == "darwin" and bundle.is_dir():
        write(bundle / "Contents" / "Resources" / NOTICES)


# --- signing --------------------------------------------------------------------------------------------


def _signtool() -> str | None:
    found = shutil.which("signtool")
    if found:
        return found
    kits = (
        Path(os.environ.get("ProgramFiles(x86)", r"C:\Program Files (x86)")) / "Windows Kits" / "10" / "bin"
    )
    candidates = sorted(kits.glob("*/x64/signtool.exe"))
    return str(candidates[-1]) if candidates else None


def authenticode(path: Path) -> bool:
    """Sign a Windows executable when WINDOWS_CERT_PFX is set; False when signing is off."""
    pfx = os.environ.get("WINDOWS_CERT_PFX")
    if not pfx:
        return False
    password = os.environ.get("WINDOWS_CERT_PASSWORD", "")
    timestamp = os.environ.get("WINDOWS_TIMESTAMP_URL", DEFAULT_TIMESTAMP_URL)
    osslsigncode = shutil.which("osslsigncode")
    if osslsigncode:
        signed = path.with_name(path.name + ".signed")
        with tempfile.TemporaryDirectory() as secret_dir:
            password_file = Path(secret_dir) / "password"
            password_file.touch(mode=0o600)
            password_file.write_text(password, encoding="utf-8")
            command = [osslsigncode, "sign", "-pkcs12", pfx, "-readpass", str(password_file)]
            command += ["-n", APP, "-h", "sha256"]
            command += ["-ts", timestamp] if timestamp else []
            run([*command, "-in", str(path), "-out", str(signed)])
        os.replace(signed, path)
    elif sys.platform == "win32" and (signtool := _signtool()):
        command = [signtool, "sign", "/f", pfx, "/p", password, "/fd", "sha256", "/d", APP]
        command += ["/tr", timestamp, "/td", "sha256"] if timestamp else []
        run([*command, str(path)], shown=[signtool, "sign", "/f", pfx, "/p", "***", str(path)])
    else:
        raise SystemExit("packaging: WINDOWS_CERT_PFX is set but neither osslsigncode nor signtool is there")
    say(f"signed {path.name} (Authenticode)")
    return True


def sign_macos_app(bundle: Path) -> None:
    """codesign the .app with MACOS_CODESIGN_IDENTITY, else ad hoc (the notices came after PyInstaller)."""
    if os.environ.get("MACOS_CODESIGN_IDENTITY"):
        run(["bash", str(MACOS_SIGN_SCRIPT), "sign", str(bundle)])
        return
    say("MACOS_CODESIGN_IDENTITY not set: ad-hoc signature, not notarised (users right-click → Open once)")
    run(["codesign", "--force", "--deep", "--sign", "-", str(bundle)])


def notarize_dmg(dmg: Path) -> None:
    """Sign, notarise and staple the .dmg when the identity and the notary credentials are set."""
    missing = [
        name for name in ("MACOS_CODESIGN_IDENTITY", *MACOS_NOTARY_VARIABLES) if not os.environ.get(name)
    ]
    if missing:
        say(f"notarisation skipped ({', '.join(missing)} not set)")
        return
    run(["bash", str(MACOS_SIGN_SCRIPT), "notarize", str(dmg)])


# --- Linux: .deb and .tar.gz ----------------------------------------------------------------------------


def elf_needed(path: Path) -> list[str] | None:
    """The DT_NEEDED entries of a 64-bit ELF file, or None when it is no such file."""
    with path.open("rb") as fh:
        if fh.read(4) != b"\x7fELF":
            return None
    data = path.read_bytes()
    if data[4] != 2:  # ELFCLASS64 only: every Linux build salesapp ships is 64-bit
        return None
    order = "<" if data[5] == 1 else ">"
    (section_offset,) = struct.unpack_from(order + "Q", data, 0x28)
    entry_size, count = struct.unpack_from(order + "HH", data, 0x3A)
    sections = [
        struct.unpack_from(order + "IIQQQQIIQQ", data, section_offset + i * entry_size) for i in range(count)
    ]
    needed = []
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, _entsize in sections:
        if kind != 6:  # SHT_DYNAMIC
            continue
        strings = sections[link][4]
        for position in range(offset, offset + size, 16):
            tag, value = struct.unpack_from(order + "qQ", data, position)
            if tag == 0:  # DT_NULL
                break
            if tag == 1:  # DT_NEEDED
                start = strings + value
                needed.append(data[start : data.index(b"\0", start)].decode())
    return needed


def deb_depends(frozen: Path) -> list[str]:
    """Debian packages for the libraries the folder links but does not carry (see DEBIAN_PACKAGES)."""
    present: set[str] = set()
    needed: set[str] = set()
    for folder, _dirs, files in os.walk(frozen):
        for name in files:
            present.add(name)
            path = Path(folder, name)
            if not path.is_symlink() and (libraries := elf_needed(path)):
                needed.update(libraries)
    glibc = platform.libc_ver()[1] or "2.31"
    depends = {f"libc6 (>= {glibc})"}
    unknown = []
    for soname in sorted(needed - present - GLIBC_LIBRARIES):
        if soname in DEBIAN_PACKAGES:
            depends.add(DEBIAN_PACKAGES[soname])
        else:
            unknown.append(soname)
    if unknown:
        raise SystemExit(
            f"packaging: the frozen folder links {', '.join(unknown)} without carrying it: add its Debian "
            "package to DEBIAN_PACKAGES in packaging/build.py"
        )
    depends.update(package for soname, package in BUNDLED_LIBRARY_DATA.items() if soname in present)
    return sorted(depends)


def deb_version(version: str) -> str:
    """A Debian version that sorts like the Python one: 1.2.0rc1 → 1.2.0~rc1 (before 1.2.0)."""
    for marker in (".dev", "rc", "a", "b"):
        head, found, tail = version.partition(marker)
        if found and head[-1:].isdigit() and tail[:1].isdigit():
            return f"{head}~{marker.lstrip('.')}{tail}"
    return version


def deb_architecture() -> str:
    """dpkg's name for this machine's architecture."""
    if shutil.which("dpkg"):
        return subprocess.run(
            ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
        ).stdout.strip()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())


def _normalize_modes(root: Path) -> None:
    for folder, dirs, files in os.walk(root):
        for name in dirs:
            os.chmod(os.path.join(folder, name), 0o755)
        for name in files:
            path = os.path.join(folder, name)
            if not os.path.islink(path):
                os.chmod(path, 0o755 if os.stat(path).st_mode & 0o111 else 0o644)


def _installed_size_kib(root: Path) -> int:
    total = 0
    for folder, dirs, files in os.walk(root):
        total += len(dirs)
        for name in files:
            path = os.path.join(folder, name)
            total += 1 if os.path.islink(path) else -(-os.stat(path).st_size // 1024)
    return total


def build_deb(frozen: Path, dist: Path, work: Path, version: str, fast: bool) -> Path:
    """salesapp_<version>_<arch>.deb: /opt/salesapp, /usr/bin/salesapp, desktop entry, icons, notices."""
    if not shutil.which("dpkg-deb"):
        raise SystemExit("packaging: dpkg-deb not found (Debian: apt-get install dpkg)")
    icons = [appinfo.png_icon(size) for size in appinfo.PNG_SIZES]
    appinfo.require_icons(*icons)
    root = work / "deb-root"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(frozen, root / "opt" / APP, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / APP).symlink_to(f"/opt/{APP}/{APP}")
    applications = root / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    (applications / f"{APP}.desktop").write_text(DESKTOP_ENTRY, encoding="utf-8")
    for size, icon in zip(appinfo.PNG_SIZES, icons, strict=True):
        target = root / "usr" / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP}.png"
        target.parent.mkdir(parents=True)
        shutil.copyfile(icon, target)
    doc = root / "usr" / "share" / "doc" / APP
    doc.mkdir(parents=True)
    notices = (frozen / NOTICES).read_text(encoding="utf-8")
    header = f"{APP} {version}\n{appinfo.copyright_line()}\n\nThird-party components in /opt/{APP}:\n\n"
    (doc / "copyright").write_text(header + notices, encoding="utf-8")

    installed_kib = _installed_size_kib(root)
    debian = root / "DEBIAN"
    debian.mkdir()
    description = textwrap.fill(
        appinfo.DESCRIPTION, width=72, initial_indent=" ", subsequent_indent=" ", break_on_hyphens=False
    )
    control = {
        "Package": APP,
        "Version": deb_version(version),
        "Architecture": deb_architecture(),
        "Maintainer": appinfo.PUBLISHER,
        "Installed-Size": str(installed_kib),
        "Depends": ", ".join(deb_depends(frozen)),
        "Section": "misc",
        "Priority": "optional",
        "Description": f"{appinfo.SUMMARY}\n{description}",
    }
    (debian / "control").write_text("".join(f"{k}: {v}\n" for k, v in control.items()), encoding="utf-8")
    _normalize_modes(root)

    out = dist / f"{APP}_{control['Version']}_{control['Architecture']}.deb"
    # xz is Debian's default and the smallest; gzip -1 is for the quick CI check.
    compression = ["-Zgzip", "-z1"] if fast else ["-Zxz", "-z6"]
    run(["dpkg-deb", "--root-owner-group", *compression, "--build", str(root), str(out)])
    shutil.rmtree(root)
    say(f"Depends: {control['Depends']}")
    return out


def build_tar(frozen: Path, dist: Path, version: str, fast: bool) -> Path:
    """salesapp-<version>-linux-<machine>.tar.gz: the folder as it is, under salesapp-<version>/."""
    out = dist / f"{APP}-{version}-linux-{platform.machine()}.tar.gz"

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(out, "w:gz", compresslevel=1 if fast else 6) as archive:
        archive.add(frozen, arcname=f"{APP}-{version}", filter=owned_by_root)
    return out


# --- Windows: NSIS --------------------------------------------------------------------------------------


def find_makensis() -> str:
    """makensis on PATH, or in the usual Windows install folders."""
    found = shutil.which("makensis")
    if found:
        return found
    for variable in ("ProgramFiles(x86)", "ProgramFiles"):
        candidate = Path(os.environ.get(variable, "C:\\missing")) / "NSIS" / "makensis.exe"
        if candidate.is_file():
            return str(candidate)
    raise SystemExit("packaging: makensis not found: install NSIS 3 (Debian: apt-get install nsis)")


def build_nsis(frozen: Path, dist: Path, version: str, fast: bool) -> Path:
    """salesapp-<version>-setup.exe from packaging/windows/salesapp.nsi."""
    appinfo.require_icons(appinfo.ICON_ICO)
    makensis = find_makensis()
    out = dist / f"{APP}-{version}-setup.exe"
    defines = {
        "VERSION": version,
        "VERSION4": ".".join(str(n) for n in appinfo.version_numbers(version)),
        "PUBLISHER": appinfo.PUBLISHER,
        "FROZEN": str(frozen),
        "EXE": executable_name(frozen),
        "NOTICES": NOTICES,
        "ICON": str(appinfo.ICON_ICO),
        "OUTFILE": str(out),
    }
    if fast:
        defines["FAST"] = "1"
    if os.environ.get("WINDOWS_CERT_PFX"):  # makensis signs the uninstaller it writes through us
        defines.update(SIGN_PYTHON=sys.executable, SIGN_SCRIPT=str(Path(__file__).resolve()))
    command = [makensis, "-V2", "-WX", "-INPUTCHARSET", "UTF8"]
    command += [f"-D{name}={value}" for name, value in defines.items()]
    run([*command, str(NSIS_SCRIPT)])
    if not authenticode(out):
        say("Authenticode skipped (WINDOWS_CERT_PFX not set): SmartScreen warns of an unknown publisher")
    return out


# --- macOS: .dmg ----------------------------------------------------------------------------------------


def build_dmg(frozen: Path, dist: Path, work: Path, version: str) -> Path:
    """salesapp-<version>.dmg: salesapp.app beside an Applications link, for drag-to-install."""
    bundle = frozen.parent / f"{APP}.app"
    if not bundle.is_dir():
        raise SystemExit(f"packaging: no {bundle}: build on macOS without --skip-freeze first")
    if not (bundle / "Contents" / "Resources" / NOTICES).is_file():
        write_notices(frozen)
    sign_macos_app(bundle)
    stage = work / "dmg"
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    shutil.copytree(bundle, stage / bundle.name, symlinks=True)
    (stage / "Applications").symlink_to("/Applications")
    shutil.copyfile(frozen / NOTICES, stage / NOTICES)
    out = dist / f"{APP}-{version}.dmg"
    out.unlink(missing_ok=True)
    command = ["hdiutil", "create", "-volname", f"{APP} {version}", "-srcfolder", str(stage)]
    run([*command, "-fs", "HFS+", "-format", "UDZO", "-ov", str(out)])
    shutil.rmtree(stage)
    notarize_dmg(out)
    return out


# --- command line ---


def check_icons(system: str, targets: list[str], freezing: bool) -> None:
    """Stop before a long build when an icon file it will need is missing."""
    needed: list[Path] = []
    if freezing and system == "win32":
        needed.append(appinfo.ICON_ICO)
    if freezing and system == "darwin":
        needed.append(appinfo.ICON_ICNS)
    if "nsis" in targets:
        needed.append(appinfo.ICON_ICO)
    if "deb" in targets:
        needed += [appinfo.png_icon(size) for size in appinfo.PNG_SIZES]
    appinfo.require_icons(*needed)


# --- command line ---------------------------------------------------------------------------------------


def parse_args(argv: Iterable[str] | None = None) -> argparse.Namespace:
    """The command line (see the module's docstring)."""
    parser = argparse.ArgumentParser(description="Build salesapp's frozen folder and installers.")
    parser.add_argument(
        "--target",
        action="append",
        choices=["deb", "tar", "nsis", "dmg", "none"],
        help="installer to build (repeatable); default: this platform's; none: only the frozen folder",
    )
    parser.add_argument("--skip-freeze", action="store_true", help="reuse the frozen folder already built")
    parser.add_argument(
        "--frozen", type=Path, metavar="DIR", help="the frozen folder to pack (implies --skip-freeze)"
    )
    parser.add_argument(
        "--dist", type=Path, default=PACKAGING / "dist", help="output folder (packaging/dist)"
    )
    parser.add_argument(
        "--work", type=Path, default=PACKAGING / "build", help="scratch folder (packaging/build)"
    )
    parser.add_argument("--nsis-fast", action="store_true", help="NSIS without compression (CI check)")
    parser.add_argument("--fast", action="store_true", help="fastest compression everywhere (CI check)")
    parser.add_argument("--sign-file", type=Path, help=argparse.SUPPRESS)  # makensis's !uninstfinalize
    return parser.parse_args(argv)


def main(argv: Iterable[str] | None = None) -> int:
    """Build the frozen folder and the installers asked for."""
    args = parse_args(argv)
    if args.sign_file:
        authenticode(args.sign_file)
        return 0
    system = "linux" if sys.platform.startswith("linux") else sys.platform
    targets = [t for t in (args.target or DEFAULT_TARGETS.get(system, [])) if t != "none"]
    for target in targets:
        if system not in TARGET_PLATFORMS[target]:
            raise SystemExit(
                f"packaging: --target {target} is built on {' or '.join(TARGET_PLATFORMS[target])}"
            )
    version = appinfo.version()
    say(f"{APP} {version} on {system}: {', '.join(targets) or 'frozen folder only'}")
    check_icons(system, targets, freezing=args.frozen is None and not args.skip_freeze)
    dist, work = args.dist.resolve(), args.work.resolve()
    dist.mkdir(parents=True, exist_ok=True)
    work.mkdir(parents=True, exist_ok=True)

    frozen = (args.frozen or dist / APP).resolve()
    started = time.monotonic()
    if args.frozen is None and not args.skip_freeze:
        timed("freeze", lambda: freeze(dist, work))
        timed("notices", lambda: write_notices(frozen))
    else:
        if not (frozen / executable_name(frozen)).is_file():
            raise SystemExit(f"packaging: no frozen build in {frozen}: run without --skip-freeze first")
        if not (frozen / NOTICES).is_file():
            timed("notices", lambda: write_notices(frozen))
    say(f"frozen folder {frozen} ({size_mb(frozen):.1f} MB)")
    if sys.platform == "win32" and "nsis" in targets and not authenticode(frozen / executable_name(frozen)):
        say("Authenticode skipped for the exe (WINDOWS_CERT_PFX not set)")

    builders: dict[str, Callable[[], Path | None]] = {
        "deb": lambda: build_deb(frozen, dist, work, version, args.fast),
        "tar": lambda: build_tar(frozen, dist, version, args.fast),
        "nsis": lambda: build_nsis(frozen, dist, version, args.fast or args.nsis_fast),
        "dmg": lambda: build_dmg(frozen, dist, work, version),
    }
    outputs = [timed(target, builders[target]) for target in targets]
    for out in outputs:
        if out is not None:
            say(f"wrote {out} ({size_mb(out):.1f} MB)")
    say(f"all steps took {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Issue 11, tried as an attacker and a careless user would, on the real binary: sources are never
changed, nothing outside the source is read, bad input gets a message with file and line and exit
1 or 2, never a signal, a hang, a stack trace or unbounded memory.

Every run goes through `run()`, which holds the generic promises for every case; each test adds
what its case must show."""
import hashlib
import os
import pathlib
import signal
import struct
import subprocess
import tempfile
import time
import zipfile
import zlib

import pytest

BIN = os.path.abspath(os.environ.get("PLAINLY_BIN", ".build/debug/plainly"))
# The debug build is several times slower than a release; these bounds catch hangs and blow-ups,
# not speed (scripts/bench-scale measures that).
SECONDS = 60
PEAK_BYTES = 1_500_000_000
CRASH_MARKS = ("Fatal error", "Stack dump", "Current stack trace", "Segmentation fault", "SIGSEGV", "Illegal instruction")


class Result:
    def __init__(self, code, out, err, peak, seconds):
        self.code, self.out, self.err, self.peak, self.seconds = code, out, err, peak, seconds


def run(*args, cwd=None, expect=(0, 1, 2), stdin=subprocess.DEVNULL):
    """Runs plainly; holds the generic promises: no signal, an exit code in {0,1,2}, no stack trace,
    bounded time and memory (the peak as GNU time reads it from wait4)."""
    started = time.monotonic()
    peak_file = tempfile.NamedTemporaryFile(prefix="plainly-peak-", delete=False)
    peak_file.close()
    process = subprocess.Popen(["/usr/bin/time", "-q", "-f", "%M", "-o", peak_file.name, BIN, *map(str, args)],
                               cwd=cwd, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               start_new_session=True)
    try:
        out, err = process.communicate(timeout=SECONDS)
    except subprocess.TimeoutExpired:
        # The whole group: `plainly` hands most commands to `plainly-full`, a child of its own.
        os.killpg(process.pid, signal.SIGKILL)
        out, err = process.communicate()
        raise AssertionError(f"plainly {' '.join(map(str, args))} hung for {SECONDS} s")
    seconds = time.monotonic() - started
    report = pathlib.Path(peak_file.name).read_text().strip().splitlines()
    os.unlink(peak_file.name)
    out, err = out.decode("utf-8", "replace"), err.decode("utf-8", "replace")
    # GNU time exits with 128 + N when the child was killed by signal N.
    assert process.returncode < 128, f"killed by signal {process.returncode - 128}: {err[-2000:]}"
    peak = int(report[-1]) * 1024
    assert process.returncode in expect, f"exit {process.returncode}: {err[-2000:]}"
    for mark in CRASH_MARKS:
        assert mark not in err, err[-2000:]
    assert peak < PEAK_BYTES, f"peak memory {peak / 1e6:.0f} MB"
    return Result(process.returncode, out, err, peak, seconds)


def snapshot(folder):
    """Every file below the folder with a hash of its bytes: sources must stay byte-identical."""
    folder = pathlib.Path(folder)
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()}


def write(path, data):
    path = pathlib.Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def guide(folder, parts, title="G"):
    """A guide folder whose guide.yaml lists `parts` (name → text, or None to list without writing)."""
    folder = pathlib.Path(folder)
    listing = "".join(f"  - {name}\n" for name in parts)
    write(folder / "guide.yaml", f"title: {title}\nparts:\n{listing}")
    for name, text in parts.items():
        if text is not None:
            write(folder / name, text)
    return folder


AGREED = "---\ntitle: A\nstatus: agreed\n---\n\n"
SECRET = "TOP-SECRET-CARE-RECORD-4417"


def outputs_text(out):
    """Everything the build wrote, as text where it can be read (PDF text through pdftotext)."""
    out = pathlib.Path(out)
    texts = []
    for path in out.rglob("*"):
        if path.suffix == ".pdf":
            texts.append(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout)
        elif path.is_file():
            texts.append(path.read_bytes().decode("utf-8", "replace"))
    return "\n".join(texts)


# 1. Sources deleted or overwritten ------------------------------------------------------------------

def test_an_output_folder_that_holds_the_guide_is_refused(tmp_path):
    source = guide(tmp_path / "w" / "html", {"parts/a.md": AGREED + "Hi.\n"})
    before = snapshot(tmp_path)
    result = run("build", source, "--out", tmp_path / "w")
    assert result.code == 2 and "refusing to write here" in result.err
    assert str(source) in result.err and str(tmp_path / "w") in result.err
    assert snapshot(tmp_path) == before


def test_a_part_named_like_an_output_survives_out_at_the_source(tmp_path):
    source = guide(tmp_path / "g", {"doc.txt": AGREED + "Hi.\n"})
    before = snapshot(tmp_path)
    assert run("build", source, "--out", source).code == 2
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("name", ["page.html", "paper.md", "paper.docx"])
def test_check_never_writes_its_report_over_what_it_checks(tmp_path, name):
    path = tmp_path / name
    if name.endswith(".docx"):
        docx(path, b"<w:p><w:r><w:t>We will meet on Monday.</w:t></w:r></w:p>")
    else:
        write(path, "<p>We will meet on Monday.</p>" if name.endswith(".html") else "# Paper\n\nWe will meet on Monday.\n")
    before = snapshot(tmp_path)
    result = run("check", path, "--format", "html", "--out", path)
    assert result.code == 2 and "refusing to write here" in result.err
    assert snapshot(tmp_path) == before


# 2. Nothing outside the source is read ------------------------------------------------------------

@pytest.mark.parametrize("written", ["../secret.md", "../../../../../../../../{secret}", "{secret}"])
def test_a_part_outside_the_folder_is_an_error_at_its_line(tmp_path, written):
    secret = write(tmp_path / "secret.md", f"---\ntitle: S\n---\n\n{SECRET}\n")
    written = written.format(secret=str(secret).lstrip("/") if written.startswith("..") else str(secret))
    source = guide(tmp_path / "g", {"a.md": AGREED + "Hi.\n", written: None})
    result = run("build", source, "--out", tmp_path / "out")
    assert result.code == 1, result.err
    assert "guide.yaml:4:" in result.err, result.err
    assert SECRET not in result.out + result.err
    assert not (tmp_path / "out").exists()
    checked = run("check", source)
    assert SECRET not in checked.out + checked.err


def test_a_symlinked_part_pointing_outside_is_refused(tmp_path):
    write(tmp_path / "secret.md", f"---\ntitle: S\n---\n\n{SECRET}\n")
    source = guide(tmp_path / "g", {"a.md": None})
    os.symlink(tmp_path / "secret.md", source / "a.md")
    result = run("build", source, "--out", tmp_path / "out")
    assert result.code == 1 and "guide.yaml:3:" in result.err, result.err
    assert SECRET not in result.out + result.err
    assert SECRET not in run("check", source).out


def secret_svg():
    return f'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><title>{SECRET}</title></svg>'


@pytest.mark.parametrize("how", ["dots", "symlink"])
def test_a_picture_outside_the_folder_is_never_copied_or_drawn(tmp_path, how):
    write(tmp_path / "secret" / "s.svg", secret_svg())
    source = tmp_path / "a" / "b"
    if how == "dots":
        write(source / "doc.md", "# Doc\n\n![x](../../secret/s.svg)\nA line.\n")
    else:
        write(source / "doc.md", "# Doc\n\n![x](s.svg)\nA line.\n")
        os.symlink(tmp_path / "secret" / "s.svg", source / "s.svg")
    result = run("build", source / "doc.md", "--out", tmp_path / "out")
    assert "doc.md:3:" in result.err, result.err
    if (tmp_path / "out").exists():
        assert SECRET not in outputs_text(tmp_path / "out")
        assert not list((tmp_path / "out").rglob("s.svg"))


def test_a_file_that_only_mentions_svg_is_not_a_picture(tmp_path):
    write(tmp_path / "notes.svg", f"Dear team, <svg is a tag. {SECRET}\n")
    write(tmp_path / "doc.md", "# Doc\n\n![x](notes.svg)\nA line.\n")
    result = run("build", tmp_path / "doc.md", "--out", tmp_path / "out")
    assert "notes.svg" in result.err
    if (tmp_path / "out").exists():
        assert SECRET not in outputs_text(tmp_path / "out")


# 3 and 4. YAML alias bombs and deep nesting ---------------------------------------------------------

def alias_bomb(levels=12):
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, levels):
        previous = f"*a{level - 1}"
        lines.append(f"a{level}: &a{level} [{','.join([previous] * 9)}]")
    return "\n".join(lines) + "\n"


NESTED = {
    "quotes": "> " * 10_000 + "deep\n",
    "bullets": "- " * 10_000 + "deep\n",
    "quoted lists": "> - " * 5_000 + "deep\n",
    "indented list": "".join("  " * depth + "- item\n" for depth in range(3_000)),
    "emphasis": "*" * 20_000 + "x" + "*" * 20_000 + "\n",
    "links": "[" * 20_000 + "x" + "](u)" * 20_000 + "\n",
}


@pytest.mark.parametrize("command", ["build", "check"])
def test_an_alias_bomb_in_front_matter_is_refused_with_its_line(tmp_path, command):
    path = write(tmp_path / "doc.md", "---\ntitle: T\n" + alias_bomb() + "---\n\nHi.\n")
    result = run(command, path, *(["--out", tmp_path / "out"] if command == "build" else []))
    assert result.code in (1, 2) and "doc.md:" in result.err + result.out


@pytest.mark.parametrize("yaml", ["[" * 5_000, "{a: " * 3_000, "- " * 5_000 + "x"])
def test_deeply_nested_yaml_is_refused_with_its_line(tmp_path, yaml):
    path = write(tmp_path / "doc.md", "---\ntitle: T\nx: " + yaml + "\n---\n\nHi.\n")
    result = run("build", path, "--out", tmp_path / "out")
    assert result.code == 1 and "doc.md:" in result.err, result.err[-500:]
    guide_folder = guide(tmp_path / "g", {"a.md": AGREED + "Hi.\n"})
    write(guide_folder / "guide.yaml", "title: G\nparts:\n  - a.md\nx: " + yaml + "\n")
    result = run("build", guide_folder, "--out", tmp_path / "out2")
    assert result.code == 1 and "guide.yaml:" in result.err


@pytest.mark.parametrize("kind", sorted(NESTED))
@pytest.mark.parametrize("command", ["build", "check"])
def test_deep_markdown_nesting_gives_a_message_not_a_crash(tmp_path, kind, command):
    path = write(tmp_path / "doc.md", "# Doc\n\n" + NESTED[kind])
    args = ["--out", tmp_path / "out"] if command == "build" else []
    result = run(command, path, *args)
    if result.code != 0:
        assert "doc.md:" in result.err + result.out


# 5. Word files --------------------------------------------------------------------------------------

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx(path, body, raw=None, compress=zipfile.ZIP_DEFLATED):
    xml = raw if raw is not None else b'<?xml version="1.0"?><w:document ' + W.encode() + b"><w:body>" + body + b"</w:body></w:document>"
    with zipfile.ZipFile(path, "w", compress) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        archive.writestr("word/document.xml", xml)
    return path


PARAGRAPH = b"<w:p><w:r><w:t>We will meet on Monday to talk about the plan.</w:t></w:r></w:p>"


@pytest.mark.parametrize("case", ["bad-name", "mismatched", "missing-end", "truncated", "deep"])
def test_a_broken_word_file_is_an_error_naming_it(tmp_path, case):
    whole = b'<?xml version="1.0"?><w:document ' + W.encode() + b"><w:body>" + PARAGRAPH * 3 + b"</w:body></w:document>"
    raw = {
        "bad-name": whole.replace(b"<w:body>", b"<w:body><\xe9t\xe9>x</\xe9t\xe9>"),
        "mismatched": whole.replace(b"</w:r></w:p>", b"</w:p></w:r>", 1),
        "missing-end": whole.replace(b"</w:body></w:document>", b""),
        "truncated": whole[: len(whole) // 2],
        "deep": whole.replace(b"<w:body>", b"<w:body>" + b"<w:sdt>" * 100_000),
    }[case]
    path = docx(tmp_path / "paper.docx", b"", raw=raw)
    result = run("check", path)
    assert result.code == 2, result.out[-500:]
    assert "paper.docx" in result.err


def test_a_flipped_bit_in_a_word_file_ends_with_an_error(tmp_path):
    path = docx(tmp_path / "paper.docx", PARAGRAPH * 200)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for flip in range(0, info.compress_size, max(1, info.compress_size // 40)):
        damaged = bytearray(data)
        damaged[start + flip] ^= 0x10
        (tmp_path / "flip.docx").write_bytes(bytes(damaged))
        run("check", tmp_path / "flip.docx")


def test_a_word_zip_bomb_is_refused_before_it_is_inflated(tmp_path):
    body = PARAGRAPH + b"<w:p><w:r><w:t>" + b"a" * 190_000_000 + b"</w:t></w:r></w:p>"
    path = docx(tmp_path / "bomb.docx", body)
    assert path.stat().st_size < 1_000_000
    result = run("check", path)
    assert result.code == 2 and "bomb.docx" in result.err
    assert result.peak < 400_000_000, f"{result.peak / 1e6:.0f} MB"


# 6. Pictures ----------------------------------------------------------------------------------------

def png_claiming(width, height):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * 4_000_000, 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def test_a_picture_claiming_huge_pixels_is_refused_before_decoding(tmp_path):
    write(tmp_path / "big.png", png_claiming(20_000, 20_000))
    write(tmp_path / "doc.md", "# Doc\n\n![A big picture](big.png)\nA line.\n")
    result = run("build", tmp_path / "doc.md", "--out", tmp_path / "out")
    assert "big.png" in result.err
    assert result.peak < 500_000_000, f"{result.peak / 1e6:.0f} MB"


# 7. Work that grows faster than the input -----------------------------------------------------------

SCALE = {
    "headings": "".join(f"## Heading {n}\n\nText {n}.\n\n" for n in range(10_000)),
    "long token": "https://example.org/" + "a" * 65_536 + "\n",
    "combining marks": "e" + "\u0301" * 64_000 + "\n",
}


@pytest.mark.parametrize("kind", sorted(SCALE))
def test_big_inputs_build_in_bounded_time_and_memory(tmp_path, kind):
    path = write(tmp_path / "doc.md", "# Doc\n\n" + SCALE[kind])
    run("build", path, "--out", tmp_path / "out", expect=(0,))


# 8. Atomicity ---------------------------------------------------------------------------------------

def big_guide(folder):
    text = "".join(f"## Section {n}\n\nWe meet on Monday at the library. Bring a friend if you like.\n\n" for n in range(400))
    return guide(folder, {"a.md": AGREED + text})


def consistent(out, name):
    """Either nothing, or a whole set of outputs made by one build."""
    if not out.exists():
        return True
    names = sorted(p.name for p in out.iterdir())
    return names == sorted([f"{name}.pdf", f"{name}.txt", f"{name}.docx", "html"]) and (out / "html" / "index.html").exists()


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL])
def test_an_interrupted_build_leaves_the_old_outputs_whole(tmp_path, sig):
    source = big_guide(tmp_path / "g")
    out = tmp_path / "out"
    run("build", source, "--out", out)
    before = snapshot(out)
    write(source / "a.md", (source / "a.md").read_text().replace("Monday", "Tuesday"))
    for delay in (0.2, 0.6, 1.2):
        process = subprocess.Popen([BIN, "build", str(source), "--out", str(out)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(delay)
        process.send_signal(sig)
        process.wait(timeout=SECONDS)
        assert consistent(out, "g")
        if sig == signal.SIGINT:
            assert not [p for p in tmp_path.iterdir() if ".plainly-" in p.name], "Ctrl-C leaves nothing behind"
        if snapshot(out) != before:
            break
    # The next build cleans whatever a killed one left, and finishes the job.
    run("build", source, "--out", out, expect=(0,))
    assert consistent(out, "g")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g", "out"]
    assert "Tuesday" in (out / "g.txt").read_text()


def test_two_builds_into_one_folder_do_not_interleave(tmp_path):
    first = big_guide(tmp_path / "g")
    out = tmp_path / "out"
    processes = [subprocess.Popen([BIN, "build", str(first), "--out", str(out)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for _ in range(3)]
    for process in processes:
        assert process.wait(timeout=SECONDS * 2) == 0
    assert consistent(out, "g")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g", "out"]


# 10. Other ------------------------------------------------------------------------------------------

def test_a_fifo_is_refused_not_waited_on(tmp_path):
    os.mkfifo(tmp_path / "notes.txt")
    result = run("check", tmp_path / "notes.txt")
    assert result.code == 2 and "notes.txt" in result.err
    assert result.seconds < 10


def test_one_unreadable_file_in_a_folder_does_not_hide_the_others(tmp_path):
    for n in range(5):
        write(tmp_path / "papers" / f"paper-{n}.txt", "We will meet on Monday to talk about the plan.\n")
    write(tmp_path / "papers" / "broken.txt", b"Caf\xe9 on Monday.\n")
    result = run("check", tmp_path / "papers")
    assert result.code == 2
    for n in range(5):
        assert f"paper-{n}.txt" in result.out
    assert "broken.txt" in result.out + result.err


# 9. The preview survives every bad edit ---------------------------------------------------------------

def test_the_preview_shows_each_bad_edit_and_keeps_running(tmp_path):
    import socket
    source = guide(tmp_path / "g", {"a.md": AGREED + "We meet on Monday.\n"})
    write(tmp_path / "secret.md", f"---\ntitle: S\n---\n\n{SECRET}\n")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen([BIN, "preview", str(source), "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)

    def page():
        with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
            connection.sendall(f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n".encode())
            received = b""
            while chunk := connection.recv(65536):
                received += chunk
        return received.decode("utf-8", "replace")

    def shows(marker, present=True):
        for _ in range(300):
            assert process.poll() is None, process.stderr.read().decode()[-2000:]
            try:
                text = page()
                if (marker in text) == present:
                    return text
            except OSError:
                pass
            time.sleep(0.1)
        raise AssertionError(f"the preview never {'showed' if present else 'dropped'} {marker!r}")

    edits = {
        "guide.yaml": [
            "title: G\nparts:\n  - a.md\nx: " + "[" * 5_000 + "\n",
            "title: G\nparts:\n  - a.md\n" + alias_bomb(),
            "title: G\nparts:\n  - ../secret.md\n",
            "title: [unclosed\n",
        ],
        "a.md": [AGREED + text for text in NESTED.values()] + [b"---\ntitle: \xff\n---\n"],
    }
    try:
        shows("We meet on Monday.")
        for name, versions in edits.items():
            original = (source / name).read_bytes()
            for version in versions:
                # Each bad version replaces the good page (so it was really rebuilt), then the good
                # one comes back: the server lived through it.
                write(source / name, version)
                text = shows("We meet on Monday.", present=False)
                assert SECRET not in text
                write(source / name, original)
                shows("We meet on Monday.")
    finally:
        os.killpg(process.pid, signal.SIGINT)
        process.wait(timeout=10)

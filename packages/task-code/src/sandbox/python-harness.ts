/**
 * The Python side of the sandbox: a small driver that runs inside the isolation (bubblewrap),
 * reads one job as JSON on stdin, runs the untrusted program once per test in a forked child
 * with resource limits, and writes one JSON line per test on stdout.
 *
 * Expected outputs never enter the sandbox: the driver only reports what the program printed
 * (stdin/stdout tests) or returned (call-based tests), and the comparison happens outside, in
 * Node. A program that subverts the driver can therefore only claim answers, never read them.
 *
 * Protocol (one JSON object per line on the driver's stdout):
 *   {"compile": "ok"} | {"compile": "error", "detail": "..."}
 *   {"test": i, "status": "ok" | "error" | "memory" | "timeout" | "budget" | "output" | "signal"
 *    | "exit" | "protocol", "ms": float, "stdout"?: str, "value"?: str, "detail"?: str,
 *    "line"?: int, "origin"?: "solution" | "test" | "other"}
 *   {"done": true}
 *
 * Program mode (`"test_program": str`, one test; HumanEval's layout) runs the solution, then the
 * test program in the same namespace, then `check(<entry_point>)` when an entry point is given,
 * in one child under the total budget. The test is "ok" when all of that ends normally; an
 * exception gives "error" with the line of the test program it went through last (`line`) and
 * where it was raised (`origin`). `SystemExit` or an exit before the end is "exit". Expected
 * outputs are inside the test program here, so a program that subverts the driver could claim
 * a pass, as it could in HumanEval's own harness: the sandbox keeps it harmless, not honest.
 *
 * Script mode (`"script": true`, one stdin input; SandboxFusion's run_code) runs the program as
 * `python file.py` would: `SystemExit` sets the exit code, an uncaught exception prints its
 * traceback and exits 1, and the test record always carries `stdout`, `stderr` and `exit_code`
 * (negative: killed by that signal). `"files"` ({relative path: base64}) are written into the
 * working directory first.
 *
 * Kept as a TypeScript string so the bundle carries it; it is passed to `python3 -I -c`.
 */
export const PYTHON_HARNESS = String.raw`
import os, sys
os.closerange(3, 1 << 16)
# Only modules built into the interpreter here: the driver's start-up is part of every run.
import _json, _signal as signal, resource, time, select, builtins, gc

class _JsonContext:
    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    parse_constant = float
    memo = {}

_SCAN = _json.make_scanner(_JsonContext())
_QUOTE = _json.encode_basestring_ascii

def jloads(text):
    value, end = _SCAN(text, 0)
    if text[end:].strip():
        raise ValueError("extra data")
    return value

def jdumps(record):
    # The driver's own flat records: str keys, str / int / float / bool / None values.
    parts = []
    for key, value in record.items():
        if isinstance(value, str):
            text = _QUOTE(value)
        elif value is True or value is False or value is None:
            text = {True: "true", False: "false", None: "null"}[value]
        elif isinstance(value, float):
            text = repr(value) if value == value and abs(value) != float("inf") else "0"
        else:
            text = str(int(value))
        parts.append(_QUOTE(key) + ": " + text)
    return "{" + ", ".join(parts) + "}"

REQ = jloads(sys.stdin.buffer.read().decode("utf-8", "replace"))
LIM = REQ["limits"]
PIDNS = bool(REQ.get("pidns"))
CALL = REQ.get("fn_name") is not None
SCRIPT = bool(REQ.get("script")) and not CALL
INPUTS = REQ["inputs"]
FN = REQ.get("fn_name")
CODE_TEXT = REQ["code"]
TEST_TEXT = REQ.get("test_program") if not CALL and not SCRIPT else None
PROGRAM = isinstance(TEST_TEXT, str)
ENTRY = REQ.get("entry_point") if PROGRAM else None
if not (isinstance(ENTRY, str) and ENTRY.isidentifier()):
    ENTRY = None
# Call-based workers and test programs report on a result channel (fd 3), not on stdout.
RESULTS = CALL or PROGRAM
N = len(INPUTS)
EXIT_ERROR, EXIT_MEMORY, EXIT_DONE = 73, 74, 0
CAP = int(LIM["output"])

def out(obj):
    data = (jdumps(obj) + "\n").encode()
    while data:
        try:
            n = os.write(1, data)
        except InterruptedError:
            continue
        data = data[n:]

def setlim(kind, value):
    try:
        resource.setrlimit(kind, (value, value))
    except (ValueError, OSError):
        pass

# Limits for the driver and, by inheritance, every process the program starts.
setlim(resource.RLIMIT_CORE, 0)
setlim(resource.RLIMIT_NOFILE, int(LIM["files"]))
setlim(resource.RLIMIT_FSIZE, int(LIM["fsize"]))
if PIDNS:
    # Counted per user namespace: the reaper, this driver, then the program's tasks.
    setlim(resource.RLIMIT_NPROC, int(LIM["procs"]) + 2)
setlim(resource.RLIMIT_AS, int(LIM["memory"]))

sys.path.extend(p for p in REQ.get("site_path") or [] if isinstance(p, str))

def restore_files(files):
    # Paths were checked outside (relative, no ".."); they land in the scratch directory.
    import binascii
    for name, data in files.items():
        folder = os.path.dirname(name)
        if folder:
            os.makedirs(folder, exist_ok=True)
        with open(name, "wb") as f:
            f.write(binascii.a2b_base64(data))

if SCRIPT and isinstance(REQ.get("files"), dict):
    try:
        restore_files(REQ["files"])
    except Exception as e:
        out({"compile": "error", "detail": ("cannot write the request's files: " + type(e).__name__ + ": " + str(e))[:2000]})
        out({"done": True})
        sys.exit(0)
PRELUDE = {"__builtins__": builtins}
PRELUDE_MAP = REQ.get("prelude")
PRIME_HEADER = REQ.get("prime_imports", True)
if PRIME_HEADER and not isinstance(PRELUDE_MAP, dict):
    exec(compile(
        "from string import *\nfrom re import *\nfrom datetime import *\nfrom collections import *\n"
        "from heapq import *\nfrom bisect import *\nfrom copy import *\nfrom math import *\n"
        "from random import *\nfrom statistics import *\nfrom itertools import *\n"
        "from functools import *\nfrom operator import *\nfrom io import *\nfrom sys import *\n"
        "from json import *\nfrom builtins import *\nfrom typing import *\n"
        "import string, re, datetime, collections, heapq, bisect, copy, math, random, statistics\n"
        "import itertools, functools, operator, io, sys, json\n",
        "<prelude>", "exec"), PRELUDE)

def code_names(code):
    # Every name the program's code objects mention (globals, attributes, imports).
    seen, stack = set(), [code]
    while stack:
        current = stack.pop()
        seen.update(current.co_names)
        stack.extend(c for c in current.co_consts if hasattr(c, "co_names"))
    return seen

try:
    CODE = compile(REQ["code"], "<solution>", "exec")
    TEST_CODE = compile(TEST_TEXT, "<test>", "exec", dont_inherit=True) if PROGRAM else None
except BaseException as e:
    where = "test program: " if PROGRAM and "CODE" in globals() else ""
    out({"compile": "error", "detail": (where + type(e).__name__ + ": " + str(e))[:2000]})
    out({"done": True})
    sys.exit(0)
out({"compile": "ok"})
if PRIME_HEADER and isinstance(PRELUDE_MAP, dict):
    # PRIME's header binds ~470 names (besides builtins) from 18 modules; bind only those the program mentions,
    # importing just their modules (same objects, a fraction of the start-up time).
    for name in code_names(CODE):
        where = PRELUDE_MAP.get(name)
        if not where:
            continue
        try:
            module = __import__(where[0])
            PRELUDE[name] = module if where[1] is None else getattr(module, where[1])
        except Exception:
            pass
del REQ
# Forked children share the driver's memory copy-on-write; a frozen, paused collector keeps
# them from touching (and so copying) every page of it. Each child turns collection back on.
gc.disable()
gc.freeze()
# The budget covers the tests themselves, not the interpreter's start or the imports.
START = time.monotonic()

def child_main(first, res_w):
    # Runs in the forked child: limits, fresh stdio, then the program.
    setlim(resource.RLIMIT_CPU, int(LIM["cpu"]))
    if not PIDNS:
        os.setsid()
    sys.stdin = open(0, "r", encoding="utf-8", errors="replace", closefd=False)
    sys.stdout = open(1, "w", encoding="utf-8", errors="replace", closefd=False)
    sys.stderr = open(2, "w", encoding="utf-8", errors="replace", closefd=False)
    sys.__stdin__, sys.__stdout__, sys.__stderr__ = sys.stdin, sys.stdout, sys.stderr
    stdout, stderr = sys.stdout, sys.stderr
    try:
        sys.setrecursionlimit(600000)
    except Exception:
        pass
    g = dict(PRELUDE)
    # PRIME loads call-based solutions as a module named "tmp_sol" (pyext RuntimeModule), so a
    # demo "if __name__ == '__main__':" block does not run; stdin programs run as __main__.
    # HumanEval execs its programs in a fresh dict, where __name__ is not "__main__" either.
    g["__name__"] = "tmp_sol" if CALL or PROGRAM else "__main__"
    if "stdin" in g:
        # "from sys import *" bound the driver's own streams; give the program its new ones.
        g["stdin"], g["stdout"], g["stderr"] = sys.stdin, sys.stdout, sys.stderr
    gc.enable()
    if SCRIPT:
        os._exit(run_script(g, stdout, stderr))
    if PROGRAM:
        run_program(g, res_w, stdout, stderr)
    if not CALL:
        try:
            exec(CODE, g)
            threading = sys.modules.get("threading")
            for t in threading.enumerate() if threading else ():
                if t is not threading.main_thread() and not t.daemon:
                    t.join()
        except SystemExit:
            pass
        except MemoryError:
            os._exit(EXIT_MEMORY)
        except BaseException:
            import traceback
            traceback.print_exc()
            try:
                stderr.flush()
            except BaseException:
                pass
            os._exit(EXIT_ERROR)
        try:
            stdout.flush()
        except BaseException:
            pass
        os._exit(EXIT_DONE)
    # Call-based: load the module once, then answer tests first..N-1 in order.
    import json
    try:
        exec(CODE, g)
        target = g["Solution"]() if "class Solution" in CODE_TEXT else None
        method = getattr(target, FN) if target is not None else g[FN]
    except MemoryError:
        os._exit(EXIT_MEMORY)
    except BaseException:
        import traceback
        traceback.print_exc()
        try:
            stderr.flush()
        except BaseException:
            pass
        os._exit(EXIT_ERROR)
    res = open(res_w, "w", encoding="utf-8", closefd=True)
    for i in range(first, N):
        t0 = time.monotonic()
        try:
            lines = INPUTS[i].split("\n")
            while lines and not lines[-1].strip():
                lines.pop()  # a trailing newline is not an argument
            args = [json.loads(line) for line in lines]
            if args and isinstance(args[0], dict):
                try:
                    args[0] = {int(k): v for k, v in args[0].items()}
                except (ValueError, TypeError):
                    pass
            value = method(*args)
            text = json.dumps(value)
            rec = {"test": i, "status": "ok", "value": text}
        except MemoryError:
            rec = {"test": i, "status": "memory"}
        except SystemExit as e:
            rec = {"test": i, "status": "error", "detail": "SystemExit: " + str(e)[:200]}
        except BaseException as e:
            try:
                rec = {"test": i, "status": "error", "detail": (type(e).__name__ + ": " + str(e))[:500]}
            except BaseException:
                rec = {"test": i, "status": "error", "detail": "exception"}
        rec["ms"] = (time.monotonic() - t0) * 1000
        try:
            res.write(json.dumps(rec) + "\n")
            res.flush()
        except BaseException:
            os._exit(EXIT_ERROR)
    try:
        stdout.flush()
    except BaseException:
        pass
    os._exit(EXIT_DONE)


def failure_site(e):
    # The last line of the test program the traceback went through, and which of the two
    # (solution or test program) it went through last: library frames below them do not count.
    line, origin = None, "other"
    tb = e.__traceback__
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if name == "<test>":
            line, origin = tb.tb_lineno, "test"
        elif name == "<solution>":
            origin = "solution"
        tb = tb.tb_next
    return line, origin

def program_result(g):
    # Solution, test program, then check(entry_point): HumanEval's
    # prompt + completion + test + "check(entry_point)", run as three pieces so that a traceback
    # tells the test program's lines apart from the solution's.
    try:
        exec(CODE, g)
        exec(TEST_CODE, g)
        if ENTRY is not None:
            check, missing = g.get("check"), object()
            target = g.get(ENTRY, missing)
            if not callable(check):
                return {"status": "error", "detail": "the test program defines no check(candidate)"}
            if target is missing:
                return {"status": "error", "detail": "the solution does not define " + ENTRY}
            check(target)
        return {"status": "ok"}
    except MemoryError:
        return {"status": "memory", "detail": "MemoryError"}
    except SystemExit as e:
        return {"status": "exit", "detail": "SystemExit(%s) before the tests finished" % (str(e.code)[:50],)}
    except BaseException as e:
        line, origin = failure_site(e)
        try:
            text = type(e).__name__ + (": " + str(e) if str(e) else "")
        except BaseException:
            text = "exception"
        rec = {"status": "error", "detail": text[:500], "origin": origin}
        if line is not None:
            rec["line"] = line
        return rec

def run_program(g, res_w, stdout, stderr):
    t0 = time.monotonic()
    rec = program_result(g)
    rec["test"] = 0
    rec["ms"] = (time.monotonic() - t0) * 1000
    for stream in (stdout, stderr):
        try:
            stream.flush()
        except BaseException:
            pass
    try:
        os.write(res_w, (jdumps(rec) + "\n").encode("utf-8", "replace"))
    except BaseException:
        os._exit(EXIT_ERROR)
    os._exit(EXIT_DONE)

def exit_code_of(e):
    # What the interpreter does with an uncaught SystemExit.
    code = e.code
    if code is None:
        return 0
    if isinstance(code, int) and not isinstance(code, bool):
        return code & 0xFF
    try:
        sys.stderr.write(str(code) + "\n")
    except BaseException:
        pass
    return 1

def run_script(g, stdout, stderr):
    # The program as "python file.py": its own exit code, a traceback and 1 on an exception.
    try:
        exec(CODE, g)
        code = 0
    except SystemExit as e:
        code = exit_code_of(e)
    except BaseException:
        import traceback
        try:
            traceback.print_exc()
        except BaseException:
            pass
        code = 1
    for stream in (stdout, stderr):
        try:
            stream.flush()
        except BaseException:
            pass
    return code

TOTAL_END = START + float(LIM["total_ms"]) / 1000.0
# A test program is one run of everything under the total budget.
TEST_S = float(LIM["total_ms" if PROGRAM else "test_ms"]) / 1000.0

def kill_rest(pid):
    # In the sandbox's own PID namespace, kill(-1) reaches every process but this driver and
    # the namespace's reaper: daemons and double forks included. Without one (unsafe mode),
    # only the child's session can be reached.
    try:
        if PIDNS:
            os.kill(-1, signal.SIGKILL)
        else:
            os.killpg(pid, signal.SIGKILL)
    except OSError:
        pass

SIGNAMES = {getattr(signal, n): n for n in ("SIGSEGV", "SIGABRT", "SIGBUS", "SIGFPE", "SIGILL",
    "SIGKILL", "SIGTERM", "SIGXCPU", "SIGXFSZ", "SIGPIPE", "SIGSYS", "SIGTRAP", "SIGINT", "SIGHUP",
    "SIGUSR1", "SIGUSR2", "SIGALRM", "SIGQUIT") if hasattr(signal, n)}

def signame(n):
    return SIGNAMES.get(n, "signal %d" % n)

def read_some(fd):
    try:
        return os.read(fd, 65536)
    except BlockingIOError:
        return None
    except OSError:
        return b""

PAGE = os.sysconf("SC_PAGE_SIZE")
SELF = os.getpid()
SAMPLE_S = 0.05

def sandbox_memory():
    # Memory of every process in the sandbox but this driver and the reaper: proportional set
    # size where the process lets us read it (shared copy-on-write pages counted once), else
    # its whole resident set. Only meaningful inside the sandbox's own PID namespace.
    total = 0
    for name in os.listdir("/proc"):
        if not name.isdigit() or int(name) in (SELF, 1):
            continue
        try:
            with open("/proc/%s/smaps_rollup" % name, "rb") as f:
                for line in f:
                    if line.startswith(b"Pss:"):
                        total += int(line.split()[1]) * 1024
                        break
            continue
        except (OSError, ValueError, IndexError):
            pass
        try:
            with open("/proc/%s/statm" % name, "rb") as f:
                total += int(f.read().split()[1]) * PAGE
        except (OSError, ValueError, IndexError):
            pass
    return total

def run_worker(first):
    if RESULTS:
        stdin_fd = os.open(os.devnull, os.O_RDONLY)
    else:
        stdin_fd = os.memfd_create("stdin")
        data = INPUTS[first].encode("utf-8", "replace")
        view = memoryview(data)
        while view:
            view = view[os.write(stdin_fd, view):]
        os.lseek(stdin_fd, 0, os.SEEK_SET)
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    res_r, res_w = os.pipe() if RESULTS else (-1, -1)
    pid = os.fork()
    if pid == 0:
        try:
            os.dup2(stdin_fd, 0)
            os.dup2(out_w, 1)
            os.dup2(err_w, 2)
            if RESULTS:
                os.dup2(res_w, 3)
                os.closerange(4, 1 << 16)
            else:
                os.closerange(3, 1 << 16)
            child_main(first, 3)
        finally:
            os._exit(EXIT_ERROR)
    for fd in (stdin_fd, out_w, err_w, res_w):
        if fd >= 0:
            os.close(fd)
    try:
        pidfd = os.pidfd_open(pid)
    except (AttributeError, OSError):
        pidfd = -1
    poller = select.poll()
    live = {out_r, err_r} | ({res_r} if RESULTS else set())
    for fd in live:
        os.set_blocking(fd, False)
        poller.register(fd, select.POLLIN)
    if pidfd >= 0:
        poller.register(pidfd, select.POLLIN)
    current = first
    t0 = time.monotonic()
    deadline = min(t0 + TEST_S, TOTAL_END)
    sizes = {out_r: 0, err_r: 0}
    chunks = []
    errtail = b""
    resbuf = b""
    killed = None
    wstatus = None

    def take(fd):
        nonlocal errtail, resbuf, killed
        chunk = read_some(fd)
        if chunk is None:
            return
        if not chunk:
            poller.unregister(fd)
            live.discard(fd)
            return
        if fd == res_r:
            resbuf += chunk
            if len(resbuf) > CAP * 8 + 65536:
                killed = killed or ("protocol", "result line too long")
            return
        sizes[fd] += len(chunk)
        if fd == out_r:
            if not RESULTS:
                chunks.append(chunk)
        elif SCRIPT:
            errtail = (errtail + chunk)[:CAP]
        else:
            errtail = (errtail + chunk)[-4000:]
        if sizes[fd] > CAP and killed is None:
            killed = ("output", "%s over the %d-byte limit" % ("stdout" if fd == out_r else "stderr", CAP))

    def answers():
        # Complete result lines from a call-based worker, in order.
        nonlocal resbuf, current, t0, deadline, killed
        while b"\n" in resbuf and killed is None:
            line, resbuf = resbuf.split(b"\n", 1)
            try:
                rec = jloads(line.decode("utf-8", "replace"))
                ok = isinstance(rec, dict) and rec.get("test") == current and isinstance(rec.get("status"), str)
            except ValueError:
                ok = False
            if not ok:
                killed = ("protocol", "unexpected data on the result channel")
                return
            clean = {"test": current, "status": rec["status"][:20], "ms": float(rec.get("ms") or 0)}
            if isinstance(rec.get("value"), str):
                clean["value"] = rec["value"][: CAP * 2]
            if isinstance(rec.get("detail"), str):
                clean["detail"] = rec["detail"][:500]
            if type(rec.get("line")) is int:
                clean["line"] = rec["line"]
            if rec.get("origin") in ("solution", "test", "other"):
                clean["origin"] = rec["origin"]
            out(clean)
            current += 1
            now = time.monotonic()
            t0 = now
            deadline = min(now + TEST_S, TOTAL_END)
            sizes[out_r] = 0
            sizes[err_r] = 0

    next_sample = time.monotonic() + SAMPLE_S
    while wstatus is None:
        now = time.monotonic()
        if killed is None and now >= deadline:
            if deadline >= TOTAL_END:
                killed = ("budget", "total time budget of %d ms used up" % LIM["total_ms"])
            else:
                killed = ("timeout", "over the %d ms per-test limit" % LIM["test_ms"])
        if killed is not None:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
            wstatus = os.waitpid(pid, 0)[1]
            break
        if PIDNS and now >= next_sample:
            # RLIMIT_AS bounds each process; this bounds all of them together.
            next_sample = now + SAMPLE_S
            if sandbox_memory() > LIM["memory"]:
                killed = ("memory", "the program's processes used over %d bytes together" % LIM["memory"])
                continue
        wait_ms = max(1, int((deadline - now) * 1000) + 1)
        if pidfd < 0:
            wait_ms = min(wait_ms, 20)
        if PIDNS:
            wait_ms = min(wait_ms, max(1, int((next_sample - now) * 1000) + 1))
        for fd, _ev in poller.poll(wait_ms):
            if fd == pidfd:
                continue
            take(fd)
        answers()
        done_pid, st = os.waitpid(pid, os.WNOHANG)
        if done_pid == pid:
            wstatus = st
    kill_rest(pid)
    # Every writer is gone now: read what is left, to end of file.
    drain_end = time.monotonic() + 1.0
    while live and time.monotonic() < drain_end:
        for fd, _ev in poller.poll(50):
            if fd != pidfd:
                take(fd)
    answers()
    for fd in (out_r, err_r, res_r, pidfd):
        if fd >= 0:
            try:
                os.close(fd)
            except OSError:
                pass
    if current >= N:
        return current
    ms = (time.monotonic() - t0) * 1000
    rec = {"test": current, "ms": ms}
    code = os.waitstatus_to_exitcode(wstatus)
    if SCRIPT:
        rec["stdout"] = b"".join(chunks)[:CAP].decode("utf-8", "replace")
        rec["stderr"] = errtail.decode("utf-8", "replace")
        rec["exit_code"] = code
    if killed is not None:
        rec["status"], rec["detail"] = killed
    elif code < 0:
        if -code == signal.SIGXCPU:
            rec["status"], rec["detail"] = "timeout", "CPU time limit"
        else:
            rec["status"], rec["detail"] = "signal", "killed by " + signame(-code)
    elif SCRIPT and code != 0:
        rec["status"], rec["detail"] = "exit", "exit code %d" % code
    elif code == EXIT_MEMORY:
        rec["status"], rec["detail"] = "memory", "MemoryError"
    elif code == EXIT_ERROR:
        lines = [l for l in errtail.decode("utf-8", "replace").splitlines() if l.strip()]
        rec["status"], rec["detail"] = "error", (lines[-1] if lines else "error")[:500]
    elif code == 0 and not RESULTS:
        rec["status"] = "ok"
        rec["stdout"] = b"".join(chunks)[:CAP].decode("utf-8", "replace")
    elif code == 0 and PROGRAM:
        rec["status"], rec["detail"] = "exit", "exited before the tests finished"
    elif code == 0:
        rec["status"], rec["detail"] = "exit", "program exited before answering"
    else:
        rec["status"], rec["detail"] = "exit", "exit code %d" % code
    out(rec)
    return current + 1

i = 0
while i < N:
    if time.monotonic() >= TOTAL_END:
        for j in range(i, N):
            out({"test": j, "status": "budget", "ms": 0, "detail": "total time budget of %d ms used up" % LIM["total_ms"]})
        break
    i = run_worker(i)
out({"done": True})
`;

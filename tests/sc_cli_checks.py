# SPDX-License-Identifier: GPL-3.0-or-later
#
# What the command-line checks share (check-export-cli.py,
# check-report-cli.py): running the program built by meson as a script
# would, and the two ways a run must end when it does not succeed: a usage
# message with exit status 2, or one sentence with exit status 1; either
# way nothing written and the company file untouched.

import hashlib
import os
import subprocess

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def run(*args):
    program = os.path.join(os.environ["SALESCADENCE_BUILDDIR"], "src", "salescadence")
    env = dict(os.environ, LANGUAGE="en", LC_ALL="C.UTF-8")
    # Under LeakSanitizer, the list of the suppressions used (fontconfig's
    # caches) would follow the one sentence on stderr.
    if "LSAN_OPTIONS" in env:
        env["LSAN_OPTIONS"] += ":print_suppressions=0"
    return subprocess.run([program, *args], capture_output=True, text=True, timeout=120, env=env)


def run_expanded(tmp, company, args, out_name):
    """Runs args with OUT as tmp/out_name and FILE as company; returns the
    result and the output's path."""
    out = os.path.join(tmp, out_name)
    result = run(*[a.replace("OUT", out).replace("FILE", company) for a in args])
    return result, out


def check_usage(tmp, company, args, why, out_name):
    before = sha256(company)
    result, out = run_expanded(tmp, company, args, out_name)
    lines = result.stderr.strip().splitlines()
    check(result.returncode == 2, f"{why}: exit {result.returncode}, {result.stderr!r}")
    check(len(lines) == 2 and "--help" in lines[1], f"{why}: usage message {lines}")
    check(not os.path.exists(out), f"{why}: a file was written")
    check(sha256(company) == before, f"{why}: the company file changed")


def check_failure(tmp, company, args, why, out_name, code=1):
    before = sha256(company)
    result, out = run_expanded(tmp, company, args, out_name)
    lines = result.stderr.strip().splitlines()
    check(result.returncode == code, f"{why}: exit {result.returncode}, {result.stderr!r}")
    check(len(lines) == 1 and lines[0].endswith("."), f"{why}: not one sentence: {lines}")
    check(not os.path.exists(out), f"{why}: a file was written")
    check(sha256(company) == before, f"{why}: the file changed")
    return lines[0] if lines else ""


def check_bad_files(tmp, company, option, what, ext):
    """The refusals every writing option shares: a text file or a missing
    file as input, the company file or a missing folder as output."""
    failed = "failed." + ext
    notes = os.path.join(tmp, "notes.txt")
    with open(notes, "w") as f:
        f.write("Not a company file.\n")
    check_failure(tmp, notes, [option + "=OUT", "FILE"], "a text file", failed)
    missing = os.path.join(tmp, "missing.salescadence")
    check_failure(tmp, company, [option + "=OUT", missing], "a missing file", failed)
    check(not os.path.exists(missing), "the missing file was created")
    # The output never replaces the company file, nor lands where there is
    # no folder.
    message = check_failure(tmp, company, [option + "=" + company, "FILE"],
                            "the company file as the " + what, failed)
    check("company file" in message, f"refusal says {message!r}")
    check_failure(tmp, company, [option + "=" + os.path.join(tmp, "no", "out." + ext), "FILE"],
                  "a folder that does not exist", failed)


def finish(passed):
    """The exit status of the script, after saying how it went."""
    if failures:
        print(f"{len(failures)} checks failed")
        return 1
    print(passed)
    return 0

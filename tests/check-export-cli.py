#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# `salescadence --export-xlsx` as a script uses it: a wrong command line
# gives a usage message and exit status 2; a failure gives one sentence and
# a non-zero status; the company file is never modified and no workbook is
# left half-written; the defaults are the file's fiscal year to date and
# its report language.
#
# Usage: check-export-cli.py EXPORT-FIXTURE   (with SALESCADENCE_BUILDDIR set)

import hashlib
import os
import subprocess
import sys
import tempfile
import zipfile

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
    return subprocess.run([program, *args], capture_output=True, text=True, timeout=120, env=env)


def check_usage(tmp, company, args, why):
    out = os.path.join(tmp, "usage.xlsx")
    before = sha256(company)
    result = run(*[a.replace("OUT", out).replace("FILE", company) for a in args])
    lines = result.stderr.strip().splitlines()
    check(result.returncode == 2, f"{why}: exit {result.returncode}, {result.stderr!r}")
    check(len(lines) == 2 and "--help" in lines[1], f"{why}: usage message {lines}")
    check(not os.path.exists(out), f"{why}: a workbook was written")
    check(sha256(company) == before, f"{why}: the company file changed")


def check_failure(tmp, company, args, why, code=1):
    out = os.path.join(tmp, "failed.xlsx")
    before = sha256(company)
    result = run(*[a.replace("OUT", out).replace("FILE", company) for a in args])
    lines = result.stderr.strip().splitlines()
    check(result.returncode == code, f"{why}: exit {result.returncode}, {result.stderr!r}")
    check(len(lines) == 1 and lines[0].endswith("."), f"{why}: not one sentence: {lines}")
    check(not os.path.exists(out), f"{why}: a workbook was written")
    check(sha256(company) == before, f"{why}: the file changed")
    return lines[0] if lines else ""


def sheet_names(path):
    with zipfile.ZipFile(path) as z:
        return z.read("xl/workbook.xml").decode("utf-8")


def main():
    fixture = sys.argv[1]
    with tempfile.TemporaryDirectory(prefix="sc-check-cli-") as tmp:
        company = os.path.join(tmp, "company.salescadence")
        subprocess.run([fixture, company, os.path.join(tmp, "figures.json")], check=True)
        before = sha256(company)

        for args, why in (
            (["--export-xlsx=OUT"], "no company file"),
            (["--export-xlsx=OUT", "FILE", "FILE"], "two company files"),
            (["--export-xlsx=", "FILE"], "no workbook path"),
            (["--export-xlsx=OUT", "--from=2025-13-01", "FILE"], "a month 13"),
            (["--export-xlsx=OUT", "--to=26/09/2025", "FILE"], "a date in another form"),
            (["--export-xlsx=OUT", "--from=2025-09-01", "--to=2025-08-01", "FILE"], "from after to"),
            (["--export-xlsx=OUT", "--from=2025-10-01", "FILE"], "from after the file's today"),
            (["--export-xlsx=OUT", "--lang=de", "FILE"], "an unknown language"),
            (["--from=2025-04-01", "FILE"], "--from without --export-xlsx"),
            (["--export-xlsx=OUT", "--check", "FILE"], "--export-xlsx with --check"),
            (["--export-xlsx=OUT", "--new-sample=OUT", "FILE"], "--export-xlsx with --new-sample"),
            (["--export-xls=OUT", "FILE"], "a misspelt option"),
        ):
            check_usage(tmp, company, args, why)

        # A file that is not a company file; one that is not there.
        notes = os.path.join(tmp, "notes.txt")
        with open(notes, "w") as f:
            f.write("Not a company file.\n")
        check_failure(tmp, notes, ["--export-xlsx=OUT", "FILE"], "a text file")
        missing = os.path.join(tmp, "missing.salescadence")
        check_failure(tmp, company, ["--export-xlsx=OUT", missing], "a missing file")
        check(not os.path.exists(missing), "the missing file was created")
        # The workbook never replaces the company file, nor lands where
        # there is no folder.
        message = check_failure(tmp, company, ["--export-xlsx=" + company, "FILE"],
                                "the company file as the workbook")
        check("company file" in message, f"refusal says {message!r}")
        check_failure(tmp, company, ["--export-xlsx=" + os.path.join(tmp, "no", "w.xlsx"), "FILE"],
                      "a folder that does not exist")
        check_failure(tmp, company, ["--export-xlsx=OUT", "--from=2030-01-01", "--to=2030-02-01",
                                     "FILE"], "a period after today")

        # The defaults: the fiscal year to date, in the file's language.
        out = os.path.join(tmp, "default.xlsx")
        os.chmod(company, 0o444)
        result = run("--export-xlsx=" + out, company)
        check(result.returncode == 0 and result.stderr == "", f"default export: {result.stderr!r}")
        workbook = sheet_names(out)
        check('name="Sommaire"' in workbook, "the default language is not the file's (French)")
        with zipfile.ZipFile(out) as z:
            strings = z.read("xl/sharedStrings.xml").decode("utf-8")
        check("exercice 2025-2026" in strings and "avril 2025" in strings
              and "septembre 2025" in strings and "octobre 2025" not in strings,
              "the default period is not the fiscal year to date")

        result = run("--export-xlsx=" + out, "--lang=en", "--from=2025-07-01", company)
        check(result.returncode == 0, f"--lang=en: {result.stderr!r}")
        check('name="Summary"' in sheet_names(out), "--lang=en is not English")
        leftovers = [n for n in os.listdir(tmp) if n.startswith(".")]
        check(leftovers == [], f"temporary files left: {leftovers}")
        check(sha256(company) == before, "the company file changed")

    if failures:
        print(f"{len(failures)} checks failed")
        return 1
    print("command-line checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

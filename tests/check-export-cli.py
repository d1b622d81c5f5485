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

import os
import subprocess
import sys
import tempfile
import zipfile

from sc_cli_checks import check, check_bad_files, check_failure, check_usage, finish, run, sha256


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
            check_usage(tmp, company, args, why, "usage.xlsx")

        check_bad_files(tmp, company, "--export-xlsx", "workbook", "xlsx")
        check_failure(tmp, company, ["--export-xlsx=OUT", "--from=2030-01-01", "--to=2030-02-01",
                                     "FILE"], "a period after today", "failed.xlsx")

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

    return finish("command-line checks passed")


if __name__ == "__main__":
    sys.exit(main())

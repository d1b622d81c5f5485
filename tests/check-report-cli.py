#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# `salescadence --report-pdf` as a script uses it: a wrong command line
# gives a usage message and exit status 2; a failure gives one sentence and
# status 1; the company file is never modified and no report is left
# half-written; by default the report is the monthly review of the last
# month over, in the file's report language; --from, --to and --lang pick
# the month and the language. The PDF is read back with poppler's tools.
#
# Usage: check-report-cli.py EXPORT-FIXTURE   (with SALESCADENCE_BUILDDIR set)

import os
import re
import subprocess
import sys
import tempfile

from sc_cli_checks import check, check_bad_files, check_failure, check_usage, finish, run, sha256


def pdf_text(path):
    """The text in drawing order, every run of spaces made one space."""
    raw = subprocess.run(["/usr/bin/pdftotext", "-raw", "-enc", "UTF-8", path, "-"],
                         capture_output=True, text=True, check=True).stdout
    return re.sub(r"[\s\u00a0\u202f]+", " ", raw)


def pdf_info(path):
    return subprocess.run(["/usr/bin/pdfinfo", path], capture_output=True, text=True,
                          check=True).stdout


def check_report(path, why, *texts):
    with open(path, "rb") as f:
        check(f.read(5) == b"%PDF-", f"{why}: not a PDF")
    info = pdf_info(path)
    check(re.search(r"^Pages:\s+1$", info, re.M) is not None, f"{why}: not one page: {info!r}")
    text = pdf_text(path)
    for expected in texts:
        check(expected in text, f"{why}: {expected!r} not in the report")
    return text


def main():
    fixture = sys.argv[1]
    with tempfile.TemporaryDirectory(prefix="sc-check-report-") as tmp:
        company = os.path.join(tmp, "company.salescadence")
        subprocess.run([fixture, company, os.path.join(tmp, "figures.json")], check=True)
        before = sha256(company)

        for args, why in (
            (["--report-pdf=OUT"], "no company file"),
            (["--report-pdf=OUT", "FILE", "FILE"], "two company files"),
            (["--report-pdf=", "FILE"], "no report path"),
            (["--report-pdf=OUT", "--export-xlsx=OUT", "FILE"], "with --export-xlsx"),
            (["--report-pdf=OUT", "--check", "FILE"], "with --check"),
            (["--report-pdf=OUT", "--new-sample=OUT"], "with --new-sample"),
            (["--report-pdf=OUT", "--from=2025-13-01", "FILE"], "a month 13"),
            (["--report-pdf=OUT", "--to=26/09/2025", "FILE"], "a date in another form"),
            (["--report-pdf=OUT", "--from=2025-09-01", "--to=2025-08-01", "FILE"],
             "from after to"),
            (["--report-pdf=OUT", "--lang=de", "FILE"], "an unknown language"),
            (["--lang=en", "FILE"], "--lang without --report-pdf"),
            (["--report-pdfs=OUT", "FILE"], "a misspelt option"),
        ):
            check_usage(tmp, company, args, why, "usage.pdf")

        check_bad_files(tmp, company, "--report-pdf", "report", "pdf")
        message = check_failure(tmp, company, ["--report-pdf=OUT", "--to=2025-09-26", "FILE"],
                                "September, not over", "failed.pdf")
        check("September 2025 is not over" in message, f"refusal says {message!r}")

        # The defaults: the last month over (August), in the file's
        # language (French), from a file that cannot be written.
        out = os.path.join(tmp, "août.pdf")
        os.chmod(company, 0o444)
        result = run("--report-pdf=" + out, company)
        check(result.returncode == 0 and result.stderr == "", f"default report: {result.stderr!r}")
        check_report(out, "default report", "Revue mensuelle des écarts — août 2025",
                     "24,8 %", "27,0 %", "Tenue le 8 septembre 2025",
                     "hausse de l'acier non refilée")

        # The month that holds --to, else --from's; --lang=en.
        result = run("--report-pdf=" + out, "--lang=en", "--to=2025-07-15", company)
        check(result.returncode == 0, f"--to: {result.stderr!r}")
        check_report(out, "--to", "Monthly Variance Review — July 2025", "Not reviewed yet",
                     "21.9%")
        result = run("--report-pdf=" + out, "--from=2025-06-10", company)
        check(result.returncode == 0, f"--from: {result.stderr!r}")
        check_report(out, "--from", "Revue mensuelle des écarts — juin 2025",
                     "Pas encore revu")

        leftovers = [n for n in os.listdir(tmp)
                     if n not in ("company.salescadence", "figures.json", "notes.txt",
                                  "août.pdf")]
        check(leftovers == [], f"files left: {leftovers}")
        check(sha256(company) == before, "the company file changed")

    return finish("report command-line checks passed")


if __name__ == "__main__":
    sys.exit(main())

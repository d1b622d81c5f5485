#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The workbook for the accountant, read back as the accountant's tools see
# it. `salescadence --export-xlsx` writes it from a company file made by
# export-fixture (the sample company, an action titled "=1+1", text that
# looks like formulas, a note longer than a cell holds, a meeting and
# reviews); openpyxl checks that the figures are the core's, numbers are
# numbers, dates are dates, text is text and the words are in the language
# asked for; LibreOffice converts it and shows the variances written.
#
# Usage: check-workbook.py EXPORT-FIXTURE   (with SALESCADENCE_BUILDDIR set)

import csv
import datetime
import glob
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl

SHEETS = {
    "fr": ["Sommaire", "Valeurs mensuelles", "Valeurs hebdomadaires", "Tendances",
           "Plan d'action", "Réunions", "Revues mensuelles des écarts", "Bilans trimestriels"],
    "en": ["Summary", "Monthly values", "Weekly values", "Trends", "Action plan",
           "Meetings", "Monthly reviews", "Quarterly reviews"],
}
MONTHLY_HEADERS = {
    "fr": ["Indicateur", "Mois", "Du", "Au", "Semaines", "Cible", "Réel", "Écart", "Écart %",
           "État", "Provisoire", "Note"],
    "en": ["KPI", "Month", "From", "To", "Weeks", "Target", "Actual", "Variance", "Variance %",
           "Status", "Provisional", "Note"],
}
ACTION_HEADERS = {
    "fr": ["Réf.", "Action", "Responsable", "Objectif prioritaire", "Indicateur", "Plan",
           "Créée le", "Échéance initiale", "Échéance", "État", "Terminée ou abandonnée le",
           "Reports", "Jours de retard", "Notes et raison de l'abandon"],
    "en": ["Ref.", "Action", "Owner", "Priority objective", "KPI", "Plan", "Created",
           "Original due date", "Due date", "Status", "Done or dropped on", "Slips",
           "Days late", "Notes and reason dropped"],
}
WORDS = {
    "fr": {"sales": "Chiffre d'affaires", "margin": "Marge brute", "april": "avril 2025",
           "august": "août 2025", "actual": "Réel", "keep": "Garder", "modify": "Modifier",
           "drop": "Abandonner", "cut": "coupé à la limite d'Excel",
           "new_due": "Nouvelle échéance\u00a0: 2025-08-29"},
    "en": {"sales": "Sales", "margin": "Gross margin", "april": "April 2025",
           "august": "August 2025", "actual": "Actual", "keep": "Keep", "modify": "Modify",
           "drop": "Drop", "cut": "cut at Excel's limit", "new_due": "New due date: 2025-08-29"},
}
FORMULA_LIKE = ["=1+1", "@SUM(1)", "+15 % sur l'acier — Clause d'ajustement sur toutes les soumissions",
                "-2+3 : hausse de l'acier non refilée", "@SUM(A1:A3)"]

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def close(a, b, eps=1e-9):
    return a is not None and b is not None and abs(a - b) <= eps * max(1.0, abs(b))


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def salescadence():
    return os.path.join(os.environ["SALESCADENCE_BUILDDIR"], "src", "salescadence")


def export(company, out, *options):
    before = sha256(company)
    run = subprocess.run([salescadence(), "--export-xlsx=" + out, *options, company],
                         capture_output=True, text=True, timeout=120)
    check(run.returncode == 0, f"export {options} failed: {run.stderr.strip()}")
    check(sha256(company) == before, "the company file changed during the export")
    return run


def find_row(ws, columns):
    """The first data row whose cells (1-based columns) hold the values."""
    for row in ws.iter_rows(min_row=2):
        if all(row[c - 1].value == v for c, v in columns.items()):
            return row
    return None


def check_structure(wb, lang):
    check(wb.sheetnames == SHEETS[lang], f"{lang}: sheets {wb.sheetnames}")
    check(wb.properties.creator == "SalesCadence", "author is not SalesCadence")
    check("Atelier Boréalis Métal inc." in (wb.properties.title or ""), "title lacks the company")
    monthly = wb[SHEETS[lang][1]]
    actions = wb[SHEETS[lang][4]]
    check([c.value for c in monthly[1]] == MONTHLY_HEADERS[lang],
          f"{lang}: monthly headers {[c.value for c in monthly[1]]}")
    check([c.value for c in actions[1]] == ACTION_HEADERS[lang],
          f"{lang}: action headers {[c.value for c in actions[1]]}")
    for name in SHEETS[lang]:
        ws = wb[name]
        if name in (SHEETS[lang][0], SHEETS[lang][3]):
            continue
        # Every table: its header row frozen, a filter, printed on one
        # page wide in landscape with the header row repeated.
        check(ws.freeze_panes == "A2", f"{name}: frozen at {ws.freeze_panes}")
        check(ws.auto_filter.ref is not None and ws.auto_filter.ref.startswith("A1:"),
              f"{name}: filter {ws.auto_filter.ref}")
        check(ws.page_setup.orientation == "landscape", f"{name}: not landscape")
        check(ws.sheet_properties.pageSetUpPr.fitToPage, f"{name}: not fitted to the page")
        check(ws.print_title_rows == "$1:$1", f"{name}: repeated rows {ws.print_title_rows}")
        check("&P" in (ws.oddFooter.right.text or ""), f"{name}: no page number")
        check(ws.max_row >= 2, f"{name}: no rows")
    summary = wb[SHEETS[lang][0]]
    check(summary.freeze_panes == "C9", f"summary frozen at {summary.freeze_panes}")
    check(len(summary._charts) == 1, f"summary has {len(summary._charts)} charts")
    check(len(wb[SHEETS[lang][3]]._charts) == 7, f"trends has {len(wb[SHEETS[lang][3]]._charts)}")


def check_figure(formulas, values, lang, kpi, month, expected, scale, unit_mark):
    """The month's row of the monthly sheet: target F, actual G, variance
    H and variance % I, against the core's figure."""
    name = SHEETS[lang][1]
    row = find_row(formulas[name], {1: WORDS[lang][kpi], 2: WORDS[lang][month]})
    check(row is not None, f"{lang}: no {kpi} row for {month}")
    if row is None:
        return
    r = row[0].row
    value = lambda col: values[name][f"{col}{r}"].value
    check(close(value("F"), expected["target"] / scale), f"{kpi} target {value('F')}")
    check(close(value("G"), expected["actual"] / scale), f"{kpi} actual {value('G')}")
    check(close(value("H"), expected["variance"] / scale), f"{kpi} variance {value('H')}")
    check(close(value("I"), expected["variance_percent"] / 100), f"{kpi} variance % {value('I')}")
    check(formulas[name][f"H{r}"].value == f"=G{r}-F{r}",
          f"variance formula {formulas[name][f'H{r}'].value}")
    check(formulas[name][f"I{r}"].value == f'=IF(F{r}=0,"",(G{r}-F{r})/ABS(F{r}))',
          f"variance % formula {formulas[name][f'I{r}'].value}")
    for col in "FGH":
        cell = formulas[name][f"{col}{r}"]
        check(unit_mark in cell.number_format, f"{kpi} {col} format {cell.number_format}")
    check("%" in formulas[name][f"I{r}"].number_format, "variance % is not a percentage")
    for col in "CD":
        check(isinstance(values[name][f"{col}{r}"].value, datetime.datetime), f"{col}{r} not a date")
    check(isinstance(values[name][f"E{r}"].value, int), "weeks are not a whole number")


def check_types(wb, lang):
    """Numbers are numbers and dates are dates, column by column."""
    monthly, weekly, actions = (wb[SHEETS[lang][i]] for i in (1, 2, 4))
    for ws, number_cols, date_cols in ((monthly, "EFG", "CD"), (weekly, "CEF", "B"),
                                       (actions, "L", "GHI")):
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if cell.value is None:
                    continue
                if cell.column_letter in number_cols:
                    check(isinstance(cell.value, (int, float)), f"{cell.coordinate}: {cell.value!r}")
                if cell.column_letter in date_cols:
                    check(isinstance(cell.value, datetime.datetime),
                          f"{ws.title} {cell.coordinate}: {cell.value!r}")


def check_text(wb, lang):
    """What the user typed comes back as the text it is."""
    found = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    found.setdefault(cell.value, cell.data_type)
    for text in FORMULA_LIKE:
        check(found.get(text) == "s", f"{text!r} came back as {found.get(text)!r}")
    long_notes = [t for t in found if t.startswith("Relance Relance")]
    check(len(long_notes) == 1, "the long note is missing")
    for note in long_notes:
        check(len(note.encode("utf-16-le")) // 2 <= 32767, "a cell holds more than Excel's limit")
        check(WORDS[lang]["cut"] in note, "the cut note does not say so")
        check(len(note) > 32000, "the long note lost more than its end")


def check_cadence(values, lang):
    meetings, monthly_reviews, quarterly = (values[SHEETS[lang][i]] for i in (5, 6, 7))
    m = [c.value for c in meetings[2]]
    check(isinstance(m[0], datetime.datetime) and m[0].hour == 8 and m[0].minute == 30,
          f"meeting date {m[0]!r}")
    check(m[2:5] == [32, 30, 2], f"meeting length, planned, present {m[2:5]}")
    check(m[5] == "Nathalie Bergeron, Marc-André Pelletier" and m[6] == "Sophie Lachance",
          f"attendance {m[5:7]}")
    check("Marge d'août" in (m[8] or ""), "minutes lack the segment's notes")
    r = [c.value for c in monthly_reviews[2]]
    check(r[2] == WORDS[lang]["margin"] and close(r[3], 0.27) and close(r[4], 0.248)
          and close(r[5], -0.022), f"monthly review line {r[:7]}")
    decisions = {row[3].value: (row[4].value, row[6].value) for row in quarterly.iter_rows(min_row=2)}
    check(decisions.get(WORDS[lang]["sales"], (None,))[0] == WORDS[lang]["keep"], f"{decisions}")
    modified = [d for d in decisions.values() if d[0] == WORDS[lang]["modify"]]
    check(modified and modified[0][1] == WORDS[lang]["new_due"], f"modify: {modified}")


def check_summary(values, lang, figures):
    summary = values[SHEETS[lang][0]]
    header = [c.value for c in summary[8]]
    col = header.index(WORDS[lang]["april"]) + 1 if WORDS[lang]["april"] in header else None
    row = find_row(summary, {1: WORDS[lang]["sales"], 2: WORDS[lang]["actual"]})
    check(col is not None and row is not None, "summary lacks April sales")
    if col and row:
        check(close(row[col - 1].value, figures["april_sales"]["actual"]), "summary April sales")


def check_libreoffice(xlsx, tmp, lang, figures):
    """LibreOffice does not recalculate: what it shows are the values written."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    check(soffice is not None, "LibreOffice (libreoffice-calc-nogui) is not installed")
    if soffice is None:
        return
    outdir = os.path.join(tmp, "csv-" + lang)
    profile = "file://" + os.path.join(tmp, "lo-profile")
    # UTF-8, English numbers, raw values, every sheet to its own file.
    fmt = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1"
    run = subprocess.run([soffice, "--headless", "-env:UserInstallation=" + profile,
                          "--convert-to", fmt, "--outdir", outdir, xlsx],
                         capture_output=True, text=True, timeout=240)
    check(run.returncode == 0, f"LibreOffice failed: {run.stderr.strip()}")
    files = glob.glob(os.path.join(outdir, "*" + SHEETS[lang][1] + ".csv"))
    check(len(files) == 1, f"no CSV of the monthly sheet in {os.listdir(outdir) if os.path.isdir(outdir) else []}")
    if len(files) != 1:
        return
    number = lambda t: float(t[:-1]) / 100 if t.endswith("%") else float(t)
    with open(files[0], encoding="utf-8") as f:
        rows = list(csv.reader(f))
    for kpi, month, key, scale in (("sales", "april", "april_sales", 1),
                                   ("margin", "august", "august_margin", 100)):
        row = next((r for r in rows if r[:2] == [WORDS[lang][kpi], WORDS[lang][month]]), None)
        check(row is not None, f"LibreOffice: no {kpi} row")
        if row:
            check(close(number(row[7]), figures[key]["variance"] / scale, 1e-6),
                  f"LibreOffice {kpi} variance {row[7]}")
            check(close(number(row[8]), figures[key]["variance_percent"] / 100, 1e-6),
                  f"LibreOffice {kpi} variance % {row[8]}")
    actions = glob.glob(os.path.join(outdir, "*" + SHEETS[lang][4] + ".csv"))
    with open(actions[0], encoding="utf-8") as f:
        check(any(r[1:2] == ["=1+1"] for r in csv.reader(f)), "LibreOffice: =1+1 is not text")


def main():
    fixture = sys.argv[1]
    with tempfile.TemporaryDirectory(prefix="sc-check-workbook-") as tmp:
        company = os.path.join(tmp, "fixture.salescadence")
        figures_path = os.path.join(tmp, "figures.json")
        subprocess.run([fixture, company, figures_path], check=True)
        with open(figures_path) as f:
            figures = json.load(f)
        check(figures["april_sales"]["actual"] == 563000, f"April sales {figures['april_sales']}")
        check(close(figures["august_margin"]["actual"], 24.8), f"August margin {figures['august_margin']}")

        for lang, options in (("fr", []), ("en", ["--lang=en"])):
            out = os.path.join(tmp, f"workbook-{lang}.xlsx")
            # The whole fiscal year, so that every sheet has rows.
            export(company, out, "--from=2025-04-01", "--to=2025-09-30", *options)
            formulas = openpyxl.load_workbook(out)
            values = openpyxl.load_workbook(out, data_only=True)
            check_structure(formulas, lang)
            check_figure(formulas, values, lang, "sales", "april", figures["april_sales"], 1, "$")
            check_figure(formulas, values, lang, "margin", "august", figures["august_margin"],
                         100, "%")
            check_types(values, lang)
            check_text(formulas, lang)
            check_cadence(values, lang)
            check_summary(values, lang, figures)
            check_libreoffice(out, tmp, lang, figures)

    if failures:
        print(f"{len(failures)} checks failed")
        return 1
    print("workbook checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

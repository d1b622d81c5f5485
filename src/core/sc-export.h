/* sc-export.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The workbook for the accountant (PRODUCT.md C8): an .xlsx file, in the
 * language chosen for the document, with a summary of the KPIs against
 * their targets month by month, the KPI values per week and per month,
 * trend charts, the action plan, the meetings and the monthly and
 * quarterly reviews. Every figure comes from sc-metrics.h; numbers are
 * numbers, dates are dates, variances are live formulas that carry the
 * core's value, and text the user typed is always written as text.
 *
 * A period is exported as whole months (a week belongs to the month that
 * contains its Thursday) and never beyond the company's today: figures of
 * a month in progress are to date.
 */

#pragma once

#include "sc-store.h"

G_BEGIN_DECLS

#define SC_EXPORT_ERROR (sc_export_error_quark ())

typedef enum
{
  SC_EXPORT_ERROR_SAME_FILE,   /* the target is the company file, or another database */
  SC_EXPORT_ERROR_PERIOD,      /* reversed, or starting after the company's today */
  SC_EXPORT_ERROR_WRITE,       /* libxlsxwriter refused something */
  SC_EXPORT_ERROR_IO,          /* the file could not be put in place */
} ScExportError;

/* The choices of the export window. */
typedef enum
{
  SC_EXPORT_THIS_MONTH,
  SC_EXPORT_LAST_MONTH,
  SC_EXPORT_THIS_QUARTER,
  SC_EXPORT_LAST_QUARTER,
  SC_EXPORT_THIS_YEAR,
  SC_EXPORT_LAST_YEAR,
} ScExportPeriod;

GQuark    sc_export_error_quark    (void);

/* The fiscal year to date: its first day … the company's today. */
void      sc_export_default_period (ScStore         *store,
                                    ScDay           *from,
                                    ScDay           *to);
/* The first and last day of the month, fiscal quarter or fiscal year
 * (by the Thursday rule) that contains the company's today, or the one
 * before it. */
void      sc_export_period_range   (ScStore         *store,
                                    ScExportPeriod   period,
                                    ScDay           *from,
                                    ScDay           *to);
/* The company's report language (its report_lang column). */
ScLang    sc_export_default_lang   (ScStore         *store);
/* A file name for the workbook, without folder: "Atelier Boréalis Métal
 * inc. — exercice 2025-2026.xlsx", "… — Q2 FY2025.xlsx", "… — 2025-04-07
 * to 2025-05-16.xlsx"; characters a file name cannot hold are replaced. */
char     *sc_export_suggest_name   (ScStore         *store,
                                    ScDay            from,
                                    ScDay            to,
                                    ScLang           lang);

/* Writes the workbook of from … to to path, in lang. The file is written
 * under a temporary name in path's folder and renamed into place when
 * complete, so path is either untouched or the whole workbook. Refuses
 * (SC_EXPORT_ERROR_SAME_FILE) a path that is the company file or that
 * holds a database. The store is only read. */
gboolean  sc_export_workbook       (ScStore         *store,
                                    const char      *path,
                                    ScDay            from,
                                    ScDay            to,
                                    ScLang           lang,
                                    GError         **error);

G_END_DECLS

/* sc-export-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the parts of the workbook export share: the export job (store,
 * period, language, formats, first error) and a sheet helper that writes
 * cells safely, tracks column widths and finishes a table (header row,
 * filter, frozen panes, print setup).
 *
 * Every libxlsxwriter call goes through sc_export_check(): the first error
 * is kept with where it happened, later writes are skipped, and
 * sc_export_workbook() reports it.
 */

#pragma once

#include <xlsxwriter.h>

#include "sc-export.h"
#include "sc-metrics.h"

G_BEGIN_DECLS

/* Excel's limit on the text of a cell, in UTF-16 code units. */
#define SC_EXPORT_MAX_TEXT 32767

typedef enum
{
  SC_CELL_PLAIN    = 0,
  SC_CELL_BOLD     = 1 << 0,
  SC_CELL_ITALIC   = 1 << 1,   /* a provisional figure */
  SC_CELL_WRAP     = 1 << 2,   /* long text: wrapped, top-aligned */
  SC_CELL_MUTED    = 1 << 3,   /* a repeated label, in grey */
  SC_CELL_HEADER   = 1 << 4,   /* a table's header row */
  SC_CELL_TITLE    = 1 << 5,   /* a sheet's title */
  SC_CELL_TOTAL    = 1 << 6,   /* a total: bold */
  SC_CELL_RULE     = 1 << 7,   /* a rule above: a new block starts */
} ScCellFlags;

typedef struct
{
  lxw_workbook *workbook;
  ScStore      *store;
  ScMetrics    *metrics;
  ScLang        lang;
  ScCalendar    cal;
  const char   *company;       /* the company's name */
  const char   *currency;
  ScDay         today;         /* the company's */
  ScDay         from;          /* the first day asked for */
  ScDay         until;         /* figures count entry periods starting by then */
  GArray       *months;        /* ScPeriod: the whole months of the period */
  ScPeriod      whole;         /* all their weeks, as one period */
  GPtrArray    *kpis;          /* ScKpi (borrowed): active, then archived with values */
  char         *period_label;  /* "exercice 2025-2026", "du … au …" */
  GDateTime    *now;
  GHashTable   *formats;       /* key → lxw_format (owned by the workbook) */
  lxw_error     error;
  char         *error_where;
  char         *monthly_sheet; /* for the trend charts */
  GArray       *monthly_ranges;/* ScKpiRange: a KPI's rows in that sheet */
  ScFigure     *figures;       /* per KPI: its months, then the whole period */
} ScExport;

typedef struct
{
  ScKpi     *kpi;
  lxw_row_t  first;
  lxw_row_t  last;
} ScKpiRange;

typedef struct
{
  const char *title;
  guint       max_width;       /* characters; 0: a default cap */
} ScColumnSpec;

typedef struct
{
  ScExport      *ex;
  lxw_worksheet *ws;
  char          *name;
  guint          n_columns;
  double        *widths;       /* characters wanted, per column */
  guint         *caps;
  lxw_row_t      header_row;
  lxw_row_t      row;          /* the next row to write */
  gboolean       no_gridlines; /* a sheet of charts */
  GArray        *wrapped;      /* ScWrappedCell: rows to make tall enough */
} ScSheet;

typedef struct
{
  lxw_row_t  row;
  lxw_col_t  col;
  char      *text;
} ScWrappedCell;

/* sc-export.c */
gboolean       sc_export_check          (ScExport        *ex,
                                         lxw_error        err,
                                         const char      *where);
gboolean       sc_export_failed         (ScExport        *ex);
lxw_format    *sc_export_format         (ScExport        *ex,
                                         const char      *num_format,
                                         ScCellFlags      flags);
/* pattern with its {name} placeholders replaced: name, value pairs,
 * then NULL (at most four). A translation may move or drop them. */
char          *sc_export_expand         (const char      *pattern,
                                         ...) G_GNUC_NULL_TERMINATED;

/* sc-export-sheet.c */
/* Text as a cell can hold it: valid UTF-8, and, past Excel's limit, cut
 * with an ellipsis and a note in lang saying so. *cut may be NULL. */
char          *sc_export_clip_text      (const char      *text,
                                         ScLang           lang,
                                         gboolean        *cut);
/* A sheet name Excel accepts: no []:*?/\, no quote at either end, at most
 * 31 characters, never empty. */
char          *sc_export_sheet_name     (const char      *wanted);
ScSheet       *sc_sheet_new             (ScExport        *ex,
                                         const char      *name);
void           sc_sheet_free            (ScSheet         *sheet);
/* Writes the header row at sheet->row and moves below it. */
void           sc_sheet_columns         (ScSheet         *sheet,
                                         const ScColumnSpec *columns,
                                         guint            n_columns);
void           sc_sheet_text            (ScSheet         *sheet,
                                         lxw_row_t        row,
                                         lxw_col_t        col,
                                         const char      *text,
                                         ScCellFlags      flags);
/* NAN writes an empty cell (with the format, for the borders). */
void           sc_sheet_number          (ScSheet         *sheet,
                                         lxw_row_t        row,
                                         lxw_col_t        col,
                                         double           value,
                                         const char      *num_format,
                                         ScCellFlags      flags);
void           sc_sheet_integer         (ScSheet         *sheet,
                                         lxw_row_t        row,
                                         lxw_col_t        col,
                                         gint64           value,
                                         ScCellFlags      flags);
void           sc_sheet_date            (ScSheet         *sheet,
                                         lxw_row_t        row,
                                         lxw_col_t        col,
                                         ScDay            day,
                                         ScCellFlags      flags);
/* A date and time of day, "yyyy-mm-dd hh:mm". */
void           sc_sheet_datetime        (ScSheet         *sheet,
                                         lxw_row_t        row,
                                         lxw_col_t        col,
                                         GDateTime       *when,
                                         ScCellFlags      flags);
/* A formula with its computed value (LibreOffice shows the value
 * written, it does not recalculate); NAN: the formula gives "". */
void           sc_sheet_formula         (ScSheet         *sheet,
                                         lxw_row_t        row,
                                         lxw_col_t        col,
                                         const char      *formula,
                                         double           value,
                                         const char      *num_format,
                                         ScCellFlags      flags);
/* The number format of a cell of kpi's unit holding value (cell units:
 * a percentage is a fraction). */
const char    *sc_export_unit_format    (ScExport        *ex,
                                         ScKpi           *kpi,
                                         double           value);
/* The same, whole: for a chart's axis. */
const char    *sc_export_axis_format    (ScExport        *ex,
                                         ScKpi           *kpi);
/* A figure of kpi (natural units) in its unit's format. */
void           sc_sheet_kpi_value       (ScSheet         *sheet,
                                         lxw_row_t        row,
                                         lxw_col_t        col,
                                         ScKpi           *kpi,
                                         double           value,
                                         ScCellFlags      flags);
/* Target, actual, variance and variance % of a figure in four cells
 * from (row, col), to the right or downwards: the variances are formulas
 * on the two cells before them, carrying the core's values, and empty
 * when a figure is missing. A provisional actual is in italics. */
void           sc_sheet_figure          (ScSheet         *sheet,
                                         ScKpi           *kpi,
                                         const ScFigure  *figure,
                                         lxw_row_t        row,
                                         lxw_col_t        col,
                                         gboolean         downwards,
                                         ScCellFlags      flags);
/* Column widths, the filter on the table, frozen header, print setup. */
void           sc_sheet_finish          (ScSheet         *sheet);

/* sc-export-kpis.c */
void           sc_export_summary_sheet  (ScExport        *ex);
void           sc_export_weekly_sheet   (ScExport        *ex);
void           sc_export_monthly_sheet  (ScExport        *ex);
void           sc_export_trends_sheet   (ScExport        *ex);
/* The KPI's name in the document, "(archived)" when it is. */
char          *sc_export_kpi_name       (ScExport        *ex,
                                         ScKpi           *kpi);

/* sc-export-plan.c */
void           sc_export_actions_sheet  (ScExport        *ex);
void           sc_export_meetings_sheet (ScExport        *ex);
void           sc_export_monthly_reviews_sheet   (ScExport *ex);
void           sc_export_quarterly_reviews_sheet (ScExport *ex);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScSheet, sc_sheet_free)

G_END_DECLS

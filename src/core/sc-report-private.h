/* sc-report-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the parts of sc-report share. A report is a page model: a header
 * (company, title, period, a tag such as "Held on …", a summary), then
 * blocks in reading order (headings, paragraphs, tables, a chart, a ruled
 * area for handwritten notes), and a footer. The builders
 * (sc-report-sheet.c, sc-report-reviews.c) turn what the company file says
 * into that model, with every text already formatted in the report's
 * language; the layout (sc-report-layout.c) measures it with Pango for a
 * page, fits it, and paints it.
 */

#pragma once

#include <pango/pangocairo.h>

#include "sc-chart-paint.h"
#include "sc-report.h"

G_BEGIN_DECLS

typedef enum
{
  SC_REPORT_TEXT_PLAIN  = 0,
  SC_REPORT_TEXT_BOLD   = 1 << 0,
  SC_REPORT_TEXT_DIM    = 1 << 1,
  SC_REPORT_TEXT_ITALIC = 1 << 2,   /* provisional figures */
  SC_REPORT_TEXT_SMALL  = 1 << 3,
} ScReportTextFlags;

typedef struct
{
  char              *text;
  char              *detail;      /* a second, smaller and dimmer line; NULL */
  ScReportTextFlags  flags;
  gboolean           marker;      /* a status marker before the text */
  ScStatus           status;
  gboolean           hollow;      /* the marker of a provisional figure */
  ScChartData       *chart;       /* a sparkline instead of text; NULL */
} ScReportCell;

typedef struct
{
  char      *title;
  double     weight;              /* share of the table's width */
  gboolean   numeric;             /* right-aligned */
  guint      max_lines;           /* of a cell's text and of its detail */
} ScReportColumn;

typedef struct
{
  char *label;                    /* "Cause" */
  char *text;
} ScReportNote;

typedef struct
{
  ScReportCell *cells;            /* one per column */
  GPtrArray    *notes;            /* ScReportNote: lines under the row, full width */
} ScReportRow;

typedef enum
{
  SC_REPORT_BLOCK_HEADING,
  SC_REPORT_BLOCK_PARAGRAPH,
  SC_REPORT_BLOCK_TABLE,
  SC_REPORT_BLOCK_CHART,
  SC_REPORT_BLOCK_NOTES_AREA,     /* ruled lines over the room left */
} ScReportBlockKind;

typedef struct
{
  ScReportBlockKind  kind;
  char              *text;        /* heading, paragraph, notes area's title */
  char              *aside;       /* heading: said on the right; NULL */
  gboolean           legend;      /* heading: the status markers explained on the right */
  ScReportTextFlags  flags;       /* paragraph */
  /* Table */
  GArray            *columns;     /* ScReportColumn */
  GPtrArray         *rows;        /* ScReportRow */
  char              *empty;       /* what a table without rows says */
  guint              keep;        /* rows kept however little room there is */
  guint              shown;       /* rows the last layout showed */
  /* Chart */
  ScChartData       *chart;
  ScChartKind        chart_kind;
  double             chart_height;
} ScReportBlock;

struct _ScReport
{
  ScReportKind  kind;
  ScLang        lang;
  char         *company_path;     /* never written over */
  char         *company;
  char         *title;
  char         *period;
  char         *tag;              /* "Held on …", "Not reviewed yet"; NULL */
  char         *summary;          /* under the title; NULL */
  GPtrArray    *blocks;           /* ScReportBlock */
  ScDay         printed_on;
  double        max_scale;        /* how much the type may grow on a page with room */
  double        scale;            /* of the last layout */
};

/* The model ---------------------------------------------------------------- */

ScReport      *_sc_report_new_empty    (ScStore            *store,
                                        ScReportKind        kind,
                                        ScLang              lang);
ScReportBlock *_sc_report_add_heading  (ScReport           *report,
                                        const char         *text,
                                        const char         *aside);
ScReportBlock *_sc_report_add_paragraph (ScReport          *report,
                                         const char        *text,
                                         ScReportTextFlags  flags);
/* A table keeps at least keep rows; empty is what it says without any. */
ScReportBlock *_sc_report_add_table    (ScReport           *report,
                                        guint               keep,
                                        const char         *empty);
void           _sc_report_add_column   (ScReportBlock      *table,
                                        const char         *title,
                                        double              weight,
                                        gboolean            numeric,
                                        guint               max_lines);
ScReportRow   *_sc_report_add_row      (ScReportBlock      *table);
/* Sets a cell's text (copied; NULL is "") and detail (NULL for none). */
ScReportCell  *_sc_report_set_cell     (ScReportBlock      *table,
                                        ScReportRow        *row,
                                        guint               column,
                                        const char         *text,
                                        const char         *detail,
                                        ScReportTextFlags   flags);
/* A status: its marker, then its word. */
void           _sc_report_set_status   (ScReportBlock      *table,
                                        ScReportRow        *row,
                                        guint               column,
                                        ScStatus            status,
                                        gboolean            provisional,
                                        ScLang              lang);
/* A sparkline (the cell takes data). */
void           _sc_report_set_chart    (ScReportBlock      *table,
                                        ScReportRow        *row,
                                        guint               column,
                                        ScChartData        *data);
void           _sc_report_add_note     (ScReportRow        *row,
                                        const char         *label,
                                        const char         *text);
/* A chart of the given height at the full width (takes data). */
ScReportBlock *_sc_report_add_chart    (ScReport           *report,
                                        ScChartKind         kind,
                                        ScChartData        *data,
                                        double              height);
void           _sc_report_add_notes_area (ScReport         *report,
                                          const char       *title);

/* The builders -------------------------------------------------------------- */

/* The meeting sheet of the week that holds day (sc-report-sheet.c). */
ScReport      *_sc_report_meeting_sheet (ScStore           *store,
                                         ScDay              day,
                                         ScLang             lang);
/* The reviews from what their content modules say (sc-report-reviews.c). */
ScReport      *_sc_report_monthly      (ScMonthlyReviewSession   *session,
                                        ScLang                    lang);
ScReport      *_sc_report_quarterly    (ScQuarterlyReviewSession *session,
                                        ScLang                    lang);

/* The layout (sc-report-layout.c) -------------------------------------------- */

/* Fits the report in page (margins included) and paints it; returns the
 * rows left out. */
guint          _sc_report_layout_paint (ScReport           *report,
                                        cairo_t            *cr,
                                        const ScChartRect  *page);

G_END_DECLS

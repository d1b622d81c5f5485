/* sc-report-layout-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the layout (sc-report-layout.c: measuring, fitting) and the
 * painters of the page's parts (sc-report-paint.c: header, footer,
 * headings, tables, the notes area) share: the typesetter, the measures
 * of a block, the type sizes and the colours of the page.
 *
 * Sizes are in points at scale 1; the fit multiplies them by the scale it
 * chose (the footer excepted: it is small already).
 */

#pragma once

#include "sc-report-private.h"

G_BEGIN_DECLS

#define SC_REPORT_MARGIN      40.0   /* ≈ 0.55 in: more than any printer's margin */
#define SC_REPORT_COMPANY_PT   8.5
#define SC_REPORT_TITLE_PT    16.0
#define SC_REPORT_PERIOD_PT    9.0
#define SC_REPORT_HEADING_PT  11.0
#define SC_REPORT_HEADING_GAP 10.0   /* above a heading */
#define SC_REPORT_BODY_PT      8.5
#define SC_REPORT_DETAIL_PT    7.2
#define SC_REPORT_HEAD_PT      7.0   /* a table's column titles */
#define SC_REPORT_FOOTER_PT    7.0
#define SC_REPORT_CHART_PT     6.5
#define SC_REPORT_SPARK_H     15.0   /* a sparkline in a table */
#define SC_REPORT_PAD_V        3.2   /* above and below a row's cells */
#define SC_REPORT_GUTTER       7.0   /* between columns */
#define SC_REPORT_MARKER_R     3.2

/* The typesetter: one Pango layout reused for every text, at a scale. */
typedef struct
{
  cairo_t              *cr;
  PangoLayout          *layout;
  PangoFontDescription *font;
  ScChartStyle          chart;    /* the charts', in the page's colours */
  double                scale;
  ScLang                lang;     /* the report's */
} ScReportTs;

/* What a block needs in height: a fixed part (a heading, a table's
 * column titles), and for a table each row and the "… N more" line. */
typedef struct
{
  double  fixed;
  GArray *rows;     /* double */
  double  more;
} ScReportSize;

extern const ScChartColor sc_report_ink;
extern const ScChartColor sc_report_dim;
extern const ScChartColor sc_report_rule;
extern const ScChartColor sc_report_shade;
extern const ScChartColor sc_report_accent;

void    _sc_report_ts_init       (ScReportTs          *ts,
                                  cairo_t             *cr,
                                  ScLang               lang);
void    _sc_report_ts_clear      (ScReportTs          *ts);
void    _sc_report_ts_set_scale  (ScReportTs          *ts,
                                  double               scale);
/* Sets the layout to text at size points (scaled) within width (0: no
 * limit); lines beyond max_lines (0: no limit) end in an ellipsis. */
void    _sc_report_ts_set        (ScReportTs          *ts,
                                  const char          *text,
                                  double               size,
                                  ScReportTextFlags    flags,
                                  double               width,
                                  guint                max_lines,
                                  PangoAlignment       align);
/* The same with Pango markup, escaped by the caller. */
void    _sc_report_ts_set_markup (ScReportTs          *ts,
                                  const char          *markup,
                                  double               size,
                                  double               width,
                                  guint                max_lines);
double  _sc_report_ts_height     (ScReportTs          *ts);
double  _sc_report_ts_width      (ScReportTs          *ts);
double  _sc_report_ts_line_height (ScReportTs         *ts);
/* Paints the layout with its top left corner at (x, y). */
void    _sc_report_ts_show       (ScReportTs          *ts,
                                  double               x,
                                  double               y,
                                  const ScChartColor  *color);
void    _sc_report_hline         (cairo_t             *cr,
                                  double               x,
                                  double               y,
                                  double               width,
                                  double               line_width,
                                  const ScChartColor  *color);

/* The parts (sc-report-paint.c). With paint FALSE they only measure:
 * they return their height, at the top of area (the footer: at its
 * bottom). */
double  _sc_report_paint_header  (ScReportTs          *ts,
                                  const ScReport      *report,
                                  const ScChartRect   *area,
                                  gboolean             paint);
double  _sc_report_paint_footer  (ScReportTs          *ts,
                                  const ScReport      *report,
                                  const ScChartRect   *area,
                                  gboolean             paint);
/* These return the y under what they painted. */
double  _sc_report_paint_heading (ScReportTs          *ts,
                                  const ScReportBlock *block,
                                  const ScChartRect   *area);
double  _sc_report_paint_notes_area (ScReportTs       *ts,
                                     const ScReportBlock *block,
                                     const ScChartRect *area);
/* A table's fixed height (column titles, rules), with each row's height
 * and the "… N more" line's in size. */
double  _sc_report_measure_table (ScReportTs          *ts,
                                  const ScReportBlock *block,
                                  double               width,
                                  ScReportSize        *size);
double  _sc_report_paint_table   (ScReportTs          *ts,
                                  const ScReportBlock *block,
                                  const ScReportSize  *size,
                                  const ScChartRect   *area);

G_END_DECLS

/* sc-chart.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a chart shows and how it looks (PRODUCT.md C7). The data is a run of
 * periods (weeks or months) of one KPI with its actual, its target and its
 * status as the metrics computed them: the chart never recomputes a figure.
 * The style is a set of colours and a font; the widgets fill it from the
 * theme, PNG and PDF output start from the light or dark defaults.
 *
 * Three kinds of chart share this data: the trend (line against a target
 * step line with a watch band), the monthly bars (actual bars against a
 * target tick) and the sparkline of a dashboard tile.
 */

#pragma once

#include <glib-object.h>
#include <pango/pango.h>

#include "sc-types.h"

G_BEGIN_DECLS

#define SC_CHART_ERROR (sc_chart_error_quark ())

typedef enum
{
  SC_CHART_ERROR_FAILED,
} ScChartError;

GQuark sc_chart_error_quark (void);

typedef enum
{
  SC_CHART_TREND,
  SC_CHART_BARS,
  SC_CHART_SPARKLINE,
} ScChartKind;

/* Data ------------------------------------------------------------------ */

typedef struct
{
  ScDay     period;       /* first day of the week or of the month */
  double    value;        /* NAN: missing */
  double    target;       /* NAN: no target */
  ScStatus  status;
  gboolean  provisional;  /* an estimate, drawn hollow */
} ScChartPoint;

typedef struct
{
  ScLang        lang;        /* of every label: a report may differ from the UI */
  ScUnit        unit;
  char         *currency;    /* ISO 4217 code, NULL for the company's dollars */
  ScDirection   direction;
  double        tolerance;   /* watch band as a fraction of the target (0.10) */
  ScPeriodKind  period_kind; /* SC_PERIOD_WEEK or SC_PERIOD_MONTH */
  GArray       *points;      /* of ScChartPoint, oldest first */
} ScChartData;

#define SC_TYPE_CHART_DATA (sc_chart_data_get_type ())

GType         sc_chart_data_get_type  (void) G_GNUC_CONST;
ScChartData  *sc_chart_data_new       (ScLang              lang,
                                       ScUnit              unit,
                                       const char         *currency,
                                       ScDirection         direction,
                                       double              tolerance,
                                       ScPeriodKind        period_kind);
ScChartData  *sc_chart_data_copy      (const ScChartData  *data);
void          sc_chart_data_free      (ScChartData        *data);
gboolean      sc_chart_data_equal     (const ScChartData  *a,
                                       const ScChartData  *b);
void          sc_chart_data_add       (ScChartData        *data,
                                       ScDay               period,
                                       double              value,
                                       double              target,
                                       ScStatus            status,
                                       gboolean            provisional);
guint         sc_chart_data_get_n_points (const ScChartData *data);
const ScChartPoint *
              sc_chart_data_get_point (const ScChartData  *data,
                                       guint               index);
/* The last point that has a value, or -1. */
int           sc_chart_data_last_valued (const ScChartData *data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScChartData, sc_chart_data_free)

/* Texts of a point, in the data's language: what the callout and the
 * accessible description say. */
typedef struct
{
  char        *period;       /* "Week of March 3, 2025", "April 2025" */
  char        *actual;       /* "148 400 $", or "—" when missing */
  char        *target;       /* "150 000 $", or NULL when none */
  const char  *status;       /* "Off target", or NULL */
  gboolean     provisional;
} ScChartPointText;

void          sc_chart_point_text_init  (ScChartPointText  *text,
                                         const ScChartData *data,
                                         guint              index);
void          sc_chart_point_text_clear (ScChartPointText  *text);
/* One line: "Week of March 3, 2025, Actual 148 400 $, Target 150 000 $,
 * To watch". */
char         *sc_chart_describe_point   (const ScChartData *data,
                                         guint              index);

/* A value as the axes and bar labels show it (563 k$, 12, 26,4 %). */
char         *sc_chart_format_compact   (const ScChartData *data,
                                         double             value);

/* Style ----------------------------------------------------------------- */

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} ScChartColor;

typedef struct
{
  ScChartColor          background;  /* alpha 0: leave the surface as it is */
  ScChartColor          surface;     /* the callout's fill */
  ScChartColor          foreground;  /* labels */
  ScChartColor          dim;         /* axis labels, guide line */
  ScChartColor          grid;
  ScChartColor          series;
  ScChartColor          target;
  ScChartColor          on_target;
  ScChartColor          watch;
  ScChartColor          off_target;
  ScChartColor          bar;         /* bars without a status */
  PangoFontDescription *font;        /* owned; the axis labels' font */
} ScChartStyle;

/* Adwaita-like defaults, with a font of size_pt points ("Sans"). */
void          sc_chart_style_init_light (ScChartStyle       *style,
                                         double              size_pt);
void          sc_chart_style_init_dark  (ScChartStyle       *style,
                                         double              size_pt);
void          sc_chart_style_clear      (ScChartStyle       *style);
/* The colour of a status; series for SC_STATUS_NONE. */
const ScChartColor *
              sc_chart_style_status_color (const ScChartStyle *style,
                                           ScStatus            status);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ScChartStyle, sc_chart_style_clear)

/* "#3584e4" or "#3584e480"; FALSE (and black) when not a colour. */
gboolean      sc_chart_color_parse      (ScChartColor       *color,
                                         const char         *hex);
/* WCAG contrast ratio of two opaque colours: 1 … 21. */
double        sc_chart_color_contrast   (const ScChartColor *a,
                                         const ScChartColor *b);
/* Moves color towards towards until its contrast with background reaches
 * min_ratio (or it is towards): a theme's pale green stays legible as a
 * marker on white. */
void          sc_chart_color_ensure_contrast (ScChartColor       *color,
                                              const ScChartColor *background,
                                              const ScChartColor *towards,
                                              double              min_ratio);

G_END_DECLS

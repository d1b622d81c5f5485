/* sc-chart-layout.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where everything of a chart goes, as pure functions of the data, the
 * rectangle given and the sizes of the labels (measured beforehand by the
 * painters with Pango, passed in here): the plot rectangle, the value
 * scale, the x of each period, which periods get a label, hit testing, and
 * the decimated trace of a long series. No Cairo, no Pango: unit-tested
 * headless with made-up label sizes.
 */

#pragma once

#include "sc-chart.h"
#include "sc-chart-scale.h"

G_BEGIN_DECLS

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} ScChartRect;

/* Sizes of the labels, in the units of the rectangle. */
typedef struct
{
  double text_height;    /* one line of label text */
  double y_label_width;  /* the widest value-axis label */
  double x_label_width;  /* the widest period label */
} ScChartExtents;

typedef enum
{
  SC_CHART_LABELS_NONE,   /* sparklines */
  SC_CHART_LABELS_DAY,    /* "3 mars": the weeks of a half-year */
  SC_CHART_LABELS_MONTH,  /* "avr.": months, or the first week of each month */
  SC_CHART_LABELS_YEAR,   /* "2025": series of years */
} ScChartLabels;

#define SC_CHART_MAX_LABELS 64

typedef struct
{
  ScChartKind    kind;
  ScChartRect    bounds;     /* the rectangle given */
  ScChartRect    plot;       /* where the data goes, inside bounds */
  ScChartScale   scale;      /* the value axis */
  ScChartExtents extents;
  guint          n_points;
  double         x0;         /* x of the first point */
  double         slot;       /* distance between two points */
  ScChartLabels  labels;
  guint          n_labels;
  guint          label_index[SC_CHART_MAX_LABELS];  /* points labelled, increasing */
} ScChartLayout;

/* The kind of period labels the data calls for. */
ScChartLabels sc_chart_layout_labels_for   (ScChartKind          kind,
                                            const ScChartData   *data);
/* The label of point index: its week's start date ("3 mars"), its month
 * ("avr.", a week by its Thursday) or its year ("2025"). */
char         *sc_chart_label_text          (ScChartLabels        labels,
                                            const ScChartData   *data,
                                            guint                index);
/* The value scale for a chart of kind in a rectangle of the given height
 * with lines of text_height: ticks at least two lines (and 40 units)
 * apart; bars start at zero and leave room for their labels. */
void          sc_chart_layout_scale        (ScChartScale        *scale,
                                            ScChartKind          kind,
                                            const ScChartData   *data,
                                            double               height,
                                            double               text_height);
/* The layout of kind in bounds, with the scale from
 * sc_chart_layout_scale() and the measured label sizes. */
void          sc_chart_layout_compute      (ScChartLayout       *layout,
                                            ScChartKind          kind,
                                            const ScChartData   *data,
                                            const ScChartRect   *bounds,
                                            const ScChartScale  *scale,
                                            const ScChartExtents *extents);

double        sc_chart_layout_x            (const ScChartLayout *layout,
                                            guint                index);
double        sc_chart_layout_y            (const ScChartLayout *layout,
                                            double               value);
/* The point nearest to x (any y inside the plot, or up to its labels
 * underneath), or -1 when (x, y) is outside. */
int           sc_chart_layout_hit_test     (const ScChartLayout *layout,
                                            double               x,
                                            double               y);

/* The line of a series with a value per pixel column at most twice:
 * where several points share a column only their minimum and maximum are
 * kept, in their order, so that drawing costs the width and not the length
 * of the series, and no peak is lost. Missing values break the line. */
typedef struct
{
  double   x;
  double   y;
  gboolean move;  /* starts a new piece of line */
  guint    index; /* the point it stands for */
} ScChartVertex;

/* Appends the vertices to vertices (of ScChartVertex). */
void          sc_chart_layout_trace        (const ScChartLayout *layout,
                                            const ScChartData   *data,
                                            GArray              *vertices);

G_END_DECLS

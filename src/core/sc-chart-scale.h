/* sc-chart-scale.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Value axes with "nice" ticks: steps of 1, 2 or 5 × 10ⁿ, the range
 * widened to whole steps. Pure functions, unit-tested headless.
 */

#pragma once

#include <glib.h>

#include "sc-types.h"

G_BEGIN_DECLS

typedef struct
{
  double min;       /* the first tick, ≤ lo */
  double max;       /* the last tick, ≥ hi */
  double step;      /* 1, 2 or 5 × 10ⁿ */
  guint  n_ticks;   /* 2 … max_ticks */
} ScChartScale;

/* The scale with the finest nice step that covers lo … hi in at most
 * max_ticks ticks (at least 2, or 3 across zero), and whose step is at
 * least min_step (0: any). NAN, infinite or reversed bounds are mended:
 * an empty range gives 0 … 1, a single value a range around it. */
void    sc_chart_scale_compute  (ScChartScale       *scale,
                                 double              lo,
                                 double              hi,
                                 guint               max_ticks,
                                 double              min_step);
/* The value of tick i (0 … n_ticks − 1), computed from integers of steps
 * so that 0.1 × 3 is 0.3. */
double  sc_chart_scale_tick     (const ScChartScale *scale,
                                 guint               i);
/* The smallest step whose ticks the formatting module writes as distinct
 * labels: whole counts; 0,1 % and 0,1 j; for money, a step that the
 * compact form (850 $, 563 k$, 1,3 M$) can tell apart at the magnitude
 * of lo … hi. */
double  sc_chart_scale_min_step (ScUnit              unit,
                                 double              lo,
                                 double              hi);

G_END_DECLS

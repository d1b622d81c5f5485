/* sc-chart-scale.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-chart"

#include "config.h"

#include <math.h>

#include "sc-chart-scale.h"

/* A step is mantissa × 10^exponent; keeping them apart lets ticks be
 * computed as integers divided by a power of ten, exactly. */
typedef struct
{
  int    mantissa;  /* 1, 2 or 5 */
  int    exponent;
} Step;

static double
step_value (Step s)
{
  return s.mantissa * pow (10, s.exponent);
}

static Step
step_next (Step s)
{
  if (s.mantissa == 1)
    s.mantissa = 2;
  else if (s.mantissa == 2)
    s.mantissa = 5;
  else
    {
      s.mantissa = 1;
      s.exponent++;
    }
  return s;
}

/* The largest nice step not above value. */
static Step
step_floor (double value)
{
  /* The epsilon keeps log10 (0.1) = -0.99999… from losing a decade. */
  Step s = { 1, (int) floor (log10 (value) + 1e-9) };

  while (step_value (step_next (s)) <= value * (1 + 1e-9))
    s = step_next (s);
  return s;
}

static void
mend_range (double *lo,
            double *hi)
{
  double span;

  /* Beyond ±1e-300 the decade arithmetic underflows: treat as zero. */
  if ((!isfinite (*lo) || fabs (*lo) < 1e-300) && (!isfinite (*hi) || fabs (*hi) < 1e-300))
    *lo = *hi = 0;
  else if (!isfinite (*lo))
    *lo = *hi;
  else if (!isfinite (*hi))
    *hi = *lo;
  if (*lo > *hi)
    {
      double t = *lo;

      *lo = *hi;
      *hi = t;
    }

  span = *hi - *lo;
  if (span > 0 && span > fabs (*hi) * 1e-12)
    return;

  /* A single value: a tenth of it on each side, or 0 … 1 around zero. */
  if (*lo == 0)
    *hi = 1;
  else
    {
      double pad = fabs (*lo) * 0.1;

      *lo -= pad;
      *hi += pad;
    }
}

static double
tick_value (Step    s,
            double  k)
{
  /* k × m / 10^-e rather than k × (m × 10^e): 0.1 is not exact, 10 is. */
  if (s.exponent < 0)
    return k * s.mantissa / pow (10, -s.exponent);
  return k * s.mantissa * pow (10, s.exponent);
}

void
sc_chart_scale_compute (ScChartScale *scale,
                        double        lo,
                        double        hi,
                        guint         max_ticks,
                        double        min_step)
{
  Step s;
  double first = 0, last = 0;

  g_return_if_fail (scale != NULL);

  mend_range (&lo, &hi);
  /* Ticks are multiples of the step: a range across zero needs three. */
  max_ticks = MAX (max_ticks, lo < 0 && hi > 0 ? 3 : 2);

  /* Start a little below the exact step and walk up the 1-2-5 ladder:
   * rounding the range out to whole steps may need the next one. */
  s = step_floor ((hi - lo) / (max_ticks - 1));
  if (isfinite (min_step) && min_step > 0)
    while (step_value (s) < min_step * (1 - 1e-9))
      s = step_next (s);

  for (;;)
    {
      double step = step_value (s);

      /* The epsilon absorbs binary noise: 0.3 / 0.1 is 2.9999999999999996. */
      first = floor (lo / step + 1e-9);
      last = ceil (hi / step - 1e-9);
      if (last - first + 1 <= max_ticks)
        break;
      s = step_next (s);
    }

  scale->step = step_value (s);
  scale->min = tick_value (s, first);
  scale->max = tick_value (s, last);
  scale->n_ticks = (guint) (last - first) + 1;
}

double
sc_chart_scale_tick (const ScChartScale *scale,
                     guint               i)
{
  Step s;
  double first;

  g_return_val_if_fail (scale != NULL && scale->step > 0, 0);

  s = step_floor (scale->step);
  first = round (scale->min / scale->step);
  return tick_value (s, first + i);
}

double
sc_chart_scale_min_step (ScUnit unit,
                         double lo,
                         double hi)
{
  double top = MAX (fabs (lo), fabs (hi));

  switch (unit)
    {
    case SC_UNIT_CURRENCY:
      /* Compact money: whole dollars, then whole thousands, then
       * millions with one decimal. */
      if (top >= 999500)
        return 100000;
      if (top >= 999.5)
        return 1000;
      return 1;
    case SC_UNIT_COUNT:
      return 1;
    case SC_UNIT_PERCENT:
    case SC_UNIT_DAYS:
      return 0.1;
    case SC_UNIT_NUMBER:
    default:
      return 0.01;
    }
}

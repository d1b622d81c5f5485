/* bench-stats.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "bench-stats.h"

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

double
bench_median (GArray *values)
{
  g_array_sort (values, compare_double);
  return values->len ? g_array_index (values, double, values->len / 2) : 0;
}

double
bench_worst (GArray *values)
{
  g_array_sort (values, compare_double);
  return values->len ? g_array_index (values, double, values->len - 1) : 0;
}

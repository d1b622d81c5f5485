/* bench-stats.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The figures the benchmarks print from their runs.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The median and the largest of an array of doubles (sorted in place). */
double bench_median (GArray *values);
double bench_worst  (GArray *values);

G_END_DECLS

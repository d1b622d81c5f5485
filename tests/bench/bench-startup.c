/* bench-startup.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Start-up and memory against the floor (issue 8): from exec to the first
 * painted frame of the main window, and the peak resident memory, of
 * SalesCadence on sample files of 1, 2, 5, 10 and 20 years, against a
 * minimal GTK 4 window built in the same tree, same renderer, runs
 * alternating in the same process. It prints figures and ratios; it never
 * fails on time.
 *
 * Usage: bench-startup SALESCADENCE MINIMAL_WINDOW   (SC_BENCH_ROUNDS=N)
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "bench-stats.h"
#include "sc-sample.h"

static const guint years[] = { 1, 2, 5, 10, 20 };

typedef struct
{
  const char *label;
  char       *file;         /* NULL for the floor */
  GArray     *ms;
  GArray     *kib;
} Subject;

/* Runs argv until it prints its first frame and exits; FALSE on failure. */
static gboolean
run_once (char    **argv,
          double   *ms,
          double   *kib)
{
  g_autoptr(GError) error = NULL;
  struct rusage usage;
  GPid pid;
  int out, status;
  gint64 start = g_get_monotonic_time ();
  char buf[64];
  ssize_t n;

  if (!g_spawn_async_with_pipes (NULL, argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                 &pid, NULL, &out, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }

  n = read (out, buf, sizeof buf - 1);
  *ms = (g_get_monotonic_time () - start) / 1000.0;
  close (out);
  if (wait4 (pid, &status, 0, &usage) < 0 || n <= 0 || strncmp (buf, "first-frame", 11) != 0)
    return FALSE;
  *kib = usage.ru_maxrss;
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  Subject subjects[G_N_ELEMENTS (years) + 1] = { { "GTK 4 floor", NULL, NULL, NULL } };
  guint rounds = g_getenv ("SC_BENCH_ROUNDS") ? atoi (g_getenv ("SC_BENCH_ROUNDS")) : 7;
  double floor_ms, floor_kib, ms10 = 0, ms20 = 0, ms1 = 0, kib10 = 0;

  setlocale (LC_ALL, "");
  if (argc != 3)
    {
      g_printerr ("usage: %s SALESCADENCE MINIMAL_WINDOW\n", argv[0]);
      return 2;
    }

  g_setenv ("SALESCADENCE_QUIT_AFTER_FIRST_FRAME", "1", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  dir = g_dir_make_tmp ("sc-bench-XXXXXX", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      g_autoptr(GError) error = NULL;

      subjects[i + 1].label = g_strdup_printf ("%u year%s", years[i], years[i] > 1 ? "s" : "");
      subjects[i + 1].file = g_strdup_printf ("%s/sample-%u.salescadence", dir, years[i]);
      if (!sc_sample_write (subjects[i + 1].file, years[i], &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
    }
  for (guint s = 0; s < G_N_ELEMENTS (subjects); s++)
    {
      subjects[s].ms = g_array_new (FALSE, FALSE, sizeof (double));
      subjects[s].kib = g_array_new (FALSE, FALSE, sizeof (double));
    }

  /* Alternate the subjects in every round, so a slower moment of the
   * machine weighs on all of them alike. A first round warms the caches
   * and is not counted. */
  for (guint r = 0; r <= rounds; r++)
    for (guint s = 0; s < G_N_ELEMENTS (subjects); s++)
      {
        char *args[] = { s == 0 ? argv[2] : argv[1], subjects[s].file, NULL };
        double ms, kib;

        if (!run_once (args, &ms, &kib))
          {
            g_printerr ("%s did not paint its first frame\n", subjects[s].label);
            return 1;
          }
        if (r == 0)
          continue;
        g_array_append_val (subjects[s].ms, ms);
        g_array_append_val (subjects[s].kib, kib);
      }

  floor_ms = bench_median (subjects[0].ms);
  floor_kib = bench_median (subjects[0].kib);
  g_print ("Start-up to the first painted frame, median of %u runs, and peak memory\n", rounds);
  g_print ("%-14s %10s %8s %10s %8s\n", "subject", "ms", "× floor", "MiB", "× floor");
  for (guint s = 0; s < G_N_ELEMENTS (subjects); s++)
    {
      double ms = bench_median (subjects[s].ms), kib = bench_median (subjects[s].kib);

      g_print ("%-14s %10.1f %8.2f %10.1f %8.2f\n", subjects[s].label, ms, ms / floor_ms,
               kib / 1024, kib / floor_kib);
      if (s > 0 && years[s - 1] == 1)
        ms1 = ms;
      if (s > 0 && years[s - 1] == 10)
        {
          ms10 = ms;
          kib10 = kib;
        }
      if (s > 0 && years[s - 1] == 20)
        ms20 = ms;
    }
  g_print ("\nstart-up, 10-year file ÷ minimal GTK4 window: %.2f (target ≤ 1.25)\n", ms10 / floor_ms);
  g_print ("start-up, 20-year file ÷ 1-year file:        %.2f (target ≤ 1.10)\n", ms20 / ms1);
  g_print ("peak memory, 10-year file ÷ minimal window:  %.2f (target ≤ 1.25)\n", kib10 / floor_kib);

  for (guint i = 1; i < G_N_ELEMENTS (subjects); i++)
    g_unlink (subjects[i].file);
  g_rmdir (dir);
  return 0;
}

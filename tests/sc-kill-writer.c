/* sc-kill-writer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The process test-kill kills: it makes changes through the store as a
 * user would (figures typed with sc_values_set_text (), people added with
 * the plan's rules, now and then a backup) and reports each one on its
 * output:
 *
 *   try value KPI PERIOD VALUE DEN     before the change
 *   ack                                once it is committed
 *
 * ("try person NAME", "try backup"). Only what follows an "ack" was
 * acknowledged; a "try" without one may or may not be in the file.
 *
 * Usage: sc-kill-writer PATH SEED [COUNT]   (COUNT 0 or none: forever)
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "sc-backup.h"
#include "sc-kpi-editing.h"
#include "sc-plan.h"
#include "sc-values.h"

static void
say (const char *format,
     ...) G_GNUC_PRINTF (1, 2);

static void
say (const char *format,
     ...)
{
  va_list args;

  /* One write per line: a line is in the pipe whole or not at all. */
  va_start (args, format);
  vprintf (format, args);
  va_end (args);
  fflush (stdout);
}

static ScStore *
open_store (const char *path)
{
  for (guint attempt = 0; attempt < 100; attempt++)
    {
      g_autoptr(GError) error = NULL;
      ScStore *store = sc_store_open (path, SC_STORE_OPEN_DEFAULT, &error);

      if (store != NULL)
        return store;
      if (!g_error_matches (error, SC_STORE_ERROR, SC_STORE_ERROR_BUSY))
        {
          fprintf (stderr, "%s\n", error->message);
          exit (1);
        }
      g_usleep (10000);
    }
  fprintf (stderr, "still busy\n");
  exit (1);
}

static gboolean
type_figure (ScStore   *store,
             GPtrArray *kpis,
             GRand     *rand,
             GError   **error)
{
  ScKpi *kpi = g_ptr_array_index (kpis, g_rand_int_range (rand, 0, kpis->len));
  /* A Monday among the two years before the sample's last week. */
  ScDay period = sc_day_from_iso ("2025-09-22") - 7 * g_rand_int_range (rand, 0, 104);
  g_autofree char *text = NULL;
  gint64 value, den;
  gboolean empty;

  if (sc_kpi_get_rollup (kpi) == SC_ROLLUP_RATIO)
    {
      int d = g_rand_int_range (rand, 1, 50);

      text = g_strdup_printf ("%d / %d", g_rand_int_range (rand, 0, d + 1), d);
    }
  else
    text = g_strdup_printf ("%d", g_rand_int_range (rand, 0, 500000));

  if (!sc_values_parse (kpi, SC_LANG_EN, text, &value, &den, &empty, error))
    return FALSE;
  say ("try value %" G_GINT64_FORMAT " %u %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n",
       sc_record_get_id (SC_RECORD (kpi)), period, value, den);
  return sc_values_set_text (store, kpi, period, SC_LANG_EN, text, error);
}

static gboolean
add_person (ScStore *store,
            guint    seed,
            guint    n,
            GError **error)
{
  g_autoptr(ScPerson) person = sc_plan_new_person (store);
  g_autofree char *name = g_strdup_printf ("Writer %u-%u", seed, n);

  sc_record_set_text (SC_RECORD (person), SC_PERSON_NAME, name);
  say ("try person %s\n", name);
  return sc_plan_save_person (store, person, error);
}

static gboolean
back_up (ScStore *store,
         GError **error)
{
  g_autoptr(ScBackup) backup = NULL;

  say ("try backup\n");
  backup = sc_backup_make (store, SC_BACKUP_MANUAL, NULL, error);
  return backup != NULL;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ScStore) store = NULL;
  g_autoptr(GPtrArray) kpis = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GRand) rand = NULL;
  guint seed, count;

  setlocale (LC_ALL, "C.UTF-8");
  if (argc < 3)
    {
      fprintf (stderr, "usage: %s PATH SEED [COUNT]\n", argv[0]);
      return 2;
    }
  seed = (guint) g_ascii_strtoull (argv[2], NULL, 10);
  count = argc > 3 ? (guint) g_ascii_strtoull (argv[3], NULL, 10) : 0;
  rand = g_rand_new_with_seed (seed);

  store = open_store (argv[1]);
  all = sc_kpi_editing_list (store, FALSE);
  for (guint i = 0; i < all->len; i++)
    if (sc_kpi_get_frequency (g_ptr_array_index (all, i)) == SC_FREQUENCY_WEEKLY)
      g_ptr_array_add (kpis, g_object_ref (g_ptr_array_index (all, i)));
  g_assert (kpis->len > 0);
  say ("ready\n");

  for (guint n = 0; count == 0 || n < count; n++)
    {
      g_autoptr(GError) error = NULL;
      int what = g_rand_int_range (rand, 0, 100);
      gboolean ok;

      if (what < 75)
        ok = type_figure (store, kpis, rand, &error);
      else if (what < 97)
        ok = add_person (store, seed, n, &error);
      else
        ok = back_up (store, &error);
      if (!ok)
        {
          fprintf (stderr, "change %u: %s\n", n, error->message);
          return 1;
        }
      say ("ack\n");
    }
  return 0;
}

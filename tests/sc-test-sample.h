/* sc-test-sample.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fixture of the model tests: a temporary copy of the sample company
 * (reference/domain.md §4), open for writing, removed afterwards.
 */

#pragma once

#include <glib/gstdio.h>

#include "sc-sample.h"
#include "sc-store.h"

typedef struct
{
  char    *dir;
  char    *path;
  ScStore *store;
} ScSampleCopy;

G_GNUC_UNUSED static void
sc_sample_copy_set_up (ScSampleCopy  *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("sc-sample-copy-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "sample.salescadence", NULL);
  g_assert_true (sc_sample_write (f->path, 0, &error));
  g_assert_no_error (error);
  f->store = sc_store_open (f->path, SC_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
}

G_GNUC_UNUSED static void
sc_sample_copy_tear_down (ScSampleCopy  *f,
                          gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->store);
  /* The store may leave a journal or a backup next to the file. */
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (f->dir, name, NULL);

      g_unlink (child);
    }
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* Closes the file and opens it again: what is checked next is on disk. */
G_GNUC_UNUSED static void
sc_sample_copy_reopen (ScSampleCopy *f)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&f->store);
  f->store = sc_store_open (f->path, SC_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
}

/* The day of an ISO date the test knows to be valid. */
G_GNUC_UNUSED static ScDay
day (const char *iso)
{
  ScDay d = sc_day_from_iso (iso);

  g_assert_cmpuint (d, !=, SC_DAY_NONE);
  return d;
}

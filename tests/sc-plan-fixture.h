/* sc-plan-fixture.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the plan's model tests share: a fresh copy of the sample company
 * (today 2025-09-26) per test, opened again from disk on demand, and ways
 * to find its people and actions.
 */

#pragma once

#include <glib/gstdio.h>

#include "sc-plan.h"
#include "sc-sample.h"
#include "sc-test-records.h"

typedef struct
{
  char    *dir;
  char    *path;
  ScStore *store;
} Fixture;

G_GNUC_UNUSED static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("sc-plan-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "sample.salescadence", NULL);
  g_assert_true (sc_sample_write (f->path, 0, &error));
  g_assert_no_error (error);
  f->store = sc_store_open (f->path, SC_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
}

G_GNUC_UNUSED static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  g_unlink (f->path);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* Closes the file and opens it again: what is checked next is on disk. */
G_GNUC_UNUSED static void
reopen (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&f->store);
  f->store = sc_store_open (f->path, SC_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
}

G_GNUC_UNUSED static ScDay
day (const char *iso)
{
  ScDay d = sc_day_from_iso (iso);

  g_assert_cmpuint (d, !=, SC_DAY_NONE);
  return d;
}

G_GNUC_UNUSED static ScRecord *
person (ScStore    *store,
        const char *name)
{
  ScRecord *p = find (store, &sc_person_table, SC_PERSON_NAME, name);

  g_assert_nonnull (p);
  return p;
}

/* The sample's actions are Q1 FY2025's: A01 … A10. */
G_GNUC_UNUSED static ScRecord *
action (ScStore    *store,
        const char *ref)
{
  GListModel *model = sc_store_get_list (store, &sc_action_table);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ScRecord) r = g_list_model_get_item (model, i);

      if (g_str_equal (sc_record_get_text (r, SC_ACTION_REF), ref) &&
          sc_record_get_int (r, SC_ACTION_FISCAL_YEAR) == 2025 &&
          sc_record_get_int (r, SC_ACTION_QUARTER) == 1)
        return r;
    }
  g_assert_not_reached ();
}

G_GNUC_UNUSED static const char *
owner_name (ScStore  *store,
            ScRecord *record,
            guint     column)
{
  ScRecord *p = sc_store_lookup (store, &sc_person_table, sc_record_get_ref (record, column));

  return p ? sc_record_get_text (p, SC_PERSON_NAME) : "";
}

G_GNUC_UNUSED static ScAction *
new_action (ScStore    *store,
            const char *title,
            gint64      owner_id,
            const char *due)
{
  ScAction *a = sc_plan_new_action (store, 0, 0);

  sc_record_set_text (SC_RECORD (a), SC_ACTION_TITLE, title);
  sc_record_set_ref (SC_RECORD (a), SC_ACTION_OWNER_ID, owner_id);
  if (due != NULL)
    sc_record_set_date (SC_RECORD (a), SC_ACTION_DUE, day (due));
  return a;
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

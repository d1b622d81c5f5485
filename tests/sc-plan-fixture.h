/* sc-plan-fixture.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the plan's model tests share: a fresh copy of the sample company
 * (today 2025-09-26) per test, opened again from disk on demand, and ways
 * to find its people and actions.
 */

#pragma once

#include "sc-plan.h"
#include "sc-sample.h"
#include "sc-test-records.h"
#include "sc-test-sample.h"

typedef ScSampleCopy Fixture;

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
  g_test_add (path, Fixture, NULL, sc_sample_copy_set_up, func, sc_sample_copy_tear_down)

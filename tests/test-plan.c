/* test-plan.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules of the 90-day plan (sc-plan.h) on temporary copies of the
 * sample company, whose today is 2025-09-26: refusals that write nothing,
 * slips, days late around the due day, undo that restores rows exactly,
 * objectives, and the sample's own plan. People: test-plan-people.c.
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>

#include "sc-plan-fixture.h"

/* The sample ------------------------------------------------------------- */

static void
test_plan_sample (Fixture       *f,
                  gconstpointer  data)
{
  static const struct {
    const char     *ref;
    const char     *owner;
    const char     *due;
    ScActionStatus  status;
    const char     *objective;
  } expected[] = {
    { "A01", "Marc-André Pelletier", "2025-04-25", SC_ACTION_DONE, "O1" },
    { "A02", "Jean-Philippe Gagnon", "2025-05-02", SC_ACTION_DONE, "O1" },
    { "A03", "Jean-Philippe Gagnon", "2025-05-30", SC_ACTION_OPEN, "O1" },
    { "A04", "Sophie Lachance", "2025-04-18", SC_ACTION_DONE, "O2" },
    { "A05", "Sophie Lachance", "2025-06-27", SC_ACTION_OPEN, "O2" },
    { "A06", "Émilie Ouellet", "2025-06-06", SC_ACTION_DONE, "O2" },
    { "A07", "Émilie Ouellet", "2025-05-30", SC_ACTION_DONE, "O2" },
    { "A08", "Jean-Philippe Gagnon", "2025-04-30", SC_ACTION_DONE, "O3" },
    { "A09", "Nathalie Bergeron", "2025-05-09", SC_ACTION_DONE, "O3" },
    { "A10", "Nathalie Bergeron", "2025-05-28", SC_ACTION_DROPPED, "O3" },
  };
  static const char *const objective_owners[] = {
    "Marc-André Pelletier", "Sophie Lachance", "Nathalie Bergeron",
  };
  g_autoptr(GPtrArray) priorities = sc_plan_get_priorities (f->store, 2025, 1);
  g_autofree char *next_ref = NULL;
  ScRecord *a03;

  g_assert_cmpuint (priorities->len, ==, 3);
  for (guint i = 0; i < priorities->len; i++)
    {
      ScRecord *p = g_ptr_array_index (priorities, i);
      g_autofree char *ref = g_strdup_printf ("O%u", i + 1);

      g_assert_cmpstr (sc_record_get_text (p, SC_PRIORITY_REF), ==, ref);
      g_assert_cmpstr (owner_name (f->store, p, SC_PRIORITY_OWNER_ID), ==, objective_owners[i]);
    }
  /* O1 moves the win rate (K08), O2 no KPI, O3 the margin (K02). */
  g_assert_cmpint (sc_record_get_ref (g_ptr_array_index (priorities, 0), SC_PRIORITY_KPI_ID),
                   !=, 0);
  g_assert_cmpint (sc_record_get_ref (g_ptr_array_index (priorities, 1), SC_PRIORITY_KPI_ID),
                   ==, 0);
  g_assert_cmpuint (sc_plan_count_priorities (f->store, 2025, 1), ==, 3);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      ScRecord *a = action (f->store, expected[i].ref);
      ScRecord *p = sc_store_lookup (f->store, &sc_priority_table,
                                     sc_record_get_ref (a, SC_ACTION_PRIORITY_ID));

      g_assert_cmpstr (owner_name (f->store, a, SC_ACTION_OWNER_ID), ==, expected[i].owner);
      g_assert_cmpuint (sc_record_get_date (a, SC_ACTION_DUE), ==, day (expected[i].due));
      g_assert_cmpint (sc_record_get_int (a, SC_ACTION_STATUS), ==, expected[i].status);
      g_assert_nonnull (p);
      g_assert_cmpstr (sc_record_get_text (p, SC_PRIORITY_REF), ==, expected[i].objective);
    }

  /* A03 slipped once, from 2025-05-16; A10 was dropped with its reason. */
  a03 = action (f->store, "A03");
  g_assert_cmpuint (sc_record_get_date (a03, SC_ACTION_ORIGINAL_DUE), ==, day ("2025-05-16"));
  g_assert_cmpuint (sc_plan_count_slips (f->store, sc_record_get_id (a03)), ==, 1);
  g_assert_cmpuint (sc_plan_count_slips (f->store, sc_record_get_id (action (f->store, "A05"))),
                    ==, 0);
  g_assert_cmpstr (sc_record_get_text (action (f->store, "A10"), SC_ACTION_DROP_REASON), !=, "");
  next_ref = sc_plan_next_action_ref (f->store, 2025, 1);
  g_assert_cmpstr (next_ref, ==, "A11");
}

static void
test_plan_quarters (Fixture       *f,
                    gconstpointer  data)
{
  ScPeriod current;
  int year = 0, quarter = 0;

  /* 2025-09-26 is in Q2 of the fiscal year that started in April 2025. */
  sc_plan_current_quarter (f->store, &current);
  g_assert_cmpint (current.fiscal_year, ==, 2025);
  g_assert_cmpint (current.index, ==, 2);
  g_assert_cmpuint (current.first_day, ==, day ("2025-07-01"));
  g_assert_cmpuint (current.last_day, ==, day ("2025-09-30"));

  g_assert_false (sc_plan_quarter_has_plan (f->store, 2025, 2));
  g_assert_true (sc_plan_quarter_has_plan (f->store, 2025, 1));
  g_assert_true (sc_plan_find_previous_plan (f->store, 2025, 2, &year, &quarter));
  g_assert_cmpint (year, ==, 2025);
  g_assert_cmpint (quarter, ==, 1);
  g_assert_false (sc_plan_find_previous_plan (f->store, 2025, 1, &year, &quarter));

  /* The current quarter shows the earlier plan's open actions, not its
   * closed ones; a past quarter shows only its own. */
  g_assert_true (sc_plan_action_shows_in (SC_ACTION (action (f->store, "A03")), 2025, 2, TRUE));
  g_assert_false (sc_plan_action_shows_in (SC_ACTION (action (f->store, "A01")), 2025, 2, TRUE));
  g_assert_true (sc_plan_action_shows_in (SC_ACTION (action (f->store, "A01")), 2025, 1, FALSE));
  g_assert_false (sc_plan_action_shows_in (SC_ACTION (action (f->store, "A03")), 2025, 3, FALSE));
}

/* Refusals --------------------------------------------------------------- */

static void
assert_refused (Fixture     *f,
                ScAction    *draft,
                ScPlanError  code)
{
  g_autoptr(GError) error = NULL;
  guint actions = sc_store_count_rows (f->store, &sc_action_table);
  guint slips = sc_store_count_rows (f->store, &sc_due_change_table);
  gboolean could_undo = sc_store_can_undo (f->store);

  g_assert_false (sc_plan_save_action (f->store, draft, NULL, &error));
  g_assert_error (error, SC_PLAN_ERROR, (int) code);
  g_assert_cmpstr (error->message, !=, "");
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_action_table), ==, actions);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_due_change_table), ==, slips);
  g_assert_cmpint (sc_record_get_id (SC_RECORD (draft)), ==, 0);
  g_assert_cmpint (sc_store_can_undo (f->store), ==, could_undo);
}

static void
test_plan_refusals (Fixture       *f,
                    gconstpointer  data)
{
  gint64 sophie = sc_record_get_id (person (f->store, "Sophie Lachance"));
  g_autoptr(ScAction) no_owner = new_action (f->store, "Appeler Usinage Drummond", 0, "2025-10-03");
  g_autoptr(ScAction) no_date = new_action (f->store, "Appeler Usinage Drummond", sophie, NULL);
  g_autoptr(ScAction) no_title = new_action (f->store, "   ", sophie, "2025-10-03");
  g_autoptr(ScAction) no_reason = new_action (f->store, "Appeler", sophie, "2025-10-03");
  g_autoptr(ScAction) ghost = new_action (f->store, "Appeler", 9999, "2025-10-03");
  g_autoptr(GError) error = NULL;
  guint before = sc_store_count_rows (f->store, &sc_action_table);

  assert_refused (f, no_owner, SC_PLAN_ERROR_NO_OWNER);
  assert_refused (f, no_date, SC_PLAN_ERROR_NO_DUE);
  assert_refused (f, no_title, SC_PLAN_ERROR_NO_TITLE);
  assert_refused (f, ghost, SC_PLAN_ERROR_NO_OWNER);
  sc_record_set_int (SC_RECORD (no_reason), SC_ACTION_STATUS, SC_ACTION_DROPPED);
  assert_refused (f, no_reason, SC_PLAN_ERROR_NO_REASON);

  /* Dropping an existing action needs its reason too. */
  g_assert_false (sc_plan_drop_action (f->store, sc_record_get_id (action (f->store, "A05")),
                                       "  ", &error));
  g_assert_error (error, SC_PLAN_ERROR, SC_PLAN_ERROR_NO_REASON);
  g_assert_cmpint (sc_record_get_int (action (f->store, "A05"), SC_ACTION_STATUS), ==,
                   SC_ACTION_OPEN);

  /* And nothing reached the file. */
  sc_sample_copy_reopen (f);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_action_table), ==, before);
  g_assert_null (find (f->store, &sc_action_table, SC_ACTION_TITLE, "Appeler Usinage Drummond"));
}

static void
test_plan_inactive_owner (Fixture       *f,
                          gconstpointer  data)
{
  ScRecord *real = person (f->store, "Réal Côté");
  g_autoptr(ScAction) draft = new_action (f->store, "Valider la capacité", sc_record_get_id (real),
                                          "2025-10-10");
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_plan_set_person_active (f->store, sc_record_get_id (real), FALSE, &error));
  g_assert_no_error (error);
  assert_refused (f, draft, SC_PLAN_ERROR_INACTIVE_OWNER);
}

/* Saving and slips ----------------------------------------------------------- */

static void
test_plan_save_and_slips (Fixture       *f,
                          gconstpointer  data)
{
  gint64 sophie = sc_record_get_id (person (f->store, "Sophie Lachance"));
  g_autoptr(ScAction) draft = new_action (f->store, "  Visiter Agri-Pro Estrie  ", sophie,
                                          "2025-10-03");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) slips = NULL;
  g_autoptr(GHashTable) counts = NULL;
  ScRecord *saved;
  gint64 id;

  g_assert_true (sc_plan_save_action (f->store, draft, NULL, &error));
  g_assert_no_error (error);
  id = sc_record_get_id (SC_RECORD (draft));
  g_assert_cmpint (id, >, 0);

  saved = sc_store_lookup (f->store, &sc_action_table, id);
  g_assert_cmpstr (sc_record_get_text (saved, SC_ACTION_TITLE), ==, "Visiter Agri-Pro Estrie");
  /* A new action belongs to the current quarter's plan and numbers on
   * from that plan's own refs. */
  g_assert_cmpstr (sc_record_get_text (saved, SC_ACTION_REF), ==, "A01");
  g_assert_cmpint (sc_record_get_int (saved, SC_ACTION_QUARTER), ==, 2);
  g_assert_cmpuint (sc_record_get_date (saved, SC_ACTION_ORIGINAL_DUE), ==, day ("2025-10-03"));
  g_assert_cmpuint (sc_record_get_date (saved, SC_ACTION_CREATED), ==, day ("2025-09-26"));
  g_assert_cmpuint (sc_plan_count_slips (f->store, id), ==, 0);

  /* Two moves of the due date: two slips, the original kept. */
  sc_record_set_date (SC_RECORD (draft), SC_ACTION_DUE, day ("2025-10-10"));
  g_assert_true (sc_plan_save_action (f->store, draft, "Client en vacances", &error));
  sc_record_set_text (SC_RECORD (draft), SC_ACTION_NOTES, "Apporter les échantillons.");
  g_assert_true (sc_plan_save_action (f->store, draft, NULL, &error));
  sc_record_set_date (SC_RECORD (draft), SC_ACTION_DUE, day ("2025-10-17"));
  /* An edit may not rewrite the original due date. */
  sc_record_set_date (SC_RECORD (draft), SC_ACTION_ORIGINAL_DUE, day ("2025-10-17"));
  g_assert_true (sc_plan_save_action (f->store, draft, NULL, &error));
  g_assert_no_error (error);

  sc_sample_copy_reopen (f);
  saved = sc_store_lookup (f->store, &sc_action_table, id);
  g_assert_cmpuint (sc_record_get_date (saved, SC_ACTION_DUE), ==, day ("2025-10-17"));
  g_assert_cmpuint (sc_record_get_date (saved, SC_ACTION_ORIGINAL_DUE), ==, day ("2025-10-03"));
  g_assert_cmpuint (sc_plan_count_slips (f->store, id), ==, 2);
  slips = sc_plan_get_slips (f->store, id);
  g_assert_cmpuint (slips->len, ==, 2);
  g_assert_cmpuint (sc_record_get_date (g_ptr_array_index (slips, 0), SC_DUE_CHANGE_OLD_DUE), ==,
                    day ("2025-10-03"));
  g_assert_cmpuint (sc_record_get_date (g_ptr_array_index (slips, 0), SC_DUE_CHANGE_NEW_DUE), ==,
                    day ("2025-10-10"));
  g_assert_cmpstr (sc_record_get_text (g_ptr_array_index (slips, 0), SC_DUE_CHANGE_REASON), ==,
                   "Client en vacances");
  g_assert_cmpuint (sc_record_get_date (g_ptr_array_index (slips, 1), SC_DUE_CHANGE_NEW_DUE), ==,
                    day ("2025-10-17"));
  g_assert_cmpuint (sc_record_get_date (g_ptr_array_index (slips, 1), SC_DUE_CHANGE_CHANGED_ON),
                    ==, day ("2025-09-26"));

  counts = sc_plan_slip_counts (f->store);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, &id)), ==, 2);
}

static void
test_plan_undo_slip (Fixture       *f,
                     gconstpointer  data)
{
  ScRecord *a05 = action (f->store, "A05");
  gint64 id = sc_record_get_id (a05);
  g_autoptr(ScRecord) before = sc_record_copy (a05);
  g_autoptr(ScRecord) draft = sc_record_copy (a05);
  g_autoptr(GError) error = NULL;

  sc_record_set_date (draft, SC_ACTION_DUE, day ("2025-10-31"));
  g_assert_true (sc_plan_save_action (f->store, SC_ACTION (draft), "8 visites sur 12", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sc_plan_count_slips (f->store, id), ==, 1);

  g_assert_true (sc_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sc_plan_count_slips (f->store, id), ==, 0);
  g_assert_true (sc_record_equal (sc_store_lookup (f->store, &sc_action_table, id), before));
}

/* Days late ------------------------------------------------------------------ */

static void
test_plan_days_late (Fixture       *f,
                     gconstpointer  data)
{
  static const struct { const char *due; guint late; } cases[] = {
    { "2025-09-27", 0 },   /* tomorrow */
    { "2025-09-26", 0 },   /* today: not late yet */
    { "2025-09-25", 1 },   /* yesterday */
    { "2025-09-19", 7 },
    { "2024-09-26", 365 },
  };
  ScDay today = sc_store_get_today (f->store);
  g_autoptr(ScAction) a = new_action (f->store, "Test", 1, NULL);

  g_assert_cmpuint (today, ==, day (SC_SAMPLE_TODAY_ISO));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      sc_record_set_date (SC_RECORD (a), SC_ACTION_DUE, day (cases[i].due));
      g_assert_cmpuint (sc_plan_days_late (a, today), ==, cases[i].late);
      g_assert_cmpint (sc_plan_action_is_overdue (a, today), ==, cases[i].late > 0);
    }

  /* Closed actions are never late. */
  sc_record_set_int (SC_RECORD (a), SC_ACTION_STATUS, SC_ACTION_DONE);
  g_assert_cmpuint (sc_plan_days_late (a, today), ==, 0);
  sc_record_set_int (SC_RECORD (a), SC_ACTION_STATUS, SC_ACTION_DROPPED);
  g_assert_false (sc_plan_action_is_overdue (a, today));
}

static void
test_plan_lateness_by_owner (Fixture       *f,
                             gconstpointer  data)
{
  ScDay today = sc_store_get_today (f->store);
  g_autoptr(GArray) by_owner = sc_plan_overdue_by_owner (f->store, today);
  g_autoptr(GPtrArray) overdue = sc_plan_overdue_actions (f->store, today);
  g_autoptr(GPtrArray) week = sc_plan_due_this_week (f->store, today);
  g_autoptr(GPtrArray) week_after = NULL;
  g_autoptr(ScAction) draft = NULL;
  g_autoptr(GError) error = NULL;
  ScOwnerLateness *first, *second;
  ScPersonLoad load;
  gint64 jp = sc_record_get_id (person (f->store, "Jean-Philippe Gagnon"));
  gint64 sophie = sc_record_get_id (person (f->store, "Sophie Lachance"));

  /* A03, due 2025-05-30: 119 days late; A05, due 2025-06-27: 91 days. */
  g_assert_cmpuint (sc_plan_days_late (SC_ACTION (action (f->store, "A03")), today), ==, 119);
  g_assert_cmpuint (sc_plan_days_late (SC_ACTION (action (f->store, "A05")), today), ==, 91);

  g_assert_cmpuint (overdue->len, ==, 2);
  g_assert_true (g_ptr_array_index (overdue, 0) == (gpointer) action (f->store, "A03"));
  g_assert_cmpuint (by_owner->len, ==, 2);
  first = &g_array_index (by_owner, ScOwnerLateness, 0);
  second = &g_array_index (by_owner, ScOwnerLateness, 1);
  g_assert_cmpint (first->owner_id, ==, jp);
  g_assert_cmpuint (first->days_late, ==, 119);
  g_assert_cmpuint (first->n_actions, ==, 1);
  g_assert_cmpint (second->owner_id, ==, sophie);
  g_assert_cmpuint (second->days_late, ==, 91);
  g_assert_cmpuint (week->len, ==, 0);

  /* A second late action for Sophie adds up: 91 + 2; due this week too. */
  draft = new_action (f->store, "Relancer Agri-Pro", sophie, "2025-09-24");
  g_assert_true (sc_plan_save_action (f->store, draft, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&by_owner, g_array_unref);
  by_owner = sc_plan_overdue_by_owner (f->store, today);
  g_assert_cmpint (g_array_index (by_owner, ScOwnerLateness, 1).owner_id, ==, sophie);
  g_assert_cmpuint (g_array_index (by_owner, ScOwnerLateness, 1).days_late, ==, 93);
  g_assert_cmpuint (g_array_index (by_owner, ScOwnerLateness, 1).n_actions, ==, 2);
  sc_plan_person_load (f->store, sophie, today, &load);
  g_assert_cmpuint (load.open_actions, ==, 2);
  g_assert_cmpuint (load.overdue_actions, ==, 2);
  g_assert_cmpuint (load.days_late, ==, 93);
  g_assert_cmpuint (load.open_priorities, ==, 1);

  week_after = sc_plan_due_this_week (f->store, today);
  g_assert_cmpuint (week_after->len, ==, 1);
  g_assert_true (g_ptr_array_index (week_after, 0) ==
                 (gpointer) sc_store_lookup (f->store, &sc_action_table,
                                             sc_record_get_id (SC_RECORD (draft))));
}

/* Undo of closing and deleting ------------------------------------------------ */

static void
assert_undo_restores (Fixture  *f,
                      gint64    id,
                      ScRecord *before)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_true (sc_record_equal (sc_store_lookup (f->store, &sc_action_table, id), before));
  sc_sample_copy_reopen (f);
  g_assert_true (sc_record_equal (sc_store_lookup (f->store, &sc_action_table, id), before));
}

static void
test_plan_undo_close (Fixture       *f,
                      gconstpointer  data)
{
  gint64 id = sc_record_get_id (action (f->store, "A05"));
  g_autoptr(ScRecord) before = sc_record_copy (action (f->store, "A05"));
  g_autoptr(GError) error = NULL;
  ScRecord *a;

  g_assert_true (sc_plan_complete_action (f->store, id, &error));
  g_assert_no_error (error);
  a = sc_store_lookup (f->store, &sc_action_table, id);
  g_assert_cmpint (sc_record_get_int (a, SC_ACTION_STATUS), ==, SC_ACTION_DONE);
  g_assert_cmpuint (sc_record_get_date (a, SC_ACTION_DONE_ON), ==, day ("2025-09-26"));
  g_assert_cmpstr (sc_store_get_undo_label (f->store), ==, "Complete action");
  assert_undo_restores (f, id, before);

  g_assert_true (sc_plan_drop_action (f->store, id, "Remplacé par des appels", &error));
  g_assert_no_error (error);
  a = sc_store_lookup (f->store, &sc_action_table, id);
  g_assert_cmpint (sc_record_get_int (a, SC_ACTION_STATUS), ==, SC_ACTION_DROPPED);
  g_assert_cmpstr (sc_record_get_text (a, SC_ACTION_DROP_REASON), ==, "Remplacé par des appels");
  g_assert_cmpuint (sc_record_get_date (a, SC_ACTION_DONE_ON), ==, day ("2025-09-26"));
  assert_undo_restores (f, id, before);

  /* Reopening a done action clears its closing day. */
  id = sc_record_get_id (action (f->store, "A01"));
  g_assert_true (sc_plan_reopen_action (f->store, id, &error));
  a = sc_store_lookup (f->store, &sc_action_table, id);
  g_assert_cmpint (sc_record_get_int (a, SC_ACTION_STATUS), ==, SC_ACTION_OPEN);
  g_assert_cmpuint (sc_record_get_date (a, SC_ACTION_DONE_ON), ==, SC_DAY_NONE);
}

static void
test_plan_undo_delete (Fixture       *f,
                       gconstpointer  data)
{
  ScRecord *a03 = action (f->store, "A03");
  gint64 id = sc_record_get_id (a03);
  g_autoptr(ScRecord) before = sc_record_copy (a03);
  g_autoptr(GPtrArray) slips = sc_plan_get_slips (f->store, id);
  g_autoptr(ScRecord) slip_before = sc_record_copy (g_ptr_array_index (slips, 0));
  guint n_slips = sc_store_count_rows (f->store, &sc_due_change_table);
  guint n_actions = sc_store_count_rows (f->store, &sc_action_table);
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_plan_delete_action (f->store, id, &error));
  g_assert_no_error (error);
  g_assert_null (sc_store_lookup (f->store, &sc_action_table, id));
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_action_table), ==, n_actions - 1);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_due_change_table), ==, n_slips - 1);
  g_assert_cmpstr (sc_store_get_undo_label (f->store), ==, "Delete action");

  assert_undo_restores (f, id, before);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_due_change_table), ==, n_slips);
  g_clear_pointer (&slips, g_ptr_array_unref);
  slips = sc_plan_get_slips (f->store, id);
  g_assert_cmpuint (slips->len, ==, 1);
  g_assert_true (sc_record_equal (g_ptr_array_index (slips, 0), slip_before));
}

/* Priorities ----------------------------------------------------------------- */

static gboolean
add_priority (Fixture     *f,
              const char  *title,
              GError     **error)
{
  g_autoptr(ScPriority) p = sc_plan_new_priority (f->store, 2025, 1);

  sc_record_set_text (SC_RECORD (p), SC_PRIORITY_TITLE, title);
  sc_record_set_ref (SC_RECORD (p), SC_PRIORITY_OWNER_ID,
                     sc_record_get_id (person (f->store, "Nathalie Bergeron")));
  return sc_plan_save_priority (f->store, p, error);
}

static void
test_plan_priorities (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) priorities = NULL;
  g_autoptr(ScPriority) untitled = sc_plan_new_priority (f->store, 2025, 1);
  guint rows;
  gint64 o1;

  g_assert_false (sc_plan_save_priority (f->store, untitled, &error));
  g_assert_error (error, SC_PLAN_ERROR, SC_PLAN_ERROR_NO_TITLE);
  g_clear_error (&error);

  g_assert_true (add_priority (f, "Fidéliser les cinq principaux clients", &error));
  g_assert_true (add_priority (f, "Réduire le délai de réponse", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sc_plan_count_priorities (f->store, 2025, 1), ==, 5);

  /* The sixth is refused, with a message, and not written. */
  rows = sc_store_count_rows (f->store, &sc_priority_table);
  g_assert_false (sc_plan_can_add_priority (f->store, 2025, 1, NULL));
  g_assert_false (add_priority (f, "Un objectif de trop", &error));
  g_assert_error (error, SC_PLAN_ERROR, SC_PLAN_ERROR_TOO_MANY);
  g_assert_nonnull (strstr (error->message, "5"));
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_priority_table), ==, rows);
  g_assert_true (sc_plan_can_add_priority (f->store, 2025, 2, NULL));

  priorities = sc_plan_get_priorities (f->store, 2025, 1);
  g_assert_cmpstr (sc_record_get_text (g_ptr_array_index (priorities, 4), SC_PRIORITY_REF), ==,
                   "O5");

  /* Deleting O1 unlinks its three actions, and undo links them again. */
  o1 = sc_record_get_id (g_ptr_array_index (priorities, 0));
  g_clear_error (&error);
  g_assert_true (sc_plan_delete_priority (f->store, o1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sc_record_get_ref (action (f->store, "A03"), SC_ACTION_PRIORITY_ID), ==, 0);
  g_assert_true (sc_store_undo (f->store, &error));
  g_assert_cmpint (sc_record_get_ref (action (f->store, "A03"), SC_ACTION_PRIORITY_ID), ==, o1);
  sc_sample_copy_reopen (f);
  g_assert_cmpint (sc_record_get_ref (action (f->store, "A01"), SC_ACTION_PRIORITY_ID), ==, o1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  ADD ("/plan/sample", test_plan_sample);
  ADD ("/plan/quarters", test_plan_quarters);
  ADD ("/plan/refusals", test_plan_refusals);
  ADD ("/plan/inactive-owner", test_plan_inactive_owner);
  ADD ("/plan/save-and-slips", test_plan_save_and_slips);
  ADD ("/plan/undo/slip", test_plan_undo_slip);
  ADD ("/plan/days-late", test_plan_days_late);
  ADD ("/plan/lateness-by-owner", test_plan_lateness_by_owner);
  ADD ("/plan/undo/close", test_plan_undo_close);
  ADD ("/plan/undo/delete", test_plan_undo_delete);
  ADD ("/plan/priorities", test_plan_priorities);

  return g_test_run ();
}

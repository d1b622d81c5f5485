/* test-plan-people.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules about people (sc-plan-people.c) on temporary copies of the
 * sample company: email shape, refusals that write nothing, deleting only
 * who has no history, handing open work over when someone leaves (closed
 * history keeps its owner), all undoable.
 */

#include "config.h"

#include <locale.h>

#include "sc-plan-fixture.h"

static void
test_plan_email (void)
{
  static const struct { const char *email; gboolean valid; } cases[] = {
    { "", TRUE },
    { "  ", TRUE },
    { "sophie.lachance@borealis-metal.example", TRUE },
    { "jp.gagnon@borealis-metal.ca ", TRUE },
    { "élise@métal.québec", TRUE },
    { "sophie", FALSE },
    { "sophie@", FALSE },
    { "@borealis.ca", FALSE },
    { "sophie@borealis", FALSE },
    { "sophie@borealis.c", FALSE },
    { "sophie@@borealis.ca", FALSE },
    { "sophie lachance@borealis.ca", FALSE },
    { "sophie@borealis..ca", FALSE },
    { "sophie@.borealis.ca", FALSE },
    { "a@b.ca, c@d.ca", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (sc_plan_email_is_valid (cases[i].email), ==, cases[i].valid);
}

static void
test_plan_person_rules (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(ScPerson) draft = sc_plan_new_person (f->store);
  g_autoptr(GError) error = NULL;
  ScRecord *real = person (f->store, "Réal Côté");
  guint rows = sc_store_count_rows (f->store, &sc_person_table);
  gint64 id;

  /* Refused: no name, a malformed email. Nothing written. */
  g_assert_false (sc_plan_save_person (f->store, draft, &error));
  g_assert_error (error, SC_PLAN_ERROR, SC_PLAN_ERROR_NO_NAME);
  g_clear_error (&error);
  sc_record_set_text (SC_RECORD (draft), SC_PERSON_NAME, "Karine Roy");
  sc_record_set_text (SC_RECORD (draft), SC_PERSON_EMAIL, "karine.roy@borealis");
  g_assert_false (sc_plan_save_person (f->store, draft, &error));
  g_assert_error (error, SC_PLAN_ERROR, SC_PLAN_ERROR_BAD_EMAIL);
  g_clear_error (&error);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_person_table), ==, rows);

  sc_record_set_text (SC_RECORD (draft), SC_PERSON_EMAIL, "karine.roy@borealis-metal.example");
  sc_record_set_text (SC_RECORD (draft), SC_PERSON_ROLE, "Représentante des ventes");
  g_assert_true (sc_plan_save_person (f->store, draft, &error));
  g_assert_no_error (error);
  id = sc_record_get_id (SC_RECORD (draft));
  g_assert_cmpint (sc_record_get_int (SC_RECORD (draft), SC_PERSON_POSITION), ==, 7);

  /* Someone without history may go, and come back with undo. */
  g_assert_false (sc_plan_person_has_history (f->store, id));
  g_assert_true (sc_plan_delete_person (f->store, id, &error));
  g_assert_no_error (error);
  g_assert_null (sc_store_lookup (f->store, &sc_person_table, id));
  g_assert_true (sc_store_undo (f->store, &error));
  g_assert_true (sc_record_equal (sc_store_lookup (f->store, &sc_person_table, id),
                                  SC_RECORD (draft)));

  /* Réal owns nothing and has no history either; Nathalie has both. */
  g_assert_false (sc_plan_person_has_open_items (f->store, sc_record_get_id (real)));
  g_assert_true (sc_plan_delete_person (f->store, sc_record_get_id (real), &error));
  g_assert_no_error (error);
}

static gint64
owner_of (Fixture *f,
          gint64   action_id)
{
  return sc_record_get_ref (sc_store_lookup (f->store, &sc_action_table, action_id),
                            SC_ACTION_OWNER_ID);
}

/* Someone new with an open action cannot go before handing it over;
 * without history, they are then deleted in the same change. */
static void
test_plan_hand_over_and_delete (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(ScPerson) karine = sc_plan_new_person (f->store);
  g_autoptr(ScAction) visit = NULL;
  g_autoptr(GError) error = NULL;
  gint64 emilie = sc_record_get_id (person (f->store, "Émilie Ouellet"));
  gint64 id, visit_id;

  sc_record_set_text (SC_RECORD (karine), SC_PERSON_NAME, "Karine Roy");
  g_assert_true (sc_plan_save_person (f->store, karine, &error));
  id = sc_record_get_id (SC_RECORD (karine));
  visit = new_action (f->store, "Visiter Agri-Pro", id, "2025-10-03");
  g_assert_true (sc_plan_save_action (f->store, visit, NULL, &error));
  g_assert_no_error (error);
  visit_id = sc_record_get_id (SC_RECORD (visit));

  g_assert_false (sc_plan_delete_person (f->store, id, &error));
  g_assert_error (error, SC_PLAN_ERROR, SC_PLAN_ERROR_OPEN_ITEMS);
  g_clear_error (&error);
  g_assert_true (sc_plan_reassign_person (f->store, id, emilie, SC_PERSON_DELETE, &error));
  g_assert_no_error (error);
  g_assert_null (sc_store_lookup (f->store, &sc_person_table, id));
  g_assert_cmpint (owner_of (f, visit_id), ==, emilie);

  g_assert_true (sc_store_undo (f->store, &error));
  g_assert_nonnull (sc_store_lookup (f->store, &sc_person_table, id));
  g_assert_cmpint (owner_of (f, visit_id), ==, id);
  sc_sample_copy_reopen (f);
  g_assert_cmpint (owner_of (f, visit_id), ==, id);
}

static void
test_plan_reassign (Fixture       *f,
                    gconstpointer  data)
{
  ScRecord *jp = person (f->store, "Jean-Philippe Gagnon");
  ScRecord *marc = person (f->store, "Marc-André Pelletier");
  gint64 jp_id = sc_record_get_id (jp);
  gint64 marc_id = sc_record_get_id (marc);
  g_autoptr(GError) error = NULL;
  ScPersonLoad load;
  g_autofree char *items = NULL;
  ScRecord *quotes_kpi = NULL;
  gint64 quotes_id;
  GListModel *kpis = sc_store_get_list (f->store, &sc_kpi_table);

  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      g_autoptr(ScRecord) k = g_list_model_get_item (kpis, i);

      if (g_str_equal (sc_record_get_text (k, SC_KPI_CATALOG_KEY), "K24"))
        quotes_kpi = k;
    }
  g_assert_nonnull (quotes_kpi);
  g_assert_cmpint (sc_record_get_ref (quotes_kpi, SC_KPI_OWNER_ID), ==, jp_id);
  quotes_id = sc_record_get_id (quotes_kpi);

  /* Jean-Philippe owns A03 (open) and K24: he cannot just go. */
  sc_plan_person_load (f->store, jp_id, sc_store_get_today (f->store), &load);
  g_assert_cmpuint (load.open_actions, ==, 1);
  g_assert_cmpuint (load.days_late, ==, 119);
  g_assert_cmpuint (load.active_kpis, ==, 1);
  items = sc_plan_describe_open_items (&load);
  g_assert_cmpstr (items, ==, "1 open action and 1 KPI");

  g_assert_false (sc_plan_set_person_active (f->store, jp_id, FALSE, &error));
  g_assert_error (error, SC_PLAN_ERROR, SC_PLAN_ERROR_OPEN_ITEMS);
  g_clear_error (&error);
  g_assert_false (sc_plan_delete_person (f->store, jp_id, &error));
  g_assert_error (error, SC_PLAN_ERROR, SC_PLAN_ERROR_HISTORY);
  g_clear_error (&error);
  g_assert_true (sc_record_get_bool (jp, SC_PERSON_ACTIVE));

  /* Not to himself, not to someone inactive, and not deleted: he has history. */
  g_assert_false (sc_plan_reassign_person (f->store, jp_id, jp_id, SC_PERSON_DEACTIVATE, &error));
  g_assert_error (error, SC_PLAN_ERROR, SC_PLAN_ERROR_SAME_PERSON);
  g_clear_error (&error);
  g_assert_false (sc_plan_reassign_person (f->store, jp_id, marc_id, SC_PERSON_DELETE, &error));
  g_assert_error (error, SC_PLAN_ERROR, SC_PLAN_ERROR_HISTORY);
  g_clear_error (&error);

  g_assert_true (sc_plan_reassign_person (f->store, jp_id, marc_id, SC_PERSON_DEACTIVATE, &error));
  g_assert_no_error (error);

  sc_sample_copy_reopen (f);
  /* The open work moved; the closed history keeps its owner. */
  g_assert_cmpint (sc_record_get_ref (action (f->store, "A03"), SC_ACTION_OWNER_ID), ==, marc_id);
  g_assert_cmpint (sc_record_get_ref (action (f->store, "A02"), SC_ACTION_OWNER_ID), ==, jp_id);
  g_assert_cmpint (sc_record_get_ref (action (f->store, "A08"), SC_ACTION_OWNER_ID), ==, jp_id);
  g_assert_cmpint (sc_record_get_ref (sc_store_lookup (f->store, &sc_kpi_table, quotes_id),
                                      SC_KPI_OWNER_ID), ==, marc_id);
  g_assert_false (sc_record_get_bool (sc_store_lookup (f->store, &sc_person_table, jp_id),
                                      SC_PERSON_ACTIVE));
  g_assert_false (sc_plan_person_has_open_items (f->store, jp_id));
  g_assert_true (sc_plan_person_has_history (f->store, jp_id));
}

static void
test_plan_reassign_undo (Fixture       *f,
                         gconstpointer  data)
{
  gint64 sophie = sc_record_get_id (person (f->store, "Sophie Lachance"));
  gint64 emilie = sc_record_get_id (person (f->store, "Émilie Ouellet"));
  g_autoptr(ScRecord) a05 = sc_record_copy (action (f->store, "A05"));
  g_autoptr(ScRecord) who = sc_record_copy (person (f->store, "Sophie Lachance"));
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_plan_reassign_person (f->store, sophie, emilie, SC_PERSON_DEACTIVATE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sc_record_get_ref (action (f->store, "A05"), SC_ACTION_OWNER_ID), ==, emilie);
  g_assert_cmpstr (sc_store_get_undo_label (f->store), ==, "Reassign and deactivate person");

  g_assert_true (sc_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_true (sc_record_equal (action (f->store, "A05"), a05));
  g_assert_true (sc_record_equal (sc_store_lookup (f->store, &sc_person_table, sophie), who));
  g_assert_true (sc_plan_person_has_open_items (f->store, sophie));
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_person_table), ==, 7);
  sc_sample_copy_reopen (f);
  g_assert_cmpint (sc_record_get_ref (action (f->store, "A05"), SC_ACTION_OWNER_ID), ==, sophie);
  g_assert_true (sc_record_get_bool (person (f->store, "Sophie Lachance"), SC_PERSON_ACTIVE));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  ADD ("/plan-people/rules", test_plan_person_rules);
  ADD ("/plan-people/hand-over-and-delete", test_plan_hand_over_and_delete);
  ADD ("/plan-people/reassign", test_plan_reassign);
  ADD ("/plan-people/reassign/undo", test_plan_reassign_undo);
  g_test_add_func ("/plan-people/email", test_plan_email);

  return g_test_run ();
}

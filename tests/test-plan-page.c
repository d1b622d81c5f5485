/* test-plan-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Plan and People pages in the real window, on a temporary copy of the
 * sample company (today 2025-09-26, in Q2 FY2025, whose plan is still Q1's),
 * driven the way a keyboard drives them: texts typed into the entries,
 * Enter ("activate"), the widgets' actions. What matters is checked in the
 * company file afterwards, opened again with a new store.
 *
 * With SC_SCREENSHOT_DIR set, the pages are also saved there as
 * plan-<lang>.png and people-<lang>.png (LANGUAGE=fr for French).
 */

#include "config.h"

#include <glib/gstdio.h>

#include "sc-action-editor.h"
#include "sc-action-row.h"
#include "sc-actions-summary.h"
#include "sc-alert-window.h"
#include "sc-l10n.h"
#include "sc-people-page.h"
#include "sc-person-editor.h"
#include "sc-person-row.h"
#include "sc-plan-page.h"
#include "sc-plan.h"
#include "sc-priority-editor.h"
#include "sc-reassign-window.h"
#include "sc-test-records.h"
#include "sc-test-utils.h"

typedef struct
{
  char       *path;
  ScWindow   *window;
  ScStore    *store;
  ScPlanPage *plan;
  ScPeoplePage *people;
} Fixture;

static GtkWidget *
template_child (gpointer    widget,
                GType       type,
                const char *id)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, id);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

/* Runs what is pending (the pages refresh at idle after a change), however
 * slow the build (sanitizers): until nothing is left, 5 s at most. */
static void
settle (void)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  sc_test_flush ();
  while (g_main_context_pending (NULL) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
}

static void
show_page (Fixture    *f,
           const char *name)
{
  GtkStack *stack = GTK_STACK (template_child (f->window, SC_TYPE_WINDOW, "pages_stack"));

  gtk_stack_set_visible_child_name (stack, name);
  settle ();
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GtkStack *stack;

  f->path = sc_test_make_sample (0);
  f->window = sc_test_window (f->path);
  f->store = sc_window_get_store (f->window);
  /* A page is built, and gets the file, when it is first shown: not at
   * start-up. */
  stack = GTK_STACK (template_child (f->window, SC_TYPE_WINDOW, "pages_stack"));
  g_assert_null (gtk_widget_get_first_child (gtk_stack_get_child_by_name (stack, "plan")));
  f->plan = SC_PLAN_PAGE (sc_window_get_page (f->window, "plan"));
  f->people = SC_PEOPLE_PAGE (sc_window_get_page (f->window, "people"));
  g_assert_null (sc_plan_page_get_store (f->plan));
  g_assert_null (sc_people_page_get_store (f->people));
  show_page (f, "people");
  g_assert_true (sc_people_page_get_store (f->people) == f->store);
  show_page (f, "plan");
  g_assert_true (sc_plan_page_get_store (f->plan) == f->store);
}

static void
close_window (Fixture *f)
{
  if (f->window == NULL)
    return;
  /* Closing releases the file's lock, so it can be opened again. */
  gtk_window_destroy (GTK_WINDOW (f->window));
  f->window = NULL;
  f->store = NULL;
  sc_test_flush ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  close_window (f);
  g_free (f->path);
}

static ScStore *
reopen (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  ScStore *store;

  close_window (f);
  store = sc_store_open (f->path, SC_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  return store;
}

static gint64
person_id (ScStore    *store,
           const char *name)
{
  ScRecord *p = find (store, &sc_person_table, SC_PERSON_NAME, name);

  g_assert_nonnull (p);
  return sc_record_get_id (p);
}

/* The refs of the actions the list shows, in order: "A03 A05". */
static char *
shown_refs (ScPlanPage *page)
{
  ScActionList *list = sc_plan_page_get_action_list (page);
  GListModel *model;
  g_autoptr(GString) refs = g_string_new (NULL);

  sc_action_list_refresh (list);
  model = sc_action_list_get_model (list);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ScRecord) a = g_list_model_get_item (model, i);

      g_string_append_printf (refs, "%s%s", i ? " " : "", sc_record_get_text (a, SC_ACTION_REF));
    }
  return g_string_free (g_steal_pointer (&refs), FALSE);
}

static ScActionRow *
row_of (ScPlanPage *page,
        const char *ref)
{
  GtkWidget *list_box = template_child (sc_plan_page_get_action_list (page), SC_TYPE_ACTION_LIST,
                                        "list_box");

  for (GtkWidget *child = gtk_widget_get_first_child (list_box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      ScAction *action;

      if (!SC_IS_ACTION_ROW (child))
        continue;
      action = sc_action_row_get_action (SC_ACTION_ROW (child));
      if (g_str_equal (sc_record_get_text (SC_RECORD (action), SC_ACTION_REF), ref))
        return SC_ACTION_ROW (child);
    }
  g_assert_not_reached ();
}

/* The plan page ---------------------------------------------------------- */

static void
test_plan_page_quarters (Fixture       *f,
                         gconstpointer  data)
{
  int year, quarter;
  const char *notice;
  g_autofree char *current = NULL;
  g_autofree char *previous = NULL;
  GtkWidget *priorities = template_child (f->plan, SC_TYPE_PLAN_PAGE, "priority_list");

  /* It opens on today's quarter, Q2, which has no plan of its own… */
  sc_plan_page_get_quarter (f->plan, &year, &quarter);
  g_assert_cmpint (year, ==, 2025);
  g_assert_cmpint (quarter, ==, 2);
  notice = sc_plan_page_get_notice (f->plan);
  g_assert_nonnull (notice);
  g_assert_nonnull (strstr (notice, "Q2 FY2025 has no plan yet"));
  g_assert_nonnull (strstr (notice, "Q1 FY2025"));
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (priorities), 0));
  /* …and shows what is still open from Q1: the two late actions. */
  current = shown_refs (f->plan);
  g_assert_cmpstr (current, ==, "A03 A05");

  /* The notice's button shows Q1: its three objectives and ten actions. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->plan), "plan.view-previous-plan",
                                             NULL));
  sc_plan_page_get_quarter (f->plan, &year, &quarter);
  g_assert_cmpint (quarter, ==, 1);
  g_assert_null (sc_plan_page_get_notice (f->plan));
  previous = shown_refs (f->plan);
  g_assert_cmpuint (strlen (previous), ==, 10 * 4 - 1);
  g_assert_nonnull (gtk_list_box_get_row_at_index (GTK_LIST_BOX (priorities), 2));
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (priorities), 3));

  /* Back and forth. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->plan), "plan.next-quarter", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->plan), "plan.next-quarter", NULL));
  sc_plan_page_get_quarter (f->plan, &year, &quarter);
  g_assert_cmpint (quarter, ==, 3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->plan), "plan.current-quarter", NULL));
  sc_plan_page_get_quarter (f->plan, &year, &quarter);
  g_assert_cmpint (quarter, ==, 2);
}

static void
type_action (ScPlanPage *page,
             const char *title,
             gint64      owner,
             const char *due)
{
  ScActionQuickEntry *entry = sc_plan_page_get_quick_entry (page);
  ScDateEntry *date = sc_action_quick_entry_get_date (entry);

  gtk_editable_set_text (GTK_EDITABLE (sc_action_quick_entry_get_title_entry (entry)), title);
  sc_record_chooser_set_selected_id (sc_action_quick_entry_get_owner (entry), owner);
  gtk_editable_set_text (GTK_EDITABLE (sc_date_entry_get_entry (date)), due);
}

static void
press_enter_in_date (ScPlanPage *page)
{
  ScActionQuickEntry *entry = sc_plan_page_get_quick_entry (page);

  /* What Enter does in the date field. */
  g_signal_emit_by_name (sc_date_entry_get_entry (sc_action_quick_entry_get_date (entry)),
                         "activate");
}

static void
test_plan_page_quick_entry (Fixture       *f,
                            gconstpointer  data)
{
  gint64 sophie = person_id (f->store, "Sophie Lachance");
  ScActionQuickEntry *entry = sc_plan_page_get_quick_entry (f->plan);
  g_autoptr(ScStore) store = NULL;
  g_autofree char *shown = NULL;
  ScRecord *added;

  /* "vendredi" on Friday 2025-09-26 is the next Friday. */
  type_action (f->plan, "Visiter Agri-Pro Estrie", sophie, "vendredi");
  press_enter_in_date (f->plan);

  g_assert_nonnull (strstr (sc_window_get_toast (f->window), "Sophie Lachance"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (sc_action_quick_entry_get_title_entry
                                                          (entry))), ==, "");
  shown = shown_refs (f->plan);
  g_assert_cmpstr (shown, ==, "A03 A05 A01");

  /* Enter in the title field saves too. */
  type_action (f->plan, "Relancer Usinage Drummond", sophie, "+7");
  g_signal_emit_by_name (sc_action_quick_entry_get_title_entry (entry), "activate");

  store = reopen (f);
  added = find (store, &sc_action_table, SC_ACTION_TITLE, "Visiter Agri-Pro Estrie");
  g_assert_nonnull (added);
  g_assert_cmpint (sc_record_get_ref (added, SC_ACTION_OWNER_ID), ==, sophie);
  g_assert_cmpuint (sc_record_get_date (added, SC_ACTION_DUE), ==, sc_day_from_iso ("2025-10-03"));
  g_assert_cmpint (sc_record_get_int (added, SC_ACTION_QUARTER), ==, 2);
  g_assert_cmpint (sc_record_get_int (added, SC_ACTION_STATUS), ==, SC_ACTION_OPEN);
  added = find (store, &sc_action_table, SC_ACTION_TITLE, "Relancer Usinage Drummond");
  g_assert_nonnull (added);
  g_assert_cmpuint (sc_record_get_date (added, SC_ACTION_DUE), ==, sc_day_from_iso ("2025-10-03"));
}

static void
test_plan_page_quick_entry_refusals (Fixture       *f,
                                     gconstpointer  data)
{
  ScActionQuickEntry *entry = sc_plan_page_get_quick_entry (f->plan);
  ScRecordChooser *owner = sc_action_quick_entry_get_owner (entry);
  GtkWidget *date = GTK_WIDGET (sc_date_entry_get_entry (sc_action_quick_entry_get_date (entry)));
  guint rows = sc_store_count_rows (f->store, &sc_action_table);
  g_autoptr(ScStore) store = NULL;
  const char *message;

  /* No owner: said at the owner field, nothing written. */
  type_action (f->plan, "Appeler Métal Bois-Francs", 0, "2025-10-10");
  press_enter_in_date (f->plan);
  message = sc_action_quick_entry_get_message (entry, SC_QUICK_FIELD_OWNER);
  g_assert_cmpstr (message, ==, "Choose who is responsible: every action has one owner.");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (owner), "error"));
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (owner), GTK_ACCESSIBLE_STATE_INVALID,
                                    GTK_ACCESSIBLE_INVALID_TRUE);
  g_assert_null (sc_action_quick_entry_get_message (entry, SC_QUICK_FIELD_DUE));
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_action_table), ==, rows);

  /* Choosing an owner clears it; then no date: said at the date. */
  type_action (f->plan, "Appeler Métal Bois-Francs", person_id (f->store, "Sophie Lachance"),
               "");
  g_assert_null (sc_action_quick_entry_get_message (entry, SC_QUICK_FIELD_OWNER));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (owner), "error"));
  press_enter_in_date (f->plan);
  message = sc_action_quick_entry_get_message (entry, SC_QUICK_FIELD_DUE);
  g_assert_cmpstr (message, ==, "Give a due date: every action has one.");
  g_assert_true (gtk_widget_has_css_class (date, "error"));
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_action_table), ==, rows);

  /* Something that is not a date: the parser's own message. */
  gtk_editable_set_text (GTK_EDITABLE (date), "la semaine des quatre jeudis");
  press_enter_in_date (f->plan);
  g_assert_nonnull (sc_action_quick_entry_get_message (entry, SC_QUICK_FIELD_DUE));

  /* No title either. */
  type_action (f->plan, "", person_id (f->store, "Sophie Lachance"), "demain");
  press_enter_in_date (f->plan);
  g_assert_nonnull (sc_action_quick_entry_get_message (entry, SC_QUICK_FIELD_TITLE));

  store = reopen (f);
  g_assert_cmpuint (sc_store_count_rows (store, &sc_action_table), ==, rows);
  g_assert_null (find (store, &sc_action_table, SC_ACTION_TITLE, "Appeler Métal Bois-Francs"));
}

static void
test_plan_page_row_undo (Fixture       *f,
                         gconstpointer  data)
{
  ScRecord *a05 = find (f->store, &sc_action_table, SC_ACTION_REF, "A05");
  ScRecord *a03 = find (f->store, &sc_action_table, SC_ACTION_REF, "A03");
  g_autoptr(ScRecord) a05_before = sc_record_copy (a05);
  g_autoptr(ScRecord) a03_before = sc_record_copy (a03);
  gint64 a03_id = sc_record_get_id (a03);
  g_autoptr(ScStore) store = NULL;
  ScActionRow *row;

  settle ();
  row = row_of (f->plan, "A05");
  g_assert_cmpstr (sc_action_row_get_state_text (row), ==, "91 days late");
  g_assert_cmpstr (sc_action_row_get_state_text (row_of (f->plan, "A03")), ==, "119 days late");
  gtk_test_accessible_assert_property (template_child (row, SC_TYPE_ACTION_ROW, "complete_button"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Mark as Done");

  /* Done, from the row; the toast offers Undo, which restores the row. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "row.complete", NULL));
  g_assert_cmpstr (sc_window_get_toast (f->window), ==, "Action A05 marked as done.");
  g_assert_cmpint (sc_record_get_int (a05, SC_ACTION_STATUS), ==, SC_ACTION_DONE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_true (sc_record_equal (a05, a05_before));

  /* Dropping asks for the reason in the row first. */
  settle ();
  row = row_of (f->plan, "A05");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "row.drop", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "row.confirm-drop", NULL));
  g_assert_cmpint (sc_record_get_int (a05, SC_ACTION_STATUS), ==, SC_ACTION_OPEN);
  gtk_editable_set_text (GTK_EDITABLE (template_child (row, SC_TYPE_ACTION_ROW, "reason_entry")),
                         "Remplacé par 20 appels");
  g_signal_emit_by_name (template_child (row, SC_TYPE_ACTION_ROW, "reason_entry"), "activate");
  g_assert_cmpint (sc_record_get_int (a05, SC_ACTION_STATUS), ==, SC_ACTION_DROPPED);
  g_assert_cmpstr (sc_window_get_toast (f->window), ==, "Action A05 dropped.");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_true (sc_record_equal (a05, a05_before));

  /* Deleting A03 takes its slip with it; undo brings both back. */
  settle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row_of (f->plan, "A03")), "row.delete",
                                             NULL));
  g_assert_null (sc_store_lookup (f->store, &sc_action_table, a03_id));
  g_assert_cmpuint (sc_plan_count_slips (f->store, a03_id), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));

  store = reopen (f);
  g_assert_true (sc_record_equal (sc_store_lookup (store, &sc_action_table, a03_id), a03_before));
  g_assert_cmpuint (sc_plan_count_slips (store, a03_id), ==, 1);
  g_assert_true (sc_record_equal (find (store, &sc_action_table, SC_ACTION_REF, "A05"),
                                  a05_before));
}

static void
test_plan_page_editor (Fixture       *f,
                       gconstpointer  data)
{
  ScRecord *a03 = find (f->store, &sc_action_table, SC_ACTION_REF, "A03");
  gint64 id = sc_record_get_id (a03);
  ScActionEditor *editor;
  g_autoptr(ScStore) store = NULL;
  guint rows = sc_store_count_rows (f->store, &sc_action_table);

  /* The editor shows the slip history and records the next move. */
  editor = sc_action_editor_new (GTK_WINDOW (f->window), f->store, SC_ACTION (a03), 0, 0);
  gtk_window_present (GTK_WINDOW (editor));
  g_assert_cmpuint (sc_action_editor_count_slips (editor), ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (sc_date_entry_get_entry (
                           SC_DATE_ENTRY (template_child (editor, SC_TYPE_ACTION_EDITOR,
                                                          "date_entry")))), "2025-10-17");
  gtk_editable_set_text (GTK_EDITABLE (template_child (editor, SC_TYPE_ACTION_EDITOR,
                                                       "slip_reason_entry")),
                         "Attente du nouveau logiciel d'estimation");
  g_assert_true (sc_action_editor_save (editor));
  g_assert_cmpuint (sc_plan_count_slips (f->store, id), ==, 2);

  /* A new action without owner: said at the field, nothing written. */
  editor = sc_action_editor_new (GTK_WINDOW (f->window), f->store, NULL, 2025, 2);
  gtk_window_present (GTK_WINDOW (editor));
  gtk_editable_set_text (GTK_EDITABLE (template_child (editor, SC_TYPE_ACTION_EDITOR,
                                                       "title_entry")), "Former l'équipe");
  g_assert_false (sc_action_editor_save (editor));
  g_assert_cmpstr (sc_action_editor_get_message (editor, SC_EDITOR_FIELD_OWNER), ==,
                   "Choose who is responsible: every action has one owner.");
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_action_table), ==, rows);
  gtk_window_destroy (GTK_WINDOW (editor));

  store = reopen (f);
  a03 = sc_store_lookup (store, &sc_action_table, id);
  g_assert_cmpuint (sc_record_get_date (a03, SC_ACTION_DUE), ==, sc_day_from_iso ("2025-10-17"));
  g_assert_cmpuint (sc_record_get_date (a03, SC_ACTION_ORIGINAL_DUE), ==,
                    sc_day_from_iso ("2025-05-16"));
  g_assert_cmpuint (sc_plan_count_slips (store, id), ==, 2);
}

static void
test_plan_page_objectives (Fixture       *f,
                           gconstpointer  data)
{
  ScPriorityEditor *editor;
  guint rows;

  sc_plan_page_set_quarter (f->plan, 2025, 1);
  for (int i = 0; i < 2; i++)
    {
      editor = sc_priority_editor_new (GTK_WINDOW (f->window), f->store, NULL, 2025, 1);
      gtk_window_present (GTK_WINDOW (editor));
      gtk_editable_set_text (GTK_EDITABLE (template_child (editor, SC_TYPE_PRIORITY_EDITOR,
                                                           "title_entry")),
                             i ? "Fidéliser les cinq principaux clients" : "Réduire les délais");
      if (i == 0)
        {
          g_assert_false (sc_priority_editor_save (editor));
          g_assert_nonnull (sc_priority_editor_get_message (editor, 1));
        }
      sc_record_chooser_set_selected_id (SC_RECORD_CHOOSER (template_child (editor,
                                                                            SC_TYPE_PRIORITY_EDITOR,
                                                                            "owner_chooser")),
                                         person_id (f->store, "Nathalie Bergeron"));
      g_assert_true (sc_priority_editor_save (editor));
    }
  g_assert_cmpuint (sc_plan_count_priorities (f->store, 2025, 1), ==, 5);

  /* A sixth is refused with a clear message, nothing opens or is written. */
  rows = sc_store_count_rows (f->store, &sc_priority_table);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->plan), "plan.add-priority", NULL));
  g_assert_nonnull (sc_plan_page_get_limit_message (f->plan));
  g_assert_nonnull (strstr (sc_plan_page_get_limit_message (f->plan), "at most 5"));
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_priority_table), ==, rows);
}

static void
test_plan_page_views (Fixture       *f,
                      gconstpointer  data)
{
  ScActionList *list = sc_plan_page_get_action_list (f->plan);
  g_autofree char *overdue = NULL;
  g_autofree char *by_owner = NULL;
  g_autofree char *done = NULL;
  g_autofree char *sophie = NULL;
  g_autofree char *search = NULL;

  sc_plan_page_set_quarter (f->plan, 2025, 1);

  sc_action_list_set_view (list, SC_ACTION_VIEW_OVERDUE_FIRST);
  overdue = shown_refs (f->plan);
  g_assert_true (g_str_has_prefix (overdue, "A03 A05 "));

  /* By owner: Émilie, Jean-Philippe, Marc-André, Nathalie, Sophie. */
  sc_action_list_set_view (list, SC_ACTION_VIEW_BY_OWNER);
  by_owner = shown_refs (f->plan);
  g_assert_cmpstr (by_owner, ==, "A07 A06 A03 A02 A08 A01 A10 A09 A05 A04");

  /* Done: the closed ones, last closed first (A07 on 2025-06-13). */
  sc_action_list_set_view (list, SC_ACTION_VIEW_DONE);
  done = shown_refs (f->plan);
  g_assert_true (g_str_has_prefix (done, "A07 A06 "));
  g_assert_cmpuint (strlen (done), ==, 8 * 4 - 1);

  sc_action_list_set_view (list, SC_ACTION_VIEW_BY_PRIORITY);
  sc_action_list_set_owner (list, person_id (f->store, "Sophie Lachance"));
  sophie = shown_refs (f->plan);
  g_assert_cmpstr (sophie, ==, "A05 A04");

  sc_action_list_set_owner (list, 0);
  sc_action_list_set_filter (list, SC_ACTION_FILTER_OVERDUE);
  sc_action_list_set_search (list, "DELAI");   /* folds case and accents: "délai" */
  search = shown_refs (f->plan);
  g_assert_cmpstr (search, ==, "A03");
}

/* The people page -------------------------------------------------------- */

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

static void
test_people_page_hand_over (Fixture       *f,
                            gconstpointer  data)
{
  gint64 jp = person_id (f->store, "Jean-Philippe Gagnon");
  gint64 marc = person_id (f->store, "Marc-André Pelletier");
  ScReassignWindow *reassign;
  g_autoptr(ScStore) store = NULL;

  show_page (f, "people");
  g_assert_cmpuint (count_rows (sc_people_page_get_list (f->people, TRUE)), ==, 7);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (sc_people_page_get_list (f->people,
                                                                                FALSE))));
  g_assert_cmpstr (sc_person_row_get_load_text (SC_PERSON_ROW (
                     gtk_list_box_get_row_at_index (sc_people_page_get_list (f->people, TRUE), 3))),
                   ==, "1 open action and 1 KPI");

  /* Jean-Philippe still owns A03 and K24: deactivating asks who takes them. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->people), "people.deactivate", "x",
                                             jp));
  g_assert_true (SC_IS_REASSIGN_WINDOW (sc_people_page_get_dialog (f->people)));
  reassign = SC_REASSIGN_WINDOW (sc_people_page_get_dialog (f->people));
  g_assert_nonnull (strstr (sc_reassign_window_get_body (reassign), "1 open action and 1 KPI"));
  g_assert_false (sc_reassign_window_confirm (reassign));
  g_assert_nonnull (sc_reassign_window_get_message (reassign));
  g_assert_true (sc_record_get_bool (sc_store_lookup (f->store, &sc_person_table, jp),
                                     SC_PERSON_ACTIVE));
  sc_record_chooser_set_selected_id (sc_reassign_window_get_chooser (reassign), marc);
  g_assert_true (sc_reassign_window_confirm (reassign));

  settle ();
  g_assert_cmpuint (count_rows (sc_people_page_get_list (f->people, TRUE)), ==, 6);
  g_assert_cmpuint (count_rows (sc_people_page_get_list (f->people, FALSE)), ==, 1);
  g_assert_nonnull (strstr (sc_window_get_toast (f->window), "is inactive"));

  /* Deleting him is refused (history): the question offers deactivation. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->people), "people.delete", "x", jp));
  g_assert_true (SC_IS_ALERT_WINDOW (sc_people_page_get_dialog (f->people)));
  sc_alert_window_respond (SC_ALERT_WINDOW (sc_people_page_get_dialog (f->people)), "cancel");

  store = reopen (f);
  g_assert_cmpint (sc_record_get_ref (find (store, &sc_action_table, SC_ACTION_REF, "A03"),
                                      SC_ACTION_OWNER_ID), ==, marc);
  g_assert_cmpint (sc_record_get_ref (find (store, &sc_action_table, SC_ACTION_REF, "A02"),
                                      SC_ACTION_OWNER_ID), ==, jp);
  g_assert_false (sc_record_get_bool (sc_store_lookup (store, &sc_person_table, jp),
                                      SC_PERSON_ACTIVE));
}

static void
test_people_page_add_and_delete (Fixture       *f,
                                 gconstpointer  data)
{
  ScPersonEditor *editor;
  guint rows = sc_store_count_rows (f->store, &sc_person_table);
  gint64 real = person_id (f->store, "Réal Côté");
  gint64 karine;
  g_autoptr(ScStore) store = NULL;

  show_page (f, "people");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->people), "people.add", NULL));
  editor = SC_PERSON_EDITOR (sc_people_page_get_dialog (f->people));
  gtk_editable_set_text (GTK_EDITABLE (sc_person_editor_get_entry (editor, SC_PERSON_NAME)),
                         "Karine Roy");
  gtk_editable_set_text (GTK_EDITABLE (sc_person_editor_get_entry (editor, SC_PERSON_EMAIL)),
                         "karine.roy@borealis");
  g_assert_false (sc_person_editor_save (editor));
  g_assert_nonnull (sc_person_editor_get_message (editor, SC_PERSON_FIELD_EMAIL));
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_person_table), ==, rows);
  gtk_editable_set_text (GTK_EDITABLE (sc_person_editor_get_entry (editor, SC_PERSON_EMAIL)),
                         "karine.roy@borealis-metal.example");
  g_assert_true (sc_person_editor_save (editor));
  karine = person_id (f->store, "Karine Roy");

  /* Réal has no history: deleted, and undo brings him back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->people), "people.delete", "x", real));
  g_assert_null (sc_store_lookup (f->store, &sc_person_table, real));
  g_assert_cmpstr (sc_window_get_toast (f->window), ==, "Réal Côté deleted.");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_nonnull (sc_store_lookup (f->store, &sc_person_table, real));

  /* Inactive people leave the owner choosers. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->people), "people.deactivate", "x",
                                             karine));
  settle ();
  {
    GListModel *offered = sc_record_chooser_get_model (
      sc_action_quick_entry_get_owner (sc_plan_page_get_quick_entry (f->plan)));

    for (guint i = 0; i < g_list_model_get_n_items (offered); i++)
      {
        g_autoptr(ScRecord) p = g_list_model_get_item (offered, i);

        g_assert_cmpint (sc_record_get_id (p), !=, karine);
      }
    g_assert_cmpuint (g_list_model_get_n_items (offered), ==, 1 + 7);
  }

  store = reopen (f);
  g_assert_nonnull (sc_store_lookup (store, &sc_person_table, real));
  g_assert_cmpstr (sc_record_get_text (sc_store_lookup (store, &sc_person_table, karine),
                                       SC_PERSON_EMAIL), ==, "karine.roy@borealis-metal.example");
  g_assert_false (sc_record_get_bool (sc_store_lookup (store, &sc_person_table, karine),
                                      SC_PERSON_ACTIVE));
}

/* The dashboard's summary ---------------------------------------------- */

static void
test_actions_summary (Fixture       *f,
                      gconstpointer  data)
{
  ScActionsSummary *summary = sc_actions_summary_new ();
  GtkWidget *window = gtk_window_new ();
  g_autofree char *first = NULL;
  g_autoptr(ScAction) draft = NULL;
  g_autoptr(GError) error = NULL;

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (summary));
  sc_actions_summary_set_store (summary, f->store);
  gtk_window_present (GTK_WINDOW (window));

  g_assert_cmpuint (sc_actions_summary_count_overdue_owners (summary), ==, 2);
  first = sc_actions_summary_dup_overdue_text (summary, 0);
  g_assert_nonnull (strstr (first, "Jean-Philippe Gagnon"));
  g_assert_nonnull (strstr (first, "119 days late"));
  g_assert_cmpuint (sc_actions_summary_count_due_this_week (summary), ==, 0);

  draft = sc_plan_new_action (f->store, 0, 0);
  sc_record_set_text (SC_RECORD (draft), SC_ACTION_TITLE, "Relancer Agri-Pro");
  sc_record_set_ref (SC_RECORD (draft), SC_ACTION_OWNER_ID,
                     person_id (f->store, "Sophie Lachance"));
  sc_record_set_date (SC_RECORD (draft), SC_ACTION_DUE, sc_day_from_iso ("2025-09-29"));
  g_assert_true (sc_plan_save_action (f->store, draft, NULL, &error));
  g_assert_no_error (error);
  settle ();
  /* 2025-09-29 is next week's Monday: not this week. */
  g_assert_cmpuint (sc_actions_summary_count_due_this_week (summary), ==, 0);

  sc_record_set_date (SC_RECORD (draft), SC_ACTION_DUE, sc_day_from_iso ("2025-09-28"));
  g_assert_true (sc_plan_save_action (f->store, draft, NULL, &error));
  settle ();
  g_assert_cmpuint (sc_actions_summary_count_due_this_week (summary), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Pictures ------------------------------------------------------------------- */

static void
test_plan_page_screenshots (Fixture       *f,
                            gconstpointer  data)
{
  const char *dir = g_getenv ("SC_SCREENSHOT_DIR");
  g_autofree char *tmp = dir ? NULL : sc_test_make_dir ();
  const char *lang = sc_lang_to_code (sc_l10n_ui_lang ());
  const char *const pages[] = { "plan", "people" };
  gboolean never = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *name = g_strdup_printf ("%s-%s.png", pages[i], lang);
      g_autofree char *path = g_build_filename (dir ? dir : tmp, name, NULL);
      g_autoptr(GError) error = NULL;
      GStatBuf st;

      /* The plan page shows the sample's plan: Q1 FY2025. */
      sc_plan_page_set_quarter (f->plan, 2025, 1);
      show_page (f, pages[i]);
      /* Past the pages' crossfade, and no passing toast over the picture. */
      sc_test_wait_for (&never, 600);
      gtk_revealer_set_reveal_child (GTK_REVEALER (template_child (f->window, SC_TYPE_WINDOW,
                                                                   "toast_revealer")), FALSE);
      sc_test_wait_for (&never, 500);
      g_assert_true (sc_test_render_png (GTK_WIDGET (f->window), path, &error));
      g_assert_no_error (error);
      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_assert_cmpint (st.st_size, >, 10000);
    }
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  sc_test_init (&argc, &argv);

  ADD ("/plan-page/quarters", test_plan_page_quarters);
  ADD ("/plan-page/quick-entry", test_plan_page_quick_entry);
  ADD ("/plan-page/quick-entry/refusals", test_plan_page_quick_entry_refusals);
  ADD ("/plan-page/row-undo", test_plan_page_row_undo);
  ADD ("/plan-page/editor", test_plan_page_editor);
  ADD ("/plan-page/objectives", test_plan_page_objectives);
  ADD ("/plan-page/views", test_plan_page_views);
  ADD ("/people-page/hand-over", test_people_page_hand_over);
  ADD ("/people-page/add-and-delete", test_people_page_add_and_delete);
  ADD ("/actions-summary", test_actions_summary);
  ADD ("/plan-page/screenshots", test_plan_page_screenshots);

  return g_test_run ();
}

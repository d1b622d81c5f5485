/* test-reviews-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Reviews page in the real window, on a temporary copy of the sample
 * company (today 2025-09-26): every template of the reviews built on its
 * own, the review of August 2025 run through the widgets (causes and
 * countermeasures typed, one made an action, refusals said at the field,
 * Save) and found in the company file afterwards, and T1's quarterly
 * review decided item by item, saved as a draft and finished.
 *
 * With SC_SCREENSHOT_DIR set, the reviews are also saved there as
 * monthly-review-<lang>.png and quarterly-review-<lang>.png (LANGUAGE=fr
 * for French).
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "sc-decision-pane.h"
#include "sc-l10n.h"
#include "sc-monthly-review-view.h"
#include "sc-quarterly-review-view.h"
#include "sc-reviews-page.h"
#include "sc-test-records.h"
#include "sc-test-utils.h"
#include "sc-variance-row.h"

typedef struct
{
  char          *path;
  ScWindow      *window;
  ScStore       *store;
  ScReviewsPage *page;
} Fixture;

static GtkStack *
pages_stack (Fixture *f)
{
  GObject *stack = gtk_widget_get_template_child (GTK_WIDGET (f->window), SC_TYPE_WINDOW,
                                                  "pages_stack");

  g_assert_nonnull (stack);
  return GTK_STACK (stack);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->path = sc_test_make_sample (0);
  f->window = sc_test_window (f->path);
  f->store = sc_window_get_store (f->window);
  f->page = SC_REVIEWS_PAGE (sc_window_get_page (f->window, "reviews"));
  g_assert_nonnull (f->page);
  g_assert_null (sc_reviews_page_get_store (f->page));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s",
                                             "reviews"));
  sc_test_flush ();
  g_assert_true (sc_reviews_page_get_store (f->page) == f->store);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (pages_stack (f)), ==, "reviews");
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
  f->page = NULL;
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

/* Every template, on its own, built and destroyed. */
static void
test_reviews_templates (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(ScMonthlyReviewSession) monthly = NULL;
  g_autoptr(ScQuarterlyReviewSession) quarterly = NULL;
  g_autoptr(ScMonthlyReviewContent) content = NULL;
  g_autoptr(GError) error = NULL;
  GType types[] = {
    SC_TYPE_REVIEWS_PAGE, SC_TYPE_MONTHLY_REVIEW_VIEW, SC_TYPE_QUARTERLY_REVIEW_VIEW,
    SC_TYPE_DECISION_PANE,
  };
  GtkWidget *row;
  GtkWidget *pane;

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      GtkWidget *widget = g_object_ref_sink (g_object_new (types[i], NULL));

      g_assert_true (GTK_IS_WIDGET (widget));
      g_object_unref (widget);
    }

  monthly = sc_monthly_review_session_new (f->store, 2025, 8, &error);
  g_assert_no_error (error);
  content = sc_monthly_review_session_dup_content (monthly, sc_l10n_ui_lang ());
  row = GTK_WIDGET (sc_variance_row_new (monthly, 1, g_ptr_array_index (content->lines, 1)));
  g_object_ref_sink (row);
  g_assert_true (sc_variance_row_asks_followup (SC_VARIANCE_ROW (row)));
  g_object_unref (row);

  quarterly = sc_quarterly_review_session_new (f->store, 2025, 1, &error);
  g_assert_no_error (error);
  pane = g_object_ref_sink (g_object_new (SC_TYPE_DECISION_PANE, NULL));
  sc_decision_pane_show (SC_DECISION_PANE (pane), quarterly, 0);
  g_object_unref (pane);
}

static ScVarianceRow *
row_of (ScMonthlyReviewView *view,
        ScStore             *store,
        const char          *key)
{
  ScMonthlyReviewSession *session = sc_monthly_review_view_get_session (view);
  ScRecord *kpi = find (store, &sc_kpi_table, SC_KPI_CATALOG_KEY, key);
  int index = sc_monthly_review_session_find_line (session, sc_record_get_id (kpi));

  g_assert_cmpint (index, >=, 0);
  return sc_monthly_review_view_get_row (view, (guint) index);
}

static void
type_followup (ScVarianceRow *row,
               const char    *cause,
               const char    *countermeasure)
{
  gtk_editable_set_text (sc_variance_row_get_cause (row), cause);
  gtk_editable_set_text (sc_variance_row_get_countermeasure (row), countermeasure);
}

static ScMonthlyReviewView *
start_august (Fixture *f)
{
  ScMonthlyReviewView *view = sc_reviews_page_get_monthly_view (f->page);

  g_assert_nonnull (strstr (sc_reviews_page_get_monthly_due (f->page),
                            sc_l10n_ui_lang () == SC_LANG_FR ? "août 2025" : "August 2025"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "reviews.start-monthly", NULL));
  sc_test_flush ();
  g_assert_cmpstr (sc_reviews_page_get_shown (f->page), ==, "monthly");
  g_assert_nonnull (sc_monthly_review_view_get_session (view));
  return view;
}

/* The countermeasure of the margin made an action through the row. */
static void
make_margin_action (ScVarianceRow *margin)
{
  GtkEntry *due = sc_date_entry_get_entry (sc_variance_row_get_due_entry (margin));

  type_followup (margin, "Hausse de l'acier non refilée sur les soumissions du printemps",
                 "Réviser les prix des soumissions ouvertes");
  /* The KPI's owner is offered; without a date the plan refuses. */
  g_assert_cmpint (sc_record_chooser_get_selected_id (sc_variance_row_get_owner_chooser (margin)),
                   >, 0);
  gtk_editable_set_text (GTK_EDITABLE (due), "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (margin), "variance.make-action", NULL));
  g_assert_nonnull (sc_variance_row_get_message (margin));
  g_assert_null (sc_variance_row_get_action_text (margin));

  gtk_editable_set_text (GTK_EDITABLE (due), "2025-10-10");
  g_signal_emit_by_name (due, "activate");
  g_assert_null (sc_variance_row_get_message (margin));
  g_assert_nonnull (sc_variance_row_get_action_text (margin));
}

/* August's review in the file: its seven lines, the margin's cause and
 * the action its countermeasure became. */
static void
check_saved_review (ScStore *store,
                    guint    n_actions)
{
  g_autoptr(GPtrArray) lines = NULL;
  ScRecord *review, *action = NULL;

  g_assert_cmpuint (sc_store_count_rows (store, &sc_monthly_review_table), ==, 1);
  g_assert_cmpuint (sc_store_count_rows (store, &sc_action_table), ==, n_actions + 1);
  review = g_list_model_get_item (sc_store_get_list (store, &sc_monthly_review_table), 0);
  g_object_unref (review);
  g_assert_cmpint (sc_record_get_int (review, SC_MONTHLY_REVIEW_MONTH), ==, 8);
  lines = sc_store_query_children (store, &sc_review_line_table, SC_REVIEW_LINE_REVIEW_ID,
                                   sc_record_get_id (review), NULL);
  g_assert_cmpuint (lines->len, ==, 7);
  for (guint i = 0; i < lines->len; i++)
    {
      ScRecord *line = g_ptr_array_index (lines, i);
      gint64 id = sc_record_get_ref (line, SC_REVIEW_LINE_ACTION_ID);

      if (id != 0)
        {
          g_assert_null (action);
          action = sc_store_lookup (store, &sc_action_table, id);
          g_assert_cmpstr (sc_record_get_text (line, SC_REVIEW_LINE_CAUSE), ==,
                           "Hausse de l'acier non refilée sur les soumissions du printemps");
          g_assert_cmpint (sc_record_get_int (line, SC_REVIEW_LINE_ACTUAL), ==, 2480);
        }
    }
  g_assert_nonnull (action);
  g_assert_cmpstr (sc_record_get_text (action, SC_ACTION_TITLE), ==,
                   "Réviser les prix des soumissions ouvertes");
  g_assert_cmpuint (sc_record_get_date (action, SC_ACTION_DUE), ==, sc_day_from_iso ("2025-10-10"));
  g_assert_cmpint (sc_record_get_ref (action, SC_ACTION_OWNER_ID), ==,
                   sc_record_get_id (find (store, &sc_person_table, SC_PERSON_NAME,
                                           "Nathalie Bergeron")));
}

static void
test_reviews_monthly (Fixture       *f,
                      gconstpointer  data)
{
  GtkListBox *past = sc_reviews_page_get_past_list (f->page);
  GtkWidget *placeholder = gtk_widget_get_first_child (GTK_WIDGET (past));
  ScMonthlyReviewView *view;
  ScVarianceRow *margin;

  /* No review yet: the list says so. */
  g_assert_null (gtk_list_box_get_row_at_index (past, 0));
  g_assert_true (GTK_IS_LABEL (placeholder));
  g_assert_true (gtk_widget_get_child_visible (placeholder));

  view = start_august (f);
  margin = row_of (view, f->store, "K02");
  ScVarianceRow *win_rate = row_of (view, f->store, "K08");
  g_autoptr(ScStore) store = NULL;
  guint n_actions = sc_store_count_rows (f->store, &sc_action_table);

  g_assert_true (sc_variance_row_asks_followup (margin));
  g_assert_false (sc_variance_row_asks_followup (row_of (view, f->store, "K01")));
  make_margin_action (margin);

  /* The win rate is off target too: Save says so and writes nothing. */
  g_assert_false (sc_monthly_review_view_save (view));
  g_assert_nonnull (sc_variance_row_get_message (win_rate));
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_monthly_review_table), ==, 0);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_action_table), ==, n_actions);

  type_followup (win_rate, "3 soumissions perdues sur le prix", "Relancer les soumissions perdues");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "monthly.save", NULL));
  sc_test_flush ();
  g_assert_true (sc_monthly_review_session_get_read_only (
                   sc_monthly_review_view_get_session (view)));
  g_assert_nonnull (sc_window_get_toast (f->window));

  /* Back to the list: the review is there, nothing more is due. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "reviews.back", NULL));
  sc_test_flush ();
  g_assert_nonnull (gtk_list_box_get_row_at_index (past, 0));
  g_assert_false (gtk_widget_get_child_visible (placeholder));

  store = reopen (f);
  check_saved_review (store, n_actions);
}

static guint
item_index (ScQuarterlyReviewSession *session,
            ScStore                  *store,
            ScItemKind                kind,
            const ScTableInfo        *table,
            guint                     column,
            const char               *text)
{
  int index = sc_quarterly_review_session_find_item (session, kind,
                                                     sc_record_get_id (find (store, table, column,
                                                                             text)));

  g_assert_cmpint (index, >=, 0);
  return (guint) index;
}

static ScQuarterlyReviewView *
start_t1 (Fixture *f)
{
  ScQuarterlyReviewView *view = sc_reviews_page_get_quarterly_view (f->page);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "reviews.start-quarterly",
                                             NULL));
  sc_test_flush ();
  g_assert_cmpstr (sc_reviews_page_get_shown (f->page), ==, "quarterly");
  g_assert_cmpint (sc_quarterly_review_view_get_session (view) != NULL, ==, TRUE);
  return view;
}

/* A03 modified through the pane: refused without a reason, then recorded. */
static void
modify_a03 (Fixture               *f,
            ScQuarterlyReviewView *view)
{
  ScQuarterlyReviewSession *session = sc_quarterly_review_view_get_session (view);
  ScDecisionPane *pane = sc_quarterly_review_view_get_pane (view);
  guint a03 = item_index (session, f->store, SC_ITEM_ACTION, &sc_action_table, SC_ACTION_REF,
                          "A03");
  GtkEditable *due = GTK_EDITABLE (sc_date_entry_get_entry (sc_decision_pane_get_due_entry (pane)));

  sc_quarterly_review_view_select (view, a03);
  g_assert_cmpuint (sc_decision_pane_get_index (pane), ==, a03);
  sc_decision_pane_choose (pane, SC_DECISION_MODIFY);
  gtk_editable_set_text (sc_decision_pane_get_title_entry (pane),
                         "Ramener le délai de réponse à 4 jours ouvrables pour les pièces usinées "
                         "complexes");
  gtk_editable_set_text (due, "2025-10-31");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "decision.record", NULL));
  g_assert_nonnull (sc_decision_pane_get_message (pane));
  g_assert_cmpuint (sc_decision_pane_get_index (pane), ==, a03);

  gtk_editable_set_text (sc_decision_pane_get_reason (pane),
                         "Cible de 4 jours pour les pièces usinées complexes");
  g_signal_emit_by_name (sc_decision_pane_get_reason (pane), "activate");
  g_assert_null (sc_decision_pane_get_message (pane));
  /* Recorded, the pane moves on. */
  g_assert_cmpuint (sc_decision_pane_get_index (pane), ==, a03 + 1);
}

static void
test_reviews_quarterly (Fixture       *f,
                        gconstpointer  data)
{
  ScQuarterlyReviewView *view = start_t1 (f);
  ScQuarterlyReviewSession *session = sc_quarterly_review_view_get_session (view);
  ScDecisionPane *pane = sc_quarterly_review_view_get_pane (view);
  g_autoptr(ScStore) store = NULL;
  ScRecord *a03;

  modify_a03 (f, view);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "quarterly.save-draft", NULL));
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_decision_table), ==, 1);

  /* Finishing too early says what is left. */
  g_assert_false (sc_quarterly_review_view_finish (view));
  g_assert_nonnull (strstr (sc_quarterly_review_view_get_notice (view), "11"));

  /* The rest kept, one by one, as the buttons do. */
  while (sc_quarterly_review_session_first_undecided (session) >= 0)
    {
      sc_quarterly_review_view_select (view, sc_quarterly_review_session_first_undecided (session));
      sc_decision_pane_choose (pane, SC_DECISION_KEEP);
      g_assert_true (sc_decision_pane_record (pane));
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "quarterly.finish", NULL));
  sc_test_flush ();
  g_assert_true (sc_quarterly_review_session_get_read_only (session));

  store = reopen (f);
  a03 = find (store, &sc_action_table, SC_ACTION_TITLE,
              "Ramener le délai de réponse à 4 jours ouvrables pour les pièces usinées complexes");
  g_assert_cmpint (sc_record_get_int (a03, SC_ACTION_QUARTER), ==, 2);
  g_assert_cmpuint (sc_record_get_date (a03, SC_ACTION_DUE), ==, sc_day_from_iso ("2025-10-31"));
  g_assert_cmpint (sc_record_get_ref (a03, SC_ACTION_CARRIED_FROM), >, 0);
  g_assert_cmpuint (sc_store_count_rows (store, &sc_decision_table), ==, 7 + 3 + 2);
}

static void
save_png (Fixture    *f,
          const char *scene)
{
  const char *dir = g_getenv ("SC_SCREENSHOT_DIR");
  g_autofree char *tmp = dir ? NULL : sc_test_make_dir ();
  g_autofree char *name = g_strdup_printf ("%s-%s.png", scene,
                                           sc_lang_to_code (sc_l10n_ui_lang ()));
  g_autofree char *path = g_build_filename (dir ? dir : tmp, name, NULL);
  g_autoptr(GError) error = NULL;
  gboolean never = FALSE;
  GStatBuf st;
  GtkRevealer *toast = GTK_REVEALER (gtk_widget_get_template_child (GTK_WIDGET (f->window),
                                                                    SC_TYPE_WINDOW,
                                                                    "toast_revealer"));

  /* Past the crossfades; the pictures are of the reviews, not of the
   * toasts of the moment. */
  sc_test_wait_for (&never, 600);
  gtk_revealer_set_transition_type (toast, GTK_REVEALER_TRANSITION_TYPE_NONE);
  gtk_revealer_set_reveal_child (toast, FALSE);
  sc_test_flush ();
  g_assert_true (sc_test_render_png (GTK_WIDGET (f->window), path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 10000);
}

static void
test_reviews_screenshots (Fixture       *f,
                          gconstpointer  data)
{
  ScMonthlyReviewView *monthly = start_august (f);
  ScQuarterlyReviewView *quarterly;
  gboolean fr = sc_l10n_ui_lang () == SC_LANG_FR;

  make_margin_action (row_of (monthly, f->store, "K02"));
  type_followup (row_of (monthly, f->store, "K08"),
                 fr ? "3 soumissions perdues sur le prix (hausse de l'acier)"
                    : "3 quotes lost on price (steel increase)",
                 fr ? "Relancer les soumissions perdues avec la clause d'ajustement"
                    : "Follow up the lost quotes with the price-adjustment clause");
  type_followup (row_of (monthly, f->store, "K04"),
                 fr ? "Moins de commandes des distributeurs en août"
                    : "Fewer distributor orders in August", "");
  save_png (f, "monthly-review");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "reviews.back", NULL));
  quarterly = start_t1 (f);
  /* The first items kept, A03 open on Modify with its changes. */
  for (guint i = 0; i < 3; i++)
    {
      sc_quarterly_review_view_select (quarterly, i);
      sc_decision_pane_choose (sc_quarterly_review_view_get_pane (quarterly), SC_DECISION_KEEP);
      g_assert_true (sc_decision_pane_record (sc_quarterly_review_view_get_pane (quarterly)));
    }
  modify_a03 (f, quarterly);
  sc_quarterly_review_view_select (quarterly,
                                   item_index (sc_quarterly_review_view_get_session (quarterly),
                                               f->store, SC_ITEM_ACTION, &sc_action_table,
                                               SC_ACTION_REF, "A03"));
  save_png (f, "quarterly-review");
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  sc_test_init (&argc, &argv);

  ADD ("/reviews-page/templates", test_reviews_templates);
  ADD ("/reviews-page/monthly", test_reviews_monthly);
  ADD ("/reviews-page/quarterly", test_reviews_quarterly);
  ADD ("/reviews-page/screenshots", test_reviews_screenshots);

  return g_test_run ();
}

/* test-kpi-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The KPI widgets under a virtual display, in the real window on a
 * temporary copy of the sample company (seven active KPIs, today
 * 2025-09-26): every template is built; a target is typed in the editor
 * and found in the file after Save, nonsense is refused at its field with
 * nothing written; the 8th KPI is warned about and can still be added;
 * the first choice of KPIs creates them in one change; shutdown weeks are
 * declared from Preferences.
 *
 * With SC_SCREENSHOT_DIR set, the editor and the catalogue are also saved
 * there as kpi-editor-<lang>.png and kpi-catalog-<lang>.png (LANGUAGE=fr
 * for French).
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "sc-alert-window.h"
#include "sc-choose-kpis-view.h"
#include "sc-date-entry.h"
#include "sc-kpi-catalog-chooser.h"
#include "sc-kpi-editing.h"
#include "sc-kpi-editor.h"
#include "sc-kpi-list.h"
#include "sc-l10n.h"
#include "sc-metrics.h"
#include "sc-preferences-window.h"
#include "sc-shutdown-weeks-window.h"
#include "sc-scorecard-page.h"
#include "sc-test-utils.h"

typedef struct
{
  char     *path;
  ScWindow *window;
  ScStore  *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->path = sc_test_make_sample (0);
  f->window = sc_test_window (f->path);
  f->store = sc_window_get_store (f->window);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  /* Every window the test left open, the main one last. */
  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (w);
    }
  sc_test_flush ();
  g_free (f->path);
}

static GtkWidget *
child (gpointer    widget,
       GType       type,
       const char *id)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, id);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static gpointer
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return w;
    }
  return NULL;
}

/* Lets the main loop run until no window of type is shown (a slow build
 * may need more than one flush). */
static void
wait_closed (GType type)
{
  for (guint i = 0; i < 50 && find_toplevel (type) != NULL; i++)
    sc_test_flush ();
}

static guint
count_rows (GtkWidget *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), n) != NULL)
    n++;
  return n;
}

/* Whether a label under root says text. */
static gboolean
shows_text (GtkWidget  *root,
            const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (root)), text) == 0)
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (shows_text (c, text))
      return TRUE;
  return FALSE;
}

static ScKpi *
kpi (Fixture    *f,
     const char *key)
{
  ScKpi *found = sc_kpi_editing_find_catalog (f->store, key);

  g_assert_nonnull (found);
  return found;
}

static double
target_at (Fixture    *f,
           const char *key,
           const char *iso)
{
  return sc_metrics_entry_target (sc_metrics_for_store (f->store), kpi (f, key),
                                  sc_day_from_iso (iso));
}

static void
type_text (GtkWidget  *editable,
           const char *text)
{
  if (SC_IS_DATE_ENTRY (editable))
    editable = GTK_WIDGET (sc_date_entry_get_entry (SC_DATE_ENTRY (editable)));
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
}

/* The indicators are managed from the scorecard page. */
static ScKpiList *
show_indicators (Fixture *f)
{
  GtkWidget *page = sc_window_get_page (f->window, "scorecard");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s",
                                             "indicators"));
  sc_test_flush ();
  return SC_KPI_LIST (child (page, SC_TYPE_SCORECARD_PAGE, "kpi_list"));
}

/* Templates ---------------------------------------------------------------- */

static void
test_templates (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(ScKpi) draft = sc_kpi_editing_new_draft (f->store, NULL);
  ScKpiList *list = show_indicators (f);
  ScKpiEditor *editor;
  ScKpiCatalogChooser *chooser;
  ScShutdownWeeksWindow *shutdowns;
  ScChooseKpisView *choose;
  GtkWidget *holder;

  /* The page of the window, bound to its store. */
  g_assert_true (SC_IS_KPI_LIST (list));
  g_assert_true (sc_kpi_list_get_store (list) == f->store);
  g_assert_cmpuint (count_rows (child (list, SC_TYPE_KPI_LIST, "active_list")), ==, 7);
  g_assert_null (sc_kpi_list_get_advice (list));

  editor = sc_kpi_editor_new (GTK_WINDOW (f->window), f->store, kpi (f, "K08"));
  gtk_window_present (GTK_WINDOW (editor));
  sc_test_flush ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (editor, SC_TYPE_KPI_EDITOR, "name_entry"))),
                   ==, "Quote win rate");
  /* A ratio shows what its two figures count; it has figures, so its
   * frequency is locked. */
  g_assert_true (gtk_widget_get_visible (child (editor, SC_TYPE_KPI_EDITOR, "labels_row")));
  g_assert_false (gtk_widget_get_sensitive (child (editor, SC_TYPE_KPI_EDITOR, "frequency_dropdown")));
  gtk_window_destroy (GTK_WINDOW (editor));

  editor = sc_kpi_editor_new (GTK_WINDOW (f->window), f->store, draft);
  gtk_window_present (GTK_WINDOW (editor));
  sc_test_flush ();
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "New Indicator");
  g_assert_false (gtk_widget_get_visible (child (editor, SC_TYPE_KPI_EDITOR, "danger_box")));
  gtk_window_destroy (GTK_WINDOW (editor));

  chooser = sc_kpi_catalog_chooser_new (GTK_WINDOW (f->window), f->store);
  gtk_window_present (GTK_WINDOW (chooser));
  sc_test_flush ();
  g_assert_cmpuint (sc_kpi_catalog_chooser_count_visible (chooser), ==, 32);
  gtk_window_destroy (GTK_WINDOW (chooser));

  shutdowns = sc_shutdown_weeks_window_new (GTK_WINDOW (f->window), f->store);
  gtk_window_present (GTK_WINDOW (shutdowns));
  sc_test_flush ();
  g_assert_cmpuint (count_rows (child (shutdowns, SC_TYPE_SHUTDOWN_WEEKS_WINDOW, "weeks_list")), >, 0);
  gtk_window_destroy (GTK_WINDOW (shutdowns));

  holder = gtk_window_new ();
  choose = g_object_new (SC_TYPE_CHOOSE_KPIS_VIEW, "store", f->store, NULL);
  gtk_window_set_child (GTK_WINDOW (holder), GTK_WIDGET (choose));
  gtk_window_present (GTK_WINDOW (holder));
  sc_test_flush ();
  /* The sample already has the starters: none is offered again. */
  g_assert_cmpuint (sc_choose_kpis_view_count_chosen (choose), ==, 0);
  gtk_window_destroy (GTK_WINDOW (holder));
}

/* The editor --------------------------------------------------------------- */

static void
test_editor_target (Fixture       *f,
                    gconstpointer  data)
{
  ScKpiEditor *editor = sc_kpi_editor_new (GTK_WINDOW (f->window), f->store, kpi (f, "K24"));
  GtkWidget *date = child (editor, SC_TYPE_KPI_EDITOR, "target_date");
  GtkWidget *value = child (editor, SC_TYPE_KPI_EDITOR, "target_value");
  GtkWidget *tolerance = child (editor, SC_TYPE_KPI_EDITOR, "tolerance_entry");
  GtkWidget *targets = child (editor, SC_TYPE_KPI_EDITOR, "targets_list");
  guint versions = sc_store_count_rows (f->store, &sc_target_table);
  g_autoptr(GPtrArray) saved = NULL;

  gtk_window_present (GTK_WINDOW (editor));
  sc_test_flush ();
  g_assert_cmpuint (count_rows (targets), ==, 1);
  g_assert_true (shows_text (targets, "In force now"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tolerance)), ==, "10%");

  /* Nonsense is said under its field, and nothing is written. */
  type_text (date, "2025-10-22");
  type_text (value, "douze");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-target", NULL));
  g_assert_true (gtk_widget_get_visible (child (editor, SC_TYPE_KPI_EDITOR, "target_error")));
  g_assert_cmpuint (count_rows (targets), ==, 1);
  type_text (value, "12");
  type_text (tolerance, "beaucoup");
  g_assert_false (sc_kpi_editor_save (editor));
  g_assert_true (gtk_widget_get_visible (child (editor, SC_TYPE_KPI_EDITOR, "tolerance_error")));
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_target_table), ==, versions);
  g_assert_false (sc_store_can_undo (f->store));

  /* Typed right, the new version joins the list; Save writes it all. */
  type_text (tolerance, "15 %");
  type_text (value, "12");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-target", NULL));
  g_assert_false (gtk_widget_get_visible (child (editor, SC_TYPE_KPI_EDITOR, "target_error")));
  g_assert_cmpuint (count_rows (targets), ==, 2);
  g_assert_true (sc_kpi_editor_save (editor));
  sc_test_flush ();

  saved = sc_kpi_editing_get_targets (f->store, sc_record_get_id (SC_RECORD (kpi (f, "K24"))));
  g_assert_cmpuint (saved->len, ==, 2);
  g_assert_cmpuint (sc_record_get_date (g_ptr_array_index (saved, 1), SC_TARGET_EFFECTIVE), ==,
                    sc_day_from_iso ("2025-10-20"));
  g_assert_cmpfloat (target_at (f, "K24", "2025-10-13"), ==, 10);
  g_assert_cmpfloat (target_at (f, "K24", "2025-10-20"), ==, 12);
  g_assert_cmpint (sc_record_get_int (SC_RECORD (kpi (f, "K24")), SC_KPI_TOLERANCE), ==, 1500);
  g_assert_null (find_toplevel (SC_TYPE_KPI_EDITOR));
  g_assert_cmpstr (sc_window_get_toast (f->window), ==, "Indicator saved.");

  /* One step undoes it all. */
  g_assert_cmpstr (sc_store_get_undo_label (f->store), ==, "Edit an indicator");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_target_table), ==, versions);
  g_assert_cmpint (sc_record_get_int (SC_RECORD (kpi (f, "K24")), SC_KPI_TOLERANCE), ==, 1000);
}

/* Typed in the target field and saved without "Add Target": it counts. */
static void
test_editor_new_kpi (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(ScKpi) draft = sc_kpi_editing_new_draft (f->store, NULL);
  ScKpiEditor *editor = sc_kpi_editor_new (GTK_WINDOW (f->window), f->store, draft);
  GtkWidget *name = child (editor, SC_TYPE_KPI_EDITOR, "name_entry");
  g_autoptr(GPtrArray) active = NULL;
  ScKpi *created;

  gtk_window_present (GTK_WINDOW (editor));
  sc_test_flush ();

  g_assert_false (sc_kpi_editor_save (editor));
  g_assert_true (gtk_widget_get_visible (child (editor, SC_TYPE_KPI_EDITOR, "name_error")));
  g_assert_false (sc_store_can_undo (f->store));

  type_text (name, "Visites d'usine");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (child (editor, SC_TYPE_KPI_EDITOR, "frequency_dropdown")),
                              SC_FREQUENCY_MONTHLY);
  type_text (child (editor, SC_TYPE_KPI_EDITOR, "target_value"), "4");
  g_assert_true (sc_kpi_editor_save (editor));

  active = sc_kpi_editing_list (f->store, FALSE);
  g_assert_cmpuint (active->len, ==, 8);
  created = g_ptr_array_index (active, 7);
  g_assert_cmpstr (sc_record_get_text (SC_RECORD (created), SC_KPI_NAME), ==, "Visites d'usine");
  g_assert_cmpint (sc_kpi_get_frequency (created), ==, SC_FREQUENCY_MONTHLY);
  /* The month the current week belongs to: September. */
  g_assert_cmpfloat (sc_metrics_entry_target (sc_metrics_for_store (f->store), created,
                                              sc_day_from_iso ("2025-09-01")), ==, 4);
  g_assert_cmpstr (sc_window_get_toast (f->window), ==, "Indicator added.");
}

/* The rule of 5 to 7 ------------------------------------------------------- */

static ScAlertWindow *
choose_visits (ScKpiCatalogChooser *chooser)
{
  ScAlertWindow *alert;

  sc_kpi_catalog_chooser_choose (chooser, "K27");
  sc_test_flush ();
  alert = find_toplevel (SC_TYPE_ALERT_WINDOW);
  g_assert_nonnull (alert);
  return alert;
}

static void
test_eighth_warning (Fixture       *f,
                     gconstpointer  data)
{
  ScKpiList *list = show_indicators (f);
  g_autofree char *warning = sc_kpi_dup_add_warning (sc_store_get_list (f->store, &sc_kpi_table));
  ScKpiCatalogChooser *chooser;
  ScAlertWindow *alert;
  ScKpiEditor *editor;

  g_assert_nonnull (warning);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list), "kpis.add", NULL));
  sc_test_flush ();
  chooser = find_toplevel (SC_TYPE_KPI_CATALOG_CHOOSER);
  g_assert_nonnull (chooser);

  /* The search narrows the catalogue. */
  type_text (child (chooser, SC_TYPE_KPI_CATALOG_CHOOSER, "search_entry"), "quote");
  /* Not waiting for the search entry's delay. */
  g_signal_emit_by_name (child (chooser, SC_TYPE_KPI_CATALOG_CHOOSER, "search_entry"), "search-changed");
  g_assert_cmpuint (sc_kpi_catalog_chooser_count_visible (chooser), >, 2);
  g_assert_cmpuint (sc_kpi_catalog_chooser_count_visible (chooser), <, 32);
  type_text (child (chooser, SC_TYPE_KPI_CATALOG_CHOOSER, "search_entry"), "zzzz");
  g_signal_emit_by_name (child (chooser, SC_TYPE_KPI_CATALOG_CHOOSER, "search_entry"), "search-changed");
  g_assert_cmpuint (sc_kpi_catalog_chooser_count_visible (chooser), ==, 0);
  g_assert_true (gtk_widget_get_visible (child (chooser, SC_TYPE_KPI_CATALOG_CHOOSER, "empty_label")));
  type_text (child (chooser, SC_TYPE_KPI_CATALOG_CHOOSER, "search_entry"), "");
  g_signal_emit_by_name (child (chooser, SC_TYPE_KPI_CATALOG_CHOOSER, "search_entry"), "search-changed");

  /* The 8th is a pitfall, said before anything is added. */
  alert = choose_visits (chooser);
  g_assert_cmpstr (sc_alert_window_get_body (alert), ==, warning);
  /* The focus is on a button, not in the text (which would show selected). */
  g_assert_true (GTK_IS_BUTTON (gtk_window_get_focus (GTK_WINDOW (alert))));
  sc_alert_window_respond (alert, "cancel");
  sc_test_flush ();
  g_assert_null (find_toplevel (SC_TYPE_KPI_EDITOR));
  g_assert_true (find_toplevel (SC_TYPE_KPI_CATALOG_CHOOSER) == chooser);

  /* The owner may add it anyway. */
  sc_alert_window_respond (choose_visits (chooser), "accept");
  sc_test_flush ();
  g_assert_null (find_toplevel (SC_TYPE_KPI_CATALOG_CHOOSER));
  editor = find_toplevel (SC_TYPE_KPI_EDITOR);
  g_assert_nonnull (editor);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (editor, SC_TYPE_KPI_EDITOR, "name_entry"))),
                   ==, "Customer visits");
  type_text (child (editor, SC_TYPE_KPI_EDITOR, "target_value"), "3");
  g_assert_true (sc_kpi_editor_save (editor));
  sc_test_flush ();

  g_assert_cmpuint (count_rows (child (list, SC_TYPE_KPI_LIST, "active_list")), ==, 8);
  g_assert_nonnull (sc_kpi_list_get_advice (list));
  g_assert_nonnull (strstr (sc_kpi_list_get_advice (list), "8 indicators"));
}

/* The list: order and dropping ------------------------------------------ */

static void
click_first_row_button (GtkWidget  *list,
                        const char *icon)
{
  GtkWidget *box = gtk_list_box_row_get_child (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));

  for (GtkWidget *w = gtk_widget_get_first_child (box); w != NULL; w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_BUTTON (w) && gtk_button_get_icon_name (GTK_BUTTON (w)) != NULL &&
        g_str_equal (gtk_button_get_icon_name (GTK_BUTTON (w)), icon))
      {
        g_signal_emit_by_name (w, "clicked");
        return;
      }
  g_assert_not_reached ();
}

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  ScKpiList *list = show_indicators (f);
  GtkWidget *active = child (list, SC_TYPE_KPI_LIST, "active_list");
  GtkWidget *archived = child (list, SC_TYPE_KPI_LIST, "archived_list");
  ScKpiEditor *editor;

  click_first_row_button (active, "go-down-symbolic");
  sc_test_flush ();
  g_assert_cmpint (sc_record_get_int (SC_RECORD (kpi (f, "K01")), SC_KPI_POSITION), ==, 1);
  g_assert_cmpint (sc_record_get_int (SC_RECORD (kpi (f, "K02")), SC_KPI_POSITION), ==, 0);
  g_assert_cmpstr (sc_store_get_undo_label (f->store), ==, "Reorder indicators");

  /* Activating a row opens its editor; Drop archives it at once. */
  g_signal_emit_by_name (gtk_list_box_get_row_at_index (GTK_LIST_BOX (active), 0), "activate");
  sc_test_flush ();
  editor = find_toplevel (SC_TYPE_KPI_EDITOR);
  g_assert_nonnull (editor);
  g_assert_true (sc_kpi_editor_get_kpi (editor) == kpi (f, "K02"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.drop-or-restore", NULL));
  wait_closed (SC_TYPE_KPI_EDITOR);
  g_assert_null (find_toplevel (SC_TYPE_KPI_EDITOR));
  g_assert_false (sc_kpi_is_active (kpi (f, "K02")));
  g_assert_cmpuint (count_rows (active), ==, 6);
  g_assert_cmpuint (count_rows (archived), ==, 1);
  g_assert_true (gtk_widget_get_visible (archived));

  /* Restored from the list, with its history. */
  g_signal_emit_by_name (gtk_widget_get_last_child (gtk_list_box_row_get_child (
                           gtk_list_box_get_row_at_index (GTK_LIST_BOX (archived), 0))), "clicked");
  sc_test_flush ();
  g_assert_true (sc_kpi_is_active (kpi (f, "K02")));
  g_assert_cmpuint (count_rows (active), ==, 7);
  g_assert_false (gtk_widget_get_visible (archived));
  g_assert_cmpstr (sc_window_get_toast (f->window), ==, "Indicator restored with its history.");
}

/* The first choice of KPIs ------------------------------------------------ */

static ScStore *
new_company (void)
{
  g_autofree char *dir = sc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "new.salescadence", NULL);
  g_autoptr(ScRecord) company = sc_record_new (SC_TYPE_COMPANY);
  g_autoptr(GError) error = NULL;
  ScStore *store;

  sc_record_set_text (company, SC_COMPANY_NAME, "Usinage Drummond inc.");
  sc_record_set_text (company, SC_COMPANY_CURRENCY, "CAD");
  sc_record_set_int (company, SC_COMPANY_FISCAL_START_MONTH, 1);
  sc_record_set_int (company, SC_COMPANY_WEEK_START, 1);
  sc_record_set_int (company, SC_COMPANY_MEETING_WEEKDAY, 1);
  sc_record_set_int (company, SC_COMPANY_MEETING_TIME, 510);
  sc_record_set_int (company, SC_COMPANY_MEETING_MINUTES, 30);
  sc_record_set_text (company, SC_COMPANY_REPORT_LANG, "fr");
  sc_record_set_int (company, SC_COMPANY_TOLERANCE, 1000);
  g_assert_true (sc_store_create (path, SC_COMPANY (company), &error));
  store = sc_store_open (path, SC_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  return store;
}

static void
on_done_cb (ScChooseKpisView *view,
            gboolean          created,
            int              *done)
{
  *done = created ? 1 : 2;
}

static void
test_choose_kpis (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(ScStore) store = new_company ();
  GtkWidget *holder = gtk_window_new ();
  ScChooseKpisView *view = g_object_new (SC_TYPE_CHOOSE_KPIS_VIEW, "store", store, NULL);
  GtkLabel *count = GTK_LABEL (child (view, SC_TYPE_CHOOSE_KPIS_VIEW, "count_label"));
  g_autoptr(GPtrArray) active = NULL;
  int done = 0;

  g_signal_connect (view, "done", G_CALLBACK (on_done_cb), &done);
  gtk_window_set_child (GTK_WINDOW (holder), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (holder));
  sc_test_flush ();

  /* The six of the starter set, and the count says so. */
  g_assert_cmpuint (sc_choose_kpis_view_count_chosen (view), ==, 6);
  g_assert_cmpstr (gtk_label_get_label (count), ==, "6 indicators chosen");
  sc_choose_kpis_view_set_chosen (view, "K04", TRUE);
  sc_choose_kpis_view_set_chosen (view, "K27", TRUE);
  g_assert_cmpstr (gtk_label_get_label (count), ==, "8 indicators chosen");
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (child (view, SC_TYPE_CHOOSE_KPIS_VIEW,
                                                                      "advice_label"))),
                            "too many"));
  sc_choose_kpis_view_set_chosen (view, "K27", FALSE);

  /* A target that makes no sense stops everything. */
  gtk_editable_set_text (sc_choose_kpis_view_get_target (view, "K01"), "150 000 $");
  gtk_editable_set_text (sc_choose_kpis_view_get_target (view, "K24"), "dix");
  g_assert_false (sc_choose_kpis_view_create (view));
  g_assert_cmpuint (sc_store_count_rows (store, &sc_kpi_table), ==, 0);
  g_assert_cmpint (done, ==, 0);

  gtk_editable_set_text (sc_choose_kpis_view_get_target (view, "K24"), "10");
  g_assert_true (sc_choose_kpis_view_create (view));
  g_assert_cmpint (done, ==, 1);
  active = sc_kpi_editing_list (store, FALSE);
  g_assert_cmpuint (active->len, ==, 7);
  g_assert_cmpstr (sc_record_get_text (g_ptr_array_index (active, 0), SC_KPI_CATALOG_KEY), ==, "K01");
  g_assert_cmpuint (sc_store_count_rows (store, &sc_target_table), ==, 2);
  g_assert_cmpstr (sc_store_get_undo_label (store), ==, "Add 7 indicators");

  /* Skip says it too. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "choose.skip", NULL));
  g_assert_cmpint (done, ==, 2);
  gtk_window_destroy (GTK_WINDOW (holder));
}

/* Shutdown weeks -------------------------------------------------------- */

static void
test_shutdown_weeks (Fixture       *f,
                     gconstpointer  data)
{
  ScPreferencesWindow *prefs = sc_preferences_window_new (GTK_WINDOW (f->window), f->store, NULL);
  ScShutdownWeeksWindow *weeks;
  GtkWidget *list;
  guint n = sc_store_count_rows (f->store, &sc_shutdown_table);
  GtkWidget *button = NULL;

  gtk_window_present (GTK_WINDOW (prefs));
  sc_test_flush ();
  /* The button of the Company group's last row opens the window. */
  {
    GtkWidget *group = child (prefs, SC_TYPE_PREFERENCES_WINDOW, "company_group");
    GtkListBoxRow *last = NULL;

    for (int i = 0; gtk_list_box_get_row_at_index (GTK_LIST_BOX (group), i) != NULL; i++)
      last = gtk_list_box_get_row_at_index (GTK_LIST_BOX (group), i);
    button = sc_test_find_child (GTK_WIDGET (last), GTK_TYPE_BUTTON);
  }
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  sc_test_flush ();
  weeks = find_toplevel (SC_TYPE_SHUTDOWN_WEEKS_WINDOW);
  g_assert_nonnull (weeks);
  list = child (weeks, SC_TYPE_SHUTDOWN_WEEKS_WINDOW, "weeks_list");
  g_assert_cmpuint (count_rows (list), ==, n);

  /* A nonsense level is refused at the field. */
  type_text (child (weeks, SC_TYPE_SHUTDOWN_WEEKS_WINDOW, "date_entry"), "2025-11-06");
  type_text (child (weeks, SC_TYPE_SHUTDOWN_WEEKS_WINDOW, "label_entry"), "Inventaire");
  type_text (child (weeks, SC_TYPE_SHUTDOWN_WEEKS_WINDOW, "level_entry"), "150 %");
  g_assert_false (sc_shutdown_weeks_window_add (weeks));
  g_assert_true (gtk_widget_get_visible (child (weeks, SC_TYPE_SHUTDOWN_WEEKS_WINDOW, "error_label")));
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_shutdown_table), ==, n);

  type_text (child (weeks, SC_TYPE_SHUTDOWN_WEEKS_WINDOW, "level_entry"), "25 %");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (weeks), "shutdown.add", NULL));
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_shutdown_table), ==, n + 1);
  g_assert_cmpuint (count_rows (list), ==, n + 1);
  g_assert_cmpfloat (target_at (f, "K23", "2025-11-03"), ==, 3);
  g_assert_cmpstr (sc_window_get_toast (f->window), ==, "Shutdown week declared.");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpuint (count_rows (list), ==, n);
  g_assert_cmpfloat (target_at (f, "K23", "2025-11-03"), ==, 12);
}

/* Screenshots ------------------------------------------------------------- */

static void
render (GtkWidget  *widget,
        const char *dir,
        const char *name)
{
  g_autofree char *file = g_strdup_printf ("%s-%s.png", name, sc_lang_to_code (sc_l10n_ui_lang ()));
  g_autofree char *path = g_build_filename (dir, file, NULL);
  g_autoptr(GError) error = NULL;
  gboolean never = FALSE;
  GStatBuf st;

  /* Past the first frames and any transition. */
  sc_test_wait_for (&never, 400);
  g_assert_true (sc_test_render_png (widget, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 10000);
}

static void
test_screenshots (Fixture       *f,
                  gconstpointer  data)
{
  const char *dir = g_getenv ("SC_SCREENSHOT_DIR");
  g_autofree char *tmp = dir ? NULL : sc_test_make_dir ();
  ScKpiEditor *editor = sc_kpi_editor_new (GTK_WINDOW (f->window), f->store, kpi (f, "K01"));
  ScKpiCatalogChooser *chooser;
  ScShutdownWeeksWindow *weeks;

  /* Tall enough to show the whole form at once. */
  gtk_window_set_default_size (GTK_WINDOW (editor), 660, 1560);
  gtk_window_present (GTK_WINDOW (editor));
  render (GTK_WIDGET (editor), dir ? dir : tmp, "kpi-editor");
  gtk_window_destroy (GTK_WINDOW (editor));

  chooser = sc_kpi_catalog_chooser_new (GTK_WINDOW (f->window), f->store);
  gtk_window_present (GTK_WINDOW (chooser));
  render (GTK_WIDGET (chooser), dir ? dir : tmp, "kpi-catalog");
  gtk_window_destroy (GTK_WINDOW (chooser));

  weeks = sc_shutdown_weeks_window_new (GTK_WINDOW (f->window), f->store);
  gtk_window_present (GTK_WINDOW (weeks));
  render (GTK_WIDGET (weeks), dir ? dir : tmp, "shutdown-weeks");
  gtk_window_destroy (GTK_WINDOW (weeks));

  show_indicators (f);
  render (GTK_WIDGET (f->window), dir ? dir : tmp, "kpi-list");

  {
    g_autoptr(ScStore) store = new_company ();
    GtkWidget *holder = gtk_window_new ();

    gtk_window_set_child (GTK_WINDOW (holder),
                          g_object_new (SC_TYPE_CHOOSE_KPIS_VIEW, "store", store, NULL));
    gtk_window_set_default_size (GTK_WINDOW (holder), 1000, 1400);
    gtk_window_present (GTK_WINDOW (holder));
    render (holder, dir ? dir : tmp, "choose-kpis");
    gtk_window_destroy (GTK_WINDOW (holder));
  }
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  sc_test_init (&argc, &argv);

  ADD ("/kpi-editor/templates", test_templates);
  ADD ("/kpi-editor/target", test_editor_target);
  ADD ("/kpi-editor/new-kpi", test_editor_new_kpi);
  ADD ("/kpi-editor/eighth-warning", test_eighth_warning);
  ADD ("/kpi-editor/list", test_list);
  ADD ("/kpi-editor/choose-kpis", test_choose_kpis);
  ADD ("/kpi-editor/shutdown-weeks", test_shutdown_weeks);
  ADD ("/kpi-editor/screenshots", test_screenshots);

  return g_test_run ();
}

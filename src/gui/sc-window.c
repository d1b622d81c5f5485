/* sc-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-window"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sc-alert-window.h"
#include "sc-backup.h"
#include "sc-backups-window.h"
#include "sc-cadence-monitor.h"
#include "sc-dashboard-page.h"
#include "sc-export-window.h"
#include "sc-kpi-list.h"
#include "sc-meetings-page.h"
#include "sc-open-error.h"
#include "sc-page-slot.h"
#include "sc-people-page.h"
#include "sc-plan-page.h"
#include "sc-print.h"
#include "sc-reviews-page.h"
#include "sc-sample.h"
#include "sc-scorecard-page.h"
#include "sc-choose-kpis-view.h"
#include "sc-team-step-view.h"
#include "sc-welcome-view.h"
#include "sc-window.h"

struct _ScWindow
{
  GtkApplicationWindow  parent_instance;

  ScStore              *store;
  gboolean              disposing;
  GtkNativeDialog      *chooser;
  guint                 toast_timeout_id;
  guint                 backup_id;
  char                 *toast_action;
  gulong                recent_changed_id;

  /* Template children */
  GtkStack             *title_stack;
  GtkRevealer          *banner_revealer;
  GtkLabel             *banner_label;
  GtkStack             *main_stack;
  GtkStack             *pages_stack;
  GtkWidget            *dashboard_page;
  char                 *folder;       /* for the welcome view */
  GStrv                 recent;       /* the recent files, for the welcome view */
  GtkRevealer          *toast_revealer;
  GtkLabel             *toast_label;
  GtkButton            *toast_button;
  GMenu                *recent_section;
};

G_DEFINE_FINAL_TYPE (ScWindow, sc_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static ScApplication *
get_app (ScWindow *self)
{
  return SC_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
}

static void
update_actions (ScWindow *self)
{
  gboolean open = self->store != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-copy", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.backups", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-workbook", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-meeting-sheet", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-reports", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 open && sc_store_can_undo (self->store));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 open && sc_store_can_redo (self->store));
}

static void on_welcome_create_company_cb (ScWindow      *self,
                                          ScCompany     *company,
                                          ScWelcomeView *view);
static void on_team_done_cb              (ScWindow      *self,
                                          GtkWidget     *step);
static void on_choose_kpis_done_cb       (ScWindow      *self,
                                          gboolean       created,
                                          GtkWidget     *step);

static gboolean
main_page_built (ScWindow   *self,
                 const char *name)
{
  GtkWidget *slot = gtk_stack_get_child_by_name (self->main_stack, name);

  return sc_page_slot_peek_page (SC_PAGE_SLOT (slot)) != NULL;
}

/* A page of the main stack ("welcome", "team", "choose-kpis"), built and
 * connected the first time it is needed: start-up on a company file
 * builds none of them (issue 8). */
static GtkWidget *
main_page (ScWindow   *self,
           const char *name)
{
  ScPageSlot *slot = SC_PAGE_SLOT (gtk_stack_get_child_by_name (self->main_stack, name));
  GtkWidget *page = sc_page_slot_peek_page (slot);

  if (page != NULL)
    return page;

  page = sc_page_slot_get_page (slot);
  if (SC_IS_WELCOME_VIEW (page))
    {
      g_signal_connect_object (page, "create-company", G_CALLBACK (on_welcome_create_company_cb),
                               self, G_CONNECT_SWAPPED);
      sc_welcome_view_set_folder (SC_WELCOME_VIEW (page), self->folder);
      sc_welcome_view_set_recent_files (SC_WELCOME_VIEW (page),
                                        (const char * const *) self->recent);
    }
  else if (SC_IS_TEAM_STEP_VIEW (page))
    g_signal_connect_object (page, "done", G_CALLBACK (on_team_done_cb), self, G_CONNECT_SWAPPED);
  else if (SC_IS_CHOOSE_KPIS_VIEW (page))
    g_signal_connect_object (page, "done", G_CALLBACK (on_choose_kpis_done_cb), self,
                             G_CONNECT_SWAPPED);
  return page;
}

/* Shows a page of the main stack ("company" or one of main_page's). */
static void
show_main (ScWindow   *self,
           const char *name)
{
  if (!g_str_equal (name, "company"))
    main_page (self, name);
  gtk_stack_set_visible_child_name (self->main_stack, name);
}

static void
rebuild_recent (ScWindow *self)
{
  ScApplication *app = get_app (self);
  g_auto(GStrv) recent = NULL;

  if (app == NULL)
    return;

  recent = sc_application_dup_recent_files (app);
  g_menu_remove_all (self->recent_section);
  for (guint i = 0; recent[i] != NULL; i++)
    {
      g_autofree char *base = g_path_get_basename (recent[i]);
      g_autofree char *label = g_filename_display_name (base);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target (item, "win.open-recent", "s", recent[i]);
      g_menu_append_item (self->recent_section, item);
    }

  g_strfreev (self->recent);
  self->recent = g_strdupv (recent);
  if (main_page_built (self, "welcome"))
    sc_welcome_view_set_recent_files (SC_WELCOME_VIEW (main_page (self, "welcome")),
                                      (const char * const *) recent);
}

static void
on_recent_changed_cb (ScWindow  *self,
                      const char *key,
                      GSettings *settings)
{
  rebuild_recent (self);
}

static void
update_title (ScWindow *self)
{
  ScRecord *company = self->store ? SC_RECORD (sc_store_get_company (self->store)) : NULL;
  const char *name = company ? sc_record_get_text (company, SC_COMPANY_NAME) : NULL;
  g_autofree char *title = NULL;

  gtk_stack_set_visible_child_name (self->title_stack, name ? "switcher" : "title");

  /* Translators: the window title: a company name, then the program. */
  title = name ? g_strdup_printf (_("%s — SalesCadence"), name) : g_strdup ("SalesCadence");
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
update_banner (ScWindow *self)
{
  const char *reason = self->store ? sc_store_get_read_only_reason (self->store) : NULL;
  g_autofree char *text = NULL;

  if (reason != NULL)
    {
      /* Translators: %s says why, e.g. "The file is read-only." */
      text = g_strdup_printf (_("Read-only: changes cannot be saved. %s To work on it, save a copy."),
                              reason);
      gtk_label_set_label (self->banner_label, text);
    }
  gtk_revealer_set_reveal_child (self->banner_revealer, reason != NULL);
}

static void
on_store_undo_changed_cb (ScWindow   *self,
                          GParamSpec *pspec,
                          ScStore    *store)
{
  update_actions (self);
}

static void
on_company_changed_cb (ScWindow   *self,
                       GParamSpec *pspec,
                       ScRecord   *company)
{
  update_title (self);
}

/* The automatic backups: at the first open of a day, and on close after
 * changes. A failure never stops the work: it is said and work goes on. */
static void
auto_backup (ScWindow *self,
             ScStore  *store,
             gboolean  closing)
{
  g_autoptr(GError) error = NULL;

  if (closing ? sc_backup_make_on_close (store, &error) : sc_backup_make_daily (store, NULL, &error))
    return;
  /* A window being destroyed has left its application: nowhere to say it. */
  if (gtk_window_get_application (GTK_WINDOW (self)) != NULL)
    sc_window_show_toast (self, error->message, NULL, NULL);
  else
    g_message ("%s", error->message);
}

/* The backup of the first open of a day waits until the window is shown
 * (issue 8: no work at start-up that can wait). */
static gboolean
on_daily_backup_cb (gpointer data)
{
  ScWindow *self = data;

  self->backup_id = 0;
  if (self->store != NULL)
    auto_backup (self, self->store, FALSE);
  return G_SOURCE_REMOVE;
}

/* Issue 8: start-up builds only the dashboard. Every other page is built
 * into its slot of the pages stack when it is first shown, and gets the
 * store then: a page loads its figures when it gets the store. Once
 * loaded, a page keeps following the store's changes. */

/* The page in a slot of the pages stack, or NULL if not built yet. */
static GtkWidget *
peek_page (GtkWidget *slot)
{
  return SC_IS_PAGE_SLOT (slot) ? sc_page_slot_peek_page (SC_PAGE_SLOT (slot)) : slot;
}

/**
 * sc_window_get_page:
 * @name: a page of the pages stack: "dashboard", "scorecard", "plan",
 *   "meetings", "reviews" or "people"; or of the steps around them:
 *   "welcome", "team" or "choose-kpis"
 *
 * The page, built if it was not yet. It gets the store when it is shown.
 *
 * Returns: (transfer none) (nullable): the page, or %NULL for another name
 */
GtkWidget *
sc_window_get_page (ScWindow   *self,
                    const char *name)
{
  GtkWidget *slot;

  g_return_val_if_fail (SC_IS_WINDOW (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (gtk_stack_get_child_by_name (self->main_stack, name) != NULL && !g_str_equal (name, "company"))
    return main_page (self, name);
  slot = gtk_stack_get_child_by_name (self->pages_stack, name);
  return SC_IS_PAGE_SLOT (slot) ? sc_page_slot_get_page (SC_PAGE_SLOT (slot)) : slot;
}

static void
give_store (ScWindow  *self,
            GtkWidget *page)
{
  ScStore *current = NULL;

  if (page == NULL)
    return;
  g_object_get (page, "store", &current, NULL);
  if (current != self->store)
    g_object_set (page, "store", self->store, NULL);
  g_clear_object (&current);
}

gboolean
sc_window_has_page (ScWindow   *self,
                    const char *name)
{
  GtkWidget *slot;

  g_return_val_if_fail (SC_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  slot = gtk_stack_get_child_by_name (self->main_stack, name);
  if (slot == NULL || g_str_equal (name, "company"))
    slot = gtk_stack_get_child_by_name (self->pages_stack, name);
  return slot != NULL && peek_page (slot) != NULL;
}

static void
on_visible_page_changed_cb (ScWindow   *self,
                            GParamSpec *pspec,
                            GtkStack   *stack)
{
  const char *name = gtk_stack_get_visible_child_name (stack);

  if (self->store != NULL && name != NULL)
    give_store (self, sc_window_get_page (self, name));
}

/* A new file: only the page shown gets it; the others drop the old one. */
static void
hand_out_store (ScWindow *self)
{
  GtkWidget *visible = gtk_stack_get_visible_child (self->pages_stack);

  for (GtkWidget *slot = gtk_widget_get_first_child (GTK_WIDGET (self->pages_stack));
       slot != NULL; slot = gtk_widget_get_next_sibling (slot))
    {
      GtkWidget *page = peek_page (slot);

      if (page == NULL)
        continue;
      if (slot == visible && self->store != NULL)
        give_store (self, page);
      else
        g_object_set (page, "store", NULL, NULL);
    }
}

void
sc_window_set_store (ScWindow *self,
                     ScStore  *store)
{
  g_return_if_fail (SC_IS_WINDOW (self));
  g_return_if_fail (store == NULL || SC_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->store, self);
      g_signal_handlers_disconnect_by_data (sc_store_get_company (self->store), self);
      auto_backup (self, self->store, TRUE);
    }

  g_set_object (&self->store, store);

  if (store != NULL)
    {
      g_signal_connect_object (store, "notify::can-undo",
                               G_CALLBACK (on_store_undo_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "notify::can-redo",
                               G_CALLBACK (on_store_undo_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (sc_store_get_company (store), "notify::name",
                               G_CALLBACK (on_company_changed_cb), self, G_CONNECT_SWAPPED);
    }

  /* A closing window switches no page: GTK keeps a page it hides during
   * dispose, and with it the file's lock. */
  if (!self->disposing)
    {
      show_main (self, store ? "company" : "welcome");
      if (store != NULL)
        gtk_stack_set_visible_child_name (self->pages_stack, "dashboard");
    }
  hand_out_store (self);
  update_title (self);
  update_banner (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
  g_clear_handle_id (&self->backup_id, g_source_remove);
  if (store != NULL)
    self->backup_id = g_idle_add_full (G_PRIORITY_LOW, on_daily_backup_cb, self, NULL);
}

ScStore *
sc_window_get_store (ScWindow *self)
{
  g_return_val_if_fail (SC_IS_WINDOW (self), NULL);
  return self->store;
}

/* Toasts ----------------------------------------------------------------- */

static void
hide_toast (ScWindow *self)
{
  g_clear_handle_id (&self->toast_timeout_id, g_source_remove);
  gtk_revealer_set_reveal_child (self->toast_revealer, FALSE);
}

static void
on_toast_close_clicked_cb (ScWindow  *self,
                           GtkButton *button)
{
  hide_toast (self);
}

static void
on_toast_timeout_cb (gpointer data)
{
  ScWindow *self = data;

  self->toast_timeout_id = 0;
  hide_toast (self);
}

void
sc_window_show_toast (ScWindow   *self,
                      const char *message,
                      const char *button_label,
                      const char *action_name)
{
  g_return_if_fail (SC_IS_WINDOW (self));

  hide_toast (self);
  gtk_label_set_label (self->toast_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->toast_button), button_label != NULL);
  if (button_label != NULL)
    {
      gtk_button_set_label (self->toast_button, button_label);
      gtk_button_set_use_underline (self->toast_button, TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->toast_button), action_name);
    }
  gtk_revealer_set_reveal_child (self->toast_revealer, TRUE);
  /* Long enough to read and to reach the Undo button. */
  self->toast_timeout_id = g_timeout_add_once (button_label ? 10000 : 5000,
                                               on_toast_timeout_cb, self);
}

const char *
sc_window_get_toast (ScWindow *self)
{
  g_return_val_if_fail (SC_IS_WINDOW (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->toast_revealer))
    return NULL;
  return gtk_label_get_label (self->toast_label);
}

GtkWindow *
sc_window_show_error (ScWindow     *self,
                      const char   *heading,
                      const GError *error)
{
  ScAlertWindow *alert;

  g_return_val_if_fail (SC_IS_WINDOW (self), NULL);

  alert = sc_alert_window_new (GTK_WINDOW (self), heading, error ? error->message : NULL);
  sc_alert_window_add_response (alert, "close", _("_Close"), SC_ALERT_SUGGESTED);
  gtk_window_present (GTK_WINDOW (alert));
  return GTK_WINDOW (alert);
}

/* Opening ---------------------------------------------------------------- */

static void
on_read_only_response_cb (ScAlertWindow *alert,
                          const char    *response,
                          ScWindow      *self)
{
  const char *path = g_object_get_data (G_OBJECT (alert), "path");
  g_autoptr(GError) error = NULL;
  g_autoptr(ScStore) store = NULL;

  if (g_strcmp0 (response, "read-only") != 0)
    return;

  store = sc_store_open (path, SC_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    {
      sc_window_show_error (self, _("The company file could not be opened"), error);
      return;
    }
  sc_window_set_store (self, store);
  sc_application_remember_file (get_app (self), path);
}

/* Files we must not write to can often still be read: offer that. */
static void
offer_read_only (ScWindow     *self,
                 const char   *path,
                 const GError *error)
{
  ScAlertWindow *alert;

  alert = sc_alert_window_new (GTK_WINDOW (self), _("Open this company file read-only?"),
                               error->message);
  g_object_set_data_full (G_OBJECT (alert), "path", g_strdup (path), g_free);
  sc_alert_window_add_response (alert, "cancel", _("_Cancel"), SC_ALERT_DEFAULT);
  sc_alert_window_add_response (alert, "read-only", _("Open _Read-Only"), SC_ALERT_SUGGESTED);
  g_signal_connect_object (alert, "response", G_CALLBACK (on_read_only_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (alert));
}

gboolean
sc_window_open_file (ScWindow   *self,
                     const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScStore) store = NULL;

  g_return_val_if_fail (SC_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->store != NULL && g_strcmp0 (sc_store_get_path (self->store), path) == 0)
    return TRUE;

  store = sc_store_open (path, SC_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      if (g_error_matches (error, SC_STORE_ERROR, SC_STORE_ERROR_NEWER))
        offer_read_only (self, path, error);
      else
        {
          if (g_error_matches (error, SC_STORE_ERROR, SC_STORE_ERROR_NOT_FOUND))
            sc_application_forget_file (get_app (self), path);
          sc_open_error_present (self, path, error);
        }
      return FALSE;
    }

  sc_window_set_store (self, store);
  sc_application_remember_file (get_app (self), path);
  return TRUE;
}

static char *
unique_path (const char *folder,
             const char *name)
{
  g_autofree char *safe = g_strdup (name);
  char *path = NULL;

  /* A file name cannot hold '/', and should neither start nor end with
   * a dot ("inc." would give "inc..salescadence"). */
  g_strdelimit (safe, "/\\:*?\"<>|", '-');
  while (safe[0] == '.')
    safe[0] = '_';
  g_strchomp (safe);
  for (gsize len = strlen (safe); len > 1 && safe[len - 1] == '.'; len--)
    safe[len - 1] = '\0';

  for (guint n = 1; n < 1000; n++)
    {
      g_autofree char *base = n == 1 ? g_strconcat (safe, SC_FILE_EXTENSION, NULL)
                                     : g_strdup_printf ("%s (%u)%s", safe, n, SC_FILE_EXTENSION);

      g_free (path);
      path = g_build_filename (folder, base, NULL);
      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        break;
    }
  return path;
}

static void
on_welcome_create_company_cb (ScWindow      *self,
                              ScCompany     *company,
                              ScWelcomeView *view)
{
  g_autofree char *folder = sc_application_dup_company_folder ();
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  path = unique_path (folder, sc_record_get_text (SC_RECORD (company), SC_COMPANY_NAME));
  if (!sc_store_create (path, company, &error))
    {
      sc_welcome_view_set_error (view, error->message);
      return;
    }

  sc_welcome_view_show_create (view, FALSE);
  if (!sc_window_open_file (self, path))
    return;

  /* A new company goes on with its team, then its indicators. */
  give_store (self, main_page (self, "team"));
  give_store (self, main_page (self, "choose-kpis"));
  gtk_stack_set_visible_child_name (self->title_stack, "title");
  show_main (self, "team");
  sc_window_show_toast (self, _("Your company file is ready."), NULL, NULL);
}

static void
on_team_done_cb (ScWindow  *self,
                 GtkWidget *step)
{
  show_main (self, "choose-kpis");
}

static void
on_choose_kpis_done_cb (ScWindow  *self,
                        gboolean   created,
                        GtkWidget *step)
{
  gtk_stack_set_visible_child_name (self->title_stack, "switcher");
  show_main (self, "company");
  gtk_stack_set_visible_child_name (self->pages_stack, created ? "dashboard" : "scorecard");
  if (!created)
    {
      GtkWidget *scorecard = sc_window_get_page (self, "scorecard");

      sc_scorecard_page_show_indicators (SC_SCORECARD_PAGE (scorecard));
    }
  g_object_set (main_page (self, "team"), "store", NULL, NULL);
  g_object_set (main_page (self, "choose-kpis"), "store", NULL, NULL);
}

/* Actions ---------------------------------------------------------------- */

static GtkFileFilter *
company_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Company files"));
  gtk_file_filter_add_suffix (filter, "salescadence");
  return filter;
}

static void
on_open_response_cb (ScWindow             *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        sc_window_open_file (self, path);
    }
  g_clear_object (&self->chooser);
}

static void
sc_window_open_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  ScWindow *self = SC_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autofree char *folder = sc_application_dup_company_folder ();
  g_autoptr(GFile) dir = g_file_new_for_path (folder);
  g_autoptr(GtkFileFilter) filter = company_filter ();

  /* GTK 4.8: GtkFileDialog arrives in 4.10. */
  chooser = gtk_file_chooser_native_new (_("Open a Company File"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), dir, NULL);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_open_response_cb), self,
                           G_CONNECT_SWAPPED);
  g_set_object (&self->chooser, GTK_NATIVE_DIALOG (chooser));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
}

static void
sc_window_open_recent_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *param)
{
  sc_window_open_file (SC_WINDOW (widget), g_variant_get_string (param, NULL));
}

static void
sc_window_open_sample_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *param)
{
  ScWindow *self = SC_WINDOW (widget);
  g_autofree char *folder = sc_application_dup_company_folder ();
  g_autofree char *base = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  /* Translators: the file name of the sample company (without extension). */
  base = g_strconcat (_("Sample Company"), SC_FILE_EXTENSION, NULL);
  path = g_build_filename (folder, base, NULL);

  /* The sample opened before keeps what was typed in it. */
  if (!g_file_test (path, G_FILE_TEST_EXISTS) && !sc_sample_write (path, 0, &error))
    {
      sc_window_show_error (self, _("The sample company could not be created"), error);
      return;
    }
  sc_window_open_file (self, path);
}

static void
sc_window_new_company_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *param)
{
  ScWindow *self = SC_WINDOW (widget);

  /* Everything is saved as it is typed: closing the current file loses
   * nothing. */
  sc_window_set_store (self, NULL);
  sc_welcome_view_show_create (SC_WELCOME_VIEW (main_page (self, "welcome")), TRUE);
}

char *
sc_window_dup_chosen_path (GtkFileChooser *chooser)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (chooser);
  g_autofree char *path = file ? g_file_get_path (file) : NULL;

  if (path != NULL && !g_str_has_suffix (path, SC_FILE_EXTENSION))
    return g_strconcat (path, SC_FILE_EXTENSION, NULL);
  return g_steal_pointer (&path);
}

static void
on_save_copy_response_cb (ScWindow             *self,
                          int                   response,
                          GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT && self->store != NULL)
    {
      g_autofree char *path = sc_window_dup_chosen_path (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GError) error = NULL;

      if (path == NULL || !sc_store_save_copy (self->store, path, &error))
        sc_window_show_error (self, _("The copy could not be saved"), error);
      else
        {
          g_autofree char *name = g_filename_display_basename (path);
          /* Translators: %s is a file name. */
          g_autofree char *message = g_strdup_printf (_("Copy saved as “%s”."), name);

          sc_window_show_toast (self, message, NULL, NULL);
        }
    }
  g_clear_object (&self->chooser);
}

static void
sc_window_save_copy_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  ScWindow *self = SC_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autofree char *folder = sc_application_dup_company_folder ();
  g_autoptr(GFile) dir = g_file_new_for_path (folder);
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GtkFileFilter) filter = company_filter ();

  if (self->store == NULL)
    return;

  base = g_path_get_basename (sc_store_get_path (self->store));
  if (g_str_has_suffix (base, SC_FILE_EXTENSION))
    base[strlen (base) - strlen (SC_FILE_EXTENSION)] = '\0';
  /* Translators: the proposed name of a copy; %s is the file's name. */
  name = g_strdup_printf (_("%s (copy)"), base);
  {
    g_autofree char *with_ext = g_strconcat (name, SC_FILE_EXTENSION, NULL);

    chooser = gtk_file_chooser_native_new (_("Save a Copy"), GTK_WINDOW (self),
                                           GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
                                           _("_Cancel"));
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), dir, NULL);
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), with_ext);
  }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_save_copy_response_cb), self,
                           G_CONNECT_SWAPPED);
  g_set_object (&self->chooser, GTK_NATIVE_DIALOG (chooser));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
}

static void
undo_or_redo (ScWindow *self,
              gboolean  undo)
{
  g_autofree char *label = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  label = g_strdup (undo ? sc_store_get_undo_label (self->store)
                         : sc_store_get_redo_label (self->store));
  if (label == NULL)
    return;

  if (!(undo ? sc_store_undo (self->store, &error) : sc_store_redo (self->store, &error)))
    {
      sc_window_show_error (self, undo ? _("The change could not be undone")
                                       : _("The change could not be redone"), error);
      return;
    }

  /* Translators: %s names the change, e.g. "Undone: Edit value". */
  message = g_strdup_printf (undo ? _("Undone: %s") : _("Redone: %s"), label);
  sc_window_show_toast (self, message, NULL, NULL);
}

static void
sc_window_show_page_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  ScWindow *self = SC_WINDOW (widget);
  const char *name = g_variant_get_string (param, NULL);

  if (self->store == NULL)
    return;
  /* The indicators are managed from the scorecard. */
  if (g_str_equal (name, "indicators"))
    {
      GtkWidget *scorecard = sc_window_get_page (self, "scorecard");

      gtk_stack_set_visible_child_name (self->pages_stack, "scorecard");
      sc_scorecard_page_show_indicators (SC_SCORECARD_PAGE (scorecard));
      return;
    }
  if (gtk_stack_get_child_by_name (self->pages_stack, name) != NULL)
    gtk_stack_set_visible_child_name (self->pages_stack, name);
}

static void
sc_window_backups_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  ScWindow *self = SC_WINDOW (widget);

  if (self->store != NULL)
    gtk_window_present (GTK_WINDOW (sc_backups_window_new (self)));
}

static void
sc_window_export_workbook_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *param)
{
  ScWindow *self = SC_WINDOW (widget);

  if (self->store != NULL)
    gtk_window_present (GTK_WINDOW (sc_export_window_new (self, self->store)));
}

static void
sc_window_show_kpi_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  ScWindow *self = SC_WINDOW (widget);
  GtkWidget *scorecard;

  if (self->store == NULL)
    return;
  scorecard = sc_window_get_page (self, "scorecard");
  give_store (self, scorecard);
  if (sc_scorecard_page_show_kpi (SC_SCORECARD_PAGE (scorecard), g_variant_get_int64 (param)))
    gtk_stack_set_visible_child_name (self->pages_stack, "scorecard");
}

static void
sc_window_undo_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  undo_or_redo (SC_WINDOW (widget), TRUE);
}

static void
sc_window_redo_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  undo_or_redo (SC_WINDOW (widget), FALSE);
}

/* The object ------------------------------------------------------------- */

/* For the start-up benchmark (tests/bench-startup.c): with
 * SALESCADENCE_QUIT_AFTER_FIRST_FRAME set, say when the first frame is
 * painted and quit, as the minimal GTK program it is compared with does. */
static void
on_after_paint_cb (GdkFrameClock *clock,
                   ScWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, self);
  g_print ("first-frame\n");
  fflush (stdout);
  g_application_quit (G_APPLICATION (get_app (self)));
}

/* A window shown with no company file shows the welcome view: it is
 * built now, before anything is drawn. */
static void
sc_window_map (GtkWidget *widget)
{
  ScWindow *self = SC_WINDOW (widget);
  const char *name = gtk_stack_get_visible_child_name (self->main_stack);

  if (name != NULL && !g_str_equal (name, "company"))
    main_page (self, name);
  GTK_WIDGET_CLASS (sc_window_parent_class)->map (widget);
}

static void
sc_window_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (sc_window_parent_class)->realize (widget);

  if (g_getenv ("SALESCADENCE_QUIT_AFTER_FIRST_FRAME") != NULL)
    g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                             G_CALLBACK (on_after_paint_cb), widget, 0);
}

static void
sc_window_constructed (GObject *object)
{
  ScWindow *self = SC_WINDOW (object);
  ScApplication *app = get_app (self);
  GSettings *settings = app ? sc_application_get_settings (app) : NULL;
  g_autofree char *folder = sc_application_dup_company_folder ();

  G_OBJECT_CLASS (sc_window_parent_class)->constructed (object);

  if (settings != NULL)
    {
      g_settings_bind (settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
      self->recent_changed_id = g_signal_connect_object (settings, "changed::recent-files",
                                                         G_CALLBACK (on_recent_changed_cb), self,
                                                         G_CONNECT_SWAPPED);
    }

  self->folder = g_steal_pointer (&folder);
  rebuild_recent (self);
}

static void
sc_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  ScWindow *self = SC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_window_dispose (GObject *object)
{
  ScWindow *self = SC_WINDOW (object);

  g_clear_handle_id (&self->toast_timeout_id, g_source_remove);
  self->disposing = TRUE;
  g_clear_handle_id (&self->backup_id, g_source_remove);
  if (self->store != NULL)
    sc_window_set_store (self, NULL);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_WINDOW);

  G_OBJECT_CLASS (sc_window_parent_class)->dispose (object);
}

static void
sc_window_finalize (GObject *object)
{
  ScWindow *self = SC_WINDOW (object);

  g_free (self->toast_action);
  g_free (self->folder);
  g_strfreev (self->recent);

  G_OBJECT_CLASS (sc_window_parent_class)->finalize (object);
}

static void
sc_window_class_init (ScWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sc_window_constructed;
  widget_class->realize = sc_window_realize;
  widget_class->map = sc_window_map;
  object_class->get_property = sc_window_get_property;
  object_class->dispose = sc_window_dispose;
  object_class->finalize = sc_window_finalize;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SC_TYPE_STORE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SC_TYPE_WELCOME_VIEW);
  g_type_ensure (SC_TYPE_TEAM_STEP_VIEW);
  g_type_ensure (SC_TYPE_CHOOSE_KPIS_VIEW);
  g_type_ensure (SC_TYPE_SCORECARD_PAGE);
  g_type_ensure (SC_TYPE_DASHBOARD_PAGE);
  g_type_ensure (SC_TYPE_PLAN_PAGE);
  g_type_ensure (SC_TYPE_PEOPLE_PAGE);
  g_type_ensure (SC_TYPE_REVIEWS_PAGE);
  g_type_ensure (SC_TYPE_KPI_LIST);
  g_type_ensure (SC_TYPE_MEETINGS_PAGE);
  g_type_ensure (SC_TYPE_PAGE_SLOT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/sc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ScWindow, title_stack);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, banner_label);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, pages_stack);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, dashboard_page);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, toast_revealer);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, toast_label);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, toast_button);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, recent_section);
  gtk_widget_class_bind_template_callback (widget_class, on_toast_close_clicked_cb);

  gtk_widget_class_install_action (widget_class, "win.new-company", NULL,
                                   sc_window_new_company_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, sc_window_open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s",
                                   sc_window_open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL,
                                   sc_window_open_sample_action);
  gtk_widget_class_install_action (widget_class, "win.save-copy", NULL,
                                   sc_window_save_copy_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s",
                                   sc_window_show_page_action);
  gtk_widget_class_install_action (widget_class, "win.backups", NULL, sc_window_backups_action);
  gtk_widget_class_install_action (widget_class, "win.export-workbook", NULL,
                                   sc_window_export_workbook_action);
  gtk_widget_class_install_action (widget_class, "win.show-kpi", "x", sc_window_show_kpi_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, sc_window_undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, sc_window_redo_action);
  sc_cadence_monitor_install_actions (widget_class);
  sc_print_install_actions (widget_class);
}

static void
sc_window_init (ScWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->pages_stack, "notify::visible-child",
                            G_CALLBACK (on_visible_page_changed_cb), self);
  update_actions (self);
  sc_cadence_monitor_attach (self, SC_DASHBOARD_PAGE (self->dashboard_page));
}

ScWindow *
sc_window_new (ScApplication *app)
{
  return g_object_new (SC_TYPE_WINDOW, "application", app, NULL);
}

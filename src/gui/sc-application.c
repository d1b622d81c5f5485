/* sc-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-application"

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sc-appearance.h"
#include "sc-application.h"
#include "sc-l10n.h"
#include "sc-preferences-window.h"
#include "sc-window.h"

#define MAX_RECENT 8

struct _ScApplication
{
  GtkApplication  parent_instance;

  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (ScApplication, sc_application, GTK_TYPE_APPLICATION)

static GSettingsSchema *
lookup_schema (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();

  /* g_settings_new () aborts on a missing schema; an uninstalled run
   * without GSETTINGS_SCHEMA_DIR must still start. */
  return source ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;
}

void
sc_application_apply_language_override (void)
{
  g_autoptr(GSettingsSchema) schema = lookup_schema ();
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *lang = NULL;

  if (schema == NULL || !g_settings_schema_has_key (schema, "interface-language"))
    return;

  settings = g_settings_new_full (schema, NULL, NULL);
  lang = g_settings_get_string (settings, "interface-language");
  if (g_strcmp0 (lang, "fr") != 0 && g_strcmp0 (lang, "en") != 0)
    return;

  g_setenv ("LANGUAGE", lang, TRUE);
  /* gettext ignores LANGUAGE under the C locale: make sure there is a
   * real one for messages. */
  setlocale (LC_ALL, "");
  if (g_strcmp0 (setlocale (LC_MESSAGES, NULL), "C") == 0 ||
      g_strcmp0 (setlocale (LC_MESSAGES, NULL), "POSIX") == 0)
    g_setenv ("LC_MESSAGES", "C.UTF-8", TRUE);
}

const char *
sc_application_get_localedir (void)
{
  return sc_l10n_get_localedir ();
}

GSettings *
sc_application_get_settings (ScApplication *self)
{
  g_return_val_if_fail (SC_IS_APPLICATION (self), NULL);
  return self->settings;
}

char *
sc_application_dup_company_folder (void)
{
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autofree char *fallback = NULL;
  char *folder;

  if (documents == NULL || g_strcmp0 (documents, g_get_home_dir ()) == 0)
    documents = fallback = g_build_filename (g_get_home_dir (), "Documents", NULL);

  folder = g_build_filename (documents, "SalesCadence", NULL);
  g_mkdir_with_parents (folder, 0700);
  return folder;
}

void
sc_application_remember_file (ScApplication *self,
                              const char    *path)
{
  g_auto(GStrv) recent = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) result = NULL;
  guint n = 1;

  g_return_if_fail (SC_IS_APPLICATION (self));

  if (self->settings == NULL)
    return;

  g_settings_set_string (self->settings, "last-file", path);

  recent = g_settings_get_strv (self->settings, "recent-files");
  g_strv_builder_add (builder, path);
  for (guint i = 0; recent[i] != NULL && n < MAX_RECENT; i++)
    if (g_strcmp0 (recent[i], path) != 0)
      {
        g_strv_builder_add (builder, recent[i]);
        n++;
      }
  result = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-files", (const char * const *) result);
}

void
sc_application_forget_file (ScApplication *self,
                            const char    *path)
{
  g_auto(GStrv) recent = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) result = NULL;
  g_autofree char *last = NULL;

  g_return_if_fail (SC_IS_APPLICATION (self));

  if (self->settings == NULL)
    return;

  last = g_settings_get_string (self->settings, "last-file");
  if (g_strcmp0 (last, path) == 0)
    g_settings_set_string (self->settings, "last-file", "");

  recent = g_settings_get_strv (self->settings, "recent-files");
  for (guint i = 0; recent[i] != NULL; i++)
    if (g_strcmp0 (recent[i], path) != 0)
      g_strv_builder_add (builder, recent[i]);
  result = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-files", (const char * const *) result);
}

char **
sc_application_dup_recent_files (ScApplication *self)
{
  g_auto(GStrv) recent = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (SC_IS_APPLICATION (self), NULL);

  if (self->settings != NULL)
    {
      recent = g_settings_get_strv (self->settings, "recent-files");
      for (guint i = 0; recent[i] != NULL; i++)
        if (g_file_test (recent[i], G_FILE_TEST_IS_REGULAR))
          g_strv_builder_add (builder, recent[i]);
    }
  return g_strv_builder_end (builder);
}

static ScWindow *
get_window (ScApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (SC_IS_WINDOW (window))
    return SC_WINDOW (window);
  return sc_window_new (self);
}

static void
sc_application_activate (GApplication *app)
{
  ScApplication *self = SC_APPLICATION (app);
  ScWindow *window = get_window (self);

  if (sc_window_get_store (window) == NULL && self->settings != NULL)
    {
      g_autofree char *last = g_settings_get_string (self->settings, "last-file");

      if (*last != '\0' && g_file_test (last, G_FILE_TEST_EXISTS))
        sc_window_open_file (window, last);
    }

  gtk_window_present (GTK_WINDOW (window));
}

static void
sc_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  ScApplication *self = SC_APPLICATION (app);
  ScWindow *window = get_window (self);

  /* One company per window: the first file opens here, the others in
   * windows of their own. */
  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *path = g_file_get_path (files[i]);

      if (i > 0)
        window = sc_window_new (self);
      if (path != NULL)
        sc_window_open_file (window, path);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
sc_application_about_action (GSimpleAction *action,
                             GVariant      *param,
                             gpointer       user_data)
{
  ScApplication *self = SC_APPLICATION (user_data);
  static const char *authors[] = { "The SalesCadence developers", NULL };

  gtk_show_about_dialog (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "program-name", "SalesCadence",
                         "logo-icon-name", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Keep sales and marketing on a weekly rhythm: five to seven "
                                       "key indicators, a 90-day plan, a 30-minute weekly "
                                       "meeting, and monthly and quarterly reviews."),
                         "website", "https://example.com/salescadence",
                         "copyright", "© 2026 The SalesCadence developers",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", authors,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
sc_application_preferences_action (GSimpleAction *action,
                                   GVariant      *param,
                                   gpointer       user_data)
{
  ScApplication *self = SC_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  ScStore *store = SC_IS_WINDOW (parent) ? sc_window_get_store (SC_WINDOW (parent)) : NULL;
  ScPreferencesWindow *prefs = sc_preferences_window_new (parent, store, self->settings);

  gtk_window_present (GTK_WINDOW (prefs));
}

static void
sc_application_quit_action (GSimpleAction *action,
                            GVariant      *param,
                            gpointer       user_data)
{
  GApplication *app = G_APPLICATION (user_data);
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));

  /* Closing the windows lets each one finish its work (backups) first. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
  g_list_free (windows);
}

/* The main window a script or a notification means: the active window, or
 * the main window a dialog (preferences, meeting) belongs to. */
static GtkWindow *
main_window (ScApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  while (window != NULL && !SC_IS_WINDOW (window))
    window = gtk_window_get_transient_for (window);
  return window;
}

/* Notifications and scripts can only reach application actions: these
 * pass theirs on to the main window ("app.show-page" → "win.show-page"). */
static void
sc_application_window_action (GSimpleAction *action,
                              GVariant      *param,
                              gpointer       user_data)
{
  GtkWindow *window = main_window (SC_APPLICATION (user_data));
  const char *name = g_action_get_name (G_ACTION (action));
  g_autofree char *win_action = NULL;

  if (window == NULL)
    return;
  if (g_str_equal (name, "shortcuts"))
    name = "show-help-overlay";
  else
    gtk_window_present (window);
  win_action = g_strconcat ("win.", name, NULL);
  gtk_widget_activate_action_variant (GTK_WIDGET (window), win_action, param);
}

static const GActionEntry app_actions[] = {
  { "about", sc_application_about_action },
  { "show-page", sc_application_window_action, "s" },
  { "show-kpi", sc_application_window_action, "x" },
  { "start-meeting", sc_application_window_action },
  { "shortcuts", sc_application_window_action },
  { "preferences", sc_application_preferences_action },
  { "quit", sc_application_quit_action },
};

static void
sc_application_startup (GApplication *app)
{
  ScApplication *self = SC_APPLICATION (app);
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "win.new-company", { "<Control>n", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.save-copy", { "<Control><Shift>s", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
  };
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  G_APPLICATION_CLASS (sc_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action,
                                           accels[i].accels);

  gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/ui/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  gtk_window_set_default_icon_name (APP_ID);
  sc_appearance_init (self->settings);
}

static void
sc_application_dispose (GObject *object)
{
  ScApplication *self = SC_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sc_application_parent_class)->dispose (object);
}

static void
sc_application_class_init (ScApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = sc_application_dispose;
  app_class->startup = sc_application_startup;
  app_class->activate = sc_application_activate;
  app_class->open = sc_application_open;
}

static void
sc_application_init (ScApplication *self)
{
  g_autoptr(GSettingsSchema) schema = lookup_schema ();

  if (schema != NULL)
    self->settings = g_settings_new_full (schema, NULL, NULL);
}

ScApplication *
sc_application_new (void)
{
  return g_object_new (SC_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

/* sc-appearance.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-appearance"

#include "config.h"

#include "sc-appearance.h"

#define PORTAL_NAME "org.freedesktop.portal.Desktop"
#define PORTAL_PATH "/org/freedesktop/portal/desktop"
#define PORTAL_SETTINGS "org.freedesktop.portal.Settings"

static GSettings *style_settings;
static gboolean desktop_prefers_dark;

static void
apply (void)
{
  GtkSettings *gtk = gtk_settings_get_default ();
  g_autofree char *style = style_settings ? g_settings_get_string (style_settings, "style") : NULL;
  gboolean dark;
  gboolean current = FALSE;

  if (gtk == NULL)
    return;
  if (g_strcmp0 (style, "dark") == 0)
    dark = TRUE;
  else if (g_strcmp0 (style, "light") == 0)
    dark = FALSE;
  else
    dark = desktop_prefers_dark;
  /* Setting it, even to the same value, loads the theme again: 7 ms at
   * start-up (issue 8). */
  g_object_get (gtk, "gtk-application-prefer-dark-theme", &current, NULL);
  if (current != dark)
    g_object_set (gtk, "gtk-application-prefer-dark-theme", dark, NULL);
}

/* color-scheme: 0 no preference, 1 prefer dark, 2 prefer light. */
static void
take_color_scheme (GVariant *value)
{
  g_autoptr(GVariant) inner = NULL;

  while (value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_VARIANT))
    {
      GVariant *next = g_variant_get_variant (value);

      g_clear_pointer (&inner, g_variant_unref);
      inner = next;
      value = next;
    }
  if (value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_UINT32))
    desktop_prefers_dark = g_variant_get_uint32 (value) == 1;
  apply ();
}

static void
on_read_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, NULL);
  g_autoptr(GVariant) value = NULL;

  /* No portal (a bare session, the tests): stay light unless told. */
  if (reply == NULL)
    return;
  g_variant_get (reply, "(v)", &value);
  take_color_scheme (value);
}

static void
on_setting_changed_cb (GDBusConnection *connection,
                       const char      *sender,
                       const char      *path,
                       const char      *interface,
                       const char      *signal,
                       GVariant        *parameters,
                       gpointer         user_data)
{
  const char *ns, *key;
  g_autoptr(GVariant) value = NULL;

  g_variant_get (parameters, "(&s&sv)", &ns, &key, &value);
  if (g_str_equal (ns, "org.freedesktop.appearance") && g_str_equal (key, "color-scheme"))
    take_color_scheme (value);
}

static void
on_style_changed_cb (GSettings  *settings,
                     const char *key,
                     gpointer    user_data)
{
  apply ();
}

void
sc_appearance_init (GSettings *settings)
{
  GDBusConnection *bus = g_application_get_default ()
                         ? g_application_get_dbus_connection (g_application_get_default ()) : NULL;

  g_set_object (&style_settings, settings);
  if (settings != NULL)
    g_signal_connect (settings, "changed::style", G_CALLBACK (on_style_changed_cb), NULL);

  if (bus != NULL)
    {
      g_dbus_connection_signal_subscribe (bus, PORTAL_NAME, PORTAL_SETTINGS, "SettingChanged",
                                          PORTAL_PATH, NULL, G_DBUS_SIGNAL_FLAGS_NONE,
                                          on_setting_changed_cb, NULL, NULL);
      g_dbus_connection_call (bus, PORTAL_NAME, PORTAL_PATH, PORTAL_SETTINGS, "Read",
                              g_variant_new ("(ss)", "org.freedesktop.appearance", "color-scheme"),
                              G_VARIANT_TYPE ("(v)"), G_DBUS_CALL_FLAGS_NO_AUTO_START, 2000, NULL,
                              on_read_cb, NULL);
    }
  apply ();
}

gboolean
sc_appearance_is_dark (void)
{
  GtkSettings *gtk = gtk_settings_get_default ();
  gboolean dark = FALSE;

  if (gtk != NULL)
    g_object_get (gtk, "gtk-application-prefer-dark-theme", &dark, NULL);
  return dark;
}

/* sc-cadence-monitor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-cadence-monitor"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-cadence-monitor.h"
#include "sc-cadence-ui.h"
#include "sc-l10n.h"
#include "sc-minutes.h"

/* Reminders are looked for this often while the app runs. */
#define CHECK_SECONDS 600
/* and this long after a company opens, once the window is up. */
#define OPEN_DELAY_MS 1500

struct _ScCadenceMonitor
{
  GObject             parent_instance;

  ScWindow           *window;       /* owns us */
  ScCadenceCard      *card;
  ScMeetingWindow    *meeting;      /* weak */
  ScMeetingClockFunc  clock;
  gpointer            clock_data;
  guint               timer_id;
  guint               open_id;
  char               *toast_page;   /* what the reminder toast's button opens */
  GHashTable         *shown;        /* without GSettings: key → ISO day */
};

G_DEFINE_FINAL_TYPE (ScCadenceMonitor, sc_cadence_monitor, G_TYPE_OBJECT)

#define DATA_KEY "sc-cadence-monitor"

static const struct
{
  ScReminders  kind;
  const char  *name;           /* in the GSettings key and the notification id */
  const char  *page;           /* what its button opens; NULL: start the meeting */
} reminders[] = {
  { SC_REMINDER_MEETING, "meeting", NULL },
  { SC_REMINDER_FIGURES, "figures", "scorecard" },
  { SC_REMINDER_REVIEW, "review", "reviews" },
};

static ScStore *
store (ScCadenceMonitor *self)
{
  return self->window ? sc_window_get_store (self->window) : NULL;
}

static GApplication *
app (ScCadenceMonitor *self)
{
  GtkApplication *application;

  if (self->window == NULL)
    return NULL;
  application = gtk_window_get_application (GTK_WINDOW (self->window));
  return application ? G_APPLICATION (application) : NULL;
}

static GSettings *
settings (ScCadenceMonitor *self)
{
  GApplication *application = app (self);

  return SC_IS_APPLICATION (application)
         ? sc_application_get_settings (SC_APPLICATION (application)) : NULL;
}

/* The page a reminder's button opens: the reviews go to their page when
 * the window has one, else to the dashboard's cadence card. */
static const char *
page_for (ScCadenceMonitor *self,
          guint             index)
{
  GObject *pages;

  if (reminders[index].page == NULL || self->window == NULL)
    return reminders[index].page;
  pages = gtk_widget_get_template_child (GTK_WIDGET (self->window), SC_TYPE_WINDOW, "pages_stack");
  if (GTK_IS_STACK (pages) &&
      gtk_stack_get_child_by_name (GTK_STACK (pages), reminders[index].page) != NULL)
    return reminders[index].page;
  return "dashboard";
}

/* With a mnemonic for the window's toast, without for the desktop. */
static const char *
button_label (const char *page,
              gboolean    mnemonic)
{
  if (g_str_equal (page, "scorecard"))
    return mnemonic ? _("Open _Scorecard") : _("Open Scorecard");
  if (g_str_equal (page, "reviews"))
    return mnemonic ? _("Open _Reviews") : _("Open Reviews");
  return mnemonic ? _("Open _Dashboard") : _("Open Dashboard");
}

/* Once a day ----------------------------------------------------------------- */

static char *
shown_key (ScCadenceMonitor *self,
           guint             index)
{
  return g_strdup_printf ("%s %s", reminders[index].name, sc_store_get_path (store (self)));
}

static gboolean
shown_today (ScCadenceMonitor *self,
             guint             index)
{
  g_autofree char *key = shown_key (self, index);
  g_autofree char *today = sc_day_dup_iso (sc_day_today ());
  g_autofree char *day = NULL;
  GSettings *s = settings (self);

  if (s == NULL)
    return g_strcmp0 (g_hash_table_lookup (self->shown, key), today) == 0;
  {
    g_autoptr(GVariant) map = g_settings_get_value (s, "reminders-shown");

    g_variant_lookup (map, key, "s", &day);
  }
  return g_strcmp0 (day, today) == 0;
}

/* Writes today for the reminders shown, dropping the days gone by so that
 * the setting does not grow. */
static void
remember (ScCadenceMonitor *self,
          ScReminders       kinds)
{
  g_autofree char *today = sc_day_dup_iso (sc_day_today ());
  GSettings *s = settings (self);
  g_autoptr(GVariant) old = NULL;
  GVariantBuilder builder;
  GVariantIter iter;
  const char *key, *day;

  if (store (self) == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (reminders); i++)
    if (kinds & reminders[i].kind)
      g_hash_table_insert (self->shown, shown_key (self, i), g_strdup (today));
  if (s == NULL)
    return;

  old = g_settings_get_value (s, "reminders-shown");
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{ss}"));
  g_variant_iter_init (&iter, old);
  while (g_variant_iter_next (&iter, "{&s&s}", &key, &day))
    if (g_strcmp0 (day, today) == 0 && !g_hash_table_contains (self->shown, key))
      g_variant_builder_add (&builder, "{ss}", key, day);
  {
    GHashTableIter it;
    gpointer k, v;

    g_hash_table_iter_init (&it, self->shown);
    while (g_hash_table_iter_next (&it, &k, &v))
      if (g_strcmp0 (v, today) == 0)
        g_variant_builder_add (&builder, "{ss}", k, v);
  }
  g_settings_set_value (s, "reminders-shown", g_variant_builder_end (&builder));
}

/* Desktop notifications --------------------------------------------------------- */

static GNotification *
new_notification (ScCadenceMonitor *self,
                  guint             index,
                  const char       *body)
{
  GNotification *n = g_notification_new (_("SalesCadence"));
  g_autoptr(GIcon) icon = g_themed_icon_new (APP_ID);
  const char *page = page_for (self, index);

  g_notification_set_body (n, body);
  g_notification_set_icon (n, icon);
  if (page == NULL)
    {
      g_notification_add_button (n, _("Start Meeting"), "app.start-meeting");
      g_notification_set_default_action (n, "app.start-meeting");
    }
  else
    {
      g_notification_add_button_with_target (n, button_label (page, FALSE), "app.show-page", "s",
                                              page);
      g_notification_set_default_action_and_target (n, "app.show-page", "s", page);
    }
  return n;
}

typedef struct
{
  ScCadenceMonitor *self;
  GPtrArray        *ids;
  GPtrArray        *notifications;
  ScReminders       kinds;
} Pending;

static void
pending_free (Pending *pending)
{
  g_object_unref (pending->self);
  g_ptr_array_unref (pending->ids);
  g_ptr_array_unref (pending->notifications);
  g_free (pending);
}

static gboolean
has_name (GVariant   *names,
          const char *wanted)
{
  g_autoptr(GVariantIter) iter = NULL;
  const char *name;

  g_variant_get (names, "(as)", &iter);
  while (g_variant_iter_next (iter, "&s", &name))
    if (g_str_equal (name, wanted))
      return TRUE;
  return FALSE;
}

/* GLib warns when no notification service answers (a test's private
 * bus, a bare session): send only when one is there. */
static void
on_names_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  Pending *pending = data;
  g_autoptr(GVariant) names = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result,
                                                             NULL);
  GApplication *application = app (pending->self);

  if (names != NULL && application != NULL &&
      (has_name (names, "org.freedesktop.Notifications") ||
       has_name (names, "org.gtk.Notifications")))
    {
      for (guint i = 0; i < pending->ids->len; i++)
        g_application_send_notification (application, g_ptr_array_index (pending->ids, i),
                                         g_ptr_array_index (pending->notifications, i));
      remember (pending->self, pending->kinds);
    }
  pending_free (pending);
}

static void
notify_desktop (ScCadenceMonitor      *self,
                ScReminders            kinds,
                const ScCadenceHealth *health)
{
  GApplication *application = app (self);
  GDBusConnection *bus = application ? g_application_get_dbus_connection (application) : NULL;
  Pending *pending;

  if (bus == NULL || kinds == 0)
    return;

  pending = g_new0 (Pending, 1);
  pending->self = g_object_ref (self);
  pending->ids = g_ptr_array_new_with_free_func (g_free);
  pending->notifications = g_ptr_array_new_with_free_func (g_object_unref);
  pending->kinds = kinds;
  for (guint i = 0; i < G_N_ELEMENTS (reminders); i++)
    if (kinds & reminders[i].kind)
      {
        g_autofree char *body = sc_cadence_ui_reminder_text (store (self), reminders[i].kind,
                                                             health);

        g_ptr_array_add (pending->ids, g_strdup_printf ("%s-reminder", reminders[i].name));
        g_ptr_array_add (pending->notifications, new_notification (self, i, body));
      }
  g_dbus_connection_call (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                          "org.freedesktop.DBus", "ListNames", NULL, G_VARIANT_TYPE ("(as)"),
                          G_DBUS_CALL_FLAGS_NONE, -1, NULL, on_names_cb, pending);
}

/* Reminders ------------------------------------------------------------------------ */

/* The toast of the first reminder, unless the window already shows one
 * (the confirmation of what the user just did comes first). */
static ScReminders
toast (ScCadenceMonitor      *self,
       ScReminders            kinds,
       const ScCadenceHealth *health)
{
  for (guint i = 0; i < G_N_ELEMENTS (reminders); i++)
    {
      g_autofree char *text = NULL;

      if (!(kinds & reminders[i].kind))
        continue;
      if (sc_window_get_toast (self->window) != NULL)
        return 0;
      text = sc_cadence_ui_reminder_text (store (self), reminders[i].kind, health);
      g_free (self->toast_page);
      self->toast_page = g_strdup (page_for (self, i));
      if (self->toast_page == NULL)
        sc_window_show_toast (self->window, text, _("_Start Meeting"), "win.start-meeting");
      else
        sc_window_show_toast (self->window, text, button_label (self->toast_page, TRUE),
                              "win.open-reminder");
      return reminders[i].kind;
    }
  return 0;
}

static void on_start_meeting_activate_cb (GSimpleAction *action,
                                          GVariant      *param,
                                          gpointer       data);

/* Notifications reach the application, not a window. */
static void
ensure_app_action (ScCadenceMonitor *self)
{
  GApplication *application = app (self);
  g_autoptr(GSimpleAction) action = NULL;

  if (application == NULL || g_action_map_lookup_action (G_ACTION_MAP (application),
                                                         "start-meeting") != NULL)
    return;
  action = g_simple_action_new ("start-meeting", NULL);
  g_signal_connect_object (action, "activate", G_CALLBACK (on_start_meeting_activate_cb),
                           application, 0);
  g_action_map_add_action (G_ACTION_MAP (application), G_ACTION (action));
}

ScReminders
sc_cadence_monitor_check (ScCadenceMonitor *self)
{
  ScStore *s;
  ScCadenceHealth health;
  ScReminders due, fresh = 0, shown;
  ScDay today;

  g_return_val_if_fail (SC_IS_CADENCE_MONITOR (self), 0);

  s = store (self);
  if (s == NULL || sc_store_get_read_only (s))
    return 0;

  ensure_app_action (self);
  today = sc_store_get_today (s);
  sc_cadence_health (s, today, &health);
  due = sc_cadence_reminders (s, today, &health);
  for (guint i = 0; i < G_N_ELEMENTS (reminders); i++)
    if ((due & reminders[i].kind) && !shown_today (self, i))
      fresh |= reminders[i].kind;

  shown = toast (self, fresh, &health);
  remember (self, shown);
  notify_desktop (self, fresh, &health);
  return shown;
}

static gboolean
on_timer_cb (gpointer data)
{
  sc_cadence_monitor_check (SC_CADENCE_MONITOR (data));
  return G_SOURCE_CONTINUE;
}

static void
on_open_delay_cb (gpointer data)
{
  ScCadenceMonitor *self = data;

  self->open_id = 0;
  sc_cadence_monitor_check (self);
}

/* The window ------------------------------------------------------------------------- */

static void
on_window_store_cb (ScCadenceMonitor *self)
{
  ScStore *s = store (self);

  GObject *button = gtk_widget_get_template_child (GTK_WIDGET (self->window), SC_TYPE_WINDOW,
                                                   "meeting_button");
  gboolean writable = s != NULL && !sc_store_get_read_only (s);

  /* Set explicitly, not bound: a binding's weak reference is gone before
   * the window's dispose drops the store, and the card would keep the
   * file locked after its window closed. */
  sc_cadence_card_set_store (self->card, s);
  gtk_widget_action_set_enabled (GTK_WIDGET (self->window), "win.start-meeting", writable);
  if (button != NULL)
    gtk_widget_set_visible (GTK_WIDGET (button), writable);
  g_clear_handle_id (&self->open_id, g_source_remove);
  if (s != NULL)
    self->open_id = g_timeout_add_once (OPEN_DELAY_MS, on_open_delay_cb, self);
}

static void
on_meeting_ended_cb (ScCadenceMonitor *self,
                     gint64            meeting_id,
                     ScMeetingWindow  *meeting)
{
  ScMeetingSession *session = sc_meeting_window_get_session (meeting);
  g_autofree char *length = NULL;
  g_autofree char *message = NULL;

  if (self->window == NULL)
    return;
  length = sc_minutes_dup_length (sc_l10n_ui_lang (),
                                  sc_meeting_session_get_meeting_elapsed (session),
                                  (int) (sc_meeting_session_get_meeting_planned (session) / 60));
  /* Translators: in the main window after a meeting, "Meeting saved: 31 min of 30 min." */
  message = g_strdup_printf (_("Meeting saved: %s."), length);
  sc_window_show_toast (self->window, message, _("Show _Minutes"), "win.show-meetings");
}

static void
start_meeting (ScCadenceMonitor *self)
{
  ScStore *s = store (self);

  if (self->meeting != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->meeting));
      return;
    }
  if (s == NULL || sc_store_get_read_only (s))
    return;

  self->meeting = sc_meeting_window_new (GTK_WINDOW (self->window), s, self->clock,
                                         self->clock_data);
  g_object_add_weak_pointer (G_OBJECT (self->meeting), (gpointer *) &self->meeting);
  g_signal_connect_object (self->meeting, "ended", G_CALLBACK (on_meeting_ended_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (self->meeting));
}

static void
on_start_meeting_activate_cb (GSimpleAction *action,
                              GVariant      *param,
                              gpointer       data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (data));

  while (window != NULL && !SC_IS_WINDOW (window))
    window = gtk_window_get_transient_for (window);
  if (window == NULL)
    return;
  gtk_window_present (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-meeting", NULL);
}

static void
start_meeting_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  ScCadenceMonitor *self = sc_cadence_monitor_get (SC_WINDOW (widget));

  if (self != NULL)
    start_meeting (self);
}

static void
show_meetings_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  gtk_widget_activate_action (widget, "win.show-page", "s", "meetings");
}

static void
open_reminder_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  ScCadenceMonitor *self = sc_cadence_monitor_get (SC_WINDOW (widget));

  if (self != NULL && self->toast_page != NULL)
    gtk_widget_activate_action (widget, "win.show-page", "s", self->toast_page);
}

/* The object ---------------------------------------------------------------------------- */

static void
sc_cadence_monitor_dispose (GObject *object)
{
  ScCadenceMonitor *self = SC_CADENCE_MONITOR (object);

  g_clear_handle_id (&self->timer_id, g_source_remove);
  g_clear_handle_id (&self->open_id, g_source_remove);
  if (self->meeting != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->meeting), (gpointer *) &self->meeting);
  self->meeting = NULL;
  if (self->window != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->window), (gpointer *) &self->window);
  self->window = NULL;
  self->card = NULL;

  G_OBJECT_CLASS (sc_cadence_monitor_parent_class)->dispose (object);
}

static void
sc_cadence_monitor_finalize (GObject *object)
{
  ScCadenceMonitor *self = SC_CADENCE_MONITOR (object);

  g_free (self->toast_page);
  g_hash_table_unref (self->shown);

  G_OBJECT_CLASS (sc_cadence_monitor_parent_class)->finalize (object);
}

static void
sc_cadence_monitor_class_init (ScCadenceMonitorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sc_cadence_monitor_dispose;
  object_class->finalize = sc_cadence_monitor_finalize;
}

static void
sc_cadence_monitor_init (ScCadenceMonitor *self)
{
  self->shown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

void
sc_cadence_monitor_install_actions (GtkWidgetClass *window_class)
{
  gtk_widget_class_install_action (window_class, "win.start-meeting", NULL, start_meeting_action);
  gtk_widget_class_install_action (window_class, "win.show-meetings", NULL, show_meetings_action);
  gtk_widget_class_install_action (window_class, "win.open-reminder", NULL, open_reminder_action);
  gtk_widget_class_add_binding_action (window_class, GDK_KEY_m, GDK_CONTROL_MASK,
                                       "win.start-meeting", NULL);
  /* The header bar's button, in sc-window.ui: reached by name only (no
   * field of ScWindow), to show it when a company is open. */
  gtk_widget_class_bind_template_child_full (window_class, "meeting_button", FALSE, 0);
}

ScCadenceMonitor *
sc_cadence_monitor_attach (ScWindow        *window,
                           ScDashboardPage *dashboard)
{
  ScCadenceMonitor *self;

  g_return_val_if_fail (SC_IS_WINDOW (window), NULL);
  g_return_val_if_fail (SC_IS_DASHBOARD_PAGE (dashboard), NULL);

  self = g_object_new (SC_TYPE_CADENCE_MONITOR, NULL);
  /* A notification's answer may come after the window is gone. */
  self->window = window;
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &self->window);
  g_object_set_data_full (G_OBJECT (window), DATA_KEY, self, g_object_unref);

  self->card = sc_cadence_card_new ();
  sc_dashboard_page_add_card (dashboard, GTK_WIDGET (self->card));

  g_signal_connect_object (window, "notify::store", G_CALLBACK (on_window_store_cb), self,
                           G_CONNECT_SWAPPED);
  self->timer_id = g_timeout_add_seconds (CHECK_SECONDS, on_timer_cb, self);
  on_window_store_cb (self);
  return self;
}

ScCadenceMonitor *
sc_cadence_monitor_get (ScWindow *window)
{
  g_return_val_if_fail (SC_IS_WINDOW (window), NULL);
  return g_object_get_data (G_OBJECT (window), DATA_KEY);
}

ScCadenceCard *
sc_cadence_monitor_get_card (ScCadenceMonitor *self)
{
  g_return_val_if_fail (SC_IS_CADENCE_MONITOR (self), NULL);
  return self->card;
}

ScMeetingWindow *
sc_cadence_monitor_get_meeting_window (ScCadenceMonitor *self)
{
  g_return_val_if_fail (SC_IS_CADENCE_MONITOR (self), NULL);
  return self->meeting;
}

void
sc_cadence_monitor_set_clock (ScCadenceMonitor   *self,
                              ScMeetingClockFunc  clock,
                              gpointer            clock_data)
{
  g_return_if_fail (SC_IS_CADENCE_MONITOR (self));

  self->clock = clock;
  self->clock_data = clock_data;
}

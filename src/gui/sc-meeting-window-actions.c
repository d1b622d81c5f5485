/* sc-meeting-window-actions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The meeting window's actions and keys, ending the meeting (or asking
 * before closing one that has not ended), and its toasts.
 */

#define G_LOG_DOMAIN "sc-meeting-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-alert-window.h"
#include "sc-meeting-window-private.h"

/* Ending ----------------------------------------------------------------------- */

static gboolean
end_meeting (ScMeetingWindow *self)
{
  g_autoptr(GError) error = NULL;
  ScAlertWindow *alert;

  if (sc_meeting_session_end (self->session, &error))
    {
      _sc_meeting_window_ended (self);
      return TRUE;
    }

  alert = sc_alert_window_new (GTK_WINDOW (self), _("The meeting could not be saved"),
                               error->message);
  sc_alert_window_add_response (alert, "close", _("_Close"), SC_ALERT_SUGGESTED);
  gtk_window_present (GTK_WINDOW (alert));
  return FALSE;
}

static void
on_close_response_cb (ScMeetingWindow *self,
                      const char      *response)
{
  if (g_strcmp0 (response, "end") == 0 && !end_meeting (self))
    return;
  if (g_strcmp0 (response, "end") == 0 || g_strcmp0 (response, "discard") == 0)
    {
      self->may_close = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

gboolean
_sc_meeting_window_close_request (ScMeetingWindow *self)
{
  ScMeetingState state = sc_meeting_session_get_state (self->session);
  ScAlertWindow *alert;

  if (self->may_close || state == SC_MEETING_STATE_READY || state == SC_MEETING_STATE_ENDED)
    return FALSE;

  alert = sc_alert_window_new (GTK_WINDOW (self), _("End the meeting before closing?"),
                               _("A meeting is saved when it ends. Closing without ending "
                                 "discards its attendance, notes, topics and new actions."));
  sc_alert_window_add_response (alert, "continue", _("_Continue Meeting"), SC_ALERT_DEFAULT);
  sc_alert_window_add_response (alert, "discard", _("_Discard Meeting"), SC_ALERT_DESTRUCTIVE);
  sc_alert_window_add_response (alert, "end", _("_End and Save"), SC_ALERT_SUGGESTED);
  g_signal_connect_object (alert, "response", G_CALLBACK (on_close_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (alert));
  return TRUE;
}

/* Actions ----------------------------------------------------------------------- */

static void
sc_meeting_window_toggle_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *param)
{
  ScMeetingWindow *self = SC_MEETING_WINDOW (widget);

  switch (sc_meeting_session_get_state (self->session))
    {
    case SC_MEETING_STATE_READY:
      sc_meeting_session_start (self->session);
      break;
    case SC_MEETING_STATE_RUNNING:
      sc_meeting_session_pause (self->session);
      break;
    case SC_MEETING_STATE_PAUSED:
      sc_meeting_session_resume (self->session);
      break;
    default:
      break;
    }
}

static void
sc_meeting_window_next_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  sc_meeting_session_next (SC_MEETING_WINDOW (widget)->session);
}

static void
sc_meeting_window_previous_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *param)
{
  sc_meeting_session_previous (SC_MEETING_WINDOW (widget)->session);
}

static void
sc_meeting_window_end_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *param)
{
  end_meeting (SC_MEETING_WINDOW (widget));
}

static void
sc_meeting_window_copy_minutes_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *param)
{
  ScMeetingWindow *self = SC_MEETING_WINDOW (widget);

  if (self->minutes_text == NULL)
    return;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), self->minutes_text);
  sc_meeting_window_show_toast (self, _("Minutes copied: paste them in an email or a document."),
                                FALSE);
}

static void
hide_toast (ScMeetingWindow *self)
{
  g_clear_handle_id (&self->toast_id, g_source_remove);
  gtk_revealer_set_reveal_child (self->toast_revealer, FALSE);
}

static void
sc_meeting_window_hide_toast_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *param)
{
  hide_toast (SC_MEETING_WINDOW (widget));
}

static void
sc_meeting_window_undo_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  ScMeetingWindow *self = SC_MEETING_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  hide_toast (self);
  if (!sc_store_undo (self->store, &error))
    {
      ScAlertWindow *alert = sc_alert_window_new (GTK_WINDOW (self),
                                                  _("The change could not be undone"),
                                                  error->message);

      sc_alert_window_add_response (alert, "close", _("_Close"), SC_ALERT_SUGGESTED);
      gtk_window_present (GTK_WINDOW (alert));
    }
}

/* Toasts ------------------------------------------------------------------------ */

static void
on_toast_timeout_cb (gpointer data)
{
  ScMeetingWindow *self = data;

  self->toast_id = 0;
  hide_toast (self);
}

void
sc_meeting_window_show_toast (ScMeetingWindow *self,
                              const char      *message,
                              gboolean         undo)
{
  g_return_if_fail (SC_IS_MEETING_WINDOW (self));

  hide_toast (self);
  gtk_label_set_label (self->toast_label, message);
  gtk_widget_set_visible (self->toast_undo, undo);
  gtk_revealer_set_reveal_child (self->toast_revealer, TRUE);
  self->toast_id = g_timeout_add_once (undo ? 10000 : 5000, on_toast_timeout_cb, self);
}

void
sc_meeting_window_toast_from (GtkWidget  *widget,
                              const char *message,
                              gboolean    undo)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (SC_IS_MEETING_WINDOW (root))
    sc_meeting_window_show_toast (SC_MEETING_WINDOW (root), message, undo);
}

const char *
sc_meeting_window_get_toast (ScMeetingWindow *self)
{
  g_return_val_if_fail (SC_IS_MEETING_WINDOW (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->toast_revealer))
    return NULL;
  return gtk_label_get_label (self->toast_label);
}

static void
add_key (GtkWidgetClass  *widget_class,
         guint            key,
         GdkModifierType  mods,
         const char      *action)
{
  gtk_widget_class_add_binding_action (widget_class, key, mods, action, NULL);
}

void
_sc_meeting_window_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "meeting.toggle", NULL,
                                   sc_meeting_window_toggle_action);
  gtk_widget_class_install_action (widget_class, "meeting.next", NULL,
                                   sc_meeting_window_next_action);
  gtk_widget_class_install_action (widget_class, "meeting.previous", NULL,
                                   sc_meeting_window_previous_action);
  gtk_widget_class_install_action (widget_class, "meeting.end", NULL,
                                   sc_meeting_window_end_action);
  gtk_widget_class_install_action (widget_class, "meeting.copy-minutes", NULL,
                                   sc_meeting_window_copy_minutes_action);
  gtk_widget_class_install_action (widget_class, "meeting.undo", NULL,
                                   sc_meeting_window_undo_action);
  gtk_widget_class_install_action (widget_class, "meeting.hide-toast", NULL,
                                   sc_meeting_window_hide_toast_action);

  /* Class bindings come after the focused widget: in a text field,
   * Ctrl+arrows move by word. Space and Page Up/Down: see on_key_cb (). */
  add_key (widget_class, GDK_KEY_Right, GDK_CONTROL_MASK, "meeting.next");
  add_key (widget_class, GDK_KEY_Left, GDK_CONTROL_MASK, "meeting.previous");
}

/* Whether the focus is where typing goes (Space types a space, Page keys
 * scroll the notes) or a check box (Space ticks it). */
static gboolean
focus_takes_keys (ScMeetingWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  return focus != NULL && (GTK_IS_EDITABLE (focus) || GTK_IS_TEXT_VIEW (focus) ||
                           GTK_IS_CHECK_BUTTON (focus));
}

/* Before the focused widget: a button that has the focus after a click
 * would otherwise take Space for itself, and the timer could not be paused
 * from the keyboard. */
static gboolean
on_key_cb (GtkEventControllerKey *controller,
           guint                  keyval,
           guint                  keycode,
           GdkModifierType        state,
           ScMeetingWindow       *self)
{
  const char *action = NULL;

  if ((state & gtk_accelerator_get_default_mod_mask ()) != 0 || focus_takes_keys (self))
    return FALSE;
  if (keyval == GDK_KEY_space || keyval == GDK_KEY_KP_Space)
    action = "meeting.toggle";
  else if (keyval == GDK_KEY_Page_Down || keyval == GDK_KEY_KP_Page_Down)
    action = "meeting.next";
  else if (keyval == GDK_KEY_Page_Up || keyval == GDK_KEY_KP_Page_Up)
    action = "meeting.previous";
  return action != NULL && gtk_widget_activate_action (GTK_WIDGET (self), action, NULL);
}

void
_sc_meeting_window_init_keys (ScMeetingWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_key_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

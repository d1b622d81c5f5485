/* sc-meeting-actions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-meeting-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-meeting-action-row.h"
#include "sc-meeting-actions.h"
#include "sc-plan.h"

struct _ScMeetingActions
{
  GtkWidget         parent_instance;

  ScMeetingSession *session;
  GPtrArray        *rows;

  /* Template children */
  GtkLabel         *summary_label;
  GtkListBox       *list;
  GtkWidget        *empty_box;
};

G_DEFINE_FINAL_TYPE (ScMeetingActions, sc_meeting_actions, GTK_TYPE_WIDGET)

static void
update_summary (ScMeetingActions *self)
{
  ScDay today = sc_meeting_session_get_day (self->session);
  guint late = 0, open = 0;
  g_autofree char *text = NULL;

  for (guint i = 0; i < self->rows->len; i++)
    {
      ScAction *action = sc_meeting_action_row_get_action (g_ptr_array_index (self->rows, i));

      open += sc_plan_action_is_open (action);
      late += sc_plan_action_is_overdue (action, today);
    }

  /* Translators: above the actions of the meeting: "3 actions still open, 2 of them late". */
  text = g_strdup_printf (ngettext ("%u action still open, %u of them late.",
                                    "%u actions still open, %u of them late.", open), open, late);
  gtk_label_set_label (self->summary_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), self->rows->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->list), self->rows->len > 0);
  gtk_widget_set_visible (self->empty_box, self->rows->len == 0);
}

static void
build (ScMeetingActions *self)
{
  ScStore *store = sc_meeting_session_get_store (self->session);
  g_autoptr(GPtrArray) actions = sc_meeting_actions_to_review (store,
                                                               sc_meeting_session_get_day (self->session));

  for (guint i = 0; i < actions->len; i++)
    {
      ScAction *action = g_ptr_array_index (actions, i);
      ScMeetingActionRow *row = sc_meeting_action_row_new (store, action);

      g_signal_connect_object (action, "notify", G_CALLBACK (update_summary), self,
                               G_CONNECT_SWAPPED);
      gtk_list_box_append (self->list, GTK_WIDGET (row));
      g_ptr_array_add (self->rows, row);
    }
  update_summary (self);
}

static void
sc_meeting_actions_dispose (GObject *object)
{
  ScMeetingActions *self = SC_MEETING_ACTIONS (object);
  GtkWidget *child;

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_MEETING_ACTIONS);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (sc_meeting_actions_parent_class)->dispose (object);
}

static void
sc_meeting_actions_class_init (ScMeetingActionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_meeting_actions_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-meeting-actions.ui");
  gtk_widget_class_bind_template_child (widget_class, ScMeetingActions, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingActions, list);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingActions, empty_box);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "meetingactions");
}

static void
sc_meeting_actions_init (ScMeetingActions *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
}

ScMeetingActions *
sc_meeting_actions_new (ScMeetingSession *session)
{
  ScMeetingActions *self;

  g_return_val_if_fail (SC_IS_MEETING_SESSION (session), NULL);

  self = g_object_new (SC_TYPE_MEETING_ACTIONS, NULL);
  self->session = g_object_ref (session);
  build (self);
  return self;
}

GPtrArray *
sc_meeting_actions_get_rows (ScMeetingActions *self)
{
  g_return_val_if_fail (SC_IS_MEETING_ACTIONS (self), NULL);
  return self->rows;
}

/* sc-meeting-action-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-meeting-action-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-date-entry.h"
#include "sc-format.h"
#include "sc-l10n.h"
#include "sc-meeting-action-row.h"
#include "sc-meeting-window.h"
#include "sc-plan-ui.h"

struct _ScMeetingActionRow
{
  GtkListBoxRow  parent_instance;

  ScStore       *store;
  ScAction      *action;
  char          *state_text;

  /* Template children */
  GtkImage      *state_image;
  GtkLabel      *title_label;
  GtkLabel      *meta_label;
  GtkLabel      *state_label;
  GtkWidget     *buttons_box;
  GtkPopover    *date_popover;
  ScDateEntry   *date_entry;
  GtkEntry      *slip_entry;
  GtkLabel      *date_message;
  GtkPopover    *drop_popover;
  GtkEntry      *reason_entry;
  GtkLabel      *reason_message;
};

G_DEFINE_FINAL_TYPE (ScMeetingActionRow, sc_meeting_action_row, GTK_TYPE_LIST_BOX_ROW)

static ScRecord *
record (ScMeetingActionRow *self)
{
  return SC_RECORD (self->action);
}

static void
refresh (ScMeetingActionRow *self)
{
  ScRecord *r = record (self);
  ScLang lang = sc_l10n_ui_lang ();
  g_autofree char *title = NULL;
  g_autofree char *owner = sc_plan_ui_person_name (self->store,
                                                   sc_record_get_ref (r, SC_ACTION_OWNER_ID));
  g_autofree char *due = sc_format_date_long (lang, sc_record_get_date (r, SC_ACTION_DUE), FALSE);
  g_autofree char *slips = sc_plan_ui_slips (sc_plan_count_slips (self->store,
                                                                  sc_record_get_id (r)));
  g_autofree char *meta = NULL;
  g_autofree char *label = NULL;
  ScTone tone;

  g_free (self->state_text);
  self->state_text = sc_plan_ui_action_state (self->action, sc_store_get_today (self->store),
                                              &tone);
  gtk_image_set_from_icon_name (self->state_image, sc_plan_ui_tone_icon (tone));
  sc_plan_ui_set_tone (GTK_WIDGET (self->state_image), tone);
  gtk_label_set_label (self->state_label, self->state_text);
  sc_plan_ui_set_tone (GTK_WIDGET (self->state_label), tone);

  /* Translators: an action in the meeting, "A03 · Call the ten top customers". */
  title = g_strdup_printf (_("%s · %s"), sc_record_get_text (r, SC_ACTION_REF),
                           sc_record_get_text (r, SC_ACTION_TITLE));
  gtk_label_set_label (self->title_label, title);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_label),
                               sc_record_get_text (r, SC_ACTION_TITLE));
  /* Translators: owner and due date of an action, "Sophie Lachance · due May 30, 2025". */
  meta = g_strdup_printf (_("%s · due %s"), owner, due);
  if (slips != NULL)
    {
      char *with_slips = g_strconcat (meta, _(" · "), slips, NULL);

      g_free (meta);
      meta = with_slips;
    }
  gtk_label_set_label (self->meta_label, meta);
  gtk_widget_set_visible (self->buttons_box, sc_plan_action_is_open (self->action) &&
                          !sc_store_get_read_only (self->store));

  /* Translators: what a screen reader says for an action: title, owner and due, state. */
  label = g_strdup_printf (_("%s, %s, %s"), title, meta, self->state_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* A change, confirmed by a toast with Undo. */
static void
confirm (ScMeetingActionRow *self,
         const char         *format)
{
  g_autofree char *message = NULL;

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  /* format is one of the translated messages of this file, with one %s. */
  message = g_strdup_printf (format, sc_record_get_text (record (self), SC_ACTION_REF));
#pragma GCC diagnostic pop
  sc_meeting_window_toast_from (GTK_WIDGET (self), message, TRUE);
}

static void
sc_meeting_action_row_complete_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *param)
{
  ScMeetingActionRow *self = SC_MEETING_ACTION_ROW (widget);
  g_autoptr(GError) error = NULL;

  if (!sc_plan_complete_action (self->store, sc_record_get_id (record (self)), &error))
    {
      sc_meeting_window_toast_from (widget, error->message, FALSE);
      return;
    }
  /* Translators: %s is an action's ref, "A03". */
  confirm (self, _("Action %s marked as done."));
}

static void
on_date_popover_show_cb (ScMeetingActionRow *self)
{
  sc_date_entry_set_today (self->date_entry, sc_store_get_today (self->store));
  sc_date_entry_set_day (self->date_entry, SC_DAY_NONE);
  gtk_editable_set_text (GTK_EDITABLE (self->slip_entry), "");
  sc_plan_ui_field_error (GTK_WIDGET (sc_date_entry_get_entry (self->date_entry)),
                          self->date_message, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (sc_date_entry_get_entry (self->date_entry)));
}

static gboolean
move (ScMeetingActionRow *self)
{
  g_autoptr(ScRecord) draft = sc_record_copy (record (self));
  g_autoptr(GError) error = NULL;
  GtkWidget *field = GTK_WIDGET (sc_date_entry_get_entry (self->date_entry));
  ScDay day = SC_DAY_NONE;

  if (!sc_date_entry_parse (self->date_entry, &day, &error))
    {
      sc_plan_ui_field_error (field, self->date_message, error->message);
      return FALSE;
    }
  if (day == sc_record_get_date (draft, SC_ACTION_DUE))
    {
      sc_plan_ui_field_error (field, self->date_message,
                              _("That is already its due date: choose another day."));
      return FALSE;
    }

  sc_record_set_date (draft, SC_ACTION_DUE, day);
  if (!sc_plan_save_action (self->store, SC_ACTION (draft),
                            gtk_editable_get_text (GTK_EDITABLE (self->slip_entry)), &error))
    {
      sc_plan_ui_field_error (field, self->date_message, error->message);
      return FALSE;
    }
  gtk_popover_popdown (self->date_popover);
  /* Translators: %s is an action's ref, "A03". */
  confirm (self, _("Action %s has a new due date."));
  return TRUE;
}

static void
on_move_cb (ScMeetingActionRow *self)
{
  move (self);
}

static gboolean
drop (ScMeetingActionRow *self)
{
  g_autoptr(GError) error = NULL;

  if (!sc_plan_drop_action (self->store, sc_record_get_id (record (self)),
                            gtk_editable_get_text (GTK_EDITABLE (self->reason_entry)), &error))
    {
      sc_plan_ui_field_error (GTK_WIDGET (self->reason_entry), self->reason_message,
                              error->message);
      return FALSE;
    }
  gtk_popover_popdown (self->drop_popover);
  /* Translators: %s is an action's ref, "A03". */
  confirm (self, _("Action %s dropped."));
  return TRUE;
}

static void
on_drop_cb (ScMeetingActionRow *self)
{
  drop (self);
}

static void
sc_meeting_action_row_dispose (GObject *object)
{
  ScMeetingActionRow *self = SC_MEETING_ACTION_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_MEETING_ACTION_ROW);
  g_clear_object (&self->action);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sc_meeting_action_row_parent_class)->dispose (object);
}

static void
sc_meeting_action_row_finalize (GObject *object)
{
  ScMeetingActionRow *self = SC_MEETING_ACTION_ROW (object);

  g_free (self->state_text);

  G_OBJECT_CLASS (sc_meeting_action_row_parent_class)->finalize (object);
}

static void
sc_meeting_action_row_class_init (ScMeetingActionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_meeting_action_row_dispose;
  object_class->finalize = sc_meeting_action_row_finalize;

  g_type_ensure (SC_TYPE_DATE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-meeting-action-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ScMeetingActionRow, state_image);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingActionRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingActionRow, meta_label);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingActionRow, state_label);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingActionRow, buttons_box);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingActionRow, date_popover);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingActionRow, date_entry);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingActionRow, slip_entry);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingActionRow, date_message);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingActionRow, drop_popover);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingActionRow, reason_entry);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingActionRow, reason_message);
  gtk_widget_class_bind_template_callback (widget_class, on_date_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_move_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_drop_cb);

  gtk_widget_class_install_action (widget_class, "action.complete", NULL,
                                   sc_meeting_action_row_complete_action);
}

static void
sc_meeting_action_row_init (ScMeetingActionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

ScMeetingActionRow *
sc_meeting_action_row_new (ScStore  *store,
                           ScAction *action)
{
  ScMeetingActionRow *self;

  g_return_val_if_fail (SC_IS_STORE (store), NULL);
  g_return_val_if_fail (SC_IS_ACTION (action), NULL);

  self = g_object_new (SC_TYPE_MEETING_ACTION_ROW, NULL);
  self->store = g_object_ref (store);
  self->action = g_object_ref (action);
  /* The store's own object: it follows every change, undo included. */
  g_signal_connect_object (action, "notify", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  refresh (self);
  return self;
}

ScAction *
sc_meeting_action_row_get_action (ScMeetingActionRow *self)
{
  g_return_val_if_fail (SC_IS_MEETING_ACTION_ROW (self), NULL);
  return self->action;
}

gboolean
sc_meeting_action_row_move (ScMeetingActionRow *self,
                            const char         *date_text,
                            const char         *reason)
{
  g_return_val_if_fail (SC_IS_MEETING_ACTION_ROW (self), FALSE);

  sc_date_entry_set_today (self->date_entry, sc_store_get_today (self->store));
  gtk_editable_set_text (GTK_EDITABLE (sc_date_entry_get_entry (self->date_entry)), date_text);
  gtk_editable_set_text (GTK_EDITABLE (self->slip_entry), reason ? reason : "");
  return move (self);
}

gboolean
sc_meeting_action_row_drop (ScMeetingActionRow *self,
                            const char         *reason)
{
  g_return_val_if_fail (SC_IS_MEETING_ACTION_ROW (self), FALSE);

  gtk_editable_set_text (GTK_EDITABLE (self->reason_entry), reason ? reason : "");
  return drop (self);
}

const char *
sc_meeting_action_row_get_state_text (ScMeetingActionRow *self)
{
  g_return_val_if_fail (SC_IS_MEETING_ACTION_ROW (self), NULL);
  return self->state_text;
}

/* sc-action-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-action-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-action-editor.h"
#include "sc-date-entry.h"
#include "sc-format.h"
#include "sc-l10n.h"
#include "sc-parse.h"
#include "sc-plan-ui.h"
#include "sc-record-chooser.h"

struct _ScActionEditor
{
  GtkWindow        parent_instance;

  ScStore         *store;
  ScAction        *action;      /* NULL for a new action */
  int              fiscal_year;
  int              quarter;

  /* Template children */
  GtkEntry        *title_entry;
  GtkLabel        *title_message;
  ScRecordChooser *owner_chooser;
  GtkLabel        *owner_message;
  ScDateEntry     *date_entry;
  GtkLabel        *due_message;
  GtkWidget       *slip_reason_label;
  GtkEntry        *slip_reason_entry;
  ScRecordChooser *priority_chooser;
  ScRecordChooser *kpi_chooser;
  GtkDropDown     *status_dropdown;
  GtkWidget       *reason_label;
  GtkEntry        *reason_entry;
  GtkLabel        *reason_message;
  GtkTextView     *notes_view;
  GtkWidget       *history_box;
  GtkLabel        *history_title;
  GtkListBox      *history_list;
  GtkWidget       *delete_button;
};

G_DEFINE_FINAL_TYPE (ScActionEditor, sc_action_editor, GTK_TYPE_WINDOW)

static ScLang
lang (void)
{
  return sc_l10n_ui_lang ();
}

static char *
long_date (ScRecord *record,
           guint     column)
{
  return sc_format_date_long (lang (), sc_record_get_date (record, column), FALSE);
}

static GtkWidget *
field_widget (ScActionEditor *self,
              ScEditorField   field)
{
  switch (field)
    {
    case SC_EDITOR_FIELD_OWNER:
      return GTK_WIDGET (self->owner_chooser);
    case SC_EDITOR_FIELD_DUE:
      return GTK_WIDGET (sc_date_entry_get_entry (self->date_entry));
    case SC_EDITOR_FIELD_REASON:
      return GTK_WIDGET (self->reason_entry);
    default:
      return GTK_WIDGET (self->title_entry);
    }
}

static GtkLabel *
field_message (ScActionEditor *self,
               ScEditorField   field)
{
  switch (field)
    {
    case SC_EDITOR_FIELD_OWNER:
      return self->owner_message;
    case SC_EDITOR_FIELD_DUE:
      return self->due_message;
    case SC_EDITOR_FIELD_REASON:
      return self->reason_message;
    default:
      return self->title_message;
    }
}

static void
clear_errors (ScActionEditor *self)
{
  for (ScEditorField f = SC_EDITOR_FIELD_TITLE; f <= SC_EDITOR_FIELD_REASON; f++)
    sc_plan_ui_field_error (field_widget (self, f), field_message (self, f), NULL);
}

static void
show_error (ScActionEditor *self,
            ScEditorField   field,
            const char     *message)
{
  sc_plan_ui_field_error (field_widget (self, field), field_message (self, field), message);
  gtk_widget_grab_focus (field == SC_EDITOR_FIELD_OWNER ? GTK_WIDGET (self->owner_chooser)
                                                        : field_widget (self, field));
}

static ScDay
stored_due (ScActionEditor *self)
{
  return self->action ? sc_record_get_date (SC_RECORD (self->action), SC_ACTION_DUE)
                      : SC_DAY_NONE;
}

/* The understood date under the field, and the question "why does it
 * move?" once a saved action's date changes. */
static void
on_day_changed_cb (ScActionEditor *self)
{
  ScDay day = sc_date_entry_get_day (self->date_entry);
  gboolean moves = self->action != NULL && day != SC_DAY_NONE && day != stored_due (self);
  g_autofree char *text = day ? sc_format_date_long (lang (), day, TRUE) : NULL;

  sc_plan_ui_field_error (field_widget (self, SC_EDITOR_FIELD_DUE), NULL, NULL);
  gtk_label_set_label (self->due_message, text ? text : "");
  gtk_widget_remove_css_class (GTK_WIDGET (self->due_message), "form-error");
  gtk_widget_add_css_class (GTK_WIDGET (self->due_message), "dim-label");
  gtk_widget_set_visible (GTK_WIDGET (self->due_message), text != NULL);
  gtk_widget_set_visible (self->slip_reason_label, moves);
  gtk_widget_set_visible (GTK_WIDGET (self->slip_reason_entry), moves);
}

static void
on_status_changed_cb (ScActionEditor *self)
{
  gboolean dropped = gtk_drop_down_get_selected (self->status_dropdown) == SC_ACTION_DROPPED;

  gtk_widget_set_visible (self->reason_label, dropped);
  gtk_widget_set_visible (GTK_WIDGET (self->reason_entry), dropped);
  if (!dropped)
    sc_plan_ui_field_error (GTK_WIDGET (self->reason_entry), self->reason_message, NULL);
}

static void
on_date_activate_cb (ScActionEditor *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
}

/* Due-date history ------------------------------------------------------ */

static GtkWidget *
slip_row (ScRecord *slip)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *line, *reason;
  g_autofree char *on = long_date (slip, SC_DUE_CHANGE_CHANGED_ON);
  g_autofree char *from = long_date (slip, SC_DUE_CHANGE_OLD_DUE);
  g_autofree char *to = long_date (slip, SC_DUE_CHANGE_NEW_DUE);
  /* Translators: one move of a due date: "September 26, 2025: from
   * October 3, 2025 to October 10, 2025". */
  g_autofree char *text = g_strdup_printf (_("%s: from %s to %s"), on, from, to);

  line = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (line), 0);
  gtk_label_set_wrap (GTK_LABEL (line), TRUE);
  gtk_box_append (GTK_BOX (box), line);
  if (*sc_record_get_text (slip, SC_DUE_CHANGE_REASON) != '\0')
    {
      reason = gtk_label_new (sc_record_get_text (slip, SC_DUE_CHANGE_REASON));
      gtk_label_set_xalign (GTK_LABEL (reason), 0);
      gtk_label_set_wrap (GTK_LABEL (reason), TRUE);
      gtk_widget_add_css_class (reason, "dim-label");
      gtk_box_append (GTK_BOX (box), reason);
    }
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  return box;
}

static void
load_history (ScActionEditor *self)
{
  ScRecord *r = SC_RECORD (self->action);
  g_autoptr(GPtrArray) slips = sc_plan_get_slips (self->store, sc_record_get_id (r));
  g_autofree char *original = NULL;
  g_autofree char *title = NULL;

  if (slips->len == 0)
    return;

  original = long_date (r, SC_ACTION_ORIGINAL_DUE);
  /* Translators: the heading of an action's due-date history. */
  title = g_strdup_printf (ngettext ("Due date moved %u time — originally due %s",
                                     "Due date moved %u times — originally due %s", slips->len),
                           slips->len, original);
  gtk_label_set_label (self->history_title, title);
  for (guint i = 0; i < slips->len; i++)
    gtk_list_box_append (self->history_list, slip_row (g_ptr_array_index (slips, i)));
  gtk_widget_set_visible (self->history_box, TRUE);
}

static void
load (ScActionEditor *self)
{
  ScRecord *r = SC_RECORD (self->action);
  /* Translators: the editor's title, %s is an action's ref, "A03". */
  g_autofree char *title = g_strdup_printf (_("Action %s"), sc_record_get_text (r, SC_ACTION_REF));

  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_editable_set_text (GTK_EDITABLE (self->title_entry),
                         sc_record_get_text (r, SC_ACTION_TITLE));
  sc_record_chooser_set_selected_id (self->owner_chooser,
                                     sc_record_get_ref (r, SC_ACTION_OWNER_ID));
  sc_date_entry_set_day (self->date_entry, sc_record_get_date (r, SC_ACTION_DUE));
  sc_record_chooser_set_selected_id (self->priority_chooser,
                                     sc_record_get_ref (r, SC_ACTION_PRIORITY_ID));
  sc_record_chooser_set_selected_id (self->kpi_chooser, sc_record_get_ref (r, SC_ACTION_KPI_ID));
  gtk_drop_down_set_selected (self->status_dropdown, sc_record_get_int (r, SC_ACTION_STATUS));
  gtk_editable_set_text (GTK_EDITABLE (self->reason_entry),
                         sc_record_get_text (r, SC_ACTION_DROP_REASON));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            sc_record_get_text (r, SC_ACTION_NOTES), -1);
  gtk_widget_set_visible (self->delete_button, TRUE);
  load_history (self);
}

/* Saving ------------------------------------------------------------------- */

static char *
notes_text (ScActionEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static ScEditorField
field_of_error (const GError *error)
{
  if (error->domain == SC_PARSE_ERROR)
    return SC_EDITOR_FIELD_DUE;
  switch (error->code)
    {
    case SC_PLAN_ERROR_NO_OWNER:
    case SC_PLAN_ERROR_INACTIVE_OWNER:
      return SC_EDITOR_FIELD_OWNER;
    case SC_PLAN_ERROR_NO_DUE:
      return SC_EDITOR_FIELD_DUE;
    case SC_PLAN_ERROR_NO_REASON:
      return SC_EDITOR_FIELD_REASON;
    default:
      return SC_EDITOR_FIELD_TITLE;
    }
}

static ScAction *
build_draft (ScActionEditor  *self,
             GError         **error)
{
  g_autoptr(ScRecord) draft = NULL;
  g_autofree char *notes = notes_text (self);
  GtkEditable *date = GTK_EDITABLE (sc_date_entry_get_entry (self->date_entry));
  ScDay due = SC_DAY_NONE;

  if (*gtk_editable_get_text (date) != '\0' && !sc_date_entry_parse (self->date_entry, &due, error))
    return NULL;

  draft = self->action ? sc_record_copy (SC_RECORD (self->action))
                       : SC_RECORD (sc_plan_new_action (self->store, self->fiscal_year,
                                                        self->quarter));
  sc_record_set_text (draft, SC_ACTION_TITLE,
                      gtk_editable_get_text (GTK_EDITABLE (self->title_entry)));
  sc_record_set_ref (draft, SC_ACTION_OWNER_ID,
                     sc_record_chooser_get_selected_id (self->owner_chooser));
  sc_record_set_date (draft, SC_ACTION_DUE, due);
  sc_record_set_ref (draft, SC_ACTION_PRIORITY_ID,
                     sc_record_chooser_get_selected_id (self->priority_chooser));
  sc_record_set_ref (draft, SC_ACTION_KPI_ID,
                     sc_record_chooser_get_selected_id (self->kpi_chooser));
  sc_record_set_int (draft, SC_ACTION_STATUS, gtk_drop_down_get_selected (self->status_dropdown));
  sc_record_set_text (draft, SC_ACTION_DROP_REASON,
                      gtk_editable_get_text (GTK_EDITABLE (self->reason_entry)));
  sc_record_set_text (draft, SC_ACTION_NOTES, notes);
  return SC_ACTION (g_steal_pointer (&draft));
}

gboolean
sc_action_editor_save (ScActionEditor *self)
{
  g_autoptr(ScAction) draft = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean is_new;

  g_return_val_if_fail (SC_IS_ACTION_EDITOR (self), FALSE);

  clear_errors (self);
  is_new = self->action == NULL;
  draft = build_draft (self, &error);
  if (draft == NULL ||
      !sc_plan_save_action (self->store, draft,
                            gtk_editable_get_text (GTK_EDITABLE (self->slip_reason_entry)),
                            &error))
    {
      if (error->domain == SC_PLAN_ERROR || error->domain == SC_PARSE_ERROR)
        show_error (self, field_of_error (error), error->message);
      else
        sc_plan_ui_error (GTK_WIDGET (self), _("The action could not be saved"), error);
      return FALSE;
    }

  /* Translators: %s is an action's ref, "A03". */
  message = g_strdup_printf (is_new ? _("Action %s added.") : _("Action %s saved."),
                             sc_record_get_text (SC_RECORD (draft), SC_ACTION_REF));
  sc_plan_ui_toast (GTK_WIDGET (self), message, TRUE);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
sc_action_editor_save_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *param)
{
  sc_action_editor_save (SC_ACTION_EDITOR (widget));
}

static void
sc_action_editor_delete_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *param)
{
  ScActionEditor *self = SC_ACTION_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (self->action == NULL)
    return;

  /* Translators: %s is an action's ref, "A03". */
  message = g_strdup_printf (_("Action %s deleted."),
                             sc_record_get_text (SC_RECORD (self->action), SC_ACTION_REF));
  if (!sc_plan_delete_action (self->store, sc_record_get_id (SC_RECORD (self->action)), &error))
    {
      sc_plan_ui_error (widget, _("The action could not be deleted"), error);
      return;
    }
  sc_plan_ui_toast (widget, message, TRUE);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* The object --------------------------------------------------------------- */

static void
sc_action_editor_dispose (GObject *object)
{
  ScActionEditor *self = SC_ACTION_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_ACTION_EDITOR);
  g_clear_object (&self->action);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sc_action_editor_parent_class)->dispose (object);
}

static void
sc_action_editor_class_init (ScActionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_action_editor_dispose;

  g_type_ensure (SC_TYPE_RECORD_CHOOSER);
  g_type_ensure (SC_TYPE_DATE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-action-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, ScActionEditor, title_entry);
  gtk_widget_class_bind_template_child (widget_class, ScActionEditor, title_message);
  gtk_widget_class_bind_template_child (widget_class, ScActionEditor, owner_chooser);
  gtk_widget_class_bind_template_child (widget_class, ScActionEditor, owner_message);
  gtk_widget_class_bind_template_child (widget_class, ScActionEditor, date_entry);
  gtk_widget_class_bind_template_child (widget_class, ScActionEditor, due_message);
  gtk_widget_class_bind_template_child (widget_class, ScActionEditor, slip_reason_label);
  gtk_widget_class_bind_template_child (widget_class, ScActionEditor, slip_reason_entry);
  gtk_widget_class_bind_template_child (widget_class, ScActionEditor, priority_chooser);
  gtk_widget_class_bind_template_child (widget_class, ScActionEditor, kpi_chooser);
  gtk_widget_class_bind_template_child (widget_class, ScActionEditor, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ScActionEditor, reason_label);
  gtk_widget_class_bind_template_child (widget_class, ScActionEditor, reason_entry);
  gtk_widget_class_bind_template_child (widget_class, ScActionEditor, reason_message);
  gtk_widget_class_bind_template_child (widget_class, ScActionEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, ScActionEditor, history_box);
  gtk_widget_class_bind_template_child (widget_class, ScActionEditor, history_title);
  gtk_widget_class_bind_template_child (widget_class, ScActionEditor, history_list);
  gtk_widget_class_bind_template_child (widget_class, ScActionEditor, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, on_day_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_status_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_date_activate_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL,
                                   sc_action_editor_save_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL,
                                   sc_action_editor_delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
}

static void
sc_action_editor_init (ScActionEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

ScActionEditor *
sc_action_editor_new (GtkWindow *parent,
                      ScStore   *store,
                      ScAction  *action,
                      int        fiscal_year,
                      int        quarter)
{
  ScActionEditor *self;
  ScPeriod plan;

  g_return_val_if_fail (SC_IS_STORE (store), NULL);
  g_return_val_if_fail (action == NULL || SC_IS_ACTION (action), NULL);

  self = g_object_new (SC_TYPE_ACTION_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->action = action ? g_object_ref (action) : NULL;
  if (fiscal_year == 0)
    sc_plan_current_quarter (store, &plan);
  else
    sc_plan_quarter (store, fiscal_year, quarter, &plan);
  if (action != NULL)
    sc_plan_action_quarter (store, action, &plan);
  self->fiscal_year = plan.fiscal_year;
  self->quarter = plan.index;

  sc_record_chooser_set_store (self->owner_chooser, store);
  sc_record_chooser_set_store (self->priority_chooser, store);
  sc_record_chooser_set_quarter (self->priority_chooser, plan.fiscal_year, plan.index);
  sc_record_chooser_set_store (self->kpi_chooser, store);
  sc_date_entry_set_today (self->date_entry, sc_store_get_today (store));

  if (action != NULL)
    load (self);
  else
    gtk_window_set_title (GTK_WINDOW (self), _("New Action"));
  on_day_changed_cb (self);
  on_status_changed_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
  /* A long title reads from its start, not selected for replacement. */
  gtk_editable_select_region (GTK_EDITABLE (self->title_entry), 0, 0);
  return self;
}

const char *
sc_action_editor_get_message (ScActionEditor *self,
                              ScEditorField   field)
{
  GtkLabel *label;

  g_return_val_if_fail (SC_IS_ACTION_EDITOR (self), NULL);

  label = field_message (self, field);
  if (!gtk_widget_get_visible (GTK_WIDGET (label)) ||
      !gtk_widget_has_css_class (GTK_WIDGET (label), "form-error"))
    return NULL;
  return gtk_label_get_label (label);
}

guint
sc_action_editor_count_slips (ScActionEditor *self)
{
  guint n = 0;

  g_return_val_if_fail (SC_IS_ACTION_EDITOR (self), 0);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->history_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    n += GTK_IS_LIST_BOX_ROW (row);
  return n;
}

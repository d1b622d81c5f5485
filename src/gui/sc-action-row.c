/* sc-action-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-action-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-action-editor.h"
#include "sc-action-row.h"
#include "sc-format.h"
#include "sc-kpi.h"
#include "sc-l10n.h"
#include "sc-plan-ui.h"

struct _ScActionRow
{
  GtkListBoxRow  parent_instance;

  ScStore       *store;
  ScAction      *action;
  int            viewed_year;
  int            viewed_quarter;
  char          *state_text;

  /* Template children */
  GtkImage      *state_image;
  GtkLabel      *ref_label;
  GtkLabel      *title_label;
  GtkLabel      *meta_label;
  GtkLabel      *due_label;
  GtkLabel      *slips_label;
  GtkLabel      *state_label;
  GtkWidget     *complete_button;
  GtkMenuButton *menu_button;
  GMenuModel    *row_menu;
  GtkRevealer   *drop_revealer;
  GtkEntry      *reason_entry;
  GtkLabel      *reason_message;
};

G_DEFINE_FINAL_TYPE (ScActionRow, sc_action_row, GTK_TYPE_LIST_BOX_ROW)

static ScRecord *
record (ScActionRow *self)
{
  return SC_RECORD (self->action);
}

/* "Sophie Lachance · O2 · Soumissions envoyées · From Q1 FY2025" */
static char *
build_meta (ScActionRow *self)
{
  ScRecord *r = record (self);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  ScRecord *priority = sc_store_lookup (self->store, &sc_priority_table,
                                        sc_record_get_ref (r, SC_ACTION_PRIORITY_ID));
  ScRecord *kpi = sc_store_lookup (self->store, &sc_kpi_table,
                                   sc_record_get_ref (r, SC_ACTION_KPI_ID));
  int year = sc_record_get_int (r, SC_ACTION_FISCAL_YEAR);
  int quarter = sc_record_get_int (r, SC_ACTION_QUARTER);

  g_ptr_array_add (parts, sc_plan_ui_person_name (self->store,
                                                  sc_record_get_ref (r, SC_ACTION_OWNER_ID)));
  if (priority != NULL)
    g_ptr_array_add (parts, g_strdup (sc_record_get_text (priority, SC_PRIORITY_REF)));
  if (kpi != NULL)
    g_ptr_array_add (parts, g_strdup (sc_kpi_get_name (SC_KPI (kpi), sc_l10n_ui_lang ())));
  if (self->viewed_year != 0 && (year != self->viewed_year || quarter != self->viewed_quarter))
    {
      g_autofree char *name = sc_plan_ui_quarter_name (self->store, year, quarter);

      /* Translators: the plan an action comes from, "From Q1 FY2025". */
      g_ptr_array_add (parts, g_strdup_printf (_("From %s"), name));
    }
  g_ptr_array_add (parts, NULL);

  /* Translators: the separator between the details of an action. */
  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

static void
update_accessible_label (ScActionRow *self,
                         const char  *due)
{
  ScRecord *r = record (self);
  g_autofree char *owner = sc_plan_ui_person_name (self->store,
                                                   sc_record_get_ref (r, SC_ACTION_OWNER_ID));
  /* Translators: what a screen reader says for an action: ref, title,
   * owner, due date, state. */
  g_autofree char *label = g_strdup_printf (_("%s %s, %s, due %s, %s"),
                                            sc_record_get_text (r, SC_ACTION_REF),
                                            sc_record_get_text (r, SC_ACTION_TITLE),
                                            owner, due, self->state_text);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

void
sc_action_row_refresh (ScActionRow *self)
{
  ScRecord *r;
  ScTone tone;
  gboolean open;
  g_autofree char *meta = NULL;
  g_autofree char *due = NULL;
  g_autofree char *slips = NULL;

  g_return_if_fail (SC_IS_ACTION_ROW (self));

  r = record (self);
  open = sc_plan_action_is_open (self->action);
  g_free (self->state_text);
  self->state_text = sc_plan_ui_action_state (self->action, sc_store_get_today (self->store),
                                              &tone);
  gtk_image_set_from_icon_name (self->state_image, sc_plan_ui_tone_icon (tone));
  sc_plan_ui_set_tone (GTK_WIDGET (self->state_image), tone);
  gtk_label_set_label (self->state_label, self->state_text);
  sc_plan_ui_set_tone (GTK_WIDGET (self->state_label), tone);

  gtk_label_set_label (self->ref_label, sc_record_get_text (r, SC_ACTION_REF));
  gtk_label_set_label (self->title_label, sc_record_get_text (r, SC_ACTION_TITLE));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_label),
                               sc_record_get_text (r, SC_ACTION_TITLE));
  if (open)
    gtk_widget_remove_css_class (GTK_WIDGET (self), "closed");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self), "closed");

  meta = build_meta (self);
  gtk_label_set_label (self->meta_label, meta);
  due = sc_format_date_long (sc_l10n_ui_lang (), sc_record_get_date (r, SC_ACTION_DUE), FALSE);
  gtk_label_set_label (self->due_label, due);

  slips = sc_plan_ui_slips (sc_plan_count_slips (self->store, sc_record_get_id (r)));
  gtk_label_set_label (self->slips_label, slips ? slips : "");
  gtk_widget_set_visible (GTK_WIDGET (self->slips_label), slips != NULL);

  gtk_widget_set_visible (self->complete_button, open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.complete", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.drop", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.reopen", !open);
  if (!open)
    gtk_revealer_set_reveal_child (self->drop_revealer, FALSE);

  update_accessible_label (self, due);
}

/* Row actions -------------------------------------------------------------- */

typedef gboolean (*ChangeFunc) (ScStore *store, gint64 id, GError **error);

/* Runs one change on the action and confirms it with an Undo toast. The
 * row may be gone afterwards (filtered out, deleted): everything needed
 * is taken first. */
static void
change_action (ScActionRow *self,
               ChangeFunc   func,
               const char  *format,
               const char  *failure)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScActionRow) hold = g_object_ref (self);
  GtkWidget *window = GTK_WIDGET (sc_plan_ui_parent (GTK_WIDGET (self)));
  g_autofree char *ref = g_strdup (sc_record_get_text (record (self), SC_ACTION_REF));
  g_autofree char *message = NULL;

  if (!func (self->store, sc_record_get_id (record (self)), &error))
    {
      sc_plan_ui_error (window ? window : GTK_WIDGET (self), failure, error);
      return;
    }

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  /* format is one of the translated messages below, with one %s. */
  message = g_strdup_printf (format, ref);
#pragma GCC diagnostic pop
  if (window != NULL)
    sc_plan_ui_toast (window, message, TRUE);
}

static void
sc_action_row_complete_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  /* Translators: %s is an action's ref, "A03". */
  change_action (SC_ACTION_ROW (widget), sc_plan_complete_action, _("Action %s marked as done."),
                 _("The action could not be marked as done"));
}

static void
sc_action_row_reopen_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  /* Translators: %s is an action's ref, "A03". */
  change_action (SC_ACTION_ROW (widget), sc_plan_reopen_action, _("Action %s reopened."),
                 _("The action could not be reopened"));
}

static void
sc_action_row_delete_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  /* Translators: %s is an action's ref, "A03". */
  change_action (SC_ACTION_ROW (widget), sc_plan_delete_action, _("Action %s deleted."),
                 _("The action could not be deleted"));
}

static void
sc_action_row_edit_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  ScActionRow *self = SC_ACTION_ROW (widget);
  ScActionEditor *editor;

  editor = sc_action_editor_new (sc_plan_ui_parent (widget), self->store, self->action, 0, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
sc_action_row_drop_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  ScActionRow *self = SC_ACTION_ROW (widget);

  sc_plan_ui_field_error (GTK_WIDGET (self->reason_entry), self->reason_message, NULL);
  gtk_revealer_set_reveal_child (self->drop_revealer, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->reason_entry));
}

static void
sc_action_row_cancel_drop_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *param)
{
  ScActionRow *self = SC_ACTION_ROW (widget);

  gtk_revealer_set_reveal_child (self->drop_revealer, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->reason_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
sc_action_row_confirm_drop_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *param)
{
  ScActionRow *self = SC_ACTION_ROW (widget);
  g_autoptr(ScActionRow) hold = g_object_ref (self);
  GtkWidget *window = GTK_WIDGET (sc_plan_ui_parent (widget));
  g_autofree char *ref = g_strdup (sc_record_get_text (record (self), SC_ACTION_REF));
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;

  if (!sc_plan_drop_action (self->store, sc_record_get_id (record (self)),
                            gtk_editable_get_text (GTK_EDITABLE (self->reason_entry)), &error))
    {
      if (g_error_matches (error, SC_PLAN_ERROR, SC_PLAN_ERROR_NO_REASON))
        {
          sc_plan_ui_field_error (GTK_WIDGET (self->reason_entry), self->reason_message,
                                  error->message);
          gtk_widget_grab_focus (GTK_WIDGET (self->reason_entry));
        }
      else
        sc_plan_ui_error (widget, _("The action could not be dropped"), error);
      return;
    }

  gtk_revealer_set_reveal_child (self->drop_revealer, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->reason_entry), "");
  /* Translators: %s is an action's ref, "A03". */
  message = g_strdup_printf (_("Action %s dropped."), ref);
  if (window != NULL)
    sc_plan_ui_toast (window, message, TRUE);
}

static void
on_reason_activate_cb (ScActionRow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "row.confirm-drop", NULL);
}

/* The object --------------------------------------------------------------- */

static void
sc_action_row_dispose (GObject *object)
{
  ScActionRow *self = SC_ACTION_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_ACTION_ROW);
  g_clear_object (&self->action);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sc_action_row_parent_class)->dispose (object);
}

static void
sc_action_row_finalize (GObject *object)
{
  ScActionRow *self = SC_ACTION_ROW (object);

  g_free (self->state_text);

  G_OBJECT_CLASS (sc_action_row_parent_class)->finalize (object);
}

static void
sc_action_row_class_init (ScActionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_action_row_dispose;
  object_class->finalize = sc_action_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-action-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ScActionRow, state_image);
  gtk_widget_class_bind_template_child (widget_class, ScActionRow, ref_label);
  gtk_widget_class_bind_template_child (widget_class, ScActionRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, ScActionRow, meta_label);
  gtk_widget_class_bind_template_child (widget_class, ScActionRow, due_label);
  gtk_widget_class_bind_template_child (widget_class, ScActionRow, slips_label);
  gtk_widget_class_bind_template_child (widget_class, ScActionRow, state_label);
  gtk_widget_class_bind_template_child (widget_class, ScActionRow, complete_button);
  gtk_widget_class_bind_template_child (widget_class, ScActionRow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, ScActionRow, row_menu);
  gtk_widget_class_bind_template_child (widget_class, ScActionRow, drop_revealer);
  gtk_widget_class_bind_template_child (widget_class, ScActionRow, reason_entry);
  gtk_widget_class_bind_template_child (widget_class, ScActionRow, reason_message);
  gtk_widget_class_bind_template_callback (widget_class, on_reason_activate_cb);

  gtk_widget_class_install_action (widget_class, "row.complete", NULL,
                                   sc_action_row_complete_action);
  gtk_widget_class_install_action (widget_class, "row.drop", NULL, sc_action_row_drop_action);
  gtk_widget_class_install_action (widget_class, "row.confirm-drop", NULL,
                                   sc_action_row_confirm_drop_action);
  gtk_widget_class_install_action (widget_class, "row.cancel-drop", NULL,
                                   sc_action_row_cancel_drop_action);
  gtk_widget_class_install_action (widget_class, "row.reopen", NULL, sc_action_row_reopen_action);
  gtk_widget_class_install_action (widget_class, "row.edit", NULL, sc_action_row_edit_action);
  gtk_widget_class_install_action (widget_class, "row.delete", NULL, sc_action_row_delete_action);

  /* Keys on a focused row: Ctrl+D done, Delete deletes (undo is one
   * toast away), Enter edits (row-activated). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK,
                                       "row.complete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "row.delete", NULL);
}

/* A list may hold many rows: their menus are built when first opened. */
static void
on_create_popup_cb (GtkMenuButton *button,
                    gpointer       data)
{
  ScActionRow *self = data;

  gtk_menu_button_set_menu_model (button, self->row_menu);
}

static void
sc_action_row_init (ScActionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->menu_button, on_create_popup_cb, self, NULL);
}

static void
on_action_notify_cb (ScActionRow *self)
{
  sc_action_row_refresh (self);
}

ScActionRow *
sc_action_row_new (ScStore  *store,
                   ScAction *action)
{
  ScActionRow *self;

  g_return_val_if_fail (SC_IS_STORE (store), NULL);
  g_return_val_if_fail (SC_IS_ACTION (action), NULL);

  self = g_object_new (SC_TYPE_ACTION_ROW, NULL);
  self->store = g_object_ref (store);
  self->action = g_object_ref (action);
  g_signal_connect_object (action, "notify", G_CALLBACK (on_action_notify_cb), self,
                           G_CONNECT_SWAPPED);
  sc_action_row_refresh (self);
  return self;
}

ScAction *
sc_action_row_get_action (ScActionRow *self)
{
  g_return_val_if_fail (SC_IS_ACTION_ROW (self), NULL);
  return self->action;
}

void
sc_action_row_set_viewed_quarter (ScActionRow *self,
                                  int          fiscal_year,
                                  int          quarter)
{
  g_return_if_fail (SC_IS_ACTION_ROW (self));

  self->viewed_year = fiscal_year;
  self->viewed_quarter = quarter;
}

const char *
sc_action_row_get_state_text (ScActionRow *self)
{
  g_return_val_if_fail (SC_IS_ACTION_ROW (self), NULL);
  return self->state_text;
}

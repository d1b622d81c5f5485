/* sc-kpi-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The settings of the KPI and Save; the target lists are in
 * sc-kpi-editor-targets.c.
 */

#define G_LOG_DOMAIN "sc-kpi-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-format.h"
#include "sc-kpi-editor-private.h"
#include "sc-kpi-ui.h"
#include "sc-l10n.h"
#include "sc-plan-ui.h"

G_DEFINE_FINAL_TYPE (ScKpiEditor, sc_kpi_editor, GTK_TYPE_WINDOW)

static gboolean
is_new (ScKpiEditor *self)
{
  return sc_record_get_id (SC_RECORD (self->kpi)) == 0;
}

static char *
tolerance_text (gint64 hundredths)
{
  int decimals = hundredths % 100 == 0 ? 0 : hundredths % 10 == 0 ? 1 : 2;

  return sc_format_percent (sc_l10n_ui_lang (), hundredths / 100.0, decimals);
}

static int
compare_people (gconstpointer a,
                gconstpointer b)
{
  ScRecord *x = *(ScRecord **) a, *y = *(ScRecord **) b;
  gint64 px = sc_record_get_int (x, SC_PERSON_POSITION), py = sc_record_get_int (y, SC_PERSON_POSITION);

  if (px != py)
    return px < py ? -1 : 1;
  return g_utf8_collate (sc_record_get_text (x, SC_PERSON_NAME), sc_record_get_text (y, SC_PERSON_NAME));
}

/* "No owner", then the active people, and the current owner even if they
 * left (so that saving other fields does not take the KPI from them). */
static void
fill_owners (ScKpiEditor *self)
{
  gint64 current = sc_record_get_ref (SC_RECORD (self->kpi), SC_KPI_OWNER_ID);
  GListModel *list = sc_store_get_list (self->store, &sc_person_table);
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  guint selected = 0;
  gint64 none = 0;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    g_ptr_array_add (people, g_list_model_get_item (list, i));
  g_ptr_array_sort (people, compare_people);

  gtk_string_list_append (self->owner_list, _("No owner"));
  g_array_append_val (self->owner_ids, none);
  for (guint i = 0; i < people->len; i++)
    {
      ScRecord *p = g_ptr_array_index (people, i);
      gint64 id = sc_record_get_id (p);
      g_autofree char *name = NULL;

      if (!sc_record_get_bool (p, SC_PERSON_ACTIVE) && id != current)
        continue;
      name = sc_plan_ui_person_name (self->store, id);
      if (id == current)
        selected = self->owner_ids->len;
      gtk_string_list_append (self->owner_list, name);
      g_array_append_val (self->owner_ids, id);
    }
  gtk_drop_down_set_selected (self->owner_dropdown, selected);
}

static void
load_targets (ScKpiEditor *self)
{
  gint64 id = sc_record_get_id (SC_RECORD (self->kpi));
  g_autoptr(GPtrArray) targets = sc_kpi_editing_get_targets (self->store, id);
  g_autoptr(GPtrArray) overrides = sc_kpi_editing_get_overrides (self->store, id);
  ScDay today = sc_store_get_today (self->store);
  ScDay current = sc_kpi_editing_current_period (self->store, self->kpi);

  for (guint i = 0; id != 0 && i < targets->len; i++)
    g_ptr_array_add (self->targets, sc_record_copy (g_ptr_array_index (targets, i)));
  for (guint i = 0; id != 0 && i < overrides->len; i++)
    g_ptr_array_add (self->overrides, sc_record_copy (g_ptr_array_index (overrides, i)));
  self->stored_targets = self->targets->len;

  sc_date_entry_set_today (self->target_date, today);
  sc_date_entry_set_today (self->override_date, today);
  sc_date_entry_set_day (self->target_date, current);
  gtk_accessible_update_property (GTK_ACCESSIBLE (sc_date_entry_get_entry (self->target_date)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Target in force from"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (sc_date_entry_get_entry (self->override_date)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Period of the target"), -1);
}

static void
load_danger_zone (ScKpiEditor *self)
{
  ScRecord *r = SC_RECORD (self->kpi);
  gboolean active = sc_kpi_is_active (self->kpi);

  gtk_widget_set_visible (self->danger_box, !is_new (self));
  gtk_widget_set_visible (GTK_WIDGET (self->delete_button), !is_new (self) && !self->has_values);
  gtk_button_set_label (self->drop_button, active ? _("D_rop Indicator") : _("_Restore Indicator"));
  if (active)
    gtk_label_set_label (self->drop_note,
                         _("A dropped indicator leaves the scorecard; its figures stay readable."));
  else
    {
      g_autofree char *date = sc_format_date_long (sc_l10n_ui_lang (),
                                                   sc_record_get_date (r, SC_KPI_ARCHIVED), FALSE);
      /* Translators: %s is a date, "September 26, 2025". */
      g_autofree char *note = g_strdup_printf (_("Dropped on %s."), date);

      gtk_label_set_label (self->drop_note, note);
    }
}

/* Shows the KPI in the fields. */
static void
load (ScKpiEditor *self)
{
  ScRecord *r = SC_RECORD (self->kpi);
  ScLang lang = sc_l10n_ui_lang ();
  g_autofree char *tolerance = tolerance_text (sc_record_get_int (r, SC_KPI_TOLERANCE));

  gtk_window_set_title (GTK_WINDOW (self), is_new (self) ? _("New Indicator") : _("Edit Indicator"));
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), sc_kpi_get_name (self->kpi, lang));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->definition_view),
                            sc_kpi_get_definition (self->kpi, lang), -1);
  gtk_drop_down_set_selected (self->kind_dropdown, sc_kpi_get_kind (self->kpi));
  gtk_drop_down_set_selected (self->unit_dropdown, sc_kpi_get_unit (self->kpi));
  gtk_drop_down_set_selected (self->direction_dropdown, sc_kpi_get_direction (self->kpi));
  gtk_drop_down_set_selected (self->frequency_dropdown, sc_kpi_get_frequency (self->kpi));
  gtk_drop_down_set_selected (self->rollup_dropdown, sc_kpi_get_rollup (self->kpi));
  gtk_editable_set_text (GTK_EDITABLE (self->num_entry), sc_kpi_get_num_label (self->kpi, lang));
  gtk_editable_set_text (GTK_EDITABLE (self->den_entry), sc_kpi_get_den_label (self->kpi, lang));
  gtk_spin_button_set_value (self->rolling_spin, sc_record_get_int (r, SC_KPI_ROLLING_WEEKS));
  gtk_editable_set_text (GTK_EDITABLE (self->tolerance_entry), tolerance);
  fill_owners (self);

  /* The same rule as the core's, said before it has to refuse. */
  self->has_values = !is_new (self) && sc_kpi_editing_has_values (self->store, sc_record_get_id (r));
  gtk_widget_set_sensitive (GTK_WIDGET (self->frequency_dropdown), !self->has_values);
  gtk_widget_set_sensitive (GTK_WIDGET (self->rollup_dropdown), !self->has_values);
  gtk_widget_set_visible (GTK_WIDGET (self->history_note), self->has_values);

  load_targets (self);
  load_danger_zone (self);
}

/* Copies the fields into the draft; the watch band is read by
 * read_fields(), which can refuse it. */
static void
sync_draft (ScKpiEditor *self)
{
  ScRecord *d = SC_RECORD (self->draft);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->definition_view);
  GtkTextIter start, end;
  g_autofree char *definition = NULL;
  guint owner = gtk_drop_down_get_selected (self->owner_dropdown);

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  definition = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  sc_record_set_text (d, SC_KPI_NAME, gtk_editable_get_text (GTK_EDITABLE (self->name_entry)));
  sc_record_set_text (d, SC_KPI_DEFINITION, definition);
  sc_record_set_int (d, SC_KPI_KIND, gtk_drop_down_get_selected (self->kind_dropdown));
  sc_record_set_int (d, SC_KPI_UNIT, gtk_drop_down_get_selected (self->unit_dropdown));
  sc_record_set_int (d, SC_KPI_DIRECTION, gtk_drop_down_get_selected (self->direction_dropdown));
  sc_record_set_int (d, SC_KPI_FREQUENCY, gtk_drop_down_get_selected (self->frequency_dropdown));
  sc_record_set_int (d, SC_KPI_ROLLUP, gtk_drop_down_get_selected (self->rollup_dropdown));
  sc_record_set_text (d, SC_KPI_NUM_LABEL, gtk_editable_get_text (GTK_EDITABLE (self->num_entry)));
  sc_record_set_text (d, SC_KPI_DEN_LABEL, gtk_editable_get_text (GTK_EDITABLE (self->den_entry)));
  sc_record_set_int (d, SC_KPI_ROLLING_WEEKS,
                     sc_kpi_get_frequency (self->draft) == SC_FREQUENCY_WEEKLY
                     ? gtk_spin_button_get_value_as_int (self->rolling_spin) : 0);
  sc_record_set_ref (d, SC_KPI_OWNER_ID,
                     owner < self->owner_ids->len ? g_array_index (self->owner_ids, gint64, owner) : 0);
}

static gboolean
read_fields (ScKpiEditor *self)
{
  g_autoptr(GError) error = NULL;
  gint64 tolerance;

  sync_draft (self);
  if (!sc_kpi_editing_parse_percent (sc_l10n_ui_lang (),
                                     gtk_editable_get_text (GTK_EDITABLE (self->tolerance_entry)),
                                     SC_KPI_MAX_TOLERANCE, SC_KPI_ERROR_TOLERANCE, &tolerance,
                                     &error))
    {
      sc_plan_ui_field_error (GTK_WIDGET (self->tolerance_entry), self->tolerance_error,
                              error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->tolerance_entry));
      return FALSE;
    }
  sc_record_set_int (SC_RECORD (self->draft), SC_KPI_TOLERANCE, tolerance);
  return TRUE;
}

static void
on_measure_changed_cb (ScKpiEditor *self)
{
  gboolean weekly = gtk_drop_down_get_selected (self->frequency_dropdown) == SC_FREQUENCY_WEEKLY;

  if (self->draft == NULL)
    return;

  sync_draft (self);
  gtk_widget_set_visible (self->labels_row,
                          gtk_drop_down_get_selected (self->rollup_dropdown) == SC_ROLLUP_RATIO);
  gtk_widget_set_sensitive (self->rolling_row, weekly);

  /* Pending targets start with a period of the new frequency. */
  for (guint i = 0; i < self->targets->len; i++)
    {
      ScRecord *t = g_ptr_array_index (self->targets, i);

      sc_record_set_date (t, SC_TARGET_EFFECTIVE,
                          sc_kpi_editing_period_of (self->store, self->draft,
                                                    sc_record_get_date (t, SC_TARGET_EFFECTIVE)));
    }
  _sc_kpi_editor_period_texts (self);
  _sc_kpi_editor_show_periods (self);
}

void
_sc_kpi_editor_clear_errors (ScKpiEditor *self)
{
  struct { GtkWidget *field; GtkLabel *label; } pairs[] = {
    { GTK_WIDGET (self->name_entry), self->name_error },
    { GTK_WIDGET (self->owner_dropdown), self->owner_error },
    { GTK_WIDGET (self->num_entry), self->labels_error },
    { GTK_WIDGET (self->tolerance_entry), self->tolerance_error },
    { GTK_WIDGET (self->target_value), self->target_error },
    { GTK_WIDGET (sc_date_entry_get_entry (self->target_date)), NULL },
    { GTK_WIDGET (self->override_value), self->override_error },
    { GTK_WIDGET (sc_date_entry_get_entry (self->override_date)), NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    sc_plan_ui_field_error (pairs[i].field, pairs[i].label, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->general_error), FALSE);
}

static void
show_general_error (ScKpiEditor *self,
                    const char  *message)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (self->general_error),
                                                 GTK_TYPE_SCROLLED_WINDOW);

  gtk_label_set_label (self->general_error, message);
  gtk_widget_set_visible (GTK_WIDGET (self->general_error), TRUE);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), 0);
}

/* The core's refusal, said under the field it is about. */
static void
show_save_error (ScKpiEditor  *self,
                 const GError *error)
{
  GtkWidget *field = NULL;
  GtkLabel *label = NULL;

  if (error->domain == SC_KPI_ERROR)
    switch ((ScKpiError) error->code)
      {
      case SC_KPI_ERROR_NO_NAME:
        field = GTK_WIDGET (self->name_entry), label = self->name_error;
        break;
      case SC_KPI_ERROR_NO_LABELS:
        field = GTK_WIDGET (self->num_entry), label = self->labels_error;
        break;
      case SC_KPI_ERROR_TOLERANCE:
        field = GTK_WIDGET (self->tolerance_entry), label = self->tolerance_error;
        break;
      case SC_KPI_ERROR_OWNER:
        field = GTK_WIDGET (self->owner_dropdown), label = self->owner_error;
        break;
      case SC_KPI_ERROR_TARGET:
      case SC_KPI_ERROR_DATE:
      case SC_KPI_ERROR_LAST_TARGET:
        field = GTK_WIDGET (self->target_value), label = self->target_error;
        break;
      default:
        break;
      }

  if (field == NULL)
    {
      show_general_error (self, error->message);
      return;
    }
  sc_plan_ui_field_error (field, label, error->message);
  gtk_widget_grab_focus (field);
}

gboolean
sc_kpi_editor_save (ScKpiEditor *self)
{
  g_autoptr(GError) error = NULL;
  gboolean added;

  g_return_val_if_fail (SC_IS_KPI_EDITOR (self), FALSE);

  _sc_kpi_editor_clear_errors (self);
  if (!read_fields (self) ||
      !_sc_kpi_editor_take_typed (self, FALSE, FALSE) ||
      !_sc_kpi_editor_take_typed (self, TRUE, FALSE))
    return FALSE;

  added = is_new (self);
  if (!sc_kpi_editing_save (self->store, self->draft, self->targets, self->overrides, &error))
    {
      show_save_error (self, error);
      return FALSE;
    }

  sc_plan_ui_toast (GTK_WIDGET (self), added ? _("Indicator added.") : _("Indicator saved."), TRUE);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

/* Actions ---------------------------------------------------------------- */

static void
sc_kpi_editor_save_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  sc_kpi_editor_save (SC_KPI_EDITOR (widget));
}

static void
sc_kpi_editor_add_target_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *param)
{
  ScKpiEditor *self = SC_KPI_EDITOR (widget);

  _sc_kpi_editor_clear_errors (self);
  sync_draft (self);
  _sc_kpi_editor_take_typed (self, g_str_equal (action_name, "editor.add-override"), TRUE);
}

static void
sc_kpi_editor_show_past_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *param)
{
  ScKpiEditor *self = SC_KPI_EDITOR (widget);

  self->show_past = !self->show_past;
  _sc_kpi_editor_show_periods (self);
}

static gboolean
close_later_cb (gpointer data)
{
  gtk_window_destroy (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

/* Dropped or restored (here, or by an undo): the editor's view of the KPI
 * is stale. Closed from an idle: the change that notified is still being
 * applied. */
static void
on_kpi_archived_changed_cb (ScKpiEditor *self)
{
  g_idle_add_full (G_PRIORITY_HIGH_IDLE, close_later_cb, g_object_ref (self), g_object_unref);
}

static void
sc_kpi_editor_drop_or_restore_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *param)
{
  ScKpiEditor *self = SC_KPI_EDITOR (widget);
  gint64 id = sc_record_get_id (SC_RECORD (self->kpi));
  g_autoptr(GError) error = NULL;

  if (!sc_kpi_is_active (self->kpi))
    {
      sc_kpi_ui_restore (widget, self->store, id);
      return;
    }

  if (!sc_kpi_editing_drop (self->store, id, &error))
    show_general_error (self, error->message);
  else
    sc_plan_ui_toast (widget, _("Indicator dropped: its history stays readable."), TRUE);
}

static void
sc_kpi_editor_delete_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  ScKpiEditor *self = SC_KPI_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (!sc_kpi_editing_delete (self->store, sc_record_get_id (SC_RECORD (self->kpi)), &error))
    {
      show_general_error (self, error->message);
      return;
    }
  sc_plan_ui_toast (widget, _("Indicator deleted."), TRUE);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* The object ------------------------------------------------------------- */

static void
sc_kpi_editor_dispose (GObject *object)
{
  ScKpiEditor *self = SC_KPI_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_KPI_EDITOR);
  g_clear_object (&self->store);
  g_clear_object (&self->kpi);
  g_clear_object (&self->draft);

  G_OBJECT_CLASS (sc_kpi_editor_parent_class)->dispose (object);
}

static void
sc_kpi_editor_finalize (GObject *object)
{
  ScKpiEditor *self = SC_KPI_EDITOR (object);

  g_clear_pointer (&self->targets, g_ptr_array_unref);
  g_clear_pointer (&self->overrides, g_ptr_array_unref);
  g_clear_pointer (&self->owner_ids, g_array_unref);

  G_OBJECT_CLASS (sc_kpi_editor_parent_class)->finalize (object);
}

static void
sc_kpi_editor_class_init (ScKpiEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_kpi_editor_dispose;
  object_class->finalize = sc_kpi_editor_finalize;

  g_type_ensure (SC_TYPE_DATE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/sc-kpi-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, general_error);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, name_entry);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, name_error);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, definition_view);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, owner_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, owner_list);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, owner_error);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, direction_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, frequency_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, rollup_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, labels_row);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, num_entry);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, den_entry);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, labels_error);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, rolling_row);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, rolling_spin);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, tolerance_entry);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, tolerance_error);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, history_note);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, targets_list);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, target_date);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, target_value);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, target_hint);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, target_error);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, override_caption);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, overrides_list);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, past_button);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, override_date_label);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, override_date);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, override_value);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, override_note);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, override_error);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, danger_box);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, drop_button);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, delete_button);
  gtk_widget_class_bind_template_child (widget_class, ScKpiEditor, drop_note);
  gtk_widget_class_bind_template_callback (widget_class, on_measure_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, sc_kpi_editor_save_action);
  gtk_widget_class_install_action (widget_class, "editor.add-target", NULL,
                                   sc_kpi_editor_add_target_action);
  gtk_widget_class_install_action (widget_class, "editor.add-override", NULL,
                                   sc_kpi_editor_add_target_action);
  gtk_widget_class_install_action (widget_class, "editor.show-past", NULL,
                                   sc_kpi_editor_show_past_action);
  gtk_widget_class_install_action (widget_class, "editor.drop-or-restore", NULL,
                                   sc_kpi_editor_drop_or_restore_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL,
                                   sc_kpi_editor_delete_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static GtkWidget *
placeholder (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "prefs-row");
  return label;
}

static void
sc_kpi_editor_init (ScKpiEditor *self)
{
  self->targets = g_ptr_array_new_with_free_func (g_object_unref);
  self->overrides = g_ptr_array_new_with_free_func (g_object_unref);
  self->owner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_placeholder (self->targets_list, placeholder (_("No target yet: add one below.")));
  gtk_list_box_set_placeholder (self->overrides_list,
                                placeholder (_("None: every period has the target in force.")));
}

ScKpiEditor *
sc_kpi_editor_new (GtkWindow *parent,
                   ScStore   *store,
                   ScKpi     *kpi)
{
  ScKpiEditor *self;
  gint64 id;

  g_return_val_if_fail (SC_IS_STORE (store), NULL);
  g_return_val_if_fail (SC_IS_KPI (kpi), NULL);

  self = g_object_new (SC_TYPE_KPI_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);

  /* A saved KPI is edited through the store's own record, which follows
   * undo and other windows. */
  id = sc_record_get_id (SC_RECORD (kpi));
  if (id != 0 && sc_store_lookup (store, &sc_kpi_table, id) != NULL)
    kpi = SC_KPI (sc_store_lookup (store, &sc_kpi_table, id));
  self->kpi = g_object_ref (kpi);
  if (id != 0)
    g_signal_connect_object (self->kpi, "notify::archived",
                             G_CALLBACK (on_kpi_archived_changed_cb), self, G_CONNECT_SWAPPED);

  load (self);
  self->draft = SC_KPI (sc_record_copy (SC_RECORD (self->kpi)));
  on_measure_changed_cb (self);
  if (sc_store_get_read_only (store))
    {
      static const char *const changes[] = {
        "editor.save", "editor.add-target", "editor.add-override", "editor.drop-or-restore",
        "editor.delete",
      };

      for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
        gtk_widget_action_set_enabled (GTK_WIDGET (self), changes[i], FALSE);
    }
  return self;
}

ScKpi *
sc_kpi_editor_get_kpi (ScKpiEditor *self)
{
  g_return_val_if_fail (SC_IS_KPI_EDITOR (self), NULL);
  return self->kpi;
}

/* sc-kpi-editor-targets.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editor's target versions and per-period targets: lists of what Save
 * will write, the rows to add to them, their words by frequency.
 */

#define G_LOG_DOMAIN "sc-kpi-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-kpi-editor-private.h"
#include "sc-kpi-ui.h"
#include "sc-l10n.h"
#include "sc-plan-ui.h"

/* Both tables have the same columns (see sc-kpi-editing-private.h). */
#define ROW_DAY   SC_TARGET_EFFECTIVE
#define ROW_VALUE SC_TARGET_VALUE
#define ROW_NOTE  SC_TARGET_NOTE

G_STATIC_ASSERT ((int) SC_OVERRIDE_PERIOD == (int) ROW_DAY);
G_STATIC_ASSERT ((int) SC_OVERRIDE_VALUE == (int) ROW_VALUE);
G_STATIC_ASSERT ((int) SC_OVERRIDE_NOTE == (int) ROW_NOTE);

void
_sc_kpi_editor_period_texts (ScKpiEditor *self)
{
  gboolean weekly = sc_kpi_get_frequency (self->draft) == SC_FREQUENCY_WEEKLY;

  gtk_label_set_label (self->target_hint, weekly ? _("per week") : _("per month"));
  gtk_label_set_label (self->override_caption,
                       weekly ? _("A different target for one week, over the target in force: "
                                  "a holiday, a trade show.")
                              : _("A different target for one month, over the target in force: "
                                  "a holiday, a trade show."));
  gtk_label_set_text_with_mnemonic (self->override_date_label, _("_Period"));
}

static void
clear_list (GtkListBox *list)
{
  GtkListBoxRow *row;

  /* The placeholder is a child too: remove rows only. */
  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

static void
on_remove_clicked_cb (GtkButton   *button,
                      ScKpiEditor *self)
{
  GPtrArray *rows = g_object_get_data (G_OBJECT (button), "rows");
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));

  if (index < rows->len)
    g_ptr_array_remove_index (rows, index);
  _sc_kpi_editor_show_periods (self);
}

static GtkWidget *
text_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
period_row (ScKpiEditor *self,
            GPtrArray   *rows,
            guint        index,
            gboolean     removable,
            gboolean     in_force)
{
  ScRecord *r = g_ptr_array_index (rows, index);
  g_autofree char *period = sc_kpi_ui_period (self->draft, sc_record_get_date (r, ROW_DAY));
  g_autofree char *value = sc_kpi_ui_target (self->store, self->draft, sc_record_get_int (r, ROW_VALUE));
  /* Translators: the accessible name of a button; %s is a period, "Week of …". */
  g_autofree char *remove = g_strdup_printf (_("Remove the target of this period: %s"), period);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *note = text_label (sc_record_get_text (r, ROW_NOTE), "dim-label");
  GtkWidget *amount = text_label (value, "numeric");
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_widget_add_css_class (box, "prefs-row");
  gtk_box_append (GTK_BOX (box), text_label (period, NULL));
  if (in_force)
    {
      GtkWidget *pill = text_label (_("In force now"), "in-force");

      gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (box), pill);
    }
  gtk_widget_set_hexpand (note, TRUE);
  gtk_label_set_ellipsize (GTK_LABEL (note), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), note);
  gtk_box_append (GTK_BOX (box), amount);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, removable ? remove
                                                 : _("An indicator keeps at least one target."));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, remove, -1);
  gtk_widget_set_sensitive (button, removable);
  g_object_set_data (G_OBJECT (button), "rows", rows);
  g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (index));
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_remove_clicked_cb), self, 0);
  gtk_box_append (GTK_BOX (box), button);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static int
compare_day (gconstpointer a,
             gconstpointer b)
{
  ScDay x = sc_record_get_date (*(ScRecord **) a, ROW_DAY);
  ScDay y = sc_record_get_date (*(ScRecord **) b, ROW_DAY);

  return (x > y) - (x < y);
}

/* in_force: the period whose row to mark as the one in force; from: the
 * first period shown (SC_DAY_NONE for either: none, all). Returns how
 * many rows are not shown. */
static guint
show_rows (ScKpiEditor *self,
           GtkListBox  *list,
           GPtrArray   *rows,
           gboolean     keep_one,
           ScDay        in_force,
           ScDay        from)
{
  guint current = G_MAXUINT, hidden = 0;

  clear_list (list);
  g_ptr_array_sort (rows, compare_day);
  for (guint i = 0; i < rows->len && in_force != SC_DAY_NONE; i++)
    if (sc_record_get_date (g_ptr_array_index (rows, i), ROW_DAY) <= in_force)
      current = i;
  for (guint i = 0; i < rows->len; i++)
    {
      if (sc_record_get_date (g_ptr_array_index (rows, i), ROW_DAY) < from)
        hidden++;
      else
        gtk_list_box_append (list, period_row (self, rows, i, !keep_one || rows->len > 1,
                                               i == current));
    }
  return hidden;
}

void
_sc_kpi_editor_show_periods (ScKpiEditor *self)
{
  ScDay current = sc_kpi_editing_current_period (self->store, self->draft);
  g_autofree char *label = NULL;
  guint hidden;

  /* A KPI that had a target keeps one (the core refuses otherwise). */
  show_rows (self, self->targets_list, self->targets, self->stored_targets > 0, current,
             SC_DAY_NONE);
  /* Years of holidays: the periods to come first, the past on demand. */
  hidden = show_rows (self, self->overrides_list, self->overrides, FALSE, SC_DAY_NONE,
                      self->show_past ? SC_DAY_NONE : current);
  if (hidden > 0)
    label = g_strdup_printf (ngettext ("Show %u _Earlier Period", "Show %u _Earlier Periods",
                                       hidden), hidden);
  gtk_button_set_label (self->past_button, self->show_past ? _("Hide _Earlier Periods") : label);
  gtk_widget_set_visible (GTK_WIDGET (self->past_button), self->show_past || hidden > 0);
}

/* The pending row of rows for the period that starts on day, or a new one. */
static ScRecord *
row_for (GPtrArray *rows,
         GType      type,
         ScDay      day)
{
  ScRecord *r;

  for (guint i = 0; i < rows->len; i++)
    if (sc_record_get_date (g_ptr_array_index (rows, i), ROW_DAY) == day)
      return g_ptr_array_index (rows, i);

  r = sc_record_new (type);
  sc_record_set_date (r, ROW_DAY, day);
  g_ptr_array_add (rows, r);
  return r;
}

gboolean
_sc_kpi_editor_take_typed (ScKpiEditor *self,
                           gboolean     overrides,
                           gboolean     required)
{
  ScDateEntry *date = overrides ? self->override_date : self->target_date;
  GtkEntry *value = overrides ? self->override_value : self->target_value;
  GtkLabel *message = overrides ? self->override_error : self->target_error;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (value));
  g_autoptr(GError) error = NULL;
  g_autofree char *blank = g_strstrip (g_strdup (text));
  ScRecord *row;
  double target;
  ScDay day;

  if (*blank == '\0' && !required)
    return TRUE;
  if (*blank == '\0')
    {
      sc_plan_ui_field_error (GTK_WIDGET (value), message, _("Type the target."));
      gtk_widget_grab_focus (GTK_WIDGET (value));
      return FALSE;
    }

  if (!sc_date_entry_parse (date, &day, &error))
    {
      sc_plan_ui_field_error (GTK_WIDGET (sc_date_entry_get_entry (date)), message, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (date));
      return FALSE;
    }
  if (!sc_kpi_editing_parse_target (self->draft, sc_l10n_ui_lang (), text, &target, &error))
    {
      sc_plan_ui_field_error (GTK_WIDGET (value), message, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (value));
      return FALSE;
    }

  /* The same period again replaces what was typed for it. */
  row = row_for (overrides ? self->overrides : self->targets,
                 overrides ? SC_TYPE_TARGET_OVERRIDE : SC_TYPE_TARGET,
                 sc_kpi_editing_period_of (self->store, self->draft, day));
  sc_record_set_int (row, ROW_VALUE, sc_amount_from_double (target));
  if (overrides)
    sc_record_set_text (row, ROW_NOTE, gtk_editable_get_text (GTK_EDITABLE (self->override_note)));

  gtk_editable_set_text (GTK_EDITABLE (value), "");
  if (overrides)
    gtk_editable_set_text (GTK_EDITABLE (self->override_note), "");
  _sc_kpi_editor_show_periods (self);
  return TRUE;
}

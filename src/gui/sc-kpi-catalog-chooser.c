/* sc-kpi-catalog-chooser.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-kpi-catalog-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-kpi-catalog-chooser.h"
#include "sc-kpi-ui.h"
#include "sc-l10n.h"
#include "sc-plan-ui.h"

struct _ScKpiCatalogChooser
{
  GtkWindow       parent_instance;

  ScStore        *store;

  /* Template children */
  GtkSearchEntry *search_entry;
  GtkLabel       *outcome_title;
  GtkListBox     *outcome_list;
  GtkLabel       *activity_title;
  GtkListBox     *activity_list;
  GtkLabel       *empty_label;
};

G_DEFINE_FINAL_TYPE (ScKpiCatalogChooser, sc_kpi_catalog_chooser, GTK_TYPE_WINDOW)

/* Rows ------------------------------------------------------------------- */

static GtkWidget *
wrapped_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* "On your scorecard" or "Dropped": in words and with an icon. */
static GtkWidget *
used_tag (ScKpi *used)
{
  gboolean active = sc_kpi_is_active (used);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *icon = gtk_image_new_from_icon_name (active ? "object-select-symbolic"
                                                         : "document-revert-symbolic");

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), wrapped_label (active ? _("On your scorecard")
                                                       : _("Dropped: choose it to restore it"),
                                                "caption"));
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_widget_add_css_class (box, "dim-label");
  return box;
}

static GtkWidget *
entry_row (ScKpiCatalogChooser  *self,
           const ScCatalogEntry *entry)
{
  ScLang lang = sc_l10n_ui_lang ();
  ScKpi *used = sc_kpi_editing_find_catalog (self->store, entry->key);
  g_autofree char *summary = sc_kpi_ui_summary (entry->kind, entry->unit, entry->direction,
                                                entry->frequency);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name = wrapped_label (L_(lang, entry->name), "heading");
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_widget_set_hexpand (name, TRUE);
  gtk_box_append (GTK_BOX (top), name);
  if (used != NULL)
    gtk_box_append (GTK_BOX (top), used_tag (used));
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), wrapped_label (L_(lang, entry->definition), NULL));
  gtk_box_append (GTK_BOX (box), wrapped_label (summary, "dim-label"));
  gtk_widget_add_css_class (box, "prefs-row");

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  /* One already on the scorecard is shown, not chosen a second time. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), used == NULL || !sc_kpi_is_active (used));
  g_object_set_data (G_OBJECT (row), "entry", (gpointer) entry);
  return row;
}

static void
fill (ScKpiCatalogChooser *self)
{
  const ScCatalogEntry *entries;
  guint n;

  entries = sc_kpi_catalog_get_entries (&n);
  for (guint i = 0; i < n; i++)
    gtk_list_box_append (entries[i].kind == SC_KPI_KIND_OUTCOME ? self->outcome_list
                                                                : self->activity_list,
                         entry_row (self, &entries[i]));
}

/* Search ------------------------------------------------------------------ */

static gboolean
filter_row_cb (GtkListBoxRow *row,
               gpointer       data)
{
  ScKpiCatalogChooser *self = data;
  const ScCatalogEntry *entry = g_object_get_data (G_OBJECT (row), "entry");
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  ScLang lang = sc_l10n_ui_lang ();

  if (*search == '\0')
    return TRUE;
  /* Accents are optional: "references" finds "références". */
  return g_str_match_string (search, L_(lang, entry->name), TRUE) ||
         g_str_match_string (search, L_(lang, entry->definition), TRUE);
}

static guint
count_visible (GtkListBox *list)
{
  GtkListBoxRow *row;
  guint n = 0;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    if (gtk_widget_get_child_visible (GTK_WIDGET (row)))
      n++;
  return n;
}

static void
on_search_changed_cb (ScKpiCatalogChooser *self)
{
  guint outcome, activity;

  gtk_list_box_invalidate_filter (self->outcome_list);
  gtk_list_box_invalidate_filter (self->activity_list);
  outcome = count_visible (self->outcome_list);
  activity = count_visible (self->activity_list);
  gtk_widget_set_visible (GTK_WIDGET (self->outcome_title), outcome > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->outcome_list), outcome > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->activity_title), activity > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->activity_list), activity > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), outcome + activity == 0);
}

static void
on_stop_search_cb (ScKpiCatalogChooser *self)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  else
    gtk_window_close (GTK_WINDOW (self));
}

/* Enter in the search chooses the only match. */
static void
on_search_activate_cb (ScKpiCatalogChooser *self)
{
  GtkListBox *lists[] = { self->outcome_list, self->activity_list };
  GtkListBoxRow *found = NULL, *row;
  guint n = 0;

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (int i = 0; (row = gtk_list_box_get_row_at_index (lists[l], i)) != NULL; i++)
      if (gtk_widget_get_child_visible (GTK_WIDGET (row)) && gtk_list_box_row_get_activatable (row))
        found = row, n++;
  if (n == 1)
    g_signal_emit_by_name (found, "activate");
}

/* Choosing ------------------------------------------------------------------ */

static void
open_editor (ScKpiCatalogChooser *self,
             ScKpi               *draft)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  g_object_ref (self);
  sc_kpi_ui_open_editor (parent ? GTK_WIDGET (parent) : NULL, self->store, draft);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

static void
on_add_anyway_cb (ScAlertWindow       *alert,
                  const char          *response,
                  ScKpiCatalogChooser *self)
{
  if (g_strcmp0 (response, "accept") == 0)
    open_editor (self, g_object_get_data (G_OBJECT (alert), "draft"));
}

void
sc_kpi_catalog_chooser_choose (ScKpiCatalogChooser *self,
                               const char          *key)
{
  const ScCatalogEntry *entry = key ? sc_kpi_catalog_lookup (key) : NULL;
  ScKpi *used = entry ? sc_kpi_editing_find_catalog (self->store, key) : NULL;
  g_autoptr(ScKpi) draft = NULL;
  ScAlertWindow *alert;

  g_return_if_fail (SC_IS_KPI_CATALOG_CHOOSER (self));
  g_return_if_fail (key == NULL || entry != NULL);

  if (used != NULL && sc_kpi_is_active (used))
    return;
  if (used != NULL)
    {
      GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

      /* Its history comes back with it, rather than a twin without. */
      sc_kpi_ui_restore (parent ? GTK_WIDGET (parent) : GTK_WIDGET (self), self->store,
                         sc_record_get_id (SC_RECORD (used)));
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  draft = sc_kpi_editing_new_draft (self->store, entry);
  alert = sc_kpi_ui_confirm_add (GTK_WIDGET (self), self->store, _("_Add Anyway"));
  if (alert == NULL)
    {
      open_editor (self, draft);
      return;
    }
  g_object_set_data_full (G_OBJECT (alert), "draft", g_steal_pointer (&draft), g_object_unref);
  g_signal_connect_object (alert, "response", G_CALLBACK (on_add_anyway_cb), self, 0);
}

static void
on_row_activated_cb (ScKpiCatalogChooser *self,
                     GtkListBoxRow       *row)
{
  const ScCatalogEntry *entry = g_object_get_data (G_OBJECT (row), "entry");

  sc_kpi_catalog_chooser_choose (self, entry->key);
}

static void
sc_kpi_catalog_chooser_scratch_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *param)
{
  sc_kpi_catalog_chooser_choose (SC_KPI_CATALOG_CHOOSER (widget), NULL);
}

/* The object ------------------------------------------------------------- */

static void
sc_kpi_catalog_chooser_dispose (GObject *object)
{
  ScKpiCatalogChooser *self = SC_KPI_CATALOG_CHOOSER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_KPI_CATALOG_CHOOSER);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sc_kpi_catalog_chooser_parent_class)->dispose (object);
}

static void
sc_kpi_catalog_chooser_class_init (ScKpiCatalogChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_kpi_catalog_chooser_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-kpi-catalog-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, ScKpiCatalogChooser, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ScKpiCatalogChooser, outcome_title);
  gtk_widget_class_bind_template_child (widget_class, ScKpiCatalogChooser, outcome_list);
  gtk_widget_class_bind_template_child (widget_class, ScKpiCatalogChooser, activity_title);
  gtk_widget_class_bind_template_child (widget_class, ScKpiCatalogChooser, activity_list);
  gtk_widget_class_bind_template_child (widget_class, ScKpiCatalogChooser, empty_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "chooser.scratch", NULL,
                                   sc_kpi_catalog_chooser_scratch_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sc_kpi_catalog_chooser_init (ScKpiCatalogChooser *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  gtk_list_box_set_filter_func (self->outcome_list, filter_row_cb, self, NULL);
  gtk_list_box_set_filter_func (self->activity_list, filter_row_cb, self, NULL);
}

ScKpiCatalogChooser *
sc_kpi_catalog_chooser_new (GtkWindow *parent,
                            ScStore   *store)
{
  ScKpiCatalogChooser *self;

  g_return_val_if_fail (SC_IS_STORE (store), NULL);

  self = g_object_new (SC_TYPE_KPI_CATALOG_CHOOSER, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  fill (self);
  return self;
}

guint
sc_kpi_catalog_chooser_count_visible (ScKpiCatalogChooser *self)
{
  g_return_val_if_fail (SC_IS_KPI_CATALOG_CHOOSER (self), 0);

  return count_visible (self->outcome_list) + count_visible (self->activity_list);
}

/* sc-kpi-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-kpi-list"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sc-format.h"
#include "sc-kpi-catalog-chooser.h"
#include "sc-kpi-list.h"
#include "sc-kpi-ui.h"
#include "sc-l10n.h"
#include "sc-metrics.h"
#include "sc-plan-ui.h"

struct _ScKpiList
{
  GtkWidget       parent_instance;

  ScStore        *store;
  guint           rebuild_id;
  gint64          refocus_id;    /* the KPI just moved, to keep the focus on it */
  int             refocus_offset;

  /* Template children */
  GtkRevealer    *advice_revealer;
  GtkImage       *advice_icon;
  GtkLabel       *advice_label;
  GtkLabel       *active_title;
  GtkListBox     *active_list;
  GtkWidget      *archived_title;
  GtkWidget      *archived_caption;
  GtkListBox     *archived_list;
};

G_DEFINE_FINAL_TYPE (ScKpiList, sc_kpi_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Rows ------------------------------------------------------------------- */

static GtkWidget *
label_new (const char *text,
           const char *css_class,
           gboolean    wrap)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), wrap);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* "Owner: Sophie Lachance · Target: 12 per week" */
static char *
details (ScKpiList *self,
         ScKpi     *kpi)
{
  ScMetrics *metrics = sc_metrics_for_store (self->store);
  double target = sc_metrics_entry_target (metrics, kpi,
                                           sc_kpi_editing_current_period (self->store, kpi));
  gint64 owner_id = sc_record_get_ref (SC_RECORD (kpi), SC_KPI_OWNER_ID);
  g_autofree char *owner = NULL;
  g_autofree char *owner_text = NULL;
  g_autofree char *value = NULL;
  g_autofree char *target_text = NULL;

  owner = owner_id ? sc_plan_ui_person_name (self->store, owner_id) : NULL;
  /* Translators: %s is a person's name. */
  owner_text = owner ? g_strdup_printf (_("Owner: %s"), owner) : g_strdup (_("No owner"));
  if (isnan (target))
    target_text = g_strdup (_("No target"));
  else
    {
      value = sc_kpi_ui_target (self->store, kpi, sc_amount_from_double (target));
      /* Translators: %s is a target, "150 000,00 $". */
      target_text = g_strdup_printf (sc_kpi_get_frequency (kpi) == SC_FREQUENCY_WEEKLY
                                     ? _("Target: %s per week") : _("Target: %s per month"),
                                     value);
    }
  /* Translators: a KPI's owner and target, joined. */
  return g_strdup_printf (_("%s · %s"), owner_text, target_text);
}

static void on_move_clicked_cb    (GtkButton *button,
                                   ScKpiList *self);
static void on_restore_clicked_cb (GtkButton *button,
                                   ScKpiList *self);

static GtkWidget *
icon_button (ScKpiList  *self,
             const char *icon,
             const char *label,
             gint64      kpi_id,
             int         offset)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (button), "kpi-id", g_memdup2 (&kpi_id, sizeof kpi_id), g_free);
  g_object_set_data (G_OBJECT (button), "offset", GINT_TO_POINTER (offset));
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_move_clicked_cb), self, 0);
  return button;
}

/* Name on top, what is known of the KPI under it. */
static GtkWidget *
text_box (const char *name,
          const char *first,
          const char *second)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  gtk_widget_set_hexpand (box, TRUE);
  gtk_box_append (GTK_BOX (box), label_new (name, "heading", TRUE));
  gtk_box_append (GTK_BOX (box), label_new (first, "dim-label", TRUE));
  gtk_box_append (GTK_BOX (box), label_new (second, "dim-label", TRUE));
  return box;
}

static GtkWidget *
finish_row (GtkWidget *box,
            ScKpi     *kpi)
{
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_widget_add_css_class (box, "prefs-row");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "kpi", g_object_ref (kpi), g_object_unref);
  return row;
}

static GtkWidget *
active_row (ScKpiList *self,
            ScKpi     *kpi,
            guint      index,
            guint      n)
{
  const char *name = sc_kpi_get_name (kpi, sc_l10n_ui_lang ());
  gint64 id = sc_record_get_id (SC_RECORD (kpi));
  g_autofree char *position = g_strdup_printf ("%u", index + 1);
  g_autofree char *summary = sc_kpi_ui_kpi_summary (kpi);
  g_autofree char *more = details (self, kpi);
  /* Translators: accessible names of buttons; %s is a KPI's name. */
  g_autofree char *up = g_strdup_printf (_("Move “%s” Up"), name);
  g_autofree char *down = g_strdup_printf (_("Move “%s” Down"), name);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *number = label_new (position, "kpi-position", FALSE);
  GtkWidget *up_button = icon_button (self, "go-up-symbolic", up, id, -1);
  GtkWidget *down_button = icon_button (self, "go-down-symbolic", down, id, 1);
  GtkWidget *chevron;

  gtk_widget_set_valign (number, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), number);
  gtk_box_append (GTK_BOX (box), text_box (name, summary, more));
  gtk_widget_set_sensitive (up_button, index > 0);
  gtk_widget_set_sensitive (down_button, index + 1 < n);
  gtk_box_append (GTK_BOX (box), up_button);
  gtk_box_append (GTK_BOX (box), down_button);
  /* The row opens the editor: say so as rows that open something do. */
  chevron = gtk_image_new_from_icon_name ("go-next-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (chevron), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_widget_add_css_class (chevron, "dim-label");
  gtk_box_append (GTK_BOX (box), chevron);
  g_object_set_data (G_OBJECT (box), "up", up_button);
  g_object_set_data (G_OBJECT (box), "down", down_button);
  return finish_row (box, kpi);
}

static GtkWidget *
archived_row (ScKpiList *self,
              ScKpi     *kpi)
{
  ScLang lang = sc_l10n_ui_lang ();
  const char *name = sc_kpi_get_name (kpi, lang);
  g_autofree char *date = sc_format_date_long (lang, sc_record_get_date (SC_RECORD (kpi),
                                                                         SC_KPI_ARCHIVED), FALSE);
  /* Translators: %s is a date, "September 26, 2025". */
  g_autofree char *dropped = g_strdup_printf (C_("kpi", "Dropped on %s"), date);
  g_autofree char *summary = sc_kpi_ui_kpi_summary (kpi);
  /* Translators: accessible name of a button; %s is a KPI's name. */
  g_autofree char *restore = g_strdup_printf (_("Restore “%s”"), name);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = text_box (name, summary, dropped);
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Restore"));
  gint64 id = sc_record_get_id (SC_RECORD (kpi));

  gtk_widget_add_css_class (text, "dim-label");
  gtk_box_append (GTK_BOX (box), text);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, restore, -1);
  g_object_set_data_full (G_OBJECT (button), "kpi-id", g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_restore_clicked_cb), self, 0);
  gtk_widget_set_sensitive (button, !sc_store_get_read_only (self->store));
  gtk_box_append (GTK_BOX (box), button);
  return finish_row (box, kpi);
}

/* Showing the file ------------------------------------------------------- */

static void
clear_list (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

static void
update_advice (ScKpiList *self)
{
  gboolean too_many = FALSE;
  g_autofree char *advice = NULL;

  if (self->store != NULL)
    advice = sc_kpi_dup_rule_advice (sc_store_get_list (self->store, &sc_kpi_table), &too_many);
  gtk_label_set_label (self->advice_label, advice ? advice : "");
  gtk_image_set_from_icon_name (self->advice_icon, too_many ? "dialog-warning-symbolic"
                                                            : "dialog-information-symbolic");
  gtk_revealer_set_reveal_child (self->advice_revealer, advice != NULL);
}

/* Puts the focus back on the button that moved a KPI: its row was rebuilt. */
static void
refocus (ScKpiList *self,
         GtkWidget *row,
         gint64     id)
{
  GtkWidget *box = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
  GtkWidget *button;

  if (id != self->refocus_id)
    return;
  button = g_object_get_data (G_OBJECT (box), self->refocus_offset < 0 ? "up" : "down");
  if (!gtk_widget_get_sensitive (button))
    button = g_object_get_data (G_OBJECT (box), self->refocus_offset < 0 ? "down" : "up");
  gtk_widget_grab_focus (button);
  self->refocus_id = 0;
}

static void
rebuild (ScKpiList *self)
{
  g_autoptr(GPtrArray) active = NULL;
  g_autoptr(GPtrArray) archived = NULL;
  g_autofree char *title = NULL;

  clear_list (self->active_list);
  clear_list (self->archived_list);
  update_advice (self);
  if (self->store == NULL)
    return;

  active = sc_kpi_editing_list (self->store, FALSE);
  archived = sc_kpi_editing_list (self->store, TRUE);
  for (guint i = 0; i < active->len; i++)
    {
      GtkWidget *row = active_row (self, g_ptr_array_index (active, i), i, active->len);

      gtk_list_box_append (self->active_list, row);
      refocus (self, row, sc_record_get_id (g_ptr_array_index (active, i)));
    }
  for (guint i = 0; i < archived->len; i++)
    gtk_list_box_append (self->archived_list, archived_row (self, g_ptr_array_index (archived, i)));

  title = g_strdup_printf (ngettext ("%u Active Indicator", "%u Active Indicators", active->len),
                           active->len);
  gtk_label_set_label (self->active_title, title);
  gtk_widget_set_visible (GTK_WIDGET (self->active_list), active->len > 0);
  gtk_widget_set_visible (self->archived_title, archived->len > 0);
  gtk_widget_set_visible (self->archived_caption, archived->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->archived_list), archived->len > 0);
}

static gboolean
on_rebuild_idle_cb (gpointer data)
{
  ScKpiList *self = data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

/* A change writes several rows: one rebuild for all of them. */
static void
on_store_changed_cb (ScKpiList         *self,
                     const ScTableInfo *table,
                     gint64             id,
                     ScStore           *store)
{
  if (table != &sc_kpi_table && table != &sc_target_table && table != &sc_override_table &&
      table != &sc_person_table && table != &sc_company_table && table != &sc_shutdown_table)
    return;
  /* Before the next frame, so that no frame shows the old rows. */
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, on_rebuild_idle_cb, self, NULL);
}

/* Callbacks -------------------------------------------------------------- */

static void
on_move_clicked_cb (GtkButton *button,
                    ScKpiList *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (button), "kpi-id");
  int offset = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "offset"));
  g_autoptr(GError) error = NULL;

  self->refocus_id = id;
  self->refocus_offset = offset;
  if (!sc_kpi_editing_move (self->store, id, offset, &error))
    sc_plan_ui_error (GTK_WIDGET (self), _("The indicator could not be moved"), error);
}

static void
on_restore_clicked_cb (GtkButton *button,
                       ScKpiList *self)
{
  sc_kpi_ui_restore (GTK_WIDGET (self), self->store,
                     *(gint64 *) g_object_get_data (G_OBJECT (button), "kpi-id"));
}

static void
on_row_activated_cb (ScKpiList     *self,
                     GtkListBoxRow *row)
{
  sc_kpi_ui_open_editor (GTK_WIDGET (self), self->store, g_object_get_data (G_OBJECT (row), "kpi"));
}

static void
sc_kpi_list_add_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  ScKpiList *self = SC_KPI_LIST (widget);
  ScKpiCatalogChooser *chooser;

  if (self->store == NULL)
    return;
  chooser = sc_kpi_catalog_chooser_new (sc_plan_ui_parent (widget), self->store);
  gtk_window_present (GTK_WINDOW (chooser));
}

/* The object ------------------------------------------------------------- */

void
sc_kpi_list_set_store (ScKpiList *self,
                       ScStore   *store)
{
  g_return_if_fail (SC_IS_KPI_LIST (self));
  g_return_if_fail (store == NULL || SC_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                             G_CONNECT_SWAPPED);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "kpis.add",
                                 store != NULL && !sc_store_get_read_only (store));
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

ScStore *
sc_kpi_list_get_store (ScKpiList *self)
{
  g_return_val_if_fail (SC_IS_KPI_LIST (self), NULL);
  return self->store;
}

const char *
sc_kpi_list_get_advice (ScKpiList *self)
{
  g_return_val_if_fail (SC_IS_KPI_LIST (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->advice_revealer))
    return NULL;
  return gtk_label_get_label (self->advice_label);
}

static void
sc_kpi_list_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  ScKpiList *self = SC_KPI_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_kpi_list_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  ScKpiList *self = SC_KPI_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      sc_kpi_list_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_kpi_list_dispose (GObject *object)
{
  ScKpiList *self = SC_KPI_LIST (object);
  GtkWidget *child;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_KPI_LIST);
  /* The template's root child has no id: unparent it ourselves. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (sc_kpi_list_parent_class)->dispose (object);
}

static void
sc_kpi_list_class_init (ScKpiListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sc_kpi_list_get_property;
  object_class->set_property = sc_kpi_list_set_property;
  object_class->dispose = sc_kpi_list_dispose;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SC_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/sc-kpi-list.ui");
  gtk_widget_class_bind_template_child (widget_class, ScKpiList, advice_revealer);
  gtk_widget_class_bind_template_child (widget_class, ScKpiList, advice_icon);
  gtk_widget_class_bind_template_child (widget_class, ScKpiList, advice_label);
  gtk_widget_class_bind_template_child (widget_class, ScKpiList, active_title);
  gtk_widget_class_bind_template_child (widget_class, ScKpiList, active_list);
  gtk_widget_class_bind_template_child (widget_class, ScKpiList, archived_title);
  gtk_widget_class_bind_template_child (widget_class, ScKpiList, archived_caption);
  gtk_widget_class_bind_template_child (widget_class, ScKpiList, archived_list);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "kpis.add", NULL, sc_kpi_list_add_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "kpilist");
}

static void
sc_kpi_list_init (ScKpiList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "kpis.add", FALSE);
  rebuild (self);
}

/* sc-record-chooser.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-record-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-kpi.h"
#include "sc-l10n.h"
#include "sc-plan-ui.h"
#include "sc-record-chooser.h"

struct _ScRecordChooser
{
  GtkWidget            parent_instance;

  ScStore             *store;
  ScRecordChooserKind  kind;
  gint64               selected_id;
  gint64               exclude_id;
  int                  fiscal_year;
  int                  quarter;
  char                *none_label;
  gboolean             show_inactive;
  GListStore          *items;
  guint                rebuild_id;
  gboolean             updating;

  /* Template children */
  GtkDropDown         *dropdown;
};

G_DEFINE_FINAL_TYPE (ScRecordChooser, sc_record_chooser, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_KIND,
  PROP_SELECTED_ID,
  PROP_NONE_LABEL,
  PROP_TITLE,
  PROP_SHOW_INACTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const ScTableInfo *
kind_table (ScRecordChooserKind kind)
{
  switch (kind)
    {
    case SC_RECORD_CHOOSER_KPIS:
      return &sc_kpi_table;
    case SC_RECORD_CHOOSER_PRIORITIES:
      return &sc_priority_table;
    default:
      return &sc_person_table;
    }
}

static char *
item_label (ScRecord        *item,
            ScRecordChooser *self)
{
  if (item == NULL)
    return g_strdup ("");
  if (sc_record_get_id (item) == 0)
    return g_strdup (self->none_label ? self->none_label : "");

  if (SC_IS_PERSON (item))
    return sc_plan_ui_person_label (item);
  if (SC_IS_KPI (item))
    return g_strdup (sc_kpi_get_name (SC_KPI (item), sc_l10n_ui_lang ()));

  /* Translators: an objective in a list: its ref (O1) and its title. */
  return g_strdup_printf (_("%s · %s"), sc_record_get_text (item, SC_PRIORITY_REF),
                          sc_record_get_text (item, SC_PRIORITY_TITLE));
}

static gboolean
offered (ScRecordChooser *self,
         ScRecord        *r)
{
  gint64 id = sc_record_get_id (r);

  if (id == self->selected_id)
    return TRUE;
  switch (self->kind)
    {
    case SC_RECORD_CHOOSER_PEOPLE:
      return id != self->exclude_id &&
             (self->show_inactive || sc_record_get_bool (r, SC_PERSON_ACTIVE));
    case SC_RECORD_CHOOSER_KPIS:
      return sc_record_get_date (r, SC_KPI_ARCHIVED) == SC_DAY_NONE;
    case SC_RECORD_CHOOSER_PRIORITIES:
      return sc_record_get_int (r, SC_PRIORITY_FISCAL_YEAR) == self->fiscal_year &&
             sc_record_get_int (r, SC_PRIORITY_QUARTER) == self->quarter;
    default:
      return FALSE;
    }
}

static int
compare_items (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  ScRecord *x = *(ScRecord **) a;
  ScRecord *y = *(ScRecord **) b;
  ScRecordChooser *self = data;
  gint64 px, py;

  /* People by name, for a list one searches; the others in plan order. */
  if (self->kind == SC_RECORD_CHOOSER_PEOPLE)
    return sc_plan_ui_collate (sc_record_get_text (x, SC_PERSON_NAME),
                               sc_record_get_text (y, SC_PERSON_NAME));

  px = sc_record_get_int (x, self->kind == SC_RECORD_CHOOSER_KPIS ? SC_KPI_POSITION
                                                                   : SC_PRIORITY_POSITION);
  py = sc_record_get_int (y, self->kind == SC_RECORD_CHOOSER_KPIS ? SC_KPI_POSITION
                                                                   : SC_PRIORITY_POSITION);
  if (px != py)
    return px < py ? -1 : 1;
  px = sc_record_get_id (x);
  py = sc_record_get_id (y);
  return (px > py) - (px < py);
}

static void
select_current (ScRecordChooser *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));

  self->updating = TRUE;
  gtk_drop_down_set_selected (self->dropdown, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScRecord) r = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (sc_record_get_id (r) == self->selected_id)
        {
          gtk_drop_down_set_selected (self->dropdown, i);
          break;
        }
    }
  self->updating = FALSE;
}

static void
rebuild (ScRecordChooser *self)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  const ScTableInfo *table = kind_table (self->kind);
  GListModel *source;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);

  g_ptr_array_add (rows, sc_record_new (sc_records_type_for_table (table)));
  if (self->store != NULL)
    {
      source = sc_store_get_list (self->store, table);
      for (guint i = 0; i < g_list_model_get_n_items (source); i++)
        {
          ScRecord *r = g_list_model_get_item (source, i);

          if (offered (self, r))
            g_ptr_array_add (rows, r);
          else
            g_object_unref (r);
        }
      g_qsort_with_data (rows->pdata + 1, rows->len - 1, sizeof (gpointer), compare_items, self);
    }

  self->updating = TRUE;
  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       rows->pdata, rows->len);
  self->updating = FALSE;
  select_current (self);
}

static void
on_rebuild_idle_cb (gpointer data)
{
  ScRecordChooser *self = data;

  self->rebuild_id = 0;
  rebuild (self);
}

static void
on_store_changed_cb (ScRecordChooser   *self,
                     const ScTableInfo *table,
                     gint64             id,
                     ScStore           *store)
{
  /* Once the whole change is in memory, not in the middle of it. */
  if (table == kind_table (self->kind) && self->rebuild_id == 0)
    self->rebuild_id = g_idle_add_once (on_rebuild_idle_cb, self);
}

static void
on_dropdown_selected_cb (ScRecordChooser *self)
{
  g_autoptr(ScRecord) item = NULL;
  gint64 id;

  if (self->updating)
    return;

  item = gtk_drop_down_get_selected_item (self->dropdown) ?
         g_object_ref (gtk_drop_down_get_selected_item (self->dropdown)) : NULL;
  id = item ? sc_record_get_id (item) : 0;
  if (id == self->selected_id)
    return;
  self->selected_id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ID]);
}

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             ScRecordChooser          *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
  gtk_list_item_set_child (list_item, label);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            ScRecordChooser          *self)
{
  ScRecord *item = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  g_autofree char *text = item_label (item, self);
  gboolean dim = sc_record_get_id (item) == 0 ||
                 (SC_IS_PERSON (item) && !sc_record_get_bool (item, SC_PERSON_ACTIVE));

  gtk_label_set_label (GTK_LABEL (label), text);
  if (dim)
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
}

static gboolean
sc_record_chooser_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (SC_RECORD_CHOOSER (widget)->dropdown));
}

static gboolean
sc_record_chooser_mnemonic_activate (GtkWidget *widget,
                                     gboolean   group_cycling)
{
  return gtk_widget_mnemonic_activate (GTK_WIDGET (SC_RECORD_CHOOSER (widget)->dropdown),
                                       group_cycling);
}

static void
sc_record_chooser_dispose (GObject *object)
{
  ScRecordChooser *self = SC_RECORD_CHOOSER (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_RECORD_CHOOSER);
  g_clear_object (&self->store);
  g_clear_object (&self->items);

  G_OBJECT_CLASS (sc_record_chooser_parent_class)->dispose (object);
}

static void
sc_record_chooser_finalize (GObject *object)
{
  ScRecordChooser *self = SC_RECORD_CHOOSER (object);

  g_free (self->none_label);

  G_OBJECT_CLASS (sc_record_chooser_parent_class)->finalize (object);
}

static void
set_kind (ScRecordChooser *self,
          int              kind)
{
  if ((int) self->kind == kind)
    return;
  self->kind = kind;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

static void
set_none_label (ScRecordChooser *self,
                const char      *label)
{
  if (g_strcmp0 (self->none_label, label) == 0)
    return;
  g_free (self->none_label);
  self->none_label = g_strdup (label);
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NONE_LABEL]);
}

static void
set_show_inactive (ScRecordChooser *self,
                   gboolean         show)
{
  if (self->show_inactive == !!show)
    return;
  self->show_inactive = !!show;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_INACTIVE]);
}

static void
set_title (ScRecordChooser *self,
           const char      *title)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title ? title : "", -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->dropdown), title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static void
sc_record_chooser_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ScRecordChooser *self = SC_RECORD_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_SELECTED_ID:
      g_value_set_int64 (value, self->selected_id);
      break;
    case PROP_NONE_LABEL:
      g_value_set_string (value, self->none_label);
      break;
    case PROP_TITLE:
      g_value_set_string (value, gtk_widget_get_tooltip_text (GTK_WIDGET (self->dropdown)));
      break;
    case PROP_SHOW_INACTIVE:
      g_value_set_boolean (value, self->show_inactive);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_record_chooser_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  ScRecordChooser *self = SC_RECORD_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_STORE:
      sc_record_chooser_set_store (self, g_value_get_object (value));
      break;
    case PROP_KIND:
      set_kind (self, g_value_get_int (value));
      break;
    case PROP_SELECTED_ID:
      sc_record_chooser_set_selected_id (self, g_value_get_int64 (value));
      break;
    case PROP_NONE_LABEL:
      set_none_label (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      set_title (self, g_value_get_string (value));
      break;
    case PROP_SHOW_INACTIVE:
      set_show_inactive (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_record_chooser_class_init (ScRecordChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_record_chooser_dispose;
  object_class->finalize = sc_record_chooser_finalize;
  object_class->get_property = sc_record_chooser_get_property;
  object_class->set_property = sc_record_chooser_set_property;
  widget_class->grab_focus = sc_record_chooser_grab_focus;
  widget_class->mnemonic_activate = sc_record_chooser_mnemonic_activate;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SC_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, SC_RECORD_CHOOSER_PEOPLE,
                      SC_RECORD_CHOOSER_PRIORITIES, SC_RECORD_CHOOSER_PEOPLE,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_ID] =
    g_param_spec_int64 ("selected-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NONE_LABEL] =
    g_param_spec_string ("none-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The accessible name and tooltip of the drop-down. */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_INACTIVE] =
    g_param_spec_boolean ("show-inactive", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-record-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, ScRecordChooser, dropdown);
  gtk_widget_class_bind_template_callback (widget_class, on_dropdown_selected_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "recordchooser");
}

static void
sc_record_chooser_init (ScRecordChooser *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkExpression) expression = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_list_store_new (SC_TYPE_RECORD);
  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), self);
  /* Searching matches what is shown. */
  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (item_label), self, NULL);

  self->updating = TRUE;
  gtk_drop_down_set_factory (self->dropdown, factory);
  gtk_drop_down_set_expression (self->dropdown, expression);
  gtk_drop_down_set_model (self->dropdown, G_LIST_MODEL (self->items));
  self->updating = FALSE;
  rebuild (self);
}

void
sc_record_chooser_set_store (ScRecordChooser *self,
                             ScStore         *store)
{
  g_return_if_fail (SC_IS_RECORD_CHOOSER (self));
  g_return_if_fail (store == NULL || SC_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                             G_CONNECT_SWAPPED);
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

ScStore *
sc_record_chooser_get_store (ScRecordChooser *self)
{
  g_return_val_if_fail (SC_IS_RECORD_CHOOSER (self), NULL);
  return self->store;
}

gint64
sc_record_chooser_get_selected_id (ScRecordChooser *self)
{
  g_return_val_if_fail (SC_IS_RECORD_CHOOSER (self), 0);
  return self->selected_id;
}

void
sc_record_chooser_set_selected_id (ScRecordChooser *self,
                                   gint64           id)
{
  g_return_if_fail (SC_IS_RECORD_CHOOSER (self));

  if (self->selected_id == id)
    return;
  self->selected_id = id;
  /* The new choice may be someone the list leaves out (inactive). */
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ID]);
}

void
sc_record_chooser_set_quarter (ScRecordChooser *self,
                               int              fiscal_year,
                               int              quarter)
{
  g_return_if_fail (SC_IS_RECORD_CHOOSER (self));

  if (self->fiscal_year == fiscal_year && self->quarter == quarter)
    return;
  self->fiscal_year = fiscal_year;
  self->quarter = quarter;
  rebuild (self);
}

void
sc_record_chooser_set_exclude_id (ScRecordChooser *self,
                                  gint64           id)
{
  g_return_if_fail (SC_IS_RECORD_CHOOSER (self));

  if (self->exclude_id == id)
    return;
  self->exclude_id = id;
  rebuild (self);
}

char *
sc_record_chooser_dup_label (ScRecordChooser *self)
{
  g_return_val_if_fail (SC_IS_RECORD_CHOOSER (self), NULL);
  return item_label (gtk_drop_down_get_selected_item (self->dropdown), self);
}

GListModel *
sc_record_chooser_get_model (ScRecordChooser *self)
{
  g_return_val_if_fail (SC_IS_RECORD_CHOOSER (self), NULL);
  return G_LIST_MODEL (self->items);
}

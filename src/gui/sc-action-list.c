/* sc-action-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-action-list"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sc-action-list.h"
#include "sc-action-row.h"
#include "sc-format.h"
#include "sc-l10n.h"
#include "sc-plan-ui.h"
#include "sc-record-chooser.h"

typedef struct
{
  guint n;
  guint overdue;
  guint days_late;
} GroupStats;

struct _ScActionList
{
  GtkWidget           parent_instance;

  ScStore            *store;
  int                 fiscal_year;
  int                 quarter;
  gboolean            is_current;
  ScActionView        view;
  ScActionFilter      filter;
  gint64              owner_id;
  char               *search;       /* folded */
  ScDay               today;

  GtkCustomFilter    *custom_filter;
  GtkFilterListModel *filter_model;
  GtkCustomSorter    *custom_sorter;
  GtkSortListModel   *sort_model;
  GHashTable         *groups;       /* gint64* group key → GroupStats* */
  GtkLabel           *placeholder;
  guint               refresh_id;

  /* Template children */
  GtkDropDown        *view_dropdown;
  GtkDropDown        *filter_dropdown;
  ScRecordChooser    *owner_filter;
  GtkSearchEntry     *search_entry;
  GtkListBox         *list_box;
};

G_DEFINE_FINAL_TYPE (ScActionList, sc_action_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Order and groups ------------------------------------------------------- */

/* 0 overdue, 1 open, 2 closed. */
static int
rank (ScActionList *self,
      ScAction     *action)
{
  if (!sc_plan_action_is_open (action))
    return 2;
  return sc_plan_action_is_overdue (action, self->today) ? 0 : 1;
}

static gint64
priority_position (ScActionList *self,
                   ScRecord     *action)
{
  ScRecord *p = sc_store_lookup (self->store, &sc_priority_table,
                                 sc_record_get_ref (action, SC_ACTION_PRIORITY_ID));

  /* Actions without an objective come last. */
  return p ? sc_record_get_int (p, SC_PRIORITY_POSITION) : G_MAXINT32;
}

static gint64
group_key (ScActionList *self,
           ScRecord     *action)
{
  int y, m, d;

  switch (self->view)
    {
    case SC_ACTION_VIEW_BY_OWNER:
      return sc_record_get_ref (action, SC_ACTION_OWNER_ID);
    case SC_ACTION_VIEW_BY_PRIORITY:
      return sc_record_get_ref (action, SC_ACTION_PRIORITY_ID);
    case SC_ACTION_VIEW_OVERDUE_FIRST:
      return rank (self, SC_ACTION (action));
    case SC_ACTION_VIEW_DONE:
      if (!sc_day_to_ymd (sc_record_get_date (action, SC_ACTION_DONE_ON), &y, &m, &d))
        return 0;
      return y * 12 + m - 1;
    default:
      return 0;
    }
}

static int
cmp64 (gint64 a,
       gint64 b)
{
  return (a > b) - (a < b);
}

static int
compare_groups (ScActionList *self,
                ScRecord     *x,
                ScRecord     *y)
{
  switch (self->view)
    {
    case SC_ACTION_VIEW_BY_OWNER:
      {
        g_autofree char *a = sc_plan_ui_person_name (self->store,
                                                     sc_record_get_ref (x, SC_ACTION_OWNER_ID));
        g_autofree char *b = sc_plan_ui_person_name (self->store,
                                                     sc_record_get_ref (y, SC_ACTION_OWNER_ID));
        int by_name = sc_plan_ui_collate (a, b);

        return by_name ? by_name : cmp64 (group_key (self, x), group_key (self, y));
      }
    case SC_ACTION_VIEW_BY_PRIORITY:
      if (priority_position (self, x) != priority_position (self, y))
        return cmp64 (priority_position (self, x), priority_position (self, y));
      return cmp64 (group_key (self, x), group_key (self, y));
    case SC_ACTION_VIEW_DONE:
      return -cmp64 (group_key (self, x), group_key (self, y));
    default:
      return cmp64 (group_key (self, x), group_key (self, y));
    }
}

static int
compare_actions (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  ScActionList *self = data;
  ScRecord *x = SC_RECORD ((gpointer) a);
  ScRecord *y = SC_RECORD ((gpointer) b);
  int by_group = compare_groups (self, x, y);
  int rx = rank (self, SC_ACTION (x));
  int ry = rank (self, SC_ACTION (y));

  if (by_group != 0)
    return by_group;
  if (rx != ry)
    return rx < ry ? -1 : 1;
  /* Late and open: soonest due first; closed: last closed first. */
  if (rx < 2 && sc_record_get_date (x, SC_ACTION_DUE) != sc_record_get_date (y, SC_ACTION_DUE))
    return cmp64 (sc_record_get_date (x, SC_ACTION_DUE), sc_record_get_date (y, SC_ACTION_DUE));
  if (rx == 2 && sc_record_get_date (x, SC_ACTION_DONE_ON) !=
                 sc_record_get_date (y, SC_ACTION_DONE_ON))
    return -cmp64 (sc_record_get_date (x, SC_ACTION_DONE_ON),
                   sc_record_get_date (y, SC_ACTION_DONE_ON));
  by_group = g_strcmp0 (sc_record_get_text (x, SC_ACTION_REF),
                        sc_record_get_text (y, SC_ACTION_REF));
  return by_group ? by_group : cmp64 (sc_record_get_id (x), sc_record_get_id (y));
}

/* Filter ------------------------------------------------------------------- */

static gboolean
matches_state (ScActionList *self,
               ScAction     *action)
{
  ScActionStatus status = sc_record_get_int (SC_RECORD (action), SC_ACTION_STATUS);

  if (self->view == SC_ACTION_VIEW_DONE && status == SC_ACTION_OPEN)
    return FALSE;
  switch (self->filter)
    {
    case SC_ACTION_FILTER_OPEN:
      return status == SC_ACTION_OPEN;
    case SC_ACTION_FILTER_OVERDUE:
      return sc_plan_action_is_overdue (action, self->today);
    case SC_ACTION_FILTER_DONE:
      return status == SC_ACTION_DONE;
    case SC_ACTION_FILTER_DROPPED:
      return status == SC_ACTION_DROPPED;
    default:
      return TRUE;
    }
}

static gboolean
matches_search (ScActionList *self,
                ScRecord     *action)
{
  g_autofree char *owner = NULL;
  g_autofree char *text = NULL;

  if (self->search == NULL || *self->search == '\0')
    return TRUE;

  owner = sc_plan_ui_person_name (self->store, sc_record_get_ref (action, SC_ACTION_OWNER_ID));
  text = g_strjoin ("\n", sc_record_get_text (action, SC_ACTION_REF),
                    sc_record_get_text (action, SC_ACTION_TITLE),
                    sc_record_get_text (action, SC_ACTION_NOTES),
                    sc_record_get_text (action, SC_ACTION_DROP_REASON), owner, NULL);
  {
    g_autofree char *folded = sc_plan_ui_fold (text);

    return strstr (folded, self->search) != NULL;
  }
}

static gboolean
filter_func (gpointer item,
             gpointer data)
{
  ScActionList *self = data;
  ScAction *action = SC_ACTION (item);

  return self->store != NULL &&
         sc_plan_action_shows_in (action, self->fiscal_year, self->quarter, self->is_current) &&
         matches_state (self, action) &&
         (self->owner_id == 0 ||
          sc_record_get_ref (SC_RECORD (action), SC_ACTION_OWNER_ID) == self->owner_id) &&
         matches_search (self, SC_RECORD (action));
}

/* Headers ------------------------------------------------------------------ */

static void
update_groups (ScActionList *self)
{
  GListModel *model = G_LIST_MODEL (self->sort_model);

  g_hash_table_remove_all (self->groups);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ScRecord) a = g_list_model_get_item (model, i);
      gint64 key = group_key (self, a);
      GroupStats *stats = g_hash_table_lookup (self->groups, &key);
      guint late = sc_plan_days_late (SC_ACTION (a), self->today);

      if (stats == NULL)
        {
          stats = g_new0 (GroupStats, 1);
          g_hash_table_insert (self->groups, g_memdup2 (&key, sizeof key), stats);
        }
      stats->n++;
      stats->overdue += late > 0;
      stats->days_late += late;
    }
}

static char *
group_title (ScActionList *self,
             ScRecord     *action)
{
  gint64 key = group_key (self, action);
  ScRecord *priority;

  switch (self->view)
    {
    case SC_ACTION_VIEW_BY_OWNER:
      return sc_plan_ui_person_name (self->store, key);
    case SC_ACTION_VIEW_BY_PRIORITY:
      priority = sc_store_lookup (self->store, &sc_priority_table, key);
      if (priority == NULL)
        return g_strdup (_("No objective"));
      return g_strdup_printf (_("%s · %s"), sc_record_get_text (priority, SC_PRIORITY_REF),
                              sc_record_get_text (priority, SC_PRIORITY_TITLE));
    case SC_ACTION_VIEW_OVERDUE_FIRST:
      return g_strdup (key == 0 ? _("Overdue") : key == 1 ? _("Coming up") : _("Closed"));
    default:
      return key ? sc_format_month_year (sc_l10n_ui_lang (), key / 12, key % 12 + 1)
                 : g_strdup ("");
    }
}

/* "3 actions · 1 action overdue, 119 days late in all" */
static char *
group_summary (const GroupStats *stats)
{
  g_autofree char *count = g_strdup_printf (ngettext ("%u action", "%u actions", stats->n),
                                            stats->n);
  g_autofree char *late = NULL;

  if (stats->overdue == 0)
    return g_steal_pointer (&count);
  late = sc_plan_ui_lateness (stats->overdue, stats->days_late);
  return g_strdup_printf (_("%s · %s"), count, late);
}

static GtkWidget *
make_header (ScActionList *self,
             ScRecord     *action)
{
  gint64 key = group_key (self, action);
  GroupStats *stats = g_hash_table_lookup (self->groups, &key);
  GroupStats none = { 0 };
  g_autofree char *title = group_title (self, action);
  g_autofree char *summary = group_summary (stats ? stats : &none);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title_label = gtk_label_new (title);
  GtkWidget *summary_label = gtk_label_new (summary);

  gtk_widget_add_css_class (box, "plan-list-header");
  gtk_label_set_xalign (GTK_LABEL (title_label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title_label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (title_label, TRUE);
  gtk_widget_add_css_class (title_label, "heading");
  if (stats != NULL && stats->overdue > 0)
    sc_plan_ui_set_tone (summary_label, SC_TONE_LATE);
  else
    gtk_widget_add_css_class (summary_label, "dim-label");
  gtk_box_append (GTK_BOX (box), title_label);
  gtk_box_append (GTK_BOX (box), summary_label);
  return box;
}

static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       data)
{
  ScActionList *self = data;
  ScRecord *action = SC_RECORD (sc_action_row_get_action (SC_ACTION_ROW (row)));

  if (self->store == NULL)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  if (before != NULL &&
      group_key (self, action) ==
      group_key (self, SC_RECORD (sc_action_row_get_action (SC_ACTION_ROW (before)))))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  gtk_list_box_row_set_header (row, make_header (self, action));
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer data)
{
  ScActionList *self = data;
  ScActionRow *row = sc_action_row_new (self->store, SC_ACTION (item));

  sc_action_row_set_viewed_quarter (row, self->fiscal_year, self->quarter);
  sc_action_row_refresh (row);
  return GTK_WIDGET (row);
}

/* Keeping up to date ------------------------------------------------------- */

static void
update_placeholder (ScActionList *self)
{
  gboolean filtered = self->filter != SC_ACTION_FILTER_ALL || self->owner_id != 0 ||
                      (self->search && *self->search) || self->view == SC_ACTION_VIEW_DONE;

  gtk_label_set_label (self->placeholder,
                       filtered ? _("No action matches what is chosen above.")
                                : _("No actions in this plan yet: type the first one above, "
                                    "with its owner and its due date."));
}

void
sc_action_list_refresh (ScActionList *self)
{
  g_return_if_fail (SC_IS_ACTION_LIST (self));

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->today = self->store ? sc_store_get_today (self->store) : SC_DAY_NONE;
  gtk_filter_changed (GTK_FILTER (self->custom_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (GTK_SORTER (self->custom_sorter), GTK_SORTER_CHANGE_DIFFERENT);
  update_groups (self);
  update_placeholder (self);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (SC_IS_ACTION_ROW (child))
      {
        /* Rows say which plan they come from, relative to this quarter. */
        sc_action_row_set_viewed_quarter (SC_ACTION_ROW (child), self->fiscal_year,
                                          self->quarter);
        sc_action_row_refresh (SC_ACTION_ROW (child));
      }
  gtk_list_box_invalidate_headers (self->list_box);
}

static void
on_refresh_idle_cb (gpointer data)
{
  ScActionList *self = data;

  self->refresh_id = 0;
  sc_action_list_refresh (self);
}

static void
on_store_changed_cb (ScActionList      *self,
                     const ScTableInfo *table,
                     gint64             id,
                     ScStore           *store)
{
  /* A change writes several rows: refresh once it is all in memory. */
  if ((table == &sc_action_table || table == &sc_person_table || table == &sc_priority_table ||
       table == &sc_kpi_table || table == &sc_due_change_table) && self->refresh_id == 0)
    self->refresh_id = g_idle_add_once (on_refresh_idle_cb, self);
}

static void
on_view_changed_cb (ScActionList *self)
{
  sc_action_list_set_view (self, gtk_drop_down_get_selected (self->view_dropdown));
}

static void
on_filter_changed_cb (ScActionList *self)
{
  self->filter = gtk_drop_down_get_selected (self->filter_dropdown);
  self->owner_id = sc_record_chooser_get_selected_id (self->owner_filter);
  sc_action_list_refresh (self);
}

static void
on_search_changed_cb (ScActionList *self)
{
  sc_action_list_set_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_row_activated_cb (ScActionList  *self,
                     GtkListBoxRow *row)
{
  gtk_widget_activate_action (GTK_WIDGET (row), "row.edit", NULL);
}

/* The object --------------------------------------------------------------- */

static void
sc_action_list_dispose (GObject *object)
{
  ScActionList *self = SC_ACTION_LIST (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->list_box != NULL)
    gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_ACTION_LIST);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->store);
  g_clear_pointer (&self->groups, g_hash_table_unref);

  G_OBJECT_CLASS (sc_action_list_parent_class)->dispose (object);
}

static void
sc_action_list_finalize (GObject *object)
{
  ScActionList *self = SC_ACTION_LIST (object);

  g_free (self->search);

  G_OBJECT_CLASS (sc_action_list_parent_class)->finalize (object);
}

static void
sc_action_list_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ScActionList *self = SC_ACTION_LIST (object);

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
sc_action_list_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ScActionList *self = SC_ACTION_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      sc_action_list_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_action_list_class_init (ScActionListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_action_list_dispose;
  object_class->finalize = sc_action_list_finalize;
  object_class->get_property = sc_action_list_get_property;
  object_class->set_property = sc_action_list_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SC_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SC_TYPE_RECORD_CHOOSER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-action-list.ui");
  /* The direct child, so that gtk_widget_dispose_template () unparents it. */
  gtk_widget_class_bind_template_child_full (widget_class, "content", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, ScActionList, view_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ScActionList, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ScActionList, owner_filter);
  gtk_widget_class_bind_template_child (widget_class, ScActionList, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ScActionList, list_box);
  gtk_widget_class_bind_template_callback (widget_class, on_view_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "actionlist");
}

static void
sc_action_list_init (ScActionList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->groups = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->custom_filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, GTK_FILTER (self->custom_filter));
  self->custom_sorter = gtk_custom_sorter_new (compare_actions, self, NULL);
  self->sort_model = gtk_sort_list_model_new (G_LIST_MODEL (self->filter_model),
                                              GTK_SORTER (self->custom_sorter));

  self->placeholder = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->placeholder, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->placeholder), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->placeholder), "plan-placeholder");
  gtk_list_box_set_placeholder (self->list_box, GTK_WIDGET (self->placeholder));
  gtk_list_box_set_header_func (self->list_box, header_func, self, NULL);
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->sort_model), create_row_cb, self,
                           NULL);
  update_placeholder (self);
}

void
sc_action_list_set_store (ScActionList *self,
                          ScStore      *store)
{
  g_return_if_fail (SC_IS_ACTION_LIST (self));

  if (self->store == store)
    return;
  /* Empty the list while the old store can still name its rows. */
  gtk_filter_list_model_set_model (self->filter_model, NULL);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  sc_record_chooser_set_store (self->owner_filter, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                             G_CONNECT_SWAPPED);
  self->today = store ? sc_store_get_today (store) : SC_DAY_NONE;
  gtk_filter_list_model_set_model (self->filter_model,
                                   store ? sc_store_get_list (store, &sc_action_table) : NULL);
  sc_action_list_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

void
sc_action_list_set_quarter (ScActionList *self,
                            int           fiscal_year,
                            int           quarter,
                            gboolean      is_current)
{
  g_return_if_fail (SC_IS_ACTION_LIST (self));

  self->fiscal_year = fiscal_year;
  self->quarter = quarter;
  self->is_current = is_current;
  sc_action_list_refresh (self);
}

void
sc_action_list_set_view (ScActionList *self,
                         ScActionView  view)
{
  g_return_if_fail (SC_IS_ACTION_LIST (self));

  self->view = view;
  if (gtk_drop_down_get_selected (self->view_dropdown) != view)
    gtk_drop_down_set_selected (self->view_dropdown, view);
  sc_action_list_refresh (self);
}

void
sc_action_list_set_filter (ScActionList   *self,
                           ScActionFilter  filter)
{
  g_return_if_fail (SC_IS_ACTION_LIST (self));

  gtk_drop_down_set_selected (self->filter_dropdown, filter);
  on_filter_changed_cb (self);
}

void
sc_action_list_set_owner (ScActionList *self,
                          gint64        owner_id)
{
  g_return_if_fail (SC_IS_ACTION_LIST (self));

  sc_record_chooser_set_selected_id (self->owner_filter, owner_id);
  on_filter_changed_cb (self);
}

void
sc_action_list_set_search (ScActionList *self,
                           const char   *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));

  g_return_if_fail (SC_IS_ACTION_LIST (self));

  g_free (self->search);
  self->search = *stripped ? sc_plan_ui_fold (stripped) : NULL;
  sc_action_list_refresh (self);
}

GListModel *
sc_action_list_get_model (ScActionList *self)
{
  g_return_val_if_fail (SC_IS_ACTION_LIST (self), NULL);
  return G_LIST_MODEL (self->sort_model);
}

/* sc-actions-summary.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-actions-summary"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-actions-summary.h"
#include "sc-format.h"
#include "sc-l10n.h"
#include "sc-plan-ui.h"

struct _ScActionsSummary
{
  GtkWidget   parent_instance;

  ScStore    *store;
  guint       rebuild_id;

  /* Template children */
  GtkListBox *overdue_list;
  GtkWidget  *overdue_empty;
  GtkLabel   *week_subtitle;
  GtkListBox *week_list;
  GtkWidget  *week_empty;
};

G_DEFINE_FINAL_TYPE (ScActionsSummary, sc_actions_summary, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
text_label (const char *text,
            const char *css_class,
            gboolean    expand)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), expand ? 0 : 1);
  gtk_label_set_ellipsize (GTK_LABEL (label), expand ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
  gtk_widget_set_hexpand (label, expand);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
row_box (GtkWidget *first,
         GtkWidget *second,
         GtkWidget *third)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_box_append (GTK_BOX (box), first);
  gtk_box_append (GTK_BOX (box), second);
  if (third != NULL)
    gtk_box_append (GTK_BOX (box), third);
  return box;
}

/* "A03, A05" */
static char *
overdue_refs (ScStore *store,
              gint64   owner_id,
              ScDay    today)
{
  g_autoptr(GPtrArray) overdue = sc_plan_overdue_actions (store, today);
  g_autoptr(GString) refs = g_string_new (NULL);

  for (guint i = 0; i < overdue->len; i++)
    {
      ScRecord *a = g_ptr_array_index (overdue, i);

      if (sc_record_get_ref (a, SC_ACTION_OWNER_ID) != owner_id)
        continue;
      if (refs->len > 0)
        g_string_append (refs, _(", "));
      g_string_append (refs, sc_record_get_text (a, SC_ACTION_REF));
    }
  return g_string_free (g_steal_pointer (&refs), FALSE);
}

static GtkWidget *
overdue_row (ScActionsSummary      *self,
             const ScOwnerLateness *entry,
             ScDay                  today)
{
  g_autofree char *name = sc_plan_ui_person_name (self->store, entry->owner_id);
  g_autofree char *refs = overdue_refs (self->store, entry->owner_id, today);
  /* Translators: "2 actions (A03, A05)". */
  g_autofree char *count = g_strdup_printf (ngettext ("%u action (%s)", "%u actions (%s)",
                                                      entry->n_actions),
                                            entry->n_actions, refs);
  g_autofree char *late = g_strdup_printf (ngettext ("%u day late", "%u days late",
                                                     entry->days_late), entry->days_late);
  GtkWidget *late_label = text_label (late, "caption-heading", FALSE);

  sc_plan_ui_set_tone (late_label, SC_TONE_LATE);
  return row_box (text_label (name, NULL, TRUE), text_label (count, "dim-label", FALSE),
                  late_label);
}

static GtkWidget *
week_row (ScActionsSummary *self,
          ScAction         *action,
          ScDay             today)
{
  ScRecord *r = SC_RECORD (action);
  ScLang lang = sc_l10n_ui_lang ();
  ScDay due = sc_record_get_date (r, SC_ACTION_DUE);
  g_autofree char *weekday = sc_format_weekday_name (lang, sc_day_weekday (due));
  g_autofree char *owner = sc_plan_ui_person_name (self->store,
                                                   sc_record_get_ref (r, SC_ACTION_OWNER_ID));
  /* Translators: an action due this week: "A11 Relancer Agri-Pro — Sophie Lachance". */
  g_autofree char *what = g_strdup_printf (_("%s %s — %s"), sc_record_get_text (r, SC_ACTION_REF),
                                           sc_record_get_text (r, SC_ACTION_TITLE), owner);
  ScTone tone;
  g_autofree char *state = sc_plan_ui_action_state (action, today, &tone);
  GtkWidget *state_label = text_label (state, "caption", FALSE);
  GtkWidget *day_label = text_label (weekday, "numeric", FALSE);

  gtk_label_set_xalign (GTK_LABEL (day_label), 0);
  gtk_label_set_width_chars (GTK_LABEL (day_label), 9);
  sc_plan_ui_set_tone (state_label, tone);
  return row_box (day_label, text_label (what, NULL, TRUE), state_label);
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
rebuild (ScActionsSummary *self)
{
  g_autoptr(GArray) by_owner = NULL;
  g_autoptr(GPtrArray) week = NULL;
  g_autofree char *week_label = NULL;
  ScCalendar cal;
  ScDay today;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  clear_list (self->overdue_list);
  clear_list (self->week_list);
  if (self->store == NULL)
    return;

  today = sc_store_get_today (self->store);
  by_owner = sc_plan_overdue_by_owner (self->store, today);
  for (guint i = 0; i < by_owner->len; i++)
    gtk_list_box_append (self->overdue_list,
                         overdue_row (self, &g_array_index (by_owner, ScOwnerLateness, i), today));
  gtk_widget_set_visible (GTK_WIDGET (self->overdue_list), by_owner->len > 0);
  gtk_widget_set_visible (self->overdue_empty, by_owner->len == 0);

  week = sc_plan_due_this_week (self->store, today);
  for (guint i = 0; i < week->len; i++)
    gtk_list_box_append (self->week_list, week_row (self, g_ptr_array_index (week, i), today));
  gtk_widget_set_visible (GTK_WIDGET (self->week_list), week->len > 0);
  gtk_widget_set_visible (self->week_empty, week->len == 0);

  sc_store_get_calendar (self->store, &cal);
  week_label = sc_format_week_label (sc_l10n_ui_lang (), sc_calendar_week_start (&cal, today));
  gtk_label_set_label (self->week_subtitle, week_label);
}

static void
on_rebuild_idle_cb (gpointer data)
{
  ScActionsSummary *self = data;

  self->rebuild_id = 0;
  rebuild (self);
}

static void
on_store_changed_cb (ScActionsSummary  *self,
                     const ScTableInfo *table,
                     gint64             id,
                     ScStore           *store)
{
  if (self->rebuild_id == 0 &&
      (table == &sc_action_table || table == &sc_person_table || table == &sc_company_table))
    self->rebuild_id = g_idle_add_once (on_rebuild_idle_cb, self);
}

static void
sc_actions_summary_dispose (GObject *object)
{
  ScActionsSummary *self = SC_ACTIONS_SUMMARY (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_ACTIONS_SUMMARY);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sc_actions_summary_parent_class)->dispose (object);
}

static void
sc_actions_summary_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ScActionsSummary *self = SC_ACTIONS_SUMMARY (object);

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
sc_actions_summary_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  ScActionsSummary *self = SC_ACTIONS_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_STORE:
      sc_actions_summary_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_actions_summary_class_init (ScActionsSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_actions_summary_dispose;
  object_class->get_property = sc_actions_summary_get_property;
  object_class->set_property = sc_actions_summary_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SC_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-actions-summary.ui");
  /* The direct child, so that gtk_widget_dispose_template () unparents it. */
  gtk_widget_class_bind_template_child_full (widget_class, "content", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, ScActionsSummary, overdue_list);
  gtk_widget_class_bind_template_child (widget_class, ScActionsSummary, overdue_empty);
  gtk_widget_class_bind_template_child (widget_class, ScActionsSummary, week_subtitle);
  gtk_widget_class_bind_template_child (widget_class, ScActionsSummary, week_list);
  gtk_widget_class_bind_template_child (widget_class, ScActionsSummary, week_empty);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "actionssummary");
}

static void
sc_actions_summary_init (ScActionsSummary *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

ScActionsSummary *
sc_actions_summary_new (void)
{
  return g_object_new (SC_TYPE_ACTIONS_SUMMARY, NULL);
}

void
sc_actions_summary_set_store (ScActionsSummary *self,
                              ScStore          *store)
{
  g_return_if_fail (SC_IS_ACTIONS_SUMMARY (self));
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
sc_actions_summary_get_store (ScActionsSummary *self)
{
  g_return_val_if_fail (SC_IS_ACTIONS_SUMMARY (self), NULL);
  return self->store;
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n += GTK_IS_LIST_BOX_ROW (row);
  return n;
}

guint
sc_actions_summary_count_overdue_owners (ScActionsSummary *self)
{
  g_return_val_if_fail (SC_IS_ACTIONS_SUMMARY (self), 0);
  return count_rows (self->overdue_list);
}

guint
sc_actions_summary_count_due_this_week (ScActionsSummary *self)
{
  g_return_val_if_fail (SC_IS_ACTIONS_SUMMARY (self), 0);
  return count_rows (self->week_list);
}

char *
sc_actions_summary_dup_overdue_text (ScActionsSummary *self,
                                     guint             index)
{
  GtkListBoxRow *row;
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (SC_IS_ACTIONS_SUMMARY (self), NULL);

  row = gtk_list_box_get_row_at_index (self->overdue_list, index);
  if (row == NULL)
    return NULL;
  for (GtkWidget *label = gtk_widget_get_first_child (gtk_list_box_row_get_child (row));
       label != NULL; label = gtk_widget_get_next_sibling (label))
    g_string_append_printf (text, "%s%s", text->len ? " | " : "",
                            gtk_label_get_label (GTK_LABEL (label)));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

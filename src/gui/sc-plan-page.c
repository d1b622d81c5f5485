/* sc-plan-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-plan-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-format.h"
#include "sc-kpi.h"
#include "sc-l10n.h"
#include "sc-plan-page.h"
#include "sc-plan-ui.h"
#include "sc-priority-editor.h"

struct _ScPlanPage
{
  GtkWidget           parent_instance;

  ScStore            *store;
  ScPeriod            quarter;
  gboolean            is_current;
  int                 previous_year;    /* the earlier plan the notice offers */
  int                 previous_quarter;
  guint               refresh_id;

  /* Template children */
  GtkLabel           *quarter_title;
  GtkLabel           *quarter_dates;
  GtkWidget          *notice_box;
  GtkLabel           *notice_label;
  GtkButton          *notice_button;
  GtkLabel           *objectives_count;
  GtkLabel           *limit_message;
  GtkListBox         *priority_list;
  GtkLabel           *actions_summary;
  ScActionQuickEntry *quick_entry;
  ScActionList       *action_list;
};

G_DEFINE_FINAL_TYPE (ScPlanPage, sc_plan_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static ScLang
lang (void)
{
  return sc_l10n_ui_lang ();
}

/* The header ------------------------------------------------------------- */

static void
update_header (ScPlanPage *self)
{
  g_autofree char *name = sc_plan_ui_quarter_name (self->store, self->quarter.fiscal_year,
                                                   self->quarter.index);
  g_autofree char *first = sc_format_date_long (lang (), self->quarter.first_day, FALSE);
  g_autofree char *last = sc_format_date_long (lang (), self->quarter.last_day, FALSE);
  g_autofree char *when = NULL;
  g_autofree char *dates = NULL;
  ScDay today = sc_store_get_today (self->store);
  ScCalendar cal;

  sc_store_get_calendar (self->store, &cal);
  if (self->is_current)
    {
      guint week = (sc_calendar_week_start (&cal, today) - self->quarter.first_week) / 7 + 1;

      /* Translators: where today falls in the quarter's weeks. */
      when = g_strdup_printf (_("this quarter, week %u of %u"), week, self->quarter.n_weeks);
    }
  else
    when = g_strdup (self->quarter.last_day < today ? _("a past quarter")
                                                     : _("a quarter to come"));

  /* Translators: "July 1, 2025 – September 30, 2025 · this quarter, week 13 of 13". */
  dates = g_strdup_printf (_("%s – %s · %s"), first, last, when);
  gtk_label_set_label (self->quarter_title, name);
  gtk_label_set_label (self->quarter_dates, dates);
}

static void
update_notice (ScPlanPage *self)
{
  int year = self->quarter.fiscal_year;
  int quarter = self->quarter.index;
  g_autofree char *name = NULL;
  g_autofree char *previous = NULL;
  g_autofree char *text = NULL;
  g_autofree char *button = NULL;
  gboolean found;

  if (!self->is_current || sc_plan_quarter_has_plan (self->store, year, quarter))
    {
      gtk_widget_set_visible (self->notice_box, FALSE);
      return;
    }

  name = sc_plan_ui_quarter_name (self->store, year, quarter);
  found = sc_plan_find_previous_plan (self->store, year, quarter, &self->previous_year,
                                      &self->previous_quarter);
  if (found)
    {
      previous = sc_plan_ui_quarter_name (self->store, self->previous_year,
                                          self->previous_quarter);
      /* Translators: "Q2 FY2025 has no plan yet. The latest plan is Q1 FY2025's: …" */
      text = g_strdup_printf (_("%s has no plan yet. The latest plan is %s’s: its actions still "
                                "open are listed below until the quarterly review carries "
                                "them forward or closes them."), name, previous);
      /* Translators: a button, %s is a quarter, "View Q1 FY2025". */
      button = g_strdup_printf (_("_View %s"), previous);
      gtk_button_set_label (self->notice_button, button);
    }
  else
    text = g_strdup_printf (_("%s has no plan yet: set 1 to 5 priority objectives, then the "
                              "actions that serve them, each with one owner and a due date."),
                            name);
  gtk_label_set_label (self->notice_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->notice_button), found);
  gtk_widget_set_visible (self->notice_box, TRUE);
}

/* Objectives ------------------------------------------------------------- */

static char *
priority_progress (ScPlanPage *self,
                   gint64      priority_id)
{
  GListModel *actions = sc_store_get_list (self->store, &sc_action_table);
  ScDay today = sc_store_get_today (self->store);
  g_autofree char *progress = NULL;
  guint total = 0, done = 0, late = 0;

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(ScRecord) a = g_list_model_get_item (actions, i);

      if (sc_record_get_ref (a, SC_ACTION_PRIORITY_ID) != priority_id)
        continue;
      total++;
      done += sc_record_get_int (a, SC_ACTION_STATUS) == SC_ACTION_DONE;
      late += sc_plan_action_is_overdue (SC_ACTION (a), today);
    }
  if (total == 0)
    return g_strdup (_("No actions yet"));
  /* Translators: progress of an objective's actions, "2 of 3 actions done". */
  progress = g_strdup_printf (ngettext ("%u of %u action done", "%u of %u actions done", total),
                              done, total);
  if (late == 0)
    return g_steal_pointer (&progress);
  /* Translators: "2 of 3 actions done · 1 overdue". */
  return g_strdup_printf (ngettext ("%s · %u overdue", "%s · %u overdue", late), progress, late);
}

static GtkWidget *
icon_button (const char *icon,
             const char *label,
             const char *action,
             gint64      id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", id);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static GtkWidget *
label_new (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
priority_row (ScPlanPage *self,
              ScRecord   *p)
{
  gint64 id = sc_record_get_id (p);
  ScRecord *kpi = sc_store_lookup (self->store, &sc_kpi_table,
                                   sc_record_get_ref (p, SC_PRIORITY_KPI_ID));
  g_autofree char *owner = sc_plan_ui_person_name (self->store,
                                                   sc_record_get_ref (p, SC_PRIORITY_OWNER_ID));
  /* Translators: an objective's owner and the KPI it should move. */
  g_autofree char *meta = kpi ? g_strdup_printf (_("%s · KPI: %s"), owner,
                                                 sc_kpi_get_name (SC_KPI (kpi), lang ()))
                              : g_strdup (owner);
  g_autofree char *progress = priority_progress (self, id);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *ref = label_new (sc_record_get_text (p, SC_PRIORITY_REF), "objective-ref");
  GtkWidget *state = label_new (progress, "dim-label");

  gtk_widget_set_valign (ref, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (text), label_new (sc_record_get_text (p, SC_PRIORITY_TITLE), NULL));
  gtk_box_append (GTK_BOX (text), label_new (meta, "dim-label"));
  gtk_widget_add_css_class (gtk_widget_get_last_child (text), "caption");
  gtk_label_set_wrap (GTK_LABEL (state), FALSE);
  gtk_widget_set_valign (state, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), ref);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), state);
  gtk_box_append (GTK_BOX (box), icon_button ("document-edit-symbolic", _("Edit Objective"),
                                              "plan.edit-priority", id));
  gtk_box_append (GTK_BOX (box), icon_button ("user-trash-symbolic", _("Delete Objective"),
                                              "plan.delete-priority", id));
  gtk_widget_add_css_class (box, "objective-row");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
update_priorities (ScPlanPage *self)
{
  g_autoptr(GPtrArray) priorities = sc_plan_get_priorities (self->store,
                                                            self->quarter.fiscal_year,
                                                            self->quarter.index);
  guint n = sc_plan_count_priorities (self->store, self->quarter.fiscal_year, self->quarter.index);
  g_autofree char *count = NULL;
  GtkListBoxRow *row;

  /* Rows only: the placeholder stays. */
  while ((row = gtk_list_box_get_row_at_index (self->priority_list, 0)) != NULL)
    gtk_list_box_remove (self->priority_list, GTK_WIDGET (row));
  for (guint i = 0; i < priorities->len; i++)
    gtk_list_box_append (self->priority_list,
                         priority_row (self, g_ptr_array_index (priorities, i)));

  /* Translators: how many of the allowed objectives the quarter has, "3 of 5". */
  count = g_strdup_printf (_("%u of %u"), n, SC_PLAN_MAX_PRIORITIES);
  gtk_label_set_label (self->objectives_count, count);
  if (n < SC_PLAN_MAX_PRIORITIES)
    gtk_widget_set_visible (GTK_WIDGET (self->limit_message), FALSE);
}

/* Actions summary ---------------------------------------------------------- */

static void
update_actions_summary (ScPlanPage *self)
{
  GListModel *actions = sc_store_get_list (self->store, &sc_action_table);
  ScDay today = sc_store_get_today (self->store);
  guint counts[3] = { 0 }, late = 0, total = 0;
  g_autofree char *count = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(ScAction) a = g_list_model_get_item (actions, i);

      if (!sc_plan_action_shows_in (a, self->quarter.fiscal_year, self->quarter.index,
                                    self->is_current))
        continue;
      total++;
      counts[CLAMP (sc_record_get_int (SC_RECORD (a), SC_ACTION_STATUS), 0, 2)]++;
      late += sc_plan_action_is_overdue (a, today);
    }

  count = g_strdup_printf (ngettext ("%u action", "%u actions", total), total);
  /* Translators: "10 actions · open: 2 (overdue: 2) · done: 7 · dropped: 1". */
  text = g_strdup_printf (_("%s · open: %u (overdue: %u) · done: %u · dropped: %u"), count,
                          counts[SC_ACTION_OPEN], late, counts[SC_ACTION_DONE],
                          counts[SC_ACTION_DROPPED]);
  gtk_label_set_label (self->actions_summary, total ? text : "");
}

static void
refresh (ScPlanPage *self)
{
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->store == NULL)
    return;

  update_header (self);
  update_notice (self);
  update_priorities (self);
  update_actions_summary (self);
}

static void
on_refresh_idle_cb (gpointer data)
{
  ScPlanPage *self = data;

  self->refresh_id = 0;
  refresh (self);
}

static void
on_store_changed_cb (ScPlanPage        *self,
                     const ScTableInfo *table,
                     gint64             id,
                     ScStore           *store)
{
  if (self->refresh_id == 0 &&
      (table == &sc_action_table || table == &sc_priority_table || table == &sc_person_table ||
       table == &sc_kpi_table || table == &sc_company_table))
    self->refresh_id = g_idle_add_once (on_refresh_idle_cb, self);
}

/* Actions ---------------------------------------------------------------- */

static void
show_quarter (ScPlanPage     *self,
              const ScPeriod *quarter)
{
  ScPeriod current;

  sc_plan_current_quarter (self->store, &current);
  self->quarter = *quarter;
  self->is_current = sc_period_equal (quarter, &current);
  sc_action_quick_entry_set_quarter (self->quick_entry, quarter->fiscal_year, quarter->index);
  sc_action_list_set_quarter (self->action_list, quarter->fiscal_year, quarter->index,
                              self->is_current);
  gtk_widget_set_visible (GTK_WIDGET (self->limit_message), FALSE);
  refresh (self);
}

static void
shift_quarter (ScPlanPage *self,
               int         offset)
{
  ScCalendar cal;
  ScPeriod next;

  if (self->store == NULL)
    return;
  sc_store_get_calendar (self->store, &cal);
  sc_calendar_period_shift (&cal, &self->quarter, offset, &next);
  show_quarter (self, &next);
}

static void
sc_plan_page_previous_quarter_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *param)
{
  shift_quarter (SC_PLAN_PAGE (widget), -1);
}

static void
sc_plan_page_next_quarter_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *param)
{
  shift_quarter (SC_PLAN_PAGE (widget), 1);
}

static void
sc_plan_page_current_quarter_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *param)
{
  ScPlanPage *self = SC_PLAN_PAGE (widget);
  ScPeriod current;

  if (self->store == NULL)
    return;
  sc_plan_current_quarter (self->store, &current);
  show_quarter (self, &current);
}

static void
sc_plan_page_view_previous_plan_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *param)
{
  ScPlanPage *self = SC_PLAN_PAGE (widget);

  if (self->previous_year != 0)
    sc_plan_page_set_quarter (self, self->previous_year, self->previous_quarter);
}

static void
sc_plan_page_add_priority_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *param)
{
  ScPlanPage *self = SC_PLAN_PAGE (widget);
  g_autoptr(GError) error = NULL;
  ScPriorityEditor *editor;

  if (self->store == NULL)
    return;
  if (!sc_plan_can_add_priority (self->store, self->quarter.fiscal_year, self->quarter.index,
                                 &error))
    {
      gtk_label_set_label (self->limit_message, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->limit_message), TRUE);
      return;
    }
  editor = sc_priority_editor_new (sc_plan_ui_parent (widget), self->store, NULL,
                                   self->quarter.fiscal_year, self->quarter.index);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
sc_plan_page_edit_priority_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *param)
{
  ScPlanPage *self = SC_PLAN_PAGE (widget);
  ScRecord *p = sc_store_lookup (self->store, &sc_priority_table, g_variant_get_int64 (param));
  ScPriorityEditor *editor;

  if (p == NULL)
    return;
  editor = sc_priority_editor_new (sc_plan_ui_parent (widget), self->store, SC_PRIORITY (p), 0, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
sc_plan_page_delete_priority_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *param)
{
  ScPlanPage *self = SC_PLAN_PAGE (widget);
  gint64 id = g_variant_get_int64 (param);
  ScRecord *p = sc_store_lookup (self->store, &sc_priority_table, id);
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;

  if (p == NULL)
    return;
  /* Translators: %s is an objective's ref, "O2". */
  message = g_strdup_printf (_("Objective %s deleted; its actions stay in the plan."),
                             sc_record_get_text (p, SC_PRIORITY_REF));
  if (!sc_plan_delete_priority (self->store, id, &error))
    sc_plan_ui_error (widget, _("The objective could not be deleted"), error);
  else
    sc_plan_ui_toast (widget, message, TRUE);
}

/* The object --------------------------------------------------------------- */

static void
sc_plan_page_dispose (GObject *object)
{
  ScPlanPage *self = SC_PLAN_PAGE (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_PLAN_PAGE);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sc_plan_page_parent_class)->dispose (object);
}

static void
sc_plan_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  ScPlanPage *self = SC_PLAN_PAGE (object);

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
sc_plan_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  ScPlanPage *self = SC_PLAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      sc_plan_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_plan_page_class_init (ScPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_plan_page_dispose;
  object_class->get_property = sc_plan_page_get_property;
  object_class->set_property = sc_plan_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SC_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SC_TYPE_ACTION_QUICK_ENTRY);
  g_type_ensure (SC_TYPE_ACTION_LIST);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/sc-plan-page.ui");
  /* The direct child, so that gtk_widget_dispose_template () unparents it. */
  gtk_widget_class_bind_template_child_full (widget_class, "scroller", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, ScPlanPage, quarter_title);
  gtk_widget_class_bind_template_child (widget_class, ScPlanPage, quarter_dates);
  gtk_widget_class_bind_template_child (widget_class, ScPlanPage, notice_box);
  gtk_widget_class_bind_template_child (widget_class, ScPlanPage, notice_label);
  gtk_widget_class_bind_template_child (widget_class, ScPlanPage, notice_button);
  gtk_widget_class_bind_template_child (widget_class, ScPlanPage, objectives_count);
  gtk_widget_class_bind_template_child (widget_class, ScPlanPage, limit_message);
  gtk_widget_class_bind_template_child (widget_class, ScPlanPage, priority_list);
  gtk_widget_class_bind_template_child (widget_class, ScPlanPage, actions_summary);
  gtk_widget_class_bind_template_child (widget_class, ScPlanPage, quick_entry);
  gtk_widget_class_bind_template_child (widget_class, ScPlanPage, action_list);

  gtk_widget_class_install_action (widget_class, "plan.previous-quarter", NULL,
                                   sc_plan_page_previous_quarter_action);
  gtk_widget_class_install_action (widget_class, "plan.next-quarter", NULL,
                                   sc_plan_page_next_quarter_action);
  gtk_widget_class_install_action (widget_class, "plan.current-quarter", NULL,
                                   sc_plan_page_current_quarter_action);
  gtk_widget_class_install_action (widget_class, "plan.view-previous-plan", NULL,
                                   sc_plan_page_view_previous_plan_action);
  gtk_widget_class_install_action (widget_class, "plan.add-priority", NULL,
                                   sc_plan_page_add_priority_action);
  gtk_widget_class_install_action (widget_class, "plan.edit-priority", "x",
                                   sc_plan_page_edit_priority_action);
  gtk_widget_class_install_action (widget_class, "plan.delete-priority", "x",
                                   sc_plan_page_delete_priority_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK,
                                       "plan.previous-quarter", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK,
                                       "plan.next-quarter", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "planpage");
}

static void
sc_plan_page_init (ScPlanPage *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  placeholder = gtk_label_new (_("No priority objectives for this quarter: a quarter has 1 to 5, "
                                 "each with one owner."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_add_css_class (placeholder, "plan-placeholder");
  gtk_list_box_set_placeholder (self->priority_list, placeholder);
}

void
sc_plan_page_set_store (ScPlanPage *self,
                        ScStore    *store)
{
  g_return_if_fail (SC_IS_PLAN_PAGE (self));
  g_return_if_fail (store == NULL || SC_IS_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    {
      ScPeriod current;

      g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                               G_CONNECT_SWAPPED);
      /* A file opens on the quarter in progress. */
      sc_plan_current_quarter (store, &current);
      show_quarter (self, &current);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

ScStore *
sc_plan_page_get_store (ScPlanPage *self)
{
  g_return_val_if_fail (SC_IS_PLAN_PAGE (self), NULL);
  return self->store;
}

void
sc_plan_page_set_quarter (ScPlanPage *self,
                          int         fiscal_year,
                          int         quarter)
{
  ScPeriod period;

  g_return_if_fail (SC_IS_PLAN_PAGE (self));
  g_return_if_fail (self->store != NULL);

  sc_plan_quarter (self->store, fiscal_year, quarter, &period);
  show_quarter (self, &period);
}

void
sc_plan_page_get_quarter (ScPlanPage *self,
                          int        *fiscal_year,
                          int        *quarter)
{
  g_return_if_fail (SC_IS_PLAN_PAGE (self));

  *fiscal_year = self->quarter.fiscal_year;
  *quarter = self->quarter.index;
}

ScActionQuickEntry *
sc_plan_page_get_quick_entry (ScPlanPage *self)
{
  g_return_val_if_fail (SC_IS_PLAN_PAGE (self), NULL);
  return self->quick_entry;
}

ScActionList *
sc_plan_page_get_action_list (ScPlanPage *self)
{
  g_return_val_if_fail (SC_IS_PLAN_PAGE (self), NULL);
  return self->action_list;
}

const char *
sc_plan_page_get_notice (ScPlanPage *self)
{
  g_return_val_if_fail (SC_IS_PLAN_PAGE (self), NULL);
  return gtk_widget_get_visible (self->notice_box) ? gtk_label_get_label (self->notice_label)
                                                   : NULL;
}

const char *
sc_plan_page_get_limit_message (ScPlanPage *self)
{
  g_return_val_if_fail (SC_IS_PLAN_PAGE (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->limit_message))
         ? gtk_label_get_label (self->limit_message) : NULL;
}

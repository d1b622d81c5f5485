/* sc-decision-pane.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-decision-pane"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sc-decision-pane.h"
#include "sc-format.h"
#include "sc-kpi-editing.h"
#include "sc-l10n.h"
#include "sc-parse.h"
#include "sc-plan.h"
#include "sc-plan-ui.h"
#include "sc-review-ui.h"

struct _ScDecisionPane
{
  GtkWidget                 parent_instance;

  ScQuarterlyReviewSession *session;
  guint                     index;
  gboolean                  loading;

  /* Template children */
  GtkLabel                 *kind_label;
  GtkLabel                 *title_label;
  GtkLabel                 *owner_label;
  GtkLabel                 *state_label;
  GtkWidget                *choices_box;
  GtkToggleButton          *keep_button;
  GtkToggleButton          *modify_button;
  GtkToggleButton          *drop_button;
  GtkLabel                 *hint_label;
  GtkWidget                *fields_grid;
  GtkEntry                 *reason_entry;
  GtkWidget                *target_title;
  GtkEntry                 *target_entry;
  GtkLabel                 *target_hint;
  GtkLabel                 *title_title;
  GtkEntry                 *title_entry;
  GtkWidget                *owner_title;
  ScRecordChooser          *owner_chooser;
  GtkWidget                *due_title;
  ScDateEntry              *due_entry;
  GtkLabel                 *message_label;
  GtkWidget                *decided_box;
  GtkImage                 *decided_image;
  GtkLabel                 *decided_label;
  GtkLabel                 *decided_reason;
  GtkLabel                 *decided_changes;
  GtkWidget                *buttons_box;
};

G_DEFINE_FINAL_TYPE (ScDecisionPane, sc_decision_pane, GTK_TYPE_WIDGET)

enum {
  RECORDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static ScRecord *
record (ScDecisionPane *self)
{
  return sc_quarterly_review_session_get_record (self->session, self->index);
}

static ScRecord *
draft (ScDecisionPane *self)
{
  ScRecord *item = g_list_model_get_item (sc_quarterly_review_session_get_items (self->session),
                                          self->index);

  /* Borrowed: the session's list keeps its own reference. */
  g_object_unref (item);
  return item;
}

static ScDecision
chosen (ScDecisionPane *self)
{
  if (gtk_toggle_button_get_active (self->keep_button))
    return SC_DECISION_KEEP;
  if (gtk_toggle_button_get_active (self->modify_button))
    return SC_DECISION_MODIFY;
  if (gtk_toggle_button_get_active (self->drop_button))
    return SC_DECISION_DROP;
  return SC_DECISION_NONE;
}

static char *
next_name (ScDecisionPane *self)
{
  const ScPeriod *next = sc_quarterly_review_session_get_next (self->session);

  return sc_plan_ui_quarter_name (sc_quarterly_review_session_get_store (self->session),
                                  next->fiscal_year, next->index);
}

/* What each decision does (keep, modify, drop) by kind of item, in words;
 * each has one %s: the next quarter's name. */
enum { HINT_KPI, HINT_PRIORITY, HINT_OPEN, HINT_DONE, HINT_DROPPED };

static const char *const hints[][3] = {
  [HINT_KPI] = {
    N_("Stays on the scorecard as it is in %s."),
    N_("Changes from the first week of %s: a new target, owner or name. The past keeps its "
       "targets."),
    N_("Archived: it leaves the scorecard of %s, its history stays."),
  },
  [HINT_PRIORITY] = {
    N_("Carried into the plan of %s as it is."),
    N_("Carried into the plan of %s with a new wording or owner."),
    N_("Closed with the reason; it does not go into the plan of %s."),
  },
  [HINT_OPEN] = {
    N_("Carried into the plan of %s as it is, with its due date."),
    N_("Carried into the plan of %s with the changes below; a new due date counts as a slip."),
    N_("Closed in its quarter with the reason; it does not go into the plan of %s."),
  },
  [HINT_DONE] = {
    N_("Stays done in its quarter; nothing goes into the plan of %s."),
    N_("A follow-up action goes into the plan of %s, with its own due date."),
    N_("Stays done in its quarter; nothing goes into the plan of %s."),
  },
  [HINT_DROPPED] = {
    N_("Stays closed with its reason; nothing goes into the plan of %s."),
    N_("Taken up again in the plan of %s, with its own due date."),
    N_("Stays closed with its reason; nothing goes into the plan of %s."),
  },
};

static guint
hint_kind (ScRecord *r)
{
  if (SC_IS_KPI (r))
    return HINT_KPI;
  if (SC_IS_PRIORITY (r))
    return HINT_PRIORITY;
  switch (sc_record_get_int (r, SC_ACTION_STATUS))
    {
    case SC_ACTION_OPEN:
      return HINT_OPEN;
    case SC_ACTION_DONE:
      return HINT_DONE;
    default:
      return HINT_DROPPED;
    }
}

/* What the decision chosen will do, in words. */
static const char *
hint_format (ScDecisionPane *self,
             ScDecision      decision)
{
  if (decision == SC_DECISION_NONE)
    return sc_quarterly_review_session_is_required (self->session, self->index)
           ? _("Choose Keep, Modify or Drop.")
           : _("A decision is optional here: finished actions stay in their quarter unless one "
               "is modified to carry a follow-up into the plan of %s.");
  return _(hints[hint_kind (record (self))][decision - 1]);
}

static void
update_fields (ScDecisionPane *self)
{
  ScDecision decision = chosen (self);
  gboolean modify = decision == SC_DECISION_MODIFY;
  ScRecord *r = record (self);
  g_autofree char *next = next_name (self);
  g_autofree char *hint = NULL;

  /* The hints' only conversion is the next quarter's name. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  hint = g_strdup_printf (hint_format (self, decision), next);
#pragma GCC diagnostic pop
  gtk_label_set_label (self->hint_label, hint);

  gtk_widget_set_visible (self->target_title, modify && SC_IS_KPI (r));
  gtk_widget_set_visible (GTK_WIDGET (self->target_entry), modify && SC_IS_KPI (r));
  gtk_widget_set_visible (GTK_WIDGET (self->target_hint), modify && SC_IS_KPI (r));
  gtk_widget_set_visible (GTK_WIDGET (self->title_title), modify);
  gtk_widget_set_visible (GTK_WIDGET (self->title_entry), modify);
  gtk_widget_set_visible (self->owner_title, modify);
  gtk_widget_set_visible (GTK_WIDGET (self->owner_chooser), modify);
  gtk_widget_set_visible (self->due_title, modify && SC_IS_ACTION (r));
  gtk_widget_set_visible (GTK_WIDGET (self->due_entry), modify && SC_IS_ACTION (r));
}

static void
show_message (ScDecisionPane *self,
              GtkWidget      *field,
              const char     *text)
{
  GtkWidget *fields[] = {
    self->choices_box, GTK_WIDGET (self->reason_entry), GTK_WIDGET (self->target_entry),
    GTK_WIDGET (self->title_entry), GTK_WIDGET (self->owner_chooser),
    GTK_WIDGET (self->due_entry),
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i] != field)
      sc_plan_ui_field_error (fields[i], NULL, NULL);
  if (field != NULL)
    {
      sc_plan_ui_field_error (field, self->message_label, text);
      gtk_widget_grab_focus (field);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->message_label), FALSE);
}

static void
on_choice_toggled_cb (ScDecisionPane  *self,
                      GtkToggleButton *button)
{
  if (self->loading || self->session == NULL)
    return;
  update_fields (self);
  show_message (self, NULL, NULL);
}

static void
on_reason_activate_cb (ScDecisionPane *self,
                       GtkEntry       *entry)
{
  sc_decision_pane_record (self);
}

/* The target as it would be typed again ("14", "150 000,00 $"). */
static char *
target_text (ScDecisionPane *self,
             ScKpi          *kpi,
             double          target)
{
  ScStore *store = sc_quarterly_review_session_get_store (self->session);

  if (isnan (target))
    return g_strdup ("");
  return sc_format_value (sc_l10n_ui_lang (), sc_kpi_get_unit (kpi),
                          sc_record_get_text (SC_RECORD (sc_store_get_company (store)),
                                              SC_COMPANY_CURRENCY),
                          target, FALSE, FALSE);
}

/* When a new target applies: the next quarter's first entry period. */
static char *
target_hint (ScDecisionPane *self,
             ScKpi          *kpi)
{
  const ScPeriod *next = sc_quarterly_review_session_get_next (self->session);
  g_autofree char *from = NULL;
  ScCalendar cal;
  ScPeriod month;

  if (sc_kpi_get_frequency (kpi) == SC_FREQUENCY_WEEKLY)
    {
      from = sc_format_date_long (sc_l10n_ui_lang (), next->first_week, FALSE);
      /* Translators: "a week, from the week of June 30, 2025". */
      return g_strdup_printf (_("a week, from the week of %s"), from);
    }
  sc_store_get_calendar (sc_quarterly_review_session_get_store (self->session), &cal);
  sc_calendar_period_at (&cal, SC_PERIOD_MONTH, next->first_week, &month);
  from = sc_format_month_year (sc_l10n_ui_lang (), month.year, month.index);
  /* Translators: "a month, from July 2025". */
  return g_strdup_printf (_("a month, from %s"), from);
}

static void
load_fields (ScDecisionPane *self)
{
  ScRecord *item = draft (self);
  ScRecord *r = record (self);
  ScDecision decision = sc_record_get_int (item, SC_DECISION_DECISION);
  ScStore *store = sc_quarterly_review_session_get_store (self->session);
  g_autofree char *target = NULL;
  g_autofree char *hint = NULL;
  ScReviewChange change;

  self->loading = TRUE;
  gtk_toggle_button_set_active (self->keep_button, decision == SC_DECISION_KEEP);
  gtk_toggle_button_set_active (self->modify_button, decision == SC_DECISION_MODIFY);
  gtk_toggle_button_set_active (self->drop_button, decision == SC_DECISION_DROP);
  self->loading = FALSE;
  /* A done action stays done. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->drop_button),
                            !(SC_IS_ACTION (r) &&
                              sc_record_get_int (r, SC_ACTION_STATUS) == SC_ACTION_DONE));

  sc_quarterly_review_get_change (SC_QUARTERLY_DECISION (item), &change);
  gtk_editable_set_text (GTK_EDITABLE (self->reason_entry),
                         sc_record_get_text (item, SC_DECISION_REASON));
  gtk_editable_set_text (GTK_EDITABLE (self->title_entry),
                         change.new_title ? change.new_title : "");
  sc_record_chooser_set_selected_id (self->owner_chooser, change.new_owner_id);
  sc_date_entry_set_day (self->due_entry, change.new_due);
  if (SC_IS_KPI (r))
    {
      target = target_text (self, SC_KPI (r), change.new_target);
      gtk_editable_set_text (GTK_EDITABLE (self->target_entry), target);
      hint = target_hint (self, SC_KPI (r));
      gtk_label_set_label (self->target_hint, hint);
    }
  gtk_label_set_text_with_mnemonic (self->title_title, SC_IS_KPI (r) ? _("New _name")
                                                                     : _("New _wording"));
  sc_date_entry_set_today (self->due_entry, sc_store_get_today (store));
  update_fields (self);
}

/* A finished review: the decision as it was taken. */
static void
show_decided (ScDecisionPane               *self,
              ScQuarterlyReviewContentItem *item)
{
  g_autofree char *reason = NULL;

  gtk_image_set_from_icon_name (self->decided_image, sc_review_ui_decision_icon (item->decision));
  sc_review_ui_set_decision (GTK_WIDGET (self->decided_label), item->decision);
  gtk_label_set_label (self->decided_label, item->decision_label);
  /* Translators: the reason of a decision, "Reason: 8 visits + 20 calls a quarter". */
  reason = *item->reason ? g_strdup_printf (_("Reason: %s"), item->reason) : g_strdup ("");
  gtk_label_set_label (self->decided_reason, reason);
  gtk_widget_set_visible (GTK_WIDGET (self->decided_reason), *item->reason != '\0');
  gtk_label_set_label (self->decided_changes, item->changes);
  gtk_widget_set_visible (GTK_WIDGET (self->decided_changes), *item->changes != '\0');
}

static char *
kind_text (ScDecisionPane               *self,
           ScQuarterlyReviewContentItem *item)
{
  ScRecord *r = record (self);

  if (item->kind == SC_ITEM_KPI)
    return g_strdup (_("Indicator"));
  if (item->kind == SC_ITEM_PRIORITY)
    /* Translators: "Priority objective O1". */
    return g_strdup_printf (_("Priority objective %s"), item->ref);
  /* A finished review closed the actions it carried: say no more. */
  if (sc_quarterly_review_session_get_read_only (self->session))
    /* Translators: "Action A03". */
    return g_strdup_printf (_("Action %s"), item->ref);
  if (r != NULL && sc_plan_action_is_open (SC_ACTION (r)))
    /* Translators: "Open action A03". */
    return g_strdup_printf (_("Open action %s"), item->ref);
  /* Translators: "Finished action A07". */
  return g_strdup_printf (_("Finished action %s"), item->ref);
}

void
sc_decision_pane_show (ScDecisionPane           *self,
                       ScQuarterlyReviewSession *session,
                       guint                     index)
{
  g_autoptr(ScQuarterlyReviewContentItem) item = NULL;
  g_autofree char *kind = NULL;
  gboolean ro;

  g_return_if_fail (SC_IS_DECISION_PANE (self));
  g_return_if_fail (SC_IS_QUARTERLY_REVIEW_SESSION (session));
  g_return_if_fail (index < sc_quarterly_review_session_get_n_items (session));

  g_set_object (&self->session, session);
  self->index = index;
  ro = sc_quarterly_review_session_get_read_only (session);
  item = sc_quarterly_review_session_dup_item (session, index, sc_l10n_ui_lang ());
  kind = kind_text (self, item);

  sc_record_chooser_set_store (self->owner_chooser,
                               sc_quarterly_review_session_get_store (session));
  gtk_label_set_label (self->kind_label, kind);
  gtk_label_set_label (self->title_label, item->title);
  gtk_label_set_label (self->owner_label, item->owner);
  gtk_label_set_label (self->state_label, item->state);
  gtk_widget_set_visible (self->choices_box, !ro);
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), !ro);
  gtk_widget_set_visible (self->fields_grid, !ro);
  gtk_widget_set_visible (self->buttons_box, !ro);
  gtk_widget_set_visible (self->decided_box, ro);
  show_message (self, NULL, NULL);
  if (ro)
    show_decided (self, item);
  else if (record (self) != NULL)
    load_fields (self);
}

guint
sc_decision_pane_get_index (ScDecisionPane *self)
{
  g_return_val_if_fail (SC_IS_DECISION_PANE (self), 0);
  return self->index;
}

void
sc_decision_pane_choose (ScDecisionPane *self,
                         ScDecision      decision)
{
  GtkToggleButton *buttons[] = { NULL, self->keep_button, self->modify_button, self->drop_button };

  g_return_if_fail (SC_IS_DECISION_PANE (self));
  g_return_if_fail (decision <= SC_DECISION_DROP);

  if (decision != SC_DECISION_NONE)
    gtk_toggle_button_set_active (buttons[decision], TRUE);
}

/* What Modify says, read from the fields; FALSE with the field at fault. */
static gboolean
read_change (ScDecisionPane  *self,
             ScReviewChange  *change,
             GtkWidget      **field,
             GError         **error)
{
  ScRecord *r = record (self);

  change->new_owner_id = sc_record_chooser_get_selected_id (self->owner_chooser);
  change->new_title = gtk_editable_get_text (GTK_EDITABLE (self->title_entry));
  if (SC_IS_KPI (r) &&
      !sc_kpi_editing_parse_target (SC_KPI (r), sc_l10n_ui_lang (),
                                    gtk_editable_get_text (GTK_EDITABLE (self->target_entry)),
                                    &change->new_target, error))
    {
      *field = GTK_WIDGET (self->target_entry);
      return FALSE;
    }
  if (SC_IS_ACTION (r) && !sc_date_entry_parse (self->due_entry, &change->new_due, error))
    {
      if (!g_error_matches (*error, SC_PARSE_ERROR, SC_PARSE_ERROR_EMPTY))
        {
          *field = GTK_WIDGET (self->due_entry);
          return FALSE;
        }
      g_clear_error (error);
      change->new_due = SC_DAY_NONE;
    }
  return TRUE;
}

static GtkWidget *
field_of_error (ScDecisionPane *self,
                const GError   *error)
{
  ScRecord *r = record (self);

  if (error->domain != SC_QUARTERLY_REVIEW_ERROR)
    return self->choices_box;
  switch (error->code)
    {
    case SC_QUARTERLY_REVIEW_ERROR_NO_REASON:
      return GTK_WIDGET (self->reason_entry);
    case SC_QUARTERLY_REVIEW_ERROR_OWNER:
      return chosen (self) == SC_DECISION_MODIFY ? GTK_WIDGET (self->owner_chooser)
                                                 : self->choices_box;
    case SC_QUARTERLY_REVIEW_ERROR_NO_CHANGE:
      if (SC_IS_ACTION (r) && !sc_plan_action_is_open (SC_ACTION (r)))
        return GTK_WIDGET (self->due_entry);
      return SC_IS_KPI (r) ? GTK_WIDGET (self->target_entry) : GTK_WIDGET (self->title_entry);
    case SC_QUARTERLY_REVIEW_ERROR_NOT_ALLOWED:
      return SC_IS_KPI (r) ? GTK_WIDGET (self->target_entry) : self->choices_box;
    default:
      return self->choices_box;
    }
}

gboolean
sc_decision_pane_record (ScDecisionPane *self)
{
  g_autoptr(GError) error = NULL;
  ScReviewChange change = SC_REVIEW_CHANGE_INIT;
  ScDecision decision;
  GtkWidget *field = NULL;
  const char *reason;

  g_return_val_if_fail (SC_IS_DECISION_PANE (self), FALSE);

  if (self->session == NULL || sc_quarterly_review_session_get_read_only (self->session))
    return FALSE;
  decision = chosen (self);
  if (decision == SC_DECISION_NONE &&
      sc_quarterly_review_session_is_required (self->session, self->index))
    {
      show_message (self, self->choices_box, _("Choose Keep, Modify or Drop."));
      return FALSE;
    }
  if (decision == SC_DECISION_MODIFY && !read_change (self, &change, &field, &error))
    {
      show_message (self, field, error->message);
      return FALSE;
    }
  reason = gtk_editable_get_text (GTK_EDITABLE (self->reason_entry));
  if (!sc_quarterly_review_session_decide (self->session, self->index, decision, reason,
                                           &change, &error))
    {
      show_message (self, field_of_error (self, error), error->message);
      return FALSE;
    }
  show_message (self, NULL, NULL);
  g_signal_emit (self, signals[RECORDED], 0);
  return TRUE;
}

static void
sc_decision_pane_record_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *param)
{
  sc_decision_pane_record (SC_DECISION_PANE (widget));
}

static void
sc_decision_pane_dispose (GObject *object)
{
  ScDecisionPane *self = SC_DECISION_PANE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_DECISION_PANE);
  /* The template's root has no id: dispose_template leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (sc_decision_pane_parent_class)->dispose (object);
}

static void
sc_decision_pane_class_init (ScDecisionPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_decision_pane_dispose;

  /* The decision is in the session: the view moves on. */
  signals[RECORDED] = g_signal_new ("recorded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (SC_TYPE_RECORD_CHOOSER);
  g_type_ensure (SC_TYPE_DATE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-decision-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, ScDecisionPane, kind_label);
  gtk_widget_class_bind_template_child (widget_class, ScDecisionPane, title_label);
  gtk_widget_class_bind_template_child (widget_class, ScDecisionPane, owner_label);
  gtk_widget_class_bind_template_child (widget_class, ScDecisionPane, state_label);
  gtk_widget_class_bind_template_child (widget_class, ScDecisionPane, choices_box);
  gtk_widget_class_bind_template_child (widget_class, ScDecisionPane, keep_button);
  gtk_widget_class_bind_template_child (widget_class, ScDecisionPane, modify_button);
  gtk_widget_class_bind_template_child (widget_class, ScDecisionPane, drop_button);
  gtk_widget_class_bind_template_child (widget_class, ScDecisionPane, hint_label);
  gtk_widget_class_bind_template_child (widget_class, ScDecisionPane, fields_grid);
  gtk_widget_class_bind_template_child (widget_class, ScDecisionPane, reason_entry);
  gtk_widget_class_bind_template_child (widget_class, ScDecisionPane, target_title);
  gtk_widget_class_bind_template_child (widget_class, ScDecisionPane, target_entry);
  gtk_widget_class_bind_template_child (widget_class, ScDecisionPane, target_hint);
  gtk_widget_class_bind_template_child (widget_class, ScDecisionPane, title_title);
  gtk_widget_class_bind_template_child (widget_class, ScDecisionPane, title_entry);
  gtk_widget_class_bind_template_child (widget_class, ScDecisionPane, owner_title);
  gtk_widget_class_bind_template_child (widget_class, ScDecisionPane, owner_chooser);
  gtk_widget_class_bind_template_child (widget_class, ScDecisionPane, due_title);
  gtk_widget_class_bind_template_child (widget_class, ScDecisionPane, due_entry);
  gtk_widget_class_bind_template_child (widget_class, ScDecisionPane, message_label);
  gtk_widget_class_bind_template_child (widget_class, ScDecisionPane, decided_box);
  gtk_widget_class_bind_template_child (widget_class, ScDecisionPane, decided_image);
  gtk_widget_class_bind_template_child (widget_class, ScDecisionPane, decided_label);
  gtk_widget_class_bind_template_child (widget_class, ScDecisionPane, decided_reason);
  gtk_widget_class_bind_template_child (widget_class, ScDecisionPane, decided_changes);
  gtk_widget_class_bind_template_child (widget_class, ScDecisionPane, buttons_box);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_reason_activate_cb);

  gtk_widget_class_install_action (widget_class, "decision.record", NULL,
                                   sc_decision_pane_record_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "decisionpane");
}

static void
sc_decision_pane_init (ScDecisionPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkEditable *
sc_decision_pane_get_reason (ScDecisionPane *self)
{
  g_return_val_if_fail (SC_IS_DECISION_PANE (self), NULL);
  return GTK_EDITABLE (self->reason_entry);
}

GtkEditable *
sc_decision_pane_get_title_entry (ScDecisionPane *self)
{
  g_return_val_if_fail (SC_IS_DECISION_PANE (self), NULL);
  return GTK_EDITABLE (self->title_entry);
}

GtkEditable *
sc_decision_pane_get_target_entry (ScDecisionPane *self)
{
  g_return_val_if_fail (SC_IS_DECISION_PANE (self), NULL);
  return GTK_EDITABLE (self->target_entry);
}

ScRecordChooser *
sc_decision_pane_get_owner_chooser (ScDecisionPane *self)
{
  g_return_val_if_fail (SC_IS_DECISION_PANE (self), NULL);
  return self->owner_chooser;
}

ScDateEntry *
sc_decision_pane_get_due_entry (ScDecisionPane *self)
{
  g_return_val_if_fail (SC_IS_DECISION_PANE (self), NULL);
  return self->due_entry;
}

const char *
sc_decision_pane_get_message (ScDecisionPane *self)
{
  g_return_val_if_fail (SC_IS_DECISION_PANE (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->message_label))
         ? gtk_label_get_label (self->message_label) : NULL;
}

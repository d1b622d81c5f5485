/* sc-variance-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-variance-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-l10n.h"
#include "sc-parse.h"
#include "sc-plan-ui.h"
#include "sc-review-ui.h"
#include "sc-variance-row.h"

struct _ScVarianceRow
{
  GtkListBoxRow           parent_instance;

  ScMonthlyReviewSession *session;
  guint                   index;
  gboolean                asks;

  /* Template children */
  GtkLabel               *name_label;
  GtkLabel               *owner_label;
  GtkLabel               *target_label;
  GtkLabel               *actual_label;
  GtkWidget              *provisional_label;
  GtkLabel               *variance_label;
  GtkLabel               *variance_word_label;
  GtkLabel               *ytd_label;
  GtkLabel               *ytd_detail_label;
  GtkLabel               *pace_label;
  GtkLabel               *pace_detail_label;
  GtkWidget              *status_chip;
  GtkImage               *status_image;
  GtkLabel               *status_label;
  GtkWidget              *followup_grid;
  GtkEntry               *cause_entry;
  GtkLabel               *cause_text;
  GtkLabel               *cause_title;
  GtkEntry               *countermeasure_entry;
  GtkLabel               *countermeasure_text;
  GtkWidget              *action_title;
  ScRecordChooser        *owner_chooser;
  ScDateEntry            *due_entry;
  GtkWidget              *make_button;
  GtkWidget              *action_box;
  GtkLabel               *action_label;
  GtkWidget              *remove_button;
  GtkLabel               *message_label;
  GtkLabel               *changed_label;
};

G_DEFINE_FINAL_TYPE (ScVarianceRow, sc_variance_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const ScVarianceLine *
line (ScVarianceRow *self)
{
  return sc_monthly_review_session_get_line (self->session, self->index);
}

static gboolean
read_only (ScVarianceRow *self)
{
  return sc_monthly_review_session_get_read_only (self->session);
}

/* The message under the fields, and which field it is about. */
static void
show_message (ScVarianceRow *self,
              GtkWidget     *field,
              const char    *text)
{
  GtkWidget *fields[] = {
    GTK_WIDGET (self->cause_entry), GTK_WIDGET (self->countermeasure_entry),
    GTK_WIDGET (self->owner_chooser), GTK_WIDGET (self->due_entry),
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i] != field)
      sc_plan_ui_field_error (fields[i], NULL, NULL);
  if (field != NULL)
    sc_plan_ui_field_error (field, self->message_label, text);
  else
    {
      gtk_label_set_label (self->message_label, text ? text : "");
      gtk_widget_set_visible (GTK_WIDGET (self->message_label), text != NULL);
    }
}

/* The action made of the countermeasure, or the fields to make one. */
static void
update_action (ScVarianceRow *self)
{
  ScAction *action = line (self)->action;
  gboolean ro = read_only (self);
  g_autofree char *text = NULL;

  text = sc_monthly_review_describe_action (sc_monthly_review_session_get_store (self->session),
                                            action, sc_l10n_ui_lang ());
  gtk_label_set_label (self->action_label, text);
  gtk_widget_set_visible (self->action_box, action != NULL);
  gtk_widget_set_visible (self->remove_button, !ro);
  gtk_widget_set_visible (GTK_WIDGET (self->owner_chooser), !ro && action == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->due_entry), !ro && action == NULL);
  gtk_widget_set_visible (self->make_button, !ro && action == NULL);
  gtk_widget_set_visible (self->action_title, !ro || action != NULL);
}

static void
show_figures (ScVarianceRow                    *self,
              const ScMonthlyReviewContentLine *text)
{
  g_autofree char *variance = NULL;
  g_autofree char *ytd_detail = NULL;

  gtk_label_set_label (self->name_label, text->name);
  gtk_label_set_label (self->owner_label, text->owner);
  gtk_label_set_label (self->target_label, text->target);
  gtk_label_set_label (self->actual_label, text->actual);
  gtk_widget_set_visible (self->provisional_label, text->provisional);
  /* Translators: a variance in units and in percent, "+$30K · +5.0%". */
  variance = text->has_variance ? g_strdup_printf (_("%s · %s"), text->variance,
                                                   text->variance_percent)
                                : g_strdup ("—");
  gtk_label_set_label (self->variance_label, variance);
  gtk_label_set_label (self->variance_word_label, text->variance_word);
  sc_review_ui_set_variance (GTK_WIDGET (self->variance_word_label), text->has_variance,
                             text->favourable);
  gtk_label_set_label (self->ytd_label, text->ytd_actual);
  /* Translators: the target to date and the variance: "of $2,890K · +9.0%". */
  ytd_detail = g_strdup_printf (_("of %s · %s"), text->ytd_target, text->ytd_variance);
  gtk_label_set_label (self->ytd_detail_label, ytd_detail);
  gtk_label_set_label (self->pace_label, text->pace);
  gtk_label_set_label (self->pace_detail_label, text->pace_detail);
  sc_review_ui_set_status (self->status_chip, self->status_image, self->status_label,
                           text->status);
  gtk_label_set_label (self->changed_label, text->changed ? text->changed : "");
  gtk_widget_set_visible (GTK_WIDGET (self->changed_label), text->changed != NULL);
}

static void
show_followup (ScVarianceRow *self)
{
  const ScVarianceLine *l = line (self);
  gboolean ro = read_only (self);
  gboolean written = *l->cause != '\0' || *l->countermeasure != '\0' || l->action != NULL;

  self->asks = l->month.status == SC_STATUS_OFF_TARGET || l->month.status == SC_STATUS_WATCH;
  gtk_widget_set_visible (self->followup_grid, ro ? written : self->asks);
  gtk_editable_set_text (GTK_EDITABLE (self->cause_entry), l->cause);
  gtk_editable_set_text (GTK_EDITABLE (self->countermeasure_entry), l->countermeasure);
  gtk_label_set_label (self->cause_text, l->cause);
  gtk_label_set_label (self->countermeasure_text, l->countermeasure);
  gtk_widget_set_visible (GTK_WIDGET (self->cause_entry), !ro);
  gtk_widget_set_visible (GTK_WIDGET (self->countermeasure_entry), !ro);
  gtk_widget_set_visible (GTK_WIDGET (self->cause_text), ro);
  gtk_widget_set_visible (GTK_WIDGET (self->countermeasure_text), ro);
  /* Off target: both are required; to watch, they are welcome. */
  if (!ro && l->month.status == SC_STATUS_OFF_TARGET)
    {
      gtk_entry_set_placeholder_text (self->cause_entry, _("Required: what caused the variance?"));
      gtk_entry_set_placeholder_text (self->countermeasure_entry,
                                      _("Required: what will be done about it?"));
    }
  update_action (self);
}

static void
on_cause_changed_cb (ScVarianceRow *self,
                     GtkEditable   *editable)
{
  if (read_only (self))
    return;
  sc_monthly_review_session_set_cause (self->session, self->index,
                                       gtk_editable_get_text (editable));
  show_message (self, NULL, NULL);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_countermeasure_changed_cb (ScVarianceRow *self,
                              GtkEditable   *editable)
{
  if (read_only (self))
    return;
  sc_monthly_review_session_set_countermeasure (self->session, self->index,
                                                gtk_editable_get_text (editable));
  show_message (self, NULL, NULL);
  update_action (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static GtkWidget *
field_of_error (ScVarianceRow *self,
                const GError  *error)
{
  if (g_error_matches (error, SC_PLAN_ERROR, SC_PLAN_ERROR_NO_OWNER) ||
      g_error_matches (error, SC_PLAN_ERROR, SC_PLAN_ERROR_INACTIVE_OWNER))
    return GTK_WIDGET (self->owner_chooser);
  if (g_error_matches (error, SC_PLAN_ERROR, SC_PLAN_ERROR_NO_DUE) ||
      error->domain == SC_PARSE_ERROR)
    return GTK_WIDGET (self->due_entry);
  if (g_error_matches (error, SC_PLAN_ERROR, SC_PLAN_ERROR_NO_TITLE) ||
      g_error_matches (error, SC_MONTHLY_REVIEW_ERROR, SC_MONTHLY_REVIEW_ERROR_NO_COUNTERMEASURE))
    return GTK_WIDGET (self->countermeasure_entry);
  return NULL;
}

static void
sc_variance_row_make_action_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *param)
{
  ScVarianceRow *self = SC_VARIANCE_ROW (widget);
  g_autoptr(GError) error = NULL;
  ScDay due = SC_DAY_NONE;
  gint64 owner;

  /* An empty date is the plan's "give a due date", said at the field. */
  if (!sc_date_entry_parse (self->due_entry, &due, &error) &&
      !g_error_matches (error, SC_PARSE_ERROR, SC_PARSE_ERROR_EMPTY))
    {
      show_message (self, field_of_error (self, error), error->message);
      return;
    }
  g_clear_error (&error);

  owner = sc_record_chooser_get_selected_id (self->owner_chooser);
  if (sc_monthly_review_session_make_action (self->session, self->index, owner, due,
                                             &error) == NULL)
    {
      show_message (self, field_of_error (self, error), error->message);
      return;
    }
  show_message (self, NULL, NULL);
  update_action (self);
  gtk_widget_grab_focus (self->remove_button);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
sc_variance_row_remove_action_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *param)
{
  ScVarianceRow *self = SC_VARIANCE_ROW (widget);

  sc_monthly_review_session_remove_action (self->session, self->index);
  update_action (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->owner_chooser));
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_due_activate_cb (ScVarianceRow *self,
                    ScDateEntry   *entry)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "variance.make-action", NULL);
}

static void
sc_variance_row_dispose (GObject *object)
{
  ScVarianceRow *self = SC_VARIANCE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_VARIANCE_ROW);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (sc_variance_row_parent_class)->dispose (object);
}

static void
sc_variance_row_class_init (ScVarianceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_variance_row_dispose;

  /* Something typed or an action made: the review's state may change. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (SC_TYPE_RECORD_CHOOSER);
  g_type_ensure (SC_TYPE_DATE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-variance-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ScVarianceRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, ScVarianceRow, owner_label);
  gtk_widget_class_bind_template_child (widget_class, ScVarianceRow, target_label);
  gtk_widget_class_bind_template_child (widget_class, ScVarianceRow, actual_label);
  gtk_widget_class_bind_template_child (widget_class, ScVarianceRow, provisional_label);
  gtk_widget_class_bind_template_child (widget_class, ScVarianceRow, variance_label);
  gtk_widget_class_bind_template_child (widget_class, ScVarianceRow, variance_word_label);
  gtk_widget_class_bind_template_child (widget_class, ScVarianceRow, ytd_label);
  gtk_widget_class_bind_template_child (widget_class, ScVarianceRow, ytd_detail_label);
  gtk_widget_class_bind_template_child (widget_class, ScVarianceRow, pace_label);
  gtk_widget_class_bind_template_child (widget_class, ScVarianceRow, pace_detail_label);
  gtk_widget_class_bind_template_child (widget_class, ScVarianceRow, status_chip);
  gtk_widget_class_bind_template_child (widget_class, ScVarianceRow, status_image);
  gtk_widget_class_bind_template_child (widget_class, ScVarianceRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, ScVarianceRow, followup_grid);
  gtk_widget_class_bind_template_child (widget_class, ScVarianceRow, cause_entry);
  gtk_widget_class_bind_template_child (widget_class, ScVarianceRow, cause_text);
  gtk_widget_class_bind_template_child (widget_class, ScVarianceRow, cause_title);
  gtk_widget_class_bind_template_child (widget_class, ScVarianceRow, countermeasure_entry);
  gtk_widget_class_bind_template_child (widget_class, ScVarianceRow, countermeasure_text);
  gtk_widget_class_bind_template_child (widget_class, ScVarianceRow, action_title);
  gtk_widget_class_bind_template_child (widget_class, ScVarianceRow, owner_chooser);
  gtk_widget_class_bind_template_child (widget_class, ScVarianceRow, due_entry);
  gtk_widget_class_bind_template_child (widget_class, ScVarianceRow, make_button);
  gtk_widget_class_bind_template_child (widget_class, ScVarianceRow, action_box);
  gtk_widget_class_bind_template_child (widget_class, ScVarianceRow, action_label);
  gtk_widget_class_bind_template_child (widget_class, ScVarianceRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, ScVarianceRow, message_label);
  gtk_widget_class_bind_template_child (widget_class, ScVarianceRow, changed_label);
  gtk_widget_class_bind_template_callback (widget_class, on_cause_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_countermeasure_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_due_activate_cb);

  gtk_widget_class_install_action (widget_class, "variance.make-action", NULL,
                                   sc_variance_row_make_action_action);
  gtk_widget_class_install_action (widget_class, "variance.remove-action", NULL,
                                   sc_variance_row_remove_action_action);
}

static void
sc_variance_row_init (ScVarianceRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

ScVarianceRow *
sc_variance_row_new (ScMonthlyReviewSession           *session,
                     guint                             index,
                     const ScMonthlyReviewContentLine *text)
{
  ScVarianceRow *self;
  ScStore *store;
  g_autofree char *name = NULL;

  g_return_val_if_fail (SC_IS_MONTHLY_REVIEW_SESSION (session), NULL);
  g_return_val_if_fail (index < sc_monthly_review_session_get_n_lines (session), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  self = g_object_new (SC_TYPE_VARIANCE_ROW, NULL);
  self->session = g_object_ref (session);
  self->index = index;
  store = sc_monthly_review_session_get_store (session);
  sc_record_chooser_set_store (self->owner_chooser, store);
  sc_date_entry_set_today (self->due_entry, sc_store_get_today (store));
  /* The KPI's owner is the likely owner of its countermeasure. */
  sc_record_chooser_set_selected_id (self->owner_chooser,
                                     sc_record_get_ref (SC_RECORD (line (self)->kpi),
                                                        SC_KPI_OWNER_ID));
  show_figures (self, text);
  show_followup (self);

  /* Translators: the accessible name of a review row: "Gross margin, Off target". */
  name = g_strdup_printf (_("%s, %s"), text->name, text->status_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return self;
}

guint
sc_variance_row_get_index (ScVarianceRow *self)
{
  g_return_val_if_fail (SC_IS_VARIANCE_ROW (self), 0);
  return self->index;
}

gboolean
sc_variance_row_asks_followup (ScVarianceRow *self)
{
  g_return_val_if_fail (SC_IS_VARIANCE_ROW (self), FALSE);
  return self->asks;
}

void
sc_variance_row_focus_missing (ScVarianceRow *self)
{
  const ScVarianceLine *l;

  g_return_if_fail (SC_IS_VARIANCE_ROW (self));

  l = line (self);
  if (*l->cause == '\0')
    sc_plan_ui_field_error (GTK_WIDGET (self->cause_entry), self->message_label,
                            _("Say what caused the variance."));
  else
    sc_plan_ui_field_error (GTK_WIDGET (self->countermeasure_entry), self->message_label,
                            _("Say what will be done about it."));
  gtk_widget_grab_focus (*l->cause == '\0' ? GTK_WIDGET (self->cause_entry)
                                           : GTK_WIDGET (self->countermeasure_entry));
}

GtkEditable *
sc_variance_row_get_cause (ScVarianceRow *self)
{
  g_return_val_if_fail (SC_IS_VARIANCE_ROW (self), NULL);
  return GTK_EDITABLE (self->cause_entry);
}

GtkEditable *
sc_variance_row_get_countermeasure (ScVarianceRow *self)
{
  g_return_val_if_fail (SC_IS_VARIANCE_ROW (self), NULL);
  return GTK_EDITABLE (self->countermeasure_entry);
}

ScRecordChooser *
sc_variance_row_get_owner_chooser (ScVarianceRow *self)
{
  g_return_val_if_fail (SC_IS_VARIANCE_ROW (self), NULL);
  return self->owner_chooser;
}

ScDateEntry *
sc_variance_row_get_due_entry (ScVarianceRow *self)
{
  g_return_val_if_fail (SC_IS_VARIANCE_ROW (self), NULL);
  return self->due_entry;
}

const char *
sc_variance_row_get_message (ScVarianceRow *self)
{
  g_return_val_if_fail (SC_IS_VARIANCE_ROW (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->message_label))
         ? gtk_label_get_label (self->message_label) : NULL;
}

const char *
sc_variance_row_get_action_text (ScVarianceRow *self)
{
  g_return_val_if_fail (SC_IS_VARIANCE_ROW (self), NULL);
  return gtk_widget_get_visible (self->action_box) ? gtk_label_get_label (self->action_label)
                                                   : NULL;
}

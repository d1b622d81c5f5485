/* sc-cadence-card.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-cadence-card"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-cadence-card.h"
#include "sc-cadence-ui.h"
#include "sc-format.h"
#include "sc-l10n.h"

typedef struct
{
  GtkLabel *title;
  GtkLabel *value;
  GtkImage *icon;
  GtkLabel *caption;
} Metric;

struct _ScCadenceCard
{
  GtkWidget    parent_instance;

  ScStore     *store;
  guint        refresh_id;

  /* Template children */
  GtkWidget   *start_button;
  GtkRevealer *reminder_revealer;
  GtkLabel    *reminder_label;
  Metric       meetings;
  Metric       length;
  Metric       ontime;
  Metric       missing;
  GtkWidget   *missing_button;
  GtkImage    *monthly_icon;
  GtkLabel    *monthly_label;
  GtkImage    *quarterly_icon;
  GtkLabel    *quarterly_label;
};

G_DEFINE_FINAL_TYPE (ScCadenceCard, sc_cadence_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_metric (Metric     *metric,
            const char *value,
            ScStatus    status,
            const char *caption)
{
  gtk_label_set_label (metric->value, value);
  sc_cadence_ui_set_status (metric->icon, status);
  /* Nothing to judge yet ("—"): no icon. */
  gtk_widget_set_visible (GTK_WIDGET (metric->icon), status != SC_STATUS_NONE);
  gtk_label_set_label (metric->caption, caption);
}

static void
show_meetings (ScCadenceCard         *self,
               const ScCadenceHealth *health)
{
  g_autofree char *value = NULL;
  g_autofree char *caption = NULL;
  ScStatus status = SC_STATUS_OFF_TARGET;

  if (health->n_held >= health->n_expected)
    status = SC_STATUS_ON_TARGET;
  else if (health->n_held * 4 >= health->n_expected * 3)
    status = SC_STATUS_WATCH;

  /* Translators: weeks with a meeting out of the weeks expected, "9 of 11". */
  value = g_strdup_printf (_("%u of %u"), health->n_held, health->n_expected);
  if (health->n_shutdown > 0)
    caption = g_strdup_printf (ngettext ("weeks with a meeting; %u shutdown week not counted",
                                         "weeks with a meeting; %u shutdown weeks not counted",
                                         health->n_shutdown), health->n_shutdown);
  else
    caption = g_strdup (_("weeks with a meeting"));
  set_metric (&self->meetings, value, status, caption);
}

static void
show_length (ScCadenceCard         *self,
             const ScCadenceHealth *health)
{
  ScLang lang = sc_l10n_ui_lang ();
  gint64 planned = health->planned_minutes * 60;
  g_autofree char *plan = sc_format_minutes (lang, health->planned_minutes);
  g_autofree char *value = NULL;
  g_autofree char *caption = NULL;
  ScStatus status = SC_STATUS_ON_TARGET;

  if (health->n_meetings == 0)
    {
      /* Translators: no meeting held, "30 min planned". */
      caption = g_strdup_printf (_("no meeting held yet; %s planned"), plan);
      set_metric (&self->length, "—", SC_STATUS_NONE, caption);
      return;
    }

  value = sc_format_minutes (lang, (int) ((health->average_duration + 30) / 60));
  if (health->average_duration > planned + 60)
    {
      g_autofree char *over = sc_format_minutes (lang, (int) ((health->average_duration - planned + 30) / 60));

      status = health->average_duration > planned * 6 / 5 ? SC_STATUS_OFF_TARGET : SC_STATUS_WATCH;
      /* Translators: "on average, 3 min over the 30 min planned". */
      caption = g_strdup_printf (_("on average, %s over the %s planned"), over, plan);
    }
  else
    /* Translators: "on average, for 30 min planned". */
    caption = g_strdup_printf (_("on average, for %s planned"), plan);
  set_metric (&self->length, value, status, caption);
}

static void
show_on_time (ScCadenceCard         *self,
              const ScCadenceHealth *health)
{
  int percent = sc_cadence_on_time_percent (health);
  g_autofree char *value = NULL;
  g_autofree char *caption = NULL;
  ScStatus status = SC_STATUS_OFF_TARGET;

  if (percent < 0)
    {
      set_metric (&self->ontime, "—", SC_STATUS_NONE,
                  _("no action was due in these weeks"));
      return;
    }
  if (percent >= 80)
    status = SC_STATUS_ON_TARGET;
  else if (percent >= 60)
    status = SC_STATUS_WATCH;
  value = sc_format_percent (sc_l10n_ui_lang (), percent, 0);
  /* Translators: "6 of 9 actions due were done on time". */
  caption = g_strdup_printf (ngettext ("%u of %u action due was done on time",
                                       "%u of %u actions due were done on time",
                                       health->actions_due),
                             health->actions_on_time, health->actions_due);
  set_metric (&self->ontime, value, status, caption);
}

static void
show_missing (ScCadenceCard         *self,
              const ScCadenceHealth *health)
{
  g_autofree char *value = g_strdup_printf ("%u", health->missing_figures);

  set_metric (&self->missing, value,
              health->missing_figures ? SC_STATUS_OFF_TARGET : SC_STATUS_ON_TARGET,
              health->missing_figures ? _("figures missing for past weeks")
                                      : _("every figure of past weeks is in"));
  gtk_widget_set_visible (self->missing_button, health->missing_figures > 0 &&
                          !sc_store_get_read_only (self->store));
}

static void
show_reviews (ScCadenceCard         *self,
              const ScCadenceHealth *health)
{
  g_autofree char *monthly = sc_cadence_ui_review_text (self->store, &health->monthly, FALSE);
  g_autofree char *quarterly = sc_cadence_ui_review_text (self->store, &health->quarterly, TRUE);

  gtk_label_set_label (self->monthly_label, monthly);
  sc_cadence_ui_set_status (self->monthly_icon, sc_cadence_ui_review_status (&health->monthly));
  gtk_label_set_label (self->quarterly_label, quarterly);
  sc_cadence_ui_set_status (self->quarterly_icon,
                            sc_cadence_ui_review_status (&health->quarterly));
}

void
sc_cadence_card_refresh (ScCadenceCard *self)
{
  ScCadenceHealth health;
  ScDay today;
  gboolean meeting_due;

  g_return_if_fail (SC_IS_CADENCE_CARD (self));

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->store == NULL)
    return;

  today = sc_store_get_today (self->store);
  sc_cadence_health (self->store, today, &health);
  show_meetings (self, &health);
  show_length (self, &health);
  show_on_time (self, &health);
  show_missing (self, &health);
  show_reviews (self, &health);

  meeting_due = (sc_cadence_reminders (self->store, today, &health) & SC_REMINDER_MEETING) != 0;
  if (meeting_due)
    {
      g_autofree char *text = sc_cadence_ui_reminder_text (self->store, SC_REMINDER_MEETING,
                                                           &health);

      gtk_label_set_label (self->reminder_label, text);
    }
  gtk_revealer_set_reveal_child (self->reminder_revealer, meeting_due);
  if (meeting_due)
    gtk_widget_add_css_class (self->start_button, "suggested-action");
  else
    gtk_widget_remove_css_class (self->start_button, "suggested-action");
}

static gboolean
refresh_idle_cb (gpointer data)
{
  ScCadenceCard *self = data;

  self->refresh_id = 0;
  sc_cadence_card_refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (ScCadenceCard     *self,
                     const ScTableInfo *table,
                     gint64             id,
                     ScStore           *store)
{
  /* A meeting writes many rows in one transaction: refresh once. */
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_idle_cb, self);
}

static void
sc_cadence_card_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ScCadenceCard *self = SC_CADENCE_CARD (object);

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
sc_cadence_card_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_STORE:
      sc_cadence_card_set_store (SC_CADENCE_CARD (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_cadence_card_dispose (GObject *object)
{
  ScCadenceCard *self = SC_CADENCE_CARD (object);
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->store != NULL)
    sc_cadence_card_set_store (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_CADENCE_CARD);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (sc_cadence_card_parent_class)->dispose (object);
}

#define BIND_METRIC(name)                                                              \
  G_STMT_START {                                                                        \
    gtk_widget_class_bind_template_child_full (widget_class, #name "_title", FALSE,    \
                                               G_STRUCT_OFFSET (ScCadenceCard, name.title)); \
    gtk_widget_class_bind_template_child_full (widget_class, #name "_value", FALSE,    \
                                               G_STRUCT_OFFSET (ScCadenceCard, name.value)); \
    gtk_widget_class_bind_template_child_full (widget_class, #name "_icon", FALSE,     \
                                               G_STRUCT_OFFSET (ScCadenceCard, name.icon)); \
    gtk_widget_class_bind_template_child_full (widget_class, #name "_caption", FALSE,  \
                                               G_STRUCT_OFFSET (ScCadenceCard, name.caption)); \
  } G_STMT_END

static void
sc_cadence_card_class_init (ScCadenceCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sc_cadence_card_get_property;
  object_class->set_property = sc_cadence_card_set_property;
  object_class->dispose = sc_cadence_card_dispose;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SC_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-cadence-card.ui");
  gtk_widget_class_bind_template_child (widget_class, ScCadenceCard, start_button);
  gtk_widget_class_bind_template_child (widget_class, ScCadenceCard, reminder_revealer);
  gtk_widget_class_bind_template_child (widget_class, ScCadenceCard, reminder_label);
  BIND_METRIC (meetings);
  BIND_METRIC (length);
  BIND_METRIC (ontime);
  BIND_METRIC (missing);
  gtk_widget_class_bind_template_child (widget_class, ScCadenceCard, missing_button);
  gtk_widget_class_bind_template_child (widget_class, ScCadenceCard, monthly_icon);
  gtk_widget_class_bind_template_child (widget_class, ScCadenceCard, monthly_label);
  gtk_widget_class_bind_template_child (widget_class, ScCadenceCard, quarterly_icon);
  gtk_widget_class_bind_template_child (widget_class, ScCadenceCard, quarterly_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cadencecard");
}

static void
sc_cadence_card_init (ScCadenceCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_label_set_label (self->meetings.title, _("Meetings held"));
  gtk_label_set_label (self->length.title, _("Average length"));
  gtk_label_set_label (self->ontime.title, _("Actions done on time"));
  gtk_label_set_label (self->missing.title, _("Figures missing"));
}

ScCadenceCard *
sc_cadence_card_new (void)
{
  return g_object_new (SC_TYPE_CADENCE_CARD, NULL);
}

void
sc_cadence_card_set_store (ScCadenceCard *self,
                           ScStore       *store)
{
  g_return_if_fail (SC_IS_CADENCE_CARD (self));
  g_return_if_fail (store == NULL || SC_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                             G_CONNECT_SWAPPED);
  sc_cadence_card_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

ScStore *
sc_cadence_card_get_store (ScCadenceCard *self)
{
  g_return_val_if_fail (SC_IS_CADENCE_CARD (self), NULL);
  return self->store;
}

const char *
sc_cadence_card_get_text (ScCadenceCard  *self,
                          ScCadenceField  field)
{
  g_return_val_if_fail (SC_IS_CADENCE_CARD (self), NULL);

  switch (field)
    {
    case SC_CADENCE_MEETINGS:
      return gtk_label_get_label (self->meetings.value);
    case SC_CADENCE_LENGTH:
      return gtk_label_get_label (self->length.value);
    case SC_CADENCE_ON_TIME:
      return gtk_label_get_label (self->ontime.value);
    case SC_CADENCE_MISSING:
      return gtk_label_get_label (self->missing.value);
    case SC_CADENCE_MONTHLY:
      return gtk_label_get_label (self->monthly_label);
    case SC_CADENCE_QUARTERLY:
      return gtk_label_get_label (self->quarterly_label);
    case SC_CADENCE_REMINDER:
    default:
      return gtk_revealer_get_reveal_child (self->reminder_revealer)
             ? gtk_label_get_label (self->reminder_label) : NULL;
    }
}

/* sc-date-entry.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-date-entry"

#include "config.h"

#include "sc-calendar.h"
#include "sc-date-entry.h"
#include "sc-l10n.h"
#include "sc-parse.h"

struct _ScDateEntry
{
  GtkWidget    parent_instance;

  ScDay        today;
  ScDay        day;
  gboolean     picking;

  /* Template children */
  GtkEntry    *entry;
  GtkMenuButton *calendar_button;
  GtkPopover  *calendar_popover;
  GtkCalendar *calendar;
};

G_DEFINE_FINAL_TYPE (ScDateEntry, sc_date_entry, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DAY,
  N_PROPS
};

enum {
  ACTIVATE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GDateTime *
day_to_date_time (ScDay day)
{
  int y, m, d;

  if (!sc_day_to_ymd (day, &y, &m, &d))
    return NULL;
  return g_date_time_new_local (y, m, d, 12, 0, 0);
}

static void
on_entry_changed_cb (ScDateEntry *self)
{
  ScDay day = SC_DAY_NONE;

  if (!sc_date_entry_parse (self, &day, NULL))
    day = SC_DAY_NONE;
  if (day == self->day)
    return;
  self->day = day;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAY]);
}

static void
on_entry_activate_cb (ScDateEntry *self)
{
  g_signal_emit (self, signals[ACTIVATE], 0);
}

static void
on_popover_show_cb (ScDateEntry *self)
{
  g_autoptr(GDateTime) shown = day_to_date_time (self->day ? self->day : self->today);

  if (shown == NULL)
    return;
  self->picking = TRUE;
  gtk_calendar_select_day (self->calendar, shown);
  self->picking = FALSE;
}

static void
on_calendar_day_selected_cb (ScDateEntry *self)
{
  g_autoptr(GDateTime) picked = NULL;

  if (self->picking)
    return;

  picked = gtk_calendar_get_date (self->calendar);
  sc_date_entry_set_day (self, sc_day_from_ymd (g_date_time_get_year (picked),
                                                g_date_time_get_month (picked),
                                                g_date_time_get_day_of_month (picked)));
  gtk_popover_popdown (self->calendar_popover);
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

static gboolean
sc_date_entry_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (SC_DATE_ENTRY (widget)->entry));
}

static gboolean
sc_date_entry_mnemonic_activate (GtkWidget *widget,
                                 gboolean   group_cycling)
{
  return gtk_widget_grab_focus (GTK_WIDGET (SC_DATE_ENTRY (widget)->entry));
}

static void
sc_date_entry_popup_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  gtk_menu_button_popup (SC_DATE_ENTRY (widget)->calendar_button);
}

static void
sc_date_entry_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SC_TYPE_DATE_ENTRY);

  G_OBJECT_CLASS (sc_date_entry_parent_class)->dispose (object);
}

static void
sc_date_entry_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ScDateEntry *self = SC_DATE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_DAY:
      g_value_set_uint (value, self->day);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_date_entry_class_init (ScDateEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_date_entry_dispose;
  object_class->get_property = sc_date_entry_get_property;
  widget_class->grab_focus = sc_date_entry_grab_focus;
  widget_class->mnemonic_activate = sc_date_entry_mnemonic_activate;

  properties[PROP_DAY] =
    g_param_spec_uint ("day", NULL, NULL, 0, G_MAXUINT32, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ACTIVATE] =
    g_signal_new ("activate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-date-entry.ui");
  gtk_widget_class_bind_template_child (widget_class, ScDateEntry, entry);
  gtk_widget_class_bind_template_child (widget_class, ScDateEntry, calendar_button);
  gtk_widget_class_bind_template_child (widget_class, ScDateEntry, calendar_popover);
  gtk_widget_class_bind_template_child (widget_class, ScDateEntry, calendar);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_day_selected_cb);

  /* Alt+Down opens the calendar, as it opens a drop-down's list. */
  gtk_widget_class_install_action (widget_class, "date.popup", NULL, sc_date_entry_popup_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "date.popup",
                                       NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "dateentry");
}

static void
sc_date_entry_init (ScDateEntry *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->today = sc_day_today ();
}

void
sc_date_entry_set_today (ScDateEntry *self,
                         ScDay        today)
{
  g_return_if_fail (SC_IS_DATE_ENTRY (self));

  self->today = today != SC_DAY_NONE ? today : sc_day_today ();
  on_entry_changed_cb (self);
}

ScDay
sc_date_entry_get_day (ScDateEntry *self)
{
  g_return_val_if_fail (SC_IS_DATE_ENTRY (self), SC_DAY_NONE);
  return self->day;
}

void
sc_date_entry_set_day (ScDateEntry *self,
                       ScDay        day)
{
  char iso[16];

  g_return_if_fail (SC_IS_DATE_ENTRY (self));

  gtk_editable_set_text (GTK_EDITABLE (self->entry), sc_day_to_iso (day, iso));
  gtk_editable_set_position (GTK_EDITABLE (self->entry), -1);
}

gboolean
sc_date_entry_parse (ScDateEntry  *self,
                     ScDay        *day,
                     GError      **error)
{
  g_return_val_if_fail (SC_IS_DATE_ENTRY (self), FALSE);

  return sc_parse_date (sc_l10n_ui_lang (), gtk_editable_get_text (GTK_EDITABLE (self->entry)),
                        self->today, day, error);
}

GtkEntry *
sc_date_entry_get_entry (ScDateEntry *self)
{
  g_return_val_if_fail (SC_IS_DATE_ENTRY (self), NULL);
  return self->entry;
}

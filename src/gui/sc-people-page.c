/* sc-people-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-people-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-alert-window.h"
#include "sc-people-page.h"
#include "sc-person-editor.h"
#include "sc-person-row.h"
#include "sc-plan-ui.h"
#include "sc-reassign-window.h"

struct _ScPeoplePage
{
  GtkWidget   parent_instance;

  ScStore    *store;
  GtkWindow  *dialog;        /* weak */
  guint       rebuild_id;

  /* Template children */
  GtkLabel   *active_title;
  GtkListBox *active_list;
  GtkLabel   *inactive_title;
  GtkListBox *inactive_list;
};

G_DEFINE_FINAL_TYPE (ScPeoplePage, sc_people_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
compare_people (gconstpointer a,
                gconstpointer b)
{
  ScRecord *x = *(ScRecord **) a;
  ScRecord *y = *(ScRecord **) b;
  gint64 px = sc_record_get_int (x, SC_PERSON_POSITION);
  gint64 py = sc_record_get_int (y, SC_PERSON_POSITION);

  if (px != py)
    return px < py ? -1 : 1;
  return sc_plan_ui_collate (sc_record_get_text (x, SC_PERSON_NAME),
                             sc_record_get_text (y, SC_PERSON_NAME));
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
rebuild (ScPeoplePage *self)
{
  GListModel *people;
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *active_text = NULL;
  g_autofree char *inactive_text = NULL;
  guint n_active = 0, n_inactive = 0;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  clear_list (self->active_list);
  clear_list (self->inactive_list);
  if (self->store == NULL)
    return;

  people = sc_store_get_list (self->store, &sc_person_table);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    g_ptr_array_add (sorted, g_list_model_get_item (people, i));
  g_ptr_array_sort (sorted, compare_people);

  for (guint i = 0; i < sorted->len; i++)
    {
      ScRecord *p = g_ptr_array_index (sorted, i);
      gboolean active = sc_record_get_bool (p, SC_PERSON_ACTIVE);

      gtk_list_box_append (active ? self->active_list : self->inactive_list,
                           GTK_WIDGET (sc_person_row_new (self->store, SC_PERSON (p))));
      if (active)
        n_active++;
      else
        n_inactive++;
    }

  active_text = g_strdup_printf (ngettext ("%u active person", "%u active people", n_active),
                                 n_active);
  inactive_text = g_strdup_printf (ngettext ("%u inactive person", "%u inactive people",
                                             n_inactive), n_inactive);
  gtk_label_set_label (self->active_title, active_text);
  gtk_label_set_label (self->inactive_title, inactive_text);
  gtk_widget_set_visible (GTK_WIDGET (self->inactive_title), n_inactive > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->inactive_list), n_inactive > 0);
}

static void
on_rebuild_idle_cb (gpointer data)
{
  ScPeoplePage *self = data;

  self->rebuild_id = 0;
  rebuild (self);
}

static void
on_store_changed_cb (ScPeoplePage      *self,
                     const ScTableInfo *table,
                     gint64             id,
                     ScStore           *store)
{
  /* What people own shows on their rows: follow the plan and KPIs too. */
  if (self->rebuild_id == 0 &&
      (table == &sc_person_table || table == &sc_action_table ||
       table == &sc_priority_table || table == &sc_kpi_table))
    self->rebuild_id = g_idle_add_once (on_rebuild_idle_cb, self);
}

static void
on_row_activated_cb (ScPeoplePage  *self,
                     GtkListBoxRow *row)
{
  ScPerson *person = sc_person_row_get_person (SC_PERSON_ROW (row));

  gtk_widget_activate_action (GTK_WIDGET (self), "people.edit", "x",
                              sc_record_get_id (SC_RECORD (person)));
}

/* Actions ---------------------------------------------------------------- */

static void
present (ScPeoplePage *self,
         GtkWindow    *dialog)
{
  if (self->dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->dialog), (gpointer *) &self->dialog);
  self->dialog = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->dialog);
  gtk_window_present (dialog);
}

static ScRecord *
person_of (ScPeoplePage *self,
           GVariant     *param)
{
  return self->store ? sc_store_lookup (self->store, &sc_person_table,
                                        g_variant_get_int64 (param))
                     : NULL;
}

static void
toast_about (ScPeoplePage *self,
             const char   *format,
             ScRecord     *person)
{
  g_autofree char *message = NULL;

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  /* format is one of the translated messages of this file, with one %s. */
  message = g_strdup_printf (format, sc_record_get_text (person, SC_PERSON_NAME));
#pragma GCC diagnostic pop
  sc_plan_ui_toast (GTK_WIDGET (self), message, TRUE);
}

static void
sc_people_page_add_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  ScPeoplePage *self = SC_PEOPLE_PAGE (widget);

  if (self->store != NULL)
    present (self, GTK_WINDOW (sc_person_editor_new (sc_plan_ui_parent (widget), self->store,
                                                     NULL)));
}

static void
sc_people_page_edit_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  ScPeoplePage *self = SC_PEOPLE_PAGE (widget);
  ScRecord *person = person_of (self, param);

  if (person != NULL)
    present (self, GTK_WINDOW (sc_person_editor_new (sc_plan_ui_parent (widget), self->store,
                                                     SC_PERSON (person))));
}

static void
deactivate (ScPeoplePage *self,
            ScRecord     *person)
{
  g_autoptr(GError) error = NULL;
  gint64 id = sc_record_get_id (person);

  if (sc_plan_person_has_open_items (self->store, id))
    {
      present (self, GTK_WINDOW (sc_reassign_window_new (sc_plan_ui_parent (GTK_WIDGET (self)),
                                                         self->store, id,
                                                         SC_PERSON_DEACTIVATE)));
      return;
    }
  if (!sc_plan_set_person_active (self->store, id, FALSE, &error))
    sc_plan_ui_error (GTK_WIDGET (self), _("The person could not be made inactive"), error);
  else
    /* Translators: %s is a person's name. */
    toast_about (self, _("%s is now inactive."), person);
}

static void
sc_people_page_deactivate_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *param)
{
  ScPeoplePage *self = SC_PEOPLE_PAGE (widget);
  ScRecord *person = person_of (self, param);

  if (person != NULL)
    deactivate (self, person);
}

static void
sc_people_page_reactivate_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *param)
{
  ScPeoplePage *self = SC_PEOPLE_PAGE (widget);
  ScRecord *person = person_of (self, param);
  g_autoptr(GError) error = NULL;

  if (person == NULL)
    return;
  if (!sc_plan_set_person_active (self->store, sc_record_get_id (person), TRUE, &error))
    sc_plan_ui_error (widget, _("The person could not be made active again"), error);
  else
    /* Translators: %s is a person's name. */
    toast_about (self, _("%s is active again."), person);
}

static void
on_history_response_cb (ScAlertWindow *alert,
                        const char    *response,
                        ScPeoplePage  *self)
{
  ScRecord *person = sc_store_lookup (self->store, &sc_person_table,
                                      GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (alert),
                                                                           "person-id")));

  if (person != NULL && g_strcmp0 (response, "deactivate") == 0)
    deactivate (self, person);
}

/* Someone the history names stays: offer to deactivate them instead. */
static void
offer_deactivation (ScPeoplePage *self,
                    ScRecord     *person,
                    const GError *error)
{
  g_autofree char *heading = NULL;
  ScAlertWindow *alert;

  /* Translators: %s is a person's name. */
  heading = g_strdup_printf (_("%s cannot be deleted"), sc_record_get_text (person,
                                                                             SC_PERSON_NAME));
  alert = sc_alert_window_new (sc_plan_ui_parent (GTK_WIDGET (self)), heading, error->message);
  g_object_set_data (G_OBJECT (alert), "person-id",
                     GSIZE_TO_POINTER ((gsize) sc_record_get_id (person)));
  sc_alert_window_add_response (alert, "cancel", _("_Cancel"), SC_ALERT_DEFAULT);
  sc_alert_window_add_response (alert, "deactivate", _("_Deactivate Instead"),
                                SC_ALERT_SUGGESTED);
  g_signal_connect_object (alert, "response", G_CALLBACK (on_history_response_cb), self, 0);
  present (self, GTK_WINDOW (alert));
}

static void
sc_people_page_delete_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *param)
{
  ScPeoplePage *self = SC_PEOPLE_PAGE (widget);
  ScRecord *person = person_of (self, param);
  g_autoptr(ScRecord) hold = person ? g_object_ref (person) : NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (person == NULL)
    return;
  id = sc_record_get_id (person);
  if (sc_plan_delete_person (self->store, id, &error))
    {
      /* Translators: %s is a person's name. */
      toast_about (self, _("%s deleted."), hold);
      return;
    }

  /* History first (the core checks it first): then deactivation is the
   * answer, with a hand-over if there is open work. */
  if (g_error_matches (error, SC_PLAN_ERROR, SC_PLAN_ERROR_HISTORY))
    offer_deactivation (self, person, error);
  else if (g_error_matches (error, SC_PLAN_ERROR, SC_PLAN_ERROR_OPEN_ITEMS))
    present (self, GTK_WINDOW (sc_reassign_window_new (sc_plan_ui_parent (widget), self->store,
                                                       id, SC_PERSON_DELETE)));
  else
    sc_plan_ui_error (widget, _("The person could not be deleted"), error);
}

/* The object --------------------------------------------------------------- */

static void
sc_people_page_dispose (GObject *object)
{
  ScPeoplePage *self = SC_PEOPLE_PAGE (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  if (self->dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->dialog), (gpointer *) &self->dialog);
  self->dialog = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_PEOPLE_PAGE);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sc_people_page_parent_class)->dispose (object);
}

static void
sc_people_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ScPeoplePage *self = SC_PEOPLE_PAGE (object);

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
sc_people_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ScPeoplePage *self = SC_PEOPLE_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      sc_people_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_people_page_class_init (ScPeoplePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_people_page_dispose;
  object_class->get_property = sc_people_page_get_property;
  object_class->set_property = sc_people_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SC_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-people-page.ui");
  /* The direct child, so that gtk_widget_dispose_template () unparents it. */
  gtk_widget_class_bind_template_child_full (widget_class, "scroller", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, ScPeoplePage, active_title);
  gtk_widget_class_bind_template_child (widget_class, ScPeoplePage, active_list);
  gtk_widget_class_bind_template_child (widget_class, ScPeoplePage, inactive_title);
  gtk_widget_class_bind_template_child (widget_class, ScPeoplePage, inactive_list);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "people.add", NULL, sc_people_page_add_action);
  gtk_widget_class_install_action (widget_class, "people.edit", "x", sc_people_page_edit_action);
  gtk_widget_class_install_action (widget_class, "people.deactivate", "x",
                                   sc_people_page_deactivate_action);
  gtk_widget_class_install_action (widget_class, "people.reactivate", "x",
                                   sc_people_page_reactivate_action);
  gtk_widget_class_install_action (widget_class, "people.delete", "x",
                                   sc_people_page_delete_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "peoplepage");
}

static void
sc_people_page_init (ScPeoplePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
sc_people_page_set_store (ScPeoplePage *self,
                          ScStore      *store)
{
  g_return_if_fail (SC_IS_PEOPLE_PAGE (self));
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
sc_people_page_get_store (ScPeoplePage *self)
{
  g_return_val_if_fail (SC_IS_PEOPLE_PAGE (self), NULL);
  return self->store;
}

GtkListBox *
sc_people_page_get_list (ScPeoplePage *self,
                         gboolean      active)
{
  g_return_val_if_fail (SC_IS_PEOPLE_PAGE (self), NULL);
  return active ? self->active_list : self->inactive_list;
}

GtkWindow *
sc_people_page_get_dialog (ScPeoplePage *self)
{
  g_return_val_if_fail (SC_IS_PEOPLE_PAGE (self), NULL);
  return self->dialog;
}

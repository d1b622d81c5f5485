/* sc-agenda-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-agenda-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-agenda-editor.h"
#include "sc-format.h"
#include "sc-l10n.h"
#include "sc-meeting.h"

typedef struct
{
  gint64         id;
  GtkEntry      *title;
  GtkSpinButton *minutes;
} AgendaRow;

struct _ScAgendaEditor
{
  GtkWidget   parent_instance;

  ScStore    *store;
  GArray     *rows;        /* AgendaRow */
  gboolean    loading;

  /* Template children */
  GtkListBox *list;
  GtkImage   *total_icon;
  GtkLabel   *total_label;
  GtkLabel   *error_label;
};

G_DEFINE_FINAL_TYPE (ScAgendaEditor, sc_agenda_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_total (ScAgendaEditor *self)
{
  ScLang lang = sc_l10n_ui_lang ();
  g_autoptr(GPtrArray) agenda = sc_meeting_get_agenda (self->store);
  int meeting = sc_record_get_int (SC_RECORD (sc_store_get_company (self->store)),
                                   SC_COMPANY_MEETING_MINUTES);
  int total = 0;
  g_autofree char *total_text = NULL;
  g_autofree char *meeting_text = sc_format_minutes (lang, meeting);
  g_autofree char *gap = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < agenda->len; i++)
    total += sc_record_get_int (g_ptr_array_index (agenda, i), SC_AGENDA_MINUTES);
  total_text = sc_format_minutes (lang, total);
  gap = sc_format_minutes (lang, ABS (total - meeting));

  if (total == meeting)
    /* Translators: "Total: 30 min, the length of the meeting." */
    text = g_strdup_printf (_("Total: %s, the length of the meeting."), total_text);
  else if (total > meeting)
    /* Translators: "Total: 35 min, 5 min more than the 30 min meeting: it will run over." */
    text = g_strdup_printf (_("Total: %s, %s more than the %s meeting: it will run over."),
                            total_text, gap, meeting_text);
  else
    /* Translators: "Total: 25 min, 5 min less than the 30 min meeting." */
    text = g_strdup_printf (_("Total: %s, %s less than the %s meeting."), total_text, gap,
                            meeting_text);
  gtk_label_set_label (self->total_label, text);
  gtk_image_set_from_icon_name (self->total_icon, total > meeting ? "dialog-warning-symbolic"
                                                                  : "object-select-symbolic");
}

static void
save_row (ScAgendaEditor *self,
          AgendaRow      *row)
{
  ScRecord *stored = sc_store_lookup (self->store, &sc_agenda_table, row->id);
  g_autoptr(ScRecord) draft = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  ScLang lang = sc_l10n_ui_lang ();

  if (self->loading || stored == NULL)
    return;

  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row->title))));
  /* The default title stays "" so that it follows the reader's language. */
  if (g_strcmp0 (title, sc_meeting_kind_title (sc_record_get_int (stored, SC_AGENDA_KIND), lang)) == 0)
    title[0] = '\0';
  draft = sc_record_copy (stored);
  sc_record_set_text (draft, SC_AGENDA_TITLE, title);
  sc_record_set_int (draft, SC_AGENDA_MINUTES, gtk_spin_button_get_value_as_int (row->minutes));
  if (sc_record_equal (draft, stored))
    return;

  if (!sc_store_put (self->store, _("Change the meeting agenda"), draft, &error))
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

static AgendaRow *
row_of (ScAgendaEditor *self,
        GtkWidget      *widget)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      AgendaRow *row = &g_array_index (self->rows, AgendaRow, i);

      if (widget == GTK_WIDGET (row->title) || widget == GTK_WIDGET (row->minutes))
        return row;
    }
  return NULL;
}

static void
on_field_changed_cb (GtkWidget      *field,
                     ScAgendaEditor *self)
{
  AgendaRow *row = row_of (self, field);

  if (row != NULL)
    save_row (self, row);
}

static void
on_title_leave_cb (GtkEventControllerFocus *focus,
                   ScAgendaEditor          *self)
{
  on_field_changed_cb (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus)), self);
}

static GtkWidget *
new_row (ScAgendaEditor *self,
         ScRecord       *segment,
         guint           index)
{
  ScLang lang = sc_l10n_ui_lang ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  g_autofree char *number = g_strdup_printf ("%u", index + 1);
  /* Translators: accessible names in the agenda editor, "Title of point 2". */
  g_autofree char *title_name = g_strdup_printf (_("Title of point %u"), index + 1);
  g_autofree char *minutes_name = g_strdup_printf (_("Minutes of point %u"), index + 1);
  GtkEventController *focus = gtk_event_controller_focus_new ();
  AgendaRow row = { sc_record_get_id (segment) };

  row.title = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (row.title,
                                  sc_meeting_kind_title (sc_record_get_int (segment, SC_AGENDA_KIND),
                                                         lang));
  gtk_editable_set_text (GTK_EDITABLE (row.title), sc_record_get_text (segment, SC_AGENDA_TITLE));
  gtk_widget_set_hexpand (GTK_WIDGET (row.title), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row.title), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title_name, -1);
  g_signal_connect_object (row.title, "activate", G_CALLBACK (on_field_changed_cb), self, 0);
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_title_leave_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (row.title), focus);

  row.minutes = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1, 120, 1));
  gtk_spin_button_set_value (row.minutes, sc_record_get_int (segment, SC_AGENDA_MINUTES));
  gtk_widget_set_valign (GTK_WIDGET (row.minutes), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row.minutes), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  minutes_name, -1);
  g_signal_connect_object (row.minutes, "value-changed", G_CALLBACK (on_field_changed_cb), self, 0);

  gtk_box_append (GTK_BOX (box), gtk_label_new (number));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row.title));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row.minutes));
  gtk_box_append (GTK_BOX (box), gtk_label_new (C_("minutes", "min")));
  gtk_widget_add_css_class (box, "prefs-row");
  g_array_append_val (self->rows, row);
  return box;
}

static void
rebuild (ScAgendaEditor *self)
{
  g_autoptr(GPtrArray) agenda = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_array_set_size (self->rows, 0);
  if (self->store == NULL)
    return;

  agenda = sc_meeting_get_agenda (self->store);
  self->loading = TRUE;
  for (guint i = 0; i < agenda->len; i++)
    gtk_list_box_append (self->list, new_row (self, g_ptr_array_index (agenda, i), i));
  self->loading = FALSE;
  update_total (self);
}

static gboolean
focus_within (gpointer widget)
{
  return (gtk_widget_get_state_flags (GTK_WIDGET (widget)) & GTK_STATE_FLAG_FOCUS_WITHIN) != 0;
}

/* Shows the file's values (an undo, another window) without saving them
 * back, and without disturbing the field being typed in. */
static void
load (ScAgendaEditor *self)
{
  self->loading = TRUE;
  for (guint i = 0; i < self->rows->len; i++)
    {
      AgendaRow *row = &g_array_index (self->rows, AgendaRow, i);
      ScRecord *segment = sc_store_lookup (self->store, &sc_agenda_table, row->id);

      if (segment == NULL)
        continue;
      if (!focus_within (row->minutes))
        gtk_spin_button_set_value (row->minutes, sc_record_get_int (segment, SC_AGENDA_MINUTES));
      if (!focus_within (row->title))
        gtk_editable_set_text (GTK_EDITABLE (row->title),
                               sc_record_get_text (segment, SC_AGENDA_TITLE));
    }
  self->loading = FALSE;
}

static void
on_store_changed_cb (ScAgendaEditor    *self,
                     const ScTableInfo *table,
                     gint64             id,
                     ScStore           *store)
{
  if (table == &sc_agenda_table)
    {
      if (g_list_model_get_n_items (sc_store_get_list (store, table)) != self->rows->len)
        rebuild (self);
      else
        load (self);
    }
  if (table == &sc_agenda_table || table == &sc_company_table)
    update_total (self);
}

static void
sc_agenda_editor_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ScAgendaEditor *self = SC_AGENDA_EDITOR (object);

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
sc_agenda_editor_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_STORE:
      sc_agenda_editor_set_store (SC_AGENDA_EDITOR (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_agenda_editor_dispose (GObject *object)
{
  ScAgendaEditor *self = SC_AGENDA_EDITOR (object);
  GtkWidget *child;

  if (self->store != NULL)
    sc_agenda_editor_set_store (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_AGENDA_EDITOR);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (sc_agenda_editor_parent_class)->dispose (object);
}

static void
sc_agenda_editor_finalize (GObject *object)
{
  ScAgendaEditor *self = SC_AGENDA_EDITOR (object);

  g_clear_pointer (&self->rows, g_array_unref);

  G_OBJECT_CLASS (sc_agenda_editor_parent_class)->finalize (object);
}

static void
sc_agenda_editor_class_init (ScAgendaEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sc_agenda_editor_get_property;
  object_class->set_property = sc_agenda_editor_set_property;
  object_class->dispose = sc_agenda_editor_dispose;
  object_class->finalize = sc_agenda_editor_finalize;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SC_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-agenda-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, ScAgendaEditor, list);
  gtk_widget_class_bind_template_child (widget_class, ScAgendaEditor, total_icon);
  gtk_widget_class_bind_template_child (widget_class, ScAgendaEditor, total_label);
  gtk_widget_class_bind_template_child (widget_class, ScAgendaEditor, error_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "agendaeditor");
}

static void
sc_agenda_editor_init (ScAgendaEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_array_new (FALSE, TRUE, sizeof (AgendaRow));
}

void
sc_agenda_editor_set_store (ScAgendaEditor *self,
                            ScStore        *store)
{
  g_return_if_fail (SC_IS_AGENDA_EDITOR (self));
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
sc_agenda_editor_get_store (ScAgendaEditor *self)
{
  g_return_val_if_fail (SC_IS_AGENDA_EDITOR (self), NULL);
  return self->store;
}

GtkSpinButton *
sc_agenda_editor_get_minutes (ScAgendaEditor *self,
                              guint           index)
{
  g_return_val_if_fail (SC_IS_AGENDA_EDITOR (self), NULL);

  if (index >= self->rows->len)
    return NULL;
  return g_array_index (self->rows, AgendaRow, index).minutes;
}

GtkEntry *
sc_agenda_editor_get_title (ScAgendaEditor *self,
                            guint           index)
{
  g_return_val_if_fail (SC_IS_AGENDA_EDITOR (self), NULL);

  if (index >= self->rows->len)
    return NULL;
  return g_array_index (self->rows, AgendaRow, index).title;
}

const char *
sc_agenda_editor_get_total (ScAgendaEditor *self)
{
  g_return_val_if_fail (SC_IS_AGENDA_EDITOR (self), NULL);
  return gtk_label_get_label (self->total_label);
}

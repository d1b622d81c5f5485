/* sc-meetings-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-meetings-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-format.h"
#include "sc-l10n.h"
#include "sc-meetings-page.h"
#include "sc-minutes.h"
#include "sc-window.h"

struct _ScMeetingsPage
{
  GtkWidget   parent_instance;

  ScStore    *store;
  gboolean    dirty;
  guint       refresh_id;
  gint64      selected;
  char       *minutes_text;

  /* Template children */
  GtkStack   *stack;
  GtkLabel   *summary_label;
  GtkListBox *list;
  GtkBox     *minutes_box;
};

G_DEFINE_FINAL_TYPE (ScMeetingsPage, sc_meetings_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static ScLang
ui_lang (void)
{
  return sc_l10n_ui_lang ();
}

static GtkWidget *
label (const char *text,
       const char *css_class)
{
  GtkWidget *widget = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (widget), 0);
  gtk_label_set_wrap (GTK_LABEL (widget), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (widget), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (widget, css_class);
  return widget;
}

/* "02:10 over" with its icon, or NULL when the meeting kept its time. */
static GtkWidget *
over_badge (gint64 used,
            gint64 planned)
{
  GtkWidget *box;
  g_autofree char *clock = NULL;
  g_autofree char *text = NULL;

  if (used <= planned)
    return NULL;
  clock = sc_format_clock (used - planned);
  /* Translators: time beyond the plan, "02:15 over". */
  text = g_strdup_printf (_("%s over"), clock);
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
  gtk_box_append (GTK_BOX (box), gtk_label_new (text));
  gtk_widget_add_css_class (box, "over-badge");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  return box;
}

/* The list ------------------------------------------------------------------- */

static char *
row_caption (const ScMinutes *minutes)
{
  g_autofree char *length = sc_minutes_dup_length (ui_lang (), minutes->duration,
                                                   minutes->planned_minutes);
  g_autofree char *present = NULL;
  g_autofree char *decisions = NULL;

  decisions = g_strdup_printf (ngettext ("%u decision", "%u decisions", minutes->decided->len),
                               minutes->decided->len);
  /* A meeting recorded without its attendance says nothing of it. */
  if (minutes->attendees->len == 0)
    return g_strdup_printf (_("%s · %s"), length, decisions);
  /* Translators: attendance of a meeting, "4 of 5 present". */
  present = g_strdup_printf (_("%u of %u present"), sc_minutes_count_present (minutes),
                             minutes->attendees->len);
  /* Translators: the details of a meeting in the list, separated by " · ". */
  return g_strdup_printf (_("%s · %s · %s"), length, present, decisions);
}

static GtkWidget *
meeting_row (ScMeetingsPage  *self,
             ScMinutesReader *reader,
             ScRecord        *meeting)
{
  g_autoptr(ScMinutes) minutes = sc_minutes_reader_read (reader, sc_record_get_id (meeting),
                                                         ui_lang (), NULL);
  GtkWidget *row, *box, *text, *badge;
  g_autofree char *day = NULL;
  char *caption;

  if (minutes == NULL)
    return NULL;

  day = sc_format_date_long (ui_lang (), minutes->day, TRUE);
  caption = row_caption (minutes);
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (text), label (day, "heading"));
  gtk_box_append (GTK_BOX (text), label (caption, "dim-label"));
  gtk_box_append (GTK_BOX (box), text);
  badge = over_badge (minutes->duration, minutes->planned_minutes * 60);
  if (badge != NULL)
    gtk_box_append (GTK_BOX (box), badge);
  gtk_widget_add_css_class (box, "meeting-row");

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "meeting-id", GSIZE_TO_POINTER ((gsize) minutes->meeting_id));
  g_object_set_data_full (G_OBJECT (row), "caption", caption, g_free);
  {
    g_autofree char *name = g_strdup_printf ("%s, %s", day, caption);

    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  }
  return row;
}

static gint64
row_meeting (GtkListBoxRow *row)
{
  return (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "meeting-id"));
}

/* The minutes ------------------------------------------------------------------ */

static void
add_section (ScMeetingsPage *self,
             const char     *title)
{
  GtkWidget *heading = label (title, "heading");

  gtk_widget_set_margin_top (heading, 10);
  gtk_box_append (self->minutes_box, heading);
}

static void
add_people (ScMeetingsPage  *self,
            const ScMinutes *minutes,
            gboolean         present)
{
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *text = NULL;
  guint n = 0;

  for (guint i = 0; i < minutes->attendees->len; i++)
    {
      ScMinutesAttendee *a = g_ptr_array_index (minutes->attendees, i);

      if (a->present != present)
        continue;
      g_string_append_printf (names, "%s%s", n++ ? ", " : "", a->name);
    }
  if (n == 0)
    return;
  /* Translators: "Present: Nathalie Bergeron, …" / "Absent: …" in the minutes. */
  text = g_strdup_printf (present ? _("Present: %s") : _("Absent: %s"), names->str);
  gtk_box_append (self->minutes_box, label (text, present ? NULL : "dim-label"));
}

static void
add_segments (ScMeetingsPage  *self,
              const ScMinutes *minutes)
{
  add_section (self, _("Agenda"));
  for (guint i = 0; i < minutes->segments->len; i++)
    {
      ScMinutesSegment *s = g_ptr_array_index (minutes->segments, i);
      GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      GtkWidget *badge = over_badge (s->used, s->planned);
      g_autofree char *title = g_strdup_printf ("%u. %s", i + 1, s->title);
      g_autofree char *used = sc_format_clock (s->used);
      g_autofree char *planned = sc_format_clock (s->planned);
      /* Translators: a point's time used against its plan, "05:12 / 05:00". */
      g_autofree char *time = g_strdup_printf (_("%s / %s"), used, planned);
      GtkWidget *title_label = label (title, NULL);

      gtk_widget_set_hexpand (title_label, TRUE);
      gtk_box_append (GTK_BOX (line), title_label);
      if (badge != NULL)
        gtk_box_append (GTK_BOX (line), badge);
      gtk_box_append (GTK_BOX (line), label (time, "numeric"));
      gtk_box_append (self->minutes_box, line);
      if (*s->notes != '\0')
        {
          GtkWidget *notes = label (s->notes, "minutes-notes");

          gtk_label_set_selectable (GTK_LABEL (notes), TRUE);
          gtk_box_append (self->minutes_box, notes);
        }
    }
}

static void
add_topics (ScMeetingsPage  *self,
            const ScMinutes *minutes)
{
  if (minutes->decided->len > 0)
    add_section (self, _("Decisions"));
  for (guint i = 0; i < minutes->decided->len; i++)
    {
      ScMinutesTopic *t = g_ptr_array_index (minutes->decided, i);
      /* Translators: a decision in the minutes: "• Topic: decision". */
      g_autofree char *text = g_strdup_printf (_("• %s: %s"), t->title, t->decision);

      gtk_box_append (self->minutes_box, label (text, NULL));
    }

  if (minutes->carried->len > 0)
    add_section (self, _("Carried to the next meeting"));
  for (guint i = 0; i < minutes->carried->len; i++)
    {
      ScMinutesTopic *t = g_ptr_array_index (minutes->carried, i);
      g_autofree char *times = g_strdup_printf (ngettext ("carried %u time", "carried %u times",
                                                          t->carried), t->carried);
      g_autofree char *text = g_strdup_printf ("• %s (%s)", t->title, times);

      gtk_box_append (self->minutes_box, label (text, NULL));
    }
}

static void
add_actions (ScMeetingsPage  *self,
             const ScMinutes *minutes)
{
  if (minutes->actions->len > 0)
    add_section (self, _("New actions"));
  for (guint i = 0; i < minutes->actions->len; i++)
    {
      ScMinutesAction *a = g_ptr_array_index (minutes->actions, i);
      g_autofree char *due = sc_format_date_long (ui_lang (), a->due, FALSE);
      /* Translators: an action in the minutes: ref, title, owner, due date. */
      g_autofree char *text = g_strdup_printf (_("• %s %s: %s, due %s"), a->ref, a->title,
                                               a->owner, due);

      gtk_box_append (self->minutes_box, label (text, NULL));
    }
}

static void
show_minutes (ScMeetingsPage *self,
              gint64          meeting_id)
{
  g_autoptr(ScMinutes) minutes = NULL;
  g_autofree char *day = NULL;
  g_autofree char *time = NULL;
  g_autofree char *length = NULL;
  g_autofree char *meta = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->minutes_box))) != NULL)
    gtk_box_remove (self->minutes_box, child);
  g_clear_pointer (&self->minutes_text, g_free);
  self->selected = meeting_id;
  minutes = meeting_id ? sc_minutes_new (self->store, meeting_id, ui_lang (), NULL) : NULL;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.copy-minutes", minutes != NULL);
  if (minutes == NULL)
    return;

  self->minutes_text = sc_minutes_to_text (minutes);
  day = sc_format_date_long (ui_lang (), minutes->day, TRUE);
  time = sc_format_time_of_day (ui_lang (), minutes->start_minute);
  length = sc_minutes_dup_length (ui_lang (), minutes->duration, minutes->planned_minutes);
  /* Translators: "Started at 8:30 a.m. · 31 min of 30 min". */
  meta = g_strdup_printf (_("Started at %s · %s"), time, length);
  gtk_box_append (self->minutes_box, label (day, "title-2"));
  gtk_box_append (self->minutes_box, label (meta, "dim-label"));
  add_people (self, minutes, TRUE);
  add_people (self, minutes, FALSE);
  add_segments (self, minutes);
  add_topics (self, minutes);
  add_actions (self, minutes);
  if (*minutes->notes != '\0')
    {
      add_section (self, _("Notes"));
      gtk_box_append (self->minutes_box, label (minutes->notes, NULL));
    }
}

static void
on_row_selected_cb (ScMeetingsPage *self,
                    GtkListBoxRow  *row)
{
  if (row != NULL && row_meeting (row) != self->selected)
    show_minutes (self, row_meeting (row));
}

/* Building ---------------------------------------------------------------------- */

static void
rebuild (ScMeetingsPage *self)
{
  g_autoptr(GPtrArray) meetings = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(ScMinutesReader) reader = NULL;
  gint64 keep = self->selected;
  GtkListBoxRow *select = NULL;
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->dirty = FALSE;
  self->selected = 0;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  meetings = self->store ? sc_minutes_list_meetings (self->store) : g_ptr_array_new ();
  reader = self->store ? sc_minutes_reader_new (self->store) : NULL;
  for (guint i = 0; i < meetings->len; i++)
    {
      GtkWidget *row = meeting_row (self, reader, g_ptr_array_index (meetings, i));

      if (row == NULL)
        continue;
      gtk_list_box_append (self->list, row);
      if (select == NULL || row_meeting (GTK_LIST_BOX_ROW (row)) == keep)
        select = GTK_LIST_BOX_ROW (row);
    }

  summary = g_strdup_printf (ngettext ("%u meeting held", "%u meetings held", meetings->len),
                             meetings->len);
  gtk_label_set_label (self->summary_label, summary);
  gtk_stack_set_visible_child_name (self->stack, meetings->len ? "list" : "empty");
  if (select != NULL)
    gtk_list_box_select_row (self->list, select);
  show_minutes (self, select ? row_meeting (select) : 0);
}

static gboolean
refresh_idle_cb (gpointer data)
{
  ScMeetingsPage *self = data;

  self->refresh_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (ScMeetingsPage    *self,
                     const ScTableInfo *table,
                     gint64             id,
                     ScStore           *store)
{
  if (table != &sc_meeting_table && table != &sc_topic_table && table != &sc_action_table &&
      table != &sc_person_table)
    return;
  self->dirty = TRUE;
  /* Hidden, it waits until it is shown. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_idle_cb, self);
}

static void
on_map_cb (ScMeetingsPage *self)
{
  if (self->dirty)
    rebuild (self);
}

static void
sc_meetings_page_copy_minutes_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *param)
{
  ScMeetingsPage *self = SC_MEETINGS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->minutes_text == NULL)
    return;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), self->minutes_text);
  if (SC_IS_WINDOW (root))
    sc_window_show_toast (SC_WINDOW (root),
                          _("Minutes copied: paste them in an email or a document."), NULL, NULL);
}

/* The object ---------------------------------------------------------------------- */

static void
sc_meetings_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ScMeetingsPage *self = SC_MEETINGS_PAGE (object);

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
sc_meetings_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_STORE:
      sc_meetings_page_set_store (SC_MEETINGS_PAGE (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_meetings_page_dispose (GObject *object)
{
  ScMeetingsPage *self = SC_MEETINGS_PAGE (object);
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->store != NULL)
    sc_meetings_page_set_store (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_MEETINGS_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (sc_meetings_page_parent_class)->dispose (object);
}

static void
sc_meetings_page_finalize (GObject *object)
{
  ScMeetingsPage *self = SC_MEETINGS_PAGE (object);

  g_free (self->minutes_text);

  G_OBJECT_CLASS (sc_meetings_page_parent_class)->finalize (object);
}

static void
sc_meetings_page_class_init (ScMeetingsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sc_meetings_page_get_property;
  object_class->set_property = sc_meetings_page_set_property;
  object_class->dispose = sc_meetings_page_dispose;
  object_class->finalize = sc_meetings_page_finalize;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SC_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-meetings-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ScMeetingsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingsPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingsPage, list);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingsPage, minutes_box);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_map_cb);

  gtk_widget_class_install_action (widget_class, "meetings.copy-minutes", NULL,
                                   sc_meetings_page_copy_minutes_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "meetingspage");
}

static void
sc_meetings_page_init (ScMeetingsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.copy-minutes", FALSE);
}

void
sc_meetings_page_set_store (ScMeetingsPage *self,
                            ScStore        *store)
{
  g_return_if_fail (SC_IS_MEETINGS_PAGE (self));
  g_return_if_fail (store == NULL || SC_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                             G_CONNECT_SWAPPED);
  self->selected = 0;
  self->dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) || store == NULL)
    rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

ScStore *
sc_meetings_page_get_store (ScMeetingsPage *self)
{
  g_return_val_if_fail (SC_IS_MEETINGS_PAGE (self), NULL);
  return self->store;
}

void
sc_meetings_page_refresh (ScMeetingsPage *self)
{
  g_return_if_fail (SC_IS_MEETINGS_PAGE (self));
  rebuild (self);
}

guint
sc_meetings_page_get_n_meetings (ScMeetingsPage *self)
{
  guint n = 0;

  g_return_val_if_fail (SC_IS_MEETINGS_PAGE (self), 0);

  while (gtk_list_box_get_row_at_index (self->list, n) != NULL)
    n++;
  return n;
}

gboolean
sc_meetings_page_select (ScMeetingsPage *self,
                         gint64          meeting_id)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (SC_IS_MEETINGS_PAGE (self), FALSE);

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    if (row_meeting (row) == meeting_id)
      {
        gtk_list_box_select_row (self->list, row);
        return TRUE;
      }
  return FALSE;
}

gint64
sc_meetings_page_get_selected (ScMeetingsPage *self)
{
  g_return_val_if_fail (SC_IS_MEETINGS_PAGE (self), 0);
  return self->selected;
}

const char *
sc_meetings_page_get_minutes (ScMeetingsPage *self)
{
  g_return_val_if_fail (SC_IS_MEETINGS_PAGE (self), NULL);
  return self->minutes_text;
}

const char *
sc_meetings_page_get_row_text (ScMeetingsPage *self,
                               guint           index)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (SC_IS_MEETINGS_PAGE (self), NULL);

  row = gtk_list_box_get_row_at_index (self->list, index);
  return row ? g_object_get_data (G_OBJECT (row), "caption") : NULL;
}

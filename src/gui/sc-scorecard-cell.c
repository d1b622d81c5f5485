/* sc-scorecard-cell.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-scorecard-cell"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-scorecard-cell.h"

struct _ScScorecardCell
{
  GtkWidget         parent_instance;

  GtkEntry         *entry;
  GtkPopover       *error_popover;
  GtkLabel         *error_label;

  GtkPopover       *details_popover;
  GtkEntry         *note_entry;
  GtkCheckButton   *provisional_check;
  GtkLabel         *details_error;

  char             *display;
  char             *edit_text;
  char             *note;
  gboolean          provisional;
  ScStatus          status;
  gboolean          missing;
  char             *error;
  char             *refused;  /* typed, refused, and left: kept on screen */
  gboolean          editing;
  gboolean          committing;

  ScCellCommitFunc  commit;
  ScCellMoveFunc    move;
  ScCellDetailsFunc details;
  gpointer          user_data;
};

G_DEFINE_FINAL_TYPE (ScScorecardCell, sc_scorecard_cell, GTK_TYPE_WIDGET)

static const char *const status_classes[] = { NULL, "status-on", "status-watch", "status-off" };
static const char *const status_icons[] = {
  NULL, "object-select-symbolic", "dialog-warning-symbolic", "dialog-error-symbolic",
};

static void
show_display (ScScorecardCell *self)
{
  const char *text = self->display ? self->display : "";

  /* A refused entry stays as typed, with its message, until corrected or
   * abandoned with Escape: what the user typed is never thrown away. */
  if (self->refused != NULL)
    text = self->refused;
  gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
}

static void
forget_refused (ScScorecardCell *self)
{
  g_clear_pointer (&self->refused, g_free);
}

/* Saves what was typed; FALSE (and the message at the cell) when refused. */
static gboolean
commit (ScScorecardCell *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  g_autofree char *error = NULL;

  if (!self->editing || g_strcmp0 (text, self->edit_text ? self->edit_text : "") == 0)
    return TRUE;

  /* Saving refreshes the cell, which must not save again. */
  self->committing = TRUE;
  error = self->commit ? self->commit (self, text, self->user_data) : NULL;
  self->committing = FALSE;

  sc_scorecard_cell_show_error (self, error);
  if (error == NULL)
    forget_refused (self);
  return error == NULL;
}

static void
move (ScScorecardCell *self,
      ScCellMove       where)
{
  if (commit (self) && self->move != NULL)
    self->move (self, where, self->user_data);
}

static gboolean
at_edge (ScScorecardCell *self,
         gboolean         end)
{
  GtkEditable *editable = GTK_EDITABLE (self->entry);
  int start, stop;
  int len = g_utf8_strlen (gtk_editable_get_text (editable), -1);

  if (gtk_editable_get_selection_bounds (editable, &start, &stop))
    return start == 0 && stop == len;
  return gtk_editable_get_position (editable) == (end ? len : 0);
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   ScScorecardCell       *self)
{
  switch (keyval)
    {
    case GDK_KEY_Up:
      move (self, SC_CELL_MOVE_UP);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
      if (state & GDK_CONTROL_MASK)
        {
          if (commit (self))
            sc_scorecard_cell_show_details (self);
          return TRUE;
        }
      move (self, SC_CELL_MOVE_DOWN);
      return TRUE;
    case GDK_KEY_Down:
      move (self, SC_CELL_MOVE_DOWN);
      return TRUE;
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
      move (self, (state & GDK_SHIFT_MASK) ? SC_CELL_MOVE_LEFT : SC_CELL_MOVE_RIGHT);
      return TRUE;
    case GDK_KEY_ISO_Left_Tab:
      move (self, SC_CELL_MOVE_LEFT);
      return TRUE;
    case GDK_KEY_Left:
      if (!at_edge (self, FALSE))
        return FALSE;
      move (self, SC_CELL_MOVE_LEFT);
      return TRUE;
    case GDK_KEY_Right:
      if (!at_edge (self, TRUE))
        return FALSE;
      move (self, SC_CELL_MOVE_RIGHT);
      return TRUE;
    case GDK_KEY_Escape:
      forget_refused (self);
      sc_scorecard_cell_show_error (self, NULL);
      gtk_editable_set_text (GTK_EDITABLE (self->entry), self->edit_text ? self->edit_text : "");
      gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
on_focus_enter_cb (GtkEventControllerFocus *controller,
                   ScScorecardCell         *self)
{
  if (self->editing)
    return;
  self->editing = TRUE;
  if (self->refused == NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->entry), self->edit_text ? self->edit_text : "");
  /* Typing replaces the figure (or the refused text), as in a spreadsheet. */
  gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);
}

static void
on_focus_leave_cb (GtkEventControllerFocus *controller,
                   ScScorecardCell         *self)
{
  if (!self->editing || self->committing)
    return;

  /* Leaving with something refused: the figure stored stays as it was;
   * the cell keeps what was typed and says why it was refused. */
  if (!commit (self))
    {
      g_autofree char *message = g_strdup (self->error);

      g_free (self->refused);
      self->refused = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry)));
      self->editing = FALSE;
      show_display (self);
      sc_scorecard_cell_show_error (self, message);
      return;
    }
  self->editing = FALSE;
  show_display (self);
}

static void
on_changed_cb (ScScorecardCell *self)
{
  if (self->editing && !self->committing && self->error != NULL)
    sc_scorecard_cell_show_error (self, NULL);
}

static void
on_details_save_cb (ScScorecardCell *self)
{
  sc_scorecard_cell_save_details (self, gtk_editable_get_text (GTK_EDITABLE (self->note_entry)),
                                  gtk_check_button_get_active (self->provisional_check));
}

static void
build_details_popover (ScScorecardCell *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *title = gtk_label_new (_("Note on this figure"));
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save"));

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  self->note_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_editable_set_width_chars (GTK_EDITABLE (self->note_entry), 32);
  gtk_entry_set_activates_default (self->note_entry, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->note_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Note on this figure"), -1);
  self->provisional_check = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (
    _("_Provisional: an estimate, to be replaced by the final figure")));
  self->details_error = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->details_error, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->details_error), "form-error");
  gtk_widget_set_visible (GTK_WIDGET (self->details_error), FALSE);
  gtk_widget_add_css_class (save, "suggested-action");
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (on_details_save_cb), self);
  gtk_box_append (GTK_BOX (buttons), save);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->note_entry));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->provisional_check));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->details_error));
  gtk_box_append (GTK_BOX (box), buttons);

  self->details_popover = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_child (self->details_popover, box);
  gtk_popover_set_default_widget (self->details_popover, save);
  gtk_widget_set_parent (GTK_WIDGET (self->details_popover), GTK_WIDGET (self));
}

static void
sc_scorecard_cell_dispose (GObject *object)
{
  ScScorecardCell *self = SC_SCORECARD_CELL (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (sc_scorecard_cell_parent_class)->dispose (object);
}

static void
sc_scorecard_cell_finalize (GObject *object)
{
  ScScorecardCell *self = SC_SCORECARD_CELL (object);

  g_free (self->display);
  g_free (self->edit_text);
  g_free (self->note);
  g_free (self->error);
  g_free (self->refused);

  G_OBJECT_CLASS (sc_scorecard_cell_parent_class)->finalize (object);
}

static void
sc_scorecard_cell_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  ScScorecardCell *self = SC_SCORECARD_CELL (widget);

  gtk_widget_size_allocate (GTK_WIDGET (self->entry),
                            &(GtkAllocation) { 0, 0, width, height }, baseline);
  gtk_popover_present (self->error_popover);
  gtk_popover_present (self->details_popover);
}

static void
sc_scorecard_cell_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  gtk_widget_measure (GTK_WIDGET (SC_SCORECARD_CELL (widget)->entry), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
sc_scorecard_cell_class_init (ScScorecardCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_scorecard_cell_dispose;
  object_class->finalize = sc_scorecard_cell_finalize;
  widget_class->measure = sc_scorecard_cell_measure;
  widget_class->size_allocate = sc_scorecard_cell_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "scorecardcell");
}

static void
sc_scorecard_cell_init (ScScorecardCell *self)
{
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_has_frame (self->entry, FALSE);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->entry), 6);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (self->entry), 7);
  gtk_editable_set_alignment (GTK_EDITABLE (self->entry), 1.0);
  gtk_widget_set_parent (GTK_WIDGET (self->entry), GTK_WIDGET (self));
  g_signal_connect_swapped (self->entry, "changed", G_CALLBACK (on_changed_cb), self);

  /* Capture: our keys win over the entry's own Tab and arrows. */
  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->entry), key);
  g_signal_connect (focus, "enter", G_CALLBACK (on_focus_enter_cb), self);
  g_signal_connect (focus, "leave", G_CALLBACK (on_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->entry), focus);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_max_width_chars (self->error_label, 36);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->error_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Error"), -1);
  self->error_popover = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_child (self->error_popover, GTK_WIDGET (self->error_label));
  gtk_popover_set_autohide (self->error_popover, FALSE);
  gtk_popover_set_position (self->error_popover, GTK_POS_BOTTOM);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_popover), "cell-error");
  gtk_widget_set_parent (GTK_WIDGET (self->error_popover), GTK_WIDGET (self));

  build_details_popover (self);
}

ScScorecardCell *
sc_scorecard_cell_new (ScCellCommitFunc  commit_func,
                       ScCellMoveFunc    move_func,
                       ScCellDetailsFunc details_func,
                       gpointer          user_data)
{
  ScScorecardCell *self = g_object_new (SC_TYPE_SCORECARD_CELL, NULL);

  self->commit = commit_func;
  self->move = move_func;
  self->details = details_func;
  self->user_data = user_data;
  return self;
}

void
sc_scorecard_cell_set_figure (ScScorecardCell *self,
                              const char      *display,
                              const char      *edit_text,
                              ScStatus         status,
                              gboolean         provisional,
                              const char      *note,
                              gboolean         missing)
{
  GtkWidget *entry;

  g_return_if_fail (SC_IS_SCORECARD_CELL (self));

  /* A typed figure refreshes its whole row; most cells stay as they are,
   * and restyling them would cost a new layout of the grid. */
  if (g_strcmp0 (display, self->display) == 0 && g_strcmp0 (edit_text, self->edit_text) == 0 &&
      status == self->status && provisional == self->provisional &&
      g_strcmp0 (note, self->note) == 0 && missing == self->missing &&
      !(self->editing && self->committing))
    return;

  entry = GTK_WIDGET (self->entry);
  self->status = status;
  self->missing = missing;
  g_free (self->display);
  self->display = g_strdup (display);
  g_free (self->edit_text);
  self->edit_text = g_strdup (edit_text);

  for (guint i = 1; i < G_N_ELEMENTS (status_classes); i++)
    gtk_widget_remove_css_class (entry, status_classes[i]);
  if (status != SC_STATUS_NONE)
    gtk_widget_add_css_class (entry, status_classes[status]);
  gtk_entry_set_icon_from_icon_name (self->entry, GTK_ENTRY_ICON_PRIMARY, status_icons[status]);
  g_free (self->note);
  self->note = g_strdup (note);
  self->provisional = provisional;
  if (note != NULL && *note != '\0')
    gtk_widget_add_css_class (entry, "has-note");
  else
    gtk_widget_remove_css_class (entry, "has-note");
  if (provisional)
    gtk_widget_add_css_class (entry, "provisional");
  else
    gtk_widget_remove_css_class (entry, "provisional");
  if (missing)
    gtk_widget_add_css_class (entry, "missing");
  else
    gtk_widget_remove_css_class (entry, "missing");

  if (self->editing && !self->committing)
    return;
  if (self->editing)
    {
      /* Just saved: show what was stored, ready for the next edit. */
      gtk_editable_set_text (GTK_EDITABLE (self->entry), self->edit_text ? self->edit_text : "");
      return;
    }
  show_display (self);
}

void
sc_scorecard_cell_set_editable (ScScorecardCell *self,
                                gboolean         editable)
{
  g_return_if_fail (SC_IS_SCORECARD_CELL (self));

  gtk_editable_set_editable (GTK_EDITABLE (self->entry), editable);
  gtk_widget_set_can_focus (GTK_WIDGET (self->entry), editable);
  gtk_widget_set_focusable (GTK_WIDGET (self->entry), editable);
  if (editable)
    gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "read-only");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->entry), "read-only");
}

void
sc_scorecard_cell_show_error (ScScorecardCell *self,
                              const char      *message)
{
  g_return_if_fail (SC_IS_SCORECARD_CELL (self));

  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_label (self->error_label, message ? message : "");
  if (message != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->entry), "error");
      gtk_popover_popup (self->error_popover);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "error");
      gtk_popover_popdown (self->error_popover);
    }
}

const char *
sc_scorecard_cell_get_error (ScScorecardCell *self)
{
  g_return_val_if_fail (SC_IS_SCORECARD_CELL (self), NULL);
  return self->error;
}

const char *
sc_scorecard_cell_get_display (ScScorecardCell *self)
{
  g_return_val_if_fail (SC_IS_SCORECARD_CELL (self), NULL);
  return self->display;
}

GtkEditable *
sc_scorecard_cell_get_editable (ScScorecardCell *self)
{
  g_return_val_if_fail (SC_IS_SCORECARD_CELL (self), NULL);
  return GTK_EDITABLE (self->entry);
}

void
sc_scorecard_cell_focus (ScScorecardCell *self)
{
  g_return_if_fail (SC_IS_SCORECARD_CELL (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

void
sc_scorecard_cell_show_details (ScScorecardCell *self)
{
  g_return_if_fail (SC_IS_SCORECARD_CELL (self));

  if (self->details == NULL || !gtk_editable_get_editable (GTK_EDITABLE (self->entry)))
    return;
  gtk_editable_set_text (GTK_EDITABLE (self->note_entry), self->note ? self->note : "");
  gtk_check_button_set_active (self->provisional_check, self->provisional);
  gtk_widget_set_visible (GTK_WIDGET (self->details_error), FALSE);
  gtk_popover_popup (self->details_popover);
  gtk_widget_grab_focus (GTK_WIDGET (self->note_entry));
}

void
sc_scorecard_cell_set_can_be_provisional (ScScorecardCell *self,
                                          gboolean         can)
{
  g_return_if_fail (SC_IS_SCORECARD_CELL (self));
  gtk_widget_set_visible (GTK_WIDGET (self->provisional_check), can);
}

gboolean
sc_scorecard_cell_save_details (ScScorecardCell *self,
                                const char      *note,
                                gboolean         provisional)
{
  g_autofree char *error = NULL;

  g_return_val_if_fail (SC_IS_SCORECARD_CELL (self), FALSE);

  if (self->details != NULL)
    error = self->details (self, note, provisional, self->user_data);
  gtk_label_set_label (self->details_error, error ? error : "");
  gtk_widget_set_visible (GTK_WIDGET (self->details_error), error != NULL);
  if (error != NULL)
    return FALSE;
  gtk_popover_popdown (self->details_popover);
  return TRUE;
}

/* sc-action-editor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The whole of one action in a modal window: title, owner, due date (and
 * why it moves), objective, KPI, state (with the reason for dropping),
 * notes, and the history of its due date. Nothing is written until Save;
 * a field that refuses says so where it is.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-store.h"

G_BEGIN_DECLS

typedef enum
{
  SC_EDITOR_FIELD_TITLE,
  SC_EDITOR_FIELD_OWNER,
  SC_EDITOR_FIELD_DUE,
  SC_EDITOR_FIELD_REASON,
} ScEditorField;

#define SC_TYPE_ACTION_EDITOR (sc_action_editor_get_type ())

G_DECLARE_FINAL_TYPE (ScActionEditor, sc_action_editor, SC, ACTION_EDITOR, GtkWindow)

/* action NULL: a new action for the plan of fiscal_year/quarter (0: the
 * current quarter). */
ScActionEditor *sc_action_editor_new         (GtkWindow      *parent,
                                              ScStore        *store,
                                              ScAction       *action,
                                              int             fiscal_year,
                                              int             quarter);
/* What Save does; FALSE when a field refused (the window stays). */
gboolean        sc_action_editor_save        (ScActionEditor *self);
/* The message shown at a field, NULL when there is none (tests). */
const char     *sc_action_editor_get_message (ScActionEditor *self,
                                              ScEditorField   field);
/* The lines of the due-date history shown (tests). */
guint           sc_action_editor_count_slips (ScActionEditor *self);

G_END_DECLS

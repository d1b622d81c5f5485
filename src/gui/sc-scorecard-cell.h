/* sc-scorecard-cell.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One cell of the scorecard: shows a figure with its status (colour and an
 * icon, so colour is never the only cue), its provisional mark and note;
 * edits it in place like a spreadsheet cell: typing replaces, Enter saves
 * and goes down, Tab goes right, arrows move, Escape cancels.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-types.h"

G_BEGIN_DECLS

#define SC_TYPE_SCORECARD_CELL (sc_scorecard_cell_get_type ())

G_DECLARE_FINAL_TYPE (ScScorecardCell, sc_scorecard_cell, SC, SCORECARD_CELL, GtkWidget)

typedef enum
{
  SC_CELL_MOVE_NONE,
  SC_CELL_MOVE_UP,
  SC_CELL_MOVE_DOWN,
  SC_CELL_MOVE_LEFT,
  SC_CELL_MOVE_RIGHT,
} ScCellMove;

/* Called to save the typed text: returns NULL when saved, else the message
 * to show at the cell (transfer full). */
typedef char *(*ScCellCommitFunc) (ScScorecardCell *cell,
                                   const char      *text,
                                   gpointer         user_data);
/* Called to move the focus to a neighbour. */
typedef void  (*ScCellMoveFunc)   (ScScorecardCell *cell,
                                   ScCellMove       move,
                                   gpointer         user_data);

ScScorecardCell *sc_scorecard_cell_new         (ScCellCommitFunc  commit,
                                                ScCellMoveFunc    move,
                                                gpointer          user_data);
/* What the cell shows when it does not have the focus, and the text
 * typing starts from. */
void             sc_scorecard_cell_set_figure  (ScScorecardCell  *self,
                                                const char       *display,
                                                const char       *edit_text,
                                                ScStatus          status,
                                                gboolean          provisional,
                                                gboolean          has_note,
                                                gboolean          missing);
void             sc_scorecard_cell_set_editable (ScScorecardCell *self,
                                                 gboolean         editable);
/* Shows a refusal at the cell (NULL hides it). */
void             sc_scorecard_cell_show_error  (ScScorecardCell  *self,
                                                const char       *message);
const char      *sc_scorecard_cell_get_error   (ScScorecardCell  *self);
const char      *sc_scorecard_cell_get_display (ScScorecardCell  *self);
GtkEditable     *sc_scorecard_cell_get_editable (ScScorecardCell *self);
/* Puts the keyboard focus in the cell, ready to type. */
void             sc_scorecard_cell_focus       (ScScorecardCell  *self);

G_END_DECLS

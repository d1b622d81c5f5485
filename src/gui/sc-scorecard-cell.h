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
/* Called to save the note and provisional mark: NULL when saved, else the
 * message to show (transfer full). */
typedef char *(*ScCellDetailsFunc) (ScScorecardCell *cell,
                                    const char      *note,
                                    gboolean         provisional,
                                    gpointer         user_data);
/* Called to move the focus to a neighbour. */
typedef void  (*ScCellMoveFunc)   (ScScorecardCell *cell,
                                   ScCellMove       move,
                                   gpointer         user_data);

ScScorecardCell *sc_scorecard_cell_new         (ScCellCommitFunc  commit,
                                                ScCellMoveFunc    move,
                                                ScCellDetailsFunc details,
                                                gpointer          user_data);
/* What the cell shows when it does not have the focus, and the text
 * typing starts from. */
void             sc_scorecard_cell_set_figure  (ScScorecardCell  *self,
                                                const char       *display,
                                                const char       *edit_text,
                                                ScStatus          status,
                                                gboolean          provisional,
                                                const char       *note,
                                                gboolean          missing);
void             sc_scorecard_cell_set_editable (ScScorecardCell *self,
                                                 gboolean         editable);
/* Shows a refusal at the cell (NULL hides it). */
void             sc_scorecard_cell_show_error  (ScScorecardCell  *self,
                                                const char       *message);
const char      *sc_scorecard_cell_get_error   (ScScorecardCell  *self);
const char      *sc_scorecard_cell_get_display (ScScorecardCell  *self);
GtkEditable     *sc_scorecard_cell_get_editable (ScScorecardCell *self);
/* Opens the note and provisional mark of the figure (Ctrl+Enter); the
 * provisional mark is offered for outcome indicators only. */
void             sc_scorecard_cell_show_details (ScScorecardCell *self);
void             sc_scorecard_cell_set_can_be_provisional (ScScorecardCell *self,
                                                           gboolean         can);
/* Saves what the details popover holds (its Save button; tests). */
gboolean         sc_scorecard_cell_save_details (ScScorecardCell *self,
                                                 const char      *note,
                                                 gboolean         provisional);
/* Puts the keyboard focus in the cell, ready to type. */
void             sc_scorecard_cell_focus       (ScScorecardCell  *self);

G_END_DECLS

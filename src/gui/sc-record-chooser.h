/* sc-record-chooser.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A searchable drop-down that picks one row of the company file: a person
 * (an owner), a KPI, or one of a quarter's priority objectives. Its first
 * entry stands for "none" (none-label). It follows the file: people made
 * inactive leave the list (unless one is the current choice, or
 * show-inactive is set), new ones join it.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-store.h"

G_BEGIN_DECLS

typedef enum
{
  SC_RECORD_CHOOSER_PEOPLE,
  SC_RECORD_CHOOSER_KPIS,
  SC_RECORD_CHOOSER_PRIORITIES,
} ScRecordChooserKind;

#define SC_TYPE_RECORD_CHOOSER (sc_record_chooser_get_type ())

G_DECLARE_FINAL_TYPE (ScRecordChooser, sc_record_chooser, SC, RECORD_CHOOSER, GtkWidget)

void      sc_record_chooser_set_store       (ScRecordChooser *self,
                                             ScStore         *store);
ScStore  *sc_record_chooser_get_store       (ScRecordChooser *self);
/* 0: the "none" entry. */
gint64    sc_record_chooser_get_selected_id (ScRecordChooser *self);
void      sc_record_chooser_set_selected_id (ScRecordChooser *self,
                                             gint64           id);
/* Priorities: which quarter's objectives to offer. */
void      sc_record_chooser_set_quarter     (ScRecordChooser *self,
                                             int              fiscal_year,
                                             int              quarter);
/* People: someone not to offer (the person handing over their work). */
void      sc_record_chooser_set_exclude_id  (ScRecordChooser *self,
                                             gint64           id);
/* The label of the current choice (tests). */
char     *sc_record_chooser_dup_label       (ScRecordChooser *self);
/* The entries offered, "none" first (tests). */
GListModel *sc_record_chooser_get_model     (ScRecordChooser *self);

G_END_DECLS

/* sc-kpi-editor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The KPI editor: a modal window with every setting of one KPI, its owner,
 * its target versions and its per-period targets. Nothing is written until
 * Save, which writes it all in one change (one Undo); a number or a date
 * that makes no sense is refused with a message under its field. Drop (or
 * Restore) and Delete act at once, each with its own Undo.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-store.h"

G_BEGIN_DECLS

#define SC_TYPE_KPI_EDITOR (sc_kpi_editor_get_type ())

G_DECLARE_FINAL_TYPE (ScKpiEditor, sc_kpi_editor, SC, KPI_EDITOR, GtkWindow)

/* kpi is a saved KPI of store, or a new draft (id 0) to create. */
ScKpiEditor *sc_kpi_editor_new  (GtkWindow   *parent,
                                 ScStore     *store,
                                 ScKpi       *kpi);
ScKpi       *sc_kpi_editor_get_kpi (ScKpiEditor *self);
/* What Save does: TRUE when written (the window then closes). */
gboolean     sc_kpi_editor_save (ScKpiEditor *self);

G_END_DECLS

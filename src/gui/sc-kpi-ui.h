/* sc-kpi-ui.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the KPI widgets (list, editor, catalogue chooser, first choice of
 * KPIs) say and do the same way: a KPI's settings in words, a target and
 * its period in the interface language, the rule of 5 to 7 asked before an
 * eighth active KPI, and opening the editor.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-alert-window.h"
#include "sc-kpi-editing.h"

G_BEGIN_DECLS

/* "Outcome · Money · Higher is better · Weekly" in the interface language. */
char          *sc_kpi_ui_summary        (ScKpiKind     kind,
                                         ScUnit        unit,
                                         ScDirection   direction,
                                         ScFrequency   frequency);
char          *sc_kpi_ui_kpi_summary    (ScKpi        *kpi);
/* A target (stored hundredths) in the KPI's unit and the company's
 * currency: "150 000,00 $", "30,0 %", "12". */
char          *sc_kpi_ui_target         (ScStore      *store,
                                         ScKpi        *kpi,
                                         gint64        amount);
/* The entry period that starts on day: "Week of September 22, 2025" or,
 * for a monthly KPI, "October 2025". */
char          *sc_kpi_ui_period         (ScKpi        *kpi,
                                         ScDay         day);

/* Before one more active KPI: NULL when the rule of 5 to 7 has nothing
 * to say, else a modal alert (already shown) with its warning and the
 * buttons Cancel and accept_label (response "accept"). */
ScAlertWindow *sc_kpi_ui_confirm_add    (GtkWidget    *from,
                                         ScStore      *store,
                                         const char   *accept_label);
/* Restores a dropped KPI after asking, from the 8th active KPI on; says
 * it in a toast with Undo. */
void           sc_kpi_ui_restore        (GtkWidget    *from,
                                         ScStore      *store,
                                         gint64        kpi_id);
/* Opens the editor on kpi (saved, or a draft with id 0) over the window
 * of from. */
GtkWindow     *sc_kpi_ui_open_editor    (GtkWidget    *from,
                                         ScStore      *store,
                                         ScKpi        *kpi);

G_END_DECLS

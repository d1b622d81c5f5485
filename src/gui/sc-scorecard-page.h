/* sc-scorecard-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-kpi.h"
#include "sc-kpi-detail.h"
#include "sc-scorecard-cell.h"
#include "sc-store.h"

G_BEGIN_DECLS

#define SC_TYPE_SCORECARD_PAGE (sc_scorecard_page_get_type ())

G_DECLARE_FINAL_TYPE (ScScorecardPage, sc_scorecard_page, SC, SCORECARD_PAGE, GtkWidget)

void             sc_scorecard_page_set_store    (ScScorecardPage *self,
                                                 ScStore         *store);
ScStore         *sc_scorecard_page_get_store    (ScScorecardPage *self);
/* "weeks", "months" or "quarters" (also the scorecard.view action). */
void             sc_scorecard_page_set_view     (ScScorecardPage *self,
                                                 const char      *view);

/* Shows the detail of a KPI (trend, months, target history) in place of
 * the grid; FALSE when there is no such KPI. */
gboolean         sc_scorecard_page_show_kpi     (ScScorecardPage *self,
                                                 gint64           kpi_id);
ScKpiDetail     *sc_scorecard_page_get_detail   (ScScorecardPage *self);
/* Shows the list of indicators to add, edit, reorder, drop or restore. */
void             sc_scorecard_page_show_indicators (ScScorecardPage *self);

/* For tests and for the keyboard: the grid's cells (NULL where a monthly
 * KPI has no cell in a week), its columns and rows. */
ScScorecardCell *sc_scorecard_page_get_cell     (ScScorecardPage *self,
                                                 guint            row,
                                                 guint            column);
const ScPeriod  *sc_scorecard_page_get_column   (ScScorecardPage *self,
                                                 guint            column);
guint            sc_scorecard_page_get_n_rows   (ScScorecardPage *self);
ScKpi           *sc_scorecard_page_get_row_kpi  (ScScorecardPage *self,
                                                 guint            row);

G_END_DECLS

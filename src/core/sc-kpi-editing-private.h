/* sc-kpi-editing-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared between the files that implement sc-kpi-editing.h.
 */

#pragma once

#include "sc-kpi-editing.h"

G_BEGIN_DECLS

/* Target versions and overrides have the same columns: the functions below
 * serve both tables with these. */
enum
{
  PERIOD_ROW_KPI   = SC_TARGET_KPI_ID,
  PERIOD_ROW_DAY   = SC_TARGET_EFFECTIVE,
  PERIOD_ROW_VALUE = SC_TARGET_VALUE,
  PERIOD_ROW_NOTE  = SC_TARGET_NOTE,
};

gboolean   _sc_kpi_fail          (GError            **error,
                                  ScKpiError          code,
                                  const char         *message);
/* Commits change when ok, else rolls it back and returns FALSE. */
gboolean   _sc_kpi_commit        (ScStore            *store,
                                  ScChange           *change,
                                  gboolean            ok,
                                  GError            **error);
/* The cached KPI, or NULL with SC_KPI_ERROR_NOT_FOUND. */
ScKpi     *_sc_kpi_lookup        (ScStore            *store,
                                  gint64              kpi_id,
                                  GError            **error);
/* The rows of a target or override table that belong to kpi_id, by day
 * (new references). */
GPtrArray *_sc_kpi_period_rows   (ScStore            *store,
                                  const ScTableInfo  *table,
                                  gint64              kpi_id);
/* Makes the KPI's rows of table exactly wanted (records of that table,
 * matched by day, brought to the start of their entry period). */
gboolean   _sc_kpi_apply_rows    (ScChange           *change,
                                  const ScTableInfo  *table,
                                  ScKpi              *kpi,
                                  GPtrArray          *wanted,
                                  GError            **error);

G_END_DECLS

/* sc-plan-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared between the files that implement sc-plan.h.
 */

#pragma once

#include "sc-plan.h"

G_BEGIN_DECLS

gboolean   _sc_plan_fail        (GError            **error,
                                 ScPlanError         code,
                                 const char         *message);
/* A trimmed copy; "" for NULL. */
char      *_sc_plan_strip       (const char         *text);
/* Commits change when ok, else rolls it back and returns FALSE. */
gboolean   _sc_plan_commit      (ScStore            *store,
                                 ScChange           *change,
                                 gboolean            ok,
                                 GError            **error);
/* The cached row, or NULL with SC_PLAN_ERROR_NOT_FOUND. */
ScRecord  *_sc_plan_lookup      (ScStore            *store,
                                 const ScTableInfo  *table,
                                 gint64              id,
                                 GError            **error);
/* missing is the message when there is no owner. stored_owner_id is the
 * owner the row has in the file (0 for a new row). */
gboolean   _sc_plan_check_owner (ScStore            *store,
                                 gint64              owner_id,
                                 gint64              stored_owner_id,
                                 const char         *missing,
                                 GError            **error);
gboolean   _sc_plan_is_reviewed (ScStore            *store,
                                 ScItemKind          kind,
                                 gint64              id);
gboolean   _sc_plan_unlink      (ScChange           *change,
                                 GPtrArray          *records,
                                 guint               column,
                                 gint64              id,
                                 GError            **error);
/* The cached rows of table as an array of new references. */
GPtrArray *_sc_plan_list_array  (ScStore            *store,
                                 const ScTableInfo  *table);
typedef gboolean (*ScPlanKeepFunc) (ScRecord      *record,
                                    gconstpointer  data);

/* The cached rows of table that keep accepts (new references), ordered by
 * sort_column (an INT, DATE or REF column), then by id. */
GPtrArray *_sc_plan_select      (ScStore            *store,
                                 const ScTableInfo  *table,
                                 ScPlanKeepFunc      keep,
                                 gconstpointer       data,
                                 guint               sort_column);
gboolean   _sc_plan_in_quarter  (ScRecord           *record,
                                 guint               year_column,
                                 guint               quarter_column,
                                 int                 fiscal_year,
                                 int                 quarter);
guint      _sc_plan_highest_ref (GListModel         *model,
                                 guint               year_column,
                                 guint               quarter_column,
                                 guint               ref_column,
                                 char                letter,
                                 int                 fiscal_year,
                                 int                 quarter);

G_END_DECLS

/* sc-action-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The actions of a quarter's plan (and, for the current quarter, the ones
 * still open from earlier plans), in one of four views: by owner (with
 * each owner's days late added up), by objective, overdue first, done.
 * Filters by state and owner, search by text. A filter and a sorter over
 * the store's list of actions; a GtkListBox with a header function gives
 * the groups (GTK 4.8 lists have no section headers).
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-store.h"

G_BEGIN_DECLS

typedef enum
{
  SC_ACTION_VIEW_BY_OWNER,
  SC_ACTION_VIEW_BY_PRIORITY,
  SC_ACTION_VIEW_OVERDUE_FIRST,
  SC_ACTION_VIEW_DONE,
} ScActionView;

typedef enum
{
  SC_ACTION_FILTER_ALL,
  SC_ACTION_FILTER_OPEN,
  SC_ACTION_FILTER_OVERDUE,
  SC_ACTION_FILTER_DONE,
  SC_ACTION_FILTER_DROPPED,
} ScActionFilter;

#define SC_TYPE_ACTION_LIST (sc_action_list_get_type ())

G_DECLARE_FINAL_TYPE (ScActionList, sc_action_list, SC, ACTION_LIST, GtkWidget)

void        sc_action_list_set_store   (ScActionList   *self,
                                        ScStore        *store);
void        sc_action_list_set_quarter (ScActionList   *self,
                                        int             fiscal_year,
                                        int             quarter,
                                        gboolean        is_current);
void        sc_action_list_set_view    (ScActionList   *self,
                                        ScActionView    view);
void        sc_action_list_set_filter  (ScActionList   *self,
                                        ScActionFilter  filter);
void        sc_action_list_set_owner   (ScActionList   *self,
                                        gint64          owner_id);
void        sc_action_list_set_search  (ScActionList   *self,
                                        const char     *text);
/* The actions shown, in their order (tests). */
GListModel *sc_action_list_get_model   (ScActionList   *self);
/* Brings filters, order, groups and rows up to date now instead of at the
 * next idle (tests). */
void        sc_action_list_refresh     (ScActionList   *self);

G_END_DECLS

/* sc-plan.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules of the 90-day plan (PRODUCT.md §3.3): people, a quarter's 1 to
 * 5 priority objectives, and actions that each have one owner and a due
 * date. What is refused is refused here, with a translated sentence in an
 * SC_PLAN_ERROR, and nothing is written; what is allowed is written as one
 * change of the store (one transaction, one entry in the Undo menu).
 *
 * The computations every screen shares live here too, so that the plan
 * page, the dashboard, the meeting and the workbook show the same numbers:
 * overdue and days late around the due day (due today is not late, due
 * yesterday is one day late), totals per owner, what is due this week (by
 * the company's week), the quarter an action belongs to, slips.
 *
 * "Today" is always the company's: sc_store_get_today().
 */

#pragma once

#include "sc-store.h"

G_BEGIN_DECLS

#define SC_PLAN_ERROR (sc_plan_error_quark ())

typedef enum
{
  SC_PLAN_ERROR_NO_TITLE,
  SC_PLAN_ERROR_NO_OWNER,
  SC_PLAN_ERROR_NO_DUE,
  SC_PLAN_ERROR_NO_REASON,       /* dropping needs a reason */
  SC_PLAN_ERROR_INACTIVE_OWNER,  /* new work for someone who left */
  SC_PLAN_ERROR_TOO_MANY,        /* a sixth priority objective */
  SC_PLAN_ERROR_NO_NAME,
  SC_PLAN_ERROR_BAD_EMAIL,
  SC_PLAN_ERROR_OPEN_ITEMS,      /* the person still owns open work */
  SC_PLAN_ERROR_HISTORY,         /* the person appears in the file's history */
  SC_PLAN_ERROR_SAME_PERSON,
  SC_PLAN_ERROR_REVIEWED,        /* decided on by a quarterly review */
  SC_PLAN_ERROR_NOT_FOUND,
} ScPlanError;

/* The method's cap: focus is the point of a quarter's plan. */
#define SC_PLAN_MAX_PRIORITIES 5

GQuark      sc_plan_error_quark          (void);

/* Quarters ---------------------------------------------------------------- */

/* The fiscal quarter that contains the company's today. */
void        sc_plan_current_quarter      (ScStore        *store,
                                          ScPeriod       *quarter);
void        sc_plan_quarter              (ScStore        *store,
                                          int             fiscal_year,
                                          int             quarter,
                                          ScPeriod       *period);
/* Whether the quarter has priority objectives or actions of its own. */
gboolean    sc_plan_quarter_has_plan     (ScStore        *store,
                                          int             fiscal_year,
                                          int             quarter);
/* The latest quarter before fiscal_year/quarter that has a plan; FALSE
 * when there is none. */
gboolean    sc_plan_find_previous_plan   (ScStore        *store,
                                          int             fiscal_year,
                                          int             quarter,
                                          int            *found_year,
                                          int            *found_quarter);
/* The quarter whose plan an action belongs to. */
void        sc_plan_action_quarter       (ScStore        *store,
                                          ScAction       *action,
                                          ScPeriod       *period);
/* Whether an action shows in the plan of fiscal_year/quarter: its own
 * actions, and, when that quarter is the current one, the actions of
 * earlier plans that are still open (the quarterly review has not closed
 * or carried them yet, so they are still work in progress). */
gboolean    sc_plan_action_shows_in      (ScAction       *action,
                                          int             fiscal_year,
                                          int             quarter,
                                          gboolean        is_current);

/* Actions: what is derived --------------------------------------------- */

gboolean    sc_plan_action_is_open       (ScAction       *action);
/* Open and past its due day. */
gboolean    sc_plan_action_is_overdue    (ScAction       *action,
                                          ScDay           today);
/* today − due for an overdue action, else 0. */
guint       sc_plan_days_late            (ScAction       *action,
                                          ScDay           today);
/* How many times the due date moved. */
guint       sc_plan_count_slips          (ScStore        *store,
                                          gint64          action_id);
/* The moves of an action's due date, oldest first (new references). */
GPtrArray  *sc_plan_get_slips            (ScStore        *store,
                                          gint64          action_id);
/* action id → number of slips, for lists (gint64* keys, GUINT_TO_POINTER
 * values). */
GHashTable *sc_plan_slip_counts          (ScStore        *store);
/* "A11": one more than the highest Ann of the quarter's actions. */
char       *sc_plan_next_action_ref      (ScStore        *store,
                                          int             fiscal_year,
                                          int             quarter);

/* Actions: changes -------------------------------------------------------- */

/* A new open action of the quarter's plan, not saved. fiscal_year 0: the
 * current quarter. */
ScAction   *sc_plan_new_action           (ScStore        *store,
                                          int             fiscal_year,
                                          int             quarter);
/* Refuses an action without title, owner or due date, a dropped action
 * without its reason, and new work for an inactive person. The error's
 * code says which field is wrong. */
gboolean    sc_plan_validate_action      (ScStore        *store,
                                          ScAction       *draft,
                                          GError        **error);
/* Inserts (id 0) or updates draft, in one change. A new action gets its
 * ref, its original due date, its creation day and, when it has none, the
 * current quarter. When the due date of a saved action changes, its
 * original due date is kept and the move is recorded as a slip with
 * slip_reason (may be NULL). Done and dropped actions get their closing
 * day (today) if they have none; reopened ones lose it. draft gets the new
 * id. */
gboolean    sc_plan_save_action          (ScStore        *store,
                                          ScAction       *draft,
                                          const char     *slip_reason,
                                          GError        **error);
gboolean    sc_plan_complete_action      (ScStore        *store,
                                          gint64          action_id,
                                          GError        **error);
gboolean    sc_plan_drop_action          (ScStore        *store,
                                          gint64          action_id,
                                          const char     *reason,
                                          GError        **error);
gboolean    sc_plan_reopen_action        (ScStore        *store,
                                          gint64          action_id,
                                          GError        **error);
/* Deletes an action and, in the same change, its slips and the links to
 * it (review countermeasures, actions carried from it), so that undo
 * restores all of it. An action a quarterly review decided on is history:
 * refused. */
gboolean    sc_plan_delete_action        (ScStore        *store,
                                          gint64          action_id,
                                          GError        **error);

/* Priority objectives ---------------------------------------------------- */

/* The quarter's objectives by position (new references). */
GPtrArray  *sc_plan_get_priorities       (ScStore        *store,
                                          int             fiscal_year,
                                          int             quarter);
/* Objectives that count against the cap: all but the dropped ones. */
guint       sc_plan_count_priorities     (ScStore        *store,
                                          int             fiscal_year,
                                          int             quarter);
/* FALSE with SC_PLAN_ERROR_TOO_MANY when the quarter has its five. */
gboolean    sc_plan_can_add_priority     (ScStore        *store,
                                          int             fiscal_year,
                                          int             quarter,
                                          GError        **error);
ScPriority *sc_plan_new_priority         (ScStore        *store,
                                          int             fiscal_year,
                                          int             quarter);
/* Title and owner required; a new one gets the next ref (O4) and
 * position, and is refused beyond five. */
gboolean    sc_plan_save_priority        (ScStore        *store,
                                          ScPriority     *draft,
                                          GError        **error);
/* Its actions lose the link (explicitly, for undo). */
gboolean    sc_plan_delete_priority      (ScStore        *store,
                                          gint64          priority_id,
                                          GError        **error);

/* People (sc-plan-people.c) ----------------------------------------------- */

typedef struct
{
  guint open_actions;
  guint overdue_actions;
  guint days_late;          /* summed over the overdue actions */
  guint open_priorities;
  guint active_kpis;
} ScPersonLoad;

/* An email may be empty; if given it must look like one
 * (name@example.com). */
gboolean    sc_plan_email_is_valid       (const char     *email);
gboolean    sc_plan_validate_person      (ScPerson       *draft,
                                          GError        **error);
void        sc_plan_person_load          (ScStore        *store,
                                          gint64          person_id,
                                          ScDay           today,
                                          ScPersonLoad   *load);
gboolean    sc_plan_person_has_open_items (ScStore       *store,
                                           gint64         person_id);
/* Closed actions or objectives, archived KPIs, meetings, topics or review
 * decisions that name the person: they can be deactivated, not deleted. */
gboolean    sc_plan_person_has_history   (ScStore        *store,
                                          gint64          person_id);
/* "2 open actions, 1 objective and 1 KPI" (translated). */
char       *sc_plan_describe_open_items  (const ScPersonLoad *load);
ScPerson   *sc_plan_new_person           (ScStore        *store);
/* Inserts or updates; refuses to make inactive someone who still owns
 * open work (SC_PLAN_ERROR_OPEN_ITEMS). */
gboolean    sc_plan_save_person          (ScStore        *store,
                                          ScPerson       *draft,
                                          GError        **error);
gboolean    sc_plan_set_person_active    (ScStore        *store,
                                          gint64          person_id,
                                          gboolean        active,
                                          GError        **error);
/* Refuses someone with history (HISTORY, checked first: deactivate them
 * instead) or with open work (OPEN_ITEMS: hand it over first). */
gboolean    sc_plan_delete_person        (ScStore        *store,
                                          gint64          person_id,
                                          GError        **error);

typedef enum
{
  SC_PERSON_KEEP,
  SC_PERSON_DEACTIVATE,
  SC_PERSON_DELETE,
} ScPersonFate;

/* Moves all of from's open actions, open objectives and active KPIs to
 * to (closed ones keep their owner), then deactivates or deletes from as
 * fate says: one change, one undo. to must be active. */
gboolean    sc_plan_reassign_person      (ScStore        *store,
                                          gint64          from_id,
                                          gint64          to_id,
                                          ScPersonFate    fate,
                                          GError        **error);

/* For the dashboard -------------------------------------------------------- */

typedef struct
{
  gint64 owner_id;
  guint  n_actions;
  guint  days_late;
} ScOwnerLateness;

/* Owners with overdue actions, most days late first (an array of
 * ScOwnerLateness). */
GArray     *sc_plan_overdue_by_owner     (ScStore        *store,
                                          ScDay           today);
/* Open actions due in the company's week that contains today, by due day
 * (new references). Actions already late by today but due this week are
 * included. */
GPtrArray  *sc_plan_due_this_week        (ScStore        *store,
                                          ScDay           today);
/* Open overdue actions, most days late first (new references). */
GPtrArray  *sc_plan_overdue_actions      (ScStore        *store,
                                          ScDay           today);

G_END_DECLS

/* sc-kpi-editing.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules of the scorecard's KPIs (PRODUCT.md §3.2, C2): creating them
 * from the catalogue or from scratch, editing their settings, their target
 * versions and per-period overrides, their order, dropping (archiving) and
 * restoring them, and the company's shutdown weeks. What is refused is
 * refused here with a translated sentence in an SC_KPI_ERROR, and nothing
 * is written; what is allowed is written as one change of the store (one
 * transaction, one entry in the Undo menu).
 *
 * Rules kept here so that every screen applies the same ones:
 *  - the history is never reinterpreted: a KPI that has figures keeps its
 *    frequency and roll-up, and is archived rather than deleted;
 *  - a target applies from the start of an entry period (a week, or a
 *    month for a monthly KPI): a day chosen inside one is brought back to
 *    its start; a new version never touches the versions before it, and a
 *    version on the same day replaces that one;
 *  - a KPI made from the catalogue keeps the catalogue's wording (in both
 *    languages) until the owner types their own;
 *  - targets are in natural units (dollars, counts, percentage points);
 *    only money, percentages and plain numbers may have negative targets.
 *
 * "Today" is always the company's: sc_store_get_today().
 */

#pragma once

#include "sc-kpi.h"
#include "sc-store.h"

G_BEGIN_DECLS

#define SC_KPI_ERROR (sc_kpi_error_quark ())

typedef enum
{
  SC_KPI_ERROR_NO_NAME,
  SC_KPI_ERROR_NO_LABELS,        /* a ratio without what its two figures count */
  SC_KPI_ERROR_INVALID,          /* a setting outside its choices */
  SC_KPI_ERROR_ROLLING,          /* rolling weeks out of 0–52, or on a monthly KPI */
  SC_KPI_ERROR_TOLERANCE,
  SC_KPI_ERROR_OWNER,            /* unknown, or no longer active */
  SC_KPI_ERROR_HISTORY,          /* would reinterpret or lose recorded figures */
  SC_KPI_ERROR_TARGET,           /* a target value refused */
  SC_KPI_ERROR_DATE,             /* a day missing or not understood */
  SC_KPI_ERROR_LAST_TARGET,      /* removing a KPI's only target */
  SC_KPI_ERROR_LEVEL,            /* a shutdown level out of 0–100 % */
  SC_KPI_ERROR_NOT_FOUND,
} ScKpiError;

#define SC_KPI_MAX_ROLLING_WEEKS 52
/* The widest watch band, in hundredths of % (50 %). */
#define SC_KPI_MAX_TOLERANCE     5000
/* The level of a shutdown week when none is given: 20 % of the target. */
#define SC_KPI_SHUTDOWN_LEVEL    2000

GQuark      sc_kpi_error_quark            (void);

/* Drafts ------------------------------------------------------------------ */

/* A new, unsaved KPI: the catalogue entry's settings, or (entry NULL) a
 * weekly count to sum, higher is better, with the company's default watch
 * band. Its creation day is the company's today. */
ScKpi      *sc_kpi_editing_new_draft      (ScStore              *store,
                                           const ScCatalogEntry *entry);
/* Refuses a KPI from scratch without a name, a ratio without the names of
 * its two figures, settings outside their choices, rolling weeks out of
 * 0–52 (or any on a monthly KPI), a watch band out of 0–50 %, and a new
 * owner who is unknown or inactive. The error code says which field. */
gboolean    sc_kpi_editing_validate       (ScStore              *store,
                                           ScKpi                *draft,
                                           GError              **error);
/* Whether the KPI has figures in the file (any period). */
gboolean    sc_kpi_editing_has_values     (ScStore              *store,
                                           gint64                kpi_id);

/* Entry periods ---------------------------------------------------------- */

/* The start of the entry period of kpi that contains day: its week, or
 * for a monthly KPI the first day of the month its week belongs to. */
ScDay       sc_kpi_editing_period_of      (ScStore              *store,
                                           ScKpi                *kpi,
                                           ScDay                 day);
/* The same for the company's today: where a new target starts by default. */
ScDay       sc_kpi_editing_current_period (ScStore              *store,
                                           ScKpi                *kpi);

/* Typed text ----------------------------------------------------------------- */

/* A target typed in lang for kpi, in natural units; blank text gives NAN
 * ("no target"). Refuses a % on a KPI that is not a percentage, a
 * currency sign on one that is not money, negative counts and days. */
gboolean    sc_kpi_editing_parse_target   (ScKpi                *kpi,
                                           ScLang                lang,
                                           const char           *text,
                                           double               *target,
                                           GError              **error);
/* A percentage from 0 to max_hundredths / 100, with or without "%", as
 * hundredths of % (the watch band, a shutdown level). code is the error
 * code to report. */
gboolean    sc_kpi_editing_parse_percent  (ScLang                lang,
                                           const char           *text,
                                           gint64                max_hundredths,
                                           ScKpiError            code,
                                           gint64               *hundredths,
                                           GError              **error);

/* Creating and editing ----------------------------------------------------- */

/* Inserts draft (id 0) at the end of the active KPIs with, unless target
 * is NAN, its first target in force from the entry period that contains
 * effective (SC_DAY_NONE: the current one). draft gets its id. */
gboolean    sc_kpi_editing_create         (ScStore              *store,
                                           ScKpi                *draft,
                                           double                target,
                                           ScDay                 effective,
                                           GError              **error);
/* The same for several KPIs in one change (the starter set), in the order
 * given; targets[i] is the first target of drafts[i] (NAN: none), in
 * force from the current period. */
gboolean    sc_kpi_editing_create_many    (ScStore              *store,
                                           GPtrArray            *drafts,
                                           const double         *targets,
                                           GError              **error);
/* Writes every field of draft (a copy of a saved KPI) at once. Changing
 * the frequency or the roll-up of a KPI that has figures is refused: it
 * would reinterpret its history. Archiving and the position are left as
 * stored: sc_kpi_editing_drop(), _restore() and _move() change them. */
gboolean    sc_kpi_editing_update         (ScStore              *store,
                                           ScKpi                *draft,
                                           GError              **error);
/* What the KPI editor saves, in one change: draft's fields (a new KPI
 * when its id is 0) and, when they are not NULL, its target versions and
 * overrides, which become exactly the ScTarget / ScTargetOverride records
 * given (their KPI and id are ignored: rows are matched by day). A KPI
 * that had a target keeps at least one. */
gboolean    sc_kpi_editing_save           (ScStore              *store,
                                           ScKpi                *draft,
                                           GPtrArray            *targets,
                                           GPtrArray            *overrides,
                                           GError              **error);

/* Targets ------------------------------------------------------------------ */

/* A target version in force from the entry period that contains day
 * (value in natural units); on the day of an existing version, it
 * replaces that version. */
gboolean    sc_kpi_editing_add_target     (ScStore              *store,
                                           gint64                kpi_id,
                                           ScDay                 day,
                                           double                value,
                                           const char           *note,
                                           GError              **error);
/* Removes a version; a KPI's only version cannot be removed. */
gboolean    sc_kpi_editing_delete_target  (ScStore              *store,
                                           gint64                target_id,
                                           GError              **error);
/* The target of the one entry period that contains day, over the version
 * in force (a holiday week, a trade-show month), with its note. */
gboolean    sc_kpi_editing_set_override   (ScStore              *store,
                                           gint64                kpi_id,
                                           ScDay                 day,
                                           double                value,
                                           const char           *note,
                                           GError              **error);
gboolean    sc_kpi_editing_clear_override (ScStore              *store,
                                           gint64                kpi_id,
                                           ScDay                 day,
                                           GError              **error);
/* The KPI's target history, oldest version first, and its overrides by
 * period (new references to the store's records). */
GPtrArray  *sc_kpi_editing_get_targets    (ScStore              *store,
                                           gint64                kpi_id);
GPtrArray  *sc_kpi_editing_get_overrides  (ScStore              *store,
                                           gint64                kpi_id);

/* The scorecard ---------------------------------------------------------- */

/* The active KPIs in scorecard order, or the archived ones, most recently
 * dropped first (new references). */
GPtrArray  *sc_kpi_editing_list           (ScStore              *store,
                                           gboolean              archived);
/* The KPI made from the catalogue entry key: an active one if there is
 * one, else the last dropped; NULL when none (borrowed). */
ScKpi      *sc_kpi_editing_find_catalog   (ScStore              *store,
                                           const char           *key);
/* Moves an active KPI offset places up (< 0) or down (> 0) the scorecard;
 * the positions of all active KPIs are rewritten in one change. At either
 * end nothing is written. */
gboolean    sc_kpi_editing_move           (ScStore              *store,
                                           gint64                kpi_id,
                                           int                   offset,
                                           GError              **error);
/* Drops (archives) a KPI as of today: its figures and targets stay. */
gboolean    sc_kpi_editing_drop           (ScStore              *store,
                                           gint64                kpi_id,
                                           GError              **error);
/* Puts a dropped KPI back at the end of the scorecard. From the 8th
 * active KPI on, *warning (when not NULL) gets what the rule of 5 to 7
 * says about it (sc_kpi_dup_add_warning()); else NULL. */
gboolean    sc_kpi_editing_restore        (ScStore              *store,
                                           gint64                kpi_id,
                                           char                **warning,
                                           GError              **error);
/* Deletes a KPI with its targets and overrides, and unlinks the
 * objectives and actions that name it, in one change. A KPI with figures,
 * or that a review holds, is history: refused (drop it instead). */
gboolean    sc_kpi_editing_delete         (ScStore              *store,
                                           gint64                kpi_id,
                                           GError              **error);

/* Shutdown weeks -------------------------------------------------------- */

/* Declares the week that contains day (by the company's calendar) a
 * shutdown week whose targets drop to level (hundredths of % of the
 * normal target); a week already declared takes the new label and level. */
gboolean    sc_kpi_editing_add_shutdown   (ScStore              *store,
                                           ScDay                 day,
                                           const char           *label,
                                           gint64                level,
                                           GError              **error);
gboolean    sc_kpi_editing_remove_shutdown (ScStore             *store,
                                            gint64               shutdown_id,
                                            GError             **error);
/* The declared weeks, earliest first (new references). */
GPtrArray  *sc_kpi_editing_get_shutdowns  (ScStore              *store);

G_END_DECLS

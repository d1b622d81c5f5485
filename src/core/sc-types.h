/* sc-types.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The enumerations of the domain model (PRODUCT.md §3). They are registered
 * as GEnum types by gnome.mkenums_simple (sc-enums.h) so objects can expose
 * them as properties.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A day is a GDate Julian day number (1 = 0001-01-01); 0 means "no date". */
typedef guint32 ScDay;

#define SC_DAY_NONE ((ScDay) 0)

/* Language of a document or of the interface. */
typedef enum
{
  SC_LANG_EN,
  SC_LANG_FR,
} ScLang;

typedef enum
{
  SC_KPI_KIND_OUTCOME,
  SC_KPI_KIND_ACTIVITY,
} ScKpiKind;

typedef enum
{
  SC_UNIT_CURRENCY,
  SC_UNIT_COUNT,
  SC_UNIT_PERCENT,
  SC_UNIT_DAYS,
  SC_UNIT_NUMBER,
} ScUnit;

typedef enum
{
  SC_DIRECTION_HIGHER,
  SC_DIRECTION_LOWER,
} ScDirection;

typedef enum
{
  SC_FREQUENCY_WEEKLY,
  SC_FREQUENCY_MONTHLY,
} ScFrequency;

typedef enum
{
  SC_ROLLUP_SUM,
  SC_ROLLUP_AVERAGE,
  SC_ROLLUP_LAST,
  SC_ROLLUP_RATIO,
} ScRollup;

typedef enum
{
  SC_STATUS_NONE,
  SC_STATUS_ON_TARGET,
  SC_STATUS_WATCH,
  SC_STATUS_OFF_TARGET,
} ScStatus;

typedef enum
{
  SC_ACTION_OPEN,
  SC_ACTION_DONE,
  SC_ACTION_DROPPED,
} ScActionStatus;

typedef enum
{
  SC_DECISION_NONE,
  SC_DECISION_KEEP,
  SC_DECISION_MODIFY,
  SC_DECISION_DROP,
} ScDecision;

typedef enum
{
  SC_PERIOD_WEEK,
  SC_PERIOD_MONTH,
  SC_PERIOD_QUARTER,
  SC_PERIOD_YEAR,
} ScPeriodKind;

G_END_DECLS

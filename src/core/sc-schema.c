/* sc-schema.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-schema"

#include "config.h"

#include "sc-schema.h"

#define TABLE(var, sql_name, cols) \
  const ScTableInfo var = { sql_name, cols, G_N_ELEMENTS (cols) }

#define ID     { "id", SC_COLUMN_INT, FALSE }
#define INT(n) { n, SC_COLUMN_INT, FALSE }
#define BOOL(n) { n, SC_COLUMN_BOOL, FALSE }
#define TEXT(n) { n, SC_COLUMN_TEXT, FALSE }
#define DATE(n) { n, SC_COLUMN_DATE, FALSE }
#define REF(n) { n, SC_COLUMN_REF, TRUE }
#define NINT(n) { n, SC_COLUMN_INT, TRUE }
#define NTEXT(n) { n, SC_COLUMN_TEXT, TRUE }
#define NDATE(n) { n, SC_COLUMN_DATE, TRUE }

static const ScColumn company_columns[] = {
  ID, TEXT ("name"), TEXT ("currency"), INT ("fiscal_start_month"), INT ("week_start"),
  INT ("meeting_weekday"), INT ("meeting_time"), INT ("meeting_minutes"),
  TEXT ("report_lang"), INT ("tolerance"), DATE ("created"), NDATE ("as_of"),
};
TABLE (sc_company_table, "company", company_columns);

static const ScColumn agenda_columns[] = {
  ID, INT ("position"), INT ("kind"), TEXT ("title"), INT ("minutes"),
};
TABLE (sc_agenda_table, "agenda_segment", agenda_columns);

static const ScColumn shutdown_columns[] = {
  ID, DATE ("week"), TEXT ("label"), INT ("level"),
};
TABLE (sc_shutdown_table, "shutdown_week", shutdown_columns);

static const ScColumn person_columns[] = {
  ID, TEXT ("name"), TEXT ("role"), TEXT ("email"), BOOL ("active"), BOOL ("in_meeting"),
  INT ("position"),
};
TABLE (sc_person_table, "person", person_columns);

static const ScColumn kpi_columns[] = {
  ID, TEXT ("catalog_key"), TEXT ("name"), TEXT ("definition"), INT ("kind"), INT ("unit"),
  INT ("direction"), INT ("frequency"), INT ("rollup"), INT ("rolling_weeks"),
  REF ("owner_id"), INT ("tolerance"), INT ("position"), NDATE ("archived"),
  TEXT ("num_label"), TEXT ("den_label"), DATE ("created"),
};
TABLE (sc_kpi_table, "kpi", kpi_columns);

static const ScColumn target_columns[] = {
  ID, REF ("kpi_id"), DATE ("effective"), INT ("value"), TEXT ("note"),
};
TABLE (sc_target_table, "kpi_target", target_columns);

static const ScColumn override_columns[] = {
  ID, REF ("kpi_id"), DATE ("period"), INT ("value"), TEXT ("note"),
};
TABLE (sc_override_table, "kpi_target_override", override_columns);

static const ScColumn value_columns[] = {
  ID, REF ("kpi_id"), DATE ("period"), INT ("value"), NINT ("den"), BOOL ("provisional"),
  TEXT ("note"), TEXT ("updated"),
};
TABLE (sc_value_table, "kpi_value", value_columns);

static const ScColumn priority_columns[] = {
  ID, INT ("fiscal_year"), INT ("quarter"), TEXT ("ref"), TEXT ("title"), REF ("owner_id"),
  REF ("kpi_id"), INT ("position"), INT ("status"), TEXT ("close_reason"),
  REF ("carried_from"),
};
TABLE (sc_priority_table, "priority", priority_columns);

static const ScColumn action_columns[] = {
  ID, TEXT ("ref"), TEXT ("title"), REF ("owner_id"), DATE ("due"), DATE ("original_due"),
  INT ("status"), NDATE ("done_on"), TEXT ("drop_reason"), REF ("priority_id"),
  REF ("kpi_id"), TEXT ("notes"), INT ("fiscal_year"), INT ("quarter"), REF ("meeting_id"),
  REF ("carried_from"), DATE ("created"),
};
TABLE (sc_action_table, "action", action_columns);

static const ScColumn due_change_columns[] = {
  ID, REF ("action_id"), DATE ("changed_on"), DATE ("old_due"), DATE ("new_due"),
  TEXT ("reason"),
};
TABLE (sc_due_change_table, "action_due_change", due_change_columns);

static const ScColumn meeting_columns[] = {
  ID, DATE ("week"), TEXT ("started"), NTEXT ("ended"), INT ("planned_minutes"),
  INT ("duration"), TEXT ("notes"),
};
TABLE (sc_meeting_table, "meeting", meeting_columns);

static const ScColumn segment_columns[] = {
  ID, REF ("meeting_id"), INT ("position"), INT ("kind"), TEXT ("title"), INT ("planned"),
  INT ("used"), TEXT ("notes"),
};
TABLE (sc_segment_table, "meeting_segment", segment_columns);

static const ScColumn attendance_columns[] = {
  ID, REF ("meeting_id"), REF ("person_id"), BOOL ("present"),
};
TABLE (sc_attendance_table, "meeting_attendance", attendance_columns);

static const ScColumn topic_columns[] = {
  ID, TEXT ("title"), REF ("owner_id"), DATE ("created"), REF ("meeting_id"), INT ("status"),
  TEXT ("decision"), REF ("decided_meeting_id"), INT ("carried"),
};
TABLE (sc_topic_table, "topic", topic_columns);

static const ScColumn monthly_review_columns[] = {
  ID, INT ("year"), INT ("month"), DATE ("done_on"), TEXT ("notes"),
};
TABLE (sc_monthly_review_table, "monthly_review", monthly_review_columns);

static const ScColumn review_line_columns[] = {
  ID, REF ("review_id"), REF ("kpi_id"), NINT ("target"), NINT ("actual"), INT ("status"),
  TEXT ("cause"), TEXT ("countermeasure"), REF ("action_id"),
};
TABLE (sc_review_line_table, "monthly_review_line", review_line_columns);

static const ScColumn quarterly_review_columns[] = {
  ID, INT ("fiscal_year"), INT ("quarter"), NDATE ("done_on"), TEXT ("notes"),
};
TABLE (sc_quarterly_review_table, "quarterly_review", quarterly_review_columns);

static const ScColumn decision_columns[] = {
  ID, REF ("review_id"), INT ("item_kind"), INT ("item_id"), INT ("decision"),
  TEXT ("reason"), NINT ("new_target"), REF ("new_owner_id"), NDATE ("new_due"),
  NTEXT ("new_title"),
};
TABLE (sc_decision_table, "quarterly_decision", decision_columns);

/* Version 1: the whole of PRODUCT.md §3. Every table is STRICT, every
 * amount an integer, every date ISO text checked for its shape. */
static const char migration_1[] =
  "CREATE TABLE company ("
  "  id INTEGER PRIMARY KEY CHECK (id = 1),"
  "  name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
  "  currency TEXT NOT NULL DEFAULT 'CAD' CHECK (length(currency) = 3),"
  "  fiscal_start_month INTEGER NOT NULL DEFAULT 1 CHECK (fiscal_start_month BETWEEN 1 AND 12),"
  "  week_start INTEGER NOT NULL DEFAULT 1 CHECK (week_start IN (1, 7)),"
  "  meeting_weekday INTEGER NOT NULL DEFAULT 1 CHECK (meeting_weekday BETWEEN 1 AND 7),"
  "  meeting_time INTEGER NOT NULL DEFAULT 510 CHECK (meeting_time BETWEEN 0 AND 1439),"
  "  meeting_minutes INTEGER NOT NULL DEFAULT 30 CHECK (meeting_minutes BETWEEN 5 AND 240),"
  "  report_lang TEXT NOT NULL DEFAULT 'fr' CHECK (report_lang IN ('fr', 'en')),"
  "  tolerance INTEGER NOT NULL DEFAULT 1000 CHECK (tolerance BETWEEN 0 AND 10000),"
  "  created TEXT NOT NULL CHECK (created GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
  "  as_of TEXT CHECK (as_of IS NULL OR as_of GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')"
  ") STRICT;"
  "CREATE TABLE agenda_segment ("
  "  id INTEGER PRIMARY KEY,"
  "  position INTEGER NOT NULL,"
  "  kind INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 3),"
  "  title TEXT NOT NULL DEFAULT '',"
  "  minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 120)"
  ") STRICT;"
  "CREATE TABLE shutdown_week ("
  "  id INTEGER PRIMARY KEY,"
  "  week TEXT NOT NULL UNIQUE CHECK (week GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
  "  label TEXT NOT NULL DEFAULT '',"
  "  level INTEGER NOT NULL DEFAULT 2000 CHECK (level BETWEEN 0 AND 10000)"
  ") STRICT;"
  "CREATE TABLE person ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
  "  role TEXT NOT NULL DEFAULT '',"
  "  email TEXT NOT NULL DEFAULT '',"
  "  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
  "  in_meeting INTEGER NOT NULL DEFAULT 1 CHECK (in_meeting IN (0, 1)),"
  "  position INTEGER NOT NULL DEFAULT 0"
  ") STRICT;"
  "CREATE TABLE kpi ("
  "  id INTEGER PRIMARY KEY,"
  "  catalog_key TEXT NOT NULL DEFAULT '',"
  "  name TEXT NOT NULL DEFAULT '',"
  "  definition TEXT NOT NULL DEFAULT '',"
  "  kind INTEGER NOT NULL CHECK (kind IN (0, 1)),"
  "  unit INTEGER NOT NULL CHECK (unit BETWEEN 0 AND 4),"
  "  direction INTEGER NOT NULL CHECK (direction IN (0, 1)),"
  "  frequency INTEGER NOT NULL CHECK (frequency IN (0, 1)),"
  "  rollup INTEGER NOT NULL CHECK (rollup BETWEEN 0 AND 3),"
  "  rolling_weeks INTEGER NOT NULL DEFAULT 0 CHECK (rolling_weeks BETWEEN 0 AND 52),"
  "  owner_id INTEGER REFERENCES person (id) ON DELETE RESTRICT,"
  "  tolerance INTEGER NOT NULL DEFAULT 1000 CHECK (tolerance BETWEEN 0 AND 10000),"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  archived TEXT,"
  "  num_label TEXT NOT NULL DEFAULT '',"
  "  den_label TEXT NOT NULL DEFAULT '',"
  "  created TEXT NOT NULL,"
  "  CHECK (length(catalog_key) > 0 OR length(trim(name)) > 0)"
  ") STRICT;"
  "CREATE TABLE kpi_target ("
  "  id INTEGER PRIMARY KEY,"
  "  kpi_id INTEGER NOT NULL REFERENCES kpi (id) ON DELETE CASCADE,"
  "  effective TEXT NOT NULL,"
  "  value INTEGER NOT NULL,"
  "  note TEXT NOT NULL DEFAULT '',"
  "  UNIQUE (kpi_id, effective)"
  ") STRICT;"
  "CREATE TABLE kpi_target_override ("
  "  id INTEGER PRIMARY KEY,"
  "  kpi_id INTEGER NOT NULL REFERENCES kpi (id) ON DELETE CASCADE,"
  "  period TEXT NOT NULL,"
  "  value INTEGER NOT NULL,"
  "  note TEXT NOT NULL DEFAULT '',"
  "  UNIQUE (kpi_id, period)"
  ") STRICT;"
  "CREATE TABLE kpi_value ("
  "  id INTEGER PRIMARY KEY,"
  "  kpi_id INTEGER NOT NULL REFERENCES kpi (id) ON DELETE CASCADE,"
  "  period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
  "  value INTEGER NOT NULL,"
  "  den INTEGER CHECK (den IS NULL OR den >= 0),"
  "  provisional INTEGER NOT NULL DEFAULT 0 CHECK (provisional IN (0, 1)),"
  "  note TEXT NOT NULL DEFAULT '',"
  "  updated TEXT NOT NULL,"
  "  UNIQUE (kpi_id, period)"
  ") STRICT;"
  "CREATE TABLE priority ("
  "  id INTEGER PRIMARY KEY,"
  "  fiscal_year INTEGER NOT NULL,"
  "  quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),"
  "  ref TEXT NOT NULL DEFAULT '',"
  "  title TEXT NOT NULL CHECK (length(trim(title)) > 0),"
  "  owner_id INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,"
  "  kpi_id INTEGER REFERENCES kpi (id) ON DELETE SET NULL,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 2),"
  "  close_reason TEXT NOT NULL DEFAULT '',"
  "  carried_from INTEGER REFERENCES priority (id) ON DELETE SET NULL"
  ") STRICT;"
  "CREATE INDEX priority_quarter ON priority (fiscal_year, quarter);"
  "CREATE TABLE action ("
  "  id INTEGER PRIMARY KEY,"
  "  ref TEXT NOT NULL DEFAULT '',"
  "  title TEXT NOT NULL CHECK (length(trim(title)) > 0),"
  "  owner_id INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,"
  "  due TEXT NOT NULL CHECK (due GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
  "  original_due TEXT NOT NULL,"
  "  status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 2),"
  "  done_on TEXT,"
  "  drop_reason TEXT NOT NULL DEFAULT '',"
  "  priority_id INTEGER REFERENCES priority (id) ON DELETE SET NULL,"
  "  kpi_id INTEGER REFERENCES kpi (id) ON DELETE SET NULL,"
  "  notes TEXT NOT NULL DEFAULT '',"
  "  fiscal_year INTEGER NOT NULL,"
  "  quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),"
  "  meeting_id INTEGER REFERENCES meeting (id) ON DELETE SET NULL,"
  "  carried_from INTEGER REFERENCES action (id) ON DELETE SET NULL,"
  "  created TEXT NOT NULL"
  ") STRICT;"
  "CREATE INDEX action_owner ON action (owner_id, status);"
  "CREATE INDEX action_quarter ON action (fiscal_year, quarter);"
  "CREATE TABLE action_due_change ("
  "  id INTEGER PRIMARY KEY,"
  "  action_id INTEGER NOT NULL REFERENCES action (id) ON DELETE CASCADE,"
  "  changed_on TEXT NOT NULL,"
  "  old_due TEXT NOT NULL,"
  "  new_due TEXT NOT NULL,"
  "  reason TEXT NOT NULL DEFAULT ''"
  ") STRICT;"
  "CREATE INDEX action_due_change_action ON action_due_change (action_id);"
  "CREATE TABLE meeting ("
  "  id INTEGER PRIMARY KEY,"
  "  week TEXT NOT NULL,"
  "  started TEXT NOT NULL,"
  "  ended TEXT,"
  "  planned_minutes INTEGER NOT NULL CHECK (planned_minutes > 0),"
  "  duration INTEGER NOT NULL DEFAULT 0 CHECK (duration >= 0),"
  "  notes TEXT NOT NULL DEFAULT ''"
  ") STRICT;"
  "CREATE INDEX meeting_week ON meeting (week);"
  "CREATE TABLE meeting_segment ("
  "  id INTEGER PRIMARY KEY,"
  "  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  kind INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 3),"
  "  title TEXT NOT NULL DEFAULT '',"
  "  planned INTEGER NOT NULL CHECK (planned > 0),"
  "  used INTEGER NOT NULL DEFAULT 0 CHECK (used >= 0),"
  "  notes TEXT NOT NULL DEFAULT ''"
  ") STRICT;"
  "CREATE INDEX meeting_segment_meeting ON meeting_segment (meeting_id);"
  "CREATE TABLE meeting_attendance ("
  "  id INTEGER PRIMARY KEY,"
  "  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,"
  "  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,"
  "  present INTEGER NOT NULL CHECK (present IN (0, 1)),"
  "  UNIQUE (meeting_id, person_id)"
  ") STRICT;"
  "CREATE TABLE topic ("
  "  id INTEGER PRIMARY KEY,"
  "  title TEXT NOT NULL CHECK (length(trim(title)) > 0),"
  "  owner_id INTEGER REFERENCES person (id) ON DELETE SET NULL,"
  "  created TEXT NOT NULL,"
  "  meeting_id INTEGER REFERENCES meeting (id) ON DELETE SET NULL,"
  "  status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 2),"
  "  decision TEXT NOT NULL DEFAULT '',"
  "  decided_meeting_id INTEGER REFERENCES meeting (id) ON DELETE SET NULL,"
  "  carried INTEGER NOT NULL DEFAULT 0 CHECK (carried >= 0)"
  ") STRICT;"
  "CREATE TABLE monthly_review ("
  "  id INTEGER PRIMARY KEY,"
  "  year INTEGER NOT NULL,"
  "  month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),"
  "  done_on TEXT NOT NULL,"
  "  notes TEXT NOT NULL DEFAULT '',"
  "  UNIQUE (year, month)"
  ") STRICT;"
  "CREATE TABLE monthly_review_line ("
  "  id INTEGER PRIMARY KEY,"
  "  review_id INTEGER NOT NULL REFERENCES monthly_review (id) ON DELETE CASCADE,"
  "  kpi_id INTEGER NOT NULL REFERENCES kpi (id) ON DELETE RESTRICT,"
  "  target INTEGER,"
  "  actual INTEGER,"
  "  status INTEGER NOT NULL CHECK (status BETWEEN 0 AND 3),"
  "  cause TEXT NOT NULL DEFAULT '',"
  "  countermeasure TEXT NOT NULL DEFAULT '',"
  "  action_id INTEGER REFERENCES action (id) ON DELETE SET NULL,"
  "  UNIQUE (review_id, kpi_id)"
  ") STRICT;"
  "CREATE TABLE quarterly_review ("
  "  id INTEGER PRIMARY KEY,"
  "  fiscal_year INTEGER NOT NULL,"
  "  quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),"
  "  done_on TEXT,"
  "  notes TEXT NOT NULL DEFAULT '',"
  "  UNIQUE (fiscal_year, quarter)"
  ") STRICT;"
  "CREATE TABLE quarterly_decision ("
  "  id INTEGER PRIMARY KEY,"
  "  review_id INTEGER NOT NULL REFERENCES quarterly_review (id) ON DELETE CASCADE,"
  "  item_kind INTEGER NOT NULL CHECK (item_kind BETWEEN 0 AND 2),"
  "  item_id INTEGER NOT NULL,"
  "  decision INTEGER NOT NULL CHECK (decision BETWEEN 0 AND 3),"
  "  reason TEXT NOT NULL DEFAULT '',"
  "  new_target INTEGER,"
  "  new_owner_id INTEGER REFERENCES person (id) ON DELETE RESTRICT,"
  "  new_due TEXT,"
  "  new_title TEXT,"
  "  UNIQUE (review_id, item_kind, item_id)"
  ") STRICT;";

static const char *const migrations[] = {
  migration_1,
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == SC_SCHEMA_VERSION);

const char *
sc_schema_migration (guint version)
{
  g_return_val_if_fail (version >= 1 && version <= SC_SCHEMA_VERSION, NULL);

  return migrations[version - 1];
}

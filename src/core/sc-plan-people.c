/* sc-plan-people.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * People: who owns what, and the rules that keep every open item owned by
 * someone active. A person named by the file's history (closed work,
 * meetings, reviews) is never deleted, only deactivated, so the history
 * keeps its names.
 */

#define G_LOG_DOMAIN "sc-plan"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "sc-plan-private.h"

#define MAX_EMAIL 254

static gboolean
email_label_ok (const char *label,
                gsize       length)
{
  return length > 0 && label[0] != '-' && label[length - 1] != '-';
}

/* The shape of an address, not its existence: one '@', something before
 * it, a domain of dot-separated labels with a top-level part of two
 * characters at least, no spaces. */
gboolean
sc_plan_email_is_valid (const char *email)
{
  g_autofree char *text = _sc_plan_strip (email);
  const char *at, *domain, *dot;

  if (*text == '\0')
    return TRUE;
  if (strlen (text) > MAX_EMAIL || !g_utf8_validate (text, -1, NULL))
    return FALSE;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (g_unichar_isspace (g_utf8_get_char (p)) || *p == ',' || *p == ';' || *p == '<')
      return FALSE;

  at = strchr (text, '@');
  if (at == NULL || at == text || strchr (at + 1, '@') != NULL)
    return FALSE;

  domain = at + 1;
  for (const char *label = domain; ; label = dot + 1)
    {
      dot = strchr (label, '.');
      if (dot == NULL)
        return label != domain && strlen (label) >= 2 && email_label_ok (label, strlen (label));
      if (!email_label_ok (label, dot - label))
        return FALSE;
    }
}

gboolean
sc_plan_validate_person (ScPerson  *draft,
                         GError   **error)
{
  g_autofree char *name = NULL;
  g_autofree char *email = NULL;

  g_return_val_if_fail (SC_IS_PERSON (draft), FALSE);

  name = _sc_plan_strip (sc_record_get_text (SC_RECORD (draft), SC_PERSON_NAME));
  if (*name == '\0')
    return _sc_plan_fail (error, SC_PLAN_ERROR_NO_NAME, _("Type the person’s name."));

  email = _sc_plan_strip (sc_record_get_text (SC_RECORD (draft), SC_PERSON_EMAIL));
  if (!sc_plan_email_is_valid (email))
    {
      g_set_error (error, SC_PLAN_ERROR, SC_PLAN_ERROR_BAD_EMAIL,
                   /* Translators: %s is what was typed. */
                   _("“%s” is not an email address: type it as name@example.com, or leave "
                     "it empty."), email);
      return FALSE;
    }
  return TRUE;
}

static gboolean
owned_by (ScRecord *record,
          guint     column,
          gint64    person_id)
{
  return sc_record_get_ref (record, column) == person_id;
}

void
sc_plan_person_load (ScStore      *store,
                     gint64        person_id,
                     ScDay         today,
                     ScPersonLoad *load)
{
  GListModel *actions = sc_store_get_list (store, &sc_action_table);
  GListModel *priorities = sc_store_get_list (store, &sc_priority_table);
  GListModel *kpis = sc_store_get_list (store, &sc_kpi_table);

  g_return_if_fail (SC_IS_STORE (store));

  memset (load, 0, sizeof *load);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(ScRecord) a = g_list_model_get_item (actions, i);
      guint late;

      if (!owned_by (a, SC_ACTION_OWNER_ID, person_id) || !sc_plan_action_is_open (SC_ACTION (a)))
        continue;
      load->open_actions++;
      late = sc_plan_days_late (SC_ACTION (a), today);
      load->overdue_actions += late > 0;
      load->days_late += late;
    }
  for (guint i = 0; i < g_list_model_get_n_items (priorities); i++)
    {
      g_autoptr(ScRecord) p = g_list_model_get_item (priorities, i);

      load->open_priorities += owned_by (p, SC_PRIORITY_OWNER_ID, person_id) &&
                               sc_record_get_int (p, SC_PRIORITY_STATUS) == SC_ACTION_OPEN;
    }
  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      g_autoptr(ScRecord) k = g_list_model_get_item (kpis, i);

      load->active_kpis += owned_by (k, SC_KPI_OWNER_ID, person_id) &&
                           sc_record_get_date (k, SC_KPI_ARCHIVED) == SC_DAY_NONE;
    }
}

gboolean
sc_plan_person_has_open_items (ScStore *store,
                               gint64   person_id)
{
  ScPersonLoad load;

  sc_plan_person_load (store, person_id, sc_store_get_today (store), &load);
  return load.open_actions + load.open_priorities + load.active_kpis > 0;
}

/* Open work is what a reassignment moves: open actions and objectives,
 * KPIs still in use. */
static gboolean
is_open (const ScTableInfo *table,
         ScRecord          *r)
{
  if (table == &sc_kpi_table)
    return sc_record_get_date (r, SC_KPI_ARCHIVED) == SC_DAY_NONE;
  if (table == &sc_action_table)
    return sc_record_get_int (r, SC_ACTION_STATUS) == SC_ACTION_OPEN;
  if (table == &sc_priority_table)
    return sc_record_get_int (r, SC_PRIORITY_STATUS) == SC_ACTION_OPEN;
  return FALSE;
}

static gboolean
any_closed (ScStore           *store,
            const ScTableInfo *table,
            guint              column,
            gint64             person_id)
{
  GListModel *model = sc_store_get_list (store, table);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ScRecord) r = g_list_model_get_item (model, i);

      if (owned_by (r, column, person_id) && !is_open (table, r))
        return TRUE;
    }
  return FALSE;
}

static gboolean
any_child (ScStore           *store,
           const ScTableInfo *table,
           guint              column,
           gint64             person_id)
{
  g_autoptr(GPtrArray) rows = sc_store_query_children (store, table, column, person_id, NULL);

  /* When the file cannot answer, count it as history: never delete blind. */
  return rows == NULL || rows->len > 0;
}

gboolean
sc_plan_person_has_history (ScStore *store,
                            gint64   person_id)
{
  g_return_val_if_fail (SC_IS_STORE (store), TRUE);

  /* What still names the person once the open work has moved. */
  return any_closed (store, &sc_action_table, SC_ACTION_OWNER_ID, person_id) ||
         any_closed (store, &sc_priority_table, SC_PRIORITY_OWNER_ID, person_id) ||
         any_closed (store, &sc_kpi_table, SC_KPI_OWNER_ID, person_id) ||
         any_closed (store, &sc_topic_table, SC_TOPIC_OWNER_ID, person_id) ||
         any_child (store, &sc_attendance_table, SC_ATTENDANCE_PERSON_ID, person_id) ||
         any_child (store, &sc_decision_table, SC_DECISION_NEW_OWNER_ID, person_id);
}

char *
sc_plan_describe_open_items (const ScPersonLoad *load)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (load->open_actions > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u open action", "%u open actions",
                                                       load->open_actions),
                                             load->open_actions));
  if (load->open_priorities > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u objective", "%u objectives",
                                                       load->open_priorities),
                                             load->open_priorities));
  if (load->active_kpis > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u KPI", "%u KPIs", load->active_kpis),
                                             load->active_kpis));

  switch (parts->len)
    {
    case 0:
      return g_strdup (_("nothing open"));
    case 1:
      return g_strdup (g_ptr_array_index (parts, 0));
    case 2:
      /* Translators: a list of two items, e.g. "2 open actions and 1 KPI". */
      return g_strdup_printf (_("%s and %s"), (char *) g_ptr_array_index (parts, 0),
                              (char *) g_ptr_array_index (parts, 1));
    default:
      /* Translators: a list of three items. */
      return g_strdup_printf (_("%s, %s and %s"), (char *) g_ptr_array_index (parts, 0),
                              (char *) g_ptr_array_index (parts, 1),
                              (char *) g_ptr_array_index (parts, 2));
    }
}

static gboolean
refuse_open_items (ScStore   *store,
                   ScRecord  *person,
                   GError   **error)
{
  ScPersonLoad load;
  g_autofree char *items = NULL;

  sc_plan_person_load (store, sc_record_get_id (person), sc_store_get_today (store), &load);
  if (load.open_actions + load.open_priorities + load.active_kpis == 0)
    return FALSE;

  items = sc_plan_describe_open_items (&load);
  g_set_error (error, SC_PLAN_ERROR, SC_PLAN_ERROR_OPEN_ITEMS,
               /* Translators: "Sophie Lachance still owns 2 open actions and 1 KPI: …". */
               _("%s still owns %s: choose who takes them over first."),
               sc_record_get_text (person, SC_PERSON_NAME), items);
  return TRUE;
}

ScPerson *
sc_plan_new_person (ScStore *store)
{
  ScRecord *p = sc_record_new (SC_TYPE_PERSON);

  sc_record_set_bool (p, SC_PERSON_ACTIVE, TRUE);
  sc_record_set_bool (p, SC_PERSON_IN_MEETING, TRUE);
  return SC_PERSON (p);
}

static gint64
next_position (ScStore *store)
{
  GListModel *people = sc_store_get_list (store, &sc_person_table);
  gint64 next = 0;

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(ScRecord) p = g_list_model_get_item (people, i);

      next = MAX (next, sc_record_get_int (p, SC_PERSON_POSITION) + 1);
    }
  return next;
}

gboolean
sc_plan_save_person (ScStore   *store,
                     ScPerson  *draft,
                     GError   **error)
{
  ScRecord *stored = NULL;
  g_autoptr(ScRecord) row = NULL;
  gint64 id = sc_record_get_id (SC_RECORD (draft));
  const guint text_columns[] = { SC_PERSON_NAME, SC_PERSON_ROLE, SC_PERSON_EMAIL };

  g_return_val_if_fail (SC_IS_STORE (store), FALSE);
  g_return_val_if_fail (SC_IS_PERSON (draft), FALSE);

  if (id != 0 && (stored = _sc_plan_lookup (store, &sc_person_table, id, error)) == NULL)
    return FALSE;
  if (!sc_plan_validate_person (draft, error))
    return FALSE;
  if (stored != NULL && sc_record_get_bool (stored, SC_PERSON_ACTIVE) &&
      !sc_record_get_bool (SC_RECORD (draft), SC_PERSON_ACTIVE) &&
      refuse_open_items (store, stored, error))
    return FALSE;

  row = sc_record_copy (SC_RECORD (draft));
  for (guint i = 0; i < G_N_ELEMENTS (text_columns); i++)
    {
      g_autofree char *text = _sc_plan_strip (sc_record_get_text (row, text_columns[i]));

      sc_record_set_text (row, text_columns[i], text);
    }
  if (stored == NULL)
    sc_record_set_int (row, SC_PERSON_POSITION, next_position (store));

  if (!sc_store_put (store, stored ? _("Edit person") : _("Add person"), row, error))
    return FALSE;
  sc_record_assign (SC_RECORD (draft), row);
  return TRUE;
}

gboolean
sc_plan_set_person_active (ScStore   *store,
                           gint64     person_id,
                           gboolean   active,
                           GError   **error)
{
  ScRecord *stored = _sc_plan_lookup (store, &sc_person_table, person_id, error);
  g_autoptr(ScRecord) row = NULL;

  if (stored == NULL)
    return FALSE;
  if (sc_record_get_bool (stored, SC_PERSON_ACTIVE) == !!active)
    return TRUE;
  if (!active && refuse_open_items (store, stored, error))
    return FALSE;

  row = sc_record_copy (stored);
  sc_record_set_bool (row, SC_PERSON_ACTIVE, active);
  return sc_store_put (store, active ? _("Reactivate person") : _("Deactivate person"), row,
                       error);
}

static gboolean
refuse_history (ScStore   *store,
                ScRecord  *person,
                GError   **error)
{
  if (!sc_plan_person_has_history (store, sc_record_get_id (person)))
    return FALSE;

  g_set_error (error, SC_PLAN_ERROR, SC_PLAN_ERROR_HISTORY,
               /* Translators: %s is a person's name. */
               _("%s appears in the history of the plan, the meetings or the reviews, so they "
                 "cannot be deleted: deactivate them instead."),
               sc_record_get_text (person, SC_PERSON_NAME));
  return TRUE;
}

gboolean
sc_plan_delete_person (ScStore   *store,
                       gint64     person_id,
                       GError   **error)
{
  ScRecord *stored = _sc_plan_lookup (store, &sc_person_table, person_id, error);
  ScChange *change;

  /* History first: it decides that the answer is deactivation. */
  if (stored == NULL || refuse_history (store, stored, error) ||
      refuse_open_items (store, stored, error))
    return FALSE;

  change = sc_store_begin (store, _("Delete person"), error);
  if (change == NULL)
    return FALSE;
  return _sc_plan_commit (store, change,
                          sc_change_delete (change, &sc_person_table, person_id, error), error);
}

/* Gives to every open row of table that from owns. */
static gboolean
move_open (ScChange           *change,
           ScStore            *store,
           const ScTableInfo  *table,
           guint               owner_column,
           gint64              from_id,
           gint64              to_id,
           GError            **error)
{
  g_autoptr(GPtrArray) rows = _sc_plan_list_array (store, table);

  for (guint i = 0; i < rows->len; i++)
    {
      ScRecord *r = g_ptr_array_index (rows, i);
      g_autoptr(ScRecord) row = NULL;

      if (!owned_by (r, owner_column, from_id) || !is_open (table, r))
        continue;

      row = sc_record_copy (r);
      sc_record_set_ref (row, owner_column, to_id);
      if (!sc_change_put (change, row, error))
        return FALSE;
    }
  return TRUE;
}

static const char *
reassign_label (ScPersonFate fate)
{
  switch (fate)
    {
    case SC_PERSON_DEACTIVATE:
      return _("Reassign and deactivate person");
    case SC_PERSON_DELETE:
      return _("Reassign and delete person");
    default:
      return _("Reassign open work");
    }
}

static gboolean
apply_fate (ScChange      *change,
            ScRecord      *person,
            ScPersonFate   fate,
            GError       **error)
{
  g_autoptr(ScRecord) row = NULL;

  if (fate == SC_PERSON_DELETE)
    return sc_change_delete (change, &sc_person_table, sc_record_get_id (person), error);
  if (fate != SC_PERSON_DEACTIVATE)
    return TRUE;

  row = sc_record_copy (person);
  sc_record_set_bool (row, SC_PERSON_ACTIVE, FALSE);
  return sc_change_put (change, row, error);
}

gboolean
sc_plan_reassign_person (ScStore       *store,
                         gint64         from_id,
                         gint64         to_id,
                         ScPersonFate   fate,
                         GError       **error)
{
  ScRecord *from;
  ScChange *change;
  gboolean ok;

  g_return_val_if_fail (SC_IS_STORE (store), FALSE);

  if ((from = _sc_plan_lookup (store, &sc_person_table, from_id, error)) == NULL)
    return FALSE;
  if (from_id == to_id)
    return _sc_plan_fail (error, SC_PLAN_ERROR_SAME_PERSON,
                          _("Choose someone else to take over the open work."));
  if (!_sc_plan_check_owner (store, to_id, 0, _("Choose who takes over the open work."), error))
    return FALSE;

  /* History is what stays once the open work has moved. */
  if (fate == SC_PERSON_DELETE && refuse_history (store, from, error))
    return FALSE;

  change = sc_store_begin (store, reassign_label (fate), error);
  if (change == NULL)
    return FALSE;
  ok = move_open (change, store, &sc_action_table, SC_ACTION_OWNER_ID, from_id, to_id, error) &&
       move_open (change, store, &sc_priority_table, SC_PRIORITY_OWNER_ID, from_id, to_id,
                  error) &&
       move_open (change, store, &sc_kpi_table, SC_KPI_OWNER_ID, from_id, to_id, error) &&
       apply_fate (change, from, fate, error);
  return _sc_plan_commit (store, change, ok, error);
}

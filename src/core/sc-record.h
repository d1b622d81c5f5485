/* sc-record.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ScRecord is the base of every object the company file holds (a person, a
 * KPI, an action, …): one row of one table. The columns are described once,
 * in a ScTableInfo, and that description gives at the same time the GObject
 * properties that widgets bind to, the SQL the store runs, and the row
 * images the undo log keeps. Column 0 is always the integer "id".
 */

#pragma once

#include <glib-object.h>

#include "sc-types.h"

G_BEGIN_DECLS

typedef enum
{
  SC_COLUMN_INT,    /* INTEGER; property gint64 */
  SC_COLUMN_BOOL,   /* INTEGER 0/1; property gboolean */
  SC_COLUMN_TEXT,   /* TEXT; property string ("" when NULL) */
  SC_COLUMN_DATE,   /* TEXT YYYY-MM-DD; property guint (ScDay, 0 when NULL) */
  SC_COLUMN_REF,    /* INTEGER id of another row or NULL; property gint64 (0 = NULL) */
} ScColumnType;

typedef struct
{
  const char   *name;      /* SQL column name; the property is its kebab-case */
  ScColumnType  type;
  gboolean      nullable;  /* TEXT/INT may be NULL (REF and DATE: 0 is NULL) */
} ScColumn;

typedef struct
{
  const char     *name;       /* SQL table name */
  const ScColumn *columns;
  guint           n_columns;
} ScTableInfo;

#define SC_TYPE_RECORD (sc_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (ScRecord, sc_record, SC, RECORD, GObject)

struct _ScRecordClass
{
  GObjectClass        parent_class;

  const ScTableInfo  *table;
  GParamSpec        **column_pspecs;   /* one per column, indexed by column */

  /* Called after a column changed, so subclasses can notify the
   * properties they derive from it. */
  void              (*column_changed) (ScRecord *self,
                                       guint     column);
};

/* For subclasses' class_init: install one property per column. Extra
 * properties of the subclass must use ids above table->n_columns. */
void               sc_record_class_set_table (ScRecordClass     *klass,
                                              const ScTableInfo *table);
const ScTableInfo *sc_record_get_table       (ScRecord          *self);

ScRecord    *sc_record_new        (GType        type);
/* A deep copy: a draft to edit without touching the original. */
ScRecord    *sc_record_copy       (ScRecord    *self);
/* Copies every column of src into self, notifying what changed. */
void         sc_record_assign     (ScRecord    *self,
                                   ScRecord    *src);
gboolean     sc_record_equal      (ScRecord    *a,
                                   ScRecord    *b);

gint64       sc_record_get_id     (ScRecord    *self);
void         sc_record_set_id     (ScRecord    *self,
                                   gint64       id);

gboolean     sc_record_is_null    (ScRecord    *self,
                                   guint        column);
gint64       sc_record_get_int    (ScRecord    *self,
                                   guint        column);
gboolean     sc_record_get_bool   (ScRecord    *self,
                                   guint        column);
const char  *sc_record_get_text   (ScRecord    *self,
                                   guint        column);
ScDay        sc_record_get_date   (ScRecord    *self,
                                   guint        column);
/* REF and INT columns read the same way; REF gives 0 for NULL. */
#define      sc_record_get_ref    sc_record_get_int

void         sc_record_set_null   (ScRecord    *self,
                                   guint        column);
void         sc_record_set_int    (ScRecord    *self,
                                   guint        column,
                                   gint64       value);
void         sc_record_set_bool   (ScRecord    *self,
                                   guint        column,
                                   gboolean     value);
void         sc_record_set_text   (ScRecord    *self,
                                   guint        column,
                                   const char  *value);
void         sc_record_set_date   (ScRecord    *self,
                                   guint        column,
                                   ScDay        value);
#define      sc_record_set_ref    sc_record_set_int

/* Convenience for subclasses' G_DEFINE_FINAL_TYPE boilerplate. */
#define SC_RECORD_DEFINE(TypeName, type_name, TABLE_INFO)                     \
  struct _##TypeName { ScRecord parent_instance; };                           \
  G_DEFINE_FINAL_TYPE (TypeName, type_name, SC_TYPE_RECORD)                   \
  static void type_name##_class_init (TypeName##Class *klass)                 \
  { sc_record_class_set_table (SC_RECORD_CLASS (klass), &(TABLE_INFO)); }     \
  static void type_name##_init (TypeName *self) { }

G_END_DECLS

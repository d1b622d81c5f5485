/* sc-kpi-editor-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared between sc-kpi-editor.c (the settings, Save) and
 * sc-kpi-editor-targets.c (the target versions and per-period targets).
 */

#pragma once

#include "sc-date-entry.h"
#include "sc-kpi-editor.h"
#include "sc-kpi-editing.h"

G_BEGIN_DECLS

struct _ScKpiEditor
{
  GtkWindow       parent_instance;

  ScStore        *store;
  ScKpi          *kpi;          /* the saved KPI, or the new draft */
  ScKpi          *draft;        /* what the fields say, for units and periods */
  GPtrArray      *targets;      /* ScTarget: the versions as Save will write them */
  GPtrArray      *overrides;    /* ScTargetOverride, likewise */
  guint           stored_targets;
  GArray         *owner_ids;    /* gint64, one per entry of owner_list */
  gboolean        has_values;
  gboolean        show_past;    /* per-period targets before the current period */

  /* Template children */
  GtkButton      *save_button;
  GtkLabel       *general_error;
  GtkEntry       *name_entry;
  GtkLabel       *name_error;
  GtkTextView    *definition_view;
  GtkDropDown    *kind_dropdown;
  GtkDropDown    *owner_dropdown;
  GtkStringList  *owner_list;
  GtkLabel       *owner_error;
  GtkDropDown    *unit_dropdown;
  GtkDropDown    *direction_dropdown;
  GtkDropDown    *frequency_dropdown;
  GtkDropDown    *rollup_dropdown;
  GtkWidget      *labels_row;
  GtkEntry       *num_entry;
  GtkEntry       *den_entry;
  GtkLabel       *labels_error;
  GtkWidget      *rolling_row;
  GtkSpinButton  *rolling_spin;
  GtkEntry       *tolerance_entry;
  GtkLabel       *tolerance_error;
  GtkLabel       *history_note;
  GtkListBox     *targets_list;
  ScDateEntry    *target_date;
  GtkEntry       *target_value;
  GtkLabel       *target_hint;
  GtkLabel       *target_error;
  GtkLabel       *override_caption;
  GtkListBox     *overrides_list;
  GtkButton      *past_button;
  GtkLabel       *override_date_label;
  ScDateEntry    *override_date;
  GtkEntry       *override_value;
  GtkEntry       *override_note;
  GtkLabel       *override_error;
  GtkWidget      *danger_box;
  GtkButton      *drop_button;
  GtkButton      *delete_button;
  GtkLabel       *drop_note;
};

/* Shows the pending versions and per-period targets. */
void      _sc_kpi_editor_show_periods  (ScKpiEditor *self);
/* The words that depend on the frequency: "per week", "Week", … */
void      _sc_kpi_editor_period_texts  (ScKpiEditor *self);
/* Moves what is typed in the "add" row of the versions (overrides FALSE)
 * or of the per-period targets into the pending list. With required
 * FALSE an empty row is fine (Save); else it says what is missing. FALSE
 * with a message at the field when something is wrong. */
gboolean  _sc_kpi_editor_take_typed    (ScKpiEditor *self,
                                        gboolean     overrides,
                                        gboolean     required);
void      _sc_kpi_editor_clear_errors  (ScKpiEditor *self);

G_END_DECLS

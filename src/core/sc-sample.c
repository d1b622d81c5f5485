/* sc-sample.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sample company's contents are data of a (fictional) Québec company,
 * so they are in French like its real files would be; they are not
 * interface strings.
 */

#define G_LOG_DOMAIN "sc-sample"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sc-format.h"
#include "sc-kpi.h"
#include "sc-meeting.h"
#include "sc-metrics.h"
#include "sc-sample.h"

#define K(thousands) ((gint64) (thousands) * 100000)   /* k$ → cents */
#define N(count)     ((gint64) (count) * SC_SCALE)

/* The day customer visits gave way to quote follow-ups (K27 archived). */
#define VISITS_ARCHIVED "2024-04-01"

enum { NATHALIE, MARC_ANDRE, SOPHIE, JEAN_PHILIPPE, EMILIE, LUC, REAL, N_PEOPLE };
enum { SALES, MARGIN, WIN_RATE, BOOKINGS, OPPORTUNITIES, QUOTES, FOLLOW_UPS, ARCHIVED, N_KPIS };

static const struct {
  const char *name;
  const char *role;
  const char *email;
  gboolean    in_meeting;
} people[N_PEOPLE] = {
  { "Nathalie Bergeron", "Présidente et copropriétaire", "nathalie.bergeron@borealis-metal.example", TRUE },
  { "Marc-André Pelletier", "Directeur des ventes", "marc-andre.pelletier@borealis-metal.example", TRUE },
  { "Sophie Lachance", "Représentante des ventes (Centre-du-Québec, Estrie, Montérégie)",
    "sophie.lachance@borealis-metal.example", TRUE },
  { "Jean-Philippe Gagnon", "Estimateur principal", "jp.gagnon@borealis-metal.example", TRUE },
  { "Émilie Ouellet", "Coordonnatrice marketing (3 jours par semaine)",
    "emilie.ouellet@borealis-metal.example", TRUE },
  { "Luc Fortin, CPA", "Comptable (cabinet externe)", "", FALSE },
  { "Réal Côté", "Directeur de production", "", FALSE },
};

/* The seven KPIs: catalogue key, owner, target per period (FY2025). */
static const struct {
  const char *key;
  int         owner;
  gint64      target;
} kpis[N_KPIS] = {
  [SALES]         = { "K01", MARC_ANDRE, K (150) },
  [MARGIN]        = { "K02", NATHALIE, 2700 },
  [WIN_RATE]      = { "K08", MARC_ANDRE, 3000 },
  [BOOKINGS]      = { "K04", MARC_ANDRE, K (150) },
  [OPPORTUNITIES] = { "K23", SOPHIE, N (12) },
  [QUOTES]        = { "K24", JEAN_PHILIPPE, N (10) },
  [FOLLOW_UPS]    = { "K25", SOPHIE, N (12) },
  [ARCHIVED]      = { "K27", SOPHIE, N (3) },
};

/* reference/domain.md §4.4, amounts in k$. note_on says which KPI's
 * figure the week's note explains. */
typedef struct
{
  const char *week;
  int         sales, bookings, opportunities, quotes, won, lost, follow_ups;
  const char *note;
  int         note_on;
} Week;

static const Week published[] = {
  { "2025-03-31", 148, 162, 12, 10, 3, 8, 5, NULL, 0 },
  { "2025-04-07", 156, 131, 14, 12, 2, 9, 6, NULL, 0 },
  { "2025-04-14", 128, 118, 10, 9, 3, 6, 4, "Vendredi saint (18 avr.)", SALES },
  { "2025-04-21", 131, 175, 11, 8, 3, 7, 7, "Lundi de Pâques (21 avr.)", SALES },
  { "2025-04-28", 162, 144, 13, 11, 3, 8, 12, "Début de la relance systématique J+7", FOLLOW_UPS },
  { "2025-05-05", 171, 208, 15, 13, 4, 7, 14, "Commande de 85 k$ (OEM agricole)", BOOKINGS },
  { "2025-05-12", 158, 137, 12, 10, 3, 6, 13, NULL, 0 },
  { "2025-05-19", 134, 126, 9, 9, 2, 6, 11, "Journée nationale des patriotes (19 mai)", SALES },
  { "2025-05-26", 166, 181, 14, 12, 4, 6, 15, NULL, 0 },
  { "2025-06-02", 174, 159, 16, 13, 3, 7, 16, "Retombées du salon industriel", OPPORTUNITIES },
  { "2025-06-09", 169, 152, 13, 12, 3, 7, 14, NULL, 0 },
  { "2025-06-16", 177, 190, 12, 11, 3, 7, 15, NULL, 0 },
  { "2025-06-23", 121, 104, 8, 7, 2, 4, 9, "Fête nationale (24 juin)", SALES },
  { "2025-06-30", 118, 128, 7, 7, 2, 5, 10, "Fête du Canada (1er juill.)", SALES },
  { "2025-07-07", 182, 141, 10, 10, 3, 6, 13, "Livraisons avant la fermeture", SALES },
  { "2025-07-14", 196, 112, 8, 9, 2, 6, 12, "Livraisons avant la fermeture", SALES },
  { "2025-07-21", 18, 22, 3, 1, 0, 1, 2, "Vacances de la construction\u00a0: usine fermée", SALES },
  { "2025-07-28", 12, 46, 4, 2, 1, 1, 3, "Vacances de la construction\u00a0: usine fermée", SALES },
  { "2025-08-04", 139, 171, 13, 11, 3, 7, 14, "Reprise", SALES },
  { "2025-08-11", 163, 149, 14, 12, 3, 7, 15, NULL, 0 },
  { "2025-08-18", 170, 133, 12, 12, 3, 7, 16, NULL, 0 },
  { "2025-08-25", 158, 118, 11, 10, 2, 9, 14,
    "3 soumissions perdues sur le prix (hausse de l'acier)", WIN_RATE },
  { "2025-09-01", 133, 126, 12, 9, 3, 6, 12, "Fête du Travail (1er sept.)", SALES },
  { "2025-09-08", 172, 198, 16, 14, 4, 8, 17, NULL, 0 },
  { "2025-09-15", 178, 164, 15, 13, 3, 7, 16, NULL, 0 },
  { "2025-09-22", 181, 187, 14, 12, 3, 7, 15, NULL, 0 },
};

/* Monthly gross margin from the accountant, in hundredths of a point. */
static const struct { int month; int margin; const char *note; } margins[] = {
  { 4, 2640, NULL },
  { 5, 2710, NULL },
  { 6, 2580, "Travaux urgents en heures supplémentaires" },
  { 7, 2190, "Frais fixes absorbés sur les deux semaines de fermeture" },
  { 8, 2480, "Hausse de l'acier non refilée sur les soumissions du printemps" },
  { 9, 2630, "Clause d'ajustement du prix de l'acier en vigueur" },
};

static const struct {
  const char *ref;
  const char *title;
  int         owner;
  int         kpi;   /* -1: none */
} objectives[] = {
  { "O1", "Faire passer le taux de conversion des soumissions (13 semaines) de 27\u00a0% à 30\u00a0%",
    MARC_ANDRE, WIN_RATE },
  { "O2", "Gagner 3 nouveaux clients en équipement agroalimentaire et agricole pour réduire "
    "la dépendance au principal client (22\u00a0%)", SOPHIE, -1 },
  { "O3", "Maintenir la marge brute à 27\u00a0% ou plus", NATHALIE, MARGIN },
};

typedef struct
{
  const char     *ref;
  const char     *title;
  int             owner;
  const char     *due;
  int             objective;
  ScActionStatus  status;
  const char     *closed_on;
  int             kpi;
  const char     *notes;
  const char     *drop_reason;
  const char     *first_due;   /* when the due date slipped */
} PlanAction;

static const PlanAction actions[] = {
  { "A01", "Instaurer la relance systématique des soumissions à J+7 et J+21 (gabarit de courriel "
    "+ rappel hebdomadaire)", MARC_ANDRE, "2025-04-25", 0, SC_ACTION_DONE, "2025-04-24",
    FOLLOW_UPS, NULL, NULL, NULL },
  { "A02", "Créer une grille go/no-go (adéquation technique, capacité, client cible, marge "
    "potentielle) et l'appliquer à toutes les demandes de soumission", JEAN_PHILIPPE,
    "2025-05-02", 0, SC_ACTION_DONE, "2025-05-02", WIN_RATE, NULL, NULL, NULL },
  { "A03", "Ramener le délai de réponse aux demandes de soumission à 3 jours ouvrables ou moins "
    "(médiane)", JEAN_PHILIPPE, "2025-05-30", 0, SC_ACTION_OPEN, NULL, QUOTES,
    "Médiane actuelle\u00a0: 4 jours ouvrables.", NULL, "2025-05-16" },
  { "A04", "Dresser la liste de 30 comptes cibles (fabricants d'équipement agroalimentaire et "
    "agricole, Centre-du-Québec, Estrie, Montérégie)", SOPHIE, "2025-04-18", 1, SC_ACTION_DONE,
    "2025-04-17", -1, NULL, NULL, NULL },
  { "A05", "Réaliser 12 visites chez les comptes cibles (au moins une par semaine)", SOPHIE,
    "2025-06-27", 1, SC_ACTION_OPEN, NULL, -1, "8 visites sur 12.", NULL, NULL },
  { "A06", "Tenir un kiosque au salon industriel régional et obtenir 40 contacts qualifiés",
    EMILIE, "2025-06-06", 1, SC_ACTION_DONE, "2025-06-06", OPPORTUNITIES,
    "34 contacts qualifiés obtenus.", NULL, NULL },
  { "A07", "Mettre à jour la page Web «\u00a0Capacités\u00a0» et publier 3 études de cas (pièces, "
    "tolérances, matériaux)", EMILIE, "2025-05-30", 1, SC_ACTION_DONE, "2025-06-13", -1,
    "2 études de cas publiées sur 3.", NULL, NULL },
  { "A08", "Réviser les taux horaires machine et les majorations matière du chiffrier "
    "d'estimation", JEAN_PHILIPPE, "2025-04-30", 2, SC_ACTION_DONE, "2025-04-29", MARGIN,
    NULL, NULL, NULL },
  { "A09", "Ajouter une clause d'ajustement du prix de l'acier (validité 15 jours) à toutes les "
    "soumissions", NATHALIE, "2025-05-09", 2, SC_ACTION_DONE, "2025-05-08", MARGIN, NULL, NULL,
    NULL },
  { "A10", "Analyser les 10 derniers travaux à marge réelle inférieure à 20\u00a0% et présenter "
    "les causes à la revue mensuelle des écarts", NATHALIE, "2025-05-28", 2, SC_ACTION_DROPPED,
    "2025-05-28", MARGIN, NULL,
    "Coût de revient par travail incomplet\u00a0; reprendre quand les heures par travail seront "
    "saisies.", NULL },
};

typedef struct
{
  ScStore   *store;
  ScChange  *change;
  guint      years;
  GRand     *rand;
  gint64     people[N_PEOPLE];
  gint64     kpis[N_KPIS];
  ScDay      first_week;   /* of the generated history */
  ScCalendar calendar;
  GPtrArray *agenda;       /* the company's agenda, for the meetings */
  gint64     last_meeting;
  GArray    *left;         /* Topic: left for next week's meeting */
  struct { gint64 id; const char *title; int owner; } kept[3];   /* by the last review */
} Writer;

static ScDay
iso (const char *text)
{
  ScDay day = sc_day_from_iso (text);

  g_assert (day != SC_DAY_NONE);
  return day;
}

static gboolean
put (Writer    *w,
     ScRecord  *record,
     GError   **error)
{
  gboolean ok = sc_change_put (w->change, record, error);

  g_object_unref (record);
  return ok;
}

/* Commits what is pending and opens the next transaction: a long history
 * is written in slices so memory stays flat. */
static gboolean
checkpoint (Writer  *w,
            GError **error)
{
  if (w->change != NULL && !sc_store_commit (w->store, g_steal_pointer (&w->change), error))
    return FALSE;
  w->change = sc_store_begin (w->store, NULL, error);
  return w->change != NULL;
}

static gboolean
write_people (Writer  *w,
              GError **error)
{
  for (int i = 0; i < N_PEOPLE; i++)
    {
      ScRecord *p = sc_record_new (SC_TYPE_PERSON);

      sc_record_set_text (p, SC_PERSON_NAME, people[i].name);
      sc_record_set_text (p, SC_PERSON_ROLE, people[i].role);
      sc_record_set_text (p, SC_PERSON_EMAIL, people[i].email);
      sc_record_set_bool (p, SC_PERSON_ACTIVE, TRUE);
      sc_record_set_bool (p, SC_PERSON_IN_MEETING, people[i].in_meeting);
      sc_record_set_int (p, SC_PERSON_POSITION, i);
      if (!sc_change_put (w->change, p, error))
        {
          g_object_unref (p);
          return FALSE;
        }
      w->people[i] = sc_record_get_id (p);
      g_object_unref (p);
    }
  return TRUE;
}

static gboolean
put_target (Writer     *w,
            int         kpi,
            ScDay       effective,
            gint64      value,
            GError    **error)
{
  ScRecord *t = sc_record_new (SC_TYPE_TARGET);

  sc_record_set_ref (t, SC_TARGET_KPI_ID, w->kpis[kpi]);
  sc_record_set_date (t, SC_TARGET_EFFECTIVE, effective);
  sc_record_set_int (t, SC_TARGET_VALUE, value);
  return put (w, t, error);
}

/* Older fiscal years had lower sales targets and no follow-up habit. */
static gint64
target_for_year (int  kpi,
                 int  fiscal_year)
{
  int back = 2025 - fiscal_year;

  switch (kpi)
    {
    case SALES:
    case BOOKINGS:
      return back <= 0 ? kpis[kpi].target : K (150 - 4 * MIN (back, 10));
    case WIN_RATE:
      return back <= 0 ? kpis[kpi].target : 2800;
    case FOLLOW_UPS:
      return back <= 0 ? kpis[kpi].target : N (8);
    default:
      return kpis[kpi].target;
    }
}

static gboolean
write_kpis (Writer  *w,
            GError **error)
{
  ScDay first_fy = iso ("2025-03-31");
  int first_year = 2025 - (int) (w->years > 1 ? w->years : 1) + 1;

  for (int k = 0; k < N_KPIS; k++)
    {
      ScKpi *kpi;

      if (k == ARCHIVED && w->years < 2)
        continue;

      kpi = sc_kpi_new_from_catalog (sc_kpi_catalog_lookup (kpis[k].key));
      sc_record_set_ref (SC_RECORD (kpi), SC_KPI_OWNER_ID, w->people[kpis[k].owner]);
      sc_record_set_int (SC_RECORD (kpi), SC_KPI_POSITION, k);
      sc_record_set_date (SC_RECORD (kpi), SC_KPI_CREATED, w->first_week);
      /* Customer visits were tracked until the follow-up discipline
       * replaced them at the start of fiscal 2024. */
      if (k == ARCHIVED)
        sc_record_set_date (SC_RECORD (kpi), SC_KPI_ARCHIVED, iso (VISITS_ARCHIVED));
      if (!sc_change_put (w->change, SC_RECORD (kpi), error))
        {
          g_object_unref (kpi);
          return FALSE;
        }
      w->kpis[k] = sc_record_get_id (SC_RECORD (kpi));
      g_object_unref (kpi);

      for (int fy = first_year; fy <= 2025; fy++)
        {
          ScPeriod year;

          sc_calendar_year (&w->calendar, fy, &year);
          if (!put_target (w, k, fy == 2025 ? first_fy : year.first_week,
                           target_for_year (k, fy), error))
            return FALSE;
        }
    }
  return TRUE;
}

/* Québec holidays that fall on a working day shorten their week. */
static ScDay
easter_sunday (int year)
{
  int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;

  return sc_day_from_ymd (year, month, day);
}

static ScDay
nth_monday (int year,
            int month,
            int n)
{
  ScDay first = sc_day_from_ymd (year, month, 1);
  int offset = (8 - sc_day_weekday (first)) % 7;

  return first + offset + 7 * (n - 1);
}

static gboolean
is_holiday_week (ScDay week)
{
  int y, m, d;
  ScDay days[9];

  sc_day_to_ymd (week + 3, &y, &m, &d);
  days[0] = easter_sunday (y) - 2;
  days[1] = easter_sunday (y) + 1;
  days[2] = sc_day_from_ymd (y, 5, 24);
  days[2] -= sc_day_weekday (days[2]) - G_DATE_MONDAY;   /* the Monday before 25 May */
  days[3] = sc_day_from_ymd (y, 6, 24);
  days[4] = sc_day_from_ymd (y, 7, 1);
  days[5] = nth_monday (y, 9, 1);
  days[6] = nth_monday (y, 10, 2);
  days[7] = sc_day_from_ymd (y, 1, 1);
  days[8] = sc_day_from_ymd (y, 12, 25);

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    if (days[i] >= week && days[i] < week + 5)
      return TRUE;
  return FALSE;
}

/* The two weeks of the construction holiday (the weeks of the last two
 * Mondays of July) and the Christmas shutdown (the weeks of 25 December
 * and of 1 January). */
static gboolean
is_shutdown_week (ScDay week)
{
  int y, m, d;
  ScDay july_31, last_monday;

  sc_day_to_ymd (week + 3, &y, &m, &d);
  july_31 = sc_day_from_ymd (y, 7, 31);
  last_monday = july_31 - (sc_day_weekday (july_31) - G_DATE_MONDAY);
  if (week == last_monday || week == last_monday - 7)
    return TRUE;

  for (int yy = y - 1; yy <= y + 1; yy++)
    {
      ScDay christmas = sc_day_from_ymd (yy, 12, 25);
      ScDay new_year = sc_day_from_ymd (yy, 1, 1);

      if ((christmas >= week && christmas < week + 7) ||
          (new_year >= week && new_year < week + 7))
        return TRUE;
    }
  return FALSE;
}

static gboolean
write_calendar (Writer  *w,
                GError **error)
{
  ScDay last = iso ("2026-03-30");   /* the end of fiscal 2025 */

  for (ScDay week = w->first_week; week <= last; week += 7)
    {
      gboolean shutdown = is_shutdown_week (week);
      gint64 level;

      if (!shutdown && !is_holiday_week (week))
        continue;

      if (shutdown)
        {
          ScRecord *s = sc_record_new (SC_TYPE_SHUTDOWN_WEEK);
          int y, m, d;

          sc_day_to_ymd (week + 3, &y, &m, &d);
          sc_record_set_date (s, SC_SHUTDOWN_PERIOD, week);
          sc_record_set_text (s, SC_SHUTDOWN_LABEL,
                              m == 7 || m == 8 ? "Vacances de la construction" : "Fermeture des Fêtes");
          sc_record_set_int (s, SC_SHUTDOWN_LEVEL, 2000);
          if (!put (w, s, error))
            return FALSE;
        }

      /* domain.md §4.3: holiday weeks 120 k$, shutdown weeks 20 k$. */
      level = shutdown ? K (20) : K (120);
      for (int k = SALES; k <= BOOKINGS; k += BOOKINGS - SALES)
        {
          ScRecord *o = sc_record_new (SC_TYPE_TARGET_OVERRIDE);

          sc_record_set_ref (o, SC_OVERRIDE_KPI_ID, w->kpis[k]);
          sc_record_set_date (o, SC_OVERRIDE_PERIOD, week);
          sc_record_set_int (o, SC_OVERRIDE_VALUE, level);
          sc_record_set_text (o, SC_OVERRIDE_NOTE, shutdown ? "Fermeture" : "Semaine avec congé férié");
          if (!put (w, o, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
put_value (Writer      *w,
           int          kpi,
           ScDay        period,
           gint64       value,
           gint64       den,
           gboolean     provisional,
           const char  *note,
           GError     **error)
{
  ScRecord *v = sc_record_new (SC_TYPE_KPI_VALUE);
  g_autofree char *stamp = NULL;

  sc_record_set_ref (v, SC_VALUE_KPI_ID, w->kpis[kpi]);
  sc_record_set_date (v, SC_VALUE_PERIOD, period);
  sc_record_set_int (v, SC_VALUE_VALUE, value);
  if (den >= 0)
    sc_record_set_int (v, SC_VALUE_DEN, den);
  sc_record_set_bool (v, SC_VALUE_PROVISIONAL, provisional);
  sc_record_set_text (v, SC_VALUE_NOTE, note);
  stamp = sc_day_dup_iso (period + 4);
  sc_record_set_text (v, SC_VALUE_UPDATED, stamp);
  return put (w, v, error);
}

static gboolean
write_week (Writer      *w,
            ScDay        week,
            const Week  *f,
            gboolean     provisional,
            GError     **error)
{
  const char *notes[N_KPIS] = { NULL };

  if (f->note != NULL)
    notes[f->note_on] = f->note;

  return put_value (w, SALES, week, K (f->sales), -1, provisional, notes[SALES], error) &&
         put_value (w, BOOKINGS, week, K (f->bookings), -1, FALSE, notes[BOOKINGS], error) &&
         put_value (w, WIN_RATE, week, N (f->won), N (f->won + f->lost), FALSE,
                    notes[WIN_RATE], error) &&
         put_value (w, OPPORTUNITIES, week, N (f->opportunities), -1, FALSE,
                    notes[OPPORTUNITIES], error) &&
         put_value (w, QUOTES, week, N (f->quotes), -1, FALSE, notes[QUOTES], error) &&
         put_value (w, FOLLOW_UPS, week, N (f->follow_ups), -1, FALSE, notes[FOLLOW_UPS], error);
}

static int
between (Writer *w,
         int     lo,
         int     hi)
{
  return g_rand_int_range (w->rand, lo, hi + 1);
}

/* A plausible week before the published ones (domain.md §4.4 ranges). */
static void
invent_week (Writer *w,
             ScDay   week,
             Week   *f)
{
  int y, m, d;

  sc_day_to_ymd (week + 3, &y, &m, &d);
  memset (f, 0, sizeof *f);
  if (is_shutdown_week (week))
    {
      f->sales = between (w, 0, 40);
      f->bookings = between (w, 10, 50);
      f->opportunities = between (w, 3, 6);
      f->quotes = between (w, 1, 3);
      f->won = between (w, 0, 1);
      f->lost = between (w, 0, 2);
      f->follow_ups = between (w, 1, 3);
      return;
    }

  /* Spring and autumn are busier than midsummer and January. */
  f->sales = is_holiday_week (week) ? between (w, 100, 130) :
             between (w, 120, 200) + (m == 5 || m == 10 ? 8 : 0) - (m == 1 || m == 8 ? 8 : 0);
  f->bookings = MAX (0, f->sales + between (w, -45, 45));
  f->opportunities = between (w, 8, 16);
  f->quotes = between (w, 7, MIN (14, f->opportunities + 2));
  f->won = between (w, 2, 4);
  f->lost = between (w, 5, 9);
  f->follow_ups = between (w, 4, 7);
}

static gboolean
write_figures (Writer  *w,
               GError **error)
{
  ScDay published_start = iso (published[0].week);
  guint n = 0;

  for (ScDay week = w->first_week; week < published_start; week += 7)
    {
      Week f;

      invent_week (w, week, &f);
      if (!write_week (w, week, &f, FALSE, error))
        return FALSE;
      if (week < iso (VISITS_ARCHIVED) &&
          !put_value (w, ARCHIVED, week, N (between (w, 1, 5)), -1, FALSE, NULL, error))
        return FALSE;
      if (++n % 260 == 0 && !checkpoint (w, error))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (published); i++)
    {
      /* The last two weeks' sales are the weekly estimate; the
       * accountant's figure will replace them at the month's close. */
      gboolean provisional = i >= G_N_ELEMENTS (published) - 2;

      if (iso (published[i].week) < w->first_week)
        continue;
      if (!write_week (w, iso (published[i].week), &published[i], provisional, error))
        return FALSE;
    }
  return TRUE;
}

/* Gross margin is a ratio of sums: margin $ over the month's sales $. */
static gboolean
write_margins (Writer  *w,
               GError **error)
{
  ScPeriod month;
  ScDay published_start = iso (published[0].week);

  sc_calendar_period_at (&w->calendar, SC_PERIOD_MONTH, w->first_week, &month);
  if (month.first_week < w->first_week)
    sc_calendar_period_shift (&w->calendar, &month, 1, &month);

  for (; month.first_week <= iso ("2025-09-22"); sc_calendar_period_shift (&w->calendar, &month, 1, &month))
    {
      ScAggregate sales;
      int margin = between (w, 2200, 2800);
      const char *note = NULL;
      gboolean provisional = FALSE;

      if (!sc_store_aggregate (w->store, w->kpis[SALES], month.first_week, month.last_week,
                               &sales, error))
        return FALSE;

      if (month.first_week >= published_start)
        for (guint i = 0; i < G_N_ELEMENTS (margins); i++)
          if (margins[i].month == month.index)
            {
              margin = margins[i].margin;
              note = margins[i].note;
              provisional = margins[i].month == 9;
            }

      if (!put_value (w, MARGIN, sc_day_from_ymd (month.year, month.index, 1),
                      (sales.sum * margin + 5000) / 10000, sales.sum, provisional, note, error))
        return FALSE;
    }
  return TRUE;
}

static ScRecord *
action_row (Writer           *w,
            const PlanAction *a,
            gint64            priority_id,
            int               fiscal_year,
            int               quarter,
            ScDay             created)
{
  ScRecord *r = sc_record_new (SC_TYPE_ACTION);
  ScDay due = iso (a->due);

  sc_record_set_text (r, SC_ACTION_REF, a->ref);
  sc_record_set_text (r, SC_ACTION_TITLE, a->title);
  sc_record_set_ref (r, SC_ACTION_OWNER_ID, w->people[a->owner]);
  sc_record_set_date (r, SC_ACTION_DUE, due);
  sc_record_set_date (r, SC_ACTION_ORIGINAL_DUE, a->first_due ? iso (a->first_due) : due);
  sc_record_set_int (r, SC_ACTION_STATUS, a->status);
  if (a->closed_on != NULL)
    sc_record_set_date (r, SC_ACTION_DONE_ON, iso (a->closed_on));
  sc_record_set_text (r, SC_ACTION_DROP_REASON, a->drop_reason);
  sc_record_set_ref (r, SC_ACTION_PRIORITY_ID, priority_id);
  if (a->kpi >= 0)
    sc_record_set_ref (r, SC_ACTION_KPI_ID, w->kpis[a->kpi]);
  sc_record_set_text (r, SC_ACTION_NOTES, a->notes);
  sc_record_set_int (r, SC_ACTION_FISCAL_YEAR, fiscal_year);
  sc_record_set_int (r, SC_ACTION_QUARTER, quarter);
  sc_record_set_date (r, SC_ACTION_CREATED, created);
  return r;
}

static gboolean
put_action (Writer           *w,
            const PlanAction *a,
            gint64            priority_id,
            int               fiscal_year,
            int               quarter,
            ScDay             created,
            GError          **error)
{
  g_autoptr(ScRecord) r = action_row (w, a, priority_id, fiscal_year, quarter, created);

  if (!sc_change_put (w->change, r, error))
    return FALSE;

  if (a->first_due != NULL)
    {
      ScRecord *slip = sc_record_new (SC_TYPE_DUE_CHANGE);

      sc_record_set_ref (slip, SC_DUE_CHANGE_ACTION_ID, sc_record_get_id (r));
      sc_record_set_date (slip, SC_DUE_CHANGE_CHANGED_ON, iso (a->first_due) - 4);
      sc_record_set_date (slip, SC_DUE_CHANGE_OLD_DUE, iso (a->first_due));
      sc_record_set_date (slip, SC_DUE_CHANGE_NEW_DUE, iso (a->due));
      return put (w, slip, error);
    }
  return TRUE;
}

static ScRecord *
priority_row (Writer      *w,
              int          fiscal_year,
              int          quarter,
              int          position,
              const char  *ref,
              const char  *title,
              int          owner,
              int          kpi)
{
  ScRecord *p = sc_record_new (SC_TYPE_PRIORITY);

  sc_record_set_int (p, SC_PRIORITY_FISCAL_YEAR, fiscal_year);
  sc_record_set_int (p, SC_PRIORITY_QUARTER, quarter);
  sc_record_set_text (p, SC_PRIORITY_REF, ref);
  sc_record_set_text (p, SC_PRIORITY_TITLE, title);
  sc_record_set_ref (p, SC_PRIORITY_OWNER_ID, w->people[owner]);
  if (kpi >= 0)
    sc_record_set_ref (p, SC_PRIORITY_KPI_ID, w->kpis[kpi]);
  sc_record_set_int (p, SC_PRIORITY_POSITION, position);
  return p;
}

static gint64
put_priority (Writer      *w,
              int          fiscal_year,
              int          quarter,
              int          position,
              const char  *ref,
              const char  *title,
              int          owner,
              int          kpi,
              GError     **error)
{
  g_autoptr(ScRecord) p = priority_row (w, fiscal_year, quarter, position, ref, title, owner,
                                        kpi);

  if (!sc_change_put (w->change, p, error))
    return 0;
  return sc_record_get_id (p);
}

static gboolean
write_plan (Writer  *w,
            GError **error)
{
  gint64 ids[G_N_ELEMENTS (objectives)];

  for (guint i = 0; i < G_N_ELEMENTS (objectives); i++)
    {
      ids[i] = put_priority (w, 2025, 1, i, objectives[i].ref, objectives[i].title,
                             objectives[i].owner, objectives[i].kpi, error);
      if (ids[i] == 0)
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    if (!put_action (w, &actions[i], ids[actions[i].objective], 2025, 1, iso ("2025-03-31"),
                     error))
      return FALSE;

  return TRUE;
}

/* Earlier quarters' plans, for files with a long history: three
 * objectives and a couple of dozen actions per quarter, nearly all closed,
 * some late and some slipped, as a real plan ends. */
static const char *const objective_titles[] = {
  "Augmenter le taux de conversion des soumissions",
  "Développer les ventes dans le secteur agroalimentaire",
  "Protéger la marge brute sur les travaux d'usinage",
  "Réduire le délai de réponse aux demandes de soumission",
  "Fidéliser les cinq principaux clients",
  "Accroître les prises de commandes des distributeurs",
};

static const char *const action_titles[] = {
  "Relancer les soumissions ouvertes de plus de 14 jours",
  "Visiter trois comptes cibles en Estrie",
  "Mettre à jour la liste de prix des pièces récurrentes",
  "Publier une étude de cas sur le site Web",
  "Préparer l'infolettre trimestrielle",
  "Analyser les soumissions perdues du mois",
  "Revoir les majorations matière avec l'estimation",
  "Appeler les clients inactifs depuis 12 mois",
  "Préparer le kiosque du salon régional",
  "Former l'équipe à la grille go/no-go",
  "Mettre à jour les fiches clients dans le chiffrier",
  "Négocier l'entente annuelle avec le principal distributeur",
};

/* The one-year file is the one the tests and screenshots know by heart:
 * its two earlier quarters keep their short plan and nothing else. Longer
 * histories, for the benchmarks, have what years of use leave in a file:
 * meetings, reviews and twice the actions. */
static gboolean
long_history (Writer *w)
{
  return w->years >= 2;
}

#define PICK(w, texts) ((texts)[between ((w), 0, G_N_ELEMENTS (texts) - 1)])

/* A quarter of history, from its plan to its review. */
typedef struct
{
  const ScPeriod *period;
  ScPeriod        next;
  ScDay           review_day;
  gboolean        last;               /* the next quarter is the published plan */
  gint64          priorities[3];
  ScDecision      decisions[3];       /* the review's, rolled with the plan */
  ScRecord       *open[3];            /* actions still open at the review */
  guint           n_open;
} Quarter;

static void
quarter_clear (Quarter *q)
{
  for (guint i = 0; i < q->n_open; i++)
    g_clear_object (&q->open[i]);
}

static const char *const priority_reasons[][2] = {
  /* SC_DECISION_KEEP, SC_DECISION_MODIFY: why it goes on */
  { "Objectif atteint à moitié\u00a0: on poursuit.", "Reformulé pour viser les comptes actifs." },
  { "Les résultats arrivent\u00a0; on garde le cap.", "Cible resserrée sur l'agroalimentaire." },
  { "Toujours la priorité de la direction.", "Mesure changée pour suivre le carnet." },
};

static const char *const drop_reasons[] = {
  "Objectif atteint.",
  "N'est plus prioritaire ce trimestre.",
  "Remplacé par un objectif plus précis.",
  "Faute de temps de l'équipe\u00a0; à reprendre plus tard.",
};

/* The objectives: carried from the last review when it kept them, and
 * what this quarter's review will decide on them. */
static gboolean
write_quarter_priorities (Writer   *w,
                          Quarter  *q,
                          GError  **error)
{
  const ScPeriod *quarter = q->period;

  for (int i = 0; i < 3; i++)
    {
      g_autofree char *ref = g_strdup_printf ("O%d", i + 1);
      const char *title = objective_titles[(quarter->fiscal_year * 4 + quarter->index + i) %
                                           G_N_ELEMENTS (objective_titles)];
      int owner = between (w, NATHALIE, EMILIE);
      g_autoptr(ScRecord) p = NULL;

      if (w->kept[i].id != 0)
        {
          title = w->kept[i].title;
          owner = w->kept[i].owner;
        }
      p = priority_row (w, quarter->fiscal_year, quarter->index, i, ref, title, owner, -1);
      sc_record_set_ref (p, SC_PRIORITY_CARRIED_FROM, w->kept[i].id);
      w->kept[i].id = 0;

      if (long_history (w))
        {
          int roll = between (w, 0, 99);

          /* A new fiscal year starts from a new plan. */
          q->decisions[i] = q->last || roll < 45 ? SC_DECISION_DROP :
                            roll < 85 ? SC_DECISION_KEEP : SC_DECISION_MODIFY;
          if (q->decisions[i] == SC_DECISION_DROP)
            {
              sc_record_set_int (p, SC_PRIORITY_STATUS, SC_ACTION_DROPPED);
              sc_record_set_text (p, SC_PRIORITY_CLOSE_REASON,
                                  q->last ? "Remplacé par les objectifs du nouvel exercice."
                                          : PICK (w, drop_reasons));
            }
        }
      if (!sc_change_put (w->change, p, error))
        return FALSE;
      q->priorities[i] = sc_record_get_id (p);
      if (q->decisions[i] == SC_DECISION_KEEP || q->decisions[i] == SC_DECISION_MODIFY)
        {
          w->kept[i].id = q->priorities[i];
          w->kept[i].title = q->decisions[i] == SC_DECISION_KEEP
                             ? title : objective_titles[(guint) (i + 1 + between (w, 0, 4)) %
                                                        G_N_ELEMENTS (objective_titles)];
          w->kept[i].owner = owner;
        }
    }
  return TRUE;
}

static gboolean
write_quarter_plan (Writer   *w,
                    Quarter  *q,
                    GError  **error)
{
  const ScPeriod *quarter = q->period;
  guint span = quarter->last_week + 4 - quarter->first_week;
  int n_actions = long_history (w) ? 50 : 25;

  if (!write_quarter_priorities (w, q, error))
    return FALSE;

  for (int i = 0; i < n_actions; i++)
    {
      g_autofree char *ref = g_strdup_printf ("A%02d", i + 1);
      g_autofree char *due = sc_day_dup_iso (quarter->first_week + between (w, 7, span));
      g_autofree char *first_due = NULL;
      g_autofree char *closed = NULL;
      int roll = between (w, 0, 99);
      PlanAction a = {
        .ref = ref,
        .title = PICK (w, action_titles),
        .owner = between (w, NATHALIE, EMILIE),
        .due = due,
        .status = roll < 90 ? SC_ACTION_DONE : SC_ACTION_DROPPED,
        .kpi = -1,
      };

      closed = sc_day_dup_iso (iso (due) + (roll < 70 ? -between (w, 0, 5) : between (w, 1, 20)));
      a.closed_on = closed;
      if (a.status == SC_ACTION_DROPPED)
        a.drop_reason = "N'est plus prioritaire ce trimestre.";
      if (roll % 5 == 0)
        {
          first_due = sc_day_dup_iso (iso (due) - 7 * between (w, 1, 3));
          a.first_due = first_due;
        }

      if (!put_action (w, &a, q->priorities[i % 3], quarter->fiscal_year, quarter->index,
                       quarter->first_week, error))
        return FALSE;
    }

  /* A few actions are still open when the quarter ends: the review
   * decides whether they go on. */
  q->n_open = long_history (w) ? (guint) between (w, 0, 3) : 0;
  for (guint i = 0; i < q->n_open; i++)
    {
      g_autofree char *ref = g_strdup_printf ("A%02u", 51 + i);
      g_autofree char *due = sc_day_dup_iso (quarter->last_week - 7 * between (w, 0, 3) + 4);
      PlanAction a = {
        .ref = ref,
        .title = PICK (w, action_titles),
        .owner = between (w, NATHALIE, EMILIE),
        .due = due,
        .status = SC_ACTION_OPEN,
        .kpi = -1,
        .notes = "En cours.",
      };

      q->open[i] = action_row (w, &a, q->priorities[i], quarter->fiscal_year, quarter->index,
                               quarter->first_week);
      if (!sc_change_put (w->change, q->open[i], error))
        return FALSE;
    }
  return TRUE;
}

/* Weekly meetings ------------------------------------------------------------ */

static const char *const segment_notes[][4] = {
  [SC_SEGMENT_KIND_KPIS] = {
    "Ventes sous la cible\u00a0: deux grosses livraisons reportées.",
    "Taux de conversion en hausse sur 13 semaines.",
    "Relances en retard\u00a0; Sophie rattrape cette semaine.",
    "Carnet solide pour le mois prochain.",
  },
  [SC_SEGMENT_KIND_ACTIONS] = {
    "Deux actions en retard\u00a0: nouvelles dates fixées.",
    "Grille go/no-go appliquée à toutes les demandes.",
    "Visites en Estrie faites\u00a0; compte rendu à venir.",
    "Liste de prix à valider avec l'estimation.",
  },
  [SC_SEGMENT_KIND_TOPICS] = {
    "Discussion sur les délais de livraison de l'acier.",
    "Capacité de l'atelier serrée en fin de mois.",
    "Demande de rabais du principal distributeur.",
    "Préparation du salon régional.",
  },
  [SC_SEGMENT_KIND_WRAP_UP] = {
    "Priorités de la semaine confirmées.",
    "Marc-André fait le suivi avec le client OEM.",
    "Rien à ajouter.",
    "Prochaine rencontre écourtée (congé).",
  },
};

static const char *const topic_titles[] = {
  "Hausse du prix de l'acier chez le fournisseur",
  "Demande de soumission urgente d'un nouveau client",
  "Retard de livraison sur une commande OEM",
  "Participation au salon industriel régional",
  "Embauche d'un deuxième estimateur",
  "Conditions de paiement du principal client",
  "Capacité de l'atelier en fin de trimestre",
  "Mise à jour du site Web",
};

static const char *const topic_decisions[] = {
  "Accepté\u00a0; Nathalie confirme au client.",
  "Refusé pour ce trimestre.",
  "On ajoute une clause d'ajustement aux soumissions.",
  "Reporté après la fermeture d'été.",
  "Marc-André appelle le client d'ici vendredi.",
};

/* A topic put on the agenda and decided a week later. */
typedef struct
{
  const char *title;
  int         owner;
  ScDay       created;
  gint64      meeting_id;
} Topic;

static gboolean
put_topic (Writer       *w,
           const Topic  *t,
           ScTopicStatus status,
           gint64        decided_in,
           int           carried,
           GError      **error)
{
  ScRecord *r = sc_record_new (SC_TYPE_TOPIC);

  sc_record_set_text (r, SC_TOPIC_TITLE, t->title);
  sc_record_set_ref (r, SC_TOPIC_OWNER_ID, w->people[t->owner]);
  sc_record_set_date (r, SC_TOPIC_CREATED, t->created);
  sc_record_set_ref (r, SC_TOPIC_MEETING_ID, t->meeting_id);
  sc_record_set_int (r, SC_TOPIC_STATUS, status);
  sc_record_set_text (r, SC_TOPIC_DECISION,
                      status == SC_TOPIC_DECIDED ? PICK (w, topic_decisions) : "");
  sc_record_set_ref (r, SC_TOPIC_DECIDED_MEETING_ID, decided_in);
  sc_record_set_int (r, SC_TOPIC_CARRIED, carried);
  return put (w, r, error);
}

/* Last week's topics are decided first, then 0–3 new ones: most are
 * decided on the spot, some wait for next week. */
static gboolean
write_topics (Writer  *w,
              ScDay    day,
              gint64   meeting_id,
              GError **error)
{
  guint n_left = w->left->len;
  int n_new = between (w, 0, 3);

  for (guint i = 0; i < n_left; i++)
    if (!put_topic (w, &g_array_index (w->left, Topic, i), SC_TOPIC_DECIDED, meeting_id, 1,
                    error))
      return FALSE;
  g_array_set_size (w->left, 0);

  for (int i = 0; i < n_new; i++)
    {
      Topic t = { PICK (w, topic_titles), between (w, NATHALIE, EMILIE), day, meeting_id };

      if (between (w, 0, 3) == 0)
        g_array_append_val (w->left, t);
      else if (!put_topic (w, &t, SC_TOPIC_DECIDED, meeting_id, 0, error))
        return FALSE;
    }
  return TRUE;
}

/* What is still left when the history ends was dropped with the old plan. */
static gboolean
drop_left_topics (Writer  *w,
                  GError **error)
{
  for (guint i = 0; i < w->left->len; i++)
    if (!put_topic (w, &g_array_index (w->left, Topic, i), SC_TOPIC_DROPPED, w->last_meeting, 1,
                    error))
      return FALSE;
  g_array_set_size (w->left, 0);
  return TRUE;
}

/* The segments share the meeting's time in the agenda's proportions, give
 * or take; the last one takes what is left. */
static gboolean
write_segments (Writer  *w,
                gint64   meeting_id,
                gint64   duration,
                GError **error)
{
  gint64 planned_total = 0, left = duration;

  for (guint i = 0; i < w->agenda->len; i++)
    planned_total += sc_record_get_int (g_ptr_array_index (w->agenda, i), SC_AGENDA_MINUTES) * 60;

  for (guint i = 0; i < w->agenda->len; i++)
    {
      ScRecord *agenda = g_ptr_array_index (w->agenda, i);
      ScRecord *r = sc_record_new (SC_TYPE_MEETING_SEGMENT);
      ScSegmentKind kind = sc_record_get_int (agenda, SC_AGENDA_KIND);
      gint64 planned = sc_record_get_int (agenda, SC_AGENDA_MINUTES) * 60;
      gint64 used = i + 1 == w->agenda->len ? left :
                    MIN (left, duration * planned / MAX (planned_total, 1) * between (w, 80, 120) / 100);

      left -= used;
      sc_record_set_ref (r, SC_SEGMENT_MEETING_ID, meeting_id);
      sc_record_set_int (r, SC_SEGMENT_POSITION, i);
      sc_record_set_int (r, SC_SEGMENT_KIND, kind);
      sc_record_set_text (r, SC_SEGMENT_TITLE, sc_record_get_text (agenda, SC_AGENDA_TITLE));
      sc_record_set_int (r, SC_SEGMENT_PLANNED, planned);
      sc_record_set_int (r, SC_SEGMENT_USED, used);
      sc_record_set_text (r, SC_SEGMENT_NOTES,
                          kind < G_N_ELEMENTS (segment_notes) && between (w, 0, 2) == 0
                          ? PICK (w, segment_notes[kind]) : "");
      if (!put (w, r, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_attendance (Writer  *w,
                  gint64   meeting_id,
                  GError **error)
{
  /* Most weeks everyone is there; now and then one is on the road. */
  int absent = between (w, 0, 3) == 0 ? between (w, NATHALIE, EMILIE) : -1;

  for (int i = 0; i < N_PEOPLE; i++)
    {
      ScRecord *r;

      if (!people[i].in_meeting)
        continue;
      r = sc_record_new (SC_TYPE_ATTENDANCE);
      sc_record_set_ref (r, SC_ATTENDANCE_MEETING_ID, meeting_id);
      sc_record_set_ref (r, SC_ATTENDANCE_PERSON_ID, w->people[i]);
      sc_record_set_bool (r, SC_ATTENDANCE_PRESENT, i != absent);
      if (!put (w, r, error))
        return FALSE;
    }
  return TRUE;
}

/* The rows a meeting held that week would have left, as
 * sc_meeting_session_end() writes them. */
static gboolean
write_meeting (Writer  *w,
               ScDay    week,
               GError **error)
{
  g_autoptr(ScRecord) r = sc_record_new (SC_TYPE_MEETING);
  g_autoptr(GDateTime) started = NULL;
  g_autoptr(GDateTime) ended = NULL;
  g_autofree char *started_text = NULL;
  g_autofree char *ended_text = NULL;
  gint64 duration = between (w, 24 * 60, 38 * 60);
  int y, m, d;

  /* Monday 8:30, give or take a late coffee. */
  sc_day_to_ymd (week, &y, &m, &d);
  started = g_date_time_new_local (y, m, d, 8, 30 + between (w, 0, 3), between (w, 0, 59));
  ended = g_date_time_add_seconds (started, duration);
  started_text = g_date_time_format (started, "%Y-%m-%dT%H:%M:%S");
  ended_text = g_date_time_format (ended, "%Y-%m-%dT%H:%M:%S");

  sc_record_set_date (r, SC_MEETING_WEEK, week);
  sc_record_set_text (r, SC_MEETING_STARTED, started_text);
  sc_record_set_text (r, SC_MEETING_ENDED, ended_text);
  sc_record_set_int (r, SC_MEETING_PLANNED_MINUTES, 30);
  sc_record_set_int (r, SC_MEETING_DURATION, duration);
  sc_record_set_text (r, SC_MEETING_NOTES, "");
  if (!sc_change_put (w->change, r, error))
    return FALSE;
  w->last_meeting = sc_record_get_id (r);

  return write_segments (w, w->last_meeting, duration, error) &&
         write_attendance (w, w->last_meeting, error) &&
         write_topics (w, week, w->last_meeting, error);
}

static gboolean
write_meetings (Writer         *w,
                const ScPeriod *quarter,
                GError        **error)
{
  for (ScDay week = quarter->first_week; week <= quarter->last_week; week += 7)
    if (!is_holiday_week (week) && !is_shutdown_week (week) && !write_meeting (w, week, error))
      return FALSE;
  return TRUE;
}

/* Monthly variance reviews --------------------------------------------------- */

/* Cause and countermeasure of an off-target month, by KPI. */
static const char *const variances[N_KPIS][2][2] = {
  [SALES] = {
    { "Livraisons reportées à la demande du client.", "Confirmer les dates de livraison à la prise de commande." },
    { "Moins de commandes récurrentes du principal client.", "Relancer les comptes secondaires chaque semaine." },
  },
  [MARGIN] = {
    { "Hausse de l'acier non refilée sur les soumissions.", "Appliquer la clause d'ajustement du prix de l'acier." },
    { "Heures supplémentaires sur des travaux urgents.", "Facturer un supplément pour les délais courts." },
  },
  [WIN_RATE] = {
    { "Soumissions perdues sur le prix.", "Revoir les majorations avec l'estimation." },
    { "Trop de demandes hors de notre créneau.", "Appliquer la grille go/no-go à chaque demande." },
  },
  [BOOKINGS] = {
    { "Clients en attente de leur budget annuel.", "Relancer les soumissions ouvertes de plus de 14 jours." },
    { "Grosse commande reportée au mois suivant.", "Suivre la commande chaque semaine avec l'acheteur." },
  },
  [OPPORTUNITIES] = {
    { "Peu de visites de prospection ce mois-ci.", "Bloquer une demi-journée de prospection par semaine." },
    { "Aucun événement régional ce mois-ci.", "Préparer une campagne de courriels ciblée." },
  },
  [QUOTES] = {
    { "Estimateur absent une semaine.", "Former un remplaçant aux soumissions simples." },
    { "Demandes complexes plus longues à chiffrer.", "Préparer des gabarits pour les pièces récurrentes." },
  },
  [FOLLOW_UPS] = {
    { "Relances oubliées pendant les livraisons.", "Rappel hebdomadaire des soumissions à relancer." },
    { "Représentante en formation deux jours.", "Partager les relances avec le directeur des ventes." },
  },
  [ARCHIVED] = {
    { "Visites annulées par les clients.", "Replanifier les visites le mois suivant." },
    { "Route fermée pour travaux en Estrie.", "Regrouper les visites par région." },
  },
};

static ScKpi *
kpi_record (Writer *w,
            int     kpi)
{
  return SC_KPI (sc_store_lookup (w->store, &sc_kpi_table, w->kpis[kpi]));
}

/* Whether the KPI was on the scorecard at that day. */
static gboolean
kpi_in_use (int    kpi,
            ScDay  day)
{
  return kpi != ARCHIVED || day < iso (VISITS_ARCHIVED);
}

/* One line per KPI, with the figures the review session computes and the
 * cause and countermeasure it requires of an off-target line. */
static gboolean
write_monthly_review (Writer         *w,
                      const ScPeriod *month,
                      GError        **error)
{
  ScMetrics *metrics = sc_metrics_for_store (w->store);
  g_autoptr(ScRecord) review = sc_record_new (SC_TYPE_MONTHLY_REVIEW);

  sc_record_set_int (review, SC_MONTHLY_REVIEW_YEAR, month->year);
  sc_record_set_int (review, SC_MONTHLY_REVIEW_MONTH, month->index);
  sc_record_set_date (review, SC_MONTHLY_REVIEW_DONE_ON, month->last_week + 7 + between (w, 1, 8));
  sc_record_set_text (review, SC_MONTHLY_REVIEW_NOTES, "");
  if (!sc_change_put (w->change, review, error))
    return FALSE;

  for (int k = 0; k < N_KPIS; k++)
    {
      ScRecord *line;
      ScFigure figure;

      if (!kpi_in_use (k, month->first_week))
        continue;
      sc_metrics_figure (metrics, kpi_record (w, k), month, SC_DAY_NONE, &figure);
      line = sc_record_new (SC_TYPE_REVIEW_LINE);
      sc_record_set_ref (line, SC_REVIEW_LINE_REVIEW_ID, sc_record_get_id (review));
      sc_record_set_ref (line, SC_REVIEW_LINE_KPI_ID, w->kpis[k]);
      if (sc_figure_has_target (&figure))
        sc_record_set_int (line, SC_REVIEW_LINE_TARGET, sc_amount_from_double (figure.target));
      if (sc_figure_has_actual (&figure))
        sc_record_set_int (line, SC_REVIEW_LINE_ACTUAL, sc_amount_from_double (figure.actual));
      sc_record_set_int (line, SC_REVIEW_LINE_STATUS, figure.status);
      if (figure.status == SC_STATUS_OFF_TARGET)
        {
          const char *const *text = variances[k][between (w, 0, 1)];

          sc_record_set_text (line, SC_REVIEW_LINE_CAUSE, text[0]);
          sc_record_set_text (line, SC_REVIEW_LINE_COUNTERMEASURE, text[1]);
        }
      if (!put (w, line, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_monthly_reviews (Writer         *w,
                       const ScPeriod *quarter,
                       GError        **error)
{
  ScPeriod month;

  sc_calendar_period_at (&w->calendar, SC_PERIOD_MONTH, quarter->first_week, &month);
  for (; month.first_week <= quarter->last_week;
       sc_calendar_period_shift (&w->calendar, &month, 1, &month))
    if (!write_monthly_review (w, &month, error))
      return FALSE;
  return TRUE;
}

/* Quarterly reviews ---------------------------------------------------------- */

static ScRecord *
decision_row (gint64       review_id,
              ScItemKind   kind,
              gint64       item_id,
              ScDecision   decision,
              const char  *reason)
{
  ScRecord *r = sc_record_new (SC_TYPE_QUARTERLY_DECISION);

  sc_record_set_ref (r, SC_DECISION_REVIEW_ID, review_id);
  sc_record_set_int (r, SC_DECISION_ITEM_KIND, kind);
  sc_record_set_int (r, SC_DECISION_ITEM_ID, item_id);
  sc_record_set_int (r, SC_DECISION_DECISION, decision);
  sc_record_set_text (r, SC_DECISION_REASON, reason);
  return r;
}

/* KPIs are kept, the sales target now and then raised for the rest of the
 * year; customer visits were dropped when follow-ups replaced them. */
static gboolean
decide_kpis (Writer   *w,
             Quarter  *q,
             gint64    review_id,
             GError  **error)
{
  for (int k = 0; k < N_KPIS; k++)
    {
      g_autoptr(ScRecord) row = NULL;
      ScDecision decision = SC_DECISION_KEEP;
      const char *reason = "";
      double target = NAN;

      if (!kpi_in_use (k, q->period->first_week))
        continue;
      if (!kpi_in_use (k, q->next.first_week))
        {
          decision = SC_DECISION_DROP;
          reason = "Remplacé par le suivi des relances de soumissions.";
        }
      else if (k == SALES && q->next.fiscal_year == q->period->fiscal_year &&
               between (w, 0, 4) == 0)
        {
          decision = SC_DECISION_MODIFY;
          reason = "Carnet de commandes plus solide que prévu.";
          target = sc_metrics_entry_target (sc_metrics_for_store (w->store), kpi_record (w, k),
                                            q->next.first_week) + 5000;
        }
      row = decision_row (review_id, SC_ITEM_KPI, w->kpis[k], decision, reason);
      if (!isnan (target))
        {
          ScRecord *t = sc_record_new (SC_TYPE_TARGET);

          sc_record_set_int (row, SC_DECISION_NEW_TARGET, sc_amount_from_double (target));
          sc_record_set_ref (t, SC_TARGET_KPI_ID, w->kpis[k]);
          sc_record_set_date (t, SC_TARGET_EFFECTIVE, q->next.first_week);
          sc_record_set_int (t, SC_TARGET_VALUE, sc_amount_from_double (target));
          sc_record_set_text (t, SC_TARGET_NOTE, reason);
          if (!put (w, t, error))
            return FALSE;
        }
      if (!sc_change_put (w->change, row, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
decide_priorities (Writer   *w,
                   Quarter  *q,
                   gint64    review_id,
                   GError  **error)
{
  for (int i = 0; i < 3; i++)
    {
      g_autoptr(ScRecord) row = NULL;
      const char *reason = q->decisions[i] == SC_DECISION_DROP
                           ? (q->last ? "Remplacé par les objectifs du nouvel exercice."
                                      : PICK (w, drop_reasons))
                           : priority_reasons[between (w, 0, 2)][q->decisions[i] == SC_DECISION_MODIFY];

      row = decision_row (review_id, SC_ITEM_PRIORITY, q->priorities[i], q->decisions[i],
                          reason);
      if (q->decisions[i] == SC_DECISION_MODIFY)
        sc_record_set_text (row, SC_DECISION_NEW_TITLE, w->kept[i].title);
      if (!sc_change_put (w->change, row, error))
        return FALSE;
    }
  return TRUE;
}

/* An open action closed at the review, dropped or moved on. */
static gboolean
close_open_action (Writer      *w,
                   Quarter     *q,
                   guint        index,
                   const char  *reason,
                   GError     **error)
{
  g_autoptr(ScRecord) closed = sc_record_copy (q->open[index]);

  sc_record_set_int (closed, SC_ACTION_STATUS, SC_ACTION_DROPPED);
  sc_record_set_date (closed, SC_ACTION_DONE_ON, q->review_day);
  sc_record_set_text (closed, SC_ACTION_DROP_REASON, reason);
  return sc_change_put (w->change, closed, error);
}

/* An open action kept or postponed goes on in the next quarter, where it
 * gets done; this one is closed with a word on where it went. */
static gboolean
carry_action (Writer      *w,
              Quarter     *q,
              guint        index,
              ScDecision   decision,
              const char  *reason,
              ScRecord    *decision_row,
              GError     **error)
{
  ScRecord *open = q->open[index];
  g_autoptr(ScRecord) carried = sc_record_copy (open);
  g_autofree char *ref = g_strdup_printf ("A%02u", 54 + index);
  g_autofree char *next_name = sc_format_quarter (SC_LANG_FR, &w->calendar, q->next.fiscal_year,
                                                  q->next.index);
  g_autofree char *moved = g_strdup_printf ("Reporté à %s sous %s.", next_name, ref);
  ScDay old_due = sc_record_get_date (open, SC_ACTION_DUE);
  ScDay due = old_due;

  if (decision == SC_DECISION_MODIFY)
    {
      due = q->next.first_week + between (w, 14, 35) + 4;
      sc_record_set_date (decision_row, SC_DECISION_NEW_DUE, due);
    }
  sc_record_set_id (carried, 0);
  sc_record_set_text (carried, SC_ACTION_REF, ref);
  sc_record_set_int (carried, SC_ACTION_FISCAL_YEAR, q->next.fiscal_year);
  sc_record_set_int (carried, SC_ACTION_QUARTER, q->next.index);
  sc_record_set_int (carried, SC_ACTION_STATUS, SC_ACTION_DONE);
  sc_record_set_date (carried, SC_ACTION_DUE, due);
  sc_record_set_date (carried, SC_ACTION_DONE_ON, MAX (due, q->review_day + 7) + between (w, -3, 10));
  sc_record_set_text (carried, SC_ACTION_NOTES, "");
  sc_record_set_ref (carried, SC_ACTION_PRIORITY_ID, 0);
  sc_record_set_ref (carried, SC_ACTION_CARRIED_FROM, sc_record_get_id (open));
  sc_record_set_date (carried, SC_ACTION_CREATED, q->review_day);
  if (!sc_change_put (w->change, carried, error))
    return FALSE;

  if (due != old_due)
    {
      ScRecord *slip = sc_record_new (SC_TYPE_DUE_CHANGE);

      sc_record_set_ref (slip, SC_DUE_CHANGE_ACTION_ID, sc_record_get_id (carried));
      sc_record_set_date (slip, SC_DUE_CHANGE_CHANGED_ON, q->review_day);
      sc_record_set_date (slip, SC_DUE_CHANGE_OLD_DUE, old_due);
      sc_record_set_date (slip, SC_DUE_CHANGE_NEW_DUE, due);
      sc_record_set_text (slip, SC_DUE_CHANGE_REASON, reason);
      if (!put (w, slip, error))
        return FALSE;
    }

  return close_open_action (w, q, index, moved, error);
}

static gboolean
decide_actions (Writer   *w,
                Quarter  *q,
                gint64    review_id,
                GError  **error)
{
  for (guint i = 0; i < q->n_open; i++)
    {
      g_autoptr(ScRecord) row = NULL;
      int roll = between (w, 0, 3);
      ScDecision decision = q->last || roll == 0 ? SC_DECISION_DROP :
                            roll == 1 ? SC_DECISION_MODIFY : SC_DECISION_KEEP;
      const char *reason = decision == SC_DECISION_DROP ? PICK (w, drop_reasons) :
                           decision == SC_DECISION_MODIFY ? "Nouvelle date réaliste." : "";

      row = decision_row (review_id, SC_ITEM_ACTION, sc_record_get_id (q->open[i]), decision,
                          reason);
      if (decision == SC_DECISION_DROP
          ? !close_open_action (w, q, i, reason, error)
          : !carry_action (w, q, i, decision, reason, row, error))
        return FALSE;
      if (!sc_change_put (w->change, row, error))
        return FALSE;
    }
  return TRUE;
}

/* The review as sc_quarterly_review_session_finish() leaves it: finished,
 * a decision on each KPI, objective and open action, and their effects. */
static gboolean
write_quarterly_review (Writer   *w,
                        Quarter  *q,
                        GError  **error)
{
  g_autoptr(ScRecord) review = sc_record_new (SC_TYPE_QUARTERLY_REVIEW);
  gint64 id;

  sc_record_set_int (review, SC_QUARTERLY_REVIEW_FISCAL_YEAR, q->period->fiscal_year);
  sc_record_set_int (review, SC_QUARTERLY_REVIEW_QUARTER, q->period->index);
  sc_record_set_date (review, SC_QUARTERLY_REVIEW_DONE_ON, q->review_day);
  sc_record_set_text (review, SC_QUARTERLY_REVIEW_NOTES, "");
  if (!sc_change_put (w->change, review, error))
    return FALSE;
  id = sc_record_get_id (review);
  return decide_kpis (w, q, id, error) &&
         decide_priorities (w, q, id, error) &&
         decide_actions (w, q, id, error);
}

static gboolean
write_quarter (Writer         *w,
               const ScPeriod *period,
               GError        **error)
{
  Quarter q = { .period = period };
  gboolean ok;

  sc_calendar_period_shift (&w->calendar, period, 1, &q.next);
  q.last = q.next.fiscal_year >= 2025;
  /* The Wednesday of the quarter's last week. */
  q.review_day = period->last_week + 2;

  ok = write_quarter_plan (w, &q, error) &&
       (!long_history (w) ||
        (write_meetings (w, period, error) &&
         write_monthly_reviews (w, period, error) &&
         write_quarterly_review (w, &q, error)));
  quarter_clear (&q);
  return ok;
}

static gboolean
write_history (Writer  *w,
               GError **error)
{
  ScPeriod quarter;

  w->agenda = sc_meeting_get_agenda (w->store);
  w->left = g_array_new (FALSE, FALSE, sizeof (Topic));
  sc_calendar_period_at (&w->calendar, SC_PERIOD_QUARTER, w->first_week, &quarter);
  for (; quarter.fiscal_year < 2025; sc_calendar_period_shift (&w->calendar, &quarter, 1, &quarter))
    {
      if (quarter.first_week < w->first_week)
        continue;
      if (!write_quarter (w, &quarter, error) || !checkpoint (w, error))
        return FALSE;
    }
  return drop_left_topics (w, error);
}

static gboolean
fill_sample (ScStore   *store,
             gpointer   user_data,
             GError   **error)
{
  Writer *w = user_data;

  w->store = store;
  if (!checkpoint (w, error) ||
      !write_people (w, error) ||
      !write_kpis (w, error) ||
      !write_calendar (w, error) ||
      !write_plan (w, error) ||
      !checkpoint (w, error) ||
      !write_figures (w, error) ||
      !checkpoint (w, error) ||
      !write_margins (w, error) ||
      !checkpoint (w, error) ||
      !write_history (w, error))
    goto fail;

  if (!sc_store_commit (store, g_steal_pointer (&w->change), error))
    return FALSE;
  return TRUE;

fail:
  if (w->change != NULL)
    sc_store_rollback (store, g_steal_pointer (&w->change));
  return FALSE;
}

/* weeks of figures up to the last published week; years as for
 * sc_sample_write() (targets, the archived KPI). */
static gboolean
write_sample (const char  *path,
              guint        years,
              guint        weeks,
              GError     **error)
{
  g_autoptr(ScRecord) company = sc_record_new (SC_TYPE_COMPANY);
  Writer w = { 0 };
  gboolean ok;

  sc_record_set_text (company, SC_COMPANY_NAME, "Atelier Boréalis Métal inc.");
  sc_record_set_text (company, SC_COMPANY_CURRENCY, "CAD");
  sc_record_set_int (company, SC_COMPANY_FISCAL_START_MONTH, 4);
  sc_record_set_int (company, SC_COMPANY_WEEK_START, 1);
  sc_record_set_int (company, SC_COMPANY_MEETING_WEEKDAY, 1);
  sc_record_set_int (company, SC_COMPANY_MEETING_TIME, 8 * 60 + 30);
  sc_record_set_int (company, SC_COMPANY_MEETING_MINUTES, 30);
  sc_record_set_text (company, SC_COMPANY_REPORT_LANG, "fr");
  sc_record_set_int (company, SC_COMPANY_TOLERANCE, 1000);
  sc_record_set_date (company, SC_COMPANY_AS_OF, iso (SC_SAMPLE_TODAY_ISO));

  w.years = years;
  w.calendar.fiscal_start_month = 4;
  w.calendar.week_start = G_DATE_MONDAY;
  w.first_week = iso (published[G_N_ELEMENTS (published) - 1].week) - 7 * (weeks - 1);
  w.rand = g_rand_new_with_seed (20250331);
  sc_record_set_date (company, SC_COMPANY_CREATED, w.first_week);

  ok = sc_store_create_full (path, SC_COMPANY (company), fill_sample, &w, error);
  g_rand_free (w.rand);
  g_clear_pointer (&w.agenda, g_ptr_array_unref);
  g_clear_pointer (&w.left, g_array_unref);
  return ok;
}

gboolean
sc_sample_write (const char  *path,
                 guint        years,
                 GError     **error)
{
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (years <= 100, FALSE);

  return write_sample (path, years, MAX (G_N_ELEMENTS (published), years * 52), error);
}

gboolean
sc_sample_write_quarters (const char  *path,
                          guint        quarters,
                          GError     **error)
{
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (quarters >= 1 && quarters <= 400, FALSE);

  return write_sample (path, quarters / 4, quarters * 13, error);
}

/* test-report.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one-page reports of the sample company (today 2025-09-26), written
 * as PDF in English and French, on Letter and A4, and read back with
 * poppler's tools: one page of the right size, the figures and names the
 * company file holds, charts actually drawn; a file crowded with open
 * actions still gives one page; the company file is never written over.
 *
 * SC_TEST_SHOTS_DIR=/some/dir keeps the Letter PDFs there (the
 * screenshots of data/screenshots are rendered from them).
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "sc-meeting.h"
#include "sc-plan-fixture.h"
#include "sc-report.h"

/* Poppler --------------------------------------------------------------------- */

static char *
run_tool (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out,
                               &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);
  return out;
}

/* The text in drawing order, its spaces (no-break ones too) and line
 * breaks made single spaces: a cell's wrapped text reads as one. */
static char *
pdf_text (const char *path)
{
  const char *argv[] = { "/usr/bin/pdftotext", "-raw", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *raw = run_tool (argv);
  g_auto(GStrv) words = NULL;

  g_strdelimit (raw, "\n\r\t\f", ' ');
  words = g_regex_split_simple ("(?: |\u00a0|\u202f)+", raw, 0, 0);
  return g_strstrip (g_strjoinv (" ", words));
}

static void
check_pdf (const char *path,
           ScPaper     paper)
{
  const char *argv[] = { "/usr/bin/pdfinfo", path, NULL };
  g_autofree char *info = run_tool (argv);
  g_autofree char *head = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &head, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (head, "%PDF-"));
  g_assert_nonnull (strstr (info, "Pages:           1\n"));
  g_assert_nonnull (strstr (info, paper == SC_PAPER_A4 ? "595.276 x 841.89 pts (A4)"
                                                       : "612 x 792 pts (letter)"));
}

/* The page at 50 dpi. */
static cairo_surface_t *
render (const char *pdf)
{
  g_autofree char *dir = g_path_get_dirname (pdf);
  g_autofree char *base = g_build_filename (dir, "page", NULL);
  g_autofree char *png = g_strconcat (base, ".png", NULL);
  const char *argv[] = { "/usr/bin/pdftoppm", "-r", "50", "-png", "-singlefile", pdf, base, NULL };
  g_autofree char *out = run_tool (argv);
  cairo_surface_t *surface = cairo_image_surface_create_from_png (png);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_unlink (png);
  return surface;
}

typedef gboolean (*PixelFunc) (guint r, guint g, guint b);

static gboolean
is_ink (guint r,
        guint g,
        guint b)
{
  return r + g + b < 3 * 160;
}

/* The blue of the series (#3584e4). */
static gboolean
is_series (guint r,
           guint g,
           guint b)
{
  return r < 110 && g > 100 && g < 170 && b > 190;
}

/* The green of a figure on target (#26a269): the bars. */
static gboolean
is_on_target (guint r,
              guint g,
              guint b)
{
  return r < 90 && g > 130 && b < 140 && b > 70;
}

/* Pixels that pass in the band of the page between the fractions x0 … x1
 * of its width and y0 … y1 of its height. */
static guint
count_pixels (cairo_surface_t *page,
              double           x0,
              double           x1,
              double           y0,
              double           y1,
              PixelFunc        pass)
{
  int w = cairo_image_surface_get_width (page), h = cairo_image_surface_get_height (page);
  int stride = cairo_image_surface_get_stride (page);
  const guchar *data = cairo_image_surface_get_data (page);
  guint n = 0;

  for (int y = (int) (y0 * h); y < (int) (y1 * h); y++)
    for (int x = (int) (x0 * w); x < (int) (x1 * w); x++)
      {
        guint32 p = *(const guint32 *) (data + y * stride + 4 * x);

        n += pass ((p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff);
      }
  return n;
}

/* Writes report in both papers; returns the Letter file's path. */
static char *
write_both (Fixture    *f,
            ScReport   *report,
            const char *name)
{
  const char *shots = g_getenv ("SC_TEST_SHOTS_DIR");
  g_autofree char *a4_name = g_strconcat (name, "-a4.pdf", NULL);
  g_autofree char *letter_name = g_strconcat (name, ".pdf", NULL);
  g_autofree char *a4 = g_build_filename (f->dir, a4_name, NULL);
  char *letter = g_build_filename (f->dir, letter_name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_report_write_pdf (report, SC_PAPER_A4, a4, &error));
  g_assert_no_error (error);
  check_pdf (a4, SC_PAPER_A4);
  g_assert_true (sc_report_write_pdf (report, SC_PAPER_LETTER, letter, &error));
  g_assert_no_error (error);
  check_pdf (letter, SC_PAPER_LETTER);
  g_unlink (a4);
  if (shots != NULL)
    {
      g_autofree char *copy = g_build_filename (shots, letter_name, NULL);

      g_assert_true (sc_report_write_pdf (report, SC_PAPER_LETTER, copy, &error));
      g_assert_no_error (error);
    }
  return letter;
}

static ScKpi *
kpi (ScStore    *store,
     const char *key)
{
  g_autoptr(GPtrArray) kpis = sc_metrics_active_kpis (sc_metrics_for_store (store));

  for (guint i = 0; i < kpis->len; i++)
    if (g_str_equal (sc_record_get_text (g_ptr_array_index (kpis, i), SC_KPI_CATALOG_KEY), key))
      return g_ptr_array_index (kpis, i);
  g_assert_not_reached ();
}

static ScReport *
new_report (ScStore      *store,
            ScReportKind  kind,
            int           year,
            int           index,
            ScLang        lang)
{
  ScReportSubject subject = { kind, SC_DAY_NONE, year, index };
  g_autoptr(GError) error = NULL;
  ScReport *report = sc_report_new (store, &subject, lang, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

/* The meeting sheet --------------------------------------------------------------- */

/* Two meetings this week that leave a topic for the next one. */
static void
carry_topic (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(ScMeetingSession) session = sc_meeting_session_new (f->store, NULL, NULL);

      sc_meeting_session_start (session);
      if (i == 0)
        {
          ScTopic *topic = sc_meeting_session_add_topic (session, "Clause acier sur les commandes "
                                                         "ouvertes",
                                                         sc_record_get_id (person (f->store,
                                                                                   "Nathalie Bergeron")),
                                                         &error);

          g_assert_no_error (error);
          sc_meeting_session_leave_topic (session, topic);
        }
      g_assert_true (sc_meeting_session_end (session, &error));
      g_assert_no_error (error);
    }
}

static void
test_report_meeting_sheet (Fixture       *f,
                           gconstpointer  data)
{
  ScLang langs[] = { SC_LANG_EN, SC_LANG_FR };

  carry_topic (f);
  /* The sheet of the next meeting: Monday, September 29. */
  g_assert_cmpuint (sc_report_next_meeting_week (f->store), ==, day ("2025-09-29"));

  for (guint i = 0; i < G_N_ELEMENTS (langs); i++)
    {
      g_autoptr(ScReport) report = new_report (f->store, SC_REPORT_MEETING_SHEET, 0, 0, langs[i]);
      g_autofree char *path = write_both (f, report, langs[i] == SC_LANG_EN
                                                     ? "report-meeting-sheet-en"
                                                     : "report-meeting-sheet-fr");
      g_autofree char *text = pdf_text (path);
      cairo_surface_t *page = render (path);

      g_assert_cmpint (sc_report_get_kind (report), ==, SC_REPORT_MEETING_SHEET);
      /* A03, due May 30, is 119 days late on September 26; its owner. */
      g_assert_nonnull (strstr (text, "A03"));
      g_assert_nonnull (strstr (text, " 119 "));
      g_assert_nonnull (strstr (text, "Jean-Philippe Gagnon"));
      g_assert_nonnull (strstr (text, "Clause acier sur les commandes ouvertes"));
      g_assert_nonnull (strstr (text, langs[i] == SC_LANG_EN ? "carried 2 times"
                                                             : "reporté 2 fois"));
      g_assert_nonnull (strstr (text, langs[i] == SC_LANG_EN ? "Weekly Meeting Sheet"
                                                             : "Réunion hebdomadaire — Semaine du 29 septembre 2025"));
      g_assert_nonnull (strstr (text, langs[i] == SC_LANG_EN ? "8:30 a.m." : "8 h 30"));
      g_assert_nonnull (strstr (text, langs[i] == SC_LANG_EN ? "150K" : "150 k$"));
      g_assert_nonnull (strstr (text, "Page 1"));
      /* Text in the indicators' band, sparklines at the right of it. */
      g_assert_cmpuint (count_pixels (page, 0.05, 0.5, 0.2, 0.55, is_ink), >, 2000);
      g_assert_cmpuint (count_pixels (page, 0.75, 0.95, 0.2, 0.55, is_series), >, 60);
      cairo_surface_destroy (page);
    }
}

/* Many open actions in a file with three years of history. */
static void
test_report_crowded (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sc-report-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "crowded.salescadence", NULL);
  g_autofree char *pdf = g_build_filename (dir, "crowded.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(ScStore) store = NULL;
  g_autoptr(ScReport) report = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint cut;

  g_assert_true (sc_sample_write (path, 3, &error));
  store = sc_store_open (path, SC_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 80; i++)
    {
      g_autofree char *title = g_strdup_printf ("Relancer le client n° %u au sujet de sa "
                                                "soumission de pièces usinées", i + 1);
      g_autofree char *due = sc_day_dup_iso (day ("2025-06-02") + i);
      g_autoptr(ScAction) a = new_action (store, title,
                                          sc_record_get_id (person (store, "Sophie Lachance")),
                                          due);

      g_assert_true (sc_plan_save_action (store, a, NULL, &error));
      g_assert_no_error (error);
    }

  report = new_report (store, SC_REPORT_MEETING_SHEET, 0, 0, SC_LANG_EN);
  g_assert_true (sc_report_write_pdf (report, SC_PAPER_LETTER, pdf, &error));
  g_assert_no_error (error);
  check_pdf (pdf, SC_PAPER_LETTER);
  if (g_getenv ("SC_TEST_SHOTS_DIR") != NULL)
    {
      g_autofree char *copy = g_build_filename (g_getenv ("SC_TEST_SHOTS_DIR"),
                                                "report-meeting-sheet-crowded.pdf", NULL);

      g_assert_true (sc_report_write_pdf (report, SC_PAPER_LETTER, copy, &error));
    }
  text = pdf_text (pdf);
  /* The type shrank to its minimum, then the actions were cut. */
  g_assert_cmpfloat_with_epsilon (sc_report_get_scale (report), 0.8, 1e-6);
  g_assert_nonnull (g_regex_match_simple ("… [0-9]+ more", text, 0, 0) ? "more" : NULL);
  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (surface);
  cut = sc_report_draw (report, cr, 612, 792);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_assert_cmpuint (cut, >, 40);

  g_clear_object (&store);
  g_unlink (pdf);
  g_unlink (path);
  g_rmdir (dir);
}

/* The monthly review ---------------------------------------------------------------- */

static void
review_august (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScMonthlyReviewSession) session = sc_monthly_review_session_new (f->store, 2025, 8,
                                                                             &error);
  int margin, win_rate;

  g_assert_no_error (error);
  margin = sc_monthly_review_session_find_line (session,
                                                sc_record_get_id (SC_RECORD (kpi (f->store,
                                                                                  "K02"))));
  win_rate = sc_monthly_review_session_find_line (session,
                                                  sc_record_get_id (SC_RECORD (kpi (f->store,
                                                                                    "K08"))));
  sc_monthly_review_session_set_cause (session, margin, "Hausse de l'acier non refilée sur les "
                                                        "soumissions du printemps");
  sc_monthly_review_session_set_countermeasure (session, margin, "Clause d'ajustement du prix "
                                                                 "de l'acier sur toutes les "
                                                                 "soumissions");
  sc_monthly_review_session_set_cause (session, win_rate, "3 soumissions perdues sur le prix");
  sc_monthly_review_session_set_countermeasure (session, win_rate, "Relance à J+7 des "
                                                                   "soumissions ouvertes");
  sc_monthly_review_session_set_notes (session, "Revue tenue en 25 minutes.");
  g_assert_true (sc_monthly_review_session_save (session, &error));
  g_assert_no_error (error);
}

static void
test_report_monthly (Fixture       *f,
                     gconstpointer  data)
{
  review_august (f);
  for (ScLang lang = SC_LANG_EN; lang <= SC_LANG_FR; lang++)
    {
      g_autoptr(ScReport) report = new_report (f->store, SC_REPORT_MONTHLY_REVIEW, 2025, 8, lang);
      g_autofree char *path = write_both (f, report, lang == SC_LANG_EN
                                                     ? "report-monthly-review-en"
                                                     : "report-monthly-review-fr");
      g_autofree char *text = pdf_text (path);
      cairo_surface_t *page = render (path);

      /* The gross margin of August against its target, as sc-metrics says. */
      if (lang == SC_LANG_FR)
        {
          g_assert_nonnull (strstr (text, "Revue mensuelle des écarts — août 2025"));
          g_assert_nonnull (strstr (text, "24,8 %"));
          g_assert_nonnull (strstr (text, "27,0 %"));
        }
      else
        {
          g_assert_nonnull (strstr (text, "Monthly Variance Review — August 2025"));
          g_assert_nonnull (strstr (text, "24.8%"));
          g_assert_nonnull (strstr (text, "27.0%"));
        }
      g_assert_nonnull (strstr (text, "Hausse de l'acier non refilée sur les soumissions du "
                                      "printemps"));
      g_assert_nonnull (strstr (text, "Clause d'ajustement du prix de l'acier sur toutes les "
                                      "soumissions"));
      g_assert_nonnull (strstr (text, "Nathalie Bergeron"));
      g_assert_nonnull (strstr (text, "Revue tenue en 25 minutes."));
      g_assert_null (strstr (text, lang == SC_LANG_EN ? "Not reviewed yet" : "Pas encore revu"));
      /* The bars of the months, in the lower half. */
      g_assert_cmpuint (count_pixels (page, 0, 1, 0.5, 1, is_on_target), >, 1000);
      cairo_surface_destroy (page);
    }
}

/* A month without its review shows its figures and says so. */
static void
test_report_monthly_unreviewed (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(ScReport) report = new_report (f->store, SC_REPORT_MONTHLY_REVIEW, 2025, 7,
                                           SC_LANG_EN);
  g_autofree char *path = g_build_filename (f->dir, "july.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  int year = 0, month = 0;

  g_assert_true (sc_report_write_pdf (report, SC_PAPER_LETTER, path, &error));
  g_assert_no_error (error);
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "Monthly Variance Review — July 2025"));
  g_assert_nonnull (strstr (text, "Not reviewed yet"));
  g_assert_nonnull (strstr (text, "21.9%"));
  g_unlink (path);

  /* The last month over is August (September's last week ends in October). */
  sc_report_last_month (f->store, &year, &month);
  g_assert_cmpint (year, ==, 2025);
  g_assert_cmpint (month, ==, 8);
  {
    ScReportSubject september = { SC_REPORT_MONTHLY_REVIEW, SC_DAY_NONE, 2025, 9 };

    g_assert_null (sc_report_new (f->store, &september, SC_LANG_EN, &error));
    g_assert_error (error, SC_REPORT_ERROR, SC_REPORT_ERROR_NOT_OVER);
  }
}

/* The quarterly review ---------------------------------------------------------------- */

static void
decide (ScQuarterlyReviewSession *session,
        ScItemKind                kind,
        ScRecord                 *record,
        ScDecision                decision,
        const char               *reason,
        const ScReviewChange     *change)
{
  g_autoptr(GError) error = NULL;
  int index = sc_quarterly_review_session_find_item (session, kind, sc_record_get_id (record));

  g_assert_cmpint (index, >=, 0);
  g_assert_true (sc_quarterly_review_session_decide (session, index, decision, reason, change,
                                                     &error));
  g_assert_no_error (error);
}

/* The decisions of reference/domain.md §4.5: every KPI and objective kept. */
static void
review_q1 (Fixture *f)
{
  static const char *const kept[] = { "A01", "A02", "A04", "A06", "A08", "A09" };
  static const char *const kpis[] = { "K01", "K02", "K08", "K04", "K23", "K24", "K25" };
  g_autoptr(GError) error = NULL;
  g_autoptr(ScQuarterlyReviewSession) session = sc_quarterly_review_session_new (f->store, 2025,
                                                                                 1, &error);
  ScReviewChange a03 = SC_REVIEW_CHANGE_INIT, a05 = SC_REVIEW_CHANGE_INIT;
  ScReviewChange a07 = SC_REVIEW_CHANGE_INIT;

  g_assert_no_error (error);
  a03.new_due = day ("2025-10-31");
  a05.new_title = "Réaliser 8 visites et 20 appels chez les comptes cibles par trimestre";
  a07.new_title = "Publier 1 étude de cas par mois";
  a07.new_due = day ("2025-07-31");
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    decide (session, SC_ITEM_ACTION, action (f->store, kept[i]), SC_DECISION_KEEP, "", NULL);
  decide (session, SC_ITEM_ACTION, action (f->store, "A03"), SC_DECISION_MODIFY,
          "Cible de 4 jours pour les pièces usinées complexes", &a03);
  decide (session, SC_ITEM_ACTION, action (f->store, "A05"), SC_DECISION_MODIFY,
          "8 visites + 20 appels par trimestre", &a05);
  decide (session, SC_ITEM_ACTION, action (f->store, "A07"), SC_DECISION_MODIFY,
          "1 étude de cas par mois", &a07);
  decide (session, SC_ITEM_ACTION, action (f->store, "A10"), SC_DECISION_DROP,
          "Reprendre quand les heures par travail seront saisies", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (kpis); i++)
    decide (session, SC_ITEM_KPI, SC_RECORD (kpi (f->store, kpis[i])), SC_DECISION_KEEP, NULL,
            NULL);
  for (guint i = 1; i <= 3; i++)
    {
      g_autofree char *ref = g_strdup_printf ("O%u", i);

      decide (session, SC_ITEM_PRIORITY, find (f->store, &sc_priority_table, SC_PRIORITY_REF, ref),
              SC_DECISION_KEEP, NULL, NULL);
    }
  g_assert_true (sc_quarterly_review_session_finish (session, &error));
  g_assert_no_error (error);
}

static void
test_report_quarterly (Fixture       *f,
                       gconstpointer  data)
{
  review_q1 (f);
  for (ScLang lang = SC_LANG_EN; lang <= SC_LANG_FR; lang++)
    {
      g_autoptr(ScReport) report = new_report (f->store, SC_REPORT_QUARTERLY_REVIEW, 2025, 1,
                                               lang);
      g_autofree char *path = write_both (f, report, lang == SC_LANG_EN
                                                     ? "report-quarterly-review-en"
                                                     : "report-quarterly-review-fr");
      g_autofree char *text = pdf_text (path);

      g_assert_nonnull (strstr (text, lang == SC_LANG_EN ? "Quarterly Review — Q1 FY2025"
                                                         : "Bilan trimestriel — T1 2025-2026"));
      g_assert_nonnull (strstr (text, "Reprendre quand les heures par travail seront saisies"));
      g_assert_nonnull (strstr (text, "Publier 1 étude de cas par mois"));
      g_assert_nonnull (strstr (text, lang == SC_LANG_EN ? "Drop" : "Abandonner"));
      g_assert_nonnull (strstr (text, lang == SC_LANG_EN ? "Modify" : "Modifier"));
      g_assert_nonnull (strstr (text, "Sophie Lachance"));
    }
}

/* Files -------------------------------------------------------------------------------- */

static void
test_report_refuses (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(ScReport) report = new_report (f->store, SC_REPORT_MEETING_SHEET, 0, 0, SC_LANG_FR);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *copy = g_build_filename (f->dir, "copie.salescadence", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "absent", "r.pdf", NULL);
  g_autoptr(GError) error = NULL;
  gsize n_before, n_after;

  g_assert_true (g_file_get_contents (f->path, &before, &n_before, NULL));
  g_assert_false (sc_report_write_pdf (report, SC_PAPER_LETTER, f->path, &error));
  g_assert_error (error, SC_REPORT_ERROR, SC_REPORT_ERROR_SAME_FILE);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (f->path, &after, &n_after, NULL));
  g_assert_true (n_before == n_after && memcmp (before, after, n_before) == 0);

  /* Another database, a folder, a folder that is not there. */
  g_assert_true (g_file_set_contents (copy, before, n_before, NULL));
  g_assert_false (sc_report_write_pdf (report, SC_PAPER_LETTER, copy, &error));
  g_assert_error (error, SC_REPORT_ERROR, SC_REPORT_ERROR_SAME_FILE);
  g_clear_error (&error);
  g_assert_false (sc_report_write_pdf (report, SC_PAPER_LETTER, f->dir, &error));
  g_assert_error (error, SC_REPORT_ERROR, SC_REPORT_ERROR_IO);
  g_clear_error (&error);
  g_assert_false (sc_report_write_pdf (report, SC_PAPER_LETTER, missing, &error));
  g_assert_error (error, SC_REPORT_ERROR, SC_REPORT_ERROR_IO);
  g_unlink (copy);

  /* The names a save dialog proposes. */
  {
    g_autofree char *name = sc_report_suggest_name (report);

    g_assert_cmpstr (name, ==, "Atelier Boréalis Métal inc. — Réunion hebdomadaire — Semaine du "
                               "29 septembre 2025.pdf");
  }
}

/* A company just created: no indicator, no action, nothing reviewed; and
 * text the page must hold however long or odd it is. */
static void
test_report_empty_company (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sc-report-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "new.salescadence", NULL);
  g_autofree char *pdf = g_build_filename (dir, "sheet.pdf", NULL);
  g_autoptr(ScRecord) company = sc_record_new (SC_TYPE_COMPANY);
  g_autoptr(GString) name = g_string_new (NULL);
  g_autoptr(ScStore) store = NULL;
  g_autofree char *text = NULL;
  int year, month;

  /* A name far longer than a line, with markup characters. */
  while (name->len < 600)
    g_string_append (name, "A&B <Usinage> « Précis » ");
  sc_record_set_text (company, SC_COMPANY_NAME, name->str);
  sc_record_set_text (company, SC_COMPANY_CURRENCY, "CAD");
  sc_record_set_int (company, SC_COMPANY_FISCAL_START_MONTH, 1);
  sc_record_set_int (company, SC_COMPANY_WEEK_START, 1);
  sc_record_set_int (company, SC_COMPANY_TOLERANCE, 1000);
  sc_record_set_int (company, SC_COMPANY_MEETING_WEEKDAY, 3);
  sc_record_set_int (company, SC_COMPANY_MEETING_TIME, 14 * 60);
  sc_record_set_int (company, SC_COMPANY_MEETING_MINUTES, 30);
  sc_record_set_text (company, SC_COMPANY_REPORT_LANG, "en");
  g_assert_true (sc_store_create (path, SC_COMPANY (company), &error));
  store = sc_store_open (path, SC_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);

  {
    g_autoptr(ScReport) sheet = new_report (store, SC_REPORT_MEETING_SHEET, 0, 0, SC_LANG_EN);

    g_assert_true (sc_report_write_pdf (sheet, SC_PAPER_A4, pdf, &error));
    g_assert_no_error (error);
    check_pdf (pdf, SC_PAPER_A4);
    text = pdf_text (pdf);
    g_assert_nonnull (strstr (text, "No action due this week, none late."));
    g_assert_nonnull (strstr (text, "A&B <Usinage>"));
  }
  sc_report_last_month (store, &year, &month);
  {
    g_autoptr(ScReport) review = new_report (store, SC_REPORT_MONTHLY_REVIEW, year, month,
                                             SC_LANG_FR);

    g_assert_true (sc_report_write_pdf (review, SC_PAPER_LETTER, pdf, &error));
    g_assert_no_error (error);
    check_pdf (pdf, SC_PAPER_LETTER);
  }

  g_clear_object (&store);
  g_unlink (pdf);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  ADD ("/report/meeting-sheet", test_report_meeting_sheet);
  g_test_add_func ("/report/crowded", test_report_crowded);
  ADD ("/report/monthly", test_report_monthly);
  ADD ("/report/monthly-unreviewed", test_report_monthly_unreviewed);
  ADD ("/report/quarterly", test_report_quarterly);
  ADD ("/report/refuses", test_report_refuses);
  g_test_add_func ("/report/empty-company", test_report_empty_company);

  return g_test_run ();
}

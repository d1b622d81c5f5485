/* sc-kpi-catalog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-kpi-catalog"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-kpi-catalog.h"

/* The watch band: within 10 % of the target a KPI is "to watch". Margins
 * get half of it, because a few points of margin are the whole profit of a
 * job shop: with a 27 % target, 24.8 % must already show as off target. */
#define TOLERANCE_DEFAULT 1000
#define TOLERANCE_MARGIN   500

/* Money amounts are all before sales taxes and net of credit notes
 * (reference/domain.md §1), so the definitions say so where a figure is
 * copied from invoices or purchase orders.
 *
 * Roll-up follows §1.4: flows add up, stocks take the last week of the
 * period, ratios are the ratio of the summed figures (never the mean of
 * weekly ratios), and medians or gaps are averaged because nothing better
 * can be rebuilt from weekly figures.
 *
 * "↔ target band" KPIs (backlog, coverage) are HIGHER: the band's lower
 * edge is the one an owner acts on. */
static const ScCatalogEntry catalog[] = {
  /* Outcome indicators (§1.1) */
  {
    .key = "K01",
    .name = N_("Sales"),
    .definition = N_("Net sales invoiced in the period, from the accounting "
                     "software: invoices minus credit notes, before sales "
                     "taxes (GST and QST)."),
    .kind = SC_KPI_KIND_OUTCOME,
    .unit = SC_UNIT_CURRENCY,
    .direction = SC_DIRECTION_HIGHER,
    .frequency = SC_FREQUENCY_WEEKLY,
    .rollup = SC_ROLLUP_SUM,
    .tolerance = TOLERANCE_DEFAULT,
    .starter = TRUE,
  },
  {
    .key = "K02",
    .name = N_("Gross margin"),
    .definition = N_("Gross margin as a share of sales: (sales − cost of "
                     "sales) ÷ sales × 100. Usually provided by the "
                     "accountant or the ERP system at month-end close."),
    .kind = SC_KPI_KIND_OUTCOME,
    .unit = SC_UNIT_PERCENT,
    .direction = SC_DIRECTION_HIGHER,
    .frequency = SC_FREQUENCY_MONTHLY,
    .rollup = SC_ROLLUP_RATIO,
    .tolerance = TOLERANCE_MARGIN,
    /* Translators: the two figures typed for the gross margin
     * percentage, as in "41,000 gross margin $ of 152,000 sales $". */
    .num_label = N_("gross margin $"),
    .den_label = N_("sales $"),
    .starter = TRUE,
  },
  {
    .key = "K03",
    .name = N_("Gross margin ($)"),
    .definition = N_("Sales minus cost of sales for the period, in dollars. "
                     "Usually provided by the accountant at month-end "
                     "close."),
    .kind = SC_KPI_KIND_OUTCOME,
    .unit = SC_UNIT_CURRENCY,
    .direction = SC_DIRECTION_HIGHER,
    .frequency = SC_FREQUENCY_MONTHLY,
    .rollup = SC_ROLLUP_SUM,
    .tolerance = TOLERANCE_MARGIN,
  },
  {
    .key = "K04",
    .name = N_("Bookings"),
    .definition = N_("Value of the customer purchase orders received or "
                     "confirmed in the period, repeat orders included, "
                     "before sales taxes."),
    .kind = SC_KPI_KIND_OUTCOME,
    .unit = SC_UNIT_CURRENCY,
    .direction = SC_DIRECTION_HIGHER,
    .frequency = SC_FREQUENCY_WEEKLY,
    .rollup = SC_ROLLUP_SUM,
    .tolerance = TOLERANCE_DEFAULT,
  },
  {
    .key = "K05",
    .name = N_("Backlog"),
    .definition = N_("Value of the confirmed orders not yet invoiced at the "
                     "end of the week: opening backlog + bookings − invoiced "
                     "sales ± cancellations."),
    .kind = SC_KPI_KIND_OUTCOME,
    .unit = SC_UNIT_CURRENCY,
    .direction = SC_DIRECTION_HIGHER,
    .frequency = SC_FREQUENCY_WEEKLY,
    .rollup = SC_ROLLUP_LAST,
    .tolerance = TOLERANCE_DEFAULT,
  },
  {
    .key = "K06",
    .name = N_("Backlog coverage"),
    .definition = N_("Weeks of work in the backlog: backlog ÷ average weekly "
                     "sales over the last 13 weeks (or ÷ the plant's weekly "
                     "capacity in dollars)."),
    .kind = SC_KPI_KIND_OUTCOME,
    .unit = SC_UNIT_NUMBER,
    .direction = SC_DIRECTION_HIGHER,
    .frequency = SC_FREQUENCY_WEEKLY,
    .rollup = SC_ROLLUP_LAST,
    .tolerance = TOLERANCE_DEFAULT,
  },
  {
    .key = "K07",
    .name = N_("Book-to-bill ratio"),
    .definition = N_("Bookings ÷ invoiced sales for the same period. Above 1 "
                     "the backlog grows; below 1 it shrinks."),
    .kind = SC_KPI_KIND_OUTCOME,
    .unit = SC_UNIT_NUMBER,
    .direction = SC_DIRECTION_HIGHER,
    .frequency = SC_FREQUENCY_MONTHLY,
    .rollup = SC_ROLLUP_RATIO,
    .tolerance = TOLERANCE_DEFAULT,
    /* Translators: the two figures typed for the book-to-bill ratio, in
     * dollars. */
    .num_label = N_("bookings $"),
    .den_label = N_("sales $"),
  },
  {
    .key = "K08",
    .name = N_("Quote win rate"),
    .definition = N_("Quotes won ÷ (won + lost) × 100, counting the quotes "
                     "decided in the last 13 weeks; open quotes are left "
                     "out. A quote with no decision after 90 days is closed "
                     "as “no decision” and counted as lost."),
    .kind = SC_KPI_KIND_OUTCOME,
    .unit = SC_UNIT_PERCENT,
    .direction = SC_DIRECTION_HIGHER,
    .frequency = SC_FREQUENCY_WEEKLY,
    .rollup = SC_ROLLUP_RATIO,
    /* About ten quotes are decided a week: a single week's rate is
     * noise, thirteen weeks are a trend (§1.3). */
    .rolling_weeks = 13,
    .tolerance = TOLERANCE_DEFAULT,
    /* Translators: numbers of quotes, as in "3 won of 11 decided"; in
     * French they agree with « soumissions ». */
    .num_label = N_("won"),
    .den_label = N_("decided"),
    .starter = TRUE,
  },
  {
    .key = "K09",
    .name = N_("Quote win rate (value)"),
    .definition = N_("Dollar value of the quotes won ÷ dollar value of the "
                     "quotes decided × 100, over the last 13 weeks. Usually "
                     "lower than the win rate by count in a job shop, "
                     "because large quotes are lost more often."),
    .kind = SC_KPI_KIND_OUTCOME,
    .unit = SC_UNIT_PERCENT,
    .direction = SC_DIRECTION_HIGHER,
    .frequency = SC_FREQUENCY_MONTHLY,
    .rollup = SC_ROLLUP_RATIO,
    .rolling_weeks = 13,
    .tolerance = TOLERANCE_DEFAULT,
    /* Translators: dollar values of quotes, as in "120,000 $ won of
     * 400,000 $ decided". */
    .num_label = N_("$ won"),
    .den_label = N_("$ decided"),
  },
  {
    .key = "K10",
    .name = N_("Average quote value"),
    .definition = N_("Total value of the quotes sent in the period ÷ number "
                     "of quotes sent. It puts the win rate and the pipeline "
                     "in context."),
    .kind = SC_KPI_KIND_OUTCOME,
    .unit = SC_UNIT_CURRENCY,
    .direction = SC_DIRECTION_HIGHER,
    .frequency = SC_FREQUENCY_MONTHLY,
    .rollup = SC_ROLLUP_RATIO,
    .tolerance = TOLERANCE_DEFAULT,
    .num_label = N_("quote value $"),
    /* Translators: a number of quotes. */
    .den_label = N_("quotes sent"),
  },
  {
    .key = "K11",
    .name = N_("Average order value"),
    .definition = N_("Bookings in dollars ÷ number of customer orders "
                     "received in the period."),
    .kind = SC_KPI_KIND_OUTCOME,
    .unit = SC_UNIT_CURRENCY,
    .direction = SC_DIRECTION_HIGHER,
    .frequency = SC_FREQUENCY_MONTHLY,
    .rollup = SC_ROLLUP_RATIO,
    .tolerance = TOLERANCE_DEFAULT,
    .num_label = N_("bookings $"),
    /* Translators: a number of customer orders. */
    .den_label = N_("orders"),
  },
  {
    .key = "K12",
    .name = N_("Pipeline value"),
    .definition = N_("Total value of the quotes sent and not yet decided at "
                     "the end of the week, optionally with the qualified "
                     "opportunities not yet priced."),
    .kind = SC_KPI_KIND_OUTCOME,
    .unit = SC_UNIT_CURRENCY,
    .direction = SC_DIRECTION_HIGHER,
    .frequency = SC_FREQUENCY_WEEKLY,
    .rollup = SC_ROLLUP_LAST,
    .tolerance = TOLERANCE_DEFAULT,
  },
  {
    .key = "K13",
    .name = N_("Weighted pipeline"),
    .definition = N_("Sum of each open quote's value × the probability of "
                     "its stage, or pipeline value × the historical win "
                     "rate. A forecast of the orders to come."),
    .kind = SC_KPI_KIND_OUTCOME,
    .unit = SC_UNIT_CURRENCY,
    .direction = SC_DIRECTION_HIGHER,
    .frequency = SC_FREQUENCY_WEEKLY,
    .rollup = SC_ROLLUP_LAST,
    .tolerance = TOLERANCE_DEFAULT,
  },
  {
    .key = "K14",
    .name = N_("Pipeline coverage"),
    .definition = N_("Pipeline value ÷ the part of the period's new-business "
                     "target still to reach; aim for 3 times or more. Count "
                     "new business only: much of a job shop's sales are "
                     "repeat orders."),
    .kind = SC_KPI_KIND_OUTCOME,
    .unit = SC_UNIT_NUMBER,
    .direction = SC_DIRECTION_HIGHER,
    .frequency = SC_FREQUENCY_MONTHLY,
    .rollup = SC_ROLLUP_LAST,
    .tolerance = TOLERANCE_DEFAULT,
  },
  {
    .key = "K15",
    .name = N_("Sales cycle length"),
    .definition = N_("Median number of days between receiving the request "
                     "for quote and receiving the order, for the quotes "
                     "won."),
    .kind = SC_KPI_KIND_OUTCOME,
    .unit = SC_UNIT_DAYS,
    .direction = SC_DIRECTION_LOWER,
    .frequency = SC_FREQUENCY_MONTHLY,
    .rollup = SC_ROLLUP_AVERAGE,
    .tolerance = TOLERANCE_DEFAULT,
  },
  {
    .key = "K16",
    .name = N_("New customers"),
    .definition = N_("Customers who placed their first order in the period, "
                     "with no order in the previous 24 months."),
    .kind = SC_KPI_KIND_OUTCOME,
    .unit = SC_UNIT_COUNT,
    .direction = SC_DIRECTION_HIGHER,
    .frequency = SC_FREQUENCY_MONTHLY,
    .rollup = SC_ROLLUP_SUM,
    .tolerance = TOLERANCE_DEFAULT,
  },
  {
    .key = "K17",
    .name = N_("New-customer sales (%)"),
    .definition = N_("Share of sales made with the customers won in the last "
                     "12 months: their sales ÷ total sales × 100."),
    .kind = SC_KPI_KIND_OUTCOME,
    .unit = SC_UNIT_PERCENT,
    .direction = SC_DIRECTION_HIGHER,
    .frequency = SC_FREQUENCY_MONTHLY,
    .rollup = SC_ROLLUP_RATIO,
    .tolerance = TOLERANCE_DEFAULT,
    .num_label = N_("new-customer sales $"),
    .den_label = N_("total sales $"),
  },
  {
    .key = "K18",
    .name = N_("Customer concentration"),
    .definition = N_("Share of the last 12 months' sales made with the five "
                     "largest customers: their sales ÷ total sales × 100. "
                     "Depending on a few customers is a major risk."),
    .kind = SC_KPI_KIND_OUTCOME,
    .unit = SC_UNIT_PERCENT,
    .direction = SC_DIRECTION_LOWER,
    .frequency = SC_FREQUENCY_MONTHLY,
    .rollup = SC_ROLLUP_RATIO,
    .tolerance = TOLERANCE_DEFAULT,
    .num_label = N_("top 5 customers' sales $"),
    .den_label = N_("total sales $"),
  },
  {
    .key = "K19",
    .name = N_("Active customers"),
    .definition = N_("Customers with at least one order in the last 12 "
                     "months, counted at the end of the period."),
    .kind = SC_KPI_KIND_OUTCOME,
    .unit = SC_UNIT_COUNT,
    .direction = SC_DIRECTION_HIGHER,
    .frequency = SC_FREQUENCY_MONTHLY,
    .rollup = SC_ROLLUP_LAST,
    .tolerance = TOLERANCE_DEFAULT,
  },
  {
    .key = "K20",
    .name = N_("Average discount"),
    .definition = N_("Discounts granted on the quotes won, measured from the "
                     "initial quoted price to the final accepted price: "
                     "total discounts ÷ total initial prices × 100."),
    .kind = SC_KPI_KIND_OUTCOME,
    .unit = SC_UNIT_PERCENT,
    .direction = SC_DIRECTION_LOWER,
    .frequency = SC_FREQUENCY_MONTHLY,
    .rollup = SC_ROLLUP_RATIO,
    .tolerance = TOLERANCE_DEFAULT,
    .num_label = N_("discounts $"),
    .den_label = N_("initial quoted prices $"),
  },
  {
    .key = "K21",
    .name = N_("Quoted-vs-actual margin gap"),
    .definition = N_("Actual margin of the jobs closed in the period minus "
                     "the margin planned in their quotes, in percentage "
                     "points, weighted by value. A negative gap means the "
                     "margin eroded; it needs job costing."),
    .kind = SC_KPI_KIND_OUTCOME,
    .unit = SC_UNIT_PERCENT,
    /* Actual minus quoted: a negative gap is erosion, so higher is
     * better even though the aim is a gap near zero. */
    .direction = SC_DIRECTION_HIGHER,
    .frequency = SC_FREQUENCY_MONTHLY,
    .rollup = SC_ROLLUP_AVERAGE,
    .tolerance = TOLERANCE_DEFAULT,
  },
  {
    .key = "K22",
    .name = N_("Quotes below margin floor"),
    .definition = N_("Share of the quotes sent whose planned margin is below "
                     "the margin floor: those quotes ÷ quotes sent × 100."),
    .kind = SC_KPI_KIND_OUTCOME,
    .unit = SC_UNIT_PERCENT,
    .direction = SC_DIRECTION_LOWER,
    .frequency = SC_FREQUENCY_MONTHLY,
    .rollup = SC_ROLLUP_RATIO,
    .tolerance = TOLERANCE_DEFAULT,
    .num_label = N_("quotes below the floor"),
    .den_label = N_("quotes sent"),
  },

  /* Activity indicators (§1.2) */
  {
    .key = "K23",
    .name = N_("New opportunities"),
    .definition = N_("Requests for quote and qualified opportunities "
                     "received in the week, duplicates excluded. Requests "
                     "declined at the go/no-go step are counted apart."),
    .kind = SC_KPI_KIND_ACTIVITY,
    .unit = SC_UNIT_COUNT,
    .direction = SC_DIRECTION_HIGHER,
    .frequency = SC_FREQUENCY_WEEKLY,
    .rollup = SC_ROLLUP_SUM,
    .tolerance = TOLERANCE_DEFAULT,
    .starter = TRUE,
  },
  {
    .key = "K24",
    .name = N_("Quotes sent"),
    .definition = N_("Quotes sent to customers in the week; note their value "
                     "too. A revision of a quote is not a new quote."),
    .kind = SC_KPI_KIND_ACTIVITY,
    .unit = SC_UNIT_COUNT,
    .direction = SC_DIRECTION_HIGHER,
    .frequency = SC_FREQUENCY_WEEKLY,
    .rollup = SC_ROLLUP_SUM,
    .tolerance = TOLERANCE_DEFAULT,
    .starter = TRUE,
  },
  {
    .key = "K25",
    .name = N_("Follow-ups done"),
    .definition = N_("Documented follow-ups on open quotes in the week: "
                     "calls, emails or visits."),
    .kind = SC_KPI_KIND_ACTIVITY,
    .unit = SC_UNIT_COUNT,
    .direction = SC_DIRECTION_HIGHER,
    .frequency = SC_FREQUENCY_WEEKLY,
    .rollup = SC_ROLLUP_SUM,
    .tolerance = TOLERANCE_DEFAULT,
    .starter = TRUE,
  },
  {
    .key = "K26",
    .name = N_("Quote turnaround time"),
    .definition = N_("Median number of business days between receiving a "
                     "request for quote and sending the quote."),
    .kind = SC_KPI_KIND_ACTIVITY,
    .unit = SC_UNIT_DAYS,
    .direction = SC_DIRECTION_LOWER,
    .frequency = SC_FREQUENCY_WEEKLY,
    .rollup = SC_ROLLUP_AVERAGE,
    .tolerance = TOLERANCE_DEFAULT,
  },
  {
    .key = "K27",
    .name = N_("Customer visits"),
    .definition = N_("Planned meetings with customers or prospects in the "
                     "week: at their site, at our plant or by video."),
    .kind = SC_KPI_KIND_ACTIVITY,
    .unit = SC_UNIT_COUNT,
    .direction = SC_DIRECTION_HIGHER,
    .frequency = SC_FREQUENCY_WEEKLY,
    .rollup = SC_ROLLUP_SUM,
    .tolerance = TOLERANCE_DEFAULT,
  },
  {
    .key = "K28",
    .name = N_("Prospecting contacts"),
    .definition = N_("First meaningful contacts with target companies in the "
                     "week: a call that reached someone, a reply to an "
                     "email, a conversation at a trade show."),
    .kind = SC_KPI_KIND_ACTIVITY,
    .unit = SC_UNIT_COUNT,
    .direction = SC_DIRECTION_HIGHER,
    .frequency = SC_FREQUENCY_WEEKLY,
    .rollup = SC_ROLLUP_SUM,
    .tolerance = TOLERANCE_DEFAULT,
  },
  {
    .key = "K29",
    .name = N_("Inbound inquiries"),
    .definition = N_("Inquiries received in the week from the website, trade "
                     "shows, referrals or the newsletter, tagged by "
                     "source."),
    .kind = SC_KPI_KIND_ACTIVITY,
    .unit = SC_UNIT_COUNT,
    .direction = SC_DIRECTION_HIGHER,
    .frequency = SC_FREQUENCY_WEEKLY,
    .rollup = SC_ROLLUP_SUM,
    .tolerance = TOLERANCE_DEFAULT,
  },
  {
    .key = "K30",
    .name = N_("Stale open quotes"),
    .definition = N_("Open quotes with no logged activity for 14 days or "
                     "more, counted at the end of the week."),
    .kind = SC_KPI_KIND_ACTIVITY,
    .unit = SC_UNIT_COUNT,
    .direction = SC_DIRECTION_LOWER,
    .frequency = SC_FREQUENCY_WEEKLY,
    .rollup = SC_ROLLUP_LAST,
    .tolerance = TOLERANCE_DEFAULT,
  },
  {
    .key = "K31",
    .name = N_("Action completion rate"),
    .definition = N_("Share of the actions due in the period that were done "
                     "by their due date: actions done on time ÷ actions due "
                     "× 100."),
    .kind = SC_KPI_KIND_ACTIVITY,
    .unit = SC_UNIT_PERCENT,
    .direction = SC_DIRECTION_HIGHER,
    .frequency = SC_FREQUENCY_WEEKLY,
    .rollup = SC_ROLLUP_RATIO,
    .tolerance = TOLERANCE_DEFAULT,
    .num_label = N_("actions done on time"),
    .den_label = N_("actions due"),
  },
  {
    .key = "K32",
    .name = N_("Overdue actions"),
    .definition = N_("Open actions whose due date has passed, counted at the "
                     "end of the week."),
    .kind = SC_KPI_KIND_ACTIVITY,
    .unit = SC_UNIT_COUNT,
    .direction = SC_DIRECTION_LOWER,
    .frequency = SC_FREQUENCY_WEEKLY,
    .rollup = SC_ROLLUP_LAST,
    .tolerance = TOLERANCE_DEFAULT,
  },
};

const ScCatalogEntry *
sc_kpi_catalog_get_entries (guint *n_entries)
{
  if (n_entries != NULL)
    *n_entries = G_N_ELEMENTS (catalog);

  return catalog;
}

/* Keys come from company files, which may be damaged or newer than this
 * program: an unknown or missing key is an answer (NULL), not a bug. */
const ScCatalogEntry *
sc_kpi_catalog_lookup (const char *key)
{
  if (key == NULL)
    return NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (catalog); i++)
    {
      if (g_str_equal (catalog[i].key, key))
        return &catalog[i];
    }

  return NULL;
}

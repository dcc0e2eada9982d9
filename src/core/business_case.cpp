#include "core/business_case.hpp"

#include <cmath>

#include "core/fees.hpp"
#include "core/money.hpp"

namespace bpo {

BusinessCaseResult compute_business_case(const Agreement& a) {
    const BusinessCase& bc = a.business_case;
    const FeeSchedule fees = compute_fees(a);
    BusinessCaseResult r;
    r.currency = a.pricing.currency;
    r.term_months = static_cast<int>(fees.months.size());
    r.transition_cost = bc.transition_cost;
    r.discount_rate_bp = bc.discount_rate_bp;
    r.assumptions = fees.assumptions;
    if (r.term_months == 0) r.assumptions.push_back("no-term");

    const long double yearly = 1.0L + static_cast<long double>(bc.discount_rate_bp) / 10000.0L;
    long double npv = 0;
    Money inhouse = bc.inhouse_monthly_cost;
    Money cumulative;
    for (const MonthFee& f : fees.months) {
        if (f.month > 1 && (f.month - 1) % 12 == 0) inhouse = uplift(inhouse, bc.inhouse_growth_bp);
        CaseMonth m;
        m.month = f.month;
        m.year = f.year;
        m.inhouse = inhouse;
        m.fees = f.expected;
        m.one_off = f.month == 1 ? bc.transition_cost : Money{};
        m.outsourced = m.fees + m.one_off;
        m.saving = m.inhouse - m.outsourced;
        cumulative += m.saving;
        m.cumulative = cumulative;
        if (!r.break_even_month && m.cumulative.minor >= 0) r.break_even_month = m.month;
        if (yearly > 0)
            npv += static_cast<long double>(m.saving.minor) /
                   std::pow(yearly, static_cast<long double>(m.month) / 12.0L);

        if (r.years.empty() || r.years.back().year != m.year) r.years.push_back(CaseYear{m.year, 0, {}, {}, {}});
        CaseYear& y = r.years.back();
        ++y.months;
        y.inhouse += m.inhouse;
        y.outsourced += m.outsourced;
        y.saving += m.saving;

        r.inhouse_total += m.inhouse;
        r.fees_total += m.fees;
        r.months.push_back(m);
    }
    r.outsourced_total = r.fees_total + (r.term_months > 0 ? r.transition_cost : Money{});
    r.savings = r.inhouse_total - r.outsourced_total;
    r.savings_bp = ratio_bp(r.savings, r.inhouse_total);
    r.npv = Money{std::llround(npv)};  // llround: half away from zero
    return r;
}

}  // namespace bpo

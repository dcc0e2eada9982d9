#include "core/fees.hpp"

#include "core/money.hpp"

namespace bpo {

namespace {

BasisPoints yearly_uplift_bp(const Pricing& p) {
    switch (p.adjustment) {
        case Adjustment::None: return 0;
        case Adjustment::Fixed:
        case Adjustment::Index: return p.adjustment_bp;
    }
    return 0;
}

// amount after (year - 1) yearly uplifts, each rounded.
Money adjusted(Money base, BasisPoints bp, int year) {
    Money m = base;
    for (int y = 2; y <= year; ++y) m = uplift(m, bp);
    return m;
}

bool uses_rate_lines(PricingModel m) {
    return m == PricingModel::PerFte || m == PricingModel::PerTransaction;
}

Money expected_bonus(Money bonus_max) { return Money{mul_div_round(bonus_max.minor, 1, 2)}; }

}  // namespace

MonthFee fee_for_month(const Agreement& a, int contract_month) {
    const Pricing& p = a.pricing;
    MonthFee f;
    f.month = contract_month < 1 ? 1 : contract_month;
    f.year = (f.month - 1) / 12 + 1;
    const BasisPoints bp = yearly_uplift_bp(p);
    switch (p.model) {
        case PricingModel::PerFte:
        case PricingModel::PerTransaction:
            for (const RateLine& r : p.rates)
                f.charges += adjusted(line_amount(r.unit_price, r.quantity), bp, f.year);
            break;
        case PricingModel::FixedMonthly:
            f.charges = adjusted(p.fixed_monthly_fee, bp, f.year);
            break;
        case PricingModel::OutcomeBased:
            f.charges = adjusted(p.outcome_base_fee, bp, f.year);
            f.bonus_max = adjusted(p.outcome_bonus_max, bp, f.year);
            break;
    }
    f.expected = f.charges + expected_bonus(f.bonus_max);
    return f;
}

Money monthly_charges(const Agreement& a, int contract_month) {
    return fee_for_month(a, contract_month).charges;
}

FeeSchedule compute_fees(const Agreement& a) {
    const Pricing& p = a.pricing;
    FeeSchedule s;
    s.model = p.model;
    s.currency = p.currency;
    if (uses_rate_lines(p.model))
        for (const RateLine& r : p.rates) s.lines.push_back({r.id, line_amount(r.unit_price, r.quantity)});
    const MonthFee first = fee_for_month(a, 1);
    s.first_month = first.charges;
    s.first_month_bonus_max = first.bonus_max;
    s.first_month_expected = first.expected;
    if (p.adjustment == Adjustment::Index) s.assumptions.push_back("index-cap-as-planning");
    if (p.model == PricingModel::OutcomeBased) s.assumptions.push_back("outcome-expected-half-bonus");

    const int term = a.term.initial_term_months > 0 ? a.term.initial_term_months : 0;
    for (int m = 1; m <= term; ++m) {
        const MonthFee f = fee_for_month(a, m);
        s.months.push_back(f);
        if (s.years.empty() || s.years.back().year != f.year) s.years.push_back(YearFee{f.year, 0, {}, {}, {}});
        YearFee& y = s.years.back();
        ++y.months;
        y.charges += f.charges;
        y.bonus_max += f.bonus_max;
        y.expected += f.expected;
        s.tcv += f.charges;
        s.tcv_max += f.charges + f.bonus_max;
        s.tcv_expected += f.expected;
    }
    return s;
}

}  // namespace bpo

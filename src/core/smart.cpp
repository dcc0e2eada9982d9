#include "core/smart.hpp"

#include <cctype>
#include <cmath>
#include <cstdio>

#include "core/json_keys.hpp"
#include "core/rules.hpp"

namespace bpo {

namespace {

constexpr int kMinimumWords = 6;

int count_words(const std::string& s) {
    int words = 0;
    bool in_word = false;
    for (char c : s) {
        const bool alnum = std::isalnum(static_cast<unsigned char>(c)) != 0 || (static_cast<unsigned char>(c) >= 0x80);
        if (alnum && !in_word) ++words;
        in_word = alnum;
    }
    return words;
}

bool blank(const std::string& s) {
    for (char c : s)
        if (!std::isspace(static_cast<unsigned char>(c))) return false;
    return true;
}

// As an ostream with precision 10 writes it; snprintf keeps iostreams out of the wasm app.
std::string number(double v) {
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%.10g", v);
    return std::string(buf, n > 0 ? static_cast<std::size_t>(n) : 0);
}

std::string percent(double fraction) {
    // one decimal, half away from zero
    const double tenths = std::round(fraction * 1000.0);
    const long long rem = static_cast<long long>(std::fabs(tenths)) % 10;
    char buf[32];
    const int n = rem != 0 ? std::snprintf(buf, sizeof buf, "%lld.%lld%%", static_cast<long long>(tenths) / 10, rem)
                           : std::snprintf(buf, sizeof buf, "%lld%%", static_cast<long long>(tenths) / 10);
    return std::string(buf, n > 0 ? static_cast<std::size_t>(n) : 0);
}

SmartCheck fail(SmartLetter l, const char* reason, const char* field, FindingArgs args = {}) {
    return SmartCheck{l, SmartState::Fail, reason, std::move(args), field};
}

SmartCheck pass(SmartLetter l) { return SmartCheck{l, SmartState::Pass, {}, {}, nullptr}; }

Date start_of(const Objective& o, const Agreement& a) { return o.start.is_set() ? o.start : a.term.effective_date; }

SmartCheck specific(const Objective& o) {
    namespace k = keys::Objective;
    if (blank(o.title)) return fail(SmartLetter::Specific, "smart.specific.no-title", k::title);
    if (blank(o.metric)) return fail(SmartLetter::Specific, "smart.specific.no-metric", k::metric);
    const int words = count_words(o.title) + count_words(o.description);
    if (words < kMinimumWords)
        return fail(SmartLetter::Specific, "smart.specific.too-short", k::description,
                    {{"words", std::to_string(words)}, {"minimum", std::to_string(kMinimumWords)}});
    return pass(SmartLetter::Specific);
}

SmartCheck measurable(const Objective& o) {
    namespace k = keys::Objective;
    if (!o.target) return fail(SmartLetter::Measurable, "smart.measurable.no-target", k::target);
    if (o.unit == MetricUnit::Unspecified) return fail(SmartLetter::Measurable, "smart.measurable.no-unit", k::unit);
    if (!o.baseline) return fail(SmartLetter::Measurable, "smart.measurable.no-baseline", k::baseline);
    return pass(SmartLetter::Measurable);
}

SmartCheck achievable(const Objective& o, const Agreement& a) {
    namespace k = keys::Objective;
    if (o.target && o.unit == MetricUnit::Percent && (*o.target < 0 || *o.target > 100))
        return fail(SmartLetter::Achievable, "smart.achievable.impossible-percent", k::target,
                    {{"target", number(*o.target)}});
    const Date start = start_of(o, a);
    SmartCheck not_assessed{SmartLetter::Achievable, SmartState::NotAssessed, "smart.achievable.not-assessed", {}, k::baseline};
    if (!o.target || !o.baseline || *o.baseline == 0 || !start.is_set() || !o.deadline.is_set()) return not_assessed;
    const int months = whole_months_between(start, o.deadline);
    if (months < 1) return not_assessed;
    const double improvement = std::fabs(*o.target - *o.baseline) / std::fabs(*o.baseline);
    const double allowed = smart_max_yearly_improvement * months / 12.0;
    if (improvement > allowed + 1e-12)
        return fail(SmartLetter::Achievable, "smart.achievable.too-ambitious", k::target,
                    {{"improvement", percent(improvement)}, {"allowed", percent(allowed)},
                     {"months", std::to_string(months)}});
    return pass(SmartLetter::Achievable);
}

SmartCheck relevant(const Objective& o, const Agreement& a) {
    namespace k = keys::Objective;
    if (blank(o.service_id)) {
        // A deal-wide objective is relevant to the deal, as long as there is a deal in scope.
        if (a.services.empty()) return fail(SmartLetter::Relevant, "smart.relevant.no-service", k::service_id);
        return pass(SmartLetter::Relevant);
    }
    for (const Service& s : a.services)
        if (s.id == o.service_id) return pass(SmartLetter::Relevant);
    return fail(SmartLetter::Relevant, "smart.relevant.unknown-service", k::service_id, {{"service", o.service_id}});
}

std::string iso(const Date& d) {
    char buf[16];
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return std::string(buf, n > 0 ? static_cast<std::size_t>(n) : 0);
}

SmartCheck time_bound(const Objective& o, const Agreement& a) {
    namespace k = keys::Objective;
    if (!o.deadline.is_set()) return fail(SmartLetter::TimeBound, "smart.time-bound.no-deadline", k::deadline);
    const Date start = start_of(o, a);
    if (start.is_set() && !(start < o.deadline))
        return fail(SmartLetter::TimeBound, "smart.time-bound.deadline-before-start", k::deadline,
                    {{"deadline", iso(o.deadline)}, {"start", iso(start)}});
    const Date end = term_end(a.term);
    if (end.is_set() && end < o.deadline)
        return fail(SmartLetter::TimeBound, "smart.time-bound.after-term", k::deadline,
                    {{"deadline", iso(o.deadline)}, {"end", iso(end)}});
    return pass(SmartLetter::TimeBound);
}

}  // namespace

const char* letter_id(SmartLetter l) {
    switch (l) {
        case SmartLetter::Specific: return "specific";
        case SmartLetter::Measurable: return "measurable";
        case SmartLetter::Achievable: return "achievable";
        case SmartLetter::Relevant: return "relevant";
        case SmartLetter::TimeBound: return "time-bound";
    }
    return "specific";
}

bool SmartResult::all_pass() const {
    for (const SmartCheck& c : letters)
        if (c.state == SmartState::Fail) return false;
    return true;
}

SmartResult check_smart(const Objective& o, const Agreement& a) {
    return SmartResult{{specific(o), measurable(o), achievable(o, a), relevant(o, a), time_bound(o, a)}};
}

}  // namespace bpo

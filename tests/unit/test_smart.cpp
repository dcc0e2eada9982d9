// The SMART check, letter by letter.
#include <doctest/doctest.h>

#include "core/finding_text.hpp"
#include "core/smart.hpp"
#include "sample_agreement.hpp"

using namespace bpo;

namespace {
Agreement deal() { return rules_test::complete_agreement(); }
Objective good() { return deal().objectives.at(0); }  // 12 -> 8 days from 2027-04-01 to 2028-04-01
}  // namespace

TEST_CASE("a well-formed objective passes every letter") {
    const SmartResult r = check_smart(good(), deal());
    for (const SmartCheck& c : r.letters) {
        CAPTURE(letter_id(c.letter));
        CHECK(c.state == SmartState::Pass);
        CHECK(c.reason.empty());
    }
    CHECK(r.all_pass());
}

TEST_CASE("Specific") {
    Objective o = good();
    SUBCASE("no title") {
        o.title = " ";
        CHECK(check_smart(o, deal())[SmartLetter::Specific].reason == "smart.specific.no-title");
    }
    SUBCASE("no metric") {
        o.metric.clear();
        CHECK(check_smart(o, deal())[SmartLetter::Specific].reason == "smart.specific.no-metric");
    }
    SUBCASE("too few words in title and description") {
        o.title = "Faster invoices";
        o.description = "Please";
        const SmartCheck c = check_smart(o, deal())[SmartLetter::Specific];
        CHECK(c.state == SmartState::Fail);
        CHECK(c.reason == "smart.specific.too-short");
        CHECK(text_for(c.reason, c.args).message ==
              "title and description have 3 words; at least 6 are needed to say what, for whom and how.");
    }
    SUBCASE("six words are enough") {
        o.title = "Faster invoices";
        o.description = "for suppliers, measured monthly";
        CHECK(check_smart(o, deal())[SmartLetter::Specific].passed());
    }
}

TEST_CASE("Measurable") {
    Objective o = good();
    SUBCASE("no numeric target") {
        o.target.reset();
        const SmartResult r = check_smart(o, deal());
        CHECK(r[SmartLetter::Measurable].reason == "smart.measurable.no-target");
        CHECK(text_for(r[SmartLetter::Measurable].reason).message == "no numeric target.");
        CHECK(r[SmartLetter::Achievable].state == SmartState::NotAssessed);
        CHECK_FALSE(r.all_pass());
    }
    SUBCASE("no unit") {
        o.unit = MetricUnit::Unspecified;
        CHECK(check_smart(o, deal())[SmartLetter::Measurable].reason == "smart.measurable.no-unit");
    }
    SUBCASE("no baseline") {
        o.baseline.reset();
        CHECK(check_smart(o, deal())[SmartLetter::Measurable].reason == "smart.measurable.no-baseline");
    }
}

TEST_CASE("Achievable: at most 50 % relative improvement a year, pro rata") {
    Objective o = good();
    SUBCASE("12 -> 6 days in 12 months is exactly 50 %: achievable") {
        o.target = 6;
        CHECK(check_smart(o, deal())[SmartLetter::Achievable].passed());
    }
    SUBCASE("12 -> 5 days in 12 months is 58.3 %: not achievable") {
        o.target = 5;
        const SmartCheck c = check_smart(o, deal())[SmartLetter::Achievable];
        CHECK(c.state == SmartState::Fail);
        CHECK(c.reason == "smart.achievable.too-ambitious");
        CHECK(c.args == FindingArgs{{"improvement", "58.3%"}, {"allowed", "50%"}, {"months", "12"}});
    }
    SUBCASE("30 % in 6 months is more than the 25 % allowed") {
        o.target = 8.4;
        o.deadline = Date{2027, 10, 1};
        const SmartCheck c = check_smart(o, deal())[SmartLetter::Achievable];
        CHECK(c.state == SmartState::Fail);
        CHECK(c.args == FindingArgs{{"improvement", "30%"}, {"allowed", "25%"}, {"months", "6"}});
    }
    SUBCASE("higher is better works the same way: 60 -> 95 % in 2 years is 58 % < 100 %") {
        o.direction = Direction::HigherIsBetter;
        o.unit = MetricUnit::Percent;
        o.baseline = 60;
        o.target = 95;
        o.deadline = Date{2029, 4, 1};
        CHECK(check_smart(o, deal())[SmartLetter::Achievable].passed());
    }
    SUBCASE("a percentage above 100 is impossible") {
        o.unit = MetricUnit::Percent;
        o.baseline = 99;
        o.target = 101;
        CHECK(check_smart(o, deal())[SmartLetter::Achievable].reason == "smart.achievable.impossible-percent");
    }
    SUBCASE("not assessed from a zero baseline") {
        o.baseline = 0;
        CHECK(check_smart(o, deal())[SmartLetter::Achievable].state == SmartState::NotAssessed);
        CHECK(check_smart(o, deal()).all_pass());
    }
}

TEST_CASE("Relevant") {
    Objective o = good();
    SUBCASE("deal-wide objectives are relevant to a deal with services") {
        o.service_id.clear();
        CHECK(check_smart(o, deal())[SmartLetter::Relevant].passed());
    }
    SUBCASE("linked to no service when nothing is in scope") {
        o.service_id.clear();
        Agreement a = deal();
        a.services.clear();
        const SmartCheck c = check_smart(o, a)[SmartLetter::Relevant];
        CHECK(c.reason == "smart.relevant.no-service");
        CHECK(text_for(c.reason).message == "it is linked to no service: none is in scope.");
    }
    SUBCASE("linked to a service not in scope") {
        o.service_id = "svc-payroll";
        const SmartCheck c = check_smart(o, deal())[SmartLetter::Relevant];
        CHECK(c.reason == "smart.relevant.unknown-service");
        CHECK(c.args == FindingArgs{{"service", "svc-payroll"}});
    }
}

TEST_CASE("Time-bound") {
    Objective o = good();
    SUBCASE("no deadline") {
        o.deadline = Date{};
        CHECK(check_smart(o, deal())[SmartLetter::TimeBound].reason == "smart.time-bound.no-deadline");
    }
    SUBCASE("deadline before the start") {
        o.deadline = Date{2027, 3, 1};
        CHECK(check_smart(o, deal())[SmartLetter::TimeBound].reason == "smart.time-bound.deadline-before-start");
    }
    SUBCASE("without its own start the effective date counts") {
        o.start = Date{};
        o.deadline = Date{2026, 12, 31};
        const SmartCheck c = check_smart(o, deal())[SmartLetter::TimeBound];
        CHECK(c.reason == "smart.time-bound.deadline-before-start");
        CHECK(c.args == FindingArgs{{"deadline", "2026-12-31"}, {"start", "2027-01-01"}});
    }
    SUBCASE("deadline after the initial term") {
        o.deadline = Date{2030, 1, 2};  // 36 months from 2027-01-01 end on 2030-01-01
        CHECK(check_smart(o, deal())[SmartLetter::TimeBound].reason == "smart.time-bound.after-term");
        o.deadline = Date{2030, 1, 1};
        CHECK(check_smart(o, deal())[SmartLetter::TimeBound].passed());
    }
}

#include "core/finding_text.hpp"

#include <algorithm>

namespace bpo {

namespace {

struct Wording {
    const char* id;
    const char* message;
    const char* hint;
};

// clang-format off
const Wording kWording[] = {
    // ---- overview
    {"overview.missing-title", "The agreement has no title.", "Give it a short title such as \"Accounts payable outsourcing agreement\"."},

    // ---- parties
    {"parties.missing-legal-name", "The {party}'s legal name is missing.", "Enter the registered legal name exactly as it appears in the company register."},
    {"parties.same-legal-name", "Client and provider have the same legal name ({name}).", "Check the parties: an agreement needs two different legal entities."},
    {"parties.missing-entity-type", "The {party}'s entity type is not stated.", "Add the legal form (for example limited company, GmbH, LLC)."},
    {"parties.missing-jurisdiction", "The {party}'s jurisdiction of incorporation is missing.", "State where the {party} is incorporated."},
    {"parties.missing-address", "The {party}'s registered address is missing.", "Add the registered address; notices are served there."},
    {"parties.missing-signatory", "The {party}'s signatory name or title is missing.", "Name the person who signs for the {party} and their title."},
    {"parties.missing-notice-contact", "The {party} has no contact for formal notices.", "Add a notice contact (name or role) or a notice email address."},
    {"parties.invalid-notice-email", "The {party}'s notice email '{email}' does not look like an email address.", "Use a full address such as legal@example.com."},
    {"parties.no-client-responsibilities", "The client has no responsibilities listed.", "List what the client must supply (system access, process documentation, decisions); missed dependencies excuse the provider."},
    {"parties.no-provider-responsibilities", "The provider has no responsibilities listed beyond the services.", "Add the provider's general obligations (staffing, key personnel, compliance with client policies)."},
    {"parties.responsibility-missing-description", "A responsibility has no description.", "Describe what must be done, by whom and by when."},
    {"parties.responsibility-unknown-service", "A responsibility refers to service '{service}', which is not in scope.", "Pick a service from the scope or leave it empty for the whole agreement."},

    // ---- scope
    {"scope.no-services", "No services are in scope.", "Add at least one service from the catalog or a custom service."},
    {"scope.duplicate-service-id", "Two services share the id '{id}'.", "Give every service its own id."},
    {"scope.service-missing-name", "A service has no name.", "Name the service so that both parties recognise it."},
    {"scope.service-missing-in-scope", "Service '{service}' does not say what is in scope.", "List the activities the provider performs for this service."},
    {"scope.service-missing-out-of-scope", "Service '{service}' does not say what is out of scope.", "Listing exclusions avoids later disputes about extra charges."},
    {"scope.service-no-location", "Service '{service}' has no delivery location.", "Choose onshore, nearshore or offshore and name the countries or cities."},
    {"scope.service-no-volume", "Service '{service}' states neither FTEs nor a monthly volume.", "State the expected FTEs or transactions a month; prices and capacity depend on them."},
    {"scope.service-missing-coverage-hours", "Service '{service}' has no hours of coverage.", "State the hours and days the service runs, with the time zone."},
    {"scope.service-without-service-level", "Service '{service}' has no service level.", "Add at least one service level (for example accuracy or turnaround time) so its performance can be measured."},

    // ---- term
    {"term.missing-effective-date", "The effective date is missing.", "Set the date from which the agreement applies."},
    {"term.missing-initial-term", "The initial term is missing.", "Set the initial term in months (3 to 5 years is common for mid-size and enterprise deals)."},
    {"term.unusual-initial-term", "An initial term of {months} months is unusual for this client profile (typically {low} to {high}).", "Check the term against the process's complexity and the investment needed."},
    {"term.missing-renewal-period", "Renewal is possible but the renewal period is missing.", "Set the length of each renewal period in months (12 is common)."},
    {"term.missing-non-renewal-notice", "The agreement renews automatically but has no notice period for non-renewal.", "Set a non-renewal notice period (90 to 180 days is common)."},
    {"term.renewal-notice-too-long", "The non-renewal notice of {days} days is longer than the renewal period of {months} months.", "Shorten the notice or lengthen the renewal period."},

    // ---- service levels and credits
    {"sla.none", "The agreement has no service levels.", "Add service levels for each service; the metric library has typical ones."},
    {"sla.duplicate-id", "Two service levels share the id '{id}'.", "Give every service level its own id; actuals refer to them by id."},
    {"sla.missing-name", "A service level has no name.", "Name the metric (for example \"Average speed of answer\")."},
    {"sla.missing-definition", "Service level '{level}' has no definition.", "Define how it is measured: what counts, the data source and the formula."},
    {"sla.missing-target", "Service level '{level}' has no target.", "Set the expected level (for example 80 for 80 % of calls within 20 seconds)."},
    {"sla.missing-unit", "Service level '{level}' has no unit.", "Choose the unit: percent, seconds, minutes, hours, days, count or score."},
    {"sla.missing-window", "Service level '{level}' has no measurement window.", "Choose the period it is measured over (usually monthly)."},
    {"sla.no-service", "Service level '{level}' is not linked to a service.", "Link it to the service it measures."},
    {"sla.unknown-service", "Service level '{level}' refers to service '{service}', which is not in scope.", "Link it to a service in scope or add that service."},
    {"sla.minimum-better-than-expected", "Service level '{level}' has a minimum ({minimum}) better than its expected level ({expected}).", "The minimum is the floor below which credits apply: it must be at or below the expected level (above it when lower is better)."},
    {"sla.percent-out-of-range", "Service level '{level}' has a percentage of {value}, outside 0 to 100.", "Enter a percentage between 0 and 100."},
    {"credits.no-cap", "Critical service levels carry credits but the at-risk amount (the cap) is 0.", "Set the at-risk amount as a percentage of the monthly charges (10 to 12 % is common)."},
    {"credits.at-risk-above-charges", "The at-risk amount of {atRisk} is more than the monthly charges.", "Credits cannot exceed what is invoiced: set the at-risk amount below 100 %."},
    {"credits.at-risk-high", "The at-risk amount of {atRisk} is high (typically {typical} of the monthly charges).", "Check that the provider will accept it; high amounts are usually priced in."},
    {"credits.allocations-exceed-pool", "The allocations of the critical service levels add up to {allocated}, more than the pool of {pool}.", "Lower the allocations or raise the pool."},
    {"credits.allocation-above-at-risk", "Service level '{level}' is allocated {allocation} of the at-risk amount, so one miss alone reaches the cap.", "Allocate at most 100 % to a single service level."},
    {"credits.flat-credits-exceed-cap", "The flat credits of the critical service levels add up to {total} of the charges, above the at-risk cap of {atRisk}.", "Lower the credits or raise the cap; credits beyond the cap are never paid."},
    {"credits.critical-without-allocation", "Critical service level '{level}' has no credit allocated.", "Give it a share of the at-risk amount (pool method) or a flat credit, or make it a key measurement."},
    {"credits.key-with-credit", "Key measurement '{level}' has a credit set, but key measurements carry no credits.", "Make it critical or remove the credit."},
    {"credits.no-critical-service-level", "No service level is critical, so no credits are ever due.", "Mark the service levels that matter most as critical."},
    {"credits.earn-back-without-months", "Earn-back is on but the number of months to earn a credit back is not set.", "Set how many consecutive months at the expected level earn a credit back (3 is common)."},
    {"credits.critical-failure-incomplete", "The critical-failure threshold is incomplete ({misses} misses within {window} months).", "Set both the number of misses and a rolling window at least that long."},
    {"credits.no-critical-failure-threshold", "There is no critical-failure threshold giving a termination right for repeated misses.", "Consider for example 3 misses of one critical service level within 6 months."},
    {"credits.missing-claim-days", "The agreement does not say within how many days credits are claimed.", "Set the days after month end within which credits are claimed or applied."},

    // ---- objectives
    {"objective.none", "The agreement has no objectives.", "Add SMART objectives that state what the outsourcing should achieve."},
    {"objective.not-specific", "Objective '{objective}' is not specific: {reason}", ""},
    {"objective.not-measurable", "Objective '{objective}' is not measurable: {reason}", ""},
    {"objective.not-achievable", "Objective '{objective}' is not achievable: {reason}", ""},
    {"objective.not-relevant", "Objective '{objective}' is not relevant: {reason}", ""},
    {"objective.not-time-bound", "Objective '{objective}' is not time-bound: {reason}", ""},
    {"objective.missing-owner", "Objective '{objective}' has no owner.", "Name who is accountable for reaching it."},

    // ---- SMART reasons (used in objective.not-* findings and by the SMART panel)
    {"smart.specific.no-title", "it has no title.", "Give it a title that says what will change."},
    {"smart.specific.no-metric", "it does not name what is measured.", "Name the metric, for example \"invoice processing cycle time\"."},
    {"smart.specific.too-short", "title and description have {words} words; at least {minimum} are needed to say what, for whom and how.", "Describe the outcome, the process it concerns and how it is measured."},
    {"smart.measurable.no-target", "no numeric target.", "Set the target value."},
    {"smart.measurable.no-unit", "no unit for the target.", "Choose the unit of the target."},
    {"smart.measurable.no-baseline", "no baseline to measure progress from.", "Enter today's value as the baseline."},
    {"smart.achievable.impossible-percent", "a target of {target} % is outside 0 to 100.", "Enter a percentage between 0 and 100."},
    {"smart.achievable.too-ambitious", "the target improves on the baseline by {improvement} within {months} months, more than the {allowed} considered achievable (50 % a year).", "Lower the target or allow more time."},
    {"smart.achievable.not-assessed", "achievability cannot be assessed without baseline, target, start and deadline.", "Complete baseline, target and dates."},
    {"smart.relevant.no-service", "it is linked to no service: none is in scope.", "Add the services in scope and link the objective to the one whose results it improves."},
    {"smart.relevant.unknown-service", "it is linked to service '{service}', which is not in scope.", "Link it to a service in scope."},
    {"smart.time-bound.no-deadline", "no deadline.", "Set the date by which the target must be reached."},
    {"smart.time-bound.deadline-before-start", "the deadline {deadline} is not after the start {start}.", "Move the deadline after the start."},
    {"smart.time-bound.after-term", "the deadline {deadline} is after the initial term ends ({end}).", "Set a deadline within the initial term."},

    // ---- governance
    {"governance.no-reports", "No performance reports are defined.", "Define at least a monthly service level report: contents, who prepares it and when it is due."},
    {"governance.report-missing-frequency", "Report '{report}' has no frequency.", "Say how often it is produced."},
    {"governance.no-meetings", "No review meetings are defined.", "Add operational, monthly performance and quarterly business review meetings."},
    {"governance.meeting-missing-cadence", "Meeting '{meeting}' has no cadence.", "Say how often it meets."},
    {"governance.no-performance-review", "No performance review or business review meeting is defined.", "Add a monthly performance review or a quarterly business review."},
    {"governance.no-escalation", "There is no escalation path.", "Define escalation levels (service managers, relationship managers, executives) with response times."},
    {"governance.escalation-missing-contact", "Escalation level {level} ({name}) lacks a client or provider contact.", "Name a contact for both parties at every level."},
    {"governance.escalation-missing-response-time", "Escalation level {level} ({name}) has no response time.", "Set the hours within which this level responds."},
    {"governance.escalation-out-of-order", "Escalation level {level} responds within {hours} hours, not later than the level before ({previous} hours).", "Each level up should have a longer response time; check the order of the levels."},
    {"governance.missing-relationship-manager", "The {party}'s relationship manager is not named.", "Name who owns the relationship for the {party}."},
    {"governance.missing-committee", "No governance committee is defined.", "Name the committee and its members from both parties."},
    {"governance.no-corrective-action", "There is no corrective-action process for missed targets.", "Set the days within which the provider delivers a corrective-action plan after a miss."},

    // ---- transition
    {"transition.missing-go-live", "The go-live date is missing.", "Set the planned go-live date."},
    {"transition.go-live-before-effective-date", "Go-live ({goLive}) is before the effective date ({effective}).", "Move go-live after the effective date."},
    {"transition.go-live-after-term", "Go-live ({goLive}) is on or after the end of the initial term ({end}).", "Move go-live well within the term, or lengthen the term."},
    {"transition.phase-ends-before-start", "Phase '{phase}' ends ({end}) before it starts ({start}).", "Correct the phase dates."},
    {"transition.no-milestones", "The transition has no milestones.", "Add milestones with dates, owners and acceptance criteria."},
    {"transition.milestone-missing-date", "Milestone '{milestone}' has no due date.", "Set the due date."},
    {"transition.milestone-before-effective-date", "Milestone '{milestone}' is due {due}, before the effective date ({effective}).", "Move the milestone after the effective date."},
    {"transition.milestone-after-go-live", "Milestone '{milestone}' is due {due}, after go-live ({goLive}).", "Transition milestones should be done by go-live; put later ones in a stabilisation phase."},
    {"transition.milestone-missing-acceptance", "Milestone '{milestone}' has no acceptance criteria.", "Say how both parties will know the milestone is met."},
    {"transition.milestone-unknown-phase", "Milestone '{milestone}' refers to phase '{phase}', which does not exist.", "Pick one of the transition phases."},
    {"transition.no-contingency-plan", "There is no contingency or rollback plan.", "Describe what happens if go-live fails: rollback, parallel run extension, who decides."},
    {"transition.missing-communication-plan", "There is no communication plan for the transition.", "Say who is told what and when (staff, customers, suppliers)."},
    {"transition.missing-training-plan", "There is no training plan for the transition.", "Describe how the provider's staff are trained and by whom."},

    // ---- pricing and business case
    {"pricing.invalid-currency", "'{currency}' is not an ISO 4217 currency code.", "Use a three-letter code such as USD, EUR or GBP."},
    {"pricing.no-rates", "The pricing model needs rate lines but there are none.", "Add a rate line per role (FTE) or per transaction type."},
    {"pricing.rate-missing-price", "Rate '{rate}' has no unit price.", "Enter the price per FTE-month or per transaction."},
    {"pricing.rate-missing-quantity", "Rate '{rate}' has no quantity.", "Enter the FTEs or the expected monthly volume."},
    {"pricing.rate-unknown-service", "Rate '{rate}' refers to service '{service}', which is not in scope.", "Link it to a service in scope."},
    {"pricing.missing-fixed-fee", "The fixed monthly fee is missing.", "Enter the monthly fee."},
    {"pricing.missing-outcome-base", "The outcome-based price has no base fee.", "Enter the monthly base fee paid regardless of outcomes."},
    {"pricing.outcome-bonus-without-objectives", "An outcome bonus is set but there are no objectives to earn it by.", "Add the objectives that the bonus depends on."},
    {"pricing.missing-payment-days", "The payment term is missing.", "Set the days within which invoices are paid (30 is common)."},
    {"pricing.payment-days-long", "Payment within {days} days is far beyond common practice (up to {limit}).", "Consider 30 to 45 days; long terms finance the client at the provider's cost."},
    {"pricing.adjustment-missing-rate", "An annual adjustment is chosen but its rate or cap is 0.", "Set the yearly uplift (fixed) or its cap (index)."},
    {"pricing.index-missing-name", "The annual adjustment follows an index that is not named.", "Name the index (for example CPI-U or HICP)."},
    {"pricing.no-adjustment-multi-year", "Prices stay flat for {months} months.", "Consider an annual adjustment (fixed or index with a cap)."},
    {"pricing.missing-business-case", "The business case has no in-house cost to compare with.", "Enter today's fully loaded monthly cost of the process."},
    {"pricing.negative-savings", "Over {months} months outsourcing costs more than in-house: savings of {savings}.", "Review the prices, the transition cost or the scope."},

    // ---- data security and confidentiality
    {"security.no-encryption-at-rest", "Encryption at rest is not required.", "Require encryption of client data at rest."},
    {"security.no-encryption-in-transit", "Encryption in transit is not required.", "Require encryption of client data in transit (TLS 1.2 or later)."},
    {"security.no-mfa", "Multi-factor authentication is not required.", "Require MFA for access to client systems and data."},
    {"security.missing-access-control", "Access control is not described.", "Describe least-privilege access, reviews and revocation when staff leave."},
    {"security.no-framework", "Personal or health data is processed but no compliance framework is selected.", "Select the frameworks that apply (GDPR, HIPAA, SOC 2, ISO/IEC 27001, PCI DSS, ...)."},
    {"security.hipaa-without-baa", "HIPAA applies but no business associate agreement is referenced.", "Reference the signed business associate agreement (BAA)."},
    {"security.health-data-without-hipaa", "Health data is processed but HIPAA is not selected.", "Select HIPAA if US protected health information is involved, or the local equivalent."},
    {"security.gdpr-transfer-without-mechanism", "GDPR applies and data leaves the EEA, but no transfer mechanism is chosen.", "Choose an adequacy decision, standard contractual clauses or binding corporate rules."},
    {"security.missing-breach-notice", "No breach notification period is set.", "Set the hours within which the provider tells the client of a breach (24 to 72)."},
    {"security.breach-notice-too-long", "Breach notice within {hours} hours is too slow (at most {limit}).", "GDPR gives the client 72 hours to notify the authority; the provider must tell the client sooner."},
    {"security.no-audit-right", "The client has no audit right.", "Give the client audit rights (annual, on notice, or third-party reports)."},
    {"security.no-data-locations", "The data locations are not stated.", "List the countries or regions where client data is stored and processed."},
    {"security.exit-data-unspecified", "What happens to client data at exit is not stated.", "Choose return, deletion, or return then deletion, with a deadline."},
    {"confidentiality.missing-duration", "The confidentiality obligations have no duration.", "Set how many years they last after termination (3 to 5 is common; trade secrets indefinitely)."},

    // ---- intellectual property
    {"ip.work-product-unspecified", "The agreement is silent on who owns the work product.", "Say who owns the work product (usually the client)."},
    {"ip.provider-owns-without-licence", "The provider owns the work product and the client has no licence to use it.", "Grant the client a licence (perpetual, non-exclusive at least) or give it ownership."},
    {"ip.missing-background-ip", "Neither party's pre-existing IP is described.", "List the pre-existing IP each party brings and keeps."},
    {"ip.no-licence-to-provider", "The provider has no licence to use client materials.", "Grant a licence limited to performing the services."},

    // ---- termination
    {"termination.notice-longer-than-term", "A termination notice of {days} days is longer than the {months}-month term.", "Shorten the notice period (90 to 180 days is common)."},
    {"termination.missing-convenience-notice", "Termination for convenience is allowed without a notice period.", "Set the notice period (90 to 180 days is common)."},
    {"termination.fee-missing-amount", "A termination fee is chosen but its amount is not set.", "Enter the amount or the number of months of fees."},
    {"termination.missing-cure-period", "There is no cure period before termination for cause.", "Set the days the defaulting party has to remedy a breach (30 is common)."},
    {"termination.no-exit-assistance", "A {months}-month deal has no exit assistance.", "Require exit assistance so the services can move back in-house or to a new provider."},
    {"termination.exit-assistance-missing-months", "Exit assistance has no duration.", "Set how many months exit assistance lasts (6 to 12 is common)."},
    {"termination.missing-exit-plan", "There is no exit plan.", "Describe the exit plan: knowledge transfer back, data return, staff and assets."},

    // ---- disputes
    {"disputes.no-resolution-step", "No dispute resolution step is set: no negotiation, mediation, arbitration or courts.", "Start with negotiation between managers, then mediation, then arbitration or courts."},
    {"disputes.missing-governing-law", "No governing law is set.", "Name the law that governs the agreement (for example the laws of England and Wales)."},
    {"disputes.missing-forum", "The agreement does not say whether disputes go to arbitration or the courts.", "Choose arbitration or courts."},
    {"disputes.arbitration-missing-rules", "Arbitration is chosen but not its rules.", "Name the rules body (ICC, LCIA, AAA, ...)."},
    {"disputes.arbitration-missing-seat", "Arbitration is chosen but not its seat.", "Name the seat (city) of the arbitration."},
    {"disputes.even-arbitrators", "An arbitral tribunal of {arbitrators} cannot break a tie.", "Use one or three arbitrators."},
    {"disputes.courts-missing-venue", "Courts are chosen but not which ones.", "Name the courts that have jurisdiction."},
    {"disputes.mediation-missing-body", "Mediation is chosen but no mediation body is named.", "Name the mediation body or how the mediator is chosen."},

    // ---- liability
    {"liability.cap-unspecified", "The liability cap is not specified.", "Set a cap, usually 12 months of fees or a fixed amount."},
    {"liability.zero-cap", "The liability cap is zero.", "A zero cap leaves the client without a remedy: set months of fees or an amount."},
    {"liability.unlimited", "Liability is unlimited.", "Unlimited liability is rare and usually priced in; consider a cap with carve-outs."},
    {"liability.no-indemnities", "No indemnities are listed.", "Consider indemnities for third-party IP claims and data breaches."},
    {"liability.no-insurance", "No insurance is required of the provider.", "Require professional indemnity and cyber insurance with minimum cover."},
    {"liability.insurance-missing-cover", "Insurance '{insurance}' has no cover amount.", "Enter the minimum cover."},

    // ---- credit computation notes and planning assumptions (bpo score, bpo case)
    {"note.unknown-service-level", "The actuals mention '{serviceLevel}', which is not a service level of the agreement.", "Check the id in the actuals file."},
    {"note.before-effective-date", "{month} is before the effective date and was skipped.", ""},
    {"note.effective-date-unset", "The effective date is not set: {month} is counted as contract month 1.", "Set the effective date so that charges and adjustments follow the contract months."},
    {"note.earn-back-pending", "The credit for '{serviceLevel}' in {month} ({amount}) can still be earned back.", ""},
    {"assumption.index-cap-as-planning", "The index adjustment is planned at its cap; the real index may be lower.", ""},
    {"assumption.outcome-expected-half-bonus", "Expected fees assume half of the maximum outcome bonus is earned.", ""},
    {"assumption.no-term", "The initial term is not set, so there are no months to compute.", ""},

    // ---- playbooks: every "playbook.<check id>" finding carries the playbook's own wording
    {"playbook.check", "{message}", "{hint}"},
};
// clang-format on

const Wording* lookup(std::string_view id) {
    for (const Wording& w : kWording)
        if (id == w.id) return &w;
    return nullptr;
}

}  // namespace

std::string fill(std::string_view pattern, const FindingArgs& args) {
    std::string out;
    std::size_t i = 0;
    while (i < pattern.size()) {
        if (pattern[i] == '{') {
            const std::size_t close = pattern.find('}', i);
            if (close != std::string_view::npos) {
                const std::string_view name = pattern.substr(i + 1, close - i - 1);
                const auto it = std::find_if(args.begin(), args.end(), [&](const auto& a) { return a.first == name; });
                if (it != args.end()) {
                    out += it->second;
                    i = close + 1;
                    continue;
                }
            }
        }
        out += pattern[i++];
    }
    return out;
}

bool has_text(std::string_view id) { return lookup(id) != nullptr; }

FindingText text_for(std::string_view id, const FindingArgs& args) {
    const Wording* w = lookup(id);
    if (!w) return FindingText{std::string(id), {}};
    return FindingText{fill(w->message, args), fill(w->hint, args)};
}

FindingText finding_text(const Finding& f) {
    const std::string reason = f.arg("reason");
    if (!reason.empty() && has_text(reason)) {
        // objective.not-*: the reason's wording completes the message and gives the hint.
        const FindingText r = text_for(reason, f.args);
        FindingArgs args = f.args;
        for (auto& a : args)
            if (a.first == "reason") a.second = r.message;
        FindingText t = text_for(f.rule_id, args);
        t.hint = r.hint;
        return t;
    }
    // playbook.<check id>: the organisation's own words, carried in the arguments.
    if (f.rule_id.rfind("playbook.", 0) == 0 && !has_text(f.rule_id)) return text_for("playbook.check", f.args);
    return text_for(f.rule_id, f.args);
}

}  // namespace bpo

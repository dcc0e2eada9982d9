// The sections of an agreement as the user navigates them, in document order.
// Findings, completeness badges and the UI navigation all key on these.
#pragma once

#include <array>
#include <string_view>

namespace bpo {

enum class Section {
    Overview,        // title, client profile
    Parties,         // parties, responsibilities
    Scope,           // services
    Term,            // duration and renewal
    ServiceLevels,   // SLAs and the credit scheme
    Objectives,      // SMART objectives
    Governance,      // reporting, meetings, escalation
    Transition,      // phases and milestones
    Pricing,         // pricing and business case
    DataSecurity,    // security, compliance, confidentiality
    IntellectualProperty,
    Termination,
    Disputes,
    Liability,
};

inline constexpr std::array<Section, 14> all_sections = {
    Section::Overview,     Section::Parties,   Section::Scope,        Section::Term,
    Section::ServiceLevels, Section::Objectives, Section::Governance, Section::Transition,
    Section::Pricing,      Section::DataSecurity, Section::IntellectualProperty,
    Section::Termination,  Section::Disputes,  Section::Liability,
};

// Stable machine id ("service-levels"), used in URLs, JSON outputs and tests.
std::string_view section_id(Section s);
// Title as shown in navigation ("Service levels").
std::string_view section_title(Section s);
// The section that owns a JSON pointer into the agreement ("/serviceLevels/2/expected").
Section section_of_pointer(std::string_view json_pointer);

}  // namespace bpo

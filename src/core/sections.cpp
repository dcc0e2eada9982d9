#include "core/sections.hpp"

#include <string>

#include "core/json_keys.hpp"

namespace bpo {

std::string_view section_id(Section s) {
    switch (s) {
        case Section::Overview: return "overview";
        case Section::Parties: return "parties";
        case Section::Scope: return "scope";
        case Section::Term: return "term";
        case Section::ServiceLevels: return "service-levels";
        case Section::Objectives: return "objectives";
        case Section::Governance: return "governance";
        case Section::Transition: return "transition";
        case Section::Pricing: return "pricing";
        case Section::DataSecurity: return "data-security";
        case Section::IntellectualProperty: return "intellectual-property";
        case Section::Termination: return "termination";
        case Section::Disputes: return "disputes";
        case Section::Liability: return "liability";
    }
    return "overview";
}

std::string_view section_title(Section s) {
    switch (s) {
        case Section::Overview: return "Overview";
        case Section::Parties: return "Parties and roles";
        case Section::Scope: return "Scope of services";
        case Section::Term: return "Term and renewal";
        case Section::ServiceLevels: return "Service levels";
        case Section::Objectives: return "Objectives";
        case Section::Governance: return "Governance";
        case Section::Transition: return "Transition";
        case Section::Pricing: return "Pricing";
        case Section::DataSecurity: return "Data security";
        case Section::IntellectualProperty: return "Intellectual property";
        case Section::Termination: return "Termination";
        case Section::Disputes: return "Disputes";
        case Section::Liability: return "Liability";
    }
    return "Overview";
}

Section section_of_pointer(std::string_view pointer) {
    // First reference token of the pointer: "/serviceLevels/2/expected" -> "serviceLevels".
    if (!pointer.empty() && pointer.front() == '/') pointer.remove_prefix(1);
    const std::string head(pointer.substr(0, pointer.find('/')));
    struct Owner { const char* key; Section section; };
    static const Owner owners[] = {
        {keys::title, Section::Overview},          {keys::profile, Section::Overview},
        {keys::positions, Section::Overview},      {keys::client, Section::Parties},
        {keys::provider, Section::Parties},        {keys::responsibilities, Section::Parties},
        {keys::services, Section::Scope},          {keys::term, Section::Term},
        {keys::service_levels, Section::ServiceLevels}, {keys::credits, Section::ServiceLevels},
        {keys::objectives, Section::Objectives},   {keys::governance, Section::Governance},
        {keys::transition, Section::Transition},   {keys::pricing, Section::Pricing},
        {keys::business_case, Section::Pricing},   {keys::security, Section::DataSecurity},
        {keys::confidentiality, Section::DataSecurity}, {keys::ip, Section::IntellectualProperty},
        {keys::termination, Section::Termination}, {keys::disputes, Section::Disputes},
        {keys::liability, Section::Liability},
    };
    for (const Owner& o : owners)
        if (head == o.key) return o.section;
    return Section::Overview;
}

}  // namespace bpo

// Starter agreements: one per client profile (startup, midsize, enterprise) and service mix,
// pre-filled with the typical figures of DOMAIN.md so a user edits rather than starts from zero.
// Every starter is complete enough to pass the required-field checks; names are placeholders
// ("Client Ltd") for the user to replace.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/agreement.hpp"

namespace bpo {

struct ServiceMix {
    std::string id;                        // "finance-hr"
    std::string name;                      // "Finance and HR"
    std::string description;
    std::vector<std::string> process_ids;  // catalog process ids, in scope order
};

const std::vector<ServiceMix>& service_mixes();             // the common mixes, in menu order
const ServiceMix* find_service_mix(std::string_view mix_id);  // nullptr when unknown
std::string_view default_mix_id(ClientProfile profile);      // customer-support / finance-hr / multi-tower

// A starter for profile covering the mix's processes. Dates (term, transition, objectives) are
// laid out from effective_date; when it is not set they stay unset. An unknown mix id gives a
// starter with no services.
Agreement make_starter(ClientProfile profile, std::string_view mix_id, Date effective_date = {});

// The same for any list of catalog process ids (unknown ids become custom services).
Agreement make_starter_for_processes(ClientProfile profile, const std::vector<std::string>& process_ids,
                                     Date effective_date = {});

// The model defaults and nothing else: what "New blank agreement" opens.
Agreement make_blank_agreement();

}  // namespace bpo

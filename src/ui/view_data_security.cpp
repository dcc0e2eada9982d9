// Data security and confidentiality: safeguards, compliance frameworks, breach notice, audit,
// where data lives and how it crosses borders, what happens to it at exit, and the
// confidentiality clause.
#include <algorithm>
#include <string>

#include <imgui.h>

#include "core/json_keys.hpp"
#include "ui/views.hpp"

namespace bpo::ui {

namespace {

const std::string base = std::string("/") + keys::security;
const std::string conf_base = std::string("/") + keys::confidentiality;

template <class T>
Locate<T> sec(T DataSecurity::*member) {
    return [member](Agreement& a) { return &(a.security.*member); };
}

template <class T>
Locate<T> conf(T Confidentiality::*member) {
    return [member](Agreement& a) { return &(a.confidentiality.*member); };
}

}  // namespace

void draw_data_security(ViewContext& ctx) {
    namespace k = keys::DataSecurity;
    const DataSecurity& s = ctx.agreement().security;

    heading("Safeguards");
    if (begin_form("##safeguards")) {
        bool_field(ctx, "Encryption at rest", ptr(base, k::encryption_at_rest), sec(&DataSecurity::encryption_at_rest));
        bool_field(ctx, "Encryption in transit", ptr(base, k::encryption_in_transit),
                   sec(&DataSecurity::encryption_in_transit));
        bool_field(ctx, "Multi-factor sign-in", ptr(base, k::multi_factor_auth), sec(&DataSecurity::multi_factor_auth));
        text_area(ctx, "Access control", ptr(base, k::access_control), sec(&DataSecurity::access_control), 3);
        end_form();
    }

    heading("Compliance");
    if (begin_form("##compliance")) {
        enum_set_field<Framework>(ctx, "Frameworks", ptr(base, k::frameworks), sec(&DataSecurity::frameworks));
        text_area(ctx, "Personal data", ptr(base, k::personal_data), sec(&DataSecurity::personal_data), 2.5f);
        field_note("The categories of personal data the provider processes (e.g. employee payroll data, customer contact details).");
        bool_field(ctx, "Health data", ptr(base, k::health_data), sec(&DataSecurity::health_data));
        const bool hipaa = std::find(s.frameworks.begin(), s.frameworks.end(), Framework::Hipaa) != s.frameworks.end();
        if (hipaa || !s.baa_reference.empty()) {
            text_field(ctx, "BAA reference", ptr(base, k::baa_reference), sec(&DataSecurity::baa_reference),
                       "the business associate agreement, e.g. BAA dated 2027-01-15");
            if (hipaa) field_note("HIPAA applies: reference the business associate agreement.");
        }
        int_field(ctx, "Breach notice", ptr(base, k::breach_notice_hours), sec(&DataSecurity::breach_notice_hours),
                  "hours", 0, 8760);
        field_note("How soon the provider tells the client of a data breach (commonly 24-72 hours; GDPR gives the client 72 hours to tell the authority).");
        end_form();
    }

    heading("Audit");
    if (begin_form("##audit")) {
        enum_field<AuditRight>(ctx, "Audit right", ptr(base, k::audit), sec(&DataSecurity::audit));
        const bool audits = s.audit == AuditRight::OnNotice || s.audit == AuditRight::Annual;
        ImGui::BeginDisabled(!audits);
        int_field(ctx, "Notice", ptr(base, k::audit_notice_days), sec(&DataSecurity::audit_notice_days), "days", 0, 365);
        int_field(ctx, "Audits a year", ptr(base, k::audits_per_year), sec(&DataSecurity::audits_per_year), nullptr, 0, 52);
        ImGui::EndDisabled();
        end_form();
    }

    heading("Data location and exit");
    if (begin_form("##location")) {
        string_list_field(ctx, "Data locations", ptr(base, k::data_locations), sec(&DataSecurity::data_locations),
                          "countries or regions, e.g. Ireland, Poland");
        bool_field(ctx, "Data leaves the EEA", ptr(base, k::data_outside_eea), sec(&DataSecurity::data_outside_eea));
        if (s.data_outside_eea) {
            enum_field<TransferMechanism>(ctx, "Transfer mechanism", ptr(base, k::transfer_mechanism),
                                          sec(&DataSecurity::transfer_mechanism));
        }
        enum_field<ExitData>(ctx, "At exit", ptr(base, k::exit_data), sec(&DataSecurity::exit_data));
        ImGui::BeginDisabled(s.exit_data == ExitData::Unspecified);
        int_field(ctx, "Within", ptr(base, k::exit_data_days), sec(&DataSecurity::exit_data_days), "days", 0, 3650);
        ImGui::EndDisabled();
        end_form();
    }

    namespace c = keys::Confidentiality;
    heading("Confidentiality");
    if (begin_form("##confidentiality")) {
        int_field(ctx, "Lasts", ptr(conf_base, c::duration_years), conf(&Confidentiality::duration_years),
                  "years after end", 0, 100);
        bool_field(ctx, "Trade secrets forever", ptr(conf_base, c::perpetual_for_trade_secrets),
                   conf(&Confidentiality::perpetual_for_trade_secrets));
        field_note("Trade secrets stay confidential for as long as they remain trade secrets.");
        text_area(ctx, "Exclusions", ptr(conf_base, c::exclusions), conf(&Confidentiality::exclusions), 3);
        field_note("What is not confidential: public information, information already known or independently developed.");
        end_form();
    }
}

}  // namespace bpo::ui

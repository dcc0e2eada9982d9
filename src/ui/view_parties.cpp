// Parties and roles: the client and the provider, and each party's responsibilities.
#include <imgui.h>

#include "core/json_keys.hpp"
#include "ui/row_list.hpp"
#include "ui/views.hpp"

namespace bpo::ui {

namespace {

void party_fields(ViewContext& ctx, const char* key, Party Agreement::*member) {
    const std::string base = std::string("/") + key;
    auto field = [member](std::string Party::*f) {
        return Locate<std::string>([member, f](Agreement& a) { return &((a.*member).*f); });
    };
    namespace k = keys::Party;
    text_field(ctx, "Legal name", ptr(base, k::legal_name), field(&Party::legal_name), "as registered");
    text_field(ctx, "Entity type", ptr(base, k::entity_type), field(&Party::entity_type), "e.g. limited company, GmbH, LLC");
    text_field(ctx, "Jurisdiction", ptr(base, k::jurisdiction), field(&Party::jurisdiction), "where incorporated");
    text_field(ctx, "Registration no.", ptr(base, k::registration_number), field(&Party::registration_number));
    text_area(ctx, "Address", ptr(base, k::address), field(&Party::address), 2.5f);
    text_field(ctx, "Signatory", ptr(base, k::signatory_name), field(&Party::signatory_name), "name");
    text_field(ctx, "Signatory title", ptr(base, k::signatory_title), field(&Party::signatory_title), "e.g. Chief Operating Officer");
    text_field(ctx, "Notice contact", ptr(base, k::notice_contact), field(&Party::notice_contact), "name or role");
    text_field(ctx, "Notice e-mail", ptr(base, k::notice_email), field(&Party::notice_email));
}

}  // namespace

void draw_parties(ViewContext& ctx) {
    heading("Client");
    if (begin_form("##client")) {
        party_fields(ctx, keys::client, &Agreement::client);
        end_form();
    }
    heading("Provider");
    if (begin_form("##provider")) {
        party_fields(ctx, keys::provider, &Agreement::provider);
        end_form();
    }

    heading("Responsibilities and obligations");
    ImGui::TextWrapped("What each party commits to do so the services can run: access, documentation, staffing, approvals.");
    const ListLocator<Responsibility> list = [](Agreement& a) { return &a.responsibilities; };
    RowListSpec<Responsibility> spec{
        "Responsibilities", "responsibility", std::string("/") + keys::responsibilities, list,
        [](const Responsibility& r) {
            return std::string(enum_label(r.party)) + ": " + r.description;
        },
        [list](ViewContext& c, const Responsibility& r, const std::string& p) {
            namespace k = keys::Responsibility;
            enum_field<PartyRole>(c, "Party", ptr(p, k::party), row_field(list, r.id, &Responsibility::party));
            text_area(c, "Description", ptr(p, k::description), row_field(list, r.id, &Responsibility::description), 2.5f);
        },
    };
    row_list(ctx, spec);
}

}  // namespace bpo::ui

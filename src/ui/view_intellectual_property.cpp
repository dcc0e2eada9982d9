// Intellectual property: who owns the work product, each party's pre-existing IP, and the
// licences each grants the other.
#include <string>

#include <imgui.h>

#include "core/json_keys.hpp"
#include "ui/views.hpp"

namespace bpo::ui {

void draw_intellectual_property(ViewContext& ctx) {
    namespace k = keys::IntellectualProperty;
    const std::string base = std::string("/") + keys::ip;
    auto f = [](auto member) {
        return [member](Agreement& a) { return &(a.ip.*member); };
    };
    heading("Work product");
    if (begin_form("##work-product")) {
        enum_field<Owner>(ctx, "Owner", ptr(base, k::work_product), f(&IntellectualProperty::work_product));
        field_note("Who owns what the provider creates for the client under the agreement (usually the client).");
        end_form();
    }
    heading("Pre-existing IP");
    if (begin_form("##background")) {
        text_area(ctx, "Client's", ptr(base, k::client_background_ip), f(&IntellectualProperty::client_background_ip), 3);
        text_area(ctx, "Provider's", ptr(base, k::provider_background_ip), f(&IntellectualProperty::provider_background_ip), 3);
        field_note("Tools, methods, systems and materials each party brings; each keeps its own.");
        end_form();
    }
    heading("Licences");
    if (begin_form("##licences")) {
        enum_field<Licence>(ctx, "To the client", ptr(base, k::licence_to_client), f(&IntellectualProperty::licence_to_client));
        field_note("Over provider tools embedded in the deliverables.");
        enum_field<Licence>(ctx, "To the provider", ptr(base, k::licence_to_provider),
                            f(&IntellectualProperty::licence_to_provider));
        field_note("Over client materials, for performing the services only.");
        text_area(ctx, "Notes", ptr(base, k::licence_notes), f(&IntellectualProperty::licence_notes), 3);
        end_form();
    }
}

}  // namespace bpo::ui

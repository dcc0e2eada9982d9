// Liability and risk: the cap on liability and what falls outside it, indemnities and insurance.
#include <string>

#include <imgui.h>

#include "core/json_keys.hpp"
#include "core/money.hpp"
#include "ui/row_list.hpp"
#include "ui/views.hpp"

namespace bpo::ui {

namespace {

const std::string base = std::string("/") + keys::liability;
const ListLocator<Indemnity> indemnities = [](Agreement& a) { return &a.liability.indemnities; };
const ListLocator<Insurance> insurance = [](Agreement& a) { return &a.liability.insurance; };

template <class T>
Locate<T> li(T Liability::*member) {
    return [member](Agreement& a) { return &(a.liability.*member); };
}

}  // namespace

void draw_liability(ViewContext& ctx) {
    namespace k = keys::Liability;
    const Liability& l = ctx.agreement().liability;

    heading("Liability cap");
    if (begin_form("##cap")) {
        enum_field<CapBasis>(ctx, "Cap basis", ptr(base, k::cap_basis), li(&Liability::cap_basis));
        if (l.cap_basis == CapBasis::MonthsOfFees) {
            double_field(ctx, "Cap", ptr(base, k::cap_months), li(&Liability::cap_months), "months of fees");
        } else if (l.cap_basis == CapBasis::FixedAmount) {
            money_field(ctx, "Cap amount", ptr(base, k::cap_amount), li(&Liability::cap_amount));
        }
        string_rows_field(ctx, "Outside the cap", ptr(base, k::exclusions), li(&Liability::exclusions), "exclusion",
                          "e.g. breach of confidentiality");
        field_note("Liabilities the cap does not limit, such as fraud, death or personal injury, data breaches.");
        end_form();
    }

    heading("Indemnities");
    RowListSpec<Indemnity> ind{
        "Indemnities", "indemnity", ptr(base, k::indemnities), indemnities,
        [](const Indemnity& i) {
            return std::string(enum_label(i.by)) + " indemnifies" + (i.covers.empty() ? "" : ": " + i.covers);
        },
        [](ViewContext& c, const Indemnity& i, const std::string& p) {
            namespace ik = keys::Indemnity;
            enum_field<PartyRole>(c, "Given by", ptr(p, ik::by), row_field(indemnities, i.id, &Indemnity::by));
            text_area(c, "Covers", ptr(p, ik::covers), row_field(indemnities, i.id, &Indemnity::covers), 2.5f);
        },
    };
    row_list(ctx, ind);

    heading("Insurance");
    const std::string currency = ctx.agreement().pricing.currency;
    RowListSpec<Insurance> ins{
        "Insurance", "insurance", ptr(base, k::insurance), insurance,
        [currency](const Insurance& i) {
            std::string out = i.kind.empty() ? "Insurance " + i.id : i.kind;
            if (i.cover.minor > 0) out += "  \xC2\xB7  " + format_money(i.cover, currency);
            return out;
        },
        [](ViewContext& c, const Insurance& i, const std::string& p) {
            namespace sk = keys::Insurance;
            text_field(c, "Kind", ptr(p, sk::kind), row_field(insurance, i.id, &Insurance::kind),
                       "e.g. Professional indemnity, Cyber");
            money_field(c, "Cover", ptr(p, sk::cover), row_field(insurance, i.id, &Insurance::cover));
        },
    };
    row_list(ctx, ins);
}

}  // namespace bpo::ui

#include "core/enums.hpp"

namespace bpo {

namespace {
template <class E, std::size_t N>
EnumTable<E> table_of(const EnumEntry<E> (&entries)[N], const char* name) {
    return EnumTable<E>{entries, N, name};
}
}  // namespace

template <>
EnumTable<PartyRole> enum_table<PartyRole>() {
    static const EnumEntry<PartyRole> entries[] = {
        {PartyRole::Client, "client", "Client"},
        {PartyRole::Provider, "provider", "Provider"},
    };
    return table_of(entries, "party role");
}

template <>
EnumTable<ClientProfile> enum_table<ClientProfile>() {
    static const EnumEntry<ClientProfile> entries[] = {
        {ClientProfile::Startup, "startup", "Startup"},
        {ClientProfile::Midsize, "midsize", "Mid-size business"},
        {ClientProfile::Enterprise, "enterprise", "Enterprise"},
    };
    return table_of(entries, "client profile");
}

template <>
EnumTable<Cadence> enum_table<Cadence>() {
    static const EnumEntry<Cadence> entries[] = {
        {Cadence::Unspecified, "unspecified", "Not specified"},
        {Cadence::Daily, "daily", "Daily"},
        {Cadence::Weekly, "weekly", "Weekly"},
        {Cadence::Fortnightly, "fortnightly", "Every two weeks"},
        {Cadence::Monthly, "monthly", "Monthly"},
        {Cadence::Quarterly, "quarterly", "Quarterly"},
        {Cadence::Annually, "annually", "Annually"},
    };
    return table_of(entries, "cadence");
}

template <>
EnumTable<Position> enum_table<Position>() {
    static const EnumEntry<Position> entries[] = {
        {Position::ClientFavourable, "client-favourable", "Favours the client"},
        {Position::Balanced, "balanced", "Balanced"},
        {Position::ProviderFavourable, "provider-favourable", "Favours the provider"},
    };
    return table_of(entries, "clause position");
}

template <>
EnumTable<Office> enum_table<Office>() {
    static const EnumEntry<Office> entries[] = {
        {Office::BackOffice, "back-office", "Back office"},
        {Office::FrontOffice, "front-office", "Front office"},
    };
    return table_of(entries, "office");
}

template <>
EnumTable<DeliveryLocation> enum_table<DeliveryLocation>() {
    static const EnumEntry<DeliveryLocation> entries[] = {
        {DeliveryLocation::Onshore, "onshore", "Onshore"},
        {DeliveryLocation::Nearshore, "nearshore", "Nearshore"},
        {DeliveryLocation::Offshore, "offshore", "Offshore"},
    };
    return table_of(entries, "delivery location");
}

template <>
EnumTable<Renewal> enum_table<Renewal>() {
    static const EnumEntry<Renewal> entries[] = {
        {Renewal::None, "none", "No renewal"},
        {Renewal::Automatic, "automatic", "Automatic renewal"},
        {Renewal::ByAgreement, "by-agreement", "Renewal by agreement"},
    };
    return table_of(entries, "renewal");
}

template <>
EnumTable<MetricUnit> enum_table<MetricUnit>() {
    static const EnumEntry<MetricUnit> entries[] = {
        {MetricUnit::Unspecified, "unspecified", "Not specified"},
        {MetricUnit::Percent, "percent", "%"},
        {MetricUnit::Seconds, "seconds", "seconds"},
        {MetricUnit::Minutes, "minutes", "minutes"},
        {MetricUnit::Hours, "hours", "hours"},
        {MetricUnit::Days, "days", "days"},
        {MetricUnit::Count, "count", "count"},
        {MetricUnit::Score, "score", "score"},
    };
    return table_of(entries, "metric unit");
}

template <>
EnumTable<Direction> enum_table<Direction>() {
    static const EnumEntry<Direction> entries[] = {
        {Direction::HigherIsBetter, "higher-is-better", "Higher is better"},
        {Direction::LowerIsBetter, "lower-is-better", "Lower is better"},
    };
    return table_of(entries, "direction");
}

template <>
EnumTable<Criticality> enum_table<Criticality>() {
    static const EnumEntry<Criticality> entries[] = {
        {Criticality::Critical, "critical", "Critical service level"},
        {Criticality::Key, "key", "Key measurement"},
    };
    return table_of(entries, "criticality");
}

template <>
EnumTable<Exclusion> enum_table<Exclusion>() {
    static const EnumEntry<Exclusion> entries[] = {
        {Exclusion::ScheduledMaintenance, "scheduled-maintenance", "Scheduled maintenance"},
        {Exclusion::ForceMajeure, "force-majeure", "Force majeure"},
        {Exclusion::ClientCaused, "client-caused", "Failures caused by the client"},
    };
    return table_of(entries, "measurement exclusion");
}

template <>
EnumTable<CreditMethod> enum_table<CreditMethod>() {
    static const EnumEntry<CreditMethod> entries[] = {
        {CreditMethod::AtRiskPool, "at-risk-pool", "At-risk amount shared by allocation"},
        {CreditMethod::FlatPerMiss, "flat-per-miss", "Flat credit per miss"},
    };
    return table_of(entries, "credit method");
}

template <>
EnumTable<MeetingKind> enum_table<MeetingKind>() {
    static const EnumEntry<MeetingKind> entries[] = {
        {MeetingKind::Operational, "operational", "Operational review"},
        {MeetingKind::Performance, "performance", "Performance review"},
        {MeetingKind::BusinessReview, "business-review", "Business review"},
        {MeetingKind::Steering, "steering", "Steering committee"},
        {MeetingKind::Custom, "custom", "Other meeting"},
    };
    return table_of(entries, "meeting kind");
}

template <>
EnumTable<PhaseKind> enum_table<PhaseKind>() {
    static const EnumEntry<PhaseKind> entries[] = {
        {PhaseKind::Planning, "planning", "Planning"},
        {PhaseKind::KnowledgeTransfer, "knowledge-transfer", "Knowledge transfer"},
        {PhaseKind::ParallelRun, "parallel-run", "Parallel run"},
        {PhaseKind::GoLive, "go-live", "Go-live"},
        {PhaseKind::Stabilisation, "stabilisation", "Stabilisation"},
        {PhaseKind::Custom, "custom", "Other phase"},
    };
    return table_of(entries, "transition phase");
}

template <>
EnumTable<PricingModel> enum_table<PricingModel>() {
    static const EnumEntry<PricingModel> entries[] = {
        {PricingModel::PerFte, "per-fte", "Per FTE"},
        {PricingModel::PerTransaction, "per-transaction", "Per transaction"},
        {PricingModel::FixedMonthly, "fixed-monthly", "Fixed monthly fee"},
        {PricingModel::OutcomeBased, "outcome-based", "Outcome-based"},
    };
    return table_of(entries, "pricing model");
}

template <>
EnumTable<InvoiceTiming> enum_table<InvoiceTiming>() {
    static const EnumEntry<InvoiceTiming> entries[] = {
        {InvoiceTiming::InAdvance, "in-advance", "In advance"},
        {InvoiceTiming::InArrears, "in-arrears", "In arrears"},
    };
    return table_of(entries, "invoice timing");
}

template <>
EnumTable<Adjustment> enum_table<Adjustment>() {
    static const EnumEntry<Adjustment> entries[] = {
        {Adjustment::None, "none", "No adjustment"},
        {Adjustment::Fixed, "fixed", "Fixed yearly uplift"},
        {Adjustment::Index, "index", "Indexed to inflation"},
    };
    return table_of(entries, "annual adjustment");
}

template <>
EnumTable<Framework> enum_table<Framework>() {
    static const EnumEntry<Framework> entries[] = {
        {Framework::Gdpr, "gdpr", "GDPR"},
        {Framework::Hipaa, "hipaa", "HIPAA"},
        {Framework::Soc2, "soc2", "SOC 2"},
        {Framework::Iso27001, "iso27001", "ISO/IEC 27001"},
        {Framework::PciDss, "pci-dss", "PCI DSS"},
        {Framework::Ccpa, "ccpa", "CCPA"},
        {Framework::Sox, "sox", "SOX"},
    };
    return table_of(entries, "compliance framework");
}

template <>
EnumTable<AuditRight> enum_table<AuditRight>() {
    static const EnumEntry<AuditRight> entries[] = {
        {AuditRight::None, "none", "No audit right"},
        {AuditRight::OnNotice, "on-notice", "Audit on notice"},
        {AuditRight::Annual, "annual", "Annual audit"},
        {AuditRight::ThirdPartyReportsOnly, "third-party-reports-only", "Third-party reports only"},
    };
    return table_of(entries, "audit right");
}

template <>
EnumTable<TransferMechanism> enum_table<TransferMechanism>() {
    static const EnumEntry<TransferMechanism> entries[] = {
        {TransferMechanism::None, "none", "None"},
        {TransferMechanism::AdequacyDecision, "adequacy-decision", "Adequacy decision"},
        {TransferMechanism::StandardContractualClauses, "standard-contractual-clauses", "Standard contractual clauses"},
        {TransferMechanism::BindingCorporateRules, "binding-corporate-rules", "Binding corporate rules"},
    };
    return table_of(entries, "transfer mechanism");
}

template <>
EnumTable<ExitData> enum_table<ExitData>() {
    static const EnumEntry<ExitData> entries[] = {
        {ExitData::Unspecified, "unspecified", "Not specified"},
        {ExitData::Return, "return", "Return the data"},
        {ExitData::Delete, "delete", "Delete the data"},
        {ExitData::ReturnThenDelete, "return-then-delete", "Return, then delete the data"},
    };
    return table_of(entries, "data at exit");
}

template <>
EnumTable<Owner> enum_table<Owner>() {
    static const EnumEntry<Owner> entries[] = {
        {Owner::Unspecified, "unspecified", "Not specified"},
        {Owner::Client, "client", "Client"},
        {Owner::Provider, "provider", "Provider"},
        {Owner::Joint, "joint", "Jointly owned"},
    };
    return table_of(entries, "owner");
}

template <>
EnumTable<Licence> enum_table<Licence>() {
    static const EnumEntry<Licence> entries[] = {
        {Licence::None, "none", "No licence"},
        {Licence::NonExclusive, "non-exclusive", "Non-exclusive licence"},
        {Licence::NonExclusivePerpetual, "non-exclusive-perpetual", "Non-exclusive perpetual licence"},
        {Licence::Exclusive, "exclusive", "Exclusive licence"},
    };
    return table_of(entries, "licence");
}

template <>
EnumTable<ConvenienceRight> enum_table<ConvenienceRight>() {
    static const EnumEntry<ConvenienceRight> entries[] = {
        {ConvenienceRight::None, "none", "Neither party"},
        {ConvenienceRight::Client, "client", "Client only"},
        {ConvenienceRight::Provider, "provider", "Provider only"},
        {ConvenienceRight::Both, "both", "Either party"},
    };
    return table_of(entries, "convenience termination right");
}

template <>
EnumTable<TerminationFee> enum_table<TerminationFee>() {
    static const EnumEntry<TerminationFee> entries[] = {
        {TerminationFee::None, "none", "No fee"},
        {TerminationFee::Fixed, "fixed", "Fixed amount"},
        {TerminationFee::MonthsOfFees, "months-of-fees", "Months of fees"},
        {TerminationFee::Declining, "declining", "Declining over the term"},
    };
    return table_of(entries, "termination fee");
}

template <>
EnumTable<Forum> enum_table<Forum>() {
    static const EnumEntry<Forum> entries[] = {
        {Forum::Unspecified, "unspecified", "Not specified"},
        {Forum::Arbitration, "arbitration", "Arbitration"},
        {Forum::Courts, "courts", "Courts"},
    };
    return table_of(entries, "forum");
}

template <>
EnumTable<CapBasis> enum_table<CapBasis>() {
    static const EnumEntry<CapBasis> entries[] = {
        {CapBasis::Unspecified, "unspecified", "Not specified"},
        {CapBasis::MonthsOfFees, "months-of-fees", "Months of fees"},
        {CapBasis::FixedAmount, "fixed-amount", "Fixed amount"},
        {CapBasis::Unlimited, "unlimited", "Unlimited"},
    };
    return table_of(entries, "liability cap basis");
}

}  // namespace bpo

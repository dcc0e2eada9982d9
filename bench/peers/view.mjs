// The view model every text and .docx peer renders: the agreement JSON (our canonical export of the
// same generated agreement) turned into display strings, with each service level joined to its
// service's name. Our core does the same work inside build_document, so the peers' figures include
// this function's time too.
const OFFICE = { 'back-office': 'Back office', 'front-office': 'Front office' };
const UNIT = { percent: '%', seconds: ' seconds', minutes: ' minutes', hours: ' hours', days: ' days', count: '', score: '', unspecified: '' };
const EXCLUSION = { 'scheduled-maintenance': 'Scheduled maintenance', 'force-majeure': 'Force majeure', 'client-caused': 'Failures caused by the client' };

const words = (id) => (id ? id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ') : '');

function level(value, unit, direction) {
  if (value === null || value === undefined) return 'None';
  return `${direction === 'lower-is-better' ? 'at most' : 'at least'} ${value}${UNIT[unit] ?? ''}`;
}

export function viewModel(a) {
  const names = new Map();
  for (const s of a.services) names.set(s.id, s.name);
  const party = (p) => ({
    name: p.legalName, jurisdiction: p.jurisdiction, address: p.address,
    signatory: p.signatoryName, signatoryTitle: p.signatoryTitle,
  });
  return {
    title: a.title,
    effectiveDate: a.term.effectiveDate ?? '[Effective date]',
    client: party(a.client),
    provider: party(a.provider),
    services: a.services.map((s) => ({
      name: s.name,
      office: OFFICE[s.office] ?? '',
      locations: s.locations.map(words).join(', ') + (s.locationDetail ? ` (${s.locationDetail})` : ''),
      volume: s.ftes ? `${s.ftes} FTE` : s.monthlyVolume ? `${s.monthlyVolume} ${s.volumeUnit} a month` : 'Not stated',
      coverage: s.coverageHours,
      languages: s.languages.join(', '),
      description: s.description,
      inScope: s.inScope,
      outOfScope: s.outOfScope,
    })),
    levels: a.serviceLevels.map((l, i) => ({
      ref: `SL${i + 1}`,
      service: names.get(l.serviceId) ?? '',
      name: l.name,
      expected: level(l.expected, l.unit, l.direction),
      minimum: level(l.minimum, l.unit, l.direction),
      window: `${words(l.window)} / ${l.reporting}`,
      type: words(l.criticality),
      credit: l.criticality === 'critical' ? `${l.allocationPercent}% of the At-Risk Amount` : 'None (reported only)',
      definition: l.definition,
      exclusions: l.exclusions.map((e) => EXCLUSION[e] ?? e).join('; '),
    })),
  };
}

// The peer tools, under node, on the same generated agreements (build/bench-data/agreement-N.json,
// written by bpo_native_bench --emit from the same C++ generator the core benches use):
//   text   handlebars and mustache.js (GFM Markdown tables, bench/peers/agreement.hbs|.mustache) and
//          the Accord Project template-engine (TemplateMark bench/peers/agreement.tem.md + model.cto,
//          AgreementMark transformed to Markdown by @accordproject/markdown-transform)
//   docx   the npm docx library (document built in code) and docxtemplater + pizzip (a template
//          .docx with row loops, made once below)
//   import JSON.parse + ajv (draft 2020-12, ajv-formats) with our published schema
// Templates are compiled before timing; every figure includes the view model (peers/view.mjs).
//
// usage: node peers_bench.mjs DATA_DIR SCHEMA_FILE [text|docx|import ...]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { emit, planFor, SIZES, timeRuns } from './timing.mjs';
import { viewModel } from './peers/view.mjs';

const require = createRequire(import.meta.url);
const HERE = import.meta.dirname;
const [dataDir, schemaFile, ...only] = process.argv.slice(2);
const want = (part) => only.length === 0 || only.includes(part);
const clauses = readFileSync(join(HERE, 'peers/clauses.md'), 'utf8');
const data = new Map(SIZES.map((n) => [n, JSON.parse(readFileSync(join(dataDir, `agreement-${n}.json`), 'utf8'))]));
const texts = new Map(SIZES.map((n) => [n, readFileSync(join(dataDir, `agreement-${n}.json`), 'utf8')]));

// ---- text peers ---------------------------------------------------------------------------------
async function textPeers() {
  const Handlebars = require('handlebars');
  const Mustache = require('mustache');
  const hbs = Handlebars.compile(readFileSync(join(HERE, 'peers/agreement.hbs'), 'utf8'));
  Handlebars.registerPartial('clauses', clauses);
  const mustacheTemplate = readFileSync(join(HERE, 'peers/agreement.mustache'), 'utf8');
  Mustache.parse(mustacheTemplate);

  const { ModelManager } = require('@accordproject/concerto-core');
  const { TemplateMarkTransformer } = require('@accordproject/markdown-template');
  const { TemplateMarkInterpreter } = require('@accordproject/template-engine');
  const { transform } = require('@accordproject/markdown-transform');
  const modelManager = new ModelManager({ strict: true });
  modelManager.addCTOModel(readFileSync(join(HERE, 'peers/model.cto'), 'utf8'), 'model.cto', true);
  const templateText = readFileSync(join(HERE, 'peers/agreement.tem.md'), 'utf8').replace('@@CLAUSES@@', clauses);
  const templateMark = new TemplateMarkTransformer().fromMarkdownTemplate({ content: templateText }, modelManager, 'contract', { verbose: false });
  const engine = new TemplateMarkInterpreter(modelManager, {});
  const NS = 'bpo.bench@1.0.0';
  // markdown-transform 1.0.1 (the version that installs) URI-decodes every variable's value on the
  // way to Markdown, while template-engine 5.1 does not encode them: values are encoded here.
  const enc = (o) => Object.fromEntries(Object.entries(o).map(([k, x]) => [k, encodeURIComponent(x)]));
  async function accord(agreement) {
    const v = viewModel(agreement);
    const input = {
      $class: `${NS}.TemplateData`,
      ...enc({
        title: v.title, effectiveDate: v.effectiveDate,
        clientName: v.client.name, clientJurisdiction: v.client.jurisdiction, clientAddress: v.client.address,
        providerName: v.provider.name, providerJurisdiction: v.provider.jurisdiction, providerAddress: v.provider.address,
      }),
      services: v.services.map((s) => ({ $class: `${NS}.ServiceRow`, ...enc(s) })),
      levels: v.levels.map((l) => ({ $class: `${NS}.LevelRow`, ...enc(l) })),
    };
    const agreementMark = await engine.generate(templateMark, input);
    return transform(agreementMark.toJSON ? agreementMark.toJSON() : agreementMark, 'ciceromark_parsed', ['markdown'], {}, {});
  }

  const peers = [
    ['handlebars', (a) => hbs(viewModel(a))],
    ['mustache', (a) => Mustache.render(mustacheTemplate, viewModel(a), { clauses })],
    ['accord', accord],
  ];
  for (const n of SIZES) {
    for (const [name, render] of peers) {
      const plan = planFor(n);
      // The Accord engine takes about 15 s at 1,000 rows and minutes at 10,000: it is warm from the
      // smaller sizes, so no warm-up there, 3 runs at 1,000 rows and a single run at 10,000.
      const accordPlan = n >= 10000 ? { warmup: 0, runs: 1, budgetMs: 0 } : n >= 1000 ? { warmup: 0, runs: 3, budgetMs: 0 } : plan;
      const p = name === 'accord' ? accordPlan : plan;
      let out = '';
      const { ms } = await timeRuns(p, async () => (out = await render(data.get(n))));
      emit('peers', 'generate', name, n, ms, Buffer.byteLength(out));
    }
  }
}

// ---- .docx peers ----------------------------------------------------------------------------------
function xml(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
const clauseLines = clauses.split('\n').filter((l) => l.trim() !== '');

function docxtemplaterTemplate() {
  const PizZip = require('pizzip');
  const p = (text, style) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const cell = (text) => `<w:tc><w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p></w:tc>`;
  const table = (header, loop, fields) =>
    `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>` +
    `<w:tr>${header.map((h) => cell(h)).join('')}</w:tr>` +
    `<w:tr>${fields.map((f, i) => cell(`${i === 0 ? `{#${loop}}` : ''}{${f}}${i === fields.length - 1 ? `{/${loop}}` : ''}`)).join('')}</w:tr>` +
    `</w:tbl>`;
  const body = [
    p('{title}', 'Title'),
    p(xml('Draft for review by a lawyer, not legal advice.')),
    p('This Agreement is made on {effectiveDate} between {client.name} and {provider.name}.'),
    ...clauseLines.map((l) => (l.startsWith('## ') ? p(xml(l.slice(3)), 'Heading1') : p(xml(l.replace(/\*\*/g, ''))))),
    p('Schedule 1: Services', 'Heading1'),
    table(['Service', 'Office', 'Delivery locations', 'Volume', 'Hours of coverage', 'Languages'], 'services',
      ['name', 'office', 'locations', 'volume', 'coverage', 'languages']),
    table(['Service', 'Description', 'In scope', 'Out of scope'], 'services', ['name', 'description', 'inScope', 'outOfScope']),
    p('Schedule 2: Service levels and objectives', 'Heading1'),
    table(['Ref', 'Service', 'Service level', 'Expected', 'Minimum', 'Window / reporting', 'Type', 'Credit'], 'levels',
      ['ref', 'service', 'name', 'expected', 'minimum', 'window', 'type', 'credit']),
    table(['Ref', 'Service level', 'How it is measured', 'Exclusions'], 'levels', ['ref', 'name', 'definition', 'exclusions']),
  ].join('');
  const zip = new PizZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`);
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function docxPeers() {
  const docx = require('docx');
  const Docxtemplater = require('docxtemplater');
  const PizZip = require('pizzip');
  const { Document, Packer, Paragraph, HeadingLevel, Table, TableRow, TableCell, TextRun } = docx;
  const cell = (text, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  const table = (header, rows) => new Table({
    rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((t, i) => cell(t, i === 0)) }))],
  });
  async function withDocxLibrary(agreement) {
    const v = viewModel(agreement);
    const children = [
      new Paragraph({ text: v.title, heading: HeadingLevel.TITLE }),
      new Paragraph({ children: [new TextRun({ text: 'Draft for review by a lawyer, not legal advice.', bold: true })] }),
      new Paragraph(`This Agreement is made on ${v.effectiveDate} between ${v.client.name} and ${v.provider.name}.`),
      ...clauseLines.map((l) => (l.startsWith('## ') ? new Paragraph({ text: l.slice(3), heading: HeadingLevel.HEADING_1 })
        : new Paragraph(l.replace(/\*\*/g, '')))),
      new Paragraph({ text: 'Schedule 1: Services', heading: HeadingLevel.HEADING_1 }),
      table(['Service', 'Office', 'Delivery locations', 'Volume', 'Hours of coverage', 'Languages'],
        v.services.map((s) => [s.name, s.office, s.locations, s.volume, s.coverage, s.languages])),
      table(['Service', 'Description', 'In scope', 'Out of scope'], v.services.map((s) => [s.name, s.description, s.inScope, s.outOfScope])),
      new Paragraph({ text: 'Schedule 2: Service levels and objectives', heading: HeadingLevel.HEADING_1 }),
      table(['Ref', 'Service', 'Service level', 'Expected', 'Minimum', 'Window / reporting', 'Type', 'Credit'],
        v.levels.map((l) => [l.ref, l.service, l.name, l.expected, l.minimum, l.window, l.type, l.credit])),
      table(['Ref', 'Service level', 'How it is measured', 'Exclusions'], v.levels.map((l) => [l.ref, l.name, l.definition, l.exclusions])),
    ];
    return Packer.toBuffer(new Document({ sections: [{ children }] }));
  }
  const template = docxtemplaterTemplate();
  function withDocxtemplater(agreement) {
    const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true });
    doc.render(viewModel(agreement));
    return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
  }
  for (const n of SIZES) {
    for (const [name, make] of [['docx', withDocxLibrary], ['docxtemplater', withDocxtemplater]]) {
      let out = null;
      // Both take seconds a run at 1,000 rows and tens of seconds at 10,000: one run there, warm
      // from the smaller sizes.
      const plan = n >= 10000 ? { warmup: 0, runs: 1, budgetMs: 0 } : planFor(n);
      const { ms } = await timeRuns(plan, async () => (out = await make(data.get(n))));
      emit('peers', 'docx', name, n, ms, out.length);
    }
  }
}

// ---- import: JSON.parse + ajv ----------------------------------------------------------------------
async function importPeer() {
  const Ajv2020 = require('ajv/dist/2020.js');
  const addFormats = require('ajv-formats');
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, multipleOfPrecision: 7 });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
  for (const n of SIZES) {
    const text = texts.get(n);
    const { ms } = await timeRuns(planFor(n), () => {
      const value = JSON.parse(text);
      if (!validate(value)) throw new Error(`ajv rejects agreement-${n}.json: ${ajv.errorsText(validate.errors)}`);
      return 1;
    });
    emit('peers', 'import', 'json-parse+ajv', n, ms, Buffer.byteLength(text));
  }
}

if (want('import')) await importPeer();
if (want('text')) await textPeers();
if (want('docx')) await docxPeers();

// Checks the published JSON Schema with an independent validator (ajv, draft 2020-12) and that the
// C++ importer (`bpo validate`) and the schema agree.
//
//   node tests/schema/check_schema.mjs path/to/bpo
//
// Prints one line per check and a last line "N passed, M failed"; exits 1 when a check fails.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const bpo = process.argv[2];
if (!bpo) {
  console.error("usage: node tests/schema/check_schema.mjs path/to/bpo");
  process.exit(2);
}

let passed = 0;
let failed = 0;
function check(name, ok, detail = "") {
  if (ok) {
    passed += 1;
    console.log(`ok   ${name}`);
  } else {
    failed += 1;
    console.log(`FAIL ${name}${detail ? `: ${detail}` : ""}`);
  }
}

// `bpo validate` on a file or on text given through standard input: 0 valid, 1 errors, 2 unreadable.
// The importer alone (--import-only) is what the schema describes; the rules (findings about a
// complete, consistent deal) are checked separately for fixtures and templates.
function validateStatus({ file, text }, extra = []) {
  const args = ["validate", ...extra, file ? file : "-"];
  const r = file ? spawnSync(bpo, args, { encoding: "utf8" }) : spawnSync(bpo, args, { input: text, encoding: "utf8" });
  return { status: r.status, output: (r.stdout + r.stderr).trim() };
}
const importerStatus = (input) => validateStatus(input, ["--import-only"]);
const rulesStatus = (input) => validateStatus(input);

function jsonFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".json"))
    .map((e) => join(dir, e.name))
    .sort();
}

const shortName = (file) => file.slice(root.length + 1);
const errorsText = (errors) =>
  (errors || []).map((e) => `${e.instancePath || "/"} ${e.message}`).join("; ");

// ---- the schema itself --------------------------------------------------------------------
const printed = execFileSync(bpo, ["schema"], { encoding: "utf8" });
const asset = readFileSync(join(root, "assets/schema/bpo-agreement.v1.schema.json"), "utf8");
check("bpo schema prints the published asset", printed === asset);
const generated = execFileSync(bpo, ["schema", "--generate"], { encoding: "utf8" });
check("the published asset equals the schema generated from the importer", generated === asset);

// multipleOfPrecision: percent numbers such as 12.34 are not exact binary multiples of 0.01,
// so multipleOf is compared with the tolerance the schema's percent description asks for.
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, multipleOfPrecision: 7 });
addFormats(ajv);
let validate;
try {
  validate = ajv.compile(JSON.parse(printed));
  check("the schema compiles under ajv draft 2020-12 in strict mode", true);
} catch (e) {
  check("the schema compiles under ajv draft 2020-12 in strict mode", false, e.message);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(1);
}

// Both sides must say "valid" (expectValid) or both "invalid".
function agree(name, { file, text }, expectValid) {
  const body = file ? readFileSync(file, "utf8") : text;
  let data;
  try {
    data = JSON.parse(body);
  } catch (e) {
    check(name, false, `not JSON: ${e.message}`);
    return;
  }
  const schemaValid = validate(data);
  const importer = importerStatus({ file, text });
  const importerValid = importer.status === 0;
  const ok = schemaValid === expectValid && importerValid === expectValid;
  check(
    `${name}: schema ${schemaValid ? "valid" : "invalid"}, importer ${importerValid ? "valid" : "invalid"}`,
    ok,
    ok ? "" : `schema: ${errorsText(validate.errors) || "ok"} | importer: ${importer.output}`,
  );
}

// ---- fixtures and templates: valid for both ------------------------------------------------
const fixtures = join(root, "tests/fixtures");
// Realistic documents must also pass the rules without an error-severity finding.
function passesRules(name, input) {
  const r = rulesStatus(input);
  check(`${name}: no error-severity finding from the rules`, r.status === 0, r.output.split("\n").filter((l) => / error /.test(l)).join(" | "));
}

for (const file of jsonFiles(fixtures)) {
  agree(`fixture ${shortName(file)}`, { file }, true);
  passesRules(`fixture ${shortName(file)}`, { file });
}

for (const file of jsonFiles(join(fixtures, "v0"))) {
  const r = spawnSync(bpo, ["normalize", file], { encoding: "utf8" });
  const ok = r.status === 0 && validate(JSON.parse(r.stdout));
  check(`migrated ${shortName(file)} is valid v1 for the schema`, ok, r.stderr || errorsText(validate.errors));
}

const listing = execFileSync(bpo, ["new", "--list"], { encoding: "utf8" });
const mixes = [];
let inMixes = false;
for (const line of listing.split("\n")) {
  if (line.startsWith("service mixes:")) inMixes = true;
  else if (!line.startsWith("  ")) inMixes = false;
  else if (inMixes) mixes.push(line.trim().split(/\s+/)[0]);
}
check("bpo new --list names service mixes", mixes.length > 0, listing);
for (const profile of ["startup", "midsize", "enterprise"]) {
  for (const mix of mixes) {
    const text = execFileSync(bpo, ["new", "--profile", profile, "--services", mix, "--effective-date", "2025-01-01"], {
      encoding: "utf8",
    });
    agree(`template ${profile}/${mix}`, { text }, true);
    passesRules(`template ${profile}/${mix}`, { text });
  }
}
agree("template blank", { text: execFileSync(bpo, ["new", "--blank"], { encoding: "utf8" }) }, true);

// ---- invalid documents: refused by both ----------------------------------------------------
for (const file of jsonFiles(join(fixtures, "invalid"))) agree(`invalid ${shortName(file)}`, { file }, false);

// What a schema cannot express (unique ids, links between rows, duplicate keys): the importer
// refuses these; the schema accepts them. Checked so a change on either side is noticed.
for (const file of jsonFiles(join(fixtures, "invalid/beyond-schema"))) {
  const data = JSON.parse(readFileSync(file, "utf8"));
  const schemaValid = validate(data);
  const importer = importerStatus({ file });
  check(
    `beyond schema ${shortName(file)}: importer refuses, schema accepts`,
    importer.status === 1 && schemaValid,
    `importer ${importer.status} ${importer.output}`,
  );
}

// ---- edge cases of the scales, both ways -------------------------------------------------
const header = '"format": "bpo-agreement", "version": 1';
const cases = [
  ["percent with two decimals", `{${header}, "credits": {"atRiskPercent": 12.34}}`, true],
  ["percent 0.01", `{${header}, "credits": {"atRiskPercent": 0.01}}`, true],
  ["percent with three decimals", `{${header}, "credits": {"atRiskPercent": 0.125}}`, false],
  ["percent above the maximum", `{${header}, "credits": {"poolPercent": 100000.01}}`, false],
  ["leap day", `{${header}, "term": {"effectiveDate": "2024-02-29"}}`, true],
  ["not a leap day", `{${header}, "term": {"effectiveDate": "2100-02-29"}}`, false],
  ["year zero", `{${header}, "term": {"effectiveDate": "0000-01-01"}}`, false],
  ["null date", `{${header}, "term": {"effectiveDate": null}}`, true],
  ["whole number written as 12.0", `{${header}, "term": {"initialTermMonths": 12.0}}`, true],
  ["money at 2^53-1", `{${header}, "pricing": {"fixedMonthlyFeeMinor": 9007199254740991}}`, true],
  ["null optional target", `{${header}, "serviceLevels": [{"id": "sl-1", "expected": null}]}`, true],
  ["row without id", `{${header}, "services": [{"name": "Custom"}]}`, true],
  ["id of 65 characters", `{${header}, "services": [{"id": "${"a".repeat(65)}"}]}`, false],
  ["anything under extensions", `{${header}, "extensions": {"x": [1, {"y": null}], "z~/": true}}`, true],
  ["version 0 is not v1 for the schema", `{"format": "bpo-agreement", "version": 0}`, null],
];
for (const [name, text, expectValid] of cases) {
  if (expectValid === null) {
    // Older versions are the importer's business (migration); the v1 schema refuses them.
    const schemaValid = validate(JSON.parse(text));
    check(`${name}: importer migrates, schema refuses`, importerStatus({ text }).status === 0 && !schemaValid);
  } else {
    agree(name, { text }, expectValid);
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

// NOT the CareCheck extension: a throwaway stand-in that implements the e2e DOM contract with
// regexes, used only to check that the e2e tests themselves work (CARECHECK_DIST=tests/e2e/contract-mock).
function analyze(text) {
  const findings = [];
  const add = (re, label, replacement) => { for (const m of text.matchAll(re)) findings.push({ start: m.index, end: m.index + m[0].length, label, severity: 'high', reason: label + ' identifies someone', replacement, advice: '' }); };
  add(/NHS \d{3} \d{3} \d{4}/g, 'NHS_NUMBER', '[NHS number]');
  add(/\b(?:Mrs|Mr|Ms|Dr) [A-Z][a-z]+ [A-Z][a-z]+/g, 'PERSON', 'a patient');
  findings.sort((a, b) => a.start - b.start);
  return { schemaVersion: 1, risk: findings.length ? 'high' : 'none', score: findings.length ? 0.9 : 0, findings, reasons: [] };
}
chrome.runtime.onMessage.addListener((msg, sender, reply) => {
  if (msg?.type === 'analyze') { setTimeout(() => reply(analyze(msg.text)), 5); return true; }
});

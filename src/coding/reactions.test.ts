/** Threats and reactions: the threat of the right kind, coded in place of the act it threatens; condemnations, claims and denials aimed at the actor of the act they answer. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../pipeline/processor.ts';
import { parsePartialDate } from './dates.ts';
import type { EventRecord, Lang } from '../types.ts';

const coder = await createCoder();
function code(text: string, lang: Lang): EventRecord[] {
  return coder.code({ id: 't', text, published: parsePartialDate('2024-10-01'), bodyStart: 0, lang, messages: [] }).events;
}

test('"threatened to attack": a force threat by the subject, and no attack of its own (CAMEO codes the threat)', () => {
  const es = code('China has threatened to attack Taiwan.', 'en');
  const threat = es.find((e) => e.root === '13');
  assert.ok(threat, 'the threat is coded');
  assert.equal(threat.code, '138');
  assert.equal(`${threat.source?.code}>${threat.target?.code}`, 'CHNGOV>TWN');
  assert.equal(threat.status, 'actual');
  assert.deepEqual(es.filter((e) => e.root === '19'), [], 'the threatened attack has not happened');
});

test('"drohte, … anzugreifen", "threatened to kill … unless": only the threat, the threatened act is no event', () => {
  const de = code('Der türkische Regierungschef drohte den Kurden, ihre Stellungen anzugreifen.', 'de');
  assert.deepEqual(de.map((e) => e.root), ['13']);
  const en = code('Iraqi militants threatened to kill a British hostage unless Iraqi women detainees are freed.', 'en');
  assert.ok(en.some((e) => e.code === '139'));
  assert.ok(!en.some((e) => e.root === '18'), 'no killing coded');
});

test('threat of sanctions becomes 1312; its target comes from the threatened act', () => {
  const es = code('The European Union threatened to impose sanctions on Myanmar.', 'en');
  const threat = es.find((e) => e.root === '13');
  assert.ok(threat);
  assert.equal(threat.code, '1312');
  assert.equal(threat.target?.code, 'MMR');
  assert.deepEqual(es.filter((e) => e.root === '16'), [], 'the threatened sanctions are not coded on their own');
});

test('a threat with no named victim is aimed at the country where the act would happen', () => {
  const es = code('The rebels of the Free Aceh Movement threatened to set off bombs in Indonesia.', 'en');
  const threat = es.find((e) => e.root === '13');
  assert.ok(threat);
  assert.equal(threat.target?.code, 'IDN');
});

test('"unless" makes the threat an ultimatum', () => {
  const es = code('Hamas threatened to kill an Israeli hostage unless Israel released prisoners.', 'en');
  assert.equal(es.find((e) => e.root === '13')?.code, '139');
});

test('"condemned the attack": a reaction to an earlier act is aimed at its actor; a claim of responsibility at its victim', () => {
  const es = code('Al-Shabaab attacked a shopping mall in Nairobi on Saturday. The African Union condemned the attack. Al-Shabaab claimed responsibility for the attack.', 'en');
  const condemn = es.find((e) => e.root === '11');
  assert.ok(condemn, 'the condemnation is coded');
  assert.equal(condemn.target?.code.slice(0, 3), 'SOM', 'aimed at the attacker');
  const claim = es.find((e) => e.code.startsWith('015'));
  assert.ok(claim, 'the claim is coded');
  assert.equal(claim.target?.code.slice(0, 3), 'KEN', 'a claim of responsibility names the victim');
});

test('the one a threat\'s condition is put to is its target ("falls Khartum nicht handelt")', () => {
  const es = code('Washington droht mit Sanktionen im UN-Sicherheitsrat, falls Khartum nicht handelt.', 'de');
  const threat = es.find((e) => e.root === '13');
  assert.ok(threat, 'the threat is coded');
  assert.equal(threat.code, '1312');
  assert.equal(`${threat.source?.code}>${threat.target?.code}`, 'USA>SDN');
});

test('a denial answers the latest accuser', () => {
  const es = code('India accused Pakistan of sheltering militants. Pakistan denied the charge.', 'en');
  const denial = es.find((e) => e.code.startsWith('016'));
  assert.ok(denial, 'the denial is coded');
  assert.equal(`${denial.source?.code.slice(0, 3)}>${denial.target?.code.slice(0, 3)}`, 'PAK>IND');
});

test('a rejection with no named target answers the latest demand made to the one who rejects', () => {
  const es = code('Die Europäische Union forderte Usbekistan zu einer unabhängigen Untersuchung auf. Das usbekische Außenministerium lehnte dies ab.', 'de');
  const rej = es.find((e) => e.root === '12');
  assert.ok(rej, 'the rejection is coded');
  assert.equal(`${rej.source?.code}>${rej.target?.code.slice(0, 3)}`, 'UZBGOV>EUU');
});

test('the focus target of a reaction is none of those who react ("Russia and the United States condemned the attack")', () => {
  const es = code('Russia and the United States condemned the attack.', 'en').filter((e) => e.root === '11');
  assert.ok(es.every((e) => !['RUS', 'USA'].includes(e.target?.code.slice(0, 3) ?? '')), es.map((e) => `${e.source?.code}>${e.target?.code}`).join());
});

test('a word for any act ("das Vorgehen", "the move") makes a reaction aim at the actor of the latest act', () => {
  const de = code('Äthiopische Kampfflugzeuge haben den Flughafen von Mogadischu bombardiert. Die Afrikanische Union bezeichnete das Vorgehen als Selbstverteidigung.', 'de');
  const defence = de.find((e) => e.code === '052');
  assert.ok(defence, 'the verbal defence is coded');
  assert.equal(`${defence.source?.code}>${defence.target?.code}`, 'IGOOAU>ETH');
  const en = code('Russian warplanes bombed Idlib on Monday. The United States condemned the move.', 'en');
  const condemn = en.find((e) => e.root === '11');
  assert.ok(condemn, 'the condemnation is coded');
  assert.equal(condemn.target?.code.slice(0, 3), 'RUS');
});

test('an act of force or sanction announced on a condition is a threat made now; a show of force or a passive is not', () => {
  const es = code('Israel bombed Gaza on Tuesday. Hamas said it would widen its attacks on Israel if the bombing did not stop.', 'en');
  const threat = es.find((e) => e.root === '13');
  assert.ok(threat, 'the threat is coded');
  assert.equal(`${threat.code} ${threat.source?.code.slice(0, 3)}>${threat.target?.code} ${threat.status}`, '138 PSE>ISR actual');
  const de = code('Die Hamas erklärte, sie werde Ortschaften in Israel angreifen, wenn die Angriffe nicht aufhörten.', 'de');
  assert.equal(de.find((e) => e.trigger.text === 'angreifen')?.code, '138');
  const show = code('Sollte China eine Seeblockade verhängen, würden die USA ihre Marinepräsenz in der Region verstärken.', 'de');
  assert.ok(!show.some((e) => e.root === '13' && e.source?.code.startsWith('USA')), 'a show of force stays what it is');
  const passive = code('Die Frauen würden häufig angegriffen, wenn sie das Lager in Darfur verließen.', 'de');
  assert.ok(!passive.some((e) => e.root === '13'), 'a passive announces nothing');
});

test('a warning with a that-clause is aimed at the clause\'s named subject; about the speaker\'s own forces, at whom they would act against', () => {
  const eu = code('EU foreign policy chief Federica Mogherini warned that Turkey could not join the bloc if it reintroduced the death penalty.', 'en').find((e) => e.root === '13');
  assert.equal(`${eu?.source?.code.slice(0, 3)}>${eu?.target?.code}`, 'EUU>TUR');
  const gang = code('Kenyan police officers arrived in Port-au-Prince to fight the gangs. The leader of the main gang coalition warned that his fighters would resist any foreign force.', 'en').find((e) => e.root === '13');
  assert.ok(gang, 'a warning about its own fighters is a threat');
  assert.equal(`${gang.source?.code}>${gang.target?.code ?? null}`, 'HTICRM>KEN', 'the foreign force is the Kenyan police just named');
  const econ = code('Federal Reserve chairman Alan Greenspan has warned that the government could decide to raise taxes.', 'en');
  assert.ok(!econ.some((e) => e.root === '13'), 'a warning about a government decision is no threat');
});

test('a cut in relations announced on a condition is a threat to the one the condition is put to', () => {
  const pak = code('Pakistan said on Thursday that Islamabad could suspend the 1972 Simla Agreement if India continued its attacks.', 'en').find((e) => e.trigger.text === 'suspend');
  assert.equal(`${pak?.root} ${pak?.source?.code.slice(0, 3)}>${pak?.target?.code.slice(0, 3)}`, '13 PAK>IND');
  const irn = code('Iran will pull out of the nuclear Non-Proliferation Treaty and develop its atomic programme in secret if Western nations threaten it.', 'en').find((e) => e.trigger.text === 'pull');
  assert.equal(`${irn?.code} ${irn?.source?.code.slice(0, 3)}>${irn?.target?.code}`, '131 IRN>WST');
});

test('a state named by its name is the bare country as the target of a denial, though it had the government role as accuser', () => {
  const es = code('The Democratic Republic of Congo accused neighbouring Rwanda of sending its soldiers to fight alongside the rebels, a charge Kigali has repeatedly denied.', 'en');
  const accusation = es.find((e) => e.root === '11');
  assert.equal(accusation?.source?.code, 'CODGOV', 'the accuser is coded by the English convention for a named state');
  const denial = es.find((e) => e.code.startsWith('016'));
  assert.equal(`${denial?.source?.code}>${denial?.target?.code}`, 'RWAGOV>COD');
});

test('force a side says it could use is a threat by that side; another side\'s "could" stays speculation', () => {
  const es = code('A senior Iranian military official said Sunday that Iran could strike back anywhere in Israel with its latest missile.', 'en');
  const threat = es.find((e) => e.root === '13');
  assert.equal(`${threat?.code} ${threat?.source?.code.slice(0, 3)}>${threat?.target?.code} ${threat?.status}`, '138 IRN>ISR actual');
  assert.ok(!es.some((e) => e.root === '19'), 'no strike coded');
  const other = code('An Israeli analyst said Sunday that Iran could strike Israel with its latest missile.', 'en');
  assert.ok(!other.some((e) => e.root === '13'), other.map((e) => e.code).join());
});

test('"warned its missiles could hit": the act after a modal is what the warning threatens, no event of its own', () => {
  const es = code('Iran warned that its missiles could hit anywhere in Israel.', 'en');
  assert.deepEqual(es.map((e) => `${e.root} ${e.source?.code.slice(0, 3)}>${e.target?.code.slice(0, 3)}`), ['13 IRN>ISR']);
});

test('"warned that his supporters would continue to blockade government offices": the opposition leader\'s followers, a threat to the government at home', () => {
  const es = code('Opposition leader Viktor Yushchenko pressed for the prime minister\'s removal and warned that his supporters would continue to blockade government offices.', 'en');
  const threat = es.find((e) => e.root === '13');
  assert.equal(`${threat?.source?.code}>${threat?.target?.code}`, 'UKROPP>UKRGOV');
});

/** Behaviour of the coding stages on single sentences: roles, status, coreference, time, attribution. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../pipeline/processor.ts';
import { parsePartialDate } from './dates.ts';
import type { EventRecord, Lang } from '../types.ts';

/** assert.ok with a message always: without one, a failing assert.ok reads this large file back to quote the expression, which
 * under tsx takes minutes (a failure would stall the run instead of failing it) */
function ok(value: unknown, message = 'expected a truthy value'): asserts value {
  assert.ok(value, message);
}
const coder = await createCoder();
/** a text coded as one document (its actors, sentences and events) */
function coded(text: string, lang: Lang, published = '2025-06-23') {
  return coder.code({ id: 't', text, published: parsePartialDate(published), bodyStart: 0, lang, messages: [] });
}
function code(text: string, lang: Lang, published = '2025-06-23'): EventRecord[] {
  return coded(text, lang, published).events;
}
const find = (es: EventRecord[], root: string) => es.find((e) => e.root === root);
/** an event's source and target codes as "SRC>TGT" */
const dyad = (e: EventRecord | undefined) => `${e?.source?.code}>${e?.target?.code}`;

test('separable verb "warf … vor": accusation with source group and target', () => {
  const es = code('Der Westen und die Ukraine werfen Pjöngjang außerdem vor, Russland Granaten geliefert zu haben.', 'de');
  const acc = es.filter((e) => e.root === '11');
  assert.deepEqual(acc.map(dyad).sort(), ['UKR>PRK', 'WST>PRK']);
  const deed = find(es, '07');
  ok(deed, 'the delivery is coded');
  assert.equal(deed.status, 'alleged');
  assert.equal(deed.source?.code, 'PRK', 'the accused is the actor of the alleged deed');
  assert.equal(deed.target?.code, 'RUS');
});

test('German title + name, future auxiliary makes the event planned, weekday resolves forward', () => {
  const [e] = code('Präsident Wladimir Putin werde den iranischen Präsidenten Massud Peseschkian am Freitag empfangen.', 'de').filter((x) => x.root === '04');
  assert.equal(e.source?.code, 'RUSGOV');
  assert.equal(e.target?.code, 'IRNGOV');
  assert.equal(e.status, 'planned');
  assert.equal(e.date, '2025-06-27');
  assert.equal(e.date_precision, 'day');
});

test('negation and past tense weekday', () => {
  const es = code('Am Montag hat die Türkei die Angriffe auf Syrien nicht verurteilt.', 'de', '2025-06-25');
  const e = find(es, '11');
  ok(e);
  assert.equal(e.status, 'negated');
  assert.equal(e.date, '2025-06-23');
});

test('pronoun "er" takes the subject-most male person of the previous sentence', () => {
  const es = code('Putin traf am Montag Erdoğan in Ankara. Er lobte die Beziehungen zur Türkei.', 'de');
  const praise = find(es, '05');
  ok(praise);
  assert.equal(praise.source?.code.slice(0, 3), 'RUS');
  assert.equal(praise.source?.text, 'Er');
});

test('"beide Länder" stands for the last two countries and a cooperative act pairs them', () => {
  const es = code('Russland und der Iran verhandeln seit Monaten. Beide Länder haben ihre Zusammenarbeit ausgebaut.', 'de');
  const e = es.find((x) => x.sentence === 1);
  ok(e);
  assert.deepEqual([e.source?.code, e.target?.code].sort(), ['IRN', 'RUS']);
});

test('English: attribution, passive with agent, dateline actors are not parties', () => {
  const es = code('NAIROBI (Reuters) - Kenyan police arrested 20 protesters on Tuesday, according to officials.', 'en', '2008-01-10');
  const e = find(es, '17');
  ok(e);
  assert.equal(e.source?.code, 'KENCOP');
  assert.equal(e.date, '2008-01-08');
  ok(e.attribution, 'attribution kept');
  const p = find(code('The embassy was attacked by Hezbollah militants in Beirut.', 'en', '2006-07-01'), '18') ?? find(code('The embassy was attacked by Hezbollah militants in Beirut.', 'en', '2006-07-01'), '19');
  ok(p);
  assert.equal(p.source?.code.slice(0, 3), 'LBN');
});

test('every span of actors and triggers slices the original text', () => {
  const text = 'date 2024-10\nDer Kreml-Chef hat die „freundschaftlichen“ Beziehungen zwischen Teheran und Moskau gelobt.';
  const doc = coder.code({ id: 'x', text, published: parsePartialDate('2024-10'), bodyStart: 13, lang: 'de', messages: [] });
  ok(doc.events.length > 0);
  for (const e of doc.events) {
    assert.equal(text.slice(e.trigger.span[0], e.trigger.span[1]), e.trigger.text);
    assert.equal(text.slice(e.span[0], e.span[1]), e.evidence);
    if (e.source) assert.equal(text.slice(e.source.span[0], e.source.span[1]), e.source.text);
  }
  assert.equal(doc.events[0].source?.code, 'RUSGOV', 'Kreml-Chef is the Russian government');
});

test('negation by contraction and by a governing verb of failure or refusal', () => {
  assert.equal(code("Chinese and Taiwanese leaders haven't met since 1949.", 'en').find((e) => e.root === '04')?.status, 'negated');
  assert.equal(code('Germany stopped short of endorsing Brazil.', 'en').find((e) => e.root === '05')?.status, 'negated');
  const hand = code('Serbia was criticised for failing to arrest and hand over war crimes suspects to Croatia.', 'en').filter((e) => e.trigger.text === 'hand');
  ok(hand.length && hand.every((e) => e.status === 'negated'));
});

test('"appealed to both sides" of a civil war: the country whose government and rebels fight', () => {
  const es = code('Government troops and LURD rebels fought in Monrovia. The United Nations appealed to both sides to respect the ceasefire.', 'en', '2003-07-01');
  const appeal = es.find((e) => e.root === '02');
  ok(appeal, 'the appeal is coded');
  assert.equal(dyad(appeal), 'UNO>LBR');
});

test('agent + "from"/"aus" + country: "officials from Iran", "Diplomaten aus Russland"', () => {
  assert.equal(code('Officials from Iran met the French ambassador.', 'en').find((e) => e.root === '04')?.source?.code, 'IRNGOV');
  assert.equal(code('Diplomaten aus Russland trafen den französischen Botschafter.', 'de').find((e) => e.root === '04')?.source?.code.slice(0, 3), 'RUS');
});

test('troops sent are the sender\'s own; the destination is the target', () => {
  const es = code('The United States is sending 600 marines and relief supplies to the Philippines.', 'en');
  const sent = es.filter((e) => ['06', '07', '15'].includes(e.root));
  ok(sent.length, 'the sending is coded');
  ok(sent.every((e) => e.target?.code === 'PHL'), sent.map((e) => e.target?.code).join());
});

test('a condemnation is aimed at the act\'s named actor ("military actions by Rwanda in the DRC")', () => {
  const es = code('The UN Security Council condemned military actions by Rwanda in the Democratic Republic of Congo.', 'en');
  assert.equal(es.find((e) => e.root === '11')?.target?.code.slice(0, 3), 'RWA');
});

test('a blockade by soldiers is force (191) aimed at the place blocked', () => {
  const e = code('Israeli forces blocked main roads in Gaza on Tuesday.', 'en').find((x) => x.root === '19');
  ok(e, 'coded as force');
  assert.equal(e.code, '191');
  assert.equal(dyad(e), 'ISRMIL>PSE');
});

test('"after"/"as" open a clause when a verb follows: targets do not leak out of it; "struck back" is one verb', () => {
  const es = code("Israel's army struck back in Gaza after a rocket attack killed two Israeli children.", 'en');
  const strike = es.find((e) => e.trigger.text === 'struck');
  ok(strike, 'the strike is coded');
  assert.equal(strike.target?.code, 'PSE', 'the victim of the strike is not in the after-clause');
  ok(!es.some((e) => e.trigger.text === 'back'), '"back" is the particle of "struck"');
  // a preposition "after" opens no clause
  const talks = code('Iran met the European Union after talks in Geneva.', 'en').find((e) => e.root === '04');
  assert.equal(talks?.target?.code, 'EUU');
});

test('"the country" refers to an actor named before it, not to a place named with "in"', () => {
  const es = code('The UN Security Council condemned military actions by Rwanda in the Democratic Republic of Congo and demanded the country immediately withdraw its troops.', 'en');
  assert.equal(es.find((e) => e.trigger.text === 'demanded')?.target?.code, 'RWA');
});

test('a separable verb with its particle beats the plain verb ("lieferte … aus" is extradition, not delivery)', () => {
  const e = code('Russland lieferte den Verdächtigen an Georgien aus.', 'de').find((x) => x.trigger.text === 'lieferte');
  assert.equal(e?.code, '063');
  assert.equal(dyad(e), 'RUS>GEO');
});

test('compound heads after a verb prefix are other nouns: "Bundestagsausschuss" is no shot, "Überforderung" no demand', () => {
  const es = code('Der Vorsitzende des Bundestagsausschusses warnte Frankreich vor einer Überforderung der Ukraine.', 'de');
  ok(!es.some((e) => e.trigger.text.includes('ausschuss') || e.trigger.text === 'Überforderung'), es.map((e) => e.trigger.text).join());
  const war = code('Die Militäroffensive Israels gegen die Hamas dauert an.', 'de');
  ok(war.some((e) => e.trigger.text === 'Militäroffensive'), 'a real compound head still fires');
});

test('a German participle between article and noun is an adjective, no event ("der verbotenen Arbeiterpartei")', () => {
  const es = code('Die Türkei verhandelte mit Vertretern der verbotenen Arbeiterpartei Kurdistans.', 'de');
  ok(!es.some((e) => e.trigger.text === 'verbotenen'), es.map((e) => e.trigger.text).join());
});

test('English to-infinitives take the subject of their own clause ("Russia plans to sign …", "Putin is expected to sign …")', () => {
  const a = code('Russia plans to sign an agreement with Turkey.', 'en').find((e) => e.root === '05');
  assert.equal(dyad(a), 'RUSGOV>TUR');
  assert.equal(a?.status, 'planned');
  const b = code('Putin is expected to sign several economic cooperation agreements with Turkey.', 'en').find((e) => e.root === '05');
  assert.equal(b?.source?.code.slice(0, 3), 'RUS');
});

test('after a verb of forcing the one forced is the actor of the infinitive ("forced Israel to withdraw"); after an appeal the one asked is its target', () => {
  const w = code('The rebels forced Israel to withdraw its troops from Gaza.', 'en').find((e) => e.trigger.text === 'withdraw');
  assert.equal(w?.source?.code, 'ISRGOV');
  const appeal = code('The United Nations urged Israel to withdraw its troops from Gaza.', 'en');
  assert.equal(appeal.find((e) => e.root === '02')?.target?.code, 'ISR');
});

test('a light verb takes the code of the longer noun it governs ("launched air strikes" is 195); a pair agreeing is mutual', () => {
  const es = code('The United States and Britain launched air strikes against Houthi targets in Yemen.', 'en');
  ok(es.length && es.every((e) => e.root === '19'), es.map((e) => e.code).join());
  const truce = code('India and Pakistan agreed to a ceasefire along the Line of Control.', 'en').filter((e) => e.root === '08');
  ok(truce.some((e) => dyad(e) === 'INDGOV>PAK'), truce.map(dyad).join());
});

test('a recalled ambassador is the country\'s own: the target is the country after to/from/aus', () => {
  assert.equal(code('Turkey has recalled its ambassador to the Netherlands.', 'en').find((e) => e.root === '16')?.target?.code, 'NLD');
});

test('"accused X of killing civilians": the gerund is the alleged deed of the accused; "protested to China" names the target', () => {
  const es = code("Sudan's army accused the Rapid Support Forces of killing civilians in Darfur.", 'en');
  const deed = es.find((e) => e.trigger.text === 'killing');
  ok(deed, 'the alleged killing is coded');
  assert.equal(deed.status, 'alleged');
  assert.equal(deed.source?.code, 'SDNREB');
  // (a country protesting to another makes an official complaint)
  assert.equal(code('Japan protested to China over the detention of a Japanese citizen.', 'en').find((e) => e.code === '114')?.target?.code, 'CHN');
});

test('quantities ("tens of thousands of people") are subjects; an English -ing clause has the main clause\'s subject', () => {
  const p = code('Tens of thousands of people protested in Tbilisi against the government.', 'en').find((e) => e.root === '14');
  assert.equal(p?.source?.code, 'GEO');
  const k = code('Rebels of the LURD shelled Monrovia on Monday, killing dozens of civilians.', 'en', '2003-07-22').find((e) => e.trigger.text === 'killing');
  assert.equal(k?.source?.code, 'LBRREB');
});

test('a genitive armed force right after an attack noun is the attacker ("ein Luftangriff der israelischen Armee")', () => {
  const e = code('Bei einem Luftangriff der israelischen Armee im Gazastreifen sind zwölf Menschen getötet worden.', 'de').find((x) => x.trigger.text === 'Luftangriff');
  assert.equal(dyad(e), 'ISRMIL>PSE');
});

test('a town taken or shelled is the target country of the force ("die Stadt Goma eingenommen")', () => {
  const e = code('Die Rebellen der M23 haben die Stadt Goma eingenommen.', 'de').find((x) => x.root === '19');
  assert.equal(dyad(e), 'CODREB>COD');
});

test('the content of an accusation noun ("charges that …", "den Vorwurf, dass …") is alleged', () => {
  const e = code('Washington stepped up its charges that Damascus was sheltering insurgent leaders.', 'en').find((x) => x.trigger.text === 'sheltering');
  assert.equal(e?.status, 'alleged');
});

test('a named state as source follows the language\'s convention: English codes the government (the military for force), German the bare country', () => {
  const rejected = code('Sudan rejected the draft resolution on Darfur.', 'en').find((e) => e.root === '12');
  assert.equal(rejected?.source?.code, 'SDNGOV');
  const bombed = code('Israel bombed targets in Gaza on Sunday.', 'en').find((e) => e.root === '19');
  assert.equal(bombed?.source?.code, 'ISRMIL');
  // adjectives and demonyms stay the country; targets stay as named
  const chinese = code('Chinese protesters attacked the Japanese embassy.', 'en').find((e) => e.trigger.text === 'attacked');
  ok(chinese && chinese.source?.code.length === 3, `${chinese?.source?.code}`);
  assert.equal(rejected?.target, null);
  const de = code('Russland lehnte die Resolution ab.', 'de').find((e) => e.root === '12');
  assert.equal(de?.source?.code, 'RUS');
});

test('a hyphenated origin ("US-based", "Russian-made") is no party, an author ("US-sponsored") is', () => {
  const blamed = code('Erdogan blamed the US-based cleric Fethullah Gulen for the plot.', 'en').find((e) => e.root === '11');
  ok(blamed, 'the accusation is coded');
  assert.notEqual(blamed.target?.code.slice(0, 3), 'USA');
  const rejected = code('Sudan rejected a US-sponsored draft resolution.', 'en').find((e) => e.root === '12');
  assert.equal(rejected?.target?.code.slice(0, 3), 'USA');
});

test('German verb-final participles that look like the present ("wurden … bombardiert") are read as passive', () => {
  const es = code('Israel griff am Montag Gaza an. Dabei wurden erneut Stellungen der Hamas bombardiert.', 'de').filter((e) => e.trigger.text === 'bombardiert');
  ok(es.length, 'the bombing is coded');
  ok(es.every((e) => e.target?.code.startsWith('PSE') && e.source?.code.slice(0, 3) === 'ISR'), es.map(dyad).join());
  const active = code('Israel bombardiert seit Tagen Stellungen der Hamas.', 'de').find((e) => e.trigger.text === 'bombardiert');
  assert.equal(`${active?.source?.code.slice(0, 3)}>${active?.target?.code}`, 'ISR>PSEREB');
});

test('an English reduced relative is passive: "hostages held by al-Shabaab gunmen" are the gunmen\'s deed', () => {
  const held = code('Kenyan police freed hostages held by al-Shabaab gunmen.', 'en').find((e) => e.trigger.text === 'held');
  assert.equal(`${held?.source?.code.slice(0, 3)}>${held?.target?.code.slice(0, 3)}`, 'SOM>KEN');
});

test('what an appeal asks for has not happened and is no event: the appeal to the one asked is ("forderte Ägypten auf, Mursi freizulassen")', () => {
  for (const text of ['Deutschland forderte Ägypten auf, Mursi freizulassen.', 'Gestern forderte Deutschland Ägypten auf, Mursi freizulassen.']) {
    const es = code(text, 'de');
    assert.deepEqual(es.map((e) => `${dyad(e)} ${e.root}`), ['DEU>EGY 02'], text);
  }
  const en = code('Germany urged Egypt to release the detained journalists.', 'en');
  ok(!en.some((e) => e.root === '08'), en.map((e) => e.code).join());
  ok(en.some((e) => e.root === '02' && e.target?.code === 'EGY'), en.map(dyad).join());
});

test('a yield refused with will/would is a rejection, not a negated yield ("would not hand over power" 1234, "will not release" 1243)', () => {
  const power = code('Lukashenko said he would not hand over power to the opposition.', 'en').find((e) => e.trigger.text === 'hand');
  assert.equal(power?.code, '1234');
  assert.equal(power?.status, 'actual');
  const sailors = code('Iran will not release the British sailors.', 'en').find((e) => e.trigger.text === 'release');
  assert.equal(`${sailors?.code} ${sailors?.status}`, '1243 actual');
  const past = code('Iran did not release the British sailors.', 'en').filter((e) => e.root === '12');
  assert.equal(past.length, 0, 'a plain negated past stays what it is');
});

test('a verb taken as another verb\'s with-word is no event of its own, an infinitive it governs still is', () => {
  const es = code('Japan lodges protest with China over the incident.', 'en');
  ok(!es.some((e) => e.trigger.text === 'protest'), es.map((e) => `${e.code} ${e.trigger.text}`).join());
  const threat = code('Maoist rebels threatened to attack any vehicles on the main roads of Nepal.', 'en');
  ok(threat.some((e) => e.root === '13'), threat.map((e) => `${e.code} ${e.trigger.text}`).join());
});

test('a verb whose actors stand only after "between" pairs them ("Peace talks between Darfur rebels and the Sudanese Government have resumed")', () => {
  const es = code('Peace talks between Darfur rebels and the Sudanese Government have resumed.', 'en').filter((e) => e.root === '04');
  ok(es.some((e) => e.source?.code === 'SDNREB' && e.target?.code === 'SDNGOV'), es.map(dyad).join());
});

test('a pattern\'s without-words keep it from firing ("haben tausende Todesopfer gefordert" is no demand)', () => {
  const dead = code('Die Kämpfe zwischen Armee und Rebellen im Sudan haben tausende Todesopfer gefordert.', 'de');
  ok(!dead.some((e) => e.root === '10'), dead.map((e) => `${e.code} ${e.trigger.text}`).join());
  const demand = code('Russland forderte von der Ukraine die Freilassung der Gefangenen.', 'de');
  ok(demand.some((e) => e.trigger.text === 'forderte'), demand.map((e) => `${e.code} ${e.trigger.text}`).join());
});

test('a town followed by its country ("Palma im Norden Mosambiks") lies in that country, whatever other town of that name the gazetteer knows', () => {
  const es = code('Islamistische Aufständische haben die Kontrolle über die Küstenstadt Palma im Norden Mosambiks übernommen.', 'de').filter((e) => e.root === '19');
  ok(es.length && es.every((e) => e.target?.code === 'MOZ'), es.map(dyad).join());
});

test('a coordinated subject offers or mediates for others, not to each other; a reflexive pair helps each other', () => {
  const es = code('Saudi Arabia and Qatar offered to mediate.', 'en');
  ok(es.length >= 2);
  ok(es.every((e) => e.target === null), es.map(dyad).join(' '));
  assert.deepEqual(es.filter((e) => e.code === '039').map((e) => e.source?.code.slice(0, 3)).sort(), ['QAT', 'SAU']);
  const help = code('Russland und Nordkorea wollen sich im Falle eines Angriffs militärische Hilfe leisten.', 'de').filter((e) => e.root === '07');
  ok(help.some((e) => e.source?.code === 'RUS' && e.target?.code === 'PRK'));
});

test('", and" after a single actor joins clauses, not a list; an Oxford comma ends a list', () => {
  const es = code('Peru sent troops, and the United States offered security assistance.', 'en');
  const offer = es.filter((e) => e.trigger.text === 'offered');
  assert.deepEqual(offer.map((e) => e.source?.code), ['USAGOV']);
  const cond = code('France, Britain, and the United States condemned Iran.', 'en').filter((e) => e.root === '11');
  assert.deepEqual(cond.map((e) => e.source?.code.slice(0, 3)).sort(), ['FRA', 'GBR', 'USA']);
});

test('English subjects: after a conjunction-preposition, before a relative clause, and of a body ("Delegates at …")', () => {
  const fired = code('Thai jets struck targets after Cambodian troops fired rockets into Thai border villages.', 'en').find((e) => e.trigger.text === 'fired');
  assert.equal(fired?.source?.code, 'KHMMIL');
  const agreed = code('Algeria, which had opposed foreign intervention, agreed to open its airspace to French military jets.', 'en').find((e) => e.trigger.text === 'agreed');
  assert.equal(agreed?.source?.code, 'DZAGOV');
  const called = code("Delegates at Iraq's National Conference called on the cleric Muqtada al-Sadr to abandon his uprising.", 'en').find((e) => e.trigger.text === 'called');
  assert.equal(called?.source?.code.slice(0, 3), 'IRQ');
  const jets = code('Thai F-16 fighter jets struck Cambodian military targets.', 'en').find((e) => e.root === '19');
  assert.equal(jets?.source?.code, 'THAMIL', 'a model name between nationality and agent');
});

test('a capital named by an actor of its own country is its government; a relative "who" needs no comma', () => {
  const es = code('The talks resumed after a boycott by Sudanese rebels who accused Khartoum of violating a ceasefire.', 'en');
  const acc = es.find((e) => e.root === '11');
  assert.equal(acc?.source?.code, 'SDNREB');
  assert.equal(acc?.target?.code, 'SDNGOV');
});

test('a bare agent belongs to the topic country: the first named on a tie, places counting twice; definite rebels continue the last rebels', () => {
  const bgd = code('Bangladeshi Prime Minister Sheikh Hasina resigned and fled to India on Monday. Army chief General Waker-uz-Zaman said the military would form an interim government and promised to investigate every killing.', 'en');
  assert.equal(bgd.find((e) => e.trigger.text === 'promised')?.source?.code, 'BGDMIL');
  // (dated as the events: with the default date of these tests Hollande was a former president, who did not count for France)
  const mli = code('French warplanes bombed Islamist positions in northern Mali on Tuesday. The rebels seized the town of Diabaly on Monday after heavy fighting with the Malian army.', 'en', '2013-01-15');
  assert.equal(mli.find((e) => e.trigger.text === 'seized')?.source?.code, 'MLIREB');
  const cod = code('M23 rebels said on Monday they had taken control of Goma. Rwanda denied sending soldiers. Kinshasa cut diplomatic ties with Rwanda. The UN Security Council called on the rebels to withdraw.', 'en');
  assert.equal(cod.find((e) => e.trigger.text === 'called')?.target?.code, 'CODREB');
});

test('English: after an article a word is no finite verb ("the plan", "a fine"), a gerund still may be', () => {
  assert.equal(code('The European Union criticised the plan to tax jet fuel.', 'en').filter((e) => e.trigger.text === 'plan').length, 0);
  assert.equal(code('China faces a fine from the WTO.', 'en').filter((e) => e.trigger.text === 'fine').length, 0);
  const visit = code('North Korea gave a visiting U.N. official a very positive message.', 'en').find((e) => e.root === '04');
  assert.equal(visit?.source?.code, 'UNO', 'an attributive participle: the visitor acts');
  assert.equal(visit?.target?.code.slice(0, 3), 'PRK');
});

test('a threat to do what no pattern names is aimed at the country in focus; "its leader" of an armed group is the group', () => {
  const es = code('Boko Haram seized more than 200 schoolgirls in Chibok. The group\'s leader Abubakar Shekau threatened to sell the schoolgirls.', 'en');
  const threat = es.find((e) => e.root === '13');
  assert.equal(threat?.target?.code.slice(0, 3), 'NGA');
  const own = code('Israel said the rockets were fired by Hamas. Its fighters also attacked an army post.', 'en').find((e) => e.trigger.text === 'attacked');
  assert.equal(own?.source?.code, 'PSEREB');
});

test('German: after an apposition the clause opens with its verb and the apposition is the subject; the owner of what is criticised is the target', () => {
  const acc = code("Der UN-Hochkommissar für Menschenrechte, Seid Ra'ad al-Hussein, hat Myanmar am Montag ethnische Säuberungen vorgeworfen.", 'de', '2017-09-11').find((e) => e.root === '11');
  assert.equal(acc?.source?.code.slice(0, 3), 'UNO');
  assert.equal(acc?.target?.code, 'MMR');
  const crit = code('Russland hat die Pläne der NATO kritisiert.', 'de').find((e) => e.root === '11');
  assert.equal(crit?.source?.code, 'RUS');
  assert.equal(crit?.target?.code, 'NATO');
  assert.equal(code("In a test case over British troops' alleged abuse of Iraqi civilians, a London court backed demands for an inquiry.", 'en').filter((e) => e.trigger.text === 'alleged').length, 0, 'a participle after a possessive is an adjective');
});

test('without-phrases include the trigger ("as opposed to"); month names with dates are no verbs; a title-case headline participle is passive', () => {
  assert.equal(code('Russia wants talks with Ukraine, as opposed to Britain.', 'en').filter((e) => e.root === '11').length, 0);
  assert.equal(code('Russia opposed the plan of Britain.', 'en').filter((e) => e.root === '11').length, 1);
  assert.equal(code('Kenyan students will rally in Nairobi on 29 March.', 'en').filter((e) => e.trigger.text === 'March').length, 0);
  const head = code('14 Palestinian Militants Killed in Israeli Raid on Gaza Camp.', 'en').find((e) => e.trigger.text === 'Killed');
  ok(!head || head.source?.code.slice(0, 3) !== 'PSE', 'the victims are not the killers');
});


test('an English participle between a preposition and the actor it qualifies is an adjective ("supporters of ousted President Aristide")', () => {
  const es = code('Supporters of ousted President Jean-Bertrand Aristide clashed with police in Haiti.', 'en');
  assert.equal(es.filter((e) => e.trigger.text === 'ousted').length, 0);
  ok(es.some((e) => e.trigger.text === 'clashed'));
  // (an irregular participle too: "trial over slain Gaza girl")
  assert.deepEqual(code('Israel trial over slain Gaza girl.', 'en').filter((e) => e.trigger.text === 'slain'), []);
});

test('"both leaders" are the last two people named; an English verb after "and" shares the subject of the verb before it', () => {
  const ke = code('Opposition leader Raila Odinga accused President Mwai Kibaki of stealing the election. Washington urged both leaders to begin talks.', 'en', '2008-01-17');
  const urged = ke.filter((e) => e.trigger.text === 'urged').map((e) => e.target?.code).sort();
  assert.deepEqual(urged, ['KENGOV', 'KENOPP']);
  const my = code('Malaysian Prime Minister Anwar Ibrahim called the Thai leader and urged an immediate ceasefire.', 'en', '2025-07-25').find((e) => e.trigger.text === 'urged');
  assert.equal(my?.source?.code, 'MYSGOV');
});

test('objects beyond a coordinated verb are that verb\'s own ("condemned the attack and offered Nairobi assistance"); verbs joined directly share one', () => {
  const es = code('Al-Shabaab gunmen attacked a mall in Nairobi. The African Union condemned the attack and offered Nairobi assistance.', 'en', '2013-09-24');
  const cond = es.find((e) => e.trigger.text === 'condemned');
  assert.notEqual(cond?.target?.code.slice(0, 3), 'KEN');
  const shared = code('Iran will develop its programme in secret if Western nations threaten or put pressure on Tehran.', 'en').find((e) => e.trigger.text === 'threaten');
  assert.equal(shared?.target?.code.slice(0, 3), 'IRN');
});

test('a protest by a country\'s people with no target named is aimed at its own government', () => {
  const es = code('Thousands of Nigerian parents marched in Abuja last week.', 'en', '2014-05-10').filter((e) => e.root === '14');
  ok(es.length > 0);
  assert.equal(es[0].target?.code, 'NGAGOV');
  const de = code('Tausende Studenten demonstrierten am Sonntag in Belgrad.', 'de', '2024-12-01').filter((e) => e.root === '14');
  assert.equal(de[0]?.target?.code, 'SRBGOV');
});

test('protesters attacking is a violent protest (145); an English participle clause with no object acts on the main verb\'s', () => {
  const es = code('In Kinshasa on Tuesday, protesters attacked the embassies of Rwanda and France, setting fire to parts of the buildings.', 'en', '2025-01-29');
  const att = es.filter((e) => e.trigger.text === 'attacked');
  ok(att.length > 0 && att.every((e) => e.code === '145'));
  assert.deepEqual(es.filter((e) => e.trigger.text === 'setting').map((e) => e.target?.code.slice(0, 3)).sort(), ['FRA', 'RWA']);
  const police = code('Riot police attacked the protesters in Nairobi.', 'en').find((e) => e.trigger.text === 'attacked');
  assert.notEqual(police?.code, '145');
});

test('a rejected deal is aimed at the one who made it', () => {
  const es = code('The Colombian government and the FARC rebels signed a peace agreement on Monday. Former president Alvaro Uribe rejected the deal.', 'en', '2016-09-27');
  const rej = es.find((e) => e.trigger.text === 'rejected');
  assert.equal(rej?.target?.code.slice(0, 3), 'COL');
  assert.notEqual(rej?.target?.code, rej?.source?.code);
});

test('"they" after people named together ("X and Y said they …") is those people', () => {
  const es = code('Italian Prime Minister Silvio Berlusconi and Russian President Vladimir Putin said they welcome the Bush win.', 'en', '2004-11-04').filter((e) => e.trigger.text === 'welcome');
  assert.deepEqual(es.map((e) => e.source?.code).sort(), ['ITAGOV', 'RUSGOV']);
});

test('"rebel-held towns": the holder of the place is the target (holder_suffixes)', () => {
  const e = code('Ivorian army gunships pounded rebel-held towns in northern Ivory Coast.', 'en', '2004-11-05').find((x) => x.root === '19');
  assert.equal(e?.source?.code, 'CIVMIL');
  assert.equal(e?.target?.code, 'CIVREB');
});

test('"the country" is not a place named with "in", nor its abbreviation in parentheses', () => {
  const es = code('The UN Security Council condemned military actions by Rwanda in the eastern Democratic Republic of Congo (DRC) and demanded the country immediately withdraw any troops.', 'en');
  assert.equal(es.find((e) => e.trigger.text === 'demanded')?.target?.code, 'RWA');
});

test('German: a form that is infinitive and participle ("entlassen") is the participle next to a perfect or passive auxiliary; an agentless arrest or release at home is the state\'s act', () => {
  const rel = code('Vor dem Besuch ist in Vietnam der Dissident Nguyen Van Ly aus dem Gefängnis entlassen worden.', 'de', '2016-05-20').find((e) => e.code === '0841');
  assert.equal(rel?.source?.code, 'VNMGOV', 'the released man is not the one who releases');
  const fut = code('Präsident Wladimir Putin werde den iranischen Präsidenten Massud Peseschkian am Freitag empfangen.', 'de').find((e) => e.root === '04');
  assert.equal(fut?.source?.code, 'RUSGOV');
  assert.equal(fut?.status, 'planned');
});

test('with no date a person takes the role held longest (Gaddafi leads Libya, he is not the fugitive of his last weeks)', () => {
  const es = coder.code({ id: 'u', text: 'Libyan leader Muammar Gaddafi met Italian officials in Tripoli.', published: null, bodyStart: 0, lang: 'en', messages: [] }).actors;
  assert.equal(es.find((a) => a.text.includes('Gaddafi'))?.code, 'LBYGOV');
});

test('civilians travelling make no visit; police guarding a demonstration do not protest', () => {
  assert.equal(code('In Phuket strandeten Touristen. 211 thailändische Passagiere flogen heute Morgen nach Bangkok weiter.', 'de').filter((e) => e.root === '04').length, 0);
  assert.equal(code('1300 thailändische Polizisten waren bei dieser Demonstration im Einsatz.', 'de').filter((e) => e.root === '14').length, 0);
  ok(code('Der thailändische Regierungschef flog am Montag nach Peking.', 'de').some((e) => e.root === '04'), 'a leader still visits');
});

test('German "Sie" before a singular verb with a woman just named is she', () => {
  const es = code('Die frühere pakistanische Ministerpräsidentin Benazir Bhutto kehrte nach Karachi zurück. Sie kündigte Massenproteste gegen die Regierung an.', 'de', '2007-11-04');
  const p = es.find((e) => e.root === '14');
  assert.equal(p?.source?.code.slice(0, 3), 'PAK');
  assert.notEqual(p?.source?.code, 'PAKGOV');
});

test('the demands of a country\'s opposition with no target named are put to its own government', () => {
  const es = code('Nach dem Putsch in Myanmar protestierten Tausende. Suu Kyis Partei forderte die sofortige Freilassung aller Festgenommenen.', 'de', '2021-02-02');
  const d = es.find((e) => e.root === '10');
  assert.equal(d?.target?.code.slice(0, 3), 'MMR');
});

test('"a contingent of 400 Kenyan police officers": a unit of an actor acts as that actor', () => {
  const e = code('The first contingent of 400 Kenyan police officers arrived in Port-au-Prince on Tuesday.', 'en', '2024-06-26').find((x) => x.trigger.text === 'arrived');
  assert.equal(e?.source?.code, 'KENCOP');
  assert.equal(e?.target?.code, 'HTI');
});

test('"Kurz vor dem Besuch": a one-word surname opening a German sentence before a preposition is no person', () => {
  const cx = coder.code({ id: 'k', text: 'Kurz vor dem Besuch wurde der Dissident freigelassen. Kurz sagte, Österreich werde helfen.', published: parsePartialDate('2019-05-20'), bodyStart: 0, lang: 'de', messages: [] });
  const kurz = cx.actors.filter((a) => a.text === 'Kurz');
  assert.deepEqual(kurz.map((a) => a.sentence), [1]);
});

test('a headline event that the body tells again (same root, one actor in common) is not a second event', () => {
  const es = code('US vetoes Gaza resolution. The United States on Tuesday vetoed an Arab-backed resolution in the UN Security Council demanding that Israel halt its offensive in Gaza.', 'en', '2004-10-05');
  const vetoes = es.filter((e) => e.root === '12');
  ok(vetoes.length >= 1);
  ok(vetoes.every((e) => e.sentence === 1), vetoes.map((e) => `${e.sentence}:${e.trigger.text}`).join(' '));
  const lead = code('Russland und Iran haben ein Abkommen unterzeichnet. Russland und China haben ebenfalls ein Abkommen unterzeichnet.', 'de').filter((e) => e.root === '05');
  ok(lead.some((e) => e.sentence === 0), 'a lead sentence with articles or of ordinary length is no headline');
});


test('English: an actor after the verb is its object, not its subject (only speech inverts)', () => {
  ok(!code('A white delivery truck blew up outside the Australian Embassy in Jakarta.', 'en').some((e) => e.source?.code.startsWith('AUS')));
  ok(!code('Roadside bombings killed four American soldiers in Iraq.', 'en').some((e) => e.source?.code.startsWith('USA')));
});

test('coreference and reactions: "foreign governments" are no country in focus; a denial answers an accuser of the same country; a genitive organisation does not compound with the next agent', () => {
  const ask = code('Nigerian President Goodluck Jonathan asked foreign governments for help.', 'en', '2014-05-06').find((e) => e.trigger.text === 'asked');
  ok(ask, 'the appeal is coded');
  assert.equal(ask.target, null, 'foreign governments name no country');
  const den = code('Die äthiopische Regierung warf der TPLF Angriffe vor. Die TPLF wies die Vorwürfe zurück.', 'de', '2020-11-05').find((e) => e.root === '01');
  assert.equal(den?.target?.code, 'ETHGOV');
  const arr = code('Die ägyptische Polizei nahm nach Angaben der Muslimbruderschaft Demonstranten fest.', 'de', '2013-08-20').find((e) => e.root === '17');
  assert.equal(arr?.source?.code, 'EGYCOP');
  const ins = code('Die Dschihadisten kontrollieren Sirte in Libyen. Ansar al-Scharia hat die Hafenstadt im Mai unter ihre Kontrolle gebracht.', 'de', '2015-06-01');
  ok(ins.every((e) => e.target?.code !== 'EGY'));
});

test('a noun\'s target may stand after its genitive agent ("Staatsbesuch des französischen Staatspräsidenten Nicolas Sarkozy im Vereinigten Königreich")', () => {
  const e = code('Am Mittwoch begann der zweitägige Staatsbesuch des französischen Staatspräsidenten Nicolas Sarkozy im Vereinigten Königreich.', 'de', '2008-03-26').find((x) => x.root === '04');
  assert.equal(e?.source?.code.slice(0, 3), 'FRA');
  assert.equal(e?.target?.code, 'GBR');
});

test('an appeal or promise from abroad with no addressee goes to the country the story is clearly about; at home, to the other side named last', () => {
  const story = 'Protests spread across Peru on Monday. The government of Peru declared a curfew in Lima. Police in Peru arrested dozens of students. ';
  assert.equal(code(story + 'Brazil pledged support.', 'en', '2020-11-10').find((e) => e.root === '03')?.target?.code, 'PER');
  assert.equal(code(story + 'Brazil called for restraint.', 'en', '2020-11-10').find((e) => e.root === '02')?.target?.code, 'PER');
  // two countries named once each: no clear topic, no target
  assert.equal(code('Japan and Peru held talks on Monday. Brazil pledged support.', 'en', '2020-11-10').find((e) => e.root === '03')?.target, null);
  const de = code('Die Rebellen griffen in Kolumbien mehrere Dörfer an. Die kolumbianische Regierung bot am Freitag Gespräche an.', 'de', '2020-11-10').find((e) => e.root === '03');
  assert.equal(de?.source?.code, 'COLGOV');
  assert.equal(de?.target?.code, 'COLREB');
  const en = code('Rebels of the Shining Path attacked a police post in Peru. The Peruvian government later signed a ceasefire agreement.', 'en', '2020-11-10').find((e) => e.root === '05');
  assert.equal(en?.target?.code, 'PERREB');
});

test('a dateline\'s place is not where the sentence\'s agents are when the sentence names another ("CAIRO (AFP) -- rebels in Sudan")', () => {
  const e = code('CAIRO, Dec 17 (AFP) -- Rebels in Sudan said that the government had launched an offensive on rebel-held towns.', 'en', '2004-12-17').find((x) => x.root === '19');
  assert.equal(e?.source?.code, 'SDNGOV');
  assert.equal(e?.target?.code, 'SDNREB');
  // with no other place named, the dateline's still is ("Bamako – Soldaten …")
  const de = code('Bamako – Soldaten haben am Montag mutmaßliche Kämpfer festgenommen.', 'de', '2016-02-02').find((x) => x.root === '17');
  assert.equal(de?.source?.code, 'MLIMIL');
});

test('an accusation governs its own clauses, not what follows a later verb of saying', () => {
  const es = code('Rebels attacked Monrovia on Monday. President Charles Taylor accused the rebels of trying to seize power and said his troops would defend the capital.', 'en', '2003-06-10');
  ok(!es.some((e) => e.source?.code === 'LBRREB' && e.root === '05'), 'the troops\' defence is not an alleged act of the rebels');
});

test('"Die Regierung" after a story\'s own government is its government, not a bare country description', () => {
  const es = code('Der äthiopische Ministerpräsident Abiy Ahmed ordnete eine Offensive gegen die Regionalregierung an. Er warf der TPLF Angriffe auf die Bundesarmee vor. Die Regierung verhängte einen Ausnahmezustand über die Region.', 'de', '2020-11-05');
  const e = es.find((x) => x.code.startsWith('172'));
  assert.equal(e?.source?.code, 'ETHGOV');
  assert.equal(e?.target?.code, 'ETH');
});

test('police force with no victim named is aimed at its own country; a later contrasting clause gives no focus', () => {
  const es = code('Venezuela criticised the coup in Honduras. Thousands of supporters rallied in the capital, and Honduran police used tear gas to drive them back.', 'en', '2009-06-30');
  assert.equal(es.find((e) => e.root === '17')?.target?.code, 'HND');
  const th = code('Soldiers cracked down on protesters in Myanmar. The European Union threatened to tighten sanctions if the crackdown continued, while China called for restraint.', 'en', '2007-09-27');
  assert.notEqual(th.find((e) => e.root === '13')?.target?.code, 'CHN');
});

test('the object of a German verb may be a list with commas; "Besuch von Präsident X" is no passive agent', () => {
  const es = code('In Pakistan hat die Polizei nach Angaben der Opposition mehr als 1500 Anwälte, Richter und Regierungskritiker festgenommen.', 'de', '2007-11-06');
  ok(es.some((e) => e.root === '17' && e.source?.code === 'PAKCOP' && e.target?.code.startsWith('PAK')));
  const vn = code('Hanoi – Kurz vor dem Besuch von Präsident Barack Obama in Vietnam ist der Priester, Blogger und Dissident Nguyen Van Ly aus dem Gefängnis entlassen worden.', 'de', '2016-05-20');
  ok(!vn.some((e) => e.root === '08' && e.source?.code.startsWith('USA')), 'Obama did not release him');
});

test('militants are not of the country a sentence sets them against; a condemned act is one that happened, not one called for', () => {
  const es = code('Äthiopische Kampfflugzeuge haben am Montag Mogadischu bombardiert. Ministerpräsident Meles Zenawi erklärte, sein Land befinde sich im Krieg mit den Islamisten in Somalia. Die Islamisten riefen zum Heiligen Krieg gegen Äthiopien auf. Die Arabische Liga verurteilte den Einmarsch.', 'de', '2006-12-27');
  const call = es.find((e) => e.trigger.text === 'riefen');
  assert.equal(call?.source?.code.slice(0, 3), 'SOM');
  assert.equal(es.find((e) => e.root === '11')?.target?.code.slice(0, 3), 'ETH');
});

test('"von X aus" closes its phrase: the noun after "aus" is the object ("rief von New York aus die Armee auf")', () => {
  const es = code('Das thailändische Militär hat die Macht übernommen. Thaksin rief von New York aus die Armee auf, nichts Unüberlegtes zu tun.', 'de', '2006-09-20');
  assert.equal(es.find((e) => e.root === '02')?.target?.code, 'THAMIL');
});

test('a place named in another clause does not place an agent ("…, während sich Thaksin in New York aufhielt")', () => {
  const es = code('Das thailändische Militär hat die Macht übernommen. Panzer und Soldaten umstellten den Regierungssitz, während sich Thaksin in New York aufhielt.', 'de', '2006-09-20');
  const e = es.find((x) => x.trigger.text === 'umstellten');
  assert.equal(e?.source?.code, 'THAMIL');
  assert.equal(e?.target?.code, 'THAGOV');
});

test('"both sides" of a civil war are its country; the one who appeals is none of them', () => {
  const es = code('Rebels shelled Monrovia in Liberia on Monday. The Liberian army fought back. Nigerian peacekeepers arrived. UN Secretary-General Kofi Annan appealed to both sides to respect the ceasefire.', 'en', '2003-07-22');
  const e = es.find((x) => x.trigger.text === 'appealed');
  assert.equal(e?.target?.code, 'LBR');
  ok(!es.some((x) => x.trigger.text === 'appealed' && x.target?.code === 'UNO'));
});

test('"called on X to …" is an appeal to X; "forced X to withdraw its troops from Georgia": X acts, the troops are its own', () => {
  const es = code('The EU called on Russia to withdraw its troops from Georgia.', 'en', '2008-08-20');
  assert.deepEqual(es.map((e) => `${dyad(e)} ${e.root}`), ['EUU>RUS 02']);
  const w = code('International pressure forced Russia to withdraw its troops from Georgia.', 'en', '2008-08-20').find((e) => e.root === '08');
  assert.equal(w?.source?.code.slice(0, 3), 'RUS');
  assert.equal(w?.target?.code, 'GEO');
  const de = code('Der internationale Druck zwang Russland, seine Truppen aus Georgien abzuziehen.', 'de', '2008-08-20').find((e) => e.root === '08');
  assert.equal(dyad(de), 'RUS>GEO');
});

test('"charges that X did Y" accuse X; "rejected allegations that …" stays a denial', () => {
  const es = code('The United States failed to win a promise from the United Nations to increase its staff in Iraq as Washington stepped up its charges that Damascus was sheltering insurgent leaders.', 'en', '2004-12-01');
  const acc = es.find((e) => e.root === '11');
  assert.equal(acc?.source?.code.slice(0, 3), 'USA');
  assert.equal(acc?.target?.code.slice(0, 3), 'SYR');
  const den = code('Mohamed ElBaradei of the International Atomic Energy Agency angrily rejected allegations that he had collaborated with Iran.', 'en', '2004-12-01');
  ok(den.some((e) => e.trigger.text === 'rejected' && e.root !== '11'));
});

test('an offensive against a country\'s own rebels with no actor named is its army\'s, unless another country stands before it', () => {
  const es = code('Im Jemen kämpfen Huthi-Rebellen gegen die Regierung. Aden – Nur einen Tag nach Beginn einer Offensive gegen die Rebellen ist Jemens Präsident Hadi aus seinem saudi-arabischen Exil zurückgekehrt.', 'de', '2015-09-22');
  assert.equal(es.find((e) => e.trigger.text === 'Offensive')?.source?.code, 'YEMMIL');
  const war = code('Ministerpräsident Meles Zenawi erklärte, sein Land befinde sich im Krieg mit der Union islamischer Gerichte in Somalia.', 'de', '2006-12-27');
  ok(!war.some((e) => e.source?.code === 'SOMMIL'));
});

test('"both leaders" with no two people named are the governments of the last two countries, not the speaker\'s', () => {
  const es = code('Thai jets struck Cambodian positions. Cambodian troops fired rockets into Thailand. Malaysian Prime Minister Anwar Ibrahim called both leaders on Friday.', 'en', '2025-07-25');
  const calls = es.filter((e) => e.trigger.text === 'called').map((e) => e.target?.code).sort();
  assert.deepEqual(calls, ['KHMGOV', 'THAGOV']);
});

test('mediation may name no parties ("Egypt has tried to broker a truce"), but an insurance broker mediates nothing', () => {
  ok(code('Egypt has tried to broker a truce.', 'en', '2014-07-20').some((e) => e.code === '045' && e.source?.code.startsWith('EGY')));
  ok(!code('Prosecutors allege that Marsh, the biggest insurance broker in the United States, fixed bids.', 'en', '2004-10-20').some((e) => e.code === '045'));
});

test('a verb that goes on the main clause after "und" is no alleged deed of the accused ("warf Musharraf vor, …, und kündigte Massenproteste an")', () => {
  const es = code('Die frühere Ministerpräsidentin Benazir Bhutto wurde nicht festgenommen. Sie warf Musharraf vor, das Land in eine Diktatur zu verwandeln, und kündigte Massenproteste an.', 'de', '2007-11-05');
  const p = es.find((e) => e.root === '14');
  assert.equal(p?.source?.code, 'PAKOPP');
  assert.notEqual(p?.status, 'alleged');
});

test('a worry about a country named in its own clause is about that country; a policy review with no one named is about the story\'s country', () => {
  const w = code('Außenminister Guido Westerwelle sprach von einem schweren Rückschlag für die Demokratie in Ägypten.', 'de', '2013-07-04').find((e) => e.code === '012');
  assert.equal(w?.target?.code, 'EGY');
  const story = 'Pakistan verhängte den Ausnahmezustand. Die Polizei in Pakistan nahm Anwälte fest. Die Regierung Pakistans setzte die Verfassung außer Kraft. ';
  assert.equal(code(story + 'Washington erklärte, es werde seine Militärhilfe überprüfen.', 'de', '2007-11-05').find((e) => e.code === '014')?.target?.code, 'PAK');
});

test('the German genitive after a demand or a lawsuit is who makes it ("eine Forderung der EU-Außenminister", "die Klage der EU-Kommission gegen Deutschland")', () => {
  const es = code('Eine Forderung der EU-Außenminister nach einer sofortigen Waffenruhe lehnte das israelische Sicherheitskabinett ab.', 'de', '2006-08-01');
  assert.equal(es.find((e) => e.root === '10')?.source?.code, 'EUU');
  assert.equal(es.find((e) => e.root === '12')?.target?.code, 'EUU', 'the rejection answers the demand');
  const k = code('Die Klage der EU-Kommission gegen die Bundesrepublik Deutschland ist seit März anhängig.', 'de', '2007-05-01').find((e) => e.root === '11');
  assert.equal(k?.source?.code, 'EUU');
  assert.equal(k?.target?.code, 'DEU');
});

test('the head of a hyphenated compound is a with-word ("F-22-Kampfflugzeuge"); "US-Dollar" is a currency, no actor', () => {
  const es = code('Die US-Streitkräfte haben zwei F-22-Kampfflugzeuge nach Rumänien entsandt.', 'de', '2015-08-30');
  ok(es.some((e) => e.source?.code.startsWith('USA') && e.target?.code === 'ROU'));
  assert.equal(code('Im Durchschnitt werden pro Monat 150 US-Dollar nach Mexiko überwiesen.', 'de', '2010-05-01').filter((e) => e.source?.code.startsWith('USA')).length, 0);
});

test('a German participle before "und" can still end a passive ("wird … ein Reiseverbot verhängt und …")', () => {
  const es = code('Der UN-Sicherheitsrat hat Sanktionen gegen Libyen beschlossen. Die Sanktionen bestehen zum einen aus einem Waffenembargo, zum anderen wird gegen Muammar al-Gaddafi und weitere Regierungsmitglieder ein Reiseverbot verhängt und ihre Konten werden gesperrt.', 'de', '2011-02-27');
  const e = es.find((x) => x.trigger.text === 'verhängt');
  assert.equal(e?.source?.code, 'UNO');
  assert.equal(e?.target?.code.slice(0, 3), 'LBY');
});

test('German "man … sich" of an agreement is the two sides just named ("einigte man sich")', () => {
  const e = code('Serbien und das Kosovo verhandelten in Brüssel. Zudem einigte man sich über die gemeinsame Verwaltung der Grenzübergänge.', 'de', '2013-04-19').find((x) => x.trigger.text === 'einigte');
  assert.deepEqual([e?.source?.code, e?.target?.code].sort(), ['SRB', 'XKX']);
});

test('a resolution with no other target is the United Nations\' when the story named them; "man sich" without an agreement is nobody', () => {
  const e = code('Der UN-Sicherheitsrat verabschiedete am Freitag eine Resolution. Die israelische Regierung stimmte der Resolution mit einer Enthaltung zu.', 'de', '2006-08-13').find((x) => x.source?.code === 'ISRGOV');
  assert.equal(e?.target?.code, 'UNO');
  assert.equal(code('Finnland schickt Hunde nach Rom. Von den finnischen Hunden verspricht man sich nun Erfolg.', 'de', '2009-01-01').filter((x) => x.trigger.text === 'verspricht').length, 0);
});

test('praise of an act is aimed at its actor (the state, for its army), like condemnation', () => {
  const e = code('Russian troops attacked Georgia on Friday. Belarus praised the attack on Saturday.', 'en', '2008-08-10').find((x) => x.root === '05');
  assert.equal(e?.target?.code, 'RUS');
});

test('"vetoed a resolution demanding a pullout of Israeli forces": the veto is aimed at the UN, the participle\'s object is its own', () => {
  const es = code('The U.N. Security Council met on Monday. The United States on Tuesday vetoed an Arab-backed resolution demanding an immediate end to military operations in Gaza and a pullout of Israeli forces.', 'en', '2004-10-05');
  assert.equal(es.find((e) => e.trigger.text === 'vetoed')?.target?.code, 'UNO');
});

test('what a UN resolution calls for, the UN calls for ("Sudan condemned a new UN resolution calling on Khartoum to …")', () => {
  const es = code('AFP - Sudan has condemned as  quot;unfair quot; a new UN resolution calling on Khartoum to restore security to the crisis-wracked Darfur region or face sanctions.', 'en', '2004-07-31');
  const call = es.find((e) => e.trigger.text === 'calling');
  assert.equal(call?.source?.code, 'UNO');
  assert.equal(call?.target?.code.slice(0, 3), 'SDN');
});

test('forces an organisation sends are no target of its sending: the country they go to is', () => {
  const es = code('Rebels shelled Monrovia in Liberia. Liberian troops fought the rebels in Liberia. The Economic Community of West African States said it would deploy an advance force of Nigerian peacekeepers within days.', 'en', '2003-07-22');
  assert.equal(es.find((e) => e.trigger.text === 'deploy')?.target?.code, 'LBR');
});

test('"the country" is not the subject of its own clause: "… and Germany suspended development aid to the country"', () => {
  const es = code('Taliban fighters entered Kabul in Afghanistan. The United States and Britain sent troops to Afghanistan. The Taliban did not attack the soldiers, a NATO official said, and Germany suspended development aid to the country.', 'en', '2021-08-16');
  assert.equal(es.find((e) => e.trigger.text === 'suspended')?.target?.code, 'AFG');
});

test('forces with no nationality after a verb of sending are the refuser\'s own: the refusal is aimed at the destination', () => {
  const es = code('Rebels shelled Monrovia on Monday. Washington has so far declined to send ground troops to Liberia.', 'en', '2003-07-22');
  const refusal = es.find((e) => e.root === '12');
  ok(refusal, 'the refusal is coded');
  assert.equal(dyad(refusal), 'USAGOV>LBR');
});

test('English: a state closing a border acts as its government, a state bombing as its military (state_source_roles by code, then root)', () => {
  const es = code('Thailand closed all border crossings with Cambodia on Monday after the clashes. Thailand bombed Cambodian positions on Tuesday.', 'en', '2025-07-25');
  assert.equal(es.find((e) => e.code === '191')?.source?.code, 'THAGOV');
  assert.equal(es.find((e) => e.root === '19' && e.code !== '191')?.source?.code, 'THAMIL');
});

test('human rights groups with no country named are transnational (NGO), not of the country in focus', () => {
  const es = code('Kenyan police officers arrived in Haiti on Tuesday. Human rights groups have criticised the Kenyan police for past abuses.', 'en', '2024-06-26');
  assert.equal(es.find((e) => e.root === '11')?.source?.code, 'NGOHRI');
});

test('"X remains detained" is a lasting passive: X is the one detained, by whoever last used force on X', () => {
  const es = code('Niger\'s soldiers ousted President Mohamed Bazoum on July 26. Bazoum, who remains detained with his family in the presidential palace in Niamey, has not been released.', 'en', '2023-08-10');
  const detained = es.find((e) => e.code === '173');
  ok(detained, 'the detention is coded');
  assert.equal(dyad(detained), 'NERMIL>NERGOV');
});

test('a definite event noun with no actor is the event told before, by the same word first; its time is kept', () => {
  const es = code('Islamistische Aufständische haben am Mittwoch die Kontrolle über die Küstenstadt Palma im Norden Mosambiks übernommen. Der Angriff wurde von Hunderten Kämpfern geführt. Die Armee habe eine Offensive zur Rückeroberung der Stadt begonnen, erklärte die Regierung in Maputo. Die USA verurteilten den Angriff als Terrorakt.', 'de', '2021-03-29');
  const told = es.filter((e) => e.trigger.text === 'Angriff' && e.root === '19');
  ok(told.length >= 1, 'the attack is coded where it is told again');
  ok(told.every((e) => e.source?.code === 'MOZREB'), 'by the insurgents, not by the army whose offensive came later');
  const offensive = es.find((e) => e.trigger.text === 'begonnen');
  assert.equal(dyad(offensive), 'MOZMIL>MOZREB', 'the army at home fights the other side named last');
  assert.equal(es.find((e) => e.root === '11')?.target?.code, 'MOZREB');
});

test('an agreement of a visitor that names no partner is with the host of the visit told just before', () => {
  const es = code('Russian President Vladimir Putin is making a two-day official visit to Turkey. Mr. Putin is expected to sign several economic cooperation agreements.', 'en', '2004-12-05');
  const sign = es.find((e) => e.code === '057');
  ok(sign, 'the signing is coded');
  assert.equal(dyad(sign), 'RUSGOV>TUR');
});

test('taking part in an armed operation is force; not taking part is that force negated', () => {
  const de = code('Deutschland beteiligt sich nicht an dem Einsatz gegen Libyen.', 'de', '2011-03-20').find((e) => e.root === '19');
  assert.equal(`${dyad(de)} ${de?.status}`, 'DEU>LBY negated');
  const en = code('Britain participated in the air strikes against Syria.', 'en', '2018-04-15').find((e) => e.root === '19');
  assert.equal(`${en?.source?.code.slice(0, 3)}>${en?.target?.code} ${en?.status}`, 'GBR>SYR actual');
});

test('withdrawing from an election is a boycott of the government\'s vote, in both languages', () => {
  const de = code('Simbabwes Oppositionsführer Morgan Tsvangirai hat sich am Sonntag aus der Stichwahl um das Präsidentenamt zurückgezogen.', 'de', '2008-06-23').find((e) => e.root === '14');
  assert.equal(`${de?.code} ${dyad(de)}`, '143 ZWEOPP>ZWEGOV');
  const en = code('Zimbabwe\'s opposition leader Morgan Tsvangirai withdrew from the runoff on Sunday.', 'en', '2008-06-23').find((e) => e.root === '14');
  assert.equal(`${en?.code} ${dyad(en)}`, '143 ZWEOPP>ZWEGOV');
});

test('a definite agent continues the last agent with the same noun; a refused act is no event of its own', () => {
  const hti = code('The first contingent of 400 Kenyan police officers arrived in Port-au-Prince on Tuesday. Haitian Prime Minister Garry Conille welcomed the officers at the airport.', 'en', '2024-06-26');
  assert.equal(hti.find((e) => e.trigger.text === 'welcomed')?.target?.code, 'KENCOP');
  const ner = code('Niger\'s military rulers have refused to meet ECOWAS envoys.', 'en', '2023-08-10');
  ok(ner.some((e) => e.root === '12'), 'the refusal is coded');
  ok(!ner.some((e) => e.trigger.text === 'meet'), 'the meeting refused is no event');
});

test('cheering crowds greeting a visitor host no visit; the visit itself stands', () => {
  const es = code('Abiy arrived in the Eritrean capital on Sunday, the first visit by an Ethiopian leader in two decades, and was greeted by cheering crowds.', 'en', '2018-07-09');
  ok(es.some((e) => e.code === '042' && e.source?.code === 'ETHGOV'), 'the visit is coded');
  ok(!es.some((e) => e.code === '043'), 'the crowds host nothing');
});

test('insurgents and separatists are written as rebels in the events, as the gold standards do; the mention keeps its role', () => {
  const r = coded('Islamistische Aufständische haben die Stadt Palma in Mosambik erobert.', 'de', '2021-03-29');
  assert.equal(r.events.find((e) => e.root === '19')?.source?.code, 'MOZREB');
  ok(r.actors.some((a) => a.code === 'MOZINS'), 'the mention is still an insurgent');
});

test('radicals attacking or attacked in armed conflict are written as rebels; radicals otherwise keep their role', () => {
  const mli = code('French warplanes bombed Islamist positions in northern Mali on Tuesday.', 'en', '2013-01-15');
  assert.equal(mli.find((e) => e.root === '19')?.target?.code, 'MLIREB');
  const fra = code('Police in Paris arrested Islamists who had protested outside the embassy.', 'en', '2013-01-15');
  ok(!fra.some((e) => e.target?.code?.endsWith('REB')), 'an arrest (17) is no armed conflict');
});

test('the detention a release ends is no arrest of its own', () => {
  const es = code('President Mohammed Shahabuddin dissolved parliament and ordered the release of opposition leader Khaleda Zia from house arrest.', 'en', '2024-08-06');
  ok(es.some((e) => e.code === '0841'), 'the release is coded');
  ok(!es.some((e) => e.root === '17' && e.trigger.text === 'arrest'), 'no arrest');
});

test('a list of one country\'s people of different roles is that country; the two sides of a conflict stay two targets', () => {
  const tur = code('Turkish authorities have detained more than 7,500 soldiers, judges and police officers since the coup attempt.', 'en', '2016-07-19');
  const detained = tur.filter((e) => e.code === '173');
  assert.deepEqual(detained.map((e) => e.target?.code), ['TUR']);
  const civ = code('The U.N. Security Council voted to punish key government and rebel leaders in Ivory Coast with sanctions.', 'en', '2004-11-16');
  ok(new Set(civ.filter((e) => e.root === '16').map((e) => e.target?.code)).size >= 2, 'government and rebels are both targets');
});

test('German: giving someone hours or days to leave is an expulsion of them', () => {
  const es = code('Staatschef Nicolás Maduro brach daraufhin die diplomatischen Beziehungen zu den USA ab und gab den amerikanischen Diplomaten 72 Stunden Zeit, das Land zu verlassen.', 'de', '2019-01-24');
  const expel = es.find((e) => e.code === '174');
  assert.equal(dyad(expel), 'VENGOV>USAGOV');
});

test('the demands of a country\'s soldiers with no one named are put to its government', () => {
  const es = code('Guinea-Bissau Soldiers Stage Mutiny. Mutinous soldiers demanding pay for peacekeeping duty abroad seized key buildings in the capital.', 'en', '2004-10-07');
  const demand = es.find((e) => e.root === '10');
  assert.equal(dyad(demand), 'GNBMIL>GNBGOV');
});

test('German: "die Beamten" after the police are the police; a riot with no target answers their force', () => {
  const es = code('Die Polizei in Hongkong hat am Montag die Universität umstellt. Die Beamten setzten Tränengas und Gummigeschosse ein, die Demonstranten warfen Brandsätze.', 'de', '2019-11-19');
  const gas = es.find((e) => e.code === '175');
  assert.equal(dyad(gas), 'HKGCOP>HKG');
  const riot = es.find((e) => e.code === '145');
  assert.equal(dyad(riot), 'HKG>HKGCOP');
});

test('German: a correlate ("davor,") lets a verb find its with-word in the clause it announces', () => {
  const es = code('China warnte die USA am Dienstag davor, sich in die inneren Angelegenheiten Hongkongs einzumischen.', 'de', '2019-11-19');
  ok(es.some((e) => e.code === '130' && e.source?.code === 'CHN' && e.target?.code === 'USA'), JSON.stringify(es.map((e) => e.code)));
});

test('German: a noun pattern opening with an adjective matches, its "an" names the victim, and an accusation of it makes it alleged', () => {
  const es = code('Die Vereinten Nationen haben Myanmar am Montag ethnische Säuberungen an der muslimischen Minderheit der Rohingya vorgeworfen.', 'de', '2017-09-12');
  const deed = es.find((e) => e.code === '203');
  assert.equal(dyad(deed), 'MMR>MMR');
  assert.equal(deed?.status, 'alleged');
  ok(es.some((e) => e.root === '11' && e.target?.code === 'MMR'), 'the accusation stays an accusation');
  // the accused is not the victim the deed's noun names: no deed with the victim as its actor
  const geno = code('Präsident Chirac besuchte Armenien. Bei dem Staatsbesuch bezichtigten Sie die Türken des Völkermordes an den Armeniern.', 'de', '2006-10-12');
  ok(!geno.some((e) => e.code === '203' && e.source?.code === 'ARM'));
});

test('an attack told as what the subject acts after was on the subject, and stays an event beside the act', () => {
  const es = code('Israel hat nach dem Großangriff der Hamas vom Samstag eine vollständige Blockade des Gazastreifens verhängt.', 'de', '2023-10-09');
  const attack = es.find((e) => e.root === '19' && e.trigger.text === 'Großangriff');
  assert.equal(dyad(attack), 'PSEREB>ISR');
  ok(es.some((e) => e.code === '191' && e.source?.code === 'ISR'));
});

test('a claim of responsibility for an act told before is aimed at its victim', () => {
  const es = code('Islamistische Aufständische haben die Kontrolle über die Küstenstadt Palma im Norden Mosambiks übernommen. Der Angriff hatte am Mittwoch begonnen. Die Terrormiliz Islamischer Staat reklamierte den Angriff am Montag für sich.', 'de', '2021-03-29');
  const claim = es.find((e) => e.code === '015');
  assert.equal(claim?.target?.code, 'MOZ');
});

test('a noun object of a second verb after "und" has the first verb\'s subject; a finite verb with its own subject after ", und" is no content', () => {
  const es = code('Armenien verhängte das Kriegsrecht und ordnete eine Generalmobilmachung an.', 'de', '2020-09-28');
  assert.equal(es.find((e) => e.code === '154')?.source?.code, 'ARM');
  const pt = code('Portugal bot an, 60 Soldaten zur Ausbildung der mosambikanischen Streitkräfte zu entsenden, und die USA verurteilten den Angriff als Terrorakt.', 'de', '2021-03-29');
  assert.equal(pt.find((e) => e.root === '11')?.status, 'actual');
});

test('an adjective before "und" shares the agent of a hyphenated compound ("französische und UN-Kampfhubschrauber")', () => {
  const es = code('Zuvor hatten französische und UN-Kampfhubschrauber die Residenz Gbagbos beschossen.', 'de', '2011-04-12');
  assert.deepEqual(es.filter((e) => e.root === '19').map((e) => e.source?.code).sort(), ['FRAMIL', 'UNOMIL']);
});

test('German genitive owners: "Soldaten der NATO-geführten Schutztruppe" are NATO\'s; "Mitglieder der Organisation" belong to the organisation named last', () => {
  const kfor = coded('Bei Zusammenstößen im Norden des Kosovo sind am Montag rund 30 Soldaten der NATO-geführten Schutztruppe KFOR verletzt worden.', 'de', '2023-05-30').actors;
  assert.equal(kfor.find((a) => a.text === 'Soldaten')?.code, 'NATO');
  assert.equal(kfor.find((a) => a.text.startsWith('NATO-geführten'))?.code, 'NATO', 'a four-letter organisation code is not cut to three letters');
  const es = code('Das ägyptische Militär hat Präsident Mohammed Mursi abgesetzt. Nach Angaben der Muslimbruderschaft nahmen Sicherheitskräfte Hunderte Mitglieder der Organisation fest.', 'de', '2013-07-04');
  assert.equal(es.find((e) => e.code === '173')?.target?.code, 'EGYOPP');
});

test('a person the document has called former stays former in later mentions', () => {
  const es = code('Truppen von Alassane Ouattara haben am Montag den abgewählten Staatschef Laurent Gbagbo in Abidjan festgenommen. Gbagbos Sprecher warf Frankreich vor, einen Staatsstreich durchgeführt zu haben.', 'de', '2011-04-12');
  assert.equal(es.find((e) => e.code.startsWith('11'))?.source?.code, 'CIV');
});

test('a reaction to an act a state\'s army or government did is aimed at the state', () => {
  const es = code('Äthiopische Kampfflugzeuge bombardierten den Flughafen von Mogadischu. Die Arabische Liga verurteilte den Einmarsch.', 'de', '2006-12-26');
  assert.equal(es.find((e) => e.root === '11')?.target?.code, 'ETH');
});

test('the forces a deployment moves are not its target when their country is only guessed', () => {
  const es = code('Bei Zusammenstößen mit serbischen Demonstranten im Norden des Kosovo sind am Montag rund 30 Soldaten verletzt worden. Die NATO kündigte am Dienstag an, 700 zusätzliche Soldaten in die Region zu verlegen.', 'de', '2023-05-30');
  const dep = es.find((e) => e.code === '154');
  ok(dep && dep.target?.code !== 'SRBMIL', JSON.stringify(dep?.target));
});

test('a demand for a release is put to whoever holds the prisoners; a demand for a return is not', () => {
  const es = code('Das Militär in Myanmar hat am Montag die Macht übernommen und die faktische Regierungschefin Aung San Suu Kyi festgenommen. Suu Kyis Partei forderte die sofortige Freilassung aller Festgenommenen.', 'de', '2021-02-02');
  assert.equal(es.find((e) => e.code === '1053')?.target?.code, 'MMRMIL');
  const de = code('Das ägyptische Militär hat am Mittwochabend Präsident Mohammed Mursi abgesetzt und festgenommen. Bundesaußenminister Guido Westerwelle forderte, Mursi freizulassen.', 'de', '2013-07-04');
  assert.equal(de.find((e) => e.root === '10')?.target?.code, 'EGYMIL');
});

test('a reaction to a coup at home is aimed at the army that took power, not the state', () => {
  const es = code('Honduran soldiers ousted President Manuel Zelaya on Sunday. The Organization of American States condemned the coup.', 'en', '2009-06-29');
  assert.equal(es.find((e) => e.root === '11')?.target?.code, 'HNDMIL');
});

test('a clash "mit" one side with no actor of its own is between that side and the other party; protesters in it riot', () => {
  const es = code('Bei Zusammenstößen mit serbischen Demonstranten im Norden des Kosovo sind am Montag rund 30 Soldaten der NATO-geführten Schutztruppe KFOR verletzt worden.', 'de', '2023-05-30');
  const clash = es.find((e) => e.trigger.text === 'Zusammenstößen');
  assert.equal(`${clash?.code} ${dyad(clash)}`, '145 SRB>NATO');
});

test('two sides of one country that fight each other ("sich … Gefechte geliefert") are the dyad; the capital they fight in is a place', () => {
  const es = code('Im Sudan haben sich die Armee und die paramilitärischen Rapid Support Forces (RSF) den dritten Tag in Folge heftige Gefechte in der Hauptstadt Khartum geliefert.', 'de', '2023-04-17');
  assert.deepEqual(es.filter((e) => e.root === '19').map(dyad), ['SDNMIL>SDNREB']);
});

test('an organisation stopping its work "im Land" stops aid to the country the story is about ("es" is the organisation)', () => {
  const es = code('Im Sudan kämpfen Armee und RSF um die Macht. Im Sudan wurden fast 100 Zivilisten getötet. Das Welternährungsprogramm teilte am Sonntag mit, es setze seine Arbeit im Land vorerst aus.', 'de', '2023-04-17');
  const stop = es.find((e) => e.code === '162');
  assert.equal(dyad(stop), 'UNOWFP>SDN');
});

test('a vow to defend oneself against any attack is a threat of force, made now, against the other side at home', () => {
  const es = code('Ministerpräsident Abiy Ahmed hat eine Militäroffensive gegen die TPLF angeordnet. Die TPLF wies die Vorwürfe zurück und erklärte, sie werde sich gegen jeden Angriff verteidigen.', 'de', '2020-11-05');
  const threat = es.find((e) => e.code === '138');
  assert.equal(`${threat?.source?.code}>${threat?.target?.code.slice(0, 3)} ${threat?.status}`, 'ETHREB>ETH actual');
});

test('English "it" is not the agency a dateline credits; "they" right after a noun is the actor named before that noun', () => {
  const es = code('AFP - Sudan has condemned as unfair a new UN resolution, but said it would abide by the UN\'s demands.', 'en', '2004-09-20');
  assert.equal(es.find((e) => e.trigger.text === 'abide')?.source?.code, 'SDNGOV');
  const r = coded('France\'s government urged Iraqi militants on Sunday to free two French journalists they were holding hostage.', 'en', '2004-08-29');
  assert.equal(r.actors.find((a) => a.text === 'they')?.code, 'IRQREB');
});

test('rebels threatening force with no one named threaten their own country', () => {
  const es = code('MADRID (Reuters) - Five explosions were reported in different parts of Spain Monday after the Basque separatist group ETA threatened to set off a total of seven bombs.', 'en', '2004-12-06');
  const threat = es.find((e) => e.root === '13');
  assert.equal(dyad(threat), 'ESPREB>ESP');
});

test('a town named right before an agent gives its country; an English passive\'s patient stands right before the auxiliaries', () => {
  const es = code('A London court on Tuesday backed demands for an independent inquiry into claims a Basra hotel worker was beaten to death by UK soldiers.', 'en', '2004-12-14');
  const beat = es.find((e) => e.root === '18');
  assert.equal(`${beat?.source?.code}>${beat?.target?.code.slice(0, 3)}`, 'GBRMIL>IRQ');
});

test('a country written into a visit noun is where the visit goes ("Israel-Besuch", "Israelbesuch"), a country before an attack noun still attacks', () => {
  for (const text of ['Merkel sprach bei ihrem Israel-Besuch über das Thema.', 'Merkel sprach bei ihrem Israelbesuch über das Thema.']) {
    const visit = code(text, 'de', '2008-03-17').find((e) => e.root === '04');
    assert.equal(dyad(visit), 'DEUGOV>ISR', text);
  }
  assert.deepEqual(code('Der Irakkrieg begann 2003.', 'de', '2008-03-17'), [], 'a war noun has no destination');
  assert.equal(dyad(code('Die US-Angriffe auf Stellungen der Taliban gingen weiter.', 'de', '2008-03-17').find((e) => e.root === '19')), 'USA>AFGREB');
});

test('definite fighters continue a transnational militant group named just before ("die IS-Terrormiliz … Die Jihadisten", "al-Qaeda … the militants")', () => {
  const de = code('Die IS-Terrormiliz hat ihre Angriffe in Libyen verstärkt. Die Jihadisten haben die Hafenstadt Sirte im Mai unter ihre Kontrolle gebracht.', 'de', '2015-06-01');
  assert.equal(dyad(de.find((e) => e.root === '19' && e.sentence === 1)), 'IMGMOS>LBY');
  const en = code('Al-Qaeda has stepped up its campaign in Yemen. The militants attacked an army base near Aden on Tuesday.', 'en', '2015-06-01');
  assert.equal(en.find((e) => e.root === '19')?.source?.code, 'IMGMOSALQ');
});

test('a verb answering a plan, offer or charge is aimed at its author ("rejected an attempt by the government", "begrüßte den Beschluss der IAEA")', () => {
  const rej = code('Ethnic minority rebels in Darfur have rejected an attempt by the Sudanese government to divide them ahead of a new round of peace talks in Nigeria.', 'en', '2004-09-01');
  assert.deepEqual(rej.filter((e) => e.root === '12').map((e) => `${dyad(e)} ${e.code}`), ['SDNREB>SDNGOV 125'], 'the rebels are in Darfur, the rejection is of talks, aimed at the government');
  const de = code('Die deutsche Bundeskanzlerin Merkel begrüßte den Beschluss der IAEA und griff den Iran scharf an.', 'de', '2006-02-04');
  assert.equal(dyad(de.find((e) => e.root === '05')), 'DEUGOV>IGOIAE');
  const deed = code('Sudan rejected charges of genocide in the west of the country.', 'en', '2004-09-01').find((e) => e.root === '12');
  assert.notEqual(deed?.target?.code, 'WST', '"charges of genocide" names the deed, not who charges');
});

test('a verb that rejects or demands what a noun names keeps its code ("rejected peace talks" 12, not the talks 04)', () => {
  const es = code('The Maoist rebels rejected peace talks with the government of Nepal.', 'en', '2004-09-01');
  ok(es.some((e) => e.trigger.text === 'rejected' && e.root === '12'), es.map((e) => `${e.trigger.text} ${e.code}`).join());
});

test('a with-word may stand in the dass-clause after the verb: "erwartet Russland, dass Litauen … zukommen lässt" is a demand', () => {
  const es = code('Demnach erwartet Russland, dass Litauen dem Major der Luftstreitkräfte die Immunität zukommen lässt.', 'de', '2005-09-20');
  assert.equal(es.filter((e) => e.root === '10').map((e) => `${dyad(e)} ${e.code}`).join(), 'RUS>LTU 100');
});

test('a veto of a resolution is aimed at the United Nations, whatever the resolution is about', () => {
  const es = code('The United States on Tuesday vetoed an Arab-backed resolution demanding a pullout of Israeli forces from Gaza.', 'en', '2004-10-06');
  assert.equal(dyad(es.find((e) => e.code === '129')), 'USAGOV>UNO');
});

test('an agentless passive of force does not continue an actor who would be hitting its own country ("rockets were fired at an Israeli town")', () => {
  const es = code('Israeli helicopters attacked a Hamas training camp in Gaza. Israeli forces blocked main roads in Gaza after rockets were fired at an Israeli town.', 'en', '2004-09-07');
  const fired = es.find((e) => e.trigger.text === 'fired');
  ok(!fired || fired.source?.code.slice(0, 3) !== 'ISR', dyad(fired));
});

test('"sie" is never a region named as the scene ("Aufrüstung in Osteuropa … wo sie begrüßt wurden")', () => {
  const es = code('Im Rahmen der Nato-Aufrüstung in Osteuropa haben die US-Streitkräfte zwei Kampfflugzeuge nach Litauen entsandt. Am Mittwoch kamen sie auf dem litauischen Flugplatz Siauliai an, wo sie von Präsidentin Dalia Grybauskaite begrüßt wurden.', 'de', '2016-04-28');
  assert.equal(dyad(es.find((e) => e.trigger.text === 'begrüßt')), 'LTUGOV>USAMIL');
});

test('"die Präsidenten beider Länder", "the leaders of both countries": one agent for each country of the pair', () => {
  const de = code('Timor-Leste und Indonesien wollen ihre Beziehungen verbessern. Am Sonntag trafen sich die Präsidenten beider Länder auf der Insel Nias.', 'de', '2005-12-29');
  const meet = de.find((e) => e.root === '04');
  assert.deepEqual([meet?.source?.code, meet?.target?.code].sort(), ['IDNGOV', 'TLSGOV']);
  const en = code('India and Pakistan want better ties. On Sunday the foreign ministers of both countries met in Delhi.', 'en', '2005-12-29').find((e) => e.root === '04');
  assert.deepEqual([en?.source?.code, en?.target?.code].sort(), ['INDGOV', 'PAKGOV']);
});

test('"two French journalists they were holding hostage": the pronoun before the auxiliaries acts, the noun before it is acted on', () => {
  const es = code('France urged Iraqi militants on Sunday to free two French journalists they were holding hostage.', 'en', '2004-08-29');
  const hold = es.find((e) => e.trigger.text === 'holding');
  assert.equal(`${hold?.source?.code.slice(0, 3)}>${hold?.target?.code.slice(0, 3)}`, 'IRQ>FRA');
  const freed = code('Philippine communist rebels freed two soldiers they had held as prisoners of war.', 'en', '2004-08-29').find((e) => e.trigger.text === 'held');
  assert.equal(dyad(freed), 'PHLREB>PHLMIL');
});

test('an agentless passive of sanctions or aid: the organisation, German adjective or prefix qualifying the noun imposes them, a country name is their target', () => {
  const de = code('Seit 1990 wurden UN-Sanktionen gegen den Irak verhängt. Die EU-Sanktionen gegen Iran wurden verschärft.', 'de');
  assert.deepEqual(de.map((e) => `${dyad(e)} ${e.code}`), ['UNO>IRQ 163', 'EUU>IRN 163']);
  const en = code('Iraq has suffered since UN sanctions were imposed on Baghdad in 1990.', 'en');
  assert.deepEqual(en.map((e) => `${dyad(e)} ${e.code}`), ['UNO>IRQ 163']);
  // "Iran-Sanktionen der USA": sanctions on Iran, which the text does not say Iran imposes
  const against = code('Die Iran-Sanktionen der USA wurden verschärft.', 'de');
  ok(!against.some((e) => e.source?.code.startsWith('IRN')), against.map(dyad).join(' '));
});

test('the country or person an ally, partner or neighbour is named by is no party of its deeds ("Russia\'s ally Belarus", "Irans Verbündete"); an adjective is the relative\'s own nationality', () => {
  const sent = code("Russia's ally Belarus sent troops to the border.", 'en');
  assert.deepEqual(sent.map((e) => e.source?.code.slice(0, 3)), ['BLR']);
  ok(!code('Rebels attacked a key U.S. ally.', 'en').some((e) => e.target?.code.startsWith('USA')));
  ok(!code('Die Huthis beschossen Irans Verbündete.', 'de').some((e) => e.target?.code.startsWith('IRN')));
  ok(!code('Die Rebellen griffen einen Verbündeten der USA an.', 'de').some((e) => e.target?.code.startsWith('USA')));
  // "beim Bündnispartner Saudi-Arabien": the name after the noun is the partner itself
  const dyad3 = (e: EventRecord) => `${e.source?.code.slice(0, 3)}>${e.target?.code.slice(0, 3)}`;
  assert.deepEqual(code('Die USA unterstützen ihren Verbündeten Israel mit Waffen.', 'de').map(dyad3), ['USA>ISR']);
  // "its Chinese partner": a partner that is Chinese
  assert.deepEqual(code('Russia signed a gas agreement with its Chinese partner.', 'en').map(dyad3), ['RUS>CHN']);
});

test('what a plan or proposal puts forward is planned, by its author, not by whoever answers it; what a call asks for is no event; no plan negates ("a US plan to send troops", "Forderungen, … freizulassen", "nicht die Absicht")', () => {
  const en = code('Russia rejected a US plan to send troops to Syria.', 'en');
  assert.deepEqual(en.map((e) => `${dyad(e)} ${e.code} ${e.status}`), ['RUSGOV>USAGOV 1212 actual', 'USAMIL>SYR 154 planned']);
  const prop = code("China condemned Japan's proposal to sanction North Korea.", 'en').find((e) => e.root === '16');
  assert.equal(`${dyad(prop)} ${prop?.status}`, 'JPNGOV>PRK planned');
  const de = code('Russland lehnte den Plan der USA ab, Truppen nach Syrien zu schicken.', 'de').find((e) => e.root === '15');
  assert.equal(`${dyad(de).replace(/(?<=^[A-Z]{3})[A-Z]+/, '')} ${de?.status}`, 'USA>SYR planned');
  assert.deepEqual(code('Iran wies Forderungen zurück, die britischen Soldaten freizulassen.', 'de').filter((e) => e.root === '08'), []);
  const none = code('Sarkozy betonte, sein Land habe nicht die Absicht, Truppen aus Afghanistan abzuziehen.', 'de').find((e) => e.code === '0874');
  assert.equal(none?.status, 'negated');
  // "a US attack": after "a" and a name, a word is a noun; "The US attacked" stays a verb
  assert.deepEqual(code('The US attacked Iraq.', 'en').map((e) => e.trigger.text), ['attacked']);
});

test('with no captor known, a demand for a release is not put to the ones to be released', () => {
  const es = code('Thousands of Italians marched through Rome to demand the release of two aid workers.', 'en');
  ok(!es.some((e) => e.root === '10' && e.target?.code === 'ITALAB'), es.map((e) => `${dyad(e)} ${e.code}`).join(' '));
  // (a captor told before is whom it is put to)
  const told = code('Iraqi militants kidnapped two Italian aid workers. Italy demanded the release of the aid workers.', 'en').find((e) => e.root === '10');
  assert.equal(told?.target?.code.slice(0, 3), 'IRQ');
});

test('an English -ing word before a predicate is its subject, a noun: "since fighting broke out" is no fight of the subject named before', () => {
  const es = code('Israeli helicopters attacked a camp of Palestinian militants on Tuesday, one of the deadliest strikes since fighting broke out four years ago.', 'en');
  ok(!es.some((e) => e.trigger.text === 'fighting' && e.trigger.rule.startsWith('en.verb.')), es.map((e) => `${dyad(e)} ${e.trigger.rule}`).join(' '));
  // a participle clause stays a verb
  ok(code('Israeli troops attacked Gaza, killing ten Palestinian militants.', 'en').some((e) => e.trigger.text === 'killing'));
});

test('an English past form between a common noun and a preposition is a reduced relative, passive ("engineers kidnapped in Pakistan", "the ceasefire signed in Accra"); after a name, or with a verb that takes a preposition, it stays active', () => {
  assert.deepEqual(code('Chinese engineers kidnapped in Pakistan.', 'en').filter((e) => e.source?.code.startsWith('CHN')), []);
  const signed = code('Kofi Annan appealed to both sides to respect the ceasefire signed in Accra last month.', 'en');
  ok(!signed.some((e) => e.trigger.text === 'signed' && e.source?.code.startsWith('UNO')), signed.map((e) => `${dyad(e)} ${e.trigger.text}`).join(' '));
  assert.deepEqual(code("The United States welcomed on Friday Sudan's announcement.", 'en').map((e) => `${dyad(e)} ${e.code}`), ['USAGOV>SDN 051']);
  ok(code('Hundreds of Nigerian activists marched in Abuja to protest.', 'en').some((e) => e.root === '14'));
});

test('an agent of no known country takes none from a country named after a verb (its object), and holds its place as subject: no object becomes the source in its stead', () => {
  for (const [text, lang] of [['Aktivisten machen Russland für die Attacke auf ein Spital verantwortlich.', 'de'], ['Activists blamed Russia for the attack on the hospital.', 'en']] as const) {
    const es = code(text, lang);
    ok(!es.some((e) => e.root === '11' && (e.source?.code.startsWith('RUS'))), `${text}: ${es.map((e) => `${dyad(e)} ${e.code}`).join(' ')}`);
  }
  // (a dash after which a verb has its own subject ends what an accusation governs: the threat is Turkey's, made)
  const teaser = code('Aktivisten machen Russland für Attacke auf Spital verantwortlich – Türkei droht Kurden.', 'de');
  assert.deepEqual(teaser.map((e) => `${dyad(e)} ${e.code} ${e.status}`), ['TUR>KUR 130 actual']);
  // a country named where the agents are still gives theirs: "… im Norden Mosambiks übernommen"
  const palma = code('Islamistische Aufständische haben nach tagelangen Kämpfen die Kontrolle über die Küstenstadt Palma im Norden Mosambiks übernommen.', 'de');
  ok(palma.some((e) => e.source?.code === 'MOZREB'), palma.map(dyad).join(' '));
});

test('a curfew or state of emergency imposed with no agent named is the government\'s of the country the story is about; a with-noun right before a past form and "to" makes it a participle ("a curfew imposed to prevent riots")', () => {
  const en = code('Nepal capital under curfew for third day. A shoot-on-sight curfew imposed to prevent riots in Kathmandu entered its third day Friday.', 'en');
  ok(en.some((e) => e.code === '1723' && e.source?.code === 'NPLGOV'), en.map((e) => `${dyad(e)} ${e.code}`).join(' '));
  const de = code('In Thailand gingen die Proteste weiter. In Bangkok wurde am Dienstag der Ausnahmezustand verhängt.', 'de');
  ok(de.some((e) => e.code === '1724' && e.source?.code === 'THAGOV'), de.map((e) => `${dyad(e)} ${e.code}`).join(' '));
});

test('German places and agents: "Ostukraine" is a part of Ukraine; a verb between a country and an agent is no modifier ("In Syrien kämpfen Regierungstruppen"), and a place before the agent beats the same role of an earlier sentence; an attributive participle after "von …" is passive', () => {
  const ost = code('In der Ostukraine kämpfen Regierungstruppen gegen prorussische Separatisten.', 'de');
  assert.equal(ost.find((e) => e.root === '19')?.source?.code, 'UKRMIL');
  const coder2 = coded('Im Nordirak griffen Kämpfer der PKK türkische Soldaten an. In Syrien kämpfen Regierungstruppen gegen Rebellen.', 'de', '2016-01-10');
  const troops = coder2.actors.find((a) => a.text.includes('Regierungstruppen'));
  assert.equal(`${troops?.text} ${troops?.code}`, 'Regierungstruppen SYRMIL');
  const hostages = code('Im Norden Afghanistans haben Sicherheitskräfte versucht, 18 von Taliban-Kämpfern als Geiseln genommene Insassen zu befreien.', 'de');
  assert.equal(hostages.find((e) => e.root === '18')?.source?.code.slice(0, 3), 'AFG');
  ok(!hostages.some((e) => e.root === '18' && e.source?.code === 'AFGCOP'), hostages.map((e) => `${dyad(e)} ${e.code}`).join(' '));
});

test('the subject of a verb of dying is the victim of the deed a noun after it names, not its actor ("policemen died in a car bombing", "Soldaten starben bei einem Anschlag der Taliban")', () => {
  const en = code('Five Iraqi policemen died in a car bombing in Baghdad.', 'en');
  ok(!en.some((e) => e.source?.code === 'IRQCOP'), en.map((e) => `${dyad(e)} ${e.code}`).join(' '));
  const de = code('Zwei deutsche Soldaten starben bei einem Anschlag der Taliban in Kundus.', 'de');
  assert.deepEqual(de.map((e) => `${dyad(e)} ${e.code}`), ['AFGREB>DEUMIL 180']);
});

test('an English -ing form right after a plan noun is the plan\'s act, its author\'s, not that of whoever answers the plan ("vetoed a resolution demanding", "rejected a US plan calling for")', () => {
  const veto = code('The United States on Tuesday vetoed an Arab-backed resolution demanding an immediate end to military operations in Gaza.', 'en');
  assert.deepEqual(veto.map((e) => `${dyad(e)} ${e.code}`), ['USAGOV>UNO 129']);
  const plan = code('Russia rejected a US plan calling for sanctions against Iran.', 'en');
  ok(plan.some((e) => e.trigger.text === 'calling' && e.source?.code.startsWith('USA')), plan.map((e) => `${dyad(e)} ${e.code}`).join(' '));
  ok(!plan.some((e) => e.trigger.text === 'calling' && e.source?.code.startsWith('RUS')));
});

test('"sees no reason to join", "keinen Grund, … teilzunehmen": the infinitive is negated, and so is the meeting it would join; the object of a preposition after it is not', () => {
  const es = code('North Korea says it sees no reason to join a working-level meeting with the United States.', 'en');
  assert.equal(es.find((e) => e.root === '04')?.status, 'negated', es.map((e) => `${dyad(e)} ${e.code} ${e.status}`).join(' '));
  const de = code('Deutschland sieht keinen Grund, Truppen nach Mali zu schicken.', 'de');
  assert.deepEqual(de.map((e) => `${dyad(e)} ${e.code} ${e.status}`), ['DEU>MLI 154 negated']);
  const demands = code('Britain has threatened Iran with sanctions if Tehran fails to respond to the demands of the IAEA.', 'en').filter((e) => e.root === '10');
  ok(demands.every((e) => e.status !== 'negated'), demands.map((e) => `${dyad(e)} ${e.code} ${e.status}`).join(' '));
});

test('a country a proposal or plan is named by is its government, as the target of what answers it ("shot down a German proposal", "den Plan der USA")', () => {
  const en = code('France, Sweden and Belgium shot down a German proposal to cut EU spending.', 'en');
  assert.deepEqual([...new Set(en.filter((e) => e.root === '12').map((e) => e.target?.code))], ['DEUGOV']);
  const de = code('Russland lehnte den amerikanischen Vorschlag ab. China kritisierte den Plan der USA.', 'de');
  assert.deepEqual(de.map((e) => e.target?.code), ['USAGOV', 'USAGOV']);
});

test('German: after a relative clause the main clause goes on with its verb, whose subject is the noun the clause follows ("Russland, das …, griff die Ukraine an"); an apposition with an article is no relative clause', () => {
  const es = code('Russland, das den Sieg für sich beanspruchte, griff am Montag die Ukraine an.', 'de');
  assert.deepEqual(es.map((e) => `${dyad(e)} ${e.root}`), ['RUS>UKR 19']);
  const mdc = code('Die Opposition in Simbabwe, die am Samstag den Sieg beanspruchte, beschuldigte die Regierung der Korruption.', 'de');
  assert.deepEqual(mdc.map((e) => `${e.source?.code}>${e.target?.code} ${e.root}`), ['ZWEOPP>ZWEGOV 11']);
  // the object before the relative clause, marked by its article: the subject comes after the verb
  const obj = code('Den Mann, der den Anschlag verübt hatte, verhaftete die Polizei in Berlin.', 'de');
  assert.equal(obj.find((e) => e.code === '173')?.source?.code, 'DEUCOP');
});

test('an opposition or rebels of no named country set against the government, army or police of a country are of that country ("The opposition accused Zimbabwe\'s government"); activists who blame a country are not', () => {
  assert.deepEqual(code('The opposition accused Zimbabwe\'s government of corruption.', 'en').map((e) => `${e.source?.code}>${e.target?.code}`), ['ZWEOPP>ZWEGOV']);
  assert.deepEqual(code('Rebels accused the government of Sudan of bombing villages.', 'en').map((e) => `${e.source?.code}>${e.target?.code}`), ['SDNREB>SDNGOV']);
  assert.deepEqual(code('Die Opposition beschuldigte die Regierung von Simbabwe der Korruption.', 'de').map((e) => `${e.source?.code}>${e.target?.code}`), ['ZWEOPP>ZWEGOV']);
  assert.deepEqual(code('Aktivisten machen Russland für den Angriff verantwortlich.', 'de'), []);
});

test('what media say is reporting, no statement of their own ("Die Medien sprechen von …", "the newspaper said"); an act against a medium is still an event', () => {
  assert.deepEqual(code('In Bagdad wurden Amerikaner entführt. Die Medien sprechen von örtlichen Angestellten als Geiseln.', 'de').filter((e) => e.root === '01'), []);
  assert.deepEqual(code('Der Spiegel warnte die Bundesregierung.', 'de'), []);
  assert.deepEqual(code('Gunmen attacked a Nigerian newspaper in Lagos.', 'en').map((e) => `${e.source?.code}>${e.target?.code} ${e.root}`), ['NGAUAF>NGAMED 19']);
});

test('German "nicht" inside a noun phrase negates its adjective, not the event ("aus nicht geklärten Gründen", "die nicht genehmigte Demonstration")', () => {
  const st = (t: string) => code(t, 'de').map((e) => e.status);
  assert.deepEqual(st('Das Fahrzeug wurde in Bagdad aus nicht geklärten Gründen von US-Truppen beschossen.'), ['actual']);
  assert.deepEqual(st('Die kenianische Polizei nahm aus nicht näher genannten Gründen zwei Iraner fest.'), ['actual']);
  assert.deepEqual(st('Die nicht genehmigte Demonstration wurde von der ägyptischen Polizei aufgelöst.'), ['actual']);
  assert.deepEqual(st('Die kenianische Polizei nahm die Iraner nicht fest.'), ['negated']);
});

test('the nationality qualifying a genocide names its victims ("the Armenian genocide", "des armenischen Genozids" is no genocide by Armenia)', () => {
  ok(!code('Turkey rejects the term Armenian genocide.', 'en').some((e) => e.source?.code.startsWith('ARM')));
  ok(!code('Das Gesetz stellt die Leugnung des armenischen Genozids unter Strafe.', 'de').some((e) => e.source?.code.startsWith('ARM')));
  assert.deepEqual(code('Serbia committed genocide against Bosnian Muslims.', 'en').map((e) => `${dyad(e)} ${e.code}`), ['SRBGOV>BIH 203']);
});

test('the medium a statement is made in is not its target ("kritisierte in der Frankfurter Allgemeinen Zeitung", "in an interview with the BBC"); a medium criticised is', () => {
  assert.deepEqual(code('Der französische Präsident kritisierte in der Frankfurter Allgemeinen Zeitung scharf den Schritt.', 'de'), []);
  assert.deepEqual(code('The Iranian foreign minister criticised Israel in an interview with the BBC.', 'en').map((e) => `${dyad(e)} ${e.root}`), ['IRNGOV>ISR 11']);
  assert.deepEqual(code('Iran criticised the BBC for its reporting.', 'en').map((e) => `${dyad(e)} ${e.root}`), ['IRNGOV>GBRMED 11']);
});

test('protests or riots that a clause about a government names, with no protester, are its people\'s against it ("Musharraf war nach heftigen Unruhen wieder gewählt worden")', () => {
  const es = code('Pervez Musharraf war erst am 6. Oktober 2007 nach heftigen innenpolitischen Unruhen wieder gewählt worden.', 'de', '2008-08-18');
  assert.deepEqual(es.map((e) => `${dyad(e)} ${e.code}`), ['PAK>PAKGOV 145']);
});

test('"blast" with death or damage in its clause is an explosion, not a sharp criticism ("five dead in Russia mine blast"); "Russia blasts US" is one', () => {
  assert.deepEqual(code('At least five dead in Russia mine blast.  "At 9:45 am (2:45 am British time) we received the signal for a methane blast.', 'en').filter((e) => e.root === '11'), []);
  assert.deepEqual(code('Russia blasts US over Iraq policy.', 'en').map((e) => `${dyad(e)} ${e.code}`), ['RUSGOV>USA 111']);
});

test('a country named with "in" past an adjective is a place of the sentence ("im kommunistischen Kuba"): agents with no country take it', () => {
  const es = code('Während des Besuchs von Papst Franziskus im kommunistischen Kuba sind mindestens 50 Dissidenten vorübergehend festgenommen worden.', 'de', '2015-09-21');
  assert.deepEqual(es.filter((e) => e.root === '17').map((e) => dyad(e)), ['CUBCOP>CUBOPP']);
});

test('a warning of the danger of weapons of mass destruction is a worry, not a threat to use them ("warnte vor der Gefahr von Chemiewaffen")', () => {
  const de = code('Russland hat vor einer wachsenden Gefahr von Chemiewaffen in den Händen von Extremistenorganisationen wie dem Islamischen Staat gewarnt.', 'de');
  ok(de.length && de.every((e) => !e.code.startsWith('138')), de.map((e) => `${dyad(e)} ${e.code}`).join(' '));
  const en = code('Russia warned Ukraine that it could use nuclear weapons.', 'en');
  ok(en.some((e) => e.code === '1385'), en.map((e) => `${dyad(e)} ${e.code}`).join(' '));
});

test('a plot names its plotters as the source of the act it plans, and is no event of whoever foils it when no plotter is named; a city an attack is named by is where it struck ("der Terroranschlag von Paris", "a Baghdad rocket attack")', () => {
  const named = code('Police foiled a plot by Islamist militants to attack the US embassy in Paris.', 'en').filter((e) => e.root === '19');
  assert.deepEqual(named.map((e) => `${e.source?.code} ${e.status}`), ['FRAREB planned']);
  assert.deepEqual(code('Police in Paris foiled a plot to attack the US embassy.', 'en').filter((e) => e.root === '19'), []);
  assert.deepEqual(code('Im Zusammenhang mit dem vereitelten Terroranschlag von Paris hat die belgische Staatsanwaltschaft Anklage erhoben.', 'de').filter((e) => e.root === '18'), []);
  ok(!code('Two US soldiers were killed in a Baghdad rocket attack.', 'en').some((e) => e.source?.code.startsWith('IRQ')));
});

test('a prevented deed did not happen: none of whoever prevented it ("Die Polizei vereitelte einen Anschlag", "hat einen Anschlag … verhindert"), hypothetical when the noun names its own actor ("to avert a Russian attack")', () => {
  assert.deepEqual(code('Die Polizei vereitelte einen Anschlag auf den Flughafen von Brüssel.', 'de'), []);
  assert.deepEqual(code('Die belgische Polizei hat einen Anschlag auf den Flughafen verhindert.', 'de'), []);
  assert.deepEqual(code('Die Demokraten von US-Präsident Barack Obama haben eine mögliche Blockade des Atomabkommens mit dem Iran im US-Senat verhindern können.', 'de', '2015-09-11').filter((e) => e.root === '19'), []);
  assert.deepEqual(code('Pakistani police thwarted an attack on the US consulate in Karachi.', 'en').filter((e) => e.root === '19' || e.root === '18'), []);
  const own = code('Ukraine held talks with France to avert a Russian attack on Kiev.', 'en').filter((e) => e.root === '19');
  assert.deepEqual(own.map((e) => `${e.source?.code} ${e.status}`), ['RUS hypothetical']);
});

test('German: a genitive country right after the subject is its owner, not the object ("Die Armee Malis hat Waffen der Rebellen beschlagnahmt")', () => {
  assert.deepEqual(code('Die Armee Malis hat Waffen der Rebellen beschlagnahmt.', 'de').map((e) => `${dyad(e)} ${e.code}`), ['MLIMIL>MLIREB 1711']);
});

test('an office the text says is no longer held names one of the country\'s elites ("den früheren Präsidenten Liberias", "the former Iraqi defence minister"); a saying ascribed to someone is no accusation', () => {
  assert.deepEqual(code('Das Gericht klagte den früheren Präsidenten Liberias wegen Kriegsverbrechen an.', 'de', '2006-06-21').map((e) => e.target?.code), ['LBRELI']);
  assert.deepEqual(code('The former Iraqi defence minister criticised the government.', 'en').map((e) => e.source?.code), ['IRQELI']);
  assert.deepEqual(code('Die dem russischen Präsidenten zugeschriebene Weisheit hat jetzt auch Berlin zu spüren bekommen.', 'de').filter((e) => e.root === '11'), []);
});

test('an English reduced relative with an irregular participle and its with-word is passive ("A British soldier shot dead in Basra" is the victim, no shooter); "soldiers shot dead five Palestinians" is active', () => {
  assert.deepEqual(code('A British soldier shot dead in Basra was buried on Friday.', 'en').filter((e) => e.root === '19'), []);
  assert.deepEqual(code('Israeli soldiers shot dead five Palestinians in north Gaza on Tuesday.', 'en').map((e) => `${dyad(e)} ${e.code}`), ['ISRMIL>PSE 193']);
});

test('force said to come from a country ("aus Syrien", "from Syria") is used by that country', () => {
  const noun = find(code('Drei Menschen in der Türkei wurden bei Artilleriefeuer aus Syrien verletzt.', 'de', '2016-01-01'), '19');
  assert.equal(dyad(noun), 'SYR>TUR');
  // the deed done in the attack takes its origin as the agent
  const killed = code('Bei einem Raketenangriff aus Syrien wurden zwei Türken getötet.', 'de', '2016-01-01').filter((e) => e.root === '18' || e.root === '19');
  assert.deepEqual(killed.map(dyad), ['SYR>TUR']);
  const en = code('Two Turks were killed in a rocket attack from Syria.', 'en', '2016-01-01').filter((e) => e.root === '19');
  assert.deepEqual(en.map((e) => dyad(e).replace(/MIL/g, '')), ['SYR>TUR']);
  // a subject noun that names no actor takes where it comes from
  assert.equal(dyad(find(code('Raketen aus dem Gazastreifen trafen Israel.', 'de', '2016-01-01'), '19')), 'PSE>ISR');
});

test('a newspaper that reports is no country in focus: an attack with no target named is not aimed at its country', () => {
  const es = code('Wie die britische Tageszeitung „The Guardian“ berichtete, sei auch der Befehl zur Durchführung der Terrorakte aus Pakistan gekommen.', 'de', '2016-01-01');
  ok(!es.some((e) => e.target?.code.startsWith('GBR')), es.map(dyad).join(' '));
});

test('what a condition names is hypothetical even when negated ("if Tokyo does not withdraw", "falls Japan … nicht abzieht")', () => {
  assert.equal(find(code('The group threatens to execute him if Tokyo does not withdraw its troops from Iraq.', 'en', '2004-09-10'), '08')?.status, 'hypothetical');
  assert.equal(find(code('Die Gruppe droht, ihn zu töten, falls Japan seine Truppen nicht aus dem Irak abzieht.', 'de', '2004-09-10'), '08')?.status, 'hypothetical');
  // outside a condition the negation stands
  assert.equal(find(code('Japan did not withdraw its troops from Iraq.', 'en', '2004-09-10'), '08')?.status, 'negated');
});

test('German "Sollte X …," opens a condition; a yes/no question asks; "sollen … worden sein" reports a claim', () => {
  assert.equal(find(code('Sollte Russland die Ukraine angreifen, wird die Nato reagieren.', 'de', '2016-01-01'), '19')?.status, 'hypothetical');
  assert.equal(find(code('Russland sollte die Ukraine nicht angreifen.', 'de', '2016-01-01'), '19')?.status, 'negated');
  assert.equal(find(code('Hat Russland die Ukraine angegriffen?', 'de', '2016-01-01'), '19')?.status, 'hypothetical');
  assert.equal(find(code('STANDARD: Hat Russland die Ukraine angegriffen?', 'de', '2016-01-01'), '19')?.status, 'hypothetical');
  // a clause inside the question tells what is given
  assert.equal(find(code('Würden Sie mit der FPÖ koalieren, nachdem Strache den Kanzler als Staatsfeind bezeichnet hat?', 'de', '2016-01-01'), '01')?.status, 'actual');
  // a wh-question takes the deed as given
  assert.equal(find(code('Warum hat Russland die Ukraine angegriffen?', 'de', '2016-01-01'), '19')?.status, 'actual');
  assert.equal(find(code('Bei türkischen Luftschlägen sollen 190 PKK-Kämpfer getötet worden sein.', 'de', '2016-01-01'), '18')?.status, 'alleged');
});

test('German senses that are no events: "sich ausweisen", "sich versprechen von", "das Schweigen brechen", "nötig", a post given up', () => {
  for (const s of ['Die russischen Männer hätten sich bei der Kontrolle nicht ausgewiesen.', 'Die Regierung Italiens verspricht sich von der Reform mehr Wachstum.',
    'Die Präsidentin Argentiniens hat ihr Schweigen gebrochen.', 'Teheran habe in Deutschland die zur Urananreicherung nötigen Zentrifugen gekauft.',
    'Der Georgier wolle seinen Posten als Gouverneur der Ukraine aufgeben.']) {
    assert.deepEqual(code(s, 'de', '2016-01-01').filter((e) => ['17', '03', '01', '08'].includes(e.root)).map((e) => e.code), [], s);
  }
  // the senses that are events still are
  assert.equal(find(code('Russland wies den deutschen Diplomaten aus.', 'de', '2016-01-01'), '16')?.code, '161');
  assert.equal(find(code('Italien versprach Griechenland eine Reform.', 'de', '2016-01-01'), '03')?.code, '034');
});

test('the subject of a passive whose means a force noun is ("wurden 30 Palästinenser durch Schüsse verletzt") is hit, not the shooter', () => {
  const es = code('Israelische Soldaten erschossen am Freitag einen Palästinenser. An verschiedenen Orten im Gazastreifen wurden insgesamt 30 Palästinenser durch Schüsse verletzt.', 'de', '2016-01-01');
  ok(!es.some((e) => e.source?.code.startsWith('PSE')), es.map(dyad).join(' '));
  // a noun that names its target keeps the passive subject as its user ("Sie werden bei Luftangriffen auf … eingesetzt")
  const jets = code('Die Kampfjets der USA fliegen Einsätze. Sie werden seit September bei Luftangriffen auf Stellungen des Islamischen Staates im Irak eingesetzt.', 'de', '2016-01-01');
  ok(jets.some((e) => e.sentence === 1 && e.source?.code.startsWith('USA')), jets.map(dyad).join(' '));
});

test('a place after "in" and a word of where in it ("in eastern Indonesia", "in busy central Baghdad") is no subject of a disaster\'s toll', () => {
  for (const s of ['JAKARTA (Reuters) - An earthquake measuring 6.0 on the Richter scale shook an island in eastern Indonesia on Friday, killing six people.',
    'A car bomb exploded near a police patrol in busy central Baghdad on Thursday, killing 17 people and wounding 20, police said.']) {
    const es = code(s, 'en', '2004-10-01');
    ok(!es.some((e) => e.root === '19' && e.source), es.map(dyad).join(' '));
  }
});

test('a country\'s name before a noun of force is where it is waged ("Gaza offensive", "Ukraine-Krieg"), its adjective or short form who wages it', () => {
  const gaza = code('Sharon rejects army bid to wind down Gaza offensive.', 'en', '2004-10-01');
  ok(!gaza.some((e) => e.root === '19' && e.source?.code.startsWith('PSE')), gaza.map(dyad).join(' '));
  assert.equal(dyad(find(code('Israel\'s Gaza offensive continued.', 'en', '2004-10-01'), '19')).replace('MIL', ''), 'ISR>PSE');
  ok(find(code('US strikes killed ten militants in Iraq.', 'en', '2004-10-01'), '19')?.source?.code.startsWith('USA'));
  ok(!code('Der Ukraine-Krieg geht weiter.', 'de', '2024-10-01').some((e) => e.source?.code.startsWith('UKR')));
});

test('German relative clause whose other actors carry an object\'s article: the relative pronoun is the subject', () => {
  const es = code('Der israelische UNO-Botschafter in Genf, der dem UNHRC regelmäßig Parteilichkeit vorwirft, blieb dem Treffen fern.', 'de', '2016-01-01');
  assert.equal(dyad(find(es, '11')), 'ISRGOV>UNOHRI');
});

test('a noun of failing or refusing governs a deed that did not happen ("the commanders\' failure to arrest")', () => {
  assert.equal(find(code('The report criticized the commanders\' failure to arrest the suspects in Iraq.', 'en', '2004-10-01'), '17')?.status, 'negated');
});

test('English senses that are no force or coercion: "fought back against accusations", "shot a video", "death by stoning", "suspended the hearing"', () => {
  for (const s of ['Prince Charles fought back against accusations by a British minister.', 'Iraqi militants shot a video of the Japanese hostage.',
    'Iran sentenced the woman to death by stoning.', 'The Iraqi judge suspended the hearing of Saddam Hussein.']) {
    assert.deepEqual(code(s, 'en', '2004-10-01').filter((e) => ['14', '17', '19'].includes(e.root)).map((e) => e.code), [], s);
  }
  assert.equal(find(code('Palestinian youths were stoning Israeli soldiers.', 'en', '2004-10-01'), '14')?.code, '145');
});

test('"der Papst", "the Pope" stand for the Holy See\'s head (VATGOV); a named pope stays the person', () => {
  assert.equal(dyad(find(code('Der Papst hat zwischen den USA und Kuba vermittelt.', 'de', '2015-09-20'), '04')), 'VATGOV>USA');
  assert.equal(dyad(find(code('The Pope met Bush in Rome.', 'en', '2004-09-20'), '04')), 'VATGOV>USAGOV');
  assert.equal(find(code('Papst Franziskus kritisierte die USA.', 'de', '2015-09-20'), '11')?.source?.id, 'pope_francis');
});

test('an English relative clause on a noun that names no actor has that noun as its subject ("violence that has killed")', () => {
  const es = code('South African President Thabo Mbeki flew to Ivory Coast on Tuesday to rein in violence that has killed at least 20 people.', 'en', '2004-10-01');
  assert.deepEqual(es.filter((e) => e.root === '19' || e.root === '18').map(dyad), []);
  // an actor before the pronoun, or before a phrase of place after it, is the antecedent
  const kenya = code('Police in Kenya disperse Maasai protesters in the capital who are seeking the return of leased colonial land.', 'en', '2004-10-01');
  ok(kenya.some((e) => e.trigger.text === 'seeking' && e.source?.code.startsWith('KEN')), kenya.map(dyad).join(' '));
  // "that" after a verb opens its content, whose subject follows
  assert.equal(dyad(find(code('Russia said that Ukraine attacked the town of Kursk.', 'en', '2024-10-01'), '19')).slice(0, 3), 'UKR');
});

test('where someone came from is no target the focus gives ("returned home from Britain to help broker an end to the fighting")', () => {
  const es = code('Iraq\'s prime minister returned home from Britain on Wednesday to help broker an end to weeks of fighting in Najaf.', 'en', '2004-10-01');
  ok(!es.some((e) => e.target?.code.startsWith('GBR')), es.map(dyad).join(' '));
});

test('a German genitive name after an object noun is that noun\'s attribute, not the subject ("hat den Umgang Israels … kritisiert")', () => {
  const es = code('Der scheidende UNO-Sonderberichterstatter hat den Umgang Israels mit den Palästinensern scharf kritisiert.', 'de', '2016-01-01');
  ok(!es.some((e) => e.source?.code.startsWith('ISR')), es.map(dyad).join(' '));
  // the genitive of a demand is who makes it
  assert.equal(find(code('Damit gehen die USA auf eine wesentliche Forderung des Iran ein.', 'de', '2006-01-01'), '10')?.source?.code.slice(0, 3), 'IRN');
  // after a subject's noun the genitive is still whose it is
  assert.equal(find(code('Der Vertreter Libyens rief die libysche Armee auf, das Volk zu schützen.', 'de', '2011-03-01'), '02')?.source?.code.slice(0, 3), 'LBY');
});

test('what someone must do has not happened ("Russland muss … abziehen", "Iran must withdraw"); "jetzt oder nie", "nie dagewesen" negate nothing', () => {
  assert.equal(find(code('Russland muss seine Truppen aus der Ukraine abziehen, sagte Merkel.', 'de', '2016-01-01'), '08')?.status, 'hypothetical');
  assert.equal(find(code('Iran must withdraw its troops from Syria, Obama said.', 'en', '2016-01-01'), '08')?.status, 'hypothetical');
  assert.equal(find(code('Die Ukraine müsse Reformen jetzt oder nie umsetzen, sagt Saakaschwili.', 'de', '2016-01-01'), '08')?.status, 'hypothetical');
  assert.equal(find(code('Die Opposition hat in Guatemala zu nie dagewesenen Massendemonstrationen gegen die Regierung geführt.', 'de', '2016-01-01'), '14')?.status, 'actual');
  // what someone had to do happened
  assert.equal(find(code('Russland musste seine Truppen aus der Ukraine abziehen.', 'de', '2016-01-01'), '08')?.status, 'actual');
});

test('German "hätte … können/müssen": what could or should have been done was not', () => {
  assert.equal(find(code('Allerdings hätte sich das Parlament der USA gegen die Aufhebung der Sanktionen gegen den Iran sperren können.', 'de', '2016-01-01'), '12')?.status, 'hypothetical');
  assert.equal(find(code('Die USA hätten den Iran angegriffen, sagte er.', 'de', '2016-01-01'), '19')?.status, 'actual');
});

test('where a meeting is held is no party to it, where a visit goes is; an exile\'s country is where someone lives ("im US-Exil")', () => {
  ok(!code('Kerry hatte ein Treffen mit Rodríguez in Washington.', 'de', '2015-09-01').some((e) => e.target?.code.startsWith('USA')));
  assert.equal(dyad(find(code('Merkel reiste zu einem Besuch nach Washington.', 'de', '2015-09-01'), '04')), 'DEUGOV>USA');
  ok(!code('Erdogan wirft dem im US-Exil lebenden Prediger vor, die Justiz unterwandert zu haben.', 'de', '2015-09-01').some((e) => e.target?.code.startsWith('USA')));
});

test('an English participle with "of" after a noun is a reduced passive: the one "accused of", "convicted of" is no accuser', () => {
  for (const s of ['Three Irish fugitives convicted of teaching Colombian guerrillas were released.', 'Four men accused of planning to kill Cuba\'s Fidel Castro have been pardoned by Panama\'s president.']) {
    ok(!code(s, 'en', '2004-10-01').some((e) => e.root === '11'), s);
  }
  assert.equal(dyad(find(code('Russia accused Ukraine of shelling the plant.', 'en', '2024-10-01'), '11')).slice(0, 3), 'RUS');
});

test('German victims: an attributive participle before adjectives is no deed ("der getöteten türkischen Soldaten"); "in einen Hinterhalt geraten", "zum Opfer fallen" make the subject the victim', () => {
  assert.deepEqual(code('Erdogan nahm an der Beerdigung der getöteten türkischen Soldaten teil.', 'de', '2015-09-01').filter((e) => e.root === '18').map(dyad), []);
  assert.equal(dyad(find(code('Zwei israelische Soldaten sind einem Anschlag der Hamas zum Opfer gefallen.', 'de', '2015-09-01'), '18')), 'PSEREB>ISRMIL');
  assert.equal(dyad(find(code('Eine Patrouille der deutschen Armee geriet in Afghanistan in einen Hinterhalt der Taliban.', 'de', '2015-09-01'), '18')), 'AFGREB>DEUMIL');
});

test('English clause of time in the present on a future main clause is planned ("will top the agenda when Zapatero welcomes Chirac")', () => {
  assert.equal(find(code('Terrorism will top the agenda when Spanish Prime Minister Zapatero welcomes French President Jacques Chirac in Madrid.', 'en', '2004-10-01'), '04')?.status, 'planned');
  assert.equal(find(code('Yukos will appeal after the Russian government ignored a US court order.', 'en', '2004-10-01'), '12')?.status, 'actual');
});

test('what is feared has not happened ("befürchten einen Anschlag", "fears an attack", "aus Angst vor Angriffen")', () => {
  assert.equal(find(code('Die USA befürchten einen Anschlag der Schabab-Miliz in Mombasa.', 'de', '2012-10-01'), '18')?.status, 'hypothetical');
  assert.equal(find(code('The US fears an attack by al-Shabaab militants in Mombasa.', 'en', '2012-10-01'), '19')?.status, 'hypothetical');
  assert.equal(find(code('Al-Shabaab militants carried out an attack in Mombasa.', 'en', '2012-10-01'), '19')?.status, 'actual');
});

test('who speaks is no party: "X zufolge" names its speaker before it, "Wie X mitteilte, …" is a clause of attribution', () => {
  const es = code('US-Informationen zufolge sollen IS-Kämpfer in Syrien Senfgas eingesetzt haben.', 'de', '2015-10-01');
  assert.equal(find(es, '20')?.source?.code.slice(0, 3), 'IMG');
  assert.equal(find(es, '20')?.attribution?.code, 'USA');
  assert.deepEqual(code('Wie das marokkanische Innenministerium mitteilte, hatte der Mann in Syrien für den IS gekämpft.', 'de', '2015-10-01').filter((e) => e.source?.code.startsWith('MAR')).map(dyad), []);
  // the speaker of "Wie „heise online“ berichtet" is no actor: the actors of the main clause stay
  ok(code('Wie „heise online“ berichtet, sperrten chinesische Behörden den Zugang zu YouTube.', 'de', '2008-03-20').some((e) => e.source?.code === 'CHNGOV'));
});

test('more descriptions of a country stand for the last one named ("the war-torn country", "des Bürgerkriegslandes")', () => {
  assert.equal(find(code('Fighting continued in Somalia. The war-torn country accused Kenya of meddling.', 'en', '2012-10-01'), '11')?.source?.code.slice(0, 3), 'SOM');
  assert.equal(find(code('In Syrien gehen die Kämpfe weiter. Die Regierung des Bürgerkriegslandes kritisierte die Türkei.', 'de', '2015-10-01'), '11')?.source?.code.slice(0, 3), 'SYR');
});

test('English senses that are no event: "holds a narrow lead", "by the end of the year"; Austria\'s and Switzerland\'s "Nationalrat" is a legislature', () => {
  assert.deepEqual(code('Bush holds a narrow lead over Kerry in the polls ahead of the election.', 'en', '2004-10-01').map(dyad), []);
  assert.deepEqual(code('Poland will withdraw its troops by the end of the year, when the war is over.', 'en', '2004-10-01').filter((e) => e.code === '087').map(dyad), []);
  assert.equal(find(code('Iraq will hold elections in January.', 'en', '2004-10-01'), '08')?.code, '0834');
  assert.equal(code('Wien – Der Nationalrat stimmte dem Gesetz zu.', 'de', '2015-10-01')[0]?.source?.code, 'AUTLEG');
});

test('a place in capitals opening the sentence with no dash is a dateline, no party ("SEOUL North Korea is reconsidering …")', () => {
  const es = code('SEOUL North Korea is seriously reconsidering its role in talks, the North Korean Foreign Ministry said Monday.', 'en', '2004-10-01');
  ok(!es.some((e) => e.source?.code.startsWith('KOR') || e.target?.code.startsWith('KOR')), es.map(dyad).join(' '));
  // an acronym of an actor opening a headline is none
  ok(code('GOP Platform Plan Seeks Gay Marriage Ban.', 'en', '2004-10-01').some((e) => e.source?.code.startsWith('USA')));
});

test('an English participle coordinated with a passive one is passive too ("was brutally beaten and executed")', () => {
  const es = code('American journalist Todd Smith was brutally beaten and executed after he investigated Shining Path guerrillas in Peru.', 'en', '2004-10-01');
  ok(!es.some((e) => e.root === '18' && e.source?.code.startsWith('USA')), es.map(dyad).join(' '));
});

test('English object relative with a named subject: "the number of Palestinians Israel has killed" (not an apposition: "Pakistani President General Musharraf has arrived")', () => {
  const es = code('The Israeli army killed two militants on Saturday, bringing the number of Palestinians Israel has killed in its Gaza raids to 39.', 'en', '2004-10-01');
  ok(es.some((e) => e.sentence === 0 && dyad(e).replace('MIL', '') === 'ISR>PSE' && e.trigger.span[0] > 60), es.map(dyad).join(' '));
  ok(!es.some((e) => e.source?.code.startsWith('PSE')));
  assert.equal(dyad(find(code('Pakistani President General Pervez Musharraf has arrived in Britain for a visit.', 'en', '2004-10-01'), '04')), 'PAKGOV>GBR');
});

test('an agent after a place\'s possessive is of that place\'s country, whatever other places the sentence names ("Darfur\'s rebel leaders … in Abuja")', () => {
  assert.equal(find(code('Darfur\'s rebel leaders held preliminary talks with African Union mediators in Abuja on Friday.', 'en', '2004-10-01'), '04')?.source?.code, 'SDNREB');
});

test('a German participle opening the sentence before its noun is an adjective ("Abgewiesene Asylwerber möchte Doskozil …")', () => {
  assert.deepEqual(code('Abgewiesene Asylwerber möchte Doskozil mit Flugzeugen des Militärs nach Afghanistan zurückverfrachten.', 'de', '2016-01-01').filter((e) => e.root === '12').map(dyad), []);
});

test('English senses that are no event: "capable of hitting targets", "claimed two wickets", "felt compelled to"', () => {
  assert.deepEqual(code('Pakistan test-fired a missile capable of hitting targets inside India.', 'en', '2004-10-01').filter((e) => e.root === '19').map(dyad), []);
  assert.deepEqual(code('Pakistan claimed two wickets against Western Australia.', 'en', '2004-10-01').map(dyad), []);
  assert.deepEqual(code('Allawi felt compelled to give reporters a geography lesson.', 'en', '2004-10-01').map(dyad), []);
  assert.equal(find(code('Israeli missiles hit a Hamas base in Gaza.', 'en', '2004-10-01'), '19')?.code, '190');
});

test('an English participle clause whose main clause has no actor at its head has no source ("A powerful earthquake … shook presidents … while damaging houses")', () => {
  assert.deepEqual(code('A powerful early-morning earthquake in Costa Rica shook presidents and prime ministers from their beds while damaging houses and frightening several people into heart attacks.', 'en', '2004-10-01').map(dyad), []);
  // (a main clause with an actor at its head gives its subject to the participle clause; a bombing's toll, though, is no event
  // of its own: see the suicide-bombing test)
  ok(code('Israeli helicopters fired missiles at a car in Gaza City, killing two militants.', 'en', '2004-09-10').some((e) => e.trigger.text === 'killing' && e.source?.code.startsWith('ISR')));
});

test('German "fordern" with lives or dead as object is a toll, no demand ("Das Erdbeben forderte 9.000 Menschenleben")', () => {
  assert.deepEqual(code('Der Anschlag der Taliban forderte in Kabul 20 Todesopfer.', 'de', '2009-10-01').filter((e) => e.root === '10').map(dyad), []);
  assert.equal(find(code('Die EU forderte von Russland den Abzug der Truppen.', 'de', '2009-10-01'), '10')?.source?.code, 'EUU');
});

test('news agencies credited in a dateline or in parentheses are no parties ("AFP - The group …", "(CBS/AP)"); an -ing verb after an actor has it as subject', () => {
  const afp = code('AFP - The group loyal to Al-Qaeda-linked militant Abu Mussab al-Zarqawi claimed to have bombed an Australian convoy in Baghdad.', 'en', '2004-10-01');
  ok(!afp.some((e) => e.source?.code.endsWith('MED')), afp.map(dyad).join(' '));
  const cbs = code('(CBS/AP) Al Jazeera aired a video showing Iraqi militants beheading a Turkish hostage.', 'en', '2004-10-01');
  assert.equal(dyad(find(cbs, '18')), 'IRQREB>TUR');
});

test('German financial support needs money, not a word that starts like it ("Europäische Union", "Europameisterschaft"); joint support is no support of each other; a rally ended by force is no yielding', () => {
  const es = code('Die Europäische Union und die Vereinigten Staaten unterstützen die Unabhängigkeitsbestrebungen der Bevölkerungsmehrheit im Kosovo.', 'de', '2008-01-01');
  ok(!es.some((e) => e.code === '071' || dyad(e) === 'EUU>USA'), es.map(dyad).join(' '));
  assert.equal(find(code('Deutschland unterstützt die Ukraine mit Milliarden Euro.', 'de', '2023-01-01'), '07')?.code, '071');
  ok(!code('Die Polizei hat die Kundgebung der Opposition in Minsk gewaltsam beendet.', 'de', '2008-01-01').some((e) => e.code === '082'));
});

test('the possessor of an arrest, abduction or killing is the one it befalls ("bei seiner Verhaftung durch die US-Polizei", "his arrest by Russian police")', () => {
  assert.equal(dyad(find(code('Khodorkovsky\'s lawyers said his arrest by Russian police was illegal.', 'en', '2004-06-01'), '17')), 'RUSCOP>RUSOPP');
  assert.equal(find(code('Russland setzte seine Offensive in der Ukraine fort.', 'de', '2023-06-01'), '19')?.source?.code.slice(0, 3), 'RUS');
});

test('English: releasing names is no release of people; a participle past an adverb is a reduced passive ("members killed recently in Iraq")', () => {
  assert.deepEqual(code('The Pentagon has released the names of the following US service members killed recently in Iraq.', 'en', '2004-10-01').map(dyad), []);
  assert.equal(find(code('Iraqi militants released two Italian aid workers.', 'en', '2004-10-01'), '08')?.code, '0841');
});

test('a region after "in" is where a bare agent is ("in Afrika … von staatlichen Behörden festgenommen" are African authorities)', () => {
  const es = code('Im Irak wurden zwei Reporter getötet. 263 Journalisten wurden im ablaufenden Jahr in Afrika auf Veranlassung von staatlichen Behörden festgenommen.', 'de', '2010-12-30');
  ok(!es.some((e) => e.sentence === 1 && e.source?.code.startsWith('IRQ')), es.map(dyad).join(' '));
});

test('English "civil rights groups" and "unions" are agents ("US civil rights groups expressed concern", "Israel Unions Start Nationwide Strike")', () => {
  assert.equal(find(code('US civil rights groups expressed concern over the intimidation of Hispanic voters.', 'en', '2004-10-01'), '01')?.source?.code, 'USAHRI');
  assert.equal(find(code('Israel Unions Start Nationwide Strike.', 'en', '2004-10-01'), '14')?.source?.code, 'ISRLAB');
});

test('German: a participle after a number is an adjective ("mit sechs getöteten Journalisten"); "die Organisation „Reporter ohne Grenzen“" is no region; co-subjects announcing reforms are no pair', () => {
  assert.deepEqual(code('Es folgen die Länder Pakistan mit sieben und die Philippinen mit sechs getöteten Journalisten.', 'de', '2009-12-01').map(dyad), []);
  ok(!code('In Afrika ist die Lage schlimm. Die Organisation „Reporter ohne Grenzen“ weist darauf hin, dass die Lage schwierig werde.', 'de', '2009-12-01').some((e) => e.source?.code === 'AFR'));
  const both = code('Sowohl die palästinensische Autonomiebehörde als auch das israelische Militär kündigten Untersuchungen an.', 'de', '2009-12-01');
  ok(!both.some((e) => dyad(e) === 'PSEGOV>ISRMIL'), both.map(dyad).join(' '));
});

test('English "likely to", "probably", "unlikely to" make what they qualify hypothetical', () => {
  assert.equal(find(code('Iran is likely to attack Israel next year.', 'en', '2004-10-01'), '19')?.status, 'hypothetical');
  assert.equal(find(code('Russland wird wahrscheinlich die Ukraine angreifen.', 'de', '2009-10-01'), '19')?.status, 'hypothetical');
  // "voraussichtlich" announces what is expected: planned
  assert.equal(find(code('Die EU-Außenminister wollen voraussichtlich Serbien am Freitag den Beitrittskandidatenstatus zusprechen.', 'de', '2012-02-25'), '05')?.status, 'planned');
});

test('the genitive of an arrest or a crackdown is whom it befalls ("die Festnahme der Taliban-Kämpfer"), of a ban its author', () => {
  assert.equal(dyad(find(code('Die Armee meldete die Festnahme der Taliban-Kämpfer in Kundus.', 'de', '2009-10-01'), '17')), 'AFGMIL>AFGREB');
});

test('where a meeting is held is no country the story is about: bare agents later take the country in focus, not the venue', () => {
  const text = 'Krisentreffen der Afrikanischen Union am Montag in Addis Abeba. Goma – Die Regierung im Kongo hat die Nachbarstaaten um Hilfe gebeten. '
    + 'Die Afrikanische Union kündigte für Montag ein Krisentreffen in Addis Abeba an. Nach Angaben lokaler Medien wurden 20 Soldaten getötet.';
  const doc = coded(text, 'de', '2016-02-01');
  assert.equal(doc.actors.find((m) => m.text === 'Soldaten')?.code, 'CODMIL');
  // a visit is no meeting held somewhere: its place still counts ("ein Besuch in Addis Abeba" is one to Ethiopia)
  const visit = coded('Besuch am Montag in Addis Abeba. Der Präsident traf seinen Amtskollegen zu einem Besuch in Addis Abeba. Nach Angaben lokaler Medien wurden 20 Soldaten getötet.', 'de', '2016-02-01');
  assert.equal(visit.actors.find((m) => m.text === 'Soldaten')?.code, 'ETHMIL');
});

test('who holds someone decides the act: rebels, militants or criminals who seize or hold people abduct them (181), only a state arrests (173)', () => {
  assert.equal(find(code('An Australian journalist was seized by militants in Iraq for nearly 24 hours.', 'en', '2004-10-01'), '18')?.code, '181');
  assert.equal(find(code('Iraqi police arrested three militants in Baghdad.', 'en', '2004-10-01'), '17')?.code, '173');
  assert.equal(find(code('In Afghanistan nahmen Taliban-Kämpfer zwei deutsche Ingenieure fest.', 'de', '2007-07-20'), '18')?.code, '181');
});

test('"strikes" that insurgents or armies launch are attacks, those of workers a labour strike', () => {
  assert.equal(find(code('Insurgents launched strikes on Saturday at United States and Iraqi outposts across Iraq.', 'en', '2004-10-01'), '19')?.code, '190');
  ok(!find(code('Insurgents launched strikes on Saturday at United States and Iraqi outposts across Iraq.', 'en', '2004-10-01'), '14'));
  assert.equal(find(code('Nigerian oil workers launched a strike on Monday.', 'en', '2004-10-01'), '14')?.code, '143');
});

test('English verb senses by their object: "meet a request" is no meeting, "flying the migrants" no visit, "consider to be" no option weighed, "rule out" rejects', () => {
  ok(!code('Britain agreed Thursday to meet a U.S. request for British troops to be moved into central Iraq.', 'en', '2004-10-01').some((e) => e.root === '04' || e.code === '036'));
  ok(!find(code('The Italian government is flying the migrants to Libya.', 'en', '2004-10-01'), '04'));
  assert.equal(dyad(find(code('Bush flew to Baghdad on Thursday.', 'en', '2004-10-01'), '04')), 'USAGOV>IRQ');
  ok(!find(code('Hundreds of Canadians protested what the Russian government considers to be a fair election.', 'en', '2004-10-01'), '01'));
  assert.equal(find(code('France rules out troop reductions in Afghanistan.', 'en', '2004-10-01'), '12')?.source?.code, 'FRAGOV');
});

test('an expletive "it" ("it was revealed that") stands for no actor, and the impersonal report is no event', () => {
  const es = code('Russians admit airliner bombing blunder. Russian security forces were facing further criticism last night after it was revealed that two suicide bombers had bribed officials.', 'en', '2004-10-01');
  ok(!es.some((e) => e.trigger.text === 'revealed'));
});

test('suicide bombers and "Attentäter" are armed agents of the country in view, not warplanes', () => {
  const doc = coded('In Baghdad, two suicide bombers killed 20 policemen.', 'en', '2004-10-01');
  assert.equal(doc.actors.find((m) => /bombers/.test(m.text))?.code, 'IRQUAF');
  assert.equal(find(code('In Bagdad hat ein Selbstmordattentäter 20 Polizisten getötet.', 'de', '2004-10-01'), '18')?.source?.code, 'IRQUAF');
});

test('German senses: tents "aus dem Boden geschossen" shoot at no one', () => {
  const es = code('Die französische Regierung räumt das Lager in Calais. Die Migranten des Lagers – so der Name der aus dem Sandboden geschossene Zeltstadt an der Grenze zu Belgien – wurden überrascht.', 'de', '2016-02-01');
  ok(!find(es, '19'));
});

test('the Israeli Labor Party before 2006: "the opposition Labour Party" in a story on Israel is Israel\'s', () => {
  const doc = coded('Sharon asked the opposition Labour Party to join his coalition in Jerusalem.', 'en', '2004-12-01');
  assert.equal(doc.actors.find((m) => /Labour/.test(m.text))?.code, 'ISROPP');
});

test('an agent noun describing the organisation named right after it is that organisation: "the militant group Hamas", "media watchdog Reporters Without Borders"', () => {
  assert.equal(dyad(find(code('The militant group Hamas accused Israel of war crimes.', 'en', '2004-10-01'), '11')), 'PSEREB>ISR');
  const rsf = code('Media watchdog Reporters Without Borders has labeled North Korea and Cuba the worst countries in terms of press freedom.', 'en', '2004-10-01');
  // ("Without" in the name negates nothing; "press" after "of" qualifies "freedom", no demand)
  assert.deepEqual(rsf.filter((e) => e.root === '11').map((e) => `${dyad(e)} ${e.status}`).sort(), ['NGOMED>CUB actual', 'NGOMED>PRK actual']);
  ok(!find(rsf, '10'));
  // (an agent joined to the name by "and" is one of its own)
  assert.equal(find(code('Palestinian militants and Hamas attacked Israel.', 'en', '2004-10-01'), '19')?.source?.text, 'Palestinian militants');
});

test('German: a country\'s name in the genitive right after a bare agent owns it ("die Armee Malis", "die Regierung Österreichs")', () => {
  const es = code('Die Türkei will der EU beitreten. Danach hatte die Regierung Österreichs in der vergangenen Woche die bisherige Beschlusslage in Frage gestellt.', 'de', '2005-10-02');
  assert.equal(find(es, '11')?.source?.code, 'AUTGOV');
  const doc = coded('Die Türkei will der EU beitreten. Danach hatte die Armee Malis die Stadt angegriffen.', 'de', '2012-10-02');
  assert.equal(doc.actors.find((m) => m.text === 'Armee')?.code, 'MLIMIL');
});

test('German: a date in apposition ("am Dienstag, den 20. Juni") does not cut the clause, so a distant "wurde" still makes the participle passive', () => {
  const es = code('Charles Taylor, Ex-Präsident von Liberia, wurde am Dienstag, den 20. Juni nach Den Haag in den Niederlanden überstellt.', 'de', '2006-06-27');
  ok(!es.some((e) => e.source?.code.startsWith('LBR')), 'the one handed over hands over no one');
});

test('a surname alone is the person the document has named in full before ("Charles Taylor … Taylor"), unless two people share it', () => {
  const text = 'Charles Taylor, Ex-Präsident von Liberia, wurde nach Den Haag überstellt. UN-Generalsekretär Kofi Annan zeigte sich zufrieden. Taylor kommt vor ein Sondertribunal. Er wird wegen Kriegsverbrechen angeklagt.';
  const doc = coded(text, 'de', '2006-06-27');
  assert.equal(doc.actors.find((m) => m.text === 'Taylor')?.code, 'LBRELI');
  assert.equal(doc.actors.find((m) => m.text === 'Er')?.code, 'LBRELI', '"er" is the one named last, Taylor, not Annan');
});

test('what a demand wants done is no event of its own, planned or not ("said it wanted Russia to return all four islands")', () => {
  const es = code('Japan said it wanted Russia to return all four Kuril islands.', 'en', '2004-10-01');
  assert.equal(dyad(find(es, '10')), 'JPNGOV>RUS');
  ok(!find(es, '08'));
});

test('a plan of no named author that the subject rejects, accepts or discusses proposes no act of the subject ("would reject any proposal to halt enrichment")', () => {
  const es = code('Iran said it would reject any proposal to halt uranium enrichment.', 'en', '2004-10-01');
  ok(find(es, '12'));
  ok(!find(es, '08'), 'Iran halts nothing');
  // (a plan the subject itself announces is its own)
  assert.equal(find(code('Russia said it plans to build a new naval base in Syria and will send troops to Syria.', 'en', '2015-10-01'), '15')?.source?.code, 'RUSMIL');
});

test('a possessive before an event noun points to a person of its gender or the subject, not to a place or setting phrase', () => {
  const es = code('Der britische Premier David Cameron will beim EU-Gipfel seine Forderungen durchsetzen.', 'de', '2016-02-01');
  ok(!es.some((e) => e.source?.code === 'EUU'), 'the summit demands nothing');
  const de = code('Der CDU-Politiker und deutsche Verteidigungsminister Franz Josef Jung will die Vorfälle bei seinem Israelbesuch ansprechen.', 'de', '2006-11-01');
  assert.equal(find(de, '04')?.source?.code, 'DEUGOV');
  assert.match(find(de, '04')?.source?.text ?? '', /Jung/);
});

test('a protest a government makes against someone is an official complaint (114), a protest of its people a demonstration', () => {
  assert.equal(find(code('The Greek prime minister resigned on Friday in protest against US sanctions.', 'en', '2004-10-01'), '11')?.code, '114');
  assert.equal(find(code('Thousands of Russians protested in Moscow against Putin.', 'en', '2004-10-01'), '14')?.code, '140');
});

test('"Bosnian Serb", "bosnisch-serbisch" are Bosnia\'s (Republika Srpska), not Serbia\'s', () => {
  const doc = coded('The Bosnian Serb prime minister resigned on Friday. Damals hatten bosnisch-serbische Truppen die Stadt erobert.', 'en', '2004-10-01');
  assert.equal(doc.actors.find((m) => /prime minister/.test(m.text))?.code, 'BIHGOV');
  assert.equal(dyad(find(code('Damals hatten bosnisch-serbische Truppen die Stadt Srebrenica erobert.', 'de', '2004-10-01'), '19')), 'BIHMIL>BIH');
});

test('German verbs: "untersagen", "anzweifeln", "mit Tränengas gegen … vorgehen", "gefangen genommen", a palace "gestürmt"', () => {
  assert.equal(find(code('Die iranische Regierung hatte zuvor Versammlungen der Opposition untersagt.', 'de', '2009-06-20'), '17')?.code, '172');
  assert.equal(dyad(find(code('Das Ergebnis der Regierung wurde von der iranischen Opposition angezweifelt.', 'de', '2009-06-20'), '11')), 'IRNOPP>IRNGOV');
  assert.equal(find(code('Die mazedonische Polizei ist mit Tränengas gegen syrische Flüchtlinge vorgegangen.', 'de', '2016-02-01'), '17')?.code, '175');
  assert.equal(dyad(find(code('Nigrische Soldaten haben den Präsidenten gefangen genommen.', 'de', '2010-02-20'), '17')), 'NERMIL>NERGOV');
  assert.equal(find(code('Am Donnerstag hatten nigrische Militäreinheiten den Präsidentenpalast gestürmt.', 'de', '2010-02-20'), '17')?.code, '171');
  // (military action keeps its own reading)
  assert.equal(find(code('Das türkische Militär geht gegen die PKK vor.', 'de', '2015-08-01'), '19')?.code, '190');
});

test('"die Bundesregierung" is Germany\'s, Austria\'s in a story about Austria, and another country\'s when its adjective says so', () => {
  const actor = (text: string) => coded(text, 'de', '2016-02-01').actors.find((m) => /Bundesregierung/.test(m.text))?.code;
  assert.equal(actor('Im Irak kämpfen Rebellen gegen die Armee. Die Bundesregierung hatte den USA Überflugrechte eingeräumt.'), 'DEUGOV');
  assert.equal(actor('In Österreich hat die Bundesregierung die Grenzen geschlossen.'), 'AUTGOV');
  assert.equal(actor('Die amerikanische Bundesregierung kritisierte China.'), 'USAGOV');
});

test('German coordinated participles: each takes the objects after the "und" before it ("den Palast gestürmt und den Präsidenten gefangen genommen")', () => {
  const es = code('Am Donnerstag hatten nigrische Militäreinheiten den Präsidentenpalast gestürmt und den Präsidenten Tandja gefangen genommen.', 'de', '2010-02-20');
  assert.equal(find(es, '17')?.target?.text, 'Präsidentenpalast');
  assert.equal(es.find((e) => e.code === '173')?.target?.text, 'Präsidenten Tandja');
  // (not an adjective before "und": "die Tötung einer norwegischen und einer chinesischen Geisel")
});

test('national legislatures by their own names (Bundestag, Duma, Knesset, Sejm, Rada …) are their country\'s, whatever the story\'s country', () => {
  const actor = (text: string, lang: Lang, re: RegExp) => coded(text, lang, '2012-02-01').actors.find((m) => re.test(m.text))?.code;
  assert.equal(actor('In Griechenland wird gestreikt. Der Bundestag stimmte dem Hilfspaket zu.', 'de', /Bundestag/), 'DEULEG');
  assert.equal(actor('Syria was bombed again. The Knesset approved the withdrawal from Gaza.', 'en', /Knesset/), 'ISRLEG');
});

test('a name set off by commas after an office or body is its apposition, not a list member ("… im Deutschen Bundestag, Renate Künast, …")', () => {
  const es = code('In Brüssel nahm der Außenbeauftragte der Europäischen Union, Javier Solana, den Bericht zum Anlass, um Russland zu kritisieren.', 'de', '2008-02-01');
  assert.equal(find(es, '11')?.source?.text, 'Javier Solana');
});

test('an agentless arrest placed in another country than the story\'s is that country\'s police\'s ("… wurde in der Nähe von Brüssel verhaftet")', () => {
  const es = code('Der ehemalige Vize-Präsident der Demokratischen Republik Kongo, Jean-Pierre Bemba, wurde am Samstagabend in der Nähe von Brüssel verhaftet.', 'de', '2008-05-25');
  assert.equal(find(es, '17')?.source?.code, 'BELCOP');
});

test('seats of power in their weak inflection after an article: "Das Weiße Haus", "Das Auswärtige Amt", "das Blaue Haus"', () => {
  assert.equal(find(code('Das Weiße Haus verlangte den Abzug der sudanesischen Truppen.', 'de', '2011-05-23'), '10')?.source?.code, 'USAGOV');
  assert.equal(find(code('Das Auswärtige Amt kritisierte die russische Regierung.', 'de', '2011-05-23'), '11')?.source?.code, 'DEUGOV');
});

test('Germany\'s federal courts by name are its judiciary, whatever country the story is about', () => {
  assert.equal(find(code('Im Irak-Krieg hatte Deutschland den USA geholfen. Das Bundesverwaltungsgericht kritisierte die Bundesregierung.', 'de', '2005-06-01'), '11')?.source?.code, 'DEUJUD');
});

test('English noun compounds of agents: "a rebel commander", "a militant gang", "Sudanese government troops", "Italian aid workers"', () => {
  const actors = (text: string) => coded(text, 'en', '2004-10-01').actors.map((m) => `${m.text}=${m.code}`);
  assert.deepEqual(actors('Two Italian aid workers were abducted by a militant gang in Baghdad.').filter((x) => !x.startsWith('Baghdad')), ['Italian aid workers=ITALAB', 'militant gang=IRQREB']);
  ok(actors('Iraqi police said a rebel commander was killed by army troops in Najaf.').includes('rebel commander=IRQREB'));
  ok(actors('Sudanese government troops attacked rebel positions in Darfur.').includes('Sudanese government troops=SDNMIL'));
  // (a plural demonym before a verb keeps them apart: "Palestinians aid …")
  ok(actors('Palestinians aid workers in Gaza.').includes('Palestinians=PSE'));
});

test('a phrase that hangs on an event noun after the verb is the noun\'s target, not the verb\'s ("verweisen auf einen Anschlag auf die US-Botschaft")', () => {
  const es = code('Die Vereinigten Staaten bezeichnen den Angriff als Verteidigungsaktion und verweisen als Beispiel auf einen Anschlag auf die US-Botschaft in Bagdad.', 'de', '2020-01-05');
  ok(!es.some((e) => e.root === '01' && e.target?.code.startsWith('USA')), 'the United States point to no embassy of their own');
});

test('violence by suicide bombers is suicide bombing; ", killing nine people" after a violent act is its toll, no event of its own; "a U.N. aid official" gives no aid', () => {
  assert.equal(find(code('Suicide bomber kills at least 10 in Moscow.', 'en', '2004-10-01'), '18')?.code, '1831');
  const es = code('JAKARTA - Suspected Muslim militants detonated a car bomb Thursday outside the Australian Embassy in Jakarta, killing nine people.', 'en', '2004-10-01');
  assert.deepEqual(es.map((e) => e.root), ['18']);
  ok(!find(code('Witnesses and a U.N. aid official said Israeli troops destroyed 20 houses in Rafah.', 'en', '2004-10-01'), '07'));
});

test('German compounds naming an organisation before the agent ("Talibankämpfer", "Bundeswehrsoldaten") are that organisation\'s', () => {
  const es = code('Im Norden Afghanistans griffen Talibankämpfer Bundeswehrsoldaten an.', 'de', '2010-02-01');
  assert.equal(dyad(find(es, '19')), 'AFGREB>DEUMIL');
});

test('a state or body that no longer existed at the text\'s date is named as history: coded, but no country in view for others', () => {
  assert.equal(dyad(find(code('Die Sowjetunion marschierte 1979 in Afghanistan ein.', 'de', '2005-06-01'), '19')), 'SUN>AFG');
  assert.equal(find(code('Die Soldaten der Wehrmacht ermordeten 1943 in Italien 200 Zivilisten.', 'de', '2005-06-01'), '18')?.source?.code, 'DEUMIL');
  assert.equal(dyad(find(code('The Soviet Union invaded Afghanistan in 1979.', 'en', '2005-06-01'), '19')), 'SUNMIL>AFG');
  // (a bare agent later takes the country of today's story, not the past state's)
  const doc = coded('Der frühere sowjetische Staatspräsident Michail Gorbatschow kritisierte Deutschland. Die Regierung wies das zurück.', 'de', '2008-02-08');
  assert.notEqual(doc.actors.find((m) => m.text === 'Regierung')?.code, 'SUNGOV');
});

test('English reduced passives after an adverb or with their with-word right after them ("drivers reportedly kidnapped in Iraq", "held hostage in Iraq"); "arrive back" is no visit', () => {
  ok(!code('Two Turkish drivers reportedly kidnapped in Iraq.', 'en', '2004-10-01').some((e) => e.source?.code.startsWith('TUR')), 'the kidnapped kidnap no one');
  ok(!code('Three Indian truck drivers held hostage in Iraq arrive back in Delhi.', 'en', '2004-10-01').some((e) => e.source?.code.startsWith('IND')));
  assert.equal(dyad(find(code('Putin arrived in Ankara on Friday.', 'en', '2004-10-01'), '04')), 'RUSGOV>TUR');
});

test('a surname alone before the full name ("Powell asks …" over "… Colin Powell said …") is that person; a country naming a topic ("on the Iraq issue") is no party', () => {
  const doc = coded('Powell asks Europe for help. Secretary of State Colin Powell asked the Europeans for support on the Iraq issue.', 'en', '2004-10-01');
  assert.equal(doc.actors.find((m) => m.text === 'Powell')?.code, 'USAGOV');
  ok(!doc.events.some((e) => e.target?.code.startsWith('IRQ')));
});

test('German: protests that name no protester, against a government, are its people\'s; a fronted event noun is the act of the subject after the verb, negated with its clause', () => {
  assert.equal(dyad(find(code('Nach der Veröffentlichung kam es zu Demonstrationen gegen die Regierung von Präsident Micheil Saakaschwili.', 'de', '2012-09-20'), '14')), 'GEO>GEOGOV');
  assert.equal(dyad(find(code('Seinen ersten Auslandsbesuch als Bundespräsident machte Joachim Gauck in Polen.', 'de', '2012-03-20'), '04')), 'DEUGOV>POL');
  assert.equal(find(code('Eine Entschädigung an Bosnien und Herzegowina muss Serbien allerdings nicht zahlen.', 'de', '2007-03-02'), '08')?.status, 'negated');
  // (not a noun a preposition governs: "Nach den Anschlägen von November hatte Moskau …", "Seit dem Angriff … nicht mehr erreichen")
  ok(!code('Nach den Anschlägen im November hatte Moskau eine Energiebrücke eingerichtet.', 'de', '2016-01-01').some((e) => e.root === '18' && e.source?.code.startsWith('RUS')));
});

test('German separable verbs find their particle past a relative clause set off by commas ("griffen … in Quetta, die im Grenzgebiet liegt, das Haus … an")', () => {
  const es = code('Am Montag griffen zwei Selbstmordattentäter in der Stadt Quetta, die im Grenzgebiet zu Afghanistan liegt, das Haus eines Generals an.', 'de', '2012-03-20');
  ok(es.some((e) => e.root === '18' && e.source?.code.startsWith('PAK')));
});

test('an office after "als"/"as" is that of the person the clause names ("als Bundespräsident machte Joachim Gauck …")', () => {
  const doc = coded('Seinen ersten Auslandsbesuch als Bundespräsident machte Joachim Gauck in Polen.', 'de', '2012-03-20');
  assert.equal(doc.actors.find((m) => m.text === 'Bundespräsident')?.code, 'DEUGOV');
});

test('the content of a rumour or suspicion is alleged ("dismissed rumours that he was poisoned by Israel")', () => {
  assert.equal(find(code('Arafat\'s aides dismissed rumours that he was poisoned by Israel.', 'en', '2004-11-10'), '18')?.status, 'alleged');
});

test('a patrol or convoy a locative names is where something happened, no show of force ("a roadside bomb exploded near an American military patrol")', () => {
  ok(!find(code('A roadside bomb exploded near an American military patrol in Baghdad.', 'en', '2004-10-01'), '15'));
  assert.equal(find(code('American troops began a military patrol of the Iraqi border.', 'en', '2004-10-01'), '15')?.source?.code.slice(0, 3), 'USA');
});

test('German idioms: "in Brand stecken" (1712), "in ihre Gewalt bringen" people (181, a town stays 192), "fassen" a suspect (173), legal remedies (115)', () => {
  assert.equal(find(code('Serbische Demonstranten steckten die amerikanische Botschaft in Brand.', 'de', '2008-02-22'), '17')?.code, '1712');
  const hostage = find(code('Irakische Rebellen brachten zwei französische Journalisten in ihre Gewalt.', 'de', '2004-08-25'), '18');
  assert.equal(hostage?.code, '181');
  assert.equal(dyad(hostage), 'IRQREB>FRAMED');
  assert.equal(find(code('Irakische Rebellen brachten die Stadt Falludscha in ihre Gewalt.', 'de', '2004-08-25'), '19')?.code, '192');
  const arrest = find(code('Die israelische Polizei fasste am Dienstag drei palästinensische Tatverdächtige.', 'de', '2005-06-01'), '17');
  assert.equal(arrest?.code, '173');
  assert.equal(dyad(arrest), 'ISRCOP>PSE');
  ok(!find(code('Die iranische Regierung hat einen Beschluss gefasst, die Verdächtigen freizulassen.', 'de', '2005-06-01'), '17'), 'a decision taken is no arrest');
  assert.equal(find(code('Die italienische Regierung legte Berufung gegen das Urteil des Gerichts ein.', 'de', '2005-06-01'), '11')?.code, '115');
  assert.equal(find(code('Die russische Regierung legte Protest bei der ukrainischen Regierung ein.', 'de', '2005-06-01'), '11')?.code, '114');
  assert.equal(find(code('Ein palästinensischer Attentäter jagte sich in Jerusalem in die Luft.', 'de', '2005-06-01'), '18')?.code, '1831');
});

test('lexicon additions: the island of Bali over the Cameroonian town, no Paul Bremer in "Bremer Umweltbehörde", dated roles of new people and parties', () => {
  assert.equal(find(code('Die indonesische Polizei nahm am Samstag in Bali drei Verdächtige fest.', 'de', '2005-10-05'), '17')?.place?.country, 'IDN');
  ok(!code('Die Bremer Umweltbehörde kritisierte die Bundesregierung.', 'de', '2003-10-01').some((e) => e.source?.code.startsWith('USA')));
  assert.equal(find(code('Anwar Ibrahim kritisierte die malaysische Regierung.', 'de', '2005-06-01'), '11')?.source?.code, 'MYSOPP');
  assert.equal(find(code('Anwar Ibrahim kritisierte die Opposition.', 'de', '2023-06-01'), '11')?.source?.code, 'MYSGOV');
  assert.equal(find(code('Die D66 kritisierte die belgische Regierung.', 'de', '2005-06-01'), '11')?.source?.code, 'NLDGOV');
  assert.equal(find(code('Die D66 kritisierte die belgische Regierung.', 'de', '2012-06-01'), '11')?.source?.code, 'NLDOPP');
  assert.equal(dyad(find(code('Die Polizei nahm in Neapel zwei Anführer der Camorra fest.', 'de', '2005-06-01'), '17')), 'ITACOP>ITACRM');
  assert.equal(find(code('Serbian Prime Minister Mirko Cvetkovic criticized EU Enlargement Commissioner Stefan Fule.', 'en', '2010-06-01'), '11')?.target?.code, 'EUU');
});

test('German state passive with "sein" of an arrest or killing ("Der dritte Attentäter ist längst gefasst"), not the perfect of "vorgehen gegen"', () => {
  const es = code('Die belgische Polizei sucht die Täter. Der dritte Attentäter vom Brüsseler Flughafen ist längst gefasst.', 'de', '2016-04-10');
  assert.equal(dyad(find(es, '17')), 'BELCOP>BELUAF', 'the one caught catches no one');
  assert.equal(find(code('In Istanbul ist die türkische Polizei gegen eine Zeitung vorgegangen.', 'de', '2015-11-02'), '17')?.source?.code, 'TURCOP');
});

test('"attacked Iraqi militiamen" is an attack of conventional force, not one with machetes; "Sadr City" is a place, not the cleric', () => {
  assert.equal(find(code('US troops attacked Iraqi militiamen in Najaf.', 'en', '2004-10-01'), '19')?.code, '190');
  const doc = coded('US troops raided Sadr City on Monday.', 'en', '2004-10-01');
  ok(!doc.actors.some((m) => m.id === 'sadr'));
});

test('a country\'s possessive before an international body only says where it serves ("Bosnia\'s top international administrator"), no party', () => {
  const es = code('A day after the U.S. government and Bosnia\'s top international administrator sanctioned Bosnian Serbs, he resigned.', 'en', '2004-08-27');
  assert.equal(dyad(find(es, '16')), 'USAGOV>BIH');
});

test('a party name another country qualifies is not that other country\'s party, also before punctuation ("Die italienischen Sozialdemokraten (PD)")', () => {
  const es = code('Die italienischen Sozialdemokraten (PD) und die Fünf-Sterne-Bewegung haben sich auf eine Koalitionsregierung geeinigt.', 'de', '2019-08-30');
  ok(!es.some((e) => e.source?.code.startsWith('DEU') || e.target?.code.startsWith('DEU')), 'no German party in an Italian coalition');
});

test('a deed a perfect infinitive tells after "claimed"/"said" is alleged, and claiming one\'s own deed accuses no one ("Israel claimed to have killed a Hamas leader")', () => {
  const es = code('Israel claimed to have killed a Hamas leader in Gaza.', 'en', '2004-10-01');
  assert.equal(find(es, '19')?.status, 'alleged');
  ok(!find(es, '11'), 'no accusation');
});

test('a headline\'s "X to V" is planned ("Kerry to Reverse Bush Policy on Iraq")', () => {
  assert.equal(find(code('Kerry to Reverse Bush Policy on Iraq.', 'en', '2004-10-01'), '08')?.status, 'planned');
});

test('police in a story that has named only a town are that town\'s country\'s; a government is not placed by a town alone', () => {
  const es = code('In Dortmund hat es einen Anschlag gegeben. Dabei nahmen Polizisten einen von zwei Tatverdächtigen fest.', 'de', '2010-05-04');
  assert.equal(find(es, '17')?.source?.code, 'DEUCOP');
  const gov = code('Das Urteil wurde in Den Haag verkündet. Die Regierung hat die Kläger empfangen.', 'de', '2010-05-04');
  ok(!gov.some((e) => e.source?.code.startsWith('NLD')), 'the court\'s town makes no Dutch government');
});

test('the genitive of a state of the past owns the agent before it, which stays history ("die damalige Regierung Jugoslawiens")', () => {
  const doc = coded('Demnach war die damalige Regierung Jugoslawiens nicht direkt verantwortlich.', 'de', '2007-03-02');
  const gov = doc.actors.find((a) => a.text === 'Regierung');
  assert.equal(gov?.code, 'YUGGOV');
});

test('German: the genitive owner of a cooperative verb\'s object after the subject is its target ("hat die Unabhängigkeit des Kosovo anerkannt"), not that of an event noun', () => {
  assert.equal(dyad(find(code('Serbien hat die Unabhängigkeit des Kosovo anerkannt.', 'de', '2010-05-04'), '05')), 'SRB>XKX');
  assert.equal(dyad(find(code('Die EU reagierte besorgt auf das Vorgehen der türkischen Behörden.', 'de', '2010-05-04'), '01')), 'EUU>TURGOV');
});

test('a title-case headline\'s "-s" verb between two names is the verb, not a plural noun ("Chinese Premier Visits India"); "More Sanctions" stays a noun', () => {
  assert.equal(dyad(find(code('Chinese Premier Visits India.', 'en', '2004-10-01'), '04')), 'CHNGOV>IND');
  const es = code('U.S. Weighs More Sanctions Vs. Belarus.', 'en', '2004-10-01');
  ok(!es.some((e) => e.code.startsWith('16') && e.status === 'actual'), 'no sanctions imposed');
});

test('a crowd counted by a number word alone that protests against a government is its people ("Thousands protest in Manila against President Arroyo", "Tausende protestieren gegen Präsident Lukaschenko")', () => {
  assert.equal(dyad(find(code('Thousands protest in Manila against President Arroyo.', 'en', '2004-10-01'), '14')), 'PHL>PHLGOV');
  assert.equal(dyad(find(code('Tausende protestieren gegen Präsident Lukaschenko.', 'de', '2010-05-04'), '14')), 'BLR>BLRGOV');
});

test('a noun before "suspected of"/"accused of" + gerund is the actor of the alleged deed, not the clause\'s subject ("three Americans accused of torturing Afghan prisoners")', () => {
  const es = code('A defense lawyer for one of three Americans accused of torturing a dozen Afghan prisoners showed a video in court.', 'en', '2004-08-23');
  assert.equal(dyad(find(es, '18')), 'USA>AFG');
  const po = code('British police arrested five men suspected of plotting attacks.', 'en', '2004-08-23');
  ok(!po.some((e) => e.root === '18' && e.source?.code.startsWith('GBRCOP')), 'the police plotted nothing');
});

test('insurgents using force on a place that names no actor, in a story with no country in view, act against their own country ("Chechen rebels seized the town of Argun")', () => {
  assert.equal(dyad(find(code('Chechen rebels seized the town of Argun.', 'en', '2004-09-01'), '19')), 'RUSREB>RUS');
});

test('a demand with no actor named is not aimed at a place named earlier as where something happened ("Nach den Anschlägen in Paris … forderte")', () => {
  const es = code('Nach den Anschlägen in Paris wurde die Grenze kontrolliert. Der österreichische Innenminister forderte mehr Personal.', 'de', '2015-11-20');
  ok(!es.some((e) => e.root === '10' && e.target?.code.startsWith('FRA')), 'no demand aimed at France');
});

test('two parties of one government are two actors: a quarrel between them is an event ("Die SPÖ warf der ÖVP eine Blockadepolitik vor")', () => {
  assert.equal(dyad(find(code('Die SPÖ warf der ÖVP eine Blockadepolitik vor.', 'de', '2016-05-01'), '11')), 'AUTGOV>AUTGOV');
  ok(!code('Die irakische Regierung unterstützte die Regierung.', 'de', '2016-05-01').some((e) => e.source?.code === e.target?.code), 'one government told twice is no pair');
});

test('an English "-s" form between a name and its object is the verb ("Israel attacks Gaza", "Minister visits Libya"); after an adjective of nationality or before a preposition it stays a noun', () => {
  assert.equal(dyad(find(code('Israel attacks Gaza.', 'en', '2004-10-01'), '19')), 'ISRMIL>PSE');
  assert.equal(dyad(find(code('Italy\'s Interior Minister visits Libya.', 'en', '2004-10-01'), '04')), 'ITAGOV>LBY');
  assert.equal(dyad(find(code('Palestinian militants stepped up attacks on Israel.', 'en', '2004-10-01'), '19')), 'PSEREB>ISR');
  ok(!code('Israeli attacks on Gaza were condemned.', 'en', '2004-10-01').some((e) => e.trigger.rule.startsWith('en.verb.190')), 'no verb reading after an adjective');
});

test('a country protesting to another country makes an official complaint (114), people protesting at home a demonstration', () => {
  assert.equal(find(code('Japan will protest to China over the incident.', 'en', '2004-10-01'), '11')?.code, '114');
  ok(!code('Tausende protestieren gegen Präsident Lukaschenko.', 'de', '2010-05-04').some((e) => e.code === '114'), 'a crowd makes no official complaint');
});

test('a sentence-case headline drops its auxiliaries too: a participle before a preposition or the end is passive ("Briton, two Americans kidnapped in Baghdad")', () => {
  ok(!code('Briton, two Americans kidnapped in Baghdad.', 'en', '2004-10-01').some((e) => e.source?.code.startsWith('USA')), 'the Americans kidnapped no one');
  assert.equal(find(code('Israel bombed targets in Gaza on Sunday.', 'en', '2004-10-01'), '19')?.source?.code, 'ISRMIL');
  assert.equal(dyad(find(code('Sudan rejected UN resolution.', 'en', '2004-10-01'), '12')), 'SDNGOV>UNO');
});

test('an event noun\'s agent may follow its patient\'s "of"/genitive phrase ("the killing of three Palestinians by Israeli troops", "die Festnahme des Oppositionsführers durch die Polizei"), not the agent of a participle', () => {
  assert.equal(dyad(find(code('The killing of three Palestinians by Israeli troops sparked protests.', 'en', '2004-10-01'), '19')), 'ISRMIL>PSE');
  assert.equal(dyad(find(code('Die Festnahme des Oppositionsführers durch die simbabwische Polizei löste Kritik aus.', 'de', '2010-05-04'), '17')), 'ZWECOP>ZWEOPP');
  ok(!code('They demanded the release of women held by U.S.-led forces.', 'en', '2004-10-01').some((e) => e.root === '08' && e.source?.code.startsWith('USA')), 'the forces hold, they release no one');
});

test('German: the verb\'s own with-noun keeps its "gegen" object ("erhob Anklage gegen"); new idioms (zum Tod verurteilt, hart durchgreifen, lobende Worte finden, attackieren)', () => {
  assert.equal(dyad(find(code('Die Staatsanwaltschaft in Kairo erhob Anklage gegen den früheren Präsidenten Mursi.', 'de', '2014-05-04'), '17')), 'EGYJUD>EGYOPP');
  assert.equal(find(code('Ein iranisches Gericht hat den Journalisten zum Tod verurteilt.', 'de', '2014-05-04'), '17')?.code, '173');
  assert.equal(find(code('Die Polizei in Moskau griff hart gegen die Demonstranten durch.', 'de', '2014-05-04'), '17')?.code, '170');
  assert.equal(dyad(find(code('Der russische Präsident fand lobende Worte für die chinesische Führung.', 'de', '2014-05-04'), '05')), 'RUSGOV>CHNGOV');
  assert.equal(dyad(find(code('Die Polizei in Kenia attackierte die Demonstranten.', 'de', '2014-05-04'), '19')), 'KENCOP>KEN');
  ok(!code('Rumsfeld attackierte den Iran als den führenden Förderer von Terrorismus.', 'de', '2006-05-04').some((e) => e.root === '19'), 'words are no force');
});

test('German "Sie" before a verb in the singular, after a sentence that opened with a woman, is she ("Theresa May traf Boris Johnson. Sie sicherte dabei Johnson … zu")', () => {
  const es = code('Theresa May traf Boris Johnson in London. Sie sicherte dabei Johnson ihre volle Unterstützung zu.', 'de', '2019-07-24');
  assert.equal(find(es, '03')?.source?.code, 'GBRGOV');
  assert.equal(find(es, '03')?.source?.text, 'Sie');
});

test('an act only a state does (lexicon state_act), told with no agent, is the state\'s ("Zwei Männer wurden heute in Teheran hingerichtet")', () => {
  assert.equal(find(code('Zwei Männer wurden heute in Teheran hingerichtet.', 'de', '2010-05-04'), '18')?.source?.code, 'IRNGOV');
  assert.equal(find(code('Two men were executed in Iran on Tuesday.', 'en', '2004-10-01'), '18')?.source?.code, 'IRNGOV');
  ok(!code('Zwei Männer wurden heute in Teheran getötet.', 'de', '2010-05-04').some((e) => e.source?.code === 'IRNGOV'), 'a killing may be anyone\'s');
});

test('a party\'s politician or official, named or not, is of the party and told apart from another party of one code ("SPÖ-Bundesgeschäftsführer Gerhard Schmid kritisierte die ÖVP")', () => {
  assert.equal(dyad(find(code('SPÖ-Bundesgeschäftsführer Gerhard Schmid kritisierte die ÖVP.', 'de', '2016-05-01'), '11')), 'AUTGOV>AUTGOV');
  assert.equal(find(code('SPÖ-Bundesgeschäftsführer Gerhard Schmid kritisierte die ÖVP.', 'de', '2016-05-01'), '11')?.source?.text, 'SPÖ-Bundesgeschäftsführer Gerhard Schmid');
  assert.equal(dyad(find(code('Die SPÖ-Politikerin kritisierte die ÖVP.', 'de', '2016-05-01'), '11')), 'AUTGOV>AUTGOV');
});

test('"its" before a state\'s organ points to a state, not to a militant group named in between; capturing a person is an arrest', () => {
  assert.equal(find(code('Pakistan says al-Qaeda suspects were killed after its security forces shot dead two militants.', 'en', '2004-10-01'), '19')?.source?.code, 'PAKCOP');
  assert.equal(find(code('Hamas said its fighters attacked an Israeli post.', 'en', '2004-10-01'), '19')?.source?.code, 'PSEREB');
  assert.equal(find(code('Iraqi troops captured a lieutenant of Zarqawi.', 'en', '2004-10-01'), '17')?.code, '173');
});

test('saying an act "was illegal" disapproves of its actor (en.verb.111.say-illegal); "illegal" elsewhere in the clause does not', () => {
  assert.equal(dyad(find(code('Annan said the invasion of Iraq by the United States was illegal.', 'en', '2004-10-01'), '11')), 'UNO>USA');
  ok(!code('Judge David Sentelle said such laws were aimed at putting an end to illegal conduct.', 'en', '2004-10-01').some((e) => e.code === '111'), 'no disapproval');
});

test('an agent of a country is of each country listed after it ("the leaders of Sudan, Egypt and Chad", "die Außenminister Frankreichs, Deutschlands und Italiens")', () => {
  const es = code('Die Außenminister Frankreichs, Deutschlands und Italiens verurteilten den Angriff auf Israel.', 'de', '2004-10-01').filter((e) => e.root === '11');
  assert.deepEqual(es.map((e) => e.source?.code).sort(), ['DEUGOV', 'FRAGOV', 'ITAGOV']);
  const doc = coded('The leaders of Sudan, Egypt and Chad met in Tripoli.', 'en', '2004-10-01');
  assert.deepEqual(doc.actors.filter((a) => a.kind === 'agent').map((a) => a.code), ['SDNGOV', 'EGYGOV', 'TCDGOV']);
});

test('German "dortig" before an agent points to the country or town named last ("In Italien … Der dortige Kassationsgerichtshof")', () => {
  const doc = coded('Deutschland hat geklagt. Deutschland sieht sich im Recht. Berlin sagte, Deutschland werde nicht zahlen. In Italien waren Entschädigungen gefordert worden. Der dortige Kassationsgerichtshof hatte entschieden, dass Deutschland zahlen müsse.', 'de', '2012-02-03');
  assert.equal(doc.actors.find((a) => a.text === 'Kassationsgerichtshof')?.code, 'ITAJUD');
});

test('welcoming an act is approval (051), no hosting of a visitor, even with a visitor word before the verb ("rebel leaders welcomed the move")', () => {
  const es = code('The United Nations imposed an arms embargo on Ivory Coast. Ivorian rebel leaders welcomed the move.', 'en', '2004-11-16');
  ok(!es.some((e) => e.code.startsWith('043')), 'no visit hosted');
  assert.equal(dyad(find(es, '05')), 'CIVREB>UNO');
});

test('a nationality that only says where a border runs is no party ("on the Egyptian border")', () => {
  const es = code('Israeli forces blocked roads in Gaza, and troops tore down houses in a refugee camp on the Egyptian border.', 'en', '2004-09-01');
  ok(!es.some((e) => e.target?.code.startsWith('EGY')), es.map(dyad).join(' '));
});

test('a nationality of origin ("ein Mann türkischer Herkunft") gives no country to a bare agent of the sentence', () => {
  ok(!code('Die Polizei hat einen Mann türkischer Herkunft verhaftet.', 'de', '2007-10-20').some((e) => e.source?.code === 'TURCOP'), 'no Turkish police');
});

test('a foreigner arrested with no agent named is arrested by the police of the country the sentence places it in; a release or sentence abroad is not placed so', () => {
  assert.equal(dyad(find(code('In Marokko ist ein Belgier festgenommen worden.', 'de', '2016-01-20'), '17')), 'MARCOP>BEL');
  ok(!code('Ten Turkish hostages freed in Iraq.', 'en', '2004-10-01').some((e) => e.source?.code === 'IRQGOV'), 'hostages are freed by their captors');
});

test('a title with an unknown first name and a known surname is another person of that name ("Defense Minister Jorge Uribe"), not the known one; the known one\'s own first name keeps him ("Nursultan Abish-uly Nazarbayev")', () => {
  const doc = coded('Colombian Defense Minister Jorge Uribe said the rebels planned to kill President Bush.', 'en', '2004-09-01');
  ok(!doc.actors.some((a) => a.text === 'Uribe'), doc.actors.map((a) => a.text).join(' | '));
  const kaz = coded('Kazakhstan has been ruled by its president Nursultan Abish-uly Nazarbayev. He has powers for life.', 'en', '2005-01-01');
  ok(kaz.actors.some((a) => a.kind === 'person' && a.id === 'nazarbayev'), kaz.actors.map((a) => a.text + '=' + a.kind).join(' | '));
  assert.equal(find(code('Iraqi National Guardsmen attacked insurgents in Mosul.', 'en', '2004-09-01'), '19')?.source?.code, 'IRQMIL');
});

test('a show of force told by a verb is an event even when no one it is aimed at is named ("Pakistan has successfully test fired a nuclear-capable missile"); unions mobilising members make none', () => {
  const es = code('Pakistan has successfully test fired a nuclear-capable missile.', 'en', '2004-10-01');
  assert.equal(find(es, '15')?.source?.code, 'PAKMIL');
  assert.equal(find(es, '15')?.target, null);
  ok(!code('In Brasilien haben die Gewerkschaften ihre Mitglieder mobilisiert.', 'de', '2016-01-01').some((e) => e.root === '15'), 'no military mobilisation');
});

test('German: an event noun in a clause with "soll(en)" and a perfect infinitive is alleged ("soll an den Anschlägen beteiligt gewesen sein"); "sollen heute Gespräche haben" is planned', () => {
  assert.equal(find(code('Der Iraner soll an den Anschlägen in Nairobi beteiligt gewesen sein.', 'de', '2012-06-01'), '18')?.status, 'alleged');
  assert.equal(find(code('Die Präsidenten Russlands und Chinas sollen heute Gespräche haben.', 'de', '2012-06-01'), '04')?.status, 'planned');
});

test('German idioms: Anzeige erstatten gegen (115), ein Konsulat einweihen (054), zu Gesprächen laden (036)', () => {
  assert.equal(dyad(find(code('Der russische Oppositionelle erstattete Anzeige gegen den Präsidenten Putin.', 'de', '2012-06-01'), '11')), 'RUSOPP>RUSGOV');
  assert.equal(find(code('Die CDU hat die SPD zu Gesprächen geladen.', 'de', '2012-06-01'), '03')?.code, '036');
  assert.equal(find(code('Osttimor weihte in Indonesien ein Konsulat ein.', 'de', '2005-12-29'), '05')?.code, '054');
});

test('an attack "blamed on" someone is theirs, alleged, against the clause\'s subject; the toll of an accident is no force', () => {
  const es = code('Two Turkish soldiers were killed in two attacks blamed on Kurdish rebels.', 'en', '2004-10-01');
  const attack = find(es, '19');
  assert.equal(attack?.source?.code.slice(3), 'REB');
  assert.equal(attack?.target?.code, 'TURMIL');
  assert.equal(attack?.status, 'alleged');
  ok(!code('A military plane crashed in Iran, killing 25 people.', 'en', '2004-10-01').some((e) => Number(e.root) >= 18), 'an accident is no force');
});

test('an English "-ing" form right after an actor is that actor\'s act ("a response to Iraqi insurgents threatening to kill the British hostage"), not after a place', () => {
  assert.equal(find(code('Blair has avoided a public response to Iraqi insurgents threatening to kill the British hostage.', 'en', '2004-10-01'), '13')?.source?.code, 'IRQREB');
});

test('an English "-ing" form after a conjunction of time is done by the main verb\'s subject ("… hijacked a plane that left Libya before surrendering to Sudanese security forces"), not across a clause the verb governs', () => {
  const es = code('Eritrean deportees hijacked a plane that left Libya before surrendering to Sudanese security forces.', 'en', '2004-08-28');
  ok(!es.some((e) => e.source?.code.startsWith('LBY')), es.map(dyad).join(' '));
});

test('an office at a body is of that body ("Ein Richter am Bundesgerichtshof hat Haftbefehl gegen drei Iraker erlassen")', () => {
  assert.equal(dyad(find(code('Ein Richter am Bundesgerichtshof hat Haftbefehl gegen drei Iraker erlassen.', 'de', '2004-12-06'), '17')), 'DEUJUD>IRQ');
});

test('German: an office of a side still to be placed takes that side\'s role ("Der Sprecher des Oppositionsführers wurde in Minsk festgenommen")', () => {
  assert.equal(dyad(find(code('Der Sprecher des Oppositionsführers Milinkewitsch wurde in Minsk festgenommen.', 'de', '2006-03-01'), '17')), 'BLRCOP>BLROPP');
});

test('a title-case headline\'s "-s" verb the lexicon lists by its stem only is the verb, no part of a name ("Iraqi Leader Thanks U.S. in Speech to Congress")', () => {
  assert.equal(dyad(find(code('Iraqi Leader Thanks U.S. in Speech to Congress.', 'en', '2004-09-23'), '05')), 'IRQGOV>USA');
});

test('a name no lexicon knows, introduced by its title, names the same person when its surname comes again ("Oppositionsführer Aljaksandr Milinkewitsch … Milinkewitsch")', () => {
  const text = 'Der weißrussische Oppositionsführer Aljaksandr Milinkewitsch wurde nicht festgenommen. Milinkewitsch kritisierte die Regierung scharf.';
  const doc = coded(text, 'de', '2006-03-25');
  assert.equal(doc.actors.find((m) => m.text === 'Milinkewitsch')?.code, 'BLROPP');
  assert.equal(dyad(find(doc.events, '11')), 'BLROPP>BLRGOV');
  // (English too; two unknown people of one surname and different codes are neither)
  const en = coded('Opposition leader Viktor Yanovych met the press. Interior Minister Petro Yanovych spoke later. Yanovych criticized the government.', 'en', '2004-10-01');
  assert.equal(en.actors.find((m) => m.text === 'Yanovych'), undefined);
  // (before an English agent noun the name qualifies it: the supporters rally, not the president)
  const sup = coded('Honduran soldiers arrested President Manuel Zelaya on Sunday. Thousands of Zelaya supporters rallied outside the palace on Monday.', 'en', '2009-06-29');
  assert.equal(sup.actors.find((m) => m.text === 'Zelaya')?.modifier, true);
  assert.equal(find(sup.events, '14')?.source?.code.slice(3), '', 'the supporters, of the country');
  // (a surname ending a sentence shorter than the one before, with no full stop, has no next token to qualify)
  const last = coded('Honduran soldiers arrested President Manuel Zelaya on Sunday. Crowds cheered Zelaya', 'en', '2009-06-29');
  assert.equal(last.actors.filter((m) => m.text === 'Zelaya' && m.sentence === 1).length, 1);
});

test('"der Sprecher von X wurde festgenommen": the owner a "von" phrase names after an agent noun is no passive agent and no second patient', () => {
  const text = 'Der weißrussische Oppositionsführer Aljaksandr Milinkewitsch sprach in Minsk. Jedoch wurde der Sprecher von Aljaksandr Milinkewitsch festgenommen.';
  const doc = coded(text, 'de', '2006-03-25');
  assert.equal(dyad(find(doc.events, '17')), 'BLRCOP>BLROPP');
  // (a "von" phrase after a participle's auxiliary is still the agent)
  assert.equal(dyad(find(code('In Minsk wurde ein Journalist von der Polizei festgenommen.', 'de', '2006-03-25'), '17')), 'BLRCOP>BLRMED');
});

test('a charge or trial with no agent named is the act of the judiciary of the accused\'s country, also for several accused named together', () => {
  const es = code('Der frühere Präsident des Irak, Saddam Hussein, ist im Irak vor Gericht gestellt worden. Hussein wird gemeinsam mit seinem ehemaligen Vizepräsidenten Taha Jassin Ramadan, seinem früheren Geheimdienstchef Barasan Ibrahim und fünf weiteren Mitgliedern seiner Partei wegen des Massakers von Dudschail angeklagt.', 'de', '2005-10-20');
  assert.equal(dyad(es.find((e) => e.sentence === 0 && e.root === '11')), 'IRQJUD>IRQELI', 'put on trial');
  assert.equal(dyad(es.find((e) => e.sentence === 1 && e.code === '173')), 'IRQJUD>IRQELI', 'charged: the list of the accused stays one clause');
});

test('a German negation before "und" and a second verb negates the first verb only', () => {
  const es = code('Saddam Hussein erkannte die Autorität des irakischen Gerichts nicht an und weigerte sich, seinen Namen zu nennen.', 'de', '2005-10-20');
  const refusal = es.find((e) => e.trigger.text === 'weigerte');
  ok(refusal, 'the refusal is coded');
  assert.equal(refusal.status, 'actual');
});

test('a town or region adjective before an agent places it, before any earlier agent of that noun it could continue', () => {
  const r = coded('Die Moskauer Staatsanwaltschaft ermittelt gegen den Soldaten. Die bayerische Polizei nahm zwei Männer fest. Die römische Staatsanwaltschaft erhob Anklage gegen den Soldaten.', 'de', '2007-01-10');
  const codes = r.actors.filter((a) => /Staatsanwaltschaft|Polizei/.test(a.text)).map((a) => `${a.sentence}:${a.code}`);
  assert.deepEqual(codes, ['0:RUSJUD', '1:DEUCOP', '2:ITAJUD']);
});

test('an agentless charge is that of the court named in the sentences before', () => {
  const es = code('Der frühere liberianische Präsident Charles Taylor kommt in Den Haag vor ein Sondertribunal für Sierra Leone. Er wird wegen Kriegsverbrechen angeklagt.', 'de', '2006-06-27');
  assert.equal(dyad(es.find((e) => e.sentence === 1 && e.root === '17')), 'IGOWCT>LBRELI');
});

test('a name set off by commas stays in its clause, and a speaker after "laut" ends before the next article', () => {
  const es = code('Der weißrussische Oppositionsführer Aljaksandr Milinkewitsch sprach mit Journalisten. Jedoch wurde laut Sergei Voznyak der persönliche Sprecher von Aljaksandr Milinkewitsch, Pawel Maschejka, festgenommen.', 'de', '2006-03-26');
  const arrest = es.find((e) => e.sentence === 1 && e.root === '17');
  ok(arrest, 'the arrest is coded');
  assert.equal(dyad(arrest), 'BLRCOP>BLROPP');
  assert.equal(arrest.target?.text, 'Sprecher');
});

test('an office and its holder in apposition are one party, whichever of them the lexicon knows', () => {
  const es = code('Die Fraktionschefin der Grünen, Renate Künast, kritisierte am Sonntag die Regierung scharf.', 'de', '2008-03-02');
  assert.ok(!es.some((e) => e.target?.text === 'Renate Künast'), 'the holder is no target of her own criticism');
  const bemba = code('Der ehemalige Vize-Präsident der Demokratischen Republik Kongo, Jean-Pierre Bemba, der seit 2007 im Exil lebt, wurde in der Nähe von Brüssel verhaftet.', 'de', '2008-05-25');
  assert.equal(bemba.find((e) => e.root === '17')?.target?.code, 'CODOPP', 'a relative clause after the name still has its own clause');
});

test('words after a preposition inside a name are no with-word ("UN-Hochkommissar für Menschenrechte")', () => {
  const es = code("Der UN-Hochkommissar für Menschenrechte, Seid Ra'ad al-Hussein, hat Myanmar am Montag ethnische Säuberungen an der muslimischen Minderheit der Rohingya vorgeworfen.", 'de', '2017-09-12');
  const accusation = es.find((e) => e.root === '11');
  assert.equal(dyad(accusation), 'UNOHCH>MMR');
  assert.equal(accusation?.code, '1124', 'the accusation of ethnic cleansing, not of human-rights abuses named by the office');
});

test('a person in the genitive before an agent, or the owner of an unnamed team after it, owns the agent', () => {
  const r = coded('Der weißrussische Oppositionsführer Aljaksandr Milinkewitsch sprach. Sergei Voznyak, Pressesprecher des Wahlkampfteams von Aljaksandr Milinkewitsch, wird zitiert. Milinkewitschs Pressesprecher wurde am Abend wieder aus der Haft entlassen. Putins Sprecher schwieg.', 'de', '2006-03-26');
  const spokesmen = r.actors.filter((a) => /sprecher$/i.test(a.text)).map((a) => `${a.sentence}:${a.code}`);
  assert.deepEqual(spokesmen, ['1:BLROPP', '2:BLROPP', '3:RUSGOV']);
  assert.equal(dyad(r.events.find((e) => e.sentence === 2 && e.code === '0841')), 'BLRGOV>BLROPP');
});

test('a manufacturer is a business of its country ("den US-amerikanischen Hersteller … besucht")', () => {
  const es = code('Brandenburgs Wirtschaftsminister Ulrich Junghanns hat den US-amerikanischen Hersteller von Elektroautos, Tesla Motors, besucht.', 'de', '2009-05-20');
  assert.equal(dyad(es.find((e) => e.root === '04')), 'DEUGOV>USABUS');
});

test('an office named for one body before the genitive of another is the other\'s; a town right after a local office places it', () => {
  const r = coded('Der Kommissionspräsident der Afrikanischen Union, Alpha Omar Konaré, nannte dies einen Militärputsch. Der Mann wurde in Thailand festgenommen. Beteiligt war auch die Staatsanwaltschaft Gießen.', 'de', '2005-02-08');
  assert.equal(r.actors.find((a) => a.text === 'Kommissionspräsident')?.code, 'IGOOAU');
  assert.equal(r.actors.find((a) => a.text === 'Staatsanwaltschaft')?.code, 'DEUJUD');
});

test('troops "unter (der) Führung" of a country are that country\'s', () => {
  const r = coded('In Afghanistan wird gekämpft. Die Koalitionstruppen unter Führung der Vereinigten Staaten griffen Stellungen der Taliban an. Die Truppen unter der Führung Frankreichs zogen ab.', 'de', '2008-06-15');
  assert.deepEqual(r.actors.filter((a) => /truppen$/i.test(a.text)).map((a) => a.code), ['USAMIL', 'FRAMIL']);
  assert.ok(!r.actors.some((a) => a.text.startsWith('Führung')), 'the leadership is no party of its own');
});

test('a passive disapproval of a named deed needs no target, and a bare year after a noun dates the noun, not the verb', () => {
  const es = code('Das Massaker von Srebrenica 1995 wurde vom Internationalen Gerichtshof (IGH) in Den Haag zum Völkermord erklärt.', 'de', '2007-03-02');
  const ruling = es.find((e) => e.root === '11');
  ok(ruling, 'the ruling is coded');
  assert.equal(ruling.source?.code, 'IGOICJ');
  assert.equal(ruling.target, null);
  assert.notEqual(ruling.date, '1995');
  const summer = code('Die Organisation hat im Sommer 2014 die Grenze zwischen Irak und Syrien eliminiert.', 'de', '2016-01-02');
  assert.equal(summer.find((e) => e.root === '18')?.date ?? '2014', '2014', 'a season before the year keeps it the verb\'s time');
});

test('closed borders with no agent are the government\'s act; a police search with no target is of the place searched', () => {
  const es = code('Nach dem Tod des togolesischen Präsidenten hat die Armee seinen Sohn ernannt. Die Grenzen des Landes werden bis auf weiteres geschlossen, kündigte die Regierung in Lomé an.', 'de', '2005-02-08');
  assert.equal(es.find((e) => e.code === '191')?.source?.code, 'TGOGOV');
  assert.equal(dyad(code('Polizisten durchsuchten in der Nacht zum Sonntag eine Discothek in Wiesloch.', 'de', '2006-01-08').find((e) => e.code === '091')), 'DEUCOP>DEU');
});

test('"stieß auf Kritik", "drew criticism from": the subject is criticised by those after the source preposition', () => {
  assert.equal(dyad(code('Das Vorhaben der polnischen Regierung stieß in Deutschland auf heftige Kritik.', 'de', '2006-05-20').find((e) => e.root === '11')), 'DEU>POLGOV');
  assert.equal(dyad(code('Israel came under fire from the United Nations for the raid.', 'en', '2006-05-20').find((e) => e.root === '11')), 'UNO>ISR');
});

test('a German clause interrupted by a relative clause keeps the negation that follows it', () => {
  const es = code('Eine Entschädigung an Bosnien und Herzegowina muss Serbien, das als Rechtsnachfolger Jugoslawiens gilt, nicht zahlen.', 'de', '2007-03-02');
  assert.equal(es.find((e) => e.trigger.text === 'Entschädigung')?.status, 'negated');
});

test('the second member of "weder … noch" / "neither … nor" is negated', () => {
  const es = code('Die Armee hat weder Panzer noch Raketenangriffe gegen Gaza eingesetzt.', 'de', '2006-08-01');
  const second = es.find((e) => e.trigger.text === 'Raketenangriffe');
  ok(second, 'the second noun is coded');
  assert.equal(second.status, 'negated');
});

test('"der Erste", "der Zweite" stand for the people named last by their nationality', () => {
  const es = code('Zuvor schon nahmen kenianische Polizeikräfte zwei Iraner fest. Der Erste wurde schon am Mittwoch in Nairobi festgenommen.', 'de', '2012-06-24');
  assert.equal(dyad(es.find((e) => e.sentence === 1 && e.root === '17')), 'KENCOP>IRN');
});

test('"kommt vor ein Sondertribunal", "muss sich vor Gericht verantworten": the court tries the subject', () => {
  const es = code('Der frühere liberianische Präsident Charles Taylor kommt in Den Haag vor ein Sondertribunal für Sierra Leone. Der irakische Ex-Präsident Saddam Hussein muss sich vor einem Gericht in Bagdad verantworten.', 'de', '2006-06-27');
  assert.equal(dyad(es.find((e) => e.sentence === 0 && e.root === '11')), 'IGOWCT>LBRELI');
  assert.equal(dyad(es.find((e) => e.sentence === 1 && e.root === '11')), 'IRQJUD>IRQELI');
});

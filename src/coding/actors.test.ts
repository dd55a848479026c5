import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLexicon } from '../lexicon/compile.ts';
import { tokenize } from '../text/tokens.ts';
import { parsePartialDate } from './dates.ts';
import { findActors } from './actors.ts';

const lex = getLexicon();
function codeOf(text: string, name: string, lang: 'de' | 'en', date: string): string | undefined {
  const m = findActors(tokenize(text, 0, text.length), 0, lex[lang], parsePartialDate(date), text).find((a) => a.text.includes(name));
  return m?.code;
}

test('an office left in the last weeks is still the office the story speaks of', () => {
  // Bazoum was president of Niger until the coup of 2023-07-26
  assert.equal(codeOf('Soldiers ousted President Mohamed Bazoum.', 'Bazoum', 'en', '2023-07-28'), 'NERGOV');
  assert.equal(codeOf('Bazoum remains detained.', 'Bazoum', 'en', '2023-08-20'), 'NERGOV');
  assert.equal(codeOf('Bazoum remains detained.', 'Bazoum', 'en', '2023-10-20'), 'NEROPP', 'months later: the default');
  assert.equal(codeOf('Bazoum remains detained.', 'Bazoum', 'en', '2023-08'), 'NEROPP', 'a month does not tell weeks after');
  assert.equal(codeOf('Das Militär hat Präsident Mohammed Mursi abgesetzt.', 'Mursi', 'de', '2013-07-04'), 'EGYGOV');
});

test('words that put a person out of office keep the role that ended', () => {
  assert.equal(codeOf('The ousted president Mohamed Bazoum remains detained.', 'Bazoum', 'en', '2023-07-28'), 'NEROPP');
  assert.equal(codeOf('Former president Mohamed Bazoum spoke.', 'Bazoum', 'en', '2023-07-28'), 'NEROPP');
  assert.equal(codeOf('Der entmachtete Regionalpräsident Carles Puigdemont rief zum Widerstand auf.', 'Puigdemont', 'de', '2017-10-28'), 'ESPOPP');
  assert.equal(codeOf('Regionalpräsident Carles Puigdemont rief zum Widerstand auf.', 'Puigdemont', 'de', '2017-10-28'), 'ESPGOV');
});

const mentions = (text: string, lang: 'de' | 'en') => findActors(tokenize(text, 0, text.length), 0, lex[lang], parsePartialDate('2024-05-01'), text).map((a) => `${a.text}=${a.code}`);

test('coordinated nationalities share the agent after them, demonym or adjective', () => {
  assert.deepEqual(mentions('Indian and Pakistani troops exchanged fire.', 'en'), ['Indian=INDMIL', 'Pakistani troops=PAKMIL']);
  assert.deepEqual(mentions('Gefechte zwischen aserbaidschanischen und armenischen Truppen', 'de'), ['aserbaidschanischen=AZEMIL', 'armenischen Truppen=ARMMIL']);
});

test('an ideology before an armed group noun is that armed group', () => {
  assert.deepEqual(mentions('The Islamist militants seized the students.', 'en'), ['Islamist militants=REB', 'students=EDU']);
  assert.deepEqual(mentions('The Islamists protested.', 'en'), ['Islamists=RAD']);
});

test('a compound of verb particles and a verbal noun is no agent ("Wiedereinführung" is no "Führung")', () => {
  assert.deepEqual(mentions('Er drohte mit der Wiedereinführung von Sanktionen und verurteilte die Entführung.', 'de'), []);
  assert.deepEqual(mentions('Die Parteiführung und die Staatsführung', 'de'), ['Parteiführung=GOV', 'Staatsführung=GOV']);
});

test('a capital after a preposition is a place, not part of the title after it', () => {
  assert.deepEqual(mentions('Zuvor hatte er in Khartum Präsident Omar al-Baschir aufgefordert.', 'de').filter((m) => !m.startsWith('er=')), ['Khartum=SDN', 'Präsident Omar al-Baschir=SDNGOV']);
  assert.deepEqual(mentions('Khartum Präsident Omar al-Baschir', 'de'), ['Khartum Präsident Omar al-Baschir=SDNGOV']);
});

test('the office a title before a name gives is the person\'s role in their own country; generic titles and titles of another agent do not count', () => {
  assert.equal(codeOf('Armeechef Abdel Fattah al-Burhan lehnte Verhandlungen ab.', 'Burhan', 'de', '2023-04-17'), 'SDNMIL');
  assert.equal(codeOf('Der Armeechef Abdel Fattah al-Burhan lehnte ab.', 'Burhan', 'de', '2023-04-17'), 'SDNMIL');
  assert.equal(codeOf('Senator John Kerry attacked the record.', 'Kerry', 'en', '2004-10-01'), 'USALEG');
  assert.equal(codeOf('The army killed Tamil Tiger leader Velupillai Prabhakaran.', 'Prabhakaran', 'en', '2009-05-19')?.endsWith('GOV'), false);
  assert.equal(codeOf('Former president Alvaro Uribe rejected the deal.', 'Uribe', 'en', '2016-09-27'), 'COLOPP', '"former" keeps the lexicon role');
});

test('a group\'s generic title is of the group\'s role: "gang leader", "the leader of the main gang coalition"', () => {
  assert.deepEqual(mentions('The leader of the main gang coalition warned.', 'en'), ['leader of the main gang=CRM']);
  assert.deepEqual(mentions('The most powerful gang leader warned.', 'en'), ['gang leader=CRM']);
  assert.deepEqual(mentions('The leader of the country spoke.', 'en').map((m) => m.endsWith('=CRM')), [false], 'a country after "of" is no group');
});

test('a transnational agent has no country unless one is named', () => {
  assert.deepEqual(mentions('Menschenrechtsorganisationen und kenianische Menschenrechtsorganisationen', 'de'), ['Menschenrechtsorganisationen=NGOHRI', 'kenianische Menschenrechtsorganisationen=KENHRI']);
});

test('a surname after a comma is a name even before a preposition; opening a sentence it may be the adverb it spells', () => {
  assert.deepEqual(mentions('Sarkozy kündigte an, Betancourt in Paris zu empfangen.', 'de').filter((m) => m.startsWith('Betancourt')), ['Betancourt=COLOPP']);
  assert.deepEqual(mentions('Kurz vor dem Besuch wurde er entlassen.', 'de'), []);
});

test('"a senior Iranian military official", "a Kenyan police spokesman": one mention with the office\'s role', () => {
  const text = 'A senior Iranian military official met a Kenyan police spokesman.';
  const found = findActors(tokenize(text, 0, text.length), 0, lex.en, parsePartialDate('2004-09-01'), text).map((m) => `${m.text}:${m.code}`);
  assert.deepEqual(found, ['Iranian military official:IRNMIL', 'Kenyan police spokesman:KENCOP']);
  const inf = 'Nigerian infantry flew out of Abuja; ukrainische Infanteristen rückten vor.';
  assert.deepEqual(findActors(tokenize(inf, 0, inf.length), 0, lex.en, parsePartialDate('2004-09-01'), inf).map((m) => `${m.text}:${m.code}`).slice(0, 1), ['Nigerian infantry:NGAMIL']);
  assert.ok(findActors(tokenize(inf, 0, inf.length), 0, lex.de, parsePartialDate('2004-09-01'), inf).some((m) => m.code === 'UKRMIL'));
});

test('"ethnic minority rebels": a plain word for people before an agent of a role is part of that agent', () => {
  const text = 'Ethnic minority rebels in Darfur attacked a convoy.';
  const found = findActors(tokenize(text, 0, text.length), 0, lex.en, parsePartialDate('2004-09-01'), text).map((m) => `${m.text}:${m.code}`);
  assert.deepEqual(found, ['minority rebels:REB']);
});

test('the ADF are Ugandan rebels (against Uganda\'s government), though they fight in eastern Congo', () => {
  assert.equal(codeOf('Die von Islamisten geführte Rebellengruppe ADF habe einen Militärstützpunkt angegriffen.', 'ADF', 'de', '2014-10-01'), 'UGAREB');
});

test('an adjective opening a longer place name is that place, not the country ("im Indischen Ozean"); "die indischen Truppen" stay India\'s', () => {
  assert.equal(codeOf('Ein Seebeben im Indischen Ozean erschütterte die Region.', 'Indischen', 'de', '2005-12-29'), undefined);
  assert.equal(codeOf('Die indischen Truppen zogen ab.', 'indischen', 'de', '2005-12-29'), 'INDMIL');
});

test('a one-word country after a title and a capitalised word no lexicon knows ends a person\'s name ("Polizeichef Badredin Haiti"); after a verb it is the country', () => {
  assert.equal(codeOf('Das sagte der nationale Polizeichef Badredin Haiti am Freitag.', 'Haiti', 'de', '2016-01-15'), undefined);
  assert.equal(codeOf('Police chief Badredin Haiti said the men attacked Jakarta.', 'Haiti', 'en', '2016-01-15')?.startsWith('HTI'), undefined);
  assert.equal(codeOf('President Bush visited Haiti.', 'Haiti', 'en', '2004-01-15'), 'HTI');
});

test('an organisation with dated roles takes the role of the text\'s date, the latest for an undated text, and its plain code outside every role', async () => {
  const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-lex-'));
  mkdirSync(join(dir, 'shared'), { recursive: true });
  writeFileSync(join(dir, 'shared', 'organisations.yml'), [
    '- id: testpartei', '  code: DEUOPP', '  kind: party', '  de: ["Testpartei"]', '  en: ["Test Party"]', '  abbrev: []', '  from: "1950"', '  to: null',
    '  roles:', '    - {code: DEUGOV, from: "1998-10-27", to: "2009-10-28"}', '    - {code: DEUGOV, from: "2013-12-17", to: null}', '',
  ].join('\n'));
  const L = getLexicon([dir]).de;
  const at = (date: string | null) => {
    const text = 'Die Testpartei kritisierte den Plan.';
    return findActors(tokenize(text, 0, text.length), 0, L, date ? parsePartialDate(date) : null, text).find((a) => a.text === 'Testpartei')?.code;
  };
  assert.equal(at('2005-06-01'), 'DEUGOV');
  assert.equal(at('2011-03-01'), 'DEUOPP');
  assert.equal(at('2020-01-01'), 'DEUGOV');
  assert.equal(at('1990'), 'DEUOPP');
  assert.equal(at(null), 'DEUGOV');
});

test('English: a one-word name of a known person before a capitalised word no lexicon knows is someone else ("Saleh Najar", "Eaton Vance Management"), but not in a title-case headline ("Putin Signs …")', () => {
  assert.equal(codeOf('A Kurd from Syria, Saleh Najar, blew himself up in Ankara.', 'Saleh', 'en', '2016-02-18'), undefined);
  assert.equal(codeOf('said Robert MacIntosh, chief economist with Eaton Vance Management in Boston.', 'Vance', 'en', '2025-03-01'), undefined);
  assert.equal(codeOf('Putin Signs Kyoto Protocol Into Law.', 'Putin', 'en', '2004-11-05'), 'RUSGOV');
  assert.equal(codeOf('Saleh met the Saudi king on Monday.', 'Saleh', 'en', '2005-06-01'), 'YEMGOV');
});

test('parties have the role of the text\'s date (SPD in government 2005, in opposition 2010); a party\'s name qualified by another country, before an office or (English) before an unknown name is not that party', () => {
  assert.equal(codeOf('Die SPD kritisierte den Plan.', 'SPD', 'de', '2005-06-01'), 'DEUGOV');
  assert.equal(codeOf('Die SPD kritisierte den Plan.', 'SPD', 'de', '2010-06-01'), 'DEUOPP');
  // (the US Democrats are not Thailand's; Thailand's own Democrat Party is)
  assert.equal(codeOf('Die Demokratische Partei Thailands begrüßte den Schritt.', 'Partei', 'de', '2006-06-01'), 'THAOPP');
  assert.equal(codeOf('Die Demokratische Partei Brasiliens begrüßte den Schritt.', 'Partei', 'de', '2006-06-01'), undefined);
  assert.equal(codeOf('Die Demokratische Partei kritisierte Bush.', 'Partei', 'de', '2006-06-01'), 'USAOPP');
  assert.notEqual(codeOf('Labour Minister Ghazi al-Gosaibi said his ministry had difficulty.', 'Labour', 'en', '2005-06-01'), 'GBRGOV');
  assert.equal(codeOf('Yukos has a complaint against BNP Paribas.', 'BNP', 'en', '2005-06-01'), undefined);
  assert.equal(codeOf('Labour criticised the Conservatives.', 'Labour', 'en', '2005-06-01'), 'GBRGOV');
  assert.equal(codeOf('Die Botschaft liegt in der Grünen Zone von Bagdad.', 'Grünen', 'de', '2010-06-01'), undefined);
});

test('a former word between a country and the title, and "Ex-" before any title, put the person out of that office', () => {
  // Sarkozy was president until 2012; the title alone would give the office
  assert.equal(codeOf('Frankreichs früherer Staatschef Nicolas Sarkozy kritisierte Russland.', 'Sarkozy', 'de', '2016-01-01'), 'FRAELI');
  assert.equal(codeOf('Frankreichs Ex-Staatschef Nicolas Sarkozy kritisierte Russland.', 'Sarkozy', 'de', '2016-01-01'), 'FRAELI');
  assert.equal(codeOf('Frankreichs Staatschef Emmanuel Macron kritisierte Russland.', 'Macron', 'de', '2018-01-01'), 'FRAGOV');
  // with no name, the former office holder of the country named
  assert.equal(codeOf('Der irakische Ex-Außenminister kritisierte Russland.', 'Ex-Außenminister', 'de', '2016-01-01'), 'IRQELI');
});

test('an envoy to an organisation is the envoy of the country named before ("der israelische UNO-Botschafter", "Israeli UN ambassador")', () => {
  assert.deepEqual(mentions('Der israelische UNO-Botschafter kritisierte den Bericht.', 'de'), ['israelische UNO-Botschafter=ISRGOV']);
  assert.deepEqual(mentions('Israels UNO-Botschafter kritisierte den Bericht.', 'de'), ['Israels UNO-Botschafter=ISRGOV']);
  assert.ok(mentions('The Israeli UN ambassador criticized the report.', 'en').includes('Israeli UN ambassador=ISRGOV'));
  // with no country before it, the organisation's own
  assert.deepEqual(mentions('Der UNO-Botschafter kritisierte den Bericht.', 'de'), ['UNO-Botschafter=UNOGOV']);
});

test('"political" between a nationality and an agent keeps them one actor ("Russian political leaders", "die russischen politischen Führer")', () => {
  assert.ok(mentions('Senior Russian political leaders criticized Ukraine.', 'en').includes('Russian political leaders=RUSGOV'));
});

test('a state named before its own body is one actor, the body ("Pakistan\'s ISI", "Irans Revolutionsgarden", "die iranischen Revolutionsgarden")', () => {
  assert.ok(mentions('Pakistan\'s ISI denied the report.', 'en').includes('Pakistan\'s ISI=PAKSPY'));
  assert.ok(mentions('Irans Revolutionsgarden beschlagnahmten einen Tanker.', 'de').includes('Irans Revolutionsgarden=IRNMIL'));
  assert.ok(mentions('Die iranischen Revolutionsgarden beschlagnahmten einen Tanker.', 'de').includes('iranischen Revolutionsgarden=IRNMIL'));
});

test('a name two countries\' bodies share goes to the country in view ("Die Grünen" in a story from Vienna are Austria\'s)', () => {
  // (in 2024 both parties governed)
  assert.ok(mentions('Wien – Die Grünen kritisierten die Regierung.', 'de').includes('Die Grünen=AUTGOV'));
  assert.ok(mentions('Berlin – Die Grünen kritisierten die Regierung.', 'de').includes('Die Grünen=DEUGOV'));
  assert.ok(mentions('Wien – Der Grünen-Bildungssprecher kritisierte die Regierung.', 'de').includes('Grünen-Bildungssprecher=AUTGOV'));
  // with no country in the sentence, the one the document is about so far
  const tokens = tokenize('Die Sozialdemokraten kritisierten die FPÖ.', 0, 41);
  const found = findActors(tokens, 0, lex.de, parsePartialDate('2015-10-01'), 'Die Sozialdemokraten kritisierten die FPÖ.', new Set(), () => 'AUT');
  assert.equal(found.find((m) => m.text === 'Sozialdemokraten')?.code.slice(0, 3), 'AUT');
});

test('a country or capital before a word for an agreement or procedure names no actor ("Iran-Abkommen", "Dublin-Verfahren")', () => {
  assert.deepEqual(mentions('Die Dokumente zum Iran-Abkommen und zum Dublin-Verfahren fehlen.', 'de'), []);
  assert.deepEqual(mentions('Die Iran-Sanktionen bleiben.', 'de').map((m) => m.split('=')[1]), ['IRN']);
});

test('"die Demokratische Partei" is the party of the country in view (Italy\'s PD, Thailand\'s Democrats, the US Democrats)', () => {
  assert.ok(mentions('Bangkok – Die Demokratische Partei kritisierte die Regierung.', 'de').some((m) => m.startsWith('Demokratische Partei=THA')));
  assert.ok(mentions('Rom – Die Demokratische Partei kritisierte die Regierung.', 'de').some((m) => m.startsWith('Demokratische Partei=ITA')));
  assert.ok(mentions('Die Demokratische Partei kritisierte die Regierung.', 'de').some((m) => m.startsWith('Demokratische Partei=USA')));
});

test('a possessive written with an entity ("Israel #39;s army", scraped AG News) is a possessive like "Israel\'s army"', () => {
  assert.ok(mentions('Israel #39;s army killed two militants in Gaza.', 'en').includes('Israel #39;s army=ISRMIL'));
  assert.ok(mentions('Israel\u2019s army killed two militants in Gaza.', 'en').includes('Israel\u2019s army=ISRMIL'));
});

test('Ceaușescu led Romania until 22 December 1989', () => {
  assert.equal(codeOf('Ceaușescu kritisierte Ungarn.', 'Ceaușescu', 'de', '1988-06-01'), 'ROUGOV');
  assert.equal(codeOf('Nicolae Ceausescu was executed.', 'Ceausescu', 'en', '1990-06-01'), 'ROUELI');
});

test('English capitalised words no lexicon knows before "Army" name an armed group of its own ("the Secret Islamic Army")', () => {
  assert.ok(mentions('The Secret Islamic Army claimed the kidnapping of two Jordanian drivers in Iraq.', 'en').some((m) => m.startsWith('Army=') && m.endsWith('REB')));
  assert.ok(mentions('The Iraqi Army attacked rebels.', 'en').includes('Iraqi Army=IRQMIL'));
});

test('a compass prefix before a country adjective names a part of the country ("westsudanesisch"), not before "amerikanisch" ("südamerikanisch" is a continent)', () => {
  assert.equal(codeOf('Die westsudanesischen Rebellen griffen an.', 'westsudanesischen', 'de', '2010-01-01'), 'SDNREB');
  assert.equal(codeOf('Die südamerikanischen Staaten protestierten.', 'südamerikanischen', 'de', '2010-01-01'), undefined);
  assert.equal(codeOf('Die nordamerikanischen Konzerne protestierten.', 'nordamerikanischen', 'de', '2010-01-01'), undefined);
});

test('militias and kidnappers of a country are its armed opposition (REB), as the gold annotations code them ("Shi\'ite militiamen", "the kidnappers of two Chinese engineers")', () => {
  assert.equal(codeOf('Iraqi militiamen attacked the convoy.', 'militiamen', 'en', '2004-09-01'), 'IRQREB');
  assert.equal(codeOf('Pakistani kidnappers released the engineers.', 'kidnappers', 'en', '2004-09-01'), 'PAKREB');
});

test('a compass prefix before a region the gazetteer knows by its own adjective is that region\'s country ("nordirisch" is the United Kingdom\'s, not Ireland\'s); NGOs have their generic code before their own ("NGOAMN")', () => {
  assert.equal(codeOf('Die nordirische Polizei nahm zwei Männer fest.', 'nordirische', 'de', '2010-01-01'), 'GBRCOP');
  assert.equal(codeOf('Amnesty International kritisierte die Regierung.', 'Amnesty', 'en', '2010-01-01'), 'NGOAMN');
});

test('a title compounded with a state organ is of that organ, whatever country is in view ("Bundestagspräsident" is DEULEG)', () => {
  assert.equal(codeOf('Bundestagspräsident Norbert Lammert besuchte Afghanistan.', 'Bundestagspräsident', 'de', '2010-06-01'), 'DEULEG');
});

test('the UN Secretary-General is the UN, alone or as the title of the person who holds the office', () => {
  assert.deepEqual(mentions('Der UN-Generalsekretär prangert die Gewalt an.', 'de'), ['UN-Generalsekretär=UNO']);
  assert.deepEqual(mentions('UN-Generalsekretär António Guterres kritisierte Israel.', 'de'), ['UN-Generalsekretär António Guterres=UNO', 'Israel=ISR']);
  assert.deepEqual(mentions('U.N. Secretary-General Antonio Guterres criticized Israel.', 'en'), ['U.N. Secretary-General Antonio Guterres=UNO', 'Israel=ISR']);
  assert.deepEqual(mentions('The UN secretary-general condemned the attack.', 'en'), ['UN secretary-general=UNO']);
});

/**
 * Splits a raw CAMEO actor code ("RUSGOV", "IMGMOSALQ", "IGOUNOIAE") into the parts the GDELT
 * codebook breaks out: country, known group, ethnic, two religions, three types. The code is read
 * as 3-character elements; which list an element is in decides its column. Element lists come from
 * the CAMEO actor codebook (reference/cameo/actor-types.txt, known-groups.txt, religion codes).
 */
export interface ActorCodeParts {
  country: string;
  knownGroup: string;
  ethnic: string;
  religion1: string;
  religion2: string;
  types: [string, string, string];
}

const TYPES = new Set('AGR AMN BUS COP CRM CVL DEV EDU ELI ENV GOV GRP HLH HRI IGO IMG INS INT IRC JUD LAB LEG MED MIL MNC MOD NGM NGO OPP PKO RAD REB REF SEP SET SPY UAF UIS UNO'.split(' '));
const KNOWN_GROUPS = new Set(('AAM ABD ACC ADB AEU AFB ALQ AMF AML AMN AMU ANO APE ARL ASL ASN ATD BCA BIS BTH CEM CFA CIS CMN COE CPA CPC CRC CSS CWN DFL '
  + 'EBR ECA EEC EFT ENN FAO FID FIS FLN FTA GCC GIA GOE GOS GSP GSS HCH HCR HEZ HIP HMS HRW IAC IAD IAE IAF ICC ICG ICJ ICO IDB IGC IHF ILO IMF IOM '
  + 'IPU IRC ISJ ITP JUR KDP KID LBA LKD MBR MRZ MSF MSP NAT NEP NON OAS OAU OIC OPC PAP PFL PLF PLO PLS PMD PRC PSE RCR RND SAA SAD SCE SHA SOT TAL '
  + 'UEM UNO WAD WAM WAS WBK WCT WEF WFP WHO WTO XFM').split(' '));
const RELIGIONS = new Set('ADR ALE ATH BAH BUD CHR CON CPT CTH DOX DRZ HIN HSD ITR JAN JEW JHW LDS MOS MRN NRM ORT PRO SFI SHI SIK SUN TAO UDX ZRO'.split(' '));

export function splitActorCode(code: string | null | undefined): ActorCodeParts {
  const out: ActorCodeParts = { country: '', knownGroup: '', ethnic: '', religion1: '', religion2: '', types: ['', '', ''] };
  if (!code) return out;
  const c = code.toUpperCase();
  // Codes that are not made of 3-character elements ("NATO") are names of groups, not compositions.
  if (!/^([A-Z]{3})+$/.test(c)) { out.knownGroup = c; return out; }
  const parts = c.match(/.{3}/g)!;
  let types = 0;
  parts.forEach((p, i) => {
    // The first element is the country (or region) unless it is a role, group or religion element.
    if (i === 0 && !TYPES.has(p) && !KNOWN_GROUPS.has(p) && !RELIGIONS.has(p)) { out.country = p; return; }
    if (TYPES.has(p) && types < 3 && !(i > 0 && KNOWN_GROUPS.has(p) && out.types.includes('IGO'))) { out.types[types++] = p; return; }
    if (RELIGIONS.has(p)) { if (!out.religion1) out.religion1 = p; else if (!out.religion2) out.religion2 = p; return; }
    // The last group element is the most specific one (IGO UNO IAE: the IAEA within the UN).
    if (KNOWN_GROUPS.has(p)) { out.knownGroup = p; return; }
    // A second country-like element (a region after IGO, "IGOWSTNAT") says where the group acts.
    if (!out.country && i > 0) out.country = p;
  });
  return out;
}

import Papa from "papaparse";
import { writeFileSync } from "node:fs";
const S = "emn-ahq-2010";
const rows = [];
const add = (o) => rows.push({ id: o.id, member_state: o.ms, partner: o.p, framework: o.f, instrument: o.i, status: o.s, themes: (o.t||[]).join(";"), start: o.start||"", end: o.end||"", other_actors: o.oa||"", source: `${S}-${o.src||o.ms.toLowerCase()}`, quote: o.q, notes: o.n||"" });

// Belgium
add({ id:"bel-geo-mobility-partnership", ms:"BEL", p:"GEO", f:"eu_mobility_partnership", i:"EU Mobility Partnership with Georgia", s:"ongoing",
  t:["legal_migration","integration","development","voluntary_return","reintegration","readmission","capacity_building"], start:"2009-11-30",
  q:"There is a mobility partnership with Georgia", n:"Start date is the signature of the Joint Declaration given in Poland's answer." });

// France: eleven agreements, first six ratified
const fraQ = "To date, eleven agreements, concerted management of migratory flows have been signed between France and the following countries: Benin, Congo, Gabon, Mauritius, Senegal, Tunisia, Burkina Faso, Cameroon, Cape Verde, Lebanon, Russia. The first six have been ratified.";
const fra = [["BEN","Benin"],["COG","Congo"],["GAB","Gabon"],["MUS","Mauritius"],["SEN","Senegal"],["TUN","Tunisia"],["BFA","Burkina Faso"],["CMR","Cameroon"],["CPV","Cape Verde"],["LBN","Lebanon"],["RUS","Russia"]];
fra.forEach(([c, name], k) => add({ id:`fra-${c.toLowerCase()}-concerted-management`, ms:"FRA", p:c, f:"bilateral",
  i:"Agreement on the concerted management of migratory flows", s: k < 6 ? "ratified" : "signed",
  t:["legal_migration","irregular_migration","development"], q:fraQ,
  n: (k < 6 ? `${name} is among "the first six" listed, which the answer says have been ratified.` : `${name} is listed after "the first six": signed, not reported as ratified.`)
     + (c==="COG" ? " \"Congo\" read as the Republic of the Congo (Brazzaville), with which France signed such an agreement in 2007; the answer does not say which Congo." : "")
     + " Themes from the answer's three elements: legal migration, fight against illegal immigration, joint development." }));
add({ id:"fra-cpv-mobility-partnership", ms:"FRA", p:"CPV", f:"eu_mobility_partnership", i:"Joint Declaration on a Mobility Partnership between the European Union and the Republic of Cape Verde", s:"signed",
  t:["legal_migration","development","irregular_migration","trafficking","readmission"], start:"2008-05-21", src:"lux",
  q:"the participating Member States of the European Union (Spain, France, Luxembourg and Portugal)", n:"Reported in Luxembourg's answer; France's own answer does not mention the Mobility Partnership." });

// Germany (and the projects it reports of Romania and the Czech Republic)
const deuMdaQ = "Moldova: \"Mobility Partnership with Moldova\". Planned EU-project with German (BAMF) partnership; project leader: Romania; planned duration: end of 2010- end 2012, 24 month";
add({ id:"deu-mda-mobility-partnership-project", ms:"DEU", p:"MDA", f:"eu_project", i:"Mobility Partnership with Moldova (EU project)", s:"planned",
  t:["voluntary_return","reintegration"], start:"2010", end:"2012", oa:"ROU (lead); DEU BAMF (partner)", q:deuMdaQ,
  n:"Themes from the later line \"Moldova: voluntary return with reintegration measures\"." });
add({ id:"rou-mda-mobility-partnership-project", ms:"ROU", p:"MDA", f:"eu_project", i:"Mobility Partnership with Moldova (EU project)", s:"planned",
  t:["voluntary_return","reintegration"], start:"2010", end:"2012", oa:"DEU BAMF (partner)", src:"deu", q:deuMdaQ,
  n:"Romania did not answer the query; its lead role is reported in Germany's answer." });
const geoQ = "Georgia: \"Support Reintegration of Georgian Returning Migrants and the implementation of EU- Georgia readmission agreement\". EU-project under Czech leadership and German (BAMF) partnership; project will start in October 2010, duration 36 month";
add({ id:"deu-geo-reintegration-project", ms:"DEU", p:"GEO", f:"eu_project", i:"Support Reintegration of Georgian Returning Migrants and the implementation of EU-Georgia readmission agreement", s:"planned",
  t:["reintegration","readmission","voluntary_return"], start:"2010-10", oa:"CZE (lead); DEU BAMF (partner)", q:geoQ,
  n:"Due to start in October 2010, the month of the compilation; the answer was written before. Voluntary return from the later line \"Georgia: procurement of know how in the area of reintegration; voluntary return\"." });
add({ id:"cze-geo-reintegration-project", ms:"CZE", p:"GEO", f:"eu_project", i:"Support Reintegration of Georgian Returning Migrants and the implementation of EU-Georgia readmission agreement", s:"planned",
  t:["reintegration","readmission","voluntary_return"], start:"2010-10", oa:"DEU BAMF (partner)", src:"deu", q:geoQ,
  n:"The Czech Republic asked that its own answer not be disseminated; its lead role is reported in Germany's answer." });
const bscQ = "Black Sea Cooperation Platform. Planned EU project; Germany is project partner; project leader: Romania";
add({ id:"deu-black-sea-cooperation-platform", ms:"DEU", p:"black-sea-cooperation-platform", f:"eu_project", i:"Black Sea Cooperation Platform", s:"planned",
  t:["legal_migration"], oa:"ROU (lead)", q:bscQ, n:"Theme from the later line \"Black Sea Cooperation Platform: Labour Migration\"; the answer names no partner countries." });
add({ id:"rou-black-sea-cooperation-platform", ms:"ROU", p:"black-sea-cooperation-platform", f:"eu_project", i:"Black Sea Cooperation Platform", s:"planned",
  t:["legal_migration"], oa:"DEU (partner)", src:"deu", q:bscQ, n:"Romania did not answer the query; its lead role is reported in Germany's answer." });
add({ id:"deu-building-migration-partnerships", ms:"DEU", p:"building-migration-partnerships", f:"regional_process", i:"Building Migration Partnerships (BMP process)", s:"ongoing",
  q:"\"Building Migration Partnerships\" (BMP process): Germany participates in the BMP process (incl. Migration Missions)", n:"The answer names no partner countries and no focus areas for the BMP process." });

// Italy
const itaQ = "the Ministry of Labour and Social Policies' General Directorate of Immigration concluded three bilateral agreements concerning the regulation and management of employment migration flows with the following Countries: the Republic of Moldova, Morocco and Egypt.";
for (const [c, name] of [["MDA","Moldova"],["MAR","Morocco"],["EGY","Egypt"]]) add({ id:`ita-${c.toLowerCase()}-employment-flows-agreement`, ms:"ITA", p:c, f:"bilateral",
  i:"Bilateral agreement on the regulation and management of employment migration flows", s:"signed", t:["legal_migration","training"], q:itaQ,
  n:`"Concluded" read as signed. Training from the answer's description of these agreements (formation and linguistic programs, professional formation standards).` });
add({ id:"ita-tun-employment-flows-agreement", ms:"ITA", p:"TUN", f:"bilateral", i:"Bilateral agreement on the regulation and management of employment migration flows", s:"under_negotiation",
  t:["legal_migration"], q:"Also, a similar agreement is being negotiated with Tunisia." });

// Latvia
add({ id:"lva-geo-migration-management-project", ms:"LVA", p:"GEO", f:"bilateral", i:"Cooperation project to strengthen Georgia's migration management and civil registry capacities", s:"completed",
  t:["capacity_building"], start:"2009-12-14", end:"2009-12-18",
  q:"So far Latvia has implemented a cooperation project with Georgia. The aim of the project was to strengthen Georgia's migration management and civil registry capacities", n:"Includes the development of databases (consular, passport, immigration)." });
add({ id:"lva-geo-border-guard-dog-handling", ms:"LVA", p:"GEO", f:"bilateral", i:"Establishment and development of the dog handling service of the Border Guard of Georgia", s:"planned",
  t:["border_management","capacity_building"], q:"1) establishment and development of the dog handling service of the Border Guard of Georgia;" });
add({ id:"lva-geo-border-risk-analysis", ms:"LVA", p:"GEO", f:"bilateral", i:"Information and risk analysis exchange with the Border Guard of Georgia", s:"planned",
  t:["border_management","capacity_building"], q:"2) activities of information and risks analysis exchange in order to improve efficiency of border control and provide assistance to enhance capacity of the Border Guard of Georgia." });

// Lithuania (and Sweden in its Minsk project)
for (const [c, d, signed] of [["MDA","Moldova","2008-06-05"],["GEO","Georgia","2009-11-30"]]) add({ id:`ltu-${c.toLowerCase()}-mobility-partnership`, ms:"LTU", p:c, f:"eu_mobility_partnership",
  i:`EU Mobility Partnership with ${d}`, s:"ongoing", start:signed, q:"Lithuania only participates in mobility partnerships with Moldova and Georgia in the EU framework.",
  n:"No focus areas given. Start date is the signature of the Joint Declaration given in Poland's answer." });
const minskQ = "Lithuania together with Sweden and Belarus participate in the project \"Developing modern technologies in Minsk Labour Exchange office\".";
add({ id:"ltu-blr-minsk-labour-exchange", ms:"LTU", p:"BLR", f:"bilateral", i:"Developing modern technologies in Minsk Labour Exchange office", s:"ongoing",
  t:["capacity_building"], oa:"SWE", q:minskQ, n:"A joint project of two Member States with Belarus; the answer names no EU framework or funder, so it is filed as bilateral." });
add({ id:"swe-blr-minsk-labour-exchange", ms:"SWE", p:"BLR", f:"bilateral", i:"Developing modern technologies in Minsk Labour Exchange office", s:"ongoing",
  t:["capacity_building"], oa:"LTU", src:"ltu", q:minskQ, n:"Reported in Lithuania's answer; Sweden's own answer does not mention it." });
add({ id:"ltu-rus-kaliningrad-counter-trafficking", ms:"LTU", p:"RUS", f:"io_ngo_project", i:"Counter-trafficking projects in the Kaliningrad region (3 projects)", s:"completed",
  t:["trafficking"], oa:"IOM Vilnius; IOM Moscow",
  q:"IOM Vilnius in cooperation with IOM Moscow implemented 3 counter-trafficking projects in the Kaliningrad region.",
  n:"Kaliningrad is a region of Russia, so the partner is RUS. Three projects by one pair of IOM offices kept as one row." });

// Luxembourg (reports the Cape Verde partnership's Member States)
const cvObjectives = ["legal_migration","development","irregular_migration","trafficking","readmission"];
add({ id:"lux-cpv-mobility-partnership", ms:"LUX", p:"CPV", f:"eu_mobility_partnership", i:"Joint Declaration on a Mobility Partnership between the European Union and the Republic of Cape Verde", s:"signed",
  t:[...cvObjectives, "integration"], start:"2008-05-21",
  q:"it is signatory to the Joint Declaration on a Mobility Partnership between the European Union and the Republic of Cape Verde (9460/08 ADD2 of 21 May 2008)",
  n:"Integration from Luxembourg's proposal to develop the \"Migrer les yeux ouverts\" pre-departure programme." });
add({ id:"lux-cpv-bilateral-agreement", ms:"LUX", p:"CPV", f:"bilateral", i:"Bilateral agreement with Cape Verde", s:"under_negotiation",
  q:"Luxembourg is in the process of negotiating a bilateral agreement with Cape Verde", n:"No focus areas given for the bilateral agreement itself." });

// Netherlands
const nldQ = "The Netherlands does have a Migration Partnership with countries in the EU-connection, like Cape Verde, Georgia, Armenia and in the future also Ghana.";
for (const [c, d] of [["CPV","Cape Verde"],["GEO","Georgia"],["ARM","Armenia"]]) add({ id:`nld-${c.toLowerCase()}-mobility-partnership`, ms:"NLD", p:c, f:"eu_mobility_partnership",
  i:`EU Mobility Partnership with ${d}`, s:"ongoing", q:nldQ,
  n:"\"In the EU-connection\" read as the EU Mobility Partnership." + (c==="ARM" ? " The answer presents it as existing; no date given." : "") });
add({ id:"nld-gha-mobility-partnership", ms:"NLD", p:"GHA", f:"eu_mobility_partnership", i:"EU Mobility Partnership with Ghana", s:"planned", q:nldQ,
  n:"\"In the future also Ghana\" read as planned. Spain reports this partnership as under negotiation." });

// Poland
add({ id:"pol-mda-mobility-partnership", ms:"POL", p:"MDA", f:"eu_mobility_partnership", i:"Joint Declaration on a Mobility Partnership between the European Union and the Republic of Moldova", s:"ongoing",
  t:["legal_migration","information","reintegration","irregular_migration","trafficking"], start:"2008-06-05",
  q:"Joint Declaration on a Mobility Partnership between the European Union and the Republic of Moldova signed on 5 June 2008",
  n:"\"In an executive phase\", some Polish activities already completed. Themes from Poland's activities (information on legal job opportunities, reintegration, illegal migration incl. trafficking)." });
add({ id:"pol-geo-mobility-partnership", ms:"POL", p:"GEO", f:"eu_mobility_partnership", i:"Joint Declaration on a Mobility Partnership between the European Union and the Republic of Georgia", s:"ongoing",
  t:["legal_migration","information","reintegration","irregular_migration","trafficking","readmission"], start:"2009-11-30",
  q:"Joint Declaration on a Mobility Partnership between the European Union and the Republic of Georgia signed on 30 November 2009",
  n:"\"Has just started\". Readmission from Poland's assistance on implementing the EU–Georgia readmission agreement." });

// Portugal
for (const [c, d, start] of [["MDA","Moldova","2008-06-05"],["CPV","Cape Verde","2008-05-21"]]) add({ id:`prt-${c.toLowerCase()}-mobility-partnership`, ms:"PRT", p:c, f:"eu_mobility_partnership",
  i:`EU Mobility Partnership with ${d}`, s:"ongoing", start,
  q:"Portugal participates in the EU Mobility Partnerships with Moldova and Cap Verde.", n:"No focus areas given for Portugal's part. Start date is the signature of the Joint Declaration given elsewhere in the source." });
const prtQ = "We have Migration Partnerships with the Portuguese speaking countries (Angola, Brazil, Cap Verde, Guinea Bissau, Mozambique, S. Tome and Principe and East Timor) ant with Ukraine, as well. The main areas of cooperation are migration, asylum and borders.";
for (const [c] of [["AGO"],["BRA"],["CPV"],["GNB"],["MOZ"],["STP"],["TLS"],["UKR"]]) add({ id:`prt-${c.toLowerCase()}-migration-partnership`, ms:"PRT", p:c, f:"bilateral",
  i:"Migration Partnership", s:"ongoing", t:["asylum","border_management"], q:prtQ,
  n:"Themes from \"migration, asylum and borders\"; \"migration\" alone names no focus area." + (c==="TLS" ? " East Timor is Timor-Leste." : "") });

// Spain
const espQ = "Spain has signed bilateral Framework Cooperation Agreements on Immigration with the following countries: Gambia, Guinea-Conakry, Cape Verde, Guinea-Bissau, Mali and Niger.";
for (const [c] of [["GMB"],["GIN"],["CPV"],["GNB"],["MLI"],["NER"]]) add({ id:`esp-${c.toLowerCase()}-framework-cooperation-agreement`, ms:"ESP", p:c, f:"bilateral",
  i:"Framework Cooperation Agreement on Immigration", s:"signed", t:["legal_migration","voluntary_return","integration","development","irregular_migration","trafficking"], q:espQ,
  n:"Themes from the areas the answer says these agreements cover." + (c==="GIN" ? " Guinea-Conakry is Guinea." : "") });
add({ id:"esp-cpv-mobility-partnership", ms:"ESP", p:"CPV", f:"eu_mobility_partnership", i:"EU Mobility Partnership with Cape Verde", s:"ongoing",
  t:["legal_migration","irregular_migration","development"], start:"2008-05-21",
  q:"At EU level, Spain is a member of the Mobility Partnership (MP) with Cape Verde, which includes the three priority areas of the Global Approach to Migration (legal migration, illegal migration and migration/development).",
  n:"Start date is the Joint Declaration's date given in Luxembourg's answer." });
add({ id:"esp-gha-mobility-partnership", ms:"ESP", p:"GHA", f:"eu_mobility_partnership", i:"EU Mobility Partnership with Ghana", s:"under_negotiation",
  q:"it is interested in other future MP (e.g. Ghana), which are currently under negotiation.", n:"Spain states an interest; the partnership itself is under negotiation." });

// Sweden
const sodQ = "Example of projects is the Soderkoping process which focuses on migration development in Ukraine, Belarus and Moldavia.";
for (const [c, d] of [["UKR","Ukraine"],["BLR","Belarus"],["MDA","Moldavia"]]) add({ id:`swe-${c.toLowerCase()}-soderkoping-process`, ms:"SWE", p:c, f:"regional_process",
  i:"Söderköping process", s:"ongoing", t:["development"], oa:"IOM; NGOs; EU (part-financing)", q:sodQ,
  n:"A regional process that the answer lists among projects developed with NGOs such as IOM and partly financed by the EU; it names its three countries, so each is a row." + (c==="MDA" ? " Moldavia is Moldova." : "") });
const sweQ = "In the governmental programme \"Politics for Global Development\" strategies for starting programmes, including partnership with third countries is stated, more specific with the five countries from where the greatest number of asylum seekers comes, for the time being: Somalia, Iraq, Serbia/Kosovo, Afghanistan and Russia.";
for (const [c, d] of [["SOM"],["IRQ"],["SRB"],["XKX"],["AFG"],["RUS"]]) add({ id:`swe-${c.toLowerCase()}-global-development-strategy`, ms:"SWE", p:c, f:"national_strategy",
  i:"Politics for Global Development (governmental programme)", s:"interest", q:sweQ,
  n:"A stated intention to start programmes, not a partnership." + ((c==="SRB"||c==="XKX") ? " \"Serbia/Kosovo\" is one country of origin in the answer; kept as two rows, Serbia and Kosovo, so both are drawn." : "") + " The answer gives no focus areas." });

// United Kingdom
add({ id:"gbr-geo-mobility-partnership", ms:"GBR", p:"GEO", f:"eu_mobility_partnership", i:"EU-Georgia Mobility Partnership", s:"ongoing",
  t:["border_management"], start:"2009-11-30", q:"The UK is a partner in the EU-Georgia Mobility Partnership.",
  n:"The UK offered reciprocal visits on document security that Georgia had not yet taken up. Its bilateral MoUs name no country, so they are not rows." });

writeFileSync("data/partnerships.csv", Papa.unparse(rows, { newline: "\n" }) + "\n");
console.log(rows.length, "rows");

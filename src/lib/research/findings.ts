// What research says continuity does for patients, from
// rules/sources/public-figures.md. Observational studies: the page words
// them as associations (continuity.research.<id> in locales), never as proof.

export interface ResearchFinding {
  id: string;
  citation: string;
  doi?: string;
}

export const RESEARCH_FINDINGS: readonly ResearchFinding[] = [
  { id: 'sandvik', citation: 'Sandvik et al., Br J Gen Pract 2022;72:e84–90', doi: '10.3399/BJGP.2021.0340' },
  { id: 'pereiraGray', citation: 'Pereira Gray et al., BMJ Open 2018;8:e021161' },
  { id: 'barker', citation: 'Barker, Steventon, Deeny, BMJ 2017;356:j84' },
  { id: 'kohnke', citation: 'Kohnke et al., Scand J Prim Health Care 2017;35(2):113–9' },
  { id: 'vardanalys', citation: 'Vårdanalys PM 2022:5 and PM 2024:5' },
];
